// Cooked HTML to plain text blocks.
#include "state/post_text.h"

#include "state/html_tokens.h"

namespace hearth::state {

bool is_openable_link(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != p[i]) return false;
    }
    return true;
  };
  return starts("https://") || starts("http://") || starts("mailto:");
}

namespace {

bool is_block(const std::string& n) {
  return n == "p" || n == "div" || n == "li" || n == "blockquote" || n == "pre" || n == "h1" ||
         n == "h2" || n == "h3" || n == "h4" || n == "h5" || n == "h6" || n == "ul" || n == "ol" ||
         n == "aside" || n == "hr" || n == "table" || n == "tr";
}

// Collapses runs of white space (outside <pre>) to one space and trims the ends.
std::string collapse_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string plain_text_from_cooked(std::string_view cooked_html) {
  std::string out;
  for (const auto& b : post_text_from_cooked(cooked_html).blocks) out += (out.empty() ? "" : "\n\n") + b.text;
  return out;
}

PostText post_text_from_cooked(std::string_view cooked_html) {
  PostText out;
  TextBlock current;
  int quote_depth = 0, pre_depth = 0;
  auto finish = [&] {
    std::string text = pre_depth > 0 || current.kind == TextBlock::Kind::code
                           ? current.text
                           : collapse_space(current.text);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty()) out.blocks.push_back({current.kind, std::move(text)});
    current = TextBlock{};
    current.kind = quote_depth > 0 ? TextBlock::Kind::quote : TextBlock::Kind::paragraph;
  };
  for (const auto& t : tokenize_html(cooked_html)) {
    if (t.kind == HtmlToken::Kind::text) {
      current.text += t.text;
      continue;
    }
    const std::string& n = t.name;
    bool start = t.kind == HtmlToken::Kind::start_tag;
    if (n == "br" && start) {
      current.text += pre_depth > 0 ? "\n" : " ";
      continue;
    }
    if (n == "img" && start) {  // images show as their description until the UI draws them
      if (const auto* alt = t.attribute("alt"); alt && !alt->empty()) current.text += "[" + *alt + "]";
      continue;
    }
    if (n == "a" && start) {
      if (const auto* href = t.attribute("href"); href && is_openable_link(*href))
        out.links.push_back(*href);
      continue;
    }
    if (!is_block(n)) continue;
    finish();
    if (n == "blockquote" || n == "aside") quote_depth += start ? 1 : (quote_depth > 0 ? -1 : 0);
    if (n == "pre") pre_depth += start ? 1 : (pre_depth > 0 ? -1 : 0);
    if (start) {
      if (n == "li") current.kind = TextBlock::Kind::list_item;
      else if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') current.kind = TextBlock::Kind::heading;
      else if (n == "pre") current.kind = TextBlock::Kind::code;
      else current.kind = quote_depth > 0 ? TextBlock::Kind::quote : TextBlock::Kind::paragraph;
    }
  }
  finish();
  return out;
}

}  // namespace hearth::state
