// The staff review queue (/review.json): flagged posts with their flags and the actions staff
// may take on them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"

namespace hearth::model {

struct ReviewableScore {
  std::int64_t id = 0;
  std::int64_t user_id = 0;                // who flagged
  std::int64_t reviewable_score_type = 0;  // the post action type id of the flag
  std::int64_t status = 0;                 // 0 pending, 1 agreed, 2 disagreed, 3 ignored
  double score = 0;
  std::string reason;
  std::string created_at;
};

struct ReviewableAction {
  std::string id;  // e.g. "agree_and_hide", "disagree", "delete_and_agree"
  std::string label;
};

struct ReviewableBundle {
  std::string id;  // e.g. "agree"
  std::string label;
  std::vector<ReviewableAction> actions;
};

struct Reviewable {
  std::int64_t id = 0;
  std::string type;  // "ReviewableFlaggedPost", "ReviewableQueuedPost", "ReviewableUser", ...
  std::int64_t status = 0;
  std::int64_t topic_id = 0;
  std::int64_t target_id = 0;  // the post, for flagged posts
  std::string target_type;
  std::int64_t target_created_by_id = 0;
  double score = 0;
  std::int64_t version = 0;  // sent back when performing an action
  std::string created_at;
  std::vector<ReviewableScore> scores;
  std::vector<ReviewableBundle> bundled_actions;
  // Hearth's own items for the community lead (reports, call requests, pile-on signals):
  // what happened, in a sentence, and the member concerned.
  std::string summary;
  std::string about_username;
};

struct ReviewUser {
  std::int64_t id = 0;
  std::string username;
  std::string name;
};

struct ReviewQueue {
  std::vector<Reviewable> reviewables;
  std::vector<ReviewUser> users;
  std::int64_t total_rows = 0;
};

Parsed<ReviewQueue> parse_review_queue(std::string_view json_text);

}  // namespace hearth::model
