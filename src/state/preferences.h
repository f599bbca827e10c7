// Preferences: how often each kind of notification reaches the member (every post, hourly,
// daily or weekly digest, never), watched and muted categories, the blocked members list,
// profile visibility, and the theme.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "api/forum_api.h"
#include "state/effects.h"

namespace hearth::state {

enum class NotifyKind { replies, mentions, messages, likes };
enum class Frequency { per_post, hourly, daily, weekly, never };
enum class Theme { system, light, dark };

const char* frequency_label(Frequency f);
const char* notify_kind_label(NotifyKind k);

struct NotificationChoices {
  std::array<Frequency, 4> by_kind{Frequency::per_post, Frequency::per_post, Frequency::per_post, Frequency::daily};
  Frequency& operator[](NotifyKind k) { return by_kind[static_cast<std::size_t>(k)]; }
  Frequency operator[](NotifyKind k) const { return by_kind[static_cast<std::size_t>(k)]; }
  bool operator==(const NotificationChoices& o) const { return by_kind == o.by_kind; }
};

struct PreferenceValues {
  NotificationChoices notify;
  std::vector<std::int64_t> watched_categories;
  std::vector<std::int64_t> muted_categories;
  bool hide_profile = false;
  Theme theme = Theme::system;
  bool operator==(const PreferenceValues& o) const {
    return notify == o.notify && watched_categories == o.watched_categories &&
           muted_categories == o.muted_categories && hide_profile == o.hide_profile && theme == o.theme;
  }
};

// Discourse's user_option has no per-kind frequency: the mapping is the closest it offers
// (messages -> email_messages_level, likes -> like_notification_frequency, replies and
// mentions -> email_level plus mailing list mode for every post, digests ->
// digest_after_minutes). The embedded community stores the choices exactly.
PreferenceValues from_forum(const api::PreferencesUpdate& p);
api::PreferencesUpdate to_forum(const PreferenceValues& v, const model::UserOption& base);

struct Preferences {
  enum class Phase { loading, editing, saving, saved, failed };
  std::string username;
  PreferenceValues saved, values;
  model::UserOption base;  // the forum's options we do not show, kept as they were
  std::vector<std::string> blocked;  // members the reader blocks (ignores)
  Phase phase = Phase::loading;
  std::optional<api::ApiError> error;
};

struct PreferencesLoaded { api::PreferencesUpdate prefs; std::vector<std::string> blocked; };
struct PreferencesLoadFailed { api::ApiError error; };
struct FrequencyChosen { NotifyKind kind = NotifyKind::replies; Frequency frequency = Frequency::per_post; };
struct CategoryWatchToggled { std::int64_t category_id = 0; };
struct CategoryMuteToggled { std::int64_t category_id = 0; };
struct HideProfileToggled {};
struct ThemeChosen { Theme theme = Theme::system; };
struct PreferencesSavePressed {};
struct PreferencesSaved {};
struct PreferencesSaveFailed { api::ApiError error; };
struct UnblockPressed { std::string username; };
struct Unblocked { std::string username; };
using PreferencesAction = std::variant<PreferencesLoaded, PreferencesLoadFailed, FrequencyChosen, CategoryWatchToggled,
                                       CategoryMuteToggled, HideProfileToggled, ThemeChosen, PreferencesSavePressed,
                                       PreferencesSaved, PreferencesSaveFailed, UnblockPressed, Unblocked>;

Preferences update_preferences(Preferences p, const PreferencesAction& a, Effects& fx);

}  // namespace hearth::state
