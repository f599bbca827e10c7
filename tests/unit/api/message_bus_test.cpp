// MessageBus long-polling: channels and positions, events, pausing and backoff.
#include <gtest/gtest.h>

#include "discourse_test_support.h"

using namespace hearth;
using hearth::test::DiscourseRig;
using F = platform::HttpResponse::Failure;

namespace {
struct BusRig : DiscourseRig {
  std::vector<model::LiveEventBody> events;
  void watch(api::LiveInterest interest) {
    client.watch(interest, [this](const model::LiveEventBody& e) { events.push_back(e); });
  }
};
}  // namespace

TEST(MessageBus, PollsTheChannelsOfTheOpenTopicListsAndMember) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, true, 5});
  ASSERT_EQ(rig.transport.sent().size(), 1u);
  const auto& r = rig.last();
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, "https://forum.example.org/message-bus/c0ffee/poll");
  EXPECT_EQ(r.header("Content-Type"), "application/x-www-form-urlencoded");
  EXPECT_EQ(r.header("Dont-Chunk"), "true");
  EXPECT_EQ(r.body, "%2Flatest=-1&%2Fnotification%2F5=-1&%2Ftopic%2F2=-1");
}

TEST(MessageBus, StatusAnswerSetsPositionsAndTheNextPollSendsThem) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, false, 0});
  rig.transport.respond(200, R"([{"global_id": -1, "message_id": -1, "channel": "/__status", "data": {"/topic/2": 17}}])");
  EXPECT_TRUE(rig.events.empty());
  rig.scheduler.advance(1000);
  ASSERT_EQ(rig.transport.sent().size(), 2u);
  EXPECT_EQ(rig.last().body, "%2Ftopic%2F2=17");
}

TEST(MessageBus, NewPostEventReachesTheListenerAndPollingContinues) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, false, 0});
  rig.transport.respond(200, R"([{"global_id": 900, "message_id": 18, "channel": "/topic/2",
    "data": {"id": 226, "post_number": 26, "type": "created", "user_id": 7, "version": 1}}])");
  ASSERT_EQ(rig.events.size(), 1u);
  const auto& e = std::get<model::TopicEvent>(rig.events[0]);
  EXPECT_EQ(e.topic_id, 2);
  EXPECT_EQ(e.post_id, 226);
  EXPECT_EQ(e.post_number, 26);
  EXPECT_EQ(e.type, "created");
  rig.scheduler.advance(0);
  EXPECT_EQ(rig.last().body, "%2Ftopic%2F2=18") << "polls again at once from the new position";
}

TEST(MessageBus, ChangingTopicAbortsThePollAndKeepsOtherPositions) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, true, 0});
  rig.transport.respond(200, R"([{"message_id": 40, "channel": "/latest", "data": {"topic_id": 9, "message_type": "latest"}},
                                 {"message_id": 5, "channel": "/topic/2", "data": {"id": 1, "type": "revised"}}])");
  rig.scheduler.advance(0);
  ASSERT_EQ(rig.transport.pending(), 1u);
  rig.watch(api::LiveInterest{3, true, 0});
  EXPECT_EQ(rig.transport.sent()[1].answered, true) << "the old poll was aborted";
  EXPECT_EQ(rig.last().body, "%2Flatest=40&%2Ftopic%2F3=-1");
}

TEST(MessageBus, PausedWhileHiddenThenResumes) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, false, 0});
  rig.client.set_live_paused(true);
  EXPECT_EQ(rig.transport.pending(), 0u);
  rig.scheduler.advance(120000);
  EXPECT_EQ(rig.transport.sent().size(), 1u) << "no polling while the tab is hidden";
  rig.client.set_live_paused(false);
  EXPECT_EQ(rig.transport.sent().size(), 2u);
}

TEST(MessageBus, BacksOffOnErrorsAndResetsOnSuccess) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, false, 0});
  rig.transport.fail(F::network);
  EXPECT_EQ(rig.scheduler.next_delay(), 1000);
  rig.scheduler.advance(1000);
  rig.transport.respond(500, "oops");
  EXPECT_EQ(rig.scheduler.next_delay(), 2000);
  rig.scheduler.advance(2000);
  rig.transport.respond(200, "not json");
  EXPECT_EQ(rig.scheduler.next_delay(), 4000) << "a malformed answer counts as a failure";
  rig.scheduler.advance(4000);
  rig.transport.respond(200, "[]");
  EXPECT_EQ(rig.scheduler.next_delay(), 1000) << "back to the idle pace";
}

TEST(MessageBus, NotificationAndLikeEvents) {
  BusRig rig;
  rig.watch(api::LiveInterest{2, false, 5});
  rig.transport.respond(200, R"([
    {"message_id": 3, "channel": "/topic/2", "data": {"id": 202, "post_number": 2, "type": "liked", "likes_count": 3}},
    {"message_id": 9, "channel": "/notification/5", "data": {"unread_notifications": 2, "unread_private_messages": 1}}])");
  ASSERT_EQ(rig.events.size(), 2u);
  EXPECT_EQ(std::get<model::TopicEvent>(rig.events[0]).likes_count, 3);
  const auto& n = std::get<model::NotificationEvent>(rig.events[1]);
  EXPECT_EQ(n.user_id, 5);
  EXPECT_EQ(n.unread_notifications, 2);
  EXPECT_EQ(n.unread_private_messages, 1);
}
