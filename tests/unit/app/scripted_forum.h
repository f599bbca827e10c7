// The product path against a scripted Discourse, for app tests: DiscourseClient over a
// ScriptedTransport, the controller and an in-memory browser; with a worker when asked for
// (parsing and cooking off the calling thread, platform/worker.h).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "api/discourse_client.h"
#include "app/controller.h"
#include "platform/memory_browser.h"
#include "platform/scripted_transport.h"
#include "platform/worker.h"
#include "test_support.h"

namespace hearth::test {

inline const std::string k_forum = "https://forum.example.org";

inline std::string discourse_fixture(const std::string& name) {
  return read_project_file("tests/fixtures/discourse/" + name);
}

struct ScriptedForum {
  platform::ScriptedTransport transport;
  platform::ManualScheduler scheduler;
  api::DeliveryQueue delivery;
  std::unique_ptr<platform::Worker> worker;  // null: responses are parsed where they arrive
  api::DiscourseClient client;
  platform::MemoryBrowser browser;
  app::Controller controller;

  explicit ScriptedForum(std::string hash, std::optional<platform::Worker::Mode> mode = std::nullopt)
      : worker(mode ? std::make_unique<platform::Worker>(*mode) : nullptr),
        client(config(), transport, scheduler, "abc", worker.get()),
        browser(std::move(hash)),
        controller(client, delivery, browser, nullptr, nullptr, worker.get()) {
    browser.on_hash_change = [this](const std::string&) { controller.hash_changed(); };
  }
  static api::DiscourseConfig config() {
    api::DiscourseConfig c;
    c.base_url = k_forum;
    return c;
  }
  void pump() {
    for (int i = 0; i < 10; ++i) controller.pump();
  }
  bool answer(const std::string& path, const std::string& body, int status = 200) {
    bool ok = transport.respond_to(k_forum + path, status, body);
    pump();
    return ok;
  }
  // Turns of the loop until the controller is ready (a worker thread needs time of its own).
  bool settle() {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!controller.ready()) {
      controller.pump();
      if (std::chrono::steady_clock::now() > until) return false;
      if (worker && worker->threaded()) std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
  }
};

}  // namespace hearth::test
