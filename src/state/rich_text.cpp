// Cooked HTML to rich text.
#include "state/rich_text.h"

#include <algorithm>
#include <cstdlib>

#include "state/html_tokens.h"
#include "state/post_text.h"

namespace hearth::state {

namespace {

bool has_class(const HtmlToken& t, std::string_view name) {
  const std::string* c = t.attribute("class");
  if (!c) return false;
  std::size_t at = 0;
  while (at < c->size()) {
    std::size_t end = c->find(' ', at);
    if (end == std::string::npos) end = c->size();
    if (std::string_view(*c).substr(at, end - at) == name) return true;
    at = end + 1;
  }
  return false;
}

int heading_level(const std::string& n) {
  if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') return n[1] - '0';
  return 0;
}

int int_attribute(const HtmlToken& t, const char* key) {
  const std::string* v = t.attribute(key);
  if (!v) return 0;
  long n = std::strtol(v->c_str(), nullptr, 10);
  return n > 0 && n < 100000 ? static_cast<int>(n) : 0;
}

struct HtmlReader {
  RichText out;
  RichBlock current;
  std::size_t max_chars;
  std::size_t chars = 0;
  int bold = 0, italic = 0, code = 0, strike = 0, pre = 0, quote = 0;
  std::vector<std::string> links;  // the open <a>s' targets
  struct List {
    bool ordered;
    int next;
  };
  std::vector<List> lists;
  bool pending_item = false;  // a <li> opened: the next block is that item

  std::uint8_t style() const {
    return static_cast<std::uint8_t>((bold ? k_bold : 0) | (italic ? k_italic : 0) | (code || pre ? k_code : 0) |
                                     (strike ? k_strike : 0));
  }
  std::string link() const {
    for (auto it = links.rbegin(); it != links.rend(); ++it)
      if (!it->empty()) return *it;
    return {};
  }

  void add_text(std::string text) {
    if (text.empty()) return;
    if (chars >= max_chars) {
      out.omitted_chars += text.size();
      return;
    }
    if (chars + text.size() > max_chars) {
      std::size_t keep = max_chars - chars;
      while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;  // whole characters
      out.omitted_chars += text.size() - keep;
      text.resize(keep);
    }
    chars += text.size();
    std::uint8_t s = style();
    std::string l = link();
    if (!current.spans.empty() && current.spans.back().style == s && current.spans.back().link == l)
      current.spans.back().text += text;
    else
      current.spans.push_back({std::move(text), s, std::move(l)});
  }

  // Ends the block being read; starts the next with the current quote and list context.
  void flush(RichBlock::Kind next = RichBlock::Kind::paragraph) {
    if (current.kind != RichBlock::Kind::code) collapse(current);
    bool empty = current.spans.empty() && current.kind != RichBlock::Kind::rule && current.kind != RichBlock::Kind::image;
    if (!empty) out.blocks.push_back(std::move(current));
    current = RichBlock{};
    current.kind = next;
    current.quote_depth = quote;
    if (pending_item && !lists.empty()) {
      current.list_depth = static_cast<int>(lists.size());
      current.list_number = lists.back().ordered ? lists.back().next++ : 0;
      if (next == RichBlock::Kind::paragraph) pending_item = false;
    } else if (!lists.empty()) {
      current.list_depth = static_cast<int>(lists.size());  // a later paragraph of the same item
      current.list_number = -1;
    }
  }

  // White space in HTML is one space, kept in the span where it was written; leading and
  // trailing space goes, and so does space around a kept line break (\x01).
  static void collapse(RichBlock& b) {
    std::vector<RichSpan> out;
    auto emit = [&](char c, const RichSpan& from) {
      if (!out.empty() && out.back().style == from.style && out.back().link == from.link) out.back().text += c;
      else out.push_back({std::string(1, c), from.style, from.link});
    };
    const RichSpan* space_in = nullptr;  // the span holding the pending run of white space
    bool any = false;
    for (const auto& span : b.spans) {
      for (char c : span.text) {
        if (c == '\x01') {
          emit(c, span);
          space_in = nullptr;
          any = false;
        } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          if (!space_in) space_in = &span;
        } else {
          if (space_in && any) emit(' ', *space_in);
          space_in = nullptr;
          any = true;
          emit(c, span);
        }
      }
    }
    b.spans = std::move(out);
  }

  void token(const HtmlToken& t) {
    if (t.kind == HtmlToken::Kind::text) {
      add_text(t.text);
      return;
    }
    const std::string& n = t.name;
    bool start = t.kind == HtmlToken::Kind::start_tag;
    int step = start ? 1 : -1;
    auto counter = [&](int& c) { c = std::max(0, c + step); };
    if (n == "strong" || n == "b") counter(bold);
    else if (n == "em" || n == "i") counter(italic);
    else if (n == "s" || n == "del" || n == "strike") counter(strike);
    else if (n == "code" && !pre) counter(code);
    else if (n == "a") {
      if (start && !t.self_closing) {
        const std::string* href = t.attribute("href");
        links.push_back(href ? link_target(*href) : std::string());
      } else if (!start && !links.empty()) {
        links.pop_back();
      }
    } else if (n == "br" && start) {
      add_text(pre ? "\n" : "\x01");  // outside <pre>, a line break that survives the space collapse
    } else if (n == "img" && start) {
      image(t);
    } else if (n == "hr" && start) {
      flush(RichBlock::Kind::rule);
      flush();
    } else if (n == "pre") {
      if (start) {
        flush(RichBlock::Kind::code);
        ++pre;
      } else {
        pre = std::max(0, pre - 1);
        flush();
      }
    } else if (int level = heading_level(n)) {
      if (start) {
        flush(RichBlock::Kind::heading);
        current.heading_level = level;
      } else {
        flush();
      }
    } else if (n == "blockquote") {
      flush();
      counter(quote);
      current.quote_depth = quote;
    } else if (n == "aside") {
      flush();  // Discourse's quote aside: its title, then its blockquote
    } else if (n == "div" && has_class(t, "title") && start) {
      flush(RichBlock::Kind::quote_title);
      current.quote_depth = quote + 1;
    } else if (n == "ul" || n == "ol") {
      flush();
      if (start) lists.push_back({n == "ol", std::max(1, int_attribute(t, "start"))});
      else if (!lists.empty()) lists.pop_back();
      pending_item = false;
      current.list_depth = static_cast<int>(lists.size());
    } else if (n == "li") {
      if (start) {
        pending_item = true;
        flush();
      } else {
        flush();
      }
    } else if (n == "p" || n == "div" || n == "table" || n == "tr" || n == "details" || n == "summary") {
      flush();
    } else if (n == "td" || n == "th") {
      if (start && !current.spans.empty()) add_text("  ");
    }
  }

  void image(const HtmlToken& t) {
    const std::string* alt = t.attribute("alt");
    const std::string* title = t.attribute("title");
    if (has_class(t, "emoji")) {  // emoji as text, by name
      add_text(title && !title->empty() ? *title : alt ? *alt : std::string());
      return;
    }
    if (has_class(t, "avatar")) return;  // the quote title's avatar: the name says who
    // Images come over http(s) or from the forum's own paths ("/uploads/..."), nothing else.
    const std::string* src = t.attribute("src");
    std::string target = src ? link_target(*src) : std::string();
    bool web = target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0;
    if (!web && !is_route_link(target)) {
      if (alt && !alt->empty()) add_text("[" + *alt + "]");
      return;
    }
    flush(RichBlock::Kind::image);
    current.image_src = web ? target : target.substr(1);
    current.image_alt = alt ? *alt : std::string();
    current.image_width = int_attribute(t, "width");
    current.image_height = int_attribute(t, "height");
    flush();
  }
};

}  // namespace

std::string link_target(std::string_view href) {
  // Leading and trailing white space is not part of an address.
  while (!href.empty() && (href.front() == ' ' || href.front() == '\n' || href.front() == '\t')) href.remove_prefix(1);
  while (!href.empty() && (href.back() == ' ' || href.back() == '\n' || href.back() == '\t')) href.remove_suffix(1);
  if (href.empty()) return {};
  for (char c : href)
    if (static_cast<unsigned char>(c) < 0x20) return {};
  if (is_openable_link(href)) return std::string(href);
  if (href.size() > 1 && href[0] == '#' && href[1] == '/') return std::string(href);
  if (href[0] == '/' && (href.size() == 1 || href[1] != '/')) {
    if (href.find(':') != std::string_view::npos) return {};
    return "#" + std::string(href);  // the forum's own path, as a route in Hearth
  }
  return {};
}

bool is_route_link(std::string_view target) { return target.size() > 1 && target[0] == '#' && target[1] == '/'; }

std::string block_text(const RichBlock& b) {
  std::string out;
  for (const auto& s : b.spans) out += s.text;
  for (auto& c : out)
    if (c == '\x01') c = '\n';
  return out;
}

RichText rich_text_from_cooked(std::string_view cooked_html, std::size_t max_chars) {
  HtmlReader r;
  r.max_chars = max_chars;
  for (const auto& t : tokenize_html(cooked_html)) r.token(t);
  r.flush();
  // Line breaks inside paragraphs were kept as \x01 through the white-space collapse.
  for (auto& b : r.out.blocks)
    for (auto& s : b.spans)
      for (auto& c : s.text)
        if (c == '\x01') c = '\n';
  return std::move(r.out);
}

}  // namespace hearth::state
