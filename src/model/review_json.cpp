// JSON mapping of /review.json.
#include "model/review.h"

namespace hearth::model {

namespace {

ReviewableAction read_action(ObjectReader& r) {
  return ReviewableAction{r.required_string("id"), r.optional_string("label")};
}

ReviewableBundle read_bundle(ObjectReader& r) {
  ReviewableBundle b;
  b.id = r.required_string("id");
  b.label = r.optional_string("label");
  b.actions = r.objects<ReviewableAction>(r.optional_array("actions"), "actions", read_action);
  return b;
}

ReviewableScore read_score(ObjectReader& r) {
  ReviewableScore s;
  s.id = r.required_int("id");
  s.user_id = r.optional_int("user_id");
  s.reviewable_score_type = r.optional_int("reviewable_score_type");
  s.status = r.optional_int("status");
  s.score = r.optional_number("score");
  s.reason = r.optional_string("reason");
  s.created_at = r.optional_string("created_at");
  return s;
}

Reviewable read_reviewable(ObjectReader& r) {
  Reviewable v;
  v.id = r.required_int("id");
  v.type = r.required_string("type");
  v.status = r.optional_int("status");
  v.topic_id = r.optional_int("topic_id");
  v.target_id = r.optional_int("target_id");
  v.target_type = r.optional_string("target_type");
  v.target_created_by_id = r.optional_int("target_created_by_id");
  v.score = r.optional_number("score");
  v.version = r.optional_int("version");
  v.created_at = r.optional_string("created_at");
  v.scores = r.objects<ReviewableScore>(r.optional_array("reviewable_scores"), "reviewable_scores", read_score);
  v.bundled_actions =
      r.objects<ReviewableBundle>(r.optional_array("bundled_actions"), "bundled_actions", read_bundle);
  return v;
}

}  // namespace

Parsed<ReviewQueue> parse_review_queue(std::string_view json_text) {
  return read_document<ReviewQueue>(json_text, [](ObjectReader& r) {
    ReviewQueue q;
    q.reviewables = r.objects<Reviewable>(r.required_array("reviewables"), "reviewables", read_reviewable);
    q.users = r.objects<ReviewUser>(r.optional_array("users"), "users", [](ObjectReader& u) {
      return ReviewUser{u.required_int("id"), u.required_string("username"), u.optional_string("name")};
    });
    if (const Json* meta = r.optional_object("meta")) {
      ObjectReader m(*meta, "meta", r.context());
      q.total_rows = m.optional_int("total_rows_reviewables", static_cast<std::int64_t>(q.reviewables.size()));
    } else {
      q.total_rows = static_cast<std::int64_t>(q.reviewables.size());
    }
    return q;
  });
}

}  // namespace hearth::model
