// The composer: validation members read, drafts per context, the review step, the
// confidentiality warning, and text kept when sending fails.
#include <gtest/gtest.h>

#include "state/app_state.h"
#include "state/composer.h"

using namespace hearth;
using namespace hearth::state;

namespace {
Composer apply(Composer c, const ComposerAction& a, Effects* fx_out = nullptr, bool* closed_out = nullptr) {
  Effects fx;
  bool closed = false;
  c = update_composer(std::move(c), a, fx, closed);
  if (fx_out) *fx_out = fx;
  if (closed_out) *closed_out = closed;
  return c;
}
const char* k_ok_body = "I find it helps to name the silence gently and wait.";
}  // namespace

TEST(ComposerValidation, NewTopicNeedsTitleCategoryAndBody) {
  Composer c = new_topic_composer(0);
  auto m = validation_messages(c);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0], "Please give your topic a title.");
  EXPECT_EQ(m[1], "Please choose a category.");
  EXPECT_EQ(m[2], "Please write something before posting.");
  c.title = "Too short";
  c.category_id = 2;
  c.raw = "tiny";
  m = validation_messages(c);
  EXPECT_EQ(m[0], "The title is too short: use at least 15 characters.");
  EXPECT_EQ(m[1], "Your post is too short: write at least 20 characters.");
  c.title = "Working with silence online";
  c.raw = k_ok_body;
  EXPECT_TRUE(can_submit(c));
}

TEST(ComposerValidation, CountsCharactersNotBytesAndIgnoresSpaces) {
  Composer c = reply_composer(2, 0);
  c.raw = "     " + std::string(19, 'a') + "     ";
  EXPECT_FALSE(can_submit(c));
  c.raw = "Ψυχοθεραπεία και σιωπή στη δουλειά";  // 34 letters, 62 bytes
  EXPECT_TRUE(can_submit(c));
}

TEST(ComposerValidation, MessagesNeedRecipientsAndHaveSmallerMinimums) {
  Composer c = message_composer({});
  c.title = "Hi";
  c.raw = "Thank you!";
  auto m = validation_messages(c);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0], "Please choose who the message is for.");
  c.recipients = {"priya.nair"};
  EXPECT_TRUE(can_submit(c));
}

TEST(ComposerValidation, TooLongPostIsRefused) {
  Composer c = reply_composer(2, 0);
  c.raw = std::string(32001, 'x');
  EXPECT_EQ(validation_messages(c).back(), "Your post is too long: keep it under 32000 characters.");
}

TEST(ComposerDrafts, EveryEditSavesTheDraftUnderItsContextKey) {
  Effects fx;
  Composer c = apply(reply_composer(2, 3), BodyEdited{"Half a thought"}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto& save = std::get<SaveDraft>(fx[0]);
  EXPECT_EQ(save.key, "topic_2");
  Composer restored = reply_composer(2, 3);
  restore_draft(restored, save.json);
  EXPECT_EQ(restored.raw, "Half a thought");
  EXPECT_EQ(draft_key(ComposerKind::edit, 201), "edit_201");
  EXPECT_EQ(message_composer({"a", "b"}).draft_key, "pm_a,b");
}

TEST(ComposerDrafts, DamagedDraftIsIgnored) {
  Composer c = reply_composer(2, 0);
  restore_draft(c, "{not json");
  EXPECT_EQ(c.raw, "");
}

TEST(ComposerFlow, PreviewThenSubmitSendsTheRightRequest) {
  Composer c = reply_composer(2, 3);
  c = apply(c, BodyEdited{k_ok_body});
  c = apply(c, PreviewPressed{});
  EXPECT_EQ(c.step, Composer::Step::preview);
  c = apply(c, BackToEditingPressed{});
  EXPECT_EQ(c.step, Composer::Step::writing);
  Effects fx;
  c = apply(c, SubmitPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::sending);
  ASSERT_EQ(fx.size(), 1u);
  const auto& send = std::get<CreateReply>(fx[0]);
  EXPECT_EQ(send.reply.topic_id, 2);
  EXPECT_EQ(send.reply.reply_to_post_number, 3);
  EXPECT_EQ(send.reply.raw, k_ok_body);
  bool closed = false;
  c = apply(c, PostSent{}, &fx, &closed);
  EXPECT_TRUE(closed);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<DeleteDraft>(fx[0]).key, "topic_2") << "the draft goes once the post is live";
}

TEST(ComposerFlow, InvalidPostIsNotSent) {
  Effects fx;
  Composer c = apply(reply_composer(2, 0), SubmitPressed{}, &fx);
  EXPECT_TRUE(fx.empty());
  EXPECT_EQ(c.step, Composer::Step::writing);
}

TEST(ComposerFlow, SendFailureKeepsEveryWordAndAllowsRetry) {
  Composer c = apply(reply_composer(2, 0), BodyEdited{k_ok_body});
  c = apply(c, SubmitPressed{});
  Effects fx;
  c = apply(c, PostSendFailed{api::ApiError{api::ApiErrorKind::network, 0, "", {}, 0}}, &fx);
  EXPECT_EQ(c.step, Composer::Step::failed);
  EXPECT_EQ(c.raw, k_ok_body);
  ASSERT_TRUE(c.error.has_value());
  EXPECT_TRUE(fx.empty()) << "the draft is not deleted";
  c = apply(c, SubmitPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::sending);
  EXPECT_EQ(fx.size(), 1u);
}

TEST(ComposerConfidentiality, IdentifyingTextWarnsNamesWhatAndWaitsForTheAuthor) {
  Composer c = apply(reply_composer(2, 0), BodyEdited{"My client Sarah rang me from 07700 900123 last night."});
  Effects fx;
  c = apply(c, SubmitPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::identifying_warning);
  EXPECT_TRUE(fx.empty()) << "nothing is sent before the author decides";
  ASSERT_EQ(c.findings.size(), 2u);
  EXPECT_EQ(c.findings[0].kind, IdentifierKind::named_client);
  EXPECT_EQ(c.findings[1].kind, IdentifierKind::phone_number);
  // Editing goes back to writing; the changed text is checked again.
  c = apply(c, BodyEdited{"A client rang me late last night, which I found hard to hold."});
  EXPECT_EQ(c.step, Composer::Step::writing);
  c = apply(c, SubmitPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::sending);
}

TEST(ComposerConfidentiality, TheAuthorMayConfirmAndPostAnyway) {
  Composer c = apply(reply_composer(2, 0), BodyEdited{"Our room is at 12 Acacia Avenue, ring the bell."});
  c = apply(c, SubmitPressed{});
  ASSERT_EQ(c.step, Composer::Step::identifying_warning);
  Effects fx;
  c = apply(c, PostAnywayPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::sending);
  EXPECT_EQ(fx.size(), 1u);
}

TEST(ComposerConfidentiality, OrdinaryTextGoesStraightThrough) {
  Composer c = apply(reply_composer(2, 0), BodyEdited{"My supervisor suggested I bring this to the peer group."});
  Effects fx;
  c = apply(c, SubmitPressed{}, &fx);
  EXPECT_EQ(c.step, Composer::Step::sending);
}

TEST(ComposerKinds, QuoteLinkedTopicEditAndMessageSendWhatTheyShould) {
  model::Post p;
  p.id = 203;
  p.post_number = 3;
  p.topic_id = 2;
  p.username = "priya.nair";
  p.raw = "Online I find silences feel longer.";
  p.can_edit = true;
  Composer q = quote_composer(2, p, "silences feel longer");
  EXPECT_EQ(q.raw, "[quote=\"priya.nair, post:3, topic:2\"]\nsilences feel longer\n[/quote]\n\n");
  EXPECT_EQ(q.reply_to_post_number, 3);

  Composer l = linked_topic_composer(api::LinkedSource{2, "Working with silence", "working-with-silence", 3, "priya.nair", "x"}, 2);
  l = apply(l, TitleEdited{"Silence in online sessions"});
  Effects fx;
  l = apply(l, SubmitPressed{}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  const auto& linked = std::get<CreateLinkedTopic>(fx[0]);
  EXPECT_EQ(linked.topic.source.post_number, 3);
  EXPECT_EQ(linked.topic.category_id, 2);

  Composer e = edit_composer(p);
  EXPECT_EQ(e.raw, "Online I find silences feel longer.");
  e = apply(e, BodyEdited{"Online I find that silences feel much longer."});
  e = apply(e, EditReasonEdited{"clearer"});
  e = apply(e, SubmitPressed{}, &fx);
  EXPECT_EQ(std::get<EditPost>(fx.back()).edit.edit_reason, "clearer");

  Composer m = message_composer({"priya.nair"});
  m = apply(m, TitleEdited{"Peer group"});
  m = apply(m, BodyEdited{"Would you like to join?"});
  m = apply(m, SubmitPressed{}, &fx);
  EXPECT_EQ(std::get<SendMessage>(fx.back()).message.recipients, std::vector<std::string>{"priya.nair"});
}

TEST(ComposerInApp, DraftSurvivesClosingAndReopening) {
  State s;
  s.route = TopicRoute{"t", 2, 0};
  s.topic.topic_id = 2;
  s.topic.phase = Phase::loaded;
  s.topic.topic = model::Topic{};
  s.topic.topic->id = 2;
  Effects fx;
  s = update(s, ReplyPressed{0}, fx);
  ASSERT_TRUE(s.composer);
  s = update(s, ComposerAction{BodyEdited{"Unsent words"}}, fx);
  s = update(s, ComposerClosePressed{}, fx);
  EXPECT_FALSE(s.composer);
  s = update(s, ReplyPressed{0}, fx);
  ASSERT_TRUE(s.composer);
  EXPECT_EQ(s.composer->raw, "Unsent words");
}

TEST(ComposerInApp, DraftsFromTheLastVisitAreRestored) {
  State s;
  Effects fx;
  s = update(s, DraftsLoaded{{{"new_topic", R"({"title": "Half a title", "raw": "and a body"})"}}}, fx);
  s = update(s, NewTopicPressed{0}, fx);
  ASSERT_TRUE(s.composer);
  EXPECT_EQ(s.composer->title, "Half a title");
  EXPECT_EQ(s.composer->raw, "and a body");
}

TEST(ComposerInApp, SentReplyJoinsTheTopicAndTheReaderGoesToIt) {
  State s;
  s.route = TopicRoute{"t", 2, 0};
  s.topic.topic_id = 2;
  s.topic.phase = Phase::loaded;
  s.topic.topic = model::Topic{};
  s.topic.topic->id = 2;
  Effects fx;
  s = update(s, ReplyPressed{0}, fx);
  s = update(s, ComposerAction{BodyEdited{k_ok_body}}, fx);
  s = update(s, ComposerAction{SubmitPressed{}}, fx);
  model::Post sent;
  sent.id = 250;
  sent.post_number = 5;
  sent.topic_id = 2;
  fx.clear();
  s = update(s, ComposerAction{PostSent{sent}}, fx);
  EXPECT_FALSE(s.composer);
  ASSERT_EQ(s.topic.topic->posts.size(), 1u);
  EXPECT_EQ(s.topic.topic->posts[0].id, 250);
  bool navigated = false;
  for (const auto& e : fx)
    if (const auto* n = std::get_if<NavigateTo>(&e)) navigated = n->hash == "#/t/t/2/5";
  EXPECT_TRUE(navigated);
}
