// Where unsent text is kept between visits: the browser's localStorage in the app, memory in
// tests. Drafts are strictly needed to never lose what a member typed, so they are kept
// before any consent to non-essential storage.
#pragma once

#include <map>
#include <string>

namespace hearth::platform {

class DraftStore {
 public:
  virtual ~DraftStore() = default;
  virtual std::map<std::string, std::string> load_all() = 0;
  virtual void save(const std::string& key, const std::string& json) = 0;
  virtual void remove(const std::string& key) = 0;
};

class MemoryDraftStore final : public DraftStore {
 public:
  std::map<std::string, std::string> load_all() override { return drafts; }
  void save(const std::string& key, const std::string& json) override { drafts[key] = json; }
  void remove(const std::string& key) override { drafts.erase(key); }
  std::map<std::string, std::string> drafts;
};

}  // namespace hearth::platform
