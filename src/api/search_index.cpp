#include "api/search_index.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>

namespace hearth::api {

std::string lower_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Links keep their text; emphasis and code marks, quote markers and list bullets go.
std::string readable_text(const std::string& raw) {
  std::string out;
  bool line_start = true;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (line_start && (c == '>' || ((c == '-' || c == '*') && i + 1 < raw.size() && raw[i + 1] == ' '))) {
      ++i;  // the marker and its space
      continue;
    }
    line_start = c == '\n';
    if (c == '*' || c == '`' || (c == '_' && (i == 0 || raw[i - 1] == ' ' || i + 1 == raw.size() || raw[i + 1] == ' '))) continue;
    if (c == '!' && i + 1 < raw.size() && raw[i + 1] == '[') continue;
    if (c == '[') {
      std::size_t close = raw.find("](", i), end = close == std::string::npos ? close : raw.find(')', close);
      if (end != std::string::npos) {
        out += raw.substr(i + 1, close - i - 1);
        i = end;
        continue;
      }
    }
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

namespace {

std::shared_ptr<const SearchDoc> make_doc(const std::string& raw) {
  auto doc = std::make_shared<SearchDoc>();
  doc->text = readable_text(raw);
  doc->lowered = lower_ascii(doc->text);
  return doc;
}

}  // namespace

SearchIndex build_search_index(const std::vector<std::pair<std::int64_t, std::string>>& posts,
                               const SearchIndex* previous) {
  SearchIndex index;
  index.docs.reserve(posts.size());
  for (const auto& [id, raw] : posts) {
    std::uint64_t hash = std::hash<std::string>{}(raw);
    if (previous) {
      auto it = previous->docs.find(id);
      if (it != previous->docs.end() && it->second.first == hash) {
        index.docs.emplace(id, it->second);
        continue;
      }
    }
    index.docs.emplace(id, std::make_pair(hash, make_doc(raw)));
  }
  return index;
}

std::vector<SearchHit> rank_search(const std::vector<SearchCandidate>& candidates,
                                   const std::vector<std::string>& terms, const SearchIndex& index) {
  std::vector<SearchHit> hits;
  for (const auto& c : candidates) {
    auto it = index.docs.find(c.post_id);
    if (it == index.docs.end()) continue;  // not indexed: the caller indexes every candidate
    const SearchDoc& doc = *it->second.second;
    double relevance = 0;
    std::size_t first_at = std::string::npos;
    bool all = true;
    for (const auto& term : terms) {
      std::size_t count = 0;
      for (std::size_t at = doc.lowered.find(term); at != std::string::npos; at = doc.lowered.find(term, at + term.size())) {
        ++count;
        first_at = std::min(first_at, at);
      }
      bool in_title = !c.title_lowered.empty() && c.title_lowered.find(term) != std::string::npos;
      if (!count && !in_title) all = false;
      relevance += static_cast<double>(std::min<std::size_t>(count, 5)) + (in_title ? 3.0 : 0.0);
    }
    if (!all) continue;
    // Likes lift ranking: a well-liked answer rises above an equally relevant one.
    double score = relevance * (1.0 + std::log1p(static_cast<double>(c.like_count)));
    model::SearchPost sp;
    sp.id = c.post_id;
    sp.topic_id = c.topic_id;
    sp.post_number = c.post_number;
    sp.username = c.username;
    sp.name = c.name;
    sp.created_at = c.created_at;
    sp.like_count = c.like_count;
    const std::string& text = doc.text;
    std::size_t from = first_at == std::string::npos ? 0 : (first_at > 60 ? first_at - 60 : 0);
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    std::size_t len = 200;
    while (from + len < text.size() && (static_cast<unsigned char>(text[from + len]) & 0xC0) == 0x80) ++len;
    sp.blurb = (from ? "…" : "") + text.substr(from, len) + (from + len < text.size() ? "…" : "");
    hits.push_back({score, std::move(sp)});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  return hits;
}

}  // namespace hearth::api
