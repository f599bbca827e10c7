// A forgiving tokenizer for the HTML that Discourse cooks. It never builds a DOM and never
// executes anything: it yields tags and decoded text, and drops script, style and comments.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth::state {

struct HtmlToken {
  enum class Kind { text, start_tag, end_tag };
  Kind kind = Kind::text;
  std::string name;  // lower-case tag name; empty for text
  std::string text;  // decoded text for text tokens
  std::vector<std::pair<std::string, std::string>> attributes;  // lower-case names, decoded values
  bool self_closing = false;

  const std::string* attribute(std::string_view key) const;
};

// Tokenizes `html`. Content of <script>, <style>, <iframe>, <object>, <template> and comments
// is dropped whole; a tag that never closes ends the input as text.
std::vector<HtmlToken> tokenize_html(std::string_view html);

// Decodes &amp; &lt; &gt; &quot; &#39; &nbsp; and numeric references (as UTF-8).
std::string decode_entities(std::string_view text);

}  // namespace hearth::state
