// The forum's own description of itself (Discourse's /site.json): what the client needs of it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"

namespace hearth::model {

struct Category {
  std::int64_t id = 0;
  std::string name;
  std::string slug;
  std::string color = "888888";  // hex without '#', as Discourse sends it
  std::string text_color = "FFFFFF";
  std::string description;        // plain text (description_text)
  std::int64_t parent_category_id = 0;
  std::int64_t topic_count = 0;
  std::int64_t position = 0;
  bool read_restricted = false;   // a closed group's category
};

struct Site {
  std::string title;  // not in /site.json; filled from /site/basic-info.json or the demo seed
  std::vector<Category> categories;

  const Category* category(std::int64_t id) const;
};

Category read_category(ObjectReader& r);
Parsed<Site> parse_site(std::string_view json_text);

}  // namespace hearth::model
