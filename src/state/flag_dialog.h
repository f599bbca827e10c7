// The flag dialog: the community's reasons with their explanations, the message a reason needs,
// "message the author" instead of flagging, sending, errors, and the thanks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "model/site.h"
#include "model/topic.h"
#include "state/effects.h"

namespace hearth::state {

enum class FlagReason { off_topic, inappropriate, spam, copyright, defamatory, something_else, message_author };

struct FlagReasonInfo {
  FlagReason reason;
  const char* title;
  const char* explanation;
  bool needs_message;
};
// In the order the dialog lists them.
const std::vector<FlagReasonInfo>& flag_reasons();
const FlagReasonInfo& flag_reason_info(FlagReason reason);

struct FlagDialog {
  enum class Phase { choosing, sending, thanks, failed };
  std::int64_t post_id = 0;
  std::string author;  // for "message the author"
  std::optional<FlagReason> reason;
  std::string message;
  Phase phase = Phase::choosing;
  std::optional<api::ApiError> error;
  static constexpr std::size_t k_min_message = 10;
};

std::vector<std::string> flag_validation(const FlagDialog& d);
bool can_submit_flag(const FlagDialog& d);
// The post action type the forum uses for a reason: the community's own "copyright" and
// "defamatory" types where the site defines them, else Discourse's "illegal" with the reason
// named in the message.
api::FlagRequest flag_request(const FlagDialog& d, const model::Site& site);
// The flag the reader has on a post, if any ("You flagged this post as ...").
std::optional<std::string> my_flag(const model::Post& post, const model::Site& site);

struct FlagReasonChosen { FlagReason reason = FlagReason::inappropriate; };
struct FlagMessageEdited { std::string text; };
struct FlagSubmitPressed {};
struct FlagSaved { model::Post post; };
struct FlagFailed { api::ApiError error; };
using FlagAction = std::variant<FlagReasonChosen, FlagMessageEdited, FlagSubmitPressed, FlagSaved, FlagFailed>;

FlagDialog update_flag_dialog(FlagDialog d, const FlagAction& a, const model::Site& site, Effects& fx);

}  // namespace hearth::state
