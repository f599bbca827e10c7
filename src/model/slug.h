// URL slugs for topics and categories, as Discourse makes them ("Hello, World!" -> "hello-world").
#pragma once

#include <string>
#include <string_view>

namespace hearth::model {

// ASCII letters and digits lower-cased, runs of anything else become one '-'; "topic" when
// nothing is left (Discourse does the same for titles in other scripts).
std::string slugify(std::string_view title);

}  // namespace hearth::model
