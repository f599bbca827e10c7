// Story: a member likes a post and takes the like back; the count follows at once
// (optimistically) and stays as the community answers.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

async function likeButtons(page) {
  return (await h.items(page)).filter((it) => it.role === 'button' && /^(Like|Liked) · \d+$/.test(it.label));
}

test('like: like and unlike a post; the count updates', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + '#/t/working-with-silence-in-the-first-sessions/2');
  await h.waitReady(page);
  await h.acceptConsent(page);
  let snap = await h.snapshot(page);
  const priya = snap.posts.find((p) => p.username === 'priya.nair');
  assert.ok(priya && !priya.liked, 'Maya has not liked Priya\'s post yet');
  // Maya's own post has no like button; the first "Like" is Priya's post.
  const before = await likeButtons(page);
  const target = before.find((b) => b.label.startsWith('Like ·'));
  assert.ok(target, 'a like button for a post Maya has not liked');
  assert.strictEqual(target.label, `Like · ${priya.likes}`);
  await page.mouse.click(target.x + target.w / 2, target.y + target.h / 2);
  await page.waitForFunction((id) => { const p = window.hearth.snapshot().posts.find((x) => x.id === id); return p.liked; }, priya.id);
  await h.waitReady(page);
  snap = await h.snapshot(page);
  const liked = snap.posts.find((p) => p.id === priya.id);
  assert.strictEqual(liked.likes, priya.likes + 1);
  h.assertNotBlank(await h.screenshot(page, 'like-1-liked'), 'liked');
  // Take it back: the same button now reads "Liked". Like buttons are drawn in post order, one
  // for each visible post by someone else.
  const others = snap.posts.filter((p) => p.username !== 'maya.okafor' && p.state === 'visible');
  const buttons = await likeButtons(page);
  assert.strictEqual(buttons.length, others.length);
  const unlike = buttons[others.findIndex((p) => p.id === priya.id)];
  assert.strictEqual(unlike.label, `Liked · ${priya.likes + 1}`);
  await page.mouse.click(unlike.x + unlike.w / 2, unlike.y + unlike.h / 2);
  await page.waitForFunction((id) => { const p = window.hearth.snapshot().posts.find((x) => x.id === id); return !p.liked; }, priya.id);
  await h.waitReady(page);
  assert.strictEqual((await h.snapshot(page)).posts.find((p) => p.id === priya.id).likes, priya.likes);
  page.assertNoErrors();
  await page.context().close();
});
