// hearth-api-check KIND FILE.json: runs Hearth's production parser on a saved forum response
// and prints a short summary, or the precise error with its JSON path. It is how anyone checks
// that their forum's real responses work with Hearth.
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>

#include "model/notification.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/site.h"
#include "model/topic.h"
#include "model/user.h"

using namespace hearth::model;

namespace {

template <class T>
std::string plural(T n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

using Check = std::function<bool(const std::string& text, std::string& out)>;

template <class T, class Parse, class Describe>
Check check(Parse parse, Describe describe) {
  return [parse, describe](const std::string& text, std::string& out) {
    auto r = parse(text);
    if (!r.ok()) { out = r.error().to_string(); return false; }
    out = describe(r.value());
    return true;
  };
}

std::string describe_list(const TopicList& l) {
  std::string s = plural(l.topics.size(), "topic", "topics");
  if (!l.topics.empty()) s += ", first \"" + l.topics.front().title + "\"";
  s += l.more_topics_url ? "; more at " + *l.more_topics_url : "; last page";
  return s;
}

const std::map<std::string, std::pair<const char*, Check>>& kinds() {
  static const std::map<std::string, std::pair<const char*, Check>> k = {
      {"site", {"GET /site.json", check<Site>(parse_site, [](const Site& s) {
         return plural(s.categories.size(), "category", "categories") + ", " +
                plural(s.post_action_types.size(), "post action type", "post action types") + ", " +
                plural(s.groups.size(), "group", "groups");
       })}},
      {"basic-info", {"GET /site/basic-info.json", check<SiteBasicInfo>(parse_site_basic_info, [](const SiteBasicInfo& b) {
         return "\"" + b.title + "\"" + (b.login_required ? ", members only" : "");
       })}},
      {"categories", {"GET /categories.json", check<std::vector<Category>>(parse_category_list, [](const std::vector<Category>& c) {
         return plural(c.size(), "category", "categories");
       })}},
      {"latest", {"GET /latest.json, /new.json, /top.json, /c/{slug}/{id}.json, /topics/private-messages/{username}.json",
                  check<TopicList>(parse_topic_list, describe_list)}},
      {"topic", {"GET /t/{id}.json", check<Topic>(parse_topic, [](const Topic& t) {
         int hidden = 0;
         for (const auto& p : t.posts) hidden += p.hidden;
         return "topic " + std::to_string(t.id) + " \"" + t.title + "\": " + plural(t.posts.size(), "post", "posts") +
                " loaded of " + std::to_string(t.stream.size()) + " in the stream" +
                (hidden ? ", " + plural(hidden, "hidden post", "hidden posts") : "");
       })}},
      {"posts", {"GET /t/{id}/posts.json?post_ids[]=", check<std::vector<Post>>(parse_topic_posts, [](const std::vector<Post>& p) {
         return plural(p.size(), "post", "posts");
       })}},
      {"post", {"POST /posts.json, POST /post_actions.json", check<Post>(parse_post, [](const Post& p) {
         return "post " + std::to_string(p.id) + " (#" + std::to_string(p.post_number) + " by " + p.username + "), " +
                plural(p.like_count, "like", "likes");
       })}},
      {"post-update", {"PUT /posts/{id}.json", check<Post>(parse_post_update, [](const Post& p) {
         return "post " + std::to_string(p.id) + " version " + std::to_string(p.version);
       })}},
      {"user", {"GET /u/{username}.json", check<User>(parse_user, [](const User& u) {
         return "@" + u.username + (u.name.empty() ? "" : " (" + u.name + ")") + ", " +
                plural(u.groups.size(), "group", "groups") + (u.user_option ? ", with preferences" : "");
       })}},
      {"user_option", {"GET /u/{username}.json (the member's own preferences)", [](const std::string& text, std::string& out) {
         auto r = parse_user(text);
         if (!r.ok()) { out = r.error().to_string(); return false; }
         if (!r.value().user_option) { out = "user.user_option: missing (only sent for oneself)"; return false; }
         const UserOption& o = *r.value().user_option;
         out = "email_level " + std::to_string(o.email_level) + ", digest every " +
               std::to_string(o.digest_after_minutes) + " min, mailing list mode " + (o.mailing_list_mode ? "on" : "off");
         return true;
       }}},
      {"user-update", {"PUT /u/{username}.json", check<User>(parse_user_update, [](const User& u) { return "@" + u.username; })}},
      {"notifications", {"GET /notifications.json", check<NotificationList>(parse_notifications, [](const NotificationList& n) {
         int unread = 0;
         for (const auto& x : n.notifications) unread += !x.read;
         return plural(n.notifications.size(), "notification", "notifications") + ", " + std::to_string(unread) + " unread";
       })}},
      {"search", {"GET /search.json?q=", check<SearchResult>(parse_search, [](const SearchResult& s) {
         return plural(s.posts.size(), "post", "posts") + ", " + plural(s.topics.size(), "topic", "topics") + ", " +
                plural(s.users.size(), "member", "members") + (s.term.empty() ? "" : " for \"" + s.term + "\"");
       })}},
      {"review", {"GET /review.json", check<ReviewQueue>(parse_review_queue, [](const ReviewQueue& q) {
         std::size_t flags = 0;
         for (const auto& r : q.reviewables) flags += r.scores.size();
         return plural(q.reviewables.size(), "item", "items") + " to review, " + plural(flags, "flag", "flags");
       })}},
      {"session", {"GET /session/current.json", check<CurrentUser>(parse_current_user, [](const CurrentUser& u) {
         return "signed in as @" + u.username + (u.admin ? " (admin)" : u.moderator ? " (moderator)" : "");
       })}},
      {"csrf", {"GET /session/csrf.json", check<std::string>(parse_csrf, [](const std::string& t) {
         return "token of " + std::to_string(t.size()) + " characters";
       })}},
      {"bus", {"POST /message-bus/{client}/poll", check<std::vector<BusMessage>>(parse_bus_poll, [](const std::vector<BusMessage>& m) {
         int events = 0;
         for (const auto& x : m) events += x.event.has_value();
         return plural(m.size(), "message", "messages") + ", " + plural(events, "event", "events") + " Hearth uses";
       })}},
  };
  return k;
}

int usage() {
  std::fprintf(stderr, "usage: hearth-api-check KIND FILE.json\n\nKINDS\n");
  for (const auto& [name, kind] : kinds()) std::fprintf(stderr, "  %-14s %s\n", name.c_str(), kind.first);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return usage();
  auto it = kinds().find(argv[1]);
  if (it == kinds().end()) {
    std::fprintf(stderr, "hearth-api-check: unknown kind \"%s\"\n\n", argv[1]);
    return usage();
  }
  std::ifstream in(argv[2], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "hearth-api-check: cannot read %s\n", argv[2]);
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string out;
  if (!it->second.second(text.str(), out)) {
    std::printf("%s: error: %s\n", argv[2], out.c_str());
    return 1;
  }
  std::printf("%s: ok: %s\n", argv[2], out.c_str());
  return 0;
}
