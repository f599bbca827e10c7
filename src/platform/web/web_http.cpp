// emscripten_fetch-backed HTTP: headers, bodies, timeouts, abort, CORS credentials.
#include "platform/web/web_http.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/fetch.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace hearth::platform {

namespace {

struct InFlight {
  RequestId id = 0;
  HttpRequest request;
  std::vector<const char*> header_ptrs;  // nullptr-terminated name/value pairs for fetch
  std::function<void(HttpResponse)> done;
  emscripten_fetch_t* fetch = nullptr;
  double started_ms = 0;
};

std::map<RequestId, std::unique_ptr<InFlight>>& in_flight() {
  static std::map<RequestId, std::unique_ptr<InFlight>> map;
  return map;
}
RequestId g_next_id = 1;

// Requests aborted while their XHR could not be stopped: closed when it finishes.
std::map<RequestId, emscripten_fetch_t*>& zombies() {
  static std::map<RequestId, emscripten_fetch_t*> map;
  return map;
}

// This Emscripten's emscripten_fetch_close() frees a running fetch without stopping its XHR, whose
// callbacks would then write into freed memory: stop the XHR first (Fetch.xhrs is indexed by id-1).
// clang-format off
EM_JS(int, js_abort_xhr, (int fetch_id), {
  try {
    if (typeof Fetch !== 'undefined' && Fetch.xhrs && Fetch.xhrs[fetch_id - 1]) {
      Fetch.xhrs[fetch_id - 1].abort();
      return 1;
    }
  } catch (e) {}
  return 0;
});
// clang-format on

Headers response_headers(emscripten_fetch_t* fetch) {
  Headers out;
  std::size_t len = emscripten_fetch_get_response_headers_length(fetch);
  if (len == 0) return out;
  std::string raw(len + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  char** pairs = emscripten_fetch_unpack_response_headers(raw.c_str());
  for (char** p = pairs; p && p[0] && p[1]; p += 2) {
    std::string name(p[0]);
    for (auto& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    std::string value(p[1]);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.pop_back();
    out.emplace_back(std::move(name), std::move(value));
  }
  emscripten_fetch_free_unpacked_response_headers(pairs);
  return out;
}

void finish(emscripten_fetch_t* fetch) {
  RequestId id = static_cast<RequestId>(reinterpret_cast<std::uintptr_t>(fetch->userData));
  if (auto z = zombies().find(id); z != zombies().end()) {  // aborted earlier, finished now
    zombies().erase(z);
    emscripten_fetch_close(fetch);
    return;
  }
  auto it = in_flight().find(id);
  if (it == in_flight().end()) return;  // being aborted: abort() closes the fetch
  std::unique_ptr<InFlight> f = std::move(it->second);
  in_flight().erase(it);
  HttpResponse r;
  r.status = fetch->status;
  if (fetch->status == 0) {
    // No HTTP answer: a timeout if the time ran out, otherwise the network (offline, DNS, CORS).
    bool timed_out = f->request.timeout_ms > 0 &&
                     emscripten_get_now() - f->started_ms >= f->request.timeout_ms - 50;
    r.failure = timed_out ? HttpResponse::Failure::timeout : HttpResponse::Failure::network;
    r.error = timed_out ? "timed out" : "no connection (offline, or the forum refused this origin)";
  } else {
    r.headers = response_headers(fetch);
    if (fetch->data && fetch->numBytes > 0) r.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  }
  emscripten_fetch_close(fetch);
  f->done(std::move(r));
}

}  // namespace

RequestId WebTransport::send(HttpRequest request, std::function<void(HttpResponse)> done) {
  auto f = std::make_unique<InFlight>();
  f->id = g_next_id++;
  f->request = std::move(request);
  f->done = std::move(done);
  for (const auto& [k, v] : f->request.headers) {
    f->header_ptrs.push_back(k.c_str());
    f->header_ptrs.push_back(v.c_str());
  }
  f->header_ptrs.push_back(nullptr);

  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, f->request.method.c_str(), sizeof attr.requestMethod - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.requestHeaders = f->header_ptrs.data();
  attr.timeoutMSecs = static_cast<unsigned long>(f->request.timeout_ms > 0 ? f->request.timeout_ms : 0);
  attr.withCredentials = f->request.with_credentials;
  if (!f->request.body.empty()) {
    attr.requestData = f->request.body.data();
    attr.requestDataSize = f->request.body.size();
  }
  attr.userData = reinterpret_cast<void*>(static_cast<std::uintptr_t>(f->id));
  attr.onsuccess = finish;
  attr.onerror = finish;
  f->started_ms = emscripten_get_now();
  RequestId id = f->id;
  InFlight* raw = f.get();
  in_flight()[id] = std::move(f);
  raw->fetch = emscripten_fetch(&attr, raw->request.url.c_str());
  return id;
}

void WebTransport::abort(RequestId id) {
  auto it = in_flight().find(id);
  if (it == in_flight().end()) return;
  std::unique_ptr<InFlight> f = std::move(it->second);
  in_flight().erase(it);
  if (f->fetch) {
    if (js_abort_xhr(static_cast<int>(f->fetch->id)))
      emscripten_fetch_close(f->fetch);  // its onerror reaches finish(), which ignores it
    else
      zombies()[id] = f->fetch;  // let it finish, then close it
  }
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
