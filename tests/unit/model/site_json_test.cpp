// /site.json: categories, including a closed group's.
#include <gtest/gtest.h>

#include "model/site.h"
#include "test_support.h"

using namespace hearth::model;

TEST(SiteJson, ReadsCategoriesFromFixture) {
  auto r = parse_site(hearth::test::read_project_file("tests/fixtures/site.json"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r.value().categories.size(), 2u);
  const Category& c = r.value().categories[0];
  EXPECT_EQ(c.id, 1);
  EXPECT_EQ(c.name, "Welcome and guidelines");
  EXPECT_EQ(c.slug, "welcome");
  EXPECT_EQ(c.color, "1D5C63");
  EXPECT_EQ(c.description, "Start here.");
  EXPECT_EQ(c.topic_count, 3);
  EXPECT_FALSE(c.read_restricted);
  EXPECT_TRUE(r.value().categories[1].read_restricted);
  EXPECT_EQ(r.value().category(8)->name, "Trainee circle");
  EXPECT_EQ(r.value().category(99), nullptr);
}

TEST(SiteJson, CategoryWithoutNameIsAnError) {
  auto r = parse_site(R"({"categories": [{"id": 3}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "categories[0].name: missing");
}
