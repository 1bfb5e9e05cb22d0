// screens.test.mjs — the Programme (overview and timeline), Trusts (table and map), a trust's detail and
// the Sources screens, on a desktop and a phone: each draws with no console errors, sets its own title,
// records what it shows in the accessible layer, and the trusts can be filtered, sorted and opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, waitForState, waitForIdle, afterFrame, nothingHappensFor, asset, limit, artefact, typeLikePerson, phone } from './harness.mjs';

// Counts come from the data the app was built with.
const { trusts, groups } = asset('trusts.json');
const trustCount = trusts.length;
const inGroup = (id) => trusts.filter((t) => t.group === id).length;
const sourcesWithLinks = asset('sources.json').sources.filter((s) => /^https?:/.test(s.url || '')).length;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const sizes = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }];

// Each screen: its route, the title it sets, and something in the accessible layer that shows it is drawn.
const screens = [
  { key: 'programme', route: '#/programme', title: /^The programme – /,
    ready: () => !!document.querySelector('#a11y-layer [role="img"][aria-label^="Bar chart"]') },
  { key: 'timeline', route: '#/programme?view=timeline', title: /^(Timeline|The programme)/,
    ready: () => [...document.querySelectorAll('#a11y-layer h2')].some((h) => h.textContent === '2016') },
  { key: 'trusts', route: '#/trusts', title: /^Exemplars and fast followers – /,
    ready: () => !!document.querySelector('#a11y-layer input[type="search"]') &&
                 !document.querySelector('#a11y-layer [role="img"][aria-label^="Map of the UK"]') },
  { key: 'map', route: '#/trusts?view=map', title: /^(Map|Exemplars and fast followers)/,
    ready: () => !!document.querySelector('#a11y-layer [role="img"][aria-label^="Map of the UK showing"]') },
  { key: 'detail', route: '#/trusts/RLN', title: /^City Hospitals Sunderland NHS Foundation Trust – /,
    ready: () => !!document.querySelector('#a11y-layer [role="img"][aria-label^="Map of the UK marking"]') },
  { key: 'sources', route: '#/sources', title: /^Sources – /,
    ready: () => [...document.querySelectorAll('#a11y-layer h1')].some((h) => h.textContent === 'Sources') },
];

async function visit(page, route, ready) {
  await page.evaluate((r) => { window.location.hash = r; }, route);
  await page.waitForFunction(ready);
  await waitForIdle(page);                    // ImGui has settled: the screenshot shows the final layout
}

const trustLinks = (page) => page.$$eval('#a11y-layer main a[href^="#/trusts/"]', (as) => as.map((a) => ({
  href: a.getAttribute('href'), text: a.textContent,
  // Where the link is in the window now (the layer's nodes sit over what the canvas draws).
  box: ((r) => [r.left, r.top, r.width, r.height])(a.getBoundingClientRect()),
})));

for (const size of sizes) {
  test(`every screen draws, titles itself and records its content at ${size.width}×${size.height}`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/programme', size);
    assert.equal(await waitForState(page), 'ready');
    const titles = {};
    for (const s of screens) {
      await visit(page, s.route, s.ready);
      titles[s.key] = await page.title();
      assert.match(titles[s.key], s.title, `title of ${s.route}`);
      await page.screenshot({ path: artefact(`screens-${s.key}-${size.name}.png`) });
    }
    // Different screens have different titles.
    const distinct = new Set(['programme', 'trusts', 'detail', 'sources'].map((k) => titles[k]));
    assert.equal(distinct.size, 4, JSON.stringify(titles));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`the table and the map link every trust to its page at ${size.width}×${size.height}`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/trusts', size);
    await waitForState(page);
    await visit(page, '#/trusts', screens[2].ready);
    const rows = await trustLinks(page);
    assert.equal(rows.length, trustCount, 'one link a trust in the table (or cards)');
    assert.ok(rows.every((r) => /^#\/trusts\/[A-Z0-9]{3,5}$/.test(r.href)));
    assert.ok(rows.some((r) => r.text.includes('Sunderland') && r.text.includes('Meditech')), 'a row reads its whole row');
    // No sideways scrolling: every row or card lies inside the window.
    assert.ok(rows.every((r) => r.box[0] >= 0 && r.box[0] + r.box[2] <= size.width + 0.5), 'rows fit the width');

    await visit(page, '#/trusts?view=map', screens[3].ready);
    const map = await page.getAttribute('#a11y-layer [role="img"][aria-label^="Map of the UK showing"]', 'aria-label');
    assert.ok(map.includes(`showing ${trustCount} trusts of the programme`), map);
    for (const g of groups) assert.ok(map.includes(`${g.label}: ${inGroup(g.id)}`), `${g.label} in ${map}`);
    const dots = await trustLinks(page);
    assert.equal(dots.length, trustCount, 'one link a dot');
    // Trusts in one town (three in Newcastle) are drawn apart: every dot is a 24 px target no other covers.
    for (const [i, a] of dots.entries()) {
      assert.ok(a.box[2] >= 24 && a.box[3] >= 24, `${a.href} is at least 24 px`);
      for (const b of dots.slice(i + 1)) {
        const apart = a.box[0] + a.box[2] <= b.box[0] + 0.5 || b.box[0] + b.box[2] <= a.box[0] + 0.5 ||
                      a.box[1] + a.box[3] <= b.box[1] + 0.5 || b.box[1] + b.box[3] <= a.box[1] + 0.5;
        assert.ok(apart, `${a.href} and ${b.href} do not overlap`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the search box and the group filter narrow the table, and a heading sorts it', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts');
  await waitForState(page);
  await visit(page, '#/trusts', screens[2].ready);
  await typeLikePerson(page, '#a11y-layer input[type="search"]', 'cambridge');
  await page.waitForFunction(() => document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]').length === 1);
  assert.equal((await trustLinks(page))[0].href, '#/trusts/RGT');
  await page.keyboard.press('Control+A');   // the box still has focus: select the words and delete them
  await page.keyboard.press('Backspace');
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]').length === n, trustCount);

  // The filter chips are toggle buttons in the accessible layer.
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')]
    .find((b) => b.textContent.startsWith('Show Ambulance')).click());
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]').length === n, inGroup('ambulance'));
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')]
    .find((b) => b.textContent.startsWith('Show Ambulance')).getAttribute('aria-pressed') === 'true');
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')]
    .find((b) => b.textContent === 'Clear the filters').click());
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]').length === n, trustCount);

  // Sorting by town puts the trust whose main town comes first in the alphabet first.
  const firstByTown = [...trusts].sort((a, b) => a.main_town.localeCompare(b.main_town, 'en'))[0].ods_code;
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')]
    .find((b) => b.textContent === 'Sort by Town').click());
  await page.waitForFunction((h) => document.querySelector('#a11y-layer main a[href^="#/trusts/"]').getAttribute('href') === h,
    `#/trusts/${firstByTown}`);
  await page.screenshot({ path: artefact('screens-trusts-sorted-by-town.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

// The trust link to href, after the page scrolls it into the window (as the browser does for a focused link
// or a find-in-page match), once the canvas covers the window and the app is idle: what is drawn there is then
// the link.
async function linkInView(page, size, href = null) {
  await page.evaluate((h) => {
    const links = [...document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]')];
    const a = links.find((l) => h === null || l.getAttribute('href') === h);
    a.scrollIntoView({ block: 'center' });
  }, href);
  await page.waitForFunction(() => {
    const c = document.getElementById('canvas').getBoundingClientRect();
    return c.top <= 0.5 && c.bottom >= window.innerHeight - 0.5 && document.documentElement.getAttribute('data-app-idle') === 'true';
  }, null, { polling: 50 });
  const link = (await trustLinks(page)).find((l) => href === null || l.href === href);
  return { link, x: link.box[0] + Math.min(link.box[2] / 2, 40), y: link.box[1] + link.box[3] / 2 };
}

for (const size of sizes) {
  test(`clicking a trust in the table and a dot on the map opens its page at ${size.width}×${size.height}`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/trusts', size);
    await waitForState(page);
    await visit(page, '#/trusts', screens[2].ready);
    const row = await linkInView(page, size);
    await page.mouse.click(row.x, row.y);
    await page.waitForFunction((h) => window.location.hash === h, row.link.href);
    assert.match(await page.title(), new RegExp('^' + row.link.text.split('.')[0]));

    await visit(page, '#/trusts?view=map', screens[3].ready);
    const dot = await linkInView(page, size, '#/trusts/RHM');      // Southampton
    await afterFrame(page, () => page.mouse.move(dot.x, dot.y));
    await page.screenshot({ path: artefact(`screens-map-tooltip-${size.name}.png`) });
    await page.mouse.click(dot.x, dot.y);
    await page.waitForFunction(() => window.location.hash === '#/trusts/RHM');
    await page.waitForFunction(() => document.title.startsWith('University Hospital Southampton'));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a touch screen a first tap on a dot names its trust and a second tap opens it', async () => {
  const size = { width: 390, height: 844 };
  const context = await browser.newContext({ viewport: size, hasTouch: true, isMobile: true });
  context.setDefaultTimeout(limit);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(server.url + '#/trusts?view=map');
  await waitForState(page);
  await visit(page, '#/trusts?view=map', screens[3].ready);
  const dot = await linkInView(page, size, '#/trusts/RHM');
  await afterFrame(page, () => page.touchscreen.tap(dot.x, dot.y));
  await nothingHappensFor(page);              // a first tap must not navigate: give it the time it would take
  assert.equal(await page.evaluate(() => window.location.hash), '#/trusts?view=map', 'the first tap only names the trust');
  await page.screenshot({ path: artefact('screens-map-first-tap-phone.png') });
  await page.touchscreen.tap(dot.x, dot.y);
  await page.waitForFunction(() => window.location.hash === '#/trusts/RHM');
  assert.deepEqual(errors, []);
  await context.close();
});

test('sources open outside pages in a new tab and long titles stay inside the column', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/sources', { width: 390, height: 844 });
  await waitForState(page);
  await visit(page, '#/sources', screens[5].ready);
  const links = await page.$$eval('#a11y-layer main a[href^="http"]', (as) => as.map((a) => ({
    target: a.getAttribute('target'), rel: a.getAttribute('rel'),
    right: parseFloat(a.style.left) + parseFloat(a.style.width),
  })));
  assert.ok(links.length >= sourcesWithLinks, `${links.length} source links for ${sourcesWithLinks} sources`);
  assert.ok(links.every((l) => l.target === '_blank' && /noopener/.test(l.rel)));
  assert.ok(links.every((l) => l.right <= 390), 'no link runs past the right edge');
  assert.deepEqual(errors, []);
  await context.close();
});

// A detail page's words wrap inside the column on a phone: a bulleted point that ran past the right edge lost its
// last words off screen (the bullet's width was not taken from the wrap width).
test('on a phone, no words of a detail page run past the column\'s right edge', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme', phone);
  await waitForState(page);
  const details = [`#/trusts/${trusts[0].ods_code}`, `#/apps/${asset('apps.json').apps[0].id}`,
    ...asset('wearables.json').topics.map((t) => `#/wearables/${t.id}`)];
  for (const route of details) {
    await visit(page, route, () => !!document.querySelector('#a11y-layer main h1'));
    // The column's right edge mirrors its left one (the heading's left): words past it are clipped off.
    const over = await page.$$eval('#a11y-layer main *', (nodes) => {
      const edge = window.innerWidth - parseFloat(document.querySelector('#a11y-layer main h1').style.left);
      return nodes.filter((n) => n.style.width && parseFloat(n.style.left) + parseFloat(n.style.width) > edge + 0.5)
        .map((n) => `${n.textContent.slice(0, 50)} (right ${parseFloat(n.style.left) + parseFloat(n.style.width)} > ${edge})`);
    });
    assert.deepEqual(over, [], `${route}: words past the column's right edge`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
