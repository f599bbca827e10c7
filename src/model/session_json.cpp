// JSON mapping of the session endpoints and MessageBus poll answers.
#include "model/session.h"

#include <cstdlib>

namespace hearth::model {

Parsed<CurrentUser> parse_current_user(std::string_view json_text) {
  return read_document<CurrentUser>(json_text, [](ObjectReader& root) {
    CurrentUser u;
    const Json* cu = root.required_object("current_user");
    if (!cu) return u;
    ObjectReader r(*cu, "current_user", root.context());
    u.id = r.required_int("id");
    u.username = r.required_string("username");
    u.name = r.optional_string("name");
    u.avatar_template = r.optional_string("avatar_template");
    u.admin = r.optional_bool("admin");
    u.moderator = r.optional_bool("moderator");
    u.trust_level = r.optional_int("trust_level");
    u.unread_notifications = r.optional_int("unread_notifications");
    u.unread_high_priority_notifications = r.optional_int("unread_high_priority_notifications");
    u.can_send_private_messages = r.optional_bool("can_send_private_messages", true);
    u.suspended_till = r.optional_string("suspended_till");
    u.suspend_reason = r.optional_string("suspend_reason");
    return u;
  });
}

Parsed<std::string> parse_csrf(std::string_view json_text) {
  return read_document<std::string>(json_text, [](ObjectReader& r) {
    std::string token = r.required_string("csrf");
    if (r.ok() && token.empty()) r.context().fail("csrf", "empty token");
    return token;
  });
}

Parsed<bool> parse_success(std::string_view body) {
  std::size_t first = body.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return true;  // 204 No Content
  auto doc = parse_json_text(body);
  if (!doc.ok()) return doc.error();
  const Json& j = doc.value();
  if (j.is_object()) {
    auto it = j.find("success");
    if (it != j.end() && it->is_boolean() && !it->get<bool>()) return ParseError{"success", "the forum said false"};
    if (it != j.end() && it->is_string() && it->get<std::string>() != "OK")
      return ParseError{"success", "the forum said \"" + it->get<std::string>() + "\""};
  }
  return true;
}

namespace {

// "/topic/42" -> 42; 0 when the channel is not of that form.
std::int64_t channel_id(const std::string& channel, std::string_view prefix) {
  if (channel.size() <= prefix.size() || channel.compare(0, prefix.size(), prefix) != 0) return 0;
  std::int64_t id = 0;
  for (std::size_t i = prefix.size(); i < channel.size(); ++i) {
    char c = channel[i];
    if (c < '0' || c > '9' || id > 1'000'000'000'000LL) return 0;
    id = id * 10 + (c - '0');
  }
  return id;
}

std::optional<LiveEventBody> read_event(const std::string& channel, ObjectReader* data) {
  if (std::int64_t topic = channel_id(channel, "/topic/")) {
    if (!data) return std::nullopt;
    TopicEvent e;
    e.topic_id = topic;
    e.post_id = data->optional_int("id");
    e.post_number = data->optional_int("post_number");
    e.type = data->optional_string("type");
    e.likes_count = data->optional_int("likes_count", -1);
    return e;
  }
  if (std::int64_t user = channel_id(channel, "/notification/")) {
    if (!data) return std::nullopt;
    NotificationEvent e;
    e.user_id = user;
    e.unread_notifications = data->optional_int("unread_notifications");
    e.unread_private_messages = data->optional_int("unread_private_messages");
    e.unread_high_priority_notifications = data->optional_int("unread_high_priority_notifications");
    e.all_unread_notifications_count = data->optional_int("all_unread_notifications_count");
    return e;
  }
  if (channel == "/latest" || channel == "/new") {
    if (!data) return std::nullopt;
    LatestEvent e;
    e.topic_id = data->optional_int("topic_id");
    e.message_type = data->optional_string("message_type");
    return e;
  }
  return std::nullopt;
}

}  // namespace

Parsed<std::vector<BusMessage>> parse_bus_poll(std::string_view json_text) {
  auto doc = parse_json_text(json_text);
  if (!doc.ok()) return doc.error();
  const Json& root = doc.value();
  if (!root.is_array())
    return ParseError{"", std::string("expected a JSON array, got ") + json_type_name(root)};
  ParseContext ctx;
  std::vector<BusMessage> out;
  for (std::size_t i = 0; i < root.size() && !ctx.error; ++i) {
    std::string at = "[" + std::to_string(i) + "]";
    if (!root[i].is_object()) {
      ctx.fail(at, std::string("expected object, got ") + json_type_name(root[i]));
      break;
    }
    ObjectReader r(root[i], at, ctx);
    BusMessage m;
    m.global_id = r.optional_int("global_id");
    m.message_id = r.required_int("message_id");
    m.channel = r.required_string("channel");
    if (!r.ok()) break;
    if (m.channel == "/__status") {
      // {"data": {"/topic/42": 17, ...}}: the current id of each channel we asked about.
      if (const Json* data = r.optional_object("data")) {
        ObjectReader d(*data, r.path_of("data"), ctx);
        for (auto it = data->begin(); it != data->end() && d.ok(); ++it) {
          BusMessage status;
          status.channel = it.key();
          status.message_id = d.required_int(it.key());
          out.push_back(std::move(status));
        }
      }
      continue;
    }
    const Json* data = r.optional_object("data");
    std::optional<ObjectReader> data_reader;
    if (data) data_reader.emplace(*data, r.path_of("data"), ctx);
    m.event = read_event(m.channel, data_reader ? &*data_reader : nullptr);
    out.push_back(std::move(m));
  }
  if (ctx.error) return *ctx.error;
  return out;
}

}  // namespace hearth::model
