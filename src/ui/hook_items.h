// Every interactive item drawn in a frame, with its label, role and rectangle: the test hook's
// items() and, later, the screen-reader mirror read this list (shared/DESIGN.md).
#pragma once

#include <cstdint>

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hearth::ui {

struct HookItem {
  std::string label;  // the text a member sees, or what a screen reader would announce
  std::string role;   // button, link, input, textarea, checkbox, radio, tab, menuitem, slider, combobox
  float x = 0, y = 0, w = 0, h = 0;  // visible part, in CSS pixels relative to the canvas
  bool enabled = true;
  std::int64_t post = 0;  // the post number it belongs to in a topic (its Reply, Quote...), else 0
};

// Call once before drawing a frame; items recorded during it replace the previous frame's.
void begin_hook_frame();
void end_hook_frame();
// Items recorded until the next call belong to this post (0: to none): the topic view sets it
// around each post, so a test can tell one post's "Quote" from the next one's.
void set_hook_post(std::int64_t post_number);
// Records the last ImGui item (call right after the widget). Clipped-away items are skipped.
void record_last_item(std::string_view label, std::string_view role);
const std::vector<HookItem>& last_frame_items();
// Text drawn in the frame (wrapped_text records it), for the screen-reader mirror of screens
// that are not built from state alone: forms' problems, confirmations, dialogs' words.
void record_text(std::string_view text);
const std::vector<std::string>& last_frame_texts();
nlohmann::json items_json(const std::vector<HookItem>& items, float offset_x = 0, float offset_y = 0);

}  // namespace hearth::ui
