// IndexedDB (IDBFS), Web Locks and BroadcastChannel glue for the embedded community's store.
#include "platform/web/web_community_store.h"

#include <emscripten.h>

namespace hearth::platform {

namespace {
WebCommunityStore* g_store = nullptr;

// clang-format off
EM_JS(void, js_cs_init, (), {
  const dir = '/hearth-demo';
  if (!Module.hearthStore) {
    try { FS.mkdir(dir); } catch (e) {}
    FS.mount(IDBFS, {}, dir);
    const sync = (populate) => new Promise((resolve, reject) =>
      FS.syncfs(populate, (err) => err ? reject(err) : resolve()));
    // One read-merge-write at a time across every tab of this site.
    const exclusive = (work) => (navigator.locks && navigator.locks.request)
      ? navigator.locks.request('hearth-demo-community', work) : work();
    const describe = (err) => {
      const name = err && err.name ? err.name : "";
      const text = String((err && err.message) || err || "unknown error");
      const quota = name === 'QuotaExceededError' || /quota/i.test(text);
      return { text: name ? name + ": " + text : text, quota: quota };
    };
    const str = (s) => {
      const size = lengthBytesUTF8(s) + 1;
      const p = _malloc(size);
      stringToUTF8(s, p, size);
      return p;
    };
    const call = (fn, ...args) => {
      const ptrs = args.map((a) => typeof a === 'string' ? str(a) : a);
      try { return fn(...ptrs); } finally { ptrs.forEach((p, i) => { if (typeof args[i] === 'string') _free(p); }); }
    };
    const path = dir + '/community.json';
    const read = () => { try { return FS.readFile(path, { encoding: 'utf8' }); } catch (e) { return ""; } };
    let channel = null;
    try { channel = new BroadcastChannel('hearth-demo'); } catch (e) {}
    if (channel) channel.onmessage = (e) => {
      if (typeof e.data === 'string') call(Module._hearth_cs_heard, e.data);
    };
    Module.hearthStore = {
      load: (id) => exclusive(async () => {
        try { await sync(true); call(Module._hearth_cs_loaded, id, 0, read()); }
        catch (err) { call(Module._hearth_cs_loaded, id, describe(err).text, ""); }
      }),
      update: (id) => exclusive(async () => {
        try {
          await sync(true);
          const saved = read();
          const next = UTF8ToString(call(Module._hearth_cs_merge, id, saved));
          if (next !== saved) {
            FS.writeFile(path + '.saving', next);
            FS.rename(path + '.saving', path);
            await sync(false);
          }
          call(Module._hearth_cs_done, id, 0, 0);
        } catch (err) {
          const d = describe(err);
          call(Module._hearth_cs_done, id, d.text, d.quota ? 1 : 0);
        }
      }),
      setAside: (id) => exclusive(async () => {
        try {
          await sync(true);
          try { FS.rename(path, dir + '/community.set-aside-' + Date.now() + '.json'); } catch (e) {}
          await sync(false);
          call(Module._hearth_cs_done, id, 0, 0);
        } catch (err) {
          const d = describe(err);
          call(Module._hearth_cs_done, id, d.text, d.quota ? 1 : 0);
        }
      }),
      broadcast: (text) => { if (channel) channel.postMessage(text); },
    };
  }
});
EM_JS(void, js_cs_load, (int id), { Module.hearthStore.load(id); });
EM_JS(void, js_cs_update, (int id), { Module.hearthStore.update(id); });
EM_JS(void, js_cs_set_aside, (int id), { Module.hearthStore.setAside(id); });
EM_JS(void, js_cs_broadcast, (const char* text), { Module.hearthStore.broadcast(UTF8ToString(text)); });
// clang-format on
}  // namespace

WebCommunityStore::WebCommunityStore() {
  g_store = this;
  js_cs_init();
}

WebCommunityStore::~WebCommunityStore() {
  if (g_store == this) g_store = nullptr;
}

void WebCommunityStore::load(Loaded done) {
  int id = next_id_++;
  loads_[id] = std::move(done);
  js_cs_load(id);
}

void WebCommunityStore::update(std::function<std::string(const std::string&)> merge, Finished done) {
  int id = next_id_++;
  merges_[id] = std::move(merge);
  finishes_[id] = std::move(done);
  js_cs_update(id);
}

void WebCommunityStore::set_aside(Finished done) {
  int id = next_id_++;
  finishes_[id] = std::move(done);
  js_cs_set_aside(id);
}

void WebCommunityStore::broadcast(const std::string& message) { js_cs_broadcast(message.c_str()); }

void WebCommunityStore::on_broadcast(std::function<void(const std::string&)> listener) { listener_ = std::move(listener); }

void WebCommunityStore::loaded(int id, const char* error, const char* text) {
  auto it = loads_.find(id);
  if (it == loads_.end()) return;
  Loaded done = std::move(it->second);
  loads_.erase(it);
  if (error) done(StoreFailure{error, false}, "");
  else done(std::nullopt, text ? text : "");
}

const char* WebCommunityStore::merge(int id, const char* saved) {
  auto it = merges_.find(id);
  if (it == merges_.end()) return saved;
  merged_ = it->second(saved ? saved : "");
  merges_.erase(it);
  return merged_.c_str();
}

void WebCommunityStore::finished(int id, const char* error, bool quota) {
  merges_.erase(id);
  auto it = finishes_.find(id);
  if (it == finishes_.end()) return;
  Finished done = std::move(it->second);
  finishes_.erase(it);
  if (error) done(StoreFailure{error, quota});
  else done(std::nullopt);
}

void WebCommunityStore::heard(const char* message) {
  if (listener_ && message) listener_(message);
}

}  // namespace hearth::platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void hearth_cs_loaded(int id, const char* error, const char* text) {
  if (hearth::platform::g_store) hearth::platform::g_store->loaded(id, error, text);
}
EMSCRIPTEN_KEEPALIVE const char* hearth_cs_merge(int id, const char* saved) {
  return hearth::platform::g_store ? hearth::platform::g_store->merge(id, saved) : saved;
}
EMSCRIPTEN_KEEPALIVE void hearth_cs_done(int id, const char* error, int quota) {
  if (hearth::platform::g_store) hearth::platform::g_store->finished(id, error, quota != 0);
}
EMSCRIPTEN_KEEPALIVE void hearth_cs_heard(const char* message) {
  if (hearth::platform::g_store) hearth::platform::g_store->heard(message);
}
}
