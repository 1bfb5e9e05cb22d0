// nojs.test.mjs — with JavaScript off, the built page still holds the whole content as HTML: every trust,
// app and piece of advice can be read, headings give it structure, and every link can be followed.
// Needs build/site/index.html written by `appfinder-cli html --shell shell.html build/site/index.html`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, launch, openPage, artefact } from './harness.mjs';

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

test('without JavaScript the text version is shown, not an empty canvas', async () => {
  assert.equal(await page.isVisible('#static-content'), true);
  assert.equal(await page.isVisible('#canvas'), false);
  assert.equal(await page.isVisible('.loading-note'), true);
  assert.ok(await page.isVisible('section#trusts'),
    'build/site/index.html has no generated content: run appfinder-cli html --shell shell.html build/site/index.html');
  await page.screenshot({ path: artefact('nojs-top.png') });
});

test('every trust, app and wearable topic can be read', async () => {
  const text = await page.innerText('#static-content');
  assert.ok(trusts.length > 0 && apps.length > 0 && wearables.topics.length > 0);
  for (const t of trusts) assert.ok(text.includes(t.official_name), `trust ${t.ods_code}: ${t.official_name}`);
  for (const a of apps) assert.ok(text.includes(a.name), `app ${a.id}: ${a.name}`);
  for (const w of wearables.topics) assert.ok(text.includes(w.title), `topic ${w.id}: ${w.title}`);
  for (const c of wearables.checklist) assert.ok(text.includes(c.text), `checklist: ${c.text}`);
  assert.match(text, /closed in 2021/, 'the apps listing says the library has closed');
  await page.locator('#trust-' + trusts[0].ods_code).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artefact('nojs-trust.png') });
});

test('headings give the page its structure: one h1, an h2 per section, h3s below', async () => {
  assert.equal(await page.locator('h1').count(), 1);
  const sections = await page.$$eval('#static-content section', (els) => els.map((s) => [s.id, s.querySelector(':scope > h2') !== null]));
  assert.deepEqual(sections, ['programme', 'timeline', 'trusts', 'apps', 'wearables', 'sources'].map((id) => [id, true]));
  const levels = await page.$$eval('#static-content h1, #static-content h2, #static-content h3', (hs) => hs.map((h) => Number(h.tagName[1])));
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i] <= levels[i - 1] + 1, `heading ${i} skips a level`);
  assert.equal(await page.locator('nav[aria-label="Sections"] a').count(), 6);
});

test('every link can be followed: in-page links have targets, outside links are safe', async () => {
  const links = await page.$$eval('#static-content a', (as) => as.map((a) => ({
    href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target'),
    found: a.getAttribute('href').startsWith('#') ? document.getElementById(a.getAttribute('href').slice(1)) !== null : null,
  })));
  assert.ok(links.length > apps.length + trusts.length);
  for (const l of links) {
    if (l.href.startsWith('#')) { assert.equal(l.found, true, `no element for ${l.href}`); continue; }
    assert.match(l.href, /^(https?:|mailto:)/i, l.href);
    assert.equal(l.rel, 'noopener noreferrer', l.href);
    assert.equal(l.target, '_blank', l.href);
  }
  const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('following an in-page link to a trust shows it', async () => {
  await page.click(`a[href="#trust-${trusts[0].ods_code}"]`);
  assert.equal(new URL(page.url()).hash, `#trust-${trusts[0].ods_code}`);
  assert.equal(await page.locator(`#trust-${trusts[0].ods_code}`).isVisible(), true);
});

test('the page loads with no console errors', () => {
  assert.deepEqual(errors, []);
});
