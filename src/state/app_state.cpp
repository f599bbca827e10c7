// update(): routes, loading and results for the topic list and topic screens.
#include "state/app_state.h"

#include "model/slug.h"

namespace hearth::state {

namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

bool is_offline(const api::ApiError& e) { return e.kind == api::ApiErrorKind::network; }

void load_list(State& s, api::TopicListQuery query, Effects& fx) {
  bool same = s.list.query == query && (s.list.phase == Phase::loaded || s.list.phase == Phase::loading);
  if (same) return;  // back to a list already shown: keep it (and its scroll place)
  s.list = TopicListScreen{};
  s.list.query = query;
  s.list.phase = Phase::loading;
  fx.push_back(LoadTopicList{query});
}

void load_topic(State& s, const TopicRoute& r, Effects& fx) {
  s.topic.target_post_number = r.post_number;
  if (s.topic.topic_id == r.id && (s.topic.phase == Phase::loaded || s.topic.phase == Phase::loading))
    return;
  s.topic = TopicScreen{};
  s.topic.topic_id = r.id;
  s.topic.target_post_number = r.post_number;
  s.topic.phase = Phase::loading;
  fx.push_back(LoadTopic{r.id});
}

void enter_route(State& s, Route route, Effects& fx) {
  s.route = std::move(route);
  if (std::holds_alternative<LatestRoute>(s.route)) {
    load_list(s, api::TopicListQuery{}, fx);
  } else if (const auto* c = std::get_if<CategoryRoute>(&s.route)) {
    api::TopicListQuery q;
    q.category_id = c->id;
    load_list(s, q, fx);
  } else if (const auto* t = std::get_if<TopicRoute>(&s.route)) {
    load_topic(s, *t, fx);
  }
}

}  // namespace

State update(State s, const Action& action, Effects& fx) {
  std::visit(
      Overloaded{
          [&](const AppStarted& a) {
            s.now = a.now;
            s.site_phase = Phase::loading;
            fx.push_back(LoadSite{});
            Route r = parse_route(a.hash);
            std::string canonical = format_route(r);
            if (canonical != a.hash) fx.push_back(ReplaceRoute{canonical});
            enter_route(s, std::move(r), fx);
          },
          [&](const RouteChanged& a) { enter_route(s, parse_route(a.hash), fx); },
          [&](const Tick& a) { s.now = a.now; },
          [&](const SiteLoaded& a) {
            s.site = a.site;
            s.site_phase = Phase::loaded;
            s.site_error.reset();
          },
          [&](const SiteFailed& a) {
            s.site_phase = Phase::failed;
            s.site_error = a.error;
          },
          [&](const TopicListLoaded& a) {
            if (!(a.query == s.list.query)) return;  // an answer for a list we have left
            s.list.phase = Phase::loaded;
            s.list.topics = a.list.topics;
            s.list.more_topics_url = a.list.more_topics_url;
            s.list.error.reset();
          },
          [&](const TopicListFailed& a) {
            if (!(a.query == s.list.query)) return;
            s.list.phase = Phase::failed;
            s.list.error = a.error;
          },
          [&](const TopicLoaded& a) {
            if (a.topic_id != s.topic.topic_id) return;  // the member moved on
            s.topic.phase = Phase::loaded;
            s.topic.topic = a.topic;
            s.topic.error.reset();
          },
          [&](const TopicFailed& a) {
            if (a.topic_id != s.topic.topic_id) return;
            s.topic.phase = Phase::failed;
            s.topic.error = a.error;
          },
          [&](const TopicPressed& a) {
            std::string slug = a.slug.empty() ? "topic" : a.slug;
            fx.push_back(NavigateTo{format_route(TopicRoute{slug, a.topic_id, 0})});
          },
          [&](const CategoryPressed& a) {
            std::string slug = a.slug.empty() ? "category" : a.slug;
            fx.push_back(NavigateTo{format_route(CategoryRoute{slug, a.category_id})});
          },
          [&](const LatestPressed&) { fx.push_back(NavigateTo{format_route(LatestRoute{})}); },
          [&](const RetryPressed&) {
            if (s.site_phase == Phase::failed) {
              s.site_phase = Phase::loading;
              fx.push_back(LoadSite{});
            }
            if (s.list.phase == Phase::failed &&
                !std::holds_alternative<TopicRoute>(s.route)) {
              s.list.phase = Phase::idle;
              enter_route(s, s.route, fx);
            }
            if (s.topic.phase == Phase::failed && std::holds_alternative<TopicRoute>(s.route)) {
              s.topic.phase = Phase::idle;
              enter_route(s, s.route, fx);
            }
          },
      },
      action);
  return s;
}

std::string page_title(const State& s) {
  std::string site = s.site.title.empty() ? "Hearth" : s.site.title;
  if (const auto* t = std::get_if<TopicRoute>(&s.route)) {
    (void)t;
    if (s.topic.topic) return s.topic.topic->title + " - " + site;
    return site;
  }
  if (const auto* c = std::get_if<CategoryRoute>(&s.route)) {
    if (const auto* cat = s.site.category(c->id)) return cat->name + " - " + site;
    return site;
  }
  if (std::holds_alternative<NotFoundRoute>(s.route)) return "Page not found - " + site;
  return "Latest topics - " + site;
}

bool is_ready(const State& s) {
  if (s.site_phase == Phase::loading || s.site_phase == Phase::idle) return false;
  if (std::holds_alternative<TopicRoute>(s.route))
    return s.topic.phase == Phase::loaded || s.topic.phase == Phase::failed;
  if (std::holds_alternative<NotFoundRoute>(s.route)) return true;
  return s.list.phase == Phase::loaded || s.list.phase == Phase::failed;
}

std::vector<Banner> banners(const State& s) {
  std::vector<Banner> out;
  auto add = [&](const api::ApiError& e) {
    Banner b{is_offline(e) ? "offline" : "error", api::member_message(e), api::can_retry(e)};
    for (const auto& existing : out)
      if (existing.message == b.message) return;
    out.push_back(std::move(b));
  };
  if (s.site_error) add(*s.site_error);
  bool on_topic = std::holds_alternative<TopicRoute>(s.route);
  if (on_topic && s.topic.error) add(*s.topic.error);
  if (!on_topic && s.list.error) add(*s.list.error);
  return out;
}

}  // namespace hearth::state
