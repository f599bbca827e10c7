// Hash routes (#/latest, #/c/slug/7, #/t/slug/42/3): parsed into values and formatted back, so
// every screen has a shareable URL and the browser's back and forward buttons work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace hearth::state {

struct LatestRoute {
  bool operator==(const LatestRoute&) const { return true; }
};
struct CategoryRoute {
  std::string slug;
  std::int64_t id = 0;
  bool operator==(const CategoryRoute& o) const { return slug == o.slug && id == o.id; }
};
struct TopicRoute {
  std::string slug;
  std::int64_t id = 0;
  std::int64_t post_number = 0;  // 0: from the top
  bool operator==(const TopicRoute& o) const {
    return slug == o.slug && id == o.id && post_number == o.post_number;
  }
};
struct NotFoundRoute {
  std::string hash;  // what was asked for, to show it back
  bool operator==(const NotFoundRoute& o) const { return hash == o.hash; }
};

using Route = std::variant<LatestRoute, CategoryRoute, TopicRoute, NotFoundRoute>;

// "", "#" and "#/" are the front page (latest). Anything unknown is a NotFoundRoute.
Route parse_route(std::string_view hash);
std::string format_route(const Route& route);
// The screen a route shows, as the test hook names it: "latest", "category", "topic", "not_found".
const char* screen_name(const Route& route);

}  // namespace hearth::state
