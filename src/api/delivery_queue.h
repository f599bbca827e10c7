// Results of API calls are delivered on a later turn of the main loop, never from inside the
// call that asked for them, so callers see the same order whichever backend answers.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace hearth::api {

class DeliveryQueue {
 public:
  void post(std::function<void()> task) { pending_.push_back(std::move(task)); }
  bool empty() const { return pending_.empty(); }
  // Runs what was queued before this call; tasks queued while running wait for the next turn.
  std::size_t run();

 private:
  std::vector<std::function<void()>> pending_;
};

}  // namespace hearth::api
