// Discourse-style slugs from titles.
#include <gtest/gtest.h>

#include "model/slug.h"

using hearth::model::slugify;

TEST(Slug, LowerCasesAndJoinsWordsWithDashes) {
  EXPECT_EQ(slugify("Working with silence, in the first sessions!"), "working-with-silence-in-the-first-sessions");
  EXPECT_EQ(slugify("  CPD: 2026  "), "cpd-2026");
}

TEST(Slug, FallsBackToTopicWhenNothingIsLeft) {
  EXPECT_EQ(slugify("Ψυχοθεραπεία"), "topic");
  EXPECT_EQ(slugify(""), "topic");
}

TEST(Slug, IsBoundedInLength) { EXPECT_LE(slugify(std::string(500, 'a')).size(), 80u); }
