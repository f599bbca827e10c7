// Stories of writing: a reply typed through the browser's own text input (with an accent
// composed by the IME path), pasted text, reviewed and posted; copying a post's text and
// address; a link that opens in a new tab; a crisp backing store at devicePixelRatio 2.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const TOPIC = '#/t/working-with-silence-in-the-first-sessions/2';

async function open(viewport = h.DESKTOP, options = {}) {
  const page = await h.newPage(browser, viewport, { permissions: ['clipboard-read', 'clipboard-write'], ...options });
  await page.goto(site.url + TOPIC);
  await h.waitReady(page);
  await h.acceptConsent(page);
  return page;
}

const composerText = (page) => page.evaluate(() => {
  const s = window.hearth.snapshot();
  return s.composer ? s.composer.raw : null;
});

test('compose: a reply typed through the hidden input, with an IME-composed accent and a paste, is posted', async () => {
  const page = await open();
  await h.clickItem(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  await h.clickItem(page, 'Your post', 'textarea');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input');
  await page.keyboard.type('Thank you, this helps. ', { delay: 5 });
  // An IME composition, as a dead key or a phone keyboard makes it: "e" then "é".
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'e', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.type(' Naming the silence, gently.', { delay: 5 });
  await page.evaluate(() => navigator.clipboard.writeText(' (pasted from my notes)'));
  // Ctrl+V as Chromium delivers it from a real keyboard: the key event carries the "paste"
  // editing command (headless Chromium does not map synthetic key presses to commands itself).
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'v', code: 'KeyV', modifiers: 2,
                                             windowsVirtualKeyCode: 86, commands: ['paste'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'v', code: 'KeyV', modifiers: 2, windowsVirtualKeyCode: 86 });
  await page.waitForFunction(() => (window.hearth.snapshot().composer || {}).raw?.includes('pasted'));
  const raw = await composerText(page);
  assert.strictEqual(raw, 'Thank you, this helps. é Naming the silence, gently. (pasted from my notes)');
  h.assertNotBlank(await h.screenshot(page, 'compose-1-writing'), 'writing');
  await h.clickItem(page, 'Review before posting', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'preview');
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'compose-2-review'), 'review');
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.posts.length, 5, 'the reply is in the topic');
  page.assertNoErrors();
  await page.context().close();
});

test('compose: copying a post\'s text and its address reaches the clipboard', async () => {
  const page = await open();
  await h.clickItem(page, 'Copy text', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().toast === 'Text copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^I notice I still rush to fill silences/);
  await h.clickItem(page, 'Share', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().toast === 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.strictEqual(link, site.url.replace(/\/$/, '') + '/#/t/working-with-silence-in-the-first-sessions/2/1');
  page.assertNoErrors();
  await page.context().close();
});

test('compose: at devicePixelRatio 2 the canvas backing store is twice its CSS size, and clicks still land', async () => {
  const page = await open(h.DESKTOP, { deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.strictEqual(size.w, size.cw * 2);
  assert.strictEqual(size.h, size.ch * 2);
  h.assertNotBlank(await h.screenshot(page, 'compose-3-dpr2'), 'dpr 2');
  await h.clickItem(page, 'All topics', 'link');
  await h.waitRoute(page, (r) => r === '#/latest');
  page.assertNoErrors();
  await page.context().close();
});
