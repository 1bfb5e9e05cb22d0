// harness.mjs — shared set-up for the browser tests: a static server for build/site/ on a free
// loopback port, and Debian's Chromium driven by playwright-core with the flags this machine needs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const siteDir = path.join(root, 'build', 'site');
export const artefactDir = path.join(root, 'build', 'test-artefacts');
mkdirSync(artefactDir, { recursive: true });
// The site's pages, in the order of their nav: index.html (the app, with the Programme as text) and the text pages.
export const textPages = ['index.html', 'timeline.html', 'trusts.html', 'apps.html', 'wearables.html', 'sources.html'];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// Starts tools/serve.py on a free port; resolves once it answers.
export async function startServer(dir = siteDir, headers = []) {
  const port = await freePort();
  const args = [path.join(root, 'tools', 'serve.py'), dir, String(port)];
  for (const h of headers) args.push('--header', h);
  const proc = spawn('python3', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    proc.stdout.once('data', resolve);
    proc.once('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => proc.kill() };
}

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-default-apps', '--mute-audio',
];

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
}

// A page that records console errors and page errors for the test to check.
export async function openPage(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // A request cut short because the page navigated on (net::ERR_ABORTED, e.g. the icon of a page left
  // quickly) is the browser's doing, not the site's; any other failed request is an error.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.url()} ${reason}`);
  });
  await page.goto(url);
  return { page, context, errors };
}

export async function waitForState(page, state = 'ready', timeout = 30000) {
  await page.waitForFunction((s) => {
    const v = document.documentElement.getAttribute('data-app-state');
    return v === s || v === 'error';
  }, state, { timeout });
  return page.evaluate(() => document.documentElement.getAttribute('data-app-state'));
}

export function artefact(name) {
  return path.join(artefactDir, name);
}
