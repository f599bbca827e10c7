// Flag dialog rules.
#include "state/flag_dialog.h"
#include "state/overloaded.h"

namespace hearth::state {

namespace {
std::size_t chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t';
  return n;
}

std::int64_t type_id(const model::Site& site, const char* name_key, std::int64_t fallback) {
  const auto* t = site.action_type(name_key);
  return t ? t->id : fallback;
}
}  // namespace

const std::vector<FlagReasonInfo>& flag_reasons() {
  static const std::vector<FlagReasonInfo> r = {
      {FlagReason::off_topic, "It's off topic",
       "This post is not relevant to the discussion as defined by the title and first post.", false},
      {FlagReason::inappropriate, "It's inappropriate",
       "This post contains content that a reasonable colleague would consider offensive or abusive, or that "
       "goes against the community's guidelines.", false},
      {FlagReason::spam, "It's advertising",
       "This post advertises a product, service or course. The community does not carry advertisements.", false},
      {FlagReason::copyright, "It infringes copyright",
       "This post reproduces someone else's work without permission. Say what it copies and from where.", true},
      {FlagReason::defamatory, "It's defamatory",
       "This post makes damaging claims about a real person. Staff can remove it completely.", true},
      {FlagReason::something_else, "Something else",
       "This post needs staff attention for another reason. Tell the moderators what concerns you.", true},
      {FlagReason::message_author, "Message the author instead",
       "Send the author a private message about this post. Nobody else sees it, and no flag is raised.", true},
  };
  return r;
}

const FlagReasonInfo& flag_reason_info(FlagReason reason) {
  for (const auto& r : flag_reasons())
    if (r.reason == reason) return r;
  return flag_reasons().front();
}

std::vector<std::string> flag_validation(const FlagDialog& d) {
  std::vector<std::string> out;
  if (!d.reason) {
    out.push_back("Please choose a reason.");
    return out;
  }
  if (flag_reason_info(*d.reason).needs_message && chars(d.message) < FlagDialog::k_min_message)
    out.push_back("Please say a little more (at least " + std::to_string(FlagDialog::k_min_message) + " characters).");
  return out;
}

bool can_submit_flag(const FlagDialog& d) {
  return d.phase != FlagDialog::Phase::sending && d.phase != FlagDialog::Phase::thanks && flag_validation(d).empty();
}

api::FlagRequest flag_request(const FlagDialog& d, const model::Site& site) {
  api::FlagRequest r;
  r.post_id = d.post_id;
  r.message = d.message;
  switch (d.reason.value_or(FlagReason::inappropriate)) {
    case FlagReason::off_topic: r.post_action_type_id = type_id(site, "off_topic", 3); break;
    case FlagReason::inappropriate: r.post_action_type_id = type_id(site, "inappropriate", 4); break;
    case FlagReason::spam: r.post_action_type_id = type_id(site, "spam", 8); break;
    case FlagReason::message_author: r.post_action_type_id = type_id(site, "notify_user", 6); break;
    case FlagReason::something_else: r.post_action_type_id = type_id(site, "notify_moderators", 7); break;
    case FlagReason::copyright:
      if (const auto* t = site.action_type("copyright")) r.post_action_type_id = t->id;
      else { r.post_action_type_id = type_id(site, "illegal", 10); r.message = "Copyright: " + d.message; }
      break;
    case FlagReason::defamatory:
      if (const auto* t = site.action_type("defamatory")) r.post_action_type_id = t->id;
      else { r.post_action_type_id = type_id(site, "illegal", 10); r.message = "Defamatory: " + d.message; }
      break;
  }
  return r;
}

std::optional<std::string> my_flag(const model::Post& post, const model::Site& site) {
  for (const auto& a : post.actions_summary) {
    if (!a.acted || a.id == model::k_like_action) continue;
    for (const auto& t : site.post_action_types)
      if (t.id == a.id && t.is_flag) return "You flagged this post (" + t.name + ").";
    if (a.id != model::k_like_action) return std::string("You flagged this post.");
  }
  return std::nullopt;
}

FlagDialog update_flag_dialog(FlagDialog d, const FlagAction& action, const model::Site& site, Effects& fx) {
  std::visit(Overloaded{
                 [&](const FlagReasonChosen& a) {
                   if (d.phase == FlagDialog::Phase::sending || d.phase == FlagDialog::Phase::thanks) return;
                   d.reason = a.reason;
                   d.phase = FlagDialog::Phase::choosing;
                 },
                 [&](const FlagMessageEdited& a) { d.message = a.text; },
                 [&](const FlagSubmitPressed&) {
                   if (!can_submit_flag(d)) return;
                   d.phase = FlagDialog::Phase::sending;
                   d.error.reset();
                   fx.push_back(FlagPost{flag_request(d, site)});
                 },
                 [&](const FlagSaved&) {
                   if (d.phase == FlagDialog::Phase::sending) d.phase = FlagDialog::Phase::thanks;
                 },
                 [&](const FlagFailed& a) {
                   if (d.phase != FlagDialog::Phase::sending) return;
                   d.phase = FlagDialog::Phase::failed;  // the reason and message stay
                   d.error = a.error;
                 },
             },
             action);
  return d;
}

}  // namespace hearth::state
