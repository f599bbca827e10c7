// HTTP plumbing for the Discourse client.
#include "api/discourse_http.h"

#include <algorithm>
#include <cstdlib>

#include "model/json_reader.h"
#include "model/session.h"

namespace hearth::api {

namespace {

// Discourse's error bodies: {"errors": ["..."], "error_type": "...", "extras": {"wait_seconds": n}}
// or, from some endpoints, {"error": "..."}.
void read_error_body(const std::string& body, ApiError& e) {
  auto doc = model::parse_json_text(body);
  if (!doc.ok() || !doc.value().is_object()) return;
  const auto& j = doc.value();
  if (auto it = j.find("errors"); it != j.end() && it->is_array())
    for (const auto& m : *it)
      if (m.is_string()) e.details.push_back(m.get<std::string>());
  if (auto it = j.find("error"); it != j.end() && it->is_string() && e.details.empty())
    e.details.push_back(it->get<std::string>());
  if (auto it = j.find("error_type"); it != j.end() && it->is_string()) e.message = it->get<std::string>();
  if (auto ex = j.find("extras"); ex != j.end() && ex->is_object())
    if (auto w = ex->find("wait_seconds"); w != ex->end() && w->is_number_integer())
      e.retry_after_seconds = std::max(e.retry_after_seconds, static_cast<int>(w->get<std::int64_t>()));
}

int parse_retry_after(const std::string& value) {
  if (value.empty()) return 0;
  char* end = nullptr;
  long s = std::strtol(value.c_str(), &end, 10);
  if (end == value.c_str() || s < 0) return 0;  // an HTTP date: the body's wait_seconds covers it
  return static_cast<int>(std::min(s, 86400L));
}

}  // namespace

std::optional<ApiError> error_from_response(const platform::HttpResponse& r, std::size_t max_body) {
  using F = platform::HttpResponse::Failure;
  if (r.failure == F::network || r.failure == F::aborted)
    return ApiError{ApiErrorKind::network, 0, r.error.empty() ? "no connection" : r.error, {}, 0};
  if (r.failure == F::timeout) return ApiError{ApiErrorKind::timeout, 0, "no answer in time", {}, 0};
  if (r.body.size() > max_body)
    return ApiError{ApiErrorKind::too_large, r.status,
                    "answer of " + std::to_string(r.body.size()) + " bytes, limit " + std::to_string(max_body), {}, 0};
  if (r.status >= 200 && r.status < 300) return std::nullopt;
  ApiError e;
  e.http_status = r.status;
  read_error_body(r.body, e);
  e.retry_after_seconds = std::max(e.retry_after_seconds, parse_retry_after(r.header("retry-after")));
  if (r.status == 401) e.kind = ApiErrorKind::unauthorized;
  else if (r.status == 403) e.kind = ApiErrorKind::forbidden;
  else if (r.status == 404 || r.status == 410) e.kind = ApiErrorKind::not_found;
  else if (r.status == 429) e.kind = ApiErrorKind::rate_limited;
  else if (r.status >= 500) e.kind = ApiErrorKind::server;
  else if (r.status >= 400) e.kind = ApiErrorKind::invalid;  // 400, 409, 413, 422...
  else e.kind = ApiErrorKind::malformed;                      // 1xx/3xx reaching us: not an answer
  if (e.message.empty()) e.message = "HTTP " + std::to_string(r.status);
  return e;
}

bool retryable_read(const ApiError& e) {
  switch (e.kind) {
    case ApiErrorKind::network:
    case ApiErrorKind::timeout: return true;
    case ApiErrorKind::rate_limited: return true;
    case ApiErrorKind::server: return e.http_status == 502 || e.http_status == 503 || e.http_status == 504;
    default: return false;
  }
}

int retry_delay_ms(const DiscourseConfig& c, int attempt, const ApiError& e) {
  long delay = c.backoff_initial_ms;
  for (int i = 1; i < attempt && delay < c.backoff_max_ms; ++i) delay *= 2;
  delay = std::min<long>(delay, c.backoff_max_ms);
  if (e.kind == ApiErrorKind::rate_limited && e.retry_after_seconds > 0)
    delay = std::max<long>(delay, e.retry_after_seconds * 1000L);
  return static_cast<int>(delay);
}

DiscourseHttp::DiscourseHttp(DiscourseConfig config, platform::HttpTransport& transport,
                             platform::Scheduler& scheduler)
    : config_(std::move(config)), transport_(transport), scheduler_(scheduler) {
  base_ = config_.base_url;
  while (!base_.empty() && base_.back() == '/') base_.pop_back();
}

platform::Headers DiscourseHttp::base_headers() const {
  platform::Headers h{{"Accept", "application/json"}, {"X-Requested-With", "XMLHttpRequest"}};
  if (!config_.user_api_key.empty()) {
    h.emplace_back("User-Api-Key", config_.user_api_key);
    if (!config_.user_api_client_id.empty()) h.emplace_back("User-Api-Client-Id", config_.user_api_client_id);
  }
  return h;
}

void DiscourseHttp::get(const std::string& path, std::function<void(ApiResult<std::string>)> done) {
  get_attempt(path, 1, std::move(done));
}

void DiscourseHttp::get_attempt(const std::string& path, int attempt,
                                std::function<void(ApiResult<std::string>)> done) {
  platform::HttpRequest req;
  req.method = "GET";
  req.url = url(path);
  req.headers = base_headers();
  req.timeout_ms = config_.timeout_ms;
  transport_.send(std::move(req), [this, path, attempt, done = std::move(done)](platform::HttpResponse r) mutable {
    auto error = error_from_response(r, config_.max_response_bytes);
    if (!error) { done(std::move(r.body)); return; }
    bool wait_too_long = error->kind == ApiErrorKind::rate_limited &&
                         error->retry_after_seconds > config_.max_retry_after_s;
    if (r.failure == platform::HttpResponse::Failure::aborted || !retryable_read(*error) ||
        attempt >= config_.max_get_attempts || wait_too_long) {
      done(std::move(*error));
      return;
    }
    scheduler_.after(retry_delay_ms(config_, attempt, *error), [this, path, attempt, done = std::move(done)]() mutable {
      get_attempt(path, attempt + 1, std::move(done));
    });
  });
}

void DiscourseHttp::with_csrf(std::function<void(std::optional<ApiError>)> then) {
  // A User API Key authenticates on its own; cookie sessions need the CSRF token.
  if (!config_.user_api_key.empty() || !csrf_.empty()) { then(std::nullopt); return; }
  get("/session/csrf.json", [this, then = std::move(then)](ApiResult<std::string> r) {
    if (!r.ok()) { then(r.error()); return; }
    auto token = model::parse_csrf(r.value());
    if (!token.ok()) {
      then(ApiError{ApiErrorKind::malformed, 200, "/session/csrf.json: " + token.error().to_string(), {}, 0});
      return;
    }
    csrf_ = std::move(token).value();
    then(std::nullopt);
  });
}

void DiscourseHttp::write(const std::string& method, const std::string& path, std::string json_body,
                          std::function<void(ApiResult<std::string>)> done) {
  with_csrf([this, method, path, body = std::move(json_body), done = std::move(done)](std::optional<ApiError> e) mutable {
    if (e) { done(std::move(*e)); return; }
    send_write(method, path, std::move(body), true, std::move(done));
  });
}

void DiscourseHttp::send_write(const std::string& method, const std::string& path, std::string body,
                               bool may_refresh_csrf, std::function<void(ApiResult<std::string>)> done) {
  platform::HttpRequest req;
  req.method = method;
  req.url = url(path);
  req.headers = base_headers();
  if (!csrf_.empty()) req.headers.emplace_back("X-CSRF-Token", csrf_);
  if (!body.empty()) req.headers.emplace_back("Content-Type", "application/json");
  req.body = body;
  req.timeout_ms = config_.timeout_ms;
  transport_.send(std::move(req), [this, method, path, body = std::move(body), may_refresh_csrf,
                                   done = std::move(done)](platform::HttpResponse r) mutable {
    auto error = error_from_response(r, config_.max_response_bytes);
    if (!error) { done(std::move(r.body)); return; }
    bool bad_csrf = error->kind == ApiErrorKind::forbidden && r.body.find("BAD CSRF") != std::string::npos;
    if (bad_csrf && may_refresh_csrf && config_.user_api_key.empty()) {
      // The server refused before acting: fetch a fresh token and send once more.
      csrf_.clear();
      with_csrf([this, method, path, body = std::move(body), done = std::move(done)](std::optional<ApiError> e) mutable {
        if (e) { done(std::move(*e)); return; }
        send_write(method, path, std::move(body), false, std::move(done));
      });
      return;
    }
    done(std::move(*error));
  });
}

}  // namespace hearth::api
