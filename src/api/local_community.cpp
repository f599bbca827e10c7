// Reading side of the embedded community: the session, the site, topic lists and topics as the
// member acted as may see them (members-only site, closed groups, private messages, hidden
// and removed posts), and the live events other members' writes produce.
#include "api/local_community.h"
#include "api/local_args.h"

#include <algorithm>

#include "api/local_cook.h"
#include "model/slug.h"
#include "model/time.h"

namespace hearth::api {

namespace {
const auto refusal = local::refuse;
}  // namespace

LocalCommunity::LocalCommunity(Seed seed, DeliveryQueue& delivery, std::int64_t tab, std::string seed_version)
    : seed_(std::move(seed)), seed_version_(std::move(seed_version)), tab_(tab), delivery_(delivery),
      acting_as_(seed_.signed_in_as) {
  seed_notifications(seed_);
  data_ = seed_;
}

// The seed's recent conversation as notifications, as members would have them: replies and
// mentions from the last ten days before its newest post, the last three days still unread.
void LocalCommunity::seed_notifications(Seed& s) {
  std::string newest;
  for (const auto& t : s.topics)
    for (const auto& p : t.posts) newest = std::max(newest, p.created_at);
  auto end = model::parse_iso8601(newest);
  if (!end) return;
  std::int64_t next_id = 1;
  for (const auto& t : s.topics) {
    for (std::size_t i = 1; i < t.posts.size(); ++i) {
      const SeedPost& p = t.posts[i];
      auto at = model::parse_iso8601(p.created_at);
      if (!at || *at < *end - 10 * 86400) continue;
      auto add = [&](const std::string& user, model::NotificationType type, NotifyKind kind) {
        if (user == p.username) return;
        SeedNotification n;
        n.id = next_id++;
        n.user = user;
        n.type = static_cast<std::int64_t>(type);
        n.kind = kind;
        n.by = p.username;
        n.topic_id = t.id;
        n.post_id = p.id;
        n.post_number = static_cast<std::int64_t>(i) + 1;
        n.topic_title = t.title;
        n.created_at = p.created_at;
        n.read = *at < *end - 3 * 86400;
        s.notifications.push_back(n);
      };
      bool pm = t.private_message();
      std::int64_t to = p.reply_to_post_number;
      if (pm) {
        for (const auto& who : t.participants) add(who, model::NotificationType::private_message, NotifyKind::messages);
      } else {
        const std::string& replied = to >= 1 && to <= static_cast<std::int64_t>(t.posts.size())
                                         ? t.posts[static_cast<std::size_t>(to - 1)].username
                                         : t.posts.front().username;
        add(replied, model::NotificationType::replied, NotifyKind::replies);
      }
    }
  }
  std::stable_sort(s.notifications.begin(), s.notifications.end(),
                   [](const SeedNotification& a, const SeedNotification& b) { return a.created_at < b.created_at; });
}

// --- Who is who -----------------------------------------------------------------------------
SeedMember* LocalCommunity::member(const std::string& username) {
  for (auto& m : data_.members)
    if (m.username == username) return &m;
  return nullptr;
}
const SeedMember* LocalCommunity::member(const std::string& username) const {
  for (const auto& m : data_.members)
    if (m.username == username) return &m;
  return nullptr;
}
const SeedMember* LocalCommunity::member_by_id(std::int64_t id) const {
  for (const auto& m : data_.members)
    if (m.id == id) return &m;
  return nullptr;
}

std::string LocalCommunity::lead() const {
  for (const auto& m : data_.members)
    if (m.role == Role::lead) return m.username;
  return {};
}

bool LocalCommunity::act_as(const std::string& username) {
  if (!username.empty() && !member(username)) return false;
  acting_as_ = username;  // the app asks for this member's live updates once it has their session
  return true;
}

std::vector<std::pair<std::string, std::string>> LocalCommunity::members_and_roles() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& m : data_.members) out.emplace_back(m.username, role_name(m.role));
  return out;
}

std::int64_t LocalCommunity::now() const {
  if (clock_) return clock_();
  // Without a clock (tests that do not care): a minute after the latest post.
  std::string latest;
  for (const auto& t : data_.topics)
    for (const auto& p : t.posts) latest = std::max(latest, p.created_at);
  auto t = model::parse_iso8601(latest);
  return t ? *t + 60 : 0;
}
std::string LocalCommunity::now_iso() const { return model::format_iso8601(now()); }

// --- What a member may read -------------------------------------------------------------------
std::optional<ApiError> LocalCommunity::may_read_anything() const {
  const SeedMember* me = member(acting_as_);
  if (!me && data_.settings.members_only)
    return refusal(ApiErrorKind::unauthorized, 401,
                   "This community is for members only. Choose a member to act as to read it.");
  if (me && me->suspended_until > now())
    return refusal(ApiErrorKind::forbidden, 403,
                   "Your account is suspended until " + model::format_iso8601(me->suspended_until) + ". " +
                       me->suspend_reason);
  return std::nullopt;
}

bool LocalCommunity::can_read(const SeedMember* viewer, const SeedTopic& t) const {
  if (!viewer && data_.settings.members_only) return false;
  if (t.private_message())
    return viewer && std::find(t.participants.begin(), t.participants.end(), viewer->username) != t.participants.end();
  auto closed = data_.category_group.find(t.category_id);
  if (closed == data_.category_group.end()) return true;
  if (!viewer) return false;
  if (administrator_level(viewer->role)) return true;
  return std::find(viewer->groups.begin(), viewer->groups.end(), closed->second) != viewer->groups.end();
}

bool LocalCommunity::can_post_in(const SeedMember* actor, std::int64_t category_id) const {
  SeedTopic probe;
  probe.category_id = category_id;
  return can_read(actor, probe);
}

SeedTopic* LocalCommunity::find_topic(std::int64_t topic_id) {
  for (auto& t : data_.topics)
    if (t.id == topic_id) return &t;
  return nullptr;
}
const SeedTopic* LocalCommunity::find_topic(std::int64_t topic_id) const {
  for (const auto& t : data_.topics)
    if (t.id == topic_id) return &t;
  return nullptr;
}
std::pair<SeedTopic*, SeedPost*> LocalCommunity::find_post(std::int64_t post_id) {
  for (auto& t : data_.topics)
    for (auto& p : t.posts)
      if (p.id == post_id) return {&t, &p};
  return {nullptr, nullptr};
}
std::pair<const SeedTopic*, const SeedPost*> LocalCommunity::find_post(std::int64_t post_id) const {
  for (const auto& t : data_.topics)
    for (const auto& p : t.posts)
      if (p.id == post_id) return {&t, &p};
  return {nullptr, nullptr};
}
std::int64_t LocalCommunity::post_number(const SeedTopic& topic, std::int64_t post_id) {
  std::int64_t number = 1;
  for (const auto& p : topic.posts) {
    if (p.id == post_id) break;
    ++number;
  }
  return number;
}

// --- Session and site -------------------------------------------------------------------------
void LocalCommunity::session(Callback<Session> done) {
  Session s;
  if (const SeedMember* m = member(acting_as_)) {
    model::CurrentUser u;
    u.id = m->id;
    u.username = m->username;
    u.name = m->name;
    u.admin = administrator_level(m->role);
    u.moderator = m->role != Role::member;
    u.trust_level = m->role == Role::member ? 2 : 4;
    for (const auto& n : data_.notifications)
      if (n.user == m->username && !n.read) {
        ++u.unread_notifications;
        u.unread_high_priority_notifications += n.type == static_cast<std::int64_t>(model::NotificationType::private_message);
      }
    if (m->suspended_until > now()) {
      u.suspended_till = model::format_iso8601(m->suspended_until);
      u.suspend_reason = m->suspend_reason;
      u.can_send_private_messages = false;
    }
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
  act_as("");
  deliver(std::move(done), ApiResult<Done>(Done{}));
}

void LocalCommunity::site(Callback<model::Site> done) {
  model::Site s;
  s.title = data_.title;
  s.login_required = data_.settings.members_only;
  s.post_action_types = action_types();
  s.lead_username = lead();
  const SeedMember* me = member(acting_as_);
  for (const auto& g : data_.groups) s.groups.push_back({static_cast<std::int64_t>(s.groups.size()) + 1, g.name});
  for (auto c : data_.categories) {
    SeedTopic probe;
    probe.category_id = c.id;
    if (!can_read(me, probe)) continue;  // a closed group's category is for its members
    c.topic_count = std::count_if(data_.topics.begin(), data_.topics.end(), [&](const SeedTopic& t) {
      return t.category_id == c.id && !t.private_message() && can_read(me, t);
    });
    s.categories.push_back(std::move(c));
  }
  s.top_menu_items = {"latest", "new", "unread", "top"};
  delivery_.post([done = std::move(done), s = std::move(s)]() mutable { done(std::move(s)); });
}

void LocalCommunity::categories(Callback<std::vector<model::Category>> done) {
  deliver(std::move(done), ApiResult<std::vector<model::Category>>(data_.categories));
}

// --- Topic lists ---------------------------------------------------------------------------------
model::TopicListItem LocalCommunity::list_item(const SeedTopic& t) const {
  model::TopicListItem item;
  item.id = t.id;
  item.title = t.title;
  item.slug = model::slugify(t.title);
  item.category_id = t.category_id;
  item.pinned = t.pinned;
  const SeedMember* me = member(acting_as_);
  const SeedPost* first = nullptr;
  const SeedPost* last = nullptr;
  for (const auto& p : t.posts) {
    if (p.removed == "defamatory") continue;
    ++item.posts_count;
    item.like_count += static_cast<std::int64_t>(p.liked_by.size());
    if (!first) first = &p;
    last = &p;
  }
  item.reply_count = std::max<std::int64_t>(0, item.posts_count - 1);
  if (first) item.created_at = first->created_at;
  if (last) {
    item.last_posted_at = last->created_at;
    item.last_poster_username = last->username;
  }
  if (me) {
    auto read = me->last_read.find(t.id);
    std::int64_t highest = read == me->last_read.end() ? 0 : read->second;
    item.unseen = highest == 0;
    item.unread_posts = highest ? std::max<std::int64_t>(0, static_cast<std::int64_t>(t.posts.size()) - highest) : 0;
  }
  return item;
}

model::TopicList LocalCommunity::topic_list_now(const TopicListQuery& query) const {
  const SeedMember* me = member(acting_as_);
  std::vector<model::TopicListItem> all;
  std::int64_t since = now() - 30 * 86400;
  for (const auto& t : data_.topics) {
    if (t.private_message() || !can_read(me, t)) continue;
    if (query.category_id && t.category_id != query.category_id) continue;
    if (me && !query.category_id &&
        std::find(me->muted_categories.begin(), me->muted_categories.end(), t.category_id) != me->muted_categories.end())
      continue;
    model::TopicListItem item = list_item(t);
    if (query.kind == TopicListKind::new_topics && (!item.unseen || model::parse_iso8601(item.created_at).value_or(0) < since))
      continue;
    if (query.kind == TopicListKind::unread && item.unread_posts == 0) continue;
    all.push_back(std::move(item));
  }
  if (query.kind == TopicListKind::top) {
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.like_count * 2 + a.posts_count > b.like_count * 2 + b.posts_count;
    });
  } else {
    // Pinned topics first, then the most recent activity (ISO 8601 UTC sorts as text).
    std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
      if (query.kind == TopicListKind::latest && a.pinned != b.pinned) return a.pinned;
      return a.last_posted_at > b.last_posted_at;
    });
  }
  model::TopicList list;
  std::size_t from = static_cast<std::size_t>(std::max(query.page, 0)) * k_page_size;
  for (std::size_t i = from; i < all.size() && i < from + k_page_size; ++i) list.topics.push_back(std::move(all[i]));
  if (from + k_page_size < all.size()) {
    std::string base = query.category_id ? "/c/" + std::to_string(query.category_id) : "/latest";
    list.more_topics_url = base + ".json?page=" + std::to_string(query.page + 1);
  }
  return list;
}

void LocalCommunity::topic_list(const TopicListQuery& query, Callback<model::TopicList> done) {
  if (auto refused = may_read_anything()) return deliver(std::move(done), ApiResult<model::TopicList>(*refused));
  deliver(std::move(done), ApiResult<model::TopicList>(topic_list_now(query)));
}

void LocalCommunity::private_messages(const std::string& username, Callback<model::TopicList> done) {
  const SeedMember* me = member(acting_as_);
  if (!me) return deliver(std::move(done), ApiResult<model::TopicList>(refusal(ApiErrorKind::unauthorized, 401, "Please choose a member to act as.")));
  if (username != me->username)
    return deliver(std::move(done), ApiResult<model::TopicList>(refusal(ApiErrorKind::forbidden, 403, "You can only read your own messages.")));
  model::TopicList list;
  for (const auto& t : data_.topics)
    if (t.private_message() && can_read(me, t)) list.topics.push_back(list_item(t));
  std::stable_sort(list.topics.begin(), list.topics.end(),
                   [](const auto& a, const auto& b) { return a.last_posted_at > b.last_posted_at; });
  deliver(std::move(done), ApiResult<model::TopicList>(std::move(list)));
}

// --- Topics and posts -------------------------------------------------------------------------
model::Post LocalCommunity::post_view(const SeedTopic& topic, const SeedPost& p, std::int64_t number) const {
  const SeedMember* me = member(acting_as_);
  bool viewer_staff = staff(me);
  model::Post post;
  post.id = p.id;
  post.post_number = number;
  post.topic_id = topic.id;
  post.username = p.username;
  if (const SeedMember* m = member(p.username)) {
    post.user_id = m->id;
    post.name = m->name;
    post.user_title = m->title;
    post.moderator = m->role == Role::moderator;
    post.admin = administrator_level(m->role);
    post.staff = m->role != Role::member;
  }
  post.created_at = p.created_at;
  post.updated_at = p.edited_at.empty() ? p.created_at : p.edited_at;
  post.cooked = cook_markdown(p.raw);
  for (auto linked : p.linked_topics)
    if (const SeedTopic* t = find_topic(linked); t && can_read(me, *t))
      post.cooked += "<aside class=\"linked-topic\"><p>Continued in <a href=\"/t/" + model::slugify(t->title) + "/" +
                     std::to_string(t->id) + "\">" + escape_html(t->title) + "</a></p></aside>";
  post.reply_to_post_number = p.reply_to_post_number;
  post.yours = me && p.username == me->username;
  post.version = p.version;
  post.edit_reason = p.edit_reason;
  post.like_count = static_cast<std::int64_t>(p.liked_by.size());
  bool writable = me && me->suspended_until <= now();
  if (!p.removed.empty()) {
    post.deleted_at = p.removed_at;
    post.cooked = p.removed == "copyright" ? "<p>This post was removed following a copyright notice.</p>"
                  : p.removed == "spam"    ? "<p>This post was removed as advertising.</p>"
                                           : "<p>This post was removed by staff.</p>";
    post.can_edit = false;
    return post;
  }
  post.can_edit = writable && (post.yours || viewer_staff);
  post.can_delete = writable && (post.yours || viewer_staff);
  model::PostAction like;
  like.id = model::k_like_action;
  like.count = post.like_count;
  like.acted = me && std::find(p.liked_by.begin(), p.liked_by.end(), me->username) != p.liked_by.end();
  like.can_act = writable && !post.yours && !like.acted && !p.hidden;
  like.can_undo = writable && like.acted;
  post.actions_summary.push_back(like);
  post.hidden = p.hidden;
  post.can_see_hidden_post = viewer_staff;
  // As Discourse does: members other than the author do not receive a hidden post's body.
  post.cooked_hidden = p.hidden && !post.yours && !viewer_staff;
  if (post.cooked_hidden) post.cooked.clear();
  post.raw = post.yours ? std::optional<std::string>(p.raw) : std::nullopt;
  for (const auto& type : action_types()) {
    if (!type.is_flag || type.name_key == "notify_user") continue;
    model::PostAction a;
    a.id = type.id;
    for (const auto& f : p.flags)
      if (f.active && f.type == (type.name_key == "notify_moderators" ? std::string("something_else") : type.name_key)) {
        ++a.count;
        a.acted |= me && f.by == me->username;
      }
    if (!viewer_staff && !a.acted) a.count = 0;  // members see only their own flags
    a.can_act = writable && !post.yours && !a.acted;
    post.actions_summary.push_back(a);
  }
  for (const auto& r : data_.reviews)
    if (r.post_id == p.id && r.status == 0 && viewer_staff) post.reviewable_id = r.id;
  return post;
}

ApiResult<model::Topic> LocalCommunity::topic_now(std::int64_t topic_id) const {
  if (auto refused = may_read_anything()) {
    // A suspended member still reads their own messages, where the community explains why.
    const SeedTopic* t = find_topic(topic_id);
    const SeedMember* me = member(acting_as_);
    if (!(me && t && t->private_message() && can_read(me, *t))) return *refused;
  }
  const SeedTopic* it = find_topic(topic_id);
  if (!it || !can_read(member(acting_as_), *it))
    return refusal(ApiErrorKind::not_found, 404, "That topic is not here, or is not open to you.");
  model::Topic t;
  t.id = it->id;
  t.title = it->title;
  t.slug = model::slugify(it->title);
  t.category_id = it->category_id;
  t.created_at = it->posts.front().created_at;
  std::int64_t number = 1;
  for (const auto& p : it->posts) {
    std::int64_t n = number++;
    if (p.removed == "defamatory") continue;  // removed completely
    t.posts.push_back(post_view(*it, p, n));
    t.like_count += t.posts.back().like_count;
    t.stream.push_back(p.id);
  }
  t.posts_count = static_cast<std::int64_t>(t.stream.size());
  return t;
}

void LocalCommunity::topic(std::int64_t topic_id, Callback<model::Topic> done) {
  deliver(std::move(done), topic_now(topic_id));
}

void LocalCommunity::posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
                           Callback<std::vector<model::Post>> done) {
  auto t = topic_now(topic_id);
  if (!t.ok()) return deliver(std::move(done), ApiResult<std::vector<model::Post>>(t.error()));
  std::vector<model::Post> out;
  for (auto id : post_ids)
    for (const auto& p : t.value().posts)
      if (p.id == id) out.push_back(p);
  deliver(std::move(done), ApiResult<std::vector<model::Post>>(std::move(out)));
}

// --- Live events ---------------------------------------------------------------------------------
void LocalCommunity::watch(const LiveInterest& interest, LiveListener listener) {
  interest_ = interest;
  listener_ = std::move(listener);
}

void LocalCommunity::emit(model::LiveEventBody event, std::int64_t user_id) {
  if (!quiet_) pending_.push_back({std::move(event), user_id});
}

void LocalCommunity::emit_notification_counts(const std::string& username) {
  const SeedMember* m = member(username);
  if (!m) return;
  model::NotificationEvent e;
  e.user_id = m->id;
  for (const auto& n : data_.notifications) {
    if (n.user != username || n.read) continue;
    ++e.all_unread_notifications_count;
    if (n.type == static_cast<std::int64_t>(model::NotificationType::private_message)) {
      ++e.unread_private_messages;
      ++e.unread_high_priority_notifications;
    } else {
      ++e.unread_notifications;
    }
  }
  emit(e, m->id);
}

void LocalCommunity::flush_events() {
  if (live_paused_) return;  // held until the tab is visible again, as MessageBus catches up
  std::vector<Pending> events;
  events.swap(pending_);
  if (!listener_) return;
  for (auto& pending : events) {
    bool wanted = std::visit(
        [&](const auto& e) {
          using E = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<E, model::TopicEvent>) return interest_.topic_id == e.topic_id;
          else if constexpr (std::is_same_v<E, model::LatestEvent>) return interest_.topic_lists;
          else return interest_.user_id != 0 && interest_.user_id == pending.user_id;
        },
        pending.event);
    if (!wanted) continue;
    delivery_.post([listener = listener_, event = std::move(pending.event)] { listener(event); });
  }
}

}  // namespace hearth::api
