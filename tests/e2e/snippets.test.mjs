// snippets.test.mjs — every result says why it is there (issue 22, part 4). A visitor types "Salford" and
// "Blackpool" at a person's pace into the header's search of everything, the Apps screen's box and the advice's box;
// each result's description in the accessible layer (what a screen reader reads after its name) says which field
// the words are in ("Mentions Blackpool in: what happened later") and quotes them. What each result should say comes
// from the same engine on the command line (appfinder-cli search --all --json).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, typeLikePerson, openMenu, phone, root } from './harness.mjs';

const cli = path.join(root, 'build', 'native', 'appfinder-cli');
const everything = (q) => JSON.parse(execFileSync(cli, ['search', '--all', '--json', '--', q], { encoding: 'utf8' }));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const headerBox = '#a11y-layer input[type=search][aria-label^="Search everything"]';

// Every result of the layer's main part: its name, address and description (the hidden text it is described by).
const layerResults = (page) => page.evaluate(() => [...document.querySelectorAll('#a11y-layer main li > a')].map((a) => ({
  name: a.textContent,
  href: a.getAttribute('href'),
  description: document.getElementById(a.getAttribute('aria-describedby') || '')?.textContent || '',
})));

// The fields the engine reads, as a snippet names them (core::ForEachSearchField).
const fields = ['name', 'topic', 'developer', 'description', 'title', 'summary', 'advice', 'checklist', 'what to do now',
  'alerts and symptoms it covers', 'official name', 'name when announced', 'group', 'main town', 'region', 'main hospital',
  'record system', 'ODS code', 'what happened later', 'heading', 'text', 'key figure', 'caveat', 'timeline event', 'detail'];
const fieldOf = (description) => fields.find((f) => description.includes(` in: ${f}.`));

async function searchEverything(word, options = {}) {
  const expected = everything(word);
  const { page, context, errors } = await openPage(browser, server.url + '#/programme', options);
  await waitForState(page);
  await openMenu(page, { touch: !!options.hasTouch });   // a phone's search box is under "Menu"
  await typeLikePerson(page, headerBox, word, { touch: !!options.hasTouch });
  await page.waitForFunction((w) => window.location.hash === `#/search?q=${w}`, word);
  await page.waitForFunction((n) => (document.getElementById('a11y-live')?.textContent || '').startsWith(`${n} result`), expected.total);
  assert.equal(await page.inputValue(headerBox), word, 'the box keeps every key');
  const shown = await layerResults(page);
  return { page, context, errors, expected, shown };
}

for (const word of ['Salford', 'Blackpool']) {
  test(`typing "${word}" in the header: every result names the field the word is in and quotes it, as the engine says`, async () => {
    const { context, errors, expected, shown } = await searchEverything(word);
    const results = expected.groups.flatMap((g) => g.results);
    assert.ok(results.length >= 1, `"${word}" finds results (${results.length})`);
    for (const r of results) {
      const item = shown.find((s) => s.href === r.opens && s.name === r.title);
      assert.ok(item, `${r.title} (${r.opens}) is listed`);
      assert.ok(r.snippet.field, `${r.title}: the engine names a field`);
      assert.ok(item.description.startsWith(`Mentions ${word} in: ${r.snippet.field}.`) || item.description.startsWith(`Mentions ${word}`),
        `${r.title}: "${item.description}" begins with why`);
      assert.equal(fieldOf(item.description), r.snippet.field, `${r.title}: "${item.description}" names the field ${r.snippet.field}`);
      assert.ok(item.description.toLowerCase().includes(word.toLowerCase()), `${r.title}: the description quotes ${word}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('"Blackpool" lists Taunton and Somerset because of a dropped fast-follower pairing, and says so', async () => {
  const { context, shown } = await searchEverything('Blackpool');
  const taunton = shown.find((s) => s.href === '#/trusts/RBA');
  assert.ok(taunton, 'Taunton and Somerset is listed');
  assert.match(taunton.description, /^Mentions Blackpool in: what happened later\. “.*Blackpool Teaching Hospitals.*”$/);
  await context.close();
});

test('on a phone, typing "Salford" with a finger gives the same reasons', async () => {
  const { context, expected, shown } = await searchEverything('Salford', phone);
  const results = expected.groups.flatMap((g) => g.results);
  for (const r of results) {
    const item = shown.find((s) => s.href === r.opens && s.name === r.title);
    assert.ok(item, `${r.title} is listed`);
    assert.equal(fieldOf(item.description), r.snippet.field, `${r.title}: "${item.description}"`);
  }
  await context.close();
});

test('the Apps screen and the advice say why each result is there too', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/apps');
  await waitForState(page);
  const appsBox = '#a11y-layer main input[type=search]';
  await typeLikePerson(page, appsBox, 'inhaler');
  await page.waitForFunction(() => window.location.hash.startsWith('#/apps?q=inhaler'));
  await page.waitForFunction(() => /apps? found for “inhaler”/.test((document.getElementById('a11y-live')?.textContent || '')));
  const apps = (await layerResults(page)).filter((r) => r.href.startsWith('#/apps/'));
  assert.ok(apps.length >= 2, `"inhaler" finds apps (${apps.length})`);
  for (const a of apps) {
    assert.ok(fieldOf(a.description), `${a.name}: "${a.description}" names a field`);
    assert.match(a.description, /inhaler/i, `${a.name}: quotes the word`);
  }

  await page.goto(server.url + '#/wearables');
  await waitForState(page);
  const adviceBox = '#a11y-layer main input[type=search]';
  await typeLikePerson(page, adviceBox, 'battery');
  await page.waitForFunction(() => /found for “battery”/.test((document.getElementById('a11y-live')?.textContent || '')));
  const advice = (await layerResults(page)).filter((r) => r.href.startsWith('#/wearables/'));
  assert.ok(advice.length >= 1, 'advice about batteries is found');
  for (const a of advice) {
    assert.ok(fieldOf(a.description), `${a.name}: "${a.description}" names a field`);
    assert.match(a.description, /battery/i);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
