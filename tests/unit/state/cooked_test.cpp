// Cooking posts: fingerprints follow the HTML, batches go outwards from the reader's place and
// leave out what is cooked or already on its way.
#include <gtest/gtest.h>

#include "state/cooked.h"
#include "state/post_text.h"

using namespace hearth;

namespace {
model::Topic topic_of(int n) {
  model::Topic t;
  t.id = 9;
  for (int i = 1; i <= n; ++i) {
    model::Post p;
    p.id = 100 + i;
    p.post_number = i;
    p.cooked = "<p>Post number " + std::to_string(i) + " says <b>hello</b>.</p>";
    t.posts.push_back(p);
  }
  return t;
}
}  // namespace

TEST(Cooked, AFingerprintChangesWithTheTextOrTheVersion) {
  model::Post p;
  p.cooked = std::string(500, 'a') + "<p>end</p>";
  auto f = state::cooked_fingerprint(p);
  model::Post q = p;
  q.cooked[250] = 'b';  // the middle
  EXPECT_NE(state::cooked_fingerprint(q), f);
  q = p;
  q.cooked.back() = '!';  // the tail
  EXPECT_NE(state::cooked_fingerprint(q), f);
  q = p;
  q.version += 1;
  EXPECT_NE(state::cooked_fingerprint(q), f);
  EXPECT_EQ(state::cooked_fingerprint(p), f);
}

TEST(Cooked, APostIsReadIntoRichAndPlainText) {
  auto c = state::cook_post("<p>One <b>bold</b> word.</p><script>x()</script><p>Two</p>", 7);
  EXPECT_EQ(c.fingerprint, 7u);
  ASSERT_EQ(c.rich.blocks.size(), 2u);
  EXPECT_EQ(c.blocks, (std::vector<std::string>{"One bold word.", "Two"}));
  EXPECT_EQ(c.plain, "One bold word.\n\nTwo");
}

TEST(Cooked, BatchesGoOutwardsFromTheReadersPlace) {
  model::Topic t = topic_of(10);
  auto batches = state::posts_to_cook(t, nullptr, {}, 4, 3);
  ASSERT_EQ(batches.size(), 4u);
  std::vector<std::int64_t> order;
  for (const auto& b : batches)
    for (const auto& p : b) order.push_back(p.post_id - 100);
  EXPECT_EQ(order, (std::vector<std::int64_t>{5, 6, 4, 7, 3, 8, 2, 9, 1, 10}));
  EXPECT_EQ(batches[0].size(), 3u);
  EXPECT_EQ(batches[3].size(), 1u);
}

TEST(Cooked, AScanResumesWhereTheLastStopped) {
  model::Topic t = topic_of(10);
  std::size_t resume = 0;
  auto ids = [](const std::vector<std::vector<state::CookInput>>& batches) {
    std::vector<std::int64_t> out;
    for (const auto& b : batches)
      for (const auto& p : b) out.push_back(p.post_id - 100);
    return out;
  };
  EXPECT_EQ(ids(state::posts_to_cook(t, nullptr, {}, 4, 3, 1, &resume)), (std::vector<std::int64_t>{5, 6, 4}));
  EXPECT_EQ(resume, 3u);
  // Nothing says 5, 6 and 4 are on their way: only the resume point keeps them out.
  EXPECT_EQ(ids(state::posts_to_cook(t, nullptr, {}, 4, 3, 1, &resume)), (std::vector<std::int64_t>{7, 3, 8}));
  EXPECT_EQ(ids(state::posts_to_cook(t, nullptr, {}, 4, 3, 5, &resume)), (std::vector<std::int64_t>{2, 9, 1, 10}));
  EXPECT_EQ(resume, 10u);
  EXPECT_TRUE(state::posts_to_cook(t, nullptr, {}, 4, 3, 5, &resume).empty());
  resume = 0;  // the posts changed: start again
  EXPECT_EQ(ids(state::posts_to_cook(t, nullptr, {}, 4, 3, 1, &resume)).size(), 3u);
}

TEST(Cooked, WhatIsCookedOrOnItsWayIsLeftOut) {
  model::Topic t = topic_of(5);
  state::CookedPosts cooked;
  const model::Post& second = t.posts[1];
  cooked[second.id] = std::make_shared<const state::CookedPost>(state::cook_post(second.cooked, state::cooked_fingerprint(second)));
  std::unordered_map<std::int64_t, std::uint64_t> queued{{t.posts[2].id, state::cooked_fingerprint(t.posts[2])}};
  // An entry from older text does not count.
  const model::Post& fourth = t.posts[3];
  cooked[fourth.id] = std::make_shared<const state::CookedPost>(state::cook_post("<p>old</p>", 1));
  auto batches = state::posts_to_cook(t, &cooked, queued, 0, 10);
  ASSERT_EQ(batches.size(), 1u);
  std::vector<std::int64_t> ids;
  for (const auto& p : batches[0]) ids.push_back(p.post_id - 100);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 4, 5}));
  EXPECT_NE(state::cooked_of(&cooked, second), nullptr);
  EXPECT_EQ(state::cooked_of(&cooked, fourth), nullptr);
  EXPECT_TRUE(state::posts_to_cook(model::Topic{}, nullptr, {}, 0, 10).empty());
}
