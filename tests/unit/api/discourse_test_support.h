// A DiscourseClient wired to a scripted transport and manual time, for request and response tests.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "api/discourse_client.h"
#include "platform/scripted_transport.h"

namespace hearth::test {

struct DiscourseRig {
  platform::ScriptedTransport transport;
  platform::ManualScheduler scheduler;
  api::DiscourseClient client;

  explicit DiscourseRig(api::DiscourseConfig config = default_config())
      : client(std::move(config), transport, scheduler, "c0ffee") {}

  static api::DiscourseConfig default_config() {
    api::DiscourseConfig c;
    c.base_url = "https://forum.example.org/";
    return c;
  }
  // Answers the CSRF request a cookie session makes before its first write.
  void answer_csrf(const std::string& token = "tok3n") {
    ASSERT_TRUE(transport.respond_to("https://forum.example.org/session/csrf.json", 200,
                                     "{\"csrf\": \"" + token + "\"}"))
        << "no CSRF request is waiting";
  }
  const platform::HttpRequest& last() const { return transport.sent().back().request; }
};

// Captures a callback's result.
template <class T>
struct Captured {
  std::optional<api::ApiResult<T>> result;
  api::Callback<T> callback() {
    return [this](api::ApiResult<T> r) { result.emplace(std::move(r)); };
  }
  bool ok() const { return result && result->ok(); }
  const T& value() const { return result->value(); }
  const api::ApiError& error() const { return result->error(); }
};

}  // namespace hearth::test
