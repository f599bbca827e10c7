// Topic lists and topics from Discourse-shaped fixtures, and the errors for bad responses.
#include <gtest/gtest.h>

#include "model/topic.h"
#include "test_support.h"

using namespace hearth::model;

TEST(TopicListJson, ReadsLatestFixtureFieldByField) {
  auto r = parse_topic_list(hearth::test::read_project_file("tests/fixtures/latest.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const TopicList& list = r.value();
  ASSERT_EQ(list.topics.size(), 2u);
  EXPECT_EQ(list.more_topics_url, "/latest?no_definitions=true&page=1");
  const auto& t = list.topics[0];
  EXPECT_EQ(t.id, 1);
  EXPECT_EQ(t.title, "Welcome to the Counselling Practice Community");
  EXPECT_EQ(t.slug, "welcome-to-the-counselling-practice-community");
  EXPECT_EQ(t.posts_count, 3);
  EXPECT_EQ(t.reply_count, 2);
  EXPECT_EQ(t.like_count, 6);
  EXPECT_EQ(t.views, 212);
  EXPECT_EQ(t.category_id, 1);
  EXPECT_TRUE(t.pinned);
  EXPECT_FALSE(t.closed);
  EXPECT_EQ(t.last_posted_at, "2026-09-03T08:05:00.000Z");
  EXPECT_EQ(t.last_poster_username, "priya.nair");
  EXPECT_TRUE(list.topics[1].unseen);
  EXPECT_EQ(list.topics[1].unread_posts, 2);
}

TEST(TopicListJson, LastPageHasNoMoreTopicsUrl) {
  auto r = parse_topic_list(R"({"topic_list": {"topics": []}})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().more_topics_url.has_value());
}

TEST(TopicListJson, MissingTopicListIsAnError) {
  auto r = parse_topic_list(R"({"users": []})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "topic_list: missing");
}

TEST(TopicListJson, WrongTypeInATopicNamesThePath) {
  auto r = parse_topic_list(R"({"topic_list": {"topics": [{"id": 1, "title": "a"}, {"id": "2", "title": "b"}]}})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "topic_list.topics[1].id: expected integer, got string");
}

TEST(TopicJson, ReadsTopicFixtureWithPostsAndStream) {
  auto r = parse_topic(hearth::test::read_project_file("tests/fixtures/topic.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const Topic& t = r.value();
  EXPECT_EQ(t.id, 2);
  EXPECT_EQ(t.title, "Working with silence in the first sessions");
  EXPECT_EQ(t.category_id, 2);
  EXPECT_EQ(t.posts_count, 4);
  EXPECT_EQ(t.stream, (std::vector<std::int64_t>{201, 202, 203, 204}));
  ASSERT_EQ(t.posts.size(), 3u);
  const Post& first = t.posts[0];
  EXPECT_EQ(first.id, 201);
  EXPECT_EQ(first.post_number, 1);
  EXPECT_EQ(first.username, "maya.okafor");
  EXPECT_EQ(first.name, "Maya Okafor");
  EXPECT_EQ(first.user_title, "Integrative counsellor");
  EXPECT_TRUE(first.yours);
  EXPECT_TRUE(first.can_edit);
  EXPECT_FALSE(first.raw.has_value());
  EXPECT_EQ(first.like_count, 2) << "taken from actions_summary when like_count is absent";
  EXPECT_FALSE(first.liked());
  const Post& second = t.posts[1];
  EXPECT_EQ(second.reply_to_post_number, 1);
  EXPECT_TRUE(second.liked());
  EXPECT_EQ(second.like_count, 1);
  ASSERT_NE(second.action(4), nullptr);
  EXPECT_TRUE(second.action(4)->can_act);
  const Post& hidden = t.posts[2];
  EXPECT_TRUE(hidden.hidden);
  EXPECT_TRUE(hidden.cooked_hidden);
  EXPECT_EQ(hidden.name, "") << "null name reads as empty";
}

TEST(TopicJson, PostWithoutPostNumberNamesThePath) {
  auto r = parse_topic(R"({"id": 1, "title": "t", "post_stream": {"posts": [{"id": 5, "username": "a"}]}})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "post_stream.posts[0].post_number: missing");
}

TEST(TopicJson, TruncatedResponseIsAnErrorNotACrash) {
  std::string full = hearth::test::read_project_file("tests/fixtures/topic.json");
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, full.size() / 3, full.size() / 2, full.size() - 2}) {
    auto r = parse_topic(std::string_view(full).substr(0, cut));
    EXPECT_FALSE(r.ok()) << "cut at " << cut;
  }
}
