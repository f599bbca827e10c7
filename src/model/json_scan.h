// A strict JSON (RFC 8259) pull scanner that drives a SAX handler directly: no DOM, no
// recursion (a hostile 10^5-deep document costs a small stack of bytes), strings checked as
// UTF-8 and unescaped into one reused buffer, and plain strings copied in one go. It is the
// fast path under the topic parser, which sees the same events nlohmann's SAX interface gives.
//
// Handler: null(), boolean(bool), number_integer(std::int64_t), number_unsigned(std::uint64_t),
// number_float(double, const std::string&), string(std::string&), key(std::string&),
// start_object(std::size_t), end_object(), start_array(std::size_t), end_array() (each returns
// false to stop) and syntax_error(std::size_t byte) for malformed text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "model/utf8.h"

namespace hearth::model {

namespace json_scan_detail {

inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Length of the valid UTF-8 sequence starting at p (non-ASCII lead byte), or 0 if invalid.
inline int utf8_sequence(const unsigned char* p, const unsigned char* end) {
  unsigned char c = p[0];
  auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] > 0x8F) return 0;
    return 4;
  }
  return 0;
}

inline int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace json_scan_detail

template <class Handler>
class JsonScanner {
 public:
  JsonScanner(std::string_view text, Handler& h)
      : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), h_(h) {}

  // True when the whole text was one valid JSON value and the handler never stopped.
  bool run() {
    using namespace json_scan_detail;
    std::vector<char> stack;
    Next next = Next::value;
    while (true) {
      skip_ws();
      switch (next) {
        case Next::done:
          return p_ == end_ ? true : fail();  // nothing may follow the document
        case Next::object_first:
          if (at('}')) { ++p_; if (!close(stack, '{')) return false; next = after(stack); continue; }
          [[fallthrough]];
        case Next::object_key:
          if (!at('"')) return fail();
          if (!read_string(key_)) return false;
          if (!h_.key(key_)) return false;
          skip_ws();
          if (!at(':')) return fail();
          ++p_;
          next = Next::value;
          continue;
        case Next::object_after:
          if (at(',')) { ++p_; next = Next::object_key; continue; }
          if (at('}')) { ++p_; if (!close(stack, '{')) return false; next = after(stack); continue; }
          return fail();
        case Next::array_first:
          if (at(']')) { ++p_; if (!close(stack, '[')) return false; next = after(stack); continue; }
          next = Next::value;
          continue;
        case Next::array_after:
          if (at(',')) { ++p_; next = Next::value; continue; }
          if (at(']')) { ++p_; if (!close(stack, '[')) return false; next = after(stack); continue; }
          return fail();
        case Next::value:
          if (p_ >= end_) return fail();
          if (*p_ == '{') {
            ++p_;
            stack.push_back('{');
            if (!h_.start_object(static_cast<std::size_t>(-1))) return false;
            next = Next::object_first;
            continue;
          }
          if (*p_ == '[') {
            ++p_;
            stack.push_back('[');
            if (!h_.start_array(static_cast<std::size_t>(-1))) return false;
            next = Next::array_first;
            continue;
          }
          if (!scalar()) return false;
          next = after(stack);
          continue;
      }
    }
  }

 private:
  enum class Next { value, object_first, object_key, object_after, array_first, array_after, done };

  bool close(std::vector<char>& stack, char open) {
    if (stack.empty() || stack.back() != open) return fail();
    stack.pop_back();
    return open == '{' ? h_.end_object() : h_.end_array();
  }
  // After a complete value: the end of the document, or what follows a value in its parent.
  static Next after(const std::vector<char>& stack) {
    if (stack.empty()) return Next::done;
    return stack.back() == '{' ? Next::object_after : Next::array_after;
  }

  bool at(char c) const { return p_ < end_ && *p_ == c; }
  void skip_ws() {
    while (p_ < end_ && json_scan_detail::is_ws(*p_)) ++p_;
  }
  bool fail() {
    h_.syntax_error(static_cast<std::size_t>(p_ - begin_) + 1);
    return false;
  }

  bool literal(const char* word, std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return fail();
    p_ += n;
    return true;
  }

  bool scalar() {
    switch (*p_) {
      case '"':
        if (!read_string(value_)) return false;
        return h_.string(value_);
      case 't': return literal("true", 4) && h_.boolean(true);
      case 'f': return literal("false", 5) && h_.boolean(false);
      case 'n': return literal("null", 4) && h_.null();
      default: return number();
    }
  }

  bool number() {
    const char* start = p_;
    bool negative = at('-');
    if (negative) ++p_;
    if (p_ >= end_ || *p_ < '0' || *p_ > '9') return fail();
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    bool integral = true;
    if (at('.')) {
      integral = false;
      ++p_;
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') return fail();
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (at('e') || at('E')) {
      integral = false;
      ++p_;
      if (at('+') || at('-')) ++p_;
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') return fail();
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    std::size_t digits = static_cast<std::size_t>(p_ - start) - (negative ? 1 : 0);
    if (integral && digits <= 18) {
      std::int64_t v = 0;
      for (const char* d = start + (negative ? 1 : 0); d < p_; ++d) v = v * 10 + (*d - '0');
      return negative ? h_.number_integer(-v) : h_.number_unsigned(static_cast<std::uint64_t>(v));
    }
    number_text_.assign(start, p_);
    if (integral && !negative && digits <= 20) {
      errno = 0;
      char* stop = nullptr;
      unsigned long long u = std::strtoull(number_text_.c_str(), &stop, 10);
      if (errno == 0) return h_.number_unsigned(static_cast<std::uint64_t>(u));
    } else if (integral && negative && digits <= 19) {
      errno = 0;
      char* stop = nullptr;
      long long v = std::strtoll(number_text_.c_str(), &stop, 10);
      if (errno == 0) return h_.number_integer(static_cast<std::int64_t>(v));
    }
    return h_.number_float(std::strtod(number_text_.c_str(), nullptr), number_text_);
  }

  // Reads the string at p_ (on its opening quote) into `out`: plain runs are copied whole,
  // escapes decoded, control characters and invalid UTF-8 refused.
  bool read_string(std::string& out) {
    using namespace json_scan_detail;
    ++p_;
    out.clear();
    const char* run = p_;
    while (true) {
      // The common case: printable ASCII up to the next quote or backslash, eight bytes at a
      // time while none of them is special.
      while (end_ - p_ >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p_, 8);
        if (special_byte(w)) break;
        p_ += 8;
      }
      while (p_ < end_) {
        unsigned char c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++p_;
      }
      if (p_ >= end_) return fail();
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        out.append(run, p_);
        ++p_;
        return true;
      }
      if (c < 0x20) return fail();
      if (c >= 0x80) {
        int n = utf8_sequence(reinterpret_cast<const unsigned char*>(p_), reinterpret_cast<const unsigned char*>(end_));
        if (n == 0) return fail();
        p_ += n;
        continue;
      }
      // A backslash escape.
      out.append(run, p_);
      ++p_;
      if (p_ >= end_) return fail();
      char e = *p_++;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair: the low half must follow
            std::uint32_t low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return fail();
            p_ += 2;
            if (!hex4(low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return fail();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail();
          }
          append_utf8(out, cp);
          break;
        }
        default: --p_; return fail();
      }
      run = p_;
    }
  }

  // Whether any byte of `w` is a quote, a backslash, a control character or not ASCII.
  static bool special_byte(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    return (has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\')) | below_space | (w & highs)) != 0;
  }

  bool hex4(std::uint32_t& cp) {
    if (end_ - p_ < 4) return fail();
    for (int i = 0; i < 4; ++i) {
      int h = json_scan_detail::hex(p_[i]);
      if (h < 0) { p_ += i; return fail(); }
      cp = cp * 16 + static_cast<std::uint32_t>(h);
    }
    p_ += 4;
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  Handler& h_;
  std::string key_, value_, number_text_;
};

}  // namespace hearth::model
