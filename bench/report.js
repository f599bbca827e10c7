#!/usr/bin/env node
// Prints scripts/bench's table from its JSON results, each figure beside its target (issue 7's
// table), and writes them together to results.json. Usage: node bench/report.js OUT_DIR SITE_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [outDir, siteDir] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8'));
const google = read('google.json');
const native = read('runner-native.json');
const wasm = read('runner-wasm.json');
const browser = read('browser.json');

const bench = (name) => google.benchmarks.find((b) => b.name.startsWith(name));
const mbs = (b) => b.bytes_per_second / 1e6;
const size = (f) => {
  const bytes = fs.readFileSync(path.join(siteDir, f));
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
};
const files = (dir, ext) => fs.readdirSync(path.join(siteDir, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
const js = size('hearth.js'), wasmSize = size('hearth.wasm');
const mt = ['hearth-mt.js', 'hearth-mt.worker.js', 'hearth-mt.wasm'].map(size);
const mtGzip = mt.reduce((a, s) => a + s.gzip, 0);
const firstVisit = ['index.html', 'hearth.js', 'hearth.wasm', ...files('assets/fonts', '.ttf'), 'assets/demo/community.json']
  .filter((f) => fs.existsSync(path.join(siteDir, f))).map(size).reduce((a, s) => a + s.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

const frame = bench('TopicViewFrame10k');
const T = browser.topic_load_threaded.traced, S = browser.topic_load_single.traced;
const runsOf = (load) => load.traced_runs.map((r) => r.longest_task_cpu_ms.toFixed(1)).join(', ');
const rows = [
  ['10k-post topic, frame CPU native (median / p99)', `${ms(frame.median_ms)} / ${ms(frame.p99_ms)}`, '<= 2 ms / 4 ms',
   frame.median_ms <= 2 && frame.p99_ms <= 4],
  ['same, wasm (Node) (median / p99)', `${ms(wasm.frame_10k_median_ms)} / ${ms(wasm.frame_10k_p99_ms)}`, '', null],
  ['frame wasm vs native, same run', `${(wasm.frame_10k_median_ms / native.frame_10k_median_ms).toFixed(1)}x`, '<= 1.5x',
   wasm.frame_10k_median_ms / native.frame_10k_median_ms <= 1.5],
  ['topic parse wasm vs native, same run', `${(native.parse_10k_mb_s / wasm.parse_10k_mb_s).toFixed(1)}x`, '<= 1.5x',
   native.parse_10k_mb_s / wasm.parse_10k_mb_s <= 1.5],
  ['cook wasm vs native, same run', `${(native.cook_1k_mb_s / wasm.cook_1k_mb_s).toFixed(1)}x`, '<= 1.5x',
   native.cook_1k_mb_s / wasm.cook_1k_mb_s <= 1.5],
  ['JSON bytes to typed model, native, 10k posts (streaming)', `${mbs(bench('ParseTopicStreaming/10000')).toFixed(0)} MB/s`, '>= 100 MB/s',
   mbs(bench('ParseTopicStreaming/10000')) >= 100],
  ['  the same through nlohmann\'s DOM (reference)', `${mbs(bench('ParseTopicDom/10000')).toFixed(0)} MB/s`, '', null],
  ['  1k posts (streaming)', `${mbs(bench('ParseTopicStreaming/1000')).toFixed(0)} MB/s`, '', null],
  ['cooked HTML to rich text, native', `${mbs(bench('CookedToRichText')).toFixed(0)} MB/s`, '', null],
  ['JSON to model in Chromium (wasm) vs JSON.parse, same page',
   `${(browser.page_json_parse_ms / browser.page_wasm_parse_ms).toFixed(2)}x (${ms(browser.page_wasm_parse_ms)} vs ${ms(browser.page_json_parse_ms)})`,
   '>= 0.5x', browser.page_json_parse_ms / browser.page_wasm_parse_ms >= 0.5],
  ['response to first frame, 10k posts, native', ms(bench('ResponseToFirstFrame10k').real_time), '<= 100 ms',
   bench('ResponseToFirstFrame10k').real_time <= 100],
  ['  the same, wasm (Node)', ms(wasm.first_frame_10k_ms), '', null],
  ['longest render-thread task while a 10k topic loads, CPU (threaded)',
   `${ms(T.longest_task_cpu_ms)} (runs ${runsOf(browser.topic_load_threaded)} ms; the app's frames at most ${ms(T.longest_app_frame_cpu_ms)}; ` +
   `${T.tasks_over_16ms_cpu} task(s) over 16.7 ms)`,
   '<= 16 ms', T.longest_task_cpu_ms <= 16],
  ['  the same, single-threaded build',
   `${ms(S.longest_task_cpu_ms)} (runs ${runsOf(browser.topic_load_single)} ms; the app's frames at most ${ms(S.longest_app_frame_cpu_ms)})`, '', null],
  ['  gaps between animation frames meanwhile, threaded (software GL here)',
   `longest ${ms(T.longest_gap_ms)}, median ${ms(T.median_gap_ms)}; ${T.over_16ms} of ${T.frames} over 16.7 ms (before the answer: median ${ms(T.waiting_median_gap_ms)})`, '', null],
  ['  the same, single-threaded', `longest ${ms(S.longest_gap_ms)}, median ${ms(S.median_gap_ms)}; ${S.over_16ms} of ${S.frames} over 16.7 ms`, '', null],
  ['  the topic shown and every post cooked, threaded / single', `${ms(browser.topic_load_threaded.ready_ms)} / ${ms(browser.topic_load_single.ready_ms)}`, '', null],
  ['gzip js+wasm, single-threaded build', `${kb(js.gzip + wasmSize.gzip)} (js ${kb(js.raw)} raw / ${kb(js.gzip)}, wasm ${kb(wasmSize.raw)} raw / ${kb(wasmSize.gzip)})`,
   '<= 600 KB', js.gzip + wasmSize.gzip <= 600 * 1024],
  ['gzip js+wasm, threaded build (js + worker js + wasm)', `${kb(mtGzip)} (raw ${mt.map((s) => kb(s.raw)).join(' + ')})`, '', null],
  ['gzip, everything a first visit loads', kb(firstVisit), '<= 1.5 MB', firstVisit <= 1.5 * 1024 * 1024],
  ['peak wasm heap, 10k-post topic loaded and drawn', `${(wasm.peak_memory_bytes / 1048576).toFixed(0)} MB`, '', null],
  ['idle frames per second after 2 s', browser.idle_fps.toFixed(2), '<= 1', browser.idle_fps <= 1],
  ['navigation to first interactive frame (demo, Chromium)', ms(browser.first_interactive_ms), '<= 1.5 s',
   browser.first_interactive_ms <= 1500],
];
const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`${'figure'.padEnd(w0)}  ${'measured'.padEnd(w1)}  ${'target'.padEnd(14)}  met`);
console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(14)}  ---`);
for (const [name, value, target, met] of rows)
  console.log(`${name.padEnd(w0)}  ${value.padEnd(w1)}  ${target.padEnd(14)}  ${met === null ? '' : met ? 'yes' : 'NO'}`);
console.log(`(topic responses: 10k posts ${(native.topic_10k_bytes / 1e6).toFixed(1)} MB, 1k posts ${(native.topic_1k_bytes / 1e6).toFixed(1)} MB; ` +
            `native fonts: ${native.real_font ? 'Noto Sans' : 'ImGui default'}; page cross-origin isolated: ${browser.cross_origin_isolated})`);
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify({ google: google.benchmarks, native, wasm, browser,
  sizes: { js, wasm: wasmSize, threaded: mt, first_visit_gzip: firstVisit }, table: rows }, null, 2));
