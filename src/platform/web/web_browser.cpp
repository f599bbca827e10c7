// Browser glue through small EM_JS functions.
#include "platform/web/web_browser.h"

#include <emscripten.h>

#include <cstdlib>

namespace hearth::platform {

namespace {
// clang-format off
EM_JS(char*, js_location_hash, (), {
  const s = location.hash;
  const size = lengthBytesUTF8(s) + 1;
  const out = _malloc(size);
  stringToUTF8(s, out, size);
  return out;
});
EM_JS(void, js_push_hash, (const char* hash), {
  location.hash = UTF8ToString(hash);
});
EM_JS(void, js_replace_hash, (const char* hash), {
  history.replaceState(history.state, "", UTF8ToString(hash));
});
EM_JS(int, js_prefers_dark, (), {
  if (!Module.hearthDarkQuery) {
    Module.hearthDarkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
    if (Module.hearthDarkQuery && Module.hearthDarkQuery.addEventListener)
      Module.hearthDarkQuery.addEventListener("change", () => { if (Module._hearth_wake) Module._hearth_wake(); });
  }
  return Module.hearthDarkQuery && Module.hearthDarkQuery.matches ? 1 : 0;
});
EM_JS(void, js_set_page_colour, (const char* colour), {
  const c = UTF8ToString(colour);
  document.body.style.background = c;
  const meta = document.querySelector("meta[name=theme-color]");
  if (meta) meta.setAttribute("content", c);
});
// The async clipboard API, with the hidden text field's execCommand as the fallback.
EM_JS(void, js_copy_text, (const char* text), {
  let t = UTF8ToString(text);
  if (t.startsWith("#/")) t = location.href.split("#")[0] + t;
  Module.hearthClipboard = t;
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = t;
    area.setAttribute("aria-hidden", "true");
    area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(fallback);
  else fallback();
});
// Inside a click (app/main_web.cpp runs that frame from the click handler) the page opens the
// link once the handler's frame is done; otherwise at once.
EM_JS(void, js_download, (const char* name, const char* mime, const char* text), {
  const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) + ";charset=utf-8" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});
EM_JS(void, js_open_external, (const char* url), {
  const u = UTF8ToString(url);
  if (Module.hearthInGesture) { Module.hearthPendingLink = u; return; }
  const w = window.open(u, "_blank", "noopener,noreferrer");
  if (w) w.opener = null;
});
EM_JS(void, js_set_title, (const char* title), {
  document.title = UTF8ToString(title);
});
EM_JS(double, js_now_ms, (), {
  return Date.now();
});
EM_JS(void, js_listen, (), {
  const hash = () => Module['_hearth_hash_changed']();
  const wake = () => Module['_hearth_wake']();
  window.addEventListener('hashchange', hash);
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'keypress',
                      'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur', 'paste'])
    window.addEventListener(type, wake, {passive: true, capture: true});
  document.addEventListener('visibilitychange', wake);
});
EM_JS(void, js_fatal, (const char* message), {
  if (typeof window.hearthFatal === 'function') window.hearthFatal(UTF8ToString(message));
});
EM_JS(void, js_hide_loading, (), {
  if (typeof window.hearthLoaded === 'function') window.hearthLoaded();
});
EM_JS(int, js_page_width, (), { return window.innerWidth | 0; });
EM_JS(int, js_page_height, (), { return window.innerHeight | 0; });
// clang-format on
}  // namespace

std::string WebBrowser::hash() const {
  char* s = js_location_hash();
  std::string out(s);
  std::free(s);
  return out;
}
void WebBrowser::push_hash(const std::string& hash) { js_push_hash(hash.c_str()); }
void WebBrowser::replace_hash(const std::string& hash) { js_replace_hash(hash.c_str()); }
void WebBrowser::set_title(const std::string& title) { js_set_title(title.c_str()); }

void WebBrowser::open_external(const std::string& url) { js_open_external(url.c_str()); }

void WebBrowser::copy_text(const std::string& text) { js_copy_text(text.c_str()); }

void WebBrowser::download(const std::string& name, const std::string& mime, const std::string& text) {
  js_download(name.c_str(), mime.c_str(), text.c_str());
}

bool prefers_dark() { return js_prefers_dark() != 0; }

void set_page_colour(const char* css_colour) { js_set_page_colour(css_colour); }
std::int64_t WebBrowser::now_unix() const { return static_cast<std::int64_t>(js_now_ms() / 1000.0); }

void listen_for_page_events() { js_listen(); }
void show_fatal_error(const std::string& message) { js_fatal(message.c_str()); }
void hide_loading() { js_hide_loading(); }
void page_size(int& width, int& height) {
  width = js_page_width();
  height = js_page_height();
}

}  // namespace hearth::platform
