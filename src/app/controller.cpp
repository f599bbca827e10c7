// The action/effect loop.
#include "app/controller.h"

#include <algorithm>
#include <memory>

namespace hearth::app {

namespace {
// Where the post the reader is at (by number) sits among the topic's posts; 0 when not here.
std::size_t index_of_post(const model::Topic& topic, std::int64_t post_number) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < topic.posts.size(); ++i)
    if (topic.posts[i].post_number == post_number) at = i;
  return at;
}
}  // namespace

Controller::Controller(api::ForumApi& api, api::DeliveryQueue& delivery, platform::Browser& browser,
                       platform::DraftStore* drafts, platform::LocalStore* settings, platform::Worker* worker)
    : api_(api), delivery_(delivery), browser_(browser), drafts_(drafts), settings_(settings), worker_(worker) {}

void Controller::start() {
  started_ = true;
  if (settings_) {
    dispatch(state::ConsentLoaded{settings_->get("consent").value_or("")});
    if (auto theme = settings_->get("theme")) dispatch(state::ThemeLoaded{*theme});
    if (auto evidence = settings_->get("evidence")) dispatch(state::EvidenceLoaded{*evidence});
  }
  if (drafts_) dispatch(state::DraftsLoaded{drafts_->load_all()});
  dispatch(state::AppStarted{browser_.hash(), browser_.now_unix()});
}

void Controller::dispatch(state::Action action) { queue_.push_back(std::move(action)); }

void Controller::hash_changed() {
  if (started_) dispatch(state::RouteChanged{browser_.hash()});
}

bool Controller::ready() const {
  return started_ && queue_.empty() && delivery_.empty() && !(worker_ && worker_->busy()) &&
         state::is_ready(state_);
}

namespace {

std::int64_t topic_on_screen(const state::State& s) {
  const auto* t = std::get_if<state::TopicRoute>(&s.route);
  return t ? t->id : 0;
}

}  // namespace

void Controller::left_topic() {
  if (!worker_) return;
  worker_->cancel_scope();  // the topic's reads still parsing
  cook_token_.cancel();     // and its posts still cooking
  cook_token_ = platform::CancelToken{};
  cooking_.clear();
  batches_in_flight_ = 0;
  all_cooked_shape_ = 0;
  cook_resume_ = 0;
  cook_resume_key_ = 0;
}

void Controller::cook_posts() {
  const auto& screen = state_.topic;
  if (!worker_ || !screen.topic || topic_on_screen(state_) != screen.topic_id) return;
  const auto& posts = screen.topic->posts;
  // A few batches in flight at a time: each call copies only their posts' HTML.
  if (batches_in_flight_ >= k_cook_batches_in_flight / 2) return;
  // Nothing to look for when the posts are as they were when all were cooked (a scroll, a
  // dialog): a sum over the posts is far cheaper than fingerprinting each one.
  std::uint64_t shape = static_cast<std::uint64_t>(screen.topic_id) * 1000003u + posts.size();
  for (const auto& p : posts) shape = shape * 31 + static_cast<std::uint64_t>(p.version) * 65599u + p.cooked.size();
  if (batches_in_flight_ == 0 && shape == all_cooked_shape_) return;
  std::size_t around = index_of_post(*screen.topic, screen.target_post_number);
  std::uint64_t key = shape * 1000033u + around;
  if (key != cook_resume_key_) {
    cook_resume_key_ = key;
    cook_resume_ = 0;
  }
  auto batches = state::posts_to_cook(*screen.topic, screen.cooked.get(), cooking_, around, k_cook_batch,
                                      std::min(k_cook_batches_per_frame, k_cook_batches_in_flight - batches_in_flight_),
                                      &cook_resume_);
  if (batches.empty() && batches_in_flight_ == 0) all_cooked_shape_ = shape;
  for (auto& batch : batches) {
    ++batches_in_flight_;
    for (const auto& p : batch) cooking_[p.post_id] = p.fingerprint;
    worker_->run(
        cook_token_, [batch = std::move(batch)] { return state::cook_batch(batch); },
        [this, topic_id = screen.topic_id](state::CookBatch cooked) {
          --batches_in_flight_;
          for (const auto& entry : cooked) {
            auto it = cooking_.find(entry.first);
            if (it != cooking_.end() && it->second == entry.second->fingerprint) cooking_.erase(it);
          }
          dispatch(state::PostsCooked{topic_id, std::move(cooked)});
        });
  }
}

bool Controller::apply_queued() {
  bool changed = false;
  // Bounded: effects may queue more actions (a navigation's route change), never endlessly.
  for (int guard = 0; !queue_.empty() && guard < 1000; ++guard) {
    state::Action action = std::move(queue_.front());
    queue_.pop_front();
    if (const auto* cooked = std::get_if<state::PostsCooked>(&action)) {
      for (const auto& entry : cooked->posts) last_cooked_ids_.push_back(entry.first);
    } else {
      last_only_cooked_ = false;
    }
    state::Effects effects;
    std::int64_t was_on = topic_on_screen(state_);
    state_ = state::update(std::move(state_), std::move(action), effects);
    changed = true;
    // Leaving a topic cancels its work before the next screen's loads start.
    if (was_on && was_on != topic_on_screen(state_)) left_topic();
    for (const auto& e : effects) run(e);
  }
  return changed;
}

bool Controller::pump() {
  last_only_cooked_ = true;
  last_cooked_ids_.clear();
  delivery_.run();
  // The member's actions first (leaving a topic cancels work not yet done), then what the
  // worker finished, then the actions its results became.
  bool changed = apply_queued();
  if (worker_ && worker_->drain() > 0) changed = apply_queued() || changed;
  if (changed) {
    cook_posts();
    std::string title = state::page_title(state_);
    if (title != title_) browser_.set_title(title_ = title);
    // The demo saves to this browser only once the member accepts (and stops if they decline).
    int consent = static_cast<int>(state_.consent.status);
    if (saving_allowed && consent != consent_told_) {
      consent_told_ = consent;
      saving_allowed(state_.consent.accepted());
    }
  }
  return changed;
}

api::Callback<model::Post> Controller::post_result() {
  return [this](api::ApiResult<model::Post> r) {
    if (r.ok()) dispatch(state::ComposerAction{state::PostSent{std::move(r).value()}});
    else dispatch(state::ComposerAction{state::PostSendFailed{r.error()}});
  };
}

api::Callback<model::Post> Controller::like_result(std::int64_t post_id) {
  return [this, post_id](api::ApiResult<model::Post> r) {
    if (r.ok()) dispatch(state::TopicViewAction{state::LikeSaved{std::move(r).value()}});
    else dispatch(state::TopicViewAction{state::LikeFailed{post_id, r.error()}});
  };
}

void Controller::run(const state::Effect& effect) {
  if (std::holds_alternative<state::LoadSite>(effect)) {
    api_.site([this](api::ApiResult<model::Site> r) {
      if (r.ok()) dispatch(state::SiteLoaded{std::move(r).value()});
      else dispatch(state::SiteFailed{r.error()});
    });
  } else if (const auto* l = std::get_if<state::LoadTopicList>(&effect)) {
    api::TopicListQuery q = l->query;
    api_.topic_list(q, [this, q](api::ApiResult<model::TopicList> r) {
      if (r.ok()) dispatch(state::TopicListLoaded{q, std::move(r).value()});
      else dispatch(state::TopicListFailed{q, r.error()});
    });
  } else if (const auto* t = std::get_if<state::LoadTopic>(&effect)) {
    std::int64_t id = t->topic_id;
    api_.topic(id, [this, id](api::ApiResult<model::Topic> r) {
      if (!r.ok()) {
        dispatch(state::TopicFailed{id, r.error()});
        return;
      }
      if (!worker_) {
        dispatch(state::TopicLoaded{id, std::move(r).value()});
        return;
      }
      // The posts the reader will see first are cooked before the topic is shown, so its
      // first frame lays out ready rich text instead of reading their HTML itself.
      auto topic = std::make_shared<model::Topic>(std::move(r).value());
      auto first = state::posts_to_cook(*topic, nullptr, {}, index_of_post(*topic, state_.topic.target_post_number),
                                        k_cook_first_screen, 1);
      if (first.empty()) {
        dispatch(state::TopicLoaded{id, std::move(*topic)});
        return;
      }
      worker_->run(
          cook_token_, [batch = std::move(first.front())] { return state::cook_batch(batch); },
          [this, id, topic](state::CookBatch cooked) {
            dispatch(state::TopicLoaded{id, std::move(*topic)});
            dispatch(state::PostsCooked{id, std::move(cooked)});
          });
    });
  } else if (std::holds_alternative<state::LoadSession>(effect)) {
    api_.session([this](api::ApiResult<api::Session> r) {
      if (r.ok()) dispatch(state::SessionLoaded{std::move(r).value()});
      else dispatch(state::SessionFailed{r.error()});
    });
  } else if (const auto* lp = std::get_if<state::LoadPosts>(&effect)) {
    std::int64_t topic_id = lp->topic_id;
    api_.posts(topic_id, lp->post_ids, [this, topic_id](api::ApiResult<std::vector<model::Post>> r) {
      if (r.ok()) dispatch(state::PostsLoaded{topic_id, std::move(r).value()});
      else dispatch(state::PostsFailed{topic_id, r.error()});
    });
  } else if (const auto* w = std::get_if<state::WatchLive>(&effect)) {
    api_.watch(w->interest, [this](const model::LiveEventBody& e) { dispatch(state::LiveEventArrived{e}); });
  } else if (const auto* ct = std::get_if<state::CreateTopic>(&effect)) {
    api_.create_topic(ct->topic, post_result());
  } else if (const auto* cr = std::get_if<state::CreateReply>(&effect)) {
    api_.reply(cr->reply, post_result());
  } else if (const auto* cl = std::get_if<state::CreateLinkedTopic>(&effect)) {
    api_.reply_as_linked_topic(cl->topic, post_result());
  } else if (const auto* ep = std::get_if<state::EditPost>(&effect)) {
    api_.edit_post(ep->edit, post_result());
  } else if (const auto* sm = std::get_if<state::SendMessage>(&effect)) {
    api_.send_private_message(sm->message, post_result());
  } else if (const auto* lk = std::get_if<state::LikePost>(&effect)) {
    api_.like(lk->post_id, like_result(lk->post_id));
  } else if (const auto* ul = std::get_if<state::UnlikePost>(&effect)) {
    api_.unlike(ul->post_id, like_result(ul->post_id));
  } else if (const auto* fp = std::get_if<state::FlagPost>(&effect)) {
    api_.flag(fp->flag, [this](api::ApiResult<model::Post> r) {
      if (r.ok()) dispatch(state::TopicViewAction{state::FlagAction{state::FlagSaved{std::move(r).value()}}});
      else dispatch(state::TopicViewAction{state::FlagAction{state::FlagFailed{r.error()}}});
    });
  } else if (const auto* mr = std::get_if<state::MarkRead>(&effect)) {
    // Read positions are a courtesy to the member's unread counts: a failure is not worth a banner.
    api_.mark_read(mr->topic_id, mr->post_numbers, [](api::ApiResult<api::Done>) {});
  } else if (const auto* lp2 = std::get_if<state::LoadProfile>(&effect)) {
    api_.user(lp2->username, [this](api::ApiResult<model::User> r) {
      if (r.ok()) dispatch(state::ProfileAction{state::ProfileLoaded{std::move(r).value()}});
      else dispatch(state::ProfileAction{state::ProfileLoadFailed{r.error()}});
    });
  } else if (const auto* sp = std::get_if<state::SaveProfile>(&effect)) {
    api_.update_profile(sp->username, sp->profile, [this](api::ApiResult<model::User> r) {
      if (r.ok()) dispatch(state::ProfileAction{state::ProfileSaved{std::move(r).value()}});
      else dispatch(state::ProfileAction{state::ProfileSaveFailed{r.error()}});
    });
  } else if (const auto* lpr = std::get_if<state::LoadPreferences>(&effect)) {
    // The preferences themselves, then the member's blocked list from their profile.
    std::string username = lpr->username;
    api_.preferences(username, [this, username](api::ApiResult<api::PreferencesUpdate> p) {
      if (!p.ok()) { dispatch(state::PreferencesAction{state::PreferencesLoadFailed{p.error()}}); return; }
      api_.user(username, [this, prefs = std::move(p).value()](api::ApiResult<model::User> r) {
        if (!r.ok()) { dispatch(state::PreferencesAction{state::PreferencesLoadFailed{r.error()}}); return; }
        dispatch(state::PreferencesAction{state::PreferencesLoaded{prefs, r.value().ignored_usernames}});
      });
    });
  } else if (const auto* spr = std::get_if<state::SavePreferences>(&effect)) {
    api_.update_preferences(spr->username, spr->prefs, [this](api::ApiResult<model::User> r) {
      if (r.ok()) dispatch(state::PreferencesAction{state::PreferencesSaved{}});
      else dispatch(state::PreferencesAction{state::PreferencesSaveFailed{r.error()}});
    });
  } else if (const auto* ml = std::get_if<state::SetMemberLevel>(&effect)) {
    std::string who = ml->username;
    bool block = ml->level == api::MemberLevel::ignore;
    api_.set_member_level(who, ml->level, "", [this, who, block](api::ApiResult<api::Done> r) {
      if (r.ok()) {
        dispatch(state::MemberLevelSaved{who, block});
        if (!block) dispatch(state::PreferencesAction{state::Unblocked{who}});
      } else if (block) {
        dispatch(state::MemberFailed{who, r.error()});
      } else {
        dispatch(state::PreferencesAction{state::PreferencesSaveFailed{r.error()}});
      }
    });
  } else if (const auto* st = std::get_if<state::StoreTheme>(&effect)) {
    if (settings_) settings_->set("theme", st->theme);
  } else if (const auto* sc = std::get_if<state::StoreConsent>(&effect)) {
    if (settings_) settings_->set("consent", sc->version);
  } else if (std::holds_alternative<state::LoadReviewQueue>(effect)) {
    api_.review_queue([this](api::ApiResult<model::ReviewQueue> r) {
      if (r.ok()) dispatch(state::ReviewAction{state::ReviewQueueLoaded{std::move(r).value()}});
      else dispatch(state::ReviewAction{state::ReviewQueueFailed{r.error()}});
    });
  } else if (const auto* pr = std::get_if<state::PerformReview>(&effect)) {
    std::int64_t id = pr->reviewable_id;
    api_.perform_review(id, pr->action_id, pr->version, [this, id](api::ApiResult<api::Done> r) {
      if (r.ok()) dispatch(state::ReviewAction{state::ReviewActionDone{id}});
      else dispatch(state::ReviewAction{state::ReviewActionFailed{id, r.error()}});
    });
  } else if (const auto* sm2 = std::get_if<state::SuspendMember>(&effect)) {
    api_.suspend_user(sm2->request, [this](api::ApiResult<api::Done> r) {
      if (r.ok()) run(state::LoadReviewQueue{});  // the queue as it is after the suspension
      else dispatch(state::ReviewAction{state::ReviewActionFailed{0, r.error()}});
    });
  } else if (const auto* sr = std::get_if<state::SendReport>(&effect)) {
    api_.send_private_message(sr->message, [this](api::ApiResult<model::Post> r) {
      if (r.ok()) dispatch(state::ReportSent{});
      else dispatch(state::ReportFailed{r.error()});
    });
  } else if (const auto* se = std::get_if<state::SaveEvidenceLog>(&effect)) {
    if (settings_) settings_->set("evidence", se->json);
  } else if (const auto* li = std::get_if<state::LogIn>(&effect)) {
    api_.log_in(li->request, [this](api::ApiResult<model::CurrentUser> r) {
      if (r.ok()) dispatch(state::LoginAction{state::LoggedIn{std::move(r).value()}});
      else dispatch(state::LoginAction{state::LoginFailed{r.error()}});
    });
  } else if (const auto* lo = std::get_if<state::LogOut>(&effect)) {
    api_.log_out(lo->username, [this](api::ApiResult<api::Done>) { dispatch(state::LoggedOut{}); });
  } else if (const auto* aa = std::get_if<state::ActAs>(&effect)) {
    if (act_as && act_as(aa->username)) {
      run(state::LoadSession{});
      dispatch(state::RefreshPressed{});
    }
  } else if (std::get_if<state::ResetDemo>(&effect)) {
    if (!reset_demo) {
      dispatch(state::DemoResetDone{std::string("Only the demo community can be reset.")});
      return;
    }
    reset_demo([this](std::optional<std::string> error) { dispatch(state::DemoResetDone{std::move(error)}); });
  } else if (const auto* sd = std::get_if<state::SaveDraft>(&effect)) {
    if (drafts_) drafts_->save(sd->key, sd->json);
  } else if (const auto* dd = std::get_if<state::DeleteDraft>(&effect)) {
    if (drafts_) drafts_->remove(dd->key);
  } else if (const auto* n = std::get_if<state::NavigateTo>(&effect)) {
    browser_.push_hash(n->hash);
  } else if (std::get_if<state::LoadNotifications>(&effect)) {
    api_.notifications([this](api::ApiResult<model::NotificationList> r) {
      if (r.ok()) dispatch(state::NotificationsLoaded{std::move(r).value()});
      else dispatch(state::NotificationsFailed{r.error()});
    });
  } else if (const auto* mnr = std::get_if<state::MarkNotificationsRead>(&effect)) {
    api_.mark_notifications_read(mnr->id, [](api::ApiResult<api::Done>) {});  // the list already shows it read
  } else if (const auto* lm = std::get_if<state::LoadMessages>(&effect)) {
    api_.private_messages(lm->username, [this](api::ApiResult<model::TopicList> r) {
      if (r.ok()) dispatch(state::MessagesLoaded{std::move(r).value()});
      else dispatch(state::MessagesFailed{r.error()});
    });
  } else if (const auto* search = std::get_if<state::Search>(&effect)) {
    std::string q = search->query;
    api_.search(q, 1, [this, q](api::ApiResult<model::SearchResult> r) {
      if (r.ok()) dispatch(state::SearchLoaded{q, std::move(r).value()});
      else dispatch(state::SearchFailed{q, r.error()});
    });
  } else if (const auto* lmem = std::get_if<state::LoadMember>(&effect)) {
    std::string who = lmem->username;
    api_.user(who, [this, who](api::ApiResult<model::User> r) {
      if (r.ok()) dispatch(state::MemberLoaded{std::move(r).value()});
      else dispatch(state::MemberFailed{who, r.error()});
    });
  } else if (const auto* dl = std::get_if<state::DownloadFile>(&effect)) {
    browser_.download(dl->name, dl->mime, dl->text);
  } else if (const auto* copy = std::get_if<state::CopyText>(&effect)) {
    browser_.copy_text(copy->text);
  } else if (const auto* oe = std::get_if<state::OpenExternal>(&effect)) {
    browser_.open_external(oe->url);
  } else if (const auto* rr = std::get_if<state::ReplaceRoute>(&effect)) {
    browser_.replace_hash(rr->hash);
  }
}

}  // namespace hearth::app
