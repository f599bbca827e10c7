// Writing side of the embedded community, with the community's rules: likes, replies, new
// topics, edits (an author's edit un-hides a hidden post), flags and the automatic hiding when
// more than one distinct Administrator-level member flags a post as inappropriate, with a
// private message to its author.
#include <algorithm>

#include "api/local_community.h"
#include "api/local_cook.h"
#include "model/slug.h"
#include "model/time.h"

namespace hearth::api {

namespace {
ApiError refuse(ApiErrorKind kind, int status, std::string sentence) {
  return ApiError{kind, status, sentence, {sentence}, 0};
}
std::size_t visible_chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t';
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

std::string LocalCommunity::now_iso() const {
  if (clock_) return model::format_iso8601(clock_());
  std::string latest;
  for (const auto& t : seed_.topics)
    for (const auto& p : t.posts) latest = std::max(latest, p.created_at);
  auto t = model::parse_iso8601(latest);
  return model::format_iso8601(t ? *t + 60 : 0);
}

std::int64_t LocalCommunity::next_post_id() const {
  std::int64_t id = 0;
  for (const auto& t : seed_.topics)
    for (const auto& p : t.posts) id = std::max(id, p.id);
  for (const auto& m : messages_)
    for (const auto& p : m.posts) id = std::max(id, p.id);
  return id + 1;
}

std::int64_t LocalCommunity::post_number(const SeedTopic& topic, std::int64_t post_id) {
  std::int64_t number = 1;
  for (const auto& p : topic.posts) {
    if (p.id == post_id) break;
    ++number;
  }
  return number;
}

std::pair<SeedTopic*, SeedPost*> LocalCommunity::find_post(std::int64_t post_id) {
  for (auto& t : seed_.topics)
    for (auto& p : t.posts)
      if (p.id == post_id) return {&t, &p};
  return {nullptr, nullptr};
}

void LocalCommunity::create_topic(const NewTopic& nt, Callback<model::Post> done) {
  const SeedMember* me = acting();
  if (!me) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::unauthorized, 401, "Please sign in to post.")));
  if (visible_chars(nt.title) < 15)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Title is too short (at least 15 characters).")));
  if (visible_chars(nt.raw) < 20)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).")));
  if (std::none_of(seed_.categories.begin(), seed_.categories.end(), [&](const auto& c) { return c.id == nt.category_id; }))
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Please choose a category.")));
  SeedTopic t;
  for (const auto& x : seed_.topics) t.id = std::max(t.id, x.id);
  t.id += 1;
  t.title = nt.title;
  t.category_id = nt.category_id;
  SeedPost p;
  p.id = next_post_id();
  p.username = me->username;
  p.raw = nt.raw;
  p.created_at = now_iso();
  t.posts.push_back(p);
  seed_.topics.push_back(t);
  deliver(std::move(done), ApiResult<model::Post>(post_view(seed_.topics.back(), seed_.topics.back().posts.back(), 1)));
}

void LocalCommunity::reply(const NewReply& r, Callback<model::Post> done) {
  const SeedMember* me = acting();
  if (!me) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::unauthorized, 401, "Please sign in to reply.")));
  auto it = std::find_if(seed_.topics.begin(), seed_.topics.end(), [&](const SeedTopic& t) { return t.id == r.topic_id; });
  if (it == seed_.topics.end())
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "That topic is not here any more.")));
  if (visible_chars(r.raw) < 20)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).")));
  SeedPost p;
  p.id = next_post_id();
  p.username = me->username;
  p.raw = r.raw;
  p.created_at = now_iso();
  p.reply_to_post_number = r.reply_to_post_number;
  it->posts.push_back(p);
  deliver(std::move(done), ApiResult<model::Post>(post_view(*it, it->posts.back(), static_cast<std::int64_t>(it->posts.size()))));
}

void LocalCommunity::edit_post(const PostEdit& e, Callback<model::Post> done) {
  const SeedMember* me = acting();
  auto [topic, post] = find_post(e.post_id);
  if (!post) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "That post is not here any more.")));
  bool author = me && me->username == post->username;
  bool staff = me && me->role != Role::member;
  if (!author && !staff)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "Only the author or staff may edit this post.")));
  if (visible_chars(e.raw) < 20)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Body is too short (at least 20 characters).")));
  post->raw = e.raw;
  post->edit_reason = e.edit_reason;
  // "A considered edit of any kind by the author un-hides it (and clears the active flags)."
  if (author && post->hidden) {
    post->hidden = false;
    for (auto& f : post->flags) f.active = false;
  }
  deliver(std::move(done), ApiResult<model::Post>(post_view(*topic, *post, post_number(*topic, post->id))));
}

void LocalCommunity::like(std::int64_t post_id, Callback<model::Post> done) {
  const SeedMember* me = acting();
  auto [topic, post] = find_post(post_id);
  if (!me) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::unauthorized, 401, "Please sign in to like posts.")));
  if (!post) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "That post is not here any more.")));
  if (post->username == me->username)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "You can't like your own post.")));
  if (post->hidden)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "A hidden post can't be liked.")));
  if (std::find(post->liked_by.begin(), post->liked_by.end(), me->username) != post->liked_by.end())
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "You have already liked this post.")));
  post->liked_by.push_back(me->username);
  deliver(std::move(done), ApiResult<model::Post>(post_view(*topic, *post, post_number(*topic, post->id))));
}

void LocalCommunity::unlike(std::int64_t post_id, Callback<model::Post> done) {
  const SeedMember* me = acting();
  auto [topic, post] = find_post(post_id);
  if (!me || !post) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "That like is not here any more.")));
  auto it = std::find(post->liked_by.begin(), post->liked_by.end(), me->username);
  if (it == post->liked_by.end())
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "You have not liked this post.")));
  post->liked_by.erase(it);
  deliver(std::move(done), ApiResult<model::Post>(post_view(*topic, *post, post_number(*topic, post->id))));
}

void LocalCommunity::apply_hiding_rule(SeedTopic& topic, SeedPost& post) {
  if (post.hidden) return;
  std::vector<std::string> admins;
  for (const auto& f : post.flags) {
    if (!f.active || f.type != "inappropriate") continue;
    const SeedMember* by = member(f.by);
    if (by && administrator_level(by->role) && std::find(admins.begin(), admins.end(), f.by) == admins.end())
      admins.push_back(f.by);
  }
  if (static_cast<int>(admins.size()) < seed_.settings.hide_after_staff_flags) return;
  post.hidden = true;
  // The author hears it privately, kindly, with the way back and the offer of a call.
  std::string lead;
  for (const auto& m : seed_.members)
    if (m.role == Role::lead) { lead = m.username; break; }
  Message msg;
  msg.id = 900000 + static_cast<std::int64_t>(messages_.size()) + 1;
  msg.title = "About your post in \"" + topic.title + "\"";
  msg.participants = {post.username, lead.empty() ? std::string("moderators") : lead};
  SeedPost body;
  body.id = next_post_id();
  body.username = lead.empty() ? post.username : lead;
  body.created_at = now_iso();
  body.raw = "Hello " + post.username + ",\n\nYour post in \"" + topic.title +
             "\" was flagged by members of staff and is hidden for now. This is not a judgement of you: "
             "the community's guidelines ask that posts stay respectful and never identify a client.\n\n"
             "If you edit the post, it becomes visible again straight away. If you would rather talk it "
             "through, reply here to arrange a call with the community lead.";
  msg.posts.push_back(body);
  messages_.push_back(msg);
}

void LocalCommunity::flag(const FlagRequest& f, Callback<model::Post> done) {
  const SeedMember* me = acting();
  auto [topic, post] = find_post(f.post_id);
  if (!me) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::unauthorized, 401, "Please sign in to flag posts.")));
  if (!post) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::not_found, 404, "That post is not here any more.")));
  const char* type = flag_type_name(f.post_action_type_id);
  if (!type) return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "That is not a kind of flag this community uses.")));
  if (post->username == me->username)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "You can't flag your own post.")));
  bool needs_message = f.post_action_type_id == 6 || f.post_action_type_id == 7 || f.post_action_type_id == 20 ||
                       f.post_action_type_id == 21;
  if (needs_message && visible_chars(f.message) < 10)
    return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::invalid, 422, "Please say a little more (at least 10 characters).")));
  for (const auto& existing : post->flags)
    if (existing.by == me->username && existing.type == type && existing.active)
      return deliver(std::move(done), ApiResult<model::Post>(refuse(ApiErrorKind::forbidden, 403, "You have already flagged this post.")));
  if (f.post_action_type_id == 6) {  // message the author: a private message, no flag
    Message msg;
    msg.id = 900000 + static_cast<std::int64_t>(messages_.size()) + 1;
    msg.title = "About your post in \"" + topic->title + "\"";
    msg.participants = {post->username, me->username};
    SeedPost body;
    body.id = next_post_id();
    body.username = me->username;
    body.raw = f.message;
    body.created_at = now_iso();
    msg.posts.push_back(body);
    messages_.push_back(msg);
    return deliver(std::move(done), ApiResult<model::Post>(post_view(*topic, *post, post_number(*topic, post->id))));
  }
  post->flags.push_back(SeedFlag{me->username, type, now_iso(), f.message, true});
  if (std::string(type) == "inappropriate") apply_hiding_rule(*topic, *post);
  deliver(std::move(done), ApiResult<model::Post>(post_view(*topic, *post, post_number(*topic, post->id))));
}

}  // namespace hearth::api
