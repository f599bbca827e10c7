#include "platform/worker.h"

#include <chrono>

namespace hearth::platform {

Worker::Mode Worker::build_mode() {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  return Mode::inline_on_drain;
#else
  return Mode::threaded;
#endif
}

Worker::Worker(Mode mode) : mode_(mode) {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  mode_ = Mode::inline_on_drain;  // no threads in this build
#else
  if (mode_ == Mode::threaded) thread_ = std::thread([this] { loop(); });
#endif
}

Worker::~Worker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
    for (auto& job : jobs_) job.token.cancel();
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Worker::post(CancelToken token, std::function<std::function<void()>()> work) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(Job{std::move(token), std::move(work)});
  }
  wake_.notify_one();
}

void Worker::execute(Job& job) {
  if (job.token.cancelled()) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++counts_.skipped;
    return;
  }
  std::function<void()> apply = job.work();
  job.work = nullptr;  // what the job owned is freed here, off the render thread
  std::lock_guard<std::mutex> lock(mutex_);
  ++counts_.run;
  done_.push_back(Done{std::move(job.token), std::move(apply)});
}

void Worker::loop() {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (stopping_) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
      ++running_;
    }
    execute(job);
    std::lock_guard<std::mutex> lock(mutex_);
    --running_;
  }
}

std::size_t Worker::drain() {
  if (mode_ == Mode::inline_on_drain) {
    // Jobs queued before this turn, for up to a frame's worth of time (at least one job); the
    // rest wait for the next turn, so a long topic cooks across frames instead of in one.
    auto start = std::chrono::steady_clock::now();
    std::size_t n = 0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      n = jobs_.size();
    }
    for (std::size_t i = 0; i < n; ++i) {
      Job job;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (jobs_.empty()) break;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      execute(job);
      if (std::chrono::steady_clock::now() - start > std::chrono::milliseconds(k_inline_budget_ms)) break;
    }
  }
  std::deque<Done> done;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done.swap(done_);
  }
  std::size_t applied = 0, dropped = 0;
  for (auto& d : done) {
    if (d.token.cancelled()) {
      ++dropped;
      continue;
    }
    d.apply();
    ++applied;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  counts_.applied += applied;
  counts_.dropped += dropped;
  return applied;
}

bool Worker::busy() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return !jobs_.empty() || running_ > 0 || !done_.empty();
}

void Worker::cancel_scope() {
  scope_.cancel();
  scope_ = CancelToken{};
}

Worker::Counts Worker::counts() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return counts_;
}

}  // namespace hearth::platform
