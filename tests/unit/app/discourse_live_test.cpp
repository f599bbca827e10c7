// The product path against a scripted Discourse: the controller opens a topic through
// DiscourseClient, MessageBus announces a new post, and the post appears in the open topic.
#include <gtest/gtest.h>

#include "scripted_forum.h"

using namespace hearth;

namespace {
using Forum = test::ScriptedForum;
const std::string& k_base = test::k_forum;
std::string fixture(const std::string& name) { return test::discourse_fixture(name); }
}  // namespace

TEST(DiscourseLive, MessageBusPollDeliversANewPostToTheOpenTopic) {
  Forum f("#/t/working-with-silence-in-the-first-sessions/2");
  f.controller.start();
  f.pump();
  ASSERT_TRUE(f.answer("/session/current.json", fixture("session_current.json")));
  ASSERT_TRUE(f.answer("/site.json", fixture("site.json")));
  ASSERT_TRUE(f.answer("/site/basic-info.json", fixture("site_basic_info.json")));
  ASSERT_TRUE(f.answer("/t/2.json", fixture("topic.json")));
  ASSERT_TRUE(f.controller.ready());
  const auto& st = f.controller.state();
  ASSERT_TRUE(st.user.has_value());
  EXPECT_EQ(st.user->username, "maya.okafor");
  std::size_t before = st.topic.topic->posts.size();

  // The poll follows the open topic and the member's notifications.
  const platform::HttpRequest* poll = nullptr;
  for (const auto& s : f.transport.sent())
    if (!s.answered && s.request.url == k_base + "/message-bus/abc/poll") poll = &s.request;
  ASSERT_NE(poll, nullptr);
  EXPECT_NE(poll->body.find("%2Ftopic%2F2=-1"), std::string::npos) << poll->body;
  EXPECT_NE(poll->body.find("%2Fnotification%2F5=-1"), std::string::npos) << poll->body;

  // A new reply arrives: the client fetches it by id and the topic shows it, no reload.
  // (The fixture's "created" message names a post from earlier in the stream; make it a new one.)
  auto bus = nlohmann::json::parse(fixture("message_bus_poll.json"));
  const std::int64_t new_post_id = 9226;
  bool found = false;
  for (auto& m : bus)
    if (m["channel"] == "/topic/2" && m["data"]["type"] == "created") {
      m["data"]["id"] = new_post_id;
      found = true;
    }
  ASSERT_TRUE(found);
  ASSERT_TRUE(f.answer("/message-bus/abc/poll", bus.dump()));
  std::string posts_path = "/t/2/posts.json?post_ids%5B%5D=" + std::to_string(new_post_id);
  const auto* fetch = f.transport.next();
  ASSERT_NE(fetch, nullptr);
  // The new post as /t/2/posts.json answers it (take one from the fixture and renumber it).
  auto posts = nlohmann::json::parse(fixture("topic_posts.json"));
  auto post = posts["post_stream"]["posts"][0];
  post["id"] = new_post_id;
  post["post_number"] = 26;
  post["cooked"] = "<p>Arrived live.</p>";
  nlohmann::json answer = {{"post_stream", {{"posts", nlohmann::json::array({post})}}}, {"id", 2}};
  ASSERT_TRUE(f.answer(posts_path, answer.dump()));
  const auto& topic = *f.controller.state().topic.topic;
  ASSERT_EQ(topic.posts.size(), before + 1);
  EXPECT_EQ(topic.posts.back().id, new_post_id);
  EXPECT_EQ(topic.posts.back().cooked, "<p>Arrived live.</p>");
  EXPECT_EQ(f.controller.state().topic.new_posts, 1);
  // The notification counter from the same poll answer.
  EXPECT_GT(f.controller.state().unread_notifications, 0);
}

TEST(DiscourseLive, OfflineForumShowsTheOfflineBannerAfterRetries) {
  Forum f("#/latest");
  f.controller.start();
  f.pump();
  for (int i = 0; i < 40 && f.transport.pending() > 0; ++i) {
    f.transport.fail(platform::HttpResponse::Failure::network);
    f.scheduler.advance(10000);
    f.pump();
  }
  ASSERT_TRUE(f.controller.ready());
  auto b = state::banners(f.controller.state());
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].kind, "offline");
  EXPECT_TRUE(b[0].can_retry);
}
