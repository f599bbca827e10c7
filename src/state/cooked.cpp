#include "state/cooked.h"

#include <algorithm>
#include <cstring>

#include "state/post_text.h"

namespace hearth::state {

namespace {

std::uint64_t mix(std::uint64_t h, const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 1099511628211ull;  // FNV-1a
  return h;
}

}  // namespace

std::uint64_t cooked_fingerprint(const model::Post& post) {
  const std::string& c = post.cooked;
  std::uint64_t h = 1469598103934665603ull;
  h = (h ^ static_cast<std::uint64_t>(post.version)) * 1099511628211ull;
  h = (h ^ c.size()) * 1099511628211ull;
  std::size_t n = std::min<std::size_t>(c.size(), 48);
  h = mix(h, c.data(), n);
  if (c.size() > 96) h = mix(h, c.data() + c.size() / 2 - 24, 48);
  if (c.size() > 48) h = mix(h, c.data() + c.size() - n, n);
  return h;
}

CookedPost cook_post(const std::string& cooked_html, std::uint64_t fingerprint) {
  CookedPost out;
  out.fingerprint = fingerprint;
  out.rich = rich_text_from_cooked(cooked_html);
  PostText text = post_text_from_cooked(cooked_html);
  out.blocks.reserve(text.blocks.size());
  for (auto& b : text.blocks) out.blocks.push_back(std::move(b.text));
  out.plain = plain_text_from_cooked(cooked_html);
  return out;
}

CookBatch cook_batch(const std::vector<CookInput>& posts) {
  CookBatch out;
  out.reserve(posts.size());
  for (const auto& p : posts) out.emplace_back(p.post_id, std::make_shared<const CookedPost>(cook_post(p.cooked, p.fingerprint)));
  return out;
}

const CookedPost* cooked_of(const CookedPosts* cooked, const model::Post& post) {
  if (!cooked) return nullptr;
  auto it = cooked->find(post.id);
  if (it == cooked->end() || it->second->fingerprint != cooked_fingerprint(post)) return nullptr;
  return it->second.get();
}

std::vector<std::vector<CookInput>> posts_to_cook(const model::Topic& topic, const CookedPosts* cooked,
                                                  const std::unordered_map<std::int64_t, std::uint64_t>& queued,
                                                  std::size_t around_index, std::size_t batch_size,
                                                  std::size_t max_batches, std::size_t* resume) {
  const auto& posts = topic.posts;
  std::vector<std::size_t> order;
  order.reserve(posts.size());
  // Outwards from the post the reader is at: the screen's posts come back first.
  std::size_t n = posts.size();
  std::size_t at = std::min(around_index, n ? n - 1 : 0);
  for (std::size_t d = 0; n && (d <= at || at + d < n); ++d) {
    if (at + d < n) order.push_back(at + d);
    if (d > 0 && d <= at) order.push_back(at - d);
  }
  std::vector<std::vector<CookInput>> batches;
  std::size_t k = resume ? std::min(*resume, order.size()) : 0;
  for (; k < order.size(); ++k) {
    const model::Post& p = posts[order[k]];
    std::uint64_t f = cooked_fingerprint(p);
    if (cooked) {
      auto it = cooked->find(p.id);
      if (it != cooked->end() && it->second->fingerprint == f) continue;
    }
    auto q = queued.find(p.id);
    if (q != queued.end() && q->second == f) continue;
    if (batches.empty() || batches.back().size() >= batch_size) {
      if (batches.size() >= max_batches) break;
      batches.emplace_back();
    }
    batches.back().push_back(CookInput{p.id, f, p.cooked});
  }
  if (resume) *resume = k;
  return batches;
}

}  // namespace hearth::state
