// JSON mapping of /notifications.json.
#include "model/notification.h"

namespace hearth::model {

static Notification read_notification(ObjectReader& r) {
  Notification n;
  n.id = r.required_int("id");
  n.notification_type = r.required_int("notification_type");
  n.read = r.optional_bool("read");
  n.high_priority = r.optional_bool("high_priority");
  n.created_at = r.optional_string("created_at");
  n.topic_id = r.optional_int("topic_id");
  n.post_number = r.optional_int("post_number");
  n.slug = r.optional_string("slug");
  n.fancy_title = r.optional_string("fancy_title");
  if (const Json* data = r.optional_object("data")) {
    ObjectReader d(*data, r.path_of("data"), r.context());
    n.display_username = d.optional_string("display_username");
    n.original_username = d.optional_string("original_username");
    n.topic_title = d.optional_string("topic_title");
    n.original_post_id = d.optional_int("original_post_id");
    if (n.display_username.empty()) n.display_username = d.optional_string("username");
  }
  return n;
}

Parsed<NotificationList> parse_notifications(std::string_view json_text) {
  return read_document<NotificationList>(json_text, [](ObjectReader& r) {
    NotificationList list;
    list.notifications = r.objects<Notification>(r.required_array("notifications"), "notifications",
                                                 read_notification);
    list.total_rows = r.optional_int("total_rows_notifications");
    list.seen_notification_id = r.optional_int("seen_notification_id");
    list.load_more = r.maybe_string("load_more_notifications");
    return list;
  });
}

}  // namespace hearth::model
