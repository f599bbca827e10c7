// The screens app_view composes; each draws from State and emits intents through Dispatch.
#pragma once

#include "state/app_state.h"
#include "ui/text_area.h"
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
void show_flag_dialog(const state::State& s, const Theme& theme, Dispatch& dispatch);
void show_report_dialog(const state::State& s, const Theme& theme, Dispatch& dispatch);
void show_pages(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch);

// The posts the topic view drew on screen last frame: [first, last] indices into the topic's
// posts (the screen-reader mirror reads the posts around them).
struct PostsOnScreen {
  std::int64_t topic_id = 0;
  std::size_t first = 0, last = 0;
};
PostsOnScreen posts_on_screen();

// Shared pieces of dialogs and forms.
bool begin_modal(const char* id, const Theme& theme, float max_width);  // then end_modal() if true
void end_modal();
bool secondary_button(const char* label, const Theme& theme);

}  // namespace hearth::ui
