// Hash route parsing and formatting.
#include "state/route.h"

#include <vector>

namespace hearth::state {

namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// A positive decimal id that fits comfortably in 53 bits (JavaScript's safe integers).
bool parse_id(std::string_view s, std::int64_t& out) {
  if (s.empty() || s.size() > 15) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return out > 0;
}

bool valid_slug(std::string_view s) {
  if (s.empty() || s.size() > 200) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '%' || c == '.'))
      return false;
  return true;
}

}  // namespace

Route parse_route(std::string_view hash) {
  std::string_view path = hash;
  if (!path.empty() && path.front() == '#') path.remove_prefix(1);
  // A query (?x=y) after the route belongs to the screen, not to the route's identity.
  if (auto q = path.find('?'); q != std::string_view::npos) path = path.substr(0, q);
  auto parts = split_path(path);
  if (parts.empty()) return LatestRoute{};
  if (parts.size() == 1 && parts[0] == "latest") return LatestRoute{};
  std::int64_t id = 0;
  if (parts[0] == "c" && parts.size() == 3 && valid_slug(parts[1]) && parse_id(parts[2], id))
    return CategoryRoute{std::string(parts[1]), id};
  if (parts[0] == "t" && (parts.size() == 3 || parts.size() == 4) && valid_slug(parts[1]) &&
      parse_id(parts[2], id)) {
    std::int64_t post_number = 0;
    if (parts.size() == 4 && !parse_id(parts[3], post_number)) return NotFoundRoute{std::string(hash)};
    return TopicRoute{std::string(parts[1]), id, post_number};
  }
  return NotFoundRoute{std::string(hash)};
}

std::string format_route(const Route& route) {
  struct Format {
    std::string operator()(const LatestRoute&) const { return "#/latest"; }
    std::string operator()(const CategoryRoute& r) const {
      return "#/c/" + r.slug + "/" + std::to_string(r.id);
    }
    std::string operator()(const TopicRoute& r) const {
      std::string s = "#/t/" + r.slug + "/" + std::to_string(r.id);
      if (r.post_number > 0) s += "/" + std::to_string(r.post_number);
      return s;
    }
    std::string operator()(const NotFoundRoute& r) const {
      if (!r.hash.empty() && r.hash.rfind("#/", 0) == 0) return r.hash;
      std::string_view h = r.hash;
      if (!h.empty() && h.front() == '#') h.remove_prefix(1);
      return "#/" + std::string(h);
    }
  };
  return std::visit(Format{}, route);
}

const char* screen_name(const Route& route) {
  struct Name {
    const char* operator()(const LatestRoute&) const { return "latest"; }
    const char* operator()(const CategoryRoute&) const { return "category"; }
    const char* operator()(const TopicRoute&) const { return "topic"; }
    const char* operator()(const NotFoundRoute&) const { return "not_found"; }
  };
  return std::visit(Name{}, route);
}

}  // namespace hearth::state
