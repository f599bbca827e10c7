// Modal dialogs over the page: flagging a post, and reporting to the community lead (with the
// member's own evidence log).
#include <algorithm>
#include <string>

#include "state/flag_dialog.h"
#include "state/report.h"
#include "ui/hook_items.h"
#include "ui/screens.h"

namespace hearth::ui {

bool begin_modal(const char* id, const Theme& theme, float max_width) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float width = std::min(max_width, vp->Size.x - 24.0f);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + (vp->Size.x - width) * 0.5f, vp->Pos.y + std::min(vp->Size.y * 0.1f, 80.0f)));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->Size.y * 0.86f));
  ImGui::PushStyleColor(ImGuiCol_PopupBg, theme.surface);
  ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, ImVec4(0, 0, 0, 0.4f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 18));
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8.0f);
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  bool open = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
  if (open) ImGui::PushTextWrapPos(0.0f);
  return open;
}

void end_modal() {
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

bool secondary_button(const char* label, const Theme& theme) {
  ImGui::PushStyleColor(ImGuiCol_Button, theme.border);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme.border);
  ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
  bool pressed = ImGui::Button(label);
  record_last_item(label, "button");
  ImGui::PopStyleColor(3);
  return pressed;
}

void show_flag_dialog(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (!s.flag_dialog) return;
  const state::FlagDialog& d = *s.flag_dialog;
  if (!begin_modal("##flag", theme, 560)) return;
  auto send = [&](state::FlagAction a) { dispatch(state::TopicViewAction{std::move(a)}); };
  if (d.phase == state::FlagDialog::Phase::thanks) {
    wrapped_text("Thank you", theme.fonts.heading);
    wrapped_text(d.reason == state::FlagReason::message_author
                     ? "Your message is on its way to the author."
                     : "Staff will look at the post. If others flag it too, it may be hidden while they do.");
    if (button("Close", theme)) dispatch(state::TopicViewAction{state::FlagDialogClosed{}});
    end_modal();
    return;
  }
  wrapped_text("What is the problem with this post?", theme.fonts.heading);
  for (const auto& info : state::flag_reasons()) {
    bool chosen = d.reason && *d.reason == info.reason;
    if (ImGui::RadioButton(info.title, chosen)) send(state::FlagReasonChosen{info.reason});
    record_last_item(info.title, "radio");
    ImGui::Indent(28);
    wrapped_text(info.explanation, theme.fonts.small, &theme.muted);
    ImGui::Unindent(28);
  }
  if (d.reason && state::flag_reason_info(*d.reason).needs_message) {
    std::string text;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.background);
    if (text_area("##flag-message", "Tell staff more", d.message, ImVec2(-1, ImGui::GetTextLineHeight() * 4.5f), text))
      send(state::FlagMessageEdited{text});
    ImGui::PopStyleColor();
    record_last_item("Tell staff more", "textarea");
  }
  for (const auto& p : state::flag_validation(d)) wrapped_text(p, theme.fonts.small, &theme.muted);
  if (d.error) wrapped_text("Not sent: " + api::member_message(*d.error), nullptr, &theme.error_text);
  bool sending = d.phase == state::FlagDialog::Phase::sending;
  if (button(sending ? "Sending\u2026" : "Flag post", theme, state::can_submit_flag(d) && !sending))
    send(state::FlagSubmitPressed{});
  ImGui::SameLine();
  if (secondary_button("Cancel", theme)) dispatch(state::TopicViewAction{state::FlagDialogClosed{}});
  end_modal();
}

void show_report_dialog(const state::State& s, const Theme& theme, Dispatch& dispatch) {
  if (!s.report_dialog) return;
  const state::ReportDialog& d = *s.report_dialog;
  if (!begin_modal("##report", theme, 600)) return;
  if (d.phase == state::ReportDialog::Phase::sent) {
    wrapped_text("Sent to the community lead", theme.fonts.heading);
    wrapped_text("The community lead reads every report. You will hear back in your messages.");
    if (d.keep_evidence) wrapped_text("A copy is in your evidence log, with the time and the post as it was.", nullptr, &theme.muted);
    if (button("Close", theme)) dispatch(state::ReportClosed{});
    end_modal();
    return;
  }
  wrapped_text(d.post_id ? "Report this post to the community lead" : "Report @" + d.member + " to the community lead",
               theme.fonts.heading);
  if (!d.post_text.empty()) {
    std::string excerpt = d.post_text.size() > 280 ? d.post_text.substr(0, 280) + "\u2026" : d.post_text;
    wrapped_text("@" + d.member + ": \u201C" + excerpt + "\u201D", nullptr, &theme.muted);
  }
  wrapped_text("What happened? The lead sees your words, the post and the time.");
  std::string text;
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.background);
  if (text_area("##report-reason", "What happened", d.reason, ImVec2(-1, ImGui::GetTextLineHeight() * 5.5f), text))
    dispatch(state::ReportReasonEdited{text});
  ImGui::PopStyleColor();
  record_last_item("What happened", "textarea");
  bool keep = d.keep_evidence;
  if (ImGui::Checkbox("Keep a copy in my evidence log (in this browser)", &keep)) dispatch(state::KeepEvidenceToggled{});
  record_last_item("Keep a copy in my evidence log (in this browser)", "checkbox");
  for (const auto& p : state::report_problems(d)) wrapped_text(p, theme.fonts.small, &theme.muted);
  if (d.error) wrapped_text("Not sent: " + api::member_message(*d.error) + " Your words are kept.", nullptr, &theme.error_text);
  bool sending = d.phase == state::ReportDialog::Phase::sending;
  if (button(sending ? "Sending\u2026" : "Send to the community lead", theme, state::report_problems(d).empty() && !sending))
    dispatch(state::ReportSubmitPressed{});
  ImGui::SameLine();
  if (secondary_button("Cancel", theme)) dispatch(state::ReportClosed{});
  end_modal();
}

}  // namespace hearth::ui
