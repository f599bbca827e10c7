// /t/{id}.json and /t/{id}/posts.json straight from the parser's events into Topic and Post,
// without building a JSON DOM first (a 10,000-post topic is several megabytes; the DOM costs
// an allocation per value and a second pass). Errors name the path exactly as ObjectReader
// does ("post_stream.posts[3].post_number: expected integer, got string").
#include <algorithm>
#include <cmath>
#include <cstring>

#include "model/json_scan.h"
#include "model/topic.h"

namespace hearth::model {

namespace {

enum class Ctx : std::uint8_t { root, post_stream, posts, post, actions, action, stream };

// The fields the parser keeps, by object.
enum class F : std::uint8_t {
  none,
  // topic (root)
  t_id, t_title, t_slug, t_category_id, t_posts_count, t_like_count, t_created_at, t_post_stream,
  // post_stream
  s_posts, s_stream,
  // post
  p_id, p_post_number, p_topic_id, p_user_id, p_username, p_avatar_template, p_name, p_user_title,
  p_created_at, p_updated_at, p_cooked, p_raw, p_reply_to_post_number, p_reply_count, p_hidden,
  p_cooked_hidden, p_yours, p_can_edit, p_staff, p_admin, p_moderator, p_can_delete,
  p_can_see_hidden_post, p_user_deleted, p_deleted_at, p_edit_reason, p_version, p_reviewable_id,
  p_like_count, p_actions_summary,
  // actions_summary entries
  a_id, a_count, a_acted, a_can_act, a_can_undo,
};

struct Name {
  const char* name;
  F field;
};
constexpr Name k_root[] = {{"id", F::t_id}, {"title", F::t_title}, {"slug", F::t_slug}, {"category_id", F::t_category_id},
                           {"posts_count", F::t_posts_count}, {"like_count", F::t_like_count},
                           {"created_at", F::t_created_at}, {"post_stream", F::t_post_stream}};
constexpr Name k_stream[] = {{"posts", F::s_posts}, {"stream", F::s_stream}};
constexpr Name k_post[] = {
    {"id", F::p_id}, {"post_number", F::p_post_number}, {"topic_id", F::p_topic_id}, {"user_id", F::p_user_id},
    {"username", F::p_username}, {"avatar_template", F::p_avatar_template}, {"name", F::p_name},
    {"user_title", F::p_user_title}, {"created_at", F::p_created_at}, {"updated_at", F::p_updated_at},
    {"cooked", F::p_cooked}, {"raw", F::p_raw}, {"reply_to_post_number", F::p_reply_to_post_number},
    {"reply_count", F::p_reply_count}, {"hidden", F::p_hidden}, {"cooked_hidden", F::p_cooked_hidden},
    {"yours", F::p_yours}, {"can_edit", F::p_can_edit}, {"staff", F::p_staff}, {"admin", F::p_admin},
    {"moderator", F::p_moderator}, {"can_delete", F::p_can_delete}, {"can_see_hidden_post", F::p_can_see_hidden_post},
    {"user_deleted", F::p_user_deleted}, {"deleted_at", F::p_deleted_at}, {"edit_reason", F::p_edit_reason},
    {"version", F::p_version}, {"reviewable_id", F::p_reviewable_id}, {"like_count", F::p_like_count},
    {"actions_summary", F::p_actions_summary}};
constexpr Name k_action[] = {{"id", F::a_id}, {"count", F::a_count}, {"acted", F::a_acted},
                             {"can_act", F::a_can_act}, {"can_undo", F::a_can_undo}};

template <std::size_t N>
F lookup(const Name (&names)[N], const std::string& key) {
  for (const Name& n : names)
    if (key.size() == std::strlen(n.name) && std::memcmp(key.data(), n.name, key.size()) == 0) return n.field;
  return F::none;
}

enum class Kind : std::uint8_t { integer, string, boolean, object, array };
Kind kind_of(F f) {
  switch (f) {
    case F::t_title: case F::t_slug: case F::t_created_at: case F::p_username: case F::p_avatar_template:
    case F::p_name: case F::p_user_title: case F::p_created_at: case F::p_updated_at: case F::p_cooked:
    case F::p_raw: case F::p_deleted_at: case F::p_edit_reason:
      return Kind::string;
    case F::p_hidden: case F::p_cooked_hidden: case F::p_yours: case F::p_can_edit: case F::p_staff:
    case F::p_admin: case F::p_moderator: case F::p_can_delete: case F::p_can_see_hidden_post:
    case F::p_user_deleted: case F::a_acted: case F::a_can_act: case F::a_can_undo:
      return Kind::boolean;
    case F::t_post_stream: return Kind::object;
    case F::s_posts: case F::s_stream: case F::p_actions_summary: return Kind::array;
    default: return Kind::integer;
  }
}
const char* kind_name(Kind k) {
  switch (k) {
    case Kind::integer: return "integer";
    case Kind::string: return "string";
    case Kind::boolean: return "boolean";
    case Kind::object: return "object";
    case Kind::array: return "array";
  }
  return "value";
}

class TopicSax : public nlohmann::json_sax<Json> {
 public:
  explicit TopicSax(bool whole_topic) : whole_topic_(whole_topic) {}

  Topic topic;
  std::optional<ParseError> error;
  bool saw_post_stream = false, saw_posts = false;

  // Null counts as absent, except where the field is required.
  bool null() override { return scalar("null", [&] { return !required(field_); }); }
  bool boolean(bool v) override {
    return scalar("boolean", [&] {
      if (kind_ != Kind::boolean) return false;
      set_bool(v);
      return true;
    });
  }
  bool number_integer(number_integer_t v) override { return integer(static_cast<std::int64_t>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return integer(static_cast<std::int64_t>(v)); }
  bool number_float(number_float_t v, const string_t&) override {
    // 3.0 is an integer in JSON's eyes; 3.5 is not.
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e15) return integer(static_cast<std::int64_t>(v));
    return scalar("number", [] { return false; });
  }
  bool string(string_t& v) override {
    return scalar("string", [&] {
      if (kind_ != Kind::string) return false;
      set_string(v);
      return true;
    });
  }
  bool binary(binary_t&) override { return scalar("binary", [] { return false; }); }

  bool key(string_t& k) override {
    if (skip_ > 0) return true;
    switch (stack_.back()) {
      case Ctx::root: field_ = lookup(k_root, k); break;
      case Ctx::post_stream: field_ = lookup(k_stream, k); break;
      case Ctx::post: field_ = lookup(k_post, k); break;
      case Ctx::action: field_ = lookup(k_action, k); break;
      default: field_ = F::none; break;
    }
    if (field_ != F::none) kind_ = kind_of(field_);
    return true;
  }

  bool start_object(std::size_t) override {
    if (!deeper()) return false;
    if (skip_ > 0) { ++skip_; return true; }
    if (stack_.empty()) { stack_.push_back(Ctx::root); return true; }
    switch (stack_.back()) {
      case Ctx::posts:
        topic.posts.emplace_back();
        stack_.push_back(Ctx::post);
        seen_ = 0;
        return true;
      case Ctx::actions:
        topic.posts.back().actions_summary.emplace_back();
        stack_.push_back(Ctx::action);
        action_seen_ = 0;
        return true;
      case Ctx::stream:
        return fail(element_path(), "expected integer, got object");
      default:
        break;
    }
    if (field_ == F::none) { skip_ = 1; return true; }
    if (field_ == F::t_post_stream) {
      saw_post_stream = true;
      stack_.push_back(Ctx::post_stream);
      field_ = F::none;
      return true;
    }
    return fail(field_path(), std::string("expected ") + kind_name(kind_) + ", got object");
  }

  bool end_object() override {
    if (skip_ > 0) { --skip_; return true; }
    Ctx done = stack_.back();
    stack_.pop_back();
    field_ = F::none;
    if (done == Ctx::post) return finish_post();
    if (done == Ctx::action) {
      if (!(action_seen_ & 1)) return fail(path() + ".actions_summary[" + std::to_string(topic.posts.back().actions_summary.size() - 1) + "].id", "missing");
      return true;
    }
    if (done == Ctx::root) return finish_root();
    if (done == Ctx::post_stream && !saw_posts) return fail("post_stream.posts", "missing");
    return true;
  }

  bool start_array(std::size_t) override {
    if (!deeper()) return false;
    if (skip_ > 0) { ++skip_; return true; }
    if (stack_.empty()) return fail("", "expected a JSON object, got array");
    switch (stack_.back()) {
      case Ctx::posts: return fail(element_path(), "expected object, got array");
      case Ctx::actions: return fail(element_path(), "expected object, got array");
      case Ctx::stream: return fail(element_path(), "expected integer, got array");
      default: break;
    }
    if (field_ == F::none) { skip_ = 1; return true; }
    if (field_ == F::s_posts) {
      saw_posts = true;
      // Discourse sends posts_count before the stream: room for them all at once.
      if (topic.posts_count > 0) topic.posts.reserve(static_cast<std::size_t>(std::min<std::int64_t>(topic.posts_count, 100000)));
      stack_.push_back(Ctx::posts);
    } else if (field_ == F::s_stream) {
      if (topic.posts_count > 0) topic.stream.reserve(static_cast<std::size_t>(std::min<std::int64_t>(topic.posts_count, 1000000)));
      stack_.push_back(Ctx::stream);
    } else if (field_ == F::p_actions_summary) {
      stack_.push_back(Ctx::actions);
    } else {
      return fail(field_path(), std::string("expected ") + kind_name(kind_) + ", got array");
    }
    field_ = F::none;
    return true;
  }

  bool end_array() override {
    if (skip_ > 0) { --skip_; return true; }
    stack_.pop_back();
    field_ = F::none;
    return true;
  }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    return syntax_error(position);
  }
  bool syntax_error(std::size_t position) {
    if (!error) error = ParseError{"", "malformed JSON at byte " + std::to_string(position)};
    return false;
  }

 private:
  // A scalar arrived: stored by `store` if the field takes it, else a type error. Values of
  // unknown keys and inside ignored values are skipped.
  template <class Store>
  bool scalar(const char* got, Store store) {
    if (skip_ > 0) return true;
    if (stack_.empty()) return fail("", std::string("expected a JSON object, got ") + got);
    Ctx c = stack_.back();
    if (c == Ctx::posts || c == Ctx::actions) return fail(element_path(), std::string("expected object, got ") + got);
    if (c == Ctx::stream) return fail(element_path(), std::string("expected integer, got ") + got);
    if (field_ == F::none) return true;
    F f = field_;
    bool ok = store();
    field_ = F::none;
    if (!ok) return fail(path_of(f), std::string("expected ") + kind_name(kind_of(f)) + ", got " + got);
    return true;
  }

  bool integer(std::int64_t v) {
    if (skip_ == 0 && !stack_.empty() && stack_.back() == Ctx::stream) {
      topic.stream.push_back(v);
      return true;
    }
    return scalar("integer", [&] {
      if (kind_ != Kind::integer) return false;
      set_int(v);
      return true;
    });
  }

  static bool required(F f) {
    return f == F::t_id || f == F::t_title || f == F::t_post_stream || f == F::p_id || f == F::p_post_number ||
           f == F::p_username || f == F::a_id || f == F::s_posts;
  }

  void set_int(std::int64_t v) {
    Post* p = topic.posts.empty() ? nullptr : &topic.posts.back();
    switch (field_) {
      case F::t_id: topic.id = v; root_seen_ |= 1; break;
      case F::t_category_id: topic.category_id = v; break;
      case F::t_posts_count: topic.posts_count = v; break;
      case F::t_like_count: topic.like_count = v; break;
      case F::p_id: p->id = v; seen_ |= 1; break;
      case F::p_post_number: p->post_number = v; seen_ |= 2; break;
      case F::p_topic_id: p->topic_id = v; break;
      case F::p_user_id: p->user_id = v; break;
      case F::p_reply_to_post_number: p->reply_to_post_number = v; break;
      case F::p_reply_count: p->reply_count = v; break;
      case F::p_version: p->version = v; break;
      case F::p_reviewable_id: p->reviewable_id = v; break;
      case F::p_like_count: p->like_count = v; seen_ |= 8; break;
      case F::a_id: p->actions_summary.back().id = v; action_seen_ |= 1; break;
      case F::a_count: p->actions_summary.back().count = v; break;
      default: break;
    }
  }
  void set_string(std::string& v) {
    Post* p = topic.posts.empty() ? nullptr : &topic.posts.back();
    switch (field_) {
      case F::t_title: topic.title = std::move(v); root_seen_ |= 2; break;
      case F::t_slug: topic.slug = std::move(v); break;
      case F::t_created_at: topic.created_at = std::move(v); break;
      case F::p_username: p->username = std::move(v); seen_ |= 4; break;
      case F::p_avatar_template: p->avatar_template = std::move(v); break;
      case F::p_name: p->name = std::move(v); break;
      case F::p_user_title: p->user_title = std::move(v); break;
      case F::p_created_at: p->created_at = std::move(v); break;
      case F::p_updated_at: p->updated_at = std::move(v); seen_ |= 16; break;
      case F::p_cooked: p->cooked = std::move(v); break;
      case F::p_raw: p->raw = std::move(v); break;
      case F::p_deleted_at: p->deleted_at = std::move(v); break;
      case F::p_edit_reason: p->edit_reason = std::move(v); break;
      default: break;
    }
  }
  void set_bool(bool v) {
    Post* p = topic.posts.empty() ? nullptr : &topic.posts.back();
    switch (field_) {
      case F::p_hidden: p->hidden = v; break;
      case F::p_cooked_hidden: p->cooked_hidden = v; break;
      case F::p_yours: p->yours = v; break;
      case F::p_can_edit: p->can_edit = v; break;
      case F::p_staff: p->staff = v; break;
      case F::p_admin: p->admin = v; break;
      case F::p_moderator: p->moderator = v; break;
      case F::p_can_delete: p->can_delete = v; break;
      case F::p_can_see_hidden_post: p->can_see_hidden_post = v; break;
      case F::p_user_deleted: p->user_deleted = v; break;
      case F::a_acted: p->actions_summary.back().acted = v; break;
      case F::a_can_act: p->actions_summary.back().can_act = v; break;
      case F::a_can_undo: p->actions_summary.back().can_undo = v; break;
      default: break;
    }
  }

  bool finish_post() {
    Post& p = topic.posts.back();
    if (!(seen_ & 1)) return fail(post_path() + ".id", "missing");
    if (!(seen_ & 2)) return fail(post_path() + ".post_number", "missing");
    if (!(seen_ & 4)) return fail(post_path() + ".username", "missing");
    if (!(seen_ & 16)) p.updated_at = p.created_at;
    // Discourse sends like_count on posts; older responses only carry it in actions_summary.
    if (!(seen_ & 8)) {
      const PostAction* like = p.action(k_like_action);
      p.like_count = like ? like->count : 0;
    }
    return true;
  }
  bool finish_root() {
    if (whole_topic_) {
      if (!(root_seen_ & 1)) return fail("id", "missing");
      if (!(root_seen_ & 2)) return fail("title", "missing");
    }
    if (!saw_post_stream) return fail("post_stream", "missing");
    return true;
  }

  std::string post_path() const { return "post_stream.posts[" + std::to_string(topic.posts.size() - 1) + "]"; }
  std::string path() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (*it == Ctx::post || *it == Ctx::action || *it == Ctx::actions) return post_path();
    for (Ctx c : stack_)
      if (c == Ctx::post_stream) return "post_stream";
    return "";
  }
  std::string path_of(F f) const {
    std::string base;
    if (!stack_.empty() && stack_.back() == Ctx::action)
      base = post_path() + ".actions_summary[" + std::to_string(topic.posts.back().actions_summary.size() - 1) + "]";
    else
      base = path();
    const Name* names = nullptr;
    std::size_t n = 0;
    switch (stack_.back()) {
      case Ctx::root: names = k_root; n = std::size(k_root); break;
      case Ctx::post_stream: names = k_stream; n = std::size(k_stream); break;
      case Ctx::post: names = k_post; n = std::size(k_post); break;
      case Ctx::action: names = k_action; n = std::size(k_action); break;
      default: break;
    }
    for (std::size_t i = 0; i < n; ++i)
      if (names[i].field == f) return base.empty() ? names[i].name : base + "." + names[i].name;
    return base;
  }
  std::string field_path() const { return path_of(field_); }
  std::string element_path() const {
    switch (stack_.back()) {
      case Ctx::posts: return "post_stream.posts[" + std::to_string(topic.posts.size()) + "]";
      case Ctx::actions: return post_path() + ".actions_summary[" + std::to_string(topic.posts.back().actions_summary.size()) + "]";
      case Ctx::stream: return "post_stream.stream[" + std::to_string(topic.stream.size()) + "]";
      default: return path();
    }
  }
  // The parser itself keeps no recursion, but a hostile document is still refused as the DOM
  // reader refuses it.
  bool deeper() {
    if (stack_.size() + static_cast<std::size_t>(skip_) < k_max_json_depth) return true;
    return fail("", "nested more than " + std::to_string(k_max_json_depth) + " levels deep");
  }
  bool fail(std::string at, std::string message) {
    if (!error) error = ParseError{std::move(at), std::move(message)};
    return false;
  }

  bool whole_topic_;
  std::vector<Ctx> stack_;
  F field_ = F::none;
  Kind kind_ = Kind::integer;
  int skip_ = 0;
  unsigned seen_ = 0, action_seen_ = 0, root_seen_ = 0;
};

Parsed<Topic> run(std::string_view text, bool whole_topic) {
  if (text.empty()) return ParseError{"", "empty body, expected JSON"};
  TopicSax sax(whole_topic);
  bool ok = JsonScanner<TopicSax>(text, sax).run();
  if (sax.error) return *sax.error;
  if (!ok) return ParseError{"", "malformed JSON"};
  return std::move(sax.topic);
}

}  // namespace

Parsed<Topic> parse_topic(std::string_view json_text) { return run(json_text, true); }

Parsed<std::vector<Post>> parse_topic_posts(std::string_view json_text) {
  auto t = run(json_text, false);
  if (!t.ok()) return t.error();
  return std::move(t.value().posts);
}

}  // namespace hearth::model
