// Multi-line fields (a post's body, "About me", a flag's or report's words) that wrap as a member
// types. ImGui 1.90's multi-line input does not wrap, and the browser is better at editing than
// anything drawn here (IME, phone keyboards, spelling, undo, selection by keyboard, the
// clipboard), so in the browser a hidden <textarea> owns the text and its caret while the field
// has focus, and this widget draws that text wrapped, with the caret and selection, and turns
// clicks and drags into caret moves. Without a host (native tests) the field falls back to
// ImGui's own multi-line input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace hearth::ui {

// What the browser's field holds. Offsets are UTF-8 bytes into `value`.
struct AreaEdit {
  std::uint32_t owner = 0;     // ImGui id of the field that has it (0: none)
  std::string value;
  int sel_start = 0, sel_end = 0;
  bool focused = false;
  std::uint64_t revision = 0;  // counts the member's changes made in the browser
  // A caret move that depends on how the lines wrap (the browser's field cannot know), asked
  // for by a key; take() clears it. `extend` keeps the selection's anchor (Shift).
  enum class Move { none, line_up, line_down, line_start, line_end, page_up, page_down };
  Move move = Move::none;
  bool extend = false;
};

class TextAreaHost {
 public:
  virtual ~TextAreaHost() = default;
  virtual const AreaEdit& edit() const = 0;
  // Gives the browser's field to `owner` holding `value` (if it did not have it), selects
  // [sel_start, sel_end) and focuses it. `label` becomes its accessible name.
  virtual void take(std::uint32_t owner, const std::string& value, int sel_start, int sel_end, const char* label) = 0;
  // The field's text changed elsewhere (a quote added, a draft restored, a length cap).
  virtual void replace(const std::string& value) = 0;
  // Where the field is on the page (CSS px); called every frame while it is owned.
  virtual void place(float x, float y, float w, float h) = 0;
  virtual void release() = 0;
};
void set_text_area_host(TextAreaHost* host);

// A multi-line field holding `value`; true when the member changed it (the new text in `edited`).
// `label` names it for screen readers. Call record_last_item afterwards as for any item.
bool text_area(const char* id, const char* label, const std::string& value, ImVec2 size, std::string& edited);

// Layout of wrapped text: each line is a byte range [begin, end) of the text; a line ends at a
// newline (not included) or where the words wrap (blanks after the wrap stay on the line).
// Every byte but the newlines belongs to exactly one line; an empty text has one empty line.
struct TextLine {
  int begin = 0, end = 0;
};
std::vector<TextLine> wrap_lines(ImFont* font, float size, std::string_view text, float width);
// The line holding byte offset `offset` (at a soft wrap, the start of the next line).
std::size_t line_of(const std::vector<TextLine>& lines, int offset);
// Horizontal position of `offset` within its line.
float offset_x(ImFont* font, float size, std::string_view text, const TextLine& line, int offset);
// The byte offset nearest to point (x, y) relative to the text's top left, lines `line_height` apart.
int offset_at(ImFont* font, float size, std::string_view text, const std::vector<TextLine>& lines,
              float line_height, float x, float y);

}  // namespace hearth::ui
