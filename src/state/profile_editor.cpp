// Profile editor rules.
#include "state/profile_editor.h"
#include "state/overloaded.h"

#include "state/post_text.h"

namespace hearth::state {

namespace {
std::size_t length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

bool valid_website(const std::string& url) {
  std::string u = trim(url);
  if (u.empty()) return true;
  if (u.rfind("https://", 0) != 0 && u.rfind("http://", 0) != 0) return false;
  std::string host = u.substr(u.find("://") + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string::npos || host.front() == '.' || host.back() == '.') return false;
  for (char c : u)
    if (c == ' ' || c == '<' || c == '>' || c == '"' || static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}
}  // namespace

std::vector<FieldProblem> profile_problems(const ProfileFields& f) {
  std::vector<FieldProblem> out;
  if (trim(f.name).empty()) out.push_back({"name", "Please give your name: members see it beside your posts."});
  else if (length(f.name) > 60) out.push_back({"name", "Your name is too long: keep it under 60 characters."});
  if (length(f.title) > 80) out.push_back({"title", "Your title is too long: keep it under 80 characters."});
  if (length(f.location) > 80) out.push_back({"location", "The location is too long: keep it under 80 characters."});
  if (!valid_website(f.website))
    out.push_back({"website", "The website must be a web address starting with https:// (for example https://example.org)."});
  if (length(f.bio) > 3000) out.push_back({"bio", "Your bio is too long: keep it under 3000 characters."});
  return out;
}

bool is_dirty(const ProfileEditor& e) { return !(e.fields == e.saved); }

bool can_save(const ProfileEditor& e) {
  return (e.phase == ProfileEditor::Phase::editing || e.phase == ProfileEditor::Phase::failed ||
          e.phase == ProfileEditor::Phase::saved) &&
         is_dirty(e) && profile_problems(e.fields).empty();
}

ProfileFields fields_of(const model::User& u) {
  return ProfileFields{u.name, u.title, u.location, u.website, u.bio_raw};
}

model::User preview_user(const ProfileEditor& e, const model::User& base) {
  model::User u = base;
  u.name = trim(e.fields.name);
  u.title = trim(e.fields.title);
  u.location = trim(e.fields.location);
  u.website = trim(e.fields.website);
  u.bio_raw = e.fields.bio;
  return u;
}

ProfileEditor update_profile_editor(ProfileEditor e, const ProfileAction& action, Effects& fx, bool& leave) {
  leave = false;
  std::visit(Overloaded{
                 [&](const ProfileLoaded& a) {
                   e.saved = fields_of(a.user);
                   if (e.phase == ProfileEditor::Phase::loading) e.fields = e.saved;  // never over typed text
                   e.phase = ProfileEditor::Phase::editing;
                   e.error.reset();
                 },
                 [&](const ProfileLoadFailed& a) {
                   e.phase = ProfileEditor::Phase::failed;
                   e.error = a.error;
                 },
                 [&](const ProfileFieldEdited& a) {
                   if (e.phase == ProfileEditor::Phase::saving || e.phase == ProfileEditor::Phase::loading) return;
                   if (a.field == "name") e.fields.name = a.value;
                   else if (a.field == "title") e.fields.title = a.value;
                   else if (a.field == "location") e.fields.location = a.value;
                   else if (a.field == "website") e.fields.website = a.value;
                   else if (a.field == "bio") e.fields.bio = a.value;
                   if (e.phase == ProfileEditor::Phase::saved) e.phase = ProfileEditor::Phase::editing;
                 },
                 [&](const ProfilePreviewToggled&) { e.preview = !e.preview; },
                 [&](const ProfileSavePressed&) {
                   if (!can_save(e)) return;
                   e.phase = ProfileEditor::Phase::saving;
                   e.error.reset();
                   api::ProfileUpdate u{trim(e.fields.name), trim(e.fields.title), trim(e.fields.location),
                                        trim(e.fields.website), e.fields.bio};
                   fx.push_back(SaveProfile{e.username, u});
                 },
                 [&](const ProfileSaved& a) {
                   if (e.phase != ProfileEditor::Phase::saving) return;
                   e.saved = fields_of(a.user);
                   e.fields = e.saved;
                   e.phase = ProfileEditor::Phase::saved;
                 },
                 [&](const ProfileSaveFailed& a) {
                   if (e.phase != ProfileEditor::Phase::saving) return;
                   e.phase = ProfileEditor::Phase::failed;  // the edits stay
                   e.error = a.error;
                 },
                 [&](const ProfileCancelPressed&) {
                   if (e.phase == ProfileEditor::Phase::saving) return;
                   if (is_dirty(e)) e.confirm_discard = true;
                   else leave = true;
                 },
                 [&](const ProfileDiscardConfirmed&) {
                   e.fields = e.saved;
                   e.confirm_discard = false;
                   leave = true;
                 },
                 [&](const ProfileKeepEditingPressed&) { e.confirm_discard = false; },
             },
             action);
  return e;
}

}  // namespace hearth::state
