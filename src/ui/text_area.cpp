// Wrapped multi-line fields edited by the browser (see text_area.h).
#include "ui/text_area.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "imgui_internal.h"
#include "ui/widgets.h"

namespace hearth::ui {

namespace {
TextAreaHost* g_host = nullptr;

// What a field remembers between frames.
struct FieldMemory {
  std::uint64_t seen_revision = 0;  // the browser's last change already handed on
  int caret = -1;                    // the caret the view last scrolled to
  int anchor = 0;                    // where a mouse selection started
  bool dragging = false;             // the mouse went down here and is still down
  int vertical_caret = -1;           // after moving up or down: where the caret landed,
  float goal_x = 0;                  // and the column it aims for on the next move
};
std::unordered_map<ImGuiID, FieldMemory> g_fields;

int char_length(const char* s, const char* end) {
  unsigned int c = 0;
  int n = ImTextCharFromUtf8(&c, s, end);
  return n > 0 ? n : 1;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_word(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '_' || c == '\''; }

// ImGui's own multi-line input: no wrapping, used where no browser field exists (native tests).
bool imgui_text_area(const char* id, const std::string& value, ImVec2 size, std::string& edited) {
  edited = value;
  edited.reserve(value.size() + 256);
  ImGui::InputTextMultiline(id, edited.data(), edited.capacity() + 1, size, ImGuiInputTextFlags_CallbackResize,
                            string_resize_callback, &edited);
  edited = edited.c_str();
  return ImGui::IsItemEdited();
}
}  // namespace

void set_text_area_host(TextAreaHost* host) { g_host = host; }

std::vector<TextLine> wrap_lines(ImFont* font, float size, std::string_view text, float width) {
  std::vector<TextLine> lines;
  const char* base = text.data();
  const char* end = base + text.size();
  const float scale = size / font->FontSize;
  const char* s = base;
  while (true) {
    const char* nl = static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end - s)));
    const char* para_end = nl ? nl : end;
    const char* p = s;
    do {
      const char* eol = p < para_end ? font->CalcWordWrapPositionA(scale, p, para_end, width) : para_end;
      if (eol <= p && p < para_end) eol = p + char_length(p, para_end);  // narrower than one letter
      const char* next = eol;
      while (next < para_end && is_blank(*next)) ++next;
      lines.push_back({static_cast<int>(p - base), static_cast<int>(next - base)});
      p = next;
    } while (p < para_end);
    if (!nl) break;
    s = nl + 1;
  }
  return lines;
}

std::size_t line_of(const std::vector<TextLine>& lines, int offset) {
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](int o, const TextLine& l) { return o < l.begin; });
  return it == lines.begin() ? 0 : static_cast<std::size_t>(it - lines.begin() - 1);
}

float offset_x(ImFont* font, float size, std::string_view text, const TextLine& line, int offset) {
  int to = std::clamp(offset, line.begin, line.end);
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + line.begin, text.data() + to).x;
}

int offset_at(ImFont* font, float size, std::string_view text, const std::vector<TextLine>& lines,
              float line_height, float x, float y) {
  if (lines.empty()) return 0;
  int index = static_cast<int>(std::floor(y / line_height));
  const TextLine& line = lines[static_cast<std::size_t>(std::clamp(index, 0, static_cast<int>(lines.size()) - 1))];
  const char* end = text.data() + line.end;
  float at = 0;
  for (const char* p = text.data() + line.begin; p < end;) {
    int n = char_length(p, end);
    float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, p, p + n).x;
    if (x < at + w * 0.5f) return static_cast<int>(p - text.data());
    at += w;
    p += n;
  }
  return line.end;
}

bool text_area(const char* id, const char* label, const std::string& value, ImVec2 size, std::string& edited) {
  if (!g_host) return imgui_text_area(id, value, size, edited);
  edited = value;
  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  const ImGuiID gid = parent->GetID(id);
  FieldMemory& memory = g_fields[gid];
  const AreaEdit& e = g_host->edit();
  bool owned = e.owner == gid;
  bool changed = false;
  if (owned) {
    if (e.revision != memory.seen_revision) {
      memory.seen_revision = e.revision;
      if (e.value != value) {
        edited = e.value;
        changed = true;
      }
    } else if (e.value != value) {
      g_host->replace(value);  // changed from elsewhere: the browser's field follows
    }
  }
  const std::string& text = changed ? edited : value;

  const ImGuiStyle& style = ImGui::GetStyle();
  ImVec2 outer = ImGui::CalcItemSize(size, ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * 4 + style.FramePadding.y * 2);
  ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImDrawList* parent_dl = ImGui::GetWindowDrawList();
  parent_dl->AddRectFilled(top_left, ImVec2(top_left.x + outer.x, top_left.y + outer.y), ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, style.FramePadding);
  ImGui::BeginChild(id, outer, ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NoNav);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();

  ImFont* font = ImGui::GetFont();
  const float font_size = ImGui::GetFontSize();
  const float line_h = std::round(font_size * 1.35f);  // as airy as the posts' own text
  const float text_dy = std::round((line_h - font_size) * 0.5f);
  const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  const float visible_h = ImGui::GetContentRegionAvail().y;
  std::vector<TextLine> lines = wrap_lines(font, font_size, text, width);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, line_h * static_cast<float>(lines.size())));
  // The whole field, padding included, takes clicks (not its scrollbar).
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* field = ImGui::GetCurrentWindow();
  const bool hovered = ImGui::IsWindowHovered() && field->InnerRect.Contains(io.MousePos);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

  // Clicks and drags move the browser's caret; a double click selects a word.
  auto at_mouse = [&]() {
    return offset_at(font, font_size, text, lines, line_h, io.MousePos.x - origin.x, io.MousePos.y - origin.y);
  };
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    int at = at_mouse();
    int from = at, to = at;
    if (io.MouseClickedCount[0] == 2) {
      while (from > 0 && is_word(static_cast<unsigned char>(text[static_cast<std::size_t>(from - 1)]))) --from;
      while (to < static_cast<int>(text.size()) && is_word(static_cast<unsigned char>(text[static_cast<std::size_t>(to)]))) ++to;
    } else if (io.KeyShift && owned) {
      from = e.sel_start;
    }
    memory.anchor = from;
    memory.dragging = true;
    g_host->take(gid, text, from, to, label);
    owned = true;
  } else if (memory.dragging && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    memory.dragging = false;
  } else if (owned && memory.dragging && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    int at = at_mouse();
    if (at != e.sel_end || memory.anchor != e.sel_start) g_host->take(gid, text, memory.anchor, at, label);
  }

  // Keys whose meaning depends on the wrapped lines: up, down, home, end, page up and down.
  if (owned && e.move != AreaEdit::Move::none) {
    using Move = AreaEdit::Move;
    const int length = static_cast<int>(text.size());
    const int from = std::clamp(e.sel_end, 0, length);
    const std::size_t index = line_of(lines, from);
    const TextLine& line = lines[index];
    const int page = std::max(1, static_cast<int>(visible_h / line_h) - 1);
    int to = from;
    if (e.move == Move::line_start) {
      to = line.begin;
    } else if (e.move == Move::line_end) {
      to = line.end;
      bool soft_wrap = index + 1 < lines.size() && lines[index + 1].begin == line.end;
      if (soft_wrap && to > line.begin) {  // before the wrap, so the caret stays on this line
        const char* p = text.data() + line.begin;
        const char* last = p;
        while (p < text.data() + line.end) {
          last = p;
          p += char_length(p, text.data() + line.end);
        }
        to = static_cast<int>(last - text.data());
      }
    } else {
      int step = e.move == Move::line_up ? -1 : e.move == Move::line_down ? 1 : e.move == Move::page_up ? -page : page;
      float x = memory.vertical_caret == from ? memory.goal_x : offset_x(font, font_size, text, line, from);
      long target = static_cast<long>(index) + step;
      if (target < 0) to = 0;
      else if (target >= static_cast<long>(lines.size())) to = length;
      else to = offset_at(font, font_size, text, lines, line_h, x, (static_cast<float>(target) + 0.5f) * line_h);
      memory.goal_x = x;
      memory.vertical_caret = to;
    }
    g_host->take(gid, text, e.extend ? e.sel_start : to, to, label);
  }

  const bool focused = owned && e.focused;
  const int length = static_cast<int>(text.size());
  int sel_a = owned ? std::clamp(std::min(e.sel_start, e.sel_end), 0, length) : 0;
  int sel_b = owned ? std::clamp(std::max(e.sel_start, e.sel_end), 0, length) : 0;
  int caret = owned ? std::clamp(e.sel_end, 0, length) : 0;

  // Only the lines in view are drawn, so a long text costs little.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  std::size_t first = static_cast<std::size_t>(std::max(0.0f, std::floor((clip_min.y - origin.y) / line_h)));
  std::size_t last = std::min(lines.size(), static_cast<std::size_t>(std::max(0.0f, std::ceil((clip_max.y - origin.y) / line_h))) + 1);
  const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text);
  ImVec4 selection = ImGui::GetStyleColorVec4(ImGuiCol_TextSelectedBg);
  if (!focused) selection.w *= 0.5f;
  const ImU32 selection_colour = ImGui::ColorConvertFloat4ToU32(selection);
  for (std::size_t i = first; i < last; ++i) {
    const TextLine& line = lines[i];
    ImVec2 pos(origin.x, origin.y + line_h * static_cast<float>(i));
    if (sel_a < sel_b && sel_a <= line.end && sel_b > line.begin) {
      float x0 = offset_x(font, font_size, text, line, std::max(sel_a, line.begin));
      float x1 = offset_x(font, font_size, text, line, std::min(sel_b, line.end));
      if (sel_b > line.end) x1 += font_size * 0.35f;  // the selected line break
      dl->AddRectFilled(ImVec2(pos.x + x0, pos.y), ImVec2(pos.x + x1, pos.y + line_h), selection_colour);
    }
    dl->AddText(font, font_size, ImVec2(pos.x, pos.y + text_dy), text_colour, text.data() + line.begin, text.data() + line.end);
  }
  std::size_t caret_line = line_of(lines, caret);
  float caret_x = std::min(offset_x(font, font_size, text, lines[caret_line], caret), width);
  float caret_y = line_h * static_cast<float>(caret_line);
  if (focused) {
    ImVec2 p(origin.x + caret_x, origin.y + caret_y);
    dl->AddLine(ImVec2(p.x + 0.5f, p.y), ImVec2(p.x + 0.5f, p.y + line_h), text_colour, 1.5f);
  }
  // The caret stays in view as the member types or moves it.
  if (owned && caret != memory.caret) {
    memory.caret = caret;
    float scroll = ImGui::GetScrollY();
    if (caret_y < scroll) ImGui::SetScrollY(caret_y);
    else if (caret_y + line_h > scroll + visible_h) ImGui::SetScrollY(caret_y + line_h - visible_h);
  }
  if (owned) {
    // The browser's field sits at the caret, where IME windows and phone keyboards expect it.
    g_host->place(origin.x + caret_x, origin.y + caret_y, 2.0f, line_h);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !field->Rect().Contains(io.MousePos)) g_host->release();
  }
  ImGui::EndChild();
  ImU32 border = focused ? ImGui::GetColorU32(ImGuiCol_NavHighlight) : ImGui::GetColorU32(ImGuiCol_Border);
  parent_dl->AddRect(top_left, ImVec2(top_left.x + outer.x, top_left.y + outer.y), border, style.FrameRounding, 0, focused ? 2.0f : 1.0f);
  return changed;
}

}  // namespace hearth::ui
