// fast-followers.test.mjs — the whole programme (issue 24): fast followers are trusts of their own, found by
// name, by town and by hospital at a person's typing pace, with "Was my trust part of it?" answered in one
// sentence; the link from a fast follower to its exemplar and back; and the map's line between a pair.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, openPage, waitForState, drawnAndIdle, typeLikePerson, artefact, root } from './harness.mjs';
import { decodePng } from './png.mjs';

const data = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'trusts.json'), 'utf8'));
const byOds = new Map(data.trusts.map((t) => [t.ods_code, t]));
const trustsBox = '#a11y-layer main input[type=search]';
const headerBox = '#a11y-layer input[type=search][aria-label^="Search everything"]';
const layerText = (page) => page.evaluate(() => document.getElementById('a11y-layer').textContent);
const waitForText = (page, text) => page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), text);

// Follows a link of the layer as a keyboard user does: focus, then Enter.
async function follow(page, selector) {
  await page.waitForSelector(selector, { state: 'attached' });
  await page.focus(selector);
  await page.keyboard.press('Enter');
}

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const sentence = (ff, ex) => `${byOds.get(ff).official_name} was a fast follower, paired with the exemplar ${byOds.get(ex).official_name} in September 2017 (up to \u00a35m from the centre, matched locally).`;

test('the data pairs each fast follower with an exemplar that lists it back', () => {
  const followers = data.trusts.filter((t) => t.group === 'acute-ff-2017');
  assert.ok(followers.length >= 12, `${followers.length} fast followers`);
  for (const f of followers)
    for (const p of f.partners || []) assert.ok(byOds.get(p).partners.includes(f.ods_code), `${p} lists ${f.ods_code}`);
});

test('a fast follower is found by name on the Trusts screen, typed at a person\'s pace, with its one-sentence answer', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts');
  await waitForState(page);
  await typeLikePerson(page, trustsBox, 'Countess of Chester');
  await waitForText(page, sentence('RJR', 'RBL'));
  assert.equal(await page.inputValue(trustsBox), 'Countess of Chester');
  await page.waitForFunction(() => window.location.hash.startsWith('#/trusts?q=Countess%20of%20Chester'));
  await page.screenshot({ path: artefact('fast-followers-by-name.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('by town, through the header\'s search, the same sentence answers for Gateshead', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/programme');
  await waitForState(page);
  await typeLikePerson(page, headerBox, 'Gateshead');
  await page.waitForFunction(() => window.location.hash === '#/search?q=Gateshead');
  await waitForText(page, sentence('RR7', 'RTD'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('by hospital: "Hereford County Hospital" answers for Wye Valley', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts');
  await waitForState(page);
  await typeLikePerson(page, trustsBox, 'Hereford County Hospital');
  await waitForText(page, sentence('RLQ', 'RBA'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a town not in the programme ("Leeds") says so plainly and lists the same region\'s trusts, nearest first', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts');
  await waitForState(page);
  await typeLikePerson(page, trustsBox, 'Leeds');
  await waitForText(page, 'No trust in Leeds was an exemplar or a fast follower in the programme.');
  const text = await layerText(page);
  assert.ok(text.includes('trusts in North of England, nearest Leeds first'), 'names the region');
  assert.ok(text.includes('North Tees and Hartlepool NHS Foundation Trust, Stockton-on-Tees (fast follower)'), 'lists a fast follower of the region');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a fast follower\'s page leads to its exemplar and the exemplar\'s page back; the money comes first', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts/RJR');
  await waitForState(page);
  await waitForText(page, 'Its exemplar');
  const text = await layerText(page);
  assert.ok(text.indexOf('In money: up to \u00a35m from the centre, matched locally') < text.indexOf('Organisation code (ODS)'), 'money before the ODS code');
  await follow(page, '#a11y-layer a[href="#/trusts/RBL"]');
  await page.waitForFunction(() => window.location.hash === '#/trusts/RBL');
  await waitForText(page, 'Its fast follower');
  await follow(page, '#a11y-layer a[href="#/trusts/RJR"]');
  await page.waitForFunction(() => window.location.hash === '#/trusts/RJR');
  await waitForText(page, sentence('RJR', 'RBL'));
  assert.deepEqual(errors, []);
  await context.close();
});

// The map's pixels at points along the line from North Tees (Stockton) to its exemplar in Liverpool: with
// both tiers shown the line is drawn there; with exemplars only, the same points are land.
test('the map draws a line between North Tees and Hartlepool and its exemplar, and the dot names the pairing', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts?view=map');
  await waitForState(page);
  await drawnAndIdle(page);
  const dot = (ods) => page.locator(`#a11y-layer a[href="#/trusts/${ods}"]`).first();
  assert.match(await dot('RVW').textContent(), new RegExp(`paired with ${byOds.get('RQ6').official_name}`));
  const a = await dot('RVW').boundingBox(), b = await dot('RQ6').boundingBox();
  const at = (f) => ({ x: a.x + a.width / 2 + (b.x - a.x) * f, y: a.y + a.height / 2 + (b.y - a.y) * f });
  const points = [0.35, 0.5, 0.65].map(at);
  const sample = async () => {
    const shot = decodePng(await page.screenshot());
    return points.map(({ x, y }) => {
      const i = (Math.round(y) * shot.width + Math.round(x)) * shot.channels;
      return [shot.pixels[i], shot.pixels[i + 1], shot.pixels[i + 2]];
    });
  };
  const withLine = await sample();
  await page.screenshot({ path: artefact('fast-followers-map.png') });
  await page.goto(server.url + '#/trusts?view=map&tier=exemplars');
  await drawnAndIdle(page);
  assert.equal(await page.locator('#a11y-layer a[href="#/trusts/RVW"]').count(), 0, 'no fast follower with exemplars only');
  const without = await sample();
  for (let i = 0; i < points.length; i++) {
    const diff = withLine[i].reduce((s, v, k) => s + Math.abs(v - without[i][k]), 0);
    assert.ok(diff > 60, `point ${i}: line ${withLine[i]} vs land ${without[i]}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
