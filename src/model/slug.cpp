// Discourse-style slugs.
#include "model/slug.h"

namespace hearth::model {

std::string slugify(std::string_view title) {
  std::string out;
  bool dash = false;
  for (char c : title) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') { c = static_cast<char>(c - 'A' + 'a'); alnum = true; }
    if (alnum) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  if (out.size() > 80) out.resize(80);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "topic" : out;
}

}  // namespace hearth::model
