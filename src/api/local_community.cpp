// Reading side of the embedded community: site, topic lists and topics.
#include "api/local_community.h"

#include <algorithm>

#include "api/local_cook.h"
#include "model/slug.h"

namespace hearth::api {

LocalCommunity::LocalCommunity(Seed seed, DeliveryQueue& delivery)
    : seed_(std::move(seed)), delivery_(delivery), acting_as_(seed_.signed_in_as) {}

const SeedMember* LocalCommunity::member(const std::string& username) const {
  for (const auto& m : seed_.members)
    if (m.username == username) return &m;
  return nullptr;
}

static std::int64_t member_id(const Seed& seed, const std::string& username) {
  for (std::size_t i = 0; i < seed.members.size(); ++i)
    if (seed.members[i].username == username) return static_cast<std::int64_t>(i) + 1;
  return 0;
}

bool LocalCommunity::act_as(const std::string& username) {
  if (!member(username)) return false;
  acting_as_ = username;
  return true;
}

void LocalCommunity::session(Callback<Session> done) {
  Session s;
  if (const SeedMember* m = member(acting_as_)) {
    model::CurrentUser u;
    u.id = member_id(seed_, m->username);
    u.username = m->username;
    u.name = m->name;
    u.admin = m->role == Role::admin || m->role == Role::lead;
    u.moderator = m->role == Role::moderator || u.admin;
    s.user = u;
  }
  deliver(std::move(done), ApiResult<Session>(std::move(s)));
}

void LocalCommunity::log_in(const LoginRequest&, Callback<model::CurrentUser> done) {
  deliver(std::move(done), ApiResult<model::CurrentUser>(ApiError{
      ApiErrorKind::invalid, 0, "demo_has_no_passwords",
      {"The demo community has no passwords: choose a member to act as instead."}, 0}));
}

void LocalCommunity::log_out(const std::string&, Callback<Done> done) {
  acting_as_.clear();
  deliver(std::move(done), ApiResult<Done>(Done{}));
}

void LocalCommunity::categories(Callback<std::vector<model::Category>> done) {
  deliver(std::move(done), ApiResult<std::vector<model::Category>>(seed_.categories));
}

void LocalCommunity::posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
                           Callback<std::vector<model::Post>> done) {
  auto t = topic_now(topic_id);
  if (!t.ok()) { deliver(std::move(done), ApiResult<std::vector<model::Post>>(t.error())); return; }
  std::vector<model::Post> out;
  for (auto id : post_ids)
    for (const auto& p : t.value().posts)
      if (p.id == id) out.push_back(p);
  deliver(std::move(done), ApiResult<std::vector<model::Post>>(std::move(out)));
}

void LocalCommunity::user(const std::string& username, Callback<model::User> done) {
  const SeedMember* m = member(username);
  if (!m) {
    deliver(std::move(done), ApiResult<model::User>(ApiError{ApiErrorKind::not_found, 404, "no member " + username, {}, 0}));
    return;
  }
  model::User u;
  u.id = member_id(seed_, m->username);
  u.username = m->username;
  u.name = m->name;
  u.title = m->title;
  u.admin = m->role == Role::admin || m->role == Role::lead;
  u.moderator = m->role == Role::moderator;
  for (const auto& t : seed_.topics)
    for (const auto& p : t.posts) u.post_count += p.username == m->username;
  u.can_send_private_message_to_user = m->username != acting_as_;
  u.can_ignore_user = m->username != acting_as_ && m->role == Role::member;
  u.can_mute_user = m->username != acting_as_;
  if (m->username == acting_as_) u.user_option = model::UserOption{};
  deliver(std::move(done), ApiResult<model::User>(std::move(u)));
}

void LocalCommunity::site(Callback<model::Site> done) {
  model::Site s;
  s.title = seed_.title;
  s.post_action_types = action_types();
  for (const auto& m : seed_.members)
    if (m.role == Role::lead && s.lead_username.empty()) s.lead_username = m.username;
  s.categories = seed_.categories;
  for (auto& c : s.categories)
    c.topic_count = std::count_if(seed_.topics.begin(), seed_.topics.end(),
                                  [&](const SeedTopic& t) { return t.category_id == c.id; });
  delivery_.post([done = std::move(done), s = std::move(s)]() mutable { done(std::move(s)); });
}

model::TopicList LocalCommunity::topic_list_now(const TopicListQuery& query) const {
  std::vector<model::TopicListItem> all;
  for (const auto& t : seed_.topics) {
    if (query.category_id && t.category_id != query.category_id) continue;
    model::TopicListItem item;
    item.id = t.id;
    item.title = t.title;
    item.slug = model::slugify(t.title);
    item.category_id = t.category_id;
    item.pinned = t.pinned;
    item.posts_count = static_cast<std::int64_t>(t.posts.size());
    item.reply_count = item.posts_count - 1;
    for (const auto& p : t.posts) item.like_count += static_cast<std::int64_t>(p.liked_by.size());
    item.created_at = t.posts.front().created_at;
    item.last_posted_at = t.posts.back().created_at;
    item.last_poster_username = t.posts.back().username;
    all.push_back(std::move(item));
  }
  // Pinned topics first, then the most recent activity (ISO 8601 UTC sorts as text).
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    if (a.pinned != b.pinned) return a.pinned;
    return a.last_posted_at > b.last_posted_at;
  });
  model::TopicList list;
  std::size_t from = static_cast<std::size_t>(std::max(query.page, 0)) * k_page_size;
  for (std::size_t i = from; i < all.size() && i < from + k_page_size; ++i)
    list.topics.push_back(std::move(all[i]));
  if (from + k_page_size < all.size()) {
    std::string base = query.category_id ? "/c/" + std::to_string(query.category_id) : "/latest";
    list.more_topics_url = base + ".json?page=" + std::to_string(query.page + 1);
  }
  return list;
}

void LocalCommunity::topic_list(const TopicListQuery& query, Callback<model::TopicList> done) {
  delivery_.post([done = std::move(done), list = topic_list_now(query)]() mutable {
    done(std::move(list));
  });
}

model::Post LocalCommunity::post_view(const SeedTopic& topic, const SeedPost& p,
                                      std::int64_t number) const {
  model::Post post;
  post.id = p.id;
  post.post_number = number;
  post.topic_id = topic.id;
  post.username = p.username;
  if (const SeedMember* m = member(p.username)) {
    post.name = m->name;
    post.user_title = m->title;
    post.moderator = m->role == Role::moderator;
    post.admin = m->role == Role::admin || m->role == Role::lead;
    post.staff = m->role != Role::member;
  }
  post.created_at = p.created_at;
  post.updated_at = p.created_at;
  post.cooked = cook_markdown(p.raw);
  post.reply_to_post_number = p.reply_to_post_number;
  post.yours = p.username == acting_as_;
  post.can_edit = post.yours;
  post.like_count = static_cast<std::int64_t>(p.liked_by.size());
  model::PostAction like;
  like.id = model::k_like_action;
  like.count = post.like_count;
  like.acted = std::find(p.liked_by.begin(), p.liked_by.end(), acting_as_) != p.liked_by.end();
  like.can_act = !post.yours && !like.acted && !acting_as_.empty();
  like.can_undo = like.acted;
  post.actions_summary.push_back(like);
  post.hidden = p.hidden;
  post.cooked_hidden = p.hidden && !post.yours && !(member(acting_as_) && member(acting_as_)->role != Role::member);
  if (post.cooked_hidden) post.cooked.clear();  // as Discourse does: members do not receive the body
  post.raw = post.yours ? std::optional<std::string>(p.raw) : std::nullopt;
  post.edit_reason = p.edit_reason;
  static const std::pair<const char*, std::int64_t> k_flag_ids[] = {
      {"off_topic", 3}, {"inappropriate", 4}, {"spam", 8}, {"copyright", 20}, {"defamatory", 21}, {"something_else", 7}};
  for (const auto& [name, id] : k_flag_ids) {
    model::PostAction a;
    a.id = id;
    for (const auto& f : p.flags)
      if (f.active && f.type == name) {
        ++a.count;
        a.acted |= f.by == acting_as_;
      }
    a.can_act = !post.yours && !a.acted && !acting_as_.empty();
    a.can_undo = false;
    post.actions_summary.push_back(a);
  }
  return post;
}

ApiResult<model::Topic> LocalCommunity::topic_now(std::int64_t topic_id) const {
  auto it = std::find_if(seed_.topics.begin(), seed_.topics.end(),
                         [&](const SeedTopic& t) { return t.id == topic_id; });
  if (it == seed_.topics.end())
    return ApiError{ApiErrorKind::not_found, 404, "no topic " + std::to_string(topic_id), {}, 0};
  model::Topic t;
  t.id = it->id;
  t.title = it->title;
  t.slug = model::slugify(it->title);
  t.category_id = it->category_id;
  t.posts_count = static_cast<std::int64_t>(it->posts.size());
  t.created_at = it->posts.front().created_at;
  std::int64_t number = 1;
  for (const auto& p : it->posts) {
    t.posts.push_back(post_view(*it, p, number++));
    t.like_count += t.posts.back().like_count;
    t.stream.push_back(p.id);
  }
  return t;
}

void LocalCommunity::topic(std::int64_t topic_id, Callback<model::Topic> done) {
  delivery_.post([done = std::move(done), t = topic_now(topic_id)]() mutable { done(std::move(t)); });
}

}  // namespace hearth::api
