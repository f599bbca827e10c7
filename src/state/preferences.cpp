// Preference rules and the mapping to the forum's options.
#include "state/preferences.h"
#include "state/overloaded.h"

#include <algorithm>

namespace hearth::state {

namespace {
Frequency from_digest(std::int64_t minutes) {
  if (minutes <= 60) return Frequency::hourly;
  if (minutes <= 1440) return Frequency::daily;
  return Frequency::weekly;
}

std::int64_t digest_minutes(Frequency f) {
  switch (f) {
    case Frequency::hourly: return 60;
    case Frequency::daily: return 1440;
    default: return 10080;
  }
}

const char* kind_key(NotifyKind k) {
  switch (k) {
    case NotifyKind::replies: return "replies";
    case NotifyKind::mentions: return "mentions";
    case NotifyKind::messages: return "messages";
    case NotifyKind::likes: return "likes";
  }
  return "";
}
const char* frequency_key(Frequency f) {
  switch (f) {
    case Frequency::per_post: return "per_post";
    case Frequency::hourly: return "hourly";
    case Frequency::daily: return "daily";
    case Frequency::weekly: return "weekly";
    case Frequency::never: return "never";
  }
  return "";
}
void toggle(std::vector<std::int64_t>& v, std::int64_t id) {
  auto it = std::find(v.begin(), v.end(), id);
  if (it == v.end()) { v.push_back(id); std::sort(v.begin(), v.end()); }
  else v.erase(it);
}
}  // namespace

const char* frequency_label(Frequency f) {
  switch (f) {
    case Frequency::per_post: return "For every post";
    case Frequency::hourly: return "Hourly digest";
    case Frequency::daily: return "Daily digest";
    case Frequency::weekly: return "Weekly digest";
    case Frequency::never: return "Never";
  }
  return "";
}

const char* notify_kind_label(NotifyKind k) {
  switch (k) {
    case NotifyKind::replies: return "Replies to my posts";
    case NotifyKind::mentions: return "Mentions of me";
    case NotifyKind::messages: return "Private messages";
    case NotifyKind::likes: return "Likes";
  }
  return "";
}

PreferenceValues from_forum(const api::PreferencesUpdate& p) {
  const model::UserOption& o = p.options;
  PreferenceValues v;
  Frequency digest = o.email_digests ? from_digest(o.digest_after_minutes) : Frequency::never;
  Frequency posts = o.email_level == 2 ? digest : (o.mailing_list_mode || o.email_level == 0 ? Frequency::per_post : digest);
  v.notify[NotifyKind::replies] = posts;
  v.notify[NotifyKind::mentions] = posts;
  v.notify[NotifyKind::messages] = o.email_messages_level == 2 ? Frequency::never : Frequency::per_post;
  v.notify[NotifyKind::likes] = o.like_notification_frequency == 3 ? Frequency::never
                                : o.like_notification_frequency == 0 ? Frequency::per_post
                                                                     : Frequency::daily;
  // Where the forum keeps each kind's exact choice (the embedded community), it wins.
  for (NotifyKind k : {NotifyKind::replies, NotifyKind::mentions, NotifyKind::messages, NotifyKind::likes}) {
    auto it = p.frequencies.find(kind_key(k));
    if (it == p.frequencies.end()) continue;
    for (Frequency f : {Frequency::per_post, Frequency::hourly, Frequency::daily, Frequency::weekly, Frequency::never})
      if (it->second == frequency_key(f)) v.notify[k] = f;
  }
  v.watched_categories = p.watched_category_ids;
  v.muted_categories = p.muted_category_ids;
  v.hide_profile = o.hide_profile_and_presence;
  return v;
}

api::PreferencesUpdate to_forum(const PreferenceValues& v, const model::UserOption& base) {
  api::PreferencesUpdate p;
  p.options = base;
  model::UserOption& o = p.options;
  Frequency posts = std::min(v.notify[NotifyKind::replies], v.notify[NotifyKind::mentions]);  // the more frequent
  o.email_level = posts == Frequency::per_post ? 0 : 2;
  o.mailing_list_mode = false;
  Frequency digest = posts == Frequency::per_post ? Frequency::daily : posts;
  o.email_digests = digest != Frequency::never;
  o.digest_after_minutes = digest_minutes(digest);
  o.email_messages_level = v.notify[NotifyKind::messages] == Frequency::never ? 2 : 0;
  o.like_notification_frequency = v.notify[NotifyKind::likes] == Frequency::never    ? 3
                                  : v.notify[NotifyKind::likes] == Frequency::per_post ? 0
                                                                                        : 1;
  o.hide_profile_and_presence = v.hide_profile;
  for (NotifyKind k : {NotifyKind::replies, NotifyKind::mentions, NotifyKind::messages, NotifyKind::likes})
    p.frequencies[kind_key(k)] = frequency_key(v.notify[k]);
  p.watched_category_ids = v.watched_categories;
  p.muted_category_ids = v.muted_categories;
  return p;
}

Preferences update_preferences(Preferences p, const PreferencesAction& action, Effects& fx) {
  auto editable = [&] { return p.phase != Preferences::Phase::loading && p.phase != Preferences::Phase::saving; };
  auto changed = [&] { if (p.phase == Preferences::Phase::saved) p.phase = Preferences::Phase::editing; };
  std::visit(Overloaded{
                 [&](const PreferencesLoaded& a) {
                   Theme theme = p.values.theme;
                   p.saved = from_forum(a.prefs);
                   p.saved.theme = theme;
                   p.values = p.saved;
                   p.base = a.prefs.options;
                   p.blocked = a.blocked;
                   p.phase = Preferences::Phase::editing;
                 },
                 [&](const PreferencesLoadFailed& a) { p.phase = Preferences::Phase::failed; p.error = a.error; },
                 [&](const FrequencyChosen& a) {
                   if (!editable()) return;
                   p.values.notify[a.kind] = a.frequency;
                   changed();
                 },
                 [&](const CategoryWatchToggled& a) {
                   if (!editable()) return;
                   toggle(p.values.watched_categories, a.category_id);
                   auto& m = p.values.muted_categories;  // watching and muting exclude each other
                   m.erase(std::remove(m.begin(), m.end(), a.category_id), m.end());
                   changed();
                 },
                 [&](const CategoryMuteToggled& a) {
                   if (!editable()) return;
                   toggle(p.values.muted_categories, a.category_id);
                   auto& w = p.values.watched_categories;
                   w.erase(std::remove(w.begin(), w.end(), a.category_id), w.end());
                   changed();
                 },
                 [&](const HideProfileToggled&) {
                   if (!editable()) return;
                   p.values.hide_profile = !p.values.hide_profile;
                   changed();
                 },
                 [&](const ThemeChosen& a) {
                   p.values.theme = a.theme;  // applies at once; kept in the browser
                   p.saved.theme = a.theme;
                   fx.push_back(StoreTheme{a.theme == Theme::light ? "light" : a.theme == Theme::dark ? "dark" : "system"});
                 },
                 [&](const PreferencesSavePressed&) {
                   if (!editable() || p.values == p.saved) return;
                   p.phase = Preferences::Phase::saving;
                   p.error.reset();
                   fx.push_back(SavePreferences{p.username, to_forum(p.values, p.base)});
                 },
                 [&](const PreferencesSaved&) {
                   if (p.phase != Preferences::Phase::saving) return;
                   p.saved = p.values;
                   p.phase = Preferences::Phase::saved;
                 },
                 [&](const PreferencesSaveFailed& a) {
                   if (p.phase != Preferences::Phase::saving) return;
                   p.phase = Preferences::Phase::failed;  // the choices stay on screen
                   p.error = a.error;
                 },
                 [&](const UnblockPressed& a) { fx.push_back(SetMemberLevel{a.username, api::MemberLevel::normal}); },
                 [&](const Unblocked& a) {
                   p.blocked.erase(std::remove(p.blocked.begin(), p.blocked.end(), a.username), p.blocked.end());
                 },
             },
             action);
  return p;
}

}  // namespace hearth::state
