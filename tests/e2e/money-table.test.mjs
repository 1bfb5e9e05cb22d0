// money-table.test.mjs — "Where the money went" (issue 24, part 5): the Programme's one table of the kinds of
// trust, read by Chromium's accessibility tree as a table with its column headings and the counts the data
// gives; and a total given elsewhere on the Programme (the £302m key figure) links to it, by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, drawnAndIdle, artefact, root, phone } from './harness.mjs';

const data = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'trusts.json'), 'utf8'));
const rows = data.money.rows;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// The table as Chromium's accessibility tree has it: its name, and each row's cells' names, in order.
async function tableInTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n.role?.value;
  const table = nodes.find((n) => role(n) === 'table' && !n.ignored);
  if (!table) return null;
  const kids = (n) => (n.childIds || []).map((id) => byId.get(id)).filter(Boolean);
  const rowsOf = (n) => kids(n).flatMap((k) => (role(k) === 'row' ? [k] : role(k) === 'rowgroup' || k.ignored ? rowsOf(k) : []));
  const cells = (r) => kids(r).filter((k) => ['cell', 'gridcell', 'columnheader'].includes(role(k))).map((k) => ({ role: role(k), name: k.name?.value }));
  return { name: table.name?.value, rows: rowsOf(table).map(cells) };
}

const trustsCell = (r) => {
  const listed = data.trusts.filter((t) => !t.dropped && r.groups.includes(t.group)).length;
  const s = (r.trusts_approximate ? 'up to ' : '') + r.trusts;
  return listed === r.trusts && !r.trusts_approximate ? s : `${s} (${listed ? listed + ' listed here' : 'none listed here'})`;
};

for (const [label, options] of [['desktop', {}], ['phone', phone]]) {
  test(`${label}: the money table reads as a table, with a heading per column and the counts of the data`, async () => {
    const { page, context, errors } = await openPage(browser, server.url + '#/programme?view=money', options);
    await waitForState(page);
    await page.waitForFunction(() => document.querySelector('#a11y-layer table [role=cell]'));
    await drawnAndIdle(page);
    const table = await tableInTree(page);
    assert.ok(table, 'a table in the accessibility tree');
    assert.equal(table.name, 'Where the money went');
    assert.deepEqual(table.rows[0].map((c) => c.role), Array(5).fill('columnheader'));
    assert.deepEqual(table.rows[0].map((c) => c.name), ['Kind of trust', 'Trusts', 'Most from the centre', 'Matched locally', 'Counted in']);
    assert.equal(table.rows.length, rows.length + 1, 'a row per kind of trust under the headings');
    rows.forEach((r, i) => {
      const cells = table.rows[i + 1].map((c) => c.name);
      assert.equal(cells[0], r.label);
      assert.equal(cells[1], trustsCell(r), `${r.label}: trusts`);
    });
    // The counts a reader checks: 16 hospital exemplars, 7 mental health, 3 ambulance; 18 hospital fast
    // followers named, fewer listed; the mental health fast followers not listed at all.
    const cellOf = (id) => table.rows[rows.findIndex((r) => r.id === id) + 1][1].name;
    assert.equal(cellOf('acute-exemplars'), '16');
    assert.equal(cellOf('ambulance-exemplars'), '3');
    assert.match(cellOf('acute-fast-followers'), /^18 \(\d+ listed here\)$/);
    assert.equal(cellOf('mental-health-fast-followers'), 'up to 7 (none listed here)');
    await page.screenshot({ path: artefact(`money-table-${label}.png`), fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the £302m key figure links to the money table, and Enter on the link opens it', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  const link = '#a11y-layer a[href="#/programme?view=money"]:text("every total in one table")';
  await page.waitForSelector(link, { state: 'attached' });
  const count = await page.locator(link).count();
  assert.ok(count >= 4, `${count} links to the table from the overview (figures, sections, chart)`);
  // The link that follows the £302m figure's card: the first such link after the text "£302m".
  const after302 = await page.evaluate(() => {
    const els = [...document.querySelectorAll('#a11y-layer [data-node]')];
    const at = els.findIndex((e) => e.textContent === '\u00a3302m');
    const l = els.slice(at).find((e) => e.tagName === 'A' && e.textContent.includes('every total in one table'));
    return at >= 0 && l ? l.id : null;
  });
  assert.ok(after302, 'a link to the table after the £302m figure');
  await page.focus('#' + after302);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#/programme?view=money');
  await page.waitForFunction(() => document.querySelector('#a11y-layer table [role=columnheader]'));
  assert.match(await page.title(), /^Where the money went/);
  assert.deepEqual(errors, []);
  await context.close();
});
