// localStorage glue for small settings.
#include "platform/web/web_local_store.h"

#include <emscripten.h>

#include <cstdlib>

namespace hearth::platform {

namespace {
// clang-format off
EM_JS(char*, js_store_get, (const char* key), {
  let v = null;
  try { v = localStorage.getItem('hearth.' + UTF8ToString(key)); } catch (e) {}
  if (v === null) return 0;
  const size = lengthBytesUTF8(v) + 1;
  const p = _malloc(size);
  stringToUTF8(v, p, size);
  return p;
});
EM_JS(int, js_store_set, (const char* key, const char* value), {
  try { localStorage.setItem('hearth.' + UTF8ToString(key), UTF8ToString(value)); return 1; }
  catch (e) { console.warn('Hearth: could not keep a setting (' + e.name + ')'); return 0; }
});
EM_JS(void, js_store_remove, (const char* key), {
  try { localStorage.removeItem('hearth.' + UTF8ToString(key)); } catch (e) {}
});
// clang-format on
}  // namespace

std::optional<std::string> WebLocalStore::get(const std::string& key) {
  char* raw = js_store_get(key.c_str());
  if (!raw) return std::nullopt;
  std::string out(raw);
  std::free(raw);
  return out;
}

bool WebLocalStore::set(const std::string& key, const std::string& value) {
  return js_store_set(key.c_str(), value.c_str()) != 0;
}

void WebLocalStore::remove(const std::string& key) { js_store_remove(key.c_str()); }

}  // namespace hearth::platform
