// The embedded community cooks markdown into the HTML subset Discourse sends.
#include <gtest/gtest.h>

#include "api/local_cook.h"

using hearth::api::cook_markdown;

TEST(LocalCook, ParagraphsAndLineBreaks) {
  EXPECT_EQ(cook_markdown("One\ntwo\n\nThree"), "<p>One<br>two</p><p>Three</p>");
}

TEST(LocalCook, EmphasisStrongAndCode) {
  EXPECT_EQ(cook_markdown("**bold** and *soft* and `x<y`"),
            "<p><strong>bold</strong> and <em>soft</em> and <code>x&lt;y</code></p>");
}

TEST(LocalCook, UnderscoresInsideWordsAreNotEmphasis) {
  EXPECT_EQ(cook_markdown("snake_case_name"), "<p>snake_case_name</p>");
}

TEST(LocalCook, SafeLinksOnly) {
  EXPECT_EQ(cook_markdown("[site](https://example.org/a?b=1&c=2)"),
            "<p><a href=\"https://example.org/a?b=1&amp;c=2\">site</a></p>");
  EXPECT_EQ(cook_markdown("[click](javascript:alert(1))"), "<p>click)</p>");
}

TEST(LocalCook, RawHtmlIsEscapedNotPassedThrough) {
  EXPECT_EQ(cook_markdown("<script>alert('x')</script>"),
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
}

TEST(LocalCook, QuotesListsAndMentions) {
  EXPECT_EQ(cook_markdown("> quoted\n\n- one\n- two"),
            "<blockquote><p>quoted</p></blockquote><ul><li>one</li><li>two</li></ul>");
  EXPECT_EQ(cook_markdown("thanks @olek.nowak."),
            "<p>thanks <a class=\"mention\" href=\"/u/olek.nowak\">@olek.nowak</a>.</p>");
  EXPECT_EQ(cook_markdown("me@example.org"), "<p>me@example.org</p>") << "an address is not a mention";
}
