// localStorage glue for drafts. A full or unavailable storage (private mode, quota) loses no
// text on screen: the draft simply is not kept, and the page says so in the console.
#include "platform/web/web_draft_store.h"

#include <emscripten.h>

#include <cstdlib>

#include "model/json_reader.h"

namespace hearth::platform {

namespace {
// clang-format off
EM_JS(char*, js_drafts_all, (), {
  const out = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith('hearth.draft.')) out[k.substring(13)] = localStorage.getItem(k);
    }
  } catch (e) { console.warn('Hearth: drafts could not be read: ' + e.message); }
  const s = JSON.stringify(out);
  const size = lengthBytesUTF8(s) + 1;
  const p = _malloc(size);
  stringToUTF8(s, p, size);
  return p;
});
EM_JS(int, js_draft_save, (const char* key, const char* json), {
  try { localStorage.setItem('hearth.draft.' + UTF8ToString(key), UTF8ToString(json)); return 1; }
  catch (e) { console.warn('Hearth: the draft could not be kept (' + e.name + ')'); return 0; }
});
EM_JS(void, js_draft_remove, (const char* key), {
  try { localStorage.removeItem('hearth.draft.' + UTF8ToString(key)); } catch (e) {}
});
// clang-format on
}  // namespace

std::map<std::string, std::string> WebDraftStore::load_all() {
  char* raw = js_drafts_all();
  std::string text(raw);
  std::free(raw);
  std::map<std::string, std::string> out;
  auto doc = model::parse_json_text(text);
  if (!doc.ok() || !doc.value().is_object()) return out;
  for (auto it = doc.value().begin(); it != doc.value().end(); ++it)
    if (it.value().is_string()) out[it.key()] = it.value().get<std::string>();
  return out;
}

void WebDraftStore::save(const std::string& key, const std::string& json) { js_draft_save(key.c_str(), json.c_str()); }

void WebDraftStore::remove(const std::string& key) { js_draft_remove(key.c_str()); }

}  // namespace hearth::platform
