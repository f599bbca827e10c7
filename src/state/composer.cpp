// Composer rules: opening, validation, drafts, review step, the confidentiality warning, sending.
#include "state/composer.h"
#include "state/overloaded.h"

#include <nlohmann/json.hpp>

#include "model/json_reader.h"

namespace hearth::state {

namespace {

// Length in characters as members count them (UTF-8 code points), trimmed of white space.
std::size_t visible_length(const std::string& s) {
  std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return 0;
  std::size_t last = s.find_last_not_of(" \t\r\n");
  std::size_t n = 0;
  for (std::size_t i = first; i <= last; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

bool has_title(ComposerKind k) {
  return k == ComposerKind::new_topic || k == ComposerKind::linked_topic || k == ComposerKind::private_message;
}

void save_draft(const Composer& c, Effects& fx) { fx.push_back(SaveDraft{c.draft_key, draft_json(c)}); }

Effect send_effect(const Composer& c) {
  switch (c.kind) {
    case ComposerKind::new_topic: return CreateTopic{api::NewTopic{c.title, c.raw, c.category_id}};
    case ComposerKind::reply: return CreateReply{api::NewReply{c.topic_id, c.raw, c.reply_to_post_number}};
    case ComposerKind::linked_topic: {
      api::LinkedTopic t;
      t.source = c.linked.value_or(api::LinkedSource{});
      t.title = c.title;
      t.raw = c.raw;
      t.category_id = c.category_id;
      return CreateLinkedTopic{t};
    }
    case ComposerKind::edit: return EditPost{api::PostEdit{c.post_id, c.raw, c.edit_reason}};
    case ComposerKind::private_message: return SendMessage{api::PrivateMessage{c.recipients, c.title, c.raw}};
  }
  return CreateReply{};
}

}  // namespace

std::string draft_key(ComposerKind kind, std::int64_t id, const std::string& who) {
  switch (kind) {
    case ComposerKind::new_topic: return id ? "new_topic_" + std::to_string(id) : "new_topic";
    case ComposerKind::reply: return "topic_" + std::to_string(id);
    case ComposerKind::linked_topic: return "linked_" + std::to_string(id);
    case ComposerKind::edit: return "edit_" + std::to_string(id);
    case ComposerKind::private_message: return "pm_" + who;
  }
  return "draft";
}

Composer new_topic_composer(std::int64_t category_id) {
  Composer c;
  c.kind = ComposerKind::new_topic;
  c.category_id = category_id;
  c.draft_key = draft_key(c.kind, 0);
  return c;
}

Composer reply_composer(std::int64_t topic_id, std::int64_t reply_to_post_number) {
  Composer c;
  c.kind = ComposerKind::reply;
  c.topic_id = topic_id;
  c.reply_to_post_number = reply_to_post_number;
  c.draft_key = draft_key(c.kind, topic_id);
  return c;
}

Composer quote_composer(std::int64_t topic_id, const model::Post& post, const std::string& excerpt) {
  Composer c = reply_composer(topic_id, post.post_number);
  c.raw = "[quote=\"" + post.username + ", post:" + std::to_string(post.post_number) + ", topic:" +
          std::to_string(topic_id) + "\"]\n" + excerpt + "\n[/quote]\n\n";
  return c;
}

Composer linked_topic_composer(const api::LinkedSource& source, std::int64_t category_id) {
  Composer c;
  c.kind = ComposerKind::linked_topic;
  c.linked = source;
  c.category_id = category_id;
  c.draft_key = draft_key(c.kind, source.topic_id * 100000 + source.post_number);
  return c;
}

Composer edit_composer(const model::Post& post) {
  Composer c;
  c.kind = ComposerKind::edit;
  c.post_id = post.id;
  c.topic_id = post.topic_id;
  c.raw = post.raw.value_or("");
  c.draft_key = draft_key(c.kind, post.id);
  return c;
}

Composer message_composer(const std::vector<std::string>& recipients) {
  Composer c;
  c.kind = ComposerKind::private_message;
  c.recipients = recipients;
  std::string who;
  for (const auto& r : recipients) who += (who.empty() ? "" : ",") + r;
  c.draft_key = draft_key(c.kind, 0, who);
  return c;
}

std::string draft_json(const Composer& c) {
  nlohmann::json j = {{"title", c.title}, {"raw", c.raw}, {"category_id", c.category_id},
                      {"edit_reason", c.edit_reason}, {"recipients", c.recipients}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void restore_draft(Composer& c, const std::string& json) {
  auto doc = model::parse_json_text(json);
  if (!doc.ok() || !doc.value().is_object()) return;  // a damaged draft is ignored, not fatal
  const auto& j = doc.value();
  auto text = [&](const char* k, std::string& into) {
    if (j.contains(k) && j[k].is_string()) into = j[k].get<std::string>();
  };
  text("title", c.title);
  text("raw", c.raw);
  text("edit_reason", c.edit_reason);
  if (j.contains("category_id") && j["category_id"].is_number_integer() && j["category_id"].get<std::int64_t>())
    c.category_id = j["category_id"].get<std::int64_t>();
  if (j.contains("recipients") && j["recipients"].is_array() && !j["recipients"].empty()) {
    c.recipients.clear();
    for (const auto& r : j["recipients"])
      if (r.is_string()) c.recipients.push_back(r.get<std::string>());
  }
}

std::vector<std::string> validation_messages(const Composer& c) {
  std::vector<std::string> out;
  const ComposerLimits& l = c.limits;
  bool message = c.kind == ComposerKind::private_message;
  if (has_title(c.kind)) {
    std::size_t n = visible_length(c.title);
    std::size_t min = message ? l.min_message_title : l.min_title;
    if (n == 0) out.push_back("Please give your " + std::string(message ? "message" : "topic") + " a title.");
    else if (n < min) out.push_back("The title is too short: use at least " + std::to_string(min) + " characters.");
    else if (n > l.max_title) out.push_back("The title is too long: keep it under " + std::to_string(l.max_title) + " characters.");
  }
  if ((c.kind == ComposerKind::new_topic || c.kind == ComposerKind::linked_topic) && c.category_id == 0)
    out.push_back("Please choose a category.");
  if (message && c.recipients.empty()) out.push_back("Please choose who the message is for.");
  std::size_t body = visible_length(c.raw);
  std::size_t min_body = message ? l.min_message_post
                         : (c.kind == ComposerKind::reply || c.kind == ComposerKind::edit) ? l.min_post
                                                                                           : l.min_first_post;
  if (c.kind == ComposerKind::linked_topic) min_body = 0;  // the link and quote say enough
  if (body == 0 && min_body > 0) out.push_back("Please write something before posting.");
  else if (body < min_body) out.push_back("Your post is too short: write at least " + std::to_string(min_body) + " characters.");
  if (body > l.max_post) out.push_back("Your post is too long: keep it under " + std::to_string(l.max_post) + " characters.");
  if (visible_length(c.edit_reason) > l.max_edit_reason) out.push_back("The edit reason is too long.");
  return out;
}

bool can_submit(const Composer& c) {
  return c.step != Composer::Step::sending && validation_messages(c).empty();
}

Composer update_composer(Composer c, const ComposerAction& action, Effects& fx, bool& closed) {
  closed = false;
  auto edited = [&] {
    c.identifying_confirmed = false;  // new words deserve a new look
    if (c.step == Composer::Step::failed || c.step == Composer::Step::identifying_warning) c.step = Composer::Step::writing;
    save_draft(c, fx);
  };
  std::visit(
      Overloaded{
          [&](const TitleEdited& a) { c.title = a.text; edited(); },
          [&](const BodyEdited& a) { c.raw = a.text; edited(); },
          [&](const CategoryChosen& a) { c.category_id = a.category_id; save_draft(c, fx); },
          [&](const RecipientsEdited& a) { c.recipients = a.usernames; save_draft(c, fx); },
          [&](const EditReasonEdited& a) { c.edit_reason = a.text; save_draft(c, fx); },
          [&](const PreviewPressed&) {
            if (c.step == Composer::Step::writing || c.step == Composer::Step::failed) c.step = Composer::Step::preview;
          },
          [&](const BackToEditingPressed&) {
            if (c.step != Composer::Step::sending) c.step = Composer::Step::writing;
          },
          [&](const SubmitPressed&) {
            if (!can_submit(c)) return;
            if (!c.identifying_confirmed) {
              c.findings = find_identifying_details(c.title + "\n" + c.raw);
              if (!c.findings.empty()) {
                c.step = Composer::Step::identifying_warning;
                return;
              }
            }
            c.step = Composer::Step::sending;
            c.error.reset();
            fx.push_back(send_effect(c));
          },
          [&](const PostAnywayPressed&) {
            if (c.step != Composer::Step::identifying_warning || !can_submit(c)) return;
            c.identifying_confirmed = true;
            c.step = Composer::Step::sending;
            c.error.reset();
            fx.push_back(send_effect(c));
          },
          [&](const PostSent&) {
            if (c.step != Composer::Step::sending) return;
            fx.push_back(DeleteDraft{c.draft_key});
            closed = true;
          },
          [&](const PostSendFailed& a) {
            if (c.step != Composer::Step::sending) return;
            c.step = Composer::Step::failed;  // the text stays, and so does the draft
            c.error = a.error;
          },
      },
      action);
  return c;
}

}  // namespace hearth::state
