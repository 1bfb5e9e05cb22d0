// monkey.test.mjs — a fixed number of random inputs (clicks, keys, typing, wheel, touch drags, resizes,
// route changes) from a fixed seed: no page error, and WebAssembly memory stops growing. The same steps
// run on any machine, however fast; every tenth step waits for the app to settle, so input both piles up
// (as a quick user's does) and is answered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForState, waitForIdle, limit } from './harness.mjs';

// 150 steps by default, MONKEY_STEPS=300 (or more) for a longer run. On one core, headless Chromium 156 often
// begins, after 80 to 100 steps, to hold each touch, wheel and mouse-move event for about a second, in whole
// seconds, while the page answers script at once and draws nothing in between; 300 steps then took 370 to
// 400 s instead of 50 s (it happened with and without mobile emulation, and asking for animation frames did
// not help). Fewer steps keep the memory check: 7 samples, the last 4 of which must be equal.
const STEPS = Number(process.env.MONKEY_STEPS || 150);
const SAMPLE_EVERY = 25;
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

function prng(seed) {          // mulberry32: the same run every time
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test(`${STEPS} random inputs break nothing and memory levels off`, async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  context.setDefaultTimeout(limit);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  assert.equal(await waitForState(page), 'ready');
  // One app instance for the whole run: leaving the page ("Text-only version" opens a text page; the text under
  // the canvas links to them) is answered 204 No Content, which the browser takes as "stay where you are".
  let leaves = 0;
  await page.route('**/*', (route, request) => {
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return route.continue();
    leaves++;
    return route.fulfill({ status: 204 });
  });
  const cdp = await context.newCDPSession(page);
  const rnd = prng(20161907);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const routes = ['#/programme', '#/programme?view=timeline', '#/trusts', '#/trusts?view=map', '#/trusts/RRK',
    '#/apps', '#/apps?q=asthma', '#/apps?q=diabetis&platform=ios', '#/apps/mycopd', '#/wearables', '#/sources', '#/nowhere'];
  const sizes = [[1024, 768], [390, 844], [320, 640], [1280, 800], [600, 900]];
  let size = sizes[0];
  const memory = () => page.evaluate(() => window.Module && Module._platform_memory_pages ? Module._platform_memory_pages() : -1);
  const samples = [];
  let actions = 0;
  for (let step = 1; step <= STEPS; step++) {
    const x = Math.floor(rnd() * size[0]), y = Math.floor(rnd() * size[1]);
    const kind = rnd();
    if (kind < 0.3) await page.mouse.click(x, y);
    else if (kind < 0.4) await page.mouse.wheel(0, (rnd() - 0.3) * 1200);
    else if (kind < 0.5) await page.keyboard.press(pick(['Tab', 'Shift+Tab', 'Enter', ' ', 'ArrowDown', 'PageDown', 'Escape', 'Backspace']));
    else if (kind < 0.58) await page.keyboard.type(pick(['sleep', 'astma', 'blood sugar', 'é&<>"', '12345', 'self-harm']));
    else if (kind < 0.68) {
      const dy = (rnd() - 0.5) * 600;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 5 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else if (kind < 0.74) await page.touchscreen.tap(x, y);
    else if (kind < 0.8) { size = pick(sizes); await page.setViewportSize({ width: size[0], height: size[1] }); }
    else if (kind < 0.9) await page.evaluate((h) => { window.location.hash = h; }, pick(routes));
    else if (kind < 0.95) await page.evaluate(() => history.back());   // Back, as the browser's button does
    else await page.mouse.move(x, y);
    actions++;
    if (process.env.MONKEY_TRACE) console.log(`step ${step} kind ${kind.toFixed(2)} ${Date.now()}`);
    if (errors.length) break;
    if (step % 10 === 0) await waitForIdle(page);
    if (step % SAMPLE_EVERY === 0) samples.push(await memory());
  }
  await waitForIdle(page);
  samples.push(await memory());
  assert.deepEqual(errors, [], `after ${actions} actions`);
  assert.equal(await page.getAttribute('html', 'data-app-state'), 'ready');
  // Memory may grow while caches warm up, then must stay flat for the second half of the run.
  const half = samples.slice(Math.floor(samples.length / 2));
  assert.ok(half.every((v) => v === half[0]), `WebAssembly memory pages over time: ${samples.join(', ')}`);
  console.log(`monkey: ${actions} actions (${leaves} tries to leave the page); memory pages ${samples.join(', ')}`);
  await context.close();
});
