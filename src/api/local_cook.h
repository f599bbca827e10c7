// Cooks a post's markdown into the HTML subset Discourse sends, as a Discourse server would,
// so that the embedded community and a real forum feed the same rendering path.
#pragma once

#include <string>
#include <string_view>

namespace hearth::api {

// Supports paragraphs, line breaks, **strong**, *em* / _em_, `code`, [text](url) links
// (http, https and mailto only), "> " quotes, "- " lists and @mentions. Everything else is
// escaped, so raw HTML in a post is shown as text.
std::string cook_markdown(std::string_view raw);

std::string escape_html(std::string_view text);

}  // namespace hearth::api
