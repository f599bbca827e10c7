// The JSON reader: types, optional fields, and errors that name the JSON path.
#include <gtest/gtest.h>

#include <string>

#include "model/json_reader.h"

using namespace hearth::model;

namespace {
struct Thing {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> note;
  bool flag = false;
  std::vector<std::int64_t> ids;
};
Parsed<Thing> parse_thing(std::string_view text) {
  return read_document<Thing>(text, [](ObjectReader& r) {
    Thing t;
    t.id = r.required_int("id");
    t.name = r.required_string("name");
    t.note = r.maybe_string("note");
    t.flag = r.optional_bool("flag");
    t.ids = r.optional_int_array("ids");
    return t;
  });
}
}  // namespace

TEST(JsonReader, ReadsRequiredAndOptionalFields) {
  auto r = parse_thing(R"({"id": 7, "name": "x", "note": "n", "flag": true, "ids": [1, 2], "extra": {}})");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r.value().id, 7);
  EXPECT_EQ(r.value().name, "x");
  EXPECT_EQ(r.value().note, "n");
  EXPECT_TRUE(r.value().flag);
  EXPECT_EQ(r.value().ids, (std::vector<std::int64_t>{1, 2}));
}

TEST(JsonReader, MissingOrNullOptionalFieldsTakeDefaults) {
  auto r = parse_thing(R"({"id": 1, "name": "x", "note": null, "flag": null})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().note.has_value());
  EXPECT_FALSE(r.value().flag);
  EXPECT_TRUE(r.value().ids.empty());
}

TEST(JsonReader, MissingRequiredFieldNamesIt) {
  auto r = parse_thing(R"({"id": 1})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "name: missing");
}

TEST(JsonReader, NullRequiredFieldSaysNull) {
  auto r = parse_thing(R"({"id": null, "name": "x"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "id: expected integer, got null");
}

TEST(JsonReader, WrongTypeNamesExpectedAndActual) {
  auto r = parse_thing(R"({"id": "7", "name": "x"})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "id: expected integer, got string");
}

TEST(JsonReader, FractionalNumberIsNotAnInteger) {
  EXPECT_FALSE(parse_thing(R"({"id": 1.5, "name": "x"})").ok());
  EXPECT_TRUE(parse_thing(R"({"id": 2.0, "name": "x"})").ok());
}

TEST(JsonReader, ArrayElementErrorNamesIndex) {
  auto r = parse_thing(R"({"id": 1, "name": "x", "ids": [1, "two"]})");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "ids[1]: expected integer, got string");
}

TEST(JsonReader, MalformedJsonReportsByteOffset) {
  auto r = parse_thing(R"({"id": 1, "name": )");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("malformed JSON at byte"), std::string::npos) << r.error().message;
}

TEST(JsonReader, EmptyBodyIsAnError) {
  auto r = parse_thing("");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "empty body, expected JSON");
}

TEST(JsonReader, NonObjectRootIsAnError) {
  auto r = parse_thing("[1,2,3]");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "expected a JSON object, got array");
}

TEST(JsonReader, DeepNestingIsRefusedWithoutRecursion) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto r = parse_json_text(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("nested more than"), std::string::npos);
}

TEST(JsonReader, BracketsInsideStringsDoNotCountAsNesting) {
  std::string text = R"({"id": 1, "name": ")" + std::string(5000, '[') + R"("})";
  EXPECT_TRUE(parse_thing(text).ok());
}

TEST(JsonReader, HtmlAndUnicodeSurviveUnchanged) {
  auto r = parse_thing(R"({"id": 1, "name": "<b>Inès</b> \u00e9 \ud83d\ude00"})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().name, "<b>Inès</b> é \xF0\x9F\x98\x80");
}
