// embed.test.mjs — the app on someone else's page, and the browser habits people expect: shareable
// deep links, back, titles, a narrow phone at pixel ratio 3, a lost WebGL context, and ?data=.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, artefact, siteDir } from './harness.mjs';

let app, host, browser, siteCopy;
before(async () => {
  // A copy of the site with a broken data file beside it, for ?data=.
  siteCopy = mkdtempSync(path.join(tmpdir(), 'appfinder-site-'));
  cpSync(siteDir, siteCopy, { recursive: true });
  mkdirSync(path.join(siteCopy, 'broken'));
  writeFileSync(path.join(siteCopy, 'broken', 'apps.json'), '{"apps": [ {"id": "x", "name": 5 }');
  const good = JSON.parse(readFileSync(path.join(siteDir, '..', '..', 'assets', 'apps.json'), 'utf8'));
  good.apps = good.apps.slice(0, 3);
  mkdirSync(path.join(siteCopy, 'mine'));
  writeFileSync(path.join(siteCopy, 'mine', 'apps.json'), JSON.stringify(good));
  app = await startServer(siteCopy);
  // The host page lives on another port: another origin.
  const hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/apps"></div>
<iframe id="sandboxed" title="App in a strict frame" style="width:100%;height:700px;border:0"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
  src="${app.url}index.html?embed=1#/programme"></iframe>
<script src="${app.url}embed.js"></script></body></html>`);
  host = await startServer(hostDir);
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); host?.stop(); });

const layerText = (page) => page.evaluate(() => document.getElementById('a11y-layer').innerText + '|' +
  [...document.querySelectorAll('#a11y-layer [aria-label], #a11y-layer a')].map((e) => e.getAttribute('aria-label') || e.textContent).join('|'));

test('the host page on another origin shows the app in both frames, and the snippet takes the content height', async () => {
  const { page, context, errors } = await openPage(browser, host.url);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  const snippet = page.frameLocator('#snippet iframe');
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  assert.equal(frames.length, 2);
  for (const f of frames) {
    await f.waitForFunction(() => document.documentElement.getAttribute('data-app-state') === 'ready', null, { timeout: 30000 });
  }
  const iframeEl = await page.$('#snippet iframe');
  assert.equal(await iframeEl.getAttribute('title'), 'Digital Exemplars & Apps Finder');
  assert.equal(await iframeEl.getAttribute('loading'), 'lazy');
  // The frame grows to the canvas's height, so the frame itself never scrolls.
  await page.waitForFunction(() => {
    const f = document.querySelector('#snippet iframe');
    return f && parseInt(f.style.height, 10) !== 720;
  }, null, { timeout: 10000 });
  const frameHeight = await page.evaluate(() => parseInt(document.querySelector('#snippet iframe').style.height, 10));
  const inner = await snippet.locator('html').evaluate(() => ({
    canvas: document.getElementById('canvas').getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
  assert.ok(Math.abs(frameHeight - inner.canvas) <= 2, `frame ${frameHeight}px, content ${inner.canvas}px`);
  assert.ok(inner.scroll <= inner.view + 2, 'nothing scrolls inside the frame');
  await page.screenshot({ path: artefact('embed-host.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a frame, "Text-only version" opens the matching text page in the frame itself', async () => {
  const { page, context, errors } = await openPage(browser, host.url);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  const frame = await (await page.$('#snippet iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-app-state') === 'ready', null, { timeout: 30000 });
  await frame.click('#a11y-layer button:has-text("Text-only version")', { force: true });
  await frame.waitForURL((u) => u.pathname === '/apps.html');
  assert.equal(await frame.textContent('h1'), 'Health apps');
  assert.equal(page.url(), host.url, 'the host page stays where it was');
  assert.equal(await page.$$eval('iframe', (fs) => fs.length), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link shows the same results, and back returns to the previous screen', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '#/apps?q=sleep');
  await waitForState(page);
  await page.waitForFunction(() => document.querySelector('#a11y-layer a[href="#/apps/sleepio"]'));
  assert.match(await page.title(), /^Sleep apps – /);
  assert.equal(await page.inputValue('#a11y-layer input[type=search]'), 'sleep');
  await page.click('#a11y-layer a[href="#/apps/sleepio"]', { force: true });
  await page.waitForFunction(() => window.location.hash === '#/apps/sleepio');
  assert.match(await page.title(), /^Sleepio – /);
  await page.goBack();
  await page.waitForFunction(() => window.location.hash === '#/apps?q=sleep');
  assert.match(await page.title(), /^Sleep apps – /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 CSS px and pixel ratio 3 the canvas is sharp and nothing scrolls sideways', async () => {
  for (const route of ['#/programme', '#/trusts', '#/apps?q=diabetes', '#/wearables', '#/sources']) {
    const { page, context } = await openPage(browser, app.url + route, { width: 320, height: 640, deviceScaleFactor: 3 });
    await waitForState(page);
    const m = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, cssW: c.clientWidth, scrollW: document.scrollingElement.scrollWidth, dpr: window.devicePixelRatio };
    });
    assert.equal(m.dpr, 3);
    assert.equal(m.w, m.cssW * 3, `backing store ${m.w} for ${m.cssW} CSS px`);
    assert.ok(m.scrollW <= 320, `${route}: page is ${m.scrollW}px wide`);
    if (route === '#/apps?q=diabetes') await page.screenshot({ path: artefact('phone-320-dpr3.png') });
    await context.close();
  }
});

test('losing and restoring the WebGL context leaves a working app', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '#/programme');
  await waitForState(page);
  await page.evaluate(() => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    window.__lose = gl.getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await page.waitForTimeout(200);
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.location.hash = '#/trusts'; });
  await page.waitForFunction(() => document.title.startsWith('Exemplar trusts'));
  await page.waitForTimeout(300);
  const shot = await page.screenshot({ path: artefact('after-context-restore.png') });
  // A blank canvas compresses to a few kilobytes; a drawn screen does not. And it is the new screen.
  const fresh = await openPage(browser, app.url + '#/trusts');
  await waitForState(fresh.page);
  await fresh.page.waitForTimeout(300);
  const expected = await fresh.page.screenshot();
  await fresh.context.close();
  assert.ok(shot.length > 20000, `the screenshot after the restore is ${shot.length} bytes`);
  assert.ok(Math.abs(shot.length - expected.length) < expected.length * 0.05, 'it looks like the trusts screen');
  assert.equal(await page.getAttribute('html', 'data-app-state'), 'ready');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?data= with broken data shows a notice and keeps the bundled data', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '?data=broken/apps.json#/apps');
  await waitForState(page);
  await page.waitForFunction(() => /bundled data is shown instead/.test(document.getElementById('a11y-layer').textContent));
  const text = await layerText(page);
  assert.match(text, /apps\.json/);
  assert.match(text, /40 apps found/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?data= with good data shows that data, and data from another origin is refused', async () => {
  const mine = await openPage(browser, app.url + '?data=mine/apps.json#/apps');
  await waitForState(mine.page);
  await mine.page.waitForFunction(() => /3 apps found/.test(document.getElementById('a11y-layer').textContent));
  await mine.context.close();
  const other = await openPage(browser, app.url + `?data=${encodeURIComponent(host.url + 'apps.json')}#/apps`);
  await waitForState(other.page);
  await other.page.waitForFunction(() => /not on this site/.test(document.getElementById('a11y-layer').textContent));
  assert.match(await layerText(other.page), /40 apps found/);
  await other.context.close();
});

test('browser zoom (a new device pixel ratio) re-renders the canvas at the new scale', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '#/programme', { width: 800, height: 600 });
  await waitForState(page);
  const cdp = await context.newCDPSession(page);
  for (const ratio of [2, 1.5, 1]) {
    // What zooming does to the page: fewer CSS pixels, more device pixels per CSS pixel.
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: Math.round(800 / ratio), height: Math.round(600 / ratio), deviceScaleFactor: ratio, mobile: false });
    await page.waitForFunction((r) => {
      const c = document.getElementById('canvas');
      return window.devicePixelRatio === r && c.width === Math.round(c.clientWidth * r);
    }, ratio, { timeout: 10000 });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
