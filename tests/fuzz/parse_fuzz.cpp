// libFuzzer target: every parser that reads outside input (forum responses, cooked HTML, demo
// seeds, routes, markdown) must answer with a value or an error, never crash or hang.
// The first byte picks the parser; the rest is the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/local_cook.h"
#include "api/local_seed.h"
#include "model/notification.h"
#include "model/review.h"
#include "model/search.h"
#include "model/session.h"
#include "model/site.h"
#include "model/time.h"
#include "model/topic.h"
#include "model/user.h"
#include "state/post_text.h"
#include "state/route.h"

using namespace hearth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 18) {
    case 0: (void)model::parse_site(text); break;
    case 1: (void)model::parse_topic_list(text); break;
    case 2: (void)model::parse_topic(text); break;
    case 3: (void)model::parse_topic_posts(text); break;
    case 4: (void)model::parse_post(text); break;
    case 5: (void)model::parse_post_update(text); break;
    case 6: (void)model::parse_user(text); break;
    case 7: (void)model::parse_notifications(text); break;
    case 8: (void)model::parse_search(text); break;
    case 9: (void)model::parse_review_queue(text); break;
    case 10: (void)model::parse_current_user(text); break;
    case 11: (void)model::parse_bus_poll(text); break;
    case 12: (void)model::parse_category_list(text); break;
    case 13: (void)api::parse_seed(text); break;
    case 14: (void)state::post_text_from_cooked(text); break;
    case 15: (void)api::cook_markdown(text); break;
    case 16: (void)state::format_route(state::parse_route(text)); break;
    case 17: (void)model::parse_iso8601(text); (void)model::parse_success(text); break;
  }
  return 0;
}
