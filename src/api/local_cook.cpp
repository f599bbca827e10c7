// A small markdown cooker for the embedded community.
#include "api/local_cook.h"

#include <vector>

namespace hearth::api {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

bool safe_url(std::string_view url) {
  // Links within the forum ("/t/slug/2/3") are relative, as Discourse cooks them.
  bool relative = url.size() > 1 && url[0] == '/' && url[1] != '/' && url.find(':') == std::string_view::npos;
  return relative || url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.';
}

// Inline markup within one line of a block.
std::string cook_inline(std::string_view s) {
  std::string out;
  bool strong = false, em = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '*' && i + 1 < s.size() && s[i + 1] == '*') {
      out += strong ? "</strong>" : "<strong>";
      strong = !strong;
      ++i;
    } else if ((c == '*' || c == '_') && (em || (i + 1 < s.size() && s[i + 1] != ' '))) {
      bool word_inside = c == '_' && i > 0 && is_name_char(s[i - 1]) && !em;
      if (word_inside) { out += c; continue; }
      out += em ? "</em>" : "<em>";
      em = !em;
    } else if (c == '`') {
      std::size_t end = s.find('`', i + 1);
      if (end == std::string_view::npos) { out += "`"; continue; }
      out += "<code>" + escape_html(s.substr(i + 1, end - i - 1)) + "</code>";
      i = end;
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      // ![description](address): an image, from the web or the site's own files.
      std::size_t close = s.find("](", i);
      std::size_t end = close == std::string_view::npos ? close : s.find(')', close);
      if (end == std::string_view::npos) { out += "!"; continue; }
      std::string_view alt = s.substr(i + 2, close - i - 2);
      std::string_view url = s.substr(close + 2, end - close - 2);
      if (safe_url(url) && url.rfind("mailto:", 0) != 0)
        out += "<img src=\"" + escape_html(url) + "\" alt=\"" + escape_html(alt) + "\">";
      else
        out += escape_html(alt);
      i = end;
    } else if (c == '[') {
      std::size_t close = s.find("](", i);
      std::size_t end = close == std::string_view::npos ? close : s.find(')', close);
      if (end == std::string_view::npos) { out += "["; continue; }
      std::string_view text = s.substr(i + 1, close - i - 1);
      std::string_view url = s.substr(close + 2, end - close - 2);
      if (safe_url(url))
        out += "<a href=\"" + escape_html(url) + "\">" + escape_html(text) + "</a>";
      else
        out += escape_html(text);
      i = end;
    } else if (c == '@' && (i == 0 || !is_name_char(s[i - 1])) && i + 1 < s.size() &&
               is_name_char(s[i + 1])) {
      std::size_t end = i + 1;
      while (end < s.size() && is_name_char(s[end])) ++end;
      while (end > i + 1 && s[end - 1] == '.') --end;  // a sentence's full stop is not the name
      std::string name(s.substr(i + 1, end - i - 1));
      out += "<a class=\"mention\" href=\"/u/" + escape_html(name) + "\">@" + escape_html(name) + "</a>";
      i = end - 1;
    } else {
      out += escape_html(std::string_view(&c, 1));
    }
  }
  if (em) out += "</em>";
  if (strong) out += "</strong>";
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

bool blank(std::string_view l) { return l.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

std::string cook_markdown(std::string_view raw) {
  auto lines = split_lines(raw);
  std::string out;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (blank(lines[i])) { ++i; continue; }
    if (lines[i].rfind("[quote=\"", 0) == 0 && lines[i].back() == ']') {
      // [quote="name, post:N, topic:M"] ... [/quote]: Discourse's quote aside.
      std::string_view head = lines[i].substr(8, lines[i].size() - 10);
      std::string_view name = head.substr(0, head.find(','));
      std::string inner;
      ++i;
      while (i < lines.size() && lines[i] != "[/quote]") inner += std::string(lines[i++]) + "\n";
      if (i < lines.size()) ++i;
      out += "<aside class=\"quote\" data-username=\"" + escape_html(name) + "\"><div class=\"title\">" +
             escape_html(name) + ":</div><blockquote>" + cook_markdown(inner) + "</blockquote></aside>";
      continue;
    }
    if (lines[i].rfind("> ", 0) == 0 || lines[i] == ">") {
      std::string inner;
      while (i < lines.size() && (lines[i].rfind(">", 0) == 0)) {
        std::string_view l = lines[i].substr(1);
        if (!l.empty() && l.front() == ' ') l.remove_prefix(1);
        inner += std::string(l) + "\n";
        ++i;
      }
      out += "<blockquote>" + cook_markdown(inner) + "</blockquote>";
    } else if (lines[i].rfind("- ", 0) == 0 || lines[i].rfind("* ", 0) == 0) {
      out += "<ul>";
      while (i < lines.size() && (lines[i].rfind("- ", 0) == 0 || lines[i].rfind("* ", 0) == 0))
        out += "<li>" + cook_inline(lines[i++].substr(2)) + "</li>";
      out += "</ul>";
    } else {
      out += "<p>";
      bool first = true;
      while (i < lines.size() && !blank(lines[i]) && lines[i].rfind("> ", 0) != 0 &&
             lines[i].rfind("- ", 0) != 0) {
        if (!first) out += "<br>";
        out += cook_inline(lines[i++]);
        first = false;
      }
      out += "</p>";
    }
  }
  return out;
}

}  // namespace hearth::api
