// A post body as blocks of plain text, taken from the cooked HTML: what the topic view draws
// and what the screen-reader mirror and find-in-page read. Links keep their targets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth::state {

struct TextBlock {
  enum class Kind { paragraph, heading, quote, list_item, code };
  Kind kind = Kind::paragraph;
  std::string text;
};

struct PostText {
  std::vector<TextBlock> blocks;
  std::vector<std::string> links;  // http(s) and mailto targets only, in order of appearance
};

// Never fails: unknown tags are read for their text, dropped elements (script, iframe...) vanish.
PostText post_text_from_cooked(std::string_view cooked_html);

// The post's text as plain paragraphs separated by blank lines (for quoting and records).
std::string plain_text_from_cooked(std::string_view cooked_html);

// Links a member may open from a post (http, https, mailto); "javascript:" and the like are not.
bool is_openable_link(std::string_view url);

}  // namespace hearth::state
