// JSON mapping of /search.json.
#include "model/search.h"

namespace hearth::model {

Parsed<SearchResult> parse_search(std::string_view json_text) {
  return read_document<SearchResult>(json_text, [](ObjectReader& r) {
    SearchResult s;
    s.posts = r.objects<SearchPost>(r.optional_array("posts"), "posts", [](ObjectReader& p) {
      SearchPost out;
      out.id = p.required_int("id");
      out.topic_id = p.required_int("topic_id");
      out.post_number = p.optional_int("post_number");
      out.username = p.optional_string("username");
      out.name = p.optional_string("name");
      out.created_at = p.optional_string("created_at");
      out.like_count = p.optional_int("like_count");
      out.blurb = p.optional_string("blurb");
      return out;
    });
    s.topics = r.objects<TopicListItem>(r.optional_array("topics"), "topics", read_topic_list_item);
    s.users = r.objects<SearchUser>(r.optional_array("users"), "users", [](ObjectReader& u) {
      SearchUser out;
      out.id = u.required_int("id");
      out.username = u.required_string("username");
      out.name = u.optional_string("name");
      out.avatar_template = u.optional_string("avatar_template");
      return out;
    });
    if (const Json* g = r.optional_object("grouped_search_result")) {
      ObjectReader gr(*g, "grouped_search_result", r.context());
      s.term = gr.optional_string("term");
      s.more_posts = gr.has("more_full_page_results") || gr.has("more_posts");
      s.error = gr.optional_string("error");
    }
    return s;
  });
}

}  // namespace hearth::model
