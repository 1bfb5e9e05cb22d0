// security-data.test.mjs — ?data= tried as an attacker would, on a host that sends NO security header, so
// only the page's own defences count: its <meta> Content-Security-Policy, the ?data= address check, fetch
// with redirects refused, and the size limit. Also: an id from the address is never shown, and the
// accessible layer gives no href to an address outside its allow-list.
// The site is copied to <root>/app/; <root>/uploads/ holds data outside the app's folder, and another
// origin serves data of its own (with CORS allowed, so only the page's checks keep it out).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, siteDir, root as repoRoot, waitForState } from './harness.mjs';

const bundledApps = JSON.parse(readFileSync(path.join(repoRoot, 'assets', 'apps.json'), 'utf8'));
const bundledCount = `${bundledApps.apps.length} apps found`;
// Three real apps renamed, so data that got through would be easy to see.
const foreign = structuredClone(bundledApps);
foreign.apps = foreign.apps.slice(0, 3).map((a, i) => ({ ...a, name: `Planted app ${i + 1}` }));
const mine = structuredClone(bundledApps);
mine.apps = mine.apps.slice(0, 3);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.json': 'application/json' };

// A plain static server with redirects, and no security header of any kind.
function serve(dir, redirects = {}, extraHeaders = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const target = redirects[url.pathname];
    if (target) {
      res.writeHead(302, { Location: typeof target === 'function' ? target() : target });
      res.end();
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', ...extraHeaders });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}/`, port, stop: () => server.close() });
  }));
}

let site, other, browser, siteRoot;
before(async () => {
  siteRoot = mkdtempSync(path.join(tmpdir(), 'appfinder-secdata-'));
  const app = path.join(siteRoot, 'app');
  cpSync(siteDir, app, { recursive: true });
  mkdirSync(path.join(siteRoot, 'uploads'));
  writeFileSync(path.join(siteRoot, 'uploads', 'apps.json'), JSON.stringify(foreign));
  mkdirSync(path.join(app, 'mine'));
  writeFileSync(path.join(app, 'mine', 'apps.json'), JSON.stringify(mine));
  // Over the 8 MB limit: the same app many times.
  mkdirSync(path.join(app, 'big'));
  const big = structuredClone(mine);
  const copies = Math.ceil((9 * 1024 * 1024) / JSON.stringify(mine.apps[0]).length);
  big.apps = Array.from({ length: copies }, (_, i) => ({ ...mine.apps[0], id: `app-${i}` }));
  writeFileSync(path.join(app, 'big', 'apps.json'), JSON.stringify(big));
  assert.ok(statSync(path.join(app, 'big', 'apps.json')).size > 8 * 1024 * 1024, 'the big file is over 8 MB');

  // The crafted file of tests/data/bad/key-2mb: one 2 MB key holding 151 repeats of one key.
  mkdirSync(path.join(app, 'key'));
  writeFileSync(path.join(app, 'key', 'synonyms.json'),
    `{"groups": [["a b", "c d"]], "${'k'.repeat(2 * 1024 * 1024)}": {${'"a": 1, '.repeat(150)}"a": 1}}`);

  const otherDir = mkdtempSync(path.join(tmpdir(), 'appfinder-other-'));
  writeFileSync(path.join(otherDir, 'apps.json'), JSON.stringify(foreign));
  other = await serve(otherDir, {}, { 'Access-Control-Allow-Origin': '*' });
  site = await serve(siteRoot, {
    '/app/go/apps.json': other.url + 'apps.json',    // a same-site short link to another site
    '/app/moved/apps.json': '/uploads/apps.json',    // a same-site redirect out of the app's folder
  });
  browser = await launch();
});
after(async () => { await browser?.close(); site?.stop(); other?.stop(); });

// Opens the app with `query`, records CSP violations and errors; returns the page and the first response.
async function open(query, hash = '#/apps') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  const response = await page.goto(site.url + 'app/index.html' + query + hash);
  assert.equal(await waitForState(page), 'ready');
  return { page, context, response, errors, requests };
}

const layerText = (page) => page.evaluate(() => document.getElementById('a11y-layer').textContent);

test('the page sends no policy header here, carries its own <meta> policy, and reaches ready under it', async () => {
  const { page, context, response, errors } = await open('');
  const headers = response.headers();
  assert.equal(headers['content-security-policy'], undefined, 'this server sends no CSP header');
  const policy = await page.evaluate(() => {
    const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return meta && { content: meta.content, beforeLinks: !meta.compareDocumentPosition(document.head.querySelector('link')) ||
      !!(meta.compareDocumentPosition(document.head.querySelector('link')) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  assert.ok(policy, 'index.html has a <meta http-equiv="Content-Security-Policy">');
  // connect-src, style-src, img-src and font-src fall back to default-src 'self'; none may widen it.
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'",
    "base-uri 'none'", "form-action 'none'"]) assert.ok(policy.content.includes(directive), directive);
  assert.ok(!/data:|\*|https?:|unsafe-inline|(connect|style|img|font)-src/.test(policy.content), `nothing wider: ${policy.content}`);
  assert.ok(policy.beforeLinks, 'the policy comes before the stylesheet and icon');
  await page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), bundledCount);
  // The policy is in force: a script from another origin is refused and reported.
  const blocked = await page.evaluate((src) => new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve('loaded');
    s.onerror = () => resolve('blocked');
    document.head.appendChild(s);
  }), other.url + 'apps.json');
  assert.equal(blocked, 'blocked');
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [`script-src-elem ${other.url}apps.json`], 'the one violation is the test\'s own script');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every text page carries the same <meta> policy', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const index = await (await fetch(site.url + 'app/index.html')).text();
  const expected = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(index);
  assert.ok(expected, 'index.html has the policy');
  for (const name of ['timeline.html', 'money.html', 'trusts.html', 'apps.html', 'wearables.html', 'sources.html']) {
    await page.goto(site.url + 'app/' + name);
    const content = await page.evaluate(() => document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.equal(content, expected[1], name);
  }
  await context.close();
});

test('?data= inside the app\'s folder still loads (the checks below can tell data that got through)', async () => {
  const { page, context, errors } = await open('?data=mine/apps.json');
  await page.waitForFunction(() => /3 apps found/.test(document.getElementById('a11y-layer').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

// Each address must end with the bundled apps and a notice, and none of the planted apps.
const attacks = [
  ['a same-site redirect to another origin', 'go/apps.json', /redirect, which is not followed/],
  ['a same-site redirect out of the app\'s folder', 'moved/apps.json', /redirect, which is not followed/],
  ['another origin written //host', () => `//127.0.0.1:${other.port}/apps.json`, /not on this site/],
  ['another origin written in full', () => `${other.url}apps.json`, /not on this site/],
  ['another origin written \\\\host', () => `\\\\127.0.0.1:${other.port}\\apps.json`, /not on this site/],
  ['../ out of the app\'s folder', '../uploads/', /\. or \.\. part/],
  ['../ after a folder', 'mine/../../uploads/apps.json', /\. or \.\. part/],
  ['an absolute path', '/uploads/apps.json', /starts with \//],
  ['encoded dots', '%2e%2e/uploads/', /a character other than/],
  ['an encoded slash', '..%2fuploads%2fapps.json', /a character other than/],
  ['an encoded backslash', '..%5cuploads%5capps.json', /a character other than/],
  ['backslashes', '..\\uploads\\apps.json', /a character other than/],
];
for (const [what, value, why] of attacks) {
  test(`?data= as ${what} shows the bundled data and a notice`, async () => {
    const raw = typeof value === 'function' ? value() : value;
    const { page, context, response, errors, requests } = await open('?data=' + encodeURIComponent(raw));
    assert.equal(response.headers()['content-security-policy'], undefined);
    await page.waitForFunction(() => /bundled data is shown instead/.test(document.getElementById('a11y-layer').textContent));
    await page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), bundledCount);
    const text = await layerText(page);
    assert.match(text, why);
    assert.ok(!text.includes('Planted app'), 'no planted app is shown');
    assert.ok(!text.includes('uploads') && !text.includes(String(other.port)), 'the notice does not repeat the address');
    assert.ok(!requests.some((u) => u.startsWith(other.url) || u.includes('/uploads/')), `nothing was fetched from outside: ${requests.join(' ')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('?data= of a file over 8 MB is refused before it is copied into wasm memory, and the bundled data stays', async () => {
  const { page, context, errors } = await open('?data=big/apps.json');
  await page.waitForFunction(() => /larger than 8 MB/.test(document.getElementById('a11y-layer').textContent));
  await page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), bundledCount);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?data= of a file with a 2 MB key is one short notice, and the bundled data stays', async () => {
  const { page, context, errors } = await open('?data=key/synonyms.json');
  await page.waitForFunction(() => /longer than 1024 bytes/.test(document.getElementById('a11y-layer').textContent));
  await page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), bundledCount);
  const text = await layerText(page);
  assert.match(text, /synonyms\.json: file has a key longer than 1024 bytes \(2097152 bytes\)/);
  assert.ok(!text.includes('k'.repeat(100)), 'the key is not repeated in full');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an id in the address is never shown on the page', async () => {
  const words = 'Warning: this app has been withdrawn. Call 0800 000 000';
  for (const screen of ['apps', 'trusts', 'wearables']) {
    const { page, context, errors } = await open('', `#/${screen}/${encodeURIComponent(words)}`);
    await page.waitForFunction(() => /not found/.test(document.getElementById('a11y-layer').textContent));
    const seen = await page.evaluate(() => document.getElementById('a11y-layer').textContent + document.title);
    assert.ok(!seen.includes('0800') && !seen.includes('withdrawn'), `${screen}: ${seen.slice(0, 200)}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the accessible layer gives no href to an address outside its allow-list', async () => {
  const { page, context, errors } = await open('', '#/sources');
  const hrefs = await page.evaluate(() => {
    const given = ['#/apps', 'apps.html#app-x', 'https://www.england.nhs.uk/', 'mailto:someone@example.org',
      'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'https://nhs.uk@evil.example/login',
      'https:\\\\evil.example', '//evil.example/', 'https://evil.example/\u202Elmth.exe', ' https://example.org'];
    // Link nodes as the C++ side sends them (src/platform/a11y_dom.cpp): role 2, name, href, id; and their
    // places, each 20 px below the one before.
    const nodes = given.map((href, i) => ({ r: 2, n: 'link ' + i, h: href, i: 9000 + i }));
    window.AppfinderLayer.update(JSON.stringify({ nodes, pos: given.flatMap((h, i) => [0, i ? 20 : 0, 100, 20]) }));
    const links = [...document.querySelectorAll('#a11y-layer a')];
    return given.map((href, i) => [href, links.find((a) => a.textContent === 'link ' + i)?.getAttribute('href') ?? null]);
  });
  const kept = hrefs.filter(([, got]) => got !== null).map(([given]) => given);
  assert.deepEqual(kept, ['#/apps', 'apps.html#app-x', 'https://www.england.nhs.uk/', 'mailto:someone@example.org']);
  for (const [given, got] of hrefs) if (got !== null) assert.equal(got, given);
  assert.deepEqual(errors, []);
  await context.close();
});
