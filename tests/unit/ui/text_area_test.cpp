// Wrapped multi-line fields: how text breaks into lines, where offsets and clicks land, and how
// the field and the browser's textarea (a fake host here) hand text and caret to each other.
#include <gtest/gtest.h>

#include <string>

#include "imgui.h"
#include "ui/text_area.h"

using namespace hearth;

namespace {
class TextAreaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(800, 600);
    io.DeltaTime = 1.0f / 60.0f;
    font = io.Fonts->AddFontDefault();  // ProggyClean: every glyph 7 px wide at 13 px
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  }
  void TearDown() override {
    ui::set_text_area_host(nullptr);
    ImGui::DestroyContext();
  }
  std::string line_text(const std::string& text, const ui::TextLine& l) {
    return text.substr(static_cast<std::size_t>(l.begin), static_cast<std::size_t>(l.end - l.begin));
  }
  ImFont* font = nullptr;
};

// Records what the field asks of the browser's textarea.
class FakeHost : public ui::TextAreaHost {
 public:
  const ui::AreaEdit& edit() const override { return e; }
  void take(std::uint32_t owner, const std::string& value, int s, int en, const char*) override {
    if (owner != e.owner) e.value = value;
    e.owner = owner;
    e.sel_start = s;
    e.sel_end = en;
    e.focused = true;
    e.move = ui::AreaEdit::Move::none;
    takes += 1;
  }
  void replace(const std::string& value) override {
    e.value = value;
    replaced += 1;
  }
  void place(float, float, float, float) override { placed += 1; }
  void release() override { e = ui::AreaEdit{0, {}, 0, 0, false, e.revision}; }
  void type(const std::string& value, int caret) {  // as the browser reports a change
    e.value = value;
    e.sel_start = e.sel_end = caret;
    e.revision += 1;
  }
  ui::AreaEdit e;
  int takes = 0, replaced = 0, placed = 0;
};
}  // namespace

TEST_F(TextAreaTest, LongParagraphsWrapAtWordsAndEveryByteButNewlinesHasALine) {
  const std::string text = "one two three four five six\n\nseven";
  float glyph = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "x").x;
  auto lines = ui::wrap_lines(font, font->FontSize, text, glyph * 10);  // ten letters a line
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(line_text(text, lines[0]), "one two ");
  EXPECT_EQ(line_text(text, lines[1]), "three four ");
  EXPECT_EQ(line_text(text, lines[2]), "five six");
  EXPECT_EQ(line_text(text, lines[3]), "");  // the empty paragraph
  EXPECT_EQ(line_text(text, lines[4]), "seven");
  int covered = 0;
  for (const auto& l : lines) covered += l.end - l.begin;
  EXPECT_EQ(covered, static_cast<int>(text.size()) - 2);
  EXPECT_EQ(ui::wrap_lines(font, font->FontSize, "", 100).size(), 1u);
  // A word longer than the line breaks inside it rather than overflowing forever.
  auto narrow = ui::wrap_lines(font, font->FontSize, "abcdefghijklmnop", glyph * 4);
  EXPECT_GE(narrow.size(), 4u);
}

TEST_F(TextAreaTest, OffsetsMapToLinesAndClicksMapBackToOffsets) {
  const std::string text = "one two three four five six";
  float glyph = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "x").x;
  auto lines = ui::wrap_lines(font, font->FontSize, text, glyph * 10);
  // At a soft wrap the caret belongs to the start of the next line.
  EXPECT_EQ(ui::line_of(lines, 0), 0u);
  EXPECT_EQ(ui::line_of(lines, 7), 0u);
  EXPECT_EQ(ui::line_of(lines, 8), 1u);
  EXPECT_EQ(ui::line_of(lines, static_cast<int>(text.size())), 2u);
  EXPECT_FLOAT_EQ(ui::offset_x(font, font->FontSize, text, lines[1], 10), glyph * 2);  // "th|ree"
  const float lh = 20;
  EXPECT_EQ(ui::offset_at(font, font->FontSize, text, lines, lh, glyph * 2.2f, lh * 1.5f), 10);
  EXPECT_EQ(ui::offset_at(font, font->FontSize, text, lines, lh, -5, -5), 0);           // above and left
  EXPECT_EQ(ui::offset_at(font, font->FontSize, text, lines, lh, 1000, 1000), static_cast<int>(text.size()));
}

TEST_F(TextAreaTest, TheFieldHandsTheBrowsersChangesOnAndFollowsChangesFromElsewhere) {
  FakeHost host;
  ui::set_text_area_host(&host);
  std::string value = "Hello";
  auto frame = [&](std::string& edited) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
    bool changed = ui::text_area("##body", "Your post", value, ImVec2(300, 120), edited);
    ImGui::End();
    ImGui::Render();
    return changed;
  };
  std::string edited;
  EXPECT_FALSE(frame(edited));
  EXPECT_EQ(host.takes, 0) << "nothing is taken before the member clicks";
  // A click inside takes the browser's field with the text and the caret at the click.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(20, 20);
  io.AddMouseButtonEvent(0, true);
  EXPECT_FALSE(frame(edited));
  io.AddMouseButtonEvent(0, false);
  frame(edited);
  ASSERT_EQ(host.takes, 1);
  EXPECT_NE(host.e.owner, 0u);
  EXPECT_EQ(host.e.value, "Hello");
  EXPECT_GT(host.placed, 0);
  // The member types in the browser: the field reports the new text once.
  host.type("Hello there", 11);
  ASSERT_TRUE(frame(edited));
  EXPECT_EQ(edited, "Hello there");
  value = edited;
  EXPECT_FALSE(frame(edited));
  // The text changes elsewhere (a quote added): the browser's field follows.
  value = "Hello there\n> quoted";
  EXPECT_FALSE(frame(edited));
  EXPECT_EQ(host.replaced, 1);
  EXPECT_EQ(host.e.value, value);
  // Home on a wrapped line: the field computes it from its own lines.
  host.e.sel_start = host.e.sel_end = static_cast<int>(value.size());
  host.e.move = ui::AreaEdit::Move::line_start;
  frame(edited);
  EXPECT_EQ(host.e.sel_end, 12) << "the start of the second line";
  host.e.move = ui::AreaEdit::Move::line_up;
  frame(edited);
  EXPECT_EQ(host.e.sel_end, 0);
  // A click elsewhere lets the browser's field go.
  io.AddMousePosEvent(600, 500);
  io.AddMouseButtonEvent(0, true);
  frame(edited);
  io.AddMouseButtonEvent(0, false);
  frame(edited);
  EXPECT_EQ(host.e.owner, 0u);
}
