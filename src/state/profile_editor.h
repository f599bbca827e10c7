// The profile editor: name, title/modality, location, website and bio, validated with the
// messages members read, a preview "as other members see it", and unsaved-changes protection.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "api/forum_api.h"
#include "model/user.h"
#include "state/effects.h"

namespace hearth::state {

struct ProfileFields {
  std::string name, title, location, website, bio;
  bool operator==(const ProfileFields& o) const {
    return name == o.name && title == o.title && location == o.location && website == o.website && bio == o.bio;
  }
};

struct ProfileEditor {
  enum class Phase { loading, editing, saving, saved, failed };
  std::string username;
  ProfileFields saved;    // as the forum has it
  ProfileFields fields;   // as the member is editing it
  Phase phase = Phase::loading;
  bool preview = false;   // showing "as other members see it"
  bool confirm_discard = false;  // "Discard your changes?" is showing
  std::optional<api::ApiError> error;
};

struct FieldProblem {
  std::string field;  // "name", "title", "location", "website", "bio"
  std::string message;
};
std::vector<FieldProblem> profile_problems(const ProfileFields& f);
bool is_dirty(const ProfileEditor& e);
bool can_save(const ProfileEditor& e);
ProfileFields fields_of(const model::User& u);
// The profile as other members will see it once saved.
model::User preview_user(const ProfileEditor& e, const model::User& base);

struct ProfileLoaded { model::User user; };
struct ProfileLoadFailed { api::ApiError error; };
struct ProfileFieldEdited { std::string field; std::string value; };
struct ProfilePreviewToggled {};
struct ProfileSavePressed {};
struct ProfileSaved { model::User user; };
struct ProfileSaveFailed { api::ApiError error; };
struct ProfileCancelPressed {};       // asks first when there are unsaved changes
struct ProfileDiscardConfirmed {};
struct ProfileKeepEditingPressed {};
using ProfileAction = std::variant<ProfileLoaded, ProfileLoadFailed, ProfileFieldEdited, ProfilePreviewToggled,
                                   ProfileSavePressed, ProfileSaved, ProfileSaveFailed, ProfileCancelPressed,
                                   ProfileDiscardConfirmed, ProfileKeepEditingPressed>;

// `leave` is set when the editor should close (saved and done, or changes discarded).
ProfileEditor update_profile_editor(ProfileEditor e, const ProfileAction& a, Effects& fx, bool& leave);

}  // namespace hearth::state
