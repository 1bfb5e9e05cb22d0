// engines.mjs — one small, engine-neutral API over the three engines the public uses, so a journey is
// written once and runs in each: Blink (Debian's Chromium, through playwright-core, as harness.mjs),
// Gecko (Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's
// MiniBrowser, through WebKitWebDriver over plain W3C WebDriver HTTP). Nothing is downloaded: every
// browser is Debian's (tools/bootstrap.sh installs them).
//
// Firefox needs a display for WebGL 2 (headless has none here) and WebKitGTK always needs one: one Xvfb is
// started per test file, when the first of them starts, and stopped with the engines.
//
//   const engine = await startEngine('firefox');       // one browser per engine per file
//   const page = await engine.open(url, sizes.phone);  // a new page (a context; in WebKit a kept session) at that size
//   await page.waitFor(() => document.title !== '');   // runs in the page; polled until truthy
//   await typeLikePerson(page, '#a11y-layer input', 'sleep');
//   await page.close(); await engine.close();
//
// A page (and page.frame(selector), for an iframe) has evaluate(fn, arg) and waitFor(fn, arg, what); a page
// also has goto(url), click(x, y), tap(x, y) (touch, where the engine has it: engine.touch), press(key), typeChar(ch),
// screenshot() (a PNG Buffer of the window at the device pixel ratio), back(), errors() and close().
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, freePort, humanDelay, humanRhythm, limit } from './harness.mjs';

// Which engines the journeys run in: all three unless APPFINDER_ENGINES names some (comma-separated).
export const allEngines = ['chromium', 'firefox', 'webkit'];
export const engineNames = (process.env.APPFINDER_ENGINES || allEngines.join(','))
  .split(',').map((s) => s.trim()).filter(Boolean);
for (const name of engineNames) assert.ok(allEngines.includes(name), `APPFINDER_ENGINES: unknown engine ${name}`);

// The two sizes every journey runs at. WebKitGTK's MiniBrowser window cannot be narrower than its toolbar
// (447 CSS px here): its "phone" is that wide; page.size says what the page really got.
export const sizes = {
  desktop: { name: 'desktop', width: 1280, height: 800, ratio: 1, touch: false },
  phone: { name: 'phone', width: 390, height: 844, ratio: 3, touch: true },
};

const miniBrowser = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every process started here is ended when the test process ends, however it ends.
const children = new Set();
function track(proc) {
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return proc;
}
const endChildren = () => { for (const p of children) p.kill('SIGKILL'); };
process.once('exit', endChildren);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.once(signal, () => { endChildren(); process.exit(code); });

// [SECTION] One Xvfb for the file
let xvfb = null, xvfbUsers = 0;
async function display() {
  if (!xvfb) {
    // -displayfd: the server picks a free display and writes its number to fd 3 once it accepts clients.
    const proc = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x2800x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] }));
    const number = await new Promise((resolve, reject) => {
      proc.stdio[3].once('data', (d) => resolve(String(d).trim()));
      proc.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: run tools/bootstrap.sh`)));
      proc.once('error', reject);
    });
    xvfb = { proc, name: `:${number}` };
  }
  xvfbUsers++;
  return xvfb.name;
}
function releaseDisplay() {
  if (--xvfbUsers === 0 && xvfb) { xvfb.proc.kill(); xvfb = null; }
}

// [SECTION] Polling, the same in every engine
// Polls `fn` (run in the page or frame) every 50 ms until it returns something truthy, and returns that.
// A navigation in between (the evaluation's context destroyed) is retried, not failed.
// Where the engine can wait inside the page (target.waitIn), one call waits for the condition there.
async function pollFor(target, fn, arg, what) {
  const end = Date.now() + limit;
  let last;
  for (;;) {
    try {
      const v = await (target.waitIn || target.evaluate)(fn, arg);
      if (v) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`waited ${limit} ms for ${what || fn.toString().slice(0, 120)}${last ? ` (last error: ${last.message})` : ''}`);
    await sleep(50);
  }
}
function withWait(target) {
  target.waitFor = (fn, arg, what) => pollFor(target, fn, arg, what);
  return target;
}

// playwright-core's and puppeteer-core's pages answer the same calls: one wrapper serves both.
async function puppetPage(page, context, url) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return pageApi({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    frameTarget: async (selector) => (await page.waitForSelector(selector, { state: 'attached' })).contentFrame(),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    typeChar: (ch) => page.keyboard.type(ch),
    screenshot: async () => Buffer.from(await page.screenshot()),
    goto: (u) => page.goto(u),
    errors: async () => errors,
    close: () => context.close(),
  });
}

// [SECTION] Chromium (playwright-core)
async function startChromium() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
  return {
    // readsClipboard: the page may read the clipboard back (a permission given to the page's origin).
    name: 'chromium', version: `Chromium ${browser.version()}`, touch: true, forcedColors: true, ratios: true, readsClipboard: true,
    async open(url, size, { scheme = 'light', forcedColors = false, clipboard = false } = {}) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.ratio,
        hasTouch: size.touch, isMobile: size.touch, colorScheme: scheme, forcedColors: forcedColors ? 'active' : 'none' });
      context.setDefaultTimeout(limit);
      if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      const page = await context.newPage();
      return puppetPage(page, context, url);
    },
    close: () => browser.close(),
  };
}

// [SECTION] Firefox (puppeteer-core, WebDriver BiDi), headful under Xvfb for WebGL 2
async function startFirefox() {
  const dpy = await display();
  const launchWith = (prefs) => puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: false, env: { ...process.env, DISPLAY: dpy }, extraPrefsFirefox: prefs, protocolTimeout: limit });
  const main = await launchWith({});
  const version = (await main.version()).replace('firefox/', 'Firefox ');
  let own = null;   // { key: its preferences, browser }
  const closeOwn = async () => { const b = own && own.browser; own = null; if (b) await b.close(); };
  return {
    // No touch: a touch action over BiDi fails here in Firefox's synthesizeTouchAtPoint (NS_ERROR_ILLEGAL_VALUE),
    // with dom.w3c_touch_events.enabled on or not, so its phone journeys use the pointer, as WebKit's do.
    name: 'firefox', version, touch: false, forcedColors: true, ratios: true,
    async open(url, size, { scheme = 'light', forcedColors = false } = {}) {
      // Dark mode and forced colours are Firefox preferences: a browser of their own, kept for the next page
      // with the same preferences and closed before any other (left open, its window would cover the main
      // browser's on the display, and Firefox runs no animation frames in a covered window).
      const prefs = {};
      if (scheme === 'dark') prefs['layout.css.prefers-color-scheme.content-override'] = 0;
      if (forcedColors) prefs['browser.display.document_color_use'] = 2;
      const key = JSON.stringify(prefs);
      if (own && own.key !== key) await closeOwn();
      if (!own && key !== '{}') own = { key, browser: await launchWith(prefs) };
      const context = await (own ? own.browser : main).createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(limit);
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: size.ratio, hasTouch: size.touch, isMobile: size.touch });
      return puppetPage(page, context, url);
    },
    async close() {
      await closeOwn();
      await main.close();
      releaseDisplay();
    },
  };
}

// [SECTION] WebKit (WebKitWebDriver, W3C WebDriver over HTTP), MiniBrowser under Xvfb
// The device pixel ratio of WebKitGTK is the display's scale (GDK_SCALE), and dark mode is GTK's theme:
// both are set for the MiniBrowser through the environment, so each pair gets its own driver.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const webdriverKeys = { Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Escape: '\uE00C', ArrowDown: '\uE015', ArrowUp: '\uE013' };

async function startWebKit() {
  const dpy = await display();
  const drivers = new Map();
  // A MiniBrowser takes about 2 s to start: each driver's sessions are kept, and a page closed leaves its
  // session (on about:blank) for the next page at the same ratio and scheme.
  const sessions = new Set();     // every session: { base, id }
  const idle = new Map();         // driver key -> sessions with no page
  const driverFor = (ratio, scheme) => {
    const key = `${ratio}/${scheme}`;
    if (!drivers.has(key)) {
      drivers.set(key, (async () => {
        const port = await freePort();
        const env = { ...process.env, DISPLAY: dpy, GDK_SCALE: String(ratio) };
        if (scheme === 'dark') env.GTK_THEME = 'Adwaita:dark';
        const proc = track(spawn(process.env.WEBKITWEBDRIVER || 'WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }));
        return { proc, base: `http://127.0.0.1:${port}` };
      })());
    }
    return drivers.get(key);
  };
  async function call(base, method, p, body) {
    for (let i = 0; ; i++) {
      let res;
      try {
        res = await fetch(base + p, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (e) {
        if (i > 400) throw e;           // the driver is still starting
        await sleep(50);
        continue;
      }
      const json = await res.json();
      if (json.value && json.value.error) throw new Error(`WebDriver ${method} ${p}: ${json.value.error}: ${json.value.message}`);
      return json.value;
    }
  }
  const engine = {
    name: 'webkit', version: null, touch: false, forcedColors: false, ratios: true,
    async open(url, size, { scheme = 'light', forcedColors = false } = {}) {
      assert.ok(!forcedColors, 'WebKit has no forced-colours mode to be put into');
      const key = `${size.ratio}/${scheme}`;
      const { base } = await driverFor(size.ratio, scheme);
      let session = (idle.get(key) || []).pop();
      if (!session) {
        const s = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } } } });
        engine.version = `WebKitGTK ${s.capabilities.browserVersion}`;
        session = { base, id: s.sessionId };
        sessions.add(session);
        await call(base, 'POST', `/session/${session.id}/timeouts`, { script: limit + 10000, pageLoad: limit });
      }
      const S = (method, p, body) => call(base, method, `/session/${session.id}${p}`, body);
      const end = async () => {
        try {
          await S('POST', '/url', { url: 'about:blank' });
          idle.set(key, [...(idle.get(key) || []), session]);
        } catch {   // a session that cannot navigate is not used again
          sessions.delete(session);
          await S('DELETE', '').catch(() => {});
        }
      };
      // The window's outer size is set; its toolbar takes some height, which is given back.
      await S('POST', '/window/rect', { width: size.width, height: size.height });
      const inner = await S('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      await S('POST', '/window/rect', { width: size.width, height: size.height + (size.height - inner[1]) });
      const run = (fn, arg) => S('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args: arg === undefined ? [] : [arg] });
      // Waits inside the page: polling from outside would switch into a frame and out again every 50 ms, and
      // each switch moves the focus, which the app answers with a frame, so it would never be idle.
      const waitIn = (fn, arg) => S('POST', '/execute/async', { script: `var done = arguments[1], f = (${fn}), a = arguments[0], end = Date.now() + ${limit};
        (function poll() { var v = null; try { v = f(a); } catch (e) {} if (v || Date.now() > end) done(v || null); else setTimeout(poll, 50); })();`, args: [arg === undefined ? null : arg] });
      const find = (selector) => pollFor({ evaluate: run }, (sel) => document.querySelector(sel), selector, selector);
      const inFrame = async (selector, action) => {
        const el = await find(selector);
        await S('POST', '/frame', { id: { [ELEMENT]: el[ELEMENT] } });
        try { return await action(); } finally { await S('POST', '/frame/parent', {}); }
      };
      // Page errors: WebDriver classic has no log, so a listener is put in once each document has loaded;
      // errors before that stop the app, which the journeys see as data-app-state="error".
      const listen = () => run(() => {
        if (!window.__engineErrors) {
          window.__engineErrors = [];
          window.addEventListener('error', (e) => window.__engineErrors.push(`pageerror: ${e.message}`));
          window.addEventListener('unhandledrejection', (e) => window.__engineErrors.push(`pageerror: ${e.reason}`));
        }
      });
      const goto = async (u) => { await S('POST', '/url', { url: u }); await listen(); };
      const pointer = (type, x, y) => S('POST', '/actions', { actions: [{ type: 'pointer', id: 'p', parameters: { pointerType: type }, actions: [
        { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
      const keys = (list) => S('POST', '/actions', { actions: [{ type: 'key', id: 'k', actions: list }] });
      await goto(url);
      return pageApi({
        evaluate: run,
        waitIn,
        frameTarget: async (selector) => ({
          // Each evaluation switches into the frame and back out, so the page's own calls stay on the page.
          evaluate: (fn, arg) => inFrame(selector, () => run(fn, arg)),
          waitIn: (fn, arg) => inFrame(selector, () => waitIn(fn, arg)),
        }),
        click: (x, y) => pointer('mouse', x, y),
        tap: () => { throw new Error('WebKitGTK has no touch input to drive'); },
        press: (key) => keys([{ type: 'keyDown', value: webdriverKeys[key] || key }, { type: 'keyUp', value: webdriverKeys[key] || key }]),
        typeChar: (ch) => keys([{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]),
        screenshot: async () => Buffer.from(await S('GET', '/screenshot'), 'base64'),
        goto,
        errors: async () => (await run(() => window.__engineErrors || [])),
        close: end,
      });
    },
    async close() {
      for (const { base, id } of sessions) await call(base, 'DELETE', `/session/${id}`).catch(() => {});
      sessions.clear();
      idle.clear();
      for (const d of drivers.values()) (await d).proc.kill();
      drivers.clear();
      releaseDisplay();
    },
  };
  return engine;
}

// The same methods on a page in every engine.
function pageApi(impl) {
  const page = withWait({
    evaluate: impl.evaluate,
    async frame(selector) {
      const target = await impl.frameTarget(selector);
      return withWait({ evaluate: (fn, arg) => target.evaluate(fn, arg), waitIn: target.waitIn });
    },
    waitIn: impl.waitIn,
    click: impl.click, tap: impl.tap, press: impl.press, typeChar: impl.typeChar, screenshot: impl.screenshot,
    goto: impl.goto, errors: impl.errors, close: impl.close,
    back: () => impl.evaluate(() => history.back()),
  });
  return page;
}

export async function startEngine(name) {
  if (name === 'chromium') return startChromium();
  if (name === 'firefox') return startFirefox();
  if (name === 'webkit') return startWebKit();
  throw new Error(`unknown engine ${name}`);
}

// [SECTION] A person at the page
// Where the element `selector` is in the window (CSS px), after scrolling it into view.
export async function boxOf(page, selector) {
  return page.waitFor((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  }, selector, `${selector} on screen`);
}

// Reaches the box `selector` as a person does (the pointer, or a finger where the engine has touch, on the
// box the canvas draws), waits for it to have focus, then types `text` key by key at a person's pace
// (harness.humanRhythm). The same rhythm in every engine.
export async function typeLikePerson(page, selector, text, { pace = humanRhythm, touch = false } = {}) {
  await page.waitFor(() => document.documentElement.getAttribute('data-app-idle') === 'true', undefined, 'the app idle before reaching the box');
  const box = await boxOf(page, selector);
  await page.waitFor(() => document.documentElement.getAttribute('data-app-idle') === 'true', undefined, 'the app idle after scrolling to the box');
  const x = box.x + Math.min(box.width / 2, 24), y = box.y + box.height / 2;
  if (touch) await page.tap(x, y); else await page.click(x, y);
  await page.waitFor((sel) => document.activeElement === document.querySelector(sel), selector, `${selector} focused`);
  const keys = [...text];
  for (const [i, ch] of keys.entries()) {
    await page.typeChar(ch);
    if (i < keys.length - 1) await sleep(humanDelay(i, pace));   // the person's pause, not a wait for a condition
  }
}

// Waits until the app (page or frame) is ready and idle; returns the state ('ready', or 'error' at once).
export async function readyAndIdle(target) {
  const state = await target.waitFor(() => {
    const r = document.documentElement, s = r.getAttribute('data-app-state');
    return s === 'error' ? 'error' : s === 'ready' && r.getAttribute('data-app-idle') === 'true' ? 'ready' : null;
  }, undefined, 'data-app-state ready and data-app-idle true').catch(async (e) => {
    // Says where the app was: not started, or started and never idle.
    const seen = await target.evaluate(() => `${document.readyState}, ${location.href}, state ${document.documentElement.getAttribute('data-app-state')}, idle ${document.documentElement.getAttribute('data-app-idle')}`).catch((x) => x.message);
    throw new Error(`${e.message}; the document: ${seen}`);
  });
  if (state === 'error') {
    const note = await target.evaluate(() => (document.getElementById('app-message') || {}).textContent || '');
    assert.fail(`the app did not start: ${note}`);
  }
  return state;
}
