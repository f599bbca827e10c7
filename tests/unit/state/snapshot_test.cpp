// The test hook's snapshot holds what the contract in shared/DESIGN.md promises.
#include <gtest/gtest.h>

#include "state/snapshot.h"

using namespace hearth;
using namespace hearth::state;

TEST(Snapshot, ListScreenHasContractFieldsAndTopics) {
  State s;
  s.route = LatestRoute{};
  s.list.phase = Phase::loaded;
  model::TopicListItem t;
  t.id = 3;
  t.title = "Hello";
  s.list.topics.push_back(t);
  auto j = snapshot(s);
  EXPECT_EQ(j["route"], "#/latest");
  EXPECT_EQ(j["screen"], "latest");
  EXPECT_TRUE(j["user"].is_null());
  EXPECT_TRUE(j["title"].is_string());
  EXPECT_TRUE(j["dialogs"].is_array());
  EXPECT_TRUE(j["banners"].is_array());
  ASSERT_EQ(j["topics"].size(), 1u);
  EXPECT_EQ(j["topics"][0]["title"], "Hello");
  EXPECT_FALSE(j.contains("posts"));
}

TEST(Snapshot, TopicScreenListsPostsWithStateLikesAndLiked) {
  State s;
  s.route = TopicRoute{"t", 9, 0};
  s.topic.topic_id = 9;
  s.topic.phase = Phase::loaded;
  model::Topic t;
  t.id = 9;
  t.title = "T";
  model::Post a;
  a.id = 90;
  a.post_number = 1;
  a.like_count = 2;
  a.actions_summary.push_back({model::k_like_action, 2, true, false, true});
  model::Post b = a;
  b.id = 91;
  b.post_number = 2;
  b.hidden = true;
  b.actions_summary.clear();
  t.posts = {a, b};
  s.topic.topic = t;
  auto j = snapshot(s);
  EXPECT_EQ(j["screen"], "topic");
  ASSERT_EQ(j["posts"].size(), 2u);
  EXPECT_EQ(j["posts"][0]["state"], "visible");
  EXPECT_EQ(j["posts"][0]["likes"], 2);
  EXPECT_EQ(j["posts"][0]["liked"], true);
  EXPECT_EQ(j["posts"][1]["state"], "hidden_placeholder");
  EXPECT_EQ(j["posts"][1]["liked"], false);
}

TEST(Snapshot, BannersCarryTheMemberSentence) {
  State s;
  s.route = LatestRoute{};
  s.list.phase = Phase::failed;
  s.list.error = api::ApiError{api::ApiErrorKind::server, 502, "", {}, 0};
  auto j = snapshot(s);
  ASSERT_EQ(j["banners"].size(), 1u);
  EXPECT_EQ(j["banners"][0]["kind"], "error");
  EXPECT_EQ(j["banners"][0]["can_retry"], true);
}

TEST(Snapshot, InvalidUtf8InContentDoesNotBreakSerialisation) {
  State s;
  s.route = LatestRoute{};
  model::TopicListItem t;
  t.id = 1;
  t.title = "bad \xFF\xFE bytes";
  s.list.topics.push_back(t);
  std::string out = snapshot(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  EXPECT_NE(out.find("bad "), std::string::npos);
}
