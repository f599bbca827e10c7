// Topics, topic lists and posts, as Discourse's /latest.json and /t/{id}.json describe them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"

namespace hearth::model {

// Discourse's post action type ids (take the list from /site.json where it matters).
inline constexpr std::int64_t k_like_action = 2;

struct TopicListItem {
  std::int64_t id = 0;
  std::string title;
  std::string slug;
  std::int64_t category_id = 0;
  std::int64_t posts_count = 0;
  std::int64_t reply_count = 0;
  std::int64_t like_count = 0;
  std::int64_t views = 0;
  std::string created_at;      // ISO 8601, UTC
  std::string last_posted_at;  // ISO 8601, UTC
  std::string last_poster_username;
  bool pinned = false;
  bool closed = false;
  bool archived = false;
  bool unseen = false;
  std::int64_t unread_posts = 0;
};

struct TopicList {
  std::vector<TopicListItem> topics;
  std::optional<std::string> more_topics_url;  // next page, absent on the last one
};

// One entry of a post's actions_summary (likes and flags).
struct PostAction {
  std::int64_t id = 0;  // post action type id
  std::int64_t count = 0;
  bool acted = false;
  bool can_act = false;
  bool can_undo = false;
};

struct Post {
  std::int64_t id = 0;
  std::int64_t post_number = 0;
  std::int64_t topic_id = 0;
  std::int64_t user_id = 0;
  std::string username;
  std::string avatar_template;
  std::string name;
  std::string user_title;
  std::string created_at;
  std::string updated_at;
  std::string cooked;                // HTML as the server cooked it; never injected into a DOM
  std::optional<std::string> raw;    // present when editing
  std::int64_t reply_to_post_number = 0;
  std::int64_t reply_count = 0;
  bool hidden = false;
  bool cooked_hidden = false;
  bool yours = false;
  bool can_edit = false;
  bool staff = false;
  bool admin = false;
  bool moderator = false;
  bool can_delete = false;
  bool can_see_hidden_post = false;
  bool user_deleted = false;
  std::string deleted_at;  // empty unless deleted
  std::string edit_reason;
  std::int64_t version = 1;
  std::int64_t reviewable_id = 0;
  std::int64_t like_count = 0;
  std::vector<PostAction> actions_summary;

  const PostAction* action(std::int64_t type_id) const;
  bool liked() const;
};

struct Topic {
  std::int64_t id = 0;
  std::string title;
  std::string slug;
  std::int64_t category_id = 0;
  std::int64_t posts_count = 0;
  std::int64_t like_count = 0;
  std::string created_at;
  std::vector<Post> posts;          // the posts loaded so far (post_stream.posts)
  std::vector<std::int64_t> stream;  // every post id of the topic, in order
};

// /latest.json, /new.json, /unread.json, /top.json, /c/{slug}/{id}.json and
// /topics/private-messages/{username}.json all answer with a topic list.
Parsed<TopicList> parse_topic_list(std::string_view json_text);
// Streams from the parser's events straight into the model (topic_sax.cpp), no JSON DOM.
Parsed<Topic> parse_topic(std::string_view json_text);
// The same through a JSON DOM: the reference for tests and benchmarks.
Parsed<Topic> parse_topic_dom(std::string_view json_text);
// /t/{id}/posts.json?post_ids[]=...: {"post_stream": {"posts": [...]}}
Parsed<std::vector<Post>> parse_topic_posts(std::string_view json_text);
// POST /posts.json and POST /post_actions.json answer with the post itself.
Parsed<Post> parse_post(std::string_view json_text);
// PUT /posts/{id}.json answers {"post": {...}}.
Parsed<Post> parse_post_update(std::string_view json_text);

Post read_post(ObjectReader& r);
TopicListItem read_topic_list_item(ObjectReader& r);

}  // namespace hearth::model
