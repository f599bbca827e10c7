// The product path with the worker: a topic from a scripted Discourse is parsed off the render
// thread, its posts are cooked into rich text in batches, and leaving the topic cancels both.
#include <gtest/gtest.h>

#include "bench/topic_gen.h"
#include "scripted_forum.h"
#include "state/post_text.h"

using namespace hearth;

namespace {
const std::string& k_base = test::k_forum;
std::string fixture(const std::string& name) { return test::discourse_fixture(name); }

struct Forum : test::ScriptedForum {
  Forum(std::string hash, platform::Worker::Mode mode) : ScriptedForum(std::move(hash), mode) {}
  void start_signed_out() {
    controller.start();
    controller.pump();
    transport.respond_to(k_base + "/session/current.json", 404, "{}");
    transport.respond_to(k_base + "/site.json", 200, fixture("site.json"));
    transport.respond_to(k_base + "/site/basic-info.json", 200, fixture("site_basic_info.json"));
  }
};

bool threads() { return platform::Worker::build_mode() == platform::Worker::Mode::threaded; }

}  // namespace

TEST(Offload, ALongTopicIsParsedAndEveryPostCookedOffTheRenderThread) {
  if (!threads()) GTEST_SKIP() << "this build has no threads (single-threaded wasm): see the inline tests";
  Forum f("#/t/long/7", platform::Worker::Mode::threaded);
  f.start_signed_out();
  ASSERT_TRUE(f.transport.respond_to(k_base + "/t/7.json", 200, bench::topic_json(1000)));
  ASSERT_TRUE(f.settle());
  const auto& st = f.controller.state();
  ASSERT_TRUE(st.topic.topic.has_value());
  ASSERT_EQ(st.topic.topic->posts.size(), 1000u);
  ASSERT_TRUE(st.topic.cooked);
  EXPECT_EQ(st.topic.cooked->size(), 1000u);
  // What the worker cooked is what the render thread would have read itself.
  for (std::size_t i : {std::size_t{0}, std::size_t{499}, std::size_t{999}}) {
    const model::Post& p = st.topic.topic->posts[i];
    const state::CookedPost* c = state::cooked_of(st.topic.cooked.get(), p);
    ASSERT_NE(c, nullptr) << i;
    EXPECT_EQ(c->rich.blocks.size(), state::rich_text_from_cooked(p.cooked).blocks.size());
    EXPECT_EQ(c->plain, state::plain_text_from_cooked(p.cooked));
  }
  auto counts = f.worker->counts();
  EXPECT_EQ(counts.run, counts.applied);
  EXPECT_GE(counts.run, 1u + 1000u / 128u) << "the parse, then the posts in batches";
}

TEST(Offload, PostsNearTheLinkedPostAreCookedFirst) {
  Forum f("#/t/long/7/600", platform::Worker::Mode::inline_on_drain);
  f.start_signed_out();
  f.transport.respond_to(k_base + "/t/7.json", 200, bench::topic_json(1000));
  // Turns of the loop until the topic is in and its first batch cooked.
  for (int i = 0; i < 50 && !(f.controller.state().topic.cooked && !f.controller.state().topic.cooked->empty()); ++i)
    f.controller.pump();
  const auto& st = f.controller.state();
  ASSERT_TRUE(st.topic.cooked);
  ASSERT_LT(st.topic.cooked->size(), 1000u) << "the rest cook over later turns";
  EXPECT_TRUE(st.topic.cooked->count(st.topic.topic->posts[599].id)) << "the linked post is in the first batch";
  EXPECT_FALSE(st.topic.cooked->count(st.topic.topic->posts[0].id));
  ASSERT_TRUE(f.settle());
  EXPECT_EQ(f.controller.state().topic.cooked->size(), 1000u);
}

TEST(Offload, TheFirstScreenIsCookedBeforeTheTopicIsShown) {
  Forum f("#/t/long/7/600", platform::Worker::Mode::inline_on_drain);
  f.start_signed_out();
  f.transport.respond_to(k_base + "/t/7.json", 200, bench::topic_json(1000));
  for (int i = 0; i < 50 && !f.controller.state().topic.topic; ++i) f.controller.pump();
  // The first state with the topic already has the posts around the linked one cooked: the
  // view's first frame reads none of their HTML itself.
  const auto& st = f.controller.state();
  ASSERT_TRUE(st.topic.topic.has_value());
  ASSERT_TRUE(st.topic.cooked);
  EXPECT_GE(st.topic.cooked->size(), 40u);
  for (std::size_t i = 590; i < 610; ++i)
    EXPECT_NE(state::cooked_of(st.topic.cooked.get(), st.topic.topic->posts[i]), nullptr) << i;
  ASSERT_TRUE(f.settle());
  EXPECT_EQ(f.controller.state().topic.cooked->size(), 1000u);
}

TEST(Offload, LeavingATopicWhileItParsesCancelsItAndComingBackAsksAgain) {
  Forum f("#/t/working-with-silence-in-the-first-sessions/2", platform::Worker::Mode::inline_on_drain);
  f.start_signed_out();
  while (f.worker->busy()) f.controller.pump();  // the site's answers, parsed
  std::size_t ran = f.worker->counts().run;
  ASSERT_TRUE(f.transport.respond_to(k_base + "/t/2.json", 200, fixture("topic.json")));
  // The answer is in, its parse queued; the member goes back to the list before it runs.
  f.browser.push_hash("#/latest");
  f.controller.pump();
  EXPECT_EQ(f.worker->counts().skipped, 1u) << "the parse never ran";
  EXPECT_EQ(f.worker->counts().run, ran);
  EXPECT_TRUE(std::holds_alternative<state::LatestRoute>(f.controller.state().route));
  EXPECT_FALSE(f.controller.state().topic.topic.has_value());

  // Back on the topic: asked for again, not left loading for ever.
  ASSERT_TRUE(f.browser.back());
  f.controller.pump();
  ASSERT_TRUE(f.transport.respond_to(k_base + "/t/2.json", 200, fixture("topic.json")));
  f.transport.respond_to(k_base + "/latest.json", 200, fixture("latest.json"));
  ASSERT_TRUE(f.settle());
  ASSERT_TRUE(f.controller.state().topic.topic.has_value());
  EXPECT_EQ(f.controller.state().topic.topic->id, 2);
}

TEST(Offload, LeavingATopicCancelsItsCookingAndItsBatchesAreNotApplied) {
  Forum f("#/t/long/7", platform::Worker::Mode::inline_on_drain);
  f.start_signed_out();
  f.transport.respond_to(k_base + "/t/7.json", 200, bench::topic_json(600));
  for (int i = 0; i < 50 && !f.controller.state().topic.topic; ++i) f.controller.pump();
  ASSERT_TRUE(f.controller.state().topic.topic.has_value());
  ASSERT_TRUE(f.worker->busy()) << "batches queued";
  f.browser.push_hash("#/latest");
  f.controller.pump();
  EXPECT_GE(f.worker->counts().skipped, 1u);
  EXPECT_FALSE(f.worker->busy());
  std::size_t cooked = f.controller.state().topic.cooked ? f.controller.state().topic.cooked->size() : 0;
  EXPECT_LT(cooked, 600u);
}

TEST(Offload, AnEditedPostIsCookedAgain) {
  Forum f("#/t/working-with-silence-in-the-first-sessions/2", platform::Worker::Mode::inline_on_drain);
  f.start_signed_out();
  f.transport.respond_to(k_base + "/t/2.json", 200, fixture("topic.json"));
  ASSERT_TRUE(f.settle());
  const auto& st = f.controller.state();
  const model::Post first = st.topic.topic->posts.front();
  ASSERT_NE(state::cooked_of(st.topic.cooked.get(), first), nullptr);
  model::Post edited = first;
  edited.cooked = "<p>Edited: a considered rewording.</p>";
  edited.version += 1;
  EXPECT_EQ(state::cooked_of(st.topic.cooked.get(), edited), nullptr) << "the old text is not the edit's";
  f.controller.dispatch(state::PostsLoaded{2, {edited}});
  ASSERT_TRUE(f.settle());
  const state::CookedPost* c = state::cooked_of(f.controller.state().topic.cooked.get(), f.controller.state().topic.topic->posts.front());
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->plain, "Edited: a considered rewording.");
}
