// The member's own pages and staff's: the profile editor, preferences, blocked members, the
// review queue and the community guidelines.
#include <algorithm>
#include <string>

#include "api/local_cook.h"
#include "model/notification.h"
#include "model/time.h"
#include "state/preferences.h"
#include "state/profile_editor.h"
#include "state/review_queue.h"
#include "state/rich_text.h"
#include "ui/hook_items.h"
#include "ui/rich_text.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

// A labelled one-line field; true when changed (the new text in `edited`).
bool field(const char* label, const char* id, const std::string& value, const Theme& theme, std::string& edited) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  edited = value;
  edited.reserve(value.size() + 128);
  ImGui::SetNextItemWidth(std::min(content_width(), 520.0f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.surface);
  ImGui::InputText(id, edited.data(), edited.capacity() + 1, ImGuiInputTextFlags_CallbackResize, string_resize_callback, &edited);
  ImGui::PopStyleColor();
  edited = edited.c_str();
  record_last_item(label, "input");
  return ImGui::IsItemEdited();
}

void heading(const char* text, const Theme& theme) {
  wrapped_text(text, theme.fonts.heading);
  ImGui::Dummy(ImVec2(0, 2));
}

bool needs_member(const state::State& s, const Theme& theme) {
  if (s.user) return true;
  wrapped_text("Please sign in to see this page.", nullptr, &theme.muted);
  return false;
}

void show_profile_editor(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Edit your profile", theme);
  if (!needs_member(s, theme) || !s.profile_editor) return;
  const state::ProfileEditor& e = *s.profile_editor;
  if (e.phase == state::ProfileEditor::Phase::loading) {
    wrapped_text("Loading your profile\u2026", nullptr, &theme.muted);
    return;
  }
  auto problems = state::profile_problems(e.fields);
  auto problem_for = [&](const char* f) {
    for (const auto& p : problems)
      if (p.field == f) wrapped_text(p.message, theme.fonts.small, &theme.error_text);
  };
  auto edit = [&](const char* key, std::string value) {
    dispatch(state::ProfileAction{state::ProfileFieldEdited{key, std::move(value)}});
  };
  if (e.preview) {
    wrapped_text("As other members will see it:", nullptr, &theme.muted);
    wrapped_text(e.fields.name.empty() ? e.username : e.fields.name, theme.fonts.bold);
    std::string line = "@" + e.username;
    if (!e.fields.title.empty()) line += "  \u00B7  " + e.fields.title;
    if (!e.fields.location.empty()) line += "  \u00B7  " + e.fields.location;
    wrapped_text(line, nullptr, &theme.muted);
    if (!e.fields.website.empty()) wrapped_text(e.fields.website, nullptr, &theme.link);
    show_rich_text(state::rich_text_from_cooked(api::cook_markdown(e.fields.bio)), theme, dispatch);
    if (secondary_button("Back to editing", theme)) dispatch(state::ProfileAction{state::ProfilePreviewToggled{}});
    return;
  }
  std::string v;
  if (field("Name", "##name", e.fields.name, theme, v)) edit("name", v);
  problem_for("name");
  if (field("Title (for example, your modality)", "##title", e.fields.title, theme, v)) edit("title", v);
  problem_for("title");
  if (field("Location", "##location", e.fields.location, theme, v)) edit("location", v);
  problem_for("location");
  if (field("Website", "##website", e.fields.website, theme, v)) edit("website", v);
  problem_for("website");
  ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
  ImGui::TextUnformatted("About me");
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.surface);
  if (text_area("##bio", "About me", e.fields.bio, ImVec2(std::min(content_width(), 520.0f), ImGui::GetTextLineHeight() * 6), v)) edit("bio", v);
  ImGui::PopStyleColor();
  record_last_item("About me", "textarea");
  problem_for("bio");
  wrapped_text("Never include details that could identify a client.", theme.fonts.small, &theme.muted);
  if (e.error) wrapped_text("Not saved: " + api::member_message(*e.error), nullptr, &theme.error_text);
  if (e.phase == state::ProfileEditor::Phase::saved && !state::is_dirty(e)) wrapped_text("Saved.", nullptr, &theme.muted);
  bool saving = e.phase == state::ProfileEditor::Phase::saving;
  if (button(saving ? "Saving\u2026" : "Save", theme, state::can_save(e) && !saving)) dispatch(state::ProfileAction{state::ProfileSavePressed{}});
  ImGui::SameLine();
  if (secondary_button("Preview", theme)) dispatch(state::ProfileAction{state::ProfilePreviewToggled{}});
  ImGui::SameLine();
  if (secondary_button("Cancel", theme)) dispatch(state::ProfileAction{state::ProfileCancelPressed{}});
  if (e.confirm_discard) {
    wrapped_text("Discard your changes?", theme.fonts.bold);
    if (button("Discard changes", theme)) dispatch(state::ProfileAction{state::ProfileDiscardConfirmed{}});
    ImGui::SameLine();
    if (secondary_button("Keep editing", theme)) dispatch(state::ProfileAction{state::ProfileKeepEditingPressed{}});
  }
}

void show_preferences(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Preferences", theme);
  if (!needs_member(s, theme) || !s.preferences) return;
  const state::Preferences& p = *s.preferences;
  if (p.phase == state::Preferences::Phase::loading) {
    wrapped_text("Loading your preferences\u2026", nullptr, &theme.muted);
    return;
  }
  auto send = [&](state::PreferencesAction a) { dispatch(state::Action{std::move(a)}); };
  wrapped_text("How often should each kind of notification reach you?", theme.fonts.bold);
  for (state::NotifyKind kind : {state::NotifyKind::replies, state::NotifyKind::mentions, state::NotifyKind::messages,
                                 state::NotifyKind::likes}) {
    ImGui::PushID(static_cast<int>(kind));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state::notify_kind_label(kind));
    ImGui::SameLine(std::min(220.0f, content_width() * 0.45f));
    ImGui::SetNextItemWidth(200);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.surface);
    if (ImGui::BeginCombo("##freq", state::frequency_label(p.values.notify[kind]))) {
      for (state::Frequency f : {state::Frequency::per_post, state::Frequency::hourly, state::Frequency::daily,
                                 state::Frequency::weekly, state::Frequency::never}) {
        if (ImGui::Selectable(state::frequency_label(f), p.values.notify[kind] == f)) send(state::FrequencyChosen{kind, f});
        record_last_item(std::string(state::notify_kind_label(kind)) + ": " + state::frequency_label(f), "menuitem");
      }
      ImGui::EndCombo();
    }
    ImGui::PopStyleColor();
    record_last_item(state::notify_kind_label(kind), "combobox");
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 6));
  wrapped_text("Categories", theme.fonts.bold);
  for (const auto& c : s.site.categories) {
    ImGui::PushID(static_cast<int>(c.id));
    bool watched = std::count(p.values.watched_categories.begin(), p.values.watched_categories.end(), c.id) > 0;
    bool muted = std::count(p.values.muted_categories.begin(), p.values.muted_categories.end(), c.id) > 0;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(c.name.c_str());
    ImGui::SameLine(std::min(260.0f, content_width() * 0.5f));
    if (ImGui::Checkbox("Watch", &watched)) send(state::CategoryWatchToggled{c.id});
    record_last_item("Watch " + c.name, "checkbox");
    ImGui::SameLine();
    if (ImGui::Checkbox("Mute", &muted)) send(state::CategoryMuteToggled{c.id});
    record_last_item("Mute " + c.name, "checkbox");
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 6));
  wrapped_text("Privacy and appearance", theme.fonts.bold);
  bool hide = p.values.hide_profile;
  if (ImGui::Checkbox("Hide my profile and presence from other members", &hide)) send(state::HideProfileToggled{});
  record_last_item("Hide my profile and presence from other members", "checkbox");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Theme");
  for (auto [t, label] : {std::pair{state::Theme::system, "As the system"}, std::pair{state::Theme::light, "Light"},
                          std::pair{state::Theme::dark, "Dark"}}) {
    ImGui::SameLine();
    if (ImGui::RadioButton(label, p.values.theme == t)) send(state::ThemeChosen{t});
    record_last_item(label, "radio");
  }
  ImGui::Dummy(ImVec2(0, 6));
  if (p.error) wrapped_text("Not saved: " + api::member_message(*p.error), nullptr, &theme.error_text);
  if (p.phase == state::Preferences::Phase::saved) wrapped_text("Saved.", nullptr, &theme.muted);
  bool saving = p.phase == state::Preferences::Phase::saving;
  if (button(saving ? "Saving\u2026" : "Save preferences", theme, !saving && !(p.values == p.saved)))
    send(state::PreferencesSavePressed{});
}

void show_blocked(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Blocked members", theme);
  if (!needs_member(s, theme) || !s.preferences) return;
  const state::Preferences& p = *s.preferences;
  wrapped_text("Their posts are collapsed for you, and they cannot send you messages. They are not told.", nullptr,
               &theme.muted);
  if (p.phase == state::Preferences::Phase::loading) return;
  if (p.blocked.empty()) wrapped_text("You have not blocked anyone.");
  for (const auto& who : p.blocked) {
    ImGui::PushID(who.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(("@" + who).c_str());
    ImGui::SameLine();
    if (secondary_button("Unblock", theme)) dispatch(state::PreferencesAction{state::UnblockPressed{who}});
    ImGui::PopID();
  }
}

const char* reviewable_label(const std::string& type) {
  if (type == "ReviewableFlaggedPost") return "Flagged post";
  if (type == "HearthReport") return "Report to the community lead";
  if (type == "HearthCallRequest") return "Call requested";
  if (type == "HearthPileOn") return "Many members singling out one";
  if (type == "ReviewableQueuedPost") return "Post waiting for approval";
  if (type == "ReviewableUser") return "New member";
  return "Item";
}

void show_review(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Review queue", theme);
  if (!needs_member(s, theme)) return;
  if (!s.user->staff()) {
    wrapped_text("The review queue is for staff.", nullptr, &theme.muted);
    return;
  }
  if (!s.review || s.review->phase == state::ReviewQueueScreen::Phase::loading) {
    wrapped_text("Loading the queue\u2026", nullptr, &theme.muted);
    return;
  }
  bool lead = s.site.lead_username == s.user->username;
  auto items = state::visible_reviewables(*s.review, s.user->role, lead);
  if (items.empty()) wrapped_text("Nothing is waiting for review.");
  auto name_of = [&](std::int64_t id) {
    for (const auto& u : s.review->queue.users)
      if (u.id == id) return "@" + u.username;
    return std::string("a member");
  };
  for (const auto* r : items) {
    ImGui::PushID(static_cast<int>(r->id));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, theme.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::BeginChild("##item", ImVec2(content_width(), 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                                                                    ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0.0f);
    wrapped_text(reviewable_label(r->type), theme.fonts.bold);
    std::string about = r->about_username.empty() ? name_of(r->target_created_by_id) : "@" + r->about_username;
    std::string meta = "About " + about;
    if (auto when = model::parse_iso8601(r->created_at)) meta += "  \u00B7  " + model::short_age(*when, s.now) + " ago";
    wrapped_text(meta, nullptr, &theme.muted);
    if (!r->summary.empty()) wrapped_text(r->summary);
    for (const auto& [type, count] : state::flag_counts(*r)) {
      const model::PostActionType* t = nullptr;
      for (const auto& pat : s.site.post_action_types)
        if (pat.id == type) t = &pat;
      wrapped_text(std::to_string(count) + " \u00D7 " + (t ? t->short_description : std::string("flag")), nullptr, &theme.muted);
    }
    if (r->topic_id && r->target_type == "Post" && link("Open the post", "##open", theme))
      dispatch(state::TopicPressed{r->topic_id, "topic"});
    bool busy = s.review->busy.count(r->id) > 0;
    // The actions wrap onto more lines on a narrow screen.
    float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    for (const auto& bundle : r->bundled_actions)
      for (const auto& a : bundle.actions) {
        float w = ImGui::CalcTextSize(a.label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first) {
          ImGui::SameLine();
          if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        first = false;
        if (button(a.label, theme, !busy)) dispatch(state::ReviewAction{state::ReviewActionPressed{r->id, a.id}});
      }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PopID();
  }
}

void show_guidelines(const state::State& s, const Theme& theme) {
  heading("Community guidelines", theme);
  std::string lead = s.site.lead_username.empty() ? std::string("the community lead") : "@" + s.site.lead_username;
  const std::pair<const char*, std::string> points[] = {
      {"Never identify a client.", "No names, dates of birth, addresses, workplaces or details that together point to a person. "
                                   "Hearth warns you before a post that may identify someone goes live."},
      {"Be respectful.", "Disagree with ideas, not people. Like what helps; reply as a linked topic when a thread wanders."},
      {"Flag a problem.", "Flag posts that break these guidelines. A post flagged as inappropriate by more than one "
                          "administrator is hidden until its author edits it."},
      {"No advertisements.", "Describe your services plainly where the community asks; promotional posts are removed."},
      {"Share only what you may share.", "Quote briefly with the source. Copied material is taken down, and repeat "
                                          "infringers lose access."},
      {"Report to the community lead.", "Use Report on any post or member to reach " + lead +
                                            ", who reads every report. You can keep your own record with times."},
      {"Block a bully.", "Blocking collapses a member's posts for you and stops their messages. They are not told."},
  };
  for (const auto& [title, text] : points) {
    wrapped_text(title, theme.fonts.bold);
    wrapped_text(text);
    ImGui::Dummy(ImVec2(0, 4));
  }
}

const char* notification_verb(std::int64_t type) {
  switch (static_cast<model::NotificationType>(type)) {
    case model::NotificationType::mentioned: return "mentioned you in";
    case model::NotificationType::replied: return "replied in";
    case model::NotificationType::quoted: return "quoted you in";
    case model::NotificationType::liked:
    case model::NotificationType::liked_consolidated: return "liked your post in";
    case model::NotificationType::private_message: return "sent you a message:";
    case model::NotificationType::invited_to_private_message: return "added you to a message:";
    case model::NotificationType::linked: return "continued your post in";
    case model::NotificationType::edited: return "edited your post in";
    default: return "—";
  }
}

// A row that reads as one line of text and opens something when pressed.
bool row(const std::string& id, const std::string& strong, const std::string& rest, const std::string& meta, bool bold,
         const Theme& theme) {
  ImGui::PushID(id.c_str());
  ImVec2 at = ImGui::GetCursorScreenPos();
  float width = content_width();
  ImFont* body = ImGui::GetFont();
  ImFont* b = theme.fonts.bold ? theme.fonts.bold : body;
  std::string line = strong + " " + rest;
  float h = text_height(line, bold ? b : body, width - 20) + text_height(meta, theme.fonts.small, width - 20) + 18;
  bool pressed = ImGui::InvisibleButton("##row", ImVec2(width, h));
  record_last_item(line, "link");
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + width, at.y + h), ImGui::GetColorU32(hovered ? theme.background : theme.surface), 6.0f);
  dl->AddRect(at, ImVec2(at.x + width, at.y + h), ImGui::GetColorU32(theme.border), 6.0f);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetCursorScreenPos(ImVec2(at.x + 10, at.y + 8));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 20);
  wrapped_text(line, bold ? b : body);
  ImGui::SetCursorScreenPos(ImVec2(at.x + 10, ImGui::GetCursorScreenPos().y));  // under the line, not the page's edge
  wrapped_text(meta, theme.fonts.small, &theme.muted);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h + 6));
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::PopID();
  return pressed;
}

std::string age(const std::string& iso, std::int64_t now) {
  auto t = model::parse_iso8601(iso);
  return t ? model::short_age(*t, now) + " ago" : std::string();
}

void show_notifications(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Notifications", theme);
  if (!needs_member(s, theme)) return;
  const auto& n = s.notifications;
  if (n.phase == state::Phase::loading) return wrapped_text("Loading…", nullptr, &theme.muted);
  if (n.phase != state::Phase::loaded) return;
  if (n.value.notifications.empty()) return wrapped_text("Nothing yet. Replies, mentions, likes and messages show here.");
  if (s.unread_notifications > 0 && secondary_button("Mark all as read", theme)) dispatch(state::MarkAllReadPressed{});
  for (const auto& item : n.value.notifications) {
    std::string who = item.display_username.empty() ? std::string("Someone") : "@" + item.display_username;
    std::string title = item.fancy_title.empty() ? item.topic_title : item.fancy_title;
    if (row(std::to_string(item.id), who, std::string(notification_verb(item.notification_type)) + " “" + title + "”",
            age(item.created_at, s.now) + (item.read ? "" : "  ·  new"), !item.read, theme))
      dispatch(state::NotificationPressed{item.id});
  }
}

void show_messages(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Messages", theme);
  if (!needs_member(s, theme)) return;
  wrapped_text("To start a conversation, open a member's profile and choose Message.", theme.fonts.small, &theme.muted);
  const auto& m = s.messages;
  if (m.phase == state::Phase::loading) return wrapped_text("Loading…", nullptr, &theme.muted);
  if (m.phase != state::Phase::loaded) return;
  if (m.value.topics.empty()) return wrapped_text("No messages yet.");
  for (const auto& t : m.value.topics) {
    std::string meta = t.last_poster_username.empty() ? std::string() : "Last from @" + t.last_poster_username + "  ·  ";
    meta += age(t.last_posted_at, s.now) + "  ·  " + std::to_string(t.posts_count) + (t.posts_count == 1 ? " message" : " messages");
    if (row(std::to_string(t.id), t.title, "", meta, t.unseen, theme)) dispatch(state::TopicPressed{t.id, t.slug});
  }
}

void show_search(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Search", theme);
  std::string q;
  ImGui::SetNextItemWidth(std::min(content_width() - 100, 480.0f));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.surface);
  q = s.search.query;
  q.reserve(q.size() + 128);
  bool enter = ImGui::InputText("##search", q.data(), q.capacity() + 1,
                                ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_EnterReturnsTrue, string_resize_callback, &q);
  bool edited = ImGui::IsItemEdited();
  ImGui::PopStyleColor();
  record_last_item("Search the community", "input");
  if (edited) dispatch(state::SearchEdited{q.c_str()});
  ImGui::SameLine();
  if (button("Search", theme) || enter) dispatch(state::SearchSubmitted{});
  const auto& r = s.search.result;
  if (r.phase == state::Phase::loading) return wrapped_text("Searching…", nullptr, &theme.muted);
  if (r.phase != state::Phase::loaded) return;
  if (!r.value.error.empty()) return wrapped_text(r.value.error, nullptr, &theme.muted);
  if (r.value.posts.empty() && r.value.users.empty()) return wrapped_text("Nothing matched “" + r.value.term + "”.");
  for (const auto& u : r.value.users)
    if (row("u" + u.username, "@" + u.username, u.name, "Member", false, theme)) dispatch(state::LinkPressed{"#/u/" + u.username});
  for (const auto& p : r.value.posts) {
    std::string title;
    std::string slug = "topic";
    for (const auto& t : r.value.topics)
      if (t.id == p.topic_id) {
        title = t.title;
        slug = t.slug;
      }
    std::string meta = "@" + p.username + "  ·  " + age(p.created_at, s.now);
    if (p.like_count) meta += "  ·  " + std::to_string(p.like_count) + (p.like_count == 1 ? " like" : " likes");
    if (row("p" + std::to_string(p.id), title, "— " + p.blurb, meta, false, theme))
      dispatch(state::LinkPressed{state::format_route(state::TopicRoute{slug, p.topic_id, p.post_number})});
  }
}

void show_member(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  const auto& m = s.member.user;
  if (m.phase == state::Phase::loading) return wrapped_text("Loading…", nullptr, &theme.muted);
  if (m.phase != state::Phase::loaded) return;
  const model::User& u = m.value;
  heading((u.name.empty() ? u.username : u.name).c_str(), theme);
  std::string line = "@" + u.username;
  if (!u.title.empty()) line += "  ·  " + u.title;
  if (!u.location.empty()) line += "  ·  " + u.location;
  wrapped_text(line, nullptr, &theme.muted);
  if (!u.suspended_till.empty()) wrapped_text("Suspended until " + u.suspended_till + ". " + u.suspend_reason, nullptr, &theme.error_text);
  if (!u.website.empty() && link(u.website, "##website", theme)) dispatch(state::LinkPressed{u.website});
  if (!u.bio_cooked.empty()) show_rich_text(state::rich_text_from_cooked(u.bio_cooked), theme, dispatch);
  std::string facts = std::to_string(u.post_count) + (u.post_count == 1 ? " post" : " posts");
  for (const auto& g : u.groups) facts += "  ·  " + g.name;
  wrapped_text(facts, theme.fonts.small, &theme.muted);
  ImGui::Dummy(ImVec2(0, 4));
  bool self = s.user && s.user->username == u.username;
  if (self) {
    if (button("Edit your profile", theme)) dispatch(state::LinkPressed{state::format_route(state::PageRoute{state::Page::profile_editor})});
    return;
  }
  if (!s.user) return;
  if (u.can_send_private_message_to_user) {
    if (button("Message", theme)) dispatch(state::MessageMemberPressed{u.username});
    ImGui::SameLine();
  }
  bool blocked = s.blocked.count(u.username) > 0 || u.ignored;
  if (blocked ? secondary_button("Unblock", theme) : (u.can_ignore_user && secondary_button("Block", theme)))
    dispatch(state::BlockPressed{u.username, !blocked});
  ImGui::SameLine();
  if (secondary_button("Report to the community lead", theme)) dispatch(state::ReportMemberPressed{u.username});
  if (blocked) wrapped_text("You block @" + u.username + ": their posts are collapsed for you and they cannot message you.",
                            theme.fonts.small, &theme.muted);
}

void show_evidence(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  heading("Your evidence log", theme);
  wrapped_text("Kept only in this browser: what you reported, with the time and the post as it was. Save a copy "
               "before clearing your browser's data.", nullptr, &theme.muted);
  if (s.evidence.empty()) return wrapped_text("Nothing recorded yet. Reports you send can keep a copy here.");
  if (button("Save as text", theme)) dispatch(state::ExportEvidencePressed{false});
  ImGui::SameLine();
  if (secondary_button("Save as JSON", theme)) dispatch(state::ExportEvidencePressed{true});
  ImGui::Dummy(ImVec2(0, 4));
  for (std::size_t i = 0; i < s.evidence.size(); ++i) {
    const auto& e = s.evidence[i];
    ImGui::PushID(static_cast<int>(i));
    wrapped_text("Recorded " + e.recorded_at + (e.author.empty() ? "" : "  ·  about @" + e.author), theme.fonts.bold);
    if (!e.posted_at.empty()) wrapped_text("Posted " + e.posted_at + "  ·  " + e.permalink, theme.fonts.small, &theme.muted);
    if (!e.content.empty()) wrapped_text("“" + e.content + "”");
    if (!e.note.empty()) wrapped_text("Your note: " + e.note, nullptr, &theme.muted);
    if (secondary_button("Remove", theme)) dispatch(state::EvidenceEntryRemoved{i});
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PopID();
  }
}

}  // namespace

void show_pages(const state::State& s, const Theme& theme, const Layout&, Dispatch& dispatch) {
  if (const auto* p = std::get_if<state::PageRoute>(&s.route)) {
    switch (p->page) {
      case state::Page::profile_editor: return show_profile_editor(s, theme, dispatch);
      case state::Page::preferences: return show_preferences(s, theme, dispatch);
      case state::Page::blocked: return show_blocked(s, theme, dispatch);
      case state::Page::review: return show_review(s, theme, dispatch);
      case state::Page::guidelines: return show_guidelines(s, theme);
      case state::Page::notifications: return show_notifications(s, theme, dispatch);
      case state::Page::evidence: return show_evidence(s, theme, dispatch);
      case state::Page::messages: return show_messages(s, theme, dispatch);
    }
  }
  if (std::holds_alternative<state::SearchRoute>(s.route)) return show_search(s, theme, dispatch);
  if (std::holds_alternative<state::UserRoute>(s.route)) return show_member(s, theme, dispatch);
  wrapped_text(state::screen_title(s.route), theme.fonts.heading);
  wrapped_text("This part of Hearth is not available in this version yet.", nullptr, &theme.muted);
  ImGui::Dummy(ImVec2(0, 4));
  if (button("Go to the latest topics", theme)) dispatch(state::LatestPressed{});
}

}  // namespace hearth::ui
