// The whole flag-to-hide-to-edit story across members, through state alone: member A posts;
// admin B flags it as inappropriate and it stays visible; admin C flags it and the forum hides
// it; A sees the notice, member D the placeholder, admin B sees it dimmed and may view it; A
// edits; everyone sees it again. The forum's answers are written as the embedded community
// gives them (the hiding rule itself is the embedded community's, tested there).
#include <gtest/gtest.h>

#include "state/app_state.h"
#include "state/snapshot.h"

using namespace hearth;
using namespace hearth::state;

namespace {
constexpr std::int64_t k_topic = 2, k_post = 250;

model::Post the_post(const std::string& reader, bool hidden, int inappropriate_flags, bool flagged_by_reader) {
  model::Post p;
  p.id = k_post;
  p.post_number = 5;
  p.topic_id = k_topic;
  p.username = "priya.nair";  // member A
  p.yours = reader == "priya.nair";
  p.can_edit = p.yours;
  p.raw = std::string("I think this approach is simply wrong for trainees.");
  p.cooked = "<p>I think this approach is simply wrong for trainees.</p>";
  p.hidden = hidden;
  p.cooked_hidden = hidden && !p.yours;
  p.actions_summary.push_back({model::k_like_action, 0, false, !p.yours, false});
  p.actions_summary.push_back({4, inappropriate_flags, flagged_by_reader, !p.yours && !flagged_by_reader, flagged_by_reader});
  return p;
}

State reader(const std::string& username, const std::string& role, bool hidden, int flags, bool flagged_by_me) {
  State s;
  s.consent.status = Consent::Status::accepted;
  s.site_phase = Phase::loaded;
  s.site.post_action_types = {{2, "like", "Like", "", "", false, false},
                              {4, "inappropriate", "It's Inappropriate", "", "", true, false}};
  s.user = Member{username == "priya.nair" ? 7 : 1, username, username, role};
  Effects fx;
  s = update(s, RouteChanged{"#/t/working-with-silence/2"}, fx);
  model::Topic t;
  t.id = k_topic;
  t.slug = "working-with-silence";
  t.posts = {the_post(username, hidden, flags, flagged_by_me)};
  t.stream = {k_post};
  s = update(s, TopicLoaded{k_topic, t}, fx);
  return s;
}

std::string state_of(const State& s) { return snapshot(s)["posts"][0]["state"].get<std::string>(); }

void flag_inappropriate(State& s, std::vector<api::FlagRequest>& sent) {
  Effects fx;
  s = update(s, TopicViewAction{FlagPressed{k_post}}, fx);
  s = update(s, TopicViewAction{FlagAction{FlagReasonChosen{FlagReason::inappropriate}}}, fx);
  s = update(s, TopicViewAction{FlagAction{FlagSubmitPressed{}}}, fx);
  for (const auto& e : fx)
    if (const auto* f = std::get_if<FlagPost>(&e)) sent.push_back(f->flag);
}
}  // namespace

TEST(FlagStory, TwoAdminFlagsHideAnEditBringsItBack) {
  std::vector<api::FlagRequest> sent;

  // Admin B flags: still visible to B (the forum answers the post, flagged once).
  State b = reader("tomas.admin", "admin", false, 0, false);
  flag_inappropriate(b, sent);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].post_action_type_id, 4);
  Effects fx;
  b = update(b, TopicViewAction{FlagAction{FlagSaved{the_post("tomas.admin", false, 1, true)}}}, fx);
  EXPECT_EQ(b.flag_dialog->phase, FlagDialog::Phase::thanks);
  EXPECT_EQ(state_of(b), "visible");
  EXPECT_EQ(my_flag(b.topic.topic->posts[0], b.site), "You flagged this post (It's Inappropriate).");

  // Admin C flags: the forum hides it.
  State c = reader("ines.admin", "admin", false, 1, false);
  flag_inappropriate(c, sent);
  ASSERT_EQ(sent.size(), 2u);
  c = update(c, TopicViewAction{FlagAction{FlagSaved{the_post("ines.admin", true, 2, true)}}}, fx);
  EXPECT_EQ(state_of(c), "hidden_dimmed");

  // Each reader now sees it as the guidelines say.
  State a = reader("priya.nair", "member", true, 2, false);
  EXPECT_EQ(state_of(a), "hidden_notice");
  State d = reader("olek.nowak", "member", true, 2, false);
  EXPECT_EQ(state_of(d), "hidden_placeholder");
  State b_later = reader("tomas.admin", "admin", true, 2, true);
  EXPECT_EQ(state_of(b_later), "hidden_dimmed");
  b_later = update(b_later, TopicViewAction{RevealHiddenPressed{k_post}}, fx);
  EXPECT_EQ(b_later.topic.revealed.count(k_post), 1u) << "staff may view hidden content";
  d = update(d, TopicViewAction{RevealHiddenPressed{k_post}}, fx);
  EXPECT_TRUE(d.topic.revealed.empty()) << "members may not";
  d = update(d, TopicViewAction{LikePressed{k_post}}, fx);
  EXPECT_TRUE(fx.empty()) << "a hidden post cannot be liked";

  // A edits the post; the forum un-hides it.
  a = update(a, EditPostPressed{k_post}, fx);
  ASSERT_TRUE(a.composer);
  EXPECT_EQ(a.composer->kind, ComposerKind::edit);
  EXPECT_EQ(a.composer->raw, "I think this approach is simply wrong for trainees.");
  a = update(a, ComposerAction{BodyEdited{"I see this approach differently: for trainees I would start with more structure."}}, fx);
  a = update(a, ComposerAction{EditReasonEdited{"rephrased after the community's message"}}, fx);
  fx.clear();
  a = update(a, ComposerAction{SubmitPressed{}}, fx);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<EditPost>(fx[0]).edit.post_id, k_post);
  model::Post edited = the_post("priya.nair", false, 0, false);
  edited.raw = std::string("I see this approach differently: for trainees I would start with more structure.");
  a = update(a, ComposerAction{PostSent{edited}}, fx);
  EXPECT_FALSE(a.composer);
  EXPECT_EQ(state_of(a), "visible");
  State d_later = reader("olek.nowak", "member", false, 0, false);
  EXPECT_EQ(state_of(d_later), "visible");
}
