// Who sees what of a hidden post.
#include <gtest/gtest.h>

#include "state/post_visibility.h"

using namespace hearth;
using namespace hearth::state;

TEST(HidingDisplay, VisiblePostIsVisibleToEveryone) {
  model::Post p;
  EXPECT_EQ(post_display(p, Reader{false}), PostDisplay::visible);
  EXPECT_EQ(post_display(p, Reader{true}), PostDisplay::visible);
}

TEST(HidingDisplay, AuthorSeesTheNoticeStaffDimmedOthersPlaceholder) {
  model::Post p;
  p.hidden = true;
  EXPECT_EQ(post_display(p, Reader{false}), PostDisplay::hidden_placeholder);
  EXPECT_EQ(post_display(p, Reader{true}), PostDisplay::hidden_dimmed);
  p.yours = true;
  EXPECT_EQ(post_display(p, Reader{false}), PostDisplay::hidden_notice);
}

TEST(HidingDisplay, WordingFollowsTheGuidelines) {
  EXPECT_STREQ(k_hidden_notice_for_author,
               "Your post was flagged by the community. Please see your private messages.");
  EXPECT_STREQ(k_hidden_placeholder, "This post was flagged by the community and is temporarily hidden.");
  EXPECT_STREQ(post_display_name(PostDisplay::hidden_dimmed), "hidden_dimmed");
}

TEST(HidingDisplay, RemovedPostsAreRemovedForEveryone) {
  model::Post p;
  p.deleted_at = "2026-11-22T10:00:00Z";
  EXPECT_EQ(post_display(p, Reader{true, {}}), PostDisplay::removed);
  EXPECT_EQ(post_display(p, Reader{false, {}}), PostDisplay::removed);
}

TEST(HidingDisplay, BlockedMembersPostsCollapseOnlyForTheBlocker) {
  model::Post p;
  p.username = "pat.sharp";
  EXPECT_EQ(post_display(p, Reader{false, {"pat.sharp"}}), PostDisplay::blocked);
  EXPECT_EQ(post_display(p, Reader{false, {"someone.else"}}), PostDisplay::visible);
  p.hidden = true;
  EXPECT_EQ(post_display(p, Reader{true, {"pat.sharp"}}), PostDisplay::blocked) << "blocking wins for the blocker";
}
