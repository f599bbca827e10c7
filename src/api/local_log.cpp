// Reading, writing and merging the embedded community's saved log.
#include "api/local_log.h"

#include <algorithm>
#include <map>

namespace hearth::api {

using nlohmann::json;

json op_to_json(const Op& op) {
  return json{{"lamport", op.lamport}, {"tab", op.tab}, {"seq", op.seq}, {"actor", op.actor},
              {"at", op.at}, {"kind", op.kind}, {"args", op.args}};
}

bool op_from_json(const json& j, Op& out, std::string& why) {
  if (!j.is_object()) {
    why = "an operation is not an object";
    return false;
  }
  auto integer = [&](const char* key, std::int64_t& v) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer()) {
      why = std::string("an operation's \"") + key + "\" is not a whole number";
      return false;
    }
    v = it->get<std::int64_t>();
    return true;
  };
  auto text = [&](const char* key, std::string& v) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) {
      why = std::string("an operation's \"") + key + "\" is not text";
      return false;
    }
    v = it->get<std::string>();
    return true;
  };
  Op op;
  if (!integer("lamport", op.lamport) || !integer("tab", op.tab) || !integer("seq", op.seq) ||
      !integer("at", op.at) || !text("actor", op.actor) || !text("kind", op.kind))
    return false;
  auto args = j.find("args");
  if (args == j.end() || !args->is_object()) {
    why = "an operation's \"args\" is not an object";
    return false;
  }
  if (op.lamport < 1 || op.tab < 0 || op.tab > 999 || op.seq < 0) {
    why = "an operation's clock is out of range";
    return false;
  }
  op.args = *args;
  out = std::move(op);
  return true;
}

namespace {
// Each step turns a document of one version into the next. Version 1 is the first format, so
// there are no steps yet; a future format adds {1, fn} here and bumps k_store_version.
struct Migration {
  int from;
  void (*apply)(json& doc);
};
constexpr Migration k_migrations[] = {{0, nullptr}};

StoreRead unreadable(std::string why) {
  StoreRead r;
  r.problem = StoreProblem::unreadable;
  r.message = "The demo community saved in this browser could not be read (" + why +
              "). It has not been changed. Reset the demo to start again from the original "
              "community; the damaged copy is kept aside.";
  return r;
}
}  // namespace

StoreRead read_store(std::string_view text) {
  StoreRead r;
  if (text.empty()) {
    r.problem = StoreProblem::empty;
    return r;
  }
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return unreadable("it is not valid JSON");
  if (!doc.is_object() || doc.value("format", std::string()) != k_store_format)
    return unreadable("it is not a Hearth demo community");
  auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) return unreadable("it has no version");
  int v = version->get<int>();
  if (v > k_store_version) {
    r.problem = StoreProblem::newer_version;
    r.message = "The demo community in this browser was saved by a newer version of Hearth (format " +
                std::to_string(v) + "; this version reads up to " + std::to_string(k_store_version) +
                "). Open the newer version, or reset the demo here; the saved copy is kept aside.";
    return r;
  }
  if (v < 1) return unreadable("its version is not valid");
  for (const auto& m : k_migrations)
    if (m.apply && m.from >= v && m.from < k_store_version) m.apply(doc);
  if (!doc.contains("ops") || !doc["ops"].is_array()) return unreadable("it has no list of changes");
  r.log.epoch = doc.value("epoch", std::string());
  r.log.seed = doc.value("seed", std::string());
  std::string why;
  for (const auto& j : doc["ops"]) {
    Op op;
    if (!op_from_json(j, op, why)) return unreadable(why);
    r.log.ops.push_back(std::move(op));
  }
  if (doc.contains("set_aside_ops") && doc["set_aside_ops"].is_array())
    for (const auto& j : doc["set_aside_ops"]) r.log.set_aside.push_back(j);
  std::sort(r.log.ops.begin(), r.log.ops.end());
  return r;
}

std::string write_store(const StoredLog& log) {
  json ops = json::array();
  for (const auto& op : log.ops) ops.push_back(op_to_json(op));
  json doc{{"format", k_store_format}, {"version", k_store_version}, {"epoch", log.epoch},
           {"seed", log.seed}, {"ops", std::move(ops)}};
  if (!log.set_aside.empty()) doc["set_aside_ops"] = log.set_aside;
  return doc.dump();
}

std::vector<Op> merge_ops(const std::vector<Op>& a, const std::vector<Op>& b) {
  std::map<std::string, const Op*> seen;
  std::vector<Op> out;
  for (const auto* list : {&a, &b})
    for (const auto& op : *list)
      if (seen.emplace(op.key(), &op).second) out.push_back(op);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace hearth::api
