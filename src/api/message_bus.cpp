// MessageBus polling loop.
#include "api/message_bus.h"

#include <algorithm>

namespace hearth::api {

MessageBus::MessageBus(DiscourseHttp& http, platform::HttpTransport& transport,
                       platform::Scheduler& scheduler, std::string client_id, Options options)
    : http_(http), transport_(transport), scheduler_(scheduler), client_id_(std::move(client_id)),
      options_(options) {}

MessageBus::MessageBus(DiscourseHttp& http, platform::HttpTransport& transport,
                       platform::Scheduler& scheduler, std::string client_id)
    : MessageBus(http, transport, scheduler, std::move(client_id), Options{}) {}

void MessageBus::set_channels(const std::vector<std::string>& channels) {
  std::map<std::string, std::int64_t> next;
  for (const auto& c : channels) {
    auto it = last_id_.find(c);
    next[c] = it == last_id_.end() ? -1 : it->second;
  }
  if (next == last_id_) return;
  last_id_ = std::move(next);
  restart();
}

void MessageBus::set_paused(bool paused) {
  if (paused == paused_) return;
  paused_ = paused;
  restart();
}

void MessageBus::restart() {
  ++generation_;
  scheduled_ = false;
  if (in_flight_) {
    platform::RequestId id = in_flight_;
    in_flight_ = 0;
    transport_.abort(id);
  }
  if (!paused_ && !last_id_.empty()) poll();
}

void MessageBus::schedule(int delay_ms) {
  if (scheduled_ || paused_ || last_id_.empty()) return;
  scheduled_ = true;
  std::uint64_t gen = generation_;
  scheduler_.after(delay_ms, [this, gen] {
    if (gen != generation_) return;
    scheduled_ = false;
    poll();
  });
}

void MessageBus::poll() {
  if (paused_ || in_flight_ || last_id_.empty()) return;
  platform::HttpRequest req;
  req.method = "POST";
  req.url = http_.url("/message-bus/" + client_id_ + "/poll");
  req.headers = http_.base_headers();
  req.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
  req.headers.emplace_back("Dont-Chunk", "true");  // one JSON array, not a chunked stream
  req.headers.emplace_back("X-SILENCE-LOGGER", "true");
  for (const auto& [channel, id] : last_id_) {
    if (!req.body.empty()) req.body += '&';
    req.body += platform::url_encode(channel) + "=" + std::to_string(id);
  }
  req.timeout_ms = options_.poll_timeout_ms;
  std::uint64_t gen = generation_;
  in_flight_ = transport_.send(std::move(req), [this, gen](platform::HttpResponse r) {
    if (gen != generation_) return;  // aborted for a newer set of channels, or paused
    in_flight_ = 0;
    auto error = error_from_response(r, http_.config().max_response_bytes);
    std::vector<model::BusMessage> messages;
    if (!error) {
      auto parsed = model::parse_bus_poll(r.body);
      if (parsed.ok()) messages = std::move(parsed).value();
      else error = ApiError{ApiErrorKind::malformed, r.status, parsed.error().to_string(), {}, 0};
    }
    if (error) {
      ++failures_;
      long delay = options_.backoff_initial_ms;
      for (int i = 1; i < failures_ && delay < options_.backoff_max_ms; ++i) delay *= 2;
      delay = std::min<long>(delay, options_.backoff_max_ms);
      if (error->retry_after_seconds > 0) delay = std::max<long>(delay, error->retry_after_seconds * 1000L);
      schedule(static_cast<int>(delay));
      return;
    }
    failures_ = 0;
    bool delivered = false;
    for (const auto& m : messages) {
      auto it = last_id_.find(m.channel);
      if (it == last_id_.end()) continue;  // a channel we no longer follow
      it->second = std::max(it->second, m.message_id);
      if (m.event && on_message) {
        delivered = true;
        on_message(m);
        if (gen != generation_) return;  // the listener changed what we follow
      }
    }
    schedule(delivered ? 0 : options_.idle_delay_ms);
  });
}

}  // namespace hearth::api
