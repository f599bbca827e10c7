// Path-keeping JSON field reader used by every response parser.
#include "model/json_reader.h"

#include <cmath>

namespace hearth::model {

namespace {
constexpr std::size_t k_max_depth = k_max_json_depth;  // checked before parsing

std::optional<std::size_t> too_deep_at(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > k_max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}
}  // namespace

std::string ParseError::to_string() const {
  return path.empty() ? message : path + ": " + message;
}

void ParseContext::fail(std::string path, std::string message) {
  if (!error) error = ParseError{std::move(path), std::move(message)};
}

const char* json_type_name(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "integer";
    case Json::value_t::number_float: return "number";
    case Json::value_t::binary: return "binary";
    case Json::value_t::discarded: return "invalid";
  }
  return "unknown";
}

Parsed<Json> parse_json_text(std::string_view text) {
  if (auto at = too_deep_at(text))
    return ParseError{"", "nested more than " + std::to_string(k_max_depth) +
                              " levels deep at byte " + std::to_string(*at)};
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Re-run with a SAX handler that records where the syntax broke (no exceptions).
    struct Locator : nlohmann::json_sax<Json> {
      std::string where;
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t&) override { return true; }
      bool string(string_t&) override { return true; }
      bool binary(binary_t&) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t&) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t position, const std::string&,
                       const nlohmann::detail::exception&) override {
        where = "byte " + std::to_string(position);
        return false;
      }
    } locator;
    Json::sax_parse(text.begin(), text.end(), &locator, nlohmann::detail::input_format_t::json,
                    /*strict=*/true);
    if (text.empty()) return ParseError{"", "empty body, expected JSON"};
    return ParseError{"", "malformed JSON" + (locator.where.empty() ? "" : " at " + locator.where)};
  }
  return j;
}

ObjectReader::ObjectReader(const Json& object, std::string path, ParseContext& ctx)
    : object_(object), path_(std::move(path)), ctx_(ctx) {}

std::string ObjectReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const Json* ObjectReader::find(std::string_view key) const {
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return nullptr;
  return &*it;
}

bool ObjectReader::has(std::string_view key) const { return find(key) != nullptr; }

void ObjectReader::type_error(std::string_view key, const char* expected, const Json& got) {
  ctx_.fail(path_of(key), std::string("expected ") + expected + ", got " + json_type_name(got));
}

static bool is_integral(const Json& j) {
  if (j.is_number_integer()) return true;
  if (j.is_number_float()) {  // 3.0 is an integer in JSON's eyes; 3.5 is not
    double d = j.get<double>();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
  }
  return false;
}

static std::int64_t as_int(const Json& j) {
  if (j.is_number_unsigned()) return static_cast<std::int64_t>(j.get<std::uint64_t>());
  if (j.is_number_integer()) return j.get<std::int64_t>();
  return static_cast<std::int64_t>(j.get<double>());
}

std::int64_t ObjectReader::required_int(std::string_view key) {
  const Json* v = find(key);
  if (!v) {
    ctx_.fail(path_of(key), object_.contains(key) ? "expected integer, got null" : "missing");
    return 0;
  }
  if (!is_integral(*v)) { type_error(key, "integer", *v); return 0; }
  return as_int(*v);
}

std::optional<std::int64_t> ObjectReader::maybe_int(std::string_view key) {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  if (!is_integral(*v)) { type_error(key, "integer", *v); return std::nullopt; }
  return as_int(*v);
}

std::int64_t ObjectReader::optional_int(std::string_view key, std::int64_t fallback) {
  return maybe_int(key).value_or(fallback);
}

std::string ObjectReader::required_string(std::string_view key) {
  const Json* v = find(key);
  if (!v) {
    ctx_.fail(path_of(key), object_.contains(key) ? "expected string, got null" : "missing");
    return {};
  }
  if (!v->is_string()) { type_error(key, "string", *v); return {}; }
  return v->get<std::string>();
}

std::optional<std::string> ObjectReader::maybe_string(std::string_view key) {
  const Json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_string()) { type_error(key, "string", *v); return std::nullopt; }
  return v->get<std::string>();
}

std::string ObjectReader::optional_string(std::string_view key, std::string fallback) {
  auto s = maybe_string(key);
  return s ? std::move(*s) : std::move(fallback);
}

bool ObjectReader::optional_bool(std::string_view key, bool fallback) {
  const Json* v = find(key);
  if (!v) return fallback;
  if (!v->is_boolean()) { type_error(key, "boolean", *v); return fallback; }
  return v->get<bool>();
}

double ObjectReader::optional_number(std::string_view key, double fallback) {
  const Json* v = find(key);
  if (!v) return fallback;
  if (!v->is_number()) { type_error(key, "number", *v); return fallback; }
  return v->get<double>();
}

std::vector<std::int64_t> ObjectReader::optional_int_array(std::string_view key) {
  std::vector<std::int64_t> out;
  const Json* a = optional_array(key);
  if (!a) return out;
  out.reserve(a->size());
  std::size_t i = 0;
  for (const auto& v : *a) {
    if (!is_integral(v)) {
      ctx_.fail(path_of(key) + "[" + std::to_string(i) + "]",
                std::string("expected integer, got ") + json_type_name(v));
      return out;
    }
    out.push_back(as_int(v));
    ++i;
  }
  return out;
}

const Json* ObjectReader::required_object(std::string_view key) {
  const Json* v = find(key);
  if (!v) { ctx_.fail(path_of(key), "missing"); return nullptr; }
  if (!v->is_object()) { type_error(key, "object", *v); return nullptr; }
  return v;
}

const Json* ObjectReader::optional_object(std::string_view key) {
  const Json* v = find(key);
  if (!v) return nullptr;
  if (!v->is_object()) { type_error(key, "object", *v); return nullptr; }
  return v;
}

const Json* ObjectReader::required_array(std::string_view key) {
  const Json* v = find(key);
  if (!v) { ctx_.fail(path_of(key), "missing"); return nullptr; }
  if (!v->is_array()) { type_error(key, "array", *v); return nullptr; }
  return v;
}

const Json* ObjectReader::optional_array(std::string_view key) {
  const Json* v = find(key);
  if (!v) return nullptr;
  if (!v->is_array()) { type_error(key, "array", *v); return nullptr; }
  return v;
}

}  // namespace hearth::model
