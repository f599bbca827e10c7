// Collection of interactive items per frame for the test hook.
#include "ui/hook_items.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"

namespace hearth::ui {

namespace {
std::vector<HookItem> g_building;
std::vector<HookItem> g_last;
std::vector<std::string> g_texts_building, g_texts_last;
std::int64_t g_post = 0;
}  // namespace

void set_hook_post(std::int64_t post_number) { g_post = post_number; }

void begin_hook_frame() {
  g_building.clear();
  g_texts_building.clear();
}

void end_hook_frame() {
  g_last.swap(g_building);
  g_texts_last.swap(g_texts_building);
}

void record_text(std::string_view text) {
  if (!text.empty() && g_texts_building.size() < 2000) g_texts_building.emplace_back(text);
}
const std::vector<std::string>& last_frame_texts() { return g_texts_last; }

void record_last_item(std::string_view label, std::string_view role) {
  ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  rect.ClipWith(ImGui::GetCurrentWindowRead()->ClipRect);
  if (rect.GetWidth() < 1.0f || rect.GetHeight() < 1.0f) return;  // scrolled out of view
  ImGuiContext& g = *GImGui;
  bool enabled = (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) == 0;
  g_building.push_back(HookItem{std::string(label), std::string(role), rect.Min.x, rect.Min.y,
                                rect.GetWidth(), rect.GetHeight(), enabled, g_post});
}

const std::vector<HookItem>& last_frame_items() { return g_last; }

nlohmann::json items_json(const std::vector<HookItem>& items, float offset_x, float offset_y) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& it : items) {
    out.push_back({{"label", it.label}, {"role", it.role}, {"x", it.x + offset_x},
                   {"y", it.y + offset_y}, {"w", it.w}, {"h", it.h}, {"enabled", it.enabled}});
    if (it.post) out.back()["post"] = it.post;
  }
  return out;
}

}  // namespace hearth::ui
