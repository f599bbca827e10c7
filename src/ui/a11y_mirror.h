// The screen-reader mirror: a plain description of the current screen (its headings, the posts'
// text, and every control drawn last frame with its label and role), which the page keeps as a
// hidden DOM so screen readers and the browser's find-in-page can read a canvas app.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "state/app_state.h"
#include "ui/hook_items.h"

namespace hearth::ui {

// {"title": "...", "blocks": [{"tag": "h1"|"h2"|"p"|"li", "text": "..."}],
//  "controls": [{"label", "role", "x", "y", "w", "h", "enabled"}]}
nlohmann::json mirror_of(const state::State& s, const std::vector<HookItem>& items);

}  // namespace hearth::ui
