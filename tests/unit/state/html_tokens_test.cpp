// The tokenizer reads cooked HTML safely: dropped elements vanish, entities decode.
#include <gtest/gtest.h>

#include "state/html_tokens.h"

using namespace hearth::state;

TEST(HtmlTokens, TagsAttributesAndText) {
  auto t = tokenize_html(R"(<p class="x">Hi <a href='https://e.org/?a=1&amp;b=2'>there</a></p>)");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].name, "p");
  EXPECT_EQ(*t[0].attribute("class"), "x");
  EXPECT_EQ(t[1].text, "Hi ");
  EXPECT_EQ(*t[2].attribute("href"), "https://e.org/?a=1&b=2");
  EXPECT_EQ(t[3].text, "there");
  EXPECT_EQ(t[4].kind, HtmlToken::Kind::end_tag);
}

TEST(HtmlTokens, ScriptStyleIframeAndCommentsVanish) {
  auto t = tokenize_html("<p>a</p><script>alert(1)</script><STYLE>p{}</STYLE><iframe src=x></iframe><!-- c -->b");
  std::string text;
  for (const auto& tok : t) text += tok.text;
  EXPECT_EQ(text, "ab");
  for (const auto& tok : t) {
    EXPECT_NE(tok.name, "script");
    EXPECT_NE(tok.name, "iframe");
  }
}

TEST(HtmlTokens, UnterminatedScriptDropsTheRest) {
  auto t = tokenize_html("ok<script>never closed");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "ok");
}

TEST(HtmlTokens, UnclosedTagIsText) {
  auto t = tokenize_html("a <b and more");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "a <b and more");
}

TEST(HtmlTokens, LessThanFollowedBySpaceIsText) {
  auto t = tokenize_html("1 < 2");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].text, "1 < 2");
}

TEST(HtmlEntities, NamedAndNumericDecodeToUtf8) {
  EXPECT_EQ(decode_entities("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;"), "<b> & \"x\" 'y'");
  EXPECT_EQ(decode_entities("&#233;&#x1F600;"), "\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(decode_entities("&#0;&#xD800;&#99999999;"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(decode_entities("AT&T &unknown; &"), "AT&T &unknown; &");
}
