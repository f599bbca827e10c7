// Discourse's MessageBus long-poll, as its own client uses it: POST /message-bus/{client}/poll
// with each channel's last id; answers carry new messages (and each channel's current id).
// Pauses while the tab is hidden and backs off on errors.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "api/discourse_http.h"
#include "model/session.h"

namespace hearth::api {

class MessageBus {
 public:
  struct Options {
    int poll_timeout_ms = 60000;   // the server holds a long poll for about 25 s
    int idle_delay_ms = 1000;      // before the next poll after an empty answer
    int backoff_initial_ms = 1000;  // after a failure; doubles up to backoff_max_ms
    int backoff_max_ms = 60000;
  };

  MessageBus(DiscourseHttp& http, platform::HttpTransport& transport, platform::Scheduler& scheduler,
             std::string client_id, Options options);
  MessageBus(DiscourseHttp& http, platform::HttpTransport& transport, platform::Scheduler& scheduler,
             std::string client_id);

  // Channels to follow from now on ("/topic/42", "/latest", "/notification/5"). Channels kept
  // from before keep their position; new ones start at the present (-1).
  void set_channels(const std::vector<std::string>& channels);
  void set_paused(bool paused);
  std::function<void(const model::BusMessage&)> on_message;

  const std::map<std::string, std::int64_t>& positions() const { return last_id_; }
  int consecutive_failures() const { return failures_; }
  bool polling() const { return in_flight_ != 0; }

 private:
  void poll();
  void schedule(int delay_ms);
  void restart();

  DiscourseHttp& http_;
  platform::HttpTransport& transport_;
  platform::Scheduler& scheduler_;
  std::string client_id_;
  Options options_;
  std::map<std::string, std::int64_t> last_id_;
  bool paused_ = false;
  platform::RequestId in_flight_ = 0;
  std::uint64_t generation_ = 0;  // answers and timers of an older generation are ignored
  bool scheduled_ = false;
  int failures_ = 0;
};

}  // namespace hearth::api
