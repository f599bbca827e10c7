// Benchmark kernels and the data they run on (see kernels.h).
#include "bench/kernels.h"

#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "state/rich_text.h"
#include "ui/app_view.h"
#include "ui/theme.h"

namespace hearth::bench {

namespace {
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}
}  // namespace

std::size_t cook_all(const model::Topic& topic) {
  std::size_t blocks = 0;
  for (const auto& p : topic.posts) blocks += state::rich_text_from_cooked(p.cooked).blocks.size();
  return blocks;
}

struct HeadlessApp::Impl {
  ImGuiContext* context = nullptr;
  ui::Theme theme = ui::light_theme();
  ui::Dispatch dispatch;
  state::State state;
  std::string regular, bold, italic, bold_italic, mono;
  bool real_font = false;
  int vertices = 0;
};

HeadlessApp::HeadlessApp(float width, float height) : impl_(std::make_unique<Impl>()) {
  Impl& a = *impl_;
  a.context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  // The app's own faces where Debian's font packages are installed; ImGui's built-in otherwise.
  const std::string noto = "/usr/share/fonts/truetype/noto/";
  a.regular = read_file(noto + "NotoSans-Regular.ttf");
  a.bold = read_file(noto + "NotoSans-Bold.ttf");
  a.italic = read_file(noto + "NotoSans-Italic.ttf");
  a.bold_italic = read_file(noto + "NotoSans-BoldItalic.ttf");
  a.mono = read_file("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
  a.real_font = ui::add_app_fonts(io.Fonts, ui::FontFiles{&a.regular, &a.bold, &a.italic, &a.bold_italic, &a.mono},
                                  1.0f, a.theme.fonts);
  if (!a.real_font) {
    io.Fonts->Clear();
    a.theme.fonts = ui::Fonts{};
    io.Fonts->AddFontDefault();
  }
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  ui::apply_theme(a.theme);
  a.state.consent.status = state::Consent::Status::accepted;
  a.state.site_phase = state::Phase::loaded;
}

HeadlessApp::~HeadlessApp() { ImGui::DestroyContext(impl_->context); }

void HeadlessApp::load_topic(model::Topic topic) {
  Impl& a = *impl_;
  state::Effects effects;
  std::int64_t id = topic.id;
  a.state = state::update(std::move(a.state), state::Action{state::RouteChanged{"#/t/" + topic.slug + "/" + std::to_string(id)}}, effects);
  effects = {};
  a.state = state::update(std::move(a.state), state::Action{state::TopicLoaded{id, std::move(topic)}}, effects);
  if (!a.state.topic.topic) std::abort();  // the kernel must measure a loaded topic
}

void HeadlessApp::frame(float wheel) {
  Impl& a = *impl_;
  ImGui::SetCurrentContext(a.context);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f);
  if (wheel != 0) io.AddMouseWheelEvent(0, -wheel);
  ImGui::NewFrame();
  ui::show_app(a.state, a.theme, a.dispatch);
  ImGui::Render();
  a.vertices = ImGui::GetDrawData()->TotalVtxCount;
  // The intents a frame emits (the reader moved) are applied as the app applies them.
  for (auto& action : a.dispatch.take()) {
    state::Effects effects;
    a.state = state::update(std::move(a.state), action, effects);
  }
}

const state::State& HeadlessApp::state() const { return impl_->state; }
int HeadlessApp::vertices() const { return impl_->vertices; }
bool HeadlessApp::real_font() const { return impl_->real_font; }

}  // namespace hearth::bench
