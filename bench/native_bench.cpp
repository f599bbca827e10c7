// Google Benchmark over the kernels (native). scripts/bench runs it with --benchmark_format=json.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "bench/kernels.h"
#include "model/topic.h"

using namespace hearth;

namespace {
const std::string& topic_text(int posts) {
  static std::string k1 = bench::topic_json(1000), k10 = bench::topic_json(10000);
  return posts == 1000 ? k1 : k10;
}

void ParseTopicStreaming(benchmark::State& st) {
  const std::string& text = topic_text(static_cast<int>(st.range(0)));
  for (auto _ : st) {
    auto t = model::parse_topic(text);
    if (!t.ok()) st.SkipWithError(t.error().to_string().c_str());
    benchmark::DoNotOptimize(t);
  }
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(ParseTopicStreaming)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void ParseTopicDom(benchmark::State& st) {
  const std::string& text = topic_text(static_cast<int>(st.range(0)));
  for (auto _ : st) {
    auto t = model::parse_topic_dom(text);
    benchmark::DoNotOptimize(t);
  }
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(ParseTopicDom)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void CookedToRichText(benchmark::State& st) {
  model::Topic topic = model::parse_topic(topic_text(1000)).value();
  std::int64_t bytes = 0;
  for (const auto& p : topic.posts) bytes += static_cast<std::int64_t>(p.cooked.size());
  for (auto _ : st) benchmark::DoNotOptimize(bench::cook_all(topic));
  st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) * bytes);
}
BENCHMARK(CookedToRichText)->Unit(benchmark::kMillisecond);

// Frames of the topic view with 10,000 posts while the reader scrolls through it; the median
// and p99 of the frames' CPU times are reported as counters.
void TopicViewFrame10k(benchmark::State& st) {
  bench::HeadlessApp app;
  app.load_topic(model::parse_topic(topic_text(10000)).value());
  app.frame();
  std::vector<double> ms;
  int i = 0;
  for (auto _ : st) {
    auto start = std::chrono::steady_clock::now();
    app.frame(i++ % 240 < 200 ? 3.0f : -6.0f);  // down a while, then back up a little
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  st.counters["median_ms"] = ms[ms.size() / 2];
  st.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  st.counters["vertices"] = app.vertices();
}
BENCHMARK(TopicViewFrame10k)->Iterations(600)->Unit(benchmark::kMillisecond);

// From the topic response's bytes to the first frame showing it: parse, state, frame.
void ResponseToFirstFrame10k(benchmark::State& st) {
  const std::string& text = topic_text(10000);
  for (auto _ : st) {
    bench::HeadlessApp app;
    auto start = std::chrono::steady_clock::now();
    app.load_topic(model::parse_topic(text).value());
    app.frame();
    st.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
}
BENCHMARK(ResponseToFirstFrame10k)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);
}  // namespace

BENCHMARK_MAIN();
