// content-accuracy.test.mjs — what the content corrections show a visitor, in the app and on the text page:
// an app with no badge recorded reads "not known" (and so does the filter), an app that closed says so on
// its card and its page, an app with no known address says "not known" instead of linking elsewhere, and
// no app's own link is the closed library's front page. Counts and names come from assets/apps.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, root } from './harness.mjs';

const { apps } = JSON.parse(readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8'));
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const humanDate = (d) => { const [y, m, day] = d.split('-'); return [day && String(Number(day)), m && months[Number(m) - 1], y].filter(Boolean).join(' '); };
const libraryFrontPage = /^https?:\/\/(www\.)?nhs\.uk\/apps-library\/?$/;

const unbadged = apps.filter((a) => a.badge === '');
const closed = apps.filter((a) => a.closed);
const noAddress = apps.filter((a) => a.url === '');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// The texts of the accessible layer's leaf elements (buttons by their text, links by their name), with the
// no-break space the app puts after a day ("27 April") read as a space.
const plain = (t) => t.replace(/\u00a0/g, ' ');
const layerTexts = async (page) =>
  (await page.$$eval('#a11y-layer main *', (es) => es.filter((e) => e.children.length === 0).map((e) => e.textContent))).map(plain);

async function go(page, hash, ready, arg) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForFunction(ready, arg, { timeout: 10000 });
}

test('the data has what these checks need', () => {
  assert.ok(unbadged.length > 0 && closed.length > 0 && noAddress.length > 0,
    `unbadged ${unbadged.length}, closed ${closed.length}, no address ${noAddress.length}`);
});

test('no badge recorded reads "not known", in the filter and on an app\'s page', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps?badge=none');
  assert.equal(await waitForState(page), 'ready');
  const chip = `Not known, ${unbadged.length} app${unbadged.length === 1 ? '' : 's'}`;
  await page.waitForFunction((c) => [...document.querySelectorAll('#a11y-layer button')].some((b) => b.textContent === c), chip, { timeout: 10000 });
  const texts = await layerTexts(page);
  const label = texts.indexOf('NHS label (April 2017)');
  assert.ok(label >= 0, 'the badge filter is titled with the date of the labels');
  assert.ok(texts.indexOf(chip, label) > label, `"${chip}" follows the badge filter's title`);
  assert.ok(texts.includes(`${unbadged.length} app${unbadged.length === 1 ? '' : 's'} found with the filters chosen`));
  assert.ok(!texts.some((t) => /no nhs label|none recorded/i.test(t)), 'nothing claims the app has no label');

  const a = unbadged[0];
  await go(page, `#/apps/${a.id}`, (name) => [...document.querySelectorAll('#a11y-layer h1')].some((h) => h.textContent === name), a.name);
  const detail = await layerTexts(page);
  assert.equal(detail[detail.indexOf('NHS label (April 2017)') + 1], 'not known');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an app that closed says so on its card and on its page', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps');
  assert.equal(await waitForState(page), 'ready');
  for (const a of closed) {
    const when = humanDate(a.closed);
    await go(page, `#/apps?q=${encodeURIComponent(a.name)}`,
      (name) => [...document.querySelectorAll('#a11y-layer a')].some((l) => l.textContent.startsWith(name + '.')), a.name);
    const card = await page.$$eval('#a11y-layer a', (ls, name) => ls.map((l) => l.textContent).find((t) => t.startsWith(name + '.')), a.name);
    assert.ok(plain(card).includes(`Closed ${when}`), `card of ${a.id}: ${card}`);

    await go(page, `#/apps/${a.id}`, (name) => [...document.querySelectorAll('#a11y-layer h1')].some((h) => h.textContent === name), a.name);
    assert.ok((await layerTexts(page)).includes(`This app closed on ${when}.`), `page of ${a.id}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('an app with no known address says "not known" and offers no link', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps');
  assert.equal(await waitForState(page), 'ready');
  for (const a of noAddress) {
    await go(page, `#/apps/${a.id}`, (name) => [...document.querySelectorAll('#a11y-layer h1')].some((h) => h.textContent === name), a.name);
    const texts = await layerTexts(page);
    assert.equal(texts[texts.indexOf('Website') + 1], 'not known', a.id);
    assert.ok(!texts.includes('Open website'), `${a.id} has no "Open website" button`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the text page shows the same: closed apps, unknown addresses and labels, and no link to the closed library as an app', async () => {
  const { page, context } = await openPage(browser, server.url + 'apps.html', { javaScriptEnabled: false });
  await page.waitForSelector(`#app-${apps[apps.length - 1].id}`);
  for (const a of apps) {
    const section = await page.evaluate((id) => {
      const h = document.getElementById(`app-${id}`);
      const parts = [];
      for (let n = h.nextElementSibling; n && n.tagName !== 'H2'; n = n.nextElementSibling) parts.push(n);
      return {
        text: parts.map((n) => n.textContent.replace(/\u00a0/g, ' ')).join('\n'),
        links: parts.flatMap((n) => [...n.querySelectorAll('a')]).filter((l) => l.textContent === 'Open website').map((l) => l.href),
      };
    }, a.id);
    assert.equal(section.text.includes(`This app closed on ${humanDate(a.closed ?? '')}.`), Boolean(a.closed), `${a.id}: closed note`);
    assert.equal(section.text.includes('Website: not known'), a.url === '', `${a.id}: unknown address`);
    if (a.badge === '') assert.match(section.text, /NHS label \(April 2017\)\s*not known/, `${a.id}: label`);
    for (const href of section.links) assert.doesNotMatch(href, libraryFrontPage, `${a.id} links to the closed library`);
    assert.equal(section.links.length, a.url === '' ? 0 : 1, `${a.id}: one link to the app, or none`);
  }
  await context.close();
});
