// The only door to forum data. Calls are asynchronous: each result (a value or an ApiError)
// arrives through the callback on a later turn of the main loop, never as an exception.
#pragma once

#include <cstdint>
#include <functional>

#include "api/api_error.h"
#include "model/result.h"
#include "model/site.h"
#include "model/topic.h"

namespace hearth::api {

template <class T>
using ApiResult = model::Result<T, ApiError>;
template <class T>
using Callback = std::function<void(ApiResult<T>)>;

enum class TopicListKind { latest, new_topics, unread, top };

struct TopicListQuery {
  TopicListKind kind = TopicListKind::latest;
  std::int64_t category_id = 0;  // 0: all categories
  int page = 0;
  bool operator==(const TopicListQuery& o) const {
    return kind == o.kind && category_id == o.category_id && page == o.page;
  }
};

class ForumApi {
 public:
  virtual ~ForumApi() = default;

  virtual void site(Callback<model::Site> done) = 0;
  virtual void topic_list(const TopicListQuery& query, Callback<model::TopicList> done) = 0;
  virtual void topic(std::int64_t topic_id, Callback<model::Topic> done) = 0;
};

}  // namespace hearth::api
