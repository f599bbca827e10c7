// The topic view's decisions: likes with an optimistic update and rollback, flagging, staff's
// "View hidden content", loading posts around the reader for topics of any size, read tracking
// and jumping to a post.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "model/topic.h"
#include "state/flag_dialog.h"

namespace hearth::state {

struct State;

// Posts load in windows of this many around what the reader sees.
inline constexpr std::size_t k_post_window = 20;

struct LikePressed { std::int64_t post_id = 0; };
struct LikeSaved { model::Post post; };
struct LikeFailed { std::int64_t post_id = 0; api::ApiError error; };
struct FlagPressed { std::int64_t post_id = 0; };
struct FlagDialogClosed {};
struct RevealHiddenPressed { std::int64_t post_id = 0; };  // staff: "View hidden content"
// The stream positions (0-based indexes into Topic::stream) the reader has on screen.
struct ReaderMoved { std::size_t first_index = 0; std::size_t last_index = 0; };
struct JumpToPostPressed { std::int64_t post_number = 0; };
struct JumpDone {};  // the view scrolled the target post into sight
// Staff: take down the links of infringing material (copyright), keeping the rest of the post.
struct DisableLinksPressed { std::int64_t post_id = 0; };

using TopicViewAction = std::variant<LikePressed, LikeSaved, LikeFailed, FlagPressed, FlagDialogClosed,
                                     RevealHiddenPressed, ReaderMoved, JumpToPostPressed, JumpDone, FlagAction,
                                     DisableLinksPressed>;

// Whether the reader may like (or unlike) a post: signed in, not their own, and the forum allows it.
bool can_like(const model::Post& post, bool signed_in);
// Which post ids to load so that the window around [first, last] is complete (at most one window).
std::vector<std::int64_t> posts_to_load(const model::Topic& topic, std::size_t first_index, std::size_t last_index,
                                        const std::set<std::int64_t>& already_loading);

// A post's markdown with every link made plain text: [text](url) keeps its text, bare web
// addresses are replaced, so nothing in it can be followed any more.
std::string without_links(const std::string& raw);
inline constexpr const char* k_links_disabled_reason = "Links disabled by staff (copyright)";

void update_topic_view(State& s, const TopicViewAction& action, Effects& fx);

}  // namespace hearth::state
