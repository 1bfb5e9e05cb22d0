// embed-builder.test.mjs — the embed builder (embed.html) and what it makes: for each kind of embed, the snippet
// pasted into a host page on another origin shows what the builder previewed, fits its height and passes axe;
// a scoped Apps frame never shows an app outside its scope; a bad scope gives a notice and the whole app; the
// builder itself passes axe, works from the keyboard and runs under the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, root, phone, artefact } from './harness.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
const appsData = JSON.parse(readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8'));
const trustsData = JSON.parse(readFileSync(path.join(root, 'assets', 'trusts.json'), 'utf8'));
const programmeData = JSON.parse(readFileSync(path.join(root, 'assets', 'programme.json'), 'utf8'));
const wearablesData = JSON.parse(readFileSync(path.join(root, 'assets', 'wearables.json'), 'utf8'));
const byName = (a, b) => a.official_name.localeCompare(b.official_name, 'en', { sensitivity: 'base' });
const trustsAtoZ = [...trustsData.trusts].sort(byName);

let app, strictApp, host, hostDir, browser;
before(async () => {
  app = await startServer();
  strictApp = await startServer(undefined, [`Content-Security-Policy: ${CSP}`]);
  hostDir = mkdtempSync(path.join(tmpdir(), 'appfinder-builder-host-'));
  host = await startServer(hostDir);                 // another port: another origin
  browser = await launch();
});
after(async () => { await browser?.close(); app?.stop(); strictApp?.stop(); host?.stop(); });

const ready = (frame) => frame.waitForFunction(() => document.documentElement.getAttribute('data-app-state') === 'ready' ||
  (document.documentElement.classList.contains('card-page') && document.readyState === 'complete'), null, { timeout: 30000 });

// What a frame's accessible layer names: its first heading and every link (name and address).
// A card is a plain page: its <main> is what a screen reader gets.
async function layerSummary(frame) {
  return frame.evaluate(() => {
    const layer = document.getElementById('a11y-layer') || document.querySelector('main');
    const h1 = layer.querySelector('h1');
    const links = [...layer.querySelectorAll('a')].map((a) => `${a.getAttribute('aria-label') || a.textContent} -> ${a.getAttribute('href')}`);
    return { h1: h1 ? h1.textContent : '', links: links.sort() };
  });
}

async function axeViolations(frame) {
  await frame.addScriptTag({ path: axePath });
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

// The builder's preview frame, once it shows the app for the current choice and has taken the reported height.
async function previewFrame(page) {
  await page.waitForFunction(() => {
    const f = document.querySelector('#preview iframe');
    const d = f && f.contentDocument;
    const shown = d && d.documentElement && (d.documentElement.getAttribute('data-app-state') === 'ready' ||
      (d.documentElement.classList.contains('card-page') && d.readyState === 'complete'));
    return shown && f.src === f.contentWindow.location.href;
  }, null, { timeout: 30000 });
  return (await page.$('#preview iframe')).contentFrame();
}

const kinds = [
  { kind: 'screen', which: 'trusts', expect: (s) => assert.equal(s.h1, 'Exemplars and fast followers') },
  { kind: 'topic', which: 'diabetes', expect: (s) => assert.match(s.h1, /^Apps for diabetes, from the NHS Apps Library/) },
  { kind: 'trust', card: true, which: trustsData.trusts[0].ods_code, expect: (s) => assert.equal(s.h1, trustsData.trusts[0].official_name) },
  { kind: 'app', card: true, which: appsData.apps[0].id, expect: (s) => assert.equal(s.h1, appsData.apps[0].name) },
  { kind: 'wearable', card: true, which: wearablesData.topics[0].id, expect: (s) => assert.equal(s.h1, wearablesData.topics[0].title) },
  { kind: 'figure', card: true, which: programmeData.figures[1].id,
    expect: (s) => {
      assert.equal(s.h1, programmeData.figures[1].value);
      assert.ok(s.links.some((l) => l.startsWith('See more in the Digital Exemplars & Apps Finder: ' + programmeData.figures[1].value)), s.links.join('\n'));
    } },
];

for (const k of kinds) {
  test(`the builder's ${k.kind} snippet shows on another origin what the builder previewed, fits its height and passes axe`, async () => {
    const builder = await openPage(browser, app.url + 'embed.html');
    const { page } = builder;
    await page.selectOption('#kind', k.kind);
    await page.selectOption('#which', k.which);
    const preview = await previewFrame(page);
    await preview.waitForFunction(() => document.querySelector('#a11y-layer h1, html.card-page h1'));
    const previewed = await layerSummary(preview);
    k.expect(previewed);
    const snippet = await page.inputValue('#code');
    assert.match(snippet, k.card ? /data-appfinder-src="http:\/\/127\.0\.0\.1:\d+\/card-[a-z]+-[A-Za-z0-9-]+\.html"/
      : /data-appfinder-src="http:\/\/127\.0\.0\.1:\d+\/index\.html\?embed=1/);
    const fallback = snippet.match(/<a href="([^"]+)"/)[1];
    const fallbackPage = await page.context().request.get(fallback.split('#')[0]);
    assert.equal(fallbackPage.status(), 200, `the fallback link ${fallback} is a page of the site`);
    await builder.context.close();

    const file = `host-${k.kind}.html`;
    writeFileSync(path.join(hostDir, file), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>` +
      `<link rel="icon" href="data:,"></head><body><main><h1>A host page</h1>\n${snippet}\n<p>After the app.</p></main></body></html>`);
    const hosted = await openPage(browser, host.url + file, { bypassCSP: true });   // axe is injected inline
    const hp = hosted.page;
    await hp.waitForFunction(() => document.querySelector('[data-appfinder-src] iframe'));
    assert.equal(await hp.$$eval('[data-appfinder-src] a', (as) => as.length), 0, 'the frame replaced the fallback link');
    const frame = await (await hp.$('[data-appfinder-src] iframe')).contentFrame();
    await ready(frame);
    await frame.waitForFunction(() => document.querySelector('#a11y-layer h1, html.card-page h1'));
    assert.deepEqual(await layerSummary(frame), previewed);
    if (k.card) {   // "See more" opens the full app at the same entry, in a new tab
      const more = await frame.$eval('.see-more a', (a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel }));
      assert.match(more.href, k.kind === 'figure' ? /^index\.html#\/programme$/ : new RegExp(`^index\\.html#/[a-z]+/${k.which}$`));
      assert.equal(more.target, '_blank');
      assert.match(more.rel, /noopener/);
    }
    // The frame takes the content's height (the height reported replaces embed.js's first guess): nothing scrolls
    // inside it, and a card's frame ends where the card does.
    await frame.waitForFunction((card) => document.documentElement.scrollHeight <= window.innerHeight + 2 &&
      (!card || Math.abs(window.innerHeight - document.querySelector('main').getBoundingClientRect().bottom) <= 2), !!k.card, { polling: 50 });
    const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
    const frameHeight = await hp.evaluate(() => document.querySelector('[data-appfinder-src] iframe').getBoundingClientRect().height);
    assert.ok(Math.abs(frameHeight - inner.view) <= 2, `frame ${frameHeight}px, its window ${inner.view}px`);
    assert.ok(inner.scroll <= inner.view + 2, `nothing scrolls inside the frame (${inner.scroll} > ${inner.view})`);
    assert.deepEqual(await axeViolations(frame), []);
    assert.deepEqual(hosted.errors, []);
    await hosted.context.close();
  });
}

test('a scoped Apps frame never shows an app outside its scope, whatever is typed or followed', async () => {
  const inScope = new Set(appsData.apps.filter((a) => a.categories.includes('diabetes')).map((a) => a.id));
  const outside = appsData.apps.filter((a) => !inScope.has(a.id));
  assert.ok(inScope.size > 0 && outside.length > 0);
  const { page, context, errors } = await openPage(browser, app.url + 'index.html?embed=1&scope=topic:diabetes#/apps');
  await ready(page);
  const shownApps = () => page.$$eval('#a11y-layer a[href^="#/apps/"]', (as) => as.map((a) => a.getAttribute('href').slice(7)));
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer a[href^="#/apps/"]').length === n, inScope.size);
  assert.deepEqual(new Set(await shownApps()), inScope);
  assert.equal(await page.$$eval('#a11y-layer a[href="#/trusts"], #a11y-layer a[href="#/programme"]', (t) => t.length), 0,
    'no navigation out of the scope');
  // Queries that find apps outside the scope: their names, and a word from their descriptions.
  const queries = outside.slice(0, 6).map((a) => a.name).concat(['sleep', 'mental health', 'asthma', 'a']);
  for (const q of queries) {
    await page.fill('#a11y-layer input[type=search]', q);   // a probe of the scope over many words, not a person typing (typing.test types)
    await page.waitForFunction((text) => [...document.querySelectorAll('#a11y-layer p, #a11y-layer [data-node]')]
      .some((e) => /apps? found for/.test(e.textContent) && e.textContent.includes(`\u201c${text}\u201d`)), q);
    for (const id of await shownApps()) assert.ok(inScope.has(id), `"${q}" showed ${id}, which is not a diabetes app`);
  }
  // Addresses that lead out of the scope stay on the scoped Apps screen.
  for (const hash of ['#/programme', `#/apps/${outside[0].id}`, '#/trusts']) {
    await page.evaluate((h) => { window.location.hash = h; }, hash);
    await page.waitForFunction(() => /^Apps for diabetes/.test(document.querySelector('#a11y-layer h1')?.textContent || ''));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid scope or card shows a notice and the whole app', async () => {
  for (const query of ['scope=topic:no-such-topic', 'card=trust:XXX']) {
    const { page, context, errors } = await openPage(browser, app.url + `index.html?embed=1&${query}#/apps`);
    await ready(page);
    await page.waitForFunction((q) => document.getElementById('a11y-layer').textContent.includes(q.split('=')[0] + '='), query);
    const text = await page.evaluate(() => document.getElementById('a11y-layer').textContent);
    assert.match(text, /whole app is shown instead/);
    assert.equal(await page.textContent('#a11y-layer h1'), 'Find a health app');
    assert.equal(await page.$$eval('#a11y-layer a[href="#/trusts"]', (t) => t.length), 1, 'the navigation is there');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('nav=0 hides the navigation tabs and keeps the screen', async () => {
  const tabs = (page) => page.$$eval('#a11y-layer header a[href="#/apps"]', (t) => t.length);
  const shown = await openPage(browser, app.url + 'index.html?embed=1#/trusts');
  await ready(shown.page);
  await shown.page.waitForFunction(() => document.querySelector('#a11y-layer h1'));
  assert.equal(await tabs(shown.page), 1, 'without nav=0 the tabs are there');
  await shown.context.close();
  const { page, context, errors } = await openPage(browser, app.url + 'index.html?embed=1&nav=0#/trusts');
  await ready(page);
  await page.waitForFunction(() => document.querySelector('#a11y-layer h1'));
  assert.equal(await page.textContent('#a11y-layer h1'), 'Exemplars and fast followers');
  assert.equal(await tabs(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card asked of the app itself (card= in its address) opens the card\'s own page', async () => {
  const ods = trustsData.trusts[0].ods_code;
  const { page, context, errors } = await openPage(browser, app.url + `index.html?embed=1&card=trust:${ods}`);
  await page.waitForURL((u) => u.pathname === `/card-trust-${ods}.html`);
  assert.equal(await page.textContent('h1'), trustsData.trusts[0].official_name);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the text-only version of a scoped frame keeps its scope', async () => {
  const { page, context, errors } = await openPage(browser, app.url + 'index.html?embed=1&scope=topic:diabetes#/apps');
  await ready(page);
  await page.click('#a11y-layer button:has-text("Text-only version")', { force: true });
  await page.waitForURL((u) => u.pathname === '/apps-topic-diabetes.html');
  assert.match(await page.textContent('h1'), /^Apps for diabetes/);
  const ids = await page.$$eval('main h2[id^="app-"]', (hs) => hs.map((h) => h.id.slice(4)));
  const inScope = appsData.apps.filter((a) => a.categories.includes('diabetes')).map((a) => a.id);
  assert.deepEqual(ids.sort(), inScope.sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test('the builder page passes axe and runs under the strict CSP', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(strictApp.url + 'embed.html');
  for (const kind of ['topic', 'trust', 'figure', 'search']) {
    await page.selectOption('#kind', kind);
    const src = await page.inputValue('#code');
    assert.ok(src.includes(kind === 'topic' || kind === 'search' ? `scope=${kind}%3A` : `/card-${kind}-`), src);
    await previewFrame(page);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
  // axe is injected as an inline script, which the strict policy (rightly) refuses: check it without the policy.
  const plain = await openPage(browser, app.url + 'embed.html', { bypassCSP: true });
  await previewFrame(plain.page);
  assert.deepEqual(await axeViolations(plain.page.mainFrame()), []);
  await plain.context.close();
});

test('keyboard only: choose a card and copy its code', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(app.url + 'embed.html');
  const focusedId = () => page.evaluate(() => document.activeElement && document.activeElement.id);
  const tabTo = async (id) => {
    for (let i = 0; i < 20 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedId(), id);
  };
  await tabTo('kind');
  // Down through the list until "One exemplar trust" is chosen.
  for (let i = 0; i < 10 && (await page.inputValue('#kind')) !== 'trust'; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#kind'), 'trust');
  await tabTo('which');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.inputValue('#which');
  assert.equal(chosen, trustsAtoZ[1].ods_code, 'the second trust from A to Z');
  await tabTo('copy-code');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /copied|selected/i.test(document.getElementById('copy-status').textContent));
  const code = await page.inputValue('#code');
  assert.ok(code.includes(`/card-trust-${chosen}.html`), code);
  const status = await page.textContent('#copy-status');
  if (/copied/i.test(status)) assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  else assert.equal(await page.evaluate(() => window.getSelection().toString() || document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd)), code);
  await context.close();
});

test('the builder offers only the options that apply, lists the trusts A to Z and shows the code unwrapped', async () => {
  const { page, context, errors } = await openPage(browser, app.url + 'embed.html', { width: 1280, height: 900 });
  const shown = (id) => page.isVisible('#' + id);
  // A whole screen has tabs to hide and a title bar; a topic has no tabs, and leaves out the title bar by default.
  assert.equal(await page.inputValue('#kind'), 'screen');
  assert.ok(await shown('hide-nav'));
  assert.ok(await shown('hide-header'));
  assert.equal(await page.isChecked('#hide-header'), false);
  await page.selectOption('#kind', 'topic');
  assert.equal(await shown('hide-nav'), false, 'a topic embed has no tabs to hide');
  assert.ok(await page.isChecked('#hide-header'));
  await page.selectOption('#text-size', '19');
  const topic = await page.inputValue('#code');
  assert.match(topic, /index\.html\?embed=1&amp;scope=topic%3A[a-z-]+&amp;header=0&amp;size=19#\/apps"/);
  assert.ok(!/nav=0/.test(topic));
  await page.selectOption('#kind', 'trust');
  assert.equal(await shown('hide-header'), false, 'a card has no title bar to leave out');
  assert.ok(await shown('text-size'));
  assert.match(await page.inputValue('#code'), /card-trust-[A-Z0-9]+\.html\?size=19"/);
  // The trusts, A to Z by name (the data lists them in announcement order, which is not).
  const names = await page.$$eval('#which option', (os) => os.map((o) => o.textContent));
  assert.deepEqual(names, trustsAtoZ.map((t) => t.official_name));
  assert.notDeepEqual(names, trustsData.trusts.map((t) => t.official_name));
  // The code keeps each line whole and scrolls sideways instead of wrapping in the middle of an attribute.
  const code = await page.$eval('#code', (t) => ({ ws: getComputedStyle(t).whiteSpace, wide: t.scrollWidth > t.clientWidth,
    lines: t.value.split('\n').length, tall: t.scrollHeight <= t.clientHeight + 2 }));
  assert.equal(code.ws, 'pre');
  assert.ok(code.wide, 'the longest line is wider than the box: it scrolls sideways');
  assert.ok(code.tall, `${code.lines} lines and no more rows: nothing wrapped`);
  await page.$eval('#code', (t) => { t.scrollLeft = 200; });
  assert.ok(await page.$eval('#code', (t) => t.scrollLeft > 0), 'the code scrolls sideways');
  assert.deepEqual(errors, []);
  await context.close();
});

// A trust card on a host page on another origin, as a phone and a desktop show it. The longest official name makes
// the heading's hardest case.
const longest = [...trustsData.trusts].sort((a, b) => b.official_name.length - a.official_name.length)[0];
async function hostedCard(name, query, options) {
  const src = `${app.url}card-trust-${longest.ods_code}.html${query}`;
  writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>` +
    `<body><main><h1>A host page</h1>\n<div data-appfinder-src="${src}"></div>\n` +
    `<script src="${app.url}embed.js" defer></script>\n<p>After the card.</p></main></body></html>`);
  const hosted = await openPage(browser, host.url + name, options);
  const frame = await (await hosted.page.waitForSelector('[data-appfinder-src] iframe')).contentFrame();
  await ready(frame);   // card.js (deferred) has run by then
  return { ...hosted, frame };
}

test('a card\'s links open a new tab and say so, and following a source leaves the card in its frame', async () => {
  const { page, context, errors, frame } = await hostedCard('card-links.html', '');
  const links = await frame.$$eval('main a[href]', (as) => as.map((a) => ({ target: a.target, rel: a.rel, text: a.textContent, label: a.getAttribute('aria-label') || '' })));
  assert.ok(links.length >= 2, links.length);
  for (const l of links) {
    assert.equal(l.target, '_blank', l.text);
    assert.match(l.rel, /noopener/);
    assert.match(l.label || l.text, /\(opens in a new tab\)$/, 'a screen reader hears it');
  }
  const cardUrl = frame.url();
  const [tab] = await Promise.all([context.waitForEvent('page'), frame.click('.sources a')]);
  await tab.waitForLoadState();
  assert.match(tab.url(), /sources\.html#source-|^https?:/);
  assert.equal(frame.url(), cardUrl, 'the card stays in its frame');
  assert.equal(await frame.textContent('h1'), longest.official_name);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card\'s heading fits the frame: no bigger than a host\'s h2 on a desktop, and a few lines on a phone', async () => {
  const measure = async (frame) => frame.$eval('h1', (h) => {
    const style = getComputedStyle(h);
    return { size: parseFloat(style.fontSize), lines: Math.round(h.getBoundingClientRect().height / parseFloat(style.lineHeight)) };
  });
  const desktop = await hostedCard('card-desktop.html', '', { width: 1280, height: 800 });
  const wide = await measure(desktop.frame);
  assert.ok(wide.size <= 32.5 && wide.size >= 28, `${wide.size}px on a desktop`);
  await desktop.page.screenshot({ path: artefact('card-1280.png') });
  await desktop.context.close();
  const mobile = await hostedCard('card-phone.html', '', phone);
  const narrow = await measure(mobile.frame);
  assert.ok(narrow.size <= 26 && narrow.size >= 22, `${narrow.size}px on a phone`);
  assert.ok(narrow.lines <= 3, `"${longest.official_name}" takes ${narrow.lines} lines on a phone`);
  await mobile.page.screenshot({ path: artefact('card-390.png') });
  assert.deepEqual(mobile.errors, []);
  await mobile.context.close();
});

test('a card takes the host\'s text size: size=19 gives bigger text than size=16', async () => {
  const body = async (size) => {
    const { context, errors, frame } = await hostedCard(`card-size-${size}.html`, `?size=${size}`);
    const px = await frame.$eval('main p:not(.card-line)', (p) => parseFloat(getComputedStyle(p).fontSize));
    assert.deepEqual(errors, []);
    await context.close();
    return px;
  };
  assert.equal(await body(16), 16);
  assert.equal(await body(19), 19);
});
