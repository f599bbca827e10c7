// Text input through the browser. This Emscripten's GLFW takes characters from `keypress`, so
// IME composition (accents by dead keys, CJK), phone keyboards and autocorrect never arrive.
// Instead a hidden <textarea> takes focus while an ImGui text field is active, sits at the
// caret, and forwards what the browser commits (input, compositionend, paste) to ImGui.
// The clipboard goes through navigator.clipboard (copy) and the page's paste event (paste).
#pragma once

#include <functional>

namespace hearth::platform {

// Creates the hidden field. `on_text` receives committed UTF-8 text; call focus_text_input
// every frame with whether a text field is active and where its caret is (CSS px).
void install_text_input(std::function<void(const char* utf8)> on_text);
void focus_text_input(bool active, float x, float y, float line_height);
// The clipboard: writing needs a recent user gesture (a key or click), which ImGui's Ctrl+C
// always follows.
void clipboard_write(const char* utf8);

}  // namespace hearth::platform
