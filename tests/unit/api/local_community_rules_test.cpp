// The embedded community's rules, as scenarios: likes; two Administrator-level inappropriate
// flags hide a post (one member and one admin do not, nor the same admin twice); the author is
// told privately; the author's edit brings the post back; replies and new topics.
#include <gtest/gtest.h>

#include "api/local_community.h"
#include "test_support.h"

using namespace hearth;
using namespace hearth::api;

namespace {
struct Demo {
  DeliveryQueue q;
  LocalCommunity c;
  std::int64_t now = 1795774500;  // 2026-11-27, after the seed's last post
  Demo() : c(parse_seed(test::read_project_file("assets/demo/community.json")).value(), q) {
    c.set_clock([this] { return now; });
  }
  template <class T>
  ApiResult<T> wait(std::function<void(Callback<T>)> call) {
    std::optional<ApiResult<T>> got;
    call([&](ApiResult<T> r) { got.emplace(std::move(r)); });
    q.run();
    EXPECT_TRUE(got.has_value());
    return std::move(*got);
  }
  ApiResult<model::Post> as(const std::string& who, std::function<void(Callback<model::Post>)> call) {
    EXPECT_TRUE(c.act_as(who)) << who;
    return wait<model::Post>(call);
  }
  ApiResult<model::Post> flag(const std::string& who, std::int64_t post, std::int64_t type = 4, std::string message = "") {
    return as(who, [&](auto cb) { c.flag(FlagRequest{post, type, message}, cb); });
  }
  // Private messages the community or a member sent during the test (not the seed's).
  std::vector<const SeedTopic*> new_messages() const {
    std::vector<const SeedTopic*> out;
    for (const auto& t : c.data().topics)
      if (t.private_message() && t.id >= 1'000'000) out.push_back(&t);
    return out;
  }
  model::Post post_seen_by(const std::string& who, std::int64_t topic, std::int64_t post) {
    c.act_as(who);
    auto t = c.topic_now(topic);
    for (const auto& p : t.value().posts)
      if (p.id == post) return p;
    ADD_FAILURE() << "no post " << post;
    return {};
  }
};
// Topic 2, post 202 by jonas.berg (a member); admins: tomas.admin, ines.admin; lead ruth.lead.
constexpr std::int64_t k_topic = 2, k_post = 202;
}  // namespace

TEST(CommunityHiding, TwoAdminsFlagInappropriateAndThePostIsHidden) {
  Demo d;
  auto first = d.flag("tomas.admin", k_post);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_FALSE(first.value().hidden) << "one flag is not enough";
  auto second = d.flag("ines.admin", k_post);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.value().hidden);
  // Each reader sees it as the guidelines say.
  model::Post author = d.post_seen_by("jonas.berg", k_topic, k_post);
  EXPECT_TRUE(author.hidden);
  EXPECT_TRUE(author.yours);
  EXPECT_FALSE(author.cooked.empty()) << "the author still has their words";
  model::Post member = d.post_seen_by("olek.nowak", k_topic, k_post);
  EXPECT_TRUE(member.cooked_hidden);
  EXPECT_TRUE(member.cooked.empty()) << "members do not receive a hidden post's body";
  model::Post staff = d.post_seen_by("tomas.admin", k_topic, k_post);
  EXPECT_FALSE(staff.cooked_hidden);
  EXPECT_FALSE(staff.cooked.empty()) << "staff can view hidden content";
  // The author is told privately, with the way back and the offer of a call.
  ASSERT_EQ(d.new_messages().size(), 1u);
  const auto& msg = *d.new_messages()[0];
  EXPECT_EQ(msg.participants, (std::vector<std::string>{"ruth.lead", "jonas.berg"}));
  EXPECT_EQ(msg.notice_for_post, k_post);
  EXPECT_NE(msg.posts[0].raw.find("If you edit the post, it becomes visible again"), std::string::npos);
  EXPECT_NE(msg.posts[0].raw.find("the community lead will arrange a call"), std::string::npos);
}

TEST(CommunityHiding, AMemberAndAnAdminDoNotHide) {
  Demo d;
  ASSERT_TRUE(d.flag("olek.nowak", k_post).ok());
  auto r = d.flag("tomas.admin", k_post);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().hidden);
  EXPECT_TRUE(d.new_messages().empty());
}

TEST(CommunityHiding, TheSameAdminTwiceDoesNotHide) {
  Demo d;
  ASSERT_TRUE(d.flag("tomas.admin", k_post).ok());
  auto again = d.flag("tomas.admin", k_post);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ApiErrorKind::forbidden);
  EXPECT_FALSE(d.post_seen_by("olek.nowak", k_topic, k_post).hidden);
}

TEST(CommunityHiding, OtherFlagsDoNotHide) {
  Demo d;
  ASSERT_TRUE(d.flag("tomas.admin", k_post, 3).ok());
  ASSERT_TRUE(d.flag("ines.admin", k_post, 3).ok());
  EXPECT_FALSE(d.post_seen_by("olek.nowak", k_topic, k_post).hidden) << "off-topic flags do not hide";
}

TEST(CommunityHiding, TheAuthorsEditBringsThePostBackAndClearsTheFlags) {
  Demo d;
  d.flag("tomas.admin", k_post);
  d.flag("ines.admin", k_post);
  auto edited = d.as("jonas.berg", [&](auto cb) {
    d.c.edit_post(PostEdit{k_post, "I'd put it more gently now: naming the silence can help, and so can waiting.", "gentler"}, cb);
  });
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  EXPECT_FALSE(edited.value().hidden);
  model::Post seen = d.post_seen_by("olek.nowak", k_topic, k_post);
  EXPECT_FALSE(seen.hidden);
  EXPECT_EQ(seen.action(4)->count, 0) << "the active flags are cleared";
  // A new pair of flags would be needed to hide it again.
  auto again = d.flag("tomas.admin", k_post);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again.value().hidden);
}

TEST(CommunityHiding, NoFlaggingYourOwnPostAndMessagesNeedWords) {
  Demo d;
  auto own = d.flag("jonas.berg", k_post);
  EXPECT_EQ(own.error().kind, ApiErrorKind::forbidden);
  auto bare = d.flag("olek.nowak", k_post, 7, "");
  EXPECT_EQ(bare.error().kind, ApiErrorKind::invalid);
  auto note = d.flag("olek.nowak", k_post, 6, "I think you meant a different session.");
  ASSERT_TRUE(note.ok());
  ASSERT_EQ(d.new_messages().size(), 1u) << "message the author: a private message, not a flag";
  EXPECT_EQ(d.new_messages()[0]->participants, (std::vector<std::string>{"olek.nowak", "jonas.berg"}));
}

TEST(CommunityLikes, OncePerMemberNotOwnUndoable) {
  Demo d;
  auto before = d.post_seen_by("olek.nowak", k_topic, k_post).like_count;
  auto liked = d.as("olek.nowak", [&](auto cb) { d.c.like(k_post, cb); });
  ASSERT_TRUE(liked.ok());
  EXPECT_EQ(liked.value().like_count, before + 1);
  EXPECT_TRUE(liked.value().liked());
  auto twice = d.as("olek.nowak", [&](auto cb) { d.c.like(k_post, cb); });
  EXPECT_EQ(twice.error().kind, ApiErrorKind::forbidden);
  auto own = d.as("jonas.berg", [&](auto cb) { d.c.like(k_post, cb); });
  EXPECT_EQ(own.error().kind, ApiErrorKind::forbidden);
  auto undone = d.as("olek.nowak", [&](auto cb) { d.c.unlike(k_post, cb); });
  ASSERT_TRUE(undone.ok());
  EXPECT_EQ(undone.value().like_count, before);
}

TEST(CommunityPosting, RepliesAndNewTopicsWithTheForumsChecks) {
  Demo d;
  auto reply = d.as("olek.nowak", [&](auto cb) { d.c.reply(NewReply{k_topic, "Thank you, this helps me a great deal.", 2}, cb); });
  ASSERT_TRUE(reply.ok()) << reply.error().message;
  EXPECT_EQ(reply.value().post_number, 5);
  EXPECT_EQ(reply.value().reply_to_post_number, 2);
  EXPECT_EQ(d.c.topic_now(k_topic).value().posts.size(), 5u);
  auto short_reply = d.as("olek.nowak", [&](auto cb) { d.c.reply(NewReply{k_topic, "Thanks", 0}, cb); });
  EXPECT_EQ(short_reply.error().kind, ApiErrorKind::invalid);
  EXPECT_EQ(short_reply.error().http_status, 422);
  d.now += 60;
  auto topic = d.as("olek.nowak", [&](auto cb) {
    d.c.create_topic(NewTopic{"Questions for a first supervisor", "What would you ask a supervisor at the start?", 4}, cb);
  });
  ASSERT_TRUE(topic.ok());
  EXPECT_EQ(topic.value().post_number, 1);
  auto list = d.c.topic_list_now(TopicListQuery{});
  EXPECT_EQ(list.topics[1].title, "Questions for a first supervisor") << "newest activity first, after the pinned topic";
  auto no_category = d.as("olek.nowak", [&](auto cb) { d.c.create_topic(NewTopic{"A title that is long enough", "A body that is long enough to post.", 99}, cb); });
  EXPECT_EQ(no_category.error().kind, ApiErrorKind::invalid);
}

TEST(CommunityPosting, OnlyTheAuthorOrStaffEdit) {
  Demo d;
  auto other = d.as("olek.nowak", [&](auto cb) { d.c.edit_post(PostEdit{k_post, "Someone else's words for this post.", ""}, cb); });
  EXPECT_EQ(other.error().kind, ApiErrorKind::forbidden);
  auto staff = d.as("sam.mod", [&](auto cb) { d.c.edit_post(PostEdit{k_post, "A moderator's correction of a typo here.", "typo"}, cb); });
  EXPECT_TRUE(staff.ok());
}

TEST(CommunitySeed, TheShippedHiddenPostIsHidden) {
  Demo d;
  bool found = false;
  for (std::int64_t id = 1; id <= 80 && !found; ++id) {
    auto t = d.c.topic_now(id);
    if (!t.ok()) continue;
    for (const auto& p : t.value().posts) found |= p.hidden;
  }
  EXPECT_TRUE(found) << "the demo community has a hidden post";
}
