// typing.test.mjs — every search box of the app, typed into as a person types: "asthma", one key every 300 ms,
// reached by the pointer on a desktop and by a finger on a phone (issue 22). After the last key the box still
// holds every letter and still has focus, the address holds the words, and the results are those the app's own
// engine finds on the command line (appfinder-cli search), not numbers written here. The header's box lost every
// key after the first at this pace (the route change moved focus to the results' heading): "asthma" left "a".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, drawnAndIdle, typeLikePerson, phone, artefact, asset, root } from './harness.mjs';

const cli = path.join(root, 'build', 'native', 'appfinder-cli');
const words = 'asthma';
const pace = 300; // ms between keys: an ordinary typist
const scopeTopic = 'respiratory';

// What the engine finds, by kind: `search --json` as the Apps, Trusts and Wearables screens search, `--all` as the
// header's box does, and `--category` as a frame scoped to one topic does.
const search = (...args) => JSON.parse(execFileSync(cli, ['search', '--json', ...args, '--', words], { encoding: 'utf8' }));
const idsOf = (res, kind) => res.results.filter((r) => r.kind === kind).map((r) => r.id);
const plain = search();
const scoped = search('--category', scopeTopic);
const everything = search('--all');
const trustCount = asset('trusts.json').trusts.length;
const quoted = `\u201c${words}\u201d`;

let app, host, browser;
before(async () => {
  app = await startServer();
  // A host page on another origin (another port) with one frame scoped to a topic, as an NHS page embeds it.
  const hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-typing-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title><link rel="icon" href="data:,"></head><body><h1>Asthma</h1><p>Apps that may help.</p>
<iframe id="scoped" title="Apps for asthma" style="width:100%;height:900px;border:0"
  src="${app.url}index.html?embed=1&scope=topic:${scopeTopic}#/apps"></iframe></body></html>`);
  host = await startServer(hostDir);
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); host?.stop(); });

const box = (label) => `#a11y-layer input[type=search][aria-label^="${label}"]`;
const onlyBox = '#a11y-layer input[type=search]'; // a screen with a box of its own shows no header box
const hrefs = (target, prefix) => target.$$eval(`#a11y-layer a[href^="${prefix}"]`, (as) => as.map((a) => decodeURIComponent(a.getAttribute('href'))));
const ids = async (target, prefix) => (await hrefs(target, prefix)).map((h) => h.slice(prefix.length)).filter((id) => id && !id.includes('?'));
const live = (target, text) => target.waitForFunction((t) => document.getElementById('a11y-live').textContent.startsWith(t), text);
const sorted = (a) => [...a].sort();

// Each box: where it is, its address after typing, and what the screen must then show.
const boxes = [
  {
    name: 'the header\'s "Search everything" on the Programme', route: '#/programme', selector: box('Search everything'),
    hash: `#/search?q=${words}`,
    // On a phone the header is one row: the box is under its "Menu" button, opened as a person opens it.
    async open(page, touch) {
      const menu = page.locator('#a11y-layer button[aria-expanded]', { hasText: /^Menu$/ });
      if (!(await menu.count())) return;
      await drawnAndIdle(page);
      const b = await menu.boundingBox();
      if (touch) await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2); else await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await page.waitForSelector(this.selector, { state: 'attached' });
    },
    async results(target) {
      await live(target, `${everything.total} results for ${quoted}`);
      const headings = await target.$$eval('#a11y-layer main h2', (hs) => hs.map((h) => h.textContent));
      assert.deepEqual(headings, everything.groups.map((g) => `${g.heading} (${g.count})`), 'one heading per kind, as the engine groups them');
      const shown = await hrefs(target, '#/');
      for (const g of everything.groups)
        for (const r of g.results) assert.ok(shown.includes(decodeURIComponent(r.opens)), `${g.heading}: ${r.opens} is listed`);
    },
  },
  {
    name: 'the Apps screen', route: '#/apps', selector: onlyBox, hash: `#/apps?q=${words}`,
    async results(target) {
      const expected = idsOf(plain, 'app');
      await live(target, `${expected.length} ${expected.length === 1 ? 'app' : 'apps'} found for ${quoted}`);
      assert.deepEqual(sorted(await ids(target, '#/apps/')), sorted(expected), 'the apps the engine finds');
    },
  },
  {
    name: 'the Trusts screen', route: '#/trusts', selector: onlyBox, hash: `#/trusts?q=${words}`,
    async results(target) {
      const expected = idsOf(plain, 'trust');
      await live(target, expected.length === trustCount ? `Showing all ${trustCount} trusts.` : `Showing ${expected.length} of ${trustCount} trusts.`);
      assert.deepEqual(sorted(await ids(target, '#/trusts/')), sorted(expected), 'the trusts the engine finds');
    },
  },
  {
    name: 'the Wearables screen', route: '#/wearables', selector: onlyBox, hash: `#/wearables?q=${words}`,
    async results(target) {
      const expected = idsOf(plain, 'wearable');
      await live(target, `${expected.length} ${expected.length === 1 ? 'piece' : 'pieces'} of advice found for ${quoted}`);
      assert.deepEqual(sorted(await ids(target, '#/wearables/')), sorted(expected), 'the advice the engine finds');
    },
  },
];

async function typeAndCheck(page, target, b, touch, shot, frame = null) {
  if (b.open) await b.open(page, touch);
  await typeLikePerson(page, b.selector, words, { pace, touch, frame });
  // Every key reached the box, the box still has focus, and the address holds all the words. The app answers a
  // key within a frame or two; 15 s is for a slow machine, and on failure the message says what was left.
  try {
    await target.waitForFunction((h) => window.location.hash === h, b.hash, { timeout: 15000 });
  } catch {
    const left = await target.evaluate((sel) => ({ hash: location.hash, value: document.querySelector(sel)?.value ?? '(no box)' }), b.selector);
    assert.fail(`${b.name}: after "${words}" typed at ${pace} ms a key the box holds "${left.value}" and the address is ${left.hash}, not ${b.hash}`);
  }
  await b.results(target);
  assert.equal(await target.inputValue(b.selector), words, `${b.name}: the box holds every key typed`);
  assert.ok(await target.evaluate((sel) => document.activeElement === document.querySelector(sel), b.selector),
    `${b.name}: the box still has focus after the last key`);
  await page.screenshot({ path: artefact(shot) });
}

for (const [device, profile] of [['desktop', {}], ['phone', phone]]) {
  const touch = device === 'phone';
  for (const b of boxes) {
    test(`${device}: "${words}" typed at ${pace} ms a key into ${b.name} keeps every key and shows what the engine finds`, async () => {
      const { page, context, errors } = await openPage(browser, app.url + b.route, profile);
      await waitForState(page);
      await typeAndCheck(page, page, b, touch, `typing-${device}-${b.route.slice(2)}.png`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test(`${device}: "${words}" typed at ${pace} ms a key into a frame scoped to ${scopeTopic} on another origin keeps every key`, async () => {
    const { page, context, errors } = await openPage(browser, host.url, profile);
    const frame = await (await page.$('#scoped')).contentFrame();
    await waitForState(frame);
    const expected = idsOf(scoped, 'app');
    const inTopic = new Set(asset('apps.json').apps.filter((a) => a.categories.includes(scopeTopic)).map((a) => a.id));
    assert.ok(expected.every((id) => inTopic.has(id)), `the engine keeps to the ${scopeTopic} apps`);
    await typeAndCheck(page, frame, {
      name: 'the scoped frame', selector: onlyBox, hash: `#/apps?q=${words}&category=${scopeTopic}`, // the scope stays in the address
      async results(target) {
        await live(target, `${expected.length} ${expected.length === 1 ? 'app' : 'apps'} found for ${quoted}`);
        assert.deepEqual(sorted(await ids(target, '#/apps/')), sorted(expected), `the ${scopeTopic} apps the engine finds`);
      },
    }, touch, `typing-${device}-scoped-embed.png`, frame);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
