// The hidden-post display rule.
#include "state/post_visibility.h"

namespace hearth::state {

const char* post_display_name(PostDisplay d) {
  switch (d) {
    case PostDisplay::visible: return "visible";
    case PostDisplay::hidden_notice: return "hidden_notice";
    case PostDisplay::hidden_placeholder: return "hidden_placeholder";
    case PostDisplay::hidden_dimmed: return "hidden_dimmed";
    case PostDisplay::removed: return "removed";
    case PostDisplay::blocked: return "blocked";
  }
  return "visible";
}

PostDisplay post_display(const model::Post& post, const Reader& reader) {
  if (!post.deleted_at.empty() || post.user_deleted) return PostDisplay::removed;
  if (!post.yours && reader.blocked.count(post.username)) return PostDisplay::blocked;
  if (!post.hidden) return PostDisplay::visible;
  if (post.yours) return PostDisplay::hidden_notice;
  if (reader.staff) return PostDisplay::hidden_dimmed;
  return PostDisplay::hidden_placeholder;
}

}  // namespace hearth::state
