// The browser's store for the embedded community: a file in IndexedDB through Emscripten's
// IDBFS, read-merge-written under a Web Lock so no two tabs interleave, and a BroadcastChannel
// that carries each write to the other tabs at once.
#pragma once

#include <map>

#include "platform/community_store.h"

namespace hearth::platform {

class WebCommunityStore final : public CommunityStore {
 public:
  WebCommunityStore();
  ~WebCommunityStore() override;
  void load(Loaded done) override;
  void update(std::function<std::string(const std::string&)> merge, Finished done) override;
  void set_aside(Finished done) override;
  void broadcast(const std::string& message) override;
  void on_broadcast(std::function<void(const std::string&)> listener) override;

  // Called from JavaScript (see the .cpp).
  void loaded(int id, const char* error, const char* text);
  const char* merge(int id, const char* saved);
  void finished(int id, const char* error, bool quota);
  void heard(const char* message);

 private:
  int next_id_ = 1;
  std::map<int, Loaded> loads_;
  std::map<int, std::function<std::string(const std::string&)>> merges_;
  std::map<int, Finished> finishes_;
  std::function<void(const std::string&)> listener_;
  std::string merged_;  // the last merge's answer, read by JavaScript before the next call
};

}  // namespace hearth::platform
