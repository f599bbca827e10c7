// The app's update(): routes load their screens, results land only where they belong.
#include <gtest/gtest.h>

#include "state/app_state.h"
#include "state/snapshot.h"

using namespace hearth;
using namespace hearth::state;

namespace {
struct Step {
  State state;
  Effects effects;
};
Step apply(State s, const Action& a) {
  Effects fx;
  State next = update(std::move(s), a, fx);
  return {std::move(next), std::move(fx)};
}

model::TopicList list_of(std::initializer_list<std::int64_t> ids) {
  model::TopicList l;
  for (auto id : ids) {
    model::TopicListItem t;
    t.id = id;
    t.title = "Topic " + std::to_string(id);
    t.slug = "topic-" + std::to_string(id);
    l.topics.push_back(t);
  }
  return l;
}

model::Topic topic_with_posts(std::int64_t id, int n) {
  model::Topic t;
  t.id = id;
  t.title = "A topic";
  for (int i = 1; i <= n; ++i) {
    model::Post p;
    p.id = id * 100 + i;
    p.post_number = i;
    p.username = "u" + std::to_string(i);
    t.posts.push_back(p);
  }
  return t;
}

api::ApiError offline() { return api::ApiError{api::ApiErrorKind::network, 0, "", {}, 0}; }
}  // namespace

TEST(AppState, StartLoadsSiteAndTheLatestList) {
  auto s = apply(State{}, AppStarted{"", 1000});
  EXPECT_EQ(s.state.now, 1000);
  EXPECT_EQ(s.state.site_phase, Phase::loading);
  EXPECT_EQ(s.state.list.phase, Phase::loading);
  ASSERT_EQ(s.effects.size(), 5u);
  EXPECT_TRUE(std::holds_alternative<LoadSession>(s.effects[0]));
  EXPECT_TRUE(std::holds_alternative<LoadSite>(s.effects[1]));
  ASSERT_TRUE(std::holds_alternative<ReplaceRoute>(s.effects[2]));
  EXPECT_EQ(std::get<ReplaceRoute>(s.effects[2]).hash, "#/latest") << "the address shows the route";
  ASSERT_TRUE(std::holds_alternative<WatchLive>(s.effects[3]));
  EXPECT_TRUE(std::get<WatchLive>(s.effects[3]).interest.topic_lists);
  EXPECT_TRUE(std::holds_alternative<LoadTopicList>(s.effects[4]));
  EXPECT_FALSE(is_ready(s.state));
}

TEST(AppState, CanonicalHashIsNotReplaced) {
  auto s = apply(State{}, AppStarted{"#/t/welcome/1", 0});
  for (const auto& e : s.effects) EXPECT_FALSE(std::holds_alternative<ReplaceRoute>(e));
  EXPECT_EQ(s.state.topic.topic_id, 1);
}

TEST(AppState, ListResultMakesTheScreenReady) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, SiteLoaded{model::Site{}});
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, list_of({1, 2})});
  EXPECT_EQ(s.state.list.phase, Phase::loaded);
  EXPECT_EQ(s.state.list.topics.size(), 2u);
  EXPECT_TRUE(is_ready(s.state));
  EXPECT_EQ(page_title(s.state), "Latest topics - Hearth");
}

TEST(AppState, PressingATopicNavigatesToItsRoute) {
  auto s = apply(State{}, TopicPressed{42, "some-topic"});
  ASSERT_EQ(s.effects.size(), 1u);
  EXPECT_EQ(std::get<NavigateTo>(s.effects[0]).hash, "#/t/some-topic/42");
}

TEST(AppState, TopicRouteLoadsTheTopicAndShowsItWhenItArrives) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, SiteLoaded{model::Site{}});
  s = apply(s.state, RouteChanged{"#/t/a-topic/7/3"});
  EXPECT_EQ(s.state.topic.phase, Phase::loading);
  EXPECT_EQ(s.state.topic.target_post_number, 3);
  ASSERT_EQ(s.effects.size(), 2u);
  EXPECT_EQ(std::get<WatchLive>(s.effects[0]).interest.topic_id, 7) << "live updates follow the open topic";
  EXPECT_EQ(std::get<LoadTopic>(s.effects[1]).topic_id, 7);
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 3)});
  EXPECT_EQ(s.state.topic.phase, Phase::loaded);
  EXPECT_TRUE(is_ready(s.state));
  EXPECT_EQ(page_title(s.state), "A topic - Hearth");
}

TEST(AppState, LateAnswerForATopicWeLeftIsIgnored) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, RouteChanged{"#/t/b/8"});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 1)});
  EXPECT_EQ(s.state.topic.topic_id, 8);
  EXPECT_EQ(s.state.topic.phase, Phase::loading);
  EXPECT_FALSE(s.state.topic.topic.has_value());
}

TEST(AppState, BackToAListAlreadyShownDoesNotReloadIt) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, list_of({1})});
  s = apply(s.state, RouteChanged{"#/t/topic-1/1"});
  s = apply(s.state, RouteChanged{"#/latest"});
  ASSERT_EQ(s.effects.size(), 1u) << "only the live channels change";
  EXPECT_TRUE(std::holds_alternative<WatchLive>(s.effects[0]));
  EXPECT_EQ(s.state.list.phase, Phase::loaded);
  EXPECT_EQ(s.state.list.topics.size(), 1u);
}

TEST(AppState, CategoryRouteLoadsThatCategory) {
  auto s = apply(State{}, AppStarted{"#/c/ethics/3", 0});
  EXPECT_EQ(s.state.list.query.category_id, 3);
  model::Site site;
  model::Category c;
  c.id = 3;
  c.name = "Ethics and boundaries";
  site.categories.push_back(c);
  site.title = "Practice";
  s = apply(s.state, SiteLoaded{site});
  EXPECT_EQ(page_title(s.state), "Ethics and boundaries - Practice");
}

TEST(AppState, ListAnswerForAnotherListIsIgnored) {
  auto s = apply(State{}, AppStarted{"#/c/ethics/3", 0});
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, list_of({1, 2})});
  EXPECT_EQ(s.state.list.phase, Phase::loading);
  EXPECT_TRUE(s.state.list.topics.empty());
}

TEST(AppState, FailureShowsABannerWithRetryThatReloads) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, SiteLoaded{model::Site{}});
  s = apply(s.state, TopicListFailed{api::TopicListQuery{}, offline()});
  EXPECT_EQ(s.state.list.phase, Phase::failed);
  EXPECT_TRUE(is_ready(s.state)) << "a failed screen is settled: it shows the error";
  auto b = banners(s.state);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].kind, "offline");
  EXPECT_TRUE(b[0].can_retry);
  s = apply(s.state, RetryPressed{});
  EXPECT_EQ(s.state.list.phase, Phase::loading);
  ASSERT_EQ(s.effects.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<LoadTopicList>(s.effects[0]));
  EXPECT_TRUE(banners(s.state).empty());
}

TEST(AppState, TopicNotFoundIsAnErrorWithoutRetry) {
  auto s = apply(State{}, AppStarted{"#/t/gone/5", 0});
  s = apply(s.state, SiteLoaded{model::Site{}});
  s = apply(s.state, TopicFailed{5, api::ApiError{api::ApiErrorKind::not_found, 404, "", {}, 0}});
  auto b = banners(s.state);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].kind, "error");
  EXPECT_FALSE(b[0].can_retry);
}

TEST(AppState, UnknownRouteIsReadyAtOnceAsNotFound) {
  auto s = apply(State{}, AppStarted{"#/what", 0});
  s = apply(s.state, SiteLoaded{model::Site{}});
  EXPECT_TRUE(std::holds_alternative<NotFoundRoute>(s.state.route));
  EXPECT_TRUE(is_ready(s.state));
  EXPECT_EQ(page_title(s.state), "Page not found - Hearth");
}

TEST(AppStateLive, NewPostInTheOpenTopicIsFetchedAndAppended) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 2)});
  model::TopicEvent e;
  e.topic_id = 7;
  e.post_id = 799;
  e.post_number = 3;
  e.type = "created";
  s = apply(s.state, LiveEventArrived{e});
  ASSERT_EQ(s.effects.size(), 1u);
  const auto& load = std::get<LoadPosts>(s.effects[0]);
  EXPECT_EQ(load.topic_id, 7);
  EXPECT_EQ(load.post_ids, (std::vector<std::int64_t>{799}));
  model::Post p;
  p.id = 799;
  p.post_number = 3;
  p.username = "new";
  s = apply(s.state, PostsLoaded{7, {p}});
  ASSERT_EQ(s.state.topic.topic->posts.size(), 3u);
  EXPECT_EQ(s.state.topic.topic->posts.back().id, 799);
  EXPECT_EQ(s.state.topic.new_posts, 1) << "a pill, not a jump";
}

TEST(AppStateLive, EventsForOtherTopicsAreIgnored) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 2)});
  model::TopicEvent e;
  e.topic_id = 8;
  e.post_id = 800;
  e.type = "created";
  s = apply(s.state, LiveEventArrived{e});
  EXPECT_TRUE(s.effects.empty());
}

TEST(AppStateLive, LikeCountChangesInPlace) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 2)});
  model::TopicEvent e;
  e.topic_id = 7;
  e.post_id = 702;
  e.type = "liked";
  e.likes_count = 5;
  s = apply(s.state, LiveEventArrived{e});
  EXPECT_TRUE(s.effects.empty());
  EXPECT_EQ(s.state.topic.topic->posts[1].like_count, 5);
}

TEST(AppStateLive, EditedPostReplacesTheOldOneWithoutCountingAsNew) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 2)});
  model::Post edited = s.state.topic.topic->posts[0];
  edited.cooked = "<p>edited</p>";
  s = apply(s.state, PostsLoaded{7, {edited}});
  EXPECT_EQ(s.state.topic.topic->posts.size(), 2u);
  EXPECT_EQ(s.state.topic.topic->posts[0].cooked, "<p>edited</p>");
  EXPECT_EQ(s.state.topic.new_posts, 0);
}

TEST(AppStateLive, NotificationCountsFollowTheMember) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  model::CurrentUser u;
  u.id = 5;
  u.username = "maya.okafor";
  s = apply(s.state, SessionLoaded{api::Session{u}});
  EXPECT_EQ(s.state.user->role, "member");
  ASSERT_EQ(s.effects.size(), 1u);
  EXPECT_EQ(std::get<WatchLive>(s.effects[0]).interest.user_id, 5) << "her notification channel";
  model::NotificationEvent n;
  n.user_id = 5;
  n.unread_notifications = 3;
  s = apply(s.state, LiveEventArrived{n});
  EXPECT_EQ(s.state.unread_notifications, 3);
}

TEST(AppStateLive, NewTopicsShowAsAPillNotAJump) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, list_of({1})});
  s = apply(s.state, LiveEventArrived{model::LatestEvent{9, "new_topic"}});
  s = apply(s.state, LiveEventArrived{model::LatestEvent{10, "new_topic"}});
  EXPECT_TRUE(s.effects.empty()) << "the list does not move under the reader";
  EXPECT_EQ(s.state.list.new_topics_available, 2);
  s = apply(s.state, NewTopicsPillPressed{});
  ASSERT_EQ(s.effects.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<LoadTopicList>(s.effects[0]));
  EXPECT_EQ(s.state.list.topics.size(), 1u) << "rows stay while the fresh list loads";
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, list_of({10, 9, 1})});
  EXPECT_EQ(s.state.list.new_topics_available, 0);
  EXPECT_EQ(s.state.list.topics.size(), 3u);
}

TEST(AppStateLists, LoadMoreAppendsTheNextPage) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  model::TopicList first = list_of({1, 2});
  first.more_topics_url = "/latest.json?page=1";
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, first});
  s = apply(s.state, LoadMorePressed{});
  ASSERT_EQ(s.effects.size(), 1u);
  EXPECT_EQ(std::get<LoadTopicList>(s.effects[0]).query.page, 1);
  EXPECT_TRUE(s.state.list.loading_more);
  s = apply(s.state, LoadMorePressed{});
  EXPECT_TRUE(s.effects.empty()) << "one page at a time";
  api::TopicListQuery page1;
  page1.page = 1;
  s = apply(s.state, TopicListLoaded{page1, list_of({2, 3, 4})});
  EXPECT_EQ(s.state.list.topics.size(), 4u) << "a topic bumped between pages is not shown twice";
  EXPECT_FALSE(s.state.list.more_topics_url.has_value());
  s = apply(s.state, LoadMorePressed{});
  EXPECT_TRUE(s.effects.empty()) << "the last page";
}

TEST(AppStateLists, AFailedNextPageKeepsTheRowsShown) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  model::TopicList first = list_of({1, 2});
  first.more_topics_url = "/latest.json?page=1";
  s = apply(s.state, TopicListLoaded{api::TopicListQuery{}, first});
  s = apply(s.state, LoadMorePressed{});
  api::TopicListQuery page1;
  page1.page = 1;
  s = apply(s.state, TopicListFailed{page1, offline()});
  EXPECT_EQ(s.state.list.phase, Phase::loaded);
  EXPECT_EQ(s.state.list.topics.size(), 2u);
  EXPECT_EQ(banners(s.state).size(), 1u);
}

TEST(AppStateLists, EmptyListIsLoadedNotAnError) {
  auto s = apply(State{}, AppStarted{"#/c/ethics/3", 0});
  api::TopicListQuery q;
  q.category_id = 3;
  q.category_slug = "ethics";
  s = apply(s.state, TopicListLoaded{q, model::TopicList{}});
  EXPECT_EQ(s.state.list.phase, Phase::loaded);
  EXPECT_TRUE(s.state.list.topics.empty());
  EXPECT_TRUE(banners(s.state).empty());
}

TEST(AppStateScroll, BackReturnsToWhereTheReaderWas) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  EXPECT_EQ(s.state.scroll_to, 0.0f) << "a new screen starts at the top";
  s = apply(s.state, ScrollApplied{});
  s = apply(s.state, ScrollMoved{"#/latest", 640});
  s = apply(s.state, RouteChanged{"#/t/a/7"});
  EXPECT_EQ(s.state.scroll_to, 0.0f);
  s = apply(s.state, ScrollApplied{});
  s = apply(s.state, ScrollMoved{"#/t/a/7", 90});
  s = apply(s.state, RouteChanged{"#/latest"});
  ASSERT_TRUE(s.state.scroll_to.has_value());
  EXPECT_EQ(*s.state.scroll_to, 640.0f);
  s = apply(s.state, ScrollApplied{});
  s = apply(s.state, RouteChanged{"#/t/a/7"});
  EXPECT_EQ(*s.state.scroll_to, 90.0f) << "forward too";
}

TEST(AppStateScroll, MovesReportedWhileRestoringAreIgnored) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  s = apply(s.state, ScrollMoved{"#/latest", 300});
  EXPECT_EQ(s.state.scroll_positions.count("#/latest"), 0u);
}

TEST(Consent, NothingIsStoredUntilTheMemberAccepts) {
  State s;
  s.route = TopicRoute{"t", 2, 0};
  s.topic.topic_id = 2;
  s.topic.phase = Phase::loaded;
  s.topic.topic = model::Topic{};
  s.topic.topic->id = 2;
  Effects fx;
  s = update(s, ReplyPressed{0}, fx);
  fx.clear();
  s = update(s, ComposerAction{BodyEdited{"Kept in memory only"}}, fx);
  EXPECT_TRUE(fx.empty()) << "no draft is written before consent";
  EXPECT_EQ(s.drafts.count("topic_2"), 1u) << "but the text is kept for this visit";
  s = update(s, ConsentDeclinePressed{}, fx);
  EXPECT_TRUE(fx.empty()) << "declining stores nothing";
  s = update(s, ConsentReviewPressed{}, fx);
  s = update(s, ConsentAcceptPressed{}, fx);
  ASSERT_EQ(fx.size(), 2u);
  EXPECT_EQ(std::get<StoreConsent>(fx[0]).version, k_terms_version);
  EXPECT_EQ(std::get<SaveDraft>(fx[1]).key, "topic_2") << "what was typed is kept from now on";
  fx.clear();
  s = update(s, ComposerAction{BodyEdited{"Now kept"}}, fx);
  EXPECT_EQ(fx.size(), 1u);
}

TEST(Consent, AcceptedBeforeMeansNoNoticeButNewTermsAskAgain) {
  State s;
  Effects fx;
  s = update(s, ConsentLoaded{k_terms_version}, fx);
  EXPECT_TRUE(s.consent.accepted());
  State t;
  t = update(t, ConsentLoaded{"2025-01"}, fx);
  EXPECT_FALSE(t.consent.accepted());
  EXPECT_EQ(snapshot(t)["dialogs"][0], "consent");
}

TEST(AppStateSession, AMembersOwnPageOpenedBeforeTheSessionLoadsOnceItArrives) {
  // A bookmark to #/my/preferences: the app starts before it knows who is signed in.
  auto s = apply(State{}, AppStarted{"#/my/preferences", 0});
  EXPECT_FALSE(s.state.preferences) << "nothing to load for nobody";
  model::CurrentUser u;
  u.id = 5;
  u.username = "maya.okafor";
  s = apply(s.state, SessionLoaded{api::Session{u}});
  ASSERT_TRUE(s.state.preferences);
  EXPECT_EQ(s.state.preferences->username, "maya.okafor");
  bool asked = std::any_of(s.effects.begin(), s.effects.end(),
                           [](const Effect& e) { return std::holds_alternative<LoadPreferences>(e); });
  EXPECT_TRUE(asked) << "her preferences are asked for";
  // The same for the profile editor.
  auto p = apply(State{}, AppStarted{"#/my/profile", 0});
  p = apply(p.state, SessionLoaded{api::Session{u}});
  ASSERT_TRUE(p.state.profile_editor);
  EXPECT_EQ(p.state.profile_editor->username, "maya.okafor");
}

TEST(AppStateSession, ASuspendedMemberIsToldUntilWhenAndWhyOnEveryScreen) {
  auto s = apply(State{}, AppStarted{"#/latest", 0});
  model::CurrentUser u;
  u.id = 9;
  u.username = "zofia.kowalska";
  u.suspended_till = "2027-02-25T10:00:00Z";
  u.suspend_reason = "Your account is suspended because three of your posts were taken down after copyright notices.";
  s = apply(s.state, SessionLoaded{api::Session{u}});
  auto shown = banners(s.state);
  ASSERT_FALSE(shown.empty());
  EXPECT_EQ(shown.front().kind, "suspended");
  EXPECT_EQ(shown.front().message,
            "Your account is suspended because three of your posts were taken down after copyright notices. "
            "Suspended until 25 February 2027.");
  u.suspended_till.clear();
  s = apply(s.state, SessionLoaded{api::Session{u}});
  for (const auto& b : banners(s.state)) EXPECT_NE(b.kind, "suspended");
}

TEST(AppStateLive, ATopicReturnedToIsShownAtOnceAndAskedForAfresh) {
  auto s = apply(State{}, AppStarted{"#/t/a/7", 0});
  s = apply(s.state, TopicLoaded{7, topic_with_posts(7, 2)});
  s = apply(s.state, RouteChanged{"#/latest"});
  s = apply(s.state, RouteChanged{"#/t/a/7"});
  EXPECT_EQ(s.state.topic.phase, Phase::loaded) << "the copy it had, at once";
  ASSERT_TRUE(s.state.topic.topic);
  bool asked = std::any_of(s.effects.begin(), s.effects.end(), [](const Effect& e) {
    const auto* l = std::get_if<LoadTopic>(&e);
    return l && l->topic_id == 7;
  });
  EXPECT_TRUE(asked) << "live updates stopped while away: ask again";
  // Moving within the topic (the route's post number) asks for nothing.
  s = apply(s.state, RouteChanged{"#/t/a/7/2"});
  for (const auto& e : s.effects) EXPECT_FALSE(std::holds_alternative<LoadTopic>(e));
}
