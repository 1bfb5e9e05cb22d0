// deploy-headers.test.mjs — the server examples do what they say. docs/deploy/nginx.conf runs in Debian's
// nginx (tools/bootstrap.sh installs it), as written but for: loopback ports, a throwaway self-signed
// certificate made here with openssl, root at build/site/, the full path of mime.types, and one process
// running as the user who runs the test (so it reads build/site/ wherever the checkout is). Every kind of
// file is fetched over HTTPS and every header checked; plain HTTP must send visitors to HTTPS; the app must
// reach ready under those headers with no policy violation. build/site/_headers is read as Netlify and
// Cloudflare Pages read it (every matching rule applies) and must give each file each header once, the
// same values as nginx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, siteDir, freePort, launch, openPage, waitForState } from './harness.mjs';

const example = readFileSync(path.join(root, 'docs', 'deploy', 'nginx.conf'), 'utf8');
// The policy the page itself carries: the server must send the very same one.
const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(readFileSync(path.join(siteDir, 'index.html'), 'utf8'))[1];
const siteFiles = readdirSync(siteDir).filter((f) => !f.startsWith('_'));
const hashed = siteFiles.filter((f) => /\.[0-9a-f]{10}\.(js|css|wasm)$/.test(f));
const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security'];

let nginx, work, httpsPort, httpPort;

// Replaces `from` in the example, and fails when the example no longer has it: the test must follow the example.
function replace(text, from, to) {
  assert.ok(text.includes(from), `docs/deploy/nginx.conf still has ${JSON.stringify(from)}`);
  return text.split(from).join(to);
}

before(async () => {
  execFileSync('nginx', ['-v'], { stdio: 'ignore' });   // throws when nginx is missing: run tools/bootstrap.sh
  work = mkdtempSync(path.join(tmpdir(), 'appfinder-nginx-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem')], { stdio: 'ignore' });
  [httpsPort, httpPort] = [await freePort(), await freePort()];
  let conf = example;
  conf = replace(conf, '    listen [::]:80;\n', '');
  conf = replace(conf, '    listen [::]:443 ssl http2;\n', '');
  conf = replace(conf, 'listen 80;', `listen 127.0.0.1:${httpPort};`);
  conf = replace(conf, 'listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`);
  conf = replace(conf, '/etc/ssl/certs/appfinder.example.org.pem', path.join(work, 'cert.pem'));
  conf = replace(conf, '/etc/ssl/private/appfinder.example.org.key', path.join(work, 'key.pem'));
  conf = replace(conf, 'root /srv/appfinder;', `root ${siteDir};`);
  conf = replace(conf, 'include mime.types;', 'include /etc/nginx/mime.types;');
  writeFileSync(path.join(work, 'example.conf'), conf);
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, d));
  // One process, as whoever runs the test: started as root, nginx would hand requests to workers running as
  // www-data, which cannot read a checkout in a directory only its owner can read (mktemp -d, /root).
  writeFileSync(path.join(work, 'nginx.conf'), `daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    include ${work}/example.conf;
}
`);
  execFileSync('nginx', ['-t', '-p', work, '-e', path.join(work, 'error.log'), '-c', path.join(work, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn('nginx', ['-p', work, '-e', path.join(work, 'error.log'), '-c', path.join(work, 'nginx.conf')], { stdio: 'ignore' });
  // Ready once it answers.
  for (let i = 0; ; i++) {
    try { await get('/'); break; } catch (e) {
      if (nginx.exitCode !== null || i > 2400) throw new Error(`nginx did not start: ${readFileSync(path.join(work, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});
after(() => { if (nginx && nginx.exitCode === null) nginx.kill('SIGQUIT'); });

// One request; resolves to { status, headers, raw: [name, value] pairs, lower-cased names }.
function get(pathname, { https = true, gzip = true } = {}) {
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port: https ? httpsPort : httpPort, path: pathname, rejectUnauthorized: false,
      headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} };
    const req = (https ? request : httpRequest)(options, (res) => {
      res.resume();
      res.on('end', () => {
        const raw = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) raw.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode, headers: res.headers, raw });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const once = (res, name) => res.raw.filter(([n]) => n === name).map(([, v]) => v);

function checkSecurity(res, what) {
  for (const name of securityHeaders) assert.equal(once(res, name).length, 1, `${what}: one ${name}`);
  assert.equal(res.headers['content-security-policy'], metaPolicy, `${what}: the same policy as the page's <meta>`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['referrer-policy'], 'no-referrer', what);
  assert.match(res.headers['permissions-policy'], /camera=\(\).*microphone=\(\).*geolocation=\(\)/, what);
  assert.match(res.headers['strict-transport-security'], /^max-age=(\d+)/, what);
  assert.ok(Number(/max-age=(\d+)/.exec(res.headers['strict-transport-security'])[1]) >= 31536000, `${what}: HSTS for a year or more`);
}

test('nginx: every kind of file gets every security header once, the right type, caching and compression', async () => {
  const kinds = [
    ['/', 'text/html', 'no-cache'],
    ['/index.html', 'text/html', 'no-cache'],
    ['/apps.html', 'text/html', 'no-cache'],
    ['/embed-example.html', 'text/html', 'no-cache'],
    ['/embed.js', 'javascript', 'no-cache'],
    ['/favicon.svg', 'image/svg+xml', 'no-cache'],
    ...hashed.map((f) => ['/' + f, f.endsWith('.wasm') ? 'application/wasm' : f.endsWith('.css') ? 'text/css' : 'javascript',
      'public, max-age=31536000, immutable']),
  ];
  assert.equal(hashed.length, siteFiles.filter((f) => /\.(js|css|wasm)$/.test(f) && f !== 'embed.js').length, 'every script, style and wasm but embed.js is hashed');
  for (const [pathname, type, cache] of kinds) {
    const res = await get(pathname);
    assert.equal(res.status, 200, pathname);
    checkSecurity(res, pathname);
    assert.ok(res.headers['content-type'].includes(type), `${pathname}: ${res.headers['content-type']}`);
    assert.deepEqual(once(res, 'cache-control'), [cache], pathname);
    assert.deepEqual(once(res, 'access-control-allow-origin'), pathname === '/embed.js' ? ['*'] : [], pathname);
    if (!pathname.endsWith('.svg')) assert.equal(res.headers['content-encoding'], 'gzip', pathname);
  }
});

test('nginx: a missing file answers 404 with the security headers too', async () => {
  const res = await get('/no-such-page.html');
  assert.equal(res.status, 404);
  checkSecurity(res, '404');
});

test('nginx: plain HTTP sends visitors to the same address over HTTPS, and nothing else', async () => {
  const res = await get('/apps.html?x=1', { https: false, gzip: false });
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, `https://127.0.0.1/apps.html?x=1`);
});

test('nginx: the app reaches ready over HTTPS under these headers, with no violation and no console error', async () => {
  const browser = await launch(['--ignore-certificate-errors']);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = [];
    const errors = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`https://127.0.0.1:${httpsPort}/#/apps`);
    assert.equal(await waitForState(page), 'ready');
    const count = JSON.parse(readFileSync(path.join(root, 'assets', 'apps.json'), 'utf8')).apps.length;
    await page.waitForFunction((t) => document.getElementById('a11y-layer').textContent.includes(t), `${count} apps found`);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

// _headers as Netlify and Cloudflare Pages apply it: every rule whose path matches adds its headers.
function headerRules() {
  const rules = [];
  for (const line of readFileSync(path.join(siteDir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ pattern: line.trim(), headers: [] }); continue; }
    const at = line.indexOf(':');
    rules.at(-1).headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
  }
  return rules;
}
const matches = (pattern, url) => new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*') + '$').test(url);

test('_headers: every file gets each header from one rule only, with the values nginx sends', async () => {
  const rules = headerRules();
  for (const url of ['/', ...siteFiles.map((f) => '/' + f)]) {
    const got = {};
    for (const rule of rules.filter((r) => matches(r.pattern, url))) {
      for (const [name, value] of rule.headers) {
        assert.equal(got[name], undefined, `${url}: ${name} set by two rules (${rule.pattern} and another)`);
        got[name] = value;
      }
    }
    const res = await get(url);
    for (const name of [...securityHeaders, 'cache-control', 'access-control-allow-origin']) {
      assert.equal(got[name], res.headers[name], `${url}: ${name} in _headers and from nginx`);
    }
  }
});
