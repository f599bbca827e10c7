// Small settings kept in the browser (localStorage "hearth.<key>") or in memory for tests:
// the consent decision, the theme, the member's evidence log.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace hearth::platform {

class LocalStore {
 public:
  virtual ~LocalStore() = default;
  virtual std::optional<std::string> get(const std::string& key) = 0;
  // False when the browser refused (storage full, private mode): nothing typed is lost on screen.
  virtual bool set(const std::string& key, const std::string& value) = 0;
  virtual void remove(const std::string& key) = 0;
};

class MemoryLocalStore final : public LocalStore {
 public:
  std::optional<std::string> get(const std::string& key) override {
    auto it = values.find(key);
    return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  bool set(const std::string& key, const std::string& value) override {
    values[key] = value;
    return true;
  }
  void remove(const std::string& key) override { values.erase(key); }
  std::map<std::string, std::string> values;
};

}  // namespace hearth::platform
