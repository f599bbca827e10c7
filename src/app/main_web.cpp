// The browser app: GLFW/WebGL2 window, Dear ImGui, the embedded community, the test hook.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "api/discourse_client.h"
#include "api/local_community.h"
#include "model/json_reader.h"
#include "model/topic.h"
#include "app/controller.h"
#include "app/demo.h"
#include "app/web_renderer.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_impl_glfw.h"
#include "platform/fetch.h"
#include "platform/web/web_browser.h"
#include "platform/web/web_community_store.h"
#include "platform/web/web_draft_store.h"
#include "platform/web/web_http.h"
#include "platform/web/web_local_store.h"
#include "platform/web/web_text_input.h"
#include "state/snapshot.h"
#include "ui/app_view.h"
#include "platform/worker.h"
#include "ui/a11y_mirror.h"
#include "ui/hook_items.h"
#include "ui/screens.h"
#include "ui/text_area.h"

namespace hearth::app {
namespace {

constexpr const char* k_font_regular = "assets/fonts/NotoSans-Regular.ttf";
constexpr const char* k_font_bold = "assets/fonts/NotoSans-Bold.ttf";
constexpr const char* k_font_italic = "assets/fonts/NotoSans-Italic.ttf";
constexpr const char* k_font_bold_italic = "assets/fonts/NotoSans-BoldItalic.ttf";
constexpr const char* k_font_mono = "assets/fonts/DejaVuSansMono.ttf";
constexpr const char* k_demo_seed = "assets/demo/community.json";
constexpr const char* k_config = "config.json";

struct WebApp {
  GLFWwindow* window = nullptr;
  // Parsing and cooking off the render thread: a pthread in the threaded build, work between
  // frames in the single-threaded one (platform/worker.h). Outlives the forum and controller.
  platform::Worker worker;
  api::DeliveryQueue delivery;
  std::unique_ptr<api::ForumApi> forum;  // LocalCommunity, or DiscourseClient with ?api=
  platform::WebBrowser browser;
  platform::WebTransport transport;
  platform::WebScheduler scheduler;
  platform::WebDraftStore drafts;
  platform::WebLocalStore settings;
  std::string api_base;  // empty: the embedded demo community
  api::LocalCommunity* community = nullptr;  // the embedded one, when it is the forum
  std::unique_ptr<platform::WebCommunityStore> community_store;  // where the demo is saved
  std::unique_ptr<Controller> controller;
  bool started = false;  // the first route is entered once the demo's saved data is read
  ui::Theme theme = ui::light_theme();
  ui::Dispatch dispatch;
  std::string font_regular, font_bold, font_italic, font_bold_italic, font_mono, seed_text, config_text;
  int files_pending = 6;  // five fonts and config.json; the demo adds its seed
  bool failed = false;
  int wake_frames = 0;        // frames still to draw; input and results top it up
  bool drawn_since_change = false;
  bool mirror_retry = false;  // a frame is due to build the screen-reader mirror's words
  WebRenderer renderer;       // draws ImGui's frames (app/web_renderer.h)
  std::uint64_t state_version = 0;  // counts the controller's state changes (the mirror follows it)
  double frames = 0;
  int width = 0, height = 0;
  float dpr = 0;              // devicePixelRatio the fonts and backing store were made for
  ImGuiPlatformImeData ime;   // where ImGui's active text field has its caret
  bool loading_hidden = false;
};

WebApp* g_app = nullptr;

void wake(int frames = 3) { g_app->wake_frames = std::max(g_app->wake_frames, frames); }

// The hidden textarea as the host of wrapped multi-line fields (ui/text_area.h). A field
// that is not drawn in a frame (its dialog closed) gives the textarea up.
class WebTextAreaHost final : public ui::TextAreaHost {
 public:
  const ui::AreaEdit& edit() const override { return edit_; }
  void take(std::uint32_t owner, const std::string& value, int sel_start, int sel_end, const char* label) override {
    bool moved = owner != edit_.owner;
    if (moved) edit_.value = value;
    edit_.owner = owner;
    edit_.sel_start = sel_start;
    edit_.sel_end = sel_end;
    edit_.move = ui::AreaEdit::Move::none;
    placed_ = true;
    platform::text_area_take(moved ? &value : nullptr, sel_start, sel_end, label);
    wake();
  }
  void replace(const std::string& value) override {
    edit_.value = value;
    edit_.sel_start = edit_.sel_end = static_cast<int>(value.size());
    platform::text_area_replace(value);
  }
  void place(float x, float y, float w, float h) override {
    placed_ = true;
    platform::text_area_place(x, y, w, h);
  }
  void release() override {
    if (!edit_.owner) return;
    edit_ = ui::AreaEdit{0, {}, 0, 0, false, edit_.revision};
    platform::text_area_release();
    wake();
  }
  // From the browser.
  void changed(const char* utf8, int sel_start, int sel_end, bool text_changed) {
    if (!edit_.owner) return;
    if (text_changed) {
      edit_.value = utf8;
      edit_.revision += 1;
    }
    edit_.sel_start = sel_start;
    edit_.sel_end = sel_end;
    wake();
  }
  void move(int key, bool extend) {
    using Move = ui::AreaEdit::Move;
    static constexpr Move moves[] = {Move::none, Move::line_up, Move::line_down, Move::line_start, Move::line_end, Move::page_up, Move::page_down};
    if (!edit_.owner || key < 1 || key > 6) return;
    edit_.move = moves[key];
    edit_.extend = extend;
    wake();
  }
  void focus(bool focused) {
    if (edit_.focused == focused) return;
    edit_.focused = focused;
    wake();
  }
  // After a frame: a field that was not drawn lets go.
  void end_frame() {
    if (edit_.owner && !placed_) release();
    placed_ = false;
  }
  bool owned() const { return edit_.owner != 0; }

 private:
  ui::AreaEdit edit_;
  bool placed_ = false;
};
WebTextAreaHost g_text_area;

void fail(const std::string& message) {
  g_app->failed = true;
  platform::show_fatal_error(message);
}

void load_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  // Glyphs are rasterised at device pixels and drawn at 1/dpr, so text is crisp at any
  // devicePixelRatio and browser zoom. The bytes live in WebApp for the app's lifetime.
  float scale = g_app->dpr > 0 ? g_app->dpr : 1.0f;
  io.Fonts->Clear();
  io.FontGlobalScale = 1.0f / scale;
  ui::Fonts& f = g_app->theme.fonts;
  ui::FontFiles files{&g_app->font_regular, &g_app->font_bold, &g_app->font_italic, &g_app->font_bold_italic,
                      &g_app->font_mono};
  if (!ui::add_app_fonts(io.Fonts, files, scale, f) || !io.Fonts->Build()) {
    fail("The fonts could not be read. Please reload the page.");
    return;
  }
  io.FontDefault = f.body;
  // Give the GPU the atlas just built (replacing the one for the previous scale).
  g_app->renderer.upload_fonts();
}

std::string random_client_id() {
  std::random_device rd;  // crypto.getRandomValues in the browser
  static const char* hex = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 32; ++i) id += hex[rd() & 15];
  return id;
}

// Names the demo data a saved log was written against (FNV-1a of the seed file).
std::string seed_fingerprint(const std::string& text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (int i = 60; i >= 0; i -= 4) out += hex[(h >> i) & 15];
  return out;
}

bool is_web_address(const std::string& s) {
  return (s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0) && s.size() > 8 &&
         s.find_first_of(" \"<>\\") == std::string::npos;
}

void on_all_files() {
  load_fonts();
  if (g_app->failed) return;
  WebApp& a = *g_app;
  if (a.api_base.empty()) {
    auto seed = api::parse_seed(a.seed_text);
    if (!seed.ok()) {
      fail("The demo community's data is damaged (" + seed.error().to_string() + ").");
      return;
    }
    // Each tab writes under its own number, so two tabs' writes merge (api/local_log.h).
    std::random_device rd;
    std::int64_t tab = static_cast<std::int64_t>(rd() % 1000);
    auto community = std::make_unique<api::LocalCommunity>(std::move(seed).value(), a.delivery, tab,
                                                           seed_fingerprint(a.seed_text));
    community->set_clock([] { return g_app->browser.now_unix(); });
    community->set_worker(&a.worker);  // its search index is built, and searched, off the render thread
    a.community = community.get();
    a.forum = std::move(community);
  } else {
    api::DiscourseConfig config;
    config.base_url = a.api_base;
    a.forum = std::make_unique<api::DiscourseClient>(config, a.transport, a.scheduler, random_client_id(), &a.worker);
  }
  platform::on_visibility_change([](bool hidden) {
    if (g_app->forum) g_app->forum->set_live_paused(hidden);
  });
  a.controller = std::make_unique<Controller>(*a.forum, a.delivery, a.browser, &a.drafts, &a.settings, &a.worker);
  if (a.community) {
    a.community_store = std::make_unique<platform::WebCommunityStore>();
    connect_demo(*a.controller, *a.community, *a.community_store);
  }
  wake();
}

void fetch_into(const char* url, std::string* into, bool missing_is_empty = false);

void file_arrived() {
  if (--g_app->files_pending == 0) on_all_files();
}

// The forum: ?api= on the page, else config.json's api_base, else the embedded community.
void choose_backend() {
  WebApp& a = *g_app;
  std::string from_page = platform::page_query_parameter("api");
  std::string chosen = from_page;
  if (chosen.empty() && !a.config_text.empty()) {
    auto config = model::parse_json_text(a.config_text);
    if (!config.ok() || !config.value().is_object()) {
      fail("The site's config.json is damaged (" +
           (config.ok() ? std::string("expected a JSON object") : config.error().to_string()) + ").");
      return;
    }
    auto it = config.value().find("api_base");
    if (it != config.value().end() && !it->is_null()) {
      if (!it->is_string()) { fail("The site's config.json is damaged (api_base: expected string)."); return; }
      chosen = it->get<std::string>();
    }
  }
  if (!chosen.empty() && !is_web_address(chosen)) {
    fail("The forum address \"" + chosen + "\" is not a web address (it should start with https://).");
    return;
  }
  a.api_base = chosen;
  if (a.api_base.empty()) {
    ++a.files_pending;  // the demo community's seed
    fetch_into(k_demo_seed, &a.seed_text);
  }
  file_arrived();
}

void fetch_into(const char* url, std::string* into, bool missing_is_empty) {
  platform::fetch_site_file(url, [url, into, missing_is_empty](platform::FetchedFile f) {
    if (g_app->failed) return;
    if (!f.ok && !(missing_is_empty && f.status == 404)) {
      fail("Hearth could not load a file it needs: " + f.error + ". Check your connection and reload.");
      return;
    }
    if (f.ok) *into = std::move(f.bytes);
    if (std::string(url) == k_config) choose_backend();
    else file_arrived();
  });
}

// ImGui 1.90's GLFW backend listens for wheel events on the document and asks for
// preventDefault(), which Chrome refuses there (document wheel listeners are passive) with a
// console error per turn of the wheel. The same conversion, without asking for it (the page
// itself never scrolls: its body is overflow: hidden).
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
  float multiplier = ev->deltaMode == DOM_DELTA_PIXEL  ? 1.0f / 100.0f
                     : ev->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f
                                                       : 80.0f;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(ev->deltaX) * -multiplier,
                                    static_cast<float>(ev->deltaY) * -multiplier);
  wake();
  return EM_FALSE;
}

// Images in posts: fetched, decoded by the browser (createImageBitmap, scaled down past 1600 px)
// and uploaded as WebGL textures registered with Emscripten's GL, so ImGui draws them by id.
// The forum's own paths ("/uploads/...") come from the forum; the demo's from the site itself.
std::map<std::string, ui::ImageState> g_images;
EM_JS(void, js_load_image, (const char* src, const char* base), {
  const s = UTF8ToString(src), b = UTF8ToString(base);
  const url = s.startsWith("/") ? (b ? (b.endsWith("/") ? b.slice(0, -1) : b) + s : new URL("." + s, document.baseURI).href) : s;
  const done = (id, w, h) => {
    const size = lengthBytesUTF8(s) + 1, p = _malloc(size);
    stringToUTF8(s, p, size);
    Module._hearth_image_loaded(p, id, w, h);
    _free(p);
  };
  fetch(url, { credentials: b ? "include" : "same-origin" })
    .then((r) => { if (!r.ok) throw new Error("HTTP " + r.status); return r.blob(); })
    .then((blob) => createImageBitmap(blob))
    .then((bmp) => {
      const scale = Math.min(1, 1600 / Math.max(bmp.width, bmp.height));
      return scale < 1 ? createImageBitmap(bmp, { resizeWidth: Math.round(bmp.width * scale),
                                                  resizeHeight: Math.round(bmp.height * scale), resizeQuality: "high" }) : bmp;
    })
    .then((bmp) => {
      const gl = GLctx;
      const tex = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, tex);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bmp);
      const id = GL.getNewId(GL.textures);
      tex.name = id;
      GL.textures[id] = tex;
      done(id, bmp.width, bmp.height);
    })
    .catch((e) => { console.warn("Hearth: an image could not be loaded (" + e.message + ")"); done(0, 0, 0); });
});

ui::ImageState image_source(const std::string& src) {
  auto it = g_images.find(src);
  if (it != g_images.end()) return it->second;
  g_images[src] = ui::ImageState{};
  js_load_image(src.c_str(), g_app->api_base.c_str());
  return g_images[src];
}

// The screen-reader mirror: a hidden copy of the screen's text and controls, built with
// textContent only (never HTML from a post). Pressing a control presses the same place on the
// canvas. It sits under the canvas, invisible, where find-in-page still finds its text.
EM_JS(void, js_mirror_root, (), {
  let root = document.getElementById("hearth-a11y");
  if (!root) {
    root = document.createElement("div");
    root.id = "hearth-a11y";
    root.setAttribute("role", "main");
    Object.assign(root.style, { position: "fixed", inset: "0", overflow: "hidden", opacity: "0",
      zIndex: "-1", pointerEvents: "none", fontSize: "16px" });
    const text = document.createElement("div");
    const nav = document.createElement("div");
    nav.setAttribute("aria-label", "Controls");
    root.append(text, nav);
    // A long topic's words are laid out only as far as the mirror's box shows; the rest stay
    // in the accessibility tree and find-in-page, without costing a frame a long layout.
    const style = document.createElement("style");
    style.textContent = "#hearth-a11y > div:first-child > * { content-visibility: auto; contain-intrinsic-size: auto 3em; }";
    document.head.appendChild(style);
    document.body.appendChild(root);
  }
});

// The screen's words: rebuilt only when they change (the state, the window of posts, a dialog).
// The page's elements change in a task of their own, with their style and layout worked out
// there and then, so that cost never lands in the same task as a frame's drawing.
EM_JS(void, js_mirror_text, (const char* json_text), {
  Module.hearthMirrorPending = UTF8ToString(json_text);
  if (Module.hearthMirrorScheduled) return;
  Module.hearthMirrorScheduled = true;
  setTimeout(() => {
    Module.hearthMirrorScheduled = false;
    js_mirror_root();
    const root = document.getElementById("hearth-a11y");
    const m = JSON.parse(Module.hearthMirrorPending);
    // Blocks that are as they were stay: only changed words cost the page style and layout.
    const box = root.firstChild;
    const els = box.children;
    m.blocks.forEach((b, i) => {
      const tag = (b.tag === "li" ? "p" : b.tag).toUpperCase();
      const el = els[i];
      if (el && el.tagName === tag) {
        if (el.textContent !== b.text) el.textContent = b.text;
        return;
      }
      const fresh = document.createElement(tag);
      fresh.textContent = b.text;
      if (el) box.replaceChild(fresh, el); else box.appendChild(fresh);
    });
    while (els.length > m.blocks.length) box.lastChild.remove();
    box.getBoundingClientRect();
  }, 0);
});

// The controls: their buttons are rebuilt only when labels, roles or states change; while the
// reader scrolls only their places move, and a press looks its place up then.
EM_JS(void, js_mirror_controls, (const char* json_text), {
  js_mirror_root();
  const root = document.getElementById("hearth-a11y");
  const m = JSON.parse(UTF8ToString(json_text));
  Module.hearthMirrorControls = m.controls;
  const shape = JSON.stringify(m.controls.map((c) => [c.role, c.enabled, c.label]));
  if (shape === Module.hearthMirrorShape) return;
  Module.hearthMirrorShape = shape;
  const roles = { button: "button", link: "link", menuitem: "menuitem", checkbox: "checkbox", radio: "radio",
                  combobox: "combobox", tab: "tab", slider: "slider", input: "textbox", textarea: "textbox" };
  const frag = document.createDocumentFragment();
  m.controls.forEach((c, i) => {
    const el = document.createElement("button");
    el.type = "button";
    el.tabIndex = -1;
    el.textContent = c.label;
    el.setAttribute("aria-label", c.label);
    if (roles[c.role] && roles[c.role] !== "button") el.setAttribute("role", roles[c.role]);
    if (!c.enabled) el.setAttribute("aria-disabled", "true");
    el.addEventListener("click", () => {
      const at = Module.hearthMirrorControls[i] || c;
      Module._hearth_touch_tap(at.x + at.w / 2, at.y + at.h / 2);
      for (let k = 0; k < 3; k++) Module._hearth_frame_now();
    });
    frag.appendChild(el);
  });
  root.lastChild.replaceChildren(frag);
});

void render() {
  WebApp& a = *g_app;
  ImGui_ImplGlfw_NewFrame();
  // CSS pixels for layout, device pixels for the framebuffer (the GLFW backend assumes 1:1).
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(a.width), static_cast<float>(a.height));
  io.DisplayFramebufferScale = ImVec2(a.dpr, a.dpr);
  ImGui::NewFrame();
  if (a.controller) ui::show_app(a.controller->state(), a.theme, a.dispatch);
  ImGui::Render();
  int fb_w = 0, fb_h = 0;
  emscripten_get_canvas_element_size("#canvas", &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  const ImVec4& bg = a.theme.background;
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  a.renderer.render(ImGui::GetDrawData());
  a.frames += 1;
  for (auto& action : a.dispatch.take()) {
    a.controller->dispatch(std::move(action));
    wake();
  }
  // The screen-reader mirror follows what was drawn. Its words are built again only when the
  // state, the window of posts it reads, or the drawn words changed; its controls only when
  // one of them changed or moved.
  static std::uint64_t mirrored_version = ~0ull;
  static std::pair<std::size_t, std::size_t> mirrored_window;
  static std::vector<std::string> mirrored_words;
  static std::string mirrored_text, mirrored_controls;
  static double mirrored_at = -1e9;
  const state::State& st = a.controller->state();
  auto window = ui::mirror_window(st);
  // While a topic's posts are cooking, every batch that comes back changes the state, mostly
  // in posts the mirror does not read: its words are built again at most every 250 ms then,
  // and once more when the cooking is over (that last batch's change brings a frame).
  const double now = emscripten_get_now();
  const bool settling = a.controller->cooking() && window == mirrored_window && now - mirrored_at < 250;
  const bool stale =
      a.state_version != mirrored_version || window != mirrored_window || ui::last_frame_texts() != mirrored_words;
  if (settling && stale && !a.mirror_retry) {
    // Built when the 250 ms are up, whether or not another change brings a frame by then.
    a.mirror_retry = true;
    emscripten_set_timeout([](void*) { g_app->mirror_retry = false; wake(1); }, 260, nullptr);
  }
  if (!settling && stale) {
    mirrored_at = now;
    mirrored_version = a.state_version;
    mirrored_window = window;
    mirrored_words = ui::last_frame_texts();
    std::string text = ui::mirror_text_json(st, !a.controller->cooking());
    if (text != mirrored_text) {
      mirrored_text = std::move(text);
      js_mirror_text(mirrored_text.c_str());
    }
  }
  std::string controls = ui::mirror_controls(ui::last_frame_items()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (controls != mirrored_controls) {
    mirrored_controls = std::move(controls);
    js_mirror_controls(mirrored_controls.c_str());
  }
  // The hidden text field follows ImGui's active text field (IME, phone keyboards, paste), or
  // belongs to the wrapped field that has it. Whether a one-line field is active is read as the
  // frame ends: io.WantTextInput still says what it was when the frame began, so a click from
  // a title to the post field would otherwise hand the post field's keyboard straight back.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  bool typing = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
  if (typing) g_text_area.release();
  g_text_area.end_frame();
  platform::focus_text_input(typing, a.ime.InputPos.x, a.ime.InputPos.y, a.ime.InputLineHeight);
}

// Light or dark: the member's choice, or the system's setting when they chose "system".
void follow_theme() {
  WebApp& a = *g_app;
  bool dark = platform::prefers_dark();
  if (a.controller) {
    state::Theme chosen = a.controller->state().theme;
    if (chosen != state::Theme::system) dark = chosen == state::Theme::dark;
  }
  if (dark == a.theme.dark) return;
  ui::Fonts fonts = a.theme.fonts;
  a.theme = dark ? ui::dark_theme() : ui::light_theme();
  a.theme.fonts = fonts;
  ui::apply_theme(a.theme);
  platform::set_page_colour(dark ? "#17191C" : "#F7F5F0");
  wake();
}

void frame();

// A click runs a frame at once, inside the browser's click handler, so what it opens (a link in
// a new tab) counts as the member's own gesture and is not blocked as a popup.
EM_JS(void, js_install_gesture_frames, (), {
  const canvas = document.getElementById("canvas");
  const run = () => {
    Module.hearthInGesture = true;
    try { Module._hearth_frame_now(); } finally { Module.hearthInGesture = false; }
    const url = Module.hearthPendingLink;
    Module.hearthPendingLink = null;
    if (url) { const w = window.open(url, "_blank", "noopener,noreferrer"); if (w) w.opener = null; }
  };
  canvas.addEventListener("click", run);
  canvas.addEventListener("keyup", (e) => { if (e.key === "Enter" || e.key === " ") run(); });
});
void install_gesture_frames() { js_install_gesture_frames(); }

// scripts/bench compares parsing a topic here with V8's JSON.parse of the same text.
EM_JS(void, js_install_bench_hook, (), {
  // The text goes into wasm memory first (a fetched body arrives there as bytes), then only
  // the parse is timed.
  Module.hearthBenchParse = (text) => {
    const size = lengthBytesUTF8(text) + 1;
    const p = _malloc(size);
    stringToUTF8(text, p, size);
    const start = performance.now();
    const posts = Module._hearth_bench_parse_topic(p, size - 1);
    const ms = performance.now() - start;
    _free(p);
    return { posts: posts, ms: ms };
  };
});

// Touch: a drag scrolls the page (with momentum after the finger lifts), a tap is a click.
// This GLFW turns touches into mouse presses, so a drag would press whatever is under the
// finger: the page's own listeners take touches first and pass on only taps.
EM_JS(void, js_install_touch, (), {
  const canvas = document.getElementById("canvas");
  const opts = { capture: true, passive: false };
  let start = null, last = null, dragging = false, samples = [], glide = 0;
  const stopGlide = () => { if (glide) cancelAnimationFrame(glide); glide = 0; };
  const point = (t) => { const r = canvas.getBoundingClientRect(); return { x: t.clientX - r.left, y: t.clientY - r.top, time: performance.now() }; };
  const ours = (e) => e.target === canvas;
  document.addEventListener("touchstart", (e) => {
    if (!ours(e)) return;
    e.stopPropagation(); e.preventDefault();
    stopGlide();
    start = last = point(e.touches[0]);
    dragging = false; samples = [];
  }, opts);
  document.addEventListener("touchmove", (e) => {
    if (!ours(e) || !start) return;
    e.stopPropagation(); e.preventDefault();
    const p = point(e.touches[0]);
    if (!dragging && Math.hypot(p.x - start.x, p.y - start.y) > 8) dragging = true;
    if (dragging) {
      const dy = last.y - p.y;
      Module._hearth_touch_scroll(dy);
      samples.push({ dy: dy, dt: Math.max(1, p.time - last.time), time: p.time });
    }
    last = p;
  }, opts);
  const end = (e, cancelled) => {
    if (!ours(e) || !start) return;
    e.stopPropagation(); e.preventDefault();
    if (!dragging && !cancelled) {
      Module._hearth_touch_tap(start.x, start.y);
      Module.hearthInGesture = true;
      try { for (let i = 0; i < 3; i++) Module._hearth_frame_now(); } finally { Module.hearthInGesture = false; }
      const url = Module.hearthPendingLink;
      Module.hearthPendingLink = null;
      if (url) { const w = window.open(url, "_blank", "noopener,noreferrer"); if (w) w.opener = null; }
    } else if (dragging) {
      // Momentum: the speed of the last 100 ms, slowing by 5% a frame.
      const recent = samples.filter((s) => last.time - s.time < 100);
      let v = recent.length ? recent.reduce((a, s) => a + s.dy, 0) / Math.max(16, recent.reduce((a, s) => a + s.dt, 0)) : 0;
      let before = performance.now();
      const step = (now) => {
        const dt = Math.min(50, now - before); before = now;
        v *= Math.pow(0.95, dt / 16);
        if (Math.abs(v) < 0.02) { glide = 0; return; }
        Module._hearth_touch_scroll(v * dt);
        glide = requestAnimationFrame(step);
      };
      if (Math.abs(v) > 0.05) glide = requestAnimationFrame(step);
    }
    start = null;
  };
  document.addEventListener("touchend", (e) => end(e, false), opts);
  document.addEventListener("touchcancel", (e) => end(e, true), opts);
});
void install_touch() { js_install_touch(); }

// Posts cooked away from the screen and from the screen-reader mirror's window change nothing
// the page shows: a 10,000-post topic cooks in 79 batches, and drawing (three frames) for each
// would take the CPU the worker and the browser's drawing need. Until the first ready frame
// has hidden the page's loading notice, every change is drawn.
bool cooked_out_of_sight(const WebApp& a) {
  const std::vector<std::int64_t>* ids = a.controller->only_cooked();
  if (!ids || !a.loading_hidden) return false;
  const state::State& s = a.controller->state();
  if (!s.topic.topic) return true;
  const auto& posts = s.topic.topic->posts;
  std::unordered_set<std::int64_t> cooked(ids->begin(), ids->end());
  auto touches = [&](std::size_t from, std::size_t to) {  // [from, to)
    for (std::size_t i = from; i < std::min(to, posts.size()); ++i)
      if (cooked.count(posts[i].id)) return true;
    return false;
  };
  auto [from, to] = ui::mirror_window(s);
  ui::PostsOnScreen on = ui::posts_on_screen();
  bool on_this_topic = on.topic_id == s.topic.topic_id;
  return !touches(from, to) && !(on_this_topic ? touches(on.first, on.last + 1) : touches(0, 50));
}

void frame() {
  WebApp& a = *g_app;
  follow_theme();
  int w = 0, h = 0;
  platform::page_size(w, h);
  // devicePixelRatio changes with zoom and when the window moves to another screen, with no
  // resize event: check every frame.
  float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (w != a.width || h != a.height || dpr != a.dpr) {
    bool rescale = dpr != a.dpr;
    a.width = w;
    a.height = h;
    a.dpr = dpr;
    // Not glfwSetWindowSize: this GLFW asks for fullscreen when the size equals the screen's.
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(w * dpr + 0.5f), static_cast<int>(h * dpr + 0.5f));
    emscripten_set_element_css_size("#canvas", w, h);
    if (rescale && !a.font_regular.empty() && a.controller) load_fonts();
    wake();
  }
  if (a.controller && !a.started &&
      (!a.community || a.community->storage().state != api::DemoStorage::State::loading)) {
    a.started = true;
    a.controller->start();
  }
  if (a.controller && a.controller->pump() && !cooked_out_of_sight(a)) {
    a.drawn_since_change = false;
    ++a.state_version;
    wake();
  }
  // Nothing changed (or the fonts are not here yet): an idle tab draws nothing.
  if (a.wake_frames <= 0 || a.failed || !a.controller) return;
  --a.wake_frames;
  render();
  a.drawn_since_change = true;
  if (!a.loading_hidden && a.controller && a.controller->ready()) {
    a.loading_hidden = true;
    platform::hide_loading();
  }
}

}  // namespace
}  // namespace hearth::app

using hearth::app::g_app;

// The test hook's C side (shared/DESIGN.md, "The test hook"); shell/index.html wraps it as
// window.hearth. Strings are returned in a buffer that lives until the next call.
extern "C" {
EMSCRIPTEN_KEEPALIVE int hearth_ready() {
  return g_app && g_app->controller && !g_app->failed && g_app->drawn_since_change && !g_app->mirror_retry &&
         g_app->controller->ready();
}
EMSCRIPTEN_KEEPALIVE const char* hearth_snapshot() {
  static std::string out;
  nlohmann::json snap = g_app && g_app->controller ? hearth::state::snapshot(g_app->controller->state())
                                                   : nlohmann::json(nullptr);
  // How the page is drawn: the ratio the fonts were rasterised for, and their atlas.
  if (g_app && snap.is_object() && ImGui::GetCurrentContext()) {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const ImFont* body = g_app->theme.fonts.body;
    snap["render"] = {{"dpr", g_app->dpr},
                      {"body_font_px", body ? body->FontSize : 0.0f},
                      {"font_global_scale", ImGui::GetIO().FontGlobalScale},
                      {"atlas_width", atlas->TexWidth},
                      {"atlas_height", atlas->TexHeight}};
  }
  // Where parsing and cooking run (a thread in the threaded build), and what the worker did.
  if (g_app && snap.is_object()) {
    auto c = g_app->worker.counts();
    snap["worker"] = {{"mode", g_app->worker.threaded() ? "thread" : "inline"}, {"busy", g_app->worker.busy()},
                      {"jobs_run", c.run}, {"jobs_skipped", c.skipped}, {"results_dropped", c.dropped},
                      {"results_applied", c.applied}};
  }
  out = snap.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return out.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* hearth_route() {
  static std::string out;
  out = g_app && g_app->controller ? hearth::state::format_route(g_app->controller->state().route)
                                   : std::string("#/latest");
  return out.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* hearth_items() {
  static std::string out;
  out = hearth::ui::items_json(hearth::ui::last_frame_items())
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return out.c_str();
}
EMSCRIPTEN_KEEPALIVE double hearth_frames() { return g_app ? g_app->frames : 0; }
// For scripts/bench: parses a topic response already in wasm memory, as the client parses a
// fetched body; the number of posts, or -1 when refused. Module.hearthBenchParse(text) copies
// a string in and times the call (see js_install_bench_hook).
EMSCRIPTEN_KEEPALIVE int hearth_bench_parse_topic(const char* json, int length) {
  auto t = hearth::model::parse_topic(std::string_view(json, static_cast<std::size_t>(length)));
  return t.ok() ? static_cast<int>(t.value().posts.size()) : -1;
}
EMSCRIPTEN_KEEPALIVE void hearth_frame_now() {
  if (!g_app || !g_app->controller) return;
  hearth::app::wake();
  hearth::app::frame();
  g_app->controller->pump();
}
EMSCRIPTEN_KEEPALIVE void hearth_touch_scroll(float dy) {
  hearth::ui::add_touch_scroll(dy);
  if (g_app) hearth::app::wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_touch_tap(float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(x, y);
  io.AddMouseButtonEvent(0, true);
  io.AddMouseButtonEvent(0, false);
  if (g_app) hearth::app::wake(6);
}
EMSCRIPTEN_KEEPALIVE void hearth_image_loaded(const char* src, int texture, int width, int height) {
  auto& img = hearth::app::g_images[src];
  img.phase = texture ? hearth::ui::ImageState::Phase::ready : hearth::ui::ImageState::Phase::failed;
  img.texture = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
  img.width = width;
  img.height = height;
  if (g_app) hearth::app::wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_wake() {
  if (g_app) hearth::app::wake();
}
EMSCRIPTEN_KEEPALIVE void hearth_hash_changed() {
  if (g_app && g_app->controller) g_app->controller->hash_changed();
  if (g_app) hearth::app::wake();
}
}

int main() {
  using namespace hearth;
  g_app = new app::WebApp();
  // Before GLFW, so that the text field's key listener runs ahead of GLFW's (web_text_input.h).
  platform::install_text_input(
      [](const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        app::wake();
      },
      platform::TextAreaEvents{[](const char* text, int s, int e, bool changed) { app::g_text_area.changed(text, s, e, changed); },
                               [](bool focused) { app::g_text_area.focus(focused); },
                               [](int key, bool extend) { app::g_text_area.move(key, extend); }});
  ui::set_text_area_host(&app::g_text_area);
  if (!glfwInit()) {
    platform::show_fatal_error("This browser could not start Hearth's drawing surface (GLFW).");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  platform::page_size(g_app->width, g_app->height);
  g_app->window = glfwCreateWindow(g_app->width, g_app->height, "Hearth", nullptr, nullptr);
  if (!g_app->window) {
    platform::show_fatal_error("This browser could not create a WebGL2 drawing surface.");
    return 1;
  }
  glfwMakeContextCurrent(g_app->window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is stored without consent; layout needs no memory anyway
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_theme(g_app->theme);
  ImGui_ImplGlfw_InitForOpenGL(g_app->window, true);
  if (!g_app->renderer.init()) {
    platform::show_fatal_error("This browser could not set up drawing on its WebGL2 surface.");
    return 1;
  }
  // Mouse and touch positions arrive in backing-store pixels: ImGui lays out in CSS pixels.
  glfwSetCursorPosCallback(g_app->window, [](GLFWwindow* w, double x, double y) {
    double s = g_app->dpr > 0 ? g_app->dpr : 1.0;
    ImGui_ImplGlfw_CursorPosCallback(w, x / s, y / s);
  });
  // Characters come from the hidden text field, not GLFW's keypress (see web_text_input.h).
  glfwSetCharCallback(g_app->window, nullptr);
  io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) { g_app->ime = *data; };
  io.SetClipboardTextFn = [](void*, const char* text) { platform::clipboard_write(text); };
  // Paste arrives through the hidden text field's paste event, as text input.
  io.GetClipboardTextFn = [](void*) -> const char* { return ""; };
  app::install_gesture_frames();
  app::js_install_bench_hook();
  app::install_touch();
  ui::set_image_source(app::image_source);
  // Registering adds a listener: remove the backend's first (see on_wheel).
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, app::on_wheel);
  platform::listen_for_page_events();
  app::fetch_into(app::k_font_regular, &g_app->font_regular);
  app::fetch_into(app::k_font_bold, &g_app->font_bold);
  app::fetch_into(app::k_font_italic, &g_app->font_italic);
  app::fetch_into(app::k_font_bold_italic, &g_app->font_bold_italic);
  app::fetch_into(app::k_font_mono, &g_app->font_mono);
  app::fetch_into(app::k_config, &g_app->config_text, /*missing_is_empty=*/true);
  emscripten_set_main_loop(app::frame, 0, false);
  return 0;
}
