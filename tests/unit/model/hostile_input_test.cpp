// Every response parser answers truncated, wrongly typed, deeply nested and huge input with a
// value or an error naming the problem: never a crash, never a hang (the fuzz target in
// tests/fuzz explores the same parsers at random).
#include <gtest/gtest.h>

#include <chrono>
#include <functional>

#include "model/notification.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/site.h"
#include "model/topic.h"
#include "model/user.h"
#include "test_support.h"

using namespace hearth::model;

namespace {
struct Parser {
  const char* name;
  const char* fixture;
  std::function<std::string(std::string_view)> run;  // "" when it parsed
};

template <class F>
std::function<std::string(std::string_view)> wrap(F f) {
  return [f](std::string_view t) {
    auto r = f(t);
    return r.ok() ? std::string() : r.error().to_string();
  };
}

std::vector<Parser> parsers() {
  return {
      {"site", "site.json", wrap(parse_site)},
      {"topic list", "latest.json", wrap(parse_topic_list)},
      {"topic", "topic_full.json", wrap(parse_topic)},
      {"posts", "topic_posts.json", wrap(parse_topic_posts)},
      {"post", "post_create.json", wrap(parse_post)},
      {"post update", "post_update.json", wrap(parse_post_update)},
      {"user", "user_full.json", wrap(parse_user)},
      {"notifications", "notifications.json", wrap(parse_notifications)},
      {"search", "search_full.json", wrap(parse_search)},
      {"review", "review_sideloaded.json", wrap(parse_review_queue)},
      {"session", "session_current.json", wrap(parse_current_user)},
      {"bus", "message_bus_poll.json", wrap(parse_bus_poll)},
  };
}

std::string fixture(const char* f) { return hearth::test::read_project_file(std::string("tests/fixtures/discourse/") + f); }
}  // namespace

TEST(HostileInput, EveryParserRefusesEveryTruncationOfItsFixture) {
  for (const auto& p : parsers()) {
    std::string full = fixture(p.fixture);
    ASSERT_EQ(p.run(full), "") << p.name;
    std::size_t step = std::max<std::size_t>(1, full.size() / 97);
    for (std::size_t cut = 0; cut < full.size() - 1; cut += step)
      EXPECT_NE(p.run(std::string_view(full).substr(0, cut)), "") << p.name << " cut at " << cut;
  }
}

TEST(HostileInput, EveryParserRefusesDeepNestingWithoutRecursing) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string deep_object;
  for (int i = 0; i < 100000; ++i) deep_object += "{\"a\":";
  deep_object += "1" + std::string(100000, '}');
  for (const auto& p : parsers()) {
    // The streaming topic parser refuses a root array at its first byte, before any depth.
    std::string refused = p.run(deep);
    EXPECT_TRUE(refused.find("nested more than") != std::string::npos ||
                refused.find("expected a JSON object, got array") != std::string::npos)
        << p.name << ": " << refused;
    EXPECT_NE(p.run(deep_object).find("nested more than"), std::string::npos) << p.name;
  }
}

TEST(HostileInput, WrongTypesAtTheRootOrInsideNameThePath) {
  for (const auto& p : parsers()) {
    EXPECT_NE(p.run("42"), "") << p.name;
    EXPECT_NE(p.run("\"text\""), "") << p.name;
    EXPECT_NE(p.run("null"), "") << p.name;
  }
  EXPECT_EQ(parse_topic(R"({"id": 2, "title": "t", "post_stream": {"posts": [], "stream": [1, null]}})").error().to_string(),
            "post_stream.stream[1]: expected integer, got null");
  EXPECT_EQ(parse_user(R"({"user": {"id": 5, "username": "m", "groups": [{"id": "x", "name": "g"}]}})").error().to_string(),
            "user.groups[0].id: expected integer, got string");
  EXPECT_EQ(parse_notifications(R"({"notifications": [{"id": 1, "notification_type": 2, "data": []}]})").error().to_string(),
            "notifications[0].data: expected object, got array");
}

TEST(HostileInput, HugeTopicIsReadPromptly) {
  // 20,000 posts, about 9 MB: read in full, and quickly (a hang would fail the time bound).
  std::string big = R"({"id": 9, "title": "Huge", "post_stream": {"posts": [)";
  for (int i = 1; i <= 20000; ++i) {
    if (i > 1) big += ',';
    big += R"({"id": )" + std::to_string(i) + R"(, "post_number": )" + std::to_string(i) +
           R"(, "username": "member", "cooked": "<p>)" + std::string(300, 'x') + R"(</p>", "actions_summary": [{"id": 2, "count": 1}]})";
  }
  big += R"(], "stream": []}})";
  auto start = std::chrono::steady_clock::now();
  auto r = parse_topic(big);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r.value().posts.size(), 20000u);
  EXPECT_LT(seconds, 10.0) << big.size() << " bytes took " << seconds << " s";
}

TEST(HostileInput, HugeStringAndControlCharactersSurvive) {
  std::string body(4 << 20, 'a');
  auto r = parse_csrf(R"({"csrf": ")" + body + R"("})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().size(), body.size());
  EXPECT_FALSE(parse_csrf(std::string("{\"csrf\": \"a\x01b\"}")).ok()) << "raw control characters are not JSON";
  EXPECT_FALSE(parse_csrf(std::string("{\"csrf\": \"\xff\xfe\"}")).ok()) << "invalid UTF-8 is refused";
}
