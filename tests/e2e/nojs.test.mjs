// nojs.test.mjs — with JavaScript off, the built site is a small text site: index.html holds the Programme and
// one page each holds the timeline, the trusts, the apps, the wearables advice and the sources. Every trust, app and
// piece of advice can be read, headings give each page its structure, and every link can be followed.
// Needs the pages written by `appfinder-cli html --shell shell.html build/site` (tools/build.sh).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, textPages, startServer, launch, openPage, artefact } from './harness.mjs';

const asset = (name) => JSON.parse(readFileSync(path.join(root, 'assets', name), 'utf8'));
const trusts = asset('trusts.json').trusts;
const apps = asset('apps.json').apps;
const wearables = asset('wearables.json');

let server, browser, page, context, errors;
before(async () => {
  server = await startServer();
  browser = await launch();
  ({ page, context, errors } = await openPage(browser, server.url, { javaScriptEnabled: false }));
});
after(async () => { await context?.close(); await browser?.close(); server?.stop(); });

// Waits until the network is quiet, so the next page does not abort this one's late requests (the icon).
const open = async (name) => { await page.goto(server.url + name, { waitUntil: 'networkidle' }); };

test('without JavaScript index.html shows the Programme as text, not an empty canvas', async () => {
  await open('');
  assert.equal(await page.isVisible('#static-content'), true);
  assert.equal(await page.isVisible('#canvas'), false);
  assert.equal(await page.isVisible('.loading-note'), true);
  assert.ok(await page.isVisible('section#programme'),
    'build/site/index.html has no generated content: run appfinder-cli html --shell shell.html build/site');
  assert.equal(await page.locator('#static-content section').count(), 1, 'only the Programme is on index.html');
  await page.screenshot({ path: artefact('nojs-top.png') });
});

test('every trust, app and wearable topic can be read, each on its page', async () => {
  assert.ok(trusts.length > 0 && apps.length > 0 && wearables.topics.length > 0);
  await open('trusts.html');
  let text = await page.innerText('main');
  for (const t of trusts) assert.ok(text.includes(t.official_name), `trust ${t.ods_code}: ${t.official_name}`);
  await page.locator('#trust-' + trusts[0].ods_code).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artefact('nojs-trust.png') });
  await open('apps.html');
  text = await page.innerText('main');
  for (const a of apps) assert.ok(text.includes(a.name), `app ${a.id}: ${a.name}`);
  assert.match(text, /closed in 2021/, 'the apps listing says the library has closed');
  await open('wearables.html');
  text = await page.innerText('main');
  for (const w of wearables.topics) assert.ok(text.includes(w.title), `topic ${w.id}: ${w.title}`);
  for (const c of wearables.checklist) assert.ok(text.includes(c.text), `checklist: ${c.text}`);
});

test('each page has a title, one h1, one main, a nav that marks it, and headings that never skip a level', async () => {
  for (const name of textPages) {
    await open(name);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', name);
    assert.match(await page.title(), /Digital Exemplars & Apps Finder$/, name);
    assert.equal(await page.locator('h1').count(), 1, name);
    assert.equal(await page.locator('main').count(), 1, name);
    assert.deepEqual(await page.$$eval('nav[aria-label="Sections"] a', (as) => as.map((a) => a.getAttribute('href'))), textPages, name);
    assert.deepEqual(await page.$$eval('[aria-current="page"]', (as) => as.map((a) => a.getAttribute('href'))), [name], name);
    const levels = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(levels[0], 1, `${name}: the h1 comes first`);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `${name}: heading ${i} skips a level`);
    if (name === 'index.html') continue;
    assert.equal(await page.locator('script').count(), 0, `${name} has no scripts`);
    const back = page.getByRole('link', { name: 'Interactive version' });
    assert.match(await back.getAttribute('href'), /^index\.html#\/(programme\?view=(timeline|money)|trusts|apps|wearables|sources)$/, name);
  }
});

test('every link can be followed: links between the pages land on an element, outside links are safe', async () => {
  const ids = {};
  const links = [];
  for (const name of textPages) {
    await open(name);
    ids[name] = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    assert.equal(new Set(ids[name]).size, ids[name].length, `${name}: ids are unique`);
    links.push(...(await page.$$eval('#static-content a', (as) => as.map((a) => ({
      href: a.getAttribute('href'), url: a.href, rel: a.getAttribute('rel'), target: a.getAttribute('target') })))).map((l) => ({ ...l, from: name })));
  }
  assert.ok(links.length > apps.length + trusts.length);
  let between = 0;
  for (const l of links) {
    if (/^(https?:|mailto:)/i.test(l.href)) {
      assert.equal(l.rel, 'noopener noreferrer', l.href);
      assert.equal(l.target, '_blank', l.href);
      continue;
    }
    if (/^tel:/i.test(l.href)) {   // urgent advice: the only numbers the link rule allows, calling opens no tab
      assert.match(l.href, /^tel:(999|111)$/, `${l.from}: ${l.href}`);
      continue;
    }
    const url = new URL(l.url);
    assert.equal(url.origin, new URL(server.url).origin, `${l.from}: ${l.href}`);
    const file = url.pathname.slice(1) || 'index.html';
    assert.ok(textPages.includes(file), `${l.from}: ${l.href} is not a page of the site`);
    if (file !== l.from) between++;
    if (url.hash.startsWith('#/')) continue;         // a screen of the app: index.html starts it
    if (url.hash) assert.ok(ids[file].includes(decodeURIComponent(url.hash.slice(1))), `${l.from}: no element for ${l.href}`);
  }
  assert.ok(between >= textPages.length * (textPages.length - 1), `${between} links between pages`);
  const served = await Promise.all(textPages.map((p) => fetch(server.url + p).then((r) => r.status)));
  assert.deepEqual(served, textPages.map(() => 200));
});

test('following the nav to the trusts and a link to a trust shows it', async () => {
  await open('');
  await page.click('nav[aria-label="Sections"] a[href="trusts.html"]');
  assert.equal(new URL(page.url()).pathname, '/trusts.html');
  const id = `trust-${trusts[0].ods_code}`;
  await page.click(`main a[href="#${id}"]`);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, `/trusts.html#${id}`);
  assert.equal(await page.locator(`#${id}`).isVisible(), true);
  assert.ok(await page.locator(`#${id}`).evaluate((e) => { const r = e.getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight; }),
    'the trust is scrolled into view');
});

test('the pages load with no console errors', () => {
  assert.deepEqual(errors, []);
});
