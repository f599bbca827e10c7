// "Report to the community lead" on any post or member, and the member's own evidence log:
// entries with the time, a permalink and the content as it was, kept in the browser and
// exportable as text or JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "api/api_error.h"
#include "model/topic.h"
#include "state/effects.h"

namespace hearth::state {

struct EvidenceEntry {
  std::string recorded_at;  // ISO 8601, when the member kept it
  std::string permalink;    // e.g. "#/t/working-with-silence/2/3"
  std::string author;       // whose post or which member
  std::string posted_at;    // when the post was written (if a post)
  std::string content;      // the post's text as it was when kept
  std::string note;         // the member's own words
  bool operator==(const EvidenceEntry& o) const {
    return recorded_at == o.recorded_at && permalink == o.permalink && author == o.author &&
           posted_at == o.posted_at && content == o.content && note == o.note;
  }
};

struct ReportDialog {
  enum class Phase { writing, sending, sent, failed };
  std::int64_t post_id = 0;  // 0 when reporting a member
  std::string member;        // the post's author, or the member reported
  std::string permalink;
  std::string post_text;     // as it was when the dialog opened
  std::string posted_at;
  std::string reason;
  bool keep_evidence = true;
  Phase phase = Phase::writing;
  std::optional<api::ApiError> error;
  static constexpr std::size_t k_min_reason = 10;
};

std::vector<std::string> report_problems(const ReportDialog& d);
// The private message the lead receives.
api::PrivateMessage report_message(const ReportDialog& d, const std::string& lead, const std::string& now_iso);
EvidenceEntry evidence_entry(const ReportDialog& d, const std::string& now_iso);

std::string evidence_as_text(const std::vector<EvidenceEntry>& log);
std::string evidence_as_json(const std::vector<EvidenceEntry>& log);
std::vector<EvidenceEntry> evidence_from_json(const std::string& json);  // damaged entries are skipped

}  // namespace hearth::state
