// A demo community for scenario tests: the shipped seed, a clock the test moves, and helpers to
// act as a member and wait for an answer.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <optional>

#include "api/local_community.h"
#include "test_support.h"

namespace hearth::test {

struct Community {
  api::DeliveryQueue q;
  std::int64_t now = 1795774500;  // 2026-11-27, after the seed's last post
  api::LocalCommunity c;
  explicit Community(std::int64_t tab = 0, std::function<void(api::Seed&)> adjust = {})
      : c(seed(adjust), q, tab) {
    c.set_clock([this] { return now; });
  }
  static api::Seed seed(const std::function<void(api::Seed&)>& adjust) {
    auto s = api::parse_seed(read_project_file("assets/demo/community.json")).value();
    if (adjust) adjust(s);
    return s;
  }
  template <class T>
  api::ApiResult<T> wait(std::function<void(api::Callback<T>)> call) {
    std::optional<api::ApiResult<T>> got;
    call([&](api::ApiResult<T> r) { got.emplace(std::move(r)); });
    q.run();
    EXPECT_TRUE(got.has_value());
    if (!got) return api::ApiError{api::ApiErrorKind::network, 0, "no answer", {}, 0};
    return std::move(*got);
  }
  template <class T>
  api::ApiResult<T> as(const std::string& who, std::function<void(api::Callback<T>)> call) {
    EXPECT_TRUE(c.act_as(who)) << who;
    return wait<T>(std::move(call));
  }
  api::ApiResult<model::Post> post(const std::string& who, std::function<void(api::Callback<model::Post>)> call) {
    return as<model::Post>(who, std::move(call));
  }
  api::ApiResult<api::Done> done(const std::string& who, std::function<void(api::Callback<api::Done>)> call) {
    return as<api::Done>(who, std::move(call));
  }
  api::ApiResult<model::Post> reply(const std::string& who, std::int64_t topic, std::string raw, std::int64_t to = 0) {
    return post(who, [&](auto cb) { c.reply(api::NewReply{topic, raw, to}, cb); });
  }
  api::ApiResult<model::Post> flag(const std::string& who, std::int64_t post_id, std::int64_t type, std::string message = "") {
    return post(who, [&](auto cb) { c.flag(api::FlagRequest{post_id, type, message}, cb); });
  }
  // The post as `who` sees it (nullopt when it is not in the topic for them).
  std::optional<model::Post> seen_by(const std::string& who, std::int64_t topic, std::int64_t post_id) {
    c.act_as(who);
    auto t = c.topic_now(topic);
    if (!t.ok()) return std::nullopt;
    for (const auto& p : t.value().posts)
      if (p.id == post_id) return p;
    return std::nullopt;
  }
  std::vector<model::Reviewable> queue_of(const std::string& who) {
    c.act_as(who);
    auto q2 = c.review_queue_now();
    return q2.ok() ? q2.value().reviewables : std::vector<model::Reviewable>{};
  }
  // Notifications raised during the test (the seed's own have ids below 1,000,000).
  std::vector<model::Notification> fresh_notifications(const std::string& who) {
    c.act_as(who);
    std::vector<model::Notification> out;
    for (const auto& n : c.notifications_now().notifications)
      if (n.id >= 1'000'000) out.push_back(n);
    return out;
  }
  const api::SeedMember& member(const std::string& who) const {
    for (const auto& m : c.data().members)
      if (m.username == who) return m;
    ADD_FAILURE() << "no member " << who;
    return c.data().members.front();
  }
};

}  // namespace hearth::test
