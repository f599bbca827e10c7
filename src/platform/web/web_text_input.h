// Text input through the browser. This Emscripten's GLFW takes characters from `keypress`, so
// IME composition (accents by dead keys, CJK), phone keyboards and autocorrect never arrive.
// Instead a hidden <textarea> takes focus while an ImGui text field is active, sits at the
// caret, and forwards what the browser commits (input, compositionend, paste) to ImGui.
// The clipboard goes through navigator.clipboard (copy) and the page's paste event (paste).
//
// Multi-line fields use the same textarea differently ("area" mode, see ui/text_area.h): it
// holds the whole text and the browser edits it, reporting the text and selection back, and
// the keys it handles never reach GLFW.
#pragma once

#include <functional>
#include <string>

namespace hearth::platform {

// Creates the hidden field. `on_text` receives committed UTF-8 text; call focus_text_input
// every frame with whether a text field is active and where its caret is (CSS px).
struct TextAreaEvents {
  // The textarea's text (UTF-8) and selection as byte offsets, the caret at sel_end;
  // text_changed is false when only the selection moved.
  std::function<void(const char* utf8, int sel_start, int sel_end, bool text_changed)> changed;
  std::function<void(bool focused)> focus;
  // Keys the browser's field cannot handle, as it does not know how the text wraps:
  // 1 up, 2 down, 3 home, 4 end, 5 page up, 6 page down; `extend` when Shift is held.
  std::function<void(int key, bool extend)> move;
};
void install_text_input(std::function<void(const char* utf8)> on_text, TextAreaEvents area);
// Chars mode follows ImGui's active text field; while the area mode owns the textarea, an
// inactive call leaves it alone.
void focus_text_input(bool active, float x, float y, float line_height);
// Area mode: load `value` (nullptr: keep the text) with a selection, and focus.
void text_area_take(const std::string* value, int sel_start, int sel_end, const char* label);
void text_area_replace(const std::string& value);
void text_area_place(float x, float y, float w, float h);
void text_area_release();
// The clipboard: writing needs a recent user gesture (a key or click), which ImGui's Ctrl+C
// always follows.
void clipboard_write(const char* utf8);

}  // namespace hearth::platform
