// The UI draws State headlessly (no GPU): its items carry members' labels and rectangles,
// and a click on a topic row emits the intent to open it.
#include <gtest/gtest.h>

#include <algorithm>

#include "imgui.h"
#include "state/app_state.h"
#include "ui/app_view.h"
#include "ui/a11y_mirror.h"
#include "ui/hook_items.h"
#include "ui/screens.h"

using namespace hearth;

namespace {
class HeadlessUi : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1440, 900);
    io.DeltaTime = 1.0f / 60.0f;
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    theme = ui::light_theme();
    ui::apply_theme(theme);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  std::vector<state::Action> frame(const state::State& s) {
    ImGui::NewFrame();
    ui::show_app(s, theme, dispatch);
    ImGui::Render();
    return dispatch.take();
  }
  const ui::HookItem* item(const std::string& label) {
    const auto& items = ui::last_frame_items();
    auto it = std::find_if(items.begin(), items.end(), [&](const ui::HookItem& i) { return i.label == label; });
    return it == items.end() ? nullptr : &*it;
  }
  static state::State list_state() {
    state::State s;
    s.site.title = "Practice";
    s.consent.status = state::Consent::Status::accepted;
    model::Category c;
    c.id = 2;
    c.name = "Clinical practice";
    s.site.categories.push_back(c);
    s.site_phase = state::Phase::loaded;
    s.list.phase = state::Phase::loaded;
    for (int i = 1; i <= 3; ++i) {
      model::TopicListItem t;
      t.id = i;
      t.title = "Topic number " + std::to_string(i);
      t.slug = "topic-number-" + std::to_string(i);
      t.category_id = 2;
      s.list.topics.push_back(t);
    }
    return s;
  }

  ui::Theme theme;
  ui::Dispatch dispatch;
};
}  // namespace

TEST_F(HeadlessUi, ListScreenRecordsEveryTopicAsALink) {
  auto s = list_state();
  frame(s);
  frame(s);
  for (int i = 1; i <= 3; ++i) {
    const auto* it = item("Topic number " + std::to_string(i));
    ASSERT_NE(it, nullptr) << i;
    EXPECT_EQ(it->role, "link");
    EXPECT_TRUE(it->enabled);
    EXPECT_GT(it->w, 100);
    EXPECT_GT(it->h, 10);
  }
  ASSERT_NE(item("Practice"), nullptr) << "the site title links home";
  ASSERT_NE(item("Clinical practice"), nullptr) << "side navigation on a wide screen";
}

TEST_F(HeadlessUi, ClickingATopicRowEmitsTopicPressed) {
  auto s = list_state();
  frame(s);
  const auto* row = item("Topic number 2");
  ASSERT_NE(row, nullptr);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(row->x + row->w / 2, row->y + row->h / 2);
  frame(s);
  io.AddMouseButtonEvent(0, true);
  frame(s);
  io.AddMouseButtonEvent(0, false);
  auto actions = frame(s);
  ASSERT_EQ(actions.size(), 1u);
  const auto* pressed = std::get_if<state::TopicPressed>(&actions[0]);
  ASSERT_NE(pressed, nullptr);
  EXPECT_EQ(pressed->topic_id, 2);
  EXPECT_EQ(pressed->slug, "topic-number-2");
}

TEST_F(HeadlessUi, PhoneWidthDropsTheSideNavigation) {
  ImGui::GetIO().DisplaySize = ImVec2(390, 844);
  auto s = list_state();
  frame(s);
  frame(s);
  const auto* row = item("Topic number 1");
  ASSERT_NE(row, nullptr);
  EXPECT_LE(row->x + row->w, 390.0f) << "rows fit the phone's width";
  EXPECT_LT(row->x, 40.0f) << "no side navigation pushes content right";
}

TEST_F(HeadlessUi, RetryButtonOnAFailedList) {
  auto s = list_state();
  s.list.phase = state::Phase::failed;
  s.list.topics.clear();
  s.list.error = api::ApiError{api::ApiErrorKind::network, 0, "", {}, 0};
  frame(s);
  frame(s);  // the banner sizes itself to its text on the first frame
  const auto* retry = item("Try again");
  ASSERT_NE(retry, nullptr);
  EXPECT_EQ(retry->role, "button");
}

TEST_F(HeadlessUi, TopicScreenShowsHiddenPostPlaceholderAndBackLink) {
  state::State s;
  s.consent.status = state::Consent::Status::accepted;
  s.site_phase = state::Phase::loaded;
  s.route = state::TopicRoute{"t", 5, 0};
  s.topic.topic_id = 5;
  s.topic.phase = state::Phase::loaded;
  model::Topic t;
  t.id = 5;
  t.title = "A topic";
  model::Post p;
  p.id = 50;
  p.post_number = 1;
  p.username = "a";
  p.cooked = "<p>Body text</p>";
  model::Post hidden = p;
  hidden.id = 51;
  hidden.post_number = 2;
  hidden.hidden = true;
  t.posts = {p, hidden};
  s.topic.topic = t;
  frame(s);
  ASSERT_NE(item("All topics"), nullptr);
  ImDrawData* dd = ImGui::GetDrawData();
  ASSERT_NE(dd, nullptr);
  EXPECT_GT(dd->TotalVtxCount, 100) << "the topic drew something";
}

TEST_F(HeadlessUi, FirstVisitShowsTheConsentNoticeAndNothingElseIsClickable) {
  auto s = list_state();
  s.consent.status = state::Consent::Status::undecided;
  frame(s);
  frame(s);
  const auto& items = ui::last_frame_items();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].label, "Accept and continue");
  EXPECT_EQ(items[1].label, "Decline");
  const auto* accept = item("Accept and continue");
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(accept->x + accept->w / 2, accept->y + accept->h / 2);
  frame(s);
  io.AddMouseButtonEvent(0, true);
  frame(s);
  io.AddMouseButtonEvent(0, false);
  auto actions = frame(s);
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<state::ConsentAcceptPressed>(actions[0]));
}

namespace {
state::State long_topic_state(int posts) {
  state::State s;
  s.consent.status = state::Consent::Status::accepted;
  s.site_phase = state::Phase::loaded;
  s.route = state::TopicRoute{"long", 7, 0};
  s.topic.topic_id = 7;
  s.topic.phase = state::Phase::loaded;
  model::Topic t;
  t.id = 7;
  t.title = "A long topic";
  for (int i = 1; i <= posts; ++i) {
    model::Post p;
    p.id = 1000 + i;
    p.post_number = i;
    p.username = "member" + std::to_string(i % 7);
    p.cooked = "<p>Words of post " + std::to_string(i) + ".</p>";
    t.posts.push_back(p);
    t.stream.push_back(p.id);
  }
  s.topic.topic = t;
  return s;
}
}  // namespace

TEST_F(HeadlessUi, EachPostsControlsSayWhichPostTheyBelongTo) {
  auto s = long_topic_state(3);
  s.user = state::Member{1, "reader", "Reader", "member", "", ""};
  frame(s);
  frame(s);
  std::vector<std::int64_t> quotes;
  for (const auto& it : ui::last_frame_items())
    if (it.label == "Quote") quotes.push_back(it.post);
  EXPECT_EQ(quotes, (std::vector<std::int64_t>{1, 2, 3}));
  for (const auto& it : ui::last_frame_items())
    if (it.label == "All topics") EXPECT_EQ(it.post, 0) << "not a post's";
}

TEST_F(HeadlessUi, TheMirrorReadsAWindowOfALongTopicThatFollowsTheReader) {
  auto s = long_topic_state(1000);
  frame(s);
  frame(s);
  auto window = ui::mirror_window(s);
  EXPECT_EQ(window.first, 0u);
  EXPECT_EQ(window.second, 75u);
  nlohmann::json text = ui::mirror_text(s);
  std::string all = text.dump();
  EXPECT_NE(all.find("Posts 1 to 75 of 1000 are read here"), std::string::npos);
  EXPECT_NE(all.find("Words of post 75."), std::string::npos);
  EXPECT_EQ(all.find("Words of post 76."), std::string::npos) << "the rest is not built every change";
  // The reader scrolls far down: the window follows (in steps, not every frame).
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < 60; ++i) {
    io.AddMousePosEvent(720, 450);
    io.AddMouseWheelEvent(0, -40);
    frame(s);
  }
  window = ui::mirror_window(s);
  ui::PostsOnScreen on = ui::posts_on_screen();
  EXPECT_GT(on.first, 100u) << "scrolled";
  EXPECT_LE(window.first, on.first);
  EXPECT_GE(window.second, on.last + 1);
  EXPECT_EQ(window.first % 25, 0u);
  all = ui::mirror_text(s).dump();
  EXPECT_NE(all.find("Words of post " + std::to_string(on.first + 1) + "."), std::string::npos);
}

TEST_F(HeadlessUi, TheMirrorReadsPostsAsTheWorkerCookedThem) {
  auto s = long_topic_state(2);
  frame(s);
  s.topic.cooked = std::make_shared<state::CookedPosts>();
  const model::Post& first = s.topic.topic->posts[0];
  // What the worker made from this post's HTML (a stand-in text, to see it is what is read).
  auto cooked = state::cook_post("<p>As cooked off the render thread.</p>", state::cooked_fingerprint(first));
  (*s.topic.cooked)[first.id] = std::make_shared<const state::CookedPost>(cooked);
  std::string all = ui::mirror_text(s).dump();
  EXPECT_NE(all.find("As cooked off the render thread."), std::string::npos);
  EXPECT_NE(all.find("Words of post 2."), std::string::npos) << "a post not cooked yet is read on the spot";
}
