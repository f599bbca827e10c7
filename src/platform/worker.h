// Work off the render thread: JSON parsing, cooking post HTML into rich text, search indexing.
// A job owns its inputs (moved in) and returns a value; the value crosses back to the render
// thread through one results queue, and drain() applies it there, in the order jobs finished.
// The render thread never waits for a job: it applies what has arrived and draws.
//
// Cancellation: every job carries a CancelToken. A job whose token is cancelled before it starts
// is skipped, and a result whose token was cancelled while it ran is dropped, not applied. Reads
// for a screen use the worker's scope token, which cancel_scope() cancels when the member leaves
// the screen; writes use a token of their own, so their answers are never lost.
//
// Two modes from one source: threaded (one std::thread; a pthread in the threaded wasm build)
// and inline (the single-threaded wasm build, for hosts without cross-origin isolation), where
// drain() runs the queued jobs itself at the start of the next main-loop turn, so the frame
// that asked for the work is drawn first.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>

namespace hearth::platform {

class CancelToken {
 public:
  CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}
  void cancel() const { flag_->store(true, std::memory_order_release); }
  bool cancelled() const { return flag_->load(std::memory_order_acquire); }

 private:
  std::shared_ptr<std::atomic<bool>> flag_;
};

class Worker {
 public:
  enum class Mode { threaded, inline_on_drain };
  // The mode this build runs in: threaded where threads exist (native, the threaded wasm build).
  static Mode build_mode();

  explicit Worker(Mode mode = build_mode());
  ~Worker();  // cancels what is queued and joins the thread
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  bool threaded() const { return mode_ == Mode::threaded; }

  // Runs work() off the render thread, then apply(result) on it in drain(), unless the token
  // was cancelled first. Work must only touch what it owns; apply runs on the render thread.
  template <class Work, class Apply>
  void run(CancelToken token, Work work, Apply apply) {
    using R = std::invoke_result_t<Work&>;
    // The result travels as a value inside the closure the worker hands back.
    post(std::move(token), [work = std::move(work), apply = std::move(apply)]() mutable -> std::function<void()> {
      auto result = std::make_shared<R>(work());
      return [result, apply]() mutable { apply(std::move(*result)); };
    });
  }

  // Applies the results that have arrived (inline mode: runs the queued jobs first). Render
  // thread only. Returns how many results were applied.
  std::size_t drain();
  // Jobs queued or running, or results not yet applied.
  bool busy() const;

  // The token of the current screen's reads; cancel_scope() cancels it and starts a new one.
  const CancelToken& scope() const { return scope_; }
  void cancel_scope();

  // Counts, for tests and the benchmark: jobs run, skipped (cancelled before starting), and
  // results dropped (cancelled while running).
  struct Counts {
    std::size_t run = 0, skipped = 0, dropped = 0, applied = 0;
  };
  Counts counts() const;

 private:
  struct Job {
    CancelToken token;
    std::function<std::function<void()>()> work;
  };
  struct Done {
    CancelToken token;
    std::function<void()> apply;
  };
  void post(CancelToken token, std::function<std::function<void()>()> work);
  void loop();
  void execute(Job& job);  // runs one job and queues its result

  static constexpr int k_inline_budget_ms = 8;  // inline mode: jobs per turn, in time
  Mode mode_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;
  std::deque<Done> done_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  Counts counts_;
  CancelToken scope_;
  std::thread thread_;
};

}  // namespace hearth::platform
