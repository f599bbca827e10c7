// The profile editor: validation, dirty tracking, preview, saving and unsaved-changes protection.
#include <gtest/gtest.h>

#include "state/profile_editor.h"

using namespace hearth;
using namespace hearth::state;

namespace {
model::User maya() {
  model::User u;
  u.id = 5;
  u.username = "maya.okafor";
  u.name = "Maya Okafor";
  u.title = "Integrative counsellor";
  u.location = "Bristol";
  u.website = "https://maya.example.org";
  u.bio_raw = "I work with adults.";
  return u;
}
ProfileEditor loaded() {
  ProfileEditor e;
  e.username = "maya.okafor";
  Effects fx;
  bool leave = false;
  return update_profile_editor(e, ProfileLoaded{maya()}, fx, leave);
}
ProfileEditor act(ProfileEditor e, const ProfileAction& a, Effects* fx_out = nullptr, bool* leave_out = nullptr) {
  Effects fx;
  bool leave = false;
  e = update_profile_editor(std::move(e), a, fx, leave);
  if (fx_out) *fx_out = fx;
  if (leave_out) *leave_out = leave;
  return e;
}
}  // namespace

TEST(ProfileEditorRules, NameIsRequiredAndWebsiteMustBeAWebAddress) {
  ProfileFields f{"", "", "", "maya.example.org", ""};
  auto p = profile_problems(f);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].field, "name");
  EXPECT_EQ(p[1].field, "website");
  EXPECT_EQ(p[1].message, "The website must be a web address starting with https:// (for example https://example.org).");
  for (const char* bad : {"javascript:alert(1)", "https://", "https://nodot", "https://a b.org", "ftp://x.org"})
    EXPECT_FALSE(profile_problems({"M", "", "", bad, ""}).empty()) << bad;
  for (const char* good : {"", "https://maya.example.org", "http://x.org/path?q=1"})
    EXPECT_TRUE(profile_problems({"M", "", "", good, ""}).empty()) << good;
}

TEST(ProfileEditorRules, LengthLimits) {
  EXPECT_EQ(profile_problems({std::string(61, 'a'), "", "", "", ""})[0].field, "name");
  EXPECT_EQ(profile_problems({"M", std::string(81, 'a'), "", "", ""})[0].field, "title");
  EXPECT_EQ(profile_problems({"M", "", "", "", std::string(3001, 'a')})[0].field, "bio");
  EXPECT_TRUE(profile_problems({"Inès Moreau", "Thérapeute", "Montréal", "", "Ψ"}).empty());
}

TEST(ProfileEditorFlow, EditPreviewSave) {
  ProfileEditor e = loaded();
  EXPECT_FALSE(is_dirty(e));
  EXPECT_FALSE(can_save(e)) << "nothing to save";
  e = act(e, ProfileFieldEdited{"location", "Bristol, UK"});
  EXPECT_TRUE(is_dirty(e));
  e = act(e, ProfilePreviewToggled{});
  EXPECT_TRUE(e.preview);
  EXPECT_EQ(preview_user(e, maya()).location, "Bristol, UK");
  Effects fx;
  e = act(e, ProfileSavePressed{}, &fx);
  EXPECT_EQ(e.phase, ProfileEditor::Phase::saving);
  ASSERT_EQ(fx.size(), 1u);
  const auto& save = std::get<SaveProfile>(fx[0]);
  EXPECT_EQ(save.username, "maya.okafor");
  EXPECT_EQ(save.profile.location, "Bristol, UK");
  EXPECT_EQ(save.profile.website, "https://maya.example.org");
  model::User after = maya();
  after.location = "Bristol, UK";
  e = act(e, ProfileSaved{after});
  EXPECT_EQ(e.phase, ProfileEditor::Phase::saved);
  EXPECT_FALSE(is_dirty(e));
}

TEST(ProfileEditorFlow, InvalidWebsiteIsNotSaved) {
  ProfileEditor e = act(loaded(), ProfileFieldEdited{"website", "www.maya"});
  Effects fx;
  e = act(e, ProfileSavePressed{}, &fx);
  EXPECT_TRUE(fx.empty());
  EXPECT_EQ(e.phase, ProfileEditor::Phase::editing);
}

TEST(ProfileEditorFlow, SaveFailureKeepsTheEdits) {
  ProfileEditor e = act(loaded(), ProfileFieldEdited{"bio", "New bio"});
  e = act(e, ProfileSavePressed{});
  e = act(e, ProfileSaveFailed{api::ApiError{api::ApiErrorKind::invalid, 422, "", {"Website is invalid"}, 0}});
  EXPECT_EQ(e.phase, ProfileEditor::Phase::failed);
  EXPECT_EQ(e.fields.bio, "New bio");
  EXPECT_TRUE(can_save(e)) << "try again";
}

TEST(ProfileEditorFlow, CancelWithChangesAsksFirst) {
  ProfileEditor e = act(loaded(), ProfileFieldEdited{"name", "Maya O."});
  bool leave = false;
  e = act(e, ProfileCancelPressed{}, nullptr, &leave);
  EXPECT_FALSE(leave);
  EXPECT_TRUE(e.confirm_discard);
  e = act(e, ProfileKeepEditingPressed{}, nullptr, &leave);
  EXPECT_FALSE(e.confirm_discard);
  EXPECT_EQ(e.fields.name, "Maya O.");
  e = act(e, ProfileCancelPressed{}, nullptr, &leave);
  e = act(e, ProfileDiscardConfirmed{}, nullptr, &leave);
  EXPECT_TRUE(leave);
  EXPECT_EQ(e.fields.name, "Maya Okafor");
  ProfileEditor clean = loaded();
  clean = act(clean, ProfileCancelPressed{}, nullptr, &leave);
  EXPECT_TRUE(leave) << "no changes, no question";
}

TEST(ProfileEditorFlow, ALateLoadNeverOverwritesTypedText) {
  ProfileEditor e = act(loaded(), ProfileFieldEdited{"bio", "Typed"});
  e = act(e, ProfileLoaded{maya()});
  EXPECT_EQ(e.fields.bio, "Typed");
}
