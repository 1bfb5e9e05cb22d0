// targets.test.mjs — on a phone (390×844) every control and every link that stands alone is at least 44×44 CSS px,
// the size of a fingertip (issue 22). The accessible layer has one element per drawn item, placed over it, so its
// boxes are the targets: each link, button, tab, chip and search box of every screen is measured. Links inside
// running text would be excepted, but the app draws none (each link is an item of its own: a link alone on its
// line, a list of links, a chip, a button), so none is excepted here. A map's dots, which stand in a map too dense
// for 44 px each, are measured against WCAG 2.5.8's 24 px instead, and listed apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, waitForState, waitForIdle, phone, asset } from './harness.mjs';

const least = 44;
const dotLeast = 24;
const firstApp = asset('apps.json').apps[0].id;
const firstTopic = asset('wearables.json').topics[0].id;
const firstTrust = asset('trusts.json').trusts[0].ods_code;
const routes = ['#/programme', '#/programme?view=timeline', '#/trusts', '#/trusts?view=map', `#/trusts/${firstTrust}`,
  '#/apps', `#/apps/${firstApp}`, '#/wearables', `#/wearables/${firstTopic}`, '#/sources', '#/search?q=heart'];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Every control of the layer with its box: links, buttons, tabs (links in the nav), chips and search boxes.
// A dot is a link whose box lies inside the trusts' map (the image "Map of the UK showing …").
const controls = () => {
  const map = document.querySelector('#a11y-layer [role=img][aria-label^="Map of the UK showing"]')?.getBoundingClientRect();
  const inMap = (r) => !!map && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
  return [...document.querySelectorAll('#a11y-layer a, #a11y-layer button, #a11y-layer input')].map((el) => {
    const r = el.getBoundingClientRect();
    return { route: location.hash, text: (el.textContent || el.getAttribute('aria-label') || '').slice(0, 60),
      w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10, dot: el.tagName === 'A' && inMap(r) };
  });
};

// On 2026-12-07, before the fix, it listed 151: the Sources page's 132 links (22 px tall), the sub-navigation's
// current link (Overview, Timeline, Table, Map: 22 px), "Open website" (38 px) and the figure cards' "Sources (n)"
// (0 px tall: a card scrolled out of view gave its items the box of the item before it).
test(`at 390×844 every control and standalone link of every screen is at least ${least}×${least} CSS px`, async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme', phone);
  await waitForState(page);
  const small = [], measured = [];
  const check = async () => {
    await waitForIdle(page);
    for (const c of await page.evaluate(controls)) {
      measured.push(c);
      if (c.w < least || c.h < least) small.push(c);
    }
  };
  for (const route of routes) {
    await page.evaluate((r) => { window.location.hash = r; }, route);
    await page.waitForFunction((r) => window.location.hash === r && document.querySelector('#a11y-layer h1'), route);
    await check();
  }
  // The phone's menu, open: its tabs, its search box and its two links.
  await page.evaluate(() => { window.location.hash = '#/programme'; });
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')].some((b) => b.textContent === 'Menu'));
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === 'Menu').click());
  await page.waitForSelector('#a11y-layer nav a[href="#/trusts"]', { state: 'attached' });
  await check();

  assert.ok(measured.length > 100, `controls measured: ${measured.length}`);
  const dots = small.filter((c) => c.dot && c.w >= dotLeast && c.h >= dotLeast);
  const tooSmall = small.filter((c) => !dots.includes(c));
  const list = (cs) => cs.map((c) => `${c.route} “${c.text}” ${c.w}×${c.h}`).join('\n');
  assert.equal(tooSmall.length, 0, `controls under ${least}×${least} CSS px:\n${list(tooSmall)}`);
  assert.deepEqual(errors, []);
  await context.close();
});
