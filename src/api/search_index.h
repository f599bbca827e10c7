// The embedded community's search: an index of each post's words as a reader sees them (and in
// lower case), built on the worker from a copy of the posts' markdown, reusing the entries of
// posts that did not change; queries rank the posts a member may read against it, also on the
// worker. Plain values in, plain values out, so both run on any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/search.h"

namespace hearth::api {

struct SearchDoc {
  std::string text;     // the words a reader sees (links keep their text, marks go)
  std::string lowered;  // the same, ASCII letters in lower case (what terms are found in)
};

struct SearchIndex {
  // post id -> (the markdown's hash, its document)
  std::unordered_map<std::int64_t, std::pair<std::uint64_t, std::shared_ptr<const SearchDoc>>> docs;
};

std::string lower_ascii(std::string s);
// A post's markdown as the words a reader sees.
std::string readable_text(const std::string& raw);

// The index of `posts` (id, markdown); a post whose markdown is unchanged keeps `previous`'s entry.
SearchIndex build_search_index(const std::vector<std::pair<std::int64_t, std::string>>& posts,
                               const SearchIndex* previous);

// A post the member may read, with what a result shows besides its words.
struct SearchCandidate {
  std::int64_t post_id = 0, topic_id = 0, post_number = 0, like_count = 0;
  std::string username, name, created_at;
  std::string title_lowered;  // the topic's title, for its first post only (a match there counts)
};

struct SearchHit {
  double score = 0;
  model::SearchPost post;
};

// The candidates that hold every term (in their words or their topic's title), best first:
// relevance (occurrences, up to 5 a term, and 3 for the title) lifted by likes. Candidates
// missing from the index are read on the spot.
std::vector<SearchHit> rank_search(const std::vector<SearchCandidate>& candidates,
                                   const std::vector<std::string>& terms, const SearchIndex& index);

}  // namespace hearth::api
