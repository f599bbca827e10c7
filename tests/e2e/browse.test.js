// Story: a member opens the forum, reads the latest topics, opens one, and goes back with the
// browser's back button (and forward again); a shared link opens the topic directly.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

for (const [size, viewport] of [['desktop', h.DESKTOP], ['phone', h.PHONE]]) {
  test(`browse: latest -> topic -> back -> forward (${size})`, async () => {
    const page = await h.newPage(browser, viewport);
    await page.goto(site.url);
    await h.waitReady(page);
    await h.acceptConsent(page);
    assert.strictEqual(await page.evaluate(() => location.hash), '#/latest', 'the address names the screen');
    let snap = await h.snapshot(page);
    assert.strictEqual(snap.screen, 'latest');
    assert.ok(snap.topics.length >= 8, `the demo community lists its topics (${snap.topics.length})`);
    h.assertNotBlank(await h.screenshot(page, `browse-${size}-1-latest`), 'latest');

    const topic = snap.topics.find((t) => t.title === 'Working with silence in the first sessions');
    assert.ok(topic, 'the demo topic is listed');
    await h.clickItem(page, topic.title, 'link');
    await h.waitRoute(page, (r) => r.startsWith('#/t/'));
    snap = await h.snapshot(page);
    assert.strictEqual(snap.screen, 'topic');
    assert.strictEqual(snap.topic_id, topic.id);
    assert.strictEqual(snap.topic_title, topic.title);
    assert.strictEqual(snap.posts.length, 4);
    assert.ok(snap.posts.every((p) => p.state === 'visible'));
    assert.strictEqual(await page.evaluate(() => location.hash), snap.route);
    assert.match(await page.title(), /^Working with silence in the first sessions - /);
    h.assertNotBlank(await h.screenshot(page, `browse-${size}-2-topic`), 'topic');

    await page.goBack();
    await h.waitRoute(page, (r) => r === '#/latest');
    snap = await h.snapshot(page);
    assert.strictEqual(snap.screen, 'latest', 'back returns to the list');
    await h.findItem(page, topic.title, 'link');
    h.assertNotBlank(await h.screenshot(page, `browse-${size}-3-back`), 'back');

    await page.goForward();
    await h.waitRoute(page, (r) => r.startsWith('#/t/'));
    assert.strictEqual((await h.snapshot(page)).topic_id, topic.id, 'forward returns to the topic');
    page.assertNoErrors();
    await page.context().close();
  });
}

test('browse: a shared link opens the topic directly', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + '#/t/keeping-process-notes-how-long-and-where/3');
  await h.waitReady(page);
  await h.acceptConsent(page);
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.screen, 'topic');
  assert.strictEqual(snap.topic_id, 3);
  assert.strictEqual(snap.posts[0].post_number, 1);
  page.assertNoErrors();
  await page.context().close();
});

test('browse: a category lists only its topics, and the site title leads home', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url);
  await h.waitReady(page);
  await h.acceptConsent(page);
  await h.clickItem(page, 'Ethics and boundaries', 'link');
  await h.waitRoute(page, (r) => r.startsWith('#/c/'));
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.screen, 'category');
  assert.ok(snap.topics.length > 0 && snap.topics.every((t) => t.category_id === snap.category_id));
  h.assertNotBlank(await h.screenshot(page, 'browse-desktop-4-category'), 'category');
  await h.clickItem(page, 'Counselling Practice Community', 'link');
  await h.waitRoute(page, (r) => r === '#/latest');
  page.assertNoErrors();
  await page.context().close();
});

test('browse: an unknown address shows "Page not found" with a way back', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + '#/no/such/page');
  await h.waitReady(page);
  await h.acceptConsent(page);
  assert.strictEqual((await h.snapshot(page)).screen, 'not_found');
  h.assertNotBlank(await h.screenshot(page, 'browse-desktop-5-not-found'), 'not found');
  await h.clickItem(page, 'Go to the latest topics', 'button');
  await h.waitRoute(page, (r) => r === '#/latest');
  page.assertNoErrors();
  await page.context().close();
});

test('browse: an image in a post is fetched and drawn in place of its placeholder', async () => {
  const page = await h.newPage(browser);
  await page.goto(site.url + '#/t/getting-through-the-dark-months/60');
  await h.waitReady(page);
  await h.acceptConsent(page);
  await page.waitForResponse((r) => r.url().endsWith('/assets/demo/images/winter-garden.png') && r.ok(), { timeout: 10000 })
    .catch(() => null);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.hearth.wake && window.hearth.wake());
  await h.waitReady(page);
  const shot = await h.screenshot(page, 'browse-image');
  h.assertNotBlank(shot, 'image');
  // The drawn image: its sun's pale orange, found among the canvas's pixels.
  const { png } = shot;
  let sun = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i] > 230 && png.data[i + 1] > 190 && png.data[i + 1] < 210 && png.data[i + 2] > 140 && png.data[i + 2] < 160) sun++;
  assert.ok(sun > 200, `the image is drawn (${sun} pixels of its sun)`);
  page.assertNoErrors();
  await page.context().close();
});
