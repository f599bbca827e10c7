// Colours, sizes and fonts: one place for how Hearth looks.
#pragma once

#include "imgui.h"

namespace hearth::ui {

struct Fonts {
  ImFont* body = nullptr;     // nullptr: ImGui's default font (native tests)
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* small = nullptr;
  ImFont* italic = nullptr;       // nullptr: body
  ImFont* bold_italic = nullptr;  // nullptr: bold
  ImFont* mono = nullptr;         // code; nullptr: body
};

struct Theme {
  ImVec4 background, surface, text, muted, accent, accent_text, border, link, error_bg, error_text, code_bg;
  float top_bar_height = 52.0f;
  float content_max_width = 860.0f;
  float side_nav_width = 232.0f;
  float wide_layout_from = 1100.0f;  // CSS px: side navigation from here, one column below
  float page_padding = 20.0f;
  float phone_padding = 12.0f;
  bool dark = false;
  Fonts fonts;
};

Theme light_theme();
Theme dark_theme();
void apply_theme(const Theme& theme);  // pushes colours and rounding into ImGui's style
ImVec4 hex_colour(const char* hex_rrggbb, float alpha = 1.0f);

}  // namespace hearth::ui
