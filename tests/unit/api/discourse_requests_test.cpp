// Every ForumApi operation sends Discourse's real method, path, query, body and headers.
#include <gtest/gtest.h>

#include "discourse_test_support.h"
#include "model/json_reader.h"

using namespace hearth;
using hearth::test::Captured;
using hearth::test::DiscourseRig;
using nlohmann::json;

namespace {
json body_of(const platform::HttpRequest& r) {
  auto j = model::parse_json_text(r.body);
  EXPECT_TRUE(j.ok()) << r.body;
  return j.ok() ? j.value() : json();
}
const char* k_base = "https://forum.example.org";
}  // namespace

TEST(DiscourseRequests, ReadsCarryDiscourseHeadersAndNoCsrf) {
  DiscourseRig rig;
  Captured<model::Topic> got;
  rig.client.topic(42, got.callback());
  const auto& r = rig.last();
  EXPECT_EQ(r.method, "GET");
  EXPECT_EQ(r.url, std::string(k_base) + "/t/42.json");
  EXPECT_EQ(r.header("Accept"), "application/json");
  EXPECT_EQ(r.header("X-Requested-With"), "XMLHttpRequest");
  EXPECT_EQ(r.header("X-CSRF-Token"), "");
  EXPECT_EQ(r.header("User-Api-Key"), "");
}

TEST(DiscourseRequests, TopicListPaths) {
  using api::TopicListKind;
  api::TopicListQuery q;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/latest.json");
  q.page = 2;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/latest.json?page=2");
  q = {};
  q.kind = TopicListKind::new_topics;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/new.json");
  q.kind = TopicListKind::unread;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/unread.json");
  q.kind = TopicListKind::top;
  q.top_period = "weekly";
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/top.json?period=weekly");
  q = {};
  q.category_id = 3;
  q.category_slug = "ethics";
  q.page = 1;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/c/ethics/3.json?page=1");
  q.kind = TopicListKind::new_topics;
  q.page = 0;
  EXPECT_EQ(api::DiscourseClient::topic_list_path(q), "/c/ethics/3/l/new.json");
}

TEST(DiscourseRequests, SiteAsksForSiteAndBasicInfo) {
  DiscourseRig rig;
  Captured<model::Site> got;
  rig.client.site(got.callback());
  ASSERT_EQ(rig.transport.sent().size(), 2u);
  EXPECT_EQ(rig.transport.sent()[0].request.url, std::string(k_base) + "/site.json");
  EXPECT_EQ(rig.transport.sent()[1].request.url, std::string(k_base) + "/site/basic-info.json");
}

TEST(DiscourseRequests, CategoriesAndPostsById) {
  DiscourseRig rig;
  Captured<std::vector<model::Category>> cats;
  rig.client.categories(cats.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/categories.json");
  Captured<std::vector<model::Post>> posts;
  rig.client.posts(2, {204, 205}, posts.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/t/2/posts.json?post_ids%5B%5D=204&post_ids%5B%5D=205");
}

TEST(DiscourseRequests, FirstWriteFetchesCsrfThenSendsItWithJson) {
  DiscourseRig rig;
  Captured<model::Post> got;
  rig.client.reply(api::NewReply{2, "Thank you, that helps.", 1}, got.callback());
  ASSERT_EQ(rig.transport.sent().size(), 1u) << "nothing is written before the token arrives";
  rig.answer_csrf("abc123");
  ASSERT_EQ(rig.transport.sent().size(), 2u);
  const auto& r = rig.last();
  EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(r.url, std::string(k_base) + "/posts.json");
  EXPECT_EQ(r.header("X-CSRF-Token"), "abc123");
  EXPECT_EQ(r.header("Content-Type"), "application/json");
  EXPECT_EQ(body_of(r), (json{{"topic_id", 2}, {"raw", "Thank you, that helps."}, {"reply_to_post_number", 1}}));
}

TEST(DiscourseRequests, CsrfTokenIsReusedForLaterWrites) {
  DiscourseRig rig;
  Captured<model::Post> a, b;
  rig.client.like(201, a.callback());
  rig.answer_csrf();
  rig.transport.respond(200, "{}");
  rig.client.like(202, b.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/post_actions.json") << "no second csrf request";
  EXPECT_EQ(rig.last().header("X-CSRF-Token"), "tok3n");
}

TEST(DiscourseRequests, UserApiKeyReplacesCsrf) {
  auto config = DiscourseRig::default_config();
  config.user_api_key = "k3y";
  config.user_api_client_id = "hearth-1";
  DiscourseRig rig(config);
  Captured<model::Post> got;
  rig.client.like(201, got.callback());
  ASSERT_EQ(rig.transport.sent().size(), 1u);
  EXPECT_EQ(rig.last().header("User-Api-Key"), "k3y");
  EXPECT_EQ(rig.last().header("User-Api-Client-Id"), "hearth-1");
  EXPECT_EQ(rig.last().header("X-CSRF-Token"), "");
}

TEST(DiscourseRequests, WriteBodies) {
  DiscourseRig rig;
  Captured<model::Post> p;
  rig.client.create_topic(api::NewTopic{"Supervision online", "How do you...", 4}, p.callback());
  rig.answer_csrf();
  EXPECT_EQ(body_of(rig.last()), (json{{"title", "Supervision online"}, {"raw", "How do you..."}, {"category", 4}}));

  rig.client.edit_post(api::PostEdit{201, "New words", "typo"}, p.callback());
  EXPECT_EQ(rig.last().method, "PUT");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/posts/201.json");
  EXPECT_EQ(body_of(rig.last()), (json{{"post", {{"raw", "New words"}, {"edit_reason", "typo"}}}}));

  rig.client.like(201, p.callback());
  EXPECT_EQ(body_of(rig.last()), (json{{"id", 201}, {"post_action_type_id", 2}}));

  rig.client.unlike(201, p.callback());
  EXPECT_EQ(rig.last().method, "DELETE");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/post_actions/201.json?post_action_type_id=2");
  EXPECT_EQ(rig.last().body, "");

  rig.client.flag(api::FlagRequest{202, 4, ""}, p.callback());
  EXPECT_EQ(body_of(rig.last()), (json{{"id", 202}, {"post_action_type_id", 4}, {"flag_topic", false}}));
  rig.client.flag(api::FlagRequest{202, 7, "Please look at this"}, p.callback());
  EXPECT_EQ(body_of(rig.last())["message"], "Please look at this");

  rig.client.send_private_message(api::PrivateMessage{{"priya.nair", "jonas.berg"}, "Peer group", "Hello"}, p.callback());
  EXPECT_EQ(body_of(rig.last()), (json{{"title", "Peer group"}, {"raw", "Hello"}, {"archetype", "private_message"},
                                       {"target_recipients", "priya.nair,jonas.berg"}}));
}

TEST(DiscourseRequests, ReplyAsLinkedTopicLinksAndQuotesTheSource) {
  DiscourseRig rig;
  Captured<model::Post> p;
  api::LinkedTopic t;
  t.source = api::LinkedSource{2, "Working with silence", "working-with-silence", 3, "priya.nair", "Online silences feel longer."};
  t.title = "Silence in online work";
  t.raw = "I wanted to pick this up separately.";
  t.category_id = 2;
  rig.client.reply_as_linked_topic(t, p.callback());
  rig.answer_csrf();
  json b = body_of(rig.last());
  EXPECT_EQ(b["title"], "Silence in online work");
  EXPECT_EQ(b["category"], 2);
  EXPECT_EQ(b["raw"],
            "Continuing the discussion from [Working with silence](/t/working-with-silence/2/3):\n\n"
            "[quote=\"priya.nair, post:3, topic:2\"]\nOnline silences feel longer.\n[/quote]\n\n"
            "I wanted to pick this up separately.");
}

TEST(DiscourseRequests, MembersAndPreferences) {
  DiscourseRig rig;
  Captured<model::User> u;
  rig.client.user("maya.okafor", u.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/u/maya.okafor.json");

  rig.client.update_profile("maya.okafor", api::ProfileUpdate{"Maya Okafor", "Integrative counsellor", "Leeds",
                                                              "https://maya.example.org", "I work with adults."},
                            u.callback());
  rig.answer_csrf();
  EXPECT_EQ(rig.last().method, "PUT");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/u/maya.okafor.json");
  EXPECT_EQ(body_of(rig.last())["website"], "https://maya.example.org");
  EXPECT_EQ(body_of(rig.last())["bio_raw"], "I work with adults.");

  api::PreferencesUpdate prefs;
  prefs.options.digest_after_minutes = 60;
  prefs.options.mailing_list_mode = true;
  prefs.watched_category_ids = {2};
  prefs.muted_category_ids = {6};
  rig.client.update_preferences("maya.okafor", prefs, u.callback());
  json b = body_of(rig.last());
  EXPECT_EQ(b["digest_after_minutes"], 60);
  EXPECT_EQ(b["mailing_list_mode"], true);
  EXPECT_EQ(b["watched_category_ids"], json::array({2}));
  EXPECT_EQ(b["muted_category_ids"], json::array({6}));

  Captured<api::Done> d;
  rig.client.set_member_level("sam.bully", api::MemberLevel::ignore, "2027-01-01T00:00:00Z", d.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/u/sam.bully/notification_level.json");
  EXPECT_EQ(body_of(rig.last()), (json{{"notification_level", "ignore"}, {"expiring_at", "2027-01-01T00:00:00Z"}}));
  rig.client.set_member_level("sam.bully", api::MemberLevel::normal, "", d.callback());
  EXPECT_EQ(body_of(rig.last()), (json{{"notification_level", "normal"}}));
}

TEST(DiscourseRequests, UsernamesAreEncodedInPaths) {
  DiscourseRig rig;
  Captured<model::User> u;
  rig.client.user("inès/../admin", u.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/u/in%C3%A8s%2F..%2Fadmin.json");
}

TEST(DiscourseRequests, NotificationsMessagesSearch) {
  DiscourseRig rig;
  Captured<model::NotificationList> n;
  rig.client.notifications(n.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/notifications.json");
  Captured<api::Done> d;
  rig.client.mark_notifications_read(0, d.callback());
  rig.answer_csrf();
  EXPECT_EQ(rig.last().method, "PUT");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/notifications/mark-read.json");
  EXPECT_EQ(body_of(rig.last()), json::object());
  rig.client.mark_notifications_read(77, d.callback());
  EXPECT_EQ(body_of(rig.last()), (json{{"id", 77}}));
  Captured<model::TopicList> pm;
  rig.client.private_messages("maya.okafor", pm.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/topics/private-messages/maya.okafor.json");
  Captured<model::SearchResult> s;
  rig.client.search("silence & trust", 2, s.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/search.json?q=silence%20%26%20trust&page=2");
}

TEST(DiscourseRequests, StaffTools) {
  DiscourseRig rig;
  Captured<model::ReviewQueue> q;
  rig.client.review_queue(q.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/review.json");
  Captured<api::Done> d;
  rig.client.perform_review(12, "agree_and_hide", 3, d.callback());
  rig.answer_csrf();
  EXPECT_EQ(rig.last().method, "PUT");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/review/12/perform/agree_and_hide.json?version=3");
  rig.client.delete_post(203, d.callback());
  EXPECT_EQ(rig.last().method, "DELETE");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/posts/203.json");
  rig.client.suspend_user(api::SuspendRequest{9, "2027-06-01T00:00:00Z", "Repeated copyright infringement", ""}, d.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/admin/users/9/suspend.json");
  EXPECT_EQ(body_of(rig.last()), (json{{"suspend_until", "2027-06-01T00:00:00Z"}, {"reason", "Repeated copyright infringement"}}));
}

TEST(DiscourseRequests, SessionLoginLogout) {
  DiscourseRig rig;
  Captured<api::Session> s;
  rig.client.session(s.callback());
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/session/current.json");
  rig.transport.respond(404, R"({"errors": ["not logged in"]})");
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(s.value().user.has_value()) << "404 means signed out, not an error";

  Captured<model::CurrentUser> u;
  rig.client.log_in(api::LoginRequest{"maya.okafor", "correct horse", ""}, u.callback());
  rig.answer_csrf();
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/session.json");
  EXPECT_EQ(body_of(rig.last()), (json{{"login", "maya.okafor"}, {"password", "correct horse"}}));
  rig.transport.respond(200, R"({"user": {"id": 5, "username": "maya.okafor"}})");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/session/current.json") << "the session is read back";
  rig.transport.respond(200, R"({"current_user": {"id": 5, "username": "maya.okafor", "name": "Maya Okafor"}})");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u.value().id, 5);

  Captured<api::Done> out;
  rig.client.log_out("maya.okafor", out.callback());
  rig.answer_csrf("fresh") ;  // the old token went with the old session
  EXPECT_EQ(rig.last().method, "DELETE");
  EXPECT_EQ(rig.last().url, std::string(k_base) + "/session/maya.okafor.json");
}

TEST(DiscourseRequests, SecondFactorIsSentWhenGiven) {
  DiscourseRig rig;
  Captured<model::CurrentUser> u;
  rig.client.log_in(api::LoginRequest{"maya.okafor", "pw", "123456"}, u.callback());
  rig.answer_csrf();
  EXPECT_EQ(body_of(rig.last())["second_factor_token"], "123456");
  EXPECT_EQ(body_of(rig.last())["second_factor_method"], 1);
}
