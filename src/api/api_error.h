// The one error type every ForumApi call reports, whichever backend answered.
#pragma once

#include <string>
#include <vector>

namespace hearth::api {

enum class ApiErrorKind {
  network,       // offline, DNS, connection refused or dropped
  timeout,       // no answer in time
  unauthorized,  // 401: not signed in
  forbidden,     // 403: signed in, but not allowed
  not_found,     // 404: gone, or hidden from this member
  invalid,       // 422: the server refused the input; see details
  rate_limited,  // 429: too many requests; see retry_after_seconds
  server,        // 5xx
  malformed,     // a body that is not the JSON we expect
  too_large,     // a response over the size limit
};

struct ApiError {
  ApiErrorKind kind = ApiErrorKind::network;
  int http_status = 0;
  std::string message;               // technical detail (server text, JSON path, ...)
  std::vector<std::string> details;  // Discourse's `errors` array, field messages
  int retry_after_seconds = 0;

  bool operator==(const ApiError& o) const {
    return kind == o.kind && http_status == o.http_status && message == o.message &&
           details == o.details && retry_after_seconds == o.retry_after_seconds;
  }
};

const char* kind_name(ApiErrorKind kind);
// A sentence a member understands, e.g. "You seem to be offline. ..."
std::string member_message(const ApiError& error);
// Whether offering "Try again" makes sense.
bool can_retry(const ApiError& error);

}  // namespace hearth::api
