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

// A like or a kind of flag, as the forum defines them (/site.json post_action_types).
struct PostActionType {
  std::int64_t id = 0;
  std::string name_key;  // "like", "off_topic", "inappropriate", "spam", "notify_user", ...
  std::string name;
  std::string description;
  std::string short_description;
  bool is_flag = false;
  bool is_custom_flag = false;  // needs a message ("something else", "message the author")
};

struct Group {
  std::int64_t id = 0;
  std::string name;
};

struct Site {
  std::string title;        // from /site/basic-info.json (or the demo seed)
  std::string description;  // from /site/basic-info.json
  bool login_required = false;
  std::vector<Category> categories;
  std::vector<PostActionType> post_action_types;
  std::vector<Group> groups;
  std::vector<std::pair<std::string, std::int64_t>> trust_levels;        // "newuser" -> 0, ...
  std::vector<std::pair<std::string, std::int64_t>> notification_types;  // "mentioned" -> 1, ...
  std::vector<std::string> top_menu_items;                               // "latest", "new", ...
  std::int64_t uncategorized_category_id = 0;
  std::string lead_username;  // who "Report to the community lead" reaches ("" : the moderators group)

  const Category* category(std::int64_t id) const;
  const PostActionType* action_type(std::string_view name_key) const;
};

// What /site/basic-info.json adds to the site.
struct SiteBasicInfo {
  std::string title;
  std::string description;
  bool login_required = false;
};

Category read_category(ObjectReader& r);
Parsed<Site> parse_site(std::string_view json_text);
Parsed<SiteBasicInfo> parse_site_basic_info(std::string_view json_text);
// /categories.json: {"category_list": {"categories": [...]}}
Parsed<std::vector<Category>> parse_category_list(std::string_view json_text);

}  // namespace hearth::model
