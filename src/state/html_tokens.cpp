// HTML tokenizer for cooked post bodies.
#include "state/html_tokens.h"

#include <cctype>
#include <cstdint>

#include "model/utf8.h"

namespace hearth::state {

const std::string* HtmlToken::attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes)
    if (k == key) return &v;
  return nullptr;
}

namespace {

// Character references to nothing, to surrogates or beyond Unicode read as U+FFFD.
void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  model::append_utf8(out, cp);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool dropped_element(std::string_view name) {
  return name == "script" || name == "style" || name == "iframe" || name == "object" ||
         name == "template" || name == "noscript" || name == "embed" || name == "svg";
}

// Case-insensitive search for "</name" from `from`.
std::size_t find_close_tag(std::string_view html, std::string_view name, std::size_t from) {
  for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    bool match = i + 2 + name.size() <= html.size();
    for (std::size_t k = 0; match && k < name.size(); ++k) match = lower(html[i + 2 + k]) == name[k];
    if (match) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out += '&'; continue; }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos" || name == "#39") out += '\'';
    else if (name == "nbsp") append_utf8(out, 0xA0);
    else if (name == "hellip") append_utf8(out, 0x2026);
    else if (name == "mdash") append_utf8(out, 0x2014);
    else if (name == "ndash") append_utf8(out, 0x2013);
    else if (name.size() > 1 && name[0] == '#') {
      std::uint32_t cp = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      bool valid = name.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; valid && k < name.size(); ++k) {
        char c = name[k];
        int d = (c >= '0' && c <= '9') ? c - '0'
                : hex && (lower(c) >= 'a' && lower(c) <= 'f') ? lower(c) - 'a' + 10 : -1;
        if (d < 0) valid = false;
        else cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      }
      if (!valid) { out += '&'; continue; }
      append_utf8(out, cp);
    } else {
      out += '&';
      continue;
    }
    i = semi;
  }
  return out;
}

std::vector<HtmlToken> tokenize_html(std::string_view html) {
  std::vector<HtmlToken> tokens;
  std::string text;
  auto flush_text = [&] {
    if (text.empty()) return;
    HtmlToken t;
    t.text = decode_entities(text);
    tokens.push_back(std::move(t));
    text.clear();
  };
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c != '<') { text += c; ++i; continue; }
    if (html.compare(i, 4, "<!--") == 0) {  // comment
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {  // doctype etc.
      std::size_t end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t p = i + (closing ? 2 : 1);
    std::string name;
    while (p < html.size() && (std::isalnum(static_cast<unsigned char>(html[p])) || html[p] == '-'))
      name += lower(html[p++]);
    if (name.empty()) { text += c; ++i; continue; }  // "a < b" is text
    HtmlToken tag;
    tag.kind = closing ? HtmlToken::Kind::end_tag : HtmlToken::Kind::start_tag;
    tag.name = name;
    // Attributes: name, name=value, name="value", name='value'.
    while (p < html.size() && html[p] != '>') {
      if (is_space(html[p])) { ++p; continue; }
      if (html[p] == '/') { tag.self_closing = true; ++p; continue; }
      std::string key;
      while (p < html.size() && !is_space(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/')
        key += lower(html[p++]);
      if (key.empty()) { ++p; continue; }
      std::string value;
      while (p < html.size() && is_space(html[p])) ++p;
      if (p < html.size() && html[p] == '=') {
        ++p;
        while (p < html.size() && is_space(html[p])) ++p;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          char q = html[p++];
          std::size_t end = html.find(q, p);
          if (end == std::string_view::npos) end = html.size();
          value = std::string(html.substr(p, end - p));
          p = end + 1;
        } else {
          while (p < html.size() && !is_space(html[p]) && html[p] != '>') value += html[p++];
        }
      }
      tag.attributes.emplace_back(std::move(key), decode_entities(value));
    }
    if (p >= html.size()) {  // the tag never closed: what remains is text, not markup
      text += std::string(html.substr(i));
      break;
    }
    i = p + 1;
    flush_text();
    if (!closing && dropped_element(name)) {
      std::size_t end = tag.self_closing ? i - 1 : find_close_tag(html, name, i);
      if (tag.self_closing) continue;
      if (end == std::string_view::npos) break;  // unterminated: drop the rest
      std::size_t gt = html.find('>', end);
      i = gt == std::string_view::npos ? html.size() : gt + 1;
      continue;
    }
    if (closing && dropped_element(name)) continue;
    tokens.push_back(std::move(tag));
  }
  flush_text();
  return tokens;
}

}  // namespace hearth::state
