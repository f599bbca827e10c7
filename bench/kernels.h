// The measured kernels, shared by the Google Benchmark binary (native), the plain runner
// (native and wasm under Node, for the wasm/native ratio) and the unit tests (generators).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "bench/topic_gen.h"
#include "model/topic.h"
#include "state/app_state.h"

namespace hearth::bench {

// Cooked HTML to rich text for every post of `topic`; returns the blocks made (so the work
// cannot be optimised away).
std::size_t cook_all(const model::Topic& topic);

// The topic view drawn headlessly (ImGui with a real font atlas, no GPU): NewFrame, the whole
// app's drawing, Render. Construct once; frame() draws one frame, scrolling by `wheel` lines.
class HeadlessApp {
 public:
  HeadlessApp(float width = 1440, float height = 900);
  ~HeadlessApp();
  HeadlessApp(const HeadlessApp&) = delete;
  HeadlessApp& operator=(const HeadlessApp&) = delete;
  // As when the topic response arrives: the state takes the topic (TopicLoaded).
  void load_topic(model::Topic topic);
  void frame(float wheel = 0);
  const state::State& state() const;
  int vertices() const;  // drawn last frame, to check something was drawn
  bool real_font() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hearth::bench
