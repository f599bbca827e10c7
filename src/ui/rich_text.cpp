// Rich text layout: words are measured in their span's font and placed left to right, wrapping
// at the column's width; a word wider than the column breaks between characters.
#include "ui/rich_text.h"

#include <algorithm>
#include <string>

#include "ui/hook_items.h"

namespace hearth::ui {

namespace {

ImFont* font_for(const Theme& theme, std::uint8_t style, ImFont* base) {
  const Fonts& f = theme.fonts;
  if (style & state::k_code) return f.mono ? f.mono : base;
  bool bold = style & state::k_bold, italic = style & state::k_italic;
  ImFont* chosen = bold && italic ? f.bold_italic : bold ? f.bold : italic ? f.italic : nullptr;
  return chosen ? chosen : base;
}

struct Flow {
  ImDrawList* dl;
  float left, right;  // the line's extent in screen space
  float x, y;
  float line_height;
  int link_items = 0;
};

// Places one span's text, wrapping as needed. Returns true when a link in it was clicked.
bool place_span(Flow& flow, const state::RichSpan& span, ImFont* font, ImU32 colour, const Theme& theme,
                bool record_link) {
  const char* p = span.text.data();
  const char* end = p + span.text.size();
  float size = font_px(font);
  bool clicked = false;
  bool recorded = false;
  while (p < end) {
    if (*p == '\n') {
      flow.x = flow.left;
      flow.y += flow.line_height;
      ++p;
      continue;
    }
    // The next word with its trailing spaces.
    const char* word_end = p;
    while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
    const char* spaced_end = word_end;
    while (spaced_end < end && *spaced_end == ' ') ++spaced_end;
    float word_w = font->CalcTextSizeA(size, FLT_MAX, 0, p, word_end).x;
    float width = flow.right - flow.left;
    if (flow.x > flow.left && flow.x + word_w > flow.right) {  // wrap before the word
      flow.x = flow.left;
      flow.y += flow.line_height;
    }
    const char* draw_end = word_end;
    if (word_w > width) {  // longer than the line: break between characters
      draw_end = font->CalcWordWrapPositionA(1.0f, p, word_end, flow.right - flow.x);
      if (draw_end == p) draw_end = p + 1;
      while (draw_end < word_end && (static_cast<unsigned char>(*draw_end) & 0xC0) == 0x80) ++draw_end;
      spaced_end = draw_end;
    }
    ImVec2 at(flow.x, flow.y);
    ImVec2 sz = font->CalcTextSizeA(size, FLT_MAX, 0, p, draw_end);
    // Only what is inside the window's clip rectangle is drawn (long posts stay cheap).
    const ImVec4& clip = flow.dl->_CmdHeader.ClipRect;
    bool visible = at.y + flow.line_height >= clip.y && at.y <= clip.w;
    if (visible) flow.dl->AddText(font, size, at, colour, p, draw_end);
    if (!span.link.empty()) {
      if (visible) flow.dl->AddLine(ImVec2(at.x, at.y + sz.y - 1), ImVec2(at.x + sz.x, at.y + sz.y - 1), colour, 1.0f);
      ImGui::SetCursorScreenPos(at);
      ImGui::PushID(flow.link_items++);
      if (ImGui::InvisibleButton("##link", ImVec2(std::max(sz.x, 1.0f), sz.y))) clicked = true;
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      if (record_link && !recorded) {
        record_last_item(span.text, "link");
        recorded = true;
      }
      ImGui::PopID();
    }
    flow.x += font->CalcTextSizeA(size, FLT_MAX, 0, p, spaced_end).x;
    p = spaced_end == p ? p + 1 : spaced_end;
  }
  (void)theme;
  return clicked;
}

}  // namespace

void show_rich_text(const state::RichText& text, const Theme& theme, Dispatch& dispatch) {
  ImFont* base = ImGui::GetFont();
  float column = content_width();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  Flow flow{ImGui::GetWindowDrawList(), origin.x, origin.x + column, origin.x, origin.y, 0, 0};
  float gap = ImGui::GetTextLineHeight() * 0.45f;
  bool first = true;
  for (const auto& b : text.blocks) {
    if (!first) flow.y += gap;
    first = false;
    float indent = static_cast<float>(b.quote_depth) * 16.0f + static_cast<float>(std::max(0, b.list_depth)) * 20.0f;
    flow.left = origin.x + indent;
    flow.right = origin.x + column;
    flow.x = flow.left;
    float block_top = flow.y;
    ImFont* font = base;
    ImU32 colour = ImGui::GetColorU32(b.quote_depth > 0 ? theme.muted : theme.text);
    if (b.kind == state::RichBlock::Kind::heading) font = b.heading_level <= 2 && theme.fonts.heading ? theme.fonts.heading : (theme.fonts.bold ? theme.fonts.bold : base);
    if (b.kind == state::RichBlock::Kind::quote_title) font = theme.fonts.bold ? theme.fonts.bold : base;
    flow.line_height = font_px(font) * 1.35f;
    if (b.kind == state::RichBlock::Kind::rule) {
      flow.dl->AddLine(ImVec2(flow.left, flow.y + gap), ImVec2(flow.right, flow.y + gap), ImGui::GetColorU32(theme.border));
      flow.y += gap * 2;
      continue;
    }
    if (b.kind == state::RichBlock::Kind::image) {
      // The image once the loader has it; until then (or if it fails) a placeholder of the same
      // size with its description.
      ImageState img = image_for(b.image_src);
      float natural_w = img.phase == ImageState::Phase::ready ? static_cast<float>(img.width)
                        : b.image_width > 0                    ? static_cast<float>(b.image_width)
                                                               : 320.0f;
      float natural_h = img.phase == ImageState::Phase::ready ? static_cast<float>(img.height)
                        : b.image_height > 0                   ? static_cast<float>(b.image_height)
                                                               : natural_w * 0.56f;
      float w = std::min(flow.right - flow.left, natural_w);
      float h = natural_w > 0 ? w * natural_h / natural_w : w * 0.56f;
      if (h > 480.0f) {
        w *= 480.0f / h;
        h = 480.0f;
      }
      ImVec2 a(flow.left, flow.y), z(flow.left + w, flow.y + h);
      if (img.phase == ImageState::Phase::ready && img.texture) {
        flow.dl->AddImageRounded(img.texture, a, z, ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, 6.0f);
      } else {
        flow.dl->AddRectFilled(a, z, ImGui::GetColorU32(theme.border), 6.0f);
        std::string label = b.image_alt.empty() ? "Image" : b.image_alt;
        if (img.phase == ImageState::Phase::failed) label += " (the image could not be loaded)";
        flow.dl->PushClipRect(a, z, true);
        flow.dl->AddText(ImVec2(flow.left + 10, flow.y + 8), ImGui::GetColorU32(theme.muted), label.c_str());
        flow.dl->PopClipRect();
      }
      flow.y += h;
      continue;
    }
    if (b.list_depth > 0 && b.list_number >= 0) {
      std::string marker = b.list_number > 0 ? std::to_string(b.list_number) + "." : "\xE2\x80\xA2";
      float mw = base->CalcTextSizeA(font_px(base), FLT_MAX, 0, marker.c_str()).x;
      flow.dl->AddText(base, font_px(base), ImVec2(flow.left - mw - 6, flow.y), colour, marker.c_str());
    }
    if (b.kind == state::RichBlock::Kind::code) {
      ImFont* mono = theme.fonts.mono ? theme.fonts.mono : base;
      flow.line_height = font_px(mono) * 1.3f;
      float pad = 8;
      // The box is drawn behind the text once its height is known (channels split).
      flow.dl->ChannelsSplit(2);
      flow.dl->ChannelsSetCurrent(1);
      flow.left += pad;
      flow.x = flow.left;
      flow.y += pad;
      for (const auto& span : b.spans) {
        state::RichSpan plain = span;
        plain.link.clear();
        place_span(flow, plain, mono, ImGui::GetColorU32(theme.text), theme, false);
      }
      flow.y += flow.line_height + pad;
      flow.dl->ChannelsSetCurrent(0);
      flow.dl->AddRectFilled(ImVec2(flow.left - pad, block_top), ImVec2(flow.right, flow.y), ImGui::GetColorU32(theme.code_bg), 4.0f);
      flow.dl->ChannelsMerge();
      continue;
    }
    for (const auto& span : b.spans) {
      ImFont* f = b.kind == state::RichBlock::Kind::paragraph ? font_for(theme, span.style, font) : font;
      ImU32 c = span.link.empty() ? colour : ImGui::GetColorU32(theme.link);
      if (place_span(flow, span, f, c, theme, true)) dispatch(state::LinkPressed{span.link});
    }
    flow.y += flow.line_height;
    if (b.quote_depth > 0)
      for (int d = 0; d < b.quote_depth; ++d)
        flow.dl->AddRectFilled(ImVec2(origin.x + d * 16.0f, block_top - (b.kind == state::RichBlock::Kind::quote_title ? 0 : gap)),
                               ImVec2(origin.x + d * 16.0f + 3, flow.y), ImGui::GetColorU32(theme.border));
  }
  if (text.omitted_chars > 0) {
    flow.y += gap;
    std::string note = "This post is very long: " + std::to_string(text.omitted_chars) + " more characters are not shown.";
    flow.dl->AddText(ImVec2(origin.x, flow.y), ImGui::GetColorU32(theme.muted), note.c_str());
    flow.y += ImGui::GetTextLineHeight();
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(column, std::max(0.0f, flow.y - origin.y)));
}

}  // namespace hearth::ui
