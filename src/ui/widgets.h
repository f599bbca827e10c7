// Small drawing helpers shared by the screens: links, buttons and text that record themselves
// for the test hook, and the dispatch that carries a member's intents out of a frame.
#pragma once

#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "state/app_state.h"
#include "ui/theme.h"

namespace hearth::ui {

// Collects the intents a frame emits; app/ applies them after drawing.
class Dispatch {
 public:
  void operator()(state::Action action) { actions_.push_back(std::move(action)); }
  std::vector<state::Action> take() { return std::exchange(actions_, {}); }

 private:
  std::vector<state::Action> actions_;
};

// A text link; wraps within `wrap_width` (0: no wrapping). Returns true when pressed.
bool link(std::string_view label, const char* id, const Theme& theme, ImFont* font = nullptr,
          float wrap_width = 0.0f);
// A filled button with the accent colour. Returns true when pressed.
bool button(std::string_view label, const Theme& theme, bool enabled = true);
// Wrapped text within the current column.
void wrapped_text(std::string_view text, ImFont* font = nullptr, const ImVec4* colour = nullptr);
// A coloured square and the category's name, inline.
void category_chip(const char* name, const char* colour_hex, const Theme& theme);

// The topic view's first post on screen (0: none), for the keyboard shortcuts.
void set_current_post(std::int64_t post_number);
std::int64_t current_post();

// Images in posts: the app supplies a loader (fetch, decode, GPU texture); without one (native
// tests) images show as their placeholder.
struct ImageState {
  enum class Phase { loading, ready, failed };
  Phase phase = Phase::loading;
  ImTextureID texture = nullptr;
  int width = 0, height = 0;
};
using ImageSource = ImageState (*)(const std::string& src);
void set_image_source(ImageSource source);
ImageState image_for(const std::string& src);

// ImGui's resize callback for a std::string buffer (pass the string as user data).
int string_resize_callback(ImGuiInputTextCallbackData* data);

// A touch drag's scroll, in CSS pixels, for the page's content to apply on its next frame.
void add_touch_scroll(float pixels);
float take_touch_scroll();

// Width left in the content column from the cursor (the column's text wrap position).
float content_width();

// The size `font` draws at, in CSS px: fonts are rasterised at device pixels and scaled down
// by io.FontGlobalScale, so never use ImFont::FontSize directly.
float font_px(const ImFont* font);

// Height of `text` wrapped at `width` with `font` (nullptr: current font).
float text_height(std::string_view text, ImFont* font, float width);

}  // namespace hearth::ui
