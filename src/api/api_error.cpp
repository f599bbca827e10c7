// Member-facing wording of API errors.
#include "api/api_error.h"

namespace hearth::api {

const char* kind_name(ApiErrorKind kind) {
  switch (kind) {
    case ApiErrorKind::network: return "network";
    case ApiErrorKind::timeout: return "timeout";
    case ApiErrorKind::unauthorized: return "unauthorized";
    case ApiErrorKind::forbidden: return "forbidden";
    case ApiErrorKind::not_found: return "not_found";
    case ApiErrorKind::invalid: return "invalid";
    case ApiErrorKind::rate_limited: return "rate_limited";
    case ApiErrorKind::server: return "server";
    case ApiErrorKind::malformed: return "malformed";
    case ApiErrorKind::too_large: return "too_large";
  }
  return "unknown";
}

std::string member_message(const ApiError& e) {
  switch (e.kind) {
    case ApiErrorKind::network:
      return "You seem to be offline. Check your connection; nothing you typed is lost.";
    case ApiErrorKind::timeout:
      return "The forum took too long to answer. Please try again.";
    case ApiErrorKind::unauthorized: return "Please sign in to see this.";
    case ApiErrorKind::forbidden: return "You don't have permission to do that.";
    case ApiErrorKind::not_found:
      return "We couldn't find that. It may have been removed, or you may not have access.";
    case ApiErrorKind::invalid: {
      std::string s = "That didn't go through";
      if (!e.details.empty()) {
        s += ": ";
        for (std::size_t i = 0; i < e.details.size(); ++i) s += (i ? " " : "") + e.details[i];
      } else {
        s += ".";
      }
      return s;
    }
    case ApiErrorKind::rate_limited:
      return e.retry_after_seconds > 0
                 ? "You're doing that a lot. Please wait " + std::to_string(e.retry_after_seconds) +
                       " seconds and try again."
                 : "You're doing that a lot. Please wait a moment and try again.";
    case ApiErrorKind::server: return "The forum had a problem answering. Please try again shortly.";
    case ApiErrorKind::malformed:
      return "The forum sent an answer Hearth could not read (" + e.message + ").";
    case ApiErrorKind::too_large: return "The forum's answer was too large to show.";
  }
  return "Something went wrong.";
}

bool can_retry(const ApiError& e) {
  switch (e.kind) {
    case ApiErrorKind::network:
    case ApiErrorKind::timeout:
    case ApiErrorKind::rate_limited:
    case ApiErrorKind::server: return true;
    default: return false;
  }
}

}  // namespace hearth::api
