// Site files through emscripten_fetch (same origin, into memory).
#include <emscripten/fetch.h>

#include <cstring>
#include <memory>

#include "platform/fetch.h"

namespace hearth::platform {

namespace {
struct Pending {
  std::function<void(FetchedFile)> done;
};

void finish(emscripten_fetch_t* fetch, bool transport_ok) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
  FetchedFile f;
  f.status = fetch->status;
  if (transport_ok && fetch->status >= 200 && fetch->status < 300) {
    f.ok = true;
    f.bytes.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  } else if (fetch->status == 0) {
    f.error = std::string("could not download ") + fetch->url + " (offline or blocked)";
  } else {
    f.error = std::string("could not download ") + fetch->url + " (HTTP " +
              std::to_string(fetch->status) + ")";
  }
  emscripten_fetch_close(fetch);
  pending->done(std::move(f));
}
}  // namespace

void fetch_site_file(const std::string& url, std::function<void(FetchedFile)> done) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strcpy(attr.requestMethod, "GET");
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.userData = new Pending{std::move(done)};
  attr.onsuccess = [](emscripten_fetch_t* f) { finish(f, true); };
  attr.onerror = [](emscripten_fetch_t* f) { finish(f, false); };
  emscripten_fetch(&attr, url.c_str());
}

}  // namespace hearth::platform
