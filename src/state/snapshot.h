// The test hook's snapshot of the current screen (shared/DESIGN.md, "The test hook"): a stable
// JSON description that browser tests read instead of guessing from pixels.
#pragma once

#include <nlohmann/json.hpp>

#include "state/app_state.h"

namespace hearth::state {

nlohmann::json snapshot(const State& state);

}  // namespace hearth::state
