// The topic view: title, category and the post stream, with each post as its reader may see it.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <tuple>
#include <unordered_map>

#include "model/time.h"
#include "state/cooked.h"
#include "state/post_text.h"
#include "ui/rich_text.h"
#include "state/post_visibility.h"
#include "state/topic_view.h"
#include "ui/hook_items.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

// A post's rich text: as the worker cooked it (state/cooked.h), or, for a post it has not reached
// yet (just edited, or still on its way), read here once per post text, not once per frame.
const state::RichText& rich_text_of(const state::State& s, const model::Post& p) {
  if (const state::CookedPost* cooked = state::cooked_of(s.topic.cooked.get(), p)) return cooked->rich;
  struct Entry {
    std::size_t hash = 0;
    state::RichText rich;
  };
  static std::unordered_map<std::int64_t, Entry> cache;
  if (cache.size() > 20000) cache.clear();  // another long topic: start again
  std::size_t hash = std::hash<std::string>{}(p.cooked);
  Entry& e = cache[p.id];
  if (e.hash != hash || (hash == 0 && e.rich.blocks.empty())) {
    e.hash = hash;
    e.rich = state::rich_text_from_cooked(p.cooked);
  }
  return e.rich;
}

void show_post_body(const state::State& s, const model::Post& p, const Theme& theme, Dispatch& dispatch) {
  show_rich_text(rich_text_of(s, p), theme, dispatch);
}

// Heights of posts as last drawn, so that posts far from the screen are skipped with a spacer
// of the same height: a 10,000-post topic costs a frame what its visible posts cost.
// One row per loaded post, in order (a row whose id differs from its post's is unknown).
struct Measured {
  std::int64_t id = 0;
  std::size_t key = 0;  // what the height depends on: the post's text and state, and the width
  float height = 0;
};
std::vector<Measured> g_heights;
PostsOnScreen g_on_screen;

std::size_t layout_key(const state::State& s, const state::Reader& reader, const model::Post& p, float width) {
  // Cheap enough for every post near the screen in every frame: an edit changes the version.
  std::size_t k = static_cast<std::size_t>(p.version) * 1000003u + p.cooked.size();
  k = k * 31 + static_cast<std::size_t>(state::post_display(p, reader));
  k = k * 31 + static_cast<std::size_t>(width);
  k = k * 31 + static_cast<std::size_t>(ImGui::GetFontSize() * 4);
  k = k * 31 + (s.topic.revealed.count(p.id) ? 1u : 0u);
  k = k * 31 + static_cast<std::size_t>(p.like_count) * 2 + (p.liked() ? 1u : 0u);
  return k;
}

// Before a post is first drawn: a guess from its length (corrected once it is drawn).
float estimated_height(const model::Post& p, float width) {
  float chars_per_line = std::max(20.0f, width / (ImGui::GetFontSize() * 0.5f));
  float lines = 1.0f + static_cast<float>(p.cooked.size()) * 0.8f / chars_per_line;
  return ImGui::GetTextLineHeightWithSpacing() * (lines + 3.0f) + 20.0f;
}

// What a member can do with a post, as small text buttons after the like button; they wrap
// onto the next line on a narrow screen.
void show_post_actions(const state::State& s, const model::Post& p, const Theme& theme, Dispatch& dispatch) {
  bool signed_in = s.user.has_value();
  bool visible = state::post_display(p, state::reader_of(s)) == state::PostDisplay::visible;
  struct Entry {
    const char* label;
    bool shown;
    state::Action action;
  };
  std::vector<Entry> entries = {
      {"Reply", signed_in && visible, state::ReplyPressed{p.post_number}},
      {"Quote", signed_in && visible, state::QuotePressed{p.id, {}}},  // its text once pressed
      {"Reply as linked topic", signed_in && visible, state::ReplyAsLinkedTopicPressed{p.id}},
      {"Edit", p.can_edit, state::EditPostPressed{p.id}},
      {"Share", true, state::ShareLinkPressed{p.post_number}},
      {"Copy text", visible, state::CopyPostPressed{p.id}},
      {"Flag", signed_in && !p.yours && p.deleted_at.empty(), state::TopicViewAction{state::FlagPressed{p.id}}},
      {"Report", signed_in && !p.yours, state::ReportPostPressed{p.id}},
  };
  float right = ImGui::GetCursorScreenPos().x + content_width();
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(theme.link.x, theme.link.y, theme.link.z, 0.10f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(theme.link.x, theme.link.y, theme.link.z, 0.18f));
  ImGui::PushStyleColor(ImGuiCol_Text, theme.link);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 4));
  for (auto& e : entries) {
    if (!e.shown) continue;
    float w = ImGui::CalcTextSize(e.label).x + 16;
    ImGui::SameLine(0, 4);
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    if (ImGui::Button(e.label)) {
      if (auto* quote = std::get_if<state::QuotePressed>(&e.action)) {
        const state::CookedPost* cooked = state::cooked_of(s.topic.cooked.get(), p);
        quote->excerpt = cooked ? cooked->plain : state::plain_text_from_cooked(p.cooked);
      }
      dispatch(std::move(e.action));
    }
    record_last_item(e.label, "button");
  }
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
}

// A thin line across the content column (ImGui's Separator spans the whole window).
void rule(const Theme& theme) {
  ImVec2 at = ImGui::GetCursorScreenPos();
  float width = content_width();
  ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), ImGui::GetColorU32(theme.border));
  ImGui::Dummy(ImVec2(width, 1));
}

void show_post(const state::State& s, const model::Post& p, const Theme& theme, Dispatch& dispatch) {
  ImGui::PushID(static_cast<int>(p.id));
  set_hook_post(p.post_number);
  rule(theme);
  ImGui::Dummy(ImVec2(0, 2));
  std::string author = p.name.empty() ? p.username : p.name;
  ImGui::PushFont(theme.fonts.bold ? theme.fonts.bold : ImGui::GetFont());
  ImGui::TextUnformatted(author.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  std::string meta = "@" + p.username;
  if (!p.user_title.empty()) meta += "  \xC2\xB7  " + p.user_title;
  if (auto when = model::parse_iso8601(p.created_at)) meta += "  \xC2\xB7  " + model::short_age(*when, s.now);
  wrapped_text(meta, nullptr, &theme.muted);
  switch (state::post_display(p, state::reader_of(s))) {
    case state::PostDisplay::hidden_notice:
      wrapped_text(state::k_hidden_notice_for_author, nullptr, &theme.error_text);
      break;
    case state::PostDisplay::hidden_placeholder:
      wrapped_text(state::k_hidden_placeholder, nullptr, &theme.muted);
      break;
    case state::PostDisplay::hidden_dimmed:
      // Staff see that it is hidden, and may look at it, dimmed.
      wrapped_text(state::k_hidden_placeholder, nullptr, &theme.muted);
      if (s.topic.revealed.count(p.id)) {
        ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
        show_post_body(s, p, theme, dispatch);
        ImGui::PopStyleVar();
      } else if (link("View hidden content", "##reveal", theme)) {
        dispatch(state::TopicViewAction{state::RevealHiddenPressed{p.id}});
      }
      break;
    case state::PostDisplay::removed: wrapped_text(state::k_removed_post, nullptr, &theme.muted); break;
    case state::PostDisplay::blocked: wrapped_text(state::k_blocked_post, nullptr, &theme.muted); break;
    default: show_post_body(s, p, theme, dispatch); break;
  }
  // The like button where the member may like (or unlike); otherwise the count alone.
  std::string count = std::to_string(p.like_count);
  if (state::can_like(p, s.user.has_value())) {
    bool liked = p.liked();
    std::string label = std::string(liked ? "Liked" : "Like") + " \xC2\xB7 " + count;
    ImGui::PushStyleColor(ImGuiCol_Button, liked ? theme.accent : theme.surface);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, liked ? theme.accent : theme.background);
    ImGui::PushStyleColor(ImGuiCol_Text, liked ? theme.accent_text : theme.link);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, 4));
    if (ImGui::Button(label.c_str())) dispatch(state::TopicViewAction{state::LikePressed{p.id}});
    record_last_item(label, "button");
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
  } else {
    ImGui::AlignTextToFramePadding();  // level with the action buttons beside it
    ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
    std::string likes = count + (p.like_count == 1 ? " like" : " likes");
    if (p.liked()) likes += " (including yours)";
    ImGui::TextUnformatted(likes.c_str());
    ImGui::PopStyleColor();
  }
  show_post_actions(s, p, theme, dispatch);
  ImGui::Dummy(ImVec2(0, 4));
  set_hook_post(0);
  ImGui::PopID();
}

}  // namespace

PostsOnScreen posts_on_screen() { return g_on_screen; }

void show_topic_view(const state::State& s, const Theme& theme, const Layout&, Dispatch& dispatch) {
  // A drawn chevron: the arrow glyphs are not in every font, and the label reads "All topics".
  float h = ImGui::GetTextLineHeight();
  ImVec2 at = ImGui::GetCursorScreenPos();
  ImU32 colour = ImGui::GetColorU32(theme.link);
  ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + h * 0.35f, at.y + h * 0.25f), ImVec2(at.x + h * 0.1f, at.y + h * 0.5f), colour, 1.5f);
  ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + h * 0.1f, at.y + h * 0.5f), ImVec2(at.x + h * 0.35f, at.y + h * 0.75f), colour, 1.5f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + h * 0.7f, at.y));
  if (link("All topics", "##back-to-list", theme)) dispatch(state::LatestPressed{});
  ImGui::Dummy(ImVec2(0, 2));
  const auto& screen = s.topic;
  if (screen.phase == state::Phase::loading || screen.phase == state::Phase::idle) {
    wrapped_text("Loading the topic\xE2\x80\xA6", nullptr, &theme.muted);
    return;
  }
  if (!screen.topic) return;  // failed: the banner says what happened
  const model::Topic& t = *screen.topic;
  wrapped_text(t.title, theme.fonts.heading);
  if (const auto* c = s.site.category(t.category_id)) {
    ImGui::PushID("category");
    category_chip(c->name.c_str(), c->color.c_str(), theme);
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 4));
  // Which posts are on screen (read tracking, and the post j/k/l/r act on), and bringing the
  // route's post into sight once it is drawn.
  float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
  std::size_t first_index = SIZE_MAX, last_index = 0;
  std::size_t first_drawn = SIZE_MAX, last_drawn = 0;
  std::int64_t current = 0;
  const float width = content_width();
  const float margin = ImGui::GetWindowHeight();  // drawn a screen ahead, so scrolling is smooth
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const state::Reader reader = state::reader_of(s);
  g_heights.resize(t.posts.size());
  // Posts far from the screen are passed over with one spacer for each run of them: their
  // heights as last measured (a far post that changed is measured again when it comes near).
  float skipped = 0;
  auto flush_skipped = [&] {
    if (skipped > 0) ImGui::Dummy(ImVec2(1, std::max(0.0f, skipped - spacing)));  // advances exactly `skipped`
    skipped = 0;
  };
  for (std::size_t i = 0; i < t.posts.size(); ++i) {
    const model::Post& p = t.posts[i];
    Measured& row = g_heights[i];
    float y = ImGui::GetCursorPosY() + skipped;
    bool target = screen.jump_pending && p.post_number == screen.target_post_number;
    if (row.id == p.id && !target && (y + row.height < view_top - margin || y > view_bottom + margin)) {
      skipped += row.height;
      continue;
    }
    std::size_t key = layout_key(s, reader, p, width);
    float height = row.id == p.id && row.key == key ? row.height : estimated_height(p, width);
    if (!target && (y + height < view_top - margin || y > view_bottom + margin)) {
      if (row.id != p.id) row = Measured{p.id, 0, height};  // a guess until it is drawn
      skipped += height;
      continue;
    }
    flush_skipped();
    if (target) {
      ImGui::SetScrollY(std::max(0.0f, y - 8));
      dispatch(state::TopicViewAction{state::JumpDone{}});
    }
    show_post(s, p, theme, dispatch);
    float bottom = ImGui::GetCursorPosY();
    row = Measured{p.id, key, bottom - y};
    if (bottom > view_top + 40 && y < view_bottom) {
      auto in_stream = std::find(t.stream.begin(), t.stream.end(), p.id);
      std::size_t index = static_cast<std::size_t>(in_stream - t.stream.begin());
      if (in_stream != t.stream.end()) {
        first_index = std::min(first_index, index);
        last_index = std::max(last_index, index);
      }
      if (!current) current = p.post_number;
      first_drawn = std::min(first_drawn, i);
      last_drawn = std::max(last_drawn, i);
    }
  }
  flush_skipped();
  set_current_post(current);
  if (first_drawn != SIZE_MAX) g_on_screen = PostsOnScreen{t.id, first_drawn, last_drawn};
  static std::tuple<std::int64_t, std::size_t, std::size_t> reported{0, SIZE_MAX, SIZE_MAX};
  if (first_index != SIZE_MAX && reported != std::make_tuple(t.id, first_index, last_index)) {
    reported = {t.id, first_index, last_index};
    dispatch(state::TopicViewAction{state::ReaderMoved{first_index, last_index}});
  }
}

}  // namespace hearth::ui
