// Staff tools in the embedded community: the review queue (flagged posts for staff; reports,
// call requests and pile-on signals for the community lead), removals (advertising, copyright
// takedowns with strikes that suspend repeat infringers, defamatory posts removed completely)
// and suspensions. Every decision is kept with who took it and when.
#include <algorithm>

#include "api/local_args.h"
#include "api/local_community.h"
#include "model/time.h"

namespace hearth::api {

using nlohmann::json;

namespace {
using local::num;
using local::refuse;
using local::str;
std::int64_t flag_type_id(const std::string& type) {
  if (type == "off_topic") return 3;
  if (type == "inappropriate") return 4;
  if (type == "spam") return 8;
  if (type == "copyright") return 20;
  if (type == "defamatory") return 21;
  return 7;
}
bool lead_only(const std::string& type) { return type != "ReviewableFlaggedPost"; }
}  // namespace

ApiResult<model::ReviewQueue> LocalCommunity::review_queue_now() const {
  const SeedMember* me = member(acting_as_);
  if (!staff(me)) return refuse(ApiErrorKind::forbidden, 403, "The review queue is for staff.");
  model::ReviewQueue q;
  std::set<std::string> users;
  for (const auto& r : data_.reviews) {
    if (r.status != 0 || (lead_only(r.type) && me->role != Role::lead)) continue;
    model::Reviewable v;
    v.id = r.id;
    v.type = r.type;
    v.status = r.status;
    v.version = r.version;
    v.topic_id = r.topic_id;
    v.created_at = r.created_at;
    v.summary = r.reason;
    v.about_username = r.about;
    if (const SeedMember* about = member(r.about)) v.target_created_by_id = about->id;
    users.insert(r.about);
    if (r.type == "ReviewableFlaggedPost") {
      v.target_type = "Post";
      v.target_id = r.post_id;
      std::set<std::string> types;
      if (auto [t, p] = find_post(r.post_id); p) {
        std::int64_t score_id = 1;
        for (const auto& f : p->flags) {
          if (!f.active) continue;
          model::ReviewableScore s;
          s.id = r.id * 100 + score_id++;
          if (const SeedMember* by = member(f.by)) s.user_id = by->id;
          s.reviewable_score_type = flag_type_id(f.type);
          s.score = 1;
          s.reason = f.message;
          s.created_at = f.at;
          v.score += 1;
          v.scores.push_back(s);
          types.insert(f.type);
          users.insert(f.by);
        }
        if (p->hidden) v.summary = "Hidden automatically after flags from staff.";
      }
      model::ReviewableBundle agree{"agree", "Agree", {}};
      if (types.count("defamatory")) agree.actions.push_back({"remove_defamatory", "Remove completely (defamatory)"});
      if (types.count("copyright")) agree.actions.push_back({"copyright_takedown", "Take down (copyright) and record a strike"});
      if (types.count("spam")) agree.actions.push_back({"remove_advertising", "Remove as advertising"});
      agree.actions.push_back({"agree_and_hide", "Hide the post"});
      agree.actions.push_back({"agree_and_keep", "Keep the post, uphold the flags"});
      v.bundled_actions.push_back(agree);
      v.bundled_actions.push_back({"disagree", "Disagree", {{"disagree", "Disagree: the post is fine"}}});
      v.bundled_actions.push_back({"ignore", "Ignore", {{"ignore", "Close without action"}}});
    } else {
      v.target_type = "User";
      v.target_id = r.post_id;
      if (r.type == "HearthCallRequest")
        v.bundled_actions.push_back({"call_arranged", "Call arranged", {{"call_arranged", "I have arranged the call"}}});
      else
        v.bundled_actions.push_back({"acknowledge", "Acknowledge", {{"acknowledge", "Seen and followed up"}}});
      v.bundled_actions.push_back({"ignore", "Ignore", {{"ignore", "Close without action"}}});
    }
    q.reviewables.push_back(std::move(v));
  }
  for (const auto& name : users)
    if (const SeedMember* m = member(name)) q.users.push_back({m->id, m->username, m->name});
  q.total_rows = static_cast<std::int64_t>(q.reviewables.size());
  return q;
}

void LocalCommunity::review_queue(Callback<model::ReviewQueue> done) { deliver(std::move(done), review_queue_now()); }

void LocalCommunity::take_down(const Op& op, SeedTopic& topic, SeedPost& post, const std::string& why) {
  post.removed = why;
  post.removed_at = model::format_iso8601(op.at);
  post.hidden = false;
  for (auto& f : post.flags) f.active = false;
  emit(model::TopicEvent{topic.id, post.id, post_number(topic, post.id), "deleted", -1});
}

void LocalCommunity::copyright_strike(const Op& op, const std::string& username) {
  SeedMember* m = member(username);
  if (!m) return;
  ++m->copyright_strikes;
  int limit = data_.settings.copyright_strikes_to_suspend;
  std::string body;
  if (m->copyright_strikes >= limit) {
    m->suspended_until = op.at + static_cast<std::int64_t>(data_.settings.copyright_suspension_days) * 86400;
    m->suspend_reason = "Your account is suspended because " + std::to_string(m->copyright_strikes) +
                        " of your posts were taken down after copyright notices (the community's limit is " +
                        std::to_string(limit) + "). Please contact the community lead if you believe this is wrong.";
    body = "Hello " + username + ",\n\n" + m->suspend_reason + "\n\nYour account stays suspended until " +
           model::format_iso8601(m->suspended_until) + ".";
  } else {
    body = "Hello " + username + ",\n\nOne of your posts was taken down after a copyright notice. This is strike " +
           std::to_string(m->copyright_strikes) + " of " + std::to_string(limit) +
           ": at " + std::to_string(limit) + " the account is suspended. Please share only your own words, or "
           "short quotes with their source.";
  }
  send_message(op, lead().empty() ? op.actor : lead(), {username}, "A copyright notice about your post", body);
}

LocalCommunity::Applied LocalCommunity::apply_review(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  if (!staff(me)) return refuse(ApiErrorKind::forbidden, 403, "Only staff can act on the review queue.");
  std::int64_t id = num(op.args, "id");
  auto it = std::find_if(data_.reviews.begin(), data_.reviews.end(), [&](const SeedReview& r) { return r.id == id; });
  if (it == data_.reviews.end()) return refuse(ApiErrorKind::not_found, 404, "That item is not in the queue any more.");
  if (lead_only(it->type) && me->role != Role::lead) return refuse(ApiErrorKind::forbidden, 403, "Only the community lead can act on this.");
  if (it->status != 0) return refuse(ApiErrorKind::invalid, 409, "Someone has already dealt with this item.");
  if (num(op.args, "version") != it->version)
    return refuse(ApiErrorKind::invalid, 409, "This item changed while you were looking at it; please look again.");
  std::string action = str(op.args, "action");
  SeedReview& r = *it;
  auto resolve = [&](std::int64_t status, std::string outcome) {
    r.status = status;
    r.outcome = std::move(outcome);
    r.resolved_by = me->username;
    r.resolved_at = model::format_iso8601(op.at);
    ++r.version;
  };
  if (r.type != "ReviewableFlaggedPost") {
    if (action == "acknowledge" || action == "call_arranged") resolve(1, action == "call_arranged" ? "Call arranged." : "Seen and followed up.");
    else if (action == "ignore") resolve(3, "Closed without action.");
    else return refuse(ApiErrorKind::invalid, 422, "That is not an action for this item.");
    return Outcome{};
  }
  auto found = find_post(r.post_id);
  SeedTopic* topic = found.first;
  SeedPost* post = found.second;
  if (!post) return refuse(ApiErrorKind::not_found, 404, "That post is not here any more.");
  auto has_flag = [&](const char* type) {
    return std::any_of(post->flags.begin(), post->flags.end(), [&](const SeedFlag& f) { return f.active && f.type == type; });
  };
  if (action == "remove_defamatory" && has_flag("defamatory")) {
    r.removed_text = post->raw;  // kept for the staff record only
    take_down(op, *topic, *post, "defamatory");
    post->raw.clear();
    resolve(1, "Removed completely as defamatory.");
  } else if (action == "copyright_takedown" && has_flag("copyright")) {
    r.removed_text = post->raw;
    std::string author = post->username;
    take_down(op, *topic, *post, "copyright");
    resolve(1, "Taken down after a copyright notice; a strike was recorded.");
    copyright_strike(op, author);
  } else if (action == "remove_advertising" && has_flag("spam")) {
    r.removed_text = post->raw;
    take_down(op, *topic, *post, "spam");
    resolve(1, "Removed as advertising.");
  } else if (action == "agree_and_hide") {
    if (!post->hidden) {
      post->hidden = true;
      std::int64_t post_id = post->id;
      std::string body = "Hello " + post->username + ",\n\nStaff reviewed flags on your post in \"" + topic->title +
                         "\" and have hidden it for now. If you edit the post it becomes visible again; if you "
                         "would rather talk it through, reply here and the community lead will arrange a call.";
      send_message(op, lead().empty() ? me->username : lead(), {post->username},
                   "Your post in \"" + topic->title + "\" is hidden for now", body, post_id);
      emit(model::TopicEvent{topic->id, post->id, post_number(*topic, post->id), "revised", -1});
    }
    resolve(1, "Agreed; the post is hidden until its author edits it.");
  } else if (action == "agree_and_keep") {
    resolve(1, "Agreed; the post stays.");
  } else if (action == "disagree") {
    for (auto& f : post->flags) f.active = false;
    if (post->hidden) {
      post->hidden = false;
      emit(model::TopicEvent{topic->id, post->id, post_number(*topic, post->id), "revised", -1});
    }
    resolve(2, "Disagreed; the flags were cleared.");
  } else if (action == "ignore") {
    resolve(3, "Closed without action.");
  } else {
    return refuse(ApiErrorKind::invalid, 422, "That is not an action for this item.");
  }
  return Outcome{};
}

void LocalCommunity::perform_review(std::int64_t reviewable_id, const std::string& action_id, std::int64_t version,
                                    Callback<Done> done) {
  write<Done>("review", {{"id", reviewable_id}, {"action", action_id}, {"version", version}}, std::move(done),
              [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

LocalCommunity::Applied LocalCommunity::apply_delete(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  auto [topic, post] = find_post(num(op.args, "post_id"));
  if (!post || !can_read(me, *topic) || !post->removed.empty())
    return refuse(ApiErrorKind::not_found, 404, "That post is not here any more.");
  if (post->username != me->username && !staff(me))
    return refuse(ApiErrorKind::forbidden, 403, "Only the author or staff may delete this post.");
  if (post->id == topic->posts.front().id && topic->posts.size() > 1 && !staff(me))
    return refuse(ApiErrorKind::forbidden, 403, "A topic's first post can't be deleted once others have replied.");
  take_down(op, *topic, *post, post->username == me->username ? "author" : "staff");
  for (auto& r : data_.reviews)
    if (r.post_id == post->id && r.status == 0 && r.type == "ReviewableFlaggedPost") {
      r.status = 1;
      r.outcome = "The post was deleted.";
      r.resolved_by = me->username;
      r.resolved_at = model::format_iso8601(op.at);
      ++r.version;
    }
  return Outcome{};
}

void LocalCommunity::delete_post(std::int64_t post_id, Callback<Done> done) {
  write<Done>("delete_post", {{"post_id", post_id}}, std::move(done), [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

LocalCommunity::Applied LocalCommunity::apply_suspend(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  if (!staff(me)) return refuse(ApiErrorKind::forbidden, 403, "Only staff can suspend members.");
  SeedMember* m = const_cast<SeedMember*>(member_by_id(num(op.args, "user_id")));
  if (!m) return refuse(ApiErrorKind::not_found, 404, "There is no such member.");
  if (staff(m) && !administrator_level(me->role)) return refuse(ApiErrorKind::forbidden, 403, "Only an administrator can suspend staff.");
  if (m->username == me->username) return refuse(ApiErrorKind::invalid, 422, "You can't suspend yourself.");
  auto until = model::parse_iso8601(str(op.args, "until"));
  std::string reason = str(op.args, "reason");
  if (!until || *until <= op.at) return refuse(ApiErrorKind::invalid, 422, "Please choose when the suspension ends (a time in the future).");
  if (reason.size() < 10) return refuse(ApiErrorKind::invalid, 422, "Please give the member a reason (at least 10 characters).");
  m->suspended_until = *until;
  m->suspend_reason = reason;
  std::string body = "Hello " + m->username + ",\n\nYour account is suspended until " + model::format_iso8601(*until) +
                     ".\n\n" + reason;
  std::string message = str(op.args, "message");
  if (!message.empty()) body += "\n\n" + message;
  send_message(op, me->username, {m->username}, "Your account is suspended", body);
  return Outcome{0, m->username};
}

void LocalCommunity::suspend_user(const SuspendRequest& s, Callback<Done> done) {
  write<Done>("suspend", {{"user_id", s.user_id}, {"until", s.suspend_until}, {"reason", s.reason}, {"message", s.message}},
              std::move(done), [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

}  // namespace hearth::api
