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

// Discourse usernames: letters, digits, '_', '-', '.'; up to 60 characters.
bool valid_username(std::string_view s) {
  if (s.empty() || s.size() > 60) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.' || static_cast<unsigned char>(c) >= 0x80))
      return false;
  return true;
}

std::string query_value(std::string_view query, std::string_view key) {
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    std::string_view pair = query.substr(start, end - start);
    std::size_t eq = pair.find('=');
    if (pair.substr(0, eq) == key) return decode_component(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    start = end + 1;
  }
  return {};
}

struct PageName {
  Page page;
  const char* path;   // after "#/"
  const char* screen;
};
constexpr PageName k_pages[] = {
    {Page::profile_editor, "my/profile", "profile_editor"},
    {Page::preferences, "my/preferences", "preferences"},
    {Page::notifications, "notifications", "notifications"},
    {Page::messages, "messages", "messages"},
    {Page::blocked, "my/blocked", "blocked"},
    {Page::review, "review", "review"},
    {Page::guidelines, "guidelines", "guidelines"},
    {Page::evidence, "my/evidence", "evidence"},
};

}  // namespace

std::string decode_component(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      auto hex = [](char h) {
        if (h >= '0' && h <= '9') return h - '0';
        if (h >= 'a' && h <= 'f') return h - 'a' + 10;
        if (h >= 'A' && h <= 'F') return h - 'A' + 10;
        return -1;
      };
      int hi = i + 1 < s.size() ? hex(s[i + 1]) : -1, lo = i + 2 < s.size() ? hex(s[i + 2]) : -1;
      if (hi < 0 || lo < 0) { out += c; continue; }
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string encode_component(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) out += static_cast<char>(c);
    else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
  }
  return out;
}

Route parse_route(std::string_view hash) {
  std::string_view path = hash;
  if (!path.empty() && path.front() == '#') path.remove_prefix(1);
  std::string_view query;
  if (auto q = path.find('?'); q != std::string_view::npos) {
    query = path.substr(q + 1);
    path = path.substr(0, q);
  }
  auto parts = split_path(path);
  if (parts.empty()) return LatestRoute{};
  std::int64_t id = 0;
  if (parts.size() == 1) {
    if (parts[0] == "latest") return LatestRoute{ListKind::latest};
    if (parts[0] == "new") return LatestRoute{ListKind::new_topics};
    if (parts[0] == "unread") return LatestRoute{ListKind::unread};
    if (parts[0] == "top") return LatestRoute{ListKind::top};
    if (parts[0] == "search") return SearchRoute{query_value(query, "q")};
    if (parts[0] == "new-topic") {
      std::int64_t category = 0;
      std::string c = query_value(query, "category");
      if (!c.empty() && !parse_id(c, category)) return NotFoundRoute{std::string(hash)};
      return NewTopicRoute{category};
    }
  }
  std::string joined;
  for (auto p : parts) joined += (joined.empty() ? "" : "/") + std::string(p);
  for (const auto& page : k_pages)
    if (joined == page.path) return PageRoute{page.page};
  if (parts[0] == "u" && parts.size() == 2) {
    std::string name = decode_component(parts[1]);
    if (valid_username(name)) return UserRoute{name};
  }
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
    std::string operator()(const LatestRoute& r) const {
      switch (r.kind) {
        case ListKind::latest: return "#/latest";
        case ListKind::new_topics: return "#/new";
        case ListKind::unread: return "#/unread";
        case ListKind::top: return "#/top";
      }
      return "#/latest";
    }
    std::string operator()(const CategoryRoute& r) const {
      return "#/c/" + r.slug + "/" + std::to_string(r.id);
    }
    std::string operator()(const TopicRoute& r) const {
      std::string s = "#/t/" + r.slug + "/" + std::to_string(r.id);
      if (r.post_number > 0) s += "/" + std::to_string(r.post_number);
      return s;
    }
    std::string operator()(const UserRoute& r) const { return "#/u/" + encode_component(r.username); }
    std::string operator()(const SearchRoute& r) const {
      return r.query.empty() ? "#/search" : "#/search?q=" + encode_component(r.query);
    }
    std::string operator()(const NewTopicRoute& r) const {
      return r.category_id ? "#/new-topic?category=" + std::to_string(r.category_id) : "#/new-topic";
    }
    std::string operator()(const PageRoute& r) const {
      for (const auto& page : k_pages)
        if (page.page == r.page) return std::string("#/") + page.path;
      return "#/guidelines";
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
    const char* operator()(const LatestRoute& r) const {
      switch (r.kind) {
        case ListKind::latest: return "latest";
        case ListKind::new_topics: return "new";
        case ListKind::unread: return "unread";
        case ListKind::top: return "top";
      }
      return "latest";
    }
    const char* operator()(const CategoryRoute&) const { return "category"; }
    const char* operator()(const TopicRoute&) const { return "topic"; }
    const char* operator()(const UserRoute&) const { return "user"; }
    const char* operator()(const SearchRoute&) const { return "search"; }
    const char* operator()(const NewTopicRoute&) const { return "new_topic"; }
    const char* operator()(const PageRoute& r) const {
      for (const auto& page : k_pages)
        if (page.page == r.page) return page.screen;
      return "guidelines";
    }
    const char* operator()(const NotFoundRoute&) const { return "not_found"; }
  };
  return std::visit(Name{}, route);
}

bool is_topic_list(const Route& route) {
  return std::holds_alternative<LatestRoute>(route) || std::holds_alternative<CategoryRoute>(route);
}

}  // namespace hearth::state
