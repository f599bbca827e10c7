// Field-by-field reading of every response kind from our Discourse fixtures.
#include <gtest/gtest.h>

#include "model/notification.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/site.h"
#include "model/topic.h"
#include "model/user.h"
#include "test_support.h"

using namespace hearth::model;

namespace {
std::string fixture(const std::string& f) { return hearth::test::read_project_file("tests/fixtures/discourse/" + f); }
}  // namespace

TEST(SiteFixture, ActionTypesGroupsTrustLevelsAndTheClosedGroup) {
  auto r = parse_site(fixture("site.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const Site& s = r.value();
  ASSERT_EQ(s.categories.size(), 8u);
  EXPECT_TRUE(s.category(8)->read_restricted);
  EXPECT_EQ(s.category(3)->slug, "ethics-and-boundaries");
  ASSERT_NE(s.action_type("inappropriate"), nullptr);
  EXPECT_EQ(s.action_type("inappropriate")->id, 4);
  EXPECT_TRUE(s.action_type("inappropriate")->is_flag);
  EXPECT_FALSE(s.action_type("like")->is_flag);
  EXPECT_EQ(s.action_type("notify_moderators")->id, 7);
  EXPECT_EQ(s.post_action_types.size(), 7u);
  EXPECT_EQ(s.groups.size(), 11u);
  EXPECT_EQ(s.uncategorized_category_id, 9);
  ASSERT_EQ(s.trust_levels.size(), 5u);
  EXPECT_EQ(s.top_menu_items.front(), "latest");
  auto info = parse_site_basic_info(fixture("site_basic_info.json"));
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info.value().title, "Counselling Practice Community");
  EXPECT_TRUE(info.value().login_required) << "members only";
}

TEST(TopicFixture, LikesActedCanUndoAndTheHiddenPost) {
  auto r = parse_topic(fixture("topic_full.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const Topic& t = r.value();
  EXPECT_EQ(t.stream.size(), 25u);
  ASSERT_EQ(t.posts.size(), 3u);
  EXPECT_TRUE(t.posts[0].yours);
  EXPECT_EQ(t.posts[0].like_count, 6);
  EXPECT_TRUE(t.posts[1].liked());
  EXPECT_TRUE(t.posts[1].action(2)->can_undo);
  EXPECT_TRUE(t.posts[1].action(4)->can_act) << "may flag as inappropriate";
  EXPECT_EQ(t.posts[1].reply_to_post_number, 1);
  EXPECT_TRUE(t.posts[2].hidden);
  EXPECT_TRUE(t.posts[2].cooked_hidden);
  auto strict = parse_topic(fixture("topic.json"));
  ASSERT_TRUE(strict.ok()) << "the schema-shaped topic reads too";
  auto more = parse_topic_posts(fixture("topic_posts.json"));
  ASSERT_TRUE(more.ok());
  ASSERT_EQ(more.value().size(), 2u);
  EXPECT_EQ(more.value()[0].id, 207);
  EXPECT_EQ(more.value()[1].post_number, 5);
}

TEST(PostFixtures, CreateUpdateAndLikeAnswers) {
  auto created = parse_post(fixture("post_create.json"));
  ASSERT_TRUE(created.ok()) << created.error().to_string();
  EXPECT_EQ(created.value().id, 312);
  EXPECT_EQ(created.value().topic_id, 31);
  EXPECT_EQ(created.value().post_number, 1);
  ASSERT_TRUE(created.value().raw.has_value());
  auto updated = parse_post_update(fixture("post_update.json"));
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated.value().id, 201);
  EXPECT_EQ(updated.value().version, 2);
  EXPECT_EQ(updated.value().edit_reason, "clarified which sessions I mean");
  auto liked = parse_post(fixture("post_action.json"));
  ASSERT_TRUE(liked.ok());
  EXPECT_TRUE(liked.value().liked());
  EXPECT_EQ(liked.value().like_count, 3);
}

TEST(UserFixture, ProfileGroupsCategoriesAndPreferences) {
  auto r = parse_user(fixture("user_full.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const User& u = r.value();
  EXPECT_EQ(u.id, 5);
  EXPECT_EQ(u.username, "maya.okafor");
  EXPECT_EQ(u.title, "Integrative counsellor");
  EXPECT_EQ(u.location, "Bristol, UK");
  EXPECT_EQ(u.website, "https://mayaokafor-counselling.example");
  EXPECT_NE(u.bio_raw.find("working with silence"), std::string::npos);
  ASSERT_EQ(u.groups.size(), 1u);
  EXPECT_EQ(u.groups[0].name, "supervisors");
  EXPECT_EQ(u.watched_category_ids, (std::vector<std::int64_t>{2}));
  EXPECT_EQ(u.muted_category_ids, (std::vector<std::int64_t>{6}));
  ASSERT_TRUE(u.user_option.has_value());
  EXPECT_EQ(u.user_option->digest_after_minutes, 60);
  EXPECT_EQ(u.user_option->email_level, 1);
  EXPECT_EQ(u.user_option->like_notification_frequency, 1);
  EXPECT_FALSE(u.user_option->mailing_list_mode);
  EXPECT_TRUE(parse_user(fixture("user.json")).ok()) << "the schema-shaped user reads too";
  auto updated = parse_user_update(fixture("user_update.json"));
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated.value().name, "Maya Okafor");
}

TEST(NotificationsFixture, TypesReadStateAndWho) {
  auto r = parse_notifications(fixture("notifications.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& n = r.value().notifications;
  ASSERT_EQ(n.size(), 4u);
  EXPECT_EQ(n[0].notification_type, static_cast<std::int64_t>(NotificationType::private_message));
  EXPECT_EQ(n[1].notification_type, static_cast<std::int64_t>(NotificationType::replied));
  EXPECT_EQ(n[1].topic_id, 2);
  EXPECT_EQ(n[1].post_number, 25);
  EXPECT_EQ(n[1].display_username, "daniel.price");
  EXPECT_EQ(n[2].notification_type, static_cast<std::int64_t>(NotificationType::mentioned));
  EXPECT_TRUE(n[3].read);
  EXPECT_FALSE(n[0].read);
  EXPECT_EQ(r.value().seen_notification_id, 1187);
  EXPECT_EQ(r.value().load_more, "/notifications?offset=60&username=maya.okafor");
}

TEST(SearchFixture, PostsWithBlurbsTopicsAndMembers) {
  auto r = parse_search(fixture("search_full.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& s = r.value();
  EXPECT_EQ(s.term, "price");
  ASSERT_EQ(s.posts.size(), 2u);
  EXPECT_EQ(s.posts[0].id, 160);
  EXPECT_EQ(s.posts[0].topic_id, 14);
  EXPECT_EQ(s.posts[0].like_count, 7);
  EXPECT_EQ(s.posts[0].blurb.rfind("How do you decide on a price", 0), 0u);
  ASSERT_EQ(s.topics.size(), 2u);
  EXPECT_EQ(s.topics[1].title, "Sliding-scale places and price transparency");
  ASSERT_EQ(s.users.size(), 1u);
  EXPECT_EQ(s.users[0].username, "daniel.price");
}

TEST(ReviewFixture, EmbeddedShape) {
  auto r = parse_review_queue(fixture("review.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& q = r.value();
  ASSERT_EQ(q.reviewables.size(), 2u);
  const auto& first = q.reviewables[0];
  EXPECT_EQ(first.type, "ReviewableFlaggedPost");
  EXPECT_EQ(first.target_id, 203);
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(first.scores.size(), 2u) << "flagged by two staff";
  EXPECT_EQ(first.scores[0].reviewable_score_type, 4);
  ASSERT_EQ(first.bundled_actions.size(), 3u);
  EXPECT_EQ(first.bundled_actions[0].actions[1].id, "agree_and_hide");
  EXPECT_EQ(q.total_rows, 2);
}

TEST(ReviewFixture, SideloadedShapeAsDiscourseSendsIt) {
  auto r = parse_review_queue(fixture("review_sideloaded.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& first = r.value().reviewables[0];
  ASSERT_EQ(first.scores.size(), 2u);
  EXPECT_EQ(first.scores[1].user_id, 2);
  EXPECT_EQ(first.scores[1].reviewable_score_type, 4);
  ASSERT_EQ(first.bundled_actions.size(), 4u);
  EXPECT_EQ(first.bundled_actions[0].id, "agree");
  ASSERT_EQ(first.bundled_actions[0].actions.size(), 3u);
  EXPECT_EQ(first.bundled_actions[0].actions[0].id, "agree_and_keep_hidden") << "the server action, no prefix";
  EXPECT_EQ(first.bundled_actions[0].actions[0].label, "Keep Post Hidden");
  EXPECT_EQ(r.value().reviewables[1].scores.size(), 1u);
}

TEST(SessionFixtures, CurrentUserCsrfAndBus) {
  auto u = parse_current_user(fixture("session_current.json"));
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u.value().id, 5);
  EXPECT_FALSE(u.value().staff());
  EXPECT_EQ(u.value().unread_notifications, 2);
  auto csrf = parse_csrf(fixture("csrf.json"));
  ASSERT_TRUE(csrf.ok());
  EXPECT_EQ(csrf.value().size(), 86u);
  EXPECT_FALSE(parse_csrf(R"({"csrf": ""})").ok());
  auto bus = parse_bus_poll(fixture("message_bus_poll.json"));
  ASSERT_TRUE(bus.ok());
  ASSERT_EQ(bus.value().size(), 3u);
  EXPECT_EQ(bus.value()[0].message_id, 19);
  EXPECT_EQ(std::get<TopicEvent>(*bus.value()[0].event).post_id, 209);
  EXPECT_EQ(std::get<TopicEvent>(*bus.value()[1].event).likes_count, 3);
  EXPECT_EQ(std::get<NotificationEvent>(*bus.value()[2].event).all_unread_notifications_count, 3);
}

TEST(BusPoll, UnknownChannelsAreKeptWithoutAnEvent) {
  auto bus = parse_bus_poll(R"([{"message_id": 4, "channel": "/presence/x", "data": {}}])");
  ASSERT_TRUE(bus.ok());
  ASSERT_EQ(bus.value().size(), 1u);
  EXPECT_FALSE(bus.value()[0].event.has_value());
}

TEST(BusPoll, NonArrayOrBadMessageIsAnErrorWithPath) {
  EXPECT_EQ(parse_bus_poll("{}").error().message, "expected a JSON array, got object");
  EXPECT_EQ(parse_bus_poll(R"([{"channel": "/topic/2"}])").error().to_string(), "[0].message_id: missing");
}

TEST(SuccessAnswer, JsonOrEmptyIsSuccessHtmlIsNot) {
  EXPECT_TRUE(parse_success(R"({"success": "OK"})").ok());
  EXPECT_TRUE(parse_success("").ok());
  EXPECT_FALSE(parse_success("<html></html>").ok());
  EXPECT_FALSE(parse_success(R"({"success": false})").ok());
}
