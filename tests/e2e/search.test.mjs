// search.test.mjs — a visitor searches for apps: types, sees the results change, filters, opens an
// app and comes back to the same results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, waitForState, asset, artefact, typeLikePerson } from './harness.mjs';

const appCount = asset('apps.json').apps.length;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const resultLinks = (page) => page.$$eval('#a11y-layer a[href^="#/apps/"]', (as) => as.map((a) => a.getAttribute('href')));
const liveText = (page) => page.textContent('#a11y-live');

test('typing a query changes the results, and a detail opens and goes back', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  await page.evaluate(() => { window.location.hash = '#/apps'; });
  // Opening the Apps screen puts the focus on its heading; the search box is the next stop.
  await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H1');
  await page.focus('#a11y-layer input[type=search]');
  const all = await resultLinks(page);
  assert.ok(all.length >= appCount, `all ${appCount} apps listed before typing (${all.length})`);
  await typeLikePerson(page, '#a11y-layer input[type=search]', 'diabetis', { reach: false });   // misspelt on purpose
  await page.waitForFunction(() => window.location.hash === '#/apps?q=diabetis');
  await page.waitForFunction(() => /apps? found for “diabetis”/.test(document.getElementById('a11y-live').textContent));
  const found = await resultLinks(page);
  assert.ok(found.length > 0 && found.length < all.length, `${found.length} results`);
  assert.ok(found.includes('#/apps/mydiabetes'), 'myDiabetes is among the results');
  assert.match(await liveText(page), /^\d+ apps? found for “diabetis”/);
  await page.screenshot({ path: artefact('search-diabetis.png') });
  // Narrow with a filter chip.
  const chip = await page.$('#a11y-layer button[aria-pressed="false"]');
  assert.ok(chip, 'a filter chip');
  await chip.click({ force: true });
  await page.waitForFunction(() => window.location.hash.includes('&category='));
  assert.equal(await page.getAttribute('#a11y-layer button[aria-pressed="true"]', 'aria-pressed'), 'true');
  const filteredHash = await page.evaluate(() => window.location.hash);
  // Open the first result, then go back to the same results.
  const first = (await resultLinks(page))[0];
  await page.click(`#a11y-layer a[href="${first}"]`, { force: true });
  await page.waitForFunction((h) => window.location.hash === h, first);
  await page.goBack();
  await page.waitForFunction((h) => window.location.hash === h, filteredHash);
  assert.equal(await page.inputValue('#a11y-layer input[type=search]'), 'diabetis');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search with no results says what to try instead', async () => {
  const { page, context } = await openPage(browser, server.url + '#/apps?q=zzzqqq');
  await waitForState(page);
  await page.waitForFunction(() => /0 apps found/.test(document.getElementById('a11y-layer').textContent));
  assert.match(await page.textContent('#a11y-layer'), /Try fewer words/);
  assert.ok((await page.$$('#a11y-layer a[href^="#/apps?category="]')).length > 5, 'topics to browse instead');
  await context.close();
});

test('without WebGL the text version stays, with a note', async () => {
  const noGl = await (await import('./harness.mjs')).launch(['--disable-webgl', '--disable-webgl2']);
  const { page, context } = await openPage(noGl, server.url);
  assert.equal(await waitForState(page, 'error'), 'error');
  assert.equal(await page.isVisible('#static-content'), true);
  assert.match(await page.textContent('#app-message'), /WebGL/);
  assert.match(await page.textContent('#static-content'), /Global Digital Exemplar/);
  assert.equal(await page.isVisible('#static-content nav a[href="apps.html"]'), true, 'the apps are a link away');
  await context.close();
  await noGl.close();
});

test('on the Programme the text-only version is the text under the canvas, and the app one click back', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  await page.click('#a11y-layer button:has-text("Text-only version")', { force: true });
  await page.waitForFunction(() => !document.getElementById('static-content').hidden);
  assert.equal(new URL(page.url()).pathname, '/', 'still the same page');
  assert.equal(await page.isVisible('#canvas'), false);
  assert.equal(await page.isVisible('section#programme'), true);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await page.click('#back-to-app-link');
  await page.waitForFunction(() => document.getElementById('static-content').hidden);
  assert.equal(await page.isVisible('#canvas'), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on other screens the text-only version is their text page, at the entry shown, and "Interactive version" comes back', async () => {
  const cases = [
    { route: '#/trusts/RRK', page: '/trusts.html', hash: '#trust-RRK', h1: 'Exemplars and fast followers', back: '#/trusts', title: /^Exemplars and fast followers/ },
    { route: '#/apps/mycopd', page: '/apps.html', hash: '#app-mycopd', h1: 'Health apps', back: '#/apps', title: /^Apps/ },
    { route: '#/wearables/accuracy', page: '/wearables.html', hash: '#wearable-accuracy', h1: 'Wearables and health apps', back: '#/wearables' },
    { route: '#/apps?q=asthma', page: '/apps.html', hash: '', h1: 'Health apps', back: '#/apps' },
    { route: '#/programme?view=timeline', page: '/timeline.html', hash: '', h1: 'Timeline', back: '#/programme?view=timeline' },
    { route: '#/sources', page: '/sources.html', hash: '', h1: 'Sources', back: '#/sources' },
  ];
  for (const c of cases) {
    const { page, context, errors } = await openPage(browser, server.url + c.route);
    assert.equal(await waitForState(page), 'ready', c.route);
    await page.click('#a11y-layer button:has-text("Text-only version")', { force: true });
    await page.waitForURL((u) => u.pathname === c.page);
    assert.equal(new URL(page.url()).hash, c.hash, c.route);
    assert.equal(await page.textContent('h1'), c.h1);
    if (c.hash) {
      assert.ok(await page.locator(c.hash).evaluate((e) => { const r = e.getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight; }),
        `${c.route}: ${c.hash} is in view`);
    }
    if (c.route === cases[0].route) await page.screenshot({ path: artefact('text-page-trust.png') });
    await page.getByRole('link', { name: 'Interactive version' }).click();
    await page.waitForURL((u) => u.pathname === '/index.html' && u.hash === c.back);
    assert.equal(await waitForState(page), 'ready', `${c.route}: back in the app`);
    if (c.title) assert.match(await page.title(), c.title);
    assert.deepEqual(errors, [], c.route);
    await context.close();
  }
});
