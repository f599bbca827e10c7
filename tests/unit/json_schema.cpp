// JSON Schema subset validation and access to Discourse's reference data.
#include "json_schema.h"

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace hearth::test {

using nlohmann::json;

namespace {

bool has_type(const json& v, const std::string& t) {
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  if (t == "string") return v.is_string();
  if (t == "integer") return v.is_number_integer() || (v.is_number_float() && v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())));
  if (t == "number") return v.is_number();
  if (t == "boolean") return v.is_boolean();
  if (t == "null") return v.is_null();
  return false;
}

const json* read_file_json(const std::string& path, std::map<std::string, json>& cache) {
  auto it = cache.find(path);
  if (it != cache.end()) return &it->second;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream s;
  s << in.rdbuf();
  json j = json::parse(s.str(), nullptr, false);
  if (j.is_discarded()) return nullptr;
  return &(cache[path] = std::move(j));
}

std::map<std::string, json>& cache() {
  static std::map<std::string, json> c;
  return c;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

}  // namespace

std::vector<std::string> schema_problems(const json& value, const json& schema, const std::string& path) {
  std::vector<std::string> out;
  if (!schema.is_object()) return out;
  if (auto t = schema.find("type"); t != schema.end()) {
    bool ok = false;
    std::string names;
    if (t->is_string()) { ok = has_type(value, t->get<std::string>()); names = t->get<std::string>(); }
    if (t->is_array())
      for (const auto& x : *t)
        if (x.is_string()) { ok |= has_type(value, x.get<std::string>()); names += (names.empty() ? "" : "|") + x.get<std::string>(); }
    if (!ok) {
      out.push_back(path + ": expected " + names + ", got " + value.type_name());
      return out;
    }
  }
  if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
    bool found = false;
    for (const auto& x : *e) found |= x == value;
    if (!found) out.push_back(path + ": not one of the allowed values");
  }
  if (value.is_object()) {
    const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
    if (auto req = schema.find("required"); req != schema.end() && req->is_array())
      for (const auto& k : *req)
        if (k.is_string() && !value.contains(k.get<std::string>()))
          out.push_back(path + "." + k.get<std::string>() + ": required but missing");
    bool closed = schema.contains("additionalProperties") && schema["additionalProperties"] == false;
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (props && props->contains(it.key())) {
        auto sub = schema_problems(it.value(), (*props)[it.key()], path + "." + it.key());
        out.insert(out.end(), sub.begin(), sub.end());
      } else if (closed) {
        out.push_back(path + "." + it.key() + ": not allowed by the schema");
      }
    }
  }
  if (value.is_array()) {
    if (auto items = schema.find("items"); items != schema.end()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        const json* item_schema = nullptr;
        if (items->is_object()) item_schema = &*items;
        else if (items->is_array() && i < items->size()) item_schema = &(*items)[i];  // positional form
        if (!item_schema) continue;
        auto sub = schema_problems(value[i], *item_schema, path + "[" + std::to_string(i) + "]");
        out.insert(out.end(), sub.begin(), sub.end());
      }
    }
  }
  return out;
}

std::string discourse_reference_dir() {
  std::string dir = std::string(HEARTH_SOURCE_DIR) + "/../shared/reference/discourse-api";
  std::ifstream probe(dir + "/openapi.json");
  return probe.good() ? dir : std::string();
}

json load_reference_schema(const std::string& name, std::string& error) {
  std::string dir = discourse_reference_dir();
  if (dir.empty()) { error = "reference data absent"; return nullptr; }
  if (name.rfind("schemas/", 0) == 0) {
    const json* j = read_file_json(dir + "/" + name, cache());
    if (!j) { error = "cannot read " + name; return nullptr; }
    return *j;
  }
  bool request = name.rfind("openapi-request:", 0) == 0;
  bool response = name.rfind("openapi:", 0) == 0;
  if (!request && !response) { error = "unknown schema reference " + name; return nullptr; }
  std::string rest = name.substr(name.find(':') + 1);
  std::string method = lower(rest.substr(0, rest.find(' ')));
  std::string path = rest.substr(rest.find(' ') + 1);
  const json* api = read_file_json(dir + "/openapi.json", cache());
  if (!api) { error = "cannot read openapi.json"; return nullptr; }
  // Walks keys without exceptions (the wasm build has none).
  const json* node = api;
  std::vector<std::string> keys = {"paths", path, method};
  if (request) keys.insert(keys.end(), {"requestBody", "content", "application/json", "schema"});
  else keys.insert(keys.end(), {"responses", "200", "content", "application/json", "schema"});
  for (const auto& k : keys) {
    if (!node->is_object() || !node->contains(k)) {
      error = "openapi.json has no schema for " + name + " (no \"" + k + "\")";
      return nullptr;
    }
    node = &(*node)[k];
  }
  return *node;
}

std::string openapi_path_for(const std::string& concrete, const std::string& method) {
  std::string dir = discourse_reference_dir();
  if (dir.empty()) return {};
  const json* api = read_file_json(dir + "/openapi.json", cache());
  if (!api || !api->contains("paths")) return {};
  std::string path = concrete.substr(0, concrete.find('?'));
  for (auto it = (*api)["paths"].begin(); it != (*api)["paths"].end(); ++it) {
    if (!it.value().contains(lower(method))) continue;
    // "/t/{id}.json" -> "^/t/[^/]+\.json$"
    std::string re = "^";
    for (std::size_t i = 0; i < it.key().size(); ++i) {
      char c = it.key()[i];
      if (c == '{') { re += "[^/]+"; i = it.key().find('}', i); continue; }
      if (std::string(".+*?^$()[]|\\").find(c) != std::string::npos) re += '\\';
      re += c;
    }
    re += "$";
    if (std::regex_match(path, std::regex(re))) return it.key();
  }
  return {};
}

}  // namespace hearth::test
