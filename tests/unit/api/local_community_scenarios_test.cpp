// The community's rules as scenarios in the embedded community: what each role sees, staff
// removals and copyright strikes, linked topics, messages and blocking, notifications with
// their frequencies and the digest, reports and call requests for the lead, closed groups,
// a members-only site, search ranking and the pile-on signal.
#include <gtest/gtest.h>

#include <algorithm>

#include "community_harness.h"
#include "model/time.h"

using namespace hearth;
using namespace hearth::api;
using test::Community;

namespace {
// Topic 2 ("Working with silence..."): 201 maya.okafor, 202 jonas.berg, 203 priya.nair, 204 daniel.price.
constexpr std::int64_t k_topic = 2;
const std::string k_words = "A considered reply that is long enough for the community's checks.";

const model::Reviewable* find_review(const std::vector<model::Reviewable>& q, const std::string& type, std::int64_t target = 0) {
  for (const auto& r : q)
    if (r.type == type && (target == 0 || r.target_id == target)) return &r;
  return nullptr;
}
int count_reviews(const std::vector<model::Reviewable>& q, const std::string& type) {
  return static_cast<int>(std::count_if(q.begin(), q.end(), [&](const auto& r) { return r.type == type; }));
}
}  // namespace

// --- Roles ---------------------------------------------------------------------------------------------
TEST(CommunityRoles, EachRoleSeesAHiddenPostAsTheGuidelinesSay) {
  Community d;
  ASSERT_TRUE(d.flag("tomas.admin", 202, 4).ok());
  ASSERT_TRUE(d.flag("ruth.lead", 202, 4).ok()) << "the lead is Administrator level too";
  auto author = d.seen_by("jonas.berg", k_topic, 202);
  auto member = d.seen_by("priya.nair", k_topic, 202);
  auto moderator = d.seen_by("sam.mod", k_topic, 202);
  auto admin = d.seen_by("ines.admin", k_topic, 202);
  ASSERT_TRUE(author && member && moderator && admin);
  EXPECT_TRUE(author->hidden && author->yours && !author->cooked.empty());
  EXPECT_TRUE(member->cooked_hidden && member->cooked.empty() && !member->can_see_hidden_post);
  EXPECT_TRUE(moderator->can_see_hidden_post && !moderator->cooked.empty()) << "staff see it dimmed";
  EXPECT_TRUE(admin->can_see_hidden_post);
  EXPECT_EQ(member->action(4)->count, 0) << "members do not see who flagged";
  EXPECT_EQ(admin->action(4)->count, 2);
}

TEST(CommunityRoles, AModeratorsFlagsDoNotCountTowardsHiding) {
  Community d;
  ASSERT_TRUE(d.flag("sam.mod", 202, 4).ok());
  auto r = d.flag("tomas.admin", 202, 4);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().hidden) << "hiding needs Administrator level or above";
}

TEST(CommunityRoles, HidingThresholdComesFromSettings) {
  Community d(0, [](Seed& s) { s.settings.hide_after_staff_flags = 3; });
  d.flag("tomas.admin", 202, 4);
  d.flag("ines.admin", 202, 4);
  EXPECT_FALSE(d.seen_by("priya.nair", k_topic, 202)->hidden);
  d.flag("hannah.cole", 202, 4);
  EXPECT_TRUE(d.seen_by("priya.nair", k_topic, 202)->hidden);
}

// --- Staff removals ---------------------------------------------------------------------------------------
TEST(CommunityStaff, ADefamatoryPostIsRemovedCompletelyAndKeptOnlyInTheRecord) {
  Community d;
  ASSERT_TRUE(d.flag("priya.nair", 204, 21, "It names a real colleague and accuses them.").ok());
  auto queue = d.queue_of("tomas.admin");
  const auto* item = find_review(queue, "ReviewableFlaggedPost", 204);
  ASSERT_NE(item, nullptr);
  bool offered = false;
  for (const auto& b : item->bundled_actions)
    for (const auto& a : b.actions) offered |= a.id == "remove_defamatory";
  EXPECT_TRUE(offered);
  std::string words = d.c.data().topics[1].posts[3].raw;
  auto done = d.done("tomas.admin", [&](auto cb) { d.c.perform_review(item->id, "remove_defamatory", item->version, cb); });
  ASSERT_TRUE(done.ok()) << done.error().message;
  for (const std::string who : {"priya.nair", "daniel.price", "tomas.admin", "ruth.lead"}) {
    EXPECT_FALSE(d.seen_by(who, k_topic, 204).has_value()) << who << " must not see any trace";
    EXPECT_EQ(d.c.topic_now(k_topic).value().posts_count, 3) << who;
  }
  const SeedReview* record = nullptr;
  for (const auto& r : d.c.data().reviews)
    if (r.post_id == 204) record = &r;
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->removed_text, words);
  EXPECT_EQ(record->resolved_by, "tomas.admin");
  EXPECT_EQ(record->resolved_at, model::format_iso8601(d.now));
  EXPECT_TRUE(d.queue_of("tomas.admin").empty() || !find_review(d.queue_of("tomas.admin"), "ReviewableFlaggedPost", 204));
}

TEST(CommunityStaff, RemovalNeedsTheMatchingFlagAndStaff) {
  Community d;
  ASSERT_TRUE(d.flag("priya.nair", 204, 3).ok());
  auto item = *find_review(d.queue_of("tomas.admin"), "ReviewableFlaggedPost", 204);
  auto wrong = d.done("tomas.admin", [&](auto cb) { d.c.perform_review(item.id, "remove_defamatory", item.version, cb); });
  EXPECT_EQ(wrong.error().http_status, 422);
  auto member = d.done("olek.nowak", [&](auto cb) { d.c.perform_review(item.id, "disagree", item.version, cb); });
  EXPECT_EQ(member.error().kind, ApiErrorKind::forbidden);
  auto stale = d.done("tomas.admin", [&](auto cb) { d.c.perform_review(item.id, "disagree", item.version - 1, cb); });
  EXPECT_EQ(stale.error().http_status, 409);
  EXPECT_TRUE(d.done("tomas.admin", [&](auto cb) { d.c.perform_review(item.id, "disagree", item.version, cb); }).ok());
  auto again = d.done("ines.admin", [&](auto cb) { d.c.perform_review(item.id, "ignore", item.version + 1, cb); });
  EXPECT_EQ(again.error().http_status, 409) << "someone already dealt with it";
}

TEST(CommunityStaff, AdvertisingIsRemovedWithAPlaceholder) {
  Community d;
  ASSERT_TRUE(d.flag("priya.nair", 204, 8).ok());
  auto item = *find_review(d.queue_of("sam.mod"), "ReviewableFlaggedPost", 204);
  ASSERT_TRUE(d.done("sam.mod", [&](auto cb) { d.c.perform_review(item.id, "remove_advertising", item.version, cb); }).ok());
  auto seen = d.seen_by("priya.nair", k_topic, 204);
  ASSERT_TRUE(seen);
  EXPECT_FALSE(seen->deleted_at.empty());
  EXPECT_NE(seen->cooked.find("removed as advertising"), std::string::npos);
  EXPECT_FALSE(seen->action(2)) << "a removed post offers nothing to like";
}

TEST(CommunityStaff, CopyrightTakedownsReachingTheThresholdSuspendTheMember) {
  Community d(0, [](Seed& s) { s.settings.copyright_strikes_to_suspend = 2; });
  // daniel.price's posts: 204 in topic 2 and 304 in topic 3.
  auto take_down = [&](std::int64_t post) {
    EXPECT_TRUE(d.flag("maya.okafor", post, 20, "This is a chapter of a published book, copied whole.").ok());
    auto item = *find_review(d.queue_of("ines.admin"), "ReviewableFlaggedPost", post);
    auto r = d.done("ines.admin", [&](auto cb) { d.c.perform_review(item.id, "copyright_takedown", item.version, cb); });
    EXPECT_TRUE(r.ok()) << r.error().message;
  };
  take_down(204);
  EXPECT_EQ(d.member("daniel.price").copyright_strikes, 1);
  EXPECT_EQ(d.member("daniel.price").suspended_until, 0) << "one strike warns";
  EXPECT_NE(d.seen_by("olek.nowak", k_topic, 204)->cooked.find("copyright notice"), std::string::npos);
  take_down(304);
  const auto& m = d.member("daniel.price");
  EXPECT_EQ(m.copyright_strikes, 2);
  EXPECT_GT(m.suspended_until, d.now);
  // The member sees why: in their session, in every refused write, and in a message.
  d.c.act_as("daniel.price");
  auto session = d.wait<Session>([&](auto cb) { d.c.session(cb); });
  ASSERT_TRUE(session.value().user);
  EXPECT_FALSE(session.value().user->suspended_till.empty());
  EXPECT_NE(session.value().user->suspend_reason.find("copyright"), std::string::npos);
  auto refused = d.reply("daniel.price", 3, k_words);
  EXPECT_EQ(refused.error().kind, ApiErrorKind::forbidden);
  EXPECT_NE(refused.error().message.find("suspended"), std::string::npos);
  auto list = d.wait<model::TopicList>([&](auto cb) { d.c.topic_list(TopicListQuery{}, cb); });
  EXPECT_FALSE(list.ok()) << "a suspended member loses access";
  auto inbox = d.wait<model::TopicList>([&](auto cb) { d.c.private_messages("daniel.price", cb); });
  ASSERT_TRUE(inbox.ok());
  bool told = false;
  for (const auto& t : inbox.value().topics)
    if (t.title == "A copyright notice about your post") told |= d.c.topic_now(t.id).ok();
  EXPECT_TRUE(told) << "the explanation stays readable";
}

TEST(CommunityStaff, StaffSuspendWithAReasonAndAuthorsOrStaffDeletePosts) {
  Community d;
  auto member = d.member("olek.nowak");
  auto no = d.done("priya.nair", [&](auto cb) { d.c.suspend_user(SuspendRequest{member.id, "2027-01-01T00:00:00Z", "Repeated abuse.", ""}, cb); });
  EXPECT_EQ(no.error().kind, ApiErrorKind::forbidden);
  auto past = d.done("sam.mod", [&](auto cb) { d.c.suspend_user(SuspendRequest{member.id, "2020-01-01T00:00:00Z", "Repeated abuse.", ""}, cb); });
  EXPECT_EQ(past.error().http_status, 422);
  ASSERT_TRUE(d.done("sam.mod", [&](auto cb) { d.c.suspend_user(SuspendRequest{member.id, "2027-01-01T00:00:00Z", "Repeated personal remarks.", ""}, cb); }).ok());
  EXPECT_EQ(d.member("olek.nowak").suspend_reason, "Repeated personal remarks.");
  auto not_yours = d.done("priya.nair", [&](auto cb) { d.c.delete_post(204, cb); });
  EXPECT_EQ(not_yours.error().kind, ApiErrorKind::forbidden);
  ASSERT_TRUE(d.done("daniel.price", [&](auto cb) { d.c.delete_post(204, cb); }).ok());
  EXPECT_FALSE(d.seen_by("priya.nair", k_topic, 204)->deleted_at.empty());
}

// --- Linked topics, messages, blocking ------------------------------------------------------------------
TEST(CommunityLinkedTopics, LinksGoBothWays) {
  Community d;
  LinkedTopic lt;
  lt.source = {k_topic, "Working with silence in the first sessions", "working-with-silence-in-the-first-sessions", 2, "jonas.berg", "Silence can be work."};
  lt.title = "When silence feels like withdrawal";
  lt.raw = "Following on from this: how do you tell a working silence from a withdrawn one?";
  lt.category_id = 2;
  auto created = d.post("priya.nair", [&](auto cb) { d.c.reply_as_linked_topic(lt, cb); });
  ASSERT_TRUE(created.ok()) << created.error().message;
  std::int64_t new_topic = created.value().topic_id;
  EXPECT_NE(created.value().cooked.find("href=\"/t/working-with-silence-in-the-first-sessions/2/2\""), std::string::npos)
      << created.value().cooked;
  auto source = d.seen_by("olek.nowak", k_topic, 202);
  EXPECT_NE(source->cooked.find("/" + std::to_string(new_topic) + "\""), std::string::npos) << source->cooked;
  EXPECT_NE(created.value().cooked.find("<aside class=\"quote\" data-username=\"jonas.berg\">"), std::string::npos);
  EXPECT_NE(source->cooked.find("Continued in"), std::string::npos);
  auto n = d.fresh_notifications("jonas.berg");
  ASSERT_FALSE(n.empty());
  EXPECT_EQ(n[0].notification_type, static_cast<std::int64_t>(model::NotificationType::linked));
}

TEST(CommunityMessages, OnlyParticipantsReadAMessage) {
  Community d;
  auto sent = d.post("maya.okafor", [&](auto cb) {
    d.c.send_private_message(PrivateMessage{{"jonas.berg"}, "Supervision swap", "Would you swap supervision slots next week?"}, cb);
  });
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  std::int64_t topic = sent.value().topic_id;
  d.c.act_as("jonas.berg");
  EXPECT_TRUE(d.c.topic_now(topic).ok());
  d.c.act_as("tomas.admin");
  EXPECT_EQ(d.c.topic_now(topic).error().kind, ApiErrorKind::not_found) << "not even an administrator";
  d.c.act_as("maya.okafor");
  for (const auto& t : d.c.topic_list_now(TopicListQuery{}).topics) EXPECT_NE(t.id, topic) << "messages are not topics in lists";
  auto reply = d.reply("jonas.berg", topic, "Yes, Thursday works better for me anyway.");
  EXPECT_TRUE(reply.ok());
}

TEST(CommunityBlocking, ABlockedMemberCannotMessageOrMentionTheBlocker) {
  Community d;
  ASSERT_TRUE(d.done("priya.nair", [&](auto cb) { d.c.set_member_level("olek.nowak", MemberLevel::ignore, "", cb); }).ok());
  d.c.act_as("priya.nair");
  EXPECT_TRUE(d.c.user_now("olek.nowak").value().ignored);
  auto prefs = d.c.user_now("priya.nair").value();
  EXPECT_EQ(prefs.ignored_usernames, std::vector<std::string>{"olek.nowak"});
  d.c.act_as("olek.nowak");
  EXPECT_FALSE(d.c.user_now("priya.nair").value().can_send_private_message_to_user);
  auto message = d.post("olek.nowak", [&](auto cb) {
    d.c.send_private_message(PrivateMessage{{"priya.nair"}, "Hello there", "Just wanted to say hello again."}, cb);
  });
  EXPECT_EQ(message.error().kind, ApiErrorKind::forbidden);
  EXPECT_NE(message.error().message.find("not accepting messages"), std::string::npos);
  std::size_t before = d.c.data().notifications.size();
  ASSERT_TRUE(d.reply("olek.nowak", k_topic, "I agree with @priya.nair about this, very much so.", 3).ok());
  for (std::size_t i = before; i < d.c.data().notifications.size(); ++i)
    EXPECT_NE(d.c.data().notifications[i].user, "priya.nair") << "no reply or mention notification reaches the blocker";
  auto staff = d.done("priya.nair", [&](auto cb) { d.c.set_member_level("sam.mod", MemberLevel::ignore, "", cb); });
  EXPECT_EQ(staff.error().kind, ApiErrorKind::forbidden) << "staff stay reachable";
  ASSERT_TRUE(d.done("priya.nair", [&](auto cb) { d.c.set_member_level("olek.nowak", MemberLevel::normal, "", cb); }).ok());
  d.c.act_as("olek.nowak");
  EXPECT_TRUE(d.c.user_now("priya.nair").value().can_send_private_message_to_user);
}

// --- Notifications, preferences, digest -------------------------------------------------------------------
TEST(CommunityNotifications, RepliesMentionsLikesAndMessagesNotifyAndCanBeRead) {
  Community d;
  ASSERT_TRUE(d.reply("olek.nowak", k_topic, "Jonas, this matches what @priya.nair said earlier too.", 2).ok());
  ASSERT_TRUE(d.post("olek.nowak", [&](auto cb) { d.c.like(202, cb); }).ok());
  auto jonas = d.fresh_notifications("jonas.berg");
  ASSERT_EQ(jonas.size(), 2u);
  EXPECT_EQ(jonas[0].notification_type, static_cast<std::int64_t>(model::NotificationType::liked));
  EXPECT_EQ(jonas[1].notification_type, static_cast<std::int64_t>(model::NotificationType::replied));
  EXPECT_EQ(jonas[1].post_number, 5);
  EXPECT_EQ(jonas[1].display_username, "olek.nowak");
  auto priya = d.fresh_notifications("priya.nair");
  ASSERT_EQ(priya.size(), 1u);
  EXPECT_EQ(priya[0].notification_type, static_cast<std::int64_t>(model::NotificationType::mentioned));
  auto session = d.wait<Session>([&](auto cb) { d.c.session(cb); });
  std::int64_t unread = 0;
  for (const auto& n : d.c.notifications_now().notifications) unread += !n.read;
  EXPECT_EQ(session.value().user->unread_notifications, unread);
  EXPECT_GE(unread, 1);
  ASSERT_TRUE(d.done("priya.nair", [&](auto cb) { d.c.mark_notifications_read(0, cb); }).ok());
  for (const auto& n : d.c.notifications_now().notifications) EXPECT_TRUE(n.read) << "all read";
  // Reading the topic up to the post also marks its notification read.
  ASSERT_TRUE(d.done("jonas.berg", [&](auto cb) { d.c.mark_read(k_topic, {1, 2, 3, 4, 5}, cb); }).ok());
  for (const auto& n : d.fresh_notifications("jonas.berg")) EXPECT_TRUE(n.read);
}

TEST(CommunityPreferences, ExactFrequenciesAreKeptAndNeverMeansNever) {
  Community d;
  PreferencesUpdate p;
  p.frequencies = {{"replies", "hourly"}, {"mentions", "per_post"}, {"messages", "per_post"}, {"likes", "never"}};
  p.watched_category_ids = {2};
  auto saved = d.as<model::User>("jonas.berg", [&](auto cb) { d.c.update_preferences("jonas.berg", p, cb); });
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto back = d.as<PreferencesUpdate>("jonas.berg", [&](auto cb) { d.c.preferences("jonas.berg", cb); });
  EXPECT_EQ(back.value().frequencies.at("replies"), "hourly");
  EXPECT_EQ(back.value().frequencies.at("mentions"), "per_post");
  EXPECT_EQ(back.value().frequencies.at("likes"), "never");
  EXPECT_EQ(back.value().watched_category_ids, std::vector<std::int64_t>{2});
  ASSERT_TRUE(d.post("olek.nowak", [&](auto cb) { d.c.like(202, cb); }).ok());
  EXPECT_TRUE(d.fresh_notifications("jonas.berg").empty()) << "likes set to never";
  PreferencesUpdate bad;
  bad.frequencies = {{"replies", "fortnightly"}};
  auto refused = d.as<model::User>("jonas.berg", [&](auto cb) { d.c.update_preferences("jonas.berg", bad, cb); });
  EXPECT_EQ(refused.error().http_status, 422);
  auto other = d.as<model::User>("olek.nowak", [&](auto cb) { d.c.update_preferences("jonas.berg", p, cb); });
  EXPECT_EQ(other.error().kind, ApiErrorKind::forbidden);
}

TEST(CommunityDigest, GroupsPendingNotificationsByTheChosenFrequencyAtAGivenTime) {
  Community d;
  PreferencesUpdate p;
  p.frequencies = {{"replies", "hourly"}, {"mentions", "daily"}, {"messages", "per_post"}, {"likes", "weekly"}};
  ASSERT_TRUE(d.as<model::User>("jonas.berg", [&](auto cb) { d.c.update_preferences("jonas.berg", p, cb); }).ok());
  // 2026-11-27 (a Friday) 10:15, 10:40 and 11:05 UTC.
  std::int64_t t1015 = *model::parse_iso8601("2026-11-27T10:15:00Z");
  d.now = t1015;
  ASSERT_TRUE(d.reply("olek.nowak", k_topic, "A first reply to Jonas about the silences.", 2).ok());
  d.now = t1015 + 25 * 60;
  ASSERT_TRUE(d.reply("priya.nair", 3, "I wonder what @jonas.berg would say about process notes.").ok());
  ASSERT_TRUE(d.post("amara.eze", [&](auto cb) { d.c.like(202, cb); }).ok());
  d.now = t1015 + 50 * 60;
  ASSERT_TRUE(d.reply("amara.eze", k_topic, "A second reply to Jonas, a little later on.", 2).ok());
  ASSERT_TRUE(d.post("amara.eze", [&](auto cb) {
    d.c.send_private_message(PrivateMessage{{"jonas.berg"}, "Quick question", "Are you at the conference next week?"}, cb);
  }).ok());

  // At 11:30 the hourly digest covers 10:00-11:00: the first reply only.
  auto at1130 = d.c.digest("jonas.berg", t1015 + 75 * 60);
  ASSERT_EQ(at1130.size(), 1u);
  EXPECT_EQ(at1130[0].frequency, Frequency::hourly);
  EXPECT_EQ(at1130[0].from, "2026-11-27T10:00:00Z");
  ASSERT_EQ(at1130[0].items.size(), 1u);
  EXPECT_EQ(at1130[0].items[0].by, "olek.nowak");
  // The next day, the daily digest holds the mention; the hourly one is empty by then.
  auto next_day = d.c.digest("jonas.berg", *model::parse_iso8601("2026-11-28T07:00:00Z"));
  ASSERT_EQ(next_day.size(), 1u);
  EXPECT_EQ(next_day[0].frequency, Frequency::daily);
  EXPECT_EQ(next_day[0].items.size(), 1u);
  EXPECT_EQ(next_day[0].items[0].type, static_cast<std::int64_t>(model::NotificationType::mentioned));
  // The Monday after, the weekly digest holds the like. Messages (every post) are never in one.
  auto monday = d.c.digest("jonas.berg", *model::parse_iso8601("2026-11-30T09:00:00Z"));
  ASSERT_EQ(monday.size(), 1u);
  EXPECT_EQ(monday[0].frequency, Frequency::weekly);
  EXPECT_EQ(monday[0].from, "2026-11-23T00:00:00Z");
  EXPECT_EQ(monday[0].items[0].type, static_cast<std::int64_t>(model::NotificationType::liked));
  // Read notifications leave the digest.
  ASSERT_TRUE(d.done("jonas.berg", [&](auto cb) { d.c.mark_notifications_read(0, cb); }).ok());
  EXPECT_TRUE(d.c.digest("jonas.berg", t1015 + 75 * 60).empty());
}

// --- Reports, call requests, pile-on ---------------------------------------------------------------------
TEST(CommunityLead, AReportReachesOnlyTheLeadsQueueAndIsRecordedWithTimes) {
  Community d;
  PrivateMessage report{{"ruth.lead"}, "Report about a post by @daniel.price", "This reads as a personal attack on a colleague.",
                        MessagePurpose::report, 204, "daniel.price"};
  ASSERT_TRUE(d.post("priya.nair", [&](auto cb) { d.c.send_private_message(report, cb); }).ok());
  EXPECT_EQ(count_reviews(d.queue_of("tomas.admin"), "HearthReport"), 0) << "reports are for the lead";
  auto lead_queue = d.queue_of("ruth.lead");
  const auto* item = find_review(lead_queue, "HearthReport");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->about_username, "daniel.price");
  EXPECT_EQ(item->created_at, model::format_iso8601(d.now));
  d.now += 600;
  ASSERT_TRUE(d.done("ruth.lead", [&](auto cb) { d.c.perform_review(item->id, "acknowledge", item->version, cb); }).ok());
  EXPECT_EQ(count_reviews(d.queue_of("ruth.lead"), "HearthReport"), 0);
  const SeedReview& kept = d.c.data().reviews.back();
  EXPECT_EQ(kept.resolved_at, model::format_iso8601(d.now));
  EXPECT_EQ(kept.resolved_by, "ruth.lead");
}

TEST(CommunityLead, TheAuthorOfAHiddenPostCanAskForACall) {
  Community d;
  d.flag("tomas.admin", 202, 4);
  d.flag("ines.admin", 202, 4);
  const SeedTopic* notice = nullptr;
  for (const auto& t : d.c.data().topics)
    if (t.notice_for_post == 202) notice = &t;
  ASSERT_NE(notice, nullptr);
  ASSERT_TRUE(d.reply("jonas.berg", notice->id, "I'd like to talk it through on a call, please.").ok());
  ASSERT_TRUE(d.reply("jonas.berg", notice->id, "Any weekday afternoon suits me, thank you.").ok());
  auto queue = d.queue_of("ruth.lead");
  EXPECT_EQ(count_reviews(queue, "HearthCallRequest"), 1) << "one request per message";
  EXPECT_EQ(find_review(queue, "HearthCallRequest")->about_username, "jonas.berg");
}

TEST(CommunityLead, ManyMembersSinglingOutOneRaisesOnePileOnItem) {
  Community d;  // threshold 5 distinct members within 60 minutes
  const char* crowd[] = {"olek.nowak", "priya.nair", "amara.eze", "kofi.asante", "lucas.ferreira", "mei.tanaka"};
  for (int i = 0; i < 6; ++i) {
    d.now += 5 * 60;
    ASSERT_TRUE(d.reply(crowd[i], k_topic, "I really can't agree with what you wrote here, Jonas.", 2).ok());
  }
  auto queue = d.queue_of("ruth.lead");
  EXPECT_EQ(count_reviews(queue, "HearthPileOn"), 1);
  EXPECT_EQ(find_review(queue, "HearthPileOn")->about_username, "jonas.berg");
  EXPECT_EQ(count_reviews(d.queue_of("tomas.admin"), "HearthPileOn"), 0);
}

TEST(CommunityLead, ABusyThreadOrASlowTrickleRaisesNothing) {
  Community d;
  const char* crowd[] = {"olek.nowak", "priya.nair", "amara.eze", "kofi.asante", "lucas.ferreira", "mei.tanaka", "grace.lindqvist"};
  // Everyone replies to the topic or to different posts: no one is singled out.
  for (int i = 0; i < 7; ++i) {
    d.now += 60;
    ASSERT_TRUE(d.reply(crowd[i], 3, "Here is how I keep my own process notes, for what it's worth.", i % 2 ? 0 : (i % 4) + 1).ok());
  }
  // Five members replying to one member, but over five hours.
  for (int i = 0; i < 5; ++i) {
    d.now += 3600;
    ASSERT_TRUE(d.reply(crowd[i], k_topic, "Coming back to this thread with one more thought.", 2).ok());
  }
  EXPECT_EQ(count_reviews(d.queue_of("ruth.lead"), "HearthPileOn"), 0);
}

// --- Closed groups and members-only -----------------------------------------------------------------------
TEST(CommunityAccess, AClosedGroupsCategoryIsForItsMembersAndAdministrators) {
  Community d;  // category 8 is the trainees' circle; topic 8 is in it
  d.c.act_as("olek.nowak");  // a trainee
  EXPECT_TRUE(d.c.topic_now(8).ok());
  d.c.act_as("maya.okafor");  // not a trainee
  EXPECT_EQ(d.c.topic_now(8).error().kind, ApiErrorKind::not_found);
  for (const auto& t : d.c.topic_list_now(TopicListQuery{}).topics) EXPECT_NE(t.category_id, 8);
  auto post = d.post("maya.okafor", [&](auto cb) { d.c.create_topic(NewTopic{"A question for the trainees", k_words, 8}, cb); });
  EXPECT_EQ(post.error().kind, ApiErrorKind::forbidden);
  d.c.act_as("tomas.admin");
  EXPECT_TRUE(d.c.topic_now(8).ok());
  d.c.act_as("maya.okafor");
  auto found = d.c.search_now("assessed recording", 1).value();
  for (const auto& p : found.posts) EXPECT_NE(p.topic_id, 8) << "search respects the group too";
}

TEST(CommunityAccess, NothingIsReadableSignedOut) {
  Community d;
  ASSERT_TRUE(d.c.act_as(""));
  auto list = d.wait<model::TopicList>([&](auto cb) { d.c.topic_list(TopicListQuery{}, cb); });
  EXPECT_EQ(list.error().kind, ApiErrorKind::unauthorized);
  EXPECT_EQ(d.c.topic_now(2).error().kind, ApiErrorKind::unauthorized);
  EXPECT_FALSE(d.c.search_now("silence", 1).ok());
  auto site = d.wait<model::Site>([&](auto cb) { d.c.site(cb); });
  EXPECT_TRUE(site.value().login_required);
}

// --- Search ----------------------------------------------------------------------------------------------
TEST(CommunitySearch, LikesLiftRanking) {
  Community d;
  auto a = d.reply("olek.nowak", 3, "I keep a zephyrine notebook for this, separate from the record.");
  auto b = d.reply("priya.nair", 3, "A zephyrine notebook worked for me too, locked in a drawer.");
  ASSERT_TRUE(a.ok() && b.ok());
  d.c.act_as("maya.okafor");
  auto before = d.c.search_now("zephyrine notebook", 1).value();
  ASSERT_EQ(before.posts.size(), 2u);
  EXPECT_EQ(before.posts[0].id, a.value().id) << "equal relevance, equal likes: the order they were written";
  for (const char* who : {"maya.okafor", "amara.eze"}) ASSERT_TRUE(d.post(who, [&](auto cb) { d.c.like(b.value().id, cb); }).ok());
  d.c.act_as("maya.okafor");
  auto after = d.c.search_now("zephyrine notebook", 1).value();
  ASSERT_EQ(after.posts.size(), 2u);
  EXPECT_EQ(after.posts[0].id, b.value().id) << "the liked post rises";
  EXPECT_EQ(after.posts[0].like_count, 2);
  EXPECT_NE(after.posts[0].blurb.find("zephyrine"), std::string::npos);
  EXPECT_FALSE(d.c.search_now("ab", 1).value().error.empty()) << "too short";
}

// --- Live events -------------------------------------------------------------------------------------------
TEST(CommunityLive, AReplyReachesAMemberWatchingTheTopic) {
  Community d;
  std::vector<model::LiveEventBody> heard;
  d.c.act_as("maya.okafor");
  d.c.watch(LiveInterest{k_topic, true, d.member("maya.okafor").id}, [&](const model::LiveEventBody& e) { heard.push_back(e); });
  ASSERT_TRUE(d.reply("olek.nowak", k_topic, "Replying to Maya's opening post with a thought.", 1).ok());
  d.q.run();
  bool created = false, counts = false;
  for (const auto& e : heard) {
    if (const auto* t = std::get_if<model::TopicEvent>(&e)) created |= t->type == "created" && t->topic_id == k_topic;
    if (const auto* n = std::get_if<model::NotificationEvent>(&e)) counts |= n->user_id == d.member("maya.okafor").id && n->unread_notifications >= 1;
  }
  EXPECT_TRUE(created);
  EXPECT_TRUE(counts) << "maya is told of the reply to her post";
}

// --- The demo's own cases ------------------------------------------------------------------------------
TEST(CommunityDemoCases, TheSeedsFlagsWaitInTheQueueAndOneTakedownSuspendsZofia) {
  Community d;
  auto queue = d.queue_of("tomas.admin");
  for (std::int64_t post : {2705, 4904, 6301, 6703}) EXPECT_NE(find_review(queue, "ReviewableFlaggedPost", post), nullptr) << post;
  EXPECT_EQ(d.member("zofia.kowalska").copyright_strikes, 2);
  auto item = *find_review(queue, "ReviewableFlaggedPost", 6703);
  ASSERT_TRUE(d.done("tomas.admin", [&](auto cb) { d.c.perform_review(item.id, "copyright_takedown", item.version, cb); }).ok());
  EXPECT_GT(d.member("zofia.kowalska").suspended_until, d.now) << "the third strike suspends";
}

TEST(CommunityDemoCases, ASuspendedMemberIsToldWhyAndWritesNothing) {
  Community d;
  d.c.act_as("beatriz.santos");
  auto list = d.wait<model::TopicList>([&](auto cb) { d.c.topic_list(TopicListQuery{}, cb); });
  ASSERT_FALSE(list.ok());
  EXPECT_NE(list.error().message.find("personal remarks"), std::string::npos) << list.error().message;
  EXPECT_EQ(d.reply("beatriz.santos", 2, k_words).error().kind, ApiErrorKind::forbidden);
}

TEST(CommunitySearch, BlurbsReadAsTextNotMarkdown) {
  Community d;
  d.c.act_as("maya.okafor");
  auto found = d.c.search_now("gone quiet", 1).value();
  ASSERT_FALSE(found.posts.empty());
  EXPECT_NE(found.posts[0].blurb.find("gone quiet"), std::string::npos);
  EXPECT_EQ(found.posts[0].blurb.find('*'), std::string::npos) << found.posts[0].blurb;
}
