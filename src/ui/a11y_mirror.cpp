// What the screen-reader mirror says about each screen.
#include "ui/a11y_mirror.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "state/cooked.h"
#include "state/post_text.h"
#include "ui/screens.h"
#include "ui/hook_items.h"
#include "state/post_visibility.h"

namespace hearth::ui {

using nlohmann::json;

namespace {
constexpr std::size_t k_window_step = 25;  // the window moves by this many posts
}  // namespace

std::pair<std::size_t, std::size_t> mirror_window(const state::State& s) {
  if (!s.topic.topic) return {0, 0};
  std::size_t n = s.topic.topic->posts.size();
  if (n <= 3 * k_window_step) return {0, n};
  PostsOnScreen on = posts_on_screen();
  std::size_t first = on.topic_id == s.topic.topic_id ? on.first : 0;
  std::size_t start = first / k_window_step * k_window_step;
  start = start >= k_window_step ? start - k_window_step : 0;
  return {start, std::min(n, start + 3 * k_window_step)};
}

namespace {

struct MirrorBlock {
  const char* tag;
  std::string text;
};

// A string as JSON text (invalid UTF-8 replaced, as everywhere the page is handed text).
void append_json_string(std::string& out, const std::string& text) {
  out += json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<MirrorBlock> mirror_blocks(const state::State& s, bool read_uncooked) {
  std::vector<MirrorBlock> blocks;
  auto add = [&](const char* tag, const std::string& text) {
    if (!text.empty()) blocks.push_back(MirrorBlock{tag, text});
  };
  for (const auto& b : state::banners(s)) add("p", b.message);
  if (std::holds_alternative<state::TopicRoute>(s.route) && s.topic.topic) {
    const model::Topic& t = *s.topic.topic;
    add("h1", t.title);
    state::Reader reader = state::reader_of(s);
    auto [from, to] = mirror_window(s);
    std::size_t n = t.posts.size();
    if (from > 0 || to < n)
      add("p", "Posts " + std::to_string(from + 1) + " to " + std::to_string(to) + " of " + std::to_string(n) +
                   " are read here; scroll the topic to read others.");
    for (std::size_t i = from; i < to; ++i) {
      const model::Post& p = t.posts[i];
      add("h2", (p.name.empty() ? p.username : p.name) + ", post " + std::to_string(p.post_number));
      switch (state::post_display(p, reader)) {
        case state::PostDisplay::visible:
          if (const state::CookedPost* cooked = state::cooked_of(s.topic.cooked.get(), p)) {
            for (const auto& text : cooked->blocks) add("p", text);
          } else if (read_uncooked) {
            for (const auto& block : state::post_text_from_cooked(p.cooked).blocks) add("p", block.text);
          }
          break;
        case state::PostDisplay::hidden_notice: add("p", state::k_hidden_notice_for_author); break;
        case state::PostDisplay::hidden_placeholder:
        case state::PostDisplay::hidden_dimmed: add("p", state::k_hidden_placeholder); break;
        case state::PostDisplay::removed: add("p", state::k_removed_post); break;
        case state::PostDisplay::blocked: add("p", state::k_blocked_post); break;
      }
      add("p", std::to_string(p.like_count) + (p.like_count == 1 ? " like" : " likes"));
    }
  } else if (state::is_topic_list(s.route)) {
    add("h1", state::screen_title(s.route));
    for (const auto& t : s.list.topics)
      add("li", t.title + ", " + std::to_string(t.reply_count) + (t.reply_count == 1 ? " reply" : " replies"));
  } else {
    add("h1", state::screen_title(s.route));
    // A member's profile: their "About me" is rich text, drawn from state.
    if (std::holds_alternative<state::UserRoute>(s.route) && s.member.user.phase == state::Phase::loaded)
      for (const auto& block : state::post_text_from_cooked(s.member.user.value.bio_cooked).blocks) add("p", block.text);
  }
  // Other words on the screen, as drawn: a form's problems, "Saved.", a dialog's text. The
  // topic and list screens' own texts come from state above; their dialogs' words come here.
  bool from_state = std::holds_alternative<state::TopicRoute>(s.route) || state::is_topic_list(s.route);
  bool dialog = s.flag_dialog || s.report_dialog || s.composer || s.menu_open || !s.consent.accepted();
  if (!from_state || dialog) {
    std::unordered_set<std::string> known;
    for (const auto& b : blocks) known.insert(b.text);
    for (const auto& text : last_frame_texts())
      if (known.insert(text).second) add("p", text);
  }
  return blocks;
}

}  // namespace

// Written straight to JSON text: a tree of JSON values for 75 posts' paragraphs cost the
// render thread several milliseconds each time the mirror was built.
std::string mirror_text_json(const state::State& s, bool read_uncooked) {
  std::vector<MirrorBlock> blocks = mirror_blocks(s, read_uncooked);
  std::string out = "{\"title\":";
  append_json_string(out, state::page_title(s));
  out += ",\"blocks\":[";
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    out += i ? ",{\"tag\":\"" : "{\"tag\":\"";
    out += blocks[i].tag;
    out += "\",\"text\":";
    append_json_string(out, blocks[i].text);
    out += '}';
  }
  out += "]}";
  return out;
}

json mirror_text(const state::State& s, bool read_uncooked) { return json::parse(mirror_text_json(s, read_uncooked)); }

json mirror_controls(const std::vector<HookItem>& items) {
  json controls = json::array();
  for (const auto& it : items)
    controls.push_back({{"label", it.label}, {"role", it.role}, {"x", it.x}, {"y", it.y}, {"w", it.w}, {"h", it.h},
                        {"enabled", it.enabled}});
  return {{"controls", std::move(controls)}};
}

}  // namespace hearth::ui
