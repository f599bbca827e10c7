// The signed-in member (/session/current.json), the CSRF token (/session/csrf.json) and
// MessageBus poll answers turned into live events.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/json_reader.h"

namespace hearth::model {

struct CurrentUser {
  std::int64_t id = 0;
  std::string username;
  std::string name;
  std::string avatar_template;
  bool admin = false;
  bool moderator = false;
  std::int64_t trust_level = 0;
  std::int64_t unread_notifications = 0;
  std::int64_t unread_high_priority_notifications = 0;
  bool can_send_private_messages = true;
  std::string suspended_till;  // ISO 8601, empty unless suspended
  std::string suspend_reason;  // what the member is told

  bool staff() const { return admin || moderator; }
};

Parsed<CurrentUser> parse_current_user(std::string_view json_text);  // {"current_user": {...}}
Parsed<std::string> parse_csrf(std::string_view json_text);          // {"csrf": "..."}
// Writes that answer only success ({"success": "OK"}, an empty 204, or any JSON document):
// an HTML page (a login redirect, a proxy's error page) is not a success.
Parsed<bool> parse_success(std::string_view body);

// --- MessageBus ------------------------------------------------------------------------
// A change to one topic: a post created, edited, deleted, liked...
struct TopicEvent {
  std::int64_t topic_id = 0;
  std::int64_t post_id = 0;
  std::int64_t post_number = 0;
  std::string type;  // "created", "revised", "rebaked", "deleted", "recovered", "liked", "unliked", ...
  std::int64_t likes_count = -1;  // for "liked"/"unliked", when sent
};
// A topic list changed (a new or bumped topic).
struct LatestEvent {
  std::int64_t topic_id = 0;
  std::string message_type;  // "new_topic", "latest", ...
};
// The member's notification counters changed.
struct NotificationEvent {
  std::int64_t user_id = 0;
  std::int64_t unread_notifications = 0;
  std::int64_t unread_private_messages = 0;
  std::int64_t unread_high_priority_notifications = 0;
  std::int64_t all_unread_notifications_count = 0;
};
using LiveEventBody = std::variant<TopicEvent, LatestEvent, NotificationEvent>;

struct BusMessage {
  std::int64_t global_id = 0;
  std::int64_t message_id = 0;  // the channel's position, sent back in the next poll
  std::string channel;
  std::optional<LiveEventBody> event;  // nullopt for channels Hearth does not use
};

// A poll answer: a JSON array of messages. "/__status" messages carry each channel's last id
// in their data and become BusMessages with those ids and no event.
Parsed<std::vector<BusMessage>> parse_bus_poll(std::string_view json_text);

}  // namespace hearth::model
