// Where the embedded community is saved, and how tabs of the same site hear each other:
// IndexedDB (through Emscripten's IDBFS) and a BroadcastChannel in the browser, a file natively,
// memory in tests. Every call answers on a later turn through its callback.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth::platform {

struct StoreFailure {
  std::string message;  // for people: why it could not be saved or read
  bool quota = false;   // the browser's storage is full
};

class CommunityStore {
 public:
  using Loaded = std::function<void(std::optional<StoreFailure>, std::string text)>;
  using Finished = std::function<void(std::optional<StoreFailure>)>;
  virtual ~CommunityStore() = default;
  // What is saved ("" when nothing is).
  virtual void load(Loaded done) = 0;
  // Read, merge and write as one step no other tab interleaves with: merge receives what is
  // saved now and returns what to save. The previous copy survives a crash mid-save.
  virtual void update(std::function<std::string(const std::string& saved)> merge, Finished done) = 0;
  // Keeps what is saved under another name (never deletes it) and leaves the store empty.
  virtual void set_aside(Finished done) = 0;
  // A short message to every other tab of this site, and theirs to this one.
  virtual void broadcast(const std::string& message) = 0;
  virtual void on_broadcast(std::function<void(const std::string&)> listener) = 0;
};

// In memory: several stores made from one MemoryStoreShared behave as tabs of one browser.
struct MemoryStoreShared {
  std::string saved;
  std::vector<std::string> set_aside_copies;
  std::vector<std::function<void(std::size_t from, const std::string&)>> listeners;
  std::optional<StoreFailure> fail_next_save;  // for tests: the next update fails like this
  int saves = 0;
};

class MemoryCommunityStore final : public CommunityStore {
 public:
  // `defer` runs a callback on a later turn (a DeliveryQueue in tests).
  MemoryCommunityStore(std::shared_ptr<MemoryStoreShared> shared, std::function<void(std::function<void()>)> defer);
  void load(Loaded done) override;
  void update(std::function<std::string(const std::string&)> merge, Finished done) override;
  void set_aside(Finished done) override;
  void broadcast(const std::string& message) override;
  void on_broadcast(std::function<void(const std::string&)> listener) override;

 private:
  std::shared_ptr<MemoryStoreShared> shared_;
  std::function<void(std::function<void()>)> defer_;
  std::size_t index_ = 0;
};

// A file, written to a temporary name, flushed and renamed over the old one, so a crash at
// any moment leaves either the old or the new copy whole. Natively nothing else shares it.
class FileCommunityStore final : public CommunityStore {
 public:
  FileCommunityStore(std::string path, std::function<void(std::function<void()>)> defer);
  void load(Loaded done) override;
  void update(std::function<std::string(const std::string&)> merge, Finished done) override;
  void set_aside(Finished done) override;
  void broadcast(const std::string&) override {}
  void on_broadcast(std::function<void(const std::string&)>) override {}
  // For tests: stop the next save after writing this many bytes of the temporary file, as a
  // crash or power cut would.
  void crash_next_save_after(std::size_t bytes) { crash_after_ = bytes; }

 private:
  std::string path_;
  std::function<void(std::function<void()>)> defer_;
  std::optional<std::size_t> crash_after_;
};

// Reads a whole file ("" when it does not exist); nullopt when it exists but cannot be read.
std::optional<std::string> read_file_text(const std::string& path);

}  // namespace hearth::platform
