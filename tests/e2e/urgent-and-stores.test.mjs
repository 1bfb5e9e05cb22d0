// urgent-and-stores.test.mjs — urgent advice looks urgent, and apps link to their stores (issue 22, parts 5 and 6).
// The heart-alert advice opens with "Call 999 if:" in a block of its own colour, before anything else, with 999 and
// 111 as numbers a phone can call; a search about an alert ranks it first and leaves out unrelated advice; an app
// the library listed in the stores links to the UK App Store and Google Play, by name, and never to another
// country's store; "Open website" only for a website.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, drawnAndIdle, typeLikePerson, phone, siteDir, root } from './harness.mjs';
import { decodePng } from './png.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const mainNodes = (page) => page.evaluate(() => [...document.querySelectorAll('#a11y-layer main [data-node]')].map((el) => ({
  tag: el.tagName, text: el.textContent, href: el.getAttribute('href'), target: el.getAttribute('target'),
  top: parseFloat(el.style.top), left: parseFloat(el.style.left), height: parseFloat(el.style.height),
})));

test('the heart-alert advice starts with "Call 999 if:" in red, with 999 and 111 as links a phone can call', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/wearables/heart-alerts', phone);
  await waitForState(page);
  await drawnAndIdle(page);
  const nodes = await mainNodes(page);
  const h1 = nodes.findIndex((n) => n.tag === 'H1');
  const urgent = nodes.findIndex((n) => /^H[2-6]$/.test(n.tag) && n.text === 'Call 999 if:');
  assert.ok(h1 >= 0 && urgent === h1 + 1, `"Call 999 if:" comes right after the page's heading (${nodes.slice(0, 6).map((n) => n.text)})`);
  const summary = nodes.findIndex((n) => n.text.startsWith('Chest pain, fainting'));
  const call999 = nodes.findIndex((n) => n.href === 'tel:999');
  const call111 = nodes.findIndex((n) => n.href === 'tel:111');
  assert.ok(call999 > urgent && call111 > call999, 'tel:999 and tel:111 are links in the urgent block');
  assert.ok(summary > call111, 'the rest of the advice follows the urgent block');
  assert.equal(nodes[call999].target, null, 'a phone call opens no new tab');

  // The band behind the heading is drawn in the urgent red (NHS emergency red, #d5281b), not the page's grey.
  const shot = decodePng(await page.screenshot());
  const ratio = 3, n = nodes[urgent];
  const canvasBox = await page.locator('canvas').first().boundingBox();
  const x = Math.round((canvasBox.x + n.left - 4) * ratio), y = Math.round((canvasBox.y + n.top + n.height / 2) * ratio);
  const i = (y * shot.width + x) * shot.channels;
  const [r, g, b] = [shot.pixels[i], shot.pixels[i + 1], shot.pixels[i + 2]];
  assert.ok(r > 180 && g < 80 && b < 80, `the band is red at the heading (${r},${g},${b})`);
  await page.screenshot({ path: path.join(root, 'build', 'test-artefacts', 'urgent-advice-390x844.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"my watch said irregular heart rhythm", typed at a person\'s pace, gives the urgent advice first and not "Will it work with your phone?"', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/wearables');
  await waitForState(page);
  await typeLikePerson(page, '#a11y-layer main input[type=search]', 'my watch said irregular heart rhythm');
  await page.waitForFunction(() => /found for “my watch said irregular heart rhythm”/.test((document.getElementById('a11y-live')?.textContent || '')));
  const advice = (await mainNodes(page)).filter((n) => n.href && n.href.startsWith('#/wearables/'));
  assert.equal(advice[0].href, '#/wearables/heart-alerts', `the urgent advice first (${advice.map((a) => a.text)})`);
  assert.ok(!advice.some((a) => a.href === '#/wearables/phone-compatibility'), 'no advice on phones');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the text page of the advice has the urgent box first, with tel: links for 999 and 111 only', () => {
  const html = fs.readFileSync(path.join(siteDir, 'wearables.html'), 'utf8');
  const box = html.indexOf('<div class="urgent">');
  assert.ok(box > 0, 'an urgent box');
  assert.ok(box < html.indexOf('Chest pain, fainting'), 'before the advice\'s summary');
  const tels = [...html.matchAll(/href="(tel:[^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(tels, ['tel:999', 'tel:111']);
});

test('an app links to the UK App Store and Google Play by name; no US store; "Open website" only for a website', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps/nhs-covid-19');
  await waitForState(page);
  await drawnAndIdle(page);
  let links = (await mainNodes(page)).filter((n) => n.href && /^https:/.test(n.href));
  const appStore = links.find((l) => l.text.startsWith('App Store (UK)'));
  const play = links.find((l) => l.text.startsWith('Google Play'));
  assert.match(appStore?.href || '', /^https:\/\/apps\.apple\.com\/gb\/app\/id1520427663$/);
  assert.equal(play?.href, 'https://play.google.com/store/apps/details?id=uk.nhs.covid19.production');
  assert.ok(!links.some((l) => /apple\.com\/us\//.test(l.href)), 'no US App Store link');
  assert.ok(!(await mainNodes(page)).some((n) => n.text === 'Open website'), 'no "Open website" for a store page');

  await page.goto(server.url + '#/apps/nhs-app');
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer main h1')].some((h) => h.textContent === 'NHS App'));
  await drawnAndIdle(page);
  links = (await mainNodes(page)).filter((n) => n.href && /^https:/.test(n.href));
  assert.ok(links.some((l) => l.text.startsWith('App Store (UK)') && /apps\.apple\.com\/gb\//.test(l.href)));
  assert.ok(!(await mainNodes(page)).some((n) => n.text === 'Open website'), 'the NHS App\'s iTunes page is not its website');

  await page.goto(server.url + '#/apps/calm-harm');
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer main h1')].some((h) => h.textContent === 'Calm Harm'));
  await drawnAndIdle(page);
  assert.ok((await mainNodes(page)).some((n) => n.text === 'Open website'), 'an app with a website of its own keeps "Open website"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no store link anywhere in the data is another country\'s', () => {
  const apps = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8')).apps;
  const withStores = apps.filter((a) => a.stores);
  assert.ok(withStores.length >= 30, `most apps have store links (${withStores.length})`);
  for (const a of apps) {
    for (const url of [a.url, a.stores?.app_store, a.stores?.google_play].filter(Boolean)) {
      assert.doesNotMatch(url, /apple\.com\/(?!gb\/)[a-z]{2}\//, `${a.id}: ${url}`);
      assert.doesNotMatch(url, /[?&]gl=(?!GB)/i, `${a.id}: ${url}`);
    }
    assert.doesNotMatch(a.url, /apple\.com|play\.google\.com/, `${a.id}: its website is not a store page`);
  }
});
