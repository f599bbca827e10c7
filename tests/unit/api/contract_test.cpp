// Contract tests: our Discourse fixtures (tests/fixtures/discourse, written by us) parse with the
// production parsers and, where ../shared/reference/discourse-api is present, conform to
// Discourse's published schemas; the requests we build conform to its request schemas and use
// paths its API description knows.
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "discourse_test_support.h"
#include "json_schema.h"
#include "model/notification.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/user.h"
#include "test_support.h"

using namespace hearth;
using nlohmann::json;

namespace {

std::string fixture(const std::string& file) { return test::read_project_file("tests/fixtures/discourse/" + file); }

json manifest() {
  json m = json::parse(fixture("MANIFEST.json"), nullptr, false);
  EXPECT_TRUE(m.is_array()) << "tests/fixtures/discourse/MANIFEST.json is not a JSON array";
  return m.is_array() ? m : json::array();
}

// The production parser for each endpoint a fixture records; returns the error text or "".
std::string parse_with_production_parser(const std::string& endpoint, const std::string& text) {
  auto err = [](const auto& r) { return r.ok() ? std::string() : r.error().to_string(); };
  auto starts = [&](const char* p) { return endpoint.rfind(p, 0) == 0; };
  if (starts("GET /site.json")) return err(model::parse_site(text));
  if (starts("GET /site/basic-info.json")) return err(model::parse_site_basic_info(text));
  if (starts("GET /latest.json") || starts("GET /c/") || starts("GET /topics/private-messages/"))
    return err(model::parse_topic_list(text));
  if (starts("GET /t/{id}/posts.json")) return err(model::parse_topic_posts(text));
  if (starts("GET /t/{id}.json")) return err(model::parse_topic(text));
  if (starts("POST /posts.json") || starts("POST /post_actions.json")) return err(model::parse_post(text));
  if (starts("PUT /posts/{id}.json")) return err(model::parse_post_update(text));
  if (starts("GET /u/{username}.json")) return err(model::parse_user(text));
  if (starts("PUT /u/{username}.json")) return err(model::parse_user_update(text));
  if (starts("GET /notifications.json")) return err(model::parse_notifications(text));
  if (starts("GET /search.json")) return err(model::parse_search(text));
  if (starts("GET /review.json")) return err(model::parse_review_queue(text));
  if (starts("GET /session/current.json")) return err(model::parse_current_user(text));
  if (starts("GET /session/csrf.json")) return err(model::parse_csrf(text));
  if (starts("POST /message-bus/")) return err(model::parse_bus_poll(text));
  if (endpoint.find("success_json") != std::string::npos) return err(model::parse_success(text));
  return "no parser for " + endpoint;
}

bool is_request(const json& entry) { return entry["file"].get<std::string>().rfind("request_", 0) == 0; }

std::vector<std::string> schema_names(const json& entry) {
  std::vector<std::string> out;
  const json& s = entry["schema"];
  if (s.is_string()) out.push_back(s.get<std::string>());
  if (s.is_array())
    for (const auto& x : s) out.push_back(x.get<std::string>());
  return out;
}

void expect_conforms(const json& value, const std::string& schema_name, const std::string& what) {
  std::string error;
  json schema = test::load_reference_schema(schema_name, error);
  ASSERT_FALSE(schema.is_null()) << what << ": " << error;
  auto problems = test::schema_problems(value, schema);
  std::string all;
  for (const auto& p : problems) all += "\n  " + p;
  EXPECT_TRUE(problems.empty()) << what << " against " << schema_name << ":" << all;
}

#define SKIP_WITHOUT_REFERENCE()                                                          \
  if (test::discourse_reference_dir().empty())                                           \
  GTEST_SKIP() << "../shared/reference/discourse-api is absent beside the project: "     \
                  "schema checks need Discourse's published schemas"

}  // namespace

TEST(ContractFixtures, EveryResponseFixtureParsesWithTheProductionParser) {
  int checked = 0;
  for (const auto& entry : manifest()) {
    if (is_request(entry)) continue;
    std::string file = entry["file"].get<std::string>();
    std::string endpoint = entry["endpoint"].get<std::string>();
    EXPECT_EQ(parse_with_production_parser(endpoint, fixture(file)), "") << file << " (" << endpoint << ")";
    ++checked;
  }
  EXPECT_GE(checked, 20);
}

TEST(ContractFixtures, ResponseFixturesConformToDiscourseSchemas) {
  SKIP_WITHOUT_REFERENCE();
  int checked = 0;
  for (const auto& entry : manifest())
    for (const auto& name : schema_names(entry)) {
      json value = json::parse(fixture(entry["file"].get<std::string>()), nullptr, false);
      expect_conforms(value, name, entry["file"].get<std::string>());
      ++checked;
    }
  EXPECT_GE(checked, 15);
}

TEST(ContractFixtures, SchemaCheckCatchesAWrongType) {
  SKIP_WITHOUT_REFERENCE();
  json topic = json::parse(fixture("topic.json"));
  topic["post_stream"]["posts"][0]["post_number"] = "one";
  std::string error;
  json schema = test::load_reference_schema("schemas/topic_show_response.json", error);
  ASSERT_FALSE(schema.is_null()) << error;
  auto problems = test::schema_problems(topic, schema);
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].find("post_number"), std::string::npos) << problems[0];
}

// --- Requests ----------------------------------------------------------------------------

namespace {
struct Built {
  std::string method, path;
  json body;
};

Built build(const std::function<void(test::DiscourseRig&)>& call) {
  test::DiscourseRig rig;
  call(rig);
  if (rig.transport.respond_to("https://forum.example.org/session/csrf.json", 200, R"({"csrf": "t"})")) {}
  const auto& r = rig.last();
  Built b;
  b.method = r.method;
  b.path = r.url.substr(std::string("https://forum.example.org").size());
  b.body = r.body.empty() ? json() : json::parse(r.body, nullptr, false);
  return b;
}

// Fields Discourse's controllers accept but the published request schemas leave out
// (shared/reference/discourse-api/NOTES.md): they are checked separately, not waved through.
json without(json body, std::initializer_list<const char*> keys) {
  for (const char* k : keys) body.erase(k);
  return body;
}
}  // namespace

TEST(ContractRequests, WriteBodiesConformToRequestSchemas) {
  SKIP_WITHOUT_REFERENCE();
  Built like = build([](auto& rig) { rig.client.like(202, [](auto) {}); });
  expect_conforms(like.body, "schemas/post_action_request.json", "like");
  Built flag = build([](auto& rig) { rig.client.flag(api::FlagRequest{202, 4, ""}, [](auto) {}); });
  expect_conforms(flag.body, "schemas/post_action_request.json", "inappropriate flag");
  Built notify = build([](auto& rig) { rig.client.flag(api::FlagRequest{202, 7, "Please look"}, [](auto) {}); });
  EXPECT_EQ(notify.body["message"], "Please look");
  expect_conforms(without(notify.body, {"message"}), "schemas/post_action_request.json", "flag with message");

  Built topic = build([](auto& rig) { rig.client.create_topic(api::NewTopic{"A title long enough", "Body text", 4}, [](auto) {}); });
  expect_conforms(topic.body, "schemas/topic_create_request.json", "new topic");
  Built reply = build([](auto& rig) { rig.client.reply(api::NewReply{2, "Thanks", 1}, [](auto) {}); });
  expect_conforms(without(reply.body, {"reply_to_post_number"}), "schemas/topic_create_request.json", "reply");
  Built pm = build([](auto& rig) { rig.client.send_private_message(api::PrivateMessage{{"priya.nair"}, "Hello", "Hi"}, [](auto) {}); });
  expect_conforms(pm.body, "schemas/topic_create_request.json", "private message");
  Built edit = build([](auto& rig) { rig.client.edit_post(api::PostEdit{201, "New", "typo"}, [](auto) {}); });
  expect_conforms(edit.body, "schemas/post_update_request.json", "edit");
  Built profile = build([](auto& rig) {
    rig.client.update_profile("maya.okafor", api::ProfileUpdate{"Maya", "t", "l", "https://w.example", "b"}, [](auto) {});
  });
  expect_conforms(without(profile.body, {"title", "location", "website", "bio_raw"}),
                  "schemas/user_update_request.json", "profile");
}

TEST(ContractRequests, RequestFixturesConformToo) {
  SKIP_WITHOUT_REFERENCE();
  for (const auto& entry : manifest()) {
    if (!is_request(entry)) continue;
    for (const auto& name : schema_names(entry))
      expect_conforms(json::parse(fixture(entry["file"].get<std::string>())), name, entry["file"].get<std::string>());
  }
}

TEST(ContractRequests, PathsAndMethodsAreInDiscoursesApiDescription) {
  SKIP_WITHOUT_REFERENCE();
  struct Case { std::function<void(test::DiscourseRig&)> call; const char* expected; };
  std::vector<Case> cases = {
      {[](auto& r) { r.client.site([](auto) {}); }, "/site/basic-info.json"},
      {[](auto& r) { r.client.topic_list(api::TopicListQuery{}, [](auto) {}); }, "/latest.json"},
      {[](auto& r) { api::TopicListQuery q; q.kind = api::TopicListKind::top; r.client.topic_list(q, [](auto) {}); }, "/top.json"},
      {[](auto& r) { api::TopicListQuery q; q.category_id = 3; q.category_slug = "ethics"; r.client.topic_list(q, [](auto) {}); }, "/c/{slug}/{id}.json"},
      {[](auto& r) { r.client.topic(2, [](auto) {}); }, "/t/{id}.json"},
      {[](auto& r) { r.client.posts(2, {5}, [](auto) {}); }, "/t/{id}/posts.json"},
      {[](auto& r) { r.client.reply(api::NewReply{2, "x", 0}, [](auto) {}); }, "/posts.json"},
      {[](auto& r) { r.client.edit_post(api::PostEdit{2, "x", ""}, [](auto) {}); }, "/posts/{id}.json"},
      {[](auto& r) { r.client.like(2, [](auto) {}); }, "/post_actions.json"},
      {[](auto& r) { r.client.user("maya.okafor", [](auto) {}); }, "/u/{username}.json"},
      {[](auto& r) { r.client.update_profile("maya.okafor", {}, [](auto) {}); }, "/u/{username}.json"},
      {[](auto& r) { r.client.notifications([](auto) {}); }, "/notifications.json"},
      {[](auto& r) { r.client.mark_notifications_read(0, [](auto) {}); }, "/notifications/mark-read.json"},
      {[](auto& r) { r.client.private_messages("maya.okafor", [](auto) {}); }, "/topics/private-messages/{username}.json"},
      {[](auto& r) { r.client.search("silence", 1, [](auto) {}); }, "/search.json"},
      {[](auto& r) { r.client.delete_post(9, [](auto) {}); }, "/posts/{id}.json"},
      {[](auto& r) { r.client.suspend_user(api::SuspendRequest{9, "2027-01-01", "r", ""}, [](auto) {}); }, "/admin/users/{id}/suspend.json"},
  };
  for (const auto& c : cases) {
    Built b = build(c.call);
    EXPECT_EQ(test::openapi_path_for(b.path, b.method), c.expected) << b.method << " " << b.path;
  }
}
