// Shared e2e plumbing: serve the built site, launch Debian's Chromium, open Hearth, find and
// click items from the test hook (window.hearth, shared/DESIGN.md), save screenshots, and
// collect page and console errors (any of which fails the test).
'use strict';
const path = require('path');
const fs = require('fs');
const assert = require('assert');
const { chromium } = require('playwright-core');
const { listen } = require('../../../scripts/serve.js');
const { decodePng, imageVariety } = require('./png.js');

const root = path.resolve(__dirname, '..', '..', '..');
const siteDir = process.env.HEARTH_SITE || path.join(root, 'build', 'wasm', 'site');
// Which build the stories run in (scripts/test runs them in both): "threaded" serves the site
// cross-origin isolated, so the page picks hearth-mt; "single" serves it as a plain static host.
const BUILD = process.env.HEARTH_BUILD || 'threaded';
if (!['threaded', 'single'].includes(BUILD)) throw new Error(`HEARTH_BUILD must be threaded or single, not ${BUILD}`);
const shotDir = path.join(root, 'build', 'e2e-screenshots', BUILD);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function startSite(options = {}) {
  if (!fs.existsSync(path.join(siteDir, 'index.html')))
    throw new Error(`no built site at ${siteDir}: run scripts/demo --build-only first`);
  if (BUILD === 'threaded' && !fs.existsSync(path.join(siteDir, 'hearth-mt.js')))
    throw new Error(`no threaded build in ${siteDir}: run scripts/demo --build-only first`);
  return listen(siteDir, 0, { isolate: BUILD === 'threaded', ...options });
}

async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// A page that records every page error and console error; call assertNoErrors() at the end.
async function newPage(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  page.hearthErrors = [];
  page.on('pageerror', (e) => page.hearthErrors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.hearthErrors.push(`console error: ${m.text()}`); });
  page.assertNoErrors = () => assert.deepStrictEqual(page.hearthErrors, [], 'the page reported errors');
  return page;
}

async function waitReady(page, timeout = 30000) {
  try {
    await page.waitForFunction(() => window.hearth && window.hearth.ready(), null, { timeout });
  } catch (e) {
    const failed = await page.evaluate(() => window.hearthFailed || null).catch(() => null);
    throw new Error(`Hearth did not become ready${failed ? ': ' + failed : ''} (${e.message.split('\n')[0]})`);
  }
  // The story runs in the build it says it does: no quiet fallback passes for the other.
  const running = await page.evaluate(() => [window.hearth.build, window.crossOriginIsolated,
    window.hearth.snapshot().worker.mode]);
  const expected = BUILD === 'threaded' ? ['threaded', true, 'thread'] : ['single-threaded', false, 'inline'];
  assert.deepStrictEqual(running, expected, `the page runs the ${BUILD} build`);
}

async function waitRoute(page, predicate, timeout = 15000) {
  await page.waitForFunction((src) => {
    const ok = new Function('r', 'return (' + src + ')(r)');
    return window.hearth && window.hearth.ready() && ok(window.hearth.route());
  }, predicate.toString(), { timeout });
}

// The first visit's notice: accept it as a member would, by clicking its button.
async function acceptConsent(page) {
  const snap = await page.evaluate(() => window.hearth.snapshot());
  if (!snap.dialogs.includes('consent')) return;
  await clickItem(page, 'Accept and continue', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('consent'), null, { timeout: 10000 });
  await waitReady(page);
}

const snapshot = (page) => page.evaluate(() => window.hearth.snapshot());
const items = (page) => page.evaluate(() => window.hearth.items());

async function findItem(page, label, role) {
  const all = await items(page);
  const found = all.find((it) => it.label === label && (!role || it.role === role));
  if (!found) throw new Error(`no item "${label}"${role ? ' (' + role + ')' : ''} among: ${all.map((i) => i.label).join(' | ')}`);
  return found;
}

// Scrolls the page (or, for a menu entry, the menu) with the mouse wheel, as a member would,
// until the item is drawn fully inside the viewport (or gives up after 40 turns of the wheel).
async function scrollToItem(page, label, role) {
  const vp = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const all = await items(page);
    const it = all.find((x) => x.label === label && (!role || x.role === role));
    if (it && it.y >= 0 && it.y + it.h <= vp.height) return it;
    const down = !it || it.y + it.h > vp.height;
    // A menu's list scrolls by itself: turn the wheel over its last entry.
    const entries = !it && role === 'menuitem' ? all.filter((x) => x.role === role) : [];
    const over = entries.length ? entries[entries.length - 1] : { x: 0, y: 0, w: vp.width, h: vp.height };
    await page.mouse.move(over.x + over.w / 2, over.y + over.h / 2);
    await page.mouse.wheel(0, down ? 240 : -240);
    await page.waitForTimeout(60);
  }
  return findItem(page, label, role);
}

// Clicks the centre of the item's rectangle with the real mouse, as a member would
// (scrolling to it first if it is off screen).
async function clickItem(page, label, role) {
  let it = await scrollToItem(page, label, role);
  // A button enabled by the click before it (a flag's reason) is drawn so on the next frame.
  for (let i = 0; i < 30 && !it.enabled; i++) {
    await page.waitForTimeout(100);
    it = await findItem(page, label, role);
  }
  assert.ok(it.enabled, `item "${label}" is disabled`);
  await page.mouse.move(it.x + it.w / 2, it.y + it.h / 2);
  await page.mouse.down();
  await page.mouse.up();
}

async function screenshot(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  const file = path.join(shotDir, `${name}.png`);
  const buf = await page.screenshot({ path: file });
  return { file, png: decodePng(buf) };
}

// Fails when the canvas shows (almost) one flat colour: nothing was drawn.
function assertNotBlank(shot, name) {
  const v = imageVariety(shot.png);
  assert.ok(v.colours >= 20 && v.nonBackground > 0.02,
            `${name}: the screen looks blank (${v.colours} colours, ${(v.nonBackground * 100).toFixed(1)}% drawn)`);
}

module.exports = { BUILD, root, siteDir, DESKTOP, PHONE, startSite, launchBrowser, newPage, waitReady, waitRoute,
                   snapshot, items, findItem, scrollToItem, clickItem, acceptConsent, screenshot, assertNotBlank };
