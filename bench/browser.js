#!/usr/bin/env node
// The browser's figures for scripts/bench, in Debian's headless Chromium: time from navigation
// to the first interactive frame of the demo, frames drawn per second while idle, and parsing
// a 10,000-post topic response in wasm against V8's JSON.parse of the same text in the page.
// Then, in each build, a 10,000-post topic opened against a scripted Discourse: checked and
// timed here, and its frames traced without DevTools by bench/trace_load.js.
// Usage: node bench/browser.js SITE_DIR TOPIC_JSON   Prints one JSON object.
'use strict';
const fs = require('fs');
const path = require('path');
// playwright-core is installed for the browser tests (scripts/setup, tests/e2e/package.json).
const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(__dirname, '..', 'tests', 'e2e')] }));
const { listen } = require('../scripts/serve.js');
const { ScriptedForum } = require('../tests/e2e/lib/forum.js');
const { traceTopicLoad, median } = require('./trace_load.js');


// Opens the topic from the latest list (the app idle, ready) and waits until all 10,000 posts are
// shown and cooked (the frame gaps recorded here are with DevTools attached; see trace_load.js).
// `isolate` serves the site cross-origin isolated, so the page runs the threaded build; without
// it, the single-threaded one.
async function topicLoad(browser, siteDir, topic, isolate) {
  const site = await listen(siteDir, 0, { isolate });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  let api = null;
  try {
    const page = await context.newPage();
    // The forum is a real server on 127.0.0.1: Playwright's request interception would copy
    // and decode the 16 MB answer on the page's thread.
    const forum = new ScriptedForum(site.url);
    forum.always('GET', /^\/t\/7\.json/, (route) => forum.json(route, 200, topic));
    api = await forum.listen();
    await page.goto(site.url + '?api=' + encodeURIComponent(api.url) + '#/latest');
    await page.waitForFunction(() => window.hearth && window.hearth.ready(), null, { timeout: 30000 });
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.benchGaps = [];
      let last = performance.now();
      const tick = (t) => {
        window.benchGaps.push([t, t - last]);
        last = t;
        if (!window.benchStop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      window.benchStart = performance.now();
      location.hash = '#/t/long/7';
    });
    await page.waitForFunction(() => window.hearth.route().startsWith('#/t/') && window.hearth.ready(), null,
                               { polling: 50, timeout: 120000 });
    const r = await page.evaluate(() => {
      window.benchStop = true;
      const s = window.hearth.snapshot();
      const gaps = window.benchGaps.map((g) => g[1]);
      return { build: window.hearth.build, posts: s.posts ? s.posts.length : 0, worker: s.worker,
               longest_frame_ms: Math.max(...gaps), frames: gaps.length,
               over_16ms: gaps.filter((g) => g > 16.7).length, ready_ms: performance.now() - window.benchStart };
    });
    if (r.posts !== 10000) throw new Error(`the ${r.build} build shows ${r.posts} posts, not 10000`);
    return r;
  } finally {
    await context.close();
    if (api) api.close();
    site.server.close();
  }
}

async function main() {
  const [siteDir, topicPath] = process.argv.slice(2);
  if (!siteDir || !fs.existsSync(path.join(siteDir, 'index.html'))) throw new Error(`no site at ${siteDir}`);
  const topic = fs.readFileSync(topicPath, 'utf8');
  const site = await listen(siteDir, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-unsafe-swiftshader'] });
  const out = {};
  try {
    // Navigation to first interactive frame: a fresh profile each time (nothing cached).
    const loads = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url + '#/latest');
      await page.waitForFunction(() => window.hearth && window.hearth.ready(), null, { polling: 'raf', timeout: 30000 });
      loads.push(await page.evaluate(() => performance.now()));
      if (i === 0) {
        // Idle: after 2 s without input, count frames for 5 s.
        await page.waitForTimeout(2000);
        const f0 = await page.evaluate(() => window.hearth.frames());
        await page.waitForTimeout(5000);
        const f1 = await page.evaluate(() => window.hearth.frames());
        out.idle_fps = (f1 - f0) / 5;
        out.cross_origin_isolated = await page.evaluate(() => window.crossOriginIsolated);
        // The same topic text parsed by V8 into plain objects and by the app into its model.
        await page.route('**/bench-topic.json', (route) => route.fulfill({ body: topic, contentType: 'application/json' }));
        const r = await page.evaluate(async () => {
          const text = await (await fetch('/bench-topic.json')).text();
          const time = (f) => { const t = performance.now(); const v = f(); return [performance.now() - t, v]; };
          const js = [], wasm = [];
          let posts = 0;
          for (let k = 0; k < 7; k++) {
            js.push(time(() => JSON.parse(text).post_stream.posts.length)[0]);
            const r = Module.hearthBenchParse(text);
            wasm.push(r.ms); posts = r.posts;
          }
          return { js, wasm, posts, bytes: text.length };
        });
        if (r.posts !== 10000) throw new Error(`the app parsed ${r.posts} posts, not 10000`);
        out.page_json_parse_ms = median(r.js);
        out.page_wasm_parse_ms = median(r.wasm);
        out.page_topic_bytes = r.bytes;
      }
      await context.close();
    }
    out.first_interactive_ms = median(loads);
    out.first_interactive_runs = loads;
    // The topic load in each build: once through Playwright, which checks that all 10,000
    // posts are shown and times the load to the last post cooked; then three times under
    // Chromium's own tracing, with no DevTools attached (bench/trace_load.js), for the frames.
    // The median traced run by its longest render-thread task.
    for (const [name, isolate] of [['threaded', true], ['single', false]]) {
      const checked = await topicLoad(browser, siteDir, topic, isolate);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await traceTopicLoad(siteDir, topic, isolate));
      runs.sort((a, b) => a.longest_task_cpu_ms - b.longest_task_cpu_ms);
      out['topic_load_' + name] = { ...checked, traced: runs[1], traced_runs: runs };
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
