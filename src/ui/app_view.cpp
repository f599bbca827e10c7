// The page frame: top bar, side navigation on wide screens, the current screen, banners.
#include "ui/app_view.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <string>

#include "ui/hook_items.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

// The member's own pages, as (label, route), for the side navigation and the member menu.
std::vector<std::pair<std::string, std::string>> member_pages(const state::State& s) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!s.user) return out;
  auto page = [](state::Page p) { return state::format_route(state::PageRoute{p}); };
  std::string n = s.unread_notifications ? " (" + std::to_string(s.unread_notifications) + ")" : "";
  std::string m = s.unread_private_messages ? " (" + std::to_string(s.unread_private_messages) + ")" : "";
  out.emplace_back("Search", "#/search");
  out.emplace_back("Your profile", state::format_route(state::UserRoute{s.user->username}));
  out.emplace_back("Notifications" + n, page(state::Page::notifications));
  out.emplace_back("Messages" + m, page(state::Page::messages));
  out.emplace_back("Edit your profile", page(state::Page::profile_editor));
  out.emplace_back("Preferences", page(state::Page::preferences));
  out.emplace_back("Blocked members", page(state::Page::blocked));
  out.emplace_back("Your evidence log", page(state::Page::evidence));
  if (s.user->staff()) out.emplace_back("Review queue", page(state::Page::review));
  out.emplace_back("Community guidelines", page(state::Page::guidelines));
  return out;
}

void show_top_bar(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(origin, ImVec2(origin.x + layout.width, origin.y + theme.top_bar_height),
                    ImGui::GetColorU32(theme.accent));
  std::string title = s.site.title.empty() ? "Hearth" : s.site.title;
  ImFont* font = theme.fonts.heading ? theme.fonts.heading : ImGui::GetFont();
  float pad = layout.wide ? theme.page_padding : theme.phone_padding;
  ImVec2 size = font->CalcTextSizeA(font_px(font), FLT_MAX, 0, title.c_str());
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + (theme.top_bar_height - size.y) * 0.5f));
  if (ImGui::InvisibleButton("##home", size)) dispatch(state::LatestPressed{});
  record_last_item(title, "link");
  dl->AddText(font, font_px(font), ImGui::GetItemRectMin(), ImGui::GetColorU32(theme.accent_text),
              title.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  // The demo's member switch, at the right: who the visitor is acting as. On a phone, the
  // member's initials in a circle, so the site's name keeps its room.
  {
    std::string username = s.user ? s.user->username : std::string();
    std::string hook_label = s.demo ? "Acting as " + (s.user ? username : std::string("nobody")) : s.user ? "Your menu" : "Sign in";
    if (layout.wide) {
      std::string label = (!s.user ? std::string(s.demo ? "Choose a member" : "Sign in") : s.demo ? "Acting as " + username : "@" + username) + "     ";
      ImVec2 text = ImGui::CalcTextSize(label.c_str());
      ImGui::SetCursorScreenPos(ImVec2(origin.x + layout.width - pad - text.x - 16,
                                       origin.y + (theme.top_bar_height - text.y - 10) * 0.5f));
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.14f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1, 1, 1, 0.24f));
      ImGui::PushStyleColor(ImGuiCol_Text, theme.accent_text);
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 5));
      if (ImGui::Button((label + "##demo-member").c_str())) dispatch(state::MemberMenuToggled{});
      record_last_item(hook_label, "button");
      ImGui::PopStyleVar();
      ImGui::PopStyleColor(3);
      ImVec2 max = ImGui::GetItemRectMax(), min = ImGui::GetItemRectMin();
      float cy = (min.y + max.y) * 0.5f, r = 4.0f, cx = max.x - 14.0f;
      dl->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.5f), ImVec2(cx + r, cy - r * 0.5f), ImVec2(cx, cy + r * 0.6f),
                            ImGui::GetColorU32(theme.accent_text));
    } else {
      std::string initials;
      bool next = true;
      for (char c : username) {
        if (next && initials.size() < 2 && c != '.') initials += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        next = c == '.';
      }
      if (initials.empty()) initials = "?";
      float d = theme.top_bar_height - 16;
      ImVec2 at(origin.x + layout.width - pad - d, origin.y + 8);
      ImGui::SetCursorScreenPos(at);
      if (ImGui::InvisibleButton("##demo-member", ImVec2(d, d))) dispatch(state::MemberMenuToggled{});
      record_last_item(hook_label, "button");
      ImVec2 centre(at.x + d * 0.5f, at.y + d * 0.5f);
      dl->AddCircleFilled(centre, d * 0.5f, ImGui::GetColorU32(ImVec4(1, 1, 1, ImGui::IsItemHovered() ? 0.3f : 0.18f)));
      ImVec2 t = ImGui::CalcTextSize(initials.c_str());
      dl->AddText(ImVec2(centre.x - t.x * 0.5f, centre.y - t.y * 0.5f), ImGui::GetColorU32(theme.accent_text), initials.c_str());
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + theme.top_bar_height));
}

// A short confirmation at the bottom of the page ("Link copied").
void show_toast(const state::State& s, const Theme& theme) {
  if (s.toast.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImVec2 size = ImGui::CalcTextSize(s.toast.c_str());
  ImVec2 at(vp->Pos.x + (vp->Size.x - size.x) * 0.5f - 16, vp->Pos.y + vp->Size.y - size.y - 44);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + size.x + 32, at.y + size.y + 20), ImGui::GetColorU32(theme.text), 8.0f);
  dl->AddText(ImVec2(at.x + 16, at.y + 10), ImGui::GetColorU32(theme.background), s.toast.c_str());
}

std::string storage_line(const state::DemoState& d) {
  if (d.storage == "saved") return "Changes are saved in this browser.";
  if (d.storage == "saving") return "Saving changes in this browser...";
  if (d.storage == "memory_only") return "Changes stay in this tab until you accept the cookies notice.";
  if (d.storage == "loading") return "Reading what this browser saved...";
  return d.storage_message;
}

// Signing in to a Discourse forum: username or e-mail, password, and a second factor when the
// forum asks for one.
void show_login(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  const state::LoginForm& f = s.login;
  wrapped_text("Sign in to " + (s.site.title.empty() ? std::string("the forum") : s.site.title), theme.fonts.bold);
  auto field = [&](const char* label, const char* key, const std::string& value, ImGuiInputTextFlags flags) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "%s", value.c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.background);
    if (ImGui::InputText((std::string("##") + key).c_str(), buffer, sizeof buffer, flags))
      dispatch(state::LoginAction{state::LoginFieldEdited{key, buffer}});
    ImGui::PopStyleColor();
    record_last_item(label, "input");
  };
  field("Username or e-mail", "login", f.login, 0);
  field("Password", "password", f.password, ImGuiInputTextFlags_Password);
  if (f.needs_second_factor) field("Code from your authenticator app", "second_factor", f.second_factor, ImGuiInputTextFlags_CharsDecimal);
  if (!f.message.empty()) wrapped_text(f.message, theme.fonts.small, &theme.error_text);
  bool busy = f.phase == state::LoginForm::Phase::signing_in;
  if (button(busy ? "Signing in\u2026" : "Sign in", theme, !busy && !f.login.empty() && !f.password.empty()))
    dispatch(state::LoginAction{state::LoginPressed{}});
}

// The member menu (top right): the member's own pages, staff's queue, and in the demo the
// switch to act as any member (each role's view can be tried) and the reset.
void show_member_menu(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (!s.menu_open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float width = std::min(340.0f, vp->Size.x - 16.0f);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width - 8, vp->Pos.y + theme.top_bar_height + 4));
  ImGui::SetNextWindowSize(ImVec2(width, 0));  // as tall as its contents
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::Begin("##member-menu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                             ImGuiWindowFlags_NoScrollbar);
  ImGui::PushTextWrapPos(0.0f);
  if (s.user) {
    wrapped_text(s.user->name.empty() ? s.user->username : s.user->name, theme.fonts.bold);
    for (const auto& [label, route] : member_pages(s))
      if (ImGui::Selectable((label + "##page").c_str())) dispatch(state::LinkPressed{route});
      else record_last_item(label, "menuitem");
  }
  if (!s.user && !s.demo) show_login(s, theme, dispatch);
  if (s.user && !s.demo) {
    ImGui::Dummy(ImVec2(0, 4));
    if (ImGui::Selectable("Sign out##logout")) dispatch(state::LogoutPressed{});
    record_last_item("Sign out", "menuitem");
  }
  if (s.demo) {
    ImGui::Dummy(ImVec2(0, 4));
    wrapped_text("Demo community", theme.fonts.bold);
    wrapped_text("Act as any member to see the community as they do.", theme.fonts.small, &theme.muted);
    float list_height = std::min(ImGui::GetTextLineHeightWithSpacing() * 9.5f, vp->Size.y * 0.35f);
    ImGui::BeginChild("##members", ImVec2(width - 28, list_height), false);
    for (const auto& [username, role] : s.demo->members) {
      bool current = s.user && s.user->username == username;
      std::string label = username + (role == "member" ? "" : "  (" + role + ")");
      if (ImGui::Selectable((label + "##" + username).c_str(), current)) dispatch(state::ActAsPressed{username});
      record_last_item("Act as " + username, "menuitem");
    }
    ImGui::EndChild();
    wrapped_text(storage_line(*s.demo), theme.fonts.small, &theme.muted);
    if (button("Reset the demo...", theme)) dispatch(state::ResetDemoPressed{});
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
}

// Going back to the seed loses every change made in this browser: ask first.
void show_reset_confirmation(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (!s.demo || !s.demo->confirming_reset || !begin_modal("##reset-demo", theme, 480)) return;
  wrapped_text("Reset the demo?", theme.fonts.heading);
  wrapped_text("The demo community goes back to how it started, in every tab. Posts, likes, flags and "
               "messages made in this browser go; the saved copy is kept aside, not deleted.");
  if (s.demo->reset_error) wrapped_text(*s.demo->reset_error, nullptr, &theme.error_text);
  ImGui::Dummy(ImVec2(0, 6));
  if (button(s.demo->resetting ? "Resetting..." : "Reset the demo", theme, !s.demo->resetting))
    dispatch(state::ResetDemoConfirmed{});
  ImGui::SameLine();
  if (secondary_button("Cancel", theme)) dispatch(state::ResetDemoCancelled{});
  end_modal();
}

void show_side_nav(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::Indent(theme.page_padding);
  // The current list's entry is bold, as a web page marks where you are.
  bool on_latest = std::holds_alternative<state::LatestRoute>(s.route);
  if (link("Latest topics", "##nav-latest", theme, on_latest ? theme.fonts.bold : nullptr))
    dispatch(state::LatestPressed{});
  ImGui::Dummy(ImVec2(0, 6));
  ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
  ImGui::TextUnformatted("CATEGORIES");
  ImGui::PopStyleColor();
  for (const auto& c : s.site.categories) {
    ImGui::PushID(static_cast<int>(c.id));
    float h = ImGui::GetTextLineHeight();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float side = h * 0.6f;
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(pos.x, pos.y + (h - side) * 0.5f), ImVec2(pos.x + side, pos.y + (h + side) * 0.5f),
        ImGui::GetColorU32(hex_colour(c.color.c_str())), 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + side + 6, pos.y));
    const auto* here = std::get_if<state::CategoryRoute>(&s.route);
    ImFont* font = here && here->id == c.id ? theme.fonts.bold : nullptr;
    if (link(c.name, "##cat", theme, font, theme.side_nav_width - theme.page_padding * 2 - side))
      dispatch(state::CategoryPressed{c.id, c.slug});
    ImGui::PopID();
  }
  if (s.user) {
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
    ImGui::TextUnformatted("YOU");
    ImGui::PopStyleColor();
    for (const auto& [label, route] : member_pages(s)) {
      ImGui::PushID(route.c_str());
      bool here = state::format_route(s.route) == route;
      if (link(label, "##page", theme, here ? theme.fonts.bold : nullptr)) dispatch(state::LinkPressed{route});
      ImGui::PopID();
    }
  }
  ImGui::Unindent(theme.page_padding);
}

void show_not_found(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  const auto& r = std::get<state::NotFoundRoute>(s.route);
  wrapped_text("Page not found", theme.fonts.heading);
  wrapped_text("There is nothing at \"" + r.hash + "\". The link may be mistyped, or the page may have moved.");
  ImGui::Dummy(ImVec2(0, 4));
  if (button("Go to the latest topics", theme)) dispatch(state::LatestPressed{});
}

// Back and forward return to where the reader was: the view moves to state's scroll_to once
// the screen has its content, and reports where the reader scrolls to.
void follow_scroll(const state::State& s, Dispatch& dispatch) {
  if (s.scroll_to) {
    if (!state::is_ready(s)) return;  // wait for the content the position refers to
    float target = *s.scroll_to;
    ImGui::SetScrollY(target);
    float max = ImGui::GetScrollMaxY();
    if (std::fabs(ImGui::GetScrollY() - target) < 1.0f || (max > 0 && max < target) || target <= 0.0f)
      dispatch(state::ScrollApplied{});
    return;
  }
  std::string route = state::format_route(s.route);
  auto it = s.scroll_positions.find(route);
  float y = ImGui::GetScrollY();
  if (it == s.scroll_positions.end() ? y > 0.5f : std::fabs(it->second - y) > 0.5f)
    dispatch(state::ScrollMoved{route, y});
}

// The first visit's notice: what Hearth keeps in this browser, and the terms of service.
void show_consent(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (s.consent.accepted()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float width = std::min(560.0f, vp->Size.x - 24.0f);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + (vp->Size.x - width) * 0.5f, vp->Pos.y + vp->Size.y * 0.12f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleColor(ImGuiCol_PopupBg, theme.surface);  // a modal popup draws with PopupBg
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 18));
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  // A modal popup: the page behind is dimmed and takes no input until the member decides.
  ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, ImVec4(0, 0, 0, 0.35f));
  if (!ImGui::IsPopupOpen("##consent")) ImGui::OpenPopup("##consent");
  bool open = ImGui::BeginPopupModal("##consent", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                                               ImGuiWindowFlags_NoSavedSettings |
                                                               ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleColor();
  if (!open) {
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  if (s.consent.status == state::Consent::Status::declined) {
    wrapped_text("You have declined", theme.fonts.heading);
    wrapped_text("Nothing has been stored in this browser. Taking part in the community needs the terms of "
                 "service: you can review them again whenever you like.");
    ImGui::Dummy(ImVec2(0, 6));
    if (button("Review the terms again", theme)) dispatch(state::ConsentReviewPressed{});
  } else {
    wrapped_text("Before you join in", theme.fonts.heading);
    wrapped_text("Hearth keeps a few things in this browser so that it works for you: your unsent drafts, your "
                 "theme, and your own evidence log if you keep one. There are no advertising or tracking cookies.");
    ImGui::Dummy(ImVec2(0, 4));
    wrapped_text("By taking part you agree to the community's terms of service: be respectful, never identify "
                 "a client, share only what you have the right to share, and do not advertise. The professional "
                 "body hosts this community but does not endorse members' material.", nullptr, &theme.muted);
    ImGui::Dummy(ImVec2(0, 6));
    if (button("Accept and continue", theme)) dispatch(state::ConsentAcceptPressed{});
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, theme.border);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    if (ImGui::Button("Decline")) dispatch(state::ConsentDeclinePressed{});
    record_last_item("Decline", "button");
    ImGui::PopStyleColor(2);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
}

}  // namespace

// Keyboard shortcuts, as forums have them: j/k next and previous post, r reply, l like, / search,
// ? this list. Not while typing, and not behind a dialog.
void keyboard_shortcuts(const state::State& s, Dispatch& dispatch) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper || s.composer || s.flag_dialog || s.report_dialog ||
      !s.consent.accepted() || (s.demo && s.demo->confirming_reset))
    return;
  bool on_topic = std::holds_alternative<state::TopicRoute>(s.route) && s.topic.topic;
  std::int64_t here = current_post();
  auto post_at = [&](std::int64_t number) -> const model::Post* {
    if (!on_topic) return nullptr;
    for (const auto& p : s.topic.topic->posts)
      if (p.post_number == number) return &p;
    return nullptr;
  };
  if (ImGui::IsKeyPressed(ImGuiKey_Slash, false)) {
    if (io.KeyShift) dispatch(state::ShortcutsToggled{});
    else dispatch(state::LinkPressed{"#/search"});
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && s.shortcuts_open) dispatch(state::ShortcutsToggled{});
  if (!on_topic) return;
  if (ImGui::IsKeyPressed(ImGuiKey_J)) dispatch(state::TopicViewAction{state::JumpToPostPressed{std::max<std::int64_t>(1, here + 1)}});
  if (ImGui::IsKeyPressed(ImGuiKey_K)) dispatch(state::TopicViewAction{state::JumpToPostPressed{std::max<std::int64_t>(1, here - 1)}});
  if (ImGui::IsKeyPressed(ImGuiKey_R, false)) dispatch(state::ReplyPressed{here > 1 ? here : 0});
  if (ImGui::IsKeyPressed(ImGuiKey_L, false))
    if (const model::Post* p = post_at(here); p && state::can_like(*p, s.user.has_value()))
      dispatch(state::TopicViewAction{state::LikePressed{p->id}});
}

void show_shortcuts(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (!s.shortcuts_open || !begin_modal("##shortcuts", theme, 420)) return;
  wrapped_text("Keyboard shortcuts", theme.fonts.heading);
  const std::pair<const char*, const char*> keys[] = {{"j", "Next post"}, {"k", "Previous post"}, {"r", "Reply"},
                                                      {"l", "Like the post"}, {"/", "Search"}, {"?", "This list"}};
  for (const auto& [key, what] : keys) {
    ImGui::PushFont(theme.fonts.mono ? theme.fonts.mono : ImGui::GetFont());
    ImGui::TextUnformatted(key);
    ImGui::PopFont();
    ImGui::SameLine(48);
    ImGui::TextUnformatted(what);
  }
  if (button("Close", theme)) dispatch(state::ShortcutsToggled{});
  end_modal();
}

void show_app(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  begin_hook_frame();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                           ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar;
  if (theme.fonts.body) ImGui::PushFont(theme.fonts.body);
  ImGui::Begin("Hearth", nullptr, flags);

  Layout layout;
  layout.width = vp->Size.x;
  layout.wide = vp->Size.x >= theme.wide_layout_from;
  show_top_bar(s, theme, layout, dispatch);

  float body_height = vp->Size.y - theme.top_bar_height;
  if (layout.wide) {
    ImGui::BeginChild("##side", ImVec2(theme.side_nav_width, body_height), false);
    show_side_nav(s, theme, dispatch);
    ImGui::EndChild();
    ImGui::SameLine(0, 0);
  }
  float avail = layout.wide ? vp->Size.x - theme.side_nav_width : vp->Size.x;
  ImGui::BeginChild("##content", ImVec2(avail, body_height), false);
  if (float touch = take_touch_scroll(); touch != 0.0f && !s.scroll_to)
    ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + touch, 0.0f, ImGui::GetScrollMaxY()));
  follow_scroll(s, dispatch);
  float pad = layout.wide ? theme.page_padding : theme.phone_padding;
  float column = std::min(theme.content_max_width, avail - pad * 2);
  float left = std::max(pad, (avail - column) * 0.5f);
  ImGui::Dummy(ImVec2(0, pad * 0.75f));
  ImGui::Indent(left);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(column, 0));
  show_banners(s, theme, dispatch);
  if (std::holds_alternative<state::TopicRoute>(s.route))
    show_topic_view(s, theme, layout, dispatch);
  else if (std::holds_alternative<state::NotFoundRoute>(s.route))
    show_not_found(s, theme, dispatch);
  else if (state::is_topic_list(s.route))
    show_topic_list(s, theme, layout, dispatch);
  else
    show_pages(s, theme, layout, dispatch);
  ImGui::Dummy(ImVec2(0, pad * 2));
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(left);
  ImGui::EndChild();

  ImGui::End();
  show_composer(s, theme, layout, dispatch);
  // A dialog takes the page's input while it is open: only its own items are reported.
  if (s.flag_dialog) begin_hook_frame();
  show_flag_dialog(s, theme, dispatch);
  if (s.report_dialog) begin_hook_frame();
  show_report_dialog(s, theme, dispatch);
  show_toast(s, theme);
  show_member_menu(s, theme, dispatch);
  keyboard_shortcuts(s, dispatch);
  if (s.shortcuts_open) begin_hook_frame();
  show_shortcuts(s, theme, dispatch);
  // While a modal is open, only its own buttons count as the page's interactive items.
  if (s.demo && s.demo->confirming_reset) begin_hook_frame();
  show_reset_confirmation(s, theme, dispatch);
  if (!s.consent.accepted()) begin_hook_frame();
  show_consent(s, theme, dispatch);
  if (theme.fonts.body) ImGui::PopFont();
  end_hook_frame();
}

}  // namespace hearth::ui
