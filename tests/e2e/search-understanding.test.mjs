// search-understanding.test.mjs — a visitor types a platform into the search ("diabetes android"): the app
// reads it as a filter, shows it as a removable chip, and the address holds both the words and the filter;
// removing the chip gives the wider results back. Expectations come from assets/apps.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, artefact, root, typeLikePerson } from './harness.mjs';

const apps = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8')).apps;
const appById = new Map(apps.map((a) => [a.id, a]));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const resultIds = (page) => page.$$eval('#a11y-layer a[href^="#/apps/"]', (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').slice('#/apps/'.length))));
const chipSelector = (label) => `#a11y-layer button:text-is("Remove the filter ${label}")`;
const announced = (page) => page.textContent('#a11y-live');
const countOf = (text) => Number(/^(\d+) apps? found/.exec(text)?.[1]);

async function typeQuery(page, text) {
  await typeLikePerson(page, '#a11y-layer input[type=search]', text);
}

test('typing "diabetes android" shows the Android chip and diabetes apps; removing the chip keeps them and drops the filter', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  await page.evaluate(() => { window.location.hash = '#/apps'; });
  await typeQuery(page, 'diabetes android');

  // The address holds the words and the filter the words named, and the chip says so.
  await page.waitForFunction(() => window.location.hash === '#/apps?q=diabetes%20android&platform=android');
  await page.waitForSelector(chipSelector('Android'), { state: 'attached' });
  await page.waitForFunction(() => /apps? found for “diabetes android”/.test(document.getElementById('a11y-live').textContent));
  const filtered = await resultIds(page);
  assert.ok(filtered.includes('mydiabetes'), `myDiabetes is among the results (${filtered.join(', ')})`);
  for (const id of filtered) {
    assert.ok(appById.get(id).platforms.includes('android'), `${id} runs on Android`);
  }
  assert.equal(countOf(await announced(page)), filtered.length, 'the count announced is the number of results');
  await page.screenshot({ path: artefact('search-diabetes-android.png') });

  // Removing the chip removes the filter and the word that named it: the results can only widen.
  await page.click(chipSelector('Android'), { force: true });
  await page.waitForFunction(() => window.location.hash === '#/apps?q=diabetes');
  await page.waitForFunction(() => /apps? found for “diabetes”/.test(document.getElementById('a11y-live').textContent));
  assert.equal(await page.$(chipSelector('Android')), null, 'the chip is gone');
  assert.equal(await page.inputValue('#a11y-layer input[type=search]'), 'diabetes');
  const widened = await resultIds(page);
  for (const id of filtered) assert.ok(widened.includes(id), `${id} is still there without the filter`);
  // Every diabetes app in the data that is not on Android now shows too.
  const diabetesNotAndroid = apps.filter((a) => a.categories.includes('diabetes') && !a.platforms.includes('android'));
  for (const a of diabetesNotAndroid) assert.ok(widened.includes(a.id), `${a.id} is back`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a platform chip removed from a query with apps on other platforms gives strictly more results', async () => {
  // Chosen from the data: the mental health apps that are not on iOS must come back once the chip goes.
  const notIos = apps.filter((a) => a.categories.includes('mental-health') && !a.platforms.includes('ios'));
  assert.ok(notIos.length > 0, 'the data has mental health apps that are not on iOS');
  const { page, context, errors } = await openPage(browser, server.url + '#/apps?q=mental%20health%20on%20iphone');
  await waitForState(page);
  await page.waitForSelector(chipSelector('iOS'), { state: 'attached' });
  await page.waitForFunction(() => /apps? found for “mental health on iphone”/.test(document.getElementById('a11y-live').textContent));
  const onIos = await resultIds(page);
  for (const id of onIos) assert.ok(appById.get(id).platforms.includes('ios'), `${id} runs on iOS`);
  for (const a of notIos) assert.ok(!onIos.includes(a.id), `${a.id} is left out while the iOS filter is on`);

  await page.click(chipSelector('iOS'), { force: true });
  await page.waitForFunction(() => window.location.hash === '#/apps?q=mental%20health');
  await page.waitForFunction(() => /apps? found for “mental health”/.test(document.getElementById('a11y-live').textContent));
  const all = await resultIds(page);
  assert.ok(all.length > onIos.length, `${all.length} results without the filter, ${onIos.length} with it`);
  for (const a of notIos) assert.ok(all.includes(a.id), `${a.id} is back`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"free" says how many apps have no cost recorded and offers them', async () => {
  const noCost = apps.filter((a) => a.cost === '' && a.categories.includes('mental-health'));
  assert.ok(noCost.length > 0, 'the data has mental health apps with no cost recorded');
  const { page, context, errors } = await openPage(browser, server.url + '#/apps?q=free%20mental%20health');
  await waitForState(page);
  await page.waitForSelector(chipSelector('Free'), { state: 'attached' });
  const link = await page.waitForSelector('#a11y-layer a:has-text("with no cost recorded")', { state: 'attached' });
  const offered = Number(/Show the (\d+) with no cost recorded/.exec(await link.textContent())?.[1]);
  assert.ok(offered >= noCost.length, `${offered} offered, at least the ${noCost.length} mental health apps with no cost`);
  await link.click({ force: true });
  await page.waitForFunction(() => window.location.hash === '#/apps?q=mental%20health&cost=not-known');
  await page.waitForFunction(() => /apps? found for “mental health”/.test(document.getElementById('a11y-live').textContent));
  const shown = await resultIds(page);
  assert.equal(shown.length, offered, 'the link shows as many apps as it said');
  for (const id of shown) assert.equal(appById.get(id).cost, '', `${id} has no cost recorded`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when one word matches nothing, the results for the others show and the page says which word', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps?q=diabetes%20zzqxv');
  await waitForState(page);
  await page.waitForFunction(() => /Nothing matched “zzqxv”/.test(document.getElementById('a11y-layer').textContent));
  const ids = await resultIds(page);
  assert.ok(ids.includes('mydiabetes'), 'the diabetes apps still show');
  assert.deepEqual(errors, []);
  await context.close();
});
