// Scripted HTTP and manual time for native tests.
#include "platform/scripted_transport.h"

namespace hearth::platform {

RequestId ScriptedTransport::send(HttpRequest request, std::function<void(HttpResponse)> done) {
  RequestId id = next_id_++;
  sent_.push_back(Sent{id, std::move(request), false});
  callbacks_[id] = std::move(done);
  return id;
}

void ScriptedTransport::abort(RequestId id) {
  auto it = callbacks_.find(id);
  if (it == callbacks_.end()) return;
  auto done = std::move(it->second);
  callbacks_.erase(it);
  for (auto& s : sent_)
    if (s.id == id) s.answered = true;
  HttpResponse r;
  r.failure = HttpResponse::Failure::aborted;
  done(std::move(r));
}

const ScriptedTransport::Sent* ScriptedTransport::next() const {
  for (const auto& s : sent_)
    if (!s.answered) return &s;
  return nullptr;
}

bool ScriptedTransport::answer(Sent& s, HttpResponse response) {
  s.answered = true;
  auto it = callbacks_.find(s.id);
  auto done = std::move(it->second);
  callbacks_.erase(it);
  for (auto& [k, v] : response.headers)
    for (auto& c : k) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (response.failure == HttpResponse::Failure::none && response.header("content-type").empty())
    response.headers.emplace_back("content-type", "application/json; charset=utf-8");
  done(std::move(response));
  return true;
}

bool ScriptedTransport::respond(HttpResponse response) {
  for (auto& s : sent_)
    if (!s.answered) return answer(s, std::move(response));
  return false;
}

bool ScriptedTransport::respond_to(const std::string& url, int status, std::string body) {
  for (auto& s : sent_) {
    if (s.answered || s.request.url != url) continue;
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return answer(s, std::move(r));
  }
  return false;
}

bool ScriptedTransport::respond(int status, std::string body, Headers headers) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  r.headers = std::move(headers);
  return respond(std::move(r));
}

bool ScriptedTransport::fail(HttpResponse::Failure failure) {
  HttpResponse r;
  r.failure = failure;
  r.error = failure == HttpResponse::Failure::timeout ? "timed out" : "connection failed";
  return respond(std::move(r));
}

void ManualScheduler::after(int milliseconds, std::function<void()> task) {
  tasks_.emplace(now_ + (milliseconds < 0 ? 0 : milliseconds), std::move(task));
}

void ManualScheduler::advance(int milliseconds) {
  std::int64_t until = now_ + milliseconds;
  while (!tasks_.empty() && tasks_.begin()->first <= until) {
    auto it = tasks_.begin();
    now_ = it->first;
    auto task = std::move(it->second);
    tasks_.erase(it);
    task();
  }
  now_ = until;
}

std::optional<std::int64_t> ManualScheduler::next_delay() const {
  if (tasks_.empty()) return std::nullopt;
  return tasks_.begin()->first - now_;
}

}  // namespace hearth::platform
