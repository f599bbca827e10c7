// The whole view-state of the app, the actions that change it and the effects it asks for.
// update() is pure: no ImGui, no fetch, no clock (time arrives in actions).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "api/forum_api.h"
#include "model/site.h"
#include "model/topic.h"
#include "state/composer.h"
#include "state/cooked.h"
#include "state/post_visibility.h"
#include "state/consent.h"
#include "state/preferences.h"
#include "state/profile_editor.h"
#include "state/report.h"
#include "state/review_queue.h"
#include "state/session.h"
#include "state/flag_dialog.h"
#include "state/topic_view.h"
#include "state/effects.h"
#include "state/route.h"

namespace hearth::state {

enum class Phase { idle, loading, loaded, failed };

struct TopicListScreen {
  api::TopicListQuery query;    // page 0: the list's identity
  Phase phase = Phase::idle;
  bool loading_more = false;    // the next page is on its way
  int pages_loaded = 0;
  std::int64_t new_topics_available = 0;  // announced live; shown as a pill, not a jump
  std::vector<model::TopicListItem> topics;
  std::optional<std::string> more_topics_url;
  std::optional<api::ApiError> error;
};

struct TopicScreen {
  std::int64_t topic_id = 0;
  std::int64_t target_post_number = 0;  // the post the route points at; 0 for the top
  std::int64_t new_posts = 0;           // arrived live below the reader; shown as a pill
  std::int64_t read_up_to = 0;          // the furthest post number the reader has seen
  bool jump_pending = false;            // the view should bring target_post_number into sight
  std::map<std::int64_t, model::Post> pending_likes;  // as they were, to roll back on failure
  std::set<std::int64_t> loading_ids;   // posts asked for and not yet here
  std::set<std::int64_t> revealed;      // hidden posts staff chose to view
  // Posts read into rich and plain text by the worker (state/cooked.h). A cache shared by the
  // copies of the state (copying never copies it; batches are added in place): each entry is
  // checked against its post's fingerprint, so no copy can see text that is not its post's.
  std::shared_ptr<CookedPosts> cooked;
  std::optional<api::ApiError> action_error;  // a like or flag that did not go through
  Phase phase = Phase::idle;
  std::optional<model::Topic> topic;
  std::optional<api::ApiError> error;
};

// The signed-in member as screens need them (nullopt: signed out).
struct Member {
  std::int64_t id = 0;
  std::string username;
  std::string name;
  std::string role;  // "member", "moderator" or "admin"
  std::string suspended_till;  // ISO 8601, empty unless suspended
  std::string suspend_reason;  // what the member is told about it
  bool staff() const { return role != "member"; }
};

// Pages that show one thing loaded from the forum: notifications, the messages inbox, search
// results and a member's profile.
template <class T>
struct Loaded {
  Phase phase = Phase::idle;
  T value{};
  std::optional<api::ApiError> error;
};
struct SearchScreen {
  std::string query;
  Loaded<model::SearchResult> result;
};
struct MemberScreen {
  std::string username;
  Loaded<model::User> user;
};

// The embedded demo community: who the visitor acts as, and where its data is kept.
struct DemoState {
  std::vector<std::pair<std::string, std::string>> members;  // username, role ("member", "lead"...)
  std::string storage = "memory_only";  // memory_only, loading, saved, saving, failed, unreadable
  std::string storage_message;
  std::size_t unsaved = 0;
  int resets = 0;
  bool confirming_reset = false;
  bool resetting = false;
  std::optional<std::string> reset_error;
};

struct State {
  Route route = LatestRoute{};
  std::optional<DemoState> demo;  // only when the forum is the embedded demo community
  bool menu_open = false;          // the member menu (top right)
  bool shortcuts_open = false;     // the keyboard shortcuts list
  Loaded<model::NotificationList> notifications;
  Loaded<model::TopicList> messages;
  SearchScreen search;
  MemberScreen member;
  std::string toast;               // a short confirmation ("Link copied"), until toast_until
  std::int64_t toast_until = 0;
  std::optional<Member> user;
  std::int64_t unread_notifications = 0;
  std::int64_t unread_private_messages = 0;
  std::int64_t now = 0;  // Unix seconds, as of the last Tick
  Phase site_phase = Phase::idle;
  model::Site site;
  std::optional<api::ApiError> site_error;
  std::optional<api::ApiError> live_error;  // a live post that could not be fetched
  TopicListScreen list;
  TopicScreen topic;
  std::map<std::string, float> scroll_positions;  // per route, so back and forward return there
  std::optional<float> scroll_to;                 // a position the view should move to once
  std::optional<Composer> composer;             // the bottom sheet, when open
  std::optional<FlagDialog> flag_dialog;
  std::optional<ProfileEditor> profile_editor;
  std::optional<Preferences> preferences;
  Consent consent;
  std::optional<ReviewQueueScreen> review;
  std::optional<ReportDialog> report_dialog;
  std::vector<EvidenceEntry> evidence;  // the member's own log, kept in the browser
  std::set<std::string> blocked;        // members the reader blocks (from their preferences)
  LoginForm login;
  Theme theme = Theme::system;
  std::map<std::string, std::string> drafts;    // saved drafts by key (JSON), as last stored
};

// --- Actions: intents from the member, and results of effects -----------------------------
struct AppStarted { std::string hash; std::int64_t now = 0; };
struct RouteChanged { std::string hash; };  // the browser's hash changed (link, back, forward)
struct Tick { std::int64_t now = 0; };
struct SiteLoaded { model::Site site; };
struct SiteFailed { api::ApiError error; };
struct TopicListLoaded { api::TopicListQuery query; model::TopicList list; };
struct TopicListFailed { api::TopicListQuery query; api::ApiError error; };
struct TopicLoaded { std::int64_t topic_id = 0; model::Topic topic; };
struct TopicFailed { std::int64_t topic_id = 0; api::ApiError error; };
struct TopicPressed { std::int64_t topic_id = 0; std::string slug; };
struct CategoryPressed { std::int64_t category_id = 0; std::string slug; };
struct LatestPressed {};
struct RetryPressed {};
struct SessionLoaded { api::Session session; };
struct SessionFailed { api::ApiError error; };
struct LiveEventArrived { model::LiveEventBody event; };  // from MessageBus or the embedded community
struct PostsLoaded { std::int64_t topic_id = 0; std::vector<model::Post> posts; };
struct PostsFailed { std::int64_t topic_id = 0; api::ApiError error; };
struct PostsCooked { std::int64_t topic_id = 0; CookBatch posts; };  // a worker's batch
// Opening and closing the composer.
struct NewTopicPressed { std::int64_t category_id = 0; };
struct ReplyPressed { std::int64_t post_number = 0; };  // 0: a reply to the topic
struct QuotePressed { std::int64_t post_id = 0; std::string excerpt; };
struct ReplyAsLinkedTopicPressed { std::int64_t post_id = 0; };
struct EditPostPressed { std::int64_t post_id = 0; };
struct MessageMemberPressed { std::string username; };
struct ComposerClosePressed {};    // the draft stays, to come back to
struct ComposerDiscardPressed {};  // the draft goes
struct DraftsLoaded { std::map<std::string, std::string> drafts; };
struct ScrollMoved { std::string route; float y = 0; };  // the reader scrolled
struct ScrollApplied {};                                  // the view reached scroll_to
struct ConsentLoaded { std::string accepted_version; };   // "" when never accepted
struct ConsentAcceptPressed {};
struct ConsentDeclinePressed {};
struct ConsentReviewPressed {};                           // reopen the notice after declining
struct ThemeLoaded { std::string theme; };
struct LoadMorePressed {};          // the next page of the list
struct NewTopicsPillPressed {};     // show the topics that arrived
struct ReportPostPressed { std::int64_t post_id = 0; };
struct ReportMemberPressed { std::string username; };
struct ReportReasonEdited { std::string text; };
struct KeepEvidenceToggled {};
struct ReportSubmitPressed {};
struct ReportSent {};
struct ReportFailed { api::ApiError error; };
struct ReportClosed {};
struct EvidenceLoaded { std::string json; };
struct EvidenceEntryRemoved { std::size_t index = 0; };
struct LogoutPressed {};
struct LoggedOut {};
struct ActAsPressed { std::string username; };  // the embedded demo's member switch
struct RefreshPressed {};  // load the current screen afresh (after acting as another member)
struct LinkPressed { std::string target; };  // a link in a post: a route, or an address for a new tab
struct ShareLinkPressed { std::int64_t post_number = 0; };  // copy the post's address
struct CopyPostPressed { std::int64_t post_id = 0; };      // copy the post's text
struct NotificationsLoaded { model::NotificationList list; };
struct NotificationsFailed { api::ApiError error; };
struct NotificationPressed { std::int64_t id = 0; };       // open what it is about (and mark it read)
struct MarkAllReadPressed {};
struct MessagesLoaded { model::TopicList list; };
struct MessagesFailed { api::ApiError error; };
struct SearchEdited { std::string query; };
struct SearchSubmitted {};
struct SearchLoaded { std::string query; model::SearchResult result; };
struct SearchFailed { std::string query; api::ApiError error; };
struct MemberLoaded { model::User user; };
struct MemberFailed { std::string username; api::ApiError error; };
struct BlockPressed { std::string username; bool block = true; };
struct MemberLevelSaved { std::string username; bool blocked = false; };
struct ShortcutsToggled {};
struct ExportEvidencePressed { bool json = false; };  // the member's log as a file (text or JSON)
// The embedded demo: its members, where its data is kept, and going back to the seed.
struct DemoStarted { std::vector<std::pair<std::string, std::string>> members; };
struct DemoStorageChanged { std::string storage; std::string message; std::size_t unsaved = 0; int resets = 0; };
struct MemberMenuToggled {};
struct ResetDemoPressed {};
struct ResetDemoCancelled {};
struct ResetDemoConfirmed {};
struct DemoResetDone { std::optional<std::string> error; };

using Action = std::variant<AppStarted, RouteChanged, Tick, SiteLoaded, SiteFailed, TopicListLoaded,
                            TopicListFailed, TopicLoaded, TopicFailed, TopicPressed,
                            CategoryPressed, LatestPressed, RetryPressed, SessionLoaded,
                            SessionFailed, LiveEventArrived, PostsLoaded, PostsFailed, PostsCooked,
                            NewTopicPressed, ReplyPressed, QuotePressed, ReplyAsLinkedTopicPressed,
                            EditPostPressed, MessageMemberPressed, ComposerClosePressed,
                            ComposerDiscardPressed, DraftsLoaded, ComposerAction, ScrollMoved,
                            ScrollApplied, TopicViewAction, ProfileAction, PreferencesAction,
                            ConsentLoaded, ConsentAcceptPressed, ConsentDeclinePressed,
                            ConsentReviewPressed, ThemeLoaded, LoadMorePressed, NewTopicsPillPressed,
                            ReviewAction, ReportPostPressed, ReportMemberPressed, ReportReasonEdited,
                            KeepEvidenceToggled, ReportSubmitPressed, ReportSent, ReportFailed,
                            ReportClosed, EvidenceLoaded, EvidenceEntryRemoved, LoginAction,
                            LogoutPressed, LoggedOut, ActAsPressed, RefreshPressed, DemoStarted,
                            DemoStorageChanged, MemberMenuToggled, ResetDemoPressed, ResetDemoCancelled,
                            ResetDemoConfirmed, DemoResetDone, LinkPressed, ShareLinkPressed,
                            CopyPostPressed, NotificationsLoaded, NotificationsFailed, NotificationPressed,
                            MarkAllReadPressed, MessagesLoaded, MessagesFailed, SearchEdited, SearchSubmitted,
                            SearchLoaded, SearchFailed, MemberLoaded, MemberFailed, BlockPressed, MemberLevelSaved, ShortcutsToggled,
                            ExportEvidencePressed>;

State update(State state, const Action& action, Effects& effects);
// The same, taking what it can from the action instead of copying it (a loaded topic).
State update(State state, Action&& action, Effects& effects);

// --- Derived views -----------------------------------------------------------------------
// The name of the screen a route shows ("Latest topics", "Preferences", ...).
const char* screen_title(const Route& route);
// The browser tab's title for the current screen.
std::string page_title(const State& state);
// True once the current screen has what it needs and no request for it is pending.
bool is_ready(const State& state);

struct Banner {
  std::string kind;  // "error" | "offline" | "storage"
  std::string message;
  bool can_retry = false;
  bool can_reset_demo = false;  // the demo's saved data is unreadable: offer to start again
};
std::vector<Banner> banners(const State& state);

// Who is reading, for how posts show (post_visibility.h).
Reader reader_of(const State& state);

struct ListCounts {
  std::int64_t unread_topics = 0;  // topics with posts the member has not read
  std::int64_t new_topics = 0;     // topics the member has never opened
};
ListCounts list_counts(const TopicListScreen& list);

}  // namespace hearth::state
