// Cooked HTML becomes text blocks; hostile markup yields only text.
#include <gtest/gtest.h>

#include "state/post_text.h"

using namespace hearth::state;

TEST(PostText, ParagraphsQuotesListsAndHeadings) {
  auto t = post_text_from_cooked(
      "<h2>Title</h2><p>One <em>two</em><br>three</p><blockquote><p>quoted</p></blockquote>"
      "<ul><li>a</li><li>b</li></ul><pre><code>x\n  y</code></pre>");
  ASSERT_EQ(t.blocks.size(), 6u);
  EXPECT_EQ(t.blocks[0].kind, TextBlock::Kind::heading);
  EXPECT_EQ(t.blocks[1].text, "One two three");
  EXPECT_EQ(t.blocks[2].kind, TextBlock::Kind::quote);
  EXPECT_EQ(t.blocks[2].text, "quoted");
  EXPECT_EQ(t.blocks[3].kind, TextBlock::Kind::list_item);
  EXPECT_EQ(t.blocks[4].text, "b");
  EXPECT_EQ(t.blocks[5].kind, TextBlock::Kind::code);
  EXPECT_EQ(t.blocks[5].text, "x\n  y");
}

TEST(PostText, DiscourseQuoteAsideReadsAsQuote) {
  auto t = post_text_from_cooked(
      "<aside class=\"quote\"><div class=\"title\">maya:</div><blockquote><p>How?</p></blockquote></aside><p>After</p>");
  ASSERT_EQ(t.blocks.size(), 3u);
  EXPECT_EQ(t.blocks[0].kind, TextBlock::Kind::quote);
  EXPECT_EQ(t.blocks[1].kind, TextBlock::Kind::quote);
  EXPECT_EQ(t.blocks[1].text, "How?");
  EXPECT_EQ(t.blocks[2].kind, TextBlock::Kind::paragraph);
}

TEST(PostText, OnlySafeLinksAreKept) {
  auto t = post_text_from_cooked(
      "<a href=\"https://e.org\">a</a><a href=\"javascript:alert(1)\">b</a><a href=\"JaVaScRiPt:x\">c</a>"
      "<a href=\"mailto:lead@example.org\">d</a><a href=\"data:text/html,x\">e</a>");
  EXPECT_EQ(t.links, (std::vector<std::string>{"https://e.org", "mailto:lead@example.org"}));
}

TEST(PostText, HostileMarkupYieldsTextOnly) {
  auto t = post_text_from_cooked(
      "<p onclick=\"steal()\">Hello</p><script>document.cookie</script><iframe src=\"https://evil\"></iframe>"
      "<img src=x onerror=alert(1) alt=\"a chart\">");
  ASSERT_EQ(t.blocks.size(), 2u);
  EXPECT_EQ(t.blocks[0].text, "Hello");
  EXPECT_EQ(t.blocks[1].text, "[a chart]");
}

TEST(PostText, HugeParagraphIsKeptWhole) {
  std::string big = "<p>" + std::string(1 << 20, 'x') + "</p>";
  auto t = post_text_from_cooked(big);
  ASSERT_EQ(t.blocks.size(), 1u);
  EXPECT_EQ(t.blocks[0].text.size(), std::size_t{1} << 20);
}

TEST(PostText, EmptyOrGarbageNeverFails) {
  EXPECT_TRUE(post_text_from_cooked("").blocks.empty());
  EXPECT_NO_FATAL_FAILURE(post_text_from_cooked("<<<>>></p></li><li><p"));
}
