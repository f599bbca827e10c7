// JSON mapping of /review.json.
#include "model/review.h"

namespace hearth::model {

namespace {

// "14-agree_and_hide" -> "agree_and_hide": sideloaded ids carry their reviewable's id.
std::string without_owner_prefix(const std::string& id) {
  std::size_t dash = id.find('-');
  if (dash == std::string::npos || dash == 0) return id;
  for (std::size_t i = 0; i < dash; ++i)
    if (id[i] < '0' || id[i] > '9') return id;
  return id.substr(dash + 1);
}


ReviewableAction read_action(ObjectReader& r) {
  std::string id = r.required_string("id");
  return ReviewableAction{r.optional_string("server_action", without_owner_prefix(id)), r.optional_string("label")};
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
  if (const Json* type = r.optional_object("score_type")) {  // the sideloaded shape
    ObjectReader t(*type, r.path_of("score_type"), r.context());
    s.reviewable_score_type = t.optional_int("id", s.reviewable_score_type);
  }
  s.status = r.optional_int("status");
  s.score = r.optional_number("score");
  s.reason = r.optional_string("reason");
  s.created_at = r.optional_string("created_at");
  return s;
}

// Discourse's /review.json sideloads scores, bundles and actions as top-level lists that each
// reviewable references by id (reviewable_score_ids, bundled_action_ids, action_ids).
struct Sideloaded {
  std::vector<std::pair<std::int64_t, ReviewableScore>> scores;
  std::vector<std::pair<std::string, std::pair<ReviewableBundle, std::vector<std::string>>>> bundles;
  std::vector<std::pair<std::string, ReviewableAction>> actions;
};

Reviewable read_reviewable(ObjectReader& r, const Sideloaded& side) {
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
  v.summary = r.optional_string("hearth_summary");
  v.about_username = r.optional_string("hearth_about");
  v.scores = r.objects<ReviewableScore>(r.optional_array("reviewable_scores"), "reviewable_scores", read_score);
  v.bundled_actions =
      r.objects<ReviewableBundle>(r.optional_array("bundled_actions"), "bundled_actions", read_bundle);
  for (auto id : r.optional_int_array("reviewable_score_ids"))
    for (const auto& [sid, score] : side.scores)
      if (sid == id) v.scores.push_back(score);
  if (const Json* ids = r.optional_array("bundled_action_ids")) {
    for (const auto& id : *ids) {
      if (!id.is_string()) continue;
      for (const auto& [bid, bundle] : side.bundles) {
        if (bid != id.get<std::string>()) continue;
        ReviewableBundle b = bundle.first;
        for (const auto& aid : bundle.second)
          for (const auto& [action_id, action] : side.actions)
            if (action_id == aid) b.actions.push_back(action);
        v.bundled_actions.push_back(std::move(b));
      }
    }
  }
  return v;
}

}  // namespace

Parsed<ReviewQueue> parse_review_queue(std::string_view json_text) {
  return read_document<ReviewQueue>(json_text, [](ObjectReader& r) {
    ReviewQueue q;
    Sideloaded side;
    if (const Json* scores = r.optional_array("reviewable_scores"))
      for (auto& sc : r.objects<ReviewableScore>(scores, "reviewable_scores", read_score)) side.scores.emplace_back(sc.id, sc);
    if (const Json* actions = r.optional_array("actions")) {
      std::size_t i = 0;
      for (const auto& a : *actions) {
        std::string at = "actions[" + std::to_string(i++) + "]";
        if (!a.is_object()) { r.context().fail(at, "expected object"); break; }
        ObjectReader ar(a, at, r.context());
        std::string id = ar.required_string("id");
        side.actions.emplace_back(id, read_action(ar));
      }
    }
    if (const Json* bundles = r.optional_array("bundled_actions")) {
      std::size_t i = 0;
      for (const auto& b : *bundles) {
        std::string at = "bundled_actions[" + std::to_string(i++) + "]";
        if (!b.is_object()) { r.context().fail(at, "expected object"); break; }
        ObjectReader br(b, at, r.context());
        std::string id = br.required_string("id");
        ReviewableBundle bundle{without_owner_prefix(id), br.optional_string("label"), {}};
        std::vector<std::string> action_ids;
        if (const Json* ids = br.optional_array("action_ids"))
          for (const auto& x : *ids)
            if (x.is_string()) action_ids.push_back(x.get<std::string>());
        side.bundles.push_back({id, {std::move(bundle), std::move(action_ids)}});
      }
    }
    q.reviewables = r.objects<Reviewable>(r.required_array("reviewables"), "reviewables",
                                          [&side](ObjectReader& rr) { return read_reviewable(rr, side); });
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
