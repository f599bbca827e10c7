// How a post shows to the member reading it: the names are the test hook's post states.
#pragma once

#include <set>
#include <string>

#include "model/topic.h"

namespace hearth::state {

enum class PostDisplay { visible, hidden_notice, hidden_placeholder, hidden_dimmed, removed, blocked };

const char* post_display_name(PostDisplay d);

// Who is reading decides how a post shows (shared/DESIGN.md, "The community's rules"): a removed
// post shows as removed to everyone; a blocked member's post collapses for the one who blocked
// them; a hidden post shows its author the notice, staff see it dimmed behind "View hidden
// content", and everyone else sees the community's placeholder.
struct Reader {
  bool staff = false;
  std::set<std::string> blocked;  // members the reader blocks (ignores)
};
PostDisplay post_display(const model::Post& post, const Reader& reader);

// The sentences members see in place of a hidden post.
inline constexpr const char* k_hidden_notice_for_author =
    "Your post was flagged by the community. Please see your private messages.";
inline constexpr const char* k_hidden_placeholder =
    "This post was flagged by the community and is temporarily hidden.";
inline constexpr const char* k_removed_post = "This post was removed.";
inline constexpr const char* k_blocked_post = "Post by a blocked member";

}  // namespace hearth::state
