// Hash routes for every screen (#/latest, #/c/slug/7, #/t/slug/42/3, #/u/maya, #/search?q=...):
// parsed into values and formatted back, so every screen has a shareable URL and the
// browser's back and forward buttons work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace hearth::state {

enum class ListKind { latest, new_topics, unread, top };

struct LatestRoute {  // the front page and its siblings: #/latest, #/new, #/unread, #/top
  ListKind kind = ListKind::latest;
  bool operator==(const LatestRoute& o) const { return kind == o.kind; }
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
struct UserRoute {  // a member's profile page
  std::string username;
  bool operator==(const UserRoute& o) const { return username == o.username; }
};
struct SearchRoute {
  std::string query;
  bool operator==(const SearchRoute& o) const { return query == o.query; }
};
struct NewTopicRoute {
  std::int64_t category_id = 0;  // 0: the member chooses
  bool operator==(const NewTopicRoute& o) const { return category_id == o.category_id; }
};
// Screens with no parameters.
enum class Page { profile_editor, preferences, notifications, messages, blocked, review, guidelines, evidence };
struct PageRoute {
  Page page = Page::guidelines;
  bool operator==(const PageRoute& o) const { return page == o.page; }
};
struct NotFoundRoute {
  std::string hash;  // what was asked for, to show it back
  bool operator==(const NotFoundRoute& o) const { return hash == o.hash; }
};

using Route = std::variant<LatestRoute, CategoryRoute, TopicRoute, UserRoute, SearchRoute,
                           NewTopicRoute, PageRoute, NotFoundRoute>;

// "", "#" and "#/" are the front page (latest). Anything unknown is a NotFoundRoute.
Route parse_route(std::string_view hash);
std::string format_route(const Route& route);
// The screen a route shows, as the test hook names it: "latest", "new", "unread", "top",
// "category", "topic", "user", "search", "new_topic", "profile_editor", "preferences",
// "notifications", "messages", "blocked", "review", "guidelines", "not_found".
const char* screen_name(const Route& route);
// Whether the route shows a list of topics (latest and siblings, or a category).
bool is_topic_list(const Route& route);

// Percent-decoding and encoding of one route component (a username, a search query).
std::string decode_component(std::string_view s);
std::string encode_component(std::string_view s);

}  // namespace hearth::state
