// HTTP through the browser's fetch(): headers, bodies, timeouts, abort, CORS credentials.
// The body is streamed: each chunk is copied into the response's string as it arrives, so a
// large answer (a 16 MB topic) never costs the render thread one long copy when it completes.
#include "platform/web/web_http.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

namespace hearth::platform {

namespace {

struct InFlight {
  std::function<void(HttpResponse)> done;
  HttpResponse response;
};

std::map<RequestId, std::unique_ptr<InFlight>>& in_flight() {
  static std::map<RequestId, std::unique_ptr<InFlight>> map;
  return map;
}
RequestId g_next_id = 1;

// clang-format off
// Starts a fetch. Headers arrive as name, newline, value, newline... The page answers through
// hearth_http_head (status and headers), hearth_http_reserve (room for each chunk of the body,
// written in place) and hearth_http_end (done, or failed: 1 network, 2 timeout). Aborted
// requests (js_http_abort) call nothing back.
EM_JS(void, js_http_send, (double id, const char* method, const char* url, const char* headers,
                           const char* body, int body_size, int timeout_ms, int with_credentials), {
  const calls = Module.hearthHttp || (Module.hearthHttp = new Map());
  const controller = new AbortController();
  const req = { controller: controller, timedOut: false, aborted: false, timer: 0 };
  calls.set(id, req);
  const end = (failure) => {
    clearTimeout(req.timer);
    calls.delete(id);
    if (!req.aborted) Module["_hearth_http_end"](id, failure);
  };
  let started;
  try {
    const lines = UTF8ToString(headers).split(String.fromCharCode(10));
    const hs = new Headers();
    for (let i = 0; i + 1 < lines.length; i += 2) hs.append(lines[i], lines[i + 1]);
    const init = { method: UTF8ToString(method), headers: hs, signal: controller.signal,
                   credentials: with_credentials ? "include" : "same-origin" };
    if (body_size > 0) init.body = new Uint8Array(wasmMemory.buffer, body, body_size).slice();
    started = fetch(UTF8ToString(url), init);
  } catch (e) {
    started = Promise.reject(e);  // a header fetch() refuses: answered like a network failure
  }
  if (timeout_ms > 0) req.timer = setTimeout(() => { req.timedOut = true; controller.abort(); }, timeout_ms);
  started.then((response) => {
    if (req.aborted) return;
    const parts = [];
    response.headers.forEach((value, name) => { parts.push(name + ":" + value); });
    const text = parts.join(String.fromCharCode(10));
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    Module["_hearth_http_head"](id, response.status, ptr);
    _free(ptr);
    if (!response.body) { end(0); return; }
    const reader = response.body.getReader();
    const pump = () => reader.read().then((chunk) => {
      if (req.aborted) { reader.cancel(); return; }
      if (chunk.done) { end(0); return; }
      const bytes = chunk.value;
      const at = Module["_hearth_http_reserve"](id, bytes.length);
      if (!at) { reader.cancel(); return; }
      new Uint8Array(wasmMemory.buffer, at, bytes.length).set(bytes);
      return pump();
    });
    return pump();
  }).catch(() => end(req.timedOut ? 2 : 1));
});

EM_JS(void, js_http_abort, (double id), {
  const calls = Module.hearthHttp;
  const req = calls && calls.get(id);
  if (!req) return;
  req.aborted = true;
  clearTimeout(req.timer);
  calls.delete(id);
  req.controller.abort();
});
// clang-format on

InFlight* find(double id) {
  auto it = in_flight().find(static_cast<RequestId>(id));
  return it == in_flight().end() ? nullptr : it->second.get();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void hearth_http_head(double id, int status, const char* headers) {
  InFlight* f = find(id);
  if (!f) return;
  f->response.status = status;
  std::string_view rest(headers);
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    // Names come lower-cased: fetch()'s Headers iterate them so (the Fetch standard).
    f->response.headers.emplace_back(std::string(line.substr(0, colon)), std::string(line.substr(colon + 1)));
  }
  // Room for the whole body at once when its size is known and it is not re-encoded on the way.
  const std::string length = f->response.header("content-length");
  if (!length.empty() && f->response.header("content-encoding").empty()) {
    unsigned long long n = std::strtoull(length.c_str(), nullptr, 10);
    if (n > 0 && n < (1ull << 31)) f->response.body.reserve(static_cast<std::size_t>(n));
  }
}

// Where the next `size` bytes of the body go (written by the page), or 0 when the request is gone.
EMSCRIPTEN_KEEPALIVE char* hearth_http_reserve(double id, int size) {
  InFlight* f = find(id);
  if (!f || size < 0) return nullptr;
  std::string& body = f->response.body;
  std::size_t at = body.size();
  if (body.capacity() < at + static_cast<std::size_t>(size)) body.reserve(std::max(body.capacity() * 2, at + static_cast<std::size_t>(size)));
  body.resize(at + static_cast<std::size_t>(size));
  return body.data() + at;
}

EMSCRIPTEN_KEEPALIVE void hearth_http_end(double id, int failure) {
  auto it = in_flight().find(static_cast<RequestId>(id));
  if (it == in_flight().end()) return;
  std::unique_ptr<InFlight> f = std::move(it->second);
  in_flight().erase(it);
  HttpResponse r = std::move(f->response);
  if (failure != 0) {
    // No HTTP answer (or it broke off): a timeout if the time ran out, otherwise the network
    // (offline, DNS, CORS, a dropped connection).
    r = HttpResponse{};
    r.failure = failure == 2 ? HttpResponse::Failure::timeout : HttpResponse::Failure::network;
    r.error = failure == 2 ? "timed out" : "no connection (offline, or the forum refused this origin)";
  }
  f->done(std::move(r));
}

}  // extern "C"

RequestId WebTransport::send(HttpRequest request, std::function<void(HttpResponse)> done) {
  auto f = std::make_unique<InFlight>();
  RequestId id = g_next_id++;
  f->done = std::move(done);
  in_flight()[id] = std::move(f);
  // The page copies what it needs (text and body) before js_http_send returns.
  std::string headers;
  for (const auto& [k, v] : request.headers) headers += k + "\n" + v + "\n";
  js_http_send(static_cast<double>(id), request.method.c_str(), request.url.c_str(), headers.c_str(),
               request.body.data(), static_cast<int>(request.body.size()),
               request.timeout_ms > 0 ? request.timeout_ms : 0, request.with_credentials ? 1 : 0);
  return id;
}

void WebTransport::abort(RequestId id) {
  auto it = in_flight().find(id);
  if (it == in_flight().end()) return;
  std::unique_ptr<InFlight> f = std::move(it->second);
  in_flight().erase(it);
  js_http_abort(static_cast<double>(id));
  HttpResponse r;
  r.failure = HttpResponse::Failure::aborted;
  r.error = "cancelled";
  f->done(std::move(r));
}

void WebScheduler::after(int milliseconds, std::function<void()> task) {
  auto* heap = new std::function<void()>(std::move(task));
  emscripten_set_timeout([](void* p) {
    std::unique_ptr<std::function<void()>> t(static_cast<std::function<void()>*>(p));
    (*t)();
  }, milliseconds < 0 ? 0 : milliseconds, heap);
}

namespace {
std::function<void(bool)>& visibility_callback() {
  static std::function<void(bool)> cb;
  return cb;
}
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void hearth_visibility_changed(int hidden) {
  if (visibility_callback()) visibility_callback()(hidden != 0);
}

// clang-format off
EM_JS(void, js_listen_visibility, (), {
  document.addEventListener('visibilitychange', () => Module['_hearth_visibility_changed'](document.hidden ? 1 : 0));
});
EM_JS(char*, js_query_parameter, (const char* name), {
  const v = new URLSearchParams(location.search).get(UTF8ToString(name)) || "";
  const size = lengthBytesUTF8(v) + 1;
  const out = _malloc(size);
  stringToUTF8(v, out, size);
  return out;
});
EM_JS(char*, js_origin, (), {
  const v = location.origin;
  const size = lengthBytesUTF8(v) + 1;
  const out = _malloc(size);
  stringToUTF8(v, out, size);
  return out;
});
// clang-format on

void on_visibility_change(std::function<void(bool hidden)> callback) {
  bool first = !visibility_callback();
  visibility_callback() = std::move(callback);
  if (first) js_listen_visibility();
}

std::string page_query_parameter(const std::string& name) {
  char* s = js_query_parameter(name.c_str());
  std::string out(s);
  std::free(s);
  return out;
}

std::string page_origin() {
  char* s = js_origin();
  std::string out(s);
  std::free(s);
  return out;
}

}  // namespace hearth::platform
