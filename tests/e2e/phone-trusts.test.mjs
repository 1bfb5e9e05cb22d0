// phone-trusts.test.mjs — the Trusts screen on a phone (issue 22, part 3): the list of trusts starts on the first
// screen after the heading, with the group and region filters folded behind one "Filter" button that says how many
// are on; and the trusts' map fits England's trusts, its dots spread across the map's width rather than bunched in
// the middle of a map of the whole UK, on two phones and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, waitForState, waitForIdle, pressDrawn, phone, asset } from './harness.mjs';

const trustCount = asset('trusts.json').trusts.length;
const phones = [phone, { ...phone, width: 360, height: 640 }];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

for (const size of phones) {
  test(`at ${size.width}×${size.height} the trusts list starts on the first screen, under one Filter button that counts the filters on`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/trusts', size);
    await waitForState(page);
    await page.waitForFunction(() => document.querySelector('#a11y-layer a[href^="#/trusts/"]'));
    await waitForIdle(page);
    const first = await page.evaluate(() => {
      const h1 = document.querySelector('#a11y-layer h1').getBoundingClientRect();
      const trust = document.querySelector('#a11y-layer a[href^="#/trusts/"]').getBoundingClientRect();
      const chips = [...document.querySelectorAll('#a11y-layer button')].filter((b) => /^Show trusts in /.test(b.getAttribute('aria-label') || b.textContent));
      return { h1: h1.top, trust: trust.top, trustBottom: trust.bottom, chips: chips.length, view: innerHeight };
    });
    assert.ok(first.h1 < first.trust, `the heading (${first.h1}) comes before the first trust (${first.trust})`);
    assert.ok(first.trustBottom <= first.view, `the first trust's card ends at ${first.trustBottom} CSS px, within the ${first.view} px screen`);
    assert.equal(first.chips, 0, 'the region chips are folded away');
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].filter((b) => b.textContent.startsWith('Filter')).map((b) => b.textContent)), ['Filter']);

    // Open the filters, pick a region: the button says one is on, and fewer trusts are listed.
    await pressDrawn(page, page.locator('#a11y-layer button', { hasText: /^Filter$/ }).first(), { touch: true });
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')].some((b) => /^Show trusts in /.test(b.getAttribute('aria-label') || b.textContent)));
    const london = await page.evaluate(() => [...document.querySelectorAll('#a11y-layer button')].findIndex((b) => /^Show trusts in London/.test(b.getAttribute('aria-label') || b.textContent)));
    assert.ok(london >= 0, 'a London chip is shown');
    await pressDrawn(page, page.locator('#a11y-layer button').nth(london), { touch: true });
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-layer button')].some((b) => b.textContent === 'Filter (1 on)'));
    await waitForIdle(page);
    assert.match(await page.evaluate(() => location.hash), /region=London/);
    const listed = await page.evaluate(() => document.querySelectorAll('#a11y-layer a[href^="#/trusts/"]').length);
    assert.ok(listed > 0 && listed < trustCount, `trusts listed: ${listed} of ${trustCount}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const size of [...phones, { width: 1280, height: 800 }]) {
  test(`at ${size.width}×${size.height} the map fits England's trusts: its dots spread across the map's width`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/trusts?view=map', size);
    await waitForState(page);
    await page.waitForFunction(() => document.querySelector('#a11y-layer [role=img][aria-label^="Map of the UK showing"]'));
    await waitForIdle(page);
    const m = await page.evaluate(() => {
      const map = document.querySelector('#a11y-layer [role=img][aria-label^="Map of the UK showing"]').getBoundingClientRect();
      const dots = [...document.querySelectorAll('#a11y-layer a[href^="#/trusts/"]')].map((a) => {
        const r = a.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, name: a.textContent || a.getAttribute('aria-label') };
      }).filter((d) => d.x >= map.left && d.x <= map.right && d.y >= map.top && d.y <= map.bottom);
      return { map: { left: map.left, width: map.width, top: map.top, height: map.height }, dots };
    });
    assert.equal(m.dots.length, trustCount, 'every trust has a dot, a link in the accessible layer, inside the map');
    const xs = m.dots.map((d) => d.x), ys = m.dots.map((d) => d.y);
    const spreadX = (Math.max(...xs) - Math.min(...xs)) / m.map.width, spreadY = (Math.max(...ys) - Math.min(...ys)) / m.map.height;
    // On the whole UK, England's trusts spanned 46% of the map's width and 40% of its height (390×844).
    assert.ok(spreadX >= 0.6, `the dots span ${Math.round(spreadX * 100)}% of the map's width`);
    assert.ok(spreadY >= 0.6, `the dots span ${Math.round(spreadY * 100)}% of the map's height`);
    assert.ok(m.dots.some((d) => / paired with /.test(d.name)), 'the pairings are still there (a line on the map, named on each dot)');
    // Each dot is a link the keyboard reaches (none taken out of the tab order).
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('#a11y-layer a[href^="#/trusts/"]')].every((a) => a.tabIndex >= 0)));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
