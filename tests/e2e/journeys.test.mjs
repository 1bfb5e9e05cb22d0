// journeys.test.mjs — what people do with the app, written once and run in every engine the public uses
// (Chromium, Firefox, WebKit: engines.mjs; APPFINDER_ENGINES=firefox runs one), at a desktop size and a
// phone size. The Chromium-only files check each feature in depth; these check that it works everywhere.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asset, artefact, focusBoxes, root, siteDir, startServer } from './harness.mjs';
import { decodePng } from './png.mjs';
import { engineNames, sizes, startEngine, typeLikePerson, readyAndIdle, boxOf } from './engines.mjs';

const appCount = asset('apps.json').apps.length;
const routes = ['#/programme', '#/trusts', '#/apps', '#/wearables', '#/sources', '#/search?q=heart'];
const appBox = '#a11y-layer input[type=search]:not([aria-label^="Search everything"])';
const headerBox = '#a11y-layer input[type=search][aria-label^="Search everything"]';

let app, strictApp, host, hostDir;
const topic = 'diabetes';
const inScope = asset('apps.json').apps.filter((a) => a.categories.includes(topic)).map((a) => a.id).sort();
const trust = asset('trusts.json').trusts[0];
// A host page on another origin (another port), as an NHS web editor's page is, holding `body`.
const hostPage = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"></head><body style="margin:0"><h1>Host</h1>
${body}
<script src="${app.url}embed.js"></script></body></html>`;
before(async () => {
  app = await startServer();
  // The same site on a third origin, deployed for the strictest sandbox as README says: the header
  // Access-Control-Allow-Origin: *, and its own origin named in its policy (tools/name-origin.sh), which
  // WebKit needs there (see the strict frame's journey).
  const strictSite = mkdtempSync(path.join(tmpdir(), 'appfinder-journeys-strict-'));
  cpSync(siteDir, strictSite, { recursive: true });
  strictApp = await startServer(strictSite, ['Access-Control-Allow-Origin: *']);
  execFileSync(path.join(root, 'tools', 'name-origin.sh'), [strictApp.url.replace(/\/$/, ''), strictSite]);
  // Each journey's host page holds only the frames it looks at: each frame is one more app to start.
  // The snippet comes last, so its growing does not push the plain frame off screen while it starts
  // (WebKit runs no animation frames in a frame off screen, so the app there waits, as it should).
  hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-journeys-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), hostPage('Host page', `<iframe id="plain" title="App in a plain frame" style="width:100%;height:700px;border:0" src="${app.url}index.html?embed=1#/trusts"></iframe>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/apps"></div>`));
  writeFileSync(path.join(hostDir, 'strict.html'), hostPage('Host page with a strict frame', `<iframe id="strict" title="App in the strictest frame" style="width:100%;height:700px;border:0"
  sandbox="allow-scripts" src="${strictApp.url}index.html?embed=1#/trusts"></iframe>`));
  // A long screen in the snippet, with the host's own text above and below it.
  writeFileSync(path.join(hostDir, 'band.html'), hostPage('Host page with a long embed', `<p style="height:300px">Above the app.</p>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/programme"></div>
<p style="height:900px">Below the app.</p>`));
  writeFileSync(path.join(hostDir, 'scoped.html'), hostPage('Host page with a scoped embed',
    `<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1&amp;scope=topic:${topic}#/apps"></div>`));
  writeFileSync(path.join(hostDir, 'card.html'), hostPage('Host page with a card',
    `<p>About our trust.</p><div id="snippet" data-appfinder-src="${app.url}card-trust-${trust.ods_code}.html"></div><p>After the card.</p>`));
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

// What the window shows in `box` (CSS px of the window), from a screenshot: the share of pixels that are not
// the most common colour, and how many colours there are.
async function inkIn(page, box, name) {
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

// What the canvas shows in the window. The canvas must be sharp: its backing store is its CSS size × the ratio.
async function canvasPixels(page, name) {
  const box = await page.evaluate(() => {
    const c = document.getElementById('canvas'), r = c.getBoundingClientRect();
    return { top: Math.max(0, r.top), bottom: Math.min(r.bottom, innerHeight), left: Math.max(0, r.left), right: Math.min(r.right, innerWidth),
      innerWidth, ratio: devicePixelRatio, sharp: c.width === Math.round(c.clientWidth * devicePixelRatio) };
  });
  return inkIn(page, box, name);
}

// The app's layer in a frame: its heading and the apps it links to; with `n`, only once it lists n apps.
const layerApps = (n) => {
  const apps = [...document.querySelectorAll('#a11y-layer a[href^="#/apps/"]')].map((a) => a.getAttribute('href').slice(7)).sort();
  return (n === undefined || n === null || apps.length === n) && { h1: document.querySelector('#a11y-layer h1')?.textContent || '', apps };
};

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
          await page.waitFor(() => document.querySelectorAll('iframe').length === 2);
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

      test(`${at}: the snippet follows the host's scroll: at each stop the app draws what is in view`, async () => {
        const page = await engine.open(host.url + 'band.html', size);
        try {
          await boxOf(page, '#snippet iframe');
          const frame = await page.frame('#snippet iframe');
          await readyAndIdle(frame);
          // The frame has taken the whole screen's height from the app: nothing scrolls inside it.
          await frame.waitFor(() => document.documentElement.scrollHeight <= innerHeight + 2 && innerHeight > 1500, undefined, 'the frame as tall as the Programme');
          const box = await page.waitFor(() => {
            const f = document.querySelector('#snippet iframe'), r = f.getBoundingClientRect();
            return Math.abs(r.height - parseInt(f.style.height, 10)) <= 2 && { top: r.top + scrollY, left: r.left, right: r.right, height: r.height, view: innerHeight, innerWidth };
          }, undefined, 'the frame at its new height');
          assert.ok(box.height > 2 * box.view, `the frame (${box.height} px) is taller than two windows (${box.view} px)`);
          let previous = null;
          for (const [i, f] of [1 / 3, 2 / 3, 1].entries()) {
            const y = Math.round(box.top + f * (box.height - box.view));
            await page.evaluate((to) => window.scrollTo(0, to), y);
            const scrolled = (await page.waitFor((to) => Math.abs(window.scrollY - to) <= 2 && window.scrollY + 1, y, `the host scrolled to ${y}`)) - 1;
            // The part of the frame in the host's window, in the frame's own pixels: the app must cover it.
            const band = { top: Math.max(0, scrolled - box.top), bottom: Math.min(box.height, scrolled + box.view - box.top) };
            await frame.waitFor((b) => {
              const r = document.getElementById('canvas').getBoundingClientRect();
              return r.top <= b.top + 1 && r.bottom >= b.bottom - 1 && document.documentElement.getAttribute('data-app-idle') === 'true';
            }, band, `the canvas drawn over ${band.top}-${band.bottom} of the frame`);
            const shot = await inkIn(page, { top: Math.max(0, box.top - scrolled), bottom: Math.min(box.view, box.top + box.height - scrolled),
              left: Math.max(0, box.left), right: Math.min(box.right, box.innerWidth), innerWidth: box.innerWidth },
            `journey-${engineName}-${size.name}-band-${i}.png`);
            assert.ok(shot.inked > 0.01 && shot.colours > 8, `band ${band.top}-${band.bottom}: drawn (${(shot.inked * 100).toFixed(1)}% ink, ${shot.colours} colours)`);
            if (previous) assert.notDeepEqual(shot.png, previous, `band ${band.top}-${band.bottom}: not the stop before`);
            previous = shot.png;
          }
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: a scoped embed shows only its topic's apps, and stays in its scope`, async () => {
        const page = await engine.open(host.url + 'scoped.html', size);
        try {
          await boxOf(page, '#snippet iframe');
          const frame = await page.frame('#snippet iframe');
          await readyAndIdle(frame);
          const shown = await frame.waitFor(layerApps, inScope.length, `${inScope.length} ${topic} apps listed`);
          assert.match(shown.h1, new RegExp(`^Apps for ${topic}`));
          assert.deepEqual(shown.apps, inScope);
          // An address outside the scope (the trusts) keeps the scoped screen, once the app has answered it.
          await frame.evaluate(() => new Promise((done) => {
            window.addEventListener('hashchange', () => requestAnimationFrame(() => requestAnimationFrame(done)), { once: true });
            window.location.hash = '#/trusts';
          }));
          await readyAndIdle(frame);
          const after = await frame.evaluate(layerApps);
          assert.match(after.h1, new RegExp(`^Apps for ${topic}`), 'the scope holds');
          assert.ok(after.apps.every((id) => inScope.includes(id)), `only ${topic} apps: ${after.apps}`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: the builder's preview, and "Copy code" copies the code it shows, which shows the same on a host page`, async (t) => {
        const page = await engine.open(app.url + 'embed.html', size, { clipboard: true });
        try {
          // The builder's controls, found by their labels, as a person finds them.
          const choose = (label, value) => page.evaluate(([l, v]) => {
            const name = [...document.querySelectorAll('label')].find((e) => e.textContent.trim() === l);
            const control = name && document.getElementById(name.htmlFor);
            if (!control || ![...control.options].some((o) => o.value === v)) return false;
            control.value = v;
            control.dispatchEvent(new Event('change', { bubbles: true }));
            return true;
          }, [label, value]);
          await page.waitFor(() => document.readyState === 'complete');
          assert.ok(await choose('Show', 'topic'), 'the "Show" list has apps on one topic');
          assert.ok(await choose('Which one', topic), `the "Which one" list has ${topic}`);
          // The preview is the app in a frame of the builder's own origin, for the address the code names.
          const code = await page.waitFor(() => /scope=topic(:|%3A)/.test(document.getElementById('code').value) && document.getElementById('code').value, undefined, 'the code for a topic');
          await boxOf(page, '#preview iframe');
          const preview = await page.waitFor(() => {
            const f = document.querySelector('#preview iframe'), d = f && f.contentDocument, r = d && d.documentElement;
            if (!r || r.getAttribute('data-app-state') !== 'ready' || r.getAttribute('data-app-idle') !== 'true' || f.src !== f.contentWindow.location.href) return null;
            const h1 = d.querySelector('#a11y-layer h1')?.textContent || '';
            const apps = [...d.querySelectorAll('#a11y-layer a[href^="#/apps/"]')].map((a) => a.getAttribute('href').slice(7)).sort();
            return h1 && { h1, apps, src: f.src };
          }, undefined, 'the preview ready');
          assert.match(preview.h1, new RegExp(`^Apps for ${topic}`));
          assert.deepEqual(preview.apps, inScope);
          assert.ok(code.includes(`data-appfinder-src="${preview.src.replace(/&/g, '&amp;')}"`) || code.includes(`data-appfinder-src="${preview.src}"`),
            `the code names the previewed address ${preview.src}:\n${code}`);
          // What the button gives the clipboard is recorded on its way there (no driver here reads Firefox's or
          // WebKit's clipboard); where the clipboard is refused, the builder selects the code instead.
          await page.evaluate(() => {
            window.__copied = [];
            const c = navigator.clipboard;
            if (c && c.writeText) { const write = c.writeText.bind(c); c.writeText = (text) => { window.__copied.push(text); return write(text); }; }
          });
          const button = await page.waitFor(() => {
            const b = [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === 'Copy code');
            if (!b) return null;
            b.scrollIntoView({ block: 'center' });
            const r = b.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }, undefined, 'the "Copy code" button');
          if (touch()) await page.tap(button.x, button.y); else await page.click(button.x, button.y);
          const status = await page.waitFor(() => /copied|selected/i.test(document.getElementById('copy-status').textContent) && document.getElementById('copy-status').textContent, undefined, 'the copy status');
          let copied;
          if (/copied/i.test(status)) {
            const recorded = await page.evaluate(() => window.__copied);
            assert.deepEqual(recorded, [code], 'the button gave the clipboard the code shown');
            copied = engine.readsClipboard ? await page.evaluate(() => navigator.clipboard.readText()) : recorded[0];
            t.diagnostic(`${at}: copied to the clipboard${engine.readsClipboard ? ', read back from it' : ' (the text given to navigator.clipboard.writeText)'}`);
          } else {
            copied = await page.evaluate(() => { const a = document.activeElement; return a && a.value !== undefined ? a.value.slice(a.selectionStart, a.selectionEnd) : ''; });
            t.diagnostic(`${at}: the clipboard was refused; the code was selected for the person to copy`);
          }
          assert.equal(copied, code, 'what is copied is the code the builder shows');
          // The copied code, pasted into a host page on another origin, shows what the preview showed.
          const file = `copied-${engineName}-${size.name}.html`;
          writeFileSync(path.join(hostDir, file), hostPage('Host page with copied code', `<main>${copied}</main>`));
          await page.goto(host.url + file);
          await boxOf(page, '[data-appfinder-src] iframe');
          const frame = await page.frame('[data-appfinder-src] iframe');
          await readyAndIdle(frame);
          assert.deepEqual(await frame.waitFor(layerApps, preview.apps.length, 'the pasted embed lists its apps'),
            { h1: preview.h1, apps: preview.apps });
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      test(`${at}: a card page in a frame shows the card, and the frame ends where the card does`, async () => {
        const page = await engine.open(host.url + 'card.html', size);
        try {
          await boxOf(page, '#snippet iframe');
          const frame = await page.frame('#snippet iframe');
          const card = await frame.waitFor(() => document.documentElement.classList.contains('card-page') && document.readyState === 'complete' &&
            { h1: document.querySelector('main h1')?.textContent, more: !!document.querySelector('main a[href^="index.html#/trusts/"]') }, undefined, 'the card page');
          assert.equal(card.h1, trust.official_name);
          assert.ok(card.more, 'the card links to the trust in the app');
          await frame.waitFor(() => document.documentElement.scrollHeight <= innerHeight + 2 &&
            Math.abs(innerHeight - document.querySelector('main').getBoundingClientRect().bottom) <= 2, undefined, 'the frame fitted to the card');
          const inner = await frame.evaluate(() => innerHeight);
          const outer = await page.evaluate(() => document.querySelector('#snippet iframe').getBoundingClientRect().height);
          assert.ok(Math.abs(outer - inner) <= 2, `frame ${outer} px, its window ${inner} px`);
          assert.deepEqual(await page.errors(), []);
        } finally { await page.close(); }
      });

      // Found by this journey: in WebKitGTK 2.50 the app in this frame did not start. Its origin is opaque, and
      // WebKit resolves 'self' against that origin, so its policy's 'self' matched nothing and even the app's own
      // scripts, style and wasm were refused (WebKit bug 316847, a regression fixed in WebKit in June 2026: per
      // CSP3 'self' is the origin of the document's address). Named in the policy as well (tools/name-origin.sh,
      // as README says for this sandbox), the site's own origin matches it in every engine.
      test(`${at}: a strict sandbox="allow-scripts" frame starts, with an opaque origin`, async () => {
        const page = await engine.open(host.url + 'strict.html', size);
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
    }

    // Dark mode and forced colours come last, each at both sizes in turn: Firefox gives each its own browser,
    // which is started once for both sizes.
    for (const option of ['dark', 'forced']) {
      for (const size of [sizes.desktop, sizes.phone]) {
        const at = `${engineName} ${size.name}`;
        if (option === 'dark') {
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
        } else {
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
      }
    }
  });
}
