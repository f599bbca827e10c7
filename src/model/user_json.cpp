// JSON mapping of members and their preferences.
#include "model/user.h"

namespace hearth::model {

bool UserOption::operator==(const UserOption& o) const {
  return email_level == o.email_level && email_messages_level == o.email_messages_level &&
         mailing_list_mode == o.mailing_list_mode &&
         mailing_list_mode_frequency == o.mailing_list_mode_frequency &&
         email_digests == o.email_digests && digest_after_minutes == o.digest_after_minutes &&
         like_notification_frequency == o.like_notification_frequency &&
         hide_profile_and_presence == o.hide_profile_and_presence &&
         external_links_in_new_tab == o.external_links_in_new_tab &&
         allow_private_messages == o.allow_private_messages;
}

namespace {

UserOption read_user_option(ObjectReader& r) {
  UserOption o;
  o.email_level = r.optional_int("email_level", o.email_level);
  o.email_messages_level = r.optional_int("email_messages_level", o.email_messages_level);
  o.mailing_list_mode = r.optional_bool("mailing_list_mode", o.mailing_list_mode);
  o.mailing_list_mode_frequency =
      r.optional_int("mailing_list_mode_frequency", o.mailing_list_mode_frequency);
  o.email_digests = r.optional_bool("email_digests", o.email_digests);
  o.digest_after_minutes = r.optional_int("digest_after_minutes", o.digest_after_minutes);
  o.like_notification_frequency =
      r.optional_int("like_notification_frequency", o.like_notification_frequency);
  o.hide_profile_and_presence = r.optional_bool("hide_profile_and_presence", o.hide_profile_and_presence);
  o.external_links_in_new_tab = r.optional_bool("external_links_in_new_tab", o.external_links_in_new_tab);
  o.allow_private_messages = r.optional_bool("allow_private_messages", o.allow_private_messages);
  return o;
}

std::vector<std::string> string_array(ObjectReader& r, std::string_view key) {
  std::vector<std::string> out;
  const Json* a = r.optional_array(key);
  if (!a) return out;
  for (std::size_t i = 0; i < a->size(); ++i) {
    if (!(*a)[i].is_string()) {
      r.context().fail(r.path_of(key) + "[" + std::to_string(i) + "]",
                       std::string("expected string, got ") + json_type_name((*a)[i]));
      break;
    }
    out.push_back((*a)[i].get<std::string>());
  }
  return out;
}

User read_user(ObjectReader& r) {
  User u;
  u.id = r.required_int("id");
  u.username = r.required_string("username");
  u.name = r.optional_string("name");
  u.title = r.optional_string("title");
  u.avatar_template = r.optional_string("avatar_template");
  u.location = r.optional_string("location");
  u.website = r.optional_string("website");
  u.website_name = r.optional_string("website_name");
  u.bio_raw = r.optional_string("bio_raw");
  u.bio_cooked = r.optional_string("bio_cooked");
  u.created_at = r.optional_string("created_at");
  u.last_posted_at = r.optional_string("last_posted_at");
  u.last_seen_at = r.optional_string("last_seen_at");
  u.trust_level = r.optional_int("trust_level");
  u.post_count = r.optional_int("post_count");
  u.admin = r.optional_bool("admin");
  u.moderator = r.optional_bool("moderator");
  u.ignored = r.optional_bool("ignored");
  u.muted = r.optional_bool("muted");
  u.can_ignore_user = r.optional_bool("can_ignore_user");
  u.can_mute_user = r.optional_bool("can_mute_user");
  u.can_send_private_message_to_user = r.optional_bool("can_send_private_message_to_user");
  u.can_edit = r.optional_bool("can_edit");
  u.suspended_till = r.optional_string("suspended_till");
  u.suspend_reason = r.optional_string("suspend_reason");
  u.groups = r.objects<Group>(r.optional_array("groups"), "groups", [](ObjectReader& g) {
    Group out;
    out.id = g.required_int("id");
    out.name = g.required_string("name");
    return out;
  });
  u.watched_category_ids = r.optional_int_array("watched_category_ids");
  u.tracked_category_ids = r.optional_int_array("tracked_category_ids");
  u.muted_category_ids = r.optional_int_array("muted_category_ids");
  u.ignored_usernames = string_array(r, "ignored_usernames");
  u.muted_usernames = string_array(r, "muted_usernames");
  if (const Json* option = r.optional_object("user_option")) {
    ObjectReader o(*option, r.path_of("user_option"), r.context());
    u.user_option = read_user_option(o);
  }
  return u;
}

Parsed<User> read_wrapped_user(std::string_view json_text) {
  return read_document<User>(json_text, [](ObjectReader& root) {
    const Json* user = root.required_object("user");
    if (!user) return User{};
    ObjectReader r(*user, "user", root.context());
    return read_user(r);
  });
}

}  // namespace

Parsed<User> parse_user(std::string_view json_text) { return read_wrapped_user(json_text); }
Parsed<User> parse_user_update(std::string_view json_text) { return read_wrapped_user(json_text); }

}  // namespace hearth::model
