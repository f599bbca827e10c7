// Reads and checks the demo community's seed file.
#include "api/local_seed.h"

#include <algorithm>
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

const char* frequency_name(Frequency f) {
  switch (f) {
    case Frequency::per_post: return "per_post";
    case Frequency::hourly: return "hourly";
    case Frequency::daily: return "daily";
    case Frequency::weekly: return "weekly";
    case Frequency::never: return "never";
  }
  return "never";
}

bool frequency_from_name(std::string_view name, Frequency& out) {
  for (Frequency f : {Frequency::per_post, Frequency::hourly, Frequency::daily, Frequency::weekly, Frequency::never})
    if (name == frequency_name(f)) {
      out = f;
      return true;
    }
  return false;
}

namespace {
using model::ObjectReader;

std::vector<std::string> strings(ObjectReader& r, const char* key) {
  std::vector<std::string> out;
  if (const auto* list = r.optional_array(key)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (!(*list)[i].is_string()) {
        r.context().fail(r.path_of(key) + "[" + std::to_string(i) + "]", "expected string");
        break;
      }
      out.push_back((*list)[i].get<std::string>());
    }
  }
  return out;
}

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
  m.location = r.optional_string("location");
  m.website = r.optional_string("website");
  m.bio = r.optional_string("bio");
  m.joined_at = r.optional_string("joined_at");
  m.groups = strings(r, "groups");
  m.copyright_strikes = static_cast<int>(r.optional_int("copyright_strikes"));
  std::string until = r.optional_string("suspended_until");
  if (!until.empty()) {
    auto t = model::parse_iso8601(until);
    if (!t) r.context().fail(r.path_of("suspended_until"), "expected an ISO 8601 time");
    else m.suspended_until = *t;
    m.suspend_reason = r.optional_string("suspend_reason");
  }
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
  p.edited_at = r.optional_string("edited_at");
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
  p.liked_by = strings(r, "liked_by");
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

SeedTopic read_message(ObjectReader& r) {
  SeedTopic t;
  t.id = r.required_int("id");
  t.title = r.required_string("title");
  t.participants = strings(r, "participants");
  t.notice_for_post = r.optional_int("notice_for_post");
  if (r.ok() && t.participants.size() < 2) r.context().fail(r.path_of("participants"), "a message needs two participants");
  t.posts = r.objects<SeedPost>(r.required_array("posts"), "posts", read_post);
  if (r.ok() && t.posts.empty()) r.context().fail(r.path_of("posts"), "a message needs a first post");
  return t;
}

// Cross-references a JSON schema cannot express: every name, category and id must resolve.
void check_references(const Seed& s, model::ParseContext& ctx) {
  std::set<std::string> names;
  for (const auto& m : s.members) names.insert(m.username);
  std::set<std::int64_t> categories, topic_ids, post_ids;
  for (const auto& c : s.categories) categories.insert(c.id);
  std::set<std::string> groups;
  for (const auto& g : s.groups) groups.insert(g.name);
  for (std::size_t mi = 0; mi < s.members.size(); ++mi)
    for (const auto& g : s.members[mi].groups)
      if (!groups.count(g)) ctx.fail("members[" + std::to_string(mi) + "].groups", "no group named \"" + g + "\"");
  for (const auto& [category, group] : s.category_group)
    if (!groups.count(group)) ctx.fail("categories", "category " + std::to_string(category) + " names no known group");
  if (!s.signed_in_as.empty() && !names.count(s.signed_in_as))
    ctx.fail("signed_in_as", "no member named \"" + s.signed_in_as + "\"");
  for (std::size_t ti = 0; ti < s.topics.size(); ++ti) {
    const auto& t = s.topics[ti];
    std::string at = "topics[" + std::to_string(ti) + "]";
    if (!topic_ids.insert(t.id).second) ctx.fail(at + ".id", "duplicate topic id");
    if (t.private_message()) {
      for (const auto& who : t.participants)
        if (!names.count(who)) ctx.fail(at + ".participants", "no member named \"" + who + "\"");
    } else if (!categories.count(t.category_id)) {
      ctx.fail(at + ".category_id", "no such category");
    }
    for (std::size_t pi = 0; pi < t.posts.size(); ++pi) {
      const auto& p = t.posts[pi];
      std::string pat = at + ".posts[" + std::to_string(pi) + "]";
      if (!post_ids.insert(p.id).second) ctx.fail(pat + ".id", "duplicate post id");
      if (!names.count(p.username)) ctx.fail(pat + ".username", "no member named \"" + p.username + "\"");
      if (t.private_message() && std::find(t.participants.begin(), t.participants.end(), p.username) == t.participants.end())
        ctx.fail(pat + ".username", "\"" + p.username + "\" is not a participant of this message");
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
      s.settings.copyright_suspension_days = static_cast<int>(st.optional_int("copyright_suspension_days", 365));
      s.settings.members_only = st.optional_bool("members_only", true);
      if (s.settings.hide_after_staff_flags < 1) st.context().fail("settings.hide_after_staff_flags", "must be at least 1");
      if (s.settings.copyright_strikes_to_suspend < 1) st.context().fail("settings.copyright_strikes_to_suspend", "must be at least 1");
      if (s.settings.pile_on_threshold < 2) st.context().fail("settings.pile_on_threshold", "must be at least 2");
      if (s.settings.pile_on_window_minutes < 1) st.context().fail("settings.pile_on_window_minutes", "must be at least 1");
    }
    s.title = r.required_string("title");
    s.signed_in_as = r.optional_string("signed_in_as");
    s.groups = r.objects<SeedGroup>(r.optional_array("groups"), "groups", [](ObjectReader& g) {
      return SeedGroup{g.required_string("name"), g.optional_string("full_name")};
    });
    s.members = r.objects<SeedMember>(r.required_array("members"), "members", read_member);
    for (std::size_t i = 0; i < s.members.size(); ++i) s.members[i].id = static_cast<std::int64_t>(i) + 1;
    s.categories = r.objects<model::Category>(r.required_array("categories"), "categories", [&s](ObjectReader& c) {
      model::Category category = model::read_category(c);
      std::string group = c.optional_string("group");
      if (!group.empty()) {
        s.category_group[category.id] = group;
        category.read_restricted = true;
      }
      return category;
    });
    for (auto& t : r.objects<SeedTopic>(r.required_array("topics"), "topics", read_topic)) s.topics.push_back(std::move(t));
    for (auto& m : r.objects<SeedTopic>(r.optional_array("messages"), "messages", read_message))
      s.topics.push_back(std::move(m));
    // Flags still waiting for staff are items in the review queue from the start.
    std::int64_t next_review = 1;
    for (const auto& t : s.topics)
      for (const auto& p : t.posts) {
        auto first = std::find_if(p.flags.begin(), p.flags.end(), [](const SeedFlag& f) { return f.active; });
        if (first == p.flags.end()) continue;
        SeedReview review;
        review.id = next_review++;
        review.type = "ReviewableFlaggedPost";
        review.post_id = p.id;
        review.topic_id = t.id;
        review.about = p.username;
        review.raised_by = first->by;
        review.reason = first->message;
        review.created_at = first->at;
        s.reviews.push_back(review);
      }
    if (r.ok()) check_references(s, r.context());
    return s;
  });
}

}  // namespace hearth::api
