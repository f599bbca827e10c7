// The topic view: optimistic likes with rollback, the flag dialog, staff's view of hidden posts,
// windowed loading for topics of any size, read tracking and jumping to a post.
#include <gtest/gtest.h>

#include "state/app_state.h"

using namespace hearth;
using namespace hearth::state;

namespace {
model::Post post(std::int64_t id, std::int64_t number, const std::string& who, std::int64_t likes = 0,
                 bool liked = false) {
  model::Post p;
  p.id = id;
  p.post_number = number;
  p.topic_id = 7;
  p.username = who;
  p.like_count = likes;
  p.yours = who == "maya.okafor";  // the reader in these tests
  p.actions_summary.push_back({model::k_like_action, likes, liked, !liked, liked});
  p.actions_summary.push_back({4, 0, false, true, false});
  return p;
}

State reading(int posts_loaded = 3, int stream_size = 3, const char* role = "member") {
  State s;
  s.user = Member{5, "maya.okafor", "Maya", role};
  s.route = TopicRoute{"t", 7, 0};
  s.topic.topic_id = 7;
  s.topic.phase = Phase::loaded;
  model::Topic t;
  t.id = 7;
  for (int i = 1; i <= stream_size; ++i) {
    t.stream.push_back(700 + i);
    if (i <= posts_loaded) t.posts.push_back(post(700 + i, i, i == 1 ? "maya.okafor" : "jonas.berg", 2));
  }
  s.topic.topic = t;
  s.site.post_action_types = {{2, "like", "Like", "", "", false, false},
                              {4, "inappropriate", "It's Inappropriate", "", "", true, false},
                              {7, "notify_moderators", "Something Else", "", "", true, true},
                              {6, "notify_user", "Send a message", "", "", true, true},
                              {10, "illegal", "It's Illegal", "", "", true, true}};
  return s;
}

State act(State s, const Action& a, Effects* fx_out = nullptr) {
  Effects fx;
  s = update(std::move(s), a, fx);
  if (fx_out) *fx_out = fx;
  return s;
}
const model::Post& p(const State& s, int i) { return s.topic.topic->posts[i]; }
}  // namespace

State settled_reading() {
  State s = reading();
  s.site_phase = Phase::loaded;
  return s;
}

TEST(Likes, OptimisticThenConfirmed) {
  Effects fx;
  EXPECT_TRUE(is_ready(settled_reading()));
  State s = act(settled_reading(), TopicViewAction{LikePressed{702}}, &fx);
  EXPECT_EQ(p(s, 1).like_count, 3);
  EXPECT_TRUE(p(s, 1).liked());
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<LikePost>(fx[0]).post_id, 702);
  EXPECT_FALSE(is_ready(s)) << "the like is on its way";
  s = act(s, TopicViewAction{LikePressed{702}}, &fx);
  EXPECT_TRUE(fx.empty()) << "one request at a time per post";
  model::Post confirmed = post(702, 2, "jonas.berg", 4, true);
  s = act(s, TopicViewAction{LikeSaved{confirmed}});
  EXPECT_EQ(p(s, 1).like_count, 4) << "the forum's count wins (someone else liked it too)";
  EXPECT_TRUE(is_ready(s));
}

TEST(Likes, FailureRollsBackAndSaysWhy) {
  State s = act(settled_reading(), TopicViewAction{LikePressed{702}});
  s = act(s, TopicViewAction{LikeFailed{702, api::ApiError{api::ApiErrorKind::network, 0, "", {}, 0}}});
  EXPECT_EQ(p(s, 1).like_count, 2);
  EXPECT_FALSE(p(s, 1).liked());
  ASSERT_EQ(banners(s).size(), 1u);
  EXPECT_EQ(banners(s)[0].kind, "offline");
  EXPECT_TRUE(is_ready(s)) << "settled: the failure is shown";
}

TEST(Likes, UnlikeUndoes) {
  State s = reading();
  s.topic.topic->posts[1] = post(702, 2, "jonas.berg", 3, true);
  Effects fx;
  s = act(s, TopicViewAction{LikePressed{702}}, &fx);
  EXPECT_EQ(p(s, 1).like_count, 2);
  EXPECT_FALSE(p(s, 1).liked());
  EXPECT_EQ(std::get<UnlikePost>(fx[0]).post_id, 702);
}

TEST(Likes, NotYourOwnNotSignedOutNotHidden) {
  Effects fx;
  State s = act(reading(), TopicViewAction{LikePressed{701}}, &fx);
  EXPECT_TRUE(fx.empty()) << "own post";
  State out = reading();
  out.user.reset();
  out = act(out, TopicViewAction{LikePressed{702}}, &fx);
  EXPECT_TRUE(fx.empty()) << "signed out";
  State hidden = reading();
  hidden.topic.topic->posts[1].hidden = true;
  hidden = act(hidden, TopicViewAction{LikePressed{702}}, &fx);
  EXPECT_TRUE(fx.empty()) << "hidden post";
}

TEST(FlagDialogFlow, ReasonMessageSendThanksAndThePostAfterwards) {
  Effects fx;
  State s = act(reading(), TopicViewAction{FlagPressed{702}});
  ASSERT_TRUE(s.flag_dialog);
  EXPECT_EQ(s.flag_dialog->author, "jonas.berg");
  EXPECT_EQ(flag_validation(*s.flag_dialog)[0], "Please choose a reason.");
  s = act(s, TopicViewAction{FlagAction{FlagReasonChosen{FlagReason::something_else}}});
  s = act(s, TopicViewAction{FlagAction{FlagSubmitPressed{}}}, &fx);
  EXPECT_TRUE(fx.empty()) << "something else needs a message";
  EXPECT_EQ(flag_validation(*s.flag_dialog)[0], "Please say a little more (at least 10 characters).");
  s = act(s, TopicViewAction{FlagAction{FlagMessageEdited{"This shares a colleague's private e-mail."}}});
  s = act(s, TopicViewAction{FlagAction{FlagSubmitPressed{}}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto& flag = std::get<FlagPost>(fx[0]).flag;
  EXPECT_EQ(flag.post_id, 702);
  EXPECT_EQ(flag.post_action_type_id, 7);
  EXPECT_EQ(flag.message, "This shares a colleague's private e-mail.");
  model::Post flagged = post(702, 2, "jonas.berg", 2);
  flagged.actions_summary[1] = {7, 1, true, false, true};
  s = act(s, TopicViewAction{FlagAction{FlagSaved{flagged}}});
  EXPECT_EQ(s.flag_dialog->phase, FlagDialog::Phase::thanks);
  EXPECT_EQ(my_flag(p(s, 1), s.site), "You flagged this post (Something Else).");
  s = act(s, TopicViewAction{FlagDialogClosed{}});
  EXPECT_FALSE(s.flag_dialog);
}

TEST(FlagDialogFlow, FailureKeepsTheReasonAndMessage) {
  State s = act(reading(), TopicViewAction{FlagPressed{702}});
  s = act(s, TopicViewAction{FlagAction{FlagReasonChosen{FlagReason::inappropriate}}});
  s = act(s, TopicViewAction{FlagAction{FlagSubmitPressed{}}});
  s = act(s, TopicViewAction{FlagAction{FlagFailed{api::ApiError{api::ApiErrorKind::rate_limited, 429, "", {}, 30}}}});
  EXPECT_EQ(s.flag_dialog->phase, FlagDialog::Phase::failed);
  EXPECT_EQ(s.flag_dialog->reason, FlagReason::inappropriate);
  ASSERT_TRUE(s.flag_dialog->error);
  Effects fx;
  s = act(s, TopicViewAction{FlagAction{FlagSubmitPressed{}}}, &fx);
  EXPECT_EQ(fx.size(), 1u) << "try again";
}

TEST(FlagDialogFlow, CopyrightAndDefamatoryUseTheCommunitysTypesOrIllegal) {
  model::Site discourse;
  discourse.post_action_types = {{10, "illegal", "It's Illegal", "", "", true, true}};
  FlagDialog d;
  d.post_id = 9;
  d.reason = FlagReason::copyright;
  d.message = "Copies a chapter of a workbook";
  auto r = flag_request(d, discourse);
  EXPECT_EQ(r.post_action_type_id, 10);
  EXPECT_EQ(r.message, "Copyright: Copies a chapter of a workbook");
  model::Site community = discourse;
  community.post_action_types.push_back({21, "defamatory", "It's defamatory", "", "", true, true});
  d.reason = FlagReason::defamatory;
  r = flag_request(d, community);
  EXPECT_EQ(r.post_action_type_id, 21);
  EXPECT_EQ(r.message, "Copies a chapter of a workbook");
  EXPECT_EQ(flag_reasons().size(), 7u);
  EXPECT_TRUE(flag_reason_info(FlagReason::message_author).needs_message);
}

TEST(FlagDialogFlow, NobodyFlagsTheirOwnPostOrWhileSignedOut) {
  State s = act(reading(), TopicViewAction{FlagPressed{701}});
  EXPECT_FALSE(s.flag_dialog);
  State out = reading();
  out.user.reset();
  out = act(out, TopicViewAction{FlagPressed{702}});
  EXPECT_FALSE(out.flag_dialog);
}

TEST(HiddenContent, OnlyStaffMayRevealAndItToggles) {
  State member = act(reading(), TopicViewAction{RevealHiddenPressed{702}});
  EXPECT_TRUE(member.topic.revealed.empty());
  State staff = act(reading(3, 3, "admin"), TopicViewAction{RevealHiddenPressed{702}});
  EXPECT_EQ(staff.topic.revealed.count(702), 1u);
  staff = act(staff, TopicViewAction{RevealHiddenPressed{702}});
  EXPECT_TRUE(staff.topic.revealed.empty());
}

TEST(Windowing, LoadsTheMissingPostsAroundTheReaderAtMostAWindowAtATime) {
  State s = reading(20, 10000);
  Effects fx;
  s = act(s, TopicViewAction{ReaderMoved{5000, 5004}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto first = std::get<LoadPosts>(fx[0]).post_ids;
  EXPECT_EQ(first.size(), k_post_window);
  EXPECT_EQ(first[0], 700 + 5001) << "what the reader sees comes first";
  s = act(s, TopicViewAction{ReaderMoved{5000, 5004}}, &fx);
  ASSERT_EQ(fx.size(), 1u) << "the next window, not the same posts again";
  for (auto id : std::get<LoadPosts>(fx[0]).post_ids) EXPECT_EQ(std::count(first.begin(), first.end(), id), 0);
}

TEST(Windowing, NothingToLoadWhenTheWindowIsHere) {
  State s = reading(60, 60);
  Effects fx;
  s = act(s, TopicViewAction{ReaderMoved{10, 14}}, &fx);
  for (const auto& e : fx) EXPECT_FALSE(std::holds_alternative<LoadPosts>(e));
}

TEST(Windowing, AllPostsCountedButOneOfTheWindowsMissingIsLoaded) {
  // As many posts as the stream has, but the one at the window's middle is another post (one
  // the stream no longer lists): its place's post is asked for.
  State s = reading(60, 60);
  const std::int64_t wanted = s.topic.topic->stream[12];
  s.topic.topic->posts[12].id = 99999;
  Effects fx;
  s = act(s, TopicViewAction{ReaderMoved{10, 14}}, &fx);
  std::vector<std::vector<std::int64_t>> loads;
  for (const auto& e : fx)
    if (const auto* l = std::get_if<LoadPosts>(&e)) loads.push_back(l->post_ids);
  EXPECT_EQ(loads, (std::vector<std::vector<std::int64_t>>{{wanted}}));
}

TEST(Windowing, LoadedPostsJoinWithoutCountingAsNew) {
  State s = reading(3, 30);
  Effects fx;
  s = act(s, TopicViewAction{ReaderMoved{0, 2}}, &fx);
  std::vector<model::Post> arrived;
  for (int i = 4; i <= 23; ++i) arrived.push_back(post(700 + i, i, "priya.nair"));
  s = act(s, PostsLoaded{7, arrived});
  EXPECT_EQ(s.topic.topic->posts.size(), 23u);
  EXPECT_EQ(s.topic.new_posts, 0);
  EXPECT_TRUE(s.topic.loading_ids.empty());
}

TEST(ReadTracking, MarksWhatTheReaderReachedOnce) {
  Effects fx;
  State s = act(reading(), TopicViewAction{ReaderMoved{0, 1}}, &fx);
  ASSERT_FALSE(fx.empty());
  const auto& read = std::get<MarkRead>(fx[0]);
  EXPECT_EQ(read.post_numbers, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(s.topic.read_up_to, 2);
  s = act(s, TopicViewAction{ReaderMoved{0, 1}}, &fx);
  EXPECT_TRUE(fx.empty());
  s = act(s, TopicViewAction{ReaderMoved{1, 2}}, &fx);
  EXPECT_EQ(std::get<MarkRead>(fx[0]).post_numbers, (std::vector<std::int64_t>{3}));
}

TEST(ReadTracking, ReachingTheEndClearsTheNewRepliesPill) {
  State s = reading();
  s.topic.new_posts = 2;
  s = act(s, TopicViewAction{ReaderMoved{1, 2}});
  EXPECT_EQ(s.topic.new_posts, 0);
}

TEST(JumpToPost, LoadsAroundTheTargetAndAsksTheViewToGoThere) {
  State s = reading(20, 500);
  Effects fx;
  s = act(s, TopicViewAction{JumpToPostPressed{400}}, &fx);
  EXPECT_EQ(s.topic.target_post_number, 400);
  EXPECT_TRUE(s.topic.jump_pending);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<LoadPosts>(fx[0]).post_ids[0], 700 + 400);
  s = act(s, TopicViewAction{JumpDone{}});
  EXPECT_FALSE(s.topic.jump_pending);
}

TEST(DisableLinks, StaffTakeDownLinksAndKeepTheWords) {
  EXPECT_EQ(without_links("See [the workbook](https://example.org/wb.pdf) and https://example.com/copy now."),
            "See the workbook and [link removed] now.");
  EXPECT_EQ(without_links("No links here."), "No links here.");
  State s = reading(3, 3, "admin");
  s.topic.topic->posts[1].raw = std::string("Chapter 3 is at https://example.org/stolen.pdf");
  Effects fx;
  s = act(s, TopicViewAction{DisableLinksPressed{702}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto& edit = std::get<EditPost>(fx[0]).edit;
  EXPECT_EQ(edit.raw, "Chapter 3 is at [link removed]");
  EXPECT_EQ(edit.edit_reason, k_links_disabled_reason);
  State member = reading();
  member.topic.topic->posts[1].raw = std::string("https://example.org/x");
  member = act(member, TopicViewAction{DisableLinksPressed{702}}, &fx);
  EXPECT_TRUE(fx.empty()) << "staff only";
}
