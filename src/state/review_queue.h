// The staff review queue: flagged posts with their flags grouped per post and the actions the
// forum offers (agree, disagree, delete, suspend); for the community lead also reports, call
// requests and pile-on signals, which other staff do not see.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "model/review.h"
#include "state/effects.h"

namespace hearth::state {

// Reviewable types only the community lead sees (raised by the embedded community).
bool lead_only(const std::string& reviewable_type);

struct ReviewQueueScreen {
  enum class Phase { loading, loaded, failed };
  Phase phase = Phase::loading;
  model::ReviewQueue queue;
  std::set<std::int64_t> busy;  // items with an action on its way
  std::optional<api::ApiError> error;
};

// What this member may see: staff see flagged posts; the lead sees everything.
std::vector<const model::Reviewable*> visible_reviewables(const ReviewQueueScreen& q, const std::string& role,
                                                          bool is_lead);
// The flags on one item, counted by type id ("2 x inappropriate").
std::vector<std::pair<std::int64_t, int>> flag_counts(const model::Reviewable& r);

struct ReviewQueueLoaded { model::ReviewQueue queue; };
struct ReviewQueueFailed { api::ApiError error; };
struct ReviewActionPressed { std::int64_t reviewable_id = 0; std::string action_id; };
struct ReviewActionDone { std::int64_t reviewable_id = 0; };
struct ReviewActionFailed { std::int64_t reviewable_id = 0; api::ApiError error; };
struct SuspendPressed { std::int64_t user_id = 0; std::string until; std::string reason; };
using ReviewAction = std::variant<ReviewQueueLoaded, ReviewQueueFailed, ReviewActionPressed, ReviewActionDone,
                                  ReviewActionFailed, SuspendPressed>;

ReviewQueueScreen update_review_queue(ReviewQueueScreen q, const ReviewAction& a, Effects& fx);

}  // namespace hearth::state
