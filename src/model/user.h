// Members as the forum describes them (/u/{username}.json): profile, groups, what the reader
// may do with them (ignore, mute, message) and, for oneself, the preferences (user_option).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"
#include "model/site.h"

namespace hearth::model {

// Notification and e-mail preferences (Discourse's user_option; see shared/reference NOTES.md).
struct UserOption {
  std::int64_t email_level = 1;           // 0 always, 1 only when away, 2 never
  std::int64_t email_messages_level = 0;  // same scale, for private messages
  bool mailing_list_mode = false;         // an e-mail for every post
  std::int64_t mailing_list_mode_frequency = 1;  // 1 every post, 2 every post except one's own
  bool email_digests = true;
  std::int64_t digest_after_minutes = 10080;     // 30, 60 (hourly), 1440 (daily), 10080 (weekly)...
  std::int64_t like_notification_frequency = 1;  // 0 always, 1 first and daily, 2 first, 3 never
  bool hide_profile_and_presence = false;
  bool external_links_in_new_tab = true;
  bool allow_private_messages = true;

  bool operator==(const UserOption& o) const;
};

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string name;
  std::string title;
  std::string avatar_template;
  std::string location;
  std::string website;
  std::string website_name;
  std::string bio_raw;     // only for oneself (and staff)
  std::string bio_cooked;  // HTML
  std::string created_at;
  std::string last_posted_at;
  std::string last_seen_at;
  std::int64_t trust_level = 0;
  std::int64_t post_count = 0;
  bool admin = false;
  bool moderator = false;
  bool ignored = false;  // the reader ignores (blocks) this member
  bool muted = false;    // the reader muted this member
  bool can_ignore_user = false;
  bool can_mute_user = false;
  bool can_send_private_message_to_user = false;
  bool can_edit = false;
  std::string suspended_till;  // ISO 8601, empty unless suspended
  std::string suspend_reason;  // what the member is told
  std::vector<Group> groups;
  std::vector<std::int64_t> watched_category_ids;
  std::vector<std::int64_t> tracked_category_ids;
  std::vector<std::int64_t> muted_category_ids;
  std::vector<std::string> ignored_usernames;
  std::vector<std::string> muted_usernames;
  std::optional<UserOption> user_option;  // present for oneself
};

Parsed<User> parse_user(std::string_view json_text);  // {"user": {...}}
// PUT /u/{username}.json answers {"success": "OK", "user": {...}}.
Parsed<User> parse_user_update(std::string_view json_text);

}  // namespace hearth::model
