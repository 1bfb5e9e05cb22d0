// search-everything.test.mjs — the header's one search box (issue 18) and the search scope's text page (issue 16).
// A visitor types into "Search everything": the address becomes #/search?q=…, the accessible layer shows one
// heading per kind ("Apps (1)", "Advice (2)"), each followed by its results, and a link to the full list that
// shows the same apps. What each group should hold comes from the same engine on the command line
// (appfinder-cli search --all --json) and is checked against the data files (assets/*.json).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, artefact, root, typeLikePerson } from './harness.mjs';

const cli = path.join(root, 'build', 'native', 'appfinder-cli');
const apps = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8')).apps;
const appById = new Map(apps.map((a) => [a.id, a]));
const topicIds = new Set(JSON.parse(fs.readFileSync(path.join(root, 'assets', 'wearables.json'), 'utf8')).topics.map((t) => t.id));
const trustIds = new Set(JSON.parse(fs.readFileSync(path.join(root, 'assets', 'trusts.json'), 'utf8')).trusts.map((t) => t.ods_code));
const everything = (q) => JSON.parse(execFileSync(cli, ['search', '--all', '--json', '--', q], { encoding: 'utf8' }));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const headerBox = '#a11y-layer input[type=search][aria-label^="Search everything"]';

// The layer's groups: each h2 with the links that follow it up to the next h2.
const layerGroups = (page) => page.evaluate(() => {
  const groups = [];
  for (const el of document.querySelectorAll('#a11y-layer main h2, #a11y-layer main a')) {
    if (el.tagName === 'H2') groups.push({ heading: el.textContent, links: [] });
    else if (groups.length) groups[groups.length - 1].links.push({ text: el.textContent, href: el.getAttribute('href'), inList: !!el.closest('ul > li') });
  }
  return groups;
});

async function typeInHeader(page, text) {
  await typeLikePerson(page, headerBox, text);
}

test('typing "heart" into the header box shows apps, advice and trusts grouped, each with what the engine finds', async () => {
  const expected = everything('heart');
  assert.ok(expected.groups.length >= 2, `"heart" finds more than one kind (${expected.groups.map((g) => g.heading)})`);
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  assert.match(await page.getAttribute(headerBox, 'aria-label'), /^Search everything: apps, advice, trusts and the programme/);
  await typeInHeader(page, 'heart');
  await page.waitForFunction(() => window.location.hash === '#/search?q=heart');
  await page.waitForFunction((n) => document.getElementById('a11y-live').textContent === `${n} results for \u201cheart\u201d`, expected.total);
  assert.equal(await page.inputValue(headerBox), 'heart', 'the box keeps the words');

  const groups = await layerGroups(page);
  assert.deepEqual(groups.map((g) => g.heading), expected.groups.map((g) => `${g.heading} (${g.count})`));
  for (const [i, g] of expected.groups.entries()) {
    const shown = groups[i].links;
    const opens = g.results.map((r) => r.opens);
    assert.deepEqual(shown.slice(0, opens.length).map((l) => l.href), opens, `${g.heading}: the engine's results, in order`);
    assert.ok(shown.slice(0, opens.length).every((l) => l.inList), `${g.heading}: the results are items of a list`);
    for (const r of g.results) {
      if (r.kind === 'app') assert.ok(appById.has(r.id), r.id);
      if (r.kind === 'wearable') assert.ok(topicIds.has(r.id), r.id);
      if (r.kind === 'trust') assert.ok(trustIds.has(r.id), r.id);
    }
    if (g.kind === 'app') {
      assert.equal(shown[opens.length].href, g.more, 'the Apps group ends with its full list');
      assert.equal(shown[opens.length].inList, false, 'the full list\'s link comes after the list, not in it');
    }
  }
  await page.screenshot({ path: artefact('search-everything-heart.png') });

  // The Apps group's full list shows as many apps as the group counted.
  const appsGroup = expected.groups.find((g) => g.kind === 'app');
  await page.click(`#a11y-layer a[href="${appsGroup.more}"]`, { force: true });
  await page.waitForFunction((h) => window.location.hash === h, appsGroup.more);
  await page.waitForFunction((n) => new RegExp(`^${n} apps? found for \u201cheart\u201d`).test(document.getElementById('a11y-live').textContent), appsGroup.count);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"diabetes android" from the header: only Android apps in the Apps group, whose full list carries the filter', async () => {
  const expected = everything('diabetes android');
  const appsGroup = expected.groups.find((g) => g.kind === 'app');
  assert.equal(appsGroup.more, '#/apps?q=diabetes%20android&platform=android');
  const { page, context, errors } = await openPage(browser, server.url + '#/sources');
  await waitForState(page);
  await typeInHeader(page, 'diabetes android');
  await page.waitForFunction(() => window.location.hash === '#/search?q=diabetes%20android');
  await page.waitForFunction((h) => document.querySelector(`#a11y-layer a[href="${h}"]`), appsGroup.more);
  const appLinks = await page.$$eval('#a11y-layer main a[href^="#/apps/"]', (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').slice(7))));
  assert.deepEqual(appLinks, appsGroup.results.map((r) => r.id));
  for (const id of appLinks) assert.ok(appById.get(id).platforms.includes('android'), `${id} runs on Android`);
  await page.click(`#a11y-layer a[href="${appsGroup.more}"]`, { force: true });
  await page.waitForSelector('#a11y-layer button:text-is("Remove the filter Android")', { state: 'attached' });
  await page.waitForFunction((n) => new RegExp(`^${n} apps? found`).test(document.getElementById('a11y-live').textContent), appsGroup.count);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a word nothing matches is named; words that find nothing say so', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/search?q=asthma%20zzqqxx');
  await waitForState(page);
  await page.waitForFunction(() => /Nothing matched: zzqqxx/.test(document.getElementById('a11y-layer').textContent));
  await page.evaluate(() => { window.location.hash = '#/search?q=zzqqxx'; });
  await page.waitForFunction(() => /Nothing was found for \u201czzqqxx\u201d/.test(document.getElementById('a11y-layer').textContent));
  assert.equal(await page.$$eval('#a11y-layer main h2', (h) => h.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the header box is left out where it would be a second box, and in embedded frames', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps');
  await waitForState(page);
  await page.waitForSelector('#a11y-layer input[type=search]', { state: 'attached' });
  assert.equal(await page.$$eval('#a11y-layer input[type=search]', (i) => i.length), 1);
  assert.equal(await page.$(headerBox), null);
  await page.evaluate(() => { window.location.hash = '#/programme'; });
  await page.waitForSelector(headerBox, { state: 'attached' });
  assert.deepEqual(errors, []);
  await context.close();
  const framed = await openPage(browser, server.url + 'index.html?embed=1#/programme');
  await waitForState(framed.page);
  await framed.page.waitForSelector('#a11y-layer h1', { state: 'attached' });
  assert.equal(await framed.page.$(headerBox), null);
  await framed.context.close();
});

test('each search the builder offers has a text page listing exactly the apps its scoped frame shows', async () => {
  const { page, context, errors } = await openPage(browser, server.url + 'embed.html');
  await page.selectOption('#kind', 'search');
  const options = await page.$$eval('#which option', (os) => os.map((o) => ({ words: o.value, text: o.getAttribute('data-text') })));
  assert.ok(options.length > 0, 'the builder offers searches');
  for (const o of options) assert.match(o.text, /^apps-search-[a-z0-9-]+\.html$/, o.words);
  // The snippet's no-script link is the search's own page, not apps.html.
  const code = await page.inputValue('#code');
  assert.ok(code.includes(`/${options[0].text}"`), code);
  assert.ok(code.includes(`scope=search%3A${encodeURIComponent(options[0].words)}`), code);
  await context.close();

  for (const o of options.slice(0, 3)) {
    const text = await openPage(browser, server.url + o.text, { javaScriptEnabled: false });
    const listed = await text.page.$$eval('main h2[id^="app-"]', (hs) => hs.map((h) => h.id.slice(4)));
    assert.ok(listed.length > 0, `${o.text} lists apps`);
    await text.context.close();

    const frame = await openPage(browser, server.url + `index.html?embed=1&scope=search%3A${encodeURIComponent(o.words)}#/apps`);
    await waitForState(frame.page);
    await frame.page.waitForFunction((n) => document.querySelectorAll('#a11y-layer a[href^="#/apps/"]').length === n, listed.length);
    const shown = await frame.page.$$eval('#a11y-layer a[href^="#/apps/"]', (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').slice(7))));
    assert.deepEqual([...shown].sort(), [...listed].sort(), `"${o.words}": the frame and its text page list the same apps`);
    assert.deepEqual(frame.errors, []);
    await frame.context.close();
  }
  assert.deepEqual(errors, []);
});
