// JSON mapping of topic lists (/latest.json and friends) and topics (/t/{id}.json).
#include "model/topic.h"

namespace hearth::model {

const PostAction* Post::action(std::int64_t type_id) const {
  for (const auto& a : actions_summary)
    if (a.id == type_id) return &a;
  return nullptr;
}

bool Post::liked() const {
  const PostAction* a = action(k_like_action);
  return a && a->acted;
}

TopicListItem read_topic_list_item(ObjectReader& r) {
  TopicListItem t;
  t.id = r.required_int("id");
  t.title = r.required_string("title");
  t.slug = r.optional_string("slug");
  t.category_id = r.optional_int("category_id");
  t.posts_count = r.optional_int("posts_count");
  t.reply_count = r.optional_int("reply_count");
  t.like_count = r.optional_int("like_count");
  t.views = r.optional_int("views");
  t.created_at = r.optional_string("created_at");
  t.last_posted_at = r.optional_string("last_posted_at", t.created_at);
  t.last_poster_username = r.optional_string("last_poster_username");
  t.pinned = r.optional_bool("pinned");
  t.closed = r.optional_bool("closed");
  t.archived = r.optional_bool("archived");
  t.unseen = r.optional_bool("unseen");
  t.unread_posts = r.optional_int("unread_posts");
  return t;
}

static PostAction read_post_action(ObjectReader& r) {
  PostAction a;
  a.id = r.required_int("id");
  a.count = r.optional_int("count");
  a.acted = r.optional_bool("acted");
  a.can_act = r.optional_bool("can_act");
  a.can_undo = r.optional_bool("can_undo");
  return a;
}

Post read_post(ObjectReader& r) {
  Post p;
  p.id = r.required_int("id");
  p.post_number = r.required_int("post_number");
  p.topic_id = r.optional_int("topic_id");
  p.user_id = r.optional_int("user_id");
  p.username = r.required_string("username");
  p.avatar_template = r.optional_string("avatar_template");
  p.name = r.optional_string("name");
  p.user_title = r.optional_string("user_title");
  p.created_at = r.optional_string("created_at");
  p.updated_at = r.optional_string("updated_at", p.created_at);
  p.cooked = r.optional_string("cooked");
  p.raw = r.maybe_string("raw");
  p.reply_to_post_number = r.optional_int("reply_to_post_number");
  p.reply_count = r.optional_int("reply_count");
  p.hidden = r.optional_bool("hidden");
  p.cooked_hidden = r.optional_bool("cooked_hidden");
  p.yours = r.optional_bool("yours");
  p.can_edit = r.optional_bool("can_edit");
  p.staff = r.optional_bool("staff");
  p.admin = r.optional_bool("admin");
  p.moderator = r.optional_bool("moderator");
  p.can_delete = r.optional_bool("can_delete");
  p.can_see_hidden_post = r.optional_bool("can_see_hidden_post");
  p.user_deleted = r.optional_bool("user_deleted");
  p.deleted_at = r.optional_string("deleted_at");
  p.edit_reason = r.optional_string("edit_reason");
  p.version = r.optional_int("version", 1);
  p.reviewable_id = r.optional_int("reviewable_id");
  p.actions_summary =
      r.objects<PostAction>(r.optional_array("actions_summary"), "actions_summary", read_post_action);
  // Discourse sends like_count on posts; older responses only carry it in actions_summary.
  const PostAction* like = p.action(k_like_action);
  p.like_count = r.optional_int("like_count", like ? like->count : 0);
  return p;
}

Parsed<TopicList> parse_topic_list(std::string_view json_text) {
  return read_document<TopicList>(json_text, [](ObjectReader& root) {
    TopicList list;
    const Json* topic_list = root.required_object("topic_list");
    if (!topic_list) return list;
    ObjectReader r(*topic_list, "topic_list", root.context());
    list.topics = r.objects<TopicListItem>(r.required_array("topics"), "topics", read_topic_list_item);
    list.more_topics_url = r.maybe_string("more_topics_url");
    return list;
  });
}

// The DOM reader, kept as the reference the streaming parser (topic_sax.cpp) is tested and
// measured against.
Parsed<Topic> parse_topic_dom(std::string_view json_text) {
  return read_document<Topic>(json_text, [](ObjectReader& r) {
    Topic t;
    t.id = r.required_int("id");
    t.title = r.required_string("title");
    t.slug = r.optional_string("slug");
    t.category_id = r.optional_int("category_id");
    t.posts_count = r.optional_int("posts_count");
    t.like_count = r.optional_int("like_count");
    t.created_at = r.optional_string("created_at");
    const Json* stream = r.required_object("post_stream");
    if (!stream) return t;
    ObjectReader s(*stream, "post_stream", r.context());
    t.posts = s.objects<Post>(s.required_array("posts"), "posts", read_post);
    t.stream = s.optional_int_array("stream");
    return t;
  });
}

Parsed<Post> parse_post(std::string_view json_text) {
  return read_document<Post>(json_text, read_post);
}

Parsed<Post> parse_post_update(std::string_view json_text) {
  return read_document<Post>(json_text, [](ObjectReader& r) {
    const Json* post = r.required_object("post");
    if (!post) return Post{};
    ObjectReader p(*post, "post", r.context());
    return read_post(p);
  });
}

}  // namespace hearth::model
