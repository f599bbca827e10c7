// The screens app_view composes; each draws from State and emits intents through Dispatch.
#pragma once

#include "state/app_state.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace hearth::ui {

struct Layout {
  float width = 0;   // CSS px of the whole page
  bool wide = false;  // side navigation shown
};

void show_topic_list(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch);
void show_topic_view(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch);
void show_banners(const state::State& s, const Theme& theme, Dispatch& dispatch);
void show_composer(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch);

}  // namespace hearth::ui
