// update(): routes, loading and results for the topic list and topic screens.
#include "state/app_state.h"
#include "state/rich_text.h"
#include "state/post_visibility.h"
#include "state/overloaded.h"

#include <algorithm>

#include "model/slug.h"
#include "model/time.h"
#include "state/post_text.h"

namespace hearth::state {

namespace {

bool is_offline(const api::ApiError& e) { return e.kind == api::ApiErrorKind::network; }

void load_list(State& s, api::TopicListQuery query, Effects& fx) {
  bool same = s.list.query == query && (s.list.phase == Phase::loaded || s.list.phase == Phase::loading);
  if (same) return;  // back to a list already shown: keep it (and its scroll place)
  s.list = TopicListScreen{};
  s.list.query = query;
  s.list.phase = Phase::loading;
  fx.push_back(LoadTopicList{query});
}

void load_topic(State& s, const TopicRoute& r, bool returning, Effects& fx) {
  s.topic.target_post_number = r.post_number;
  if (s.topic.topic_id == r.id && (s.topic.phase == Phase::loaded || s.topic.phase == Phase::loading)) {
    // A post's own address (a shared link, the reply just posted, j/k): bring it into sight,
    // loading the posts around it if they are not here yet.
    if (r.post_number > 0 && s.topic.phase == Phase::loaded)
      update_topic_view(s, TopicViewAction{JumpToPostPressed{r.post_number}}, fx);
    // Back on a topic after another screen: shown as it was at once, and asked for afresh, as
    // its live updates stopped while the member was away.
    // A load still pending when the member left was cancelled with the screen: ask again.
    if (returning) fx.push_back(LoadTopic{r.id});
    return;
  }
  s.topic = TopicScreen{};
  s.topic.topic_id = r.id;
  s.topic.target_post_number = r.post_number;
  s.topic.jump_pending = r.post_number > 0;  // shown once the topic is here
  s.topic.phase = Phase::loading;
  fx.push_back(LoadTopic{r.id});
}

api::LiveInterest live_interest(const State& s) {
  api::LiveInterest i;
  if (const auto* t = std::get_if<TopicRoute>(&s.route)) i.topic_id = t->id;
  i.topic_lists = is_topic_list(s.route);
  i.user_id = s.user ? s.user->id : 0;
  return i;
}

void enter_route(State& s, Route route, Effects& fx) {
  s.menu_open = false;
  bool topic_changed = !(route == s.route);
  // Coming to a topic from another screen (not moving within it: that only changes the post).
  const auto* was_topic = std::get_if<TopicRoute>(&s.route);
  const auto* to_topic = std::get_if<TopicRoute>(&route);
  bool returning = to_topic && !(was_topic && was_topic->id == to_topic->id);
  s.route = std::move(route);
  if (topic_changed) {
    auto saved = s.scroll_positions.find(format_route(s.route));
    s.scroll_to = saved == s.scroll_positions.end() ? 0.0f : saved->second;
  }
  if (topic_changed) fx.push_back(WatchLive{live_interest(s)});
  if (const auto* l = std::get_if<LatestRoute>(&s.route)) {
    api::TopicListQuery q;
    switch (l->kind) {
      case ListKind::latest: q.kind = api::TopicListKind::latest; break;
      case ListKind::new_topics: q.kind = api::TopicListKind::new_topics; break;
      case ListKind::unread: q.kind = api::TopicListKind::unread; break;
      case ListKind::top: q.kind = api::TopicListKind::top; break;
    }
    load_list(s, q, fx);
  } else if (const auto* c = std::get_if<CategoryRoute>(&s.route)) {
    api::TopicListQuery q;
    q.category_id = c->id;
    q.category_slug = c->slug;
    load_list(s, q, fx);
  } else if (const auto* t = std::get_if<TopicRoute>(&s.route)) {
    load_topic(s, *t, returning, fx);
  } else if (const auto* sr = std::get_if<SearchRoute>(&s.route)) {
    s.search.query = sr->query;
    if (!sr->query.empty() && !(s.search.result.phase == Phase::loaded && s.search.result.value.term == sr->query)) {
      s.search.result.phase = Phase::loading;
      s.search.result.error.reset();
      fx.push_back(Search{sr->query});
    }
  } else if (const auto* u = std::get_if<UserRoute>(&s.route)) {
    s.member.username = u->username;
    s.member.user.phase = Phase::loading;
    s.member.user.error.reset();
    fx.push_back(LoadMember{u->username});
  } else if (const auto* p = std::get_if<PageRoute>(&s.route)) {
    if (!s.user) return;  // the screen asks the member to sign in
    if (p->page == Page::notifications) {
      s.notifications.phase = Phase::loading;
      fx.push_back(LoadNotifications{});
    }
    if (p->page == Page::messages) {
      s.messages.phase = Phase::loading;
      fx.push_back(LoadMessages{s.user->username});
    }
    if (p->page == Page::review && s.user->staff()) {
      s.review = ReviewQueueScreen{};
      fx.push_back(LoadReviewQueue{});
    }
    if (p->page == Page::profile_editor && (!s.profile_editor || s.profile_editor->username != s.user->username)) {
      ProfileEditor e;
      e.username = s.user->username;
      s.profile_editor = e;
      fx.push_back(LoadProfile{e.username});
    }
    if ((p->page == Page::preferences || p->page == Page::blocked) &&
        (!s.preferences || s.preferences->username != s.user->username ||
         s.preferences->phase == Preferences::Phase::failed)) {
      Preferences prefs;
      prefs.username = s.user->username;
      prefs.values.theme = prefs.saved.theme = s.theme;
      s.preferences = prefs;
      fx.push_back(LoadPreferences{prefs.username});
    }
  }
}

// Puts fetched posts in their place in the stream: replaces ones already shown (an edit or a
// like), appends new ones, and counts those that arrived below the reader as new.
void merge_posts(model::Topic& topic, const std::vector<model::Post>& posts, std::int64_t& new_posts) {
  for (const auto& p : posts) {
    bool replaced = false;
    for (auto& existing : topic.posts)
      if (existing.id == p.id) { existing = p; replaced = true; }
    if (replaced) continue;
    topic.posts.push_back(p);
    if (std::find(topic.stream.begin(), topic.stream.end(), p.id) != topic.stream.end())
      continue;  // a post of the stream loaded around the reader, not a new one
    topic.stream.push_back(p.id);
    topic.posts_count = std::max<std::int64_t>(topic.posts_count, static_cast<std::int64_t>(topic.stream.size()));
    ++new_posts;
  }
  std::sort(topic.posts.begin(), topic.posts.end(),
            [](const model::Post& a, const model::Post& b) { return a.post_number < b.post_number; });
}

void apply_live_event(State& s, const model::LiveEventBody& event, Effects& fx) {
  if (const auto* t = std::get_if<model::TopicEvent>(&event)) {
    if (t->topic_id != s.topic.topic_id || !s.topic.topic) return;
    model::Topic& topic = *s.topic.topic;
    if ((t->type == "liked" || t->type == "unliked") && t->likes_count >= 0) {
      for (auto& p : topic.posts)
        if (p.id == t->post_id) p.like_count = t->likes_count;
      return;
    }
    // created, revised, rebaked, deleted, recovered...: fetch the post as the server has it now.
    if (t->post_id) fx.push_back(LoadPosts{t->topic_id, {t->post_id}});
  } else if (const auto* n = std::get_if<model::NotificationEvent>(&event)) {
    if (s.user && n->user_id == s.user->id) {
      s.unread_notifications = n->unread_notifications;
      s.unread_private_messages = n->unread_private_messages;
    }
  } else if (std::get_if<model::LatestEvent>(&event)) {
    // A new or bumped topic: a pill offers it; the list does not move under the reader.
    if (is_topic_list(s.route) && s.list.phase == Phase::loaded) ++s.list.new_topics_available;
  }
}

const model::Post* find_post(const State& s, std::int64_t post_id) {
  if (!s.topic.topic) return nullptr;
  for (const auto& p : s.topic.topic->posts)
    if (p.id == post_id) return &p;
  return nullptr;
}

void open_composer(State& s, Composer c) {
  if (auto it = s.drafts.find(c.draft_key); it != s.drafts.end()) restore_draft(c, it->second);
  s.composer = std::move(c);
}

// After a post went live: show it where it belongs.
void after_post_sent(State& s, const Composer& c, const model::Post& post, Effects& fx) {
  s.drafts.erase(c.draft_key);
  if (c.kind == ComposerKind::reply || c.kind == ComposerKind::edit) {
    if (s.topic.topic && s.topic.topic->id == post.topic_id) {
      std::int64_t ignored = 0;
      merge_posts(*s.topic.topic, {post}, ignored);
    }
    if (c.kind == ComposerKind::reply)
      if (const auto* t = std::get_if<TopicRoute>(&s.route))
        fx.push_back(NavigateTo{format_route(TopicRoute{t->slug, post.topic_id, post.post_number})});
    return;
  }
  if (c.kind == ComposerKind::private_message) {
    fx.push_back(NavigateTo{format_route(PageRoute{Page::messages})});
    return;
  }
  // A new topic (or a linked one): open it.
  fx.push_back(NavigateTo{format_route(TopicRoute{"topic", post.topic_id, 0})});
}

}  // namespace

State update_inner(State s, const Action& action, Effects& fx);

void take_topic(State& s, std::int64_t topic_id, model::Topic&& topic, Effects& fx) {
  if (topic_id != s.topic.topic_id) return;  // the member moved on
  s.topic.phase = Phase::loaded;
  s.topic.topic = std::move(topic);
  s.topic.error.reset();
  s.topic.loading_ids.clear();  // the posts asked for before are in it, or asked for again
  // A link to a post beyond the first page of a long topic: load the posts around it.
  if (s.topic.jump_pending && s.topic.target_post_number > 0) {
    const auto& posts = s.topic.topic->posts;
    bool here = std::any_of(posts.begin(), posts.end(), [&](const model::Post& p) {
      return p.post_number == s.topic.target_post_number;
    });
    if (!here) update_topic_view(s, TopicViewAction{JumpToPostPressed{s.topic.target_post_number}}, fx);
  }
}

// Until the member accepts, nothing is kept beyond what the session needs: drafts stay in
// memory for this visit, settings are not written.
State update(State s, const Action& action, Effects& fx) {
  std::size_t first = fx.size();
  s = update_inner(std::move(s), action, fx);
  if (!s.consent.accepted())
    fx.erase(std::remove_if(fx.begin() + static_cast<std::ptrdiff_t>(first), fx.end(),
                            [](const Effect& e) {
                              return std::holds_alternative<SaveDraft>(e) || std::holds_alternative<StoreTheme>(e) ||
                                     std::holds_alternative<SaveEvidenceLog>(e);
                            }),
             fx.end());
  return s;
}

State update(State s, Action&& action, Effects& fx) {
  // A loaded topic can be megabytes of posts: taken from the action, not copied.
  if (auto* loaded = std::get_if<TopicLoaded>(&action)) {
    take_topic(s, loaded->topic_id, std::move(loaded->topic), fx);
    return s;
  }
  return update(std::move(s), static_cast<const Action&>(action), fx);
}

State update_inner(State s, const Action& action, Effects& fx) {
  std::visit(
      Overloaded{
          [&](const AppStarted& a) {
            s.now = a.now;
            s.site_phase = Phase::loading;
            fx.push_back(LoadSession{});
            fx.push_back(LoadSite{});
            Route r = parse_route(a.hash);
            std::string canonical = format_route(r);
            if (canonical != a.hash) fx.push_back(ReplaceRoute{canonical});
            s.route = NotFoundRoute{""};  // so that the first route always counts as a change
            enter_route(s, std::move(r), fx);
          },
          [&](const RouteChanged& a) { enter_route(s, parse_route(a.hash), fx); },
          [&](const SessionLoaded& a) {
            if (!a.session.user) {
              s.user.reset();
            } else {
              const auto& u = *a.session.user;
              s.user = Member{u.id, u.username, u.name,
                              u.admin ? "admin" : (u.moderator ? "moderator" : "member"), u.suspended_till,
                              u.suspend_reason};
              s.unread_notifications = u.unread_notifications;
            }
            fx.push_back(WatchLive{live_interest(s)});
            // A member's own page opened before the session was known (a bookmark, a reload,
            // another member chosen in the demo) loads now.
            if (s.user && std::holds_alternative<PageRoute>(s.route)) enter_route(s, s.route, fx);
          },
          [&](const SessionFailed&) { s.user.reset(); },
          [&](const LiveEventArrived& a) { apply_live_event(s, a.event, fx); },
          [&](const PostsLoaded& a) {
            if (a.topic_id != s.topic.topic_id || !s.topic.topic) return;
            for (const auto& p : a.posts) s.topic.loading_ids.erase(p.id);
            merge_posts(*s.topic.topic, a.posts, s.topic.new_posts);
            s.live_error.reset();
          },
          [&](const PostsCooked& a) {
            if (a.topic_id != s.topic.topic_id || a.posts.empty()) return;
            if (!s.topic.cooked) s.topic.cooked = std::make_shared<CookedPosts>();
            for (const auto& [id, post] : a.posts) (*s.topic.cooked)[id] = post;
          },
          [&](const PostsFailed& a) {
            if (a.topic_id != s.topic.topic_id) return;
            s.topic.loading_ids.clear();  // ask again when the reader moves
            s.live_error = a.error;
          },
          [&](const TopicViewAction& a) { update_topic_view(s, a, fx); },
          [&](const ProfileAction& a) {
            if (!s.profile_editor) return;
            bool leave = false;
            s.profile_editor = update_profile_editor(std::move(*s.profile_editor), a, fx, leave);
            if (leave) fx.push_back(NavigateTo{format_route(UserRoute{s.profile_editor->username})});
          },
          [&](const PreferencesAction& a) {
            if (!s.preferences) return;
            s.preferences = update_preferences(std::move(*s.preferences), a, fx);
            s.theme = s.preferences->values.theme;
            if (std::holds_alternative<PreferencesLoaded>(a) || std::holds_alternative<Unblocked>(a))
              s.blocked = std::set<std::string>(s.preferences->blocked.begin(), s.preferences->blocked.end());
          },
          [&](const ConsentLoaded& a) {
            if (a.accepted_version == k_terms_version) s.consent.status = Consent::Status::accepted;
          },
          [&](const ConsentAcceptPressed&) {
            s.consent.status = Consent::Status::accepted;
            fx.push_back(StoreConsent{k_terms_version});
            for (const auto& [key, json] : s.drafts) fx.push_back(SaveDraft{key, json});  // kept from now on
          },
          [&](const ConsentDeclinePressed&) { s.consent.status = Consent::Status::declined; },
          [&](const ConsentReviewPressed&) { s.consent.status = Consent::Status::undecided; },
          [&](const ThemeLoaded& a) {
            s.theme = a.theme == "dark" ? Theme::dark : a.theme == "light" ? Theme::light : Theme::system;
          },
          [&](const NewTopicPressed& a) { open_composer(s, new_topic_composer(a.category_id)); },
          [&](const ReplyPressed& a) {
            if (s.topic.topic) open_composer(s, reply_composer(s.topic.topic->id, a.post_number));
          },
          [&](const QuotePressed& a) {
            if (const auto* p = find_post(s, a.post_id)) open_composer(s, quote_composer(p->topic_id ? p->topic_id : s.topic.topic_id, *p, a.excerpt));
          },
          [&](const ReplyAsLinkedTopicPressed& a) {
            const auto* p = find_post(s, a.post_id);
            if (!p || !s.topic.topic) return;
            api::LinkedSource src{s.topic.topic->id, s.topic.topic->title, s.topic.topic->slug, p->post_number,
                                  p->username, p->raw.value_or("")};
            open_composer(s, linked_topic_composer(src, s.topic.topic->category_id));
          },
          [&](const EditPostPressed& a) {
            if (const auto* p = find_post(s, a.post_id); p && p->can_edit) open_composer(s, edit_composer(*p));
          },
          [&](const MessageMemberPressed& a) { open_composer(s, message_composer({a.username})); },
          [&](const ComposerClosePressed&) {
            if (s.composer && s.composer->step != Composer::Step::sending) {
              s.drafts[s.composer->draft_key] = draft_json(*s.composer);
              s.composer.reset();
            }
          },
          [&](const ComposerDiscardPressed&) {
            if (!s.composer || s.composer->step == Composer::Step::sending) return;
            fx.push_back(DeleteDraft{s.composer->draft_key});
            s.drafts.erase(s.composer->draft_key);
            s.composer.reset();
          },
          [&](const DraftsLoaded& a) {
            for (const auto& [k, v] : a.drafts) s.drafts.emplace(k, v);
            if (s.composer)
              if (auto it = a.drafts.find(s.composer->draft_key); it != a.drafts.end() && s.composer->raw.empty())
                restore_draft(*s.composer, it->second);
          },
          [&](const ScrollMoved& a) {
            if (!s.scroll_to && a.route == format_route(s.route)) s.scroll_positions[a.route] = a.y;
          },
          [&](const ScrollApplied&) { s.scroll_to.reset(); },
          [&](const ComposerAction& a) {
            if (!s.composer) {
              // A post changed without the composer (staff disabling links): show it as it is now.
              if (const auto* sent = std::get_if<PostSent>(&a); sent && s.topic.topic && sent->post.topic_id == s.topic.topic->id) {
                std::int64_t ignored = 0;
                merge_posts(*s.topic.topic, {sent->post}, ignored);
              } else if (const auto* failed = std::get_if<PostSendFailed>(&a)) {
                s.topic.action_error = failed->error;
              }
              return;
            }
            bool closed = false;
            Composer before = *s.composer;
            s.composer = update_composer(std::move(*s.composer), a, fx, closed);
            if (auto it = std::find_if(fx.begin(), fx.end(), [](const Effect& e) { return std::holds_alternative<SaveDraft>(e); });
                it != fx.end())
              s.drafts[s.composer->draft_key] = std::get<SaveDraft>(*it).json;
            if (closed) {
              const auto* sent = std::get_if<PostSent>(&a);
              after_post_sent(s, before, sent->post, fx);
              s.composer.reset();
            }
          },
          [&](const Tick& a) {
            s.now = a.now;
            if (!s.toast.empty() && s.now >= s.toast_until) s.toast.clear();
          },
          [&](const ShareLinkPressed& a) {
            if (!s.topic.topic) return;
            const model::Topic& t = *s.topic.topic;
            fx.push_back(CopyText{format_route(TopicRoute{t.slug.empty() ? "topic" : t.slug, t.id, a.post_number})});
            s.toast = "Link copied";
            s.toast_until = s.now + 3;
          },
          [&](const CopyPostPressed& a) {
            const model::Post* p = find_post(s, a.post_id);
            if (!p || post_display(*p, reader_of(s)) != PostDisplay::visible) return;
            fx.push_back(CopyText{plain_text_from_cooked(p->cooked)});
            s.toast = "Text copied";
            s.toast_until = s.now + 3;
          },
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
            api::TopicListQuery base = a.query;
            base.page = 0;
            if (!(base == s.list.query)) return;  // an answer for a list we have left
            if (a.query.page > 0) {               // the next page: add what is not shown yet
              s.list.loading_more = false;
              for (const auto& t : a.list.topics)
                if (std::none_of(s.list.topics.begin(), s.list.topics.end(), [&](const auto& x) { return x.id == t.id; }))
                  s.list.topics.push_back(t);
              s.list.pages_loaded = a.query.page + 1;
            } else {
              s.list.topics = a.list.topics;
              s.list.pages_loaded = 1;
              s.list.new_topics_available = 0;
            }
            s.list.phase = Phase::loaded;
            s.list.more_topics_url = a.list.more_topics_url;
            s.list.error.reset();
          },
          [&](const TopicListFailed& a) {
            api::TopicListQuery base = a.query;
            base.page = 0;
            if (!(base == s.list.query)) return;
            if (a.query.page > 0) {  // the rows shown stay; the banner says what failed
              s.list.loading_more = false;
              s.list.error = a.error;
              return;
            }
            s.list.phase = Phase::failed;
            s.list.error = a.error;
          },
          [&](const LoadMorePressed&) {
            if (s.list.phase != Phase::loaded || s.list.loading_more || !s.list.more_topics_url) return;
            api::TopicListQuery q = s.list.query;
            q.page = s.list.pages_loaded;
            s.list.loading_more = true;
            s.list.error.reset();
            fx.push_back(LoadTopicList{q});
          },
          [&](const NewTopicsPillPressed&) {
            if (!is_topic_list(s.route)) return;
            s.list.new_topics_available = 0;
            fx.push_back(LoadTopicList{s.list.query});
            s.scroll_to = 0.0f;
          },
          [&](const ReviewAction& a) {
            if (!s.review) return;
            s.review = update_review_queue(std::move(*s.review), a, fx);
          },
          [&](const ReportPostPressed& a) {
            const model::Post* p = find_post(s, a.post_id);
            if (!p || !s.user || !s.topic.topic) return;
            ReportDialog d;
            d.post_id = p->id;
            d.member = p->username;
            d.permalink = format_route(TopicRoute{s.topic.topic->slug.empty() ? "topic" : s.topic.topic->slug,
                                                  s.topic.topic->id, p->post_number});
            d.post_text = p->raw ? *p->raw : plain_text_from_cooked(p->cooked);
            d.posted_at = p->created_at;
            s.report_dialog = d;
          },
          [&](const ReportMemberPressed& a) {
            if (!s.user || a.username.empty()) return;
            ReportDialog d;
            d.member = a.username;
            d.permalink = format_route(UserRoute{a.username});
            s.report_dialog = d;
          },
          [&](const ReportReasonEdited& a) {
            if (s.report_dialog && s.report_dialog->phase != ReportDialog::Phase::sending) s.report_dialog->reason = a.text;
          },
          [&](const KeepEvidenceToggled&) {
            if (s.report_dialog) s.report_dialog->keep_evidence = !s.report_dialog->keep_evidence;
          },
          [&](const ReportSubmitPressed&) {
            if (!s.report_dialog || s.report_dialog->phase == ReportDialog::Phase::sending ||
                s.report_dialog->phase == ReportDialog::Phase::sent || !report_problems(*s.report_dialog).empty())
              return;
            std::string now = model::format_iso8601(s.now);
            std::string lead = s.site.lead_username.empty() ? "moderators" : s.site.lead_username;
            s.report_dialog->phase = ReportDialog::Phase::sending;
            s.report_dialog->error.reset();
            fx.push_back(SendReport{report_message(*s.report_dialog, lead, now)});
            if (s.report_dialog->keep_evidence) {  // kept at once: the record does not wait for the network
              s.evidence.push_back(evidence_entry(*s.report_dialog, now));
              fx.push_back(SaveEvidenceLog{evidence_as_json(s.evidence)});
            }
          },
          [&](const ReportSent&) {
            if (s.report_dialog && s.report_dialog->phase == ReportDialog::Phase::sending)
              s.report_dialog->phase = ReportDialog::Phase::sent;
          },
          [&](const ReportFailed& a) {
            if (!s.report_dialog || s.report_dialog->phase != ReportDialog::Phase::sending) return;
            s.report_dialog->phase = ReportDialog::Phase::failed;  // the words stay
            s.report_dialog->error = a.error;
          },
          [&](const ReportClosed&) {
            if (s.report_dialog && s.report_dialog->phase != ReportDialog::Phase::sending) s.report_dialog.reset();
          },
          [&](const EvidenceLoaded& a) { s.evidence = evidence_from_json(a.json); },
          [&](const EvidenceEntryRemoved& a) {
            if (a.index >= s.evidence.size()) return;
            s.evidence.erase(s.evidence.begin() + static_cast<std::ptrdiff_t>(a.index));
            fx.push_back(SaveEvidenceLog{evidence_as_json(s.evidence)});
          },
          [&](const LoginAction& a) {
            bool done = false;
            s.login = update_login(std::move(s.login), a, fx, done);
            if (done) {
              const auto& u = std::get<LoggedIn>(a).user;
              s.user = Member{u.id, u.username, u.name, u.admin ? "admin" : (u.moderator ? "moderator" : "member")};
              s.unread_notifications = u.unread_notifications;
              fx.push_back(WatchLive{live_interest(s)});
              fx.push_back(NavigateTo{format_route(LatestRoute{})});
            }
          },
          [&](const LogoutPressed&) {
            if (s.user) fx.push_back(LogOut{s.user->username});
          },
          [&](const LoggedOut&) {
            s.user.reset();
            s.profile_editor.reset();
            s.preferences.reset();
            s.review.reset();
            s.composer.reset();
            s.flag_dialog.reset();
            s.report_dialog.reset();
            fx.push_back(WatchLive{live_interest(s)});
          },
          [&](const NotificationsLoaded& a) {
            s.notifications = {Phase::loaded, a.list, std::nullopt};
          },
          [&](const NotificationsFailed& a) {
            s.notifications.phase = Phase::failed;
            s.notifications.error = a.error;
          },
          [&](const NotificationPressed& a) {
            for (auto& n : s.notifications.value.notifications) {
              if (n.id != a.id) continue;
              if (!n.read) {
                n.read = true;
                s.unread_notifications = std::max<std::int64_t>(0, s.unread_notifications - 1);
                fx.push_back(MarkNotificationsRead{n.id});
              }
              if (n.topic_id)
                fx.push_back(NavigateTo{format_route(TopicRoute{n.slug.empty() ? "topic" : n.slug, n.topic_id, n.post_number})});
            }
          },
          [&](const MarkAllReadPressed&) {
            for (auto& n : s.notifications.value.notifications) n.read = true;
            s.unread_notifications = 0;
            fx.push_back(MarkNotificationsRead{0});
          },
          [&](const MessagesLoaded& a) { s.messages = {Phase::loaded, a.list, std::nullopt}; },
          [&](const MessagesFailed& a) {
            s.messages.phase = Phase::failed;
            s.messages.error = a.error;
          },
          [&](const SearchEdited& a) { s.search.query = a.query; },
          [&](const SearchSubmitted&) {
            // The query goes into the address, so back returns to these results.
            fx.push_back(NavigateTo{format_route(SearchRoute{s.search.query})});
          },
          [&](const SearchLoaded& a) {
            if (!std::holds_alternative<SearchRoute>(s.route) || std::get<SearchRoute>(s.route).query != a.query) return;
            s.search.result = {Phase::loaded, a.result, std::nullopt};
            s.search.result.value.term = a.query;
          },
          [&](const SearchFailed& a) {
            if (!std::holds_alternative<SearchRoute>(s.route) || std::get<SearchRoute>(s.route).query != a.query) return;
            s.search.result.phase = Phase::failed;
            s.search.result.error = a.error;
          },
          [&](const MemberLoaded& a) {
            if (a.user.username != s.member.username) return;
            s.member.user = {Phase::loaded, a.user, std::nullopt};
          },
          [&](const MemberFailed& a) {
            if (a.username != s.member.username) return;
            s.member.user.phase = Phase::failed;
            s.member.user.error = a.error;
          },
          [&](const BlockPressed& a) {
            fx.push_back(SetMemberLevel{a.username, a.block ? api::MemberLevel::ignore : api::MemberLevel::normal});
          },
          [&](const MemberLevelSaved& a) {
            if (a.blocked) s.blocked.insert(a.username);
            else s.blocked.erase(a.username);
            if (s.member.user.phase == Phase::loaded && s.member.user.value.username == a.username)
              s.member.user.value.ignored = a.blocked;
          },
          [&](const ShortcutsToggled&) { s.shortcuts_open = !s.shortcuts_open; },
          [&](const ExportEvidencePressed& a) {
            if (s.evidence.empty()) return;
            if (a.json) fx.push_back(DownloadFile{"hearth-evidence-log.json", "application/json", evidence_as_json(s.evidence)});
            else fx.push_back(DownloadFile{"hearth-evidence-log.txt", "text/plain", evidence_as_text(s.evidence)});
          },
          [&](const LinkPressed& a) {
            std::string target = link_target(a.target);  // never trust what the screen passes on
            if (target.empty()) return;
            if (is_route_link(target)) fx.push_back(NavigateTo{target});
            else fx.push_back(OpenExternal{target});
          },
          [&](const DemoStarted& a) {
            if (!s.demo) s.demo = DemoState{};
            s.demo->members = a.members;
          },
          [&](const DemoStorageChanged& a) {
            if (!s.demo) s.demo = DemoState{};
            bool reset_elsewhere = a.resets > s.demo->resets && !s.demo->resetting;
            s.demo->storage = a.storage;
            s.demo->storage_message = a.message;
            s.demo->unsaved = a.unsaved;
            s.demo->resets = a.resets;
            if (reset_elsewhere) {
              // Another tab put the demo back to its seed: show this screen as it is now.
              s = update(std::move(s), RefreshPressed{}, fx);
            }
          },
          [&](const MemberMenuToggled&) {
            s.menu_open = !s.menu_open;
          },
          [&](const ResetDemoPressed&) {
            if (!s.demo) return;
            s.menu_open = false;
            s.demo->confirming_reset = true;
            s.demo->reset_error.reset();
          },
          [&](const ResetDemoCancelled&) {
            if (s.demo) s.demo->confirming_reset = false;
          },
          [&](const ResetDemoConfirmed&) {
            if (!s.demo || s.demo->resetting) return;
            s.demo->resetting = true;
            fx.push_back(ResetDemo{});
          },
          [&](const DemoResetDone& a) {
            if (!s.demo) return;
            s.demo->resetting = false;
            s.demo->reset_error = a.error;
            if (a.error) return;
            s.demo->confirming_reset = false;
            s = update(std::move(s), RefreshPressed{}, fx);
          },
          [&](const RefreshPressed&) {
            s.list.phase = Phase::idle;
            s.list.query = api::TopicListQuery{};
            s.list.query.page = -1;  // never equal to a real list: enter_route loads afresh
            s.topic.phase = Phase::idle;
            s.topic.topic_id = 0;
            s.profile_editor.reset();
            s.preferences.reset();
            s.review.reset();
            Route r = s.route;
            s.route = NotFoundRoute{""};
            enter_route(s, r, fx);
          },
          [&](const ActAsPressed& a) {
            if (a.username.empty()) return;
            s.menu_open = false;
            s.profile_editor.reset();
            s.preferences.reset();
            s.review.reset();
            fx.push_back(ActAs{a.username});
          },
          [&](const TopicLoaded& a) { take_topic(s, a.topic_id, model::Topic(a.topic), fx); },
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
            if (s.list.phase == Phase::failed && is_topic_list(s.route)) {
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

const char* screen_title(const Route& r) {
  if (const auto* l = std::get_if<LatestRoute>(&r)) {
    switch (l->kind) {
      case ListKind::latest: return "Latest topics";
      case ListKind::new_topics: return "New topics";
      case ListKind::unread: return "Unread topics";
      case ListKind::top: return "Top topics";
    }
  }
  if (std::holds_alternative<SearchRoute>(r)) return "Search";
  if (std::holds_alternative<NewTopicRoute>(r)) return "New topic";
  if (std::holds_alternative<UserRoute>(r)) return "Profile";
  if (const auto* p = std::get_if<PageRoute>(&r)) {
    switch (p->page) {
      case Page::profile_editor: return "Edit your profile";
      case Page::preferences: return "Preferences";
      case Page::notifications: return "Notifications";
      case Page::messages: return "Messages";
      case Page::blocked: return "Blocked members";
      case Page::review: return "Review queue";
      case Page::guidelines: return "Community guidelines";
      case Page::evidence: return "Your evidence log";
    }
  }
  return "Hearth";
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
  return std::string(screen_title(s.route)) + " - " + site;
}

bool is_ready(const State& s) {
  if (s.site_phase == Phase::loading || s.site_phase == Phase::idle) return false;
  if (std::holds_alternative<TopicRoute>(s.route))  // a like on its way is a request pending too
    return (s.topic.phase == Phase::loaded || s.topic.phase == Phase::failed) && s.topic.pending_likes.empty();
  if (is_topic_list(s.route)) return s.list.phase == Phase::loaded || s.list.phase == Phase::failed;
  if (const auto* p = std::get_if<PageRoute>(&s.route)) {
    if (p->page == Page::profile_editor && s.profile_editor) return s.profile_editor->phase != ProfileEditor::Phase::loading;
    if ((p->page == Page::preferences || p->page == Page::blocked) && s.preferences)
      return s.preferences->phase != Preferences::Phase::loading;
    if (p->page == Page::review && s.review) return s.review->phase != ReviewQueueScreen::Phase::loading;
    if (p->page == Page::notifications) return s.notifications.phase != Phase::loading;
    if (p->page == Page::messages) return s.messages.phase != Phase::loading;
  }
  if (std::holds_alternative<SearchRoute>(s.route)) return s.search.result.phase != Phase::loading;
  if (std::holds_alternative<UserRoute>(s.route)) return s.member.user.phase != Phase::loading;
  return true;
}

Reader reader_of(const State& s) {
  Reader r;
  r.staff = s.user && s.user->staff();
  r.blocked = s.blocked;
  return r;
}

ListCounts list_counts(const TopicListScreen& list) {
  ListCounts c;
  for (const auto& t : list.topics) {
    if (t.unseen) ++c.new_topics;
    else if (t.unread_posts > 0) ++c.unread_topics;
  }
  return c;
}

std::vector<Banner> banners(const State& s) {
  std::vector<Banner> out;
  auto add = [&](const api::ApiError& e) {
    Banner b{is_offline(e) ? "offline" : "error", api::member_message(e), api::can_retry(e)};
    for (const auto& existing : out)
      if (existing.message == b.message) return;
    out.push_back(std::move(b));
  };
  // A suspended member is told, on every screen, until when and why.
  if (s.user && !s.user->suspended_till.empty()) {
    std::string until = s.user->suspended_till;
    if (auto when = model::parse_iso8601(until)) until = model::format_day(*when);
    // The forum's reason usually says "Your account is suspended because ...": the date follows it.
    std::string reason = s.user->suspend_reason.empty() ? "Your account is suspended." : s.user->suspend_reason;
    out.push_back(Banner{"suspended", reason + " Suspended until " + until + ".", false});
  }
  if (s.site_error) add(*s.site_error);
  if (std::holds_alternative<TopicRoute>(s.route) && s.topic.error) add(*s.topic.error);
  if (std::holds_alternative<TopicRoute>(s.route) && s.topic.action_error) add(*s.topic.action_error);
  if (std::holds_alternative<TopicRoute>(s.route) && s.live_error) add(*s.live_error);
  if (is_topic_list(s.route) && s.list.error) add(*s.list.error);
  if (s.demo && (s.demo->storage == "unreadable" || s.demo->storage == "failed"))
    out.push_back(Banner{"storage", s.demo->storage_message, false, s.demo->storage == "unreadable"});
  if (std::holds_alternative<SearchRoute>(s.route) && s.search.result.error) add(*s.search.result.error);
  if (std::holds_alternative<UserRoute>(s.route) && s.member.user.error) add(*s.member.user.error);
  if (std::holds_alternative<PageRoute>(s.route)) {
    if (std::get<PageRoute>(s.route).page == Page::notifications && s.notifications.error) add(*s.notifications.error);
    if (std::get<PageRoute>(s.route).page == Page::messages && s.messages.error) add(*s.messages.error);
    if (s.review && s.review->error) add(*s.review->error);
    if (s.profile_editor && s.profile_editor->error) add(*s.profile_editor->error);
    if (s.preferences && s.preferences->error) add(*s.preferences->error);
  }
  return out;
}

}  // namespace hearth::state
