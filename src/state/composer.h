// The composer: new topic, reply, quote, reply as linked topic, edit with reason, private
// message. It validates with the sentences members see, autosaves a draft per context, asks the
// author to review the post before it goes live, warns about details that may identify a client,
// and keeps every word when sending fails.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "api/forum_api.h"
#include "model/topic.h"
#include "state/confidentiality.h"
#include "state/effects.h"

namespace hearth::state {

enum class ComposerKind { new_topic, reply, linked_topic, edit, private_message };

// The community's limits (Discourse's defaults: min_topic_title_length, min_first_post_length,
// min_post_length, max_post_length, min_personal_message_*).
struct ComposerLimits {
  std::size_t min_title = 15;
  std::size_t max_title = 255;
  std::size_t min_first_post = 20;
  std::size_t min_post = 20;
  std::size_t max_post = 32000;
  std::size_t min_message_title = 2;
  std::size_t min_message_post = 10;
  std::size_t max_edit_reason = 255;
};

struct Composer {
  enum class Step { writing, preview, identifying_warning, sending, failed };
  ComposerKind kind = ComposerKind::reply;
  std::string draft_key;  // "new_topic", "topic_2", "edit_201", "pm_priya.nair", ...
  std::int64_t topic_id = 0;
  std::int64_t reply_to_post_number = 0;
  std::int64_t post_id = 0;  // the post being edited
  std::int64_t category_id = 0;
  std::string title;
  std::string raw;
  std::string edit_reason;
  std::vector<std::string> recipients;
  std::optional<api::LinkedSource> linked;  // for a linked topic
  Step step = Step::writing;
  std::vector<Finding> findings;       // shown in the identifying-details warning
  bool identifying_confirmed = false;  // the author read the warning and chose to post
  std::optional<api::ApiError> error;  // the last send's failure; the text stays
  ComposerLimits limits;
};

// --- Opening ------------------------------------------------------------------------------
std::string draft_key(ComposerKind kind, std::int64_t topic_or_post, const std::string& who = {});
Composer new_topic_composer(std::int64_t category_id);
Composer reply_composer(std::int64_t topic_id, std::int64_t reply_to_post_number);
// A reply that opens with the quoted part of a post (Discourse's [quote] markup).
Composer quote_composer(std::int64_t topic_id, const model::Post& post, const std::string& excerpt);
Composer linked_topic_composer(const api::LinkedSource& source, std::int64_t category_id);
Composer edit_composer(const model::Post& post);  // post.raw must hold the current text
Composer message_composer(const std::vector<std::string>& recipients);
// A saved draft restores what the author had typed (serialised as JSON).
std::string draft_json(const Composer& c);
void restore_draft(Composer& c, const std::string& json);

// --- Rules --------------------------------------------------------------------------------
// The sentences the author sees for what stops the post from being sent (empty: it can be sent).
std::vector<std::string> validation_messages(const Composer& c);
bool can_submit(const Composer& c);

// --- Actions ------------------------------------------------------------------------------
struct TitleEdited { std::string text; };
struct BodyEdited { std::string text; };
struct CategoryChosen { std::int64_t category_id = 0; };
struct RecipientsEdited { std::vector<std::string> usernames; };
struct EditReasonEdited { std::string text; };
struct PreviewPressed {};         // "Review your post before it goes live"
struct BackToEditingPressed {};
struct SubmitPressed {};
struct PostAnywayPressed {};      // after the identifying-details warning
struct PostSent { model::Post post; };
struct PostSendFailed { api::ApiError error; };

using ComposerAction = std::variant<TitleEdited, BodyEdited, CategoryChosen, RecipientsEdited,
                                    EditReasonEdited, PreviewPressed, BackToEditingPressed,
                                    SubmitPressed, PostAnywayPressed, PostSent, PostSendFailed>;

// Returns the composer after the action; `closed` is set when the post went live.
Composer update_composer(Composer c, const ComposerAction& a, Effects& fx, bool& closed);

}  // namespace hearth::state
