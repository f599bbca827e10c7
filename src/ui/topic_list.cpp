// Topic list screens (latest, a category): one row per topic, with its category, replies,
// likes and the age of its last activity.
#include <string>

#include "model/time.h"
#include "ui/hook_items.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void show_row(const state::State& s, const model::TopicListItem& t, const Theme& theme,
              float width, Dispatch& dispatch) {
  ImFont* title_font = theme.fonts.bold ? theme.fonts.bold : ImGui::GetFont();
  const float pad = 12.0f;
  float title_h = text_height(t.title, title_font, width - pad * 2);
  float line_h = ImGui::GetTextLineHeight();
  float row_h = pad + title_h + 6 + line_h + pad;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(static_cast<int>(t.id));
  bool pressed = ImGui::InvisibleButton("##row", ImVec2(width, row_h));
  bool hovered = ImGui::IsItemHovered();
  record_last_item(t.title, "link");
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + row_h),
                    ImGui::GetColorU32(hovered ? ImGui::GetStyleColorVec4(ImGuiCol_HeaderHovered)
                                               : theme.surface),
                    6.0f);
  dl->AddRect(pos, ImVec2(pos.x + width, pos.y + row_h), ImGui::GetColorU32(theme.border), 6.0f);
  dl->AddText(title_font, font_px(title_font), ImVec2(pos.x + pad, pos.y + pad),
              ImGui::GetColorU32(theme.text), t.title.c_str(), nullptr, width - pad * 2);
  // Meta line: category, replies, likes, last activity.
  float y = pos.y + pad + title_h + 6;
  float x = pos.x + pad;
  if (const auto* c = s.site.category(t.category_id)) {
    float side = line_h * 0.6f;
    dl->AddRectFilled(ImVec2(x, y + (line_h - side) * 0.5f), ImVec2(x + side, y + (line_h + side) * 0.5f),
                      ImGui::GetColorU32(hex_colour(c->color.c_str())), 2.0f);
    x += side + 5;
    dl->AddText(ImVec2(x, y), ImGui::GetColorU32(theme.muted), c->name.c_str());
    x += ImGui::CalcTextSize(c->name.c_str()).x + 14;
  }
  std::string meta = plural(t.reply_count, "reply", "replies") + "  \xC2\xB7  " +
                     plural(t.like_count, "like", "likes");
  if (auto when = model::parse_iso8601(t.last_posted_at))
    meta += "  \xC2\xB7  " + model::short_age(*when, s.now);
  dl->AddText(ImVec2(x, y), ImGui::GetColorU32(theme.muted), meta.c_str());
  if (pressed) dispatch(state::TopicPressed{t.id, t.slug});
  ImGui::Dummy(ImVec2(0, 2));
}

}  // namespace

void show_topic_list(const state::State& s, const Theme& theme, const Layout& layout,
                     Dispatch& dispatch) {
  const auto* cat_route = std::get_if<state::CategoryRoute>(&s.route);
  const model::Category* cat = cat_route ? s.site.category(cat_route->id) : nullptr;
  std::string heading = cat ? cat->name : (cat_route ? "Category" : state::screen_title(s.route));
  wrapped_text(heading, theme.fonts.heading);
  if (cat && !cat->description.empty()) wrapped_text(cat->description, nullptr, &theme.muted);
  if (s.user && button("New topic", theme)) dispatch(state::NewTopicPressed{cat ? cat->id : 0});
  if (!layout.wide) {  // phones: categories as rows of links under the heading
    bool first = true;
    if (cat_route) {
      first = false;
      if (link("All topics", "##all", theme)) dispatch(state::LatestPressed{});
    }
    for (const auto& c : s.site.categories) {
      if (cat && c.id == cat->id) continue;
      ImGui::PushID(static_cast<int>(c.id));
      float w = ImGui::CalcTextSize(c.name.c_str()).x;
      float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
      if (!first) {
        ImGui::SameLine(0, 14);
        if (ImGui::GetCursorScreenPos().x + w > right - 8) ImGui::NewLine();
      }
      first = false;
      if (link(c.name, "##cat", theme)) dispatch(state::CategoryPressed{c.id, c.slug});
      ImGui::PopID();
    }
  }
  ImGui::Dummy(ImVec2(0, 4));
  const auto& list = s.list;
  if (list.phase == state::Phase::loading || list.phase == state::Phase::idle) {
    wrapped_text("Loading topics\xE2\x80\xA6", nullptr, &theme.muted);
    return;
  }
  if (list.phase == state::Phase::failed) return;  // the banner says what happened
  if (list.topics.empty()) {
    wrapped_text("There are no topics here yet.", nullptr, &theme.muted);
    return;
  }
  float width = content_width();
  for (const auto& t : list.topics) show_row(s, t, theme, width, dispatch);
}

void show_banners(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  int i = 0;
  for (const auto& b : state::banners(s)) {
    ImGui::PushID(i++);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.error_bg);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.error_text);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
    float w = content_width();  // the page's column, not the whole content area
    ImGui::BeginChild("##banner", ImVec2(w, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0);  // inside the banner's own box
    ImGui::TextUnformatted(b.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (b.can_retry && button("Try again", theme)) dispatch(state::RetryPressed{});
    if (b.can_reset_demo && button("Reset the demo", theme)) dispatch(state::ResetDemoPressed{});
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

}  // namespace hearth::ui
