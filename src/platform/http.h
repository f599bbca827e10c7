// HTTP behind a small interface: the browser's fetch in the app, a scripted stand-in in tests.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth::platform {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  Headers headers;
  std::string body;
  int timeout_ms = 30000;
  // Send cookies to another origin (same-origin requests always carry them).
  bool with_credentials = false;

  std::string header(std::string_view name) const;  // case-insensitive; "" when absent
};

struct HttpResponse {
  enum class Failure { none, network, timeout, aborted };
  Failure failure = Failure::none;  // when not none, status is 0 and there is no body
  int status = 0;
  Headers headers;  // names in lower case
  std::string body;
  std::string error;  // what the transport knows of a failure

  std::string header(std::string_view name) const;  // case-insensitive; "" when absent
};

using RequestId = std::uint64_t;

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // `done` is called exactly once, on the main thread, after send() has returned.
  virtual RequestId send(HttpRequest request, std::function<void(HttpResponse)> done) = 0;
  // Cancels a request in flight: its `done` is called with Failure::aborted (or not at all if
  // it already completed).
  virtual void abort(RequestId id) = 0;
};

// Runs a task later on the main thread (retry backoff, polling intervals).
class Scheduler {
 public:
  virtual ~Scheduler() = default;
  virtual void after(int milliseconds, std::function<void()> task) = 0;
};

// Percent-encodes a query or form value (RFC 3986 unreserved characters pass through).
std::string url_encode(std::string_view value);

}  // namespace hearth::platform
