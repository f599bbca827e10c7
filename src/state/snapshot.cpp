// Builds the hook snapshot from State.
#include "state/snapshot.h"

#include "state/post_visibility.h"
#include "state/preferences.h"
#include "state/profile_editor.h"

namespace hearth::state {

namespace {
const char* phase_name(Phase p) {
  switch (p) {
    case Phase::idle: return "idle";
    case Phase::loading: return "loading";
    case Phase::loaded: return "loaded";
    case Phase::failed: return "failed";
  }
  return "idle";
}
}  // namespace

nlohmann::json snapshot(const State& s) {
  using nlohmann::json;
  json out = json::object();
  out["route"] = format_route(s.route);
  out["screen"] = screen_name(s.route);
  if (s.user)
    out["user"] = {{"username", s.user->username}, {"role", s.user->role}};
  else
    out["user"] = nullptr;
  out["unread_notifications"] = s.unread_notifications;
  out["title"] = page_title(s);
  auto scrolled = s.scroll_positions.find(format_route(s.route));
  out["scroll_y"] = scrolled == s.scroll_positions.end() ? 0.0 : scrolled->second;
  json dialogs = json::array();
  if (!s.consent.accepted()) dialogs.push_back("consent");
  if (s.composer) dialogs.push_back("composer");
  if (s.flag_dialog) dialogs.push_back("flag");
  if (s.report_dialog) dialogs.push_back("report");
  if (s.demo && s.demo->confirming_reset) dialogs.push_back("reset_demo");
  if (s.menu_open) dialogs.push_back("member_menu");
  if (s.shortcuts_open) dialogs.push_back("shortcuts");
  out["dialogs"] = std::move(dialogs);
  if (s.composer) {
    static const char* steps[] = {"writing", "preview", "identifying_warning", "sending", "failed"};
    const Composer& c = *s.composer;
    json problems = json::array();
    for (const auto& p : validation_messages(c)) problems.push_back(p);
    out["composer"] = {{"step", steps[static_cast<int>(c.step)]}, {"title", c.title}, {"raw", c.raw},
                       {"problems", std::move(problems)}, {"findings", c.findings.size()}};
  }
  if (!s.toast.empty()) out["toast"] = s.toast;
  if (s.demo)
    out["demo"] = {{"storage", s.demo->storage}, {"message", s.demo->storage_message},
                   {"unsaved", s.demo->unsaved}, {"resets", s.demo->resets}};
  json banner_list = json::array();
  for (const auto& b : banners(s))
    banner_list.push_back({{"kind", b.kind}, {"message", b.message}, {"can_retry", b.can_retry}});
  out["banners"] = std::move(banner_list);
  if (std::holds_alternative<TopicRoute>(s.route)) {
    out["phase"] = phase_name(s.topic.phase);
    out["topic_id"] = s.topic.topic_id;
    out["new_posts"] = s.topic.new_posts;
    json posts = json::array();
    if (s.topic.topic) {
      out["topic_title"] = s.topic.topic->title;
      Reader reader = reader_of(s);
      for (const auto& p : s.topic.topic->posts)
        posts.push_back({{"id", p.id},
                         {"post_number", p.post_number},
                         {"username", p.username},
                         {"state", post_display_name(post_display(p, reader))},
                         {"likes", p.like_count},
                         {"liked", p.liked()}});
    }
    out["posts"] = std::move(posts);
  } else if (is_topic_list(s.route)) {
    out["phase"] = phase_name(s.list.phase);
    out["category_id"] = s.list.query.category_id;
    auto counts = list_counts(s.list);
    out["unread_topics"] = counts.unread_topics;
    out["new_topics"] = counts.new_topics;
    out["new_topics_available"] = s.list.new_topics_available;
    out["more"] = s.list.more_topics_url.has_value();
    json topics = json::array();
    for (const auto& t : s.list.topics)
      topics.push_back({{"id", t.id}, {"title", t.title}, {"category_id", t.category_id},
                        {"replies", t.reply_count}, {"likes", t.like_count}});
    out["topics"] = std::move(topics);
  }
  // The forms, as the member sees them.
  static const char* form_phases[] = {"loading", "editing", "saving", "saved", "failed"};
  if (s.profile_editor) {
    const ProfileEditor& e = *s.profile_editor;
    json problems = json::object();
    for (const auto& p : profile_problems(e.fields)) problems[p.field] = p.message;
    out["profile_editor"] = {{"phase", form_phases[static_cast<int>(e.phase)]}, {"preview", e.preview},
                             {"name", e.fields.name}, {"title", e.fields.title}, {"location", e.fields.location},
                             {"website", e.fields.website}, {"bio", e.fields.bio}, {"problems", problems}};
  }
  if (s.preferences) {
    const Preferences& p = *s.preferences;
    json notify = json::object();
    for (NotifyKind kind : {NotifyKind::replies, NotifyKind::mentions, NotifyKind::messages, NotifyKind::likes})
      notify[notify_kind_label(kind)] = frequency_label(p.values.notify[kind]);
    out["preferences"] = {{"phase", form_phases[static_cast<int>(p.phase)]}, {"notify", notify}};
  }
  return out;
}

}  // namespace hearth::state
