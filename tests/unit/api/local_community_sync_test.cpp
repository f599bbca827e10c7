// Saving the embedded community: round trips, no saving without consent, a crash mid-save,
// damaged and newer saved copies, a full quota, reset, and two tabs writing in turn and at once.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "community_harness.h"

using namespace hearth;
using namespace hearth::api;
using test::Community;

namespace {
const std::string k_words = "A considered reply that is long enough for the community's checks.";

struct Tab {
  Community d;
  platform::MemoryCommunityStore store;
  std::vector<DemoStorage> statuses;
  Tab(std::shared_ptr<platform::MemoryStoreShared> shared, std::int64_t tab, bool allowed = true)
      : d(tab), store(shared, [this](std::function<void()> f) { d.q.post(std::move(f)); }) {
    d.c.allow_saving(allowed);
    d.c.connect(store, [this](const DemoStorage& s) { statuses.push_back(s); });
    d.q.run();
  }
};

// Runs every tab's queue until nothing is left to deliver.
void settle(std::initializer_list<Tab*> tabs) {
  for (int round = 0; round < 20; ++round) {
    bool any = false;
    for (auto* t : tabs) any |= t->d.q.run() > 0;
    if (!any) return;
  }
}

std::int64_t likes(Community& d, std::int64_t topic, std::int64_t post) {
  auto p = d.seen_by("maya.okafor", topic, post);
  return p ? p->like_count : -1;
}
}  // namespace

TEST(CommunitySaving, EveryWriteIsSavedAndAReloadRestoresIt) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  std::int64_t reply_id = 0;
  {
    Tab a(shared, 1);
    EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::saved);
    ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
    auto r = a.d.reply("olek.nowak", 2, k_words);
    ASSERT_TRUE(r.ok());
    reply_id = r.value().id;
    settle({&a});
    EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::saved);
    EXPECT_EQ(a.d.c.storage().unsaved, 0u);
  }
  Tab reloaded(shared, 2);
  EXPECT_EQ(likes(reloaded.d, 2, 202), 2);
  EXPECT_TRUE(reloaded.d.seen_by("maya.okafor", 2, reply_id).has_value());
  auto post = reloaded.d.seen_by("olek.nowak", 2, 202);
  EXPECT_TRUE(post->liked()) << "as the member who liked it";
}

TEST(CommunitySaving, NothingIsSavedUntilTheMemberAccepts) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1, /*allowed=*/false);
  ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
  settle({&a});
  EXPECT_TRUE(shared->saved.empty());
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::memory_only);
  EXPECT_EQ(a.d.c.storage().unsaved, 1u);
  a.d.c.allow_saving(true);  // accepting later saves what is in the tab
  settle({&a});
  EXPECT_NE(shared->saved.find("\"like\""), std::string::npos);
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::saved);
}

TEST(CommunitySaving, ADamagedCopyIsReportedNeverOverwrittenAndResetKeepsIt) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  shared->saved = "{\"format\": \"hearth-demo-community\", \"version\": 1, \"ops\": [{\"lamport\": \"x\"}";
  std::string damaged = shared->saved;
  Tab a(shared, 1);
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::unreadable);
  EXPECT_NE(a.d.c.storage().message.find("could not be read"), std::string::npos);
  auto refused = a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); });
  EXPECT_EQ(refused.error().kind, ApiErrorKind::forbidden);
  EXPECT_NE(refused.error().message.find("Reset the demo"), std::string::npos);
  EXPECT_EQ(shared->saved, damaged) << "never a silent wipe";
  std::optional<platform::StoreFailure> failure{platform::StoreFailure{"not called", false}};
  a.d.c.reset_demo([&](std::optional<platform::StoreFailure> f) { failure = f; });
  settle({&a});
  EXPECT_FALSE(failure.has_value());
  ASSERT_EQ(shared->set_aside_copies.size(), 1u);
  EXPECT_EQ(shared->set_aside_copies[0], damaged) << "the damaged copy is kept aside";
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::saved);
  EXPECT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
}

TEST(CommunitySaving, ACopyFromANewerVersionIsNotTouched) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  shared->saved = "{\"format\": \"hearth-demo-community\", \"version\": 99, \"ops\": []}";
  Tab a(shared, 1);
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::unreadable);
  EXPECT_NE(a.d.c.storage().message.find("newer version"), std::string::npos);
  EXPECT_EQ(shared->saves, 0);
}

TEST(CommunitySaving, AFullQuotaKeepsTheWriteInTheTabAndRetries) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1);
  shared->fail_next_save = platform::StoreFailure{"QuotaExceededError", true};
  ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
  settle({&a});
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::failed);
  EXPECT_NE(a.d.c.storage().message.find("storage is full"), std::string::npos);
  EXPECT_EQ(a.d.c.storage().unsaved, 1u);
  EXPECT_EQ(likes(a.d, 2, 202), 2) << "the like stays in the tab";
  a.d.c.retry_saving();
  settle({&a});
  EXPECT_EQ(a.d.c.storage().state, DemoStorage::State::saved);
  Tab reloaded(shared, 2);
  EXPECT_EQ(likes(reloaded.d, 2, 202), 2);
}

TEST(CommunitySaving, AFileSurvivesACrashMidSave) {
  auto dir = std::filesystem::temp_directory_path() / ("hearth-store-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "community.json").string();
  std::filesystem::remove(path);
  auto open = [&](Community& d, platform::FileCommunityStore& store) {
    d.c.allow_saving(true);
    d.c.connect(store, {});
    d.q.run();
  };
  {
    Community d(1);
    platform::FileCommunityStore store(path, [&](std::function<void()> f) { d.q.post(std::move(f)); });
    open(d, store);
    ASSERT_TRUE(d.post("olek.nowak", [&](auto cb) { d.c.like(202, cb); }).ok());
    d.q.run();
    store.crash_next_save_after(40);  // the next save dies 40 bytes into the new file
    ASSERT_TRUE(d.post("amara.eze", [&](auto cb) { d.c.like(202, cb); }).ok());
    d.q.run();
    EXPECT_EQ(d.c.storage().state, DemoStorage::State::failed);
  }
  EXPECT_TRUE(std::filesystem::exists(path + ".saving")) << "the half-written file is left, as after a crash";
  Community after(2);
  platform::FileCommunityStore store(path, [&](std::function<void()> f) { after.q.post(std::move(f)); });
  open(after, store);
  EXPECT_EQ(after.c.storage().state, DemoStorage::State::saved);
  EXPECT_EQ(likes(after, 2, 202), 2) << "the previous save survives whole; only the interrupted write is missing";
  std::filesystem::remove_all(dir);
}

TEST(CommunityTabs, TwoTabsWritingInTurnLoseNothing) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1), b(shared, 2);
  a.d.c.act_as("olek.nowak");
  b.d.c.act_as("amara.eze");
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(a.d.reply("olek.nowak", 2, k_words + " (from tab A, " + std::to_string(i) + ")").ok());
    settle({&a, &b});
    ASSERT_TRUE(b.d.reply("amara.eze", 2, k_words + " (from tab B, " + std::to_string(i) + ")").ok());
    settle({&a, &b});
  }
  EXPECT_EQ(a.d.c.topic_now(2).value().posts_count, 10);
  EXPECT_EQ(b.d.c.topic_now(2).value().posts_count, 10);
  Tab reloaded(shared, 3);
  EXPECT_EQ(reloaded.d.c.topic_now(2).value().posts_count, 10) << "every write of both tabs is saved";
}

TEST(CommunityTabs, WritesAtTheSameMomentMergeToTheSameCommunity) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1), b(shared, 2);
  // Both write before either hears the other.
  ASSERT_TRUE(a.d.reply("olek.nowak", 2, k_words + " (A)").ok());
  ASSERT_TRUE(b.d.reply("amara.eze", 2, k_words + " (B)").ok());
  ASSERT_TRUE(b.d.post("amara.eze", [&](auto cb) { b.d.c.like(202, cb); }).ok());
  settle({&a, &b});
  auto ta = a.d.c.topic_now(2).value(), tb = b.d.c.topic_now(2).value();
  EXPECT_EQ(ta.stream, tb.stream) << "the same posts in the same order in both tabs";
  EXPECT_EQ(ta.posts_count, 6);
  EXPECT_EQ(likes(a.d, 2, 202), 2);
  Tab reloaded(shared, 3);
  EXPECT_EQ(reloaded.d.c.topic_now(2).value().stream, ta.stream);
}

TEST(CommunityTabs, AReplyInOneTabReachesTheOtherTabsOpenTopic) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1), b(shared, 2);
  std::vector<model::LiveEventBody> heard;
  b.d.c.act_as("maya.okafor");
  b.d.c.watch(LiveInterest{2, true, 0}, [&](const model::LiveEventBody& e) { heard.push_back(e); });
  auto r = a.d.reply("olek.nowak", 2, k_words);
  ASSERT_TRUE(r.ok());
  settle({&a, &b});
  bool created = false;
  for (const auto& e : heard)
    if (const auto* t = std::get_if<model::TopicEvent>(&e)) created |= t->type == "created" && t->post_id == r.value().id;
  EXPECT_TRUE(created);
}

TEST(CommunityTabs, ResetInOneTabResetsTheOthers) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  Tab a(shared, 1), b(shared, 2);
  ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
  settle({&a, &b});
  EXPECT_EQ(likes(b.d, 2, 202), 2);
  a.d.c.reset_demo([](auto) {});
  settle({&a, &b});
  EXPECT_EQ(likes(a.d, 2, 202), 1);
  EXPECT_EQ(likes(b.d, 2, 202), 1);
  EXPECT_GT(b.d.c.storage().resets, 0);
  // B's next write does not bring A's old like back.
  ASSERT_TRUE(b.d.reply("amara.eze", 2, k_words).ok());
  settle({&a, &b});
  Tab reloaded(shared, 3);
  EXPECT_EQ(likes(reloaded.d, 2, 202), 1);
  EXPECT_EQ(reloaded.d.c.topic_now(2).value().posts_count, 5);
}

TEST(CommunitySaving, ChangesThatNoLongerFitANewSeedAreSetAside) {
  auto shared = std::make_shared<platform::MemoryStoreShared>();
  {
    Tab a(shared, 1);
    ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(202, cb); }).ok());
    ASSERT_TRUE(a.d.post("olek.nowak", [&](auto cb) { a.d.c.like(301, cb); }).ok());
    settle({&a});
  }
  // The next demo data has no topic 3 and is a new seed version.
  Community d(2, [](Seed& s) { s.topics.erase(s.topics.begin() + 2); });
  LocalCommunity next(Community::seed([](Seed& s) { s.topics.erase(s.topics.begin() + 2); }), d.q, 2, "2");
  next.set_clock([&] { return d.now; });
  platform::MemoryCommunityStore store(shared, [&](std::function<void()> f) { d.q.post(std::move(f)); });
  next.allow_saving(true);
  next.connect(store, {});
  for (int i = 0; i < 5; ++i) d.q.run();
  EXPECT_NE(next.storage().message.find("1 saved change(s)"), std::string::npos) << next.storage().message;
  next.act_as("maya.okafor");
  EXPECT_EQ(next.topic_now(2).value().like_count, 1 + 2 + 0 + 1 + 1);
  EXPECT_NE(shared->saved.find("set_aside_ops"), std::string::npos) << "kept, not deleted";
  EXPECT_NE(shared->saved.find("\"seed\":\"2\""), std::string::npos);
}

TEST(CommunityLog, ReadStoreExplainsEachProblem) {
  EXPECT_EQ(read_store("").problem, StoreProblem::empty);
  EXPECT_EQ(read_store("[1,2]").problem, StoreProblem::unreadable);
  EXPECT_EQ(read_store("{\"format\":\"something else\",\"version\":1,\"ops\":[]}").problem, StoreProblem::unreadable);
  auto op_bad = read_store("{\"format\":\"hearth-demo-community\",\"version\":1,\"ops\":[{\"lamport\":1}]}");
  EXPECT_EQ(op_bad.problem, StoreProblem::unreadable);
  EXPECT_NE(op_bad.message.find("not a whole number"), std::string::npos) << op_bad.message;
  StoredLog log{"e1", "1", {}, {}};
  Op op;
  op.lamport = 3;
  op.tab = 7;
  op.seq = 2;
  op.actor = "olek.nowak";
  op.at = 100;
  op.kind = "like";
  op.args = {{"post_id", 202}};
  log.ops.push_back(op);
  auto back = read_store(write_store(log));
  ASSERT_EQ(back.problem, StoreProblem::none);
  ASSERT_EQ(back.log.ops.size(), 1u);
  EXPECT_EQ(back.log.ops[0].key(), op.key());
  EXPECT_EQ(back.log.ops[0].args, op.args);
  EXPECT_EQ(back.log.epoch, "e1");
}
