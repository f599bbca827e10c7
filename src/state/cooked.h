// Posts' cooked HTML read once, off the render thread (platform/worker.h): the rich text the
// topic view lays out and draws, and the plain text the screen-reader mirror and quoting read.
// The render thread only looks results up; a post not cooked yet (just edited, or the worker
// still busy) is read on the spot by the view, which costs only the posts on screen.
#pragma once

#include <cstdint>
#include <cstddef>
#include <climits>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/topic.h"
#include "state/rich_text.h"

namespace hearth::state {

struct CookedPost {
  std::uint64_t fingerprint = 0;   // of the cooked HTML it was read from (cooked_fingerprint)
  RichText rich;                   // what the topic view draws
  std::vector<std::string> blocks; // each block's plain text (the screen-reader mirror)
  std::string plain;               // paragraphs separated by blank lines (quoting, copying)
};

using CookedPosts = std::unordered_map<std::int64_t, std::shared_ptr<const CookedPost>>;

// Cheap enough to take for every post of a 10,000-post topic on each change: the post's
// version, the HTML's length, and a hash of its head, middle and tail.
std::uint64_t cooked_fingerprint(const model::Post& post);

// The work of a cooking job: one post's HTML read into rich and plain text.
CookedPost cook_post(const std::string& cooked_html, std::uint64_t fingerprint);

// What a job takes (copies of the posts' HTML, so it owns its input) and gives back.
struct CookInput {
  std::int64_t post_id = 0;
  std::uint64_t fingerprint = 0;
  std::string cooked;
};
using CookBatch = std::vector<std::pair<std::int64_t, std::shared_ptr<const CookedPost>>>;
CookBatch cook_batch(const std::vector<CookInput>& posts);

// The cooked form of `post` if it is current, else null.
const CookedPost* cooked_of(const CookedPosts* cooked, const model::Post& post);

// The posts of `topic` that need cooking (not cooked, or cooked from older HTML), nearest to
// `around_index` first, in at most `max_batches` batches of at most `batch_size` (the rest wait
// for the next call: copying a 10,000-post topic's HTML at once would stall a frame). Posts
// already in `queued` (by id and fingerprint) are left out.
// `resume`, when given, is where in that outward order the previous call stopped: the posts
// before it were cooked or queued then, so they are not looked at again, and it is moved on to
// where this call stops. Start it at 0, and again whenever the posts or `around_index` change.
std::vector<std::vector<CookInput>> posts_to_cook(const model::Topic& topic, const CookedPosts* cooked,
                                                  const std::unordered_map<std::int64_t, std::uint64_t>& queued,
                                                  std::size_t around_index, std::size_t batch_size,
                                                  std::size_t max_batches = SIZE_MAX,
                                                  std::size_t* resume = nullptr);

}  // namespace hearth::state
