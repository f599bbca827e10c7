// Notifications (/notifications.json): replies, mentions, likes, messages and the rest.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"

namespace hearth::model {

// Discourse's notification type ids (site.json notification_types holds the full list).
enum class NotificationType : std::int64_t {
  mentioned = 1,
  replied = 2,
  quoted = 3,
  edited = 4,
  liked = 5,
  private_message = 6,
  invited_to_private_message = 7,
  posted = 9,
  moved_post = 10,
  linked = 11,
  granted_badge = 12,
  group_mentioned = 15,
  watching_first_post = 17,
  topic_reminder = 18,
  liked_consolidated = 19,
  post_approved = 20,
  membership_request_accepted = 22,
  reaction = 25,
};

struct Notification {
  std::int64_t id = 0;
  std::int64_t notification_type = 0;  // a NotificationType value, or one this client doesn't know
  bool read = false;
  bool high_priority = false;
  std::string created_at;
  std::int64_t topic_id = 0;
  std::int64_t post_number = 0;
  std::string slug;
  std::string fancy_title;
  // From `data`: who acted and on what.
  std::string display_username;
  std::string original_username;
  std::string topic_title;
  std::int64_t original_post_id = 0;
};

struct NotificationList {
  std::vector<Notification> notifications;
  std::int64_t total_rows = 0;
  std::int64_t seen_notification_id = 0;
  std::optional<std::string> load_more;  // the next page's URL
};

Parsed<NotificationList> parse_notifications(std::string_view json_text);

}  // namespace hearth::model
