// Small helpers the embedded community's rules share: a refusal in the forum's error shape, and
// an operation's arguments read without exceptions (a missing or mistyped one reads as empty).
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api_error.h"

namespace hearth::api::local {

inline ApiError refuse(ApiErrorKind kind, int status, std::string sentence) {
  return ApiError{kind, status, sentence, {sentence}, 0};
}
inline std::string str(const nlohmann::json& args, const char* key) {
  auto it = args.find(key);
  return it != args.end() && it->is_string() ? it->get<std::string>() : std::string();
}
inline std::int64_t num(const nlohmann::json& args, const char* key) {
  auto it = args.find(key);
  return it != args.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

}  // namespace hearth::api::local
