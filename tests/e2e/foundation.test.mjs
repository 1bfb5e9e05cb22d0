// foundation.test.mjs — the built site loads, draws, follows the URL hash, and rests when idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, launch, openPage, waitForState, waitForIdle, afterFrame, nothingHappensFor, quietMs, limit, artefact, siteDir } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Counts requestAnimationFrame callbacks, the way the browser would draw frames.
const countFrames = () => {
  window.__rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
};

test('the page reaches the ready state with no console errors', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  assert.equal(await waitForState(page), 'ready');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.title(), /Digital Exemplars & Apps Finder/);
  assert.equal(await page.isVisible('#canvas'), true);
  await page.screenshot({ path: artefact('foundation-programme.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing the hash changes the screen, and back returns to it', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  await waitForIdle(page);
  const programmeTitle = await page.title();
  const programmeShot = await page.screenshot();
  await waitForIdle(page);
  await afterFrame(page, async () => {
    await page.evaluate(() => { window.location.hash = '#/trusts'; });
    await page.waitForFunction((t) => document.title !== t, programmeTitle);
  });
  assert.match(await page.title(), /^Exemplars and fast followers/);
  const trustsShot = await page.screenshot({ path: artefact('foundation-trusts.png') });
  assert.notDeepEqual(trustsShot, programmeShot, 'the canvas shows a different screen');
  await page.evaluate(() => { window.location.hash = '#/apps'; });
  await page.waitForFunction(() => document.title.startsWith('Apps'));
  await page.goBack();
  await page.waitForFunction(() => document.title.startsWith('Exemplars and fast followers'));
  await page.goBack();
  await page.waitForFunction((t) => document.title === t, programmeTitle);
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing is drawn while nothing changes', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(countFrames);
  context.setDefaultTimeout(limit);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForIdle(page);                    // the app itself says it has stopped drawing
  const before = await page.evaluate(() => window.__rafCalls);
  await nothingHappensFor(page);
  const idle = (await page.evaluate(() => window.__rafCalls)) - before;
  assert.equal(idle, 0, `frames drawn in ${quietMs} ms of idling: ${idle}`);
  // ...and input wakes it at once.
  await page.mouse.move(400, 300);
  await page.waitForFunction((n) => window.__rafCalls > n, before + idle);
  await context.close();
});

test('the canvas backing store follows the device pixel ratio', async () => {
  for (const ratio of [1, 2, 3]) {
    const { page, context } = await openPage(browser, server.url, { width: 390, height: 844, deviceScaleFactor: ratio });
    await waitForState(page);
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    assert.equal(size.w, Math.round(size.cssW * ratio));
    assert.equal(size.h, Math.round(size.cssH * ratio));
    if (ratio === 3) await page.screenshot({ path: artefact('foundation-phone-dpr3.png') });
    await context.close();
  }
});

// The performance budget: everything fetched before the page is ready, at most 256 KB gzip (level 9, as
// tools/bench.sh counts it). A size, not a time: it does not depend on how fast this machine is.
test('the first load stays within 256 KB gzip', async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625 });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (res) => {
    if (res.url().startsWith(server.url) && res.status() === 200) fetched.add(new URL(res.url()).pathname.slice(1) || 'index.html');
  });
  await page.goto(server.url);
  assert.equal(await waitForState(page), 'ready');
  await context.close();
  const sizes = [...fetched].map((f) => [f, gzipSync(readFileSync(path.join(siteDir, f)), { level: 9 }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  assert.ok(sizes.some(([f]) => f.endsWith('.wasm')), 'the wasm was fetched');
  assert.ok(sizes.some(([f]) => f === 'index.html'), 'the page itself was counted');
  assert.ok(total <= 256000, `first load ${total} B gzip: ${JSON.stringify(sizes)}`);
});
