// Times as the API sends them (ISO 8601 in UTC) and as members read them ("3 hours ago").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hearth::model {

// Seconds since the Unix epoch; nullopt when the text is not an ISO 8601 UTC timestamp.
std::optional<std::int64_t> parse_iso8601(std::string_view text);
std::string format_iso8601(std::int64_t unix_seconds);
// "27 November 2026" (UTC): a date members read.
std::string format_day(std::int64_t unix_seconds);

// "just now", "5 min", "3 h", "2 d", "4 mo", "2 y": the short age shown in lists and posts.
std::string short_age(std::int64_t then_unix, std::int64_t now_unix);

}  // namespace hearth::model
