// Review queue rules.
#include "state/review_queue.h"
#include "state/overloaded.h"

#include <algorithm>
#include <map>

namespace hearth::state {

bool lead_only(const std::string& type) {
  return type == "HearthReport" || type == "HearthCallRequest" || type == "HearthPileOn";
}

std::vector<const model::Reviewable*> visible_reviewables(const ReviewQueueScreen& q, const std::string& role,
                                                          bool is_lead) {
  std::vector<const model::Reviewable*> out;
  if (role == "member") return out;
  for (const auto& r : q.queue.reviewables)
    if (is_lead || !lead_only(r.type)) out.push_back(&r);
  return out;
}

std::vector<std::pair<std::int64_t, int>> flag_counts(const model::Reviewable& r) {
  std::map<std::int64_t, int> counts;
  for (const auto& s : r.scores) ++counts[s.reviewable_score_type];
  return {counts.begin(), counts.end()};
}

ReviewQueueScreen update_review_queue(ReviewQueueScreen q, const ReviewAction& action, Effects& fx) {
  std::visit(Overloaded{
                 [&](const ReviewQueueLoaded& a) {
                   q.queue = a.queue;
                   q.phase = ReviewQueueScreen::Phase::loaded;
                   q.error.reset();
                   q.busy.clear();
                 },
                 [&](const ReviewQueueFailed& a) {
                   q.phase = ReviewQueueScreen::Phase::failed;
                   q.error = a.error;
                 },
                 [&](const ReviewActionPressed& a) {
                   if (q.busy.count(a.reviewable_id)) return;
                   auto it = std::find_if(q.queue.reviewables.begin(), q.queue.reviewables.end(),
                                          [&](const model::Reviewable& r) { return r.id == a.reviewable_id; });
                   if (it == q.queue.reviewables.end()) return;
                   bool offered = false;
                   for (const auto& b : it->bundled_actions)
                     for (const auto& x : b.actions) offered |= x.id == a.action_id;
                   if (!offered) return;  // only what the forum offers for this item
                   q.busy.insert(a.reviewable_id);
                   fx.push_back(PerformReview{a.reviewable_id, a.action_id, it->version});
                 },
                 [&](const ReviewActionDone& a) {
                   q.busy.erase(a.reviewable_id);
                   auto& v = q.queue.reviewables;
                   v.erase(std::remove_if(v.begin(), v.end(), [&](const model::Reviewable& r) { return r.id == a.reviewable_id; }),
                           v.end());
                   if (q.queue.total_rows > 0) --q.queue.total_rows;
                 },
                 [&](const ReviewActionFailed& a) {
                   q.busy.erase(a.reviewable_id);
                   q.error = a.error;  // the item stays, to try again
                 },
                 [&](const SuspendPressed& a) {
                   if (a.user_id <= 0 || a.reason.empty() || a.until.empty()) return;
                   fx.push_back(SuspendMember{api::SuspendRequest{a.user_id, a.until, a.reason, ""}});
                 },
             },
             action);
  return q;
}

}  // namespace hearth::state
