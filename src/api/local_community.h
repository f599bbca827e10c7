// The embedded community: answers ForumApi in-process, as the community's server would, for
// the static demo and for every member who opens Hearth without a forum. It enforces the
// community's rules (shared/DESIGN.md, "The community's rules"):
//   local_community.cpp         reads, what each member may see, the live events
//   local_community_writes.cpp  likes, replies, topics, edits, flags and hiding, messages
//   local_community_members.cpp profiles, preferences, blocking, notifications and digests
//   local_community_staff.cpp   the review queue, removals, copyright strikes, suspensions
//   local_community_sync.cpp    the log of writes: saving, reloading, other tabs, reset
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "api/delivery_queue.h"
#include "api/forum_api.h"
#include "api/search_index.h"
#include "platform/worker.h"
#include "api/local_log.h"
#include "api/local_seed.h"
#include "platform/community_store.h"

namespace hearth::api {

// Where the demo's data is kept, for the banner that tells the member.
struct DemoStorage {
  enum class State {
    memory_only,  // not saved in this browser (no consent yet, or declined)
    loading,      // reading what this browser saved
    saved,        // every write is saved
    saving,       // writes on their way to the browser's storage
    failed,       // the browser refused (full, private mode): writes are kept in this tab, retried
    unreadable    // what is saved cannot be read: nothing is written over it until reset
  };
  State state = State::memory_only;
  std::string message;  // for people
  std::size_t unsaved = 0;  // writes made in this tab that are not saved yet
  int resets = 0;  // how many times the demo went back to its seed (here or in another tab)
  bool operator==(const DemoStorage& o) const {
    return state == o.state && message == o.message && unsaved == o.unsaved && resets == o.resets;
  }
};

// One group of a member's digest: the notifications that reach them at this frequency.
struct DigestGroup {
  Frequency frequency = Frequency::daily;
  std::string from, until;  // ISO 8601: the period the group covers
  std::vector<SeedNotification> items;
};

class LocalCommunity final : public ForumApi {
 public:
  static constexpr int k_page_size = 30;
  static constexpr int k_search_page_size = 20;

  // `tab` tells this page's writes apart from other tabs' (0..999); `seed_version` names the
  // seed so a saved log knows what it was written against.
  LocalCommunity(Seed seed, DeliveryQueue& delivery, std::int64_t tab = 0, std::string seed_version = "1");

  void session(Callback<Session> done) override;
  void log_in(const LoginRequest& request, Callback<model::CurrentUser> done) override;
  void log_out(const std::string& username, Callback<Done> done) override;

  void site(Callback<model::Site> done) override;
  void categories(Callback<std::vector<model::Category>> done) override;
  void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) override;
  void topic(std::int64_t topic_id, Callback<model::Topic> done) override;
  void posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
             Callback<std::vector<model::Post>> done) override;
  void mark_read(std::int64_t topic_id, const std::vector<std::int64_t>& post_numbers, Callback<Done> done) override;

  void create_topic(const NewTopic& topic, Callback<model::Post> done) override;
  void reply(const NewReply& reply, Callback<model::Post> done) override;
  void reply_as_linked_topic(const LinkedTopic& topic, Callback<model::Post> done) override;
  void edit_post(const PostEdit& edit, Callback<model::Post> done) override;
  void like(std::int64_t post_id, Callback<model::Post> done) override;
  void unlike(std::int64_t post_id, Callback<model::Post> done) override;
  void flag(const FlagRequest& flag, Callback<model::Post> done) override;
  void send_private_message(const PrivateMessage& message, Callback<model::Post> done) override;

  void user(const std::string& username, Callback<model::User> done) override;
  void update_profile(const std::string& username, const ProfileUpdate& profile, Callback<model::User> done) override;
  void preferences(const std::string& username, Callback<PreferencesUpdate> done) override;
  void update_preferences(const std::string& username, const PreferencesUpdate& prefs, Callback<model::User> done) override;
  void set_member_level(const std::string& username, MemberLevel level, const std::string& expiring_at,
                        Callback<Done> done) override;

  void notifications(Callback<model::NotificationList> done) override;
  void mark_notifications_read(std::int64_t notification_id, Callback<Done> done) override;
  void private_messages(const std::string& username, Callback<model::TopicList> done) override;
  void search(const std::string& query, int page, Callback<model::SearchResult> done) override;

  void review_queue(Callback<model::ReviewQueue> done) override;
  void perform_review(std::int64_t reviewable_id, const std::string& action_id, std::int64_t version,
                      Callback<Done> done) override;
  void delete_post(std::int64_t post_id, Callback<Done> done) override;
  void suspend_user(const SuspendRequest& request, Callback<Done> done) override;

  void watch(const LiveInterest& interest, LiveListener listener) override;
  void set_live_paused(bool paused) override {
    live_paused_ = paused;
    if (!paused) flush_events();
  }

  // The post action types this community uses (its own "copyright" and "defamatory" among them).
  static std::vector<model::PostActionType> action_types();

  // The demo's member switch: act as any demo member ("" signs out; false for someone else).
  bool act_as(const std::string& username);
  const std::string& acting_as() const { return acting_as_; }
  std::vector<std::pair<std::string, std::string>> members_and_roles() const;  // username, role
  // Search on the worker (api/search_index.h): the index is built there and queries rank there;
  // without a worker, search answers on the spot.
  void set_worker(platform::Worker* worker) { worker_ = worker; }
  // Time as the community sees it, Unix seconds (the app passes the browser's clock).
  void set_clock(std::function<std::int64_t()> clock) { clock_ = std::move(clock); }

  // Values as the server would compute them now, for the member acted as.
  model::TopicList topic_list_now(const TopicListQuery& query) const;
  ApiResult<model::Topic> topic_now(std::int64_t topic_id) const;
  ApiResult<model::User> user_now(const std::string& username) const;
  model::NotificationList notifications_now() const;
  ApiResult<model::SearchResult> search_now(const std::string& query, int page) const;
  ApiResult<model::ReviewQueue> review_queue_now() const;
  // The digest builder: what reaches `username` at `at` (Unix seconds), grouped by the
  // frequency they chose for each kind: unread notifications of each digest frequency from
  // the last complete hour, day (UTC) or week (Monday to Sunday, UTC).
  std::vector<DigestGroup> digest(const std::string& username, std::int64_t at) const;
  const Seed& data() const { return data_; }

  // --- Saving (local_community_sync.cpp) -------------------------------------------------
  // Reads what `store` holds, replays it, and from then on hears other tabs. Writes are saved
  // only while saving is allowed (the member accepted the cookies notice).
  void connect(platform::CommunityStore& store, std::function<void(const DemoStorage&)> on_status);
  void allow_saving(bool allowed);
  // Back to the seed: what was saved is set aside (kept, not deleted), other tabs reset too.
  void reset_demo(std::function<void(std::optional<platform::StoreFailure>)> done);
  // After a failed save: try again (the app calls this now and then).
  void retry_saving();
  const DemoStorage& storage() const { return storage_; }
  const std::vector<Op>& log() const { return log_; }

 private:
  // What a write produced, for its answer.
  struct Outcome {
    std::int64_t post_id = 0;
    std::string username;
  };
  using Applied = ApiResult<Outcome>;
  struct Pending {  // a live event and who may hear it (0: anyone watching)
    model::LiveEventBody event;
    std::int64_t user_id = 0;
  };

  // Writes: validate, then change data_; nothing changes when they refuse.
  template <class T>
  void write(std::string kind, nlohmann::json args, Callback<T> done, std::function<ApiResult<T>(const Outcome&)> answer);
  Applied apply(const Op& op);
  Applied apply_create_topic(const Op& op);
  Applied apply_reply(const Op& op);
  Applied apply_linked_topic(const Op& op);
  Applied apply_edit(const Op& op);
  Applied apply_like(const Op& op, bool like);
  Applied apply_flag(const Op& op);
  Applied apply_message(const Op& op);
  Applied apply_profile(const Op& op);
  Applied apply_preferences(const Op& op);
  Applied apply_member_level(const Op& op);
  Applied apply_read(const Op& op);
  Applied apply_notifications_read(const Op& op);
  Applied apply_review(const Op& op);
  Applied apply_delete(const Op& op);
  Applied apply_suspend(const Op& op);

  static void seed_notifications(Seed& seed);
  // Rules shared by the writes.
  SeedMember* member(const std::string& username);
  const SeedMember* member(const std::string& username) const;
  const SeedMember* member_by_id(std::int64_t id) const;
  std::optional<ApiError> may_write(const SeedMember* actor, std::int64_t at) const;
  bool can_read(const SeedMember* viewer, const SeedTopic& topic) const;
  bool can_post_in(const SeedMember* actor, std::int64_t category_id) const;
  std::pair<SeedTopic*, SeedPost*> find_post(std::int64_t post_id);
  std::pair<const SeedTopic*, const SeedPost*> find_post(std::int64_t post_id) const;
  SeedTopic* find_topic(std::int64_t topic_id);
  const SeedTopic* find_topic(std::int64_t topic_id) const;
  static std::int64_t post_number(const SeedTopic& topic, std::int64_t post_id);
  static bool administrator_level(Role role) { return role == Role::admin || role == Role::lead; }
  static bool staff(const SeedMember* m) { return m && m->role != Role::member; }
  std::string lead() const;
  std::int64_t new_id(const Op& op);
  void apply_hiding_rule(const Op& op, SeedTopic& topic, SeedPost& post);
  std::int64_t add_post(const Op& op, SeedTopic& topic, const std::string& raw, std::int64_t reply_to);
  std::int64_t send_message(const Op& op, const std::string& from, std::vector<std::string> to, std::string title,
                            std::string raw, std::int64_t notice_for_post = 0);
  void notify(const Op& op, const std::string& user, model::NotificationType type, NotifyKind kind,
              const SeedTopic& topic, const SeedPost& post);
  void notify_post_audience(const Op& op, SeedTopic& topic, SeedPost& post);
  void attend(const Op& op, const std::string& to);  // the pile-on signal
  void open_flag_review(const Op& op, const SeedTopic& topic, const SeedPost& post, const SeedFlag& flag);
  void take_down(const Op& op, SeedTopic& topic, SeedPost& post, const std::string& why);
  void copyright_strike(const Op& op, const std::string& username);
  void emit(model::LiveEventBody event, std::int64_t user_id = 0);
  void emit_notification_counts(const std::string& username);

  // Search: the posts the member acted as may find, every post's markdown (for the index), and
  // a page of ranked hits as the answer.
  std::vector<SearchCandidate> search_candidates() const;
  std::vector<std::pair<std::int64_t, std::string>> search_texts() const;
  model::SearchResult search_page(const std::string& query, int page, std::vector<SearchHit> hits) const;

  // Views for the member acted as.
  model::Post post_view(const SeedTopic& topic, const SeedPost& post, std::int64_t number) const;
  model::TopicListItem list_item(const SeedTopic& topic) const;
  std::optional<ApiError> may_read_anything() const;
  std::int64_t now() const;
  std::string now_iso() const;
  template <class T>
  void deliver(Callback<T> done, ApiResult<T> result) {
    delivery_.post([done = std::move(done), r = std::move(result)]() mutable { done(std::move(r)); });
  }

  // Saving and other tabs.
  void record(Op op);
  void adopt(std::vector<Op> ops);
  void rebuild();
  void save_soon();
  void saved(std::optional<platform::StoreFailure> failure);
  std::string merge_into(const std::string& saved);
  void heard(const std::string& message);
  void set_storage(DemoStorage::State state, std::string message = {});
  void flush_events();

  Seed seed_;  // as shipped
  Seed data_;  // the seed with the log applied
  std::string seed_version_;
  std::vector<Op> log_;
  std::set<std::string> log_keys_;
  std::int64_t tab_ = 0, seq_ = 0, lamport_ = 0;
  int ids_used_ = 0;  // ids taken by the operation being applied
  std::vector<Pending> pending_;
  bool quiet_ = false;  // replaying: no events

  std::function<std::int64_t()> clock_;
  DeliveryQueue& delivery_;
  std::string acting_as_;
  LiveInterest interest_;
  LiveListener listener_;
  bool live_paused_ = false;

  platform::CommunityStore* store_ = nullptr;
  std::function<void(const DemoStorage&)> on_status_;
  DemoStorage storage_;
  std::string epoch_;
  bool saving_allowed_ = false, save_in_flight_ = false, save_again_ = false, loaded_ = false;
  std::set<std::string> unsaved_;  // keys of this tab's ops not saved yet
  std::vector<nlohmann::json> set_aside_;
  std::string load_note_;  // what loading had to say (changes set aside), kept in the status

  platform::Worker* worker_ = nullptr;
  std::uint64_t revision_ = 0;  // counts changes to data_ (the search index follows it)
  std::shared_ptr<const SearchIndex> search_index_;
  std::uint64_t index_revision_ = ~0ull;
};

}  // namespace hearth::api
