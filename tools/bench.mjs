// bench.mjs — measures a built site in headless Chromium: transfer size (gzip of each file), time
// from navigation to the first drawn frame (data-app-state=ready), and frames drawn per second while
// idle. Usage: node tools/bench.mjs [SITE_DIR] [--runs N]. Prints a table, then one JSON line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { startServer, launch, root } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const siteDir = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : path.join(root, 'build', 'site');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const sizes = files(siteDir).map((f) => {
  const raw = readFileSync(f);
  return { file: path.relative(siteDir, f), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
});
const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });

const server = await startServer(siteDir);
const browser = await launch();
const firstFrame = [];
const idleFps = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__rafCalls = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCalls++; cb(t); });
    new MutationObserver(() => {
      const s = document.documentElement.getAttribute('data-app-state');
      if (s === 'ready' && window.__readyAt === undefined) window.__readyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-state'] });
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60000 });
  firstFrame.push(await page.evaluate(() => window.__readyAt));
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.__rafCalls);
  await page.waitForTimeout(3000);
  idleFps.push(((await page.evaluate(() => window.__rafCalls)) - before) / 3);
  await context.close();
}
await browser.close();
server.stop();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log('file'.padEnd(28), 'bytes'.padStart(10), 'gzip'.padStart(10));
for (const s of sizes) console.log(s.file.padEnd(28), String(s.raw).padStart(10), String(s.gzip).padStart(10));
console.log('total'.padEnd(28), String(total.raw).padStart(10), String(total.gzip).padStart(10));
console.log(`time to first frame (ms, ${runs} runs): median ${median(firstFrame).toFixed(0)}, all ${firstFrame.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`idle frames per second: median ${median(idleFps).toFixed(2)}, all ${idleFps.join(' ')}`);
console.log(JSON.stringify({ transfer_bytes: total.raw, transfer_gzip_bytes: total.gzip,
  first_frame_ms: Math.round(median(firstFrame)), idle_fps: median(idleFps) }));
