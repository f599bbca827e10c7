// Every ApiError kind reads as a sentence a member understands.
#include <gtest/gtest.h>

#include "api/api_error.h"

using namespace hearth::api;

TEST(ApiErrorWording, EveryKindHasAMemberSentence) {
  for (auto kind : {ApiErrorKind::network, ApiErrorKind::timeout, ApiErrorKind::unauthorized,
                    ApiErrorKind::forbidden, ApiErrorKind::not_found, ApiErrorKind::invalid,
                    ApiErrorKind::rate_limited, ApiErrorKind::server, ApiErrorKind::malformed,
                    ApiErrorKind::too_large}) {
    ApiError e{kind, 0, "detail", {}, 0};
    std::string s = member_message(e);
    EXPECT_GT(s.size(), 10u) << kind_name(kind);
    EXPECT_NE(s.back(), ' ') << kind_name(kind);
  }
}

TEST(ApiErrorWording, OfflineReassuresThatTextIsKept) {
  EXPECT_NE(member_message(ApiError{ApiErrorKind::network, 0, "", {}, 0}).find("nothing you typed is lost"),
            std::string::npos);
}

TEST(ApiErrorWording, RateLimitSaysHowLongToWait) {
  EXPECT_EQ(member_message(ApiError{ApiErrorKind::rate_limited, 429, "", {}, 30}),
            "You're doing that a lot. Please wait 30 seconds and try again.");
}

TEST(ApiErrorWording, InvalidListsTheServersFieldMessages) {
  ApiError e{ApiErrorKind::invalid, 422, "", {"Title is too short.", "Body is too short."}, 0};
  EXPECT_EQ(member_message(e), "That didn't go through: Title is too short. Body is too short.");
}

TEST(ApiErrorRetry, OnlyTransientFailuresOfferRetry) {
  EXPECT_TRUE(can_retry(ApiError{ApiErrorKind::network, 0, "", {}, 0}));
  EXPECT_TRUE(can_retry(ApiError{ApiErrorKind::server, 502, "", {}, 0}));
  EXPECT_FALSE(can_retry(ApiError{ApiErrorKind::forbidden, 403, "", {}, 0}));
  EXPECT_FALSE(can_retry(ApiError{ApiErrorKind::malformed, 200, "", {}, 0}));
}
