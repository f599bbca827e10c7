// Colours, sizes and fonts: one place for how Hearth looks.
#pragma once

#include <string>

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

// The app's faces, as TrueType bytes that must outlive the atlas (it does not copy them).
struct FontFiles {
  std::string *regular, *bold, *italic, *bold_italic, *mono;
};
// Adds body, bold (17 CSS px), heading (bold, 24), small (14), italic, bold italic (17) and mono
// (15) to `atlas`, rasterised at `scale` device pixels per CSS pixel, with the glyphs the UI
// needs (Latin with accents, Greek, Cyrillic, punctuation, arrows). Fills `out`; false if a face
// could not be read. The caller builds the atlas and sets io.FontGlobalScale to 1 / scale.
bool add_app_fonts(ImFontAtlas* atlas, const FontFiles& files, float scale, Fonts& out);
ImVec4 hex_colour(const char* hex_rrggbb, float alpha = 1.0f);

}  // namespace hearth::ui
