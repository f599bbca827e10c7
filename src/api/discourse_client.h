// ForumApi over a real Discourse forum: Discourse's own paths, methods, parameters and headers
// (shared/reference/discourse-api), every failure as an ApiError, live updates by MessageBus.
#pragma once

#include <memory>
#include <string>

#include "api/discourse_http.h"
#include "api/forum_api.h"
#include "api/message_bus.h"
#include "platform/worker.h"

namespace hearth::api {

class DiscourseClient final : public ForumApi {
 public:
  DiscourseClient(DiscourseConfig config, platform::HttpTransport& transport,
                  platform::Scheduler& scheduler, std::string message_bus_client_id,
                  platform::Worker* worker = nullptr);

  void session(Callback<Session> done) override;
  void log_in(const LoginRequest& request, Callback<model::CurrentUser> done) override;
  void log_out(const std::string& username, Callback<Done> done) override;

  void site(Callback<model::Site> done) override;
  void categories(Callback<std::vector<model::Category>> done) override;
  void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) override;
  void topic(std::int64_t topic_id, Callback<model::Topic> done) override;
  void posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
             Callback<std::vector<model::Post>> done) override;
  void mark_read(std::int64_t topic_id, const std::vector<std::int64_t>& post_numbers,
                 Callback<Done> done) override;

  void create_topic(const NewTopic& topic, Callback<model::Post> done) override;
  void reply(const NewReply& reply, Callback<model::Post> done) override;
  void reply_as_linked_topic(const LinkedTopic& topic, Callback<model::Post> done) override;
  void edit_post(const PostEdit& edit, Callback<model::Post> done) override;
  void like(std::int64_t post_id, Callback<model::Post> done) override;
  void unlike(std::int64_t post_id, Callback<model::Post> done) override;
  void flag(const FlagRequest& flag, Callback<model::Post> done) override;
  void send_private_message(const PrivateMessage& message, Callback<model::Post> done) override;

  void user(const std::string& username, Callback<model::User> done) override;
  void update_profile(const std::string& username, const ProfileUpdate& profile,
                      Callback<model::User> done) override;
  void preferences(const std::string& username, Callback<PreferencesUpdate> done) override;
  void update_preferences(const std::string& username, const PreferencesUpdate& prefs,
                          Callback<model::User> done) override;
  void set_member_level(const std::string& username, MemberLevel level,
                        const std::string& expiring_at, Callback<Done> done) override;

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
  void set_live_paused(bool paused) override;

  // The path (and query) each read uses; public so that tests and tools can name them.
  static std::string topic_list_path(const TopicListQuery& query);

 private:
  // Responses are parsed on `worker` when given. A topic's and its posts' are the screen's: they
  // are cancelled with the worker's scope when the member leaves the topic.
  platform::Worker* worker_ = nullptr;
  DiscourseHttp http_;
  MessageBus bus_;
  LiveListener listener_;
};

}  // namespace hearth::api
