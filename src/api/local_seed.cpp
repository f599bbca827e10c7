// Reads and checks the demo community's seed file.
#include "api/local_seed.h"

#include <set>

#include "model/time.h"

namespace hearth::api {

const char* role_name(Role role) {
  switch (role) {
    case Role::member: return "member";
    case Role::moderator: return "moderator";
    case Role::admin: return "admin";
    case Role::lead: return "lead";
  }
  return "member";
}

namespace {
using model::ObjectReader;

SeedMember read_member(ObjectReader& r) {
  SeedMember m;
  m.username = r.required_string("username");
  m.name = r.optional_string("name");
  m.title = r.optional_string("title");
  std::string role = r.optional_string("role", "member");
  if (role == "member") m.role = Role::member;
  else if (role == "moderator") m.role = Role::moderator;
  else if (role == "admin") m.role = Role::admin;
  else if (role == "lead") m.role = Role::lead;
  else r.context().fail(r.path_of("role"), "unknown role \"" + role + "\"");
  return m;
}

SeedPost read_post(ObjectReader& r) {
  SeedPost p;
  p.id = r.required_int("id");
  p.username = r.required_string("username");
  p.raw = r.required_string("raw");
  p.created_at = r.required_string("created_at");
  if (!model::parse_iso8601(p.created_at))
    r.context().fail(r.path_of("created_at"), "expected an ISO 8601 time");
  p.reply_to_post_number = r.optional_int("reply_to_post_number");
  p.hidden = r.optional_bool("hidden");
  p.flags = r.objects<SeedFlag>(r.optional_array("flags"), "flags", [](ObjectReader& f) {
    SeedFlag flag;
    flag.by = f.required_string("by");
    flag.type = f.required_string("type");
    flag.at = f.required_string("at");
    flag.message = f.optional_string("message");
    flag.active = f.optional_bool("active", true);
    return flag;
  });
  if (const auto* likes = r.optional_array("liked_by")) {
    for (std::size_t i = 0; i < likes->size(); ++i) {
      if (!(*likes)[i].is_string()) {
        r.context().fail(r.path_of("liked_by") + "[" + std::to_string(i) + "]", "expected string");
        break;
      }
      p.liked_by.push_back((*likes)[i].get<std::string>());
    }
  }
  return p;
}

SeedTopic read_topic(ObjectReader& r) {
  SeedTopic t;
  t.id = r.required_int("id");
  t.title = r.required_string("title");
  t.category_id = r.required_int("category_id");
  t.pinned = r.optional_bool("pinned");
  t.posts = r.objects<SeedPost>(r.required_array("posts"), "posts", read_post);
  if (r.ok() && t.posts.empty()) r.context().fail(r.path_of("posts"), "a topic needs a first post");
  return t;
}

// Cross-references a JSON schema cannot express: every name, category and id must resolve.
void check_references(const Seed& s, model::ParseContext& ctx) {
  std::set<std::string> names;
  for (const auto& m : s.members) names.insert(m.username);
  std::set<std::int64_t> categories, topic_ids, post_ids;
  for (const auto& c : s.categories) categories.insert(c.id);
  if (!s.signed_in_as.empty() && !names.count(s.signed_in_as))
    ctx.fail("signed_in_as", "no member named \"" + s.signed_in_as + "\"");
  for (std::size_t ti = 0; ti < s.topics.size(); ++ti) {
    const auto& t = s.topics[ti];
    std::string at = "topics[" + std::to_string(ti) + "]";
    if (!topic_ids.insert(t.id).second) ctx.fail(at + ".id", "duplicate topic id");
    if (!categories.count(t.category_id)) ctx.fail(at + ".category_id", "no such category");
    for (std::size_t pi = 0; pi < t.posts.size(); ++pi) {
      const auto& p = t.posts[pi];
      std::string pat = at + ".posts[" + std::to_string(pi) + "]";
      if (!post_ids.insert(p.id).second) ctx.fail(pat + ".id", "duplicate post id");
      if (!names.count(p.username)) ctx.fail(pat + ".username", "no member named \"" + p.username + "\"");
      for (const auto& who : p.liked_by)
        if (!names.count(who)) ctx.fail(pat + ".liked_by", "no member named \"" + who + "\"");
      for (const auto& f : p.flags)
        if (!names.count(f.by)) ctx.fail(pat + ".flags", "no member named \"" + f.by + "\"");
    }
  }
}
}  // namespace

model::Parsed<Seed> parse_seed(std::string_view json_text) {
  return model::read_document<Seed>(json_text, [](ObjectReader& r) {
    Seed s;
    if (const auto* settings = r.optional_object("settings")) {
      ObjectReader st(*settings, "settings", r.context());
      s.settings.hide_after_staff_flags = static_cast<int>(st.optional_int("hide_after_staff_flags", 2));
      s.settings.copyright_strikes_to_suspend = static_cast<int>(st.optional_int("copyright_strikes_to_suspend", 3));
      s.settings.pile_on_threshold = static_cast<int>(st.optional_int("pile_on_threshold", 5));
      s.settings.pile_on_window_minutes = static_cast<int>(st.optional_int("pile_on_window_minutes", 60));
    }
    s.title = r.required_string("title");
    s.signed_in_as = r.optional_string("signed_in_as");
    s.members = r.objects<SeedMember>(r.required_array("members"), "members", read_member);
    s.categories =
        r.objects<model::Category>(r.required_array("categories"), "categories", model::read_category);
    s.topics = r.objects<SeedTopic>(r.required_array("topics"), "topics", read_topic);
    if (r.ok()) check_references(s, r.context());
    return s;
  });
}

}  // namespace hearth::api
