// The demo community through the controller: saving waits for consent, an unreadable saved copy
// shows a banner that offers a reset, and the member switch changes who is reading.
#include <gtest/gtest.h>

#include <memory>

#include "api/local_community.h"
#include "app/controller.h"
#include "app/demo.h"
#include "platform/local_store.h"
#include "platform/memory_browser.h"
#include "test_support.h"

using namespace hearth;

namespace {
struct DemoSlice {
  api::DeliveryQueue delivery;
  api::LocalCommunity community;
  platform::MemoryBrowser browser;
  platform::MemoryLocalStore settings;
  std::shared_ptr<platform::MemoryStoreShared> shared = std::make_shared<platform::MemoryStoreShared>();
  platform::MemoryCommunityStore store;
  std::unique_ptr<app::Controller> controller;

  explicit DemoSlice(std::string saved = "", bool accepted = false)
      : community(api::parse_seed(test::read_project_file("assets/demo/community.json")).value(), delivery),
        browser("#/t/working-with-silence-in-the-first-sessions/2", 1795774500),
        store(shared, [this](std::function<void()> f) { delivery.post(std::move(f)); }) {
    shared->saved = std::move(saved);
    if (accepted) settings.values["consent"] = state::k_terms_version;
    controller = std::make_unique<app::Controller>(community, delivery, browser, nullptr, &settings);
    app::connect_demo(*controller, community, store);
    controller->start();
    settle();
  }
  void settle() {
    for (int i = 0; i < 30; ++i) controller->pump();
  }
  const state::State& st() const { return controller->state(); }
};

std::int64_t like_count(const state::State& s, std::int64_t post_id) {
  for (const auto& p : s.topic.topic->posts)
    if (p.id == post_id) return p.like_count;
  return -1;
}
}  // namespace

TEST(DemoWiring, NothingIsSavedUntilTheMemberAcceptsThenEverythingIs) {
  DemoSlice d;
  ASSERT_TRUE(d.st().demo);
  EXPECT_EQ(d.st().demo->storage, "memory_only");
  EXPECT_EQ(d.st().demo->members.size(), 30u);
  ASSERT_TRUE(d.st().topic.topic) << state::format_route(d.st().route);
  EXPECT_EQ(like_count(d.st(), 203), 0);
  d.controller->dispatch(state::TopicViewAction{state::LikePressed{203}});
  d.settle();
  EXPECT_EQ(like_count(d.st(), 203), 1) << (d.st().topic.action_error ? d.st().topic.action_error->message : "");
  EXPECT_TRUE(d.shared->saved.empty()) << "undecided: nothing stored";
  d.controller->dispatch(state::ConsentDeclinePressed{});
  d.settle();
  EXPECT_TRUE(d.shared->saved.empty()) << "declined: nothing stored";
  d.controller->dispatch(state::ConsentReviewPressed{});
  d.controller->dispatch(state::ConsentAcceptPressed{});
  d.settle();
  EXPECT_EQ(d.st().demo->storage, "saved");
  EXPECT_NE(d.shared->saved.find("\"post_id\":203"), std::string::npos);
}

TEST(DemoWiring, AnUnreadableCopyShowsABannerAndResetStartsAgain) {
  DemoSlice d("{\"format\": \"hearth-demo-community\", \"version\": 1, \"ops\": 7}", true);
  auto banners = state::banners(d.st());
  ASSERT_EQ(banners.size(), 1u);
  EXPECT_EQ(banners[0].kind, "storage");
  EXPECT_TRUE(banners[0].can_reset_demo);
  EXPECT_NE(banners[0].message.find("could not be read"), std::string::npos);
  d.controller->dispatch(state::ResetDemoPressed{});
  d.settle();
  EXPECT_TRUE(d.st().demo->confirming_reset);
  d.controller->dispatch(state::ResetDemoConfirmed{});
  d.settle();
  EXPECT_FALSE(d.st().demo->confirming_reset);
  EXPECT_EQ(d.st().demo->storage, "saved");
  EXPECT_TRUE(state::banners(d.st()).empty());
  ASSERT_EQ(d.shared->set_aside_copies.size(), 1u);
  d.controller->dispatch(state::TopicViewAction{state::LikePressed{203}});
  d.settle();
  EXPECT_EQ(like_count(d.st(), 203), 1) << "writing works again";
}

TEST(DemoWiring, TheMemberSwitchChangesWhoIsReading) {
  DemoSlice d("", true);
  ASSERT_TRUE(d.st().user);
  EXPECT_EQ(d.st().user->username, "maya.okafor");
  d.controller->dispatch(state::ActAsPressed{"tomas.admin"});
  d.settle();
  ASSERT_TRUE(d.st().user);
  EXPECT_EQ(d.st().user->username, "tomas.admin");
  EXPECT_EQ(d.community.acting_as(), "tomas.admin");
}
