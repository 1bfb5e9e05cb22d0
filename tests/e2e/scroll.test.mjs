// scroll.test.mjs — one way to scroll: the document is as tall as the page and the browser scrolls it;
// the canvas covers only the band on screen, stays within what iOS and WebGL allow, and draws what the
// accessible layer has at each point. Checked on its own page, in the embed snippet on another origin,
// and in a plain <iframe>, on a phone and a desktop; with the wheel, keys, a touch drag, find-in-page,
// Back and Tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, root, assertRingOnItem } from './harness.mjs';
import { decodePng } from './png.mjs';

const MAX_CANVAS_PIXELS = 16777216;
const ROUTES = ['#/programme', '#/trusts', '#/sources'];
const DEVICES = [
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3 },
  { name: 'desktop', width: 1440, height: 900, deviceScaleFactor: 2 },
];
const trusts = JSON.parse(readFileSync(path.join(root, 'assets', 'trusts.json'), 'utf8')).trusts;
const apps = JSON.parse(readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8')).apps;

let app, host, browser;
before(async () => {
  app = await startServer();
  // The host pages live on another port: another origin. One with the README's snippet, one with a
  // plain iframe (no embed.js) as tall as a host might make it, so the host scrolls over it.
  const dir = mkdtempSync(path.join(tmpdir(), 'appfinder-scroll-host-'));
  const filler = '<p style="height:600px;margin:0">Host page text above the app.</p>';
  for (const route of ROUTES) {
    const name = route.slice(2);
    writeFileSync(path.join(dir, `snippet-${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">
</head><body style="margin:0"><h1>Host</h1>${filler}
<div id="app" data-appfinder-src="${app.url}index.html?embed=1${route}"></div>${filler}
<script src="${app.url}embed.js"></script></body></html>`);
    writeFileSync(path.join(dir, `plain-${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">
</head><body style="margin:0"><h1>Host</h1>${filler}
<iframe id="app" title="Apps Finder" style="display:block;width:100%;height:1800px;border:0"
  src="${app.url}index.html?embed=1${route}"></iframe>${filler}</body></html>`);
  }
  host = await startServer(dir);
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); host?.stop(); });

// The number of distinct colours in a PNG screenshot.
function colourCount(png) {
  const { channels, pixels } = decodePng(png);
  const colours = new Set();
  for (let x = 0; x < pixels.length; x += channels) colours.add((pixels[x] << 16) | (pixels[x + 1] << 8) | pixels[x + 2]);
  return colours.size;
}

// Inside the app's document: the canvas's backing store, drawing buffer and CSS size.
const canvasFacts = () => {
  const c = document.getElementById('canvas');
  const gl = c.getContext('webgl2');
  const r = c.getBoundingClientRect();
  return {
    width: c.width, height: c.height, bufferWidth: gl.drawingBufferWidth, bufferHeight: gl.drawingBufferHeight,
    cssWidth: r.width, ratio: window.devicePixelRatio,
  };
};

function checkLimits(f, where) {
  assert.ok(f.width * f.height <= MAX_CANVAS_PIXELS, `${where}: canvas ${f.width}×${f.height} is over 16,777,216 pixels`);
  assert.equal(f.bufferWidth, f.width, `${where}: drawing buffer width`);
  assert.equal(f.bufferHeight, f.height, `${where}: drawing buffer height (clamped?)`);
  assert.ok(Math.abs(f.width - f.cssWidth * f.ratio) <= 2, `${where}: ${f.width} px for ${f.cssWidth} CSS px at ${f.ratio}`);
}

// Waits until the app has drawn the band [top, bottom) of its document, with a canvas no larger than that
// band and its margins, and has nothing left to draw.
async function waitForBand(frame, top, bottom) {
  await frame.waitForFunction(({ top, bottom }) => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    const page = document.getElementById('app-root').getBoundingClientRect();
    const rootTop = page.top + window.scrollY;
    const canvasTop = r.top + window.scrollY - rootTop;
    // Below the page's end there is nothing to draw; above and below the band, a margin of at most 200 px.
    const need = Math.min(bottom - rootTop, page.height) - (top - rootTop);
    return canvasTop <= top - rootTop + 1 && canvasTop + r.height >= Math.min(bottom - rootTop, page.height) - 1 &&
      r.height <= need + 2 * 200 + 2 &&
      document.documentElement.getAttribute('data-app-idle') === 'true';
  }, { top, bottom }, { timeout: 15000 }).catch(async (err) => {
    const state = await frame.evaluate(() => ({
      canvas: document.getElementById('canvas').style.cssText, root: document.getElementById('app-root').style.cssText,
      scrollY: window.scrollY, innerHeight: window.innerHeight, idle: document.documentElement.getAttribute('data-app-idle'),
    }));
    throw new Error(`the canvas never covered ${top}-${bottom}: ${JSON.stringify(state)} (${err.message})`);
  });
  return frame.evaluate(canvasFacts);
}

async function assertDrawn(page, clip, where) {
  const shot = await page.screenshot({ clip });
  const colours = colourCount(shot);
  assert.ok(colours > 8, `${where}: the visible part is blank (${colours} colours)`);
}

async function appFrame(page) {
  await page.waitForFunction(() => document.querySelector('#app iframe, iframe#app'));
  const handle = await page.$('#app iframe, iframe#app');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await waitForState(frame);
  return { handle, frame };
}

for (const device of DEVICES) {
  for (const kind of ['snippet', 'plain']) {
    test(`${device.name}, ${kind === 'snippet' ? 'the snippet' : 'a plain iframe'} on another origin: at each scroll stop the canvas is within limits, sharp and drawn`, async () => {
      for (const route of ROUTES) {
        const { page, context, errors } = await openPage(browser, `${host.url}${kind}-${route.slice(2)}.html`, device);
        const { frame } = await appFrame(page);
        if (kind === 'snippet') {
          // The frame takes the page's height from the app.
          const pageHeight = await frame.evaluate(() => document.getElementById('app-root').getBoundingClientRect().height);
          await page.waitForFunction((h) => Math.abs(document.querySelector('#app iframe').getBoundingClientRect().height - h) <= 2, pageHeight);
        }
        const box = await page.evaluate(() => {
          const r = document.querySelector('#app iframe, iframe#app').getBoundingClientRect();
          return { top: r.top + window.scrollY, left: r.left, width: r.width, height: r.height };
        });
        for (const [label, fraction] of [['top', 0], ['a third', 1 / 3], ['two thirds', 2 / 3], ['bottom', 1]]) {
          const y = Math.round(box.top + fraction * Math.max(0, box.height - device.height));
          await page.evaluate((y) => window.scrollTo(0, y), y);
          const scrollY = await page.evaluate(() => window.scrollY);
          // The part of the frame on screen, in the frame's own pixels.
          const visTop = Math.max(0, scrollY - box.top), visBottom = Math.min(box.height, scrollY + device.height - box.top);
          const frameScroll = await frame.evaluate(() => window.scrollY);
          const where = `${device.name} ${kind} ${route} at ${label}`;
          const f = await waitForBand(frame, visTop + frameScroll, Math.min(visBottom, visTop + device.height) + frameScroll);
          checkLimits(f, where);
          await assertDrawn(page, { x: box.left, y: 0, width: Math.min(box.width, device.width), height: device.height }, where);
        }
        assert.deepEqual(errors, []);
        await context.close();
      }
    });
  }

  test(`${device.name}, the app's own page: at each scroll stop the canvas is within limits, sharp and drawn`, async () => {
    for (const route of ROUTES) {
      const { page, context, errors } = await openPage(browser, app.url + 'index.html' + route, device);
      await waitForState(page);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-app-idle') === 'true');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height > device.height, `${route}: the document is as tall as the page (${height} px)`);
      for (const fraction of [0, 1 / 3, 2 / 3, 1]) {
        await page.evaluate((y) => window.scrollTo(0, y), Math.round(fraction * (height - device.height)));
        const scrollY = await page.evaluate(() => window.scrollY);
        const f = await waitForBand(page, scrollY, scrollY + device.height);
        checkLimits(f, `${device.name} ${route} at ${fraction}`);
        await assertDrawn(page, { x: 0, y: 0, width: device.width, height: device.height }, `${route} at ${fraction}`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

// A visible link of the accessible layer, and whether clicking (or tapping) where it is opens it: what the
// canvas draws at that point is what the layer has there.
async function visibleLink(page, prefix) {
  return page.evaluate((prefix) => {
    const links = [...document.querySelectorAll(`#a11y-layer a[href^="${prefix}"]`)];
    for (const a of links) {
      const r = a.getBoundingClientRect();
      if (r.top >= 60 && r.bottom <= window.innerHeight - 60 && r.width > 20) {
        return { href: a.getAttribute('href'), x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
      }
    }
    return null;
  }, prefix);
}

// The app's own page: waits until the canvas covers the view wherever the page is now scrolled (a smooth
// scroll or a restoration on Back may still be moving it), and the app is idle; returns scrollY.
async function settled(page) {
  await page.waitForFunction(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    const page = document.getElementById('app-root').getBoundingClientRect();
    const need = Math.min(window.innerHeight, page.bottom) - Math.max(0, page.top);
    return r.top <= Math.max(0, page.top) + 1 && r.bottom >= Math.min(window.innerHeight, page.bottom) - 1 &&
      r.height <= need + 2 * 200 + 2 && document.documentElement.getAttribute('data-app-idle') === 'true';
  }, null, { timeout: 15000 });
  const y = await page.evaluate(() => window.scrollY);
  await waitForBand(page, y, y + (await page.evaluate(() => window.innerHeight)));
  return y;
}

test('the wheel, Page Down, End and a touch drag scroll the page, and the canvas draws what the layer has there', async () => {
  // Headless Chromium with its software GPU often drops the smooth animation of a key's scroll once the page
  // was clicked (measured: 1 of 4 Page Downs scrolled; 4 of 4 without smooth scrolling, as on a real GPU);
  // the keys themselves are the browser's either way, which is what this checks.
  const keysBrowser = await launch(['--disable-smooth-scrolling']);
  after(() => keysBrowser.close());
  const { page, context, errors } = await openPage(keysBrowser, app.url + '#/trusts', { width: 390, height: 844, deviceScaleFactor: 3 });
  await waitForState(page);
  await settled(page);
  const tryLink = async (how, tap) => {
    const link = await visibleLink(page, '#/trusts/');
    assert.ok(link, `${how}: a trust link is on screen`);
    if (tap) await page.touchscreen.tap(link.x, link.y);
    else await page.mouse.click(link.x, link.y);
    await page.waitForFunction((h) => window.location.hash === h, link.href);
    await page.goBack();
    await page.waitForFunction(() => window.location.hash === '#/trusts');
    await settled(page);
  };
  const moved = async (before, how) => {
    await page.waitForFunction((b) => window.scrollY !== b, before);
    const y = await settled(page);
    assert.ok(y !== before, `${how} scrolled the page`);
    return y;
  };
  await page.mouse.move(200, 400);
  let y = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 1200);
  y = await moved(y, 'the wheel');
  await tryLink('after the wheel', false);

  await page.mouse.click(4, 400);     // the page's margin: keys now go to the page, as after any click on it
  y = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('PageDown');
  y = await moved(y, 'Page Down');
  await tryLink('after Page Down', false);

  await page.mouse.click(4, 400);     // the page's margin: keys now go to the page, as after any click on it
  await page.keyboard.press('End');
  await moved(y, 'End');
  const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - bottom) <= 2, 'End reaches the bottom');
  await context.close();

  // A touch drag on a phone, then a tap that opens the link under the finger.
  const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const phone = await touch.newPage();
  phone.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await phone.goto(app.url + '#/trusts');
  await waitForState(phone);
  await settled(phone);
  const cdp = await touch.newCDPSession(phone);
  const start = await phone.evaluate(() => window.scrollY);
  // A finger drags up 500 px over the canvas.
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y: 600 }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y: 600 - i * 50 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await phone.waitForFunction((b) => window.scrollY > b + 300, start);
  await settled(phone);
  const hashBefore = await phone.evaluate(() => window.location.hash);
  assert.equal(hashBefore, '#/trusts', 'the drag opened nothing');
  const link = await visibleLink(phone, '#/trusts/');
  assert.ok(link, 'a trust link is on screen after the drag');
  await phone.touchscreen.tap(link.x, link.y);
  await phone.waitForFunction((h) => window.location.hash === h, link.href);
  await touch.close();
  assert.deepEqual(errors, []);
});

test('find-in-page scrolls to the text, and the canvas shows it there', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '#/trusts', { width: 390, height: 844, deviceScaleFactor: 3 });
  await waitForState(page);
  await settled(page);
  // The last trust in the data: far down the page.
  const last = trusts[trusts.length - 1];
  const found = await page.evaluate((name) => window.find(name, false, false, false, false, false, false), last.official_name);
  assert.ok(found, `find-in-page finds “${last.official_name}”`);
  await page.waitForFunction(() => window.scrollY > 0);
  await settled(page);
  const target = await page.evaluate(() => {
    const range = window.getSelection().getRangeAt(0);
    const el = range.startContainer.parentElement.closest('[data-node]');
    const r = el.getBoundingClientRect();
    return { href: el.getAttribute('href'), x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2, inView: r.top >= 0 && r.bottom <= window.innerHeight };
  });
  assert.ok(target.inView, 'the match is on screen');
  assert.match(target.href ?? '', /^#\/trusts\/./, 'the match is a trust link');
  await assertDrawn(page, { x: 0, y: Math.max(0, target.y - 20), width: 390, height: 40 }, 'the found text');
  // What the canvas draws there is that trust's link.
  await page.evaluate(() => window.getSelection().removeAllRanges());
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((h) => window.location.hash === h, target.href);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back after opening an app returns to the list at the same scroll position', async () => {
  const { page, context, errors } = await openPage(browser, app.url + '#/apps', { width: 390, height: 844, deviceScaleFactor: 3 });
  await waitForState(page);
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer a[href^="#/apps/"]').length >= n, Math.min(apps.length, 10));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate((y) => window.scrollTo(0, y), Math.round((height - 844) * 2 / 3));
  const listY = await settled(page);
  assert.ok(listY > 844, `the list is scrolled (${listY} px)`);
  const link = await visibleLink(page, '#/apps/');
  assert.ok(link, 'an app link is on screen');
  await page.mouse.click(link.x, link.y);
  await page.waitForFunction((h) => window.location.hash === h, link.href);
  await page.waitForFunction(() => window.scrollY === 0);
  await settled(page);
  await page.goBack();
  await page.waitForFunction(() => window.location.hash === '#/apps');
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, listY);
  await settled(page);
  // And the same link is under the same point again.
  const again = await visibleLink(page, '#/apps/');
  assert.ok(again && Math.abs(again.y - link.y) <= 2, 'the list is where it was');
  assert.deepEqual(errors, []);
  await context.close();
});



test('after each Tab, and after scrolling, the focus ring sits on the item the canvas draws', async () => {
  for (const route of ['#/trusts', '#/apps']) {
    const { page, context, errors } = await openPage(browser, app.url + route, { width: 390, height: 844, deviceScaleFactor: 3 });
    await waitForState(page);
    await settled(page);
    const focusable = await page.evaluate(() => document.querySelectorAll('#a11y-layer a, #a11y-layer button, #a11y-layer input').length);
    const presses = Math.min(focusable, 30);
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement.id === 'skip-link')) continue;   // the page's first stop, not the layer's
      await page.waitForFunction(() => document.activeElement && document.activeElement.hasAttribute('data-node') &&
        document.documentElement.hasAttribute('data-app-focus-rect'));
      await assertRingOnItem(page, `${route}, Tab ${i + 1}`, settled);
    }
    const y = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => window.scrollBy(0, 150));
    await page.waitForFunction((b) => window.scrollY !== b, y);
    await assertRingOnItem(page, `${route}, after scrolling`, settled);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
