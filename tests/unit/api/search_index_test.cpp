// The embedded community's search index: built from the posts' markdown, reusing unchanged
// entries; ranking; and search answered through the worker, index and query off the render thread.
#include <gtest/gtest.h>

#include "api/search_index.h"
#include "community_harness.h"

using namespace hearth;

TEST(SearchIndex, ReadsPostsAsWordsAndKeepsWhatDidNotChange) {
  auto first = api::build_search_index({{1, "**Silence** in [the room](https://x.org)"}, {2, "> quoted\nplain"}}, nullptr);
  ASSERT_EQ(first.docs.size(), 2u);
  EXPECT_EQ(first.docs.at(1).second->text, "Silence in the room");
  EXPECT_EQ(first.docs.at(1).second->lowered, "silence in the room");
  EXPECT_EQ(first.docs.at(2).second->text, "quoted plain");
  auto second = api::build_search_index({{1, "**Silence** in [the room](https://x.org)"}, {2, "edited"}}, &first);
  EXPECT_EQ(second.docs.at(1).second, first.docs.at(1).second) << "unchanged: the same entry, not read again";
  EXPECT_NE(second.docs.at(2).second, first.docs.at(2).second);
  EXPECT_EQ(second.docs.at(2).second->text, "edited");
}

TEST(SearchIndex, EveryTermMustMatchAndLikesLiftEquallyRelevantPosts) {
  auto index = api::build_search_index({{1, "silence and trust"}, {2, "silence and trust"}, {3, "silence only"}}, nullptr);
  std::vector<api::SearchCandidate> candidates(3);
  for (int i = 0; i < 3; ++i) {
    candidates[static_cast<std::size_t>(i)].post_id = i + 1;
    candidates[static_cast<std::size_t>(i)].topic_id = 9;
  }
  candidates[1].like_count = 4;
  auto hits = api::rank_search(candidates, {"silence", "trust"}, index);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].post.id, 2) << "the liked one first";
  EXPECT_EQ(hits[1].post.id, 1);
  candidates[2].title_lowered = "building trust";  // a first post: its topic's title counts
  EXPECT_EQ(api::rank_search(candidates, {"silence", "trust"}, index).size(), 3u);
}

TEST(CommunitySearch, ThroughTheWorkerItAnswersAsOnTheSpotAndFollowsChanges) {
  test::Community d;
  platform::Worker worker(platform::Worker::Mode::inline_on_drain);
  d.c.set_worker(&worker);
  ASSERT_TRUE(d.c.act_as("maya.okafor"));
  auto expected = d.c.search_now("silence", 1).value();
  ASSERT_FALSE(expected.posts.empty());
  std::optional<api::ApiResult<model::SearchResult>> got;
  d.c.search("silence", 1, [&](api::ApiResult<model::SearchResult> r) { got.emplace(std::move(r)); });
  d.q.run();
  EXPECT_FALSE(got.has_value()) << "the index is built on the worker first";
  while (worker.busy()) worker.drain();
  ASSERT_TRUE(got.has_value());
  ASSERT_TRUE(got->ok());
  ASSERT_EQ(got->value().posts.size(), expected.posts.size());
  for (std::size_t i = 0; i < expected.posts.size(); ++i) {
    EXPECT_EQ(got->value().posts[i].id, expected.posts[i].id);
    EXPECT_EQ(got->value().posts[i].blurb, expected.posts[i].blurb);
  }
  EXPECT_EQ(got->value().topics.size(), expected.topics.size());
  EXPECT_EQ(worker.counts().run, 2u) << "the index, then the query";

  // A second search reuses the index: one job.
  got.reset();
  d.c.search("silence", 1, [&](api::ApiResult<model::SearchResult> r) { got.emplace(std::move(r)); });
  while (worker.busy()) worker.drain();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(worker.counts().run, 3u);

  // A new post: the index follows, and finds it.
  auto topic = d.c.topic_now(2).value();
  auto posted = d.wait<model::Post>([&](auto cb) { d.c.reply(api::NewReply{2, "Quietude is underrated in supervision.", 0}, cb); });
  ASSERT_TRUE(posted.ok()) << posted.error().message;
  got.reset();
  d.c.search("quietude", 1, [&](api::ApiResult<model::SearchResult> r) { got.emplace(std::move(r)); });
  while (worker.busy()) worker.drain();
  ASSERT_TRUE(got.has_value());
  ASSERT_EQ(got->value().posts.size(), 1u);
  EXPECT_EQ(got->value().posts[0].id, posted.value().id);
  (void)topic;
}

TEST(CommunitySearch, AShortQueryIsAnsweredAtOnceWithItsReason) {
  test::Community d;
  platform::Worker worker(platform::Worker::Mode::inline_on_drain);
  d.c.set_worker(&worker);
  auto r = d.wait<model::SearchResult>([&](auto cb) { d.c.search("si", 1, cb); });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().error, "Please type at least 3 characters to search.");
  EXPECT_FALSE(worker.busy());
}
