// The worker: jobs run off the calling thread, results come back as values and are applied only
// in drain() on the thread that drains, in the order they finished; cancelled jobs are skipped
// or their results dropped. Built into the ThreadSanitizer run too (scripts/test).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "platform/worker.h"

using namespace hearth;
using platform::CancelToken;
using platform::Worker;

namespace {

// Drains until `done()` or two seconds pass (the worker thread needs time of its own).
template <class Pred>
bool drain_until(Worker& w, Pred done) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (!done()) {
    w.drain();
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

// The single-threaded wasm build has no threads: its Worker always runs inline.
#define REQUIRE_THREADS()                                                                      \
  if (Worker::build_mode() != Worker::Mode::threaded)                                          \
  GTEST_SKIP() << "this build has no threads (single-threaded wasm); the threaded worker is "  \
                  "tested natively and under ThreadSanitizer"

}  // namespace

TEST(Worker, ThreadedJobsRunOffTheCallerAndAreAppliedInDrainOnIt) {
  REQUIRE_THREADS();
  Worker w(Worker::Mode::threaded);
  ASSERT_TRUE(w.threaded());
  const auto me = std::this_thread::get_id();
  std::vector<int> applied;
  std::atomic<int> off_thread{0};
  for (int i = 0; i < 50; ++i)
    w.run(CancelToken{}, [i, me, &off_thread] {
      if (std::this_thread::get_id() != me) ++off_thread;
      return std::to_string(i * i);
    }, [&applied, me](std::string v) {
      EXPECT_EQ(std::this_thread::get_id(), me);
      applied.push_back(std::stoi(v));
    });
  ASSERT_TRUE(drain_until(w, [&] { return applied.size() == 50; }));
  EXPECT_EQ(off_thread.load(), 50);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(applied[static_cast<std::size_t>(i)], i * i) << "in the order they finished";
  EXPECT_FALSE(w.busy());
  EXPECT_EQ(w.counts().applied, 50u);
}

TEST(Worker, NothingIsAppliedOutsideDrain) {
  REQUIRE_THREADS();
  Worker w(Worker::Mode::threaded);
  std::promise<void> ran;
  bool applied = false;
  w.run(CancelToken{}, [&ran] { ran.set_value(); return 1; }, [&applied](int) { applied = true; });
  ran.get_future().wait();
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_FALSE(applied) << "the result waits in the queue";
  EXPECT_TRUE(w.busy());
  ASSERT_TRUE(drain_until(w, [&] { return applied; }));
}

TEST(Worker, AJobCancelledBeforeItStartsIsSkipped) {
  REQUIRE_THREADS();
  Worker w(Worker::Mode::threaded);
  std::promise<void> gate;
  std::shared_future<void> open = gate.get_future().share();
  std::atomic<bool> second_ran{false};
  int applied = 0;
  w.run(CancelToken{}, [open] { open.wait(); return 0; }, [&applied](int) { ++applied; });
  CancelToken token;
  w.run(token, [&second_ran] { second_ran = true; return 0; }, [&applied](int) { applied += 100; });
  token.cancel();
  gate.set_value();
  ASSERT_TRUE(drain_until(w, [&] { return !w.busy(); }));
  EXPECT_FALSE(second_ran.load());
  EXPECT_EQ(applied, 1);
  EXPECT_EQ(w.counts().skipped, 1u);
}

TEST(Worker, AResultCancelledWhileItsJobRanIsDropped) {
  REQUIRE_THREADS();
  Worker w(Worker::Mode::threaded);
  std::promise<void> started, gate;
  std::shared_future<void> open = gate.get_future().share();
  CancelToken token;
  bool applied = false;
  w.run(token, [&started, open] { started.set_value(); open.wait(); return std::string("late"); },
        [&applied](std::string) { applied = true; });
  started.get_future().wait();
  token.cancel();  // the member left while it parsed
  gate.set_value();
  ASSERT_TRUE(drain_until(w, [&] { return !w.busy(); }));
  EXPECT_FALSE(applied);
  EXPECT_EQ(w.counts().dropped, 1u);
  EXPECT_EQ(w.counts().run, 1u);
}

TEST(Worker, CancellingTheScopeCancelsItsReadsOnly) {
  Worker w(Worker::Mode::inline_on_drain);
  std::vector<std::string> applied;
  w.run(w.scope(), [] { return std::string("old screen"); }, [&](std::string v) { applied.push_back(v); });
  w.run(CancelToken{}, [] { return std::string("a write"); }, [&](std::string v) { applied.push_back(v); });
  w.cancel_scope();
  EXPECT_FALSE(w.scope().cancelled()) << "the next screen has a fresh scope";
  w.run(w.scope(), [] { return std::string("new screen"); }, [&](std::string v) { applied.push_back(v); });
  w.drain();
  EXPECT_EQ(applied, (std::vector<std::string>{"a write", "new screen"}));
}

TEST(Worker, InlineModeRunsJobsInDrainWithinAFramesBudget) {
  Worker w(Worker::Mode::inline_on_drain);
  EXPECT_FALSE(w.threaded());
  const auto me = std::this_thread::get_id();
  int ran = 0, applied = 0;
  for (int i = 0; i < 3; ++i)
    w.run(CancelToken{}, [&ran, me] {
      EXPECT_EQ(std::this_thread::get_id(), me);
      ++ran;
      std::this_thread::sleep_for(std::chrono::milliseconds(12));  // longer than the budget
      return 0;
    }, [&applied](int) { ++applied; });
  EXPECT_EQ(ran, 0) << "queued, not run, until the next turn";
  EXPECT_TRUE(w.busy());
  EXPECT_EQ(w.drain(), 1u) << "one job over budget ends the turn";
  EXPECT_EQ(ran, 1);
  EXPECT_EQ(w.drain(), 1u);
  EXPECT_EQ(w.drain(), 1u);
  EXPECT_EQ(applied, 3);
  EXPECT_FALSE(w.busy());
}

TEST(Worker, JobsQueuedByAResultWaitForTheNextTurnInline) {
  Worker w(Worker::Mode::inline_on_drain);
  std::vector<int> order;
  w.run(CancelToken{}, [] { return 1; }, [&](int v) {
    order.push_back(v);
    w.run(CancelToken{}, [] { return 2; }, [&](int u) { order.push_back(u); });
  });
  w.drain();
  EXPECT_EQ(order, (std::vector<int>{1}));
  w.drain();
  EXPECT_EQ(order, (std::vector<int>{1, 2}));
}

TEST(Worker, ClosingWithWorkQueuedJoinsWithoutRunningIt) {
  REQUIRE_THREADS();
  std::atomic<int> ran{0};
  std::promise<void> started, gate;
  std::shared_future<void> open = gate.get_future().share();
  std::thread opener;
  {
    Worker w(Worker::Mode::threaded);
    w.run(CancelToken{}, [&started, open, &ran] { started.set_value(); open.wait(); ++ran; return 0; }, [](int) {});
    for (int i = 0; i < 10; ++i) w.run(CancelToken{}, [&ran] { ++ran; return 0; }, [](int) {});
    started.get_future().wait();
    opener = std::thread([&gate] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      gate.set_value();
    });
  }  // the destructor cancels the queue and waits for the running job
  opener.join();
  EXPECT_EQ(ran.load(), 1);
}

TEST(Worker, ManyProducersOfLargeValuesUnderLoad) {
  REQUIRE_THREADS();
  Worker w(Worker::Mode::threaded);
  std::size_t total = 0, results = 0;
  for (int i = 0; i < 400; ++i) {
    std::string input(1000 + static_cast<std::size_t>(i), 'a' + static_cast<char>(i % 26));
    w.run(i % 7 == 0 ? [] { CancelToken t; t.cancel(); return t; }() : CancelToken{},
          [input = std::move(input)] { return std::vector<std::string>(3, input); },
          [&](std::vector<std::string> v) {
            ++results;
            for (const auto& s : v) total += s.size();
          });
    if (i % 50 == 0) w.drain();
  }
  ASSERT_TRUE(drain_until(w, [&] { return !w.busy(); }));
  std::size_t expected = 0, count = 0;
  for (int i = 0; i < 400; ++i)
    if (i % 7 != 0) expected += 3 * (1000 + static_cast<std::size_t>(i)), ++count;
  EXPECT_EQ(results, count);
  EXPECT_EQ(total, expected);
}
