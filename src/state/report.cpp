// Reports and the evidence log.
#include "state/report.h"

#include <nlohmann/json.hpp>

#include "model/json_reader.h"

namespace hearth::state {

std::vector<std::string> report_problems(const ReportDialog& d) {
  std::vector<std::string> out;
  std::size_t n = 0;
  for (unsigned char c : d.reason) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n';
  if (n < ReportDialog::k_min_reason)
    out.push_back("Please tell the community lead what happened (at least 10 characters).");
  return out;
}

api::PrivateMessage report_message(const ReportDialog& d, const std::string& lead, const std::string& now) {
  api::PrivateMessage m;
  m.recipients = {lead};
  m.purpose = api::MessagePurpose::report;
  m.about_post_id = d.post_id;
  m.about_member = d.member;
  m.title = d.post_id ? "Report about a post by @" + d.member : "Report about @" + d.member;
  m.raw = d.reason + "\n\n";
  if (d.post_id) {
    m.raw += "Post: " + d.permalink + " (written " + d.posted_at + ")\n\n";
    std::string quoted;
    std::size_t start = 0;
    while (start <= d.post_text.size()) {
      std::size_t end = d.post_text.find('\n', start);
      if (end == std::string::npos) end = d.post_text.size();
      quoted += "> " + d.post_text.substr(start, end - start) + "\n";
      start = end + 1;
    }
    m.raw += "The post as it was when I reported it:\n\n" + quoted + "\n";
  } else {
    m.raw += "Member: @" + d.member + "\n\n";
  }
  m.raw += "Reported " + now + ".";
  return m;
}

EvidenceEntry evidence_entry(const ReportDialog& d, const std::string& now) {
  return EvidenceEntry{now, d.permalink, d.member, d.posted_at, d.post_text, d.reason};
}

std::string evidence_as_text(const std::vector<EvidenceEntry>& log) {
  std::string out = "Evidence log (" + std::to_string(log.size()) + (log.size() == 1 ? " entry" : " entries") + ")\n";
  int i = 0;
  for (const auto& e : log) {
    out += "\n#" + std::to_string(++i) + "  recorded " + e.recorded_at + "\n";
    out += "Member: @" + e.author + "\n";
    if (!e.permalink.empty()) out += "Link: " + e.permalink + "\n";
    if (!e.posted_at.empty()) out += "Posted: " + e.posted_at + "\n";
    if (!e.content.empty()) out += "Content as it was:\n" + e.content + "\n";
    if (!e.note.empty()) out += "My note: " + e.note + "\n";
  }
  return out;
}

std::string evidence_as_json(const std::vector<EvidenceEntry>& log) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& e : log)
    a.push_back({{"recorded_at", e.recorded_at}, {"permalink", e.permalink}, {"author", e.author},
                 {"posted_at", e.posted_at}, {"content", e.content}, {"note", e.note}});
  return a.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<EvidenceEntry> evidence_from_json(const std::string& json) {
  std::vector<EvidenceEntry> out;
  auto doc = model::parse_json_text(json);
  if (!doc.ok() || !doc.value().is_array()) return out;
  for (const auto& j : doc.value()) {
    if (!j.is_object()) continue;
    auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
    EvidenceEntry e{str("recorded_at"), str("permalink"), str("author"), str("posted_at"), str("content"), str("note")};
    if (e.recorded_at.empty()) continue;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace hearth::state
