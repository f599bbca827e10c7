// Shared drawing helpers.
#include "ui/widgets.h"

#include <algorithm>

#include "imgui_internal.h"
#include "ui/hook_items.h"

namespace hearth::ui {

namespace {
float g_touch_scroll = 0;
std::int64_t g_current_post = 0;
}
void set_current_post(std::int64_t post_number) { g_current_post = post_number; }

namespace {
ImageSource g_images = nullptr;
}
void set_image_source(ImageSource source) { g_images = source; }
ImageState image_for(const std::string& src) { return g_images ? g_images(src) : ImageState{}; }
std::int64_t current_post() { return g_current_post; }
void add_touch_scroll(float pixels) { g_touch_scroll += pixels; }
float take_touch_scroll() {
  float p = g_touch_scroll;
  g_touch_scroll = 0;
  return p;
}

int string_resize_callback(ImGuiInputTextCallbackData* d) {
  if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* str = static_cast<std::string*>(d->UserData);
    str->resize(static_cast<std::size_t>(d->BufTextLen));
    d->Buf = str->data();
  }
  return 0;
}

float content_width() {
  const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
  float avail = ImGui::GetContentRegionAvail().x;
  if (w->DC.TextWrapPos <= 0.0f) return avail;
  return std::max(1.0f, std::min(avail, w->DC.TextWrapPos - ImGui::GetCursorPosX()));
}

float font_px(const ImFont* font) {
  const ImFont* f = font ? font : ImGui::GetFont();
  return f->FontSize * f->Scale * ImGui::GetIO().FontGlobalScale;
}

float text_height(std::string_view text, ImFont* font, float width) {
  ImFont* f = font ? font : ImGui::GetFont();
  float size = font_px(f);
  ImVec2 sz = f->CalcTextSizeA(size, FLT_MAX, width, text.data(), text.data() + text.size());
  return sz.y;
}

bool link(std::string_view label, const char* id, const Theme& theme, ImFont* font, float wrap_width) {
  ImFont* f = font ? font : ImGui::GetFont();
  ImVec2 size = f->CalcTextSizeA(font_px(f), FLT_MAX, wrap_width, label.data(),
                                 label.data() + label.size());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool pressed = ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
  bool hovered = ImGui::IsItemHovered();
  record_last_item(label, "link");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 colour = ImGui::GetColorU32(theme.link);
  dl->AddText(f, font_px(f), pos, colour, label.data(), label.data() + label.size(), wrap_width);
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (wrap_width <= 0.0f)
      dl->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), colour);
  }
  return pressed;
}

bool button(std::string_view label, const Theme& theme, bool enabled) {
  ImGui::BeginDisabled(!enabled);
  ImGui::PushStyleColor(ImGuiCol_Text, theme.accent_text);
  std::string text(label);
  bool pressed = ImGui::Button(text.c_str());
  ImGui::PopStyleColor();
  record_last_item(label, "button");
  ImGui::EndDisabled();
  return pressed;
}

void wrapped_text(std::string_view text, ImFont* font, const ImVec4* colour) {
  record_text(text);
  if (font) ImGui::PushFont(font);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
  // Wraps at the content column's edge (app_view pushes it), or the window's if none is set.
  bool own_wrap = ImGui::GetCurrentWindowRead()->DC.TextWrapPos < 0.0f;
  if (own_wrap) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  if (own_wrap) ImGui::PopTextWrapPos();
  if (colour) ImGui::PopStyleColor();
  if (font) ImGui::PopFont();
}

void category_chip(const char* name, const char* colour_hex, const Theme& theme) {
  float h = ImGui::GetTextLineHeight();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float side = h * 0.6f;
  ImGui::GetWindowDrawList()->AddRectFilled(
      ImVec2(pos.x, pos.y + (h - side) * 0.5f), ImVec2(pos.x + side, pos.y + (h + side) * 0.5f),
      ImGui::GetColorU32(hex_colour(colour_hex)), 2.0f);
  ImGui::Dummy(ImVec2(side + 4.0f, h));
  ImGui::SameLine(0, 0);
  ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
  ImGui::TextUnformatted(name);
  ImGui::PopStyleColor();
}

}  // namespace hearth::ui
