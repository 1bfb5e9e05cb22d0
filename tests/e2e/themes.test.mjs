// themes.test.mjs — the colour schemes: under forced colours (Windows contrast themes) the canvas draws with
// the system colours the page resolves and no text of the accessible layer shows over it; under
// prefers-color-scheme: dark the canvas and the page are dark and the same colour; switching either while
// the app is open redraws with the new palette, without a reload; axe passes in dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { asset, textPages, startServer, launch, openPage, waitForState, waitForIdle, afterFrame, artefact } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// A page with the given media features from its first paint (the app reads them as it starts).
async function openWith(url, media) {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.emulateMedia(media);
  await opened.page.goto(url);
  assert.equal(await waitForState(opened.page), 'ready');
  await waitForIdle(opened.page);
  return opened;
}

// The CSS system colours as this page resolves them now, as [r, g, b].
async function systemColours(page) {
  return page.evaluate(() => {
    const probe = document.createElement('i');
    probe.style.forcedColorAdjust = 'none';
    document.body.appendChild(probe);
    const out = {};
    for (const name of ['Canvas', 'CanvasText', 'LinkText', 'GrayText']) {
      probe.style.color = name;
      out[name] = getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
    }
    probe.remove();
    return out;
  });
}

function parseRgb(css) {
  return css.match(/[\d.]+/g).slice(0, 3).map(Number);
}

// Pixels of a screenshot of the app's visible part, decoded in the page (createImageBitmap needs no URL, so
// the page's policy allows it): a map from 'r,g,b' to how many pixels have it, and the total.
async function canvasColours(page, name) {
  const box = await page.evaluate(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    return { x: Math.max(0, r.left), y: Math.max(0, r.top), width: Math.min(r.width, innerWidth), height: Math.min(r.bottom, innerHeight) - Math.max(0, r.top) };
  });
  const png = await page.screenshot({ clip: box });
  if (name) await page.screenshot({ path: artefact(name) });
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = {};
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts[key] = (counts[key] || 0) + 1;
    }
    return { counts, total: data.length / 4 };
  }, [...png]);
}

function dominant({ counts }) {
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
}

// How far colour c is from the nearest blend of a and b (a straight line between them in RGB).
function distanceToBlend(c, a, b) {
  const ab = a.map((v, i) => b[i] - v), ac = c.map((v, i) => v - a[i]);
  const len = ab.reduce((s, v) => s + v * v, 0);
  const t = len ? Math.min(1, Math.max(0, ab.reduce((s, v, i) => s + v * ac[i], 0) / len)) : 0;
  return Math.hypot(...c.map((v, i) => v - (a[i] + t * ab[i])));
}

function luminance([r, g, b]) {
  const ch = (v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

async function bodyBackground(page) {
  return parseRgb(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
}

// Screens with each kind of drawing: a table with chips, the map, the Programme's charts, matched words.
const forcedRoutes = ['#/trusts', '#/trusts?view=map', '#/programme', '#/apps?q=asthma'];
for (const [route, scheme] of forcedRoutes.flatMap((r) => [[r, 'light'], [r, 'dark']])) {
  test(`forced colours (${scheme} system theme) on ${route}: the canvas draws with the system colours and no layer text shows over it`, async () => {
    const { page, context, errors } = await openWith(server.url + route, { forcedColors: 'active', colorScheme: scheme });
    const sys = await systemColours(page);
    const shown = await canvasColours(page, `themes-forced-${scheme}-${route.replace(/\W+/g, '-')}.png`);
    // The background is the system's Canvas, and every colour on the canvas is a system colour or, at the
    // anti-aliased edges of text and shapes, a blend of two of them.
    assert.deepEqual(dominant(shown), sys.Canvas, `canvas background ${dominant(shown)} is Canvas ${sys.Canvas}`);
    const allowed = Object.values(sys);
    const colours = Object.keys(shown.counts).map((k) => k.split(',').map(Number));
    assert.ok(colours.length >= 2, 'the canvas shows more than its background');
    const strays = colours.filter((c) => !allowed.some((a) => allowed.some((b) => distanceToBlend(c, a, b) <= 4)));
    assert.deepEqual(strays.slice(0, 10), [], `colours that are not system colours (${JSON.stringify(sys)})`);

    // The layer's text is transparent (it opts out of forced colours), but for the search box, which is
    // the real editor and meant to show.
    const painted = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer [data-node]:not(.a11y-input)')]
      .filter((el) => getComputedStyle(el).color !== 'rgba(0, 0, 0, 0)').map((el) => el.textContent));
    const nodes = await page.evaluate(() => document.querySelectorAll('#a11y-layer [data-node]:not(.a11y-input)').length);
    assert.ok(nodes > 10, `the layer has its nodes (${nodes})`);
    assert.deepEqual(painted, []);
    // And the pixels say so: hiding those nodes changes nothing on screen.
    await page.evaluate(() => { for (const el of document.querySelectorAll('#a11y-layer [data-node]:not(.a11y-input)')) el.style.visibility = 'hidden'; });
    const hidden = await canvasColours(page);
    assert.deepEqual(hidden.counts, shown.counts, 'the screen is the same with the layer\'s text hidden');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('dark mode: the canvas and the page share one dark background; light mode: one light one', async () => {
  const backgrounds = {};
  for (const scheme of ['light', 'dark']) {
    const { page, context, errors } = await openWith(server.url + '#/apps', { colorScheme: scheme });
    const canvas = dominant(await canvasColours(page, `themes-${scheme}.png`));
    const body = await bodyBackground(page);
    assert.deepEqual(canvas, body, `${scheme}: canvas ${canvas}, page ${body}`);
    backgrounds[scheme] = canvas;
    // The text pages follow too.
    await page.goto(server.url + 'trusts.html');
    assert.deepEqual(await bodyBackground(page), body, `${scheme}: trusts.html's background`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.ok(luminance(backgrounds.light) > 0.5, `light background ${backgrounds.light}`);
  assert.ok(luminance(backgrounds.dark) < 0.05, `dark background ${backgrounds.dark}`);
});

test('switching the scheme while the app is open redraws with the new palette, with no reload', async () => {
  const { page, context, errors } = await openWith(server.url + '#/trusts', { colorScheme: 'light', forcedColors: 'none' });
  await page.evaluate(() => { window.notReloaded = true; });
  const light = dominant(await canvasColours(page));
  assert.deepEqual(light, await bodyBackground(page));

  await afterFrame(page, () => page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' }));
  const dark = dominant(await canvasColours(page));
  assert.notDeepEqual(dark, light);
  assert.deepEqual(dark, await bodyBackground(page));

  await afterFrame(page, () => page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' }));
  const forced = dominant(await canvasColours(page));
  assert.deepEqual(forced, (await systemColours(page)).Canvas);
  assert.notDeepEqual(forced, dark);

  await afterFrame(page, () => page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));
  assert.deepEqual(dominant(await canvasColours(page)), light);
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assert.deepEqual(errors, []);
  await context.close();
});

async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const route of ['#/programme', '#/trusts', '#/apps?q=asthma']) {
  test(`axe finds no violations in dark mode on ${route}`, async () => {
    const { page, context, errors } = await openWith(server.url + route, { colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The text pages, and a card of each kind that has a page per entry (they share app.css).
const darkPages = [...textPages, `card-trust-${asset('trusts.json').trusts[0].ods_code}.html`,
  `card-app-${asset('apps.json').apps[0].id}.html`];
for (const name of darkPages) {
  test(`axe finds no violations in dark mode on the text page ${name}`, async () => {
    const { page, context, errors } = await openPage(browser, 'about:blank');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(server.url + name);
    if (name === 'index.html') {
      // index.html's own text version, as shown when the visitor asks for it.
      assert.equal(await waitForState(page), 'ready');
      await page.click('#a11y-layer button:has-text("Text-only version")', { force: true });
      await page.waitForFunction(() => !document.getElementById('static-content').hidden);
    }
    assert.ok(luminance(await bodyBackground(page)) < 0.05, `${name} is dark`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
