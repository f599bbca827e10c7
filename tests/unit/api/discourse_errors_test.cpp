// Every failure becomes one ApiError; reads retry with capped backoff, writes never silently.
#include <gtest/gtest.h>

#include "discourse_test_support.h"

using namespace hearth;
using api::ApiErrorKind;
using hearth::test::Captured;
using hearth::test::DiscourseRig;
using F = platform::HttpResponse::Failure;

namespace {
api::DiscourseConfig no_retry() {
  auto c = DiscourseRig::default_config();
  c.max_get_attempts = 1;
  return c;
}
}  // namespace

TEST(DiscourseErrors, NetworkDropIsOffline) {
  DiscourseRig rig(no_retry());
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.fail(F::network);
  ASSERT_TRUE(got.result);
  EXPECT_EQ(got.error().kind, ApiErrorKind::network);
}

TEST(DiscourseErrors, Timeout) {
  DiscourseRig rig(no_retry());
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.fail(F::timeout);
  EXPECT_EQ(got.error().kind, ApiErrorKind::timeout);
}

TEST(DiscourseErrors, StatusCodesMapToKinds) {
  struct Case { int status; ApiErrorKind kind; };
  for (auto c : {Case{401, ApiErrorKind::unauthorized}, Case{403, ApiErrorKind::forbidden},
                 Case{404, ApiErrorKind::not_found}, Case{410, ApiErrorKind::not_found},
                 Case{422, ApiErrorKind::invalid}, Case{400, ApiErrorKind::invalid},
                 Case{429, ApiErrorKind::rate_limited}, Case{500, ApiErrorKind::server},
                 Case{503, ApiErrorKind::server}}) {
    DiscourseRig rig(no_retry());
    Captured<model::Topic> got;
    rig.client.topic(2, got.callback());
    rig.transport.respond(c.status, "{}");
    ASSERT_TRUE(got.result) << c.status;
    EXPECT_EQ(got.error().kind, c.kind) << c.status;
    EXPECT_EQ(got.error().http_status, c.status);
  }
}

TEST(DiscourseErrors, ForbiddenCarriesDiscourseErrorsList) {
  DiscourseRig rig(no_retry());
  Captured<model::Topic> got;
  rig.client.topic(8, got.callback());
  rig.transport.respond(403, R"({"errors": ["You are not permitted to view the requested resource."], "error_type": "invalid_access"})");
  EXPECT_EQ(got.error().kind, ApiErrorKind::forbidden);
  EXPECT_EQ(got.error().message, "invalid_access");
  ASSERT_EQ(got.error().details.size(), 1u);
  EXPECT_EQ(got.error().details[0], "You are not permitted to view the requested resource.");
}

TEST(DiscourseErrors, UnprocessableCarriesFieldMessages) {
  DiscourseRig rig;
  Captured<model::Post> got;
  rig.client.create_topic(api::NewTopic{"Hi", "x", 2}, got.callback());
  rig.answer_csrf();
  rig.transport.respond(422, R"({"action": "create_post", "errors": ["Title is too short: 15 characters at least", "Body is too short: 20 characters at least"]})");
  EXPECT_EQ(got.error().kind, ApiErrorKind::invalid);
  EXPECT_EQ(got.error().details.size(), 2u);
  EXPECT_EQ(api::member_message(got.error()),
            "That didn't go through: Title is too short: 15 characters at least Body is too short: 20 characters at least");
}

TEST(DiscourseErrors, RateLimitHonoursRetryAfterHeaderAndBody) {
  DiscourseRig rig(no_retry());
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.respond(429, R"({"errors": ["Slow down"], "error_type": "rate_limit", "extras": {"wait_seconds": 33}})",
                        {{"Retry-After", "40"}});
  EXPECT_EQ(got.error().kind, ApiErrorKind::rate_limited);
  EXPECT_EQ(got.error().retry_after_seconds, 40);
}

TEST(DiscourseErrors, HtmlOrGarbageBodyIsMalformedWithPath) {
  DiscourseRig rig(no_retry());
  Captured<model::Topic> a;
  rig.client.topic(2, a.callback());
  rig.transport.respond(200, "<!DOCTYPE html><html><body>Log in</body></html>", {{"content-type", "text/html"}});
  EXPECT_EQ(a.error().kind, ApiErrorKind::malformed);
  EXPECT_NE(a.error().message.find("/t/2.json: malformed JSON"), std::string::npos) << a.error().message;

  Captured<model::Topic> b;
  rig.client.topic(2, b.callback());
  rig.transport.respond(200, R"({"id": 2, "title": "t", "post_stream": {"posts": [{"id": "x"}]}})");
  EXPECT_EQ(b.error().kind, ApiErrorKind::malformed);
  EXPECT_NE(b.error().message.find("post_stream.posts[0].id: expected integer, got string"), std::string::npos);
}

TEST(DiscourseErrors, OversizedAnswerIsRefused) {
  auto config = no_retry();
  config.max_response_bytes = 1000;
  DiscourseRig rig(config);
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.respond(200, std::string(1001, ' '));
  EXPECT_EQ(got.error().kind, ApiErrorKind::too_large);
}

TEST(DiscourseErrors, ReadsRetryWithDoublingCappedBackoffThenSucceed) {
  auto config = DiscourseRig::default_config();
  config.max_get_attempts = 5;
  config.backoff_initial_ms = 500;
  config.backoff_max_ms = 1500;
  DiscourseRig rig(config);
  Captured<model::TopicList> got;
  rig.client.topic_list(api::TopicListQuery{}, got.callback());
  rig.transport.fail(F::network);
  EXPECT_EQ(rig.scheduler.next_delay(), 500);
  rig.scheduler.advance(500);
  rig.transport.respond(503, "busy");
  EXPECT_EQ(rig.scheduler.next_delay(), 1000);
  rig.scheduler.advance(1000);
  rig.transport.fail(F::timeout);
  EXPECT_EQ(rig.scheduler.next_delay(), 1500) << "capped";
  rig.scheduler.advance(1500);
  EXPECT_FALSE(got.result.has_value());
  rig.transport.respond(200, R"({"topic_list": {"topics": []}})");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(rig.transport.sent().size(), 4u);
}

TEST(DiscourseErrors, ReadsGiveUpAfterTheLastAttempt) {
  auto config = DiscourseRig::default_config();
  config.max_get_attempts = 2;
  DiscourseRig rig(config);
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.fail(F::network);
  rig.scheduler.advance(60000);
  rig.transport.fail(F::network);
  ASSERT_TRUE(got.result);
  EXPECT_EQ(got.error().kind, ApiErrorKind::network);
  EXPECT_EQ(rig.scheduler.pending(), 0u);
}

TEST(DiscourseErrors, RateLimitedReadWaitsAsLongAsAsked) {
  DiscourseRig rig;
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.respond(429, "{}", {{"Retry-After", "7"}});
  EXPECT_EQ(rig.scheduler.next_delay(), 7000);
}

TEST(DiscourseErrors, ClientErrorsAreNotRetried) {
  DiscourseRig rig;
  Captured<model::Topic> got;
  rig.client.topic(2, got.callback());
  rig.transport.respond(404, "{}");
  ASSERT_TRUE(got.result);
  EXPECT_EQ(rig.scheduler.pending(), 0u);
  EXPECT_EQ(rig.transport.sent().size(), 1u);
}

TEST(DiscourseErrors, WritesAreNeverRetriedSilently) {
  DiscourseRig rig;
  Captured<model::Post> got;
  rig.client.reply(api::NewReply{2, "Thank you", 0}, got.callback());
  rig.answer_csrf();
  rig.transport.fail(F::network);
  ASSERT_TRUE(got.result);
  EXPECT_EQ(got.error().kind, ApiErrorKind::network);
  rig.scheduler.advance(600000);
  EXPECT_EQ(rig.transport.sent().size(), 2u) << "csrf + the one attempt";
  Captured<model::Post> again;
  rig.client.reply(api::NewReply{2, "Thank you", 0}, again.callback());
  rig.transport.respond(502, "bad gateway");
  EXPECT_EQ(again.error().kind, ApiErrorKind::server);
  EXPECT_EQ(rig.scheduler.pending(), 0u);
}

TEST(DiscourseErrors, BadCsrfRefreshesTheTokenOnceAndResends) {
  DiscourseRig rig;
  Captured<model::Post> got;
  rig.client.like(201, got.callback());
  rig.answer_csrf("stale");
  rig.transport.respond(403, R"(["BAD CSRF"])");
  rig.answer_csrf("fresh");
  EXPECT_EQ(rig.last().header("X-CSRF-Token"), "fresh");
  rig.transport.respond(403, R"(["BAD CSRF"])");
  ASSERT_TRUE(got.result);
  EXPECT_EQ(got.error().kind, ApiErrorKind::forbidden) << "only one refresh";
  EXPECT_EQ(rig.transport.sent().size(), 4u);
}

TEST(DiscourseErrors, CsrfFailureStopsTheWrite) {
  DiscourseRig rig(no_retry());
  Captured<model::Post> got;
  rig.client.like(201, got.callback());
  rig.transport.fail(F::network);
  ASSERT_TRUE(got.result);
  EXPECT_EQ(got.error().kind, ApiErrorKind::network);
  EXPECT_EQ(rig.transport.sent().size(), 1u);
}

TEST(DiscourseErrors, LoginRefusalsNameTheReason) {
  struct Case { const char* body; const char* reason; };
  for (auto c : {Case{R"({"error": "Incorrect username, email or password"})", "login_refused"},
                 Case{R"({"error": "You can't log in yet.", "reason": "not_activated", "sent_to_email": "m@example.org"})", "not_activated"},
                 Case{R"({"error": "Please enter your code.", "reason": "invalid_second_factor", "totp_enabled": true})", "invalid_second_factor"}}) {
    DiscourseRig rig;
    Captured<model::CurrentUser> u;
    rig.client.log_in(api::LoginRequest{"maya.okafor", "pw", ""}, u.callback());
    rig.answer_csrf();
    rig.transport.respond(200, c.body);
    ASSERT_TRUE(u.result);
    EXPECT_EQ(u.error().kind, ApiErrorKind::invalid);
    EXPECT_EQ(u.error().message, c.reason);
    EXPECT_FALSE(u.error().details.empty());
  }
}

TEST(DiscourseErrors, LoginRateLimited) {
  DiscourseRig rig;
  Captured<model::CurrentUser> u;
  rig.client.log_in(api::LoginRequest{"maya.okafor", "pw", ""}, u.callback());
  rig.answer_csrf();
  rig.transport.respond(429, R"({"errors": ["You have performed this action too many times, please wait 10 seconds before trying again."], "error_type": "rate_limit", "extras": {"wait_seconds": 10}})");
  EXPECT_EQ(u.error().kind, ApiErrorKind::rate_limited);
  EXPECT_EQ(u.error().retry_after_seconds, 10);
}

TEST(DiscourseErrors, RetryDelayIsDoublingAndCapped) {
  api::DiscourseConfig c;
  c.backoff_initial_ms = 500;
  c.backoff_max_ms = 8000;
  api::ApiError e{ApiErrorKind::network, 0, "", {}, 0};
  EXPECT_EQ(api::retry_delay_ms(c, 1, e), 500);
  EXPECT_EQ(api::retry_delay_ms(c, 2, e), 1000);
  EXPECT_EQ(api::retry_delay_ms(c, 5, e), 8000);
  EXPECT_EQ(api::retry_delay_ms(c, 50, e), 8000);
}

TEST(DiscourseErrors, HtmlAnswerToAWriteIsNotASuccess) {
  DiscourseRig rig;
  Captured<api::Done> d;
  rig.client.delete_post(203, d.callback());
  rig.answer_csrf();
  rig.transport.respond(200, "<html><body>Please log in</body></html>", {{"content-type", "text/html"}});
  ASSERT_TRUE(d.result);
  EXPECT_EQ(d.error().kind, ApiErrorKind::malformed);
  Captured<api::Done> ok;
  rig.client.delete_post(204, ok.callback());
  rig.transport.respond(200, R"({"success": "OK"})");
  EXPECT_TRUE(ok.ok());
  Captured<api::Done> empty;
  rig.client.delete_post(205, empty.callback());
  rig.transport.respond(204, "");
  EXPECT_TRUE(empty.ok());
}
