// The embedded community's log of writes. Every change a member makes is one operation; the
// community is the seed with the log replayed over it. The log is what is saved (IndexedDB in
// the browser, a file natively) and what tabs send each other, so two tabs merge their writes
// instead of overwriting each other: the merged log is the union of both, in one order every
// tab agrees on (a Lamport clock, then the tab, then the tab's own sequence).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hearth::api {

struct Op {
  std::int64_t lamport = 0;  // one more than the highest the writing tab had seen
  std::int64_t tab = 0;      // the writing tab (0..999)
  std::int64_t seq = 0;      // the tab's own count
  std::string actor;         // the member who acted
  std::int64_t at = 0;       // Unix seconds
  std::string kind;          // "like", "reply", "flag", ...
  nlohmann::json args = nlohmann::json::object();

  std::string key() const { return std::to_string(tab) + ":" + std::to_string(seq) + ":" + std::to_string(lamport); }
  bool operator<(const Op& o) const {
    if (lamport != o.lamport) return lamport < o.lamport;
    if (tab != o.tab) return tab < o.tab;
    return seq < o.seq;
  }
  // Ids for what this operation creates: the same in every tab whatever order ops arrive in.
  std::int64_t id_base() const { return 1'000'000 + (lamport * 1000 + tab) * 64; }
};

nlohmann::json op_to_json(const Op& op);
// False (with a reason) for an entry that is not an operation.
bool op_from_json(const nlohmann::json& j, Op& out, std::string& why);

// The saved document: {"format": "hearth-demo-community", "version": 1, "epoch": "...",
// "seed": "...", "ops": [...], "set_aside_ops": [...]}.
inline constexpr const char* k_store_format = "hearth-demo-community";
inline constexpr int k_store_version = 1;

struct StoredLog {
  std::string epoch;  // changes when the demo is reset, so tabs drop what came before
  std::string seed;   // which seed the ops were written against
  std::vector<Op> ops;
  std::vector<nlohmann::json> set_aside;  // ops kept but not applied (a seed they no longer fit)
};

enum class StoreProblem { none, empty, unreadable, newer_version };
struct StoreRead {
  StoreProblem problem = StoreProblem::none;
  std::string message;  // for people, when there is a problem
  StoredLog log;
};

// Reads a saved document; older versions are migrated, newer or damaged ones are reported
// (and never overwritten until the member chooses to reset).
StoreRead read_store(std::string_view text);
std::string write_store(const StoredLog& log);
// Union of two logs by operation key, in the agreed order.
std::vector<Op> merge_ops(const std::vector<Op>& a, const std::vector<Op>& b);

}  // namespace hearth::api
