// Every screen, at phone (390x844) and desktop (1440x900) sizes, in the light and the dark
// theme: each is reached as a member would (address bar or clicks), must draw something, and is
// saved to build/e2e-screenshots for a person to look at.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('assert');
const h = require('./lib/harness.js');

let site, browser;
before(async () => { site = await h.startSite(); browser = await h.launchBrowser(); });
after(async () => { await browser?.close(); site?.server.close(); });

const ROUTES = [
  ['latest', '#/latest'],
  ['category', '#/c/clinical-practice/2'],
  ['topic', '#/t/working-with-silence-in-the-first-sessions/2'],
  ['search', '#/search?q=silence'],
  ['member', '#/u/priya.nair'],
  ['own-profile', '#/u/maya.okafor'],
  // A post hidden after two administrators flagged it: a member sees the placeholder.
  ['topic-hidden-member', '#/t/is-it-time-we-stopped-pretending-all-modalities-are-equal/27'],
  ['notifications', '#/notifications'],
  ['messages', '#/messages'],
  ['profile-editor', '#/my/profile'],
  ['preferences', '#/my/preferences'],
  ['blocked', '#/my/blocked'],
  ['guidelines', '#/guidelines'],
  ['evidence', '#/my/evidence'],
  ['not-found', '#/no/such/page'],
];

async function openAt(viewport, scheme, options = {}) {
  const page = await h.newPage(browser, viewport, { colorScheme: scheme, ...options });
  await page.goto(site.url + '#/latest');
  await h.waitReady(page);
  return page;
}

// Both builds draw every frame with the same code; the screenshots of every screen are taken in
// the threaded run (scripts/test runs the single-threaded one beside it, where the stories cover
// each screen in use).
const once = h.BUILD === 'threaded' ? false
  : 'every screen is photographed once a run, in the threaded build (both builds draw the same frames)';

for (const [size, viewport] of [['phone', h.PHONE], ['desktop', h.DESKTOP]]) {
  for (const scheme of ['light', 'dark']) {
    test(`screens: every screen at ${size} size, ${scheme}`, { skip: once }, async () => {
      const page = await openAt(viewport, scheme, size === 'phone' ? { hasTouch: true, isMobile: true } : {});
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-consent`), 'consent');
      await h.acceptConsent(page);
      for (const [name, route] of ROUTES) {
        await page.evaluate((r) => { location.hash = r; }, route);
        await h.waitRoute(page, (r) => r !== '', 15000);
        await page.waitForFunction((r) => window.hearth.route().startsWith(r.split('?')[0]) || r.startsWith('#/no/'), route);
        await h.waitReady(page);
        h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-${name}`), name);
      }
      // Dialogs and sheets, opened with the mouse as a member would.
      await page.evaluate(() => { location.hash = '#/t/working-with-silence-in-the-first-sessions/2'; });
      await h.waitRoute(page, (r) => r.startsWith('#/t/'));
      await h.clickItem(page, 'Flag', 'button');
      await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('flag'));
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-flag-dialog`), 'flag dialog');
      await h.clickItem(page, 'Cancel', 'button');
      await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('flag'));
      await h.clickItem(page, 'Report', 'button');
      await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('report'));
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-report-dialog`), 'report dialog');
      await h.clickItem(page, 'Cancel', 'button');
      await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('report'));
      await h.clickItem(page, 'Reply', 'button');
      await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('composer'));
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-composer`), 'composer');
      await h.clickItem(page, 'Discard', 'button');
      await page.waitForFunction(() => !window.hearth.snapshot().dialogs.includes('composer'));
      // The review queue, as an administrator.
      await h.clickItem(page, 'Acting as maya.okafor', 'button');
      await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('member_menu'));
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-member-menu`), 'member menu');
      await h.clickItem(page, 'Act as tomas.admin', 'menuitem');
      await page.waitForFunction(() => window.hearth.snapshot().user?.username === 'tomas.admin');
      await page.evaluate(() => { location.hash = '#/review'; });
      await h.waitRoute(page, (r) => r === '#/review');
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-review`), 'review queue');
      // The hidden post as staff see it (dimmed, behind "View hidden content") and as its author.
      await page.evaluate(() => { location.hash = '#/t/is-it-time-we-stopped-pretending-all-modalities-are-equal/27'; });
      await h.waitRoute(page, (r) => r.startsWith('#/t/'));
      await h.waitReady(page);
      await h.clickItem(page, 'View hidden content', 'link');
      await page.waitForFunction(() => !window.hearth.items().some((i) => i.label === 'View hidden content'));
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-topic-hidden-staff`), 'hidden post, staff');
      await h.clickItem(page, 'Acting as tomas.admin', 'button');
      await page.waitForFunction(() => window.hearth.snapshot().dialogs.includes('member_menu'));
      await h.clickItem(page, 'Act as idris.haddad', 'menuitem');
      await page.waitForFunction(() => window.hearth.snapshot().user?.username === 'idris.haddad');
      await h.waitReady(page);
      await h.scrollToItem(page, 'Edit', 'button');
      await h.waitReady(page);
      h.assertNotBlank(await h.screenshot(page, `screen-${size}-${scheme}-topic-hidden-author`), 'hidden post, author');
      page.assertNoErrors();
      await page.context().close();
    });
  }
}
