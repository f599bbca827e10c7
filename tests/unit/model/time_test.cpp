// ISO 8601 times from the API and the short ages members read.
#include <gtest/gtest.h>

#include "model/time.h"

using namespace hearth::model;

TEST(Iso8601, ParsesDiscourseTimestamps) {
  EXPECT_EQ(parse_iso8601("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(parse_iso8601("2026-11-20T10:15:00.000Z"), 1795169700);
  EXPECT_EQ(parse_iso8601("2026-11-20T11:15:00+01:00"), 1795169700);
  EXPECT_EQ(parse_iso8601("2024-02-29T00:00:00Z"), 1709164800) << "leap day";
}

TEST(Iso8601, RejectsWhatIsNotATimestamp) {
  EXPECT_FALSE(parse_iso8601(""));
  EXPECT_FALSE(parse_iso8601("yesterday"));
  EXPECT_FALSE(parse_iso8601("2026-13-01T00:00:00Z"));
  EXPECT_FALSE(parse_iso8601("2026-11-20T10:15:00Zjunk"));
}

TEST(Iso8601, FormatsBackToTheSameTime) {
  for (std::int64_t t : {std::int64_t{0}, std::int64_t{951782400}, std::int64_t{1795169700}})
    EXPECT_EQ(parse_iso8601(format_iso8601(t)), t);
  EXPECT_EQ(format_iso8601(1795169700), "2026-11-20T10:15:00Z");
}

TEST(ShortAge, ReadsLikeAForum) {
  EXPECT_EQ(short_age(1000, 1030), "just now");
  EXPECT_EQ(short_age(1000, 900), "just now") << "a clock slightly behind the server";
  EXPECT_EQ(short_age(0, 5 * 60), "5 min");
  EXPECT_EQ(short_age(0, 3 * 3600), "3 h");
  EXPECT_EQ(short_age(0, 2 * 86400), "2 d");
  EXPECT_EQ(short_age(0, 65 * 86400), "2 mo");
  EXPECT_EQ(short_age(0, 800 * 86400), "2 y");
}
