// The embedded community's seed (assets/demo/community.json): members, categories, topics and
// posts written by us for the demo. Posts carry markdown (raw); the community cooks it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"
#include "model/site.h"

namespace hearth::api {

enum class Role { member, moderator, admin, lead };

struct SeedMember {
  std::string username;
  std::string name;
  std::string title;
  Role role = Role::member;
};

struct SeedFlag {
  std::string by;
  std::string type;  // "inappropriate", "off_topic", "spam", "copyright", "defamatory", "something_else", "notify_user"
  std::string at;
  std::string message;
  bool active = true;  // cleared when the author's edit un-hides the post
};

struct SeedPost {
  std::int64_t id = 0;
  std::string username;
  std::string raw;
  std::string created_at;
  std::int64_t reply_to_post_number = 0;
  std::vector<std::string> liked_by;
  std::vector<SeedFlag> flags;
  bool hidden = false;
  std::string edit_reason;
};

// The community's own settings (shared/DESIGN.md, "The community's rules").
struct SeedSettings {
  int hide_after_staff_flags = 2;  // distinct Administrator-level "inappropriate" flags that hide a post
  int copyright_strikes_to_suspend = 3;
  int pile_on_threshold = 5;
  int pile_on_window_minutes = 60;
};

struct SeedTopic {
  std::int64_t id = 0;
  std::string title;
  std::int64_t category_id = 0;
  bool pinned = false;
  std::vector<SeedPost> posts;
};

struct Seed {
  SeedSettings settings;
  std::string title;
  std::string signed_in_as;  // the demo member a visitor acts as at first
  std::vector<SeedMember> members;
  std::vector<model::Category> categories;
  std::vector<SeedTopic> topics;
};

const char* role_name(Role role);
model::Parsed<Seed> parse_seed(std::string_view json_text);

}  // namespace hearth::api
