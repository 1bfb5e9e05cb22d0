// a11y-focus.test.mjs — focus and the accessibility tree, as keyboard and screen-reader users meet them:
// the focus ring on the drawn item on every screen (after each Tab and after scrolling), the skip link,
// the Tab count to the first app, focus kept on a used control, route changes focusing the heading, one
// live region in <main> said once per search, a real <label>, results as a list with their descriptions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng } from './png.mjs';
import { startServer, launch, openPage, waitForState, waitForIdle, afterFrame, nothingHappensFor, asset, drawnAndIdle, assertRingOnItem, typeLikePerson } from './harness.mjs';

const trusts = asset('trusts.json').trusts;
const apps = asset('apps.json').apps;
const topics = asset('wearables.json').topics;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

async function open(route, options = {}) {
  const opened = await openPage(browser, server.url + route, options);
  await waitForState(opened.page);
  await settled(opened.page);
  return opened;
}

const settled = drawnAndIdle;



// Chromium's accessibility tree, as a screen reader gets it: the nodes it does not ignore.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

async function tab(page, shift = false) {
  await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body);
}

const SCREENS = ['#/programme', '#/trusts', `#/trusts/${trusts[0].ods_code}`, '#/apps', `#/apps/${apps[0].id}`,
  '#/wearables', `#/wearables/${topics[0].id}`, '#/sources'];

test('on every screen, after each Tab and after scrolling, the focus ring is on the item the canvas draws', async () => {
  for (const route of SCREENS) {
    const { page, context, errors } = await open(route);
    const stops = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer a[href], #a11y-layer button, #a11y-layer input')]
      .filter((e) => e.tabIndex >= 0).length);
    assert.ok(stops > 0, `${route}: something to Tab to`);
    const presses = Math.min(stops + 1, 12);
    let inLayer = 0;
    for (let i = 0; i < presses; i++) {
      await tab(page);
      if (!(await page.evaluate(() => document.activeElement.hasAttribute('data-node')))) continue;  // the skip link
      inLayer++;
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-focus-rect'));
      await assertRingOnItem(page, `${route}, Tab ${i + 1}`);
    }
    assert.ok(inLayer >= Math.min(stops, presses - 1), `${route}: ${inLayer} of ${presses} Tabs reached the layer`);
    const y = await page.evaluate(() => window.scrollY);
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
    if (room > 0) {
      await page.evaluate((by) => window.scrollBy(0, by), Math.min(150, room));
      await page.waitForFunction((b) => window.scrollY !== b, y);
      await assertRingOnItem(page, `${route}, after scrolling`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the skip link is the first stop, shows when focused and moves focus to the heading in main', async () => {
  const { page, context, errors } = await open('#/apps');
  await tab(page);
  const skip = await page.evaluate(() => {
    const a = document.activeElement, r = a.getBoundingClientRect();
    return { id: a.id, text: a.textContent, top: r.top, height: r.height };
  });
  assert.equal(skip.id, 'skip-link');
  assert.equal(skip.text, 'Skip to main content');
  assert.ok(skip.top >= 0 && skip.height > 10, `the skip link is on screen when focused (top ${skip.top}, height ${skip.height})`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('main')), 'the heading is in main');
  assert.equal(await page.evaluate(() => location.hash), '#/apps', 'the route is unchanged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('from load of #/apps, the first app result is at most 5 Tabs away (with the skip link)', async () => {
  const { page, context, errors } = await open('#/apps');
  const first = await page.evaluate(() => document.querySelector('#a11y-layer main ul li a')?.getAttribute('href'));
  assert.ok(first && first.startsWith('#/apps/'), 'the results are a list of links');
  let tabs = 0;
  const path = [];
  for (; tabs < 40; ) {
    await tab(page);
    tabs++;
    const at = await page.evaluate(() => ({ id: document.activeElement.id, href: document.activeElement.getAttribute('href'),
      name: document.activeElement.textContent || document.activeElement.getAttribute('aria-label') || '' }));
    path.push(at.name.slice(0, 30));
    if (at.href === first) break;
    if (at.id === 'skip-link') {
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.tagName === 'H1');
    }
  }
  console.log(`Tabs from load to the first app: ${tabs} (${path.join(' → ')})`);
  assert.ok(tabs <= 5, `${tabs} Tabs to the first app: ${path.join(' → ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a used topic button keeps focus, and the arrow keys move along the topics', async () => {
  const { page, context, errors } = await open('#/apps');
  const bar = await page.evaluate(() => {
    const t = document.querySelector('#a11y-layer [role=toolbar]');
    return t && { label: t.getAttribute('aria-label'), buttons: t.children.length, stops: [...t.children].filter((b) => b.tabIndex === 0).length };
  });
  assert.ok(bar, 'the topics are a toolbar');
  assert.equal(bar.label, 'Topic');
  assert.equal(bar.stops, 1, 'the toolbar is one Tab stop');
  await page.focus('#a11y-layer [role=toolbar] button[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(second, await page.evaluate(() => document.querySelector('#a11y-layer [role=toolbar]').children[1].textContent));
  await afterFrame(page, () => page.keyboard.press('Enter'));
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-pressed') === 'true');
  const after = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
  assert.equal(after.tag, 'BUTTON');
  assert.equal(after.text.split(',')[0], second.split(',')[0], 'focus stayed on the topic used');
  await tab(page);
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('[role=toolbar]')), false, 'one Tab leaves the toolbar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Copy link keeps focus on its button and "Link copied" is said by the live region', async () => {
  const { page, context, errors } = await open('#/trusts');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === 'Copy link').focus());
  await page.waitForFunction(() => document.activeElement.textContent === 'Copy link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('a11y-live').textContent.trim() === 'Link copied');
  await waitForIdle(page);
  const focus = await page.evaluate(() => ({ tag: document.activeElement.tagName, text: document.activeElement.textContent }));
  assert.equal(focus.tag, 'BUTTON', 'focus is not thrown to <body>');
  assert.equal(focus.text, 'Link copied');
  assert.deepEqual(errors, []);
  await context.close();
});

// On a phone the tabs are under the header's "Menu" button: a keyboard user opens it (Enter) before reaching them.
async function openMenu(page) {
  const menu = page.locator('#a11y-layer button[aria-expanded="false"]', { hasText: /^Menu$/ });
  if (!(await menu.count())) return;
  await menu.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#a11y-layer nav a[href="#/apps"]', { state: 'attached' });
}

for (const device of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3 }]) {
  test(`a route change focuses the new screen's heading, not its search box (${device.name})`, async () => {
    const { page, context, errors } = await open('#/programme', device);
    await openMenu(page);   // a phone's header is one row: its tabs are under "Menu"
    await page.focus('#a11y-layer nav a[href="#/apps"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/apps');
    await page.waitForFunction(() => document.activeElement.tagName === 'H1');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Find a health app');
    await openMenu(page);
    await page.focus('#a11y-layer nav a[href="#/trusts"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/trusts' && document.activeElement.tagName === 'H1');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('one live region, inside main, says the count once per search', async () => {
  const { page, context, errors } = await open('#/apps');
  const regions = await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')]
    .filter((e) => !e.hidden).map((e) => ({ id: e.id, inMain: !!e.closest('#a11y-layer main') })));
  assert.deepEqual(regions, [{ id: 'a11y-live', inMain: true }]);
  // The screen's own count ("40 apps found") is said once it settles: listen after it, for the search's alone.
  await page.waitForFunction(() => /apps? found$/.test(document.getElementById('a11y-live').textContent));
  await page.evaluate(() => {
    window.liveSaid = [];
    const live = document.getElementById('a11y-live');
    new MutationObserver(() => window.liveSaid.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await typeLikePerson(page, '#a11y-layer input[type=search]', 'sleep');
  await page.waitForFunction(() => /apps? found for “sleep”/.test(document.getElementById('a11y-live').textContent));
  await waitForIdle(page);
  await nothingHappensFor(page);
  const said = await page.evaluate(() => window.liveSaid);
  assert.equal(said.length, 1, `the live region changed once for one search: ${JSON.stringify(said)}`);
  // In reading order the count is heard once: from the live region, its paragraph hidden.
  const heard = (await axTree(page)).filter((n) => n.role?.value === 'StaticText' && n.name?.value === said[0]);
  assert.equal(heard.length, 1, 'the count is in the accessibility tree once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search box has a real <label>, and results are a list with each description reachable', async () => {
  const { page, context, errors } = await open('#/apps');
  const box = await page.evaluate(() => {
    const input = document.querySelector('#a11y-layer input[type=search]');
    const label = input.labels && input.labels[0];
    return { ariaLabel: input.getAttribute('aria-label'), label: label && label.textContent, labels: input.labels.length };
  });
  assert.equal(box.ariaLabel, null, 'no aria-label beside the label');
  assert.equal(box.labels, 1);
  assert.match(box.label, /^Search apps/);
  const items = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer main ul li > a')].map((a) => ({
    href: a.getAttribute('href'), description: document.getElementById(a.getAttribute('aria-describedby'))?.textContent,
  })));
  assert.ok(items.length > 0, 'results are list items');
  const byId = new Map(apps.map((a) => [a.id, a]));
  for (const item of items) {
    const a = byId.get(decodeURIComponent(item.href.slice('#/apps/'.length)));
    assert.ok(a, `${item.href} is an app`);
    assert.equal(item.description, a.description, `${a.name}'s description is reachable`);
  }
  const tree = await axTree(page);
  const lists = tree.filter((n) => n.role?.value === 'list'), listItems = tree.filter((n) => n.role?.value === 'listitem');
  assert.ok(lists.length >= 1, 'a list in the accessibility tree');
  assert.ok(listItems.length >= items.length, `${listItems.length} list items for ${items.length} results`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 400% zoom the header scrolls away and never hides the focused item', async () => {
  // 1280×1024 at 400%: a 320×256 CSS px window at 4 device pixels per CSS pixel.
  const { page, context, errors } = await open('#/apps', { width: 320, height: 256, deviceScaleFactor: 4 });
  for (let i = 0; i < 14; i++) {
    await tab(page);
    await settled(page);
    const at = await page.evaluate(() => {
      const el = document.activeElement, r = el.getBoundingClientRect();
      const head = [...document.querySelectorAll('#a11y-layer header [data-node]')].map((e) => e.getBoundingClientRect().bottom);
      return { inHeader: !!el.closest('header') || el.id === 'skip-link', top: r.top, bottom: r.bottom, headerBottom: Math.max(0, ...head),
        name: (el.textContent || el.getAttribute('aria-label') || el.id).slice(0, 40) };
    });
    assert.ok(at.top < 256 && at.bottom > 0, `Tab ${i + 1} (“${at.name}”) is in the window: ${at.top}–${at.bottom}`);
    if (!at.inHeader) assert.ok(at.top >= at.headerBottom - 1, `Tab ${i + 1} (“${at.name}”) at ${at.top} is not under the header (to ${at.headerBottom})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

const inWindow = ([sel, text]) => {
  const el = [...document.querySelectorAll(sel)].find((e) => text === null || e.textContent === text);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
};

test('on a phone, the count and the first results come into view after a search or a filter', async () => {
  const phone = { width: 390, height: 844, deviceScaleFactor: 3 };
  {
    const { page, context, errors } = await open('#/apps', phone);
    await typeLikePerson(page, '#a11y-layer input[type=search]', 'sleep');
    await page.waitForFunction(() => /apps? found for “sleep”/.test(document.getElementById('a11y-live').textContent));
    const count = await page.evaluate(() => document.getElementById('a11y-live').textContent);
    await page.waitForFunction(inWindow, ['#a11y-layer main p', count]);
    await page.waitForFunction(inWindow, ['#a11y-layer main li a', null]);
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { page, context, errors } = await open('#/trusts', phone);
    const london = trusts.filter((t) => t.region === 'London').length;
    // On a phone the group and region chips fold behind one "Filter" button (issue 22): open it first.
    await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => /^Filter/.test(b.textContent)).focus());
    await page.keyboard.press('Space');
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')].some((b) => /London/.test(b.textContent)));
    await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => /London/.test(b.textContent)).focus());
    await page.keyboard.press('Space');
    const count = `Showing ${london} of ${trusts.length} trusts.`;
    await page.waitForFunction(inWindow, ['#a11y-layer main p', count]);
    await page.waitForFunction(inWindow, ['#a11y-layer main li a', null]);
    assert.equal(await page.evaluate(() => location.hash), '#/trusts?region=London', 'the filter is in the address');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('trust filters are in the address: a reload keeps London, and Copy link copies it', async () => {
  const { page, context, errors } = await open('#/trusts?region=London');
  const london = trusts.filter((t) => t.region === 'London');
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer main li a[href^="#/trusts/"]').length === n, london.length);
  const pressed = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer [aria-pressed=true]')].map((b) => b.textContent));
  assert.ok(pressed.some((t) => /London/.test(t)), `London is pressed: ${pressed}`);
  await page.reload();
  await waitForState(page);
  await page.waitForFunction((n) => document.querySelectorAll('#a11y-layer main li a[href^="#/trusts/"]').length === n, london.length);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === 'Copy link').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('a11y-live').textContent.trim() === 'Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.endsWith('#/trusts?region=London'), `the copied link keeps London: ${copied}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('More filters keeps focus in what it opened, and Escape closes it and returns focus to it', async () => {
  const { page, context, errors } = await open('#/apps');
  const more = 'More filters: platform, cost, NHS label';
  await page.evaluate((t) => [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === t).focus(), more);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer [role=toolbar]')].some((t) => t.getAttribute('aria-label') === 'Works on'));
  await waitForIdle(page);
  const inside = await page.evaluate(() => document.activeElement.closest('[role=toolbar]')?.getAttribute('aria-label'));
  assert.equal(inside, 'Works on', 'focus moved to the filters it opened, not to <body>');
  await page.keyboard.press('Escape');
  await page.waitForFunction((t) => document.activeElement.textContent === t, more);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#a11y-layer [role=toolbar]').length), 1, 'only the topics are left');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sort headings say which one is in force, and the sort goes in the address', async () => {
  const { page, context, errors } = await open('#/trusts');
  const sort = () => page.evaluate(() => {
    const bar = [...document.querySelectorAll('#a11y-layer [role=toolbar]')].find((t) => t.getAttribute('aria-label') === 'Sort the trusts');
    return bar && [...bar.children].map((b) => `${b.getAttribute('aria-pressed')} ${b.textContent}`);
  });
  const before = await sort();
  assert.ok(before, 'the sort headings are a toolbar');
  assert.deepEqual(before.filter((s) => s.startsWith('true')), ['true Sorted by Trust, A to Z']);
  await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].find((b) => b.textContent === 'Sort by Town').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/trusts?sort=town');
  await page.waitForFunction(() => document.activeElement.textContent === 'Sorted by Town, A to Z' &&
    document.activeElement.getAttribute('aria-pressed') === 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Programme's sources are one stop per section: a “Sources (n)” button shows them, keeping focus", async () => {
  const { page, context, errors } = await open('#/programme');
  const stops = () => page.evaluate(() => [...document.querySelectorAll('#a11y-layer main a[href], #a11y-layer main button')]
    .map((e) => e.tagName === 'BUTTON' && /^Sources \(\d+\)$/.test(e.textContent) ? `D${e.getAttribute('aria-expanded')}` : /^Source: /.test(e.textContent) ? 'S' : '-'));
  const before = await stops();
  const disclosures = before.filter((s) => s.startsWith('D')).length;
  assert.ok(disclosures > 0, 'sections with several sources have a Sources button');
  assert.ok(!before.join('').includes('SS'), 'no two source links in a row while closed');
  assert.ok(before.every((s) => s !== 'Dtrue'), 'all closed at first');
  const n = await page.evaluate(() => {
    const b = [...document.querySelectorAll('#a11y-layer main button')].find((e) => /^Sources \(\d+\)$/.test(e.textContent));
    b.focus();
    return Number(/\d+/.exec(b.textContent)[0]);
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.getAttribute('aria-expanded') === 'true');
  const after = await stops();
  assert.equal(after.filter((s) => s === 'S').length, before.filter((s) => s === 'S').length + n, `${n} source links shown`);
  assert.ok(after.join('').includes('Dtrue' + 'S'.repeat(n)), 'right after their button');
  assert.deepEqual(errors, []);
  await context.close();
});

test('map dots come north to south, and a focused dot shows its tooltip until Escape', async () => {
  const { page, context, errors } = await open('#/trusts?view=map');
  const dots = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer main a[href^="#/trusts/"]')]
    .filter((a) => !a.closest('li')).map((a) => decodeURIComponent(a.getAttribute('href').slice('#/trusts/'.length))));
  assert.equal(dots.length, trusts.length, 'one dot per trust');
  const lat = new Map(trusts.map((t) => [t.ods_code, t.lat]));
  for (let i = 1; i < dots.length; i++) {
    assert.ok(lat.get(dots[i - 1]) >= lat.get(dots[i]), `${dots[i - 1]} (${lat.get(dots[i - 1])}) before ${dots[i]} (${lat.get(dots[i])})`);
  }
  // The map's part of the window, drawn: with the focused dot's tooltip, then after Escape.
  const shot = async () => decodePng(await page.screenshot({ clip: await page.evaluate(() => {
    const r = document.querySelector('#a11y-layer [role=img][aria-label^="Map of the UK"]').getBoundingClientRect();
    return { x: r.left, y: Math.max(0, r.top), width: r.width, height: Math.min(r.bottom, window.innerHeight) - Math.max(0, r.top) };
  }) }));
  const focusDot = (code) => page.evaluate((c) => document.querySelector(`#a11y-layer main a[href="#/trusts/${c}"]`).focus(), code);
  const middle = dots[Math.floor(dots.length / 2)];
  await afterFrame(page, () => focusDot(middle));
  await settled(page);
  const withTip = await shot();
  await afterFrame(page, () => page.keyboard.press('Escape'));
  await settled(page);
  const closed = await shot();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), `#/trusts/${middle}`, 'focus stays on the dot');
  let changed = 0;
  for (let i = 0; i < withTip.pixels.length; i += withTip.channels) {
    if (withTip.pixels[i] !== closed.pixels[i] || withTip.pixels[i + 1] !== closed.pixels[i + 1]) changed++;
  }
  assert.ok(changed > 2000, `the tooltip covered ${changed} pixels, and Escape took it away`);
  assert.deepEqual(errors, []);
  await context.close();
});
