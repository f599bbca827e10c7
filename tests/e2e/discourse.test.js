// Story: Hearth pointed at a Discourse forum (?api=), with Playwright routing the forum's origin
// to our fixtures: the member browses, a MessageBus answer brings a new reply into the open topic,
// a rate limit shows a retry banner, and a network drop shows the offline banner.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');
const { FORUM, ScriptedForum, fixture } = require('./lib/forum.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

async function open(forum, route = '#/latest') {
  const page = await h.newPage(browser);
  await forum.attach(page);
  await page.goto(`${site.url}?api=${encodeURIComponent(FORUM)}${route}`);
  return page;
}

test('discourse: browse the forum, and a MessageBus answer brings a new reply live', async () => {
  const forum = new ScriptedForum(site.url);
  const page = await open(forum);
  await h.waitReady(page);
  await h.acceptConsent(page);
  let snap = await h.snapshot(page);
  assert.strictEqual(snap.screen, 'latest');
  assert.deepStrictEqual(snap.user, { username: 'maya.okafor', role: 'member' }, 'signed in by the session cookie');
  assert.ok(snap.topics.length >= 8);
  assert.strictEqual(forum.count('GET', /^\/session\/current\.json$/), 1);
  for (const r of forum.requests) assert.strictEqual(r.headers['x-requested-with'], 'XMLHttpRequest', r.path);
  h.assertNotBlank(await h.screenshot(page, 'discourse-1-latest'), 'latest from the forum');

  await h.clickItem(page, 'Working with silence in the first sessions', 'link');
  await h.waitRoute(page, (r) => r.startsWith('#/t/'));
  snap = await h.snapshot(page);
  assert.strictEqual(snap.topic_id, 2);
  assert.deepStrictEqual(snap.posts.map((p) => p.state), ['visible', 'visible', 'hidden_placeholder'],
                         'the hidden post shows as the community placeholder to a member');
  assert.strictEqual(snap.posts[1].liked, true);

  // The poll for the open topic is under way; its answer announces a new post, 9226.
  const bus = JSON.parse(fixture('message_bus_poll.json'));
  for (const m of bus) if (m.channel === '/topic/2' && m.data.type === 'created') { m.data.id = 9226; m.data.post_number = 26; }
  const reply = JSON.parse(fixture('topic_posts.json'));
  reply.post_stream.posts = [Object.assign(reply.post_stream.posts[0], { id: 9226, post_number: 26, cooked: '<p>Arrived while you were reading.</p>' })];
  forum.once('GET', /^\/t\/2\/posts\.json\?post_ids%5B%5D=9226$/, (route) => forum.json(route, 200, JSON.stringify(reply)));
  forum.busAnswers.push(JSON.stringify(bus));
  await page.waitForFunction(() => window.hearth.snapshot().posts.some((p) => p.id === 9226), null, { timeout: 15000 });
  snap = await h.snapshot(page);
  assert.strictEqual(snap.new_posts, 1, 'a "new reply" pill, not a jump');
  assert.ok(forum.count('GET', /^\/t\/2\/posts\.json\?post_ids%5B%5D=9226$/) === 1, 'the new post was fetched by id');
  const poll = forum.requests.find((r) => r.method === 'POST' && r.path.includes('/poll') && r.body.includes('%2Ftopic%2F2'));
  assert.ok(poll, 'the poll follows the open topic');
  assert.match(poll.body, /%2Fnotification%2F5=/);
  assert.ok(snap.unread_notifications >= 2);
  h.assertNotBlank(await h.screenshot(page, 'discourse-2-live-reply'), 'topic with the live reply');
  page.assertNoErrors();
  await page.context().close();
});

test('discourse: a rate limit shows a banner with Try again, which then loads', async () => {
  const forum = new ScriptedForum(site.url);
  forum.once('GET', /^\/latest\.json/, (route) => forum.json(route, 429,
    JSON.stringify({ errors: ['You have performed this action too many times.'], error_type: 'rate_limit', extras: { wait_seconds: 90 } }),
    { 'Retry-After': '90' }));
  const page = await open(forum);
  await h.waitReady(page);
  await h.acceptConsent(page);
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.banners.length, 1);
  assert.match(snap.banners[0].message, /Please wait 90 seconds/);
  assert.strictEqual(snap.banners[0].can_retry, true);
  h.assertNotBlank(await h.screenshot(page, 'discourse-3-rate-limited'), 'rate limit banner');
  await h.clickItem(page, 'Try again', 'button');
  await page.waitForFunction(() => window.hearth.ready() && window.hearth.snapshot().topics.length > 0, null, { timeout: 15000 });
  assert.deepStrictEqual((await h.snapshot(page)).banners, []);
  // Chromium logs the 429 answer itself as a failed resource load; that is the forum speaking.
  page.hearthErrors = page.hearthErrors.filter((e) => !/status of 429/.test(e));
  page.assertNoErrors();
  await page.context().close();
});

test('discourse: a network drop shows the offline banner after the retries', async () => {
  const forum = new ScriptedForum(site.url);
  forum.always('GET', /^\/t\/2\.json/, (route) => route.abort('internetdisconnected'));
  const page = await open(forum, '#/t/working-with-silence-in-the-first-sessions/2');
  await h.waitReady(page, 30000);
  await h.acceptConsent(page);
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.banners.length, 1);
  assert.strictEqual(snap.banners[0].kind, 'offline');
  assert.match(snap.banners[0].message, /offline/);
  assert.strictEqual(forum.count('GET', /^\/t\/2\.json$/), 4, 'a read is tried four times before giving up');
  h.assertNotBlank(await h.screenshot(page, 'discourse-4-offline'), 'offline banner');
  page.hearthErrors = page.hearthErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e));
  page.assertNoErrors();
  await page.context().close();
});

test('discourse: a forum address that is not a web address is refused in words', async () => {
  const page = await h.newPage(browser);
  await page.goto(`${site.url}?api=javascript:alert(1)#/latest`);
  await page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
  assert.match(await page.textContent('#error'), /is not a web address/);
  await page.context().close();
});

test('discourse: a like asks for the CSRF token first, then POSTs /post_actions with type 2', async () => {
  const forum = new ScriptedForum(site.url);
  // The forum answers a like with the post, liked.
  forum.always('POST', /^\/post_actions(\.json)?$/, async (route, request) => {
    const body = request.postData() || '';
    const id = Number((body.match(/(?:^|[&{,"])id"?[=:]\s*(\d+)/) || [])[1]);
    const known = [...JSON.parse(fixture('topic_full.json')).post_stream.posts,
                   ...JSON.parse(fixture('topic_posts.json')).post_stream.posts];
    const post = known.find((p) => p.id === id);
    if (!post) return forum.json(route, 404, JSON.stringify({ errors: ['no such post'] }));
    post.like_count = (post.like_count || 0) + 1;
    post.actions_summary = [{ id: 2, count: post.like_count, acted: true, can_undo: true }];
    return forum.json(route, 200, JSON.stringify(post));
  });
  const page = await open(forum, '#/t/working-with-silence-in-the-first-sessions/2');
  await h.waitReady(page);
  await h.acceptConsent(page);
  // A post the member has not liked yet (her own offers no Like).
  let likeable;
  for (let i = 0; i < 10 && !likeable; i++) {
    likeable = (await h.items(page)).find((it) => it.role === 'button' && /^Like \u00B7 \d+$/.test(it.label));
    if (!likeable) { await page.mouse.move(720, 450); await page.mouse.wheel(0, 300); await page.waitForTimeout(80); }
  }
  assert.ok(likeable, 'a post to like');
  const likedBefore = (await h.snapshot(page)).posts.filter((p) => p.liked).length;
  await h.clickItem(page, likeable.label, 'button');
  await page.waitForFunction((n) => window.hearth.snapshot().posts.filter((p) => p.liked).length === n + 1, likedBefore);
  await h.waitReady(page);  // the forum's answer applied, not only the optimistic like
  const csrf = forum.requests.findIndex((r) => r.method === 'GET' && r.path === '/session/csrf.json');
  const like = forum.requests.findIndex((r) => r.method === 'POST' && /^\/post_actions/.test(r.path));
  assert.ok(csrf >= 0, 'the CSRF token was fetched');
  assert.ok(like > csrf, 'before the first write');
  const sent = forum.requests[like];
  assert.ok(sent.headers['x-csrf-token'], 'the write carries the token');
  assert.match(sent.body, /post_action_type_id"?[=:]\s*2\b/);
  const likedNow = (await h.snapshot(page)).posts.filter((p) => p.liked).map((p) => p.id);
  assert.ok(likedNow.some((id) => new RegExp(`\\b${id}\\b`).test(sent.body)), `the POST names the liked post: ${sent.body} ${likedNow}`);
  page.assertNoErrors();
  await page.context().close();
});

test('discourse: hostile post content (script, iframes, javascript: links, a 1 MB paragraph) renders safely and promptly', async () => {
  const forum = new ScriptedForum(site.url);
  const topic = JSON.parse(fixture('topic_full.json'));
  const huge = 'word '.repeat(200000);  // a 1 MB paragraph
  topic.post_stream.posts[0].cooked =
    '<p>Before</p><script>window.hearthPwned = 1</script><iframe src="https://evil.example/"></iframe>' +
    '<p><a href="javascript:window.hearthPwned=2">click me</a> <img src="x" onerror="window.hearthPwned=3"></p>' +
    `<p>${huge}</p><p>After the long paragraph</p>`;
  forum.always('GET', /^\/t\/2\.json/, (route) => forum.json(route, 200, JSON.stringify(topic)));
  const page = await open(forum, '#/t/working-with-silence-in-the-first-sessions/2');
  const started = Date.now();
  await h.waitReady(page);
  await h.acceptConsent(page);
  const took = Date.now() - started;
  const snap = await h.snapshot(page);
  assert.strictEqual(snap.topic_id, 2);
  assert.ok(took < 15000, `the topic opened in ${took} ms`);
  // Nothing from the post ran or reached the page's DOM.
  assert.strictEqual(await page.evaluate(() => window.hearthPwned), undefined);
  assert.strictEqual(await page.evaluate(() => document.querySelectorAll('iframe, script[src*="evil"]').length), 0);
  // The javascript: link is not offered as a link to open.
  const items = await h.items(page);
  assert.ok(!items.some((i) => i.role === 'link' && i.label === 'click me'), 'a javascript: link is plain text');
  // The page stays responsive: frames still draw promptly while scrolling the long post.
  const f0 = await page.evaluate(() => window.hearth.frames());
  const t0 = Date.now();
  for (let i = 0; i < 5; i++) { await page.mouse.move(720, 450); await page.mouse.wheel(0, 600); await page.waitForTimeout(50); }
  await h.waitReady(page);
  assert.ok((await page.evaluate(() => window.hearth.frames())) > f0, 'frames were drawn');
  assert.ok(Date.now() - t0 < 10000, 'scrolling stayed prompt');
  h.assertNotBlank(await h.screenshot(page, 'discourse-5-hostile-content'), 'hostile content');
  page.assertNoErrors();
  await page.context().close();
});
