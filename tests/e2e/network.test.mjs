// network.test.mjs — start-up over a failing or slow network, as on a train or in a hospital corridor.
// Each of the two files the app needs (its script and its wasm) is made to fail one way at a time with
// page.route: the connection drops, the server answers 404 or 500, nothing comes (held, never answered),
// or the file arrives cut short. On a phone and in a frame on another origin, the page must end in
// data-app-state="error" with a plain message, the frame must take the height of that message and the
// text version, and "Try again" must start the app once the network is back, without reloading the page.
// A throttled load shows the progress bar moving before the app is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, phone, limit, waitForState, waitForIdle, artefact, axeViolations } from './harness.mjs';

// The app's own stall wait is 15 s (web/boot.js says why); here it is shortened so that a held
// response is noticed sooner. The test waits for the state, not for this time.
const STALL_MS = 4000;
const files = {
  script: /\/appfinder\.[0-9a-f]{10}\.js(\?|$)/,
  wasm: /\/appfinder\.[0-9a-f]{10}\.wasm(\?|$)/,
};
// What the reader is told, by kind of failure: words, not error names or numbers.
const told = {
  aborted: /could not be downloaded\. Your connection may have dropped\./,
  404: /could not be downloaded: the site did not send it\./,
  500: /could not be downloaded: the site did not send it\./,
  stalled: /stopped downloading\. Your connection may be slow or have dropped\./,
  truncated: /arrived incomplete, so it cannot start\./,
};
const technical = /error|exception|TypeError|CompileError|SyntaxError|HTTP|\b[45]\d\d\b|wasm|\.js|\(/i;

let app, host, browser;
const timings = [];
before(async () => {
  app = await startServer();
  // The host page is on another origin (another port) and embeds the app with embed.js.
  const hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-net-host-'));
  writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host page</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>
<div id="snippet" data-appfinder-src="${app.url}index.html?embed=1&stall=${STALL_MS}#/programme"></div>
<p>After the frame.</p>
<script src="${app.url}embed.js"></script></body></html>`);
  host = await startServer(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.stop();
  host?.stop();
  if (timings.length) console.log('failure to message (ms), and the throttled load:\n' + timings.map((t) => t.join(' ')).join('\n'));
});

// Every frame notes the moment its state turns to error (the same clock as this process's Date.now()).
const noteErrorTime = () => {
  new MutationObserver(() => {
    if (document.documentElement.getAttribute('data-app-state') === 'error' && !window.__errorAt) window.__errorAt = Date.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-state'] });   // before <html> exists
};

// Fails the first request for `file` as `kind` says; lets every later one through. Resolves `failedAt`
// with the time the failure reached the browser (for a held response: when it was held).
async function failOnce(context, file, kind) {
  let failed = false, held = null, failedAt;
  const when = new Promise((resolve) => { failedAt = resolve; });
  await context.route(files[file], async (route) => {
    if (failed) return route.continue();
    failed = true;
    if (kind === 'aborted') {
      failedAt(Date.now());
      await route.abort('connectionreset');
    } else if (kind === 404 || kind === 500) {
      failedAt(Date.now());
      await route.fulfill({ status: kind, contentType: 'text/plain', body: 'Not here' });
    } else if (kind === 'stalled') {
      failedAt(Date.now());
      held = route;                                     // never answered: nothing arrives
    } else if (kind === 'truncated') {
      const body = await (await route.fetch()).body();
      failedAt(Date.now());
      await route.fulfill({ status: 200, contentType: file === 'wasm' ? 'application/wasm' : 'text/javascript',
                            body: body.subarray(0, Math.floor(body.length / 2)) });
    }
  });
  return { when, release: () => held?.abort().catch(() => {}) };
}

async function newPhone(colorScheme = 'light') {
  const context = await browser.newContext({ colorScheme, viewport: { width: phone.width, height: phone.height },
    deviceScaleFactor: phone.deviceScaleFactor, hasTouch: phone.hasTouch, isMobile: phone.isMobile });
  context.setDefaultTimeout(limit);
  await context.addInitScript(noteErrorTime);
  const page = await context.newPage();
  const consoleLines = [];
  page.on('console', (msg) => consoleLines.push(msg.text()));
  return { context, page, consoleLines };
}

// What the reader sees once the state is error: the plain message, the button, the text version.
async function assertPlainError(frame, kind, consoleLines) {
  assert.equal(await waitForState(frame), 'error');
  const message = (await frame.textContent('#app-message')).trim();
  assert.match(message, told[kind]);
  assert.match(message, /Everything it shows is in the text version below\./);
  assert.doesNotMatch(message, technical, `technical words on the page: ${message}`);
  assert.equal(await frame.isVisible('#app-message'), true);
  assert.equal(await frame.isVisible('#app-retry'), true);
  assert.equal(await frame.textContent('#app-retry'), 'Try again');
  assert.equal(await frame.isVisible('#app-loading'), false, 'the progress bar is gone');
  assert.equal(await frame.isVisible('#static-content h1'), true, 'the text version is there');
  assert.ok(consoleLines.some((l) => l.startsWith('appfinder: start-up failed')), 'the detail is in the console');
}

// "Try again" with the network back: the app starts, and the page was never reloaded.
async function assertRetryWorks(frame, tapOrClick) {
  await frame.evaluate(() => { window.__sameDocument = true; });
  await tapOrClick(frame.locator('#app-retry'));
  assert.equal(await waitForState(frame), 'ready');
  await waitForIdle(frame);
  assert.equal(await frame.evaluate(() => window.__sameDocument), true, 'the page was not reloaded');
  assert.equal(await frame.isVisible('#app-message'), false);
  assert.equal(await frame.isVisible('#app-retry'), false);
  assert.equal(await frame.isVisible('#app-loading'), false);
  assert.ok((await frame.locator('#a11y-layer h1').count()) === 1, 'the app drew its screen');
}

const kinds = ['aborted', 404, 500, 'stalled', 'truncated'];
for (const file of ['script', 'wasm']) {
  for (const kind of kinds) {
    test(`on a phone, a ${kind} ${file} ends in a plain message, and Try again starts the app`, async () => {
      const { context, page, consoleLines } = await newPhone();
      const failure = await failOnce(context, file, kind);
      await page.goto(`${app.url}index.html?stall=${STALL_MS}#/programme`, { waitUntil: 'commit' });
      await assertPlainError(page, kind, consoleLines);
      const ms = await page.evaluate(() => window.__errorAt) - await failure.when;
      timings.push(['page', file, kind, ms]);
      if (file === 'wasm' && kind === 'aborted') await page.screenshot({ path: artefact('network-phone-error.png') });
      await assertRetryWorks(page.mainFrame(), (l) => l.tap());
      failure.release();
      await context.close();
    });

    test(`in a frame on another origin, a ${kind} ${file} ends in a plain message the frame fits, and Try again works`, async () => {
      const { context, page, consoleLines } = await newPhone();
      const failure = await failOnce(context, file, kind);
      await page.goto(host.url, { waitUntil: 'commit' });
      const iframe = page.locator('#snippet iframe');
      await iframe.waitFor();
      const frame = await (await iframe.elementHandle()).contentFrame();
      await assertPlainError(frame, kind, consoleLines);
      const ms = await frame.evaluate(() => window.__errorAt) - await failure.when;
      timings.push(['embed', file, kind, ms]);
      // The frame is as tall as its message and text version: no blank box, nothing cut off.
      const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      assert.ok(content > 844 && content !== 720, `the text version is long (${content} px)`);
      await page.waitForFunction((h) => Math.abs(document.querySelector('#snippet iframe').getBoundingClientRect().height - h) <= 1,
                                 content, { polling: 50 });
      if (file === 'wasm' && kind === 'aborted') await page.screenshot({ path: artefact('network-embed-error.png') });
      await assertRetryWorks(frame, (l) => l.tap());
      failure.release();
      await context.close();
    });
  }
}

test('a throttled load on a phone shows the progress bar moving before the app is ready', async () => {
  const { context, page } = await newPhone();
  await context.addInitScript(() => {
    window.__progress = [];
    const watch = () => {
      const bar = document.getElementById('app-progress');
      if (!bar) return false;
      new MutationObserver(() => {
        if (document.documentElement.getAttribute('data-app-state') === 'loading' && !bar.closest('[hidden]')) {
          window.__progress.push(Number(bar.getAttribute('aria-valuenow')));
        }
      }).observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
      return true;
    };
    if (!watch()) document.addEventListener('DOMContentLoaded', watch);
  });
  // About 230 KB of gzip at 200 KB/s: a second or more of download, in many chunks.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: 150, downloadThroughput: 200 * 1024, uploadThroughput: 100 * 1024 });
  await page.goto(app.url, { waitUntil: 'commit' });
  // Part-way: the bar is on screen with a value between its ends.
  await page.waitForFunction(() => {
    const n = Number(document.getElementById('app-progress')?.getAttribute('aria-valuenow'));
    return n >= 20 && n < 90;
  }, null, { polling: 20 });
  assert.equal(await page.isVisible('#app-progress'), true);
  assert.equal(await page.getAttribute('#app-progress', 'role'), 'progressbar');
  assert.match(await page.textContent('#app-loading'), /The text version below already works\./);
  await page.screenshot({ path: artefact('network-progress.png') });
  assert.equal(await waitForState(page), 'ready');
  const seen = await page.evaluate(() => window.__progress);
  timings.push(['page', 'throttled load, aria-valuenow seen before ready:', seen.join(',')]);
  assert.ok(seen.length >= 5, `the bar moved in steps: ${seen.join(',')}`);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `the bar never goes back: ${seen.join(',')}`);
  assert.ok(seen.some((n) => n > 0 && n < 50) && seen.some((n) => n >= 50 && n < 100), `seen: ${seen.join(',')}`);
  assert.equal(seen.at(-1), 100, 'it ends full');
  assert.equal(await page.isVisible('#app-loading'), false, 'gone once the app is ready');
  await context.close();
});

test('without ?stall, a download that stops is given up after the 15 s boot.js chose, not sooner', async () => {
  const { context, page, consoleLines } = await newPhone();
  const failure = await failOnce(context, 'wasm', 'stalled');
  await page.goto(app.url, { waitUntil: 'commit' });
  await assertPlainError(page, 'stalled', consoleLines);
  const ms = await page.evaluate(() => window.__errorAt) - await failure.when;
  timings.push(['page', 'wasm', 'stalled (default wait)', ms]);
  // The wait starts when the script asks for the wasm, a moment before the request is held here.
  assert.ok(ms > 14000 && ms < 30000, `${ms} ms`);
  assert.ok(consoleLines.some((l) => l.includes('no byte for 15000 ms')));
  failure.release();
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations in the progress bar or the message that follows it (${colorScheme})`, async () => {
    const { context, page, consoleLines } = await newPhone(colorScheme);
    const failure = await failOnce(context, 'wasm', 'stalled');
    await page.goto(app.url, { waitUntil: 'commit' });
    await failure.when;                                  // the wasm is on its way: the bar is up
    await page.locator('#app-progress').waitFor();
    assert.equal(await page.getAttribute('html', 'data-app-state'), 'loading');
    assert.deepEqual(await axeViolations(page), []);
    failure.release();                                   // the connection drops
    await assertPlainError(page, 'aborted', consoleLines);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
