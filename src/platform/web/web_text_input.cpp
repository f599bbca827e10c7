// The hidden text field and the clipboard (see web_text_input.h).
#include "platform/web/web_text_input.h"

#include <emscripten.h>

namespace hearth::platform {

namespace {
std::function<void(const char*)> g_on_text;
TextAreaEvents g_area;

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
  // mode "chars": an ImGui text field is active and committed text is forwarded to it;
  // mode "area": a wrapped field owns the text, and its value and selection are reported.
  const t = { area: area, mode: "none", last: { v: null, s: -1, e: -1 } };
  Module.hearthText = t;
  let composing = false;
  const withString = (text, f) => {
    const size = lengthBytesUTF8(text) + 1;
    const p = _malloc(size);
    stringToUTF8(text, p, size);
    f(p);
    _free(p);
  };
  const send = (text) => { if (text) withString(text, (p) => Module._hearth_text_input(p)); };
  // The caret is selectionEnd unless the member selected backwards; offsets go out as UTF-8 bytes.
  t.report = () => {
    if (t.mode !== "area") return;
    const v = area.value;
    let s = lengthBytesUTF8(v.slice(0, area.selectionStart));
    let e = lengthBytesUTF8(v.slice(0, area.selectionEnd));
    if (area.selectionDirection === "backward") { const x = s; s = e; e = x; }
    const changed = v !== t.last.v;
    if (!changed && s === t.last.s && e === t.last.e) return;
    t.last = { v: v, s: s, e: e };
    withString(v, (p) => Module._hearth_area_changed(p, s, e, changed ? 1 : 0));
  };
  t.unitsAt = (v, bytes) => {
    let b = 0, i = 0;
    while (i < v.length && b < bytes) {
      const c = v.codePointAt(i);
      b += c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : 4;
      i += c > 65535 ? 2 : 1;
    }
    return i;
  };
  t.select = (s, e) => {
    const v = area.value;
    const a = t.unitsAt(v, Math.min(s, e)), b = t.unitsAt(v, Math.max(s, e));
    area.setSelectionRange(a, b, e < s ? "backward" : "forward");
    t.last = { v: v, s: s, e: e };
  };
  area.addEventListener("compositionstart", () => { composing = true; });
  area.addEventListener("compositionend", (e) => {
    composing = false;
    if (t.mode === "area") { t.report(); return; }
    send(e.data || area.value);
    area.value = "";
  });
  area.addEventListener("input", (e) => {
    if (t.mode === "area") { t.report(); return; }  // composing text shows in place as it forms
    if (composing || e.isComposing) return;
    // Enter and Backspace reach ImGui as keys; only committed text comes this way.
    if (e.inputType === "insertLineBreak" || e.inputType === "insertParagraph") { area.value = ""; return; }
    send(area.value);  // a carriage return is not a character ImGui keeps
    area.value = "";
  });
  area.addEventListener("select", () => t.report());
  document.addEventListener("selectionchange", () => t.report());
  area.addEventListener("focus", () => { if (t.mode === "area") Module._hearth_area_focus(1); });
  area.addEventListener("blur", () => { if (t.mode === "area") Module._hearth_area_focus(0); });
  // While a wrapped field owns the text, its keys are the browser's (caret moves, selection,
  // undo, clipboard): GLFW, listening on the window in the capture phase, must not see them,
  // and this listener, added before GLFW's, stops them. Escape still closes what is open.
  const own = (e) => t.mode === "area" && e.target === area && e.key !== "Escape";
  const moves = { ArrowUp: 1, ArrowDown: 2, Home: 3, End: 4, PageUp: 5, PageDown: 6 };
  window.addEventListener("keydown", (e) => {
    if (!own(e)) return;
    e.stopImmediatePropagation();
    if (moves[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey && !composing) {
      e.preventDefault();
      Module._hearth_area_move(moves[e.key], e.shiftKey ? 1 : 0);
      Module._hearth_frame_now();  // moves the caret now, before the next key lands
      return;
    }
    setTimeout(t.report, 0);
  }, true);
  window.addEventListener("keypress", (e) => { if (own(e)) e.stopImmediatePropagation(); }, true);
});
EM_JS(void, js_text_input_focus, (int active, float x, float y, float h), {
  const t = Module.hearthText;
  if (!t || (t.mode === "area" && !active)) return;
  if (active) {
    if (t.mode === "area") { t.area.value = ""; t.last = { v: null, s: -1, e: -1 }; }
    t.mode = "chars";
    t.area.setAttribute("aria-label", "Text input");
    t.area.style.left = Math.max(0, x) + "px";
    t.area.style.top = Math.max(0, y) + "px";
    t.area.style.height = Math.max(16, h) + "px";
    if (document.activeElement !== t.area) t.area.focus({ preventScroll: true });
  } else {
    if (t.mode === "chars" && document.activeElement === t.area) t.area.blur();
    t.mode = "none";
  }
});
EM_JS(void, js_area_take, (const char* value, int s, int e, const char* label), {
  const t = Module.hearthText;
  if (!t) return;
  if (value) {
    t.mode = "area";
    t.area.value = UTF8ToString(value);
    t.area.setAttribute("aria-label", UTF8ToString(label));
  }
  t.select(s, e);
  if (document.activeElement !== t.area) t.area.focus({ preventScroll: true });
  else Module._hearth_area_focus(1);
});
EM_JS(void, js_area_replace, (const char* value), {
  const t = Module.hearthText;
  if (!t || t.mode !== "area") return;
  const v = UTF8ToString(value);
  t.area.value = v;
  t.area.setSelectionRange(v.length, v.length);
  t.last = { v: v, s: lengthBytesUTF8(v), e: lengthBytesUTF8(v) };
});
EM_JS(void, js_area_place, (float x, float y, float w, float h), {
  const t = Module.hearthText;
  if (!t || t.mode !== "area") return;
  t.area.style.left = Math.max(0, x) + "px";
  t.area.style.top = Math.max(0, y) + "px";
  t.area.style.width = Math.max(2, w) + "px";
  t.area.style.height = Math.max(16, h) + "px";
});
EM_JS(void, js_area_release, (), {
  const t = Module.hearthText;
  if (!t || t.mode !== "area") return;
  t.mode = "none";
  if (document.activeElement === t.area) t.area.blur();
  t.area.value = "";
  t.area.style.width = "2px";
  t.last = { v: null, s: -1, e: -1 };
});
EM_JS(void, js_clipboard_write, (const char* text), {
  const t = UTF8ToString(text);
  Module.hearthClipboard = t;
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});
// clang-format on
}  // namespace

void install_text_input(std::function<void(const char*)> on_text, TextAreaEvents area) {
  g_on_text = std::move(on_text);
  g_area = std::move(area);
  js_text_input_install();
}

void focus_text_input(bool active, float x, float y, float line_height) { js_text_input_focus(active, x, y, line_height); }

void text_area_take(const std::string* value, int sel_start, int sel_end, const char* label) {
  js_area_take(value ? value->c_str() : nullptr, sel_start, sel_end, label ? label : "");
}
void text_area_replace(const std::string& value) { js_area_replace(value.c_str()); }
void text_area_place(float x, float y, float w, float h) { js_area_place(x, y, w, h); }
void text_area_release() { js_area_release(); }

void clipboard_write(const char* utf8) { js_clipboard_write(utf8); }

}  // namespace hearth::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void hearth_text_input(const char* utf8) {
  if (hearth::platform::g_on_text && utf8) hearth::platform::g_on_text(utf8);
}
EMSCRIPTEN_KEEPALIVE void hearth_area_changed(const char* utf8, int sel_start, int sel_end, int text_changed) {
  if (hearth::platform::g_area.changed && utf8) hearth::platform::g_area.changed(utf8, sel_start, sel_end, text_changed != 0);
}
EMSCRIPTEN_KEEPALIVE void hearth_area_move(int key, int extend) {
  if (hearth::platform::g_area.move) hearth::platform::g_area.move(key, extend != 0);
}
EMSCRIPTEN_KEEPALIVE void hearth_area_focus(int focused) {
  if (hearth::platform::g_area.focus) hearth::platform::g_area.focus(focused != 0);
}
}
