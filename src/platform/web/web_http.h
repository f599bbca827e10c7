// HTTP and timers in the browser: fetch() and setTimeout.
#pragma once

#include <map>

#include "platform/http.h"

namespace hearth::platform {

class WebTransport final : public HttpTransport {
 public:
  RequestId send(HttpRequest request, std::function<void(HttpResponse)> done) override;
  void abort(RequestId id) override;
};

class WebScheduler final : public Scheduler {
 public:
  void after(int milliseconds, std::function<void()> task) override;
};

// Called with the page's visibility (true when the tab is hidden) on every change.
void on_visibility_change(std::function<void(bool hidden)> callback);
// The page's ?name=value query parameter, or "" when absent.
std::string page_query_parameter(const std::string& name);
// The page's origin, e.g. "https://forum.example.org".
std::string page_origin();

}  // namespace hearth::platform
