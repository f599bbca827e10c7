// Discourse endpoints, one function each.
#include "api/discourse_client.h"

#include <memory>

#include "platform/http.h"

namespace hearth::api {

namespace {

using nlohmann::json;
using platform::url_encode;

// Where a response is parsed: on the worker when there is one (off the render thread), with the
// token that may cancel it; on the spot otherwise.
struct Offload {
  platform::Worker* worker = nullptr;
  platform::CancelToken token{};
};

platform::CancelToken screen_token(platform::Worker* worker) {
  return worker ? worker->scope() : platform::CancelToken{};
}

// Turns a parser's result into the callback's, naming the endpoint in a malformed-answer error.
template <class T, class ParseFn>
std::function<void(ApiResult<std::string>)> parsed(Offload off, std::string what, ParseFn parse, Callback<T> done) {
  auto finish = [what, done](auto value) {
    if (!value.ok()) {
      done(ApiError{ApiErrorKind::malformed, 200, what + ": " + value.error().to_string(), {}, 0});
      return;
    }
    done(std::move(value).value());
  };
  return [off = std::move(off), parse, done, finish](ApiResult<std::string> body) {
    if (!body.ok()) { done(body.error()); return; }
    if (!off.worker) { finish(parse(body.value())); return; }
    // The body moves to the worker; the typed value comes back.
    off.worker->run(off.token, [parse, text = std::move(body).value()] { return parse(text); }, finish);
  };
}

std::function<void(ApiResult<std::string>)> done_only(std::string what, Callback<Done> done) {
  return [what = std::move(what), done = std::move(done)](ApiResult<std::string> body) {
    if (!body.ok()) { done(body.error()); return; }
    auto ok = model::parse_success(body.value());
    if (!ok.ok()) done(ApiError{ApiErrorKind::malformed, 200, what + ": " + ok.error().to_string(), {}, 0});
    else done(Done{});
  };
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

const char* level_name(MemberLevel level) {
  switch (level) {
    case MemberLevel::normal: return "normal";
    case MemberLevel::mute: return "mute";
    case MemberLevel::ignore: return "ignore";
  }
  return "normal";
}

}  // namespace

DiscourseClient::DiscourseClient(DiscourseConfig config, platform::HttpTransport& transport,
                                 platform::Scheduler& scheduler, std::string message_bus_client_id,
                                 platform::Worker* worker)
    : worker_(worker),
      http_(std::move(config), transport, scheduler),
      bus_(http_, transport, scheduler, std::move(message_bus_client_id)) {
  bus_.on_message = [this](const model::BusMessage& m) {
    if (listener_ && m.event) listener_(*m.event);
  };
}

// --- Session ------------------------------------------------------------------------------

void DiscourseClient::session(Callback<Session> done) {
  http_.get("/session/current.json", [done = std::move(done)](ApiResult<std::string> body) {
    if (!body.ok()) {
      // Discourse answers 404 here when nobody is signed in.
      if (body.error().kind == ApiErrorKind::not_found) done(Session{});
      else done(body.error());
      return;
    }
    auto user = model::parse_current_user(body.value());
    if (!user.ok()) {
      done(ApiError{ApiErrorKind::malformed, 200, "/session/current.json: " + user.error().to_string(), {}, 0});
      return;
    }
    done(Session{std::move(user).value()});
  });
}

void DiscourseClient::log_in(const LoginRequest& request, Callback<model::CurrentUser> done) {
  json body = {{"login", request.login}, {"password", request.password}};
  if (!request.second_factor_token.empty()) {
    body["second_factor_token"] = request.second_factor_token;
    body["second_factor_method"] = 1;  // TOTP
  }
  http_.write("POST", "/session.json", dump(body), [this, done = std::move(done)](ApiResult<std::string> r) {
    if (!r.ok()) { done(r.error()); return; }
    // A refused login is a 200 with {"error": "...", "reason": "..."} (not_activated,
    // invalid_second_factor, ...): the reason goes in message, the sentence in details.
    auto doc = model::parse_json_text(r.value());
    if (doc.ok() && doc.value().is_object() && doc.value().contains("error")) {
      const auto& j = doc.value();
      ApiError e{ApiErrorKind::invalid, 200, "login_refused", {}, 0};
      if (j["error"].is_string()) e.details.push_back(j["error"].get<std::string>());
      if (j.contains("reason") && j["reason"].is_string()) e.message = j["reason"].get<std::string>();
      else if (j.contains("second_factor_required") || j.contains("totp_enabled")) e.message = "second_factor_required";
      done(std::move(e));
      return;
    }
    http_.reset_csrf();  // a new session has a new token
    session([done](ApiResult<Session> s) {
      if (!s.ok()) done(s.error());
      else if (!s.value().user) done(ApiError{ApiErrorKind::unauthorized, 200, "signed in but no session", {}, 0});
      else done(*s.value().user);
    });
  });
}

void DiscourseClient::log_out(const std::string& username, Callback<Done> done) {
  http_.write("DELETE", "/session/" + url_encode(username) + ".json", "",
              [this, done = std::move(done)](ApiResult<std::string> r) {
                http_.reset_csrf();
                if (!r.ok()) done(r.error());
                else done(Done{});
              });
}

// --- Reading -------------------------------------------------------------------------------

void DiscourseClient::site(Callback<model::Site> done) {
  // /site.json has categories and action types; the title is in /site/basic-info.json.
  struct Join {
    std::optional<ApiResult<model::Site>> site;
    std::optional<ApiResult<model::SiteBasicInfo>> info;
    Callback<model::Site> done;
    void finish() {
      if (!site || !info) return;
      if (!site->ok()) { done(site->error()); return; }
      model::Site s = std::move(*site).value();
      if (info->ok()) {  // older forums lack basic-info: the site still works without a title
        s.title = info->value().title;
        s.description = info->value().description;
        s.login_required = info->value().login_required;
      }
      done(std::move(s));
    }
  };
  auto join = std::make_shared<Join>();
  join->done = std::move(done);
  http_.get("/site.json", parsed<model::Site>(Offload{worker_}, "/site.json", model::parse_site, Callback<model::Site>(
      [join](ApiResult<model::Site> r) { join->site = std::move(r); join->finish(); })));
  http_.get("/site/basic-info.json", parsed<model::SiteBasicInfo>(Offload{worker_}, "/site/basic-info.json", model::parse_site_basic_info,
      Callback<model::SiteBasicInfo>([join](ApiResult<model::SiteBasicInfo> r) { join->info = std::move(r); join->finish(); })));
}

void DiscourseClient::categories(Callback<std::vector<model::Category>> done) {
  http_.get("/categories.json", parsed<std::vector<model::Category>>(Offload{worker_}, "/categories.json", model::parse_category_list, std::move(done)));
}

std::string DiscourseClient::topic_list_path(const TopicListQuery& q) {
  std::string path;
  if (q.category_id) {
    std::string slug = q.category_slug.empty() ? "-" : url_encode(q.category_slug);
    path = "/c/" + slug + "/" + std::to_string(q.category_id);
    switch (q.kind) {
      case TopicListKind::latest: path += "/l/latest"; break;
      case TopicListKind::new_topics: path += "/l/new"; break;
      case TopicListKind::unread: path += "/l/unread"; break;
      case TopicListKind::top: path += "/l/top"; break;
    }
    // Discourse's plain category route is /c/{slug}/{id}.json; keep it for "latest".
    if (q.kind == TopicListKind::latest) path = "/c/" + slug + "/" + std::to_string(q.category_id);
    path += ".json";
  } else {
    switch (q.kind) {
      case TopicListKind::latest: path = "/latest.json"; break;
      case TopicListKind::new_topics: path = "/new.json"; break;
      case TopicListKind::unread: path = "/unread.json"; break;
      case TopicListKind::top: path = "/top.json"; break;
    }
  }
  std::string query;
  if (q.kind == TopicListKind::top) query += "period=" + url_encode(q.top_period);
  if (q.page > 0) query += (query.empty() ? "" : "&") + std::string("page=") + std::to_string(q.page);
  return query.empty() ? path : path + "?" + query;
}

void DiscourseClient::topic_list(const TopicListQuery& query, Callback<model::TopicList> done) {
  std::string path = topic_list_path(query);
  http_.get(path, parsed<model::TopicList>(Offload{worker_}, path, model::parse_topic_list, std::move(done)));
}

void DiscourseClient::topic(std::int64_t topic_id, Callback<model::Topic> done) {
  std::string path = "/t/" + std::to_string(topic_id) + ".json";
  http_.get(path, parsed<model::Topic>(Offload{worker_, screen_token(worker_)}, path, model::parse_topic, std::move(done)));
}

void DiscourseClient::posts(std::int64_t topic_id, const std::vector<std::int64_t>& post_ids,
                            Callback<std::vector<model::Post>> done) {
  std::string path = "/t/" + std::to_string(topic_id) + "/posts.json";
  char sep = '?';
  for (auto id : post_ids) {
    path += sep + std::string("post_ids%5B%5D=") + std::to_string(id);
    sep = '&';
  }
  http_.get(path, parsed<std::vector<model::Post>>(Offload{worker_, screen_token(worker_)}, "/t/{id}/posts.json", model::parse_topic_posts, std::move(done)));
}

void DiscourseClient::mark_read(std::int64_t topic_id, const std::vector<std::int64_t>& post_numbers,
                                Callback<Done> done) {
  // POST /topics/timings: milliseconds spent on each post; Discourse counts a post as read once
  // it has been on screen, so a nominal second each records the reading.
  json timings = json::object();
  for (auto n : post_numbers) timings[std::to_string(n)] = 1000;
  json body = {{"topic_id", topic_id},
               {"topic_time", 1000 * static_cast<std::int64_t>(post_numbers.size())},
               {"timings", timings}};
  http_.write("POST", "/topics/timings", dump(body), done_only("/topics/timings", std::move(done)));
}

// --- Writing -------------------------------------------------------------------------------

void DiscourseClient::create_topic(const NewTopic& t, Callback<model::Post> done) {
  json body = {{"title", t.title}, {"raw", t.raw}};
  if (t.category_id) body["category"] = t.category_id;
  http_.write("POST", "/posts.json", dump(body), parsed<model::Post>(Offload{worker_}, "/posts.json", model::parse_post, std::move(done)));
}

void DiscourseClient::reply(const NewReply& r, Callback<model::Post> done) {
  json body = {{"topic_id", r.topic_id}, {"raw", r.raw}};
  if (r.reply_to_post_number) body["reply_to_post_number"] = r.reply_to_post_number;
  http_.write("POST", "/posts.json", dump(body), parsed<model::Post>(Offload{worker_}, "/posts.json", model::parse_post, std::move(done)));
}

void DiscourseClient::reply_as_linked_topic(const LinkedTopic& t, Callback<model::Post> done) {
  create_topic(NewTopic{t.title, linked_topic_raw(t), t.category_id}, std::move(done));
}

void DiscourseClient::edit_post(const PostEdit& e, Callback<model::Post> done) {
  json post = {{"raw", e.raw}};
  if (!e.edit_reason.empty()) post["edit_reason"] = e.edit_reason;
  std::string path = "/posts/" + std::to_string(e.post_id) + ".json";
  http_.write("PUT", path, dump(json{{"post", post}}),
              parsed<model::Post>(Offload{worker_}, path, model::parse_post_update, std::move(done)));
}

void DiscourseClient::like(std::int64_t post_id, Callback<model::Post> done) {
  json body = {{"id", post_id}, {"post_action_type_id", model::k_like_action}};
  http_.write("POST", "/post_actions.json", dump(body),
              parsed<model::Post>(Offload{worker_}, "/post_actions.json", model::parse_post, std::move(done)));
}

void DiscourseClient::unlike(std::int64_t post_id, Callback<model::Post> done) {
  std::string path = "/post_actions/" + std::to_string(post_id) + ".json?post_action_type_id=" +
                     std::to_string(model::k_like_action);
  http_.write("DELETE", path, "", parsed<model::Post>(Offload{worker_}, "/post_actions/{id}.json", model::parse_post, std::move(done)));
}

void DiscourseClient::flag(const FlagRequest& f, Callback<model::Post> done) {
  json body = {{"id", f.post_id}, {"post_action_type_id", f.post_action_type_id}, {"flag_topic", false}};
  // Discourse's PostActionsController reads `message` for notify_user / notify_moderators flags
  // (the published request schema omits it).
  if (!f.message.empty()) body["message"] = f.message;
  http_.write("POST", "/post_actions.json", dump(body),
              parsed<model::Post>(Offload{worker_}, "/post_actions.json", model::parse_post, std::move(done)));
}

void DiscourseClient::send_private_message(const PrivateMessage& m, Callback<model::Post> done) {
  std::string recipients;
  for (const auto& r : m.recipients) recipients += (recipients.empty() ? "" : ",") + r;
  json body = {{"title", m.title}, {"raw", m.raw}, {"archetype", "private_message"},
               {"target_recipients", recipients}};
  http_.write("POST", "/posts.json", dump(body), parsed<model::Post>(Offload{worker_}, "/posts.json", model::parse_post, std::move(done)));
}

// --- Members -------------------------------------------------------------------------------

void DiscourseClient::user(const std::string& username, Callback<model::User> done) {
  http_.get("/u/" + url_encode(username) + ".json",
            parsed<model::User>(Offload{worker_}, "/u/{username}.json", model::parse_user, std::move(done)));
}

void DiscourseClient::update_profile(const std::string& username, const ProfileUpdate& p,
                                     Callback<model::User> done) {
  json body = {{"name", p.name}, {"title", p.title}, {"location", p.location},
               {"website", p.website}, {"bio_raw", p.bio_raw}};
  http_.write("PUT", "/u/" + url_encode(username) + ".json", dump(body),
              parsed<model::User>(Offload{worker_}, "/u/{username}.json", model::parse_user_update, std::move(done)));
}

void DiscourseClient::preferences(const std::string& username, Callback<PreferencesUpdate> done) {
  user(username, [done = std::move(done)](ApiResult<model::User> r) {
    if (!r.ok()) { done(r.error()); return; }
    const model::User& u = r.value();
    if (!u.user_option) {
      done(ApiError{ApiErrorKind::forbidden, 200, "the forum did not send this member's preferences", {}, 0});
      return;
    }
    done(PreferencesUpdate{*u.user_option, {}, u.watched_category_ids, u.muted_category_ids});
  });
}

void DiscourseClient::update_preferences(const std::string& username, const PreferencesUpdate& p,
                                         Callback<model::User> done) {
  const model::UserOption& o = p.options;
  json body = {{"email_level", o.email_level},
               {"email_messages_level", o.email_messages_level},
               {"mailing_list_mode", o.mailing_list_mode},
               {"mailing_list_mode_frequency", o.mailing_list_mode_frequency},
               {"email_digests", o.email_digests},
               {"digest_after_minutes", o.digest_after_minutes},
               {"like_notification_frequency", o.like_notification_frequency},
               {"hide_profile_and_presence", o.hide_profile_and_presence},
               {"external_links_in_new_tab", o.external_links_in_new_tab},
               {"allow_private_messages", o.allow_private_messages},
               {"watched_category_ids", p.watched_category_ids},
               {"muted_category_ids", p.muted_category_ids}};
  http_.write("PUT", "/u/" + url_encode(username) + ".json", dump(body),
              parsed<model::User>(Offload{worker_}, "/u/{username}.json", model::parse_user_update, std::move(done)));
}

void DiscourseClient::set_member_level(const std::string& username, MemberLevel level,
                                       const std::string& expiring_at, Callback<Done> done) {
  json body = {{"notification_level", level_name(level)}};
  if (level == MemberLevel::ignore) body["expiring_at"] = expiring_at;  // Discourse requires it
  http_.write("PUT", "/u/" + url_encode(username) + "/notification_level.json", dump(body),
              done_only("/u/{username}/notification_level.json", std::move(done)));
}

// --- Notifications, messages, search -------------------------------------------------------

void DiscourseClient::notifications(Callback<model::NotificationList> done) {
  http_.get("/notifications.json",
            parsed<model::NotificationList>(Offload{worker_}, "/notifications.json", model::parse_notifications, std::move(done)));
}

void DiscourseClient::mark_notifications_read(std::int64_t id, Callback<Done> done) {
  json body = json::object();
  if (id) body["id"] = id;
  http_.write("PUT", "/notifications/mark-read.json", dump(body), done_only("/notifications/mark-read.json", std::move(done)));
}

void DiscourseClient::private_messages(const std::string& username, Callback<model::TopicList> done) {
  http_.get("/topics/private-messages/" + url_encode(username) + ".json",
            parsed<model::TopicList>(Offload{worker_}, "/topics/private-messages/{username}.json", model::parse_topic_list, std::move(done)));
}

void DiscourseClient::search(const std::string& query, int page, Callback<model::SearchResult> done) {
  std::string path = "/search.json?q=" + url_encode(query);
  if (page > 1) path += "&page=" + std::to_string(page);
  http_.get(path, parsed<model::SearchResult>(Offload{worker_}, "/search.json", model::parse_search, std::move(done)));
}

// --- Staff ---------------------------------------------------------------------------------

void DiscourseClient::review_queue(Callback<model::ReviewQueue> done) {
  http_.get("/review.json", parsed<model::ReviewQueue>(Offload{worker_}, "/review.json", model::parse_review_queue, std::move(done)));
}

void DiscourseClient::perform_review(std::int64_t id, const std::string& action_id, std::int64_t version,
                                     Callback<Done> done) {
  http_.write("PUT", "/review/" + std::to_string(id) + "/perform/" + url_encode(action_id) +
                         ".json?version=" + std::to_string(version),
              "", done_only("/review/{id}/perform/{action}.json", std::move(done)));
}

void DiscourseClient::delete_post(std::int64_t post_id, Callback<Done> done) {
  http_.write("DELETE", "/posts/" + std::to_string(post_id) + ".json", "", done_only("/posts/{id}.json", std::move(done)));
}

void DiscourseClient::suspend_user(const SuspendRequest& s, Callback<Done> done) {
  json body = {{"suspend_until", s.suspend_until}, {"reason", s.reason}};
  if (!s.message.empty()) body["message"] = s.message;
  http_.write("PUT", "/admin/users/" + std::to_string(s.user_id) + "/suspend.json", dump(body),
              done_only("/admin/users/{id}/suspend.json", std::move(done)));
}

// --- Live updates --------------------------------------------------------------------------

void DiscourseClient::watch(const LiveInterest& interest, LiveListener listener) {
  listener_ = std::move(listener);
  std::vector<std::string> channels;
  if (interest.topic_lists) channels.push_back("/latest");
  if (interest.topic_id) channels.push_back("/topic/" + std::to_string(interest.topic_id));
  if (interest.user_id) channels.push_back("/notification/" + std::to_string(interest.user_id));
  bus_.set_channels(channels);
}

void DiscourseClient::set_live_paused(bool paused) { bus_.set_paused(paused); }

}  // namespace hearth::api
