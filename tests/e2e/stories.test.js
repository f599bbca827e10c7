// Community stories driven through the UI as members live them (issue 8): the flag story
// across four members, the client-confidentiality warning, and blocking a member.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const TOPIC = '#/t/working-with-silence-in-the-first-sessions/2';

async function open(route = TOPIC) {
  const page = await h.newPage(browser, h.DESKTOP);
  await page.goto(site.url + route);
  await h.waitReady(page);
  await h.acceptConsent(page);
  return page;
}

// The demo's member switch, as a member uses it.
async function actAs(page, username) {
  const me = (await h.snapshot(page)).user?.username;
  if (me === username) return;
  await h.clickItem(page, `Acting as ${me || 'nobody'}`, 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('member_menu'));
  await h.clickItem(page, `Act as ${username}`, 'menuitem');
  await page.waitForFunction((u) => window.hearth.snapshot().user?.username === u, username);
  await h.waitReady(page);
}

// The demo community has written everything to the browser's storage (the member menu says
// "Changes are saved in this browser").
async function waitSaved(page) {
  await page.waitForFunction(() => { const d = window.hearth.snapshot().demo; return d && d.storage === 'saved' && d.unsaved === 0; },
                             null, { timeout: 15000 });
}

async function scrollToEnd(page) {
  for (let i = 0; i < 12; i++) { await page.mouse.move(720, 450); await page.mouse.wheel(0, 1200); await page.waitForTimeout(40); }
  await h.waitReady(page);
}
// The item with this label that is lowest on the screen (the last post's, after scrolling down).
async function clickLast(page, label, role) {
  const all = (await h.items(page)).filter((i) => i.label === label && i.role === role);
  assert.ok(all.length, `no "${label}" on screen`);
  const it = all.reduce((a, b) => (b.y > a.y ? b : a));
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
}

async function writeAndPost(page, text) {
  await h.clickItem(page, 'Your post', 'textarea');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input');
  await page.keyboard.insertText(text);
  await page.waitForFunction((t) => window.hearth.snapshot().composer?.raw === t, text);
  await h.clickItem(page, 'Review before posting', 'button');
  await page.waitForFunction(() => ['preview', 'identifying_warning'].includes(window.hearth.snapshot().composer?.step));
  await h.waitReady(page);
}

const lastPost = async (page) => { const s = await h.snapshot(page); return s.posts[s.posts.length - 1]; };

async function flagLast(page, reason) {
  await scrollToEnd(page);
  await clickLast(page, 'Flag', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('flag'));
  await h.clickItem(page, reason, 'radio');
  await h.clickItem(page, 'Flag post', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('flag') ||
                                   window.hearth.items().some((i) => i.label === 'Close'));
  if ((await h.items(page)).some((i) => i.label === 'Close' && i.role === 'button')) await h.clickItem(page, 'Close', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('flag'));
  await h.waitReady(page);
}

test('stories: a post flagged inappropriate by two administrators is hidden; each member sees it as they should; the author\'s edit brings it back', async () => {
  const page = await open();
  // Member A posts.
  await actAs(page, 'maya.okafor');
  await scrollToEnd(page);
  await clickLast(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await writeAndPost(page, 'Honestly, anyone who needs silence explained is in the wrong job.');
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  const posted = await lastPost(page);
  assert.strictEqual(posted.username, 'maya.okafor');
  // Administrator B flags it: one administrator is not enough.
  await actAs(page, 'tomas.admin');
  await flagLast(page, "It's inappropriate");
  assert.strictEqual((await lastPost(page)).state, 'visible', 'one administrator\'s flag does not hide it');
  h.assertNotBlank(await h.screenshot(page, 'story-flag-1-one-flag'), 'one flag');
  // Administrator C flags it: hidden.
  await actAs(page, 'ines.admin');
  await flagLast(page, "It's inappropriate");
  await page.waitForFunction(() => { const p = window.hearth.snapshot().posts; return p[p.length - 1].state === 'hidden_dimmed'; });
  // B, as staff, sees it dimmed behind "View hidden content".
  await actAs(page, 'tomas.admin');
  await scrollToEnd(page);
  assert.strictEqual((await lastPost(page)).state, 'hidden_dimmed');
  await h.clickItem(page, 'View hidden content', 'link');
  await page.waitForFunction(() => !window.hearth.items().some((i) => i.label === 'View hidden content'));
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'story-flag-2-staff-dimmed'), 'staff');
  // Member D sees the placeholder, and not the words.
  await actAs(page, 'priya.nair');
  await scrollToEnd(page);
  assert.strictEqual((await lastPost(page)).state, 'hidden_placeholder');
  const mirror = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(mirror.includes('This post was flagged by the community and is temporarily hidden'), 'D reads the placeholder');
  assert.ok(!mirror.includes('in the wrong job'), 'D does not read the hidden words');
  h.assertNotBlank(await h.screenshot(page, 'story-flag-3-member-placeholder'), 'member');
  // A sees the notice, and a private message about it.
  await actAs(page, 'maya.okafor');
  await scrollToEnd(page);
  assert.strictEqual((await lastPost(page)).state, 'hidden_notice');
  const notice = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(notice.includes('Your post was flagged by the community. Please see your private messages'));
  h.assertNotBlank(await h.screenshot(page, 'story-flag-4-author-notice'), 'author');
  await page.evaluate(() => { location.hash = '#/messages'; });
  await h.waitRoute(page, (r) => r === '#/messages');
  await h.waitReady(page);
  const inbox = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(inbox.includes('is hidden for now'), `a private message about the hidden post is in A's messages: ${inbox.slice(-300)}`);
  h.assertNotBlank(await h.screenshot(page, 'story-flag-5-author-message'), 'message');
  // A edits the post: visible again, for everyone.
  await page.goBack();
  await h.waitRoute(page, (r) => r.startsWith('#/t/'));
  await scrollToEnd(page);
  await clickLast(page, 'Edit', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  await h.clickItem(page, 'Your post', 'textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('On reflection: naming silence is a skill we all keep learning, me included.');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.raw.startsWith('On reflection'));
  await h.clickItem(page, 'Review before posting', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'preview');
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'));
  await page.waitForFunction(() => { const p = window.hearth.snapshot().posts; return p[p.length - 1].state === 'visible'; });
  await actAs(page, 'priya.nair');
  await scrollToEnd(page);
  assert.strictEqual((await lastPost(page)).state, 'visible', 'D sees the edited post');
  h.assertNotBlank(await h.screenshot(page, 'story-flag-6-visible-again'), 'visible again');
  page.assertNoErrors();
  await page.context().close();
});

test('stories: the composer warns before a post that may identify a client; ordinary text goes straight to review', async () => {
  const page = await open();
  await actAs(page, 'maya.okafor');
  await scrollToEnd(page);
  await clickLast(page, 'Reply', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
  await writeAndPost(page, 'My client Sarah Jones, born 12/03/1985, who works at Leeds General Infirmary, went quiet again.');
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'identifying_warning');
  await h.waitReady(page);
  assert.ok((await h.items(page)).some((i) => i.label === 'Edit the post'), 'the warning offers to edit');
  h.assertNotBlank(await h.screenshot(page, 'story-confidentiality-warning'), 'warning');
  await h.clickItem(page, 'Edit the post', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'writing');
  await h.clickItem(page, 'Your post', 'textarea');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('A client went quiet again in our third session, and this time I waited.');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.raw.startsWith('A client went quiet'));
  await h.clickItem(page, 'Review before posting', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().composer?.step === 'preview');
  await h.clickItem(page, 'Post it', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'));
  await h.waitReady(page);
  const last = await lastPost(page);
  assert.strictEqual(last.username, 'maya.okafor', 'the ordinary post went out without a warning');
  h.assertNotBlank(await h.screenshot(page, 'story-confidentiality-ordinary'), 'ordinary');
  page.assertNoErrors();
  await page.context().close();
});

// Types into the single-line field labelled `label` (ImGui's own text field), replacing its text.
async function setField(page, label, text) {
  await h.clickItem(page, label, 'input');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hearth-text-input');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 2 });
}

test('stories: the profile editor refuses a website that is not a web address, previews, saves, and a reload shows it', async () => {
  const page = await open('#/my/profile');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.phase === 'editing');
  await h.waitReady(page);
  await setField(page, 'Website', 'javascript:alert(1)');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.website === 'javascript:alert(1)');
  await h.waitReady(page);
  const refused = await h.snapshot(page);
  assert.ok(refused.profile_editor.problems.website, 'the website is refused');
  assert.ok(!(await h.findItem(page, 'Save', 'button')).enabled, 'Save waits for a valid website');
  const words = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(words.includes('must be a web address'), 'the refusal is shown in words');
  h.assertNotBlank(await h.screenshot(page, 'story-profile-1-refused'), 'refused');
  await setField(page, 'Website', 'https://maya-counselling.example.org');
  await setField(page, 'Location', 'Bristol');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.location === 'Bristol');
  await h.clickItem(page, 'Preview', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.preview === true);
  await h.waitReady(page);
  h.assertNotBlank(await h.screenshot(page, 'story-profile-2-preview'), 'preview');
  await h.clickItem(page, 'Back to editing', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.preview === false);
  await h.clickItem(page, 'Save', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().profile_editor?.phase === 'saved');
  await waitSaved(page);
  await page.reload();
  await h.waitReady(page);
  await page.evaluate(() => { location.hash = '#/u/maya.okafor'; });
  await h.waitRoute(page, (r) => r === '#/u/maya.okafor');
  await h.waitReady(page);
  await h.screenshot(page, 'story-profile-3-after-reload');
  const shown = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(shown.includes('Bristol') && shown.includes('https://maya-counselling.example.org'), `the saved profile survives a reload: ${shown.slice(0, 600)}`);
  h.assertNotBlank(await h.screenshot(page, 'story-profile-3-after-reload'), 'after reload');
  page.assertNoErrors();
  await page.context().close();
});

test('stories: preferences set replies to hourly and mentions to every post, and a reload keeps them', async () => {
  const page = await open('#/my/preferences');
  await page.waitForFunction(() => window.hearth.snapshot().preferences?.phase === 'editing');
  await h.waitReady(page);
  for (const [kind, choice] of [['Replies to my posts', 'Hourly digest'], ['Mentions of me', 'For every post']]) {
    await h.clickItem(page, kind, 'combobox');
    await h.clickItem(page, `${kind}: ${choice}`, 'menuitem');
    await page.waitForFunction(([k, c]) => window.hearth.snapshot().preferences?.notify[k] === c, [kind, choice]);
  }
  await h.waitReady(page);
  await h.clickItem(page, 'Save preferences', 'button');
  await page.waitForFunction(() => window.hearth.snapshot().preferences?.phase === 'saved');
  await waitSaved(page);
  h.assertNotBlank(await h.screenshot(page, 'story-preferences-saved'), 'saved');
  await page.reload();
  await h.waitReady(page);
  await page.waitForFunction(() => window.hearth.snapshot().preferences?.phase === 'editing');
  const prefs = (await h.snapshot(page)).preferences.notify;
  assert.strictEqual(prefs['Replies to my posts'], 'Hourly digest');
  assert.strictEqual(prefs['Mentions of me'], 'For every post');
  page.assertNoErrors();
  await page.context().close();
});

test('stories: blocking a member collapses their posts, and they cannot message the blocker', async () => {
  const page = await open('#/u/jonas.berg');
  await h.waitReady(page);
  await h.clickItem(page, 'Block', 'button');
  await page.waitForFunction(() => window.hearth.items().some((i) => i.label === 'Unblock'));
  await page.evaluate((t) => { location.hash = t; }, TOPIC);
  await h.waitRoute(page, (r) => r.startsWith('#/t/'));
  await h.waitReady(page);
  const posts = (await h.snapshot(page)).posts.filter((p) => p.username === 'jonas.berg');
  assert.ok(posts.length > 0 && posts.every((p) => p.state === 'blocked'), 'jonas.berg\'s posts are collapsed');
  h.assertNotBlank(await h.screenshot(page, 'story-block-1-collapsed'), 'collapsed');
  // The blocked member tries to write to the member who blocked them.
  await actAs(page, 'jonas.berg');
  await page.evaluate(() => { location.hash = '#/u/maya.okafor'; });
  await h.waitRoute(page, (r) => r === '#/u/maya.okafor');
  await h.waitReady(page);
  const hasMessage = async () => (await h.items(page)).some((i) => i.label === 'Message' && i.role === 'button');
  assert.ok(!(await hasMessage()), 'the blocked member is not offered Message to the member who blocked them');
  h.assertNotBlank(await h.screenshot(page, 'story-block-2-cannot-message'), 'cannot message');
  // Anyone else, they can still write to.
  await page.evaluate(() => { location.hash = '#/u/priya.nair'; });
  await h.waitRoute(page, (r) => r === '#/u/priya.nair');
  await h.waitReady(page);
  assert.ok(await hasMessage(), 'Message is offered where there is no block');
  page.assertNoErrors();
  await page.context().close();
});

test('stories: staff remove a defamatory post completely; a copyright takedown at the strike limit suspends the member, who sees why', async () => {
  const page = await open();
  // A member flags Jonas's post as defamatory, saying why.
  await actAs(page, 'priya.nair');
  const jonas = (await h.snapshot(page)).posts.find((p) => p.username === 'jonas.berg');
  const flags = (await h.items(page)).filter((i) => i.label === 'Flag' && i.role === 'button');
  const below = flags.filter((f) => f.y > 0).sort((a, b) => a.y - b.y);
  assert.ok(below.length >= 2, 'Flag buttons on the first posts');
  // Posts 1 (Maya's) and 2 (Jonas's) come first, each with Flag: Jonas's is the second.
  await page.mouse.click(below[1].x + below[1].w / 2, below[1].y + below[1].h / 2);
  await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('flag'));
  await h.clickItem(page, "It's defamatory", 'radio');
  await h.clickItem(page, 'Tell staff more', 'textarea');
  await page.keyboard.insertText('It names a colleague and accuses them of misconduct.');
  await page.waitForFunction(() => window.hearth.items().some((i) => i.label === 'Flag post' && i.enabled));
  await h.clickItem(page, 'Flag post', 'button');
  await page.waitForFunction(() => window.hearth.items().some((i) => i.label === 'Close'));
  await h.clickItem(page, 'Close', 'button');
  await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('flag'));
  // Staff remove it completely from the review queue.
  await actAs(page, 'tomas.admin');
  await page.evaluate(() => { location.hash = '#/review'; });
  await h.waitRoute(page, (r) => r === '#/review');
  await h.waitReady(page);
  await h.clickItem(page, 'Remove completely (defamatory)', 'button');
  await page.waitForFunction(() => !window.hearth.items().some((i) => i.label === 'Remove completely (defamatory)'));
  await page.evaluate((t) => { location.hash = t; }, TOPIC);
  await h.waitRoute(page, (r) => r.startsWith('#/t/'));
  await h.waitReady(page);
  // Removed completely: not even a placeholder, for staff too.
  await page.waitForFunction((id) => !window.hearth.snapshot().posts.some((p) => p.id === id), jonas.id);
  await actAs(page, 'priya.nair');
  assert.ok(!(await h.snapshot(page)).posts.some((p) => p.id === jonas.id), 'gone for members');
  const words = await page.evaluate(() => document.getElementById('hearth-a11y').innerText);
  assert.ok(!words.includes('I notice we have gone quiet'), 'the removed words are nowhere on the page');
  h.assertNotBlank(await h.screenshot(page, 'story-defamatory-removed'), 'removed');
  // Zofia already has two copyright strikes; staff take down a third post after a notice.
  await actAs(page, 'tomas.admin');
  await page.evaluate(() => { location.hash = '#/review'; });
  await h.waitRoute(page, (r) => r === '#/review');
  await h.waitReady(page);
  await h.clickItem(page, 'Take down (copyright) and record a strike', 'button');
  await page.waitForFunction(() => !window.hearth.items().some((i) => i.label === 'Take down (copyright) and record a strike'));
  // Zofia sees that she is suspended, and why.
  await actAs(page, 'zofia.kowalska');
  await page.waitForFunction(() => window.hearth.snapshot().banners.some((b) => b.kind === 'suspended'));
  const banner = (await h.snapshot(page)).banners.find((b) => b.kind === 'suspended');
  assert.match(banner.message, /suspended because .*copyright.* Suspended until \d+ \w+ \d{4}\./);
  h.assertNotBlank(await h.screenshot(page, 'story-copyright-suspended'), 'suspended');
  page.assertNoErrors();
  await page.context().close();
});
