// Reads JSON objects field by field, keeping the path of each value so that the first problem
// is reported precisely ("post_stream.posts[3].post_number: expected integer, got string").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/result.h"

namespace hearth::model {

using Json = nlohmann::json;

struct ParseError {
  std::string path;     // e.g. "topic_list.topics[2].id"; empty for the document itself
  std::string message;  // e.g. "expected integer, got string"
  std::string to_string() const;
  bool operator==(const ParseError& o) const { return path == o.path && message == o.message; }
};

template <class T>
using Parsed = Result<T, ParseError>;

// Documents nested deeper than this are refused (nlohmann's DOM recurses when it builds and
// destroys values, so a hostile 10^5-deep document must never reach it).
inline constexpr std::size_t k_max_json_depth = 512;

// Parses text without exceptions; a syntax error names the byte offset.
Parsed<Json> parse_json_text(std::string_view text);

const char* json_type_name(const Json& j);

// Shared by all readers of one document: only the first error is kept.
struct ParseContext {
  std::optional<ParseError> error;
  void fail(std::string path, std::string message);
};

// A view of one JSON object at a path. Optional fields treat a missing key and null alike.
class ObjectReader {
 public:
  ObjectReader(const Json& object, std::string path, ParseContext& ctx);

  bool ok() const { return !ctx_.error; }
  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const;
  bool has(std::string_view key) const;  // present and not null

  std::int64_t required_int(std::string_view key);
  std::string required_string(std::string_view key);
  std::int64_t optional_int(std::string_view key, std::int64_t fallback = 0);
  std::optional<std::int64_t> maybe_int(std::string_view key);
  std::string optional_string(std::string_view key, std::string fallback = {});
  std::optional<std::string> maybe_string(std::string_view key);
  bool optional_bool(std::string_view key, bool fallback = false);
  double optional_number(std::string_view key, double fallback = 0);
  std::vector<std::int64_t> optional_int_array(std::string_view key);

  // A nested object: nullptr (with the error recorded) when required and missing or mistyped.
  const Json* required_object(std::string_view key);
  const Json* optional_object(std::string_view key);
  const Json* required_array(std::string_view key);
  const Json* optional_array(std::string_view key);

  // Reads each element of an array with `read(ObjectReader&) -> T`.
  template <class T, class ReadFn>
  std::vector<T> objects(const Json* array, std::string_view key, ReadFn read) {
    std::vector<T> out;
    if (!array) return out;
    out.reserve(array->size());
    std::size_t i = 0;
    for (const auto& element : *array) {
      std::string element_path = path_of(key) + "[" + std::to_string(i++) + "]";
      if (!element.is_object()) {
        ctx_.fail(element_path, std::string("expected object, got ") + json_type_name(element));
        return out;
      }
      ObjectReader r(element, std::move(element_path), ctx_);
      out.push_back(read(r));
      if (!ok()) return out;
    }
    return out;
  }

  ParseContext& context() { return ctx_; }

 private:
  const Json* find(std::string_view key) const;
  void type_error(std::string_view key, const char* expected, const Json& got);

  const Json& object_;
  std::string path_;
  ParseContext& ctx_;
};

// Parses `text`, checks the root is an object and runs `read` on it.
template <class T, class ReadFn>
Parsed<T> read_document(std::string_view text, ReadFn read) {
  auto doc = parse_json_text(text);
  if (!doc.ok()) return doc.error();
  const Json& root = doc.value();
  if (!root.is_object())
    return ParseError{"", std::string("expected a JSON object, got ") + json_type_name(root)};
  ParseContext ctx;
  ObjectReader r(root, "", ctx);
  T value = read(r);
  if (ctx.error) return *ctx.error;
  return value;
}

}  // namespace hearth::model
