// Effects: what state asks app/ to do (through ForumApi and the platform). Results come back
// as actions. Plain values, so tests compare them.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "api/forum_api.h"

namespace hearth::state {

struct LoadSite {};
struct LoadTopicList { api::TopicListQuery query; };
struct LoadTopic { std::int64_t topic_id = 0; };
struct NavigateTo { std::string hash; };    // a new history entry
struct ReplaceRoute { std::string hash; };  // correct the address without a history entry
struct OpenExternal { std::string url; };   // an http(s) or mailto link, in a new tab
struct CopyText { std::string text; };      // to the system clipboard
struct DownloadFile { std::string name; std::string mime; std::string text; };  // saved by the browser
struct LoadNotifications {};
struct MarkNotificationsRead { std::int64_t id = 0; };  // 0: all
struct LoadMessages { std::string username; };
struct Search { std::string query; };
struct LoadMember { std::string username; };
struct LoadSession {};
struct LoadPosts { std::int64_t topic_id = 0; std::vector<std::int64_t> post_ids; };
struct WatchLive { api::LiveInterest interest; };  // what live updates the screen wants

// Writing
struct CreateTopic { api::NewTopic topic; };
struct CreateReply { api::NewReply reply; };
struct CreateLinkedTopic { api::LinkedTopic topic; };
struct EditPost { api::PostEdit edit; };
struct SendMessage { api::PrivateMessage message; };
struct LikePost { std::int64_t post_id = 0; };
struct UnlikePost { std::int64_t post_id = 0; };
struct FlagPost { api::FlagRequest flag; };
struct MarkRead { std::int64_t topic_id = 0; std::vector<std::int64_t> post_numbers; };

// Members
struct SaveProfile { std::string username; api::ProfileUpdate profile; };
struct SavePreferences { std::string username; api::PreferencesUpdate prefs; };
struct SetMemberLevel { std::string username; api::MemberLevel level = api::MemberLevel::normal; };
struct StoreTheme { std::string theme; };  // "system", "light" or "dark", kept in the browser

struct LoadProfile { std::string username; };
struct LoadPreferences { std::string username; };
struct StoreConsent { std::string version; };  // only ever on acceptance

// Staff
struct LoadReviewQueue {};
struct PerformReview { std::int64_t reviewable_id = 0; std::string action_id; std::int64_t version = 0; };
struct SuspendMember { api::SuspendRequest request; };

// Reports and the member's evidence log (kept in the browser).
struct SendReport { api::PrivateMessage message; };
struct SaveEvidenceLog { std::string json; };

// Session
struct LogIn { api::LoginRequest request; };
struct LogOut { std::string username; };
struct ActAs { std::string username; };  // the embedded demo's member switch
struct ResetDemo {};  // the embedded demo back to its seed; what was saved is set aside

// Drafts and local records, kept in the browser (or a file natively).
struct SaveDraft { std::string key; std::string json; };
struct DeleteDraft { std::string key; };

using Effect = std::variant<LoadSite, LoadTopicList, LoadTopic, NavigateTo, ReplaceRoute, OpenExternal, CopyText, DownloadFile,
                            LoadNotifications, MarkNotificationsRead, LoadMessages, Search, LoadMember,
                            LoadSession, LoadPosts, WatchLive, CreateTopic, CreateReply,
                            CreateLinkedTopic, EditPost, SendMessage, LikePost, UnlikePost,
                            FlagPost, MarkRead, SaveProfile, SavePreferences, SetMemberLevel,
                            StoreTheme, LoadProfile, LoadPreferences, StoreConsent,
                            LoadReviewQueue, PerformReview, SuspendMember, SendReport,
                            SaveEvidenceLog, LogIn, LogOut, ActAs, ResetDemo, SaveDraft, DeleteDraft>;
using Effects = std::vector<Effect>;

}  // namespace hearth::state
