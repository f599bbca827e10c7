// A post body as rich text: the safe subset of the HTML Discourse cooks (paragraphs, line
// breaks, bold, italic, code, links, quotes and Discourse's quote asides, lists, code blocks,
// headings, rules, images, mentions and emoji as text), read into plain values the UI draws.
// Nothing is ever injected into a DOM: unknown tags give their text, script and the like vanish.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::state {

enum SpanStyle : std::uint8_t { k_bold = 1, k_italic = 2, k_code = 4, k_strike = 8 };

struct RichSpan {
  std::string text;
  std::uint8_t style = 0;  // SpanStyle bits
  std::string link;        // where it leads (see link_target), empty when not a link
  bool operator==(const RichSpan& o) const { return text == o.text && style == o.style && link == o.link; }
};

struct RichBlock {
  enum class Kind { paragraph, heading, code, rule, image, quote_title };
  Kind kind = Kind::paragraph;
  int heading_level = 0;  // 1-6 for headings
  int quote_depth = 0;    // inside this many quotes
  int list_depth = 0;     // > 0: a list item at this depth
  int list_number = 0;    // its number in an ordered list; 0 for a bullet
  std::vector<RichSpan> spans;
  std::string image_src, image_alt;  // for images
  int image_width = 0, image_height = 0;
};

struct RichText {
  std::vector<RichBlock> blocks;
  std::size_t omitted_chars = 0;  // text beyond the limit, not shown (a note says so)
};

// Reads cooked HTML; text beyond `max_chars` is counted in omitted_chars instead (a hostile
// 1 MB paragraph stays fast to draw).
RichText rich_text_from_cooked(std::string_view cooked_html, std::size_t max_chars = 60000);

// Where a link in a post may lead: an http(s) or mailto address (opened in a new tab), or a
// route inside Hearth for the forum's own paths ("/t/slug/2/3" -> "#/t/slug/2/3", "/u/name" ->
// "#/u/name"). Empty for anything else (javascript:, data:, protocol-relative...): not a link.
std::string link_target(std::string_view href);
bool is_route_link(std::string_view target);  // "#/..."

// The block's text without styles (for find-in-page, the accessibility mirror and tests).
std::string block_text(const RichBlock& b);

}  // namespace hearth::state
