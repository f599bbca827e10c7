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

test('compose: the post field wraps long lines and edits like a web page: keys follow the wrapped lines, clicks place the caret', async () => {
  const page = await open();
  await h.clickItem(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  const field = await h.findItem(page, 'Your post', 'textarea');
  await h.clickItem(page, 'Your post', 'textarea');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input');
  const sentence = 'Silence in a first session is rarely empty; it often holds the thing the client has not yet found words for. ';
  await page.keyboard.insertText(sentence + sentence);
  await page.keyboard.type(sentence.slice(0, 20));
  await page.keyboard.insertText(sentence.slice(20));
  await page.waitForFunction((n) => (window.hearth.snapshot().composer || {}).raw?.length === n, sentence.length * 3);
  // Home goes to the start of the last drawn line, which is inside the text: the field knows
  // how its lines wrap (the hidden textarea alone would go elsewhere).
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.type('^');
  await page.waitForFunction(() => (window.hearth.snapshot().composer || {}).raw?.includes('^'));
  let raw = await composerText(page);
  const at = raw.indexOf('^');
  assert.ok(at > sentence.length / 2 && at < raw.length - 5, `Home went to a wrapped line's start, not ${at} of ${raw.length}`);
  assert.strictEqual(raw[at - 1], ' ', 'a wrapped line starts after a space');
  // Up moves to the line above, keeping the column; Backspace and Enter edit; Shift+arrows select.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('#');
  await page.waitForFunction(() => (window.hearth.snapshot().composer || {}).raw?.includes('#'));
  raw = await composerText(page);
  assert.ok(!raw.includes('^'), 'Backspace removed the mark');
  assert.ok(raw.indexOf('#') < at - 20, 'ArrowUp moved to the line above');
  await page.keyboard.press('Control+End');
  const before = raw;
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('ds.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A second paragraph.');
  await page.waitForFunction(() => (window.hearth.snapshot().composer || {}).raw?.endsWith('A second paragraph.'));
  raw = await composerText(page);
  assert.strictEqual(raw, before.slice(0, -4) + 'ds.\nA second paragraph.', 'the selection was replaced, then a new line began');
  // A click in the field's top left corner (its padding) puts the caret at the very start.
  await page.mouse.click(field.x + 6, field.y + 5);
  await page.keyboard.type('Z');
  await page.waitForFunction(() => (window.hearth.snapshot().composer || {}).raw?.startsWith('Z'));
  h.assertNotBlank(await h.screenshot(page, 'compose-wrapped-field'), 'wrapped field');
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

// 2 and 3 are phones' and laptops' screens; 1.25 is what browser zoom at 125% gives a page.
for (const dpr of [2, 3, 1.25]) {
  test(`compose: at devicePixelRatio ${dpr} the canvas backing store is ${dpr} times its CSS size, and clicks still land`, async () => {
    const page = await open(h.DESKTOP, { deviceScaleFactor: dpr });
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: window.devicePixelRatio };
    });
    assert.strictEqual(size.dpr, dpr);
    assert.ok(Math.abs(size.w - size.cw * dpr) <= 1, `backing width ${size.w} for ${size.cw} CSS px`);
    assert.ok(Math.abs(size.h - size.ch * dpr) <= 1, `backing height ${size.h} for ${size.ch} CSS px`);
    // Glyphs are rasterised at device pixels (17 CSS px body text at dpr times the size) and
    // drawn at 1/dpr, not stretched from a 1x atlas.
    const render = (await h.snapshot(page)).render;
    assert.strictEqual(render.dpr, dpr);
    assert.ok(Math.abs(render.body_font_px - 17 * dpr) <= 1, `body font rasterised at ${render.body_font_px} px`);
    assert.ok(Math.abs(render.font_global_scale - 1 / dpr) < 1e-4);
    // Text keeps its CSS size: a link is one line of 17 px text, whatever the ratio.
    for (const label of ['All topics', 'Latest topics']) {
      const it = await h.findItem(page, label, 'link');
      assert.ok(it.h >= 16 && it.h <= 30, `"${label}" is ${it.h} CSS px tall at dpr ${dpr}`);
    }
    h.assertNotBlank(await h.screenshot(page, `compose-3-dpr${dpr}`), `dpr ${dpr}`);
    await h.clickItem(page, 'All topics', 'link');
    await h.waitRoute(page, (r) => r === '#/latest');
    page.assertNoErrors();
    await page.context().close();
  });
}

test('compose: at phone size a touch drag scrolls the topic with momentum, and a tap presses what it touches', async () => {
  const page = await h.newPage(browser, h.PHONE, { hasTouch: true, isMobile: true });
  await page.goto(site.url + '#/t/welcome-to-the-counselling-practice-community/1');
  await h.waitReady(page);
  await h.acceptConsent(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
  assert.strictEqual((await h.snapshot(page)).scroll_y, 0);
  await touch('touchStart', 700);
  for (let y = 680; y >= 300; y -= 20) { await touch('touchMove', y); await page.waitForTimeout(8); }
  await touch('touchEnd');
  await page.waitForFunction(() => window.hearth.snapshot().scroll_y > 380, null, { timeout: 5000 });
  const afterDrag = (await h.snapshot(page)).scroll_y;
  await page.waitForTimeout(800);
  const afterGlide = (await h.snapshot(page)).scroll_y;
  assert.ok(afterGlide > afterDrag, `momentum carries on after the finger lifts (${afterDrag} -> ${afterGlide})`);
  h.assertNotBlank(await h.screenshot(page, 'compose-4-touch-scrolled'), 'touch scrolled');
  // A tap on "All topics"-like items still presses them: tap the first Reply button on screen.
  const reply = (await h.items(page)).find((i) => i.label === 'Reply' && i.y > 60 && i.y + i.h < 844);
  assert.ok(reply, 'a Reply button on screen');
  await page.touchscreen.tap(reply.x + reply.w / 2, reply.y + reply.h / 2);
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  page.assertNoErrors();
  await page.context().close();
});

test('compose: keyboard shortcuts move between posts and like, and ? lists them; an idle tab stops drawing', async () => {
  const page = await h.newPage(browser, h.DESKTOP);
  await page.goto(site.url + '#/t/welcome-to-the-counselling-practice-community/1');
  await h.waitReady(page);
  await h.acceptConsent(page);
  await page.locator('#canvas').focus();
  assert.strictEqual((await h.snapshot(page)).scroll_y, 0);
  for (let i = 0; i < 4; i++) { await page.keyboard.press('j'); await page.waitForTimeout(150); }
  await page.waitForFunction(() => window.hearth.snapshot().scroll_y > 100);
  const likedBefore = (await h.snapshot(page)).posts.filter((p) => p.liked).length;
  await page.keyboard.press('l');
  await page.waitForFunction((n) => window.hearth.snapshot().posts.filter((p) => p.liked).length !== n, likedBefore);
  await page.keyboard.press('Shift+Slash');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('shortcuts'));
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'compose-5-shortcuts'), 'shortcuts');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('shortcuts'));
  // Idle: after 2 s without input, fewer than 2 frames a second (measured over 3 s).
  await page.waitForTimeout(2000);
  const before = await page.evaluate(() => window.hearth.frames());
  await page.waitForTimeout(3000);
  const after = await page.evaluate(() => window.hearth.frames());
  const fps = (after - before) / 3;
  assert.ok(fps < 2, `idle tab draws ${fps.toFixed(2)} frames a second`);
  console.log(`idle frames per second: ${fps.toFixed(2)}`);
  page.assertNoErrors();
  await page.context().close();
});

test('compose: a report reaches the lead with an evidence entry, and the log saves as a file', async () => {
  const page = await open();
  const reportButtons = (await h.items(page)).filter((i) => i.label === 'Report');
  assert.ok(reportButtons.length > 0);
  await page.mouse.click(reportButtons[0].x + reportButtons[0].w / 2, reportButtons[0].y + reportButtons[0].h / 2);
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('report'));
  await h.waitReady(page);
  await h.clickItem(page, 'What happened', 'textarea');
  await page.keyboard.type('This reads as a personal attack on a colleague.', { delay: 3 });
  await h.clickItem(page, 'Send to the community lead', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('report') &&
    (window.hearth.items().some((i) => i.label === 'Close')));
  h.assertNotBlank(await h.screenshot(page, 'compose-6-report-sent'), 'report sent');
  await h.clickItem(page, 'Close', 'button');
  await page.evaluate(() => { location.hash = '#/my/evidence'; });
  await h.waitRoute(page, (r) => r === '#/my/evidence');
  h.assertNotBlank(await h.screenshot(page, 'compose-7-evidence'), 'evidence log');
  const [download] = await Promise.all([page.waitForEvent('download'), h.clickItem(page, 'Save as text', 'button')]);
  assert.strictEqual(download.suggestedFilename(), 'hearth-evidence-log.txt');
  const fs = require('fs');
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.match(text, /personal attack on a colleague/);
  assert.match(text, /jonas\.berg/);
  page.assertNoErrors();
  await page.context().close();
});
