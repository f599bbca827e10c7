// The native stand-in for HTTP and timers: tests see every request the client sends and answer
// each one when and how they choose; time moves only when a test advances it.
#pragma once

#include <map>
#include <optional>

#include "platform/http.h"

namespace hearth::platform {

class ScriptedTransport final : public HttpTransport {
 public:
  struct Sent {
    RequestId id = 0;
    HttpRequest request;
    bool answered = false;
  };

  RequestId send(HttpRequest request, std::function<void(HttpResponse)> done) override;
  void abort(RequestId id) override;

  const std::vector<Sent>& sent() const { return sent_; }
  std::size_t pending() const { return callbacks_.size(); }
  // The oldest unanswered request, if any.
  const Sent* next() const;
  // Answers the oldest unanswered request; false when none is waiting.
  bool respond(HttpResponse response);
  bool respond(int status, std::string body, Headers headers = {});
  bool fail(HttpResponse::Failure failure);
  // Answers the oldest unanswered request for exactly this URL; false when there is none.
  bool respond_to(const std::string& url, int status, std::string body);

 private:
  bool answer(Sent& s, HttpResponse response);
  std::vector<Sent> sent_;
  std::map<RequestId, std::function<void(HttpResponse)>> callbacks_;
  RequestId next_id_ = 1;
};

class ManualScheduler final : public Scheduler {
 public:
  void after(int milliseconds, std::function<void()> task) override;
  // Moves time forward, running every task that falls due (in order of due time).
  void advance(int milliseconds);
  std::size_t pending() const { return tasks_.size(); }
  std::int64_t now() const { return now_; }
  // Delay of the soonest task, if any.
  std::optional<std::int64_t> next_delay() const;

 private:
  std::multimap<std::int64_t, std::function<void()>> tasks_;
  std::int64_t now_ = 0;
};

}  // namespace hearth::platform
