// Results arrive on a later turn, in order, never re-entrantly.
#include <gtest/gtest.h>

#include <vector>

#include "api/delivery_queue.h"

using hearth::api::DeliveryQueue;

TEST(DeliveryQueue, RunsTasksInOrderOnTheNextTurn) {
  DeliveryQueue q;
  std::vector<int> seen;
  q.post([&] { seen.push_back(1); });
  q.post([&] { seen.push_back(2); });
  EXPECT_TRUE(seen.empty());
  EXPECT_EQ(q.run(), 2u);
  EXPECT_EQ(seen, (std::vector<int>{1, 2}));
  EXPECT_TRUE(q.empty());
}

TEST(DeliveryQueue, TasksPostedWhileRunningWaitForTheNextTurn) {
  DeliveryQueue q;
  int runs = 0;
  q.post([&] { ++runs; q.post([&] { ++runs; }); });
  q.run();
  EXPECT_EQ(runs, 1);
  EXPECT_FALSE(q.empty());
  q.run();
  EXPECT_EQ(runs, 2);
}
