// Next-turn delivery of API results.
#include "api/delivery_queue.h"

namespace hearth::api {

std::size_t DeliveryQueue::run() {
  std::vector<std::function<void()>> now;
  now.swap(pending_);
  for (auto& task : now) task();
  return now.size();
}

}  // namespace hearth::api
