// Staff's review queue, reports to the community lead with the evidence log, and signing in.
#include <gtest/gtest.h>

#include "state/app_state.h"

using namespace hearth;
using namespace hearth::state;

namespace {
model::Reviewable flagged(std::int64_t id, std::int64_t post, int flags, const char* type = "ReviewableFlaggedPost") {
  model::Reviewable r;
  r.id = id;
  r.type = type;
  r.target_id = post;
  r.version = 3;
  for (int i = 0; i < flags; ++i) r.scores.push_back({i + 1, i + 10, 4, 0, 5.0, "", ""});
  r.bundled_actions.push_back({"agree", "Agree", {{"agree_and_hide", "Hide post"}, {"agree_and_keep", "Keep"}}});
  r.bundled_actions.push_back({"disagree", "Disagree", {{"disagree", "Disagree"}}});
  return r;
}
State staff(const char* role = "admin") {
  State s;
  s.consent.status = Consent::Status::accepted;
  s.user = Member{1, "ruth.lead", "Ruth", role};
  s.site_phase = Phase::loaded;
  return s;
}
State act(State s, const Action& a, Effects* fx_out = nullptr) {
  Effects fx;
  s = update(std::move(s), a, fx);
  if (fx_out) *fx_out = fx;
  return s;
}
}  // namespace

TEST(ReviewQueueFlow, StaffOpenTheQueueAndActOnAnItem) {
  Effects fx;
  State s = act(staff(), RouteChanged{"#/review"}, &fx);
  ASSERT_TRUE(s.review);
  EXPECT_FALSE(is_ready(s));
  bool asked = false;
  for (const auto& e : fx) asked |= std::holds_alternative<LoadReviewQueue>(e);
  EXPECT_TRUE(asked);
  model::ReviewQueue q;
  q.reviewables = {flagged(14, 203, 2), flagged(15, 301, 1)};
  s = act(s, ReviewAction{ReviewQueueLoaded{q}});
  EXPECT_TRUE(is_ready(s));
  auto counts = flag_counts(s.review->queue.reviewables[0]);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0], (std::pair<std::int64_t, int>{4, 2})) << "two inappropriate flags on one post";
  s = act(s, ReviewAction{ReviewActionPressed{14, "agree_and_hide"}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto& perform = std::get<PerformReview>(fx[0]);
  EXPECT_EQ(perform.version, 3);
  s = act(s, ReviewAction{ReviewActionPressed{14, "agree_and_hide"}}, &fx);
  EXPECT_TRUE(fx.empty()) << "busy";
  s = act(s, ReviewAction{ReviewActionDone{14}});
  EXPECT_EQ(s.review->queue.reviewables.size(), 1u);
}

TEST(ReviewQueueFlow, OnlyOfferedActionsAndFailuresKeepTheItem) {
  State s = act(staff(), RouteChanged{"#/review"});
  model::ReviewQueue q;
  q.reviewables = {flagged(14, 203, 2)};
  s = act(s, ReviewAction{ReviewQueueLoaded{q}});
  Effects fx;
  s = act(s, ReviewAction{ReviewActionPressed{14, "delete_user"}}, &fx);
  EXPECT_TRUE(fx.empty());
  s = act(s, ReviewAction{ReviewActionPressed{14, "disagree"}}, &fx);
  s = act(s, ReviewAction{ReviewActionFailed{14, api::ApiError{api::ApiErrorKind::invalid, 409, "", {"Someone else acted first"}, 0}}});
  EXPECT_EQ(s.review->queue.reviewables.size(), 1u);
  EXPECT_EQ(banners(s).size(), 1u);
}

TEST(ReviewQueueFlow, LeadOnlyItemsAndMembers) {
  ReviewQueueScreen q;
  q.queue.reviewables = {flagged(1, 2, 1), flagged(2, 0, 0, "HearthReport"), flagged(3, 0, 0, "HearthPileOn"),
                         flagged(4, 0, 0, "HearthCallRequest")};
  EXPECT_EQ(visible_reviewables(q, "admin", true).size(), 4u) << "the lead sees reports, call requests, pile-ons";
  EXPECT_EQ(visible_reviewables(q, "moderator", false).size(), 1u);
  EXPECT_TRUE(visible_reviewables(q, "member", false).empty());
  State member = act(staff("member"), RouteChanged{"#/review"});
  EXPECT_FALSE(member.review) << "members have no review queue";
}

TEST(ReviewQueueFlow, SuspendNeedsAReasonAndADate) {
  State s = act(staff(), RouteChanged{"#/review"});
  Effects fx;
  s = act(s, ReviewAction{SuspendPressed{9, "2027-06-01T00:00:00Z", ""}}, &fx);
  EXPECT_TRUE(fx.empty());
  s = act(s, ReviewAction{SuspendPressed{9, "2027-06-01T00:00:00Z", "Repeated copyright infringement"}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<SuspendMember>(fx[0]).request.reason, "Repeated copyright infringement");
}

namespace {
State reading_with_post() {
  State s = staff("member");
  s.user = Member{5, "maya.okafor", "Maya", "member"};
  s.site.lead_username = "ruth.lead";
  s.now = 1795169700;
  s.route = TopicRoute{"working-with-silence", 2, 0};
  s.topic.topic_id = 2;
  s.topic.phase = Phase::loaded;
  model::Topic t;
  t.id = 2;
  t.slug = "working-with-silence";
  model::Post p;
  p.id = 203;
  p.post_number = 3;
  p.topic_id = 2;
  p.username = "pat.sharp";
  p.created_at = "2026-11-21T09:02:00Z";
  p.cooked = "<p>If silence scares you, maybe pick another job.</p>";
  t.posts = {p};
  s.topic.topic = t;
  return s;
}
}  // namespace

TEST(ReportFlow, ReportAPostToTheLeadWithEvidence) {
  State s = act(reading_with_post(), ReportPostPressed{203});
  ASSERT_TRUE(s.report_dialog);
  EXPECT_EQ(s.report_dialog->permalink, "#/t/working-with-silence/2/3");
  EXPECT_EQ(s.report_dialog->post_text, "If silence scares you, maybe pick another job.");
  Effects fx;
  s = act(s, ReportSubmitPressed{}, &fx);
  EXPECT_TRUE(fx.empty()) << "a reason is needed";
  EXPECT_FALSE(report_problems(*s.report_dialog).empty());
  s = act(s, ReportReasonEdited{"This is the third dismissive reply to trainees this week."});
  s = act(s, ReportSubmitPressed{}, &fx);
  ASSERT_EQ(fx.size(), 2u);
  const auto& msg = std::get<SendReport>(fx[0]).message;
  EXPECT_EQ(msg.recipients, std::vector<std::string>{"ruth.lead"});
  EXPECT_EQ(msg.title, "Report about a post by @pat.sharp");
  EXPECT_NE(msg.raw.find("> If silence scares you, maybe pick another job."), std::string::npos);
  EXPECT_NE(msg.raw.find("#/t/working-with-silence/2/3"), std::string::npos);
  ASSERT_EQ(s.evidence.size(), 1u);
  EXPECT_EQ(s.evidence[0].recorded_at, "2026-11-20T10:15:00Z");
  EXPECT_EQ(s.evidence[0].content, "If silence scares you, maybe pick another job.");
  s = act(s, ReportSent{});
  EXPECT_EQ(s.report_dialog->phase, ReportDialog::Phase::sent);
}

TEST(ReportFlow, FailureKeepsTheWordsAndTheEvidence) {
  State s = act(reading_with_post(), ReportPostPressed{203});
  s = act(s, ReportReasonEdited{"Please look at this reply."});
  s = act(s, ReportSubmitPressed{});
  s = act(s, ReportFailed{api::ApiError{api::ApiErrorKind::network, 0, "", {}, 0}});
  EXPECT_EQ(s.report_dialog->phase, ReportDialog::Phase::failed);
  EXPECT_EQ(s.report_dialog->reason, "Please look at this reply.");
  EXPECT_EQ(s.evidence.size(), 1u);
}

TEST(ReportFlow, ReportAMember) {
  State s = act(reading_with_post(), ReportMemberPressed{"pat.sharp"});
  s = act(s, ReportReasonEdited{"Repeated private messages after I asked them to stop."});
  Effects fx;
  s = act(s, ReportSubmitPressed{}, &fx);
  EXPECT_EQ(std::get<SendReport>(fx[0]).message.title, "Report about @pat.sharp");
}

TEST(EvidenceLog, ExportsAsTextAndJsonAndReadsBack) {
  std::vector<EvidenceEntry> log = {{"2026-11-20T10:15:00Z", "#/t/a/2/3", "pat.sharp", "2026-11-19T08:00:00Z",
                                     "The post", "Third time"}};
  std::string text = evidence_as_text(log);
  EXPECT_NE(text.find("Evidence log (1 entry)"), std::string::npos);
  EXPECT_NE(text.find("recorded 2026-11-20T10:15:00Z"), std::string::npos);
  EXPECT_NE(text.find("Content as it was:\nThe post"), std::string::npos);
  EXPECT_EQ(evidence_from_json(evidence_as_json(log)), log);
  EXPECT_TRUE(evidence_from_json("not json").empty());
  EXPECT_EQ(evidence_from_json(R"([{"recorded_at": "x"}, 5, {"no": "time"}])").size(), 1u);
}

TEST(EvidenceLog, LoadedAtStartAndEntriesCanBeRemoved) {
  State s = act(reading_with_post(), EvidenceLoaded{evidence_as_json({{"t1", "", "a", "", "", ""}, {"t2", "", "b", "", "", ""}})});
  ASSERT_EQ(s.evidence.size(), 2u);
  Effects fx;
  s = act(s, EvidenceEntryRemoved{0}, &fx);
  ASSERT_EQ(s.evidence.size(), 1u);
  EXPECT_EQ(s.evidence[0].author, "b");
  EXPECT_EQ(fx.size(), 1u);
}

TEST(SignIn, SuccessFailuresAndSecondFactor) {
  State s;
  s.consent.status = Consent::Status::accepted;
  Effects fx;
  s = act(s, LoginAction{LoginPressed{}}, &fx);
  EXPECT_TRUE(fx.empty());
  EXPECT_EQ(s.login.message, "Please enter your username (or e-mail) and your password.");
  s = act(s, LoginAction{LoginFieldEdited{"login", "maya.okafor"}});
  s = act(s, LoginAction{LoginFieldEdited{"password", "pw"}});
  s = act(s, LoginAction{LoginPressed{}}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<LogIn>(fx[0]).request.login, "maya.okafor");
  s = act(s, LoginAction{LoginFailed{api::ApiError{api::ApiErrorKind::invalid, 200, "login_refused", {"Incorrect"}, 0}}});
  EXPECT_EQ(s.login.message, "That username or password is not right. Please try again.");
  s = act(s, LoginAction{LoginPressed{}});
  s = act(s, LoginAction{LoginFailed{api::ApiError{api::ApiErrorKind::invalid, 200, "invalid_second_factor", {}, 0}}});
  EXPECT_TRUE(s.login.needs_second_factor);
  s = act(s, LoginAction{LoginPressed{}});
  s = act(s, LoginAction{LoginFailed{api::ApiError{api::ApiErrorKind::invalid, 200, "not_activated", {}, 0}}});
  EXPECT_NE(s.login.message.find("not activated"), std::string::npos);
  s = act(s, LoginAction{LoginPressed{}});
  s = act(s, LoginAction{LoginFailed{api::ApiError{api::ApiErrorKind::rate_limited, 429, "", {}, 10}}});
  EXPECT_NE(s.login.message.find("wait 10 seconds"), std::string::npos);
  s = act(s, LoginAction{LoginPressed{}});
  model::CurrentUser u;
  u.id = 5;
  u.username = "maya.okafor";
  u.moderator = true;
  s = act(s, LoginAction{LoggedIn{u}}, &fx);
  ASSERT_TRUE(s.user);
  EXPECT_EQ(s.user->role, "moderator");
  EXPECT_TRUE(s.login.password.empty()) << "the password is not kept";
}

TEST(SignIn, SignOutForgetsTheMembersScreens) {
  State s = staff();
  s.preferences = Preferences{};
  Effects fx;
  s = act(s, LogoutPressed{}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<LogOut>(fx[0]).username, "ruth.lead");
  s = act(s, LoggedOut{});
  EXPECT_FALSE(s.user);
  EXPECT_FALSE(s.preferences);
}
