// localStorage-backed LocalStore (keys "hearth.<key>").
#pragma once

#include "platform/local_store.h"

namespace hearth::platform {

class WebLocalStore final : public LocalStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  bool set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
};

}  // namespace hearth::platform
