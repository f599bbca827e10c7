// Cooked HTML to rich text: styles, links (safe ones only), Discourse's quote asides, lists,
// code, headings, images and emoji, and hostile input kept harmless and bounded.
#include <gtest/gtest.h>

#include "state/rich_text.h"

using namespace hearth::state;

namespace {
std::vector<std::string> texts(const RichText& r) {
  std::vector<std::string> out;
  for (const auto& b : r.blocks) out.push_back(block_text(b));
  return out;
}
}  // namespace

TEST(RichText, StylesBecomeSpansAndSpaceCollapses) {
  auto r = rich_text_from_cooked("<p>Plain <strong>bold <em>both</em></strong>\n  and <code>x = 1</code>.</p>");
  ASSERT_EQ(r.blocks.size(), 1u);
  const auto& s = r.blocks[0].spans;
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0], (RichSpan{"Plain ", 0, ""}));
  EXPECT_EQ(s[1], (RichSpan{"bold ", k_bold, ""}));
  EXPECT_EQ(s[2], (RichSpan{"both", k_bold | k_italic, ""}));
  EXPECT_EQ(s[3], (RichSpan{" and ", 0, ""}));
  EXPECT_EQ(s[4], (RichSpan{"x = 1", k_code, ""}));
  EXPECT_EQ(s[5], (RichSpan{".", 0, ""}));
  EXPECT_EQ(block_text(r.blocks[0]), "Plain bold both and x = 1.");
}

TEST(RichText, LineBreaksStayInsideAParagraph) {
  auto r = rich_text_from_cooked("<p>first line<br>\nsecond line</p>");
  ASSERT_EQ(r.blocks.size(), 1u);
  EXPECT_EQ(block_text(r.blocks[0]), "first line\nsecond line");
}

TEST(RichText, OnlySafeLinksAreLinksAndForumPathsBecomeRoutes) {
  auto r = rich_text_from_cooked(
      "<p><a href=\"https://example.org/a\">web</a> <a href=\"javascript:alert(1)\">js</a> "
      "<a href=\"/t/working-with-silence/2/3\">topic</a> <a class=\"mention\" href=\"/u/priya.nair\">@priya.nair</a> "
      "<a href=\"//evil.example/x\">proto</a> <a href=\" mailto:lead@example.org \">mail</a> "
      "<a href=\"data:text/html,hi\">data</a></p>");
  ASSERT_EQ(r.blocks.size(), 1u);
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto& s : r.blocks[0].spans)
    if (!s.link.empty()) links.emplace_back(s.text, s.link);
  EXPECT_EQ(links, (std::vector<std::pair<std::string, std::string>>{
                       {"web", "https://example.org/a"},
                       {"topic", "#/t/working-with-silence/2/3"},
                       {"@priya.nair", "#/u/priya.nair"},
                       {"mail", "mailto:lead@example.org"}}));
  EXPECT_EQ(block_text(r.blocks[0]), "web js topic @priya.nair proto mail data") << "unsafe links keep their text only";
  EXPECT_TRUE(is_route_link("#/u/priya.nair"));
  EXPECT_FALSE(is_route_link("https://example.org"));
}

TEST(RichText, DiscourseQuoteAsideHasATitleThenTheQuote) {
  auto r = rich_text_from_cooked(
      "<p>Before</p><aside class=\"quote\" data-username=\"jonas.berg\" data-post=\"2\"><div class=\"title\">"
      "<img class=\"avatar\" src=\"/a.png\"> jonas.berg:</div><blockquote><p>Name the silence.</p></blockquote></aside>"
      "<p>After</p>");
  ASSERT_EQ(r.blocks.size(), 4u);
  EXPECT_EQ(r.blocks[1].kind, RichBlock::Kind::quote_title);
  EXPECT_EQ(block_text(r.blocks[1]), "jonas.berg:");
  EXPECT_EQ(r.blocks[1].quote_depth, 1);
  EXPECT_EQ(block_text(r.blocks[2]), "Name the silence.");
  EXPECT_EQ(r.blocks[2].quote_depth, 1);
  EXPECT_EQ(r.blocks[3].quote_depth, 0);
}

TEST(RichText, ListsNumberAndNest) {
  auto r = rich_text_from_cooked("<ol start=\"3\"><li>three</li><li>four<ul><li>inner</li></ul></li></ol><p>after</p>");
  ASSERT_EQ(texts(r), (std::vector<std::string>{"three", "four", "inner", "after"}));
  EXPECT_EQ(r.blocks[0].list_depth, 1);
  EXPECT_EQ(r.blocks[0].list_number, 3);
  EXPECT_EQ(r.blocks[1].list_number, 4);
  EXPECT_EQ(r.blocks[2].list_depth, 2);
  EXPECT_EQ(r.blocks[2].list_number, 0) << "a bullet";
  EXPECT_EQ(r.blocks[3].list_depth, 0);
}

TEST(RichText, CodeBlocksKeepTheirLinesHeadingsAndRules) {
  auto r = rich_text_from_cooked("<h2>Notes</h2><pre><code>line 1\n  line 2</code></pre><hr><h7>not a heading</h7>");
  ASSERT_GE(r.blocks.size(), 3u);
  EXPECT_EQ(r.blocks[0].kind, RichBlock::Kind::heading);
  EXPECT_EQ(r.blocks[0].heading_level, 2);
  EXPECT_EQ(r.blocks[1].kind, RichBlock::Kind::code);
  EXPECT_EQ(block_text(r.blocks[1]), "line 1\n  line 2");
  EXPECT_EQ(r.blocks[2].kind, RichBlock::Kind::rule);
}

TEST(RichText, ImagesAndEmoji) {
  auto r = rich_text_from_cooked(
      "<p>Hello <img class=\"emoji\" title=\":wave:\" alt=\":wave:\" src=\"/images/emoji/wave.png\"> there</p>"
      "<p><img src=\"https://forum.example/uploads/a.jpg\" alt=\"A garden\" width=\"640\" height=\"480\"></p>"
      "<p><img src=\"javascript:x\" alt=\"bad\"><img src=\"/uploads/b.png\" alt=\"b\"></p>");
  ASSERT_EQ(r.blocks.size(), 4u);
  EXPECT_EQ(block_text(r.blocks[0]), "Hello :wave: there");
  EXPECT_EQ(r.blocks[1].kind, RichBlock::Kind::image);
  EXPECT_EQ(r.blocks[1].image_src, "https://forum.example/uploads/a.jpg");
  EXPECT_EQ(r.blocks[1].image_alt, "A garden");
  EXPECT_EQ(r.blocks[1].image_width, 640);
  EXPECT_EQ(block_text(r.blocks[2]), "[bad]") << "an unsafe image is its description";
  EXPECT_EQ(r.blocks[3].image_src, "/uploads/b.png") << "the forum's own uploads";
}

TEST(RichText, HostileContentIsHarmlessAndBounded) {
  std::string huge(1 << 20, 'a');
  auto r = rich_text_from_cooked("<script>alert(1)</script><iframe src=\"https://x\">inside</iframe><p>" + huge +
                                 "</p><p onclick=\"x()\">after</p>", 60000);
  ASSERT_FALSE(r.blocks.empty());
  EXPECT_EQ(block_text(r.blocks[0]).size(), 60000u);
  EXPECT_EQ(r.omitted_chars, huge.size() - 60000 + 5) << "the rest is counted, not kept";
  for (const auto& b : r.blocks) {
    EXPECT_EQ(block_text(b).find("alert"), std::string::npos);
    EXPECT_EQ(block_text(b).find("inside"), std::string::npos);
  }
  // Unbalanced and stray tags do not break the reading.
  auto odd = rich_text_from_cooked("</em></strong><p>text <strong>open</p><p>next</p></blockquote></li>");
  EXPECT_EQ(texts(odd), (std::vector<std::string>{"text open", "next"}));
}
