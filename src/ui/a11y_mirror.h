// The screen-reader mirror: a plain description of the current screen (its headings, the posts'
// text, and every control drawn last frame with its label and role), which the page keeps as a
// hidden DOM so screen readers and the browser's find-in-page can read a canvas app.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/app_state.h"
#include "ui/hook_items.h"

namespace hearth::ui {

// The screen's words: {"title": "...", "blocks": [{"tag": "h1"|"h2"|"p"|"li", "text": "..."}]}.
// A long topic is mirrored in a window of posts around those on screen, which moves as the
// reader scrolls (the posts before and after are a note away), so the mirror costs the same for
// 10 posts as for 10,000. Built only when the state, the window or the drawn words change.
// A post not cooked yet is read from its HTML on the spot, unless `read_uncooked` is false (its
// cooking is on its way, and the mirror is built again when it comes: reading 75 posts' HTML on
// the render thread cost the frame a topic arrives in).
nlohmann::json mirror_text(const state::State& s, bool read_uncooked = true);
// The same, as JSON text (what the page is handed).
std::string mirror_text_json(const state::State& s, bool read_uncooked = true);
// The window of posts mirror_text reads: [first, last) indices into the topic's posts.
std::pair<std::size_t, std::size_t> mirror_window(const state::State& s);

// {"controls": [{"label", "role", "x", "y", "w", "h", "enabled"}]}: every control drawn last frame.
nlohmann::json mirror_controls(const std::vector<HookItem>& items);

}  // namespace hearth::ui
