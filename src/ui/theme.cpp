// The light and dark themes, and ImGui's style made from them.
#include "ui/theme.h"

#include <cstdlib>
#include <string>

namespace hearth::ui {

ImVec4 hex_colour(const char* hex, float alpha) {
  std::string s(hex ? hex : "");
  if (!s.empty() && s[0] == '#') s.erase(0, 1);
  if (s.size() == 3) s = {s[0], s[0], s[1], s[1], s[2], s[2]};
  if (s.size() != 6 || s.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
    return ImVec4(0.53f, 0.53f, 0.53f, alpha);
  unsigned long v = std::strtoul(s.c_str(), nullptr, 16);
  return ImVec4(((v >> 16) & 0xFF) / 255.0f, ((v >> 8) & 0xFF) / 255.0f, (v & 0xFF) / 255.0f, alpha);
}

Theme light_theme() {
  Theme t;
  t.background = hex_colour("F7F5F0");
  t.surface = hex_colour("FFFFFF");
  t.text = hex_colour("1F2328");
  t.muted = hex_colour("5F6670");
  t.accent = hex_colour("1D5C63");
  t.accent_text = hex_colour("FFFFFF");
  t.border = hex_colour("DAD6CC");
  t.link = hex_colour("1D5C63");
  t.error_bg = hex_colour("FBE9E7");
  t.error_text = hex_colour("8A1C12");
  t.code_bg = hex_colour("EFECE4");
  return t;
}

// Dark, not black: warm greys with the same teal, and text at a comfortable contrast
// (body text on the background is about 13:1, muted text about 6:1).
Theme dark_theme() {
  Theme t;
  t.dark = true;
  t.background = hex_colour("17191C");
  t.surface = hex_colour("22262A");
  t.text = hex_colour("E8E6E1");
  t.muted = hex_colour("A3A8AE");
  t.accent = hex_colour("1F6B73");
  t.accent_text = hex_colour("FFFFFF");
  t.border = hex_colour("3A3F45");
  t.link = hex_colour("7CC7CF");
  t.error_bg = hex_colour("3B1F1C");
  t.error_text = hex_colour("F2B8B0");
  t.code_bg = hex_colour("2B3035");
  return t;
}

void apply_theme(const Theme& t) {
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 6;
  style.WindowPadding = ImVec2(0, 0);
  style.FramePadding = ImVec2(12, 7);
  style.ItemSpacing = ImVec2(10, 8);
  style.ScrollbarSize = 12;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = t.background;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = t.text;
  c[ImGuiCol_TextDisabled] = t.muted;
  c[ImGuiCol_Border] = t.border;
  c[ImGuiCol_Separator] = t.border;
  c[ImGuiCol_Button] = t.accent;
  c[ImGuiCol_ButtonHovered] = ImVec4(t.accent.x * 1.2f, t.accent.y * 1.2f, t.accent.z * 1.2f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(t.accent.x * 0.8f, t.accent.y * 0.8f, t.accent.z * 0.8f, 1);
  c[ImGuiCol_Header] = ImVec4(t.accent.x, t.accent.y, t.accent.z, 0.10f);
  c[ImGuiCol_HeaderHovered] = ImVec4(t.accent.x, t.accent.y, t.accent.z, 0.08f);
  c[ImGuiCol_HeaderActive] = ImVec4(t.accent.x, t.accent.y, t.accent.z, 0.16f);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  float ink = t.dark ? 1.0f : 0.0f;  // scrollbars in the text's direction of contrast
  c[ImGuiCol_ScrollbarGrab] = ImVec4(ink, ink, ink, 0.18f);
  c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(ink, ink, ink, 0.28f);
  c[ImGuiCol_ScrollbarGrabActive] = ImVec4(ink, ink, ink, 0.38f);
  c[ImGuiCol_PopupBg] = t.surface;
  // Check boxes and radio buttons need to stand out from both the page and a dialog.
  c[ImGuiCol_FrameBg] = t.dark ? hex_colour("363C42") : hex_colour("E4E0D6");
  c[ImGuiCol_FrameBgHovered] = t.dark ? hex_colour("414850") : hex_colour("D9D4C8");
  c[ImGuiCol_FrameBgActive] = t.dark ? hex_colour("4A525B") : hex_colour("CFC9BB");
  c[ImGuiCol_CheckMark] = t.dark ? t.link : t.accent;
  c[ImGuiCol_NavHighlight] = t.accent;
  c[ImGuiCol_TextSelectedBg] = t.dark ? ImVec4(t.link.x, t.link.y, t.link.z, 0.35f) : ImVec4(t.accent.x, t.accent.y, t.accent.z, 0.25f);
}

namespace {
// Latin (with accents), Greek, Cyrillic and the punctuation and arrows the UI uses.
const ImWchar* app_glyph_ranges(ImFontAtlas* atlas) {
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder b;
    b.AddRanges(atlas->GetGlyphRangesDefault());
    b.AddRanges(atlas->GetGlyphRangesGreek());
    b.AddRanges(atlas->GetGlyphRangesCyrillic());
    static const ImWchar extra[] = {0x0100, 0x024F, 0x2000, 0x206F, 0x20AC, 0x20AC,
                                    0x2190, 0x2193, 0x2665, 0x2665, 0};
    b.AddRanges(extra);
    b.BuildRanges(&ranges);
  }
  return ranges.Data;
}
}  // namespace

bool add_app_fonts(ImFontAtlas* atlas, const FontFiles& files, float scale, Fonts& out) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;
  cfg.OversampleH = 2;
  auto add = [&](std::string* bytes, float px) -> ImFont* {
    if (!bytes || bytes->empty()) return nullptr;
    return atlas->AddFontFromMemoryTTF(bytes->data(), static_cast<int>(bytes->size()), px * scale, &cfg,
                                       app_glyph_ranges(atlas));
  };
  out.body = add(files.regular, 17.0f);
  out.bold = add(files.bold, 17.0f);
  out.heading = add(files.bold, 24.0f);
  out.small = add(files.regular, 14.0f);
  out.italic = add(files.italic, 17.0f);
  out.bold_italic = add(files.bold_italic, 17.0f);
  out.mono = add(files.mono, 15.0f);
  return out.body && out.bold && out.heading && out.small && out.italic && out.bold_italic && out.mono;
}

}  // namespace hearth::ui
