// Draws the whole app for one frame: top bar, navigation and the current screen.
#pragma once

#include "state/app_state.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace hearth::ui {

// Call between ImGui::NewFrame() and ImGui::Render(). Records the hook's items for the frame.
void show_app(const state::State& s, const Theme& theme, Dispatch& dispatch);

}  // namespace hearth::ui
