// Preferences: frequencies per kind, watched and muted categories, blocked members, theme,
// and the mapping to Discourse's user options.
#include <gtest/gtest.h>

#include "state/preferences.h"

using namespace hearth;
using namespace hearth::state;

namespace {
Preferences loaded() {
  Preferences p;
  p.username = "maya.okafor";
  api::PreferencesUpdate forum;
  forum.options.email_level = 0;
  forum.options.digest_after_minutes = 1440;
  forum.watched_category_ids = {2};
  forum.muted_category_ids = {6};
  Effects fx;
  return update_preferences(p, PreferencesLoaded{forum, {"pat.bully"}}, fx);
}
Preferences act(Preferences p, const PreferencesAction& a, Effects* fx_out = nullptr) {
  Effects fx;
  p = update_preferences(std::move(p), a, fx);
  if (fx_out) *fx_out = fx;
  return p;
}
}  // namespace

TEST(PreferencesFlow, RepliesHourlyMentionsPerPostSaved) {
  Preferences p = loaded();
  EXPECT_EQ(p.values.notify[NotifyKind::replies], Frequency::per_post);
  p = act(p, FrequencyChosen{NotifyKind::replies, Frequency::hourly});
  p = act(p, FrequencyChosen{NotifyKind::mentions, Frequency::per_post});
  Effects fx;
  p = act(p, PreferencesSavePressed{}, &fx);
  EXPECT_EQ(p.phase, Preferences::Phase::saving);
  ASSERT_EQ(fx.size(), 1u);
  const auto& save = std::get<SavePreferences>(fx[0]);
  EXPECT_EQ(save.username, "maya.okafor");
  EXPECT_EQ(save.prefs.options.email_level, 0) << "mentions still come for every post";
  p = act(p, PreferencesSaved{});
  EXPECT_EQ(p.phase, Preferences::Phase::saved);
  EXPECT_EQ(p.saved.notify[NotifyKind::replies], Frequency::hourly);
}

TEST(PreferencesFlow, NothingChangedNothingSent) {
  Effects fx;
  act(loaded(), PreferencesSavePressed{}, &fx);
  EXPECT_TRUE(fx.empty());
}

TEST(PreferencesFlow, WatchingAndMutingExcludeEachOther) {
  Preferences p = act(loaded(), CategoryMuteToggled{2});
  EXPECT_EQ(p.values.muted_categories, (std::vector<std::int64_t>{2, 6}));
  EXPECT_TRUE(p.values.watched_categories.empty());
  p = act(p, CategoryWatchToggled{6});
  EXPECT_EQ(p.values.watched_categories, (std::vector<std::int64_t>{6}));
  EXPECT_EQ(p.values.muted_categories, (std::vector<std::int64_t>{2}));
}

TEST(PreferencesFlow, FailureKeepsTheChoices) {
  Preferences p = act(loaded(), HideProfileToggled{});
  p = act(p, PreferencesSavePressed{});
  p = act(p, PreferencesSaveFailed{api::ApiError{api::ApiErrorKind::server, 500, "", {}, 0}});
  EXPECT_EQ(p.phase, Preferences::Phase::failed);
  EXPECT_TRUE(p.values.hide_profile);
  Effects fx;
  act(p, PreferencesSavePressed{}, &fx);
  EXPECT_EQ(fx.size(), 1u);
}

TEST(PreferencesFlow, UnblockAsksTheForumThenLeavesTheList) {
  Preferences p = loaded();
  ASSERT_EQ(p.blocked, std::vector<std::string>{"pat.bully"});
  Effects fx;
  p = act(p, UnblockPressed{"pat.bully"}, &fx);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_EQ(std::get<SetMemberLevel>(fx[0]).level, api::MemberLevel::normal);
  p = act(p, Unblocked{"pat.bully"});
  EXPECT_TRUE(p.blocked.empty());
}

TEST(PreferencesFlow, ThemeAppliesAtOnceAndIsKept) {
  Effects fx;
  Preferences p = act(loaded(), ThemeChosen{Theme::dark}, &fx);
  EXPECT_EQ(p.values.theme, Theme::dark);
  EXPECT_EQ(std::get<StoreTheme>(fx[0]).theme, "dark");
}

TEST(PreferencesMapping, RoundTripsThroughDiscourseOptions) {
  PreferenceValues v;
  v.notify[NotifyKind::replies] = Frequency::weekly;
  v.notify[NotifyKind::mentions] = Frequency::weekly;
  v.notify[NotifyKind::messages] = Frequency::never;
  v.notify[NotifyKind::likes] = Frequency::never;
  v.watched_categories = {3};
  auto forum = to_forum(v, model::UserOption{});
  EXPECT_EQ(forum.options.email_level, 2);
  EXPECT_EQ(forum.options.digest_after_minutes, 10080);
  EXPECT_EQ(forum.options.email_messages_level, 2);
  EXPECT_EQ(forum.options.like_notification_frequency, 3);
  PreferenceValues back = from_forum(forum);
  EXPECT_EQ(back.notify[NotifyKind::replies], Frequency::weekly);
  EXPECT_EQ(back.notify[NotifyKind::messages], Frequency::never);
  EXPECT_EQ(back.notify[NotifyKind::likes], Frequency::never);
  EXPECT_EQ(back.watched_categories, std::vector<std::int64_t>{3});
  EXPECT_STREQ(frequency_label(Frequency::hourly), "Hourly digest");
}
