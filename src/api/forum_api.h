// The only door to forum data. Calls are asynchronous: each result (a value or an ApiError)
// arrives through the callback on a later turn of the main loop, never as an exception.
// Two implementations: DiscourseClient (a real forum over HTTP) and LocalCommunity (embedded).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/api_error.h"
#include "model/notification.h"
#include "model/result.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/site.h"
#include "model/topic.h"
#include "model/user.h"

namespace hearth::api {

template <class T>
using ApiResult = model::Result<T, ApiError>;
template <class T>
using Callback = std::function<void(ApiResult<T>)>;

// A write that answers nothing but success.
struct Done {
  bool operator==(const Done&) const { return true; }
};

enum class TopicListKind { latest, new_topics, unread, top };

struct TopicListQuery {
  TopicListKind kind = TopicListKind::latest;
  std::int64_t category_id = 0;  // 0: all categories
  std::string category_slug;     // needed by Discourse's /c/{slug}/{id}.json
  std::string top_period = "monthly";  // for top: all, yearly, quarterly, monthly, weekly, daily
  int page = 0;
  bool operator==(const TopicListQuery& o) const {
    return kind == o.kind && category_id == o.category_id && page == o.page &&
           (kind != TopicListKind::top || top_period == o.top_period);
  }
};

struct Session {
  std::optional<model::CurrentUser> user;  // nullopt: signed out
};

struct LoginRequest {
  std::string login;  // username or e-mail
  std::string password;
  std::string second_factor_token;  // when the forum asked for one
};

struct NewTopic {
  std::string title;
  std::string raw;
  std::int64_t category_id = 0;
};

struct NewReply {
  std::int64_t topic_id = 0;
  std::string raw;
  std::int64_t reply_to_post_number = 0;  // 0: a reply to the topic
};

// The post a linked topic continues from.
struct LinkedSource {
  std::int64_t topic_id = 0;
  std::string topic_title;
  std::string topic_slug;
  std::int64_t post_number = 0;
  std::string username;
  std::string quote;  // the part of the post to quote (its raw text, or a selection)
};

struct LinkedTopic {
  LinkedSource source;
  std::string title;
  std::string raw;  // the member's own words, after the link and the quote
  std::int64_t category_id = 0;
};

struct PostEdit {
  std::int64_t post_id = 0;
  std::string raw;
  std::string edit_reason;
};

struct FlagRequest {
  std::int64_t post_id = 0;
  std::int64_t post_action_type_id = 0;  // from Site::post_action_types (is_flag)
  std::string message;                   // required for custom flags (is_custom_flag)
};

enum class MessagePurpose { message, report };  // a report reaches the lead's queue too

struct PrivateMessage {
  std::vector<std::string> recipients;  // usernames
  std::string title;
  std::string raw;
  MessagePurpose purpose = MessagePurpose::message;
  std::int64_t about_post_id = 0;  // for a report: the post, if it is about one
  std::string about_member;        // for a report: the member it is about
};

struct ProfileUpdate {
  std::string name;
  std::string title;
  std::string location;
  std::string website;
  std::string bio_raw;
};

struct PreferencesUpdate {
  model::UserOption options;
  // The member's exact choice per kind ("replies" -> "hourly"), where the forum keeps it (the
  // embedded community does; Discourse has only the options above, so this stays empty).
  std::map<std::string, std::string> frequencies;
  std::vector<std::int64_t> watched_category_ids;
  std::vector<std::int64_t> muted_category_ids;
};

enum class MemberLevel { normal, mute, ignore };  // ignore = block (hides their posts)

struct SuspendRequest {
  std::int64_t user_id = 0;
  std::string suspend_until;  // ISO 8601
  std::string reason;         // shown to the member
  std::string message;        // optional e-mail text
};

// Live updates, as Discourse's MessageBus delivers them (and LocalCommunity emits them).
struct LiveInterest {
  std::int64_t topic_id = 0;  // the open topic, 0 for none
  bool topic_lists = true;    // latest/new topics
  std::int64_t user_id = 0;   // the member's notification channel, 0 when signed out
};
using LiveListener = std::function<void(const model::LiveEventBody&)>;

class ForumApi {
 public:
  virtual ~ForumApi() = default;

  // Session
  virtual void session(Callback<Session> done) = 0;
  virtual void log_in(const LoginRequest& request, Callback<model::CurrentUser> done) = 0;
  virtual void log_out(const std::string& username, Callback<Done> done) = 0;

  // Reading
  virtual void site(Callback<model::Site> done) = 0;
  virtual void categories(Callback<std::vector<model::Category>> done) = 0;
  virtual void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) = 0;
  virtual void topic(std::int64_t topic_id, Callback<model::Topic> done) = 0;
  virtual void posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
                     Callback<std::vector<model::Post>> done) = 0;
  // Read tracking: the posts the member has now read (Discourse's topic timings).
  virtual void mark_read(std::int64_t topic_id, const std::vector<std::int64_t>& post_numbers,
                         Callback<Done> done) = 0;

  // Writing
  virtual void create_topic(const NewTopic& topic, Callback<model::Post> done) = 0;
  virtual void reply(const NewReply& reply, Callback<model::Post> done) = 0;
  virtual void reply_as_linked_topic(const LinkedTopic& topic, Callback<model::Post> done) = 0;
  virtual void edit_post(const PostEdit& edit, Callback<model::Post> done) = 0;
  virtual void like(std::int64_t post_id, Callback<model::Post> done) = 0;
  virtual void unlike(std::int64_t post_id, Callback<model::Post> done) = 0;
  virtual void flag(const FlagRequest& flag, Callback<model::Post> done) = 0;
  virtual void send_private_message(const PrivateMessage& message, Callback<model::Post> done) = 0;

  // Members
  virtual void user(const std::string& username, Callback<model::User> done) = 0;
  virtual void update_profile(const std::string& username, const ProfileUpdate& profile,
                              Callback<model::User> done) = 0;
  virtual void preferences(const std::string& username, Callback<PreferencesUpdate> done) = 0;
  virtual void update_preferences(const std::string& username, const PreferencesUpdate& prefs,
                                  Callback<model::User> done) = 0;
  virtual void set_member_level(const std::string& username, MemberLevel level,
                                const std::string& expiring_at, Callback<Done> done) = 0;

  // Notifications, messages, search
  virtual void notifications(Callback<model::NotificationList> done) = 0;
  virtual void mark_notifications_read(std::int64_t notification_id /* 0: all */, Callback<Done> done) = 0;
  virtual void private_messages(const std::string& username, Callback<model::TopicList> done) = 0;
  virtual void search(const std::string& query, int page, Callback<model::SearchResult> done) = 0;

  // Staff
  virtual void review_queue(Callback<model::ReviewQueue> done) = 0;
  virtual void perform_review(std::int64_t reviewable_id, const std::string& action_id,
                              std::int64_t version, Callback<Done> done) = 0;
  virtual void delete_post(std::int64_t post_id, Callback<Done> done) = 0;
  virtual void suspend_user(const SuspendRequest& request, Callback<Done> done) = 0;

  // Live updates: what to listen to now (replaces the previous interest), and pausing while
  // the tab is hidden.
  virtual void watch(const LiveInterest& interest, LiveListener listener) = 0;
  virtual void set_live_paused(bool paused) = 0;
};

// The raw of a new topic that continues from a post: a link back, then the quote, then the
// member's words (as Discourse's own "Reply as linked Topic" writes it).
std::string linked_topic_raw(const LinkedTopic& topic);

}  // namespace hearth::api
