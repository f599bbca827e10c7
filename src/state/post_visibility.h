// How a post shows to the member reading it: the names are the test hook's post states.
#pragma once

#include "model/topic.h"

namespace hearth::state {

enum class PostDisplay { visible, hidden_notice, hidden_placeholder, hidden_dimmed, removed, blocked };

const char* post_display_name(PostDisplay d);

// Who is reading decides how a hidden post shows (shared/DESIGN.md, "The community's rules"):
// its author sees the notice, staff see it dimmed behind "View hidden content", everyone else
// sees the community's placeholder.
struct Reader {
  bool staff = false;
};
PostDisplay post_display(const model::Post& post, const Reader& reader);

// The sentences members see in place of a hidden post.
inline constexpr const char* k_hidden_notice_for_author =
    "Your post was flagged by the community. Please see your private messages.";
inline constexpr const char* k_hidden_placeholder =
    "This post was flagged by the community and is temporarily hidden.";

}  // namespace hearth::state
