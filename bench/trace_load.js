// The longest frame while a 10,000-post topic loads, measured the way a member's browser runs
// it: Chromium is started on the topic's address with its own startup tracing (no DevTools
// attached: Playwright's request interception and network domain copy and decode every body on
// the page's thread, which no member's browser does), against a scripted forum on 127.0.0.1
// that answers the topic after a pause, so the app has started and gone quiet first.
// From the trace of the page's main thread, over the load (the answer's first byte to the
// last frame before the app idles):
//   - the gaps between animation frames (what a member sees as smoothness; on a machine
//     without a GPU they include SwiftShader drawing and reading back the whole canvas);
//   - each main-thread task's CPU time (what the render thread itself spent: the app's frame,
//     the page's style and layout, the loader), and the longest of the app's frames alone.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { listen } = require('../scripts/serve.js');
const { ScriptedForum } = require('../tests/e2e/lib/forum.js');

const CHROMIUM = '/usr/bin/chromium';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : 0; };

// Starts Chromium with startup tracing for `seconds`, returns the parsed trace.
async function traceChromium(url, seconds, size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-trace-'));
  const file = path.join(dir, 'trace.json');
  const gpu = (process.env.HEARTH_TRACE_GPU || '--disable-gpu --enable-unsafe-swiftshader').split(' ');
  const args = ['--headless=new', '--no-sandbox', ...gpu, '--no-first-run', '--disable-background-networking', `--window-size=${size.width},${size.height}`, `--user-data-dir=${path.join(dir, 'profile')}`,
    '--trace-startup=devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink,v8.execute',
    '--trace-startup-format=json', `--trace-startup-file=${file}`, `--trace-startup-duration=${seconds}`, url];
  // Its own process group, so that its renderer and GPU processes go with it.
  const child = spawn(CHROMIUM, args, { stdio: 'ignore', detached: true });
  try {
    const deadline = Date.now() + (seconds + 30) * 1000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      if (fs.existsSync(file)) {
        const text = fs.readFileSync(file, 'utf8');
        if (/\]\s*[,}]/.test(text.slice(-4096))) {
          try { return JSON.parse(text); } catch (e) { /* still being written */ }
        }
      }
      if (Date.now() > deadline) throw new Error(`Chromium wrote no trace in ${seconds + 30} s`);
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* already gone */ }
    if (child.exitCode === null && child.signalCode === null) await exited;
    if (process.env.HEARTH_KEEP_TRACE) fs.copyFileSync(file, process.env.HEARTH_KEEP_TRACE);
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

// The figures of one load, from the trace.
function analyse(trace, topicBytes) {
  const ev = trace.traceEvents || trace;
  const send = ev.find((e) => e.name === 'ResourceSendRequest' && /\/t\/7\.json/.test(e.args.data.url));
  if (!send) throw new Error('the trace has no request for the topic');
  const id = send.args.data.requestId;
  const of = (name) => ev.find((e) => e.name === name && e.args && e.args.data && e.args.data.requestId === id);
  const response = of('ResourceReceiveResponse'), finish = of('ResourceFinish');
  if (!response || !finish) throw new Error('the topic was not received within the trace');
  if (response.args.data.statusCode !== 200) throw new Error(`the topic was answered ${response.args.data.statusCode}`);
  if (finish.args.data.decodedBodyLength < topicBytes) throw new Error(`the topic arrived short: ${finish.args.data.decodedBodyLength} bytes`);
  const pid = send.pid;
  const names = new Map(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid).map((e) => [e.tid, e.args.name]));
  const mainTid = [...names].find(([, n]) => n === 'CrRendererMain')[0];
  const main = ev.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X');
  // Every animation frame: the app's main loop runs in each (returning at once when there is
  // nothing new to draw), so their gaps are how smoothly the page could move.
  const frames = main.filter((e) => e.name === 'FireAnimationFrame').sort((a, b) => a.ts - b.ts);
  const drew = (f) => (f.tdur || 0) > 1000;  // a frame the app drew (an idle one costs ~0.1 ms)
  // The load: from the answer's first byte to the last drawn frame before a second without one.
  const start = response.ts;
  const during = frames.filter((f) => f.ts >= start);
  let end = start, prev = start;
  for (const f of during.filter(drew)) { if (f.ts - prev > 1e6) break; end = f.ts + f.dur; prev = f.ts; }
  const load = during.filter((f) => f.ts <= end);
  if (load.length < 5) throw new Error(`only ${load.length} frames while the topic loaded`);
  const gaps = load.slice(1).map((f, i) => (f.ts - load[i].ts) / 1000);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= start && e.ts <= end && e.tdur !== undefined);
  const longest = tasks.reduce((a, b) => (b.tdur > a.tdur ? b : a));
  // What the longest task was: its longest direct piece of work.
  const inside = main.filter((e) => e !== longest && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur && e.tdur !== undefined);
  const kinds = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'ResponseBodyLoader::DidFinishLoadingBody', 'XHRLoad',
                 'FunctionCall', 'TimerFire', 'EventDispatch', 'Commit', 'PrePaint', 'Paint'];
  const parts = {};
  for (const e of inside) if (kinds.includes(e.name)) parts[e.name] = (parts[e.name] || 0) + e.tdur / 1000;
  // The frames while the app waited for the answer (the page drawing its loading state): the
  // cost of a frame with little to draw, on this machine.
  const before = frames.filter((f) => f.ts > send.ts && f.ts < start);
  const beforeGaps = before.slice(1).map((f, i) => (f.ts - before[i].ts) / 1000);
  return {
    frames: load.length,
    drawn_frames: load.filter(drew).length,
    longest_gap_ms: Math.max(...gaps),
    median_gap_ms: median(gaps),
    over_16ms: gaps.filter((g) => g > 16.7).length,
    longest_task_cpu_ms: longest.tdur / 1000,
    longest_task_parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    longest_app_frame_cpu_ms: Math.max(...load.map((f) => (f.tdur || 0) / 1000)),
    tasks_over_16ms_cpu: tasks.filter((t) => t.tdur > 16700).length,
    load_ms: (end - start) / 1000,
    waiting_frames: before.length,
    waiting_median_gap_ms: median(beforeGaps),
  };
}

// One load of the 10k topic in one build: `isolate` serves the site cross-origin isolated (the
// threaded build), otherwise as a plain host (single-threaded).
async function traceTopicLoad(siteDir, topic, isolate, { size = { width: 1440, height: 900 }, pauseMs = 3000, seconds = 14 } = {}) {
  const site = await listen(siteDir, 0, { isolate });
  const forum = new ScriptedForum(site.url);
  forum.always('GET', /^\/t\/7\.json/, async (route) => {
    await new Promise((r) => setTimeout(r, pauseMs));
    return forum.json(route, 200, topic);
  });
  const api = await forum.listen();
  try {
    const trace = await traceChromium(`${site.url}?api=${encodeURIComponent(api.url)}#/t/long/7`, seconds, size);
    return analyse(trace, Buffer.byteLength(topic));
  } finally {
    api.close();
    site.server.close();
  }
}

module.exports = { traceTopicLoad, median };

if (require.main === module) {
  const [siteDir, topicPath, build = 'threaded'] = process.argv.slice(2);
  traceTopicLoad(siteDir, fs.readFileSync(topicPath, 'utf8'), build === 'threaded')
    .then((r) => console.log(JSON.stringify(r, null, 1)))
    .catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
}
