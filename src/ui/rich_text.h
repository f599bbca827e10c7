// Draws a post's rich text (state/rich_text.h): word-wrapped spans in their fonts, links that
// can be clicked (and are reported to the test hook), quotes, lists, code, headings, images.
#pragma once

#include "state/rich_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace hearth::ui {

void show_rich_text(const state::RichText& text, const Theme& theme, Dispatch& dispatch);

}  // namespace hearth::ui
