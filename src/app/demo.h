// Wiring the embedded demo community into the controller: the member switch, reset, saving
// only with the member's consent, and the storage status the screen shows.
#pragma once

#include "api/local_community.h"
#include "app/controller.h"
#include "platform/community_store.h"

namespace hearth::app {

// Connects `community` to `store` (reading what this browser saved) and to `controller`.
void connect_demo(Controller& controller, api::LocalCommunity& community, platform::CommunityStore& store);

const char* storage_state_name(api::DemoStorage::State s);

}  // namespace hearth::app
