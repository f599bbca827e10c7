// The embedded community: answers ForumApi in-process from the demo seed, as the community's
// server would, for the static demo and for every member who opens Hearth without a forum.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "api/delivery_queue.h"
#include "api/forum_api.h"
#include "api/local_seed.h"

namespace hearth::api {

class LocalCommunity final : public ForumApi {
 public:
  static constexpr int k_page_size = 30;

  LocalCommunity(Seed seed, DeliveryQueue& delivery);

  void session(Callback<Session> done) override;
  void log_in(const LoginRequest& request, Callback<model::CurrentUser> done) override;
  void log_out(const std::string& username, Callback<Done> done) override;

  void site(Callback<model::Site> done) override;
  void categories(Callback<std::vector<model::Category>> done) override;
  void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) override;
  void topic(std::int64_t topic_id, Callback<model::Topic> done) override;
  void posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
             Callback<std::vector<model::Post>> done) override;
  void user(const std::string& username, Callback<model::User> done) override;

  // Writing, with the community's rules (local_community_writes.cpp).
  void create_topic(const NewTopic& topic, Callback<model::Post> done) override;
  void reply(const NewReply& reply, Callback<model::Post> done) override;
  void edit_post(const PostEdit& edit, Callback<model::Post> done) override;
  void like(std::int64_t post_id, Callback<model::Post> done) override;
  void unlike(std::int64_t post_id, Callback<model::Post> done) override;
  void flag(const FlagRequest& flag, Callback<model::Post> done) override;

  // The post action types this community uses (its own "copyright" and "defamatory" among them).
  static std::vector<model::PostActionType> action_types();
  // The private messages sent by the community (to authors of hidden posts), newest last.
  struct Message {
    std::int64_t id = 0;
    std::string title;
    std::vector<std::string> participants;
    std::vector<SeedPost> posts;
  };
  const std::vector<Message>& messages() const { return messages_; }
  // Time as the community sees it (the app passes the browser's clock; tests their own).
  void set_clock(std::function<std::int64_t()> clock) { clock_ = std::move(clock); }

  // Writes and the community's rules (likes, flags, hiding, messages, preferences, staff
  // tools) are the embedded-community issue's work; until then these answer a clear
  // ApiError saying the demo cannot do it yet, never a pretend success.
  void mark_read(std::int64_t, const std::vector<std::int64_t>&, Callback<Done> done) override { not_yet(std::move(done)); }
  void reply_as_linked_topic(const LinkedTopic&, Callback<model::Post> done) override { not_yet(std::move(done)); }
  void send_private_message(const PrivateMessage&, Callback<model::Post> done) override { not_yet(std::move(done)); }
  void update_profile(const std::string&, const ProfileUpdate&, Callback<model::User> done) override { not_yet(std::move(done)); }
  void preferences(const std::string&, Callback<PreferencesUpdate> done) override { not_yet(std::move(done)); }
  void update_preferences(const std::string&, const PreferencesUpdate&, Callback<model::User> done) override { not_yet(std::move(done)); }
  void set_member_level(const std::string&, MemberLevel, const std::string&, Callback<Done> done) override { not_yet(std::move(done)); }
  void notifications(Callback<model::NotificationList> done) override { not_yet(std::move(done)); }
  void mark_notifications_read(std::int64_t, Callback<Done> done) override { not_yet(std::move(done)); }
  void private_messages(const std::string&, Callback<model::TopicList> done) override { not_yet(std::move(done)); }
  void search(const std::string&, int, Callback<model::SearchResult> done) override { not_yet(std::move(done)); }
  void review_queue(Callback<model::ReviewQueue> done) override { not_yet(std::move(done)); }
  void perform_review(std::int64_t, const std::string&, std::int64_t, Callback<Done> done) override { not_yet(std::move(done)); }
  void delete_post(std::int64_t, Callback<Done> done) override { not_yet(std::move(done)); }
  void suspend_user(const SuspendRequest&, Callback<Done> done) override { not_yet(std::move(done)); }

  // Nothing else writes to this community yet, so there are no events to deliver.
  void watch(const LiveInterest&, LiveListener listener) override { listener_ = std::move(listener); }
  void set_live_paused(bool) override {}

  const std::string& acting_as() const { return acting_as_; }
  // The demo's member switch: act as any demo member (false for someone who is not one).
  bool act_as(const std::string& username);
  // Values as a server would compute them now (used by the callbacks above, and by tests).
  model::TopicList topic_list_now(const TopicListQuery& query) const;
  ApiResult<model::Topic> topic_now(std::int64_t topic_id) const;

 private:
  model::Post post_view(const SeedTopic& topic, const SeedPost& post, std::int64_t number) const;
  const SeedMember* member(const std::string& username) const;
  template <class T>
  void not_yet(Callback<T> done) {
    delivery_.post([done = std::move(done)] {
      done(ApiError{ApiErrorKind::forbidden, 0, "not available in the demo community yet", {}, 0});
    });
  }
  template <class T>
  void deliver(Callback<T> done, ApiResult<T> result) {
    delivery_.post([done = std::move(done), r = std::move(result)]() mutable { done(std::move(r)); });
  }
  LiveListener listener_;

  // Write helpers: the acting member, a post and its topic, a refusal.
  const SeedMember* acting() const { return member(acting_as_); }
  std::pair<SeedTopic*, SeedPost*> find_post(std::int64_t post_id);
  // A post's number in its topic (its 1-based position).
  static std::int64_t post_number(const SeedTopic& topic, std::int64_t post_id);
  static bool administrator_level(Role role) { return role == Role::admin || role == Role::lead; }
  std::string now_iso() const;
  std::int64_t next_post_id() const;
  void apply_hiding_rule(SeedTopic& topic, SeedPost& post);

  Seed seed_;
  std::vector<Message> messages_;
  std::function<std::int64_t()> clock_;
  DeliveryQueue& delivery_;
  std::string acting_as_;
};

}  // namespace hearth::api
