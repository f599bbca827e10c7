// The kernels with a plain timer, built both natively and as wasm (run under Node), so that
// scripts/bench can put wasm beside native measured the same way in the same run. Prints one
// JSON object. Usage: hearth_bench_runner [--quick]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/kernels.h"
#include "model/topic.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

using namespace hearth;
using Clock = std::chrono::steady_clock;

namespace {
struct Timing {
  double median_ms = 0, p99_ms = 0;
  int runs = 0;
};

// Runs `f` at least `min_runs` times and for at least `min_seconds`.
Timing time_it(const std::function<void()>& f, int min_runs, double min_seconds) {
  std::vector<double> ms;
  auto begin = Clock::now();
  while (static_cast<int>(ms.size()) < min_runs ||
         std::chrono::duration<double>(Clock::now() - begin).count() < min_seconds) {
    auto start = Clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (ms.size() > 100000) break;
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)], static_cast<int>(ms.size())};
}

double peak_memory_bytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size());  // wasm memory only grows: its peak
#else
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) * 1024.0;
#endif
}
}  // namespace

int main(int argc, char** argv) {
  // --write-topic PATH: writes the 10,000-post topic response for the browser benchmark.
  if (argc > 2 && std::strcmp(argv[1], "--write-topic") == 0) {
    std::FILE* f = std::fopen(argv[2], "wb");
    std::string text = bench::topic_json(10000);
    bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (f) std::fclose(f);
    return ok ? 0 : 1;
  }
  bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
  double seconds = quick ? 0.2 : 1.5;
  nlohmann::json out;
#ifdef __EMSCRIPTEN__
  out["build"] = "wasm";
#else
  out["build"] = "native";
#endif
  const std::string k10 = bench::topic_json(10000), k1 = bench::topic_json(1000);
  out["topic_10k_bytes"] = k10.size();
  out["topic_1k_bytes"] = k1.size();

  // The 10,000-post topic first, so that the memory peak is this scenario's.
  {
    Timing first = time_it([&] {
      bench::HeadlessApp app;
      app.load_topic(model::parse_topic(k10).value());
      app.frame();
    }, quick ? 2 : 5, 0);
    out["first_frame_10k_ms"] = first.median_ms;
    bench::HeadlessApp app;
    app.load_topic(model::parse_topic(k10).value());
    app.frame();
    int i = 0;
    Timing frames = time_it([&] { app.frame(i++ % 240 < 200 ? 3.0f : -6.0f); }, quick ? 120 : 600, 0);
    out["frame_10k_median_ms"] = frames.median_ms;
    out["frame_10k_p99_ms"] = frames.p99_ms;
    out["frame_10k_vertices"] = app.vertices();
    out["real_font"] = app.real_font();
    out["peak_memory_bytes"] = peak_memory_bytes();
  }
  auto mb_s = [](std::size_t bytes, double ms) { return static_cast<double>(bytes) / 1e6 / (ms / 1000.0); };
  Timing p10 = time_it([&] { auto t = model::parse_topic(k10); if (!t.ok()) std::abort(); }, 3, seconds);
  out["parse_10k_ms"] = p10.median_ms;
  out["parse_10k_mb_s"] = mb_s(k10.size(), p10.median_ms);
  Timing p1 = time_it([&] { auto t = model::parse_topic(k1); if (!t.ok()) std::abort(); }, 5, seconds);
  out["parse_1k_mb_s"] = mb_s(k1.size(), p1.median_ms);
  Timing d10 = time_it([&] { auto t = model::parse_topic_dom(k10); if (!t.ok()) std::abort(); }, 3, seconds);
  out["parse_dom_10k_mb_s"] = mb_s(k10.size(), d10.median_ms);
  model::Topic topic = model::parse_topic(k1).value();
  std::size_t cooked = 0;
  for (const auto& p : topic.posts) cooked += p.cooked.size();
  std::size_t blocks = 0;
  Timing c = time_it([&] { blocks += bench::cook_all(topic); }, 3, seconds);
  out["cook_1k_mb_s"] = mb_s(cooked, c.median_ms);
  out["cook_blocks"] = blocks > 0;
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
