// The whole slice, natively: the demo community, the controller and an in-memory browser.
// Start on the list, open a topic, go back with the browser, and forward again.
#include <gtest/gtest.h>

#include "api/local_community.h"
#include "app/controller.h"
#include "platform/memory_browser.h"
#include "test_support.h"

using namespace hearth;

namespace {
struct Slice {
  api::DeliveryQueue delivery;
  api::LocalCommunity community;
  platform::MemoryBrowser browser;
  app::Controller controller;

  explicit Slice(std::string hash)
      : community(api::parse_seed(test::read_project_file("assets/demo/community.json")).value(), delivery),
        browser(std::move(hash), 1795169700),
        controller(community, delivery, browser) {
    browser.on_hash_change = [this](const std::string&) { controller.hash_changed(); };
  }
  // Runs the loop until nothing is left to do, as frames would.
  void settle() {
    for (int i = 0; i < 20 && !controller.ready(); ++i) controller.pump();
  }
};
}  // namespace

TEST(Slice, StartsOnTheLatestListWithTheAddressCorrected) {
  Slice s("");
  s.controller.start();
  s.settle();
  ASSERT_TRUE(s.controller.ready());
  EXPECT_EQ(s.browser.hash(), "#/latest");
  const auto& st = s.controller.state();
  EXPECT_EQ(st.site.title, "Counselling Practice Community");
  EXPECT_GE(st.list.topics.size(), 8u);
  EXPECT_EQ(s.browser.title(), "Latest topics - Counselling Practice Community");
}

TEST(Slice, OpenTopicThenBackAndForward) {
  Slice s("#/latest");
  s.controller.start();
  s.settle();
  const auto first = s.controller.state().list.topics.at(1);
  s.controller.dispatch(state::TopicPressed{first.id, first.slug});
  s.settle();
  EXPECT_EQ(s.browser.hash(), "#/t/" + first.slug + "/" + std::to_string(first.id));
  ASSERT_TRUE(s.controller.state().topic.topic.has_value());
  EXPECT_EQ(s.controller.state().topic.topic->title, first.title);
  EXPECT_EQ(s.browser.title(), first.title + " - Counselling Practice Community");

  ASSERT_TRUE(s.browser.back());
  s.settle();
  EXPECT_TRUE(std::holds_alternative<state::LatestRoute>(s.controller.state().route));
  EXPECT_EQ(s.controller.state().list.phase, state::Phase::loaded);

  ASSERT_TRUE(s.browser.forward());
  s.settle();
  ASSERT_TRUE(std::holds_alternative<state::TopicRoute>(s.controller.state().route));
  EXPECT_EQ(s.controller.state().topic.topic->id, first.id);
}

TEST(Slice, DeepLinkOpensTheTopicDirectly) {
  Slice s("#/t/working-with-silence-in-the-first-sessions/2/3");
  s.controller.start();
  s.settle();
  ASSERT_TRUE(s.controller.ready());
  EXPECT_EQ(s.controller.state().topic.target_post_number, 3);
  EXPECT_EQ(s.controller.state().topic.topic->posts.size(), 4u);
}

TEST(Slice, MissingTopicShowsNotFoundBanner) {
  Slice s("#/t/gone/999");
  s.controller.start();
  s.settle();
  ASSERT_TRUE(s.controller.ready());
  auto b = state::banners(s.controller.state());
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NE(b[0].message.find("couldn't find"), std::string::npos);
}

TEST(Slice, NotReadyWhileAnAnswerIsUndelivered) {
  Slice s("#/latest");
  s.controller.start();
  s.controller.pump();  // AppStarted applied, requests made, answers queued
  EXPECT_FALSE(s.controller.ready());
}
