// Search results (/search.json): matching posts with their blurbs, topics and members.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"
#include "model/topic.h"

namespace hearth::model {

struct SearchPost {
  std::int64_t id = 0;
  std::int64_t topic_id = 0;
  std::int64_t post_number = 0;
  std::string username;
  std::string name;
  std::string created_at;
  std::int64_t like_count = 0;
  std::string blurb;  // plain text around the match
};

struct SearchUser {
  std::int64_t id = 0;
  std::string username;
  std::string name;
  std::string avatar_template;
};

struct SearchResult {
  std::string term;
  std::vector<SearchPost> posts;
  std::vector<TopicListItem> topics;
  std::vector<SearchUser> users;
  bool more_posts = false;  // grouped_search_result.more_full_page_results / more_posts
  std::string error;        // the server's explanation when the query was refused (too short...)
};

Parsed<SearchResult> parse_search(std::string_view json_text);

}  // namespace hearth::model
