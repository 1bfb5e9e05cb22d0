// hover-escape.test.mjs — what the pointer's hover shows can be dismissed with Escape without moving the
// pointer (WCAG 2.2, 1.4.13 Content on Hover or Focus), and comes back when the pointer moves again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodePng } from './png.mjs';
import { startServer, launch, openPage, waitForState, afterFrame, asset, drawnAndIdle } from './harness.mjs';

const trusts = asset('trusts.json').trusts;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const settled = drawnAndIdle;

function differing(a, b) {
  let n = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) {
    if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) n++;
  }
  return n;
}

test('Escape hides a map dot\'s hover card without moving the pointer; moving the pointer shows it again', async () => {
  const { page, context, errors } = await openPage(browser, server.url + '#/trusts?view=map');
  await waitForState(page);
  await settled(page);
  // A dot in the middle of the list, brought into the window, then the pointer rests on it.
  const code = trusts[Math.floor(trusts.length / 2)].ods_code;
  const selector = `#a11y-layer main a[href="#/trusts/${code}"]`;
  await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center' }), selector);
  await settled(page);
  const box = await page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  const clip = await page.evaluate(() => {
    const r = document.querySelector('#a11y-layer [role=img][aria-label^="Map of the UK"]').getBoundingClientRect();
    return { x: r.left, y: Math.max(0, r.top), width: r.width, height: Math.min(r.bottom, window.innerHeight) - Math.max(0, r.top) };
  });
  const shot = async () => decodePng(await page.screenshot({ clip }));
  const bare = await shot();
  await afterFrame(page, () => page.mouse.move(box.x, box.y));
  await settled(page);
  const hovered = await shot();
  assert.ok(differing(bare, hovered) > 2000, 'the hover card shows over the map');

  await afterFrame(page, () => page.keyboard.press('Escape'));
  await settled(page);
  const dismissed = await shot();
  assert.equal(differing(bare, dismissed), 0, 'Escape leaves the map as it was before the hover');

  await afterFrame(page, () => page.mouse.move(box.x + 1, box.y));
  await settled(page);
  assert.ok(differing(bare, await shot()) > 2000, 'moving the pointer shows the card again');
  assert.deepEqual(errors, []);
  await context.close();
});
