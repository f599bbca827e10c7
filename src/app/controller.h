// Wires state to the outside world: applies actions with state::update, runs the effects it
// asks for through ForumApi and the Browser, and turns their results back into actions.
// Platform-neutral, so the whole loop is tested natively with stand-ins.
#pragma once

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "api/delivery_queue.h"
#include "api/forum_api.h"
#include "platform/browser.h"
#include "platform/draft_store.h"
#include "platform/local_store.h"
#include "platform/worker.h"
#include "state/app_state.h"

namespace hearth::app {

class Controller {
 public:
  Controller(api::ForumApi& api, api::DeliveryQueue& delivery, platform::Browser& browser,
             platform::DraftStore* drafts = nullptr, platform::LocalStore* settings = nullptr,
             platform::Worker* worker = nullptr);

  void start();                           // the first route, from the address bar
  void dispatch(state::Action action);    // queued; applied by pump()
  void hash_changed();                    // the browser's hashchange (link, back, forward)
  // Delivers API results and applies queued actions. Returns true when the state changed.
  bool pump();

  const state::State& state() const { return state_; }
  // The embedded demo's member switch (LocalCommunity::act_as); unset against a real forum.
  std::function<bool(const std::string&)> act_as;
  // The embedded demo: back to the seed (answers an error sentence, or nullopt), and whether it
  // may save to this browser (told whenever the member's consent decision changes).
  std::function<void(std::function<void(std::optional<std::string>)>)> reset_demo;
  std::function<void(bool)> saving_allowed;
  // No action queued, no result undelivered or being worked out, and the screen has what it needs.
  bool ready() const;
  // Posts are on their way to the worker or back (their cooked text will come as an action).
  bool cooking() const { return batches_in_flight_ > 0; }
  // When every change the last pump() made was cooked posts arriving: their ids (the page need
  // not draw again for posts away from the screen). Null after any other change.
  const std::vector<std::int64_t>* only_cooked() const { return last_only_cooked_ ? &last_cooked_ids_ : nullptr; }

 private:
  void run(const state::Effect& effect);
  api::Callback<model::Post> post_result();
  api::Callback<model::Post> like_result(std::int64_t post_id);
  // With a worker: the open topic's posts not yet cooked go to it in batches, nearest the
  // reader's place first; leaving the topic cancels them and the topic's reads still parsing.
  void cook_posts();
  bool apply_queued();  // applies queued actions and runs their effects; true if any
  void left_topic();
  static constexpr std::size_t k_cook_batch = 128;
  static constexpr std::size_t k_cook_batches_in_flight = 8;
  // Batches sent in one frame: each copies its posts' HTML and fingerprints them on the render
  // thread, so a topic's first frame sends a few and the frames after it top the queue up.
  static constexpr std::size_t k_cook_batches_per_frame = 4;
  // Cooked before a topic is first shown: more than a tall screen holds.
  static constexpr std::size_t k_cook_first_screen = 40;
  std::size_t batches_in_flight_ = 0;
  std::uint64_t all_cooked_shape_ = 0;  // the posts' shape when a scan last found all cooked
  // Where the last scan for posts to cook stopped, for the posts' shape and the reader's place
  // it was made for: the posts before it were cooked or sent to cook, so no scan looks at them
  // again (a 10,000-post topic is cooked in 79 batches, and each finished batch starts a scan).
  bool last_only_cooked_ = false;
  std::vector<std::int64_t> last_cooked_ids_;
  std::size_t cook_resume_ = 0;
  std::uint64_t cook_resume_key_ = 0;

  api::ForumApi& api_;
  api::DeliveryQueue& delivery_;
  platform::Browser& browser_;
  platform::DraftStore* drafts_;
  platform::LocalStore* settings_;
  platform::Worker* worker_;
  platform::CancelToken cook_token_;
  std::unordered_map<std::int64_t, std::uint64_t> cooking_;  // post id -> fingerprint, sent to cook
  state::State state_;
  std::deque<state::Action> queue_;
  std::string title_;
  bool started_ = false;
  int consent_told_ = -1;
};

}  // namespace hearth::app
