// harness.mjs — shared set-up for the browser tests: a static server for build/site/ on a free
// loopback port, Debian's Chromium driven by playwright-core with the flags this machine needs, the
// bundled data (so counts come from the files, not literals), and waits on the app's readiness signal.
//
// Tests wait for the condition they check, never for a fixed time. The app tells them when it is done:
// <html data-app-state> is loading|ready|error, data-app-frames counts the frames shown, and
// data-app-idle is "true" once nothing more is pending. The waits' limits below are safety nets for a
// broken build, not timings: a slow or busy machine only takes longer to meet the same condition.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const siteDir = path.join(root, 'build', 'site');
export const artefactDir = path.join(root, 'build', 'test-artefacts');
mkdirSync(artefactDir, { recursive: true });
// The site's pages, in the order of their nav: index.html (the app, with the Programme as text) and the text pages.
export const textPages = ['index.html', 'timeline.html', 'money.html', 'trusts.html', 'apps.html', 'wearables.html', 'sources.html'];

// How long any one wait may take before the test fails: generous, so one slow core still passes.
export const limit = Number(process.env.APPFINDER_TEST_LIMIT_MS || 180000);

// The bundled data, as the app compiles it in.
export function asset(name) {
  return JSON.parse(readFileSync(path.join(root, 'assets', name), 'utf8'));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// Starts tools/serve.py on a free port; resolves once it answers.
export async function startServer(dir = siteDir, headers = []) {
  const port = await freePort();
  const args = [path.join(root, 'tools', 'serve.py'), dir, String(port)];
  for (const h of headers) args.push('--header', h);
  const proc = spawn('python3', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.once('data', resolve);
    proc.once('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => proc.kill() };
}

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-default-apps', '--mute-audio',
];

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
}

// A page that records console errors and page errors for the test to check.
// bypassCSP: for injecting axe (an inline script) into pages and frames that carry the site's policy.
// A phone (phone: true) is 390×844 at pixel ratio 3 with touch, as DEVELOPERS.md asks tests to use.
export const phone = { width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
export async function openPage(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1, javaScriptEnabled = true, bypassCSP = false, hasTouch = false, isMobile = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, javaScriptEnabled, bypassCSP, hasTouch, isMobile });
  context.setDefaultTimeout(limit);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // A request cut short because the page navigated on (net::ERR_ABORTED, e.g. the icon of a page left
  // quickly) is the browser's doing, not the site's; any other failed request is an error.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.url()} ${reason}`);
  });
  await page.goto(url);
  return { page, context, errors };
}

// Waits for <html data-app-state> to be `state` (or 'error') on a page or a frame, and returns it. Polls
// on a timer: an off-screen cross-origin frame runs no animation frames, so rAF polling would stall.
export async function waitForState(target, state = 'ready', timeout = limit) {
  await target.waitForFunction((s) => {
    const v = document.documentElement.getAttribute('data-app-state');
    return v === s || v === 'error';
  }, state, { timeout, polling: 50 });
  return target.evaluate(() => document.documentElement.getAttribute('data-app-state'));
}

// Waits until the app is ready, has drawn everything it was asked to and its loop has stopped.
export async function waitForIdle(target, timeout = limit) {
  await target.waitForFunction(() => {
    const r = document.documentElement;
    return r.getAttribute('data-app-state') === 'ready' && r.getAttribute('data-app-idle') === 'true';
  }, null, { timeout, polling: 50 });
}

export async function framesShown(target) {
  return Number(await target.evaluate(() => document.documentElement.getAttribute('data-app-frames')));
}

// Runs `action` (input that the app must answer with a frame), then waits until the app has shown a
// frame after it and is idle again: what is on the canvas and in the layer is then the answer.
export async function afterFrame(target, action, timeout = limit) {
  const before = await framesShown(target);
  await action();
  await target.waitForFunction((n) => {
    const r = document.documentElement;
    return Number(r.getAttribute('data-app-frames')) > n && r.getAttribute('data-app-idle') === 'true';
  }, before, { timeout, polling: 50 });
}

// The one fixed wait in the suite, for tests that must prove that nothing happens (no frame drawn, no
// navigation): a condition cannot be awaited for something that does not occur. One second is five to
// ten times the gap between an input and its frame on a slow core, and longer than ImGui's tooltip
// delay (0.7 s), so anything that was going to happen would have happened.
export const quietMs = 1000;
export async function nothingHappensFor(page) {
  await page.waitForTimeout(quietMs);
}

export function artefact(name) {
  return path.join(artefactDir, name);
}

// For the focus ring: the focused element of the accessible layer and the widget the canvas drew for it
// (<html data-app-focus-rect>, canvas CSS px), both in the window. Run inside the page.
export const focusBoxes = () => {
  const el = document.activeElement;
  const attr = document.documentElement.getAttribute('data-app-focus-rect');
  if (!el || !el.hasAttribute('data-node') || !attr) return null;
  const [x, y, w, h] = attr.split(',').map(Number);
  const c = document.getElementById('canvas').getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return { layer: [r.left, r.top, r.width, r.height], drawn: [c.left + x, c.top + y, w, h], text: el.textContent || el.getAttribute('aria-label') };
};

// The canvas covers the part of the app in the window, wherever the page is scrolled, and the app has drawn
// everything it was asked to: what a screenshot or a click at a drawn item needs.
export async function drawnAndIdle(page) {
  await page.waitForFunction(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    const root = document.getElementById('app-root').getBoundingClientRect();
    return r.top <= Math.max(0, root.top) + 1 && r.bottom >= Math.min(window.innerHeight, root.bottom) - 1 &&
      document.documentElement.getAttribute('data-app-idle') === 'true';
  });
}

// The focus ring on the drawn item: once `settle` says the app has drawn, the focused layer element's box
// and the box of the widget it stands for (focusBoxes) agree within 2 px on every side.
export async function assertRingOnItem(page, where, settle = drawnAndIdle) {
  await settle(page);
  const b = await page.evaluate(focusBoxes);
  assert.ok(b, `${where}: a layer element has focus and its widget is known`);
  for (let i = 0; i < 4; i++) {
    assert.ok(Math.abs(b.layer[i] - b.drawn[i]) <= 2, `${where} (“${b.text}”): layer ${b.layer.map(Math.round)} vs drawn ${b.drawn.map(Math.round)}`);
  }
}

// [SECTION] Typing like a person
// People type one key at a time, 100–300 ms apart, with now and then a quick burst, and the app redraws
// between keys: a route change or a focus move between two keys loses every key after it. Tests that
// stand for a person typing use typeLikePerson, never fill() or a 0 ms keyboard.type().
// The rhythm is fixed (not random), so a failing run can be repeated key for key: pauses of 100 to 300 ms,
// and a burst of three quick keys (40 ms) after the fourth key, as a person who knows the word does.
export const humanRhythm = [180, 120, 300, 220, 40, 40, 40, 260, 100, 200, 150, 240];
export function humanDelay(i, pace = humanRhythm) {
  return typeof pace === 'number' ? pace : pace[i % pace.length];
}

// Puts the pointer (or a finger, touch: true) on the box where the canvas draws it, as a person reaches a box
// (the layer's element lets the pointer through to the canvas), and waits until the box has focus.
export async function reachBox(page, selector, { touch = false, frame = null } = {}) {
  const target = frame || page;
  await pressDrawn(page, target.locator(selector).first(), { touch, frame });
  await target.waitForFunction((sel) => document.activeElement === document.querySelector(sel), selector);
}

// Puts the pointer (or a finger) on the layer element `el` (a locator, in `frame` if given) where the canvas
// draws its item, once the app has drawn it: a person's click or tap on what they see.
export async function pressDrawn(page, el, { touch = false, frame = null } = {}) {
  await el.waitFor({ state: 'attached' });
  await el.scrollIntoViewIfNeeded();
  if (frame) await drawnFrameSettled(frame); else await drawnAndIdle(page);
  const box = await el.boundingBox();   // in the top page's window, frames included
  assert.ok(box, `${el} has a box on screen`);
  const x = box.x + Math.min(box.width / 2, 24), y = box.y + box.height / 2;
  if (touch) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
}

async function drawnFrameSettled(frame) {
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-app-idle') === 'true');
}

// On a phone the header is one row and its tabs and search box are under "Menu": a person opens it first, with
// the pointer or a finger. Does nothing where there is no closed Menu (a desktop, an embed, a menu already open).
export async function openMenu(page, { touch = false } = {}) {
  await drawnAndIdle(page);
  const menu = page.locator('#a11y-layer button[aria-expanded="false"]', { hasText: /^Menu$/ });
  if (!(await menu.count())) return;
  const box = await menu.boundingBox();
  if (touch) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  else await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#a11y-layer button[aria-expanded="true"]', { state: 'attached' });
}

// Types `text` into the box `selector` key by key at a person's pace (pace: a delay in ms for every key,
// or a rhythm to cycle through). The box is reached first unless `reach: false` (it already has focus).
// After the last key nothing else is waited for: the caller waits for what it checks.
export async function typeLikePerson(page, selector, text, { pace = humanRhythm, touch = false, frame = null, reach = true } = {}) {
  if (reach) await reachBox(page, selector, { touch, frame });
  // keyboard.type's delay is the time from one key going down to the next one: the person's rhythm.
  for (const [i, ch] of [...text].entries()) await page.keyboard.type(ch, { delay: humanDelay(i, pace) });
}

// axe-core's WCAG 2.2 AA and best-practice rules over the whole document, run through the DevTools
// protocol (the page's own policy would block a <script> tag); one line per violation.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
