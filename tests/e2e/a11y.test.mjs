// a11y.test.mjs — the accessible layer: axe finds nothing on every route, Chromium's accessibility
// tree holds the headings, the labelled search box and the links, and the keyboard alone gets from
// a fresh page to an app's detail. The text pages, and index.html's own text version, pass axe too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { textPages, startServer, launch, openPage, waitForState, waitForIdle, typeLikePerson } from './harness.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Run through the DevTools protocol, which the page's own <meta> policy does not block (a <script> tag would be).
const axeSource = readFileSync(axePath, 'utf8');

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

const routes = ['#/programme', '#/programme?view=timeline', '#/programme?view=money', '#/trusts', '#/trusts?view=map', '#/trusts/RRK', '#/apps',
  '#/apps?q=asthma', '#/apps/mycopd', '#/wearables', '#/sources', '#/nowhere'];

for (const route of routes) {
  test(`axe finds no violations on ${route}`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + route);
    assert.equal(await waitForState(page), 'ready');
    await waitForIdle(page);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const name of textPages.filter((p) => p !== 'index.html')) {
  test(`axe finds no violations on the text page ${name}`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + name);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('axe finds no violations on the text version inside index.html', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  assert.equal(await waitForState(page), 'ready');
  await page.click('#a11y-layer button:has-text("Text-only version")', { force: true });
  await page.waitForFunction(() => !document.getElementById('static-content').hidden);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the accessibility tree has the headings, the labelled search box, the results and the links', async () => {
  const { page, context } = await openPage(browser, server.url + '#/apps?q=asthma');
  await waitForIdle(page);
  const snap = await page.locator('body').ariaSnapshot();
  assert.match(snap, /heading "Find a health app" \[level=1\]/);
  assert.match(snap, /searchbox "Search apps and advice by condition, topic or name"/);
  assert.match(snap, /link "myAsthma/);
  assert.match(snap, /navigation "Main"/);
  assert.match(snap, /link "Apps"/);
  // The same, straight from Chromium's own tree (what a screen reader gets).
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value);
  assert.ok(named('heading').includes('Find a health app'));
  assert.ok(named('searchbox').some((n) => n.startsWith('Search apps and advice')));
  assert.ok(named('link').some((n) => n.startsWith('myAsthma')));
  await context.close();
});

test('a search announces its result count politely', async () => {
  const { page, context } = await openPage(browser, server.url + '#/apps?q=asthma');
  await waitForState(page);
  await page.waitForFunction(() => /apps? found for “asthma”/.test(document.getElementById('a11y-live').textContent));
  assert.equal(await page.getAttribute('#a11y-live', 'aria-live'), 'polite');
  await context.close();
});

test('the keyboard alone reaches the search box, searches and opens the first result', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps');
  await waitForState(page);
  const active = () => page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a.tagName, type: a.getAttribute('type'), href: a.getAttribute('href'), text: a.textContent };
  });
  let el;
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    el = await active();
    if (el.tag === 'INPUT') break;
  }
  assert.equal(el.type, 'search', 'Tab reaches the search box');
  await typeLikePerson(page, '#a11y-layer input[type=search]', 'asthma', { reach: false });   // Tab reached it
  await page.waitForFunction(() => window.location.hash.includes('q=asthma'));
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    el = await active();
    if (el.tag === 'A' && el.href && el.href.startsWith('#/apps/')) break;
  }
  assert.ok(el.href && el.href.startsWith('#/apps/'), 'Tab reaches a result');
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => window.location.hash === h, el.href);
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H1');
  assert.match(await page.title(), /Digital Exemplars & Apps Finder/);
  assert.deepEqual(errors, []);
  await context.close();
});
