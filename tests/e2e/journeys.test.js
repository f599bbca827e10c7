// Members' journeys end to end (issue 8): the first visit's notice (declining stores nothing),
// replying, quoting and continuing in a linked topic with a draft that survives a reload, and
// the browse-and-reply story at phone size by touch.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const TOPIC = '#/t/working-with-silence-in-the-first-sessions/2';

// Everything this origin keeps in the browser: local storage, cookies, IndexedDB databases
// with anything in them.
async function stored(page) {
  return page.evaluate(async () => {
    const local = {};
    for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
    const dbs = [];
    for (const info of await indexedDB.databases()) {
      const records = await new Promise((resolve) => {
        const req = indexedDB.open(info.name);
        req.onerror = () => resolve(-1);
        req.onsuccess = () => {
          const db = req.result;
          const names = [...db.objectStoreNames];
          if (!names.length) { db.close(); resolve(0); return; }
          const tx = db.transaction(names, 'readonly');
          let n = 0;
          for (const s of names) tx.objectStore(s).count().onsuccess = (e) => { n += e.target.result; };
          tx.oncomplete = () => { db.close(); resolve(n); };
        };
      });
      dbs.push({ name: info.name, records });
    }
    return { local, cookies: document.cookie, dbs };
  });
}

const mirrorText = (page) => page.evaluate(() => document.getElementById('hearth-a11y').innerText);

test('journeys: a first visit asks first; declining stores nothing and keeps asking; accepting lets the member in', async () => {
  const page = await h.newPage(browser, h.DESKTOP);
  await page.goto(site.url + TOPIC);
  await h.waitReady(page);
  assert.ok((await h.snapshot(page)).dialogs.includes('consent'), 'the notice comes first');
  h.assertNotBlank(await h.screenshot(page, 'journey-1-notice'), 'notice');
  await h.clickItem(page, 'Decline', 'button');
  await page.waitForFunction(() => document.getElementById('hearth-a11y')?.innerText.includes('You have declined'));
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'journey-1-declined'), 'declined');
  // Nothing kept: no settings, no cookies, no saved community, no drafts.
  const after = await stored(page);
  assert.deepStrictEqual(after.local, {}, 'nothing in local storage');
  assert.strictEqual(after.cookies, '', 'no cookies');
  assert.deepStrictEqual(after.dbs.filter((d) => d.records !== 0), [], 'no IndexedDB records');
  // A reload asks again: the refusal was not stored either.
  await page.reload();
  await h.waitReady(page);
  assert.ok((await h.snapshot(page)).dialogs.includes('consent'), 'asked again after a reload');
  assert.deepStrictEqual((await stored(page)).local, {});
  // Accepting lets the member in, and is remembered.
  await h.clickItem(page, 'Accept and continue', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('consent'));
  await h.waitReady(page);
  assert.ok(Object.keys((await stored(page)).local).length > 0, 'the acceptance is kept');
  await page.reload();
  await h.waitReady(page);
  assert.ok(!(await h.snapshot(page)).dialogs.includes('consent'), 'not asked again');
  assert.match(await mirrorText(page), /Working with silence in the first sessions/);
  page.assertNoErrors();
  await page.context().close();
});

async function typeInto(page, label, text) {
  await h.clickItem(page, label, label === 'Your post' ? 'textarea' : 'input');
  try {
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input', null, { timeout: 5000 });
  } catch (e) {
    const info = await page.evaluate(() => ({ active: document.activeElement?.outerHTML?.slice(0, 200), items: window.hearth.items().filter((i) => i.role === 'input' || i.role === 'textarea') }));
    throw new Error(`focus did not reach the hidden input after clicking ${label}: ${JSON.stringify(info)}`);
  }
  await page.keyboard.insertText(text);
}

async function reviewAndPost(page) {
  await h.clickItem(page, 'Review before posting', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'preview');
  await h.waitReady(page);
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'), null, { timeout: 15000 });
  await h.waitReady(page);
}

async function waitSaved(page) {
  await page.waitForFunction(() => { const d = window.hearth.snapshot().demo; return d && d.storage === 'saved' && d.unsaved === 0; },
                             null, { timeout: 15000 });
}

// The button with this label under the post with this number (the hook tells each item's post),
// scrolled into view with the wheel as a member would.
async function clickInPost(page, postNumber, label) {
  const vp = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const items = await h.items(page);
    const it = items.find((x) => x.label === label && x.role === 'button' && x.post === postNumber);
    if (it && it.y >= 0 && it.y + it.h <= vp.height) {
      await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
      return;
    }
    const drawn = items.filter((x) => x.post).map((x) => x.post);
    const down = it ? it.y + it.h > vp.height : !drawn.length || Math.min(...drawn) < postNumber;
    await page.mouse.move(vp.width / 2, vp.height / 2);
    await page.mouse.wheel(0, down ? 240 : -240);
    await page.waitForTimeout(60);
  }
  throw new Error(`no "${label}" under post ${postNumber}`);
}

test('journeys: a reply, a quote and a reply as a linked topic; the link shows in both topics; a draft survives a reload', async () => {
  const page = await h.newPage(browser, h.DESKTOP);
  await page.goto(site.url + TOPIC);
  await h.waitReady(page);
  await h.acceptConsent(page);
  const me = (await h.snapshot(page)).user.username;
  const before = (await h.snapshot(page)).posts.length;

  // A reply, begun and then interrupted by a reload: the words come back.
  await h.clickItem(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  const draft = 'Silence in the first session can feel like a test of the relationship.';
  await typeInto(page, 'Your post', draft);
  await page.waitForFunction((t) => window.hearth.snapshot().composer?.raw === t, draft);
  await page.waitForTimeout(300);  // the draft is written as the member types
  await page.reload();
  await h.waitReady(page);
  assert.ok(!(await h.snapshot(page)).dialogs.includes('composer'));
  await h.clickItem(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  assert.strictEqual((await h.snapshot(page)).composer.raw, draft, 'the unsent words survived the reload');
  h.assertNotBlank(await h.screenshot(page, 'journey-4-draft-restored'), 'draft restored');
  await reviewAndPost(page);
  let snap = await h.snapshot(page);
  assert.strictEqual(snap.posts.length, before + 1);
  assert.strictEqual(snap.posts[snap.posts.length - 1].username, me);

  // A quote of post 2: the composer starts with Discourse's quote, the post shows it quoted.
  const second = snap.posts.find((p) => p.post_number === 2);
  await clickInPost(page, 2, 'Quote');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  const quoted = (await h.snapshot(page)).composer.raw;
  assert.match(quoted, new RegExp(`^\\[quote="${second.username}, post:2, topic:2"\\]`), quoted.slice(0, 80));
  await typeInto(page, 'Your post', 'Yes, and naming it gently helped my client too.');
  await reviewAndPost(page);
  snap = await h.snapshot(page);
  assert.strictEqual(snap.posts.length, before + 2);
  await page.waitForFunction(() => document.getElementById('hearth-a11y').innerText.includes('naming it gently'));
  h.assertNotBlank(await h.screenshot(page, 'journey-4-quoted'), 'quoted');

  // A reply as a linked topic, from post 2: a new topic that links back, and a link to it here.
  await clickInPost(page, 2, 'Reply as linked topic');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  const title = 'Silence with clients online: does the screen change it?';
  await typeInto(page, 'Title', title);
  await typeInto(page, 'Your post', 'On video the same pause reads differently. How do others hold it?');
  await page.waitForFunction((t) => window.hearth.snapshot().composer?.title === t, title);
  await reviewAndPost(page);
  await h.waitRoute(page, (r) => r.startsWith('#/t/') && !r.includes('/2'));
  snap = await h.snapshot(page);
  assert.strictEqual(snap.topic_title, title);
  await page.waitForFunction(() => document.getElementById('hearth-a11y').innerText.includes('Continuing the discussion from'));
  const there = await mirrorText(page);
  assert.match(there, /Continuing the discussion from Working with silence in the first sessions/);
  h.assertNotBlank(await h.screenshot(page, 'journey-4-linked-topic'), 'linked topic');
  await h.clickItem(page, 'Working with silence in the first sessions', 'link');
  await h.waitRoute(page, (r) => r.startsWith('#/t/working-with-silence-in-the-first-sessions/2'));
  await page.waitForFunction((t) => document.getElementById('hearth-a11y').innerText.includes('Continued in ' + t), title);
  h.assertNotBlank(await h.screenshot(page, 'journey-4-source-links-on'), 'source topic');
  await waitSaved(page);
  page.assertNoErrors();
  await page.context().close();
});

test('journeys: at phone size a member browses from the list into a topic and replies, all by touch', async () => {
  const page = await h.newPage(browser, h.PHONE, { hasTouch: true, isMobile: true });
  await page.goto(site.url + '#/latest');
  await h.waitReady(page);
  // Every press here is a tap on the touchscreen.
  const tap = async (label, role) => {
    const it = await h.scrollToItem(page, label, role);
    await page.touchscreen.tap(it.x + it.w / 2, it.y + it.h / 2);
  };
  if ((await h.snapshot(page)).dialogs.includes('consent')) {
    await tap('Accept and continue', 'button');
    await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('consent'));
    await h.waitReady(page);
  }
  h.assertNotBlank(await h.screenshot(page, 'journey-14-list'), 'list');
  await tap('Working with silence in the first sessions', 'link');
  await h.waitRoute(page, (r) => r.startsWith('#/t/working-with-silence-in-the-first-sessions/2'));
  const before = (await h.snapshot(page)).posts.length;
  h.assertNotBlank(await h.screenshot(page, 'journey-14-topic'), 'topic');
  // Reply to the topic from its foot.
  const replies = (await h.items(page)).filter((i) => i.label === 'Reply' && i.role === 'button');
  assert.ok(replies.length, 'a Reply button');
  await tap('Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await tap('Your post', 'textarea');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input');
  const words = 'Typed on a phone: I let the silence sit for a count of ten before speaking.';
  await page.keyboard.insertText(words);
  await page.waitForFunction((t) => window.hearth.snapshot().composer?.raw === t, words);
  h.assertNotBlank(await h.screenshot(page, 'journey-14-composing'), 'composing');
  await tap('Review before posting', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'preview');
  await h.waitReady(page);
  await tap('Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'), null, { timeout: 15000 });
  await h.waitReady(page);
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.posts.length, before + 1, 'the reply is in the topic');
  await page.waitForFunction(() => document.getElementById('hearth-a11y').innerText.includes('count of ten'));
  h.assertNotBlank(await h.screenshot(page, 'journey-14-posted'), 'posted');
  // The new post is brought into sight, and its address is the topic's with its number.
  assert.match(snap.route, /^#\/t\/working-with-silence-in-the-first-sessions\/2\/\d+$/);
  const mine = (await h.items(page)).filter((i) => i.post === snap.posts[snap.posts.length - 1].post_number);
  assert.ok(mine.some((i) => i.y >= 0 && i.y < 844), 'the reply is on screen');
  // Back to the list with the browser's back, as a phone's back gesture does (the reply's
  // address first, then the topic's, then the list).
  for (let i = 0; i < 3 && (await page.evaluate(() => window.hearth.route())) !== '#/latest'; i++) {
    await page.goBack();
    await page.waitForTimeout(200);
  }
  await h.waitRoute(page, (r) => r === '#/latest');
  page.assertNoErrors();
  await page.context().close();
});
