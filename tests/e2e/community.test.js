// Stories of the embedded demo community's data: what a member does survives a reload; two tabs
// on the demo share one community (a write in one reaches the other, and neither loses the
// other's); a damaged saved copy is named, kept aside, and the demo can start again.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const TOPIC = '#/t/working-with-silence-in-the-first-sessions/2';

const post = async (page, id) => (await h.snapshot(page)).posts.find((p) => p.id === id);

async function waitSaved(page) {
  await page.waitForFunction(() => {
    const d = window.hearth.snapshot().demo;
    return d && d.storage === 'saved' && d.unsaved === 0;
  }, null, { timeout: 15000 });
}

async function like(page, id) {
  const p = await post(page, id);
  await h.clickItem(page, `${p.liked ? 'Liked' : 'Like'} · ${p.likes}`, 'button');
  await page.waitForFunction(([pid, was]) => {
    const x = window.hearth.snapshot().posts.find((q) => q.id === pid);
    return x && x.liked !== was;
  }, [id, p.liked]);
  await h.waitReady(page);
}

async function actAs(page, username) {
  await h.clickItem(page, (await h.items(page)).find((i) => i.label.startsWith('Acting as')).label, 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('member_menu'));
  await h.waitReady(page);
  // The member list scrolls inside the menu: turn the wheel over it until the member shows.
  for (let i = 0; i < 20; i++) {
    const all = await h.items(page);
    if (all.some((it) => it.label === `Act as ${username}`)) break;
    const listed = all.filter((it) => it.label.startsWith('Act as '));
    const last = listed[listed.length - 1];
    await page.mouse.move(last.x + last.w / 2, last.y + last.h / 2);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  await h.clickItem(page, `Act as ${username}`, 'menuitem');
  await page.waitForFunction((u) => { const s = window.hearth.snapshot(); return s.user && s.user.username === u; }, username);
  await h.waitReady(page);
}

test('community: a like survives a reload', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + TOPIC);
  await h.waitReady(page);
  await h.acceptConsent(page);
  const before = await post(page, 203);  // Priya's post, which Maya has not liked
  assert.ok(!before.liked);
  await like(page, 203);
  await waitSaved(page);
  await page.reload();
  await h.waitReady(page);
  const snap = await h.snapshot(page);
  assert.ok(!snap.dialogs.includes('consent'), 'the decision is remembered');
  const after = snap.posts.find((p) => p.id === 203);
  assert.ok(after.liked, 'still liked after the reload');
  assert.strictEqual(after.likes, before.likes + 1);
  h.assertNotBlank(await h.screenshot(page, 'community-1-after-reload'), 'after reload');
  page.assertNoErrors();
  await page.context().close();
});

test('community: two tabs writing in turn lose nothing, and each sees the other live', async () => {
  const a = await h.newPage(browser);
  const context = a.context();
  await a.goto(site.url + TOPIC);
  await h.waitReady(a);
  await h.acceptConsent(a);
  const b = await context.newPage();
  b.hearthErrors = [];
  b.on('pageerror', (e) => b.hearthErrors.push(`page error: ${e.message}`));
  b.on('console', (m) => { if (m.type() === 'error') b.hearthErrors.push(`console error: ${m.text()}`); });
  await b.goto(site.url + TOPIC);
  await h.waitReady(b);
  await actAs(b, 'amara.eze');
  h.assertNotBlank(await h.screenshot(b, 'community-2-acting-as'), 'acting as');

  const priya = await post(a, 203), jonas = await post(a, 202);
  await like(a, 203);                       // Maya, in tab A
  await waitSaved(a);
  await b.waitForFunction((n) => window.hearth.snapshot().posts.find((p) => p.id === 203).likes === n, priya.likes + 1);
  await like(b, 202);                       // Amara, in tab B
  await waitSaved(b);
  await a.waitForFunction((n) => window.hearth.snapshot().posts.find((p) => p.id === 202).likes === n, jonas.likes + 1);
  await like(a, 203);                       // Maya takes hers back, in tab A
  await waitSaved(a);

  for (const page of [a, b]) {
    await page.reload();
    await h.waitReady(page);
  }
  assert.strictEqual((await post(a, 203)).likes, priya.likes, 'A\'s unlike is kept');
  assert.strictEqual((await post(a, 202)).likes, jonas.likes + 1, 'B\'s like is kept');
  assert.strictEqual((await post(b, 202)).likes, jonas.likes + 1);
  h.assertNotBlank(await h.screenshot(a, 'community-3-both-tabs-after-reload'), 'two tabs');
  a.assertNoErrors();
  assert.deepStrictEqual(b.hearthErrors, []);
  await context.close();
});

test('community: a damaged saved copy is named, kept aside, and the demo starts again', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + TOPIC);
  await h.waitReady(page);
  await h.acceptConsent(page);
  await like(page, 203);
  await waitSaved(page);
  // Damage the saved copy as a broken disk or a bad extension might.
  await page.evaluate(() => new Promise((resolve, reject) => {
    FS.writeFile('/hearth-demo/community.json', '{"format": "hearth-demo-community", "version": 1, "ops": [');
    FS.syncfs(false, (err) => err ? reject(err) : resolve());
  }));
  await page.reload();
  await h.waitReady(page);
  let snap = await h.snapshot(page);
  const banner = snap.banners.find((b) => b.kind === 'storage');
  assert.ok(banner, 'a banner names the problem');
  assert.match(banner.message, /could not be read/);
  assert.strictEqual(snap.demo.storage, 'unreadable');
  h.assertNotBlank(await h.screenshot(page, 'community-4-damaged'), 'damaged');
  await h.clickItem(page, 'Reset the demo', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('reset_demo'));
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'community-5-reset-confirm'), 'reset confirmation');
  await h.clickItem(page, 'Reset the demo', 'button');
  await waitSaved(page);
  await h.waitReady(page);
  snap = await h.snapshot(page);
  assert.deepStrictEqual(snap.banners, []);
  assert.ok(!snap.posts.find((p) => p.id === 203).liked, 'back to the seed');
  const kept = await page.evaluate(() => FS.readdir('/hearth-demo').filter((f) => f.startsWith('community.set-aside-')));
  assert.strictEqual(kept.length, 1, 'the damaged copy is kept aside');
  page.assertNoErrors();
  await page.context().close();
});

test('community: the member switch works at phone size, and each role sees its own view', async () => {
  const page = await h.newPage(browser, h.PHONE, { hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await page.goto(site.url + '#/latest');
  await h.waitReady(page);
  await h.acceptConsent(page);
  await h.clickItem(page, 'Acting as maya.okafor', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('member_menu'));
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'community-6-member-menu-phone'), 'member menu');
  await h.clickItem(page, 'Act as olek.nowak', 'menuitem');
  await page.waitForFunction(() => { const s = window.hearth.snapshot(); return s.user && s.user.username === 'olek.nowak'; });
  await h.waitReady(page);
  // Olek is a trainee: the trainees' closed category is listed for him, not for Maya.
  const snap = await h.snapshot(page);
  assert.ok(!snap.dialogs.includes('member_menu'), 'choosing a member closes the menu');
  h.assertNotBlank(await h.screenshot(page, 'community-7-acting-as-olek-phone'), 'acting as olek');
  page.assertNoErrors();
  await page.context().close();
});
