// The demo seed: the shipped file is valid, and broken seeds are refused with a path.
#include <gtest/gtest.h>

#include "api/local_seed.h"
#include "test_support.h"

using namespace hearth::api;

TEST(DemoSeed, ShippedCommunityIsValid) {
  auto r = parse_seed(hearth::test::read_project_file("assets/demo/community.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const Seed& s = r.value();
  EXPECT_EQ(s.title, "Counselling Practice Community");
  EXPECT_EQ(s.categories.size(), 8u);
  EXPECT_GE(s.topics.size(), 8u);
  bool closed_group = false;
  for (const auto& c : s.categories) closed_group |= c.read_restricted;
  EXPECT_TRUE(closed_group) << "one category is a closed group's";
  int staff = 0;
  for (const auto& m : s.members) staff += m.role != Role::member;
  EXPECT_GE(staff, 3);
}

TEST(DemoSeed, UnknownAuthorIsRefusedWithPath) {
  auto r = parse_seed(R"({"title": "t", "members": [{"username": "a"}],
    "categories": [{"id": 1, "name": "c"}],
    "topics": [{"id": 1, "title": "x", "category_id": 1,
                "posts": [{"id": 1, "username": "ghost", "raw": "hi", "created_at": "2026-01-01T00:00:00Z"}]}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "topics[0].posts[0].username: no member named \"ghost\"");
}

TEST(DemoSeed, BadTimeAndUnknownRoleAreRefused) {
  auto bad_time = parse_seed(R"({"title": "t", "members": [{"username": "a"}], "categories": [{"id": 1, "name": "c"}],
    "topics": [{"id": 1, "title": "x", "category_id": 1, "posts": [{"id": 1, "username": "a", "raw": "hi", "created_at": "soon"}]}]})");
  ASSERT_FALSE(bad_time.ok());
  EXPECT_EQ(bad_time.error().to_string(), "topics[0].posts[0].created_at: expected an ISO 8601 time");
  auto bad_role = parse_seed(R"({"title": "t", "members": [{"username": "a", "role": "king"}], "categories": [], "topics": []})");
  ASSERT_FALSE(bad_role.ok());
  EXPECT_EQ(bad_role.error().to_string(), "members[0].role: unknown role \"king\"");
}

TEST(DemoSeed, TopicWithoutPostsIsRefused) {
  auto r = parse_seed(R"({"title": "t", "members": [], "categories": [{"id": 1, "name": "c"}],
    "topics": [{"id": 1, "title": "x", "category_id": 1, "posts": []}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "topics[0].posts: a topic needs a first post");
}
