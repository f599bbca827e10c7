// Members in the embedded community: profiles, preferences (notification frequency per kind),
// blocking, read positions, notifications and the digest builder, and search, where likes lift
// a post's ranking.
#include <algorithm>
#include <cctype>
#include <cmath>

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
std::vector<std::int64_t> ids(const json& args, const char* key) {
  std::vector<std::int64_t> out;
  if (auto it = args.find(key); it != args.end() && it->is_array())
    for (const auto& v : *it)
      if (v.is_number_integer()) out.push_back(v.get<std::int64_t>());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}
std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
const char* k_kind_names[k_notify_kinds] = {"replies", "mentions", "messages", "likes"};

}  // namespace

// --- Members ------------------------------------------------------------------------------------------
ApiResult<model::User> LocalCommunity::user_now(const std::string& username) const {
  if (auto refused = may_read_anything(); refused && username != acting_as_) return *refused;
  const SeedMember* m = member(username);
  if (!m) return refuse(ApiErrorKind::not_found, 404, "There is no member called @" + username + ".");
  const SeedMember* me = member(acting_as_);
  bool self = me && me->username == m->username;
  model::User u;
  u.id = m->id;
  u.username = m->username;
  u.name = m->name;
  u.title = m->title;
  u.admin = administrator_level(m->role);
  u.moderator = m->role == Role::moderator;
  u.trust_level = m->role == Role::member ? 2 : 4;
  u.created_at = m->joined_at;
  if (!m->hide_profile || self || staff(me)) {
    u.location = m->location;
    u.website = m->website;
    u.bio_raw = self || staff(me) ? m->bio : std::string();
    u.bio_cooked = cook_markdown(m->bio);
    for (const auto& t : data_.topics)
      for (const auto& p : t.posts)
        if (p.username == m->username && p.removed.empty() && !t.private_message()) {
          ++u.post_count;
          u.last_posted_at = std::max(u.last_posted_at, p.created_at);
        }
  }
  for (std::size_t i = 0; i < data_.groups.size(); ++i)
    if (std::find(m->groups.begin(), m->groups.end(), data_.groups[i].name) != m->groups.end())
      u.groups.push_back({static_cast<std::int64_t>(i) + 1, data_.groups[i].name});
  if (me && !self) {
    u.ignored = me->blocked.count(m->username) > 0;
    u.muted = me->muted.count(m->username) > 0;
    // Staff cannot be blocked: members must always be able to hear from moderators.
    u.can_ignore_user = !staff(m);
    u.can_mute_user = !staff(m);
    u.can_send_private_message_to_user = !m->blocked.count(me->username) && me->suspended_until <= now();
  }
  u.can_edit = self || (me && administrator_level(me->role));
  if (m->suspended_until > now() && (self || staff(me))) {
    u.suspended_till = model::format_iso8601(m->suspended_until);
    u.suspend_reason = m->suspend_reason;
  }
  if (self) {
    u.ignored_usernames.assign(m->blocked.begin(), m->blocked.end());
    u.muted_usernames.assign(m->muted.begin(), m->muted.end());
    u.watched_category_ids = m->watched_categories;
    u.muted_category_ids = m->muted_categories;
    model::UserOption o;
    o.hide_profile_and_presence = m->hide_profile;
    u.user_option = o;
  }
  return u;
}

void LocalCommunity::user(const std::string& username, Callback<model::User> done) {
  deliver(std::move(done), user_now(username));
}

LocalCommunity::Applied LocalCommunity::apply_profile(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (auto no = may_write(me, op.at)) return *no;
  SeedMember* m = member(str(op.args, "username"));
  if (!m) return refuse(ApiErrorKind::not_found, 404, "There is no such member.");
  if (m->username != me->username && !administrator_level(me->role))
    return refuse(ApiErrorKind::forbidden, 403, "You can only change your own profile.");
  std::string name = str(op.args, "name"), website = str(op.args, "website"), bio = str(op.args, "bio");
  std::string location = str(op.args, "location"), title = str(op.args, "title");
  std::vector<std::string> problems;
  if (utf8_length(name) > 60) problems.push_back("Name is too long (at most 60 characters).");
  if (utf8_length(location) > 80) problems.push_back("Location is too long (at most 80 characters).");
  if (utf8_length(bio) > 3000) problems.push_back("About me is too long (at most 3000 characters).");
  if (!website.empty() && website.rfind("https://", 0) != 0 && website.rfind("http://", 0) != 0)
    problems.push_back("Website must be a web address starting with https://.");
  if (!website.empty() && (website.find(' ') != std::string::npos || website.find('.') == std::string::npos))
    problems.push_back("Website is not a valid web address.");
  if (!problems.empty()) return ApiError{ApiErrorKind::invalid, 422, problems.front(), problems, 0};
  m->name = name;
  m->location = location;
  m->website = website;
  m->bio = bio;
  if (administrator_level(me->role)) m->title = title;  // titles are given by staff
  return Outcome{0, m->username};
}

void LocalCommunity::update_profile(const std::string& username, const ProfileUpdate& p, Callback<model::User> done) {
  write<model::User>("profile",
                     {{"username", username}, {"name", p.name}, {"title", p.title}, {"location", p.location},
                      {"website", p.website}, {"bio", p.bio_raw}},
                     std::move(done), [this](const Outcome& o) { return user_now(o.username); });
}

void LocalCommunity::preferences(const std::string& username, Callback<PreferencesUpdate> done) {
  const SeedMember* m = member(username);
  if (!m || username != acting_as_)
    return deliver(std::move(done), ApiResult<PreferencesUpdate>(refuse(ApiErrorKind::forbidden, 403, "You can only see your own preferences.")));
  PreferencesUpdate p;
  p.options.hide_profile_and_presence = m->hide_profile;
  // The closest Discourse options, for anything that reads only those.
  Frequency posts = std::min(m->notify[0], m->notify[1]);
  p.options.email_level = posts == Frequency::per_post ? 0 : 2;
  p.options.email_digests = posts != Frequency::never;
  p.options.digest_after_minutes = posts == Frequency::hourly ? 60 : posts == Frequency::weekly ? 10080 : 1440;
  p.options.email_messages_level = m->notify[2] == Frequency::never ? 2 : 0;
  p.options.like_notification_frequency = m->notify[3] == Frequency::never ? 3 : m->notify[3] == Frequency::per_post ? 0 : 1;
  for (int k = 0; k < k_notify_kinds; ++k) p.frequencies[k_kind_names[k]] = frequency_name(m->notify[k]);
  p.watched_category_ids = m->watched_categories;
  p.muted_category_ids = m->muted_categories;
  deliver(std::move(done), ApiResult<PreferencesUpdate>(std::move(p)));
}

LocalCommunity::Applied LocalCommunity::apply_preferences(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (!me) return refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.");
  SeedMember* m = member(str(op.args, "username"));
  if (!m || m->username != me->username) return refuse(ApiErrorKind::forbidden, 403, "You can only change your own preferences.");
  Frequency chosen[k_notify_kinds];
  std::copy(std::begin(m->notify), std::end(m->notify), chosen);
  if (auto it = op.args.find("frequencies"); it != op.args.end() && it->is_object()) {
    for (int k = 0; k < k_notify_kinds; ++k) {
      auto f = it->find(k_kind_names[k]);
      if (f == it->end()) continue;
      if (!f->is_string() || !frequency_from_name(f->get<std::string>(), chosen[k]))
        return refuse(ApiErrorKind::invalid, 422, std::string("Unknown frequency for ") + k_kind_names[k] + ".");
    }
  }
  auto watched = ids(op.args, "watched"), muted = ids(op.args, "muted");
  for (auto id : watched)
    if (std::find(muted.begin(), muted.end(), id) != muted.end())
      return refuse(ApiErrorKind::invalid, 422, "A category can't be both watched and muted.");
  std::copy(std::begin(chosen), std::end(chosen), m->notify);
  m->watched_categories = watched;
  m->muted_categories = muted;
  m->hide_profile = op.args.value("hide_profile", false);
  return Outcome{0, m->username};
}

void LocalCommunity::update_preferences(const std::string& username, const PreferencesUpdate& p, Callback<model::User> done) {
  json frequencies = json::object();
  for (const auto& [kind, f] : p.frequencies) frequencies[kind] = f;
  write<model::User>("preferences",
                     {{"username", username}, {"frequencies", frequencies}, {"watched", p.watched_category_ids},
                      {"muted", p.muted_category_ids}, {"hide_profile", p.options.hide_profile_and_presence}},
                     std::move(done), [this](const Outcome& o) { return user_now(o.username); });
}

LocalCommunity::Applied LocalCommunity::apply_member_level(const Op& op) {
  SeedMember* me = member(op.actor);
  if (!me) return refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.");
  const SeedMember* other = member(str(op.args, "username"));
  if (!other) return refuse(ApiErrorKind::not_found, 404, "There is no such member.");
  if (other->username == me->username) return refuse(ApiErrorKind::invalid, 422, "You can't block yourself.");
  std::string level = str(op.args, "level");
  if (level != "normal" && staff(other))
    return refuse(ApiErrorKind::forbidden, 403, "Staff can't be blocked or muted: you can always report a concern to the community lead.");
  me->blocked.erase(other->username);
  me->muted.erase(other->username);
  if (level == "ignore") me->blocked.insert(other->username);
  else if (level == "mute") me->muted.insert(other->username);
  else if (level != "normal") return refuse(ApiErrorKind::invalid, 422, "Unknown level.");
  return Outcome{0, other->username};
}

void LocalCommunity::set_member_level(const std::string& username, MemberLevel level, const std::string&, Callback<Done> done) {
  const char* name = level == MemberLevel::ignore ? "ignore" : level == MemberLevel::mute ? "mute" : "normal";
  write<Done>("member_level", {{"username", username}, {"level", name}}, std::move(done),
              [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

// --- Reading position and notifications ---------------------------------------------------------
LocalCommunity::Applied LocalCommunity::apply_read(const Op& op) {
  SeedMember* me = member(op.actor);
  if (!me) return refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.");
  const SeedTopic* t = find_topic(num(op.args, "topic_id"));
  if (!t || !can_read(me, *t)) return refuse(ApiErrorKind::not_found, 404, "That topic is not here any more.");
  std::int64_t highest = 0;
  for (auto n : ids(op.args, "post_numbers"))
    if (n >= 1 && n <= static_cast<std::int64_t>(t->posts.size())) highest = std::max(highest, n);
  auto& last = me->last_read[t->id];
  last = std::max(last, highest);
  bool changed = false;
  for (auto& n : data_.notifications)
    if (n.user == me->username && !n.read && n.topic_id == t->id && n.post_number <= last) n.read = changed = true;
  if (changed) emit_notification_counts(me->username);
  return Outcome{};
}

void LocalCommunity::mark_read(std::int64_t topic_id, const std::vector<std::int64_t>& post_numbers, Callback<Done> done) {
  write<Done>("read", {{"topic_id", topic_id}, {"post_numbers", post_numbers}}, std::move(done),
              [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

model::NotificationList LocalCommunity::notifications_now() const {
  model::NotificationList list;
  for (auto it = data_.notifications.rbegin(); it != data_.notifications.rend(); ++it) {
    if (it->user != acting_as_) continue;
    model::Notification n;
    n.id = it->id;
    n.notification_type = it->type;
    n.read = it->read;
    n.high_priority = it->type == static_cast<std::int64_t>(model::NotificationType::private_message);
    n.created_at = it->created_at;
    n.topic_id = it->topic_id;
    n.post_number = it->post_number;
    n.slug = model::slugify(it->topic_title);
    n.fancy_title = it->topic_title;
    n.topic_title = it->topic_title;
    n.display_username = it->by;
    n.original_username = it->by;
    n.original_post_id = it->post_id;
    list.notifications.push_back(std::move(n));
  }
  list.total_rows = static_cast<std::int64_t>(list.notifications.size());
  if (!list.notifications.empty()) list.seen_notification_id = list.notifications.front().id;
  return list;
}

void LocalCommunity::notifications(Callback<model::NotificationList> done) {
  if (!member(acting_as_))
    return deliver(std::move(done), ApiResult<model::NotificationList>(refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.")));
  deliver(std::move(done), ApiResult<model::NotificationList>(notifications_now()));
}

LocalCommunity::Applied LocalCommunity::apply_notifications_read(const Op& op) {
  const SeedMember* me = member(op.actor);
  if (!me) return refuse(ApiErrorKind::unauthorized, 401, "Please choose a member to act as first.");
  std::int64_t id = num(op.args, "id");
  bool found = id == 0;
  for (auto& n : data_.notifications)
    if (n.user == me->username && (id == 0 || n.id == id)) {
      n.read = true;
      found = true;
    }
  if (!found) return refuse(ApiErrorKind::not_found, 404, "That notification is not here any more.");
  emit_notification_counts(me->username);
  return Outcome{};
}

void LocalCommunity::mark_notifications_read(std::int64_t notification_id, Callback<Done> done) {
  write<Done>("notifications_read", {{"id", notification_id}}, std::move(done),
              [](const Outcome&) { return ApiResult<Done>(Done{}); });
}

// --- The digest builder ------------------------------------------------------------------------------
std::vector<DigestGroup> LocalCommunity::digest(const std::string& username, std::int64_t at) const {
  const SeedMember* m = member(username);
  std::vector<DigestGroup> out;
  if (!m) return out;
  const std::int64_t hour = 3600, day = 86400;
  for (Frequency f : {Frequency::hourly, Frequency::daily, Frequency::weekly}) {
    std::int64_t until = 0, from = 0;
    if (f == Frequency::hourly) {
      until = at - at % hour;
      from = until - hour;
    } else if (f == Frequency::daily) {
      until = at - at % day;
      from = until - day;
    } else {
      // 1970-01-01 was a Thursday: Monday 00:00 UTC is 4 days into the week count.
      std::int64_t days = at / day;
      std::int64_t monday = days - ((days + 3) % 7);
      until = monday * day;
      from = until - 7 * day;
    }
    DigestGroup g;
    g.frequency = f;
    g.from = model::format_iso8601(from);
    g.until = model::format_iso8601(until);
    for (const auto& n : data_.notifications) {
      if (n.user != username || n.read || m->notify[static_cast<int>(n.kind)] != f) continue;
      auto t = model::parse_iso8601(n.created_at);
      if (t && *t >= from && *t < until) g.items.push_back(n);
    }
    if (!g.items.empty()) out.push_back(std::move(g));
  }
  return out;
}

// --- Search ----------------------------------------------------------------------------------------
namespace {
// The query's words of two characters or more, in lower case.
std::vector<std::string> search_terms(const std::string& query) {
  std::vector<std::string> terms;
  std::string word;
  for (char c : lower_ascii(query) + " ") {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (word.size() >= 2) terms.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return terms;
}
}  // namespace

std::vector<SearchCandidate> LocalCommunity::search_candidates() const {
  const SeedMember* me = member(acting_as_);
  std::vector<SearchCandidate> out;
  for (const auto& t : data_.topics) {
    if (!can_read(me, t)) continue;
    std::int64_t number = 0;
    for (const auto& p : t.posts) {
      ++number;
      if (!p.removed.empty() || (p.hidden && !(me && (p.username == me->username || staff(me))))) continue;
      if (me && me->blocked.count(p.username)) continue;
      SearchCandidate c;
      c.post_id = p.id;
      c.topic_id = t.id;
      c.post_number = number;
      c.like_count = static_cast<std::int64_t>(p.liked_by.size());
      c.username = p.username;
      if (const SeedMember* author = member(p.username)) c.name = author->name;
      c.created_at = p.created_at;
      if (number == 1) c.title_lowered = lower_ascii(t.title);
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> LocalCommunity::search_texts() const {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& t : data_.topics)
    for (const auto& p : t.posts) out.emplace_back(p.id, p.raw);
  return out;
}

model::SearchResult LocalCommunity::search_page(const std::string& query, int page, std::vector<SearchHit> hits) const {
  model::SearchResult result;
  result.term = query;
  std::vector<std::string> terms = search_terms(query);
  std::set<std::int64_t> topics;
  std::size_t start = static_cast<std::size_t>(std::max(page - 1, 0)) * k_search_page_size;
  for (std::size_t i = start; i < hits.size() && i < start + k_search_page_size; ++i) {
    result.posts.push_back(std::move(hits[i].post));
    if (topics.insert(result.posts.back().topic_id).second)
      if (const SeedTopic* t = find_topic(result.posts.back().topic_id)) result.topics.push_back(list_item(*t));
  }
  result.more_posts = hits.size() > start + k_search_page_size;
  for (const auto& m : data_.members) {
    bool match = std::all_of(terms.begin(), terms.end(), [&](const std::string& term) {
      return lower_ascii(m.username).find(term) != std::string::npos || lower_ascii(m.name).find(term) != std::string::npos;
    });
    if (match) result.users.push_back({m.id, m.username, m.name, {}});
  }
  return result;
}

ApiResult<model::SearchResult> LocalCommunity::search_now(const std::string& query, int page) const {
  if (auto refused = may_read_anything()) return *refused;
  std::vector<std::string> terms = search_terms(query);
  if (utf8_length(query) < 3 || terms.empty()) {
    model::SearchResult result;
    result.term = query;
    result.error = "Please type at least 3 characters to search.";
    return result;
  }
  // The worker's index when it is current; else read every post here.
  SearchIndex fresh;
  const SearchIndex* index = search_index_.get();
  if (!index || index_revision_ != revision_) {
    fresh = build_search_index(search_texts(), index);
    index = &fresh;
  }
  return search_page(query, page, rank_search(search_candidates(), terms, *index));
}

void LocalCommunity::search(const std::string& query, int page, Callback<model::SearchResult> done) {
  std::vector<std::string> terms = search_terms(query);
  if (!worker_ || may_read_anything() || utf8_length(query) < 3 || terms.empty())
    return deliver(std::move(done), search_now(query, page));  // at once: no words to look through
  // Off the render thread: index the posts if they changed since the last index (reusing the
  // unchanged ones), then rank the posts this member may read.
  auto query_on = [this, candidates = search_candidates(), terms, query, page, done](std::shared_ptr<const SearchIndex> index) {
    worker_->run(
        platform::CancelToken{}, [candidates, terms, index] { return rank_search(candidates, terms, *index); },
        [this, query, page, done](std::vector<SearchHit> hits) {
          done(ApiResult<model::SearchResult>(search_page(query, page, std::move(hits))));
        });
  };
  if (search_index_ && index_revision_ == revision_) return query_on(search_index_);
  worker_->run(
      platform::CancelToken{},
      [texts = search_texts(), previous = search_index_] {
        return std::make_shared<const SearchIndex>(build_search_index(texts, previous.get()));
      },
      [this, revision = revision_, query_on](std::shared_ptr<const SearchIndex> built) {
        if (revision == revision_) {
          search_index_ = built;
          index_revision_ = revision;
        }
        query_on(std::move(built));
      });
}

}  // namespace hearth::api
