// The streaming topic parser (topic_sax.cpp over json_scan.h) against the DOM reader it
// replaced: the same model from the same bytes, the same verdict on malformed and hostile text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bench/topic_gen.h"
#include "model/topic.h"

using namespace hearth::model;

namespace {
void expect_same(const Topic& a, const Topic& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.slug, b.slug);
  EXPECT_EQ(a.category_id, b.category_id);
  EXPECT_EQ(a.posts_count, b.posts_count);
  EXPECT_EQ(a.like_count, b.like_count);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.stream, b.stream);
  ASSERT_EQ(a.posts.size(), b.posts.size());
  for (std::size_t i = 0; i < a.posts.size(); ++i) {
    const Post& p = a.posts[i];
    const Post& q = b.posts[i];
    SCOPED_TRACE("post " + std::to_string(i));
    EXPECT_EQ(p.id, q.id);
    EXPECT_EQ(p.post_number, q.post_number);
    EXPECT_EQ(p.topic_id, q.topic_id);
    EXPECT_EQ(p.user_id, q.user_id);
    EXPECT_EQ(p.username, q.username);
    EXPECT_EQ(p.avatar_template, q.avatar_template);
    EXPECT_EQ(p.name, q.name);
    EXPECT_EQ(p.user_title, q.user_title);
    EXPECT_EQ(p.created_at, q.created_at);
    EXPECT_EQ(p.updated_at, q.updated_at);
    EXPECT_EQ(p.cooked, q.cooked);
    EXPECT_EQ(p.raw, q.raw);
    EXPECT_EQ(p.reply_to_post_number, q.reply_to_post_number);
    EXPECT_EQ(p.reply_count, q.reply_count);
    EXPECT_EQ(p.hidden, q.hidden);
    EXPECT_EQ(p.yours, q.yours);
    EXPECT_EQ(p.can_edit, q.can_edit);
    EXPECT_EQ(p.deleted_at, q.deleted_at);
    EXPECT_EQ(p.edit_reason, q.edit_reason);
    EXPECT_EQ(p.version, q.version);
    EXPECT_EQ(p.like_count, q.like_count);
    ASSERT_EQ(p.actions_summary.size(), q.actions_summary.size());
    for (std::size_t k = 0; k < p.actions_summary.size(); ++k) {
      EXPECT_EQ(p.actions_summary[k].id, q.actions_summary[k].id);
      EXPECT_EQ(p.actions_summary[k].count, q.actions_summary[k].count);
      EXPECT_EQ(p.actions_summary[k].acted, q.actions_summary[k].acted);
    }
  }
}

std::string topic_with_post(const std::string& post_fields) {
  return R"({"id": 7, "title": "t", "post_stream": {"posts": [{"id": 1, "post_number": 1, "username": "a")" +
         post_fields + R"(}], "stream": [1]}})";
}
}  // namespace

TEST(TopicSax, AGeneratedThousandPostTopicReadsTheSameAsThroughTheDom) {
  std::string text = hearth::bench::topic_json(1000, 7);
  auto streamed = parse_topic(text);
  auto dom = parse_topic_dom(text);
  ASSERT_TRUE(streamed.ok()) << streamed.error().to_string();
  ASSERT_TRUE(dom.ok()) << dom.error().to_string();
  EXPECT_EQ(streamed.value().posts.size(), 1000u);
  expect_same(streamed.value(), dom.value());
}

TEST(TopicSax, EscapesAndUnicodeDecodeAsTheDomDecodesThem) {
  const std::vector<std::string> cooked = {
      R"("<p>caf\u00e9 \"quoted\" back\\slash \/ tab\t new\nline</p>")",
      R"("emoji \ud83d\ude0a and literal ☺ and Ελληνικά and кириллица")",
      R"("")",
  };
  for (const auto& c : cooked) {
    std::string text = topic_with_post(R"(, "cooked": )" + c);
    auto a = parse_topic(text);
    auto b = parse_topic_dom(text);
    ASSERT_TRUE(a.ok()) << c << ": " << a.error().to_string();
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(a.value().posts[0].cooked, b.value().posts[0].cooked) << c;
  }
  auto t = parse_topic(topic_with_post(R"(, "cooked": "\ud83d\ude0a")"));
  EXPECT_EQ(t.value().posts[0].cooked, "\xF0\x9F\x98\x8A");
}

TEST(TopicSax, NumbersAreReadAsTheDomReadsThem) {
  for (const char* n : {"3", "3.0", "1e2", "-0", "9007199254740991", "12345678901234567890"}) {
    std::string text = topic_with_post(std::string(R"(, "reply_count": )") + n);
    auto a = parse_topic(text);
    auto b = parse_topic_dom(text);
    ASSERT_EQ(a.ok(), b.ok()) << n;
    if (a.ok()) EXPECT_EQ(a.value().posts[0].reply_count, b.value().posts[0].reply_count) << n;
    else EXPECT_EQ(a.error().to_string(), b.error().to_string()) << n;
  }
  auto fraction = parse_topic(topic_with_post(R"(, "reply_count": 2.5)"));
  ASSERT_FALSE(fraction.ok());
  EXPECT_EQ(fraction.error().to_string(), "post_stream.posts[0].reply_count: expected integer, got number");
}

TEST(TopicSax, MalformedTextIsRefusedWhereverTheDomRefusesIt) {
  const std::vector<std::string> bad = {
      R"({"id": 1, "title": "t", "post_stream": {"posts": [],}})",         // trailing comma
      R"({"id": 01, "title": "t", "post_stream": {"posts": []}})",         // leading zero
      R"({"id": 1, "title": "t", "post_stream": {"posts": []}} x)",        // trailing garbage
      R"({"id": 1, "title": "a	b", "post_stream": {"posts": []}})",      // raw tab in a string
      R"({"id": 1, "title": "\x", "post_stream": {"posts": []}})",         // unknown escape
      R"({"id": 1, "title": "\ud83d", "post_stream": {"posts": []}})",     // lone high surrogate
      R"({"id": 1, "title": "\udc00", "post_stream": {"posts": []}})",     // lone low surrogate
      "{\"id\": 1, \"title\": \"\xC3\", \"post_stream\": {\"posts\": []}}",  // cut UTF-8
      "{\"id\": 1, \"title\": \"\xC0\xAF\", \"post_stream\": {\"posts\": []}}",  // overlong UTF-8
      R"({"id": 1, "title": "t", "post_stream": {"posts": [}})",           // mismatched bracket
      R"({"id": 1 "title": "t"})",                                          // missing comma
      R"({"id": tru, "title": "t"})",                                       // bad literal
      R"({"id": -, "title": "t"})",                                         // bad number
      R"({"id": 1.})",
      "",
      "   ",
  };
  for (const auto& text : bad) {
    auto a = parse_topic(text);
    auto b = parse_topic_dom(text);
    EXPECT_FALSE(a.ok()) << text;
    EXPECT_FALSE(b.ok()) << text;
  }
}

TEST(TopicSax, FieldProblemsNameTheirPathAsTheDomDoes) {
  const std::vector<std::string> docs = {
      topic_with_post(R"(, "post_number": "one")"),
      topic_with_post(R"(, "cooked": 5)"),
      topic_with_post(R"(, "hidden": "yes")"),
      topic_with_post(R"(, "actions_summary": [{"count": 1}])"),
      topic_with_post(R"(, "actions_summary": [3])"),
      R"({"id": 7, "title": "t", "post_stream": {"posts": [{"id": 1, "post_number": 1}]}})",
      R"({"id": 7, "title": "t", "post_stream": {"posts": [5]}})",
      R"({"id": 7, "title": "t", "post_stream": {"posts": [], "stream": [1, "2"]}})",
      R"({"id": 7, "title": "t"})",
      R"({"id": "7", "title": "t", "post_stream": {"posts": []}})",
      R"({"title": "t", "post_stream": {"posts": []}})",
      R"({"id": 7, "title": null, "post_stream": {"posts": []}})",
      R"([1, 2])",
      R"("text")",
  };
  for (const auto& text : docs) {
    auto a = parse_topic(text);
    auto b = parse_topic_dom(text);
    ASSERT_FALSE(a.ok()) << text;
    ASSERT_FALSE(b.ok()) << text;
    EXPECT_EQ(a.error().to_string(), b.error().to_string()) << text;
  }
}
