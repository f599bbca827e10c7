// The embedded community answers like a forum: lists, topics, likes as the member sees them.
#include <gtest/gtest.h>

#include "api/local_community.h"
#include "test_support.h"

using namespace hearth::api;

namespace {
Seed demo_seed() {
  auto r = parse_seed(hearth::test::read_project_file("assets/demo/community.json"));
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

Seed seed_with_topics(int n) {
  Seed s;
  s.title = "t";
  s.signed_in_as = "a";
  s.members.resize(1);
  s.members[0].id = 1;
  s.members[0].username = "a";
  s.members[0].name = "A";
  s.categories.push_back(hearth::model::Category{});
  s.categories[0].id = 1;
  s.categories[0].name = "c";
  for (int i = 1; i <= n; ++i) {
    SeedTopic t;
    t.id = i;
    t.title = "Topic " + std::to_string(i);
    t.category_id = 1;
    SeedPost p;
    p.id = i * 10;
    p.username = "a";
    p.raw = "x";
    p.created_at = "2026-01-" + std::string(i < 10 ? "0" : "") + std::to_string(i % 28 + 1) + "T00:00:00Z";
    t.posts.push_back(p);
    s.topics.push_back(t);
  }
  return s;
}
}  // namespace

TEST(LocalCommunity, LatestPutsPinnedFirstThenMostRecentActivity) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  auto list = c.topic_list_now(TopicListQuery{});
  ASSERT_GE(list.topics.size(), 3u);
  EXPECT_TRUE(list.topics[0].pinned);
  for (std::size_t i = 2; i < list.topics.size(); ++i)
    EXPECT_GE(list.topics[i - 1].last_posted_at, list.topics[i].last_posted_at);
  EXPECT_EQ(list.topics[0].slug, "welcome-to-the-counselling-practice-community");
}

TEST(LocalCommunity, CategoryListHoldsOnlyThatCategory) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  TopicListQuery query;
  query.category_id = 2;
  auto list = c.topic_list_now(query);
  ASSERT_FALSE(list.topics.empty());
  for (const auto& t : list.topics) EXPECT_EQ(t.category_id, 2);
}

TEST(LocalCommunity, PagesThirtyTopicsAtATime) {
  DeliveryQueue q;
  LocalCommunity c(seed_with_topics(65), q);
  auto first = c.topic_list_now(TopicListQuery{});
  EXPECT_EQ(first.topics.size(), 30u);
  EXPECT_EQ(first.more_topics_url, "/latest.json?page=1");
  TopicListQuery last;
  last.page = 2;
  auto third = c.topic_list_now(last);
  EXPECT_EQ(third.topics.size(), 5u);
  EXPECT_FALSE(third.more_topics_url.has_value());
}

TEST(LocalCommunity, TopicShowsPostsAsTheActingMemberSeesThem) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  ASSERT_EQ(c.acting_as(), "maya.okafor");
  auto r = c.topic_now(2);
  ASSERT_TRUE(r.ok());
  const auto& t = r.value();
  EXPECT_EQ(t.title, "Working with silence in the first sessions");
  ASSERT_EQ(t.posts.size(), 4u);
  EXPECT_EQ(t.stream.size(), 4u);
  EXPECT_TRUE(t.posts[0].yours) << "Maya wrote the first post";
  EXPECT_TRUE(t.posts[0].can_edit);
  EXPECT_EQ(t.posts[0].like_count, 2);
  EXPECT_FALSE(t.posts[0].action(hearth::model::k_like_action)->can_act) << "no liking your own post";
  EXPECT_TRUE(t.posts[1].liked()) << "Maya liked Jonas's reply";
  EXPECT_EQ(t.posts[1].post_number, 2);
  EXPECT_EQ(t.posts[1].name, "Jonas Berg");
  EXPECT_NE(t.posts[3].cooked.find("<blockquote>"), std::string::npos);
}

TEST(LocalCommunity, StaffFlagsComeFromRoles) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  auto r = c.topic_now(1);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().posts[0].staff) << "the community lead is staff";
  EXPECT_TRUE(r.value().posts[0].admin);
  EXPECT_FALSE(r.value().posts[1].staff);
}

TEST(LocalCommunity, UnknownTopicIsNotFound) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  auto r = c.topic_now(9999);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ApiErrorKind::not_found);
  EXPECT_EQ(r.error().http_status, 404);
}

TEST(LocalCommunity, ResultsArriveOnTheNextTurnNotDuringTheCall) {
  DeliveryQueue q;
  LocalCommunity c(demo_seed(), q);
  bool got_site = false, got_topic = false;
  c.site([&](ApiResult<hearth::model::Site> r) {
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().title, "Counselling Practice Community");
    EXPECT_EQ(r.value().categories.size(), 7u) << "Maya is not a trainee: their closed category is not listed";
    got_site = true;
  });
  c.topic(9999, [&](ApiResult<hearth::model::Topic> r) {
    EXPECT_FALSE(r.ok());
    got_topic = true;
  });
  EXPECT_FALSE(got_site);
  EXPECT_FALSE(got_topic);
  q.run();
  EXPECT_TRUE(got_site);
  EXPECT_TRUE(got_topic);
  ASSERT_TRUE(c.act_as("olek.nowak"));  // a trainee
  std::size_t listed = 0;
  c.site([&](ApiResult<hearth::model::Site> r) { listed = r.value().categories.size(); });
  q.run();
  EXPECT_EQ(listed, 8u);
}
