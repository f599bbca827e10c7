// Writing side of the embedded community: every write is an operation of the log, applied by
// the rules here (likes, replies, new and linked topics, edits, flags with the automatic hiding,
// private messages). An operation either changes nothing and answers why, or changes the
// community; the same code replays saved operations and those from other tabs.
#include <algorithm>
#include <cctype>

#include "api/local_args.h"
#include "api/local_community.h"
#include "api/local_cook.h"
#include "model/slug.h"
#include "model/time.h"

namespace hearth::api {

using nlohmann::json;

namespace {
using local::num;
using local::refuse;
using local::str;
std::size_t visible_chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r';
  return n;
}
const char* flag_type_name(std::int64_t id) {
  switch (id) {
    case 3: return "off_topic";
    case 4: return "inappropriate";
    case 6: return "notify_user";
    case 7: return "something_else";
    case 8: return "spam";
    case 20: return "copyright";
    case 21: return "defamatory";
  }
  return nullptr;
}
// @username mentions in a post's markdown (letters, digits, '.', '_' and '-').
std::vector<std::string> mentions(const std::string& raw) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '@' || (i > 0 && (std::isalnum(static_cast<unsigned char>(raw[i - 1])) || raw[i - 1] == '.'))) continue;
    std::size_t j = i + 1;
    while (j < raw.size() && (std::isalnum(static_cast<unsigned char>(raw[j])) || raw[j] == '.' || raw[j] == '_' || raw[j] == '-')) ++j;
    while (j > i + 1 && raw[j - 1] == '.') --j;  // a full stop after the name
    if (j > i + 1) out.push_back(raw.substr(i + 1, j - i - 1));
    i = j;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}
}  // namespace

std::vector<model::PostActionType> LocalCommunity::action_types() {
  return {{2, "like", "Like", "Like this post", "Like this post", false, false},
          {3, "off_topic", "It's off topic", "Not relevant to the discussion", "Off topic", true, false},
          {4, "inappropriate", "It's inappropriate", "Offensive, abusive or against the guidelines", "Inappropriate", true, false},
          {8, "spam", "It's advertising", "Advertises a product, service or course", "Advertising", true, false},
          {20, "copyright", "It infringes copyright", "Reproduces someone else's work without permission", "Copyright", true, true},
          {21, "defamatory", "It's defamatory", "Makes damaging claims about a real person", "Defamatory", true, true},
          {7, "notify_moderators", "Something else", "Needs staff attention for another reason", "Something else", true, true},
          {6, "notify_user", "Message the author", "A private message to the author", "Message", true, true}};
}

// --- The write path -------------------------------------------------------------------------------
template <class T>
void LocalCommunity::write(std::string kind, json args, Callback<T> done,
                           std::function<ApiResult<T>(const Outcome&)> answer) {
  Op op;
  op.lamport = lamport_ + 1;
  op.tab = tab_;
  op.seq = seq_ + 1;
  op.actor = acting_as_;
  op.at = now();
  op.kind = std::move(kind);
  op.args = std::move(args);
  if (storage_.state == DemoStorage::State::unreadable || storage_.state == DemoStorage::State::loading) {
    return deliver(std::move(done), ApiResult<T>(refuse(ApiErrorKind::forbidden, 403,
        storage_.state == DemoStorage::State::loading
            ? "The demo community is still loading; please try again in a moment."
            : "The demo community saved in this browser could not be read, so nothing new can be written "
              "over it. Reset the demo to continue.")));
  }
  Applied applied = apply(op);
  if (!applied.ok()) return deliver(std::move(done), ApiResult<T>(applied.error()));
  ++seq_;
  lamport_ = op.lamport;
  Outcome outcome = applied.value();
  record(std::move(op));
  deliver(std::move(done), answer(outcome));
  flush_events();
}

LocalCommunity::Applied LocalCommunity::apply(const Op& op) {
  ids_used_ = 0;
  ++revision_;
  const std::string& k = op.kind;
  if (k == "create_topic") return apply_create_topic(op);
  if (k == "reply") return apply_reply(op);
  if (k == "linked_topic") return apply_linked_topic(op);
  if (k == "edit") return apply_edit(op);
  if (k == "like") return apply_like(op, true);
  if (k == "unlike") return apply_like(op, false);
  if (k == "flag") return apply_flag(op);
  if (k == "message") return apply_message(op);
  if (k == "profile") return apply_profile(op);
  if (k == "preferences") return apply_preferences(op);
  if (k == "member_level") return apply_member_level(op);
  if (k == "read") return apply_read(op);
  if (k == "notifications_read") return apply_notifications_read(op);
  if (k == "review") return apply_review(op);
  if (k == "delete_post") return apply_delete(op);
  if (k == "suspend") return apply_suspend(op);
  return refuse(ApiErrorKind::invalid, 422, "This version of Hearth does not know the change \"" + k + "\".");
}

std::int64_t LocalCommunity::new_id(const Op& op) {
  // Deterministic in every tab; moved on only if (rarely) two tabs' ids meet.
  std::int64_t id = op.id_base() + ids_used_++;
  auto taken = [&](std::int64_t candidate) {
    for (const auto& t : data_.topics) {
      if (t.id == candidate) return true;
      for (const auto& p : t.posts)
        if (p.id == candidate) return true;
    }
    return false;
  };
  while (taken(id)) id = op.id_base() + 64 * 1000 * 1000 + ids_used_++;
  return id;
}

std::optional<ApiError> LocalCommunity::may_write(const SeedMember* actor, std::int64_t at) const {
  if (!actor) return refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.");
  if (actor->suspended_until > at)
    return refuse(ApiErrorKind::forbidden, 403,
                  "Your account is suspended until " + model::format_iso8601(actor->suspended_until) + ". " +
                      actor->suspend_reason);
  return std::nullopt;
}

std::int64_t LocalCommunity::add_post(const Op& op, SeedTopic& topic, const std::string& raw, std::int64_t reply_to) {
  SeedPost p;
  p.id = new_id(op);
  p.username = op.actor;
  p.raw = raw;
  p.created_at = model::format_iso8601(op.at);
  p.reply_to_post_number = reply_to;
  topic.posts.push_back(p);
  return p.id;
}

// Replies notify the member replied to; mentions notify those named; each counts towards the
// pile-on signal for the member singled out.
void LocalCommunity::notify_post_audience(const Op& op, SeedTopic& topic, SeedPost& post) {
  std::set<std::string> told;
  if (post.reply_to_post_number > 0 && post.reply_to_post_number <= static_cast<std::int64_t>(topic.posts.size())) {
    const std::string& to = topic.posts[static_cast<std::size_t>(post.reply_to_post_number - 1)].username;
    if (to != op.actor) {
      notify(op, to, model::NotificationType::replied, NotifyKind::replies, topic, post);
      attend(op, to);
      told.insert(to);
    }
  } else if (&post != &topic.posts.front() && !topic.private_message()) {
    const std::string& to = topic.posts.front().username;
    if (to != op.actor) notify(op, to, model::NotificationType::replied, NotifyKind::replies, topic, post);
    told.insert(to);
  }
  for (const auto& name : mentions(post.raw)) {
    const SeedMember* m = member(name);
    if (!m || name == op.actor) continue;
    attend(op, name);
    if (told.count(name) || !can_read(m, topic)) continue;
    notify(op, name, model::NotificationType::mentioned, NotifyKind::mentions, topic, post);
  }
  if (topic.private_message())
    for (const auto& who : topic.participants)
      if (who != op.actor) {
        notify(op, who, model::NotificationType::private_message, NotifyKind::messages, topic, post);
        attend(op, who);
      }
}

void LocalCommunity::notify(const Op& op, const std::string& user, model::NotificationType type, NotifyKind kind,
                            const SeedTopic& topic, const SeedPost& post) {
  const SeedMember* m = member(user);
  if (!m || user == op.actor) return;
  if (m->blocked.count(op.actor) || m->muted.count(op.actor)) return;  // blocked members reach no one
  Frequency f = m->notify[static_cast<int>(kind)];
  if (f == Frequency::never) return;
  SeedNotification n;
  n.id = new_id(op);
  n.user = user;
  n.type = static_cast<std::int64_t>(type);
  n.kind = kind;
  n.by = op.actor;
  n.topic_id = topic.id;
  n.post_id = post.id;
  n.post_number = post_number(topic, post.id);
  n.topic_title = topic.title;
  n.created_at = model::format_iso8601(op.at);
  data_.notifications.push_back(n);
  // Only "every post" alerts at once; the rest wait for the member's digest.
  if (f == Frequency::per_post) emit_notification_counts(user);
}

void LocalCommunity::attend(const Op& op, const std::string& to) {
  if (to == op.actor) return;
  data_.attention.push_back({op.actor, to, op.at});
  std::int64_t window = static_cast<std::int64_t>(data_.settings.pile_on_window_minutes) * 60;
  std::set<std::string> from;
  for (const auto& a : data_.attention)
    if (a.to == to && a.at > op.at - window && a.at <= op.at) from.insert(a.from);
  if (static_cast<int>(from.size()) < data_.settings.pile_on_threshold) return;
  for (const auto& r : data_.reviews) {
    if (r.type != "HearthPileOn" || r.about != to) continue;
    auto raised = model::parse_iso8601(r.created_at);
    if (r.status == 0 || (raised && *raised > op.at - window)) return;  // one item per episode
  }
  SeedReview r;
  r.id = new_id(op);
  r.type = "HearthPileOn";
  r.about = to;
  r.created_at = model::format_iso8601(op.at);
  std::string names;
  for (const auto& f : from) names += (names.empty() ? "@" : ", @") + f;
  r.reason = std::to_string(from.size()) + " members replied to, mentioned or messaged @" + to + " within " +
             std::to_string(data_.settings.pile_on_window_minutes) + " minutes: " + names + ".";
  data_.reviews.push_back(r);
}

// --- Topics and replies ---------------------------------------------------------------------------
LocalCommunity::Applied LocalCommunity::apply_create_topic(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  std::string title = str(op.args, "title"), raw = str(op.args, "raw");
  std::int64_t category = num(op.args, "category_id");
  if (visible_chars(title) < 15) return refuse(ApiErrorKind::invalid, 422, "Title is too short (at least 15 characters).");
  if (title.size() > 255) return refuse(ApiErrorKind::invalid, 422, "Title is too long (at most 255 characters).");
  if (visible_chars(raw) < 20) return refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).");
  if (std::none_of(data_.categories.begin(), data_.categories.end(), [&](const auto& c) { return c.id == category; }))
    return refuse(ApiErrorKind::invalid, 422, "Please choose a category.");
  if (!can_post_in(me, category))
    return refuse(ApiErrorKind::forbidden, 403, "That category is for its group's members only.");
  SeedTopic t;
  t.id = new_id(op);
  t.title = title;
  t.category_id = category;
  std::int64_t linked_from = num(op.args, "linked_from_post");
  t.linked_from_post = linked_from;
  data_.topics.push_back(std::move(t));
  SeedTopic& topic = data_.topics.back();
  std::int64_t id = add_post(op, topic, raw, 0);
  notify_post_audience(op, topic, topic.posts.back());
  emit(model::LatestEvent{topic.id, "new_topic"});
  return Outcome{id, {}};
}

LocalCommunity::Applied LocalCommunity::apply_reply(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  SeedTopic* topic = find_topic(num(op.args, "topic_id"));
  if (!topic || !can_read(me, *topic)) return refuse(ApiErrorKind::not_found, 404, "That topic is not here any more.");
  std::string raw = str(op.args, "raw");
  if (visible_chars(raw) < 20) return refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).");
  std::int64_t reply_to = num(op.args, "reply_to_post_number");
  if (reply_to < 0 || reply_to > static_cast<std::int64_t>(topic->posts.size())) reply_to = 0;
  if (topic->private_message()) {
    for (const auto& who : topic->participants) {
      const SeedMember* other = member(who);
      if (who != op.actor && other && other->blocked.count(op.actor))
        return refuse(ApiErrorKind::forbidden, 403, "@" + who + " is not accepting messages from you.");
    }
  }
  std::int64_t id = add_post(op, *topic, raw, reply_to);
  SeedPost& post = topic->posts.back();
  notify_post_audience(op, *topic, post);
  // The author of a hidden post answering the community's message asks for a call with the lead.
  if (topic->notice_for_post && op.actor != lead()) {
    bool open = std::any_of(data_.reviews.begin(), data_.reviews.end(), [&](const SeedReview& r) {
      return r.type == "HearthCallRequest" && r.topic_id == topic->id && r.status == 0;
    });
    if (!open) {
      SeedReview r;
      r.id = new_id(op);
      r.type = "HearthCallRequest";
      r.topic_id = topic->id;
      r.post_id = topic->notice_for_post;
      r.about = op.actor;
      r.raised_by = op.actor;
      r.reason = "@" + op.actor + " would like a call about their hidden post: \"" + raw.substr(0, 280) + "\"";
      r.created_at = model::format_iso8601(op.at);
      data_.reviews.push_back(r);
    }
  }
  emit(model::TopicEvent{topic->id, id, static_cast<std::int64_t>(topic->posts.size()), "created", -1});
  if (!topic->private_message()) emit(model::LatestEvent{topic->id, "latest"});
  return Outcome{id, {}};
}

LocalCommunity::Applied LocalCommunity::apply_linked_topic(const Op& op) {
  const SeedMember* me = member(op.actor);
  auto [source_topic, source] = find_post(num(op.args, "source_post_id"));
  if (auto no = may_write(me, op.at)) return *no;
  if (!source || !can_read(me, *source_topic) || !source->removed.empty())
    return refuse(ApiErrorKind::not_found, 404, "The post this topic continues from is not here any more.");
  std::int64_t source_id = source->id;
  std::int64_t source_topic_id = source_topic->id;
  json args = op.args;
  args["linked_from_post"] = source_id;
  Op inner = op;
  inner.args = args;
  Applied created = apply_create_topic(inner);
  if (!created.ok()) return created;
  // Links both ways: the new topic starts with a link back; the source post lists the topic.
  auto [new_topic, first] = find_post(created.value().post_id);
  auto [st, sp] = find_post(source_id);
  sp->linked_topics.push_back(new_topic->id);
  notify(op, sp->username, model::NotificationType::linked, NotifyKind::replies, *new_topic, *first);
  emit(model::TopicEvent{source_topic_id, source_id, post_number(*st, source_id), "revised", -1});
  return created;
}

LocalCommunity::Applied LocalCommunity::apply_edit(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  auto [topic, post] = find_post(num(op.args, "post_id"));
  if (!post || !can_read(me, *topic) || !post->removed.empty())
    return refuse(ApiErrorKind::not_found, 404, "That post is not here any more.");
  bool author = me->username == post->username;
  if (!author && !staff(me)) return refuse(ApiErrorKind::forbidden, 403, "Only the author or staff may edit this post.");
  std::string raw = str(op.args, "raw");
  if (visible_chars(raw) < 20) return refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).");
  post->raw = raw;
  post->edit_reason = str(op.args, "edit_reason");
  post->edited_at = model::format_iso8601(op.at);
  ++post->version;
  // "A considered edit of any kind by the author un-hides it (and clears the active flags)."
  if (author && post->hidden) {
    post->hidden = false;
    for (auto& f : post->flags) f.active = false;
    for (auto& r : data_.reviews)
      if (r.post_id == post->id && r.type == "ReviewableFlaggedPost" && r.status == 0) {
        r.status = 1;
        r.outcome = "The author edited the post, which made it visible again.";
        r.resolved_by = op.actor;
        r.resolved_at = model::format_iso8601(op.at);
        ++r.version;
      }
  }
  emit(model::TopicEvent{topic->id, post->id, post_number(*topic, post->id), "revised", -1});
  return Outcome{post->id, {}};
}

LocalCommunity::Applied LocalCommunity::apply_like(const Op& op, bool like) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  auto [topic, post] = find_post(num(op.args, "post_id"));
  if (!post || !can_read(me, *topic) || !post->removed.empty())
    return refuse(ApiErrorKind::not_found, 404, "That post is not here any more.");
  auto it = std::find(post->liked_by.begin(), post->liked_by.end(), me->username);
  if (like) {
    if (post->username == me->username) return refuse(ApiErrorKind::forbidden, 403, "You can't like your own post.");
    if (post->hidden) return refuse(ApiErrorKind::forbidden, 403, "A hidden post can't be liked.");
    if (it != post->liked_by.end()) return refuse(ApiErrorKind::forbidden, 403, "You have already liked this post.");
    post->liked_by.push_back(me->username);
    notify(op, post->username, model::NotificationType::liked, NotifyKind::likes, *topic, *post);
  } else {
    if (it == post->liked_by.end()) return refuse(ApiErrorKind::not_found, 404, "You have not liked this post.");
    post->liked_by.erase(it);
  }
  emit(model::TopicEvent{topic->id, post->id, post_number(*topic, post->id), like ? "liked" : "unliked",
                         static_cast<std::int64_t>(post->liked_by.size())});
  return Outcome{post->id, {}};
}

// --- Flags and the automatic hiding rule ----------------------------------------------------------
void LocalCommunity::apply_hiding_rule(const Op& op, SeedTopic& topic, SeedPost& post) {
  if (post.hidden) return;
  std::set<std::string> admins;
  for (const auto& f : post.flags) {
    if (!f.active || f.type != "inappropriate") continue;
    const SeedMember* by = member(f.by);
    if (by && administrator_level(by->role)) admins.insert(f.by);
  }
  if (static_cast<int>(admins.size()) < data_.settings.hide_after_staff_flags) return;
  post.hidden = true;
  // The author hears it privately, kindly, with the way back and the offer of a call.
  std::string from = lead().empty() ? op.actor : lead();
  std::string body =
      "Hello " + post.username + ",\n\nYour post in \"" + topic.title +
      "\" was flagged by the community and is hidden for now. This is not a judgement of you: the "
      "community's guidelines ask that posts stay respectful and never identify a client.\n\n"
      "If you edit the post, it becomes visible again straight away. If you would rather talk it "
      "through, reply to this message and the community lead will arrange a call with you.";
  send_message(op, from, {post.username}, "Your post in \"" + topic.title + "\" is hidden for now", body, post.id);
  emit(model::TopicEvent{topic.id, post.id, post_number(topic, post.id), "revised", -1});
}

void LocalCommunity::open_flag_review(const Op& op, const SeedTopic& topic, const SeedPost& post, const SeedFlag& flag) {
  for (auto& r : data_.reviews)
    if (r.type == "ReviewableFlaggedPost" && r.post_id == post.id && r.status == 0) {
      ++r.version;
      return;
    }
  SeedReview r;
  r.id = new_id(op);
  r.type = "ReviewableFlaggedPost";
  r.post_id = post.id;
  r.topic_id = topic.id;
  r.about = post.username;
  r.raised_by = flag.by;
  r.reason = flag.message;
  r.created_at = flag.at;
  data_.reviews.push_back(r);
}

LocalCommunity::Applied LocalCommunity::apply_flag(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  auto [topic, post] = find_post(num(op.args, "post_id"));
  if (!post || !can_read(me, *topic) || !post->removed.empty())
    return refuse(ApiErrorKind::not_found, 404, "That post is not here any more.");
  std::int64_t type_id = num(op.args, "type_id");
  const char* type = flag_type_name(type_id);
  std::string message = str(op.args, "message");
  if (!type) return refuse(ApiErrorKind::invalid, 422, "That is not a kind of flag this community uses.");
  if (post->username == me->username) return refuse(ApiErrorKind::forbidden, 403, "You can't flag your own post.");
  bool needs_message = type_id == 6 || type_id == 7 || type_id == 20 || type_id == 21;
  if (needs_message && visible_chars(message) < 10)
    return refuse(ApiErrorKind::invalid, 422, "Please say a little more (at least 10 characters).");
  for (const auto& existing : post->flags)
    if (existing.by == me->username && existing.type == type && existing.active)
      return refuse(ApiErrorKind::forbidden, 403, "You have already flagged this post.");
  if (type_id == 6) {  // message the author: a private message, no flag
    const SeedMember* author = member(post->username);
    if (author && author->blocked.count(me->username))
      return refuse(ApiErrorKind::forbidden, 403, "@" + post->username + " is not accepting messages from you.");
    send_message(op, me->username, {post->username}, "About your post in \"" + topic->title + "\"", message);
    return Outcome{post->id, {}};
  }
  post->flags.push_back(SeedFlag{me->username, type, model::format_iso8601(op.at), message, true});
  open_flag_review(op, *topic, *post, post->flags.back());
  if (std::string(type) == "inappropriate") apply_hiding_rule(op, *topic, *post);
  return Outcome{post->id, {}};
}

// --- Private messages ------------------------------------------------------------------------------
std::int64_t LocalCommunity::send_message(const Op& op, const std::string& from, std::vector<std::string> to,
                                          std::string title, std::string raw, std::int64_t notice_for_post) {
  SeedTopic t;
  t.id = new_id(op);
  t.title = std::move(title);
  t.participants.push_back(from);
  for (auto& who : to)
    if (who != from) t.participants.push_back(who);
  t.notice_for_post = notice_for_post;
  data_.topics.push_back(std::move(t));
  SeedTopic& topic = data_.topics.back();
  Op as_sender = op;
  as_sender.actor = from;
  add_post(as_sender, topic, raw, 0);
  for (const auto& who : topic.participants)
    if (who != from) {
      notify(as_sender, who, model::NotificationType::private_message, NotifyKind::messages, topic, topic.posts.back());
      if (!notice_for_post) attend(as_sender, who);
    }
  return topic.id;
}

LocalCommunity::Applied LocalCommunity::apply_message(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  std::string title = str(op.args, "title"), raw = str(op.args, "raw"), purpose = str(op.args, "purpose");
  std::vector<std::string> to;
  if (auto it = op.args.find("recipients"); it != op.args.end() && it->is_array())
    for (const auto& r : *it)
      if (r.is_string()) to.push_back(r.get<std::string>());
  if (to.empty()) return refuse(ApiErrorKind::invalid, 422, "Please choose who the message is for.");
  for (const auto& who : to) {
    const SeedMember* m = member(who);
    if (!m) return refuse(ApiErrorKind::invalid, 422, "There is no member called @" + who + ".");
    if (who == me->username) return refuse(ApiErrorKind::invalid, 422, "You can't send a message to yourself.");
    if (m->blocked.count(me->username))
      return refuse(ApiErrorKind::forbidden, 403, "@" + who + " is not accepting messages from you.");
  }
  if (visible_chars(title) < 5) return refuse(ApiErrorKind::invalid, 422, "Title is too short (at least 5 characters).");
  if (visible_chars(raw) < 10) return refuse(ApiErrorKind::invalid, 422, "Message is too short (at least 10 characters).");
  std::int64_t topic_id = send_message(op, me->username, to, title, raw);
  const SeedTopic* topic = find_topic(topic_id);
  if (purpose == "report") {  // a report to the community lead: an item in the lead's queue
    SeedReview r;
    r.id = new_id(op);
    r.type = "HearthReport";
    r.topic_id = topic_id;
    r.post_id = num(op.args, "about_post_id");
    r.about = str(op.args, "about_member");
    r.raised_by = me->username;
    r.reason = raw;
    r.created_at = model::format_iso8601(op.at);
    data_.reviews.push_back(r);
  }
  return Outcome{topic->posts.front().id, {}};
}

// --- ForumApi: writes ---------------------------------------------------------------------------
template void LocalCommunity::write<model::Post>(std::string, json, Callback<model::Post>,
                                                 std::function<ApiResult<model::Post>(const Outcome&)>);
template void LocalCommunity::write<model::User>(std::string, json, Callback<model::User>,
                                                 std::function<ApiResult<model::User>(const Outcome&)>);
template void LocalCommunity::write<Done>(std::string, json, Callback<Done>, std::function<ApiResult<Done>(const Outcome&)>);

void LocalCommunity::create_topic(const NewTopic& t, Callback<model::Post> done) {
  write<model::Post>("create_topic", {{"title", t.title}, {"raw", t.raw}, {"category_id", t.category_id}}, std::move(done),
                     [this](const Outcome& o) -> ApiResult<model::Post> {
                       auto [topic, post] = find_post(o.post_id);
                       return post_view(*topic, *post, 1);
                     });
}

void LocalCommunity::reply(const NewReply& r, Callback<model::Post> done) {
  write<model::Post>("reply", {{"topic_id", r.topic_id}, {"raw", r.raw}, {"reply_to_post_number", r.reply_to_post_number}},
                     std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
                       auto [topic, post] = find_post(o.post_id);
                       return post_view(*topic, *post, post_number(*topic, post->id));
                     });
}

void LocalCommunity::reply_as_linked_topic(const LinkedTopic& t, Callback<model::Post> done) {
  std::int64_t source_id = 0;
  if (const SeedTopic* st = find_topic(t.source.topic_id))
    if (t.source.post_number >= 1 && t.source.post_number <= static_cast<std::int64_t>(st->posts.size()))
      source_id = st->posts[static_cast<std::size_t>(t.source.post_number - 1)].id;
  write<model::Post>("linked_topic",
                     {{"source_post_id", source_id}, {"title", t.title}, {"raw", linked_topic_raw(t)}, {"category_id", t.category_id}},
                     std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
                       auto [topic, post] = find_post(o.post_id);
                       return post_view(*topic, *post, 1);
                     });
}

void LocalCommunity::edit_post(const PostEdit& e, Callback<model::Post> done) {
  write<model::Post>("edit", {{"post_id", e.post_id}, {"raw", e.raw}, {"edit_reason", e.edit_reason}}, std::move(done),
                     [this](const Outcome& o) -> ApiResult<model::Post> {
                       auto [topic, post] = find_post(o.post_id);
                       return post_view(*topic, *post, post_number(*topic, post->id));
                     });
}

void LocalCommunity::like(std::int64_t post_id, Callback<model::Post> done) {
  write<model::Post>("like", {{"post_id", post_id}}, std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
    auto [topic, post] = find_post(o.post_id);
    return post_view(*topic, *post, post_number(*topic, post->id));
  });
}

void LocalCommunity::unlike(std::int64_t post_id, Callback<model::Post> done) {
  write<model::Post>("unlike", {{"post_id", post_id}}, std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
    auto [topic, post] = find_post(o.post_id);
    return post_view(*topic, *post, post_number(*topic, post->id));
  });
}

void LocalCommunity::flag(const FlagRequest& f, Callback<model::Post> done) {
  write<model::Post>("flag", {{"post_id", f.post_id}, {"type_id", f.post_action_type_id}, {"message", f.message}},
                     std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
                       auto [topic, post] = find_post(o.post_id);
                       return post_view(*topic, *post, post_number(*topic, post->id));
                     });
}

void LocalCommunity::send_private_message(const PrivateMessage& m, Callback<model::Post> done) {
  json args{{"recipients", m.recipients}, {"title", m.title}, {"raw", m.raw}};
  if (m.purpose == MessagePurpose::report) {
    args["purpose"] = "report";
    args["about_post_id"] = m.about_post_id;
    args["about_member"] = m.about_member;
  }
  write<model::Post>("message", std::move(args), std::move(done), [this](const Outcome& o) -> ApiResult<model::Post> {
    auto [topic, post] = find_post(o.post_id);
    return post_view(*topic, *post, 1);
  });
}

}  // namespace hearth::api
