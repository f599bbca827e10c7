// The first post of a topic that continues from another post.
#include "api/forum_api.h"

namespace hearth::api {

std::string linked_topic_raw(const LinkedTopic& t) {
  const LinkedSource& s = t.source;
  std::string link = "/t/" + (s.topic_slug.empty() ? std::string("topic") : s.topic_slug) + "/" +
                     std::to_string(s.topic_id) + "/" + std::to_string(s.post_number);
  std::string raw = "Continuing the discussion from [" + s.topic_title + "](" + link + "):\n\n";
  if (!s.quote.empty()) {
    raw += "[quote=\"" + s.username + ", post:" + std::to_string(s.post_number) +
           ", topic:" + std::to_string(s.topic_id) + "\"]\n" + s.quote + "\n[/quote]\n\n";
  }
  raw += t.raw;
  return raw;
}

}  // namespace hearth::api
