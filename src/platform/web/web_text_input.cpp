// The hidden text field and the clipboard (see web_text_input.h).
#include "platform/web/web_text_input.h"

#include <emscripten.h>

namespace hearth::platform {

namespace {
std::function<void(const char*)> g_on_text;

// clang-format off
EM_JS(void, js_text_input_install, (), {
  if (Module.hearthText) return;
  const area = document.createElement("textarea");
  area.id = "hearth-text-input";
  area.setAttribute("aria-label", "Text input");
  area.setAttribute("autocomplete", "off");
  area.setAttribute("autocapitalize", "sentences");
  area.setAttribute("spellcheck", "true");
  // Invisible but focusable, at the caret so IME windows and phone keyboards appear in place;
  // 16px text stops phones from zooming the page when it takes focus.
  Object.assign(area.style, { position: "fixed", left: "0px", top: "0px", width: "2px", height: "20px",
    opacity: "0", border: "0", padding: "0", margin: "0", resize: "none", overflow: "hidden",
    fontSize: "16px", background: "transparent", color: "transparent", caretColor: "transparent",
    zIndex: "1", pointerEvents: "none" });
  document.body.appendChild(area);
  let composing = false;
  const send = (text) => {
    if (!text) return;
    const size = lengthBytesUTF8(text) + 1;
    const p = _malloc(size);
    stringToUTF8(text, p, size);
    Module._hearth_text_input(p);
    _free(p);
  };
  area.addEventListener("compositionstart", () => { composing = true; });
  area.addEventListener("compositionend", (e) => {
    composing = false;
    send(e.data || area.value);
    area.value = "";
  });
  area.addEventListener("input", (e) => {
    if (composing || e.isComposing) return;
    // Enter and Backspace reach ImGui as keys; only committed text comes this way.
    if (e.inputType === "insertLineBreak" || e.inputType === "insertParagraph") { area.value = ""; return; }
    send(area.value);  // a carriage return is not a character ImGui keeps
    area.value = "";
  });
  Module.hearthText = { area: area, active: false };
});
EM_JS(void, js_text_input_focus, (int active, float x, float y, float h), {
  const t = Module.hearthText;
  if (!t) return;
  if (active) {
    t.area.style.left = Math.max(0, x) + "px";
    t.area.style.top = Math.max(0, y) + "px";
    t.area.style.height = Math.max(16, h) + "px";
    if (!t.active || document.activeElement !== t.area) t.area.focus({ preventScroll: true });
  } else if (t.active && document.activeElement === t.area) {
    t.area.blur();
  }
  t.active = !!active;
});
EM_JS(void, js_clipboard_write, (const char* text), {
  const t = UTF8ToString(text);
  Module.hearthClipboard = t;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});
// clang-format on
}  // namespace

void install_text_input(std::function<void(const char*)> on_text) {
  g_on_text = std::move(on_text);
  js_text_input_install();
}

void focus_text_input(bool active, float x, float y, float line_height) { js_text_input_focus(active, x, y, line_height); }

void clipboard_write(const char* utf8) { js_clipboard_write(utf8); }

}  // namespace hearth::platform

extern "C" EMSCRIPTEN_KEEPALIVE void hearth_text_input(const char* utf8) {
  if (hearth::platform::g_on_text && utf8) hearth::platform::g_on_text(utf8);
}
