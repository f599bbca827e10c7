// Generated forum data, for the benchmarks and for tests that need a long topic.
#pragma once

#include <string>

namespace hearth::bench {

// A Discourse-shaped /t/{id}.json answer with `posts` posts (every post in post_stream.posts,
// as after loading the whole topic): varied cooked HTML (paragraphs, emphasis, links, quotes,
// lists, code), likes, flags; about 1.2 KB a post. Deterministic for a given seed.
std::string topic_json(int posts, unsigned seed = 1);

}  // namespace hearth::bench
