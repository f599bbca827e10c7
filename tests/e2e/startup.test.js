// Story: the page explains itself when Hearth cannot run (no WebGL2, no WebAssembly, a file
// that will not download), and the running page meets the test-hook contract.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

async function errorPanelText(page) {
  await page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
  return page.textContent('#error');
}

test('startup: without WebGL2 the page says so in words', async () => {
  const page = await h.newPage(browser);
  await page.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : real.call(this, type, ...rest);
    };
  });
  await page.goto(site.url);
  const text = await errorPanelText(page);
  assert.match(text, /WebGL2/);
  assert.match(text, /Firefox, Chrome, Edge or\s+Safari/);
  assert.strictEqual(await page.evaluate(() => window.hearth === undefined || !window.hearth.ready()), true);
  await h.screenshot(page, 'startup-no-webgl2');
  await page.context().close();
});

test('startup: without WebAssembly the page says so in words', async () => {
  const page = await h.newPage(browser);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(site.url);
  assert.match(await errorPanelText(page), /does not support WebAssembly/);
  await page.context().close();
});

test('startup: a file that fails to download gives a clear error, not a blank page', async () => {
  const page = await h.newPage(browser);
  await page.route('**/assets/demo/community.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(site.url);
  assert.match(await errorPanelText(page), /could not load a file it needs.*HTTP 503/s);
  await page.context().close();
});

test('startup: damaged demo data is named, not swallowed', async () => {
  const page = await h.newPage(browser);
  await page.route('**/assets/demo/community.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"title": "x", "members": 3}' }));
  await page.goto(site.url);
  assert.match(await errorPanelText(page), /damaged \(members: expected array, got integer\)/);
  await page.context().close();
});

test('startup: the loading bar shows while the wasm downloads', async () => {
  const page = await h.newPage(browser);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/hearth(-mt)?\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(site.url);
  assert.strictEqual(await page.isVisible('#loading'), true);
  assert.match(await page.textContent('#loading'), /Loading the forum/);
  release();
  await h.waitReady(page);
  assert.strictEqual(await page.isVisible('#loading'), false, 'the loading panel goes once the forum shows');
  page.assertNoErrors();
  await page.context().close();
});

const contract = path.resolve(h.root, '..', 'shared', 'tools', 'hook-contract.js');
test('startup: the demo meets the test-hook contract (shared/tools/hook-contract.js)',
  { skip: !fs.existsSync(contract) ? `../shared/tools/hook-contract.js is absent (${contract})`
    : h.BUILD !== 'threaded' ? 'the hook contract is checked once a run, against the threaded build (the hook is the same page code)' : false },
  async () => {
    const out = await new Promise((resolve) => {
      execFile(process.execPath, [contract, site.url, '#/latest', '#/t/welcome-to-the-counselling-practice-community/1',
        '#/c/ethics/3', '#/nowhere'], { cwd: h.root, timeout: 180000 }, (err, stdout, stderr) =>
        resolve({ code: err ? err.code : 0, text: stdout + stderr }));
    });
    assert.strictEqual(out.code, 0, out.text);
    assert.match(out.text, /contract ok/);
  });

test('startup: the screen-reader mirror holds the screen\'s headings, text and controls; find-in-page finds post text', async () => {
  const site2 = await h.startSite();
  const browser2 = await h.launchBrowser();
  try {
    const page = await h.newPage(browser2);
    await page.goto(site2.url + '#/t/working-with-silence-in-the-first-sessions/2');
    await h.waitReady(page);
    await h.acceptConsent(page);
    await page.waitForFunction(() => document.querySelector('#hearth-a11y h1')?.textContent === 'Working with silence in the first sessions');
    const mirror = await page.evaluate(() => ({
      h2: [...document.querySelectorAll('#hearth-a11y h2')].map((e) => e.textContent),
      text: document.getElementById('hearth-a11y').textContent,
      buttons: [...document.querySelectorAll('#hearth-a11y button')].map((b) => b.getAttribute('aria-label')),
    }));
    assert.deepStrictEqual(mirror.h2.slice(0, 2), ['Maya Okafor, post 1', 'Jonas Berg, post 2']);
    assert.ok(mirror.text.includes('rush to fill silences'), 'post text is in the mirror');
    assert.ok(mirror.buttons.includes('Reply') && mirror.buttons.some((b) => /^Like/.test(b)), 'controls are labelled');
    assert.ok(await page.evaluate(() => window.find('rush to fill silences')), 'find-in-page finds a post\'s words');
    // Pressing a mirrored control presses it on the canvas.
    await page.evaluate(() => [...document.querySelectorAll('#hearth-a11y button')].find((b) => b.textContent === 'Reply').click());
    await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
    page.assertNoErrors();
  } finally {
    await browser2.close();
    site2.server.close();
  }
});

test('startup: the page picks its build by cross-origin isolation; a host without the headers may opt in to the service worker that adds them', async () => {
  // A plain static host (no COOP/COEP), whose config.json asks for the isolation service worker.
  const config = JSON.stringify({ api_base: '', isolation: 'service-worker' });
  const plain = await h.startSite({ isolate: false, overrides: { '/config.json': config } });
  const page = await h.newPage(browser, h.DESKTOP);
  try {
    await page.goto(plain.url + '#/latest');
    // The worker is registered, the page reloads once, and is then isolated: the threaded build.
    await page.waitForFunction(() => window.hearth && window.hearth.build === 'threaded' && window.hearth.ready(),
                               null, { timeout: 30000 });
    const state = await page.evaluate(() => ({ isolated: window.crossOriginIsolated,
      controlled: !!navigator.serviceWorker.controller, worker: window.hearth.snapshot().worker.mode }));
    assert.deepStrictEqual(state, { isolated: true, controlled: true, worker: 'thread' });
    h.assertNotBlank(await h.screenshot(page, 'startup-isolation-service-worker'), 'isolated by the service worker');
    page.assertNoErrors();
  } finally {
    await page.context().close();
    plain.server.close();
  }
  // Without the opt-in, the same host runs the single-threaded build and registers nothing.
  const bare = await h.startSite({ isolate: false });
  const page2 = await h.newPage(browser, h.DESKTOP);
  try {
    await page2.goto(bare.url + '#/latest');
    await page2.waitForFunction(() => window.hearth && window.hearth.ready(), null, { timeout: 30000 });
    const state = await page2.evaluate(async () => ({ build: window.hearth.build, isolated: window.crossOriginIsolated,
      workers: (await navigator.serviceWorker.getRegistrations()).length, worker: window.hearth.snapshot().worker.mode }));
    assert.deepStrictEqual(state, { build: 'single-threaded', isolated: false, workers: 0, worker: 'inline' });
    page2.assertNoErrors();
  } finally {
    await page2.context().close();
    bare.server.close();
  }
});
