// Topic view rules.
#include "state/topic_view.h"

#include <algorithm>
#include <unordered_set>

#include "state/app_state.h"
#include "state/overloaded.h"
#include "state/post_text.h"

namespace hearth::state {

namespace {
model::Post* find(State& s, std::int64_t post_id) {
  if (!s.topic.topic) return nullptr;
  for (auto& p : s.topic.topic->posts)
    if (p.id == post_id) return &p;
  return nullptr;
}

model::PostAction& like_action(model::Post& p) {
  for (auto& a : p.actions_summary)
    if (a.id == model::k_like_action) return a;
  p.actions_summary.push_back(model::PostAction{model::k_like_action, p.like_count, false, true, false});
  return p.actions_summary.back();
}
}  // namespace

std::string without_links(const std::string& raw) {
  std::string out;
  std::size_t i = 0;
  auto starts = [&](std::size_t at, const char* p) { return raw.compare(at, std::char_traits<char>::length(p), p) == 0; };
  while (i < raw.size()) {
    if (raw[i] == '[') {  // [text](url) -> text
      std::size_t close = raw.find("](", i);
      std::size_t end = close == std::string::npos ? close : raw.find(')', close);
      if (end != std::string::npos && raw.find('\n', i) > close) {
        out += raw.substr(i + 1, close - i - 1);
        i = end + 1;
        continue;
      }
    }
    if (starts(i, "https://") || starts(i, "http://") || starts(i, "www.")) {
      std::size_t end = raw.find_first_of(" \t\n)<>\"", i);
      if (end == std::string::npos) end = raw.size();
      out += "[link removed]";
      i = end;
      continue;
    }
    out += raw[i++];
  }
  return out;
}

bool can_like(const model::Post& post, bool signed_in) {
  if (!signed_in || post.yours || post.hidden || !post.deleted_at.empty()) return false;
  const model::PostAction* a = post.action(model::k_like_action);
  if (!a) return false;
  return a->acted ? a->can_undo : a->can_act;
}

std::vector<std::int64_t> posts_to_load(const model::Topic& topic, std::size_t first, std::size_t last,
                                        const std::set<std::int64_t>& loading) {
  std::vector<std::int64_t> out;
  if (topic.stream.empty()) return out;
  std::size_t n = topic.stream.size();
  first = std::min(first, n - 1);
  last = std::min(std::max(last, first), n - 1);
  std::size_t from = first > k_post_window ? first - k_post_window : 0;
  std::size_t to = std::min(n - 1, last + k_post_window);
  // When the window's posts are here, at their places in the stream's order (as Discourse keeps
  // them), there is nothing to load: seen from the window's ids alone, without a pass over
  // 10,000 posts.
  if (to < topic.posts.size()) {
    bool all_here = true;
    for (std::size_t i = from; i <= to && all_here; ++i) all_here = topic.posts[i].id == topic.stream[i];
    if (all_here) return out;
  }
  // Which posts of the window are here: one pass over the posts, looking each up among the
  // window's few ids (a set of all 10,000 ids, built on every scroll, cost a frame).
  std::unordered_set<std::int64_t> window(topic.stream.begin() + static_cast<std::ptrdiff_t>(from),
                                          topic.stream.begin() + static_cast<std::ptrdiff_t>(to) + 1);
  std::unordered_set<std::int64_t> have;
  for (const auto& p : topic.posts)
    if (window.count(p.id)) have.insert(p.id);
  // Nearest to what the reader sees first: the visible range, then outwards.
  std::vector<std::size_t> order;
  for (std::size_t i = first; i <= last; ++i) order.push_back(i);
  for (std::size_t d = 1; first >= d + from || last + d <= to; ++d) {
    if (last + d <= to) order.push_back(last + d);
    if (first >= from + d) order.push_back(first - d);
  }
  for (std::size_t i : order) {
    std::int64_t id = topic.stream[i];
    if (have.count(id) || loading.count(id)) continue;
    out.push_back(id);
    if (out.size() == k_post_window) break;  // Discourse answers at most this many at a time
  }
  return out;
}

void update_topic_view(State& s, const TopicViewAction& action, Effects& fx) {
  std::visit(
      Overloaded{
          [&](const LikePressed& a) {
            model::Post* p = find(s, a.post_id);
            if (!p || !can_like(*p, s.user.has_value()) || s.topic.pending_likes.count(a.post_id)) return;
            s.topic.pending_likes[a.post_id] = *p;  // to roll back to
            model::PostAction& like = like_action(*p);
            if (like.acted) {
              like.acted = false;
              like.can_undo = false;
              like.can_act = true;
              p->like_count = std::max<std::int64_t>(0, p->like_count - 1);
              fx.push_back(UnlikePost{a.post_id});
            } else {
              like.acted = true;
              like.can_undo = true;
              p->like_count += 1;
              fx.push_back(LikePost{a.post_id});
            }
            like.count = p->like_count;
          },
          [&](const LikeSaved& a) {
            s.topic.pending_likes.erase(a.post.id);
            if (model::Post* p = find(s, a.post.id)) {
              std::int64_t number = p->post_number;
              *p = a.post;  // the forum's word is final
              if (!p->post_number) p->post_number = number;
            }
          },
          [&](const LikeFailed& a) {
            auto it = s.topic.pending_likes.find(a.post_id);
            if (it == s.topic.pending_likes.end()) return;
            if (model::Post* p = find(s, a.post_id)) *p = it->second;
            s.topic.pending_likes.erase(it);
            s.topic.action_error = a.error;
          },
          [&](const FlagPressed& a) {
            model::Post* p = find(s, a.post_id);
            if (!p || !s.user || p->yours) return;
            FlagDialog d;
            d.post_id = a.post_id;
            d.author = p->username;
            s.flag_dialog = d;
          },
          [&](const FlagDialogClosed&) {
            if (s.flag_dialog && s.flag_dialog->phase != FlagDialog::Phase::sending) s.flag_dialog.reset();
          },
          [&](const FlagAction& a) {
            if (!s.flag_dialog) return;
            if (const auto* saved = std::get_if<FlagSaved>(&a))
              if (model::Post* p = find(s, saved->post.id)) *p = saved->post;
            s.flag_dialog = update_flag_dialog(std::move(*s.flag_dialog), a, s.site, fx);
          },
          [&](const RevealHiddenPressed& a) {
            if (!s.user || !s.user->staff()) return;
            if (!s.topic.revealed.insert(a.post_id).second) s.topic.revealed.erase(a.post_id);
          },
          [&](const ReaderMoved& a) {
            if (!s.topic.topic) return;
            const model::Topic& t = *s.topic.topic;
            // Read tracking: the furthest post the reader has had on screen.
            if (!t.stream.empty()) {
              std::size_t last = std::min(a.last_index, t.stream.size() - 1);
              std::int64_t last_id = t.stream[last];
              for (const auto& p : t.posts)
                if (p.id == last_id && p.post_number > s.topic.read_up_to) {
                  std::vector<std::int64_t> numbers;
                  for (std::int64_t n = s.topic.read_up_to + 1; n <= p.post_number; ++n) numbers.push_back(n);
                  s.topic.read_up_to = p.post_number;
                  if (s.user) fx.push_back(MarkRead{t.id, numbers});
                }
              if (last + 1 >= t.stream.size()) s.topic.new_posts = 0;  // the reader reached the end
            }
            auto ids = posts_to_load(t, a.first_index, a.last_index, s.topic.loading_ids);
            if (ids.empty()) return;
            s.topic.loading_ids.insert(ids.begin(), ids.end());
            fx.push_back(LoadPosts{t.id, ids});
          },
          [&](const JumpToPostPressed& a) {
            if (!s.topic.topic || a.post_number <= 0) return;
            s.topic.target_post_number = a.post_number;
            s.topic.jump_pending = true;
            // Load around the target: post numbers map to stream positions one to one until
            // posts were deleted, so look for it, else aim by number.
            const model::Topic& t = *s.topic.topic;
            std::size_t index = static_cast<std::size_t>(a.post_number - 1);
            for (const auto& p : t.posts)
              if (p.post_number == a.post_number)
                for (std::size_t i = 0; i < t.stream.size(); ++i)
                  if (t.stream[i] == p.id) index = i;
            auto ids = posts_to_load(t, index, index, s.topic.loading_ids);
            if (!ids.empty()) {
              s.topic.loading_ids.insert(ids.begin(), ids.end());
              fx.push_back(LoadPosts{t.id, ids});
            }
          },
          [&](const JumpDone&) { s.topic.jump_pending = false; },
          [&](const DisableLinksPressed& a) {
            const model::Post* p = find(s, a.post_id);
            if (!p || !s.user || !s.user->staff()) return;
            // Without the markdown from the forum, work from the text members read.
            std::string raw = p->raw && !p->raw->empty() ? *p->raw : plain_text_from_cooked(p->cooked);
            std::string plain = without_links(raw);
            if (plain == raw) return;  // nothing to take down
            fx.push_back(EditPost{api::PostEdit{p->id, plain, k_links_disabled_reason}});
          },
      },
      action);
}

}  // namespace hearth::state
