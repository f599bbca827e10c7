// The page frame: top bar, side navigation on wide screens, the current screen, banners.
#include "ui/app_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/hook_items.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

void show_top_bar(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(origin, ImVec2(origin.x + layout.width, origin.y + theme.top_bar_height),
                    ImGui::GetColorU32(theme.accent));
  std::string title = s.site.title.empty() ? "Hearth" : s.site.title;
  ImFont* font = theme.fonts.heading ? theme.fonts.heading : ImGui::GetFont();
  float pad = layout.wide ? theme.page_padding : theme.phone_padding;
  ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, title.c_str());
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + (theme.top_bar_height - size.y) * 0.5f));
  if (ImGui::InvisibleButton("##home", size)) dispatch(state::LatestPressed{});
  record_last_item(title, "link");
  dl->AddText(font, font->FontSize, ImGui::GetItemRectMin(), ImGui::GetColorU32(theme.accent_text),
              title.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + theme.top_bar_height));
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
  ImGui::Unindent(theme.page_padding);
}

void show_not_found(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  const auto& r = std::get<state::NotFoundRoute>(s.route);
  wrapped_text("Page not found", theme.fonts.heading);
  wrapped_text("There is nothing at \"" + r.hash + "\". The link may be mistyped, or the page may have moved.");
  ImGui::Dummy(ImVec2(0, 4));
  if (button("Go to the latest topics", theme)) dispatch(state::LatestPressed{});
}

// Screens whose state exists but which the interface does not draw yet say so plainly.
void show_screen_not_drawn(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  wrapped_text(state::screen_title(s.route), theme.fonts.heading);
  wrapped_text("This part of Hearth is not available in this version yet.", nullptr, &theme.muted);
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
    show_screen_not_drawn(s, theme, dispatch);
  ImGui::Dummy(ImVec2(0, pad * 2));
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
  ImGui::Unindent(left);
  ImGui::EndChild();

  ImGui::End();
  // While the notice is open, only its own buttons count as the page's interactive items.
  if (!s.consent.accepted()) begin_hook_frame();
  show_consent(s, theme, dispatch);
  if (theme.fonts.body) ImGui::PopFont();
  end_hook_frame();
}

}  // namespace hearth::ui
