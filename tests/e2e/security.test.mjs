// security.test.mjs — the site under the strict Content-Security-Policy the NHS hosts use, with no
// request leaving its own origin, no cookies and nothing stored in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { textPages, startServer, launch, waitForState, waitForIdle, limit, typeLikePerson } from './harness.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

let server, browser;
before(async () => { server = await startServer(undefined, [`Content-Security-Policy: ${CSP}`]); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function strictPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(limit);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

const visit = async (page, hash) => {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForFunction((h) => window.location.hash === h, hash);
  await waitForIdle(page);
};

test('every screen works under the strict policy with no violation', async () => {
  const { context, page, errors } = await strictPage();
  await page.goto(server.url);
  assert.equal(await waitForState(page), 'ready');
  for (const hash of ['#/programme', '#/programme?view=timeline', '#/trusts', '#/trusts?view=map', '#/trusts/RRK',
    '#/apps', '#/apps?q=asthma', '#/apps/mycopd', '#/wearables', '#/wearables/accuracy', '#/sources']) {
    await visit(page, hash);
  }
  await visit(page, '#/apps');
  await typeLikePerson(page, '#a11y-layer input[type=search]', 'sleep');
  await page.waitForFunction(() => window.location.hash === '#/apps?q=sleep');
  await waitForIdle(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the text pages load under the strict policy with no violation', async () => {
  const { context, page, errors } = await strictPage();
  for (const name of textPages) {
    await page.goto(server.url + name, { waitUntil: 'networkidle' });   // so the next page aborts no late request
    if (name === 'index.html') assert.equal(await waitForState(page), 'ready');
    assert.equal(await page.locator('#static-content h1').count(), 1, name);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], name);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embedding example works under the strict policy', async () => {
  const { context, page, errors } = await strictPage();
  await page.goto(server.url + 'embed-example.html');
  const iframe = await page.waitForSelector('iframe');
  await iframe.scrollIntoViewIfNeeded();    // an off-screen frame draws nothing until it is seen
  const frame = await iframe.contentFrame();
  assert.equal(await waitForState(frame), 'ready');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the site, no cookie is set and nothing is stored', async () => {
  const { context, page, requests } = await strictPage();
  await page.goto(server.url + '#/apps?q=asthma');
  await waitForState(page);
  await visit(page, '#/apps/myasthma');
  await visit(page, '#/trusts');
  const origin = new URL(server.url).origin;
  const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.ok(requests.length > 0);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: (await caches.keys()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, idb: 0, caches: 0, cookie: '' });
  await context.close();
});
