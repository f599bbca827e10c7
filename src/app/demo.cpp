// The embedded demo community's wiring into the controller.
#include "app/demo.h"

namespace hearth::app {

const char* storage_state_name(api::DemoStorage::State s) {
  switch (s) {
    case api::DemoStorage::State::memory_only: return "memory_only";
    case api::DemoStorage::State::loading: return "loading";
    case api::DemoStorage::State::saved: return "saved";
    case api::DemoStorage::State::saving: return "saving";
    case api::DemoStorage::State::failed: return "failed";
    case api::DemoStorage::State::unreadable: return "unreadable";
  }
  return "memory_only";
}

void connect_demo(Controller& controller, api::LocalCommunity& community, platform::CommunityStore& store) {
  controller.act_as = [&community](const std::string& who) { return community.act_as(who); };
  controller.reset_demo = [&community](std::function<void(std::optional<std::string>)> done) {
    community.reset_demo([done = std::move(done)](std::optional<platform::StoreFailure> failure) {
      if (failure) done("The demo could not be reset: " + failure->message);
      else done(std::nullopt);
    });
  };
  controller.saving_allowed = [&community](bool allowed) { community.allow_saving(allowed); };
  controller.dispatch(state::DemoStarted{community.members_and_roles()});
  community.connect(store, [&controller](const api::DemoStorage& s) {
    controller.dispatch(state::DemoStorageChanged{storage_state_name(s.state), s.message, s.unsaved, s.resets});
  });
}

}  // namespace hearth::app
