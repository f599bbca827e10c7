// Drafts in the browser's localStorage (keys "hearth.draft.<key>"), shared by the site's tabs.
#pragma once

#include "platform/draft_store.h"

namespace hearth::platform {

class WebDraftStore final : public DraftStore {
 public:
  std::map<std::string, std::string> load_all() override;
  void save(const std::string& key, const std::string& json) override;
  void remove(const std::string& key) override;
};

}  // namespace hearth::platform
