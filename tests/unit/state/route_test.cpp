// Hash routes parse and format both ways; unknown ones become not-found.
#include <gtest/gtest.h>

#include "state/route.h"

using namespace hearth::state;

TEST(Route, EmptyHashIsTheFrontPage) {
  EXPECT_EQ(parse_route(""), Route{LatestRoute{}});
  EXPECT_EQ(parse_route("#"), Route{LatestRoute{}});
  EXPECT_EQ(parse_route("#/"), Route{LatestRoute{}});
  EXPECT_EQ(parse_route("#/latest"), Route{LatestRoute{}});
}

TEST(Route, TopicWithAndWithoutPostNumber) {
  EXPECT_EQ(parse_route("#/t/working-with-silence/2"), Route{(TopicRoute{"working-with-silence", 2, 0})});
  EXPECT_EQ(parse_route("#/t/working-with-silence/2/3"), Route{(TopicRoute{"working-with-silence", 2, 3})});
}

TEST(Route, Category) {
  EXPECT_EQ(parse_route("#/c/ethics/3"), Route{(CategoryRoute{"ethics", 3})});
}

TEST(Route, FormatsBackToTheSameHash) {
  for (const char* h : {"#/latest", "#/c/ethics/3", "#/t/welcome/1", "#/t/welcome/1/3"})
    EXPECT_EQ(format_route(parse_route(h)), h);
}

TEST(Route, UnknownOrMalformedIsNotFound) {
  for (const char* h : {"#/nope", "#/t/welcome", "#/t/welcome/abc", "#/t/welcome/1/x", "#/t/welcome/0",
                        "#/c/ethics", "#/t/<script>/1", "#/t/a/99999999999999999999"}) {
    Route r = parse_route(h);
    ASSERT_TRUE(std::holds_alternative<NotFoundRoute>(r)) << h;
    EXPECT_EQ(std::get<NotFoundRoute>(r).hash, h);
  }
}

TEST(Route, QueryAfterTheRouteIsIgnored) {
  EXPECT_EQ(parse_route("#/t/welcome/1?u=maya"), Route{(TopicRoute{"welcome", 1, 0})});
}

TEST(Route, ListKinds) {
  EXPECT_EQ(parse_route("#/new"), Route{LatestRoute{ListKind::new_topics}});
  EXPECT_EQ(parse_route("#/unread"), Route{LatestRoute{ListKind::unread}});
  EXPECT_EQ(parse_route("#/top"), Route{LatestRoute{ListKind::top}});
  EXPECT_STREQ(screen_name(parse_route("#/top")), "top");
}

TEST(Route, EveryScreenHasARouteBothWays) {
  for (const char* h : {"#/latest", "#/new", "#/unread", "#/top", "#/c/ethics/3", "#/t/welcome/1/3",
                        "#/u/maya.okafor", "#/my/profile", "#/my/preferences", "#/notifications",
                        "#/messages", "#/my/blocked", "#/search?q=silence%20online", "#/search",
                        "#/review", "#/guidelines", "#/new-topic", "#/new-topic?category=4"}) {
    Route r = parse_route(h);
    EXPECT_FALSE(std::holds_alternative<NotFoundRoute>(r)) << h;
    EXPECT_EQ(format_route(r), h);
  }
}

TEST(Route, SearchQueryIsDecoded) {
  EXPECT_EQ(parse_route("#/search?q=working+with%20shame"), Route{SearchRoute{"working with shame"}});
  EXPECT_EQ(format_route(SearchRoute{"a&b=c"}), "#/search?q=a%26b%3Dc");
  EXPECT_EQ(parse_route(format_route(SearchRoute{"Inès & ψ"})), Route{SearchRoute{"Inès & ψ"}});
}

TEST(Route, UsernamesAreCheckedAndEncoded) {
  EXPECT_EQ(parse_route("#/u/in%C3%A8s"), Route{UserRoute{"inès"}});
  EXPECT_TRUE(std::holds_alternative<NotFoundRoute>(parse_route("#/u/%3Cscript%3E")));
  EXPECT_TRUE(std::holds_alternative<NotFoundRoute>(parse_route("#/u/a/b")));
  EXPECT_TRUE(std::holds_alternative<NotFoundRoute>(parse_route("#/new-topic?category=x")));
}

TEST(Route, ScreenNames) {
  EXPECT_STREQ(screen_name(LatestRoute{}), "latest");
  EXPECT_STREQ(screen_name(CategoryRoute{"a", 1}), "category");
  EXPECT_STREQ(screen_name(TopicRoute{"a", 1, 0}), "topic");
  EXPECT_STREQ(screen_name(NotFoundRoute{"#/x"}), "not_found");
  EXPECT_STREQ(screen_name(PageRoute{Page::preferences}), "preferences");
  EXPECT_STREQ(screen_name(UserRoute{"a"}), "user");
  EXPECT_STREQ(screen_name(NewTopicRoute{0}), "new_topic");
}
