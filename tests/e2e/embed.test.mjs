// embed.test.mjs — the app on someone else's page, and the browser habits people expect: shareable
// deep links, back, titles, a narrow phone at pixel ratio 3, a lost WebGL context, and ?data=.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, waitForIdle, afterFrame, asset, artefact, siteDir } from './harness.mjs';

let app, strictApp, host, hostDir, browser, siteCopy;
const appCount = asset('apps.json').apps.length;
const FAKE_HEIGHT = 3333;   // what a frame that is not the app's claims; no real screen is this tall by chance
before(async () => {
  // A copy of the site with a broken data file beside it, for ?data=.
  siteCopy = mkdtempSync(path.join(tmpdir(), 'appfinder-site-'));
  cpSync(siteDir, siteCopy, { recursive: true });
  mkdirSync(path.join(siteCopy, 'broken'));
  writeFileSync(path.join(siteCopy, 'broken', 'apps.json'), '{"apps": [ {"id": "x", "name": 5 }');
  const good = asset('apps.json');
  good.apps = good.apps.slice(0, 3);
  mkdirSync(path.join(siteCopy, 'mine'));
  writeFileSync(path.join(siteCopy, 'mine', 'apps.json'), JSON.stringify(good));
  // A page on the app's own origin that pretends to be the app: embed.js must not trust it.
  writeFileSync(path.join(siteCopy, 'impostor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Impostor</title><script src="impostor.js"></script></head><body><p>Not the app</p></body></html>');
  // It posts when the test says so, after the real app has sent its own height, so a fake one would last.
  writeFileSync(path.join(siteCopy, 'impostor.js'), `window.addEventListener('message', (e) => {
  if (!e.data || e.data.type !== 'test:go') return;
  parent.postMessage({ type: 'appfinder:height', height: ${FAKE_HEIGHT} }, '*');
  parent.postMessage({ type: 'test:impostor-done', from: location.origin }, '*');
});\n`);
  app = await startServer(siteCopy);
  // The same site again, on its own origin, with the header README names for the strictest sandbox
  // (no allow-same-origin: the frame's origin is opaque, so its own wasm is a cross-origin fetch).
  strictApp = await startServer(siteCopy, ['Access-Control-Allow-Origin: *']);
  // The host page lives on another port: another origin. The snippet's frame grows to its content, so
  // the two frames below it start off screen, as they would on a real page.
  hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/apps"></div>
<iframe id="strict" title="App in the strictest frame" style="width:100%;height:700px;border:0"
  sandbox="allow-scripts" src="${strictApp.url}index.html?embed=1#/trusts"></iframe>
<iframe id="sandboxed" title="App in a sandboxed frame" style="width:100%;height:700px;border:0"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
  src="${app.url}index.html?embed=1#/programme"></iframe>
<script src="${app.url}embed.js"></script></body></html>`);
  // A host page whose other frames try to set the snippet frame's height: one from the app's own origin
  // (right origin, wrong frame) and one from a third origin.
  writeFileSync(path.join(hostDir, 'impostors.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host with impostors</title><link rel="icon" href="data:,"><script src="listen.js"></script></head><body>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1#/programme"></div>
<iframe id="same-origin-impostor" title="Impostor 1" src="${app.url}impostor.html"></iframe>
<iframe id="other-origin-impostor" title="Impostor 2" src="${strictApp.url}impostor.html"></iframe>
<script src="${app.url}embed.js"></script></body></html>`);
  writeFileSync(path.join(hostDir, 'listen.js'),
    `window.__done = []; window.addEventListener('message', (e) => { if (e.data && e.data.type === 'test:impostor-done') window.__done.push(e.data.from); });\n`);
  host = await startServer(hostDir);
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); strictApp?.stop(); host?.stop(); });

const layerText = (page) => page.evaluate(() => document.getElementById('a11y-layer').innerText + '|' +
  [...document.querySelectorAll('#a11y-layer [aria-label], #a11y-layer a')].map((e) => e.getAttribute('aria-label') || e.textContent).join('|'));

test('the host page on another origin shows the app in all three frames, each once scrolled into view', async () => {
  const { page, context, errors } = await openPage(browser, host.url);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
  const iframeEl = await page.$('#snippet iframe');
  assert.equal(await iframeEl.getAttribute('title'), 'Digital Exemplars & Apps Finder');
  assert.equal(await iframeEl.getAttribute('loading'), 'lazy');
  // Each frame, in page order, as a reader scrolling down would reach it.
  for (const selector of ['#snippet iframe', '#strict', '#sandboxed']) {
    const el = await page.$(selector);
    await el.scrollIntoViewIfNeeded();
    const frame = await el.contentFrame();
    assert.equal(await waitForState(frame), 'ready', selector);
    await waitForIdle(frame);
  }
  // The strictest frame has an opaque origin and still shows its screen.
  const strict = await (await page.$('#strict')).contentFrame();
  assert.equal(await strict.evaluate(() => window.origin), 'null');
  assert.match(await strict.evaluate(() => document.title), /^Exemplars and fast followers/);
  await page.screenshot({ path: artefact('embed-host.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet\'s frame takes the content\'s height, so nothing scrolls inside it', async () => {
  const { page, context, errors } = await openPage(browser, host.url);
  const frame = await (await page.waitForSelector('#snippet iframe')).contentFrame();
  assert.equal(await waitForState(frame), 'ready');
  // The frame grows from its starting height to the content's, and then nothing scrolls inside it.
  await page.waitForFunction(() => {
    const f = document.querySelector('#snippet iframe');
    return f && parseInt(f.style.height, 10) !== 720;
  });
  await waitForIdle(frame);
  await frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 2, null, { polling: 50 });
  const frameHeight = await page.evaluate(() => document.querySelector('#snippet iframe').getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
  assert.ok(Math.abs(frameHeight - inner.view) <= 2, `frame ${frameHeight}px, its window ${inner.view}px`);
  assert.ok(frameHeight > 720, `the Apps screen is taller than the starting height (${frameHeight}px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a height message from any frame but the app\'s own is ignored', async () => {
  const { page, context, errors } = await openPage(browser, host.url + 'impostors.html');
  const frame = await (await page.waitForSelector('#snippet iframe')).contentFrame();
  assert.equal(await waitForState(frame), 'ready');
  await waitForIdle(frame);                  // the app has sent its real height
  const before = await page.evaluate(() => document.querySelector('#snippet iframe').style.height);
  await page.evaluate(() => {
    for (const id of ['same-origin-impostor', 'other-origin-impostor']) document.getElementById(id).contentWindow.postMessage({ type: 'test:go' }, '*');
  });
  // Both impostors have posted (messages from one frame arrive in order, so their fake height came first).
  await page.waitForFunction((n) => window.__done.length === n, 2, { polling: 50 });
  const origins = await page.evaluate(() => window.__done.sort());
  assert.deepEqual(origins, [new URL(app.url).origin, new URL(strictApp.url).origin].sort());
  const height = await page.evaluate(() => document.querySelector('#snippet iframe').style.height);
  assert.notEqual(height, `${FAKE_HEIGHT}px`, 'embed.js took a height from a frame that is not the app');
  assert.equal(height, before, 'the frame kept the height the app gave it');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a frame, "Text-only version" opens the matching text page in the frame itself', async () => {
  const { page, context, errors } = await openPage(browser, host.url);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
  const frame = await (await page.$('#snippet iframe')).contentFrame();
  assert.equal(await waitForState(frame), 'ready');
  await frame.click('#a11y-layer button:has-text("Text-only version")', { force: true });
  await frame.waitForURL((u) => u.pathname === '/apps.html');
  assert.equal(await frame.textContent('h1'), 'Health apps');
  assert.equal(page.url(), host.url, 'the host page stays where it was');
  assert.equal(await page.$$eval('iframe', (fs) => fs.length), 3);
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
  await waitForIdle(page);
  await page.evaluate(() => new Promise((resolve) => {
    const canvas = document.getElementById('canvas');
    canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
    window.__lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  }));
  await afterFrame(page, () => page.evaluate(() => window.__lose.restoreContext()));
  await afterFrame(page, async () => {
    await page.evaluate(() => { window.location.hash = '#/trusts'; });
    await page.waitForFunction(() => document.title.startsWith('Exemplars and fast followers'));
  });
  const shot = await page.screenshot({ path: artefact('after-context-restore.png') });
  // A blank canvas compresses to a few kilobytes; a drawn screen does not. And it is the new screen.
  const fresh = await openPage(browser, app.url + '#/trusts');
  await waitForIdle(fresh.page);
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
  assert.match(text, new RegExp(`${appCount} apps found`));
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
  assert.match(await layerText(other.page), new RegExp(`${appCount} apps found`));
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
    }, ratio);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// A host page on another origin with one snippet whose app address takes `query`; the frame once it is ready.
async function hostedApp(name, query, options) {
  writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body><h1>Host</h1>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1&${query}#/apps"></div>
<script src="${app.url}embed.js"></script></body></html>`);
  const opened = await openPage(browser, host.url + name, options);
  const el = await opened.page.waitForSelector('#snippet iframe');
  const frame = await el.contentFrame();
  assert.equal(await waitForState(frame), 'ready');
  await frame.waitForFunction(() => /^Apps for diabetes/.test(document.querySelector('#a11y-layer h1')?.textContent || ''));
  await waitForIdle(frame);
  return { ...opened, frame };
}

// What a reader of the frame meets: the app's title bar (its home link and "Copy link"), where the heading starts
// (CSS px from the frame's left edge) and how tall it is, and the last thing Tab reaches.
const frameLayout = (frame) => frame.evaluate(() => {
  const layer = document.getElementById('a11y-layer');
  const h1 = layer.querySelector('h1').getBoundingClientRect();
  const focusable = [...layer.querySelectorAll('a[href], button, input')];
  return {
    bar: [...layer.querySelectorAll('a[href="#/"], button')].filter((e) => /^(Digital Exemplars|Copy link)/.test(e.textContent)).length,
    left: h1.left, height: h1.height,
    last: focusable.length ? focusable[focusable.length - 1].textContent : '',
  };
});

test('header=0 leaves out the app\'s title bar, starts the text at the frame\'s left edge and keeps the text version at the end', async () => {
  const withBar = await hostedApp('with-bar.html', 'scope=topic:diabetes');
  const before = await frameLayout(withBar.frame);
  assert.equal(before.bar, 2, 'without header=0 the title bar has the home link and "Copy link"');
  assert.ok(before.left > 20, `without header=0 the heading is indented (${before.left}px)`);
  assert.deepEqual(withBar.errors, []);
  await withBar.context.close();

  const { page, context, errors, frame } = await hostedApp('no-bar.html', 'scope=topic:diabetes&header=0');
  const after = await frameLayout(frame);
  assert.equal(after.bar, 0, 'no home link, no "Copy link"');
  assert.ok(after.left <= 6, `the heading starts at the frame's left edge (${after.left}px)`);
  assert.equal(after.last, 'Text-only version', 'the text version is the last stop of the keyboard, after the apps');
  await page.screenshot({ path: artefact('embed-header-0.png') });
  await waitForIdle(frame);
  const textPage = page.waitForEvent('framenavigated', { predicate: (f) => new URL(f.url()).pathname === '/apps-topic-diabetes.html' });
  await frame.focus('#a11y-layer button:has-text("Text-only version")');   // reached from the keyboard, as the last stop
  await frame.press('#a11y-layer button:has-text("Text-only version")', 'Enter');
  assert.equal(await textPage, frame, 'the scope\'s text page opens in the frame');
  assert.equal(page.url(), host.url + 'no-bar.html', 'the host page stays where it was');
  assert.deepEqual(errors, []);
  await context.close();
});

test('size=19 draws the app\'s text bigger than size=16, and the frame grows to fit it', async () => {
  const measure = async (size) => {
    const { context, errors, frame, page } = await hostedApp(`size-${size}.html`, `scope=topic:diabetes&header=0&size=${size}`);
    const layout = await frameLayout(frame);
    await frame.waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight + 2, null, { polling: 50 });
    const frameHeight = await page.evaluate(() => document.querySelector('#snippet iframe').getBoundingClientRect().height);
    // The canvas is still drawn 1:1 in device pixels: the text is rasterised at its size, not stretched.
    const sharp = await frame.evaluate(() => { const c = document.getElementById('canvas'); return c.width === Math.round(c.clientWidth * window.devicePixelRatio); });
    assert.ok(sharp);
    assert.deepEqual(errors, []);
    await context.close();
    return { heading: layout.height, frame: frameHeight };
  };
  const small = await measure(16), large = await measure(19);
  assert.ok(large.heading >= small.heading * 1.12, `heading ${large.heading}px at 19, ${small.heading}px at 16`);
  assert.ok(large.frame > small.frame, `frame ${large.frame}px at 19, ${small.frame}px at 16`);
});
