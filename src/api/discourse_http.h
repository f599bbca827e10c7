// How DiscourseClient talks HTTP: the headers Discourse expects, the mapping of every failure
// to one ApiError, retries with capped backoff for reads, and never a silent retry of a write.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "api/forum_api.h"
#include "platform/http.h"

namespace hearth::api {

struct DiscourseConfig {
  std::string base_url;            // e.g. "https://forum.example.org" (no trailing slash needed)
  std::string user_api_key;        // set when signing in from another origin
  std::string user_api_client_id;  // goes with the key
  std::size_t max_response_bytes = 16u * 1024u * 1024u;  // larger answers are refused
  int timeout_ms = 30000;
  int max_get_attempts = 4;       // a read is tried at most this often
  int backoff_initial_ms = 500;   // then 1 s, 2 s, ... capped at backoff_max_ms
  int backoff_max_ms = 8000;
  int max_retry_after_s = 60;     // a 429 asking for a longer wait is reported, not waited out
};

// The ApiError for an HTTP answer, or nullopt when it is a success whose body may be read.
std::optional<ApiError> error_from_response(const platform::HttpResponse& response,
                                            std::size_t max_body_bytes);
// The delay before attempt `attempt` (1 = the first retry) of a read that failed with `error`.
int retry_delay_ms(const DiscourseConfig& config, int attempt, const ApiError& error);
// Whether a read that failed this way is worth trying again.
bool retryable_read(const ApiError& error);

class DiscourseHttp {
 public:
  DiscourseHttp(DiscourseConfig config, platform::HttpTransport& transport,
                platform::Scheduler& scheduler);

  const DiscourseConfig& config() const { return config_; }
  std::string url(const std::string& path) const { return base_ + path; }

  // GET with retries; `done` gets the body of a successful answer or the final error.
  void get(const std::string& path, std::function<void(ApiResult<std::string>)> done);
  // POST/PUT/DELETE with the CSRF token (fetched first when there is no User API key).
  // Never retried, except once after Discourse's "BAD CSRF" answer, which it gives before acting.
  void write(const std::string& method, const std::string& path, std::string json_body,
             std::function<void(ApiResult<std::string>)> done);
  // Forgets the CSRF token (the session changed).
  void reset_csrf() { csrf_.clear(); }
  // Headers every request carries (auth, X-Requested-With, Accept).
  platform::Headers base_headers() const;

 private:
  void get_attempt(const std::string& path, int attempt, std::function<void(ApiResult<std::string>)> done);
  void with_csrf(std::function<void(std::optional<ApiError>)> then);
  void send_write(const std::string& method, const std::string& path, std::string body,
                  bool may_refresh_csrf, std::function<void(ApiResult<std::string>)> done);

  DiscourseConfig config_;
  std::string base_;
  platform::HttpTransport& transport_;
  platform::Scheduler& scheduler_;
  std::string csrf_;
};

}  // namespace hearth::api
