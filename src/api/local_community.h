// The embedded community: answers ForumApi in-process from the demo seed, as the community's
// server would, for the static demo and for every member who opens Hearth without a forum.
#pragma once

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

  void site(Callback<model::Site> done) override;
  void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) override;
  void topic(std::int64_t topic_id, Callback<model::Topic> done) override;

  const std::string& acting_as() const { return acting_as_; }
  // Values as a server would compute them now (used by the callbacks above, and by tests).
  model::TopicList topic_list_now(const TopicListQuery& query) const;
  ApiResult<model::Topic> topic_now(std::int64_t topic_id) const;

 private:
  model::Post post_view(const SeedTopic& topic, const SeedPost& post, std::int64_t number) const;
  const SeedMember* member(const std::string& username) const;

  Seed seed_;
  DeliveryQueue& delivery_;
  std::string acting_as_;
};

}  // namespace hearth::api
