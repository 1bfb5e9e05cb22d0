// journeys.test.mjs — what people do with the app, written once and run in every engine the public uses
// (Chromium, Firefox, WebKit: engines.mjs; APPFINDER_ENGINES=firefox runs one), at a desktop size and a
// phone size. The Chromium-only files check each feature in depth; these check that it works everywhere.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asset, artefact, focusBoxes, startServer } from './harness.mjs';
import { decodePng } from './png.mjs';
import { engineNames, sizes, startEngine, typeLikePerson, readyAndIdle, boxOf } from './engines.mjs';

const appCount = asset('apps.json').apps.length;
const routes = ['#/programme', '#/trusts', '#/apps', '#/wearables', '#/sources', '#/search?q=heart'];
const appBox = '#a11y-layer input[type=search]:not([aria-label^="Search everything"])';
const headerBox = '#a11y-layer input[type=search][aria-label^="Search everything"]';

let app, strictApp, host;
before(async () => {
  app = await startServer();
  // The same site on a third origin, with the header README names for the strictest sandbox.
  strictApp = await startServer(undefined, ['Access-Control-Allow-Origin: *']);
  // The host page is on another origin (another port), as an NHS web editor's page is. The snippet comes
  // last, so its growing does not push the other frames off screen while they start (WebKit runs no
  // animation frames in a frame off screen, so the app there waits, as it should).
  const hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-journeys-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title><link rel="icon" href="data:,"></head><body style="margin:0"><h1>Host</h1>
<iframe id="plain" title="App in a plain frame" style="width:100%;height:700px;border:0" src="${app.url}index.html?embed=1#/trusts"></iframe>
<iframe id="strict" title="App in the strictest frame" style="width:100%;height:700px;border:0"
  sandbox="allow-scripts" src="${strictApp.url}index.html?embed=1#/trusts"></iframe>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/apps"></div>
<script src="${app.url}embed.js"></script></body></html>`);
  host = await startServer(hostDir);
});
after(() => { app?.stop(); strictApp?.stop(); host?.stop(); });

const idle = () => document.documentElement.getAttribute('data-app-idle') === 'true';
const liveText = () => document.getElementById('a11y-live').textContent;

// The canvas covers the app's part of the window and the app is idle (harness.drawnAndIdle, any engine).
const drawn = () => {
  const c = document.getElementById('canvas').getBoundingClientRect();
  const root = document.getElementById('app-root').getBoundingClientRect();
  return c.top <= Math.max(0, root.top) + 1 && c.bottom >= Math.min(window.innerHeight, root.bottom) - 1 &&
    document.documentElement.getAttribute('data-app-idle') === 'true';
};

// What the canvas shows in the window, from a screenshot: the share of pixels that are not the background
// and how many colours there are. The canvas must be sharp: its backing store is its CSS size × the ratio.
async function canvasPixels(page, name) {
  const box = await page.evaluate(() => {
    const c = document.getElementById('canvas'), r = c.getBoundingClientRect();
    return { top: Math.max(0, r.top), bottom: Math.min(r.bottom, innerHeight), left: Math.max(0, r.left), right: Math.min(r.right, innerWidth),
      innerWidth, ratio: devicePixelRatio, sharp: c.width === Math.round(c.clientWidth * devicePixelRatio) };
  });
  const png = await page.screenshot();
  writeFileSync(artefact(name), png);
  const img = decodePng(png);
  const scale = img.width / box.innerWidth;
  const counts = new Map();
  let total = 0;
  for (let y = Math.ceil(box.top * scale); y < Math.floor(box.bottom * scale); y += 2) {
    for (let x = Math.ceil(box.left * scale); x < Math.floor(box.right * scale); x += 2) {
      const i = (y * img.width + x) * img.channels;
      const key = (img.pixels[i] << 16) | (img.pixels[i + 1] << 8) | img.pixels[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
      total++;
    }
  }
  const top = Math.max(...counts.values());
  return { ...box, scale, colours: counts.size, inked: 1 - top / total, png };
}

for (const engineName of engineNames) {
  describe(engineName, () => {
    let engine;
    before(async () => { engine = await startEngine(engineName); });
    after(async () => { await engine?.close(); });

    for (const size of [sizes.desktop, sizes.phone]) {
      const at = `${engineName} ${size.name}`;
      // Only where the engine has touch does the phone journey use a finger; WebKitGTK has none to drive.
      const touch = () => size.touch && engine.touch;

      test(`${at}: every route loads ready and idle, with no page error`, async () => {
        const page = await engine.open(app.url + routes[0], size);
        try {
          for (const [i, route] of routes.entries()) {
            if (i > 0) await page.evaluate((r) => { window.location.hash = r; }, route);
            await page.waitFor((r) => window.location.hash === r, route);
            await readyAndIdle(page);
            const h1 = await page.waitFor(() => document.querySelector('#a11y-layer h1')?.textContent, undefined, `${route}: a heading`);
            assert.ok(h1.length > 0, `${route}: ${h1}`);
          }
          const got = await page.evaluate(() => [innerWidth, devicePixelRatio]);
          assert.equal(got[1], size.ratio, `${at}: device pixel ratio`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: search by typing, the live region's count, a filter chip, the header's search of everything`, async () => {
        const page = await engine.open(app.url + '#/apps', size);
        try {
          await readyAndIdle(page);
          await typeLikePerson(page, appBox, 'sleep', { touch: touch() });
          await page.waitFor(() => window.location.hash === '#/apps?q=sleep');
          const live = await page.waitFor(() => /apps? found for “sleep”/.test(document.getElementById('a11y-live').textContent) && document.getElementById('a11y-live').textContent);
          const n = Number(/^(\d+) apps? found/.exec(live)?.[1]);
          assert.ok(n > 0 && n < appCount, `${live}`);
          assert.equal(live.split('found').length - 1, 1, `the live region says the count once: “${live}”`);
          await readyAndIdle(page);
          const results = await page.evaluate(() => document.querySelectorAll('#a11y-layer a[href^="#/apps/"]').length);
          assert.equal(results, n, 'as many results in the layer as the live region says');
          // A filter chip, reached as a person reaches it.
          const chip = await boxOf(page, '#a11y-layer button[aria-pressed="false"]');
          await page.waitFor(drawn);
          const chipBox = await boxOf(page, '#a11y-layer button[aria-pressed="false"]');
          assert.ok(chip && chipBox);
          if (touch()) await page.tap(chipBox.x + chipBox.width / 2, chipBox.y + chipBox.height / 2);
          else await page.click(chipBox.x + chipBox.width / 2, chipBox.y + chipBox.height / 2);
          await page.waitFor(() => window.location.hash.includes('&category='), undefined, 'a chip narrows the results');
          await readyAndIdle(page);
          // The header's search of everything (on screens without a search box of their own).
          await page.evaluate(() => { window.location.hash = '#/programme'; });
          await page.waitFor(() => window.location.hash === '#/programme');
          await readyAndIdle(page);
          // A phone's header is one row: its search box is under "Menu", which a person opens first.
          const menuBox = await page.evaluate(() => {
            const b = [...document.querySelectorAll('#a11y-layer button[aria-expanded="false"]')].find((e) => e.textContent === 'Menu');
            if (!b) return null;
            const r = b.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          });
          if (menuBox) {
            if (touch()) await page.tap(menuBox.x, menuBox.y); else await page.click(menuBox.x, menuBox.y);
            await page.waitFor((sel) => !!document.querySelector(sel), headerBox, 'the menu opens with the search box');
            await readyAndIdle(page);
          }
          await typeLikePerson(page, headerBox, 'heart', { touch: touch() });
          await page.waitFor(() => window.location.hash === '#/search?q=heart');
          await page.waitFor(() => /^\d+ results? for “heart”$/.test(document.getElementById('a11y-live').textContent), undefined, 'results for heart');
          assert.equal(await page.evaluate((sel) => document.querySelector(sel).value, headerBox), 'heart', 'every key kept');
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: open a trust, then Back returns to the same place and scroll position`, async () => {
        const page = await engine.open(app.url + '#/trusts', size);
        try {
          await readyAndIdle(page);
          await page.evaluate(() => window.scrollTo(0, Math.floor((document.documentElement.scrollHeight - innerHeight) / 2)));
          await page.waitFor(drawn);
          const link = await page.waitFor(() => {
            for (const a of document.querySelectorAll('#a11y-layer a[href^="#/trusts/"]')) {
              const r = a.getBoundingClientRect();
              if (r.top > 60 && r.bottom < innerHeight - 60 && r.width > 0) return { x: r.left + Math.min(r.width / 2, 24), y: r.top + r.height / 2, href: a.getAttribute('href'), y0: window.scrollY };
            }
            return null;
          }, undefined, 'a trust link on screen');
          assert.ok(link.y0 > 100, `the page is scrolled (${link.y0})`);
          if (touch()) await page.tap(link.x, link.y); else await page.click(link.x, link.y);
          await page.waitFor((h) => window.location.hash === h, link.href, `${link.href} opened`);
          await readyAndIdle(page);
          await page.back();
          await page.waitFor(() => window.location.hash === '#/trusts');
          await page.waitFor(drawn);
          const y = await page.waitFor((y0) => Math.abs(window.scrollY - y0) <= 2 && window.scrollY + 1, link.y0, `scrollY back at ${link.y0}`);
          assert.ok(Math.abs(y - 1 - link.y0) <= 2);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      for (const route of ['#/programme', '#/sources']) {
        test(`${at}: ${route} scrolled by the page to three stops draws what is in the window at each, sharp`, async () => {
          const page = await engine.open(app.url + route, size);
          try {
            await readyAndIdle(page);
            const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
            assert.ok(max > 800, `${route} is a long page (${max} px to scroll)`);
            let previous = null;
            for (const [i, y] of [Math.round(max / 3), Math.round((2 * max) / 3), max].entries()) {
              await page.evaluate((to) => window.scrollTo(0, to), y);
              await page.waitFor((to) => Math.abs(window.scrollY - to) <= 2, y);
              await page.waitFor(drawn, undefined, `the canvas drawn at ${y}`);
              const shot = await canvasPixels(page, `journey-${engineName}-${size.name}-${route.slice(2)}-${i}.png`);
              assert.ok(shot.sharp, `${route} at ${y}: canvas backing store at ratio ${shot.ratio}`);
              assert.ok(shot.inked > 0.01 && shot.colours > 8, `${route} at ${y}: drawn (${(shot.inked * 100).toFixed(1)}% ink, ${shot.colours} colours)`);
              if (previous) assert.notDeepEqual(shot.png, previous, `${route} at ${y}: not the stop before`);
              previous = shot.png;
            }
            assert.deepEqual(await page.errors(), []);
          } finally { await page.close(); }
        });
      }

      test(`${at}: Tab moves the focus through the screen, visible on the drawn item`, async () => {
        const page = await engine.open(app.url + '#/apps', size);
        try {
          await readyAndIdle(page);
          let ringed = 0;
          for (let i = 0; i < 8 && ringed < 3; i++) {
            await page.press('Tab');
            await page.waitFor(drawn, undefined, 'the app drawn and idle after Tab');
            const b = { boxes: await page.evaluate(focusBoxes) };
            if (!b.boxes) continue;            // the focus is on the page's own links (skip link, header)
            for (let k = 0; k < 4; k++) {
              assert.ok(Math.abs(b.boxes.layer[k] - b.boxes.drawn[k]) <= 2, `“${b.boxes.text}”: layer ${b.boxes.layer.map(Math.round)} vs drawn ${b.boxes.drawn.map(Math.round)}`);
            }
            ringed++;
          }
          assert.ok(ringed >= 3, `Tab reached ${ringed} drawn items`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: the snippet on a host page of another origin starts, grows and shrinks; a plain frame starts`, async () => {
        const page = await engine.open(host.url, size);
        try {
          await page.waitFor(() => document.querySelectorAll('iframe').length === 3);
          await boxOf(page, '#snippet iframe');
          const snippet = await page.frame('#snippet iframe');
          await readyAndIdle(snippet);
          const grown = await page.waitFor(() => { const h = parseInt(document.querySelector('#snippet iframe').style.height, 10); return h > 720 && h; }, undefined, 'the snippet frame grows past 720 px');
          await snippet.evaluate(() => { window.location.hash = '#/apps/sleepio'; });
          const shrunk = await page.waitFor((g) => { const h = parseInt(document.querySelector('#snippet iframe').style.height, 10); return h < g && h; }, grown, 'the snippet frame shrinks');
          assert.ok(shrunk < grown, `${grown} px, then ${shrunk} px`);
          await boxOf(page, '#plain');
          const plain = await page.frame('#plain');
          await readyAndIdle(plain);
          assert.match(await plain.evaluate(() => document.title), /^Exemplars and fast followers/);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      // Found by this journey: in WebKitGTK 2.50 the app in this frame never starts. Its origin is opaque, and
      // WebKit matches nothing with the page's policy script-src 'self', so its own scripts are refused (checked
      // with a page holding only that policy and one script: in such a frame WebKit did not run the script; with
      // allow-same-origin, or without the policy, it did). It runs and is reported as a known failure there (README).
      const webkitStrict = engineName === 'webkit' && "WebKit: in a sandbox=\"allow-scripts\" frame, script-src 'self' refuses the app's own scripts";
      test(`${at}: a strict sandbox="allow-scripts" frame starts, with an opaque origin`, { todo: webkitStrict }, async () => {
        const page = await engine.open(host.url, size);
        try {
          await boxOf(page, '#strict');
          const strict = await page.frame('#strict');
          // Deferred scripts have run once the document is complete: where they were refused, say so at once.
          const booted = await strict.waitFor(() => document.readyState === 'complete' && { boot: typeof window.Module === 'object' });
          assert.ok(booted.boot, 'the app\'s own scripts ran in the frame');
          await readyAndIdle(strict);
          assert.match(await strict.evaluate(() => document.title), /^Exemplars and fast followers/);
          assert.equal(await strict.evaluate(() => window.origin), 'null', 'the strict frame has an opaque origin');
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: a refused ?data= shows the bundled data and a notice`, async () => {
        const page = await engine.open(app.url + `?data=${encodeURIComponent(host.url + 'apps.json')}#/apps`, size);
        try {
          await readyAndIdle(page);
          await page.waitFor(() => /not on this site/.test(document.getElementById('a11y-layer').textContent), undefined, 'the notice');
          await page.waitFor((n) => document.getElementById('a11y-layer').textContent.includes(`${n} apps found`), appCount, `${appCount} apps found`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: dark mode draws a dark canvas on a dark page`, async () => {
        const page = await engine.open(app.url + '#/apps', size, { scheme: 'dark' });
        try {
          await readyAndIdle(page);
          assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the engine reports dark mode');
          const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).slice(0, 3).map(Number));
          const shot = await canvasPixels(page, `journey-${engineName}-${size.name}-dark.png`);
          const img = decodePng(shot.png);
          const i = (Math.floor((shot.bottom - 4) * shot.scale) * img.width + Math.floor(shot.right * shot.scale) - 4) * img.channels;
          const corner = [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
          assert.ok(body.every((v) => v < 60), `page background ${body}`);
          assert.ok(corner.every((v, k) => Math.abs(v - body[k]) <= 2), `canvas corner ${corner}, page ${body}`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: forced colours, where the engine can be put into them`, async (t) => {
        if (!engine.forcedColors) {
          t.skip(`${engineName} has no forced-colours mode (WebKit implements no forced-colors media feature)`);
          return;
        }
        const page = await engine.open(app.url + '#/trusts', size, { forcedColors: true });
        try {
          await readyAndIdle(page);
          assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'the engine reports forced colours');
          // The canvas draws with the system's Canvas colour as its background.
          const canvasColour = await page.evaluate(() => {
            const probe = document.createElement('i');
            probe.style.forcedColorAdjust = 'none';
            probe.style.color = 'Canvas';
            document.body.appendChild(probe);
            const c = getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number);
            probe.remove();
            return c;
          });
          const shot = await canvasPixels(page, `journey-${engineName}-${size.name}-forced.png`);
          const img = decodePng(shot.png);
          const i = (Math.floor((shot.bottom - 4) * shot.scale) * img.width + Math.floor(shot.right * shot.scale) - 4) * img.channels;
          const corner = [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
          assert.ok(corner.every((v, k) => Math.abs(v - canvasColour[k]) <= 2), `canvas corner ${corner}, system Canvas ${canvasColour}`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });
    }
  });
}
