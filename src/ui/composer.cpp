// The composer as a bottom sheet: what it is for, the title and category where they apply, the
// body, the review step with a preview, the identifying-details warning, sending and failure.
#include <algorithm>
#include <string>

#include "api/local_cook.h"
#include "state/composer.h"
#include "state/rich_text.h"
#include "ui/hook_items.h"
#include "ui/rich_text.h"
#include "ui/screens.h"

namespace hearth::ui {

namespace {

std::string heading(const state::State& s, const state::Composer& c) {
  switch (c.kind) {
    case state::ComposerKind::new_topic: return "New topic";
    case state::ComposerKind::linked_topic: return "New topic, continuing from a post";
    case state::ComposerKind::edit: return "Edit your post";
    case state::ComposerKind::private_message: {
      std::string to;
      for (const auto& r : c.recipients) to += (to.empty() ? "@" : ", @") + r;
      return "Private message to " + to;
    }
    case state::ComposerKind::reply:
      if (s.topic.topic) return "Reply to \u201C" + s.topic.topic->title + "\u201D";
      return "Reply";
  }
  return "Compose";
}

// A single-line field: ImGui edits a copy; a change goes out as an action.
template <class Make>
void text_field(const char* label, const char* id, const std::string& value, const Theme& theme, float width, Make make,
                Dispatch& dispatch) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme.muted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  std::string buffer = value;
  buffer.reserve(value.size() + 256);
  ImGui::SetNextItemWidth(width);
  if (ImGui::InputText(id, buffer.data(), buffer.capacity() + 1, ImGuiInputTextFlags_CallbackResize, string_resize_callback, &buffer))
    dispatch(make(std::string(buffer.c_str())));
  record_last_item(label, "input");
}


}  // namespace

void show_composer(const state::State& s, const Theme& theme, const Layout& layout, Dispatch& dispatch) {
  if (!s.composer) return;
  const state::Composer& c = *s.composer;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float height = std::max(260.0f, vp->Size.y * (layout.wide ? 0.52f : 0.7f));
  float width = std::min(vp->Size.x, layout.wide ? 900.0f : vp->Size.x);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + (vp->Size.x - width) * 0.5f, vp->Pos.y + vp->Size.y - height));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.surface);
  ImGui::PushStyleColor(ImGuiCol_Border, theme.border);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(layout.wide ? 20.0f : 12.0f, 14));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10.0f);
  ImGui::Begin("##composer", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  float inner = ImGui::GetContentRegionAvail().x;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
  // The heading at the left, wrapped short of Close (keeps the draft) and Discard (drops it).
  ImVec2 top = ImGui::GetCursorPos();
  float buttons = ImGui::CalcTextSize("Close").x + ImGui::CalcTextSize("Discard").x + 60;
  ImGui::PushTextWrapPos(top.x + std::max(80.0f, inner - buttons - 8));
  wrapped_text(heading(s, c), theme.fonts.bold);
  ImGui::PopTextWrapPos();
  float below_heading = ImGui::GetCursorPosY();
  ImGui::SetCursorPos(ImVec2(top.x + inner - buttons + 8, top.y));
  if (secondary_button("Close", theme)) dispatch(state::ComposerClosePressed{});
  ImGui::SameLine();
  if (secondary_button("Discard", theme)) dispatch(state::ComposerDiscardPressed{});
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), below_heading));

  bool editing = c.step == state::Composer::Step::writing || c.step == state::Composer::Step::failed;
  if (c.step == state::Composer::Step::preview || c.step == state::Composer::Step::identifying_warning ||
      c.step == state::Composer::Step::sending) {
    // Review before it goes live: the post as others will see it.
    wrapped_text("Review your post before it goes live", nullptr, &theme.muted);
    float preview_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2.2f;
    if (c.step == state::Composer::Step::identifying_warning) preview_h -= ImGui::GetTextLineHeightWithSpacing() * (2.0f + static_cast<float>(c.findings.size()));
    ImGui::BeginChild("##preview", ImVec2(inner, std::max(60.0f, preview_h)), true);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    if (!c.title.empty()) wrapped_text(c.title, theme.fonts.heading);
    show_rich_text(state::rich_text_from_cooked(api::cook_markdown(c.raw)), theme, dispatch);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    if (c.step == state::Composer::Step::identifying_warning) {
      wrapped_text("This may identify a client. Please check before posting:", theme.fonts.bold, &theme.error_text);
      for (const auto& f : c.findings)
        wrapped_text(std::string("\u2022 ") + state::identifier_label(f.kind) + ": \u201C" + f.excerpt + "\u201D", nullptr,
                     &theme.error_text);
      if (button("Edit the post", theme)) dispatch(state::ComposerAction{state::BackToEditingPressed{}});
      ImGui::SameLine();
      if (secondary_button("It does not identify anyone: post", theme))
        dispatch(state::ComposerAction{state::PostAnywayPressed{}});
    } else if (c.step == state::Composer::Step::sending) {
      wrapped_text("Posting\u2026", nullptr, &theme.muted);
    } else {
      if (button("Post it", theme)) dispatch(state::ComposerAction{state::SubmitPressed{}});
      ImGui::SameLine();
      if (secondary_button("Back to editing", theme)) dispatch(state::ComposerAction{state::BackToEditingPressed{}});
    }
  } else if (editing) {
    bool has_title = c.kind == state::ComposerKind::new_topic || c.kind == state::ComposerKind::linked_topic ||
                     c.kind == state::ComposerKind::private_message;
    if (has_title)
      text_field("Title", "##title", c.title, theme, inner,
                 [](const std::string& t) { return state::Action{state::ComposerAction{state::TitleEdited{t}}}; }, dispatch);
    if (c.kind == state::ComposerKind::new_topic || c.kind == state::ComposerKind::linked_topic) {
      const auto* current = s.site.category(c.category_id);
      ImGui::SetNextItemWidth(std::min(inner, 320.0f));
      if (ImGui::BeginCombo("##category", current ? current->name.c_str() : "Choose a category")) {
        for (const auto& cat : s.site.categories) {
          if (ImGui::Selectable(cat.name.c_str(), cat.id == c.category_id))
            dispatch(state::ComposerAction{state::CategoryChosen{cat.id}});
          record_last_item(cat.name, "menuitem");
        }
        ImGui::EndCombo();
      }
      record_last_item("Category", "combobox");
    }
    if (c.kind == state::ComposerKind::edit)
      text_field("Why are you editing? (optional)", "##reason", c.edit_reason, theme, inner,
                 [](const std::string& t) { return state::Action{state::ComposerAction{state::EditReasonEdited{t}}}; }, dispatch);
    auto problems = state::validation_messages(c);
    float below = ImGui::GetFrameHeightWithSpacing() * 1.4f + ImGui::GetTextLineHeightWithSpacing() * (c.error ? 2.0f : 0.0f) +
                  (problems.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());
    std::string body;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.background);
    if (text_area("##body", "Your post", c.raw, ImVec2(inner, std::max(80.0f, ImGui::GetContentRegionAvail().y - below)), body))
      dispatch(state::ComposerAction{state::BodyEdited{std::move(body)}});
    ImGui::PopStyleColor();
    record_last_item("Your post", "textarea");
    if (c.error) wrapped_text("Not posted: " + api::member_message(*c.error) + " Your text is kept.", nullptr, &theme.error_text);
    if (!problems.empty()) wrapped_text(problems.front(), theme.fonts.small, &theme.muted);
    if (button("Review before posting", theme, problems.empty())) dispatch(state::ComposerAction{state::PreviewPressed{}});
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(2);
}

}  // namespace hearth::ui
