// Every ForumApi operation of the Discourse client turns the forum's answer into its value.
#include <gtest/gtest.h>

#include "discourse_test_support.h"
#include "test_support.h"

using namespace hearth;
using hearth::test::Captured;
using hearth::test::DiscourseRig;

namespace {
std::string fixture(const std::string& f) { return test::read_project_file("tests/fixtures/discourse/" + f); }
const std::string k_base = "https://forum.example.org";

// Runs `call`, answers the CSRF request if a write asked for one, then answers the call itself.
template <class T>
Captured<T> answered(DiscourseRig& rig, const std::function<void(api::Callback<T>)>& call, const std::string& body) {
  Captured<T> got;
  call(got.callback());
  rig.transport.respond_to(k_base + "/session/csrf.json", 200, fixture("csrf.json"));
  EXPECT_TRUE(rig.transport.respond(200, body)) << "no request to answer";
  EXPECT_TRUE(got.result.has_value());
  if (got.result && !got.result->ok()) ADD_FAILURE() << got.error().message;
  return got;
}
}  // namespace

TEST(DiscourseResponses, Reading) {
  DiscourseRig rig;
  Captured<model::Site> site;
  rig.client.site(site.callback());
  rig.transport.respond_to(k_base + "/site/basic-info.json", 200, fixture("site_basic_info.json"));
  EXPECT_FALSE(site.result) << "waits for both halves";
  rig.transport.respond_to(k_base + "/site.json", 200, fixture("site.json"));
  ASSERT_TRUE(site.ok());
  EXPECT_EQ(site.value().title, "Counselling Practice Community");
  EXPECT_EQ(site.value().categories.size(), 8u);

  auto list = answered<model::TopicList>(rig, [&](auto cb) { rig.client.topic_list(api::TopicListQuery{}, cb); }, fixture("latest.json"));
  EXPECT_EQ(list.value().topics.size(), 8u);
  auto topic = answered<model::Topic>(rig, [&](auto cb) { rig.client.topic(2, cb); }, fixture("topic_full.json"));
  EXPECT_EQ(topic.value().posts.size(), 3u);
  auto posts = answered<std::vector<model::Post>>(rig, [&](auto cb) { rig.client.posts(2, {207, 209}, cb); }, fixture("topic_posts.json"));
  EXPECT_EQ(posts.value().size(), 2u);
  auto cats = answered<std::vector<model::Category>>(rig, [&](auto cb) { rig.client.categories(cb); },
      R"({"category_list": {"can_create_category": false, "categories": [{"id": 2, "name": "Clinical practice", "slug": "clinical-practice"}]}})");
  EXPECT_EQ(cats.value()[0].slug, "clinical-practice");
}

TEST(DiscourseResponses, SiteStillLoadsWhenBasicInfoIsMissing) {
  DiscourseRig rig;
  Captured<model::Site> site;
  rig.client.site(site.callback());
  rig.transport.respond_to(k_base + "/site/basic-info.json", 404, "{}");
  rig.transport.respond_to(k_base + "/site.json", 200, fixture("site.json"));
  ASSERT_TRUE(site.ok());
  EXPECT_EQ(site.value().title, "");
}

TEST(DiscourseResponses, Writing) {
  DiscourseRig rig;
  auto created = answered<model::Post>(rig, [&](auto cb) { rig.client.create_topic(api::NewTopic{"Questions for a supervisor", "...", 4}, cb); }, fixture("post_create.json"));
  EXPECT_EQ(created.value().id, 312);
  auto reply = answered<model::Post>(rig, [&](auto cb) { rig.client.reply(api::NewReply{31, "x", 1}, cb); }, fixture("post_create.json"));
  EXPECT_EQ(reply.value().topic_id, 31);
  auto linked = answered<model::Post>(rig, [&](auto cb) { rig.client.reply_as_linked_topic(api::LinkedTopic{}, cb); }, fixture("post_create.json"));
  EXPECT_EQ(linked.value().post_number, 1);
  auto edited = answered<model::Post>(rig, [&](auto cb) { rig.client.edit_post(api::PostEdit{201, "x", "r"}, cb); }, fixture("post_update.json"));
  EXPECT_EQ(edited.value().version, 2);
  auto liked = answered<model::Post>(rig, [&](auto cb) { rig.client.like(202, cb); }, fixture("post_action.json"));
  EXPECT_TRUE(liked.value().liked());
  auto unliked = answered<model::Post>(rig, [&](auto cb) { rig.client.unlike(202, cb); }, 
      R"({"id": 202, "post_number": 2, "username": "jonas.berg", "actions_summary": [{"id": 2, "count": 2, "can_act": true}]})");
  EXPECT_FALSE(unliked.value().liked());
  EXPECT_EQ(unliked.value().like_count, 2);
  auto flagged = answered<model::Post>(rig, [&](auto cb) { rig.client.flag(api::FlagRequest{202, 4, ""}, cb); }, fixture("post_action.json"));
  EXPECT_EQ(flagged.value().id, 202);
  auto pm = answered<model::Post>(rig, [&](auto cb) { rig.client.send_private_message(api::PrivateMessage{{"a"}, "t", "r"}, cb); }, fixture("post_create.json"));
  EXPECT_EQ(pm.value().id, 312);
}

TEST(DiscourseResponses, Members) {
  DiscourseRig rig;
  auto user = answered<model::User>(rig, [&](auto cb) { rig.client.user("maya.okafor", cb); }, fixture("user_full.json"));
  EXPECT_EQ(user.value().location, "Bristol, UK");
  auto profile = answered<model::User>(rig, [&](auto cb) { rig.client.update_profile("maya.okafor", {}, cb); }, fixture("user_update.json"));
  EXPECT_EQ(profile.value().username, "maya.okafor");
  auto prefs = answered<api::PreferencesUpdate>(rig, [&](auto cb) { rig.client.preferences("maya.okafor", cb); }, fixture("user_full.json"));
  EXPECT_EQ(prefs.value().options.digest_after_minutes, 60);
  EXPECT_EQ(prefs.value().watched_category_ids, (std::vector<std::int64_t>{2}));
  auto saved = answered<model::User>(rig, [&](auto cb) { rig.client.update_preferences("maya.okafor", {}, cb); }, fixture("user_update.json"));
  EXPECT_EQ(saved.value().id, 5);
  answered<api::Done>(rig, [&](auto cb) { rig.client.set_member_level("x", api::MemberLevel::mute, "", cb); }, fixture("success_ok.json"));
}

TEST(DiscourseResponses, PreferencesOfAnotherMemberAreNotSent) {
  DiscourseRig rig;
  Captured<api::PreferencesUpdate> prefs;
  rig.client.preferences("jonas.berg", prefs.callback());
  rig.transport.respond(200, R"({"user": {"id": 8, "username": "jonas.berg"}})");
  ASSERT_TRUE(prefs.result);
  EXPECT_EQ(prefs.error().kind, api::ApiErrorKind::forbidden);
}

TEST(DiscourseResponses, NotificationsMessagesSearchStaff) {
  DiscourseRig rig;
  auto n = answered<model::NotificationList>(rig, [&](auto cb) { rig.client.notifications(cb); }, fixture("notifications.json"));
  EXPECT_EQ(n.value().notifications.size(), 4u);
  answered<api::Done>(rig, [&](auto cb) { rig.client.mark_notifications_read(0, cb); }, fixture("success_ok.json"));
  auto pm = answered<model::TopicList>(rig, [&](auto cb) { rig.client.private_messages("maya.okafor", cb); }, fixture("private_messages.json"));
  EXPECT_EQ(pm.value().topics.size(), 3u);
  auto s = answered<model::SearchResult>(rig, [&](auto cb) { rig.client.search("price", 1, cb); }, fixture("search_full.json"));
  EXPECT_EQ(s.value().posts.size(), 2u);
  auto q = answered<model::ReviewQueue>(rig, [&](auto cb) { rig.client.review_queue(cb); }, fixture("review_sideloaded.json"));
  EXPECT_EQ(q.value().reviewables.size(), 2u);
  answered<api::Done>(rig, [&](auto cb) { rig.client.perform_review(14, "agree_and_keep_hidden", 1, cb); }, fixture("success_ok.json"));
  answered<api::Done>(rig, [&](auto cb) { rig.client.delete_post(203, cb); }, "");
  answered<api::Done>(rig, [&](auto cb) { rig.client.suspend_user(api::SuspendRequest{7, "2027-01-01T00:00:00Z", "r", ""}, cb); },
                      R"({"suspension": {"suspend_reason": "r", "full_suspend_reason": "r", "suspended_till": "2027-01-01T00:00:00Z"}})");
}

TEST(DiscourseResponses, Session) {
  DiscourseRig rig;
  auto s = answered<api::Session>(rig, [&](auto cb) { rig.client.session(cb); }, fixture("session_current.json"));
  ASSERT_TRUE(s.value().user.has_value());
  EXPECT_EQ(s.value().user->username, "maya.okafor");
  Captured<api::Done> out;
  rig.client.log_out("maya.okafor", out.callback());
  rig.transport.respond_to(k_base + "/session/csrf.json", 200, fixture("csrf.json"));
  rig.transport.respond(200, "");
  EXPECT_TRUE(out.ok());
}
