// bench.mjs — measures built sites in headless Chromium: transfer size (gzip of each file the page fetches),
// time from navigation to the first drawn frame (data-app-state=ready), and frames drawn per second while
// idle (requestAnimationFrame callbacks over 3 s once the page has settled); medians over --runs runs.
//   node tools/bench.mjs [SITE_DIR] [--runs N]
//       one site (default build/site): a table, then one JSON line
//       {transfer_bytes, transfer_gzip_bytes, first_frame_ms, idle_fps}
//   node tools/bench.mjs SITE_DIR --bare BARE_DIR [--runs N] [--lighthouse]
//                        [--search-cli PATH] [--search-wasm PATH] [--apps N]
//       ours beside a bare Dear ImGui app (bench/bare), measured in the same runs, taking turns; with
//       Lighthouse scores (tools/lighthouse.mjs) and the search bench at N apps (default 10000) from the CLI
//       and from the WebAssembly build under Node. Prints a table, then one JSON line {ours, bare, ratio}.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { startServer, launch, root } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
function option(name, fallback = undefined) {
  const at = args.lastIndexOf(name);   // the last one wins: bench.sh passes defaults first
  return at >= 0 ? args[at + 1] : fallback;
}
const runs = Number(option('--runs', 5));
if (!(runs >= 1)) throw new Error('--runs needs a number of runs, 1 or more');
const siteDir = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : path.join(root, 'build', 'site');
const bareDir = option('--bare') && path.resolve(option('--bare'));
const withLighthouse = args.includes('--lighthouse');
const searchCli = option('--search-cli');
const searchWasm = option('--search-wasm');
const apps = Number(option('--apps', 10000));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Opens url in a fresh context; returns the time to the first frame, the idle frame rate, and the paths
// (relative to the site) of every file the page fetched from its own server.
async function measureOnce(browser, url) {
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
  const fetched = new Set();
  const missing = new Set();
  page.on('response', (res) => {
    if (!res.url().startsWith(url)) return;
    const file = decodeURIComponent(new URL(res.url()).pathname).replace(/^\//, '') || 'index.html';
    (res.status() === 200 ? fetched : missing).add(file.endsWith('/') ? `${file}index.html` : file);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60000 });
  const firstFrame = await page.evaluate(() => window.__readyAt);
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.__rafCalls);
  await page.waitForTimeout(3000);
  const idleFps = ((await page.evaluate(() => window.__rafCalls)) - before) / 3;
  await context.close();
  return { firstFrame, idleFps, fetched, missing };
}

function transfer(dir, fetched) {
  const sizes = [...fetched].sort().map((file) => {
    const p = path.join(dir, file);
    if (!existsSync(p) || !statSync(p).isFile()) return null;
    const raw = readFileSync(p);
    return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  }).filter(Boolean);
  const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return { sizes, total };
}

function printSizes(sizes, total) {
  console.log('file'.padEnd(28), 'bytes'.padStart(10), 'gzip'.padStart(10));
  for (const s of sizes) console.log(s.file.padEnd(28), String(s.raw).padStart(10), String(s.gzip).padStart(10));
  console.log('total'.padEnd(28), String(total.raw).padStart(10), String(total.gzip).padStart(10));
}

// Measures each site `runs` times, the sites taking turns, in one browser.
async function measureSites(dirs) {
  const servers = [];
  for (const dir of dirs) servers.push(await startServer(dir));
  const results = dirs.map(() => ({ firstFrame: [], idleFps: [], fetched: new Set(), missing: new Set() }));
  const browser = await launch();
  try {
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < dirs.length; k++) {
        const r = await measureOnce(browser, servers[k].url);
        results[k].firstFrame.push(r.firstFrame);
        results[k].idleFps.push(r.idleFps);
        r.fetched.forEach((f) => results[k].fetched.add(f));
        r.missing.forEach((f) => results[k].missing.add(f));
      }
    }
  } finally {
    await browser.close();
  }
  return { servers, results: results.map((r, k) => ({ ...r, ...transfer(dirs[k], r.fetched) })) };
}

// The last JSON line of a search bench (appfinder-cli bench, or appfinder-bench.js under Node).
function searchBench(command, commandArgs) {
  const run = spawnSync(command, [...commandArgs, '--apps', String(apps)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${run.status}): ${run.stderr}`);
  const last = run.stdout.trim().split('\n').pop();
  return JSON.parse(last);
}

if (!bareDir) {
  // One site, as this script always printed it.
  const { servers, results: [r] } = await measureSites([siteDir]);
  servers.forEach((s) => s.stop());
  printSizes(r.sizes, r.total);
  console.log(`time to first frame (ms, ${runs} runs): median ${median(r.firstFrame).toFixed(0)}, all ${r.firstFrame.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`idle frames per second: median ${median(r.idleFps).toFixed(2)}, all ${r.idleFps.join(' ')}`);
  console.log(JSON.stringify({ transfer_bytes: r.total.raw, transfer_gzip_bytes: r.total.gzip,
    first_frame_ms: Math.round(median(r.firstFrame)), idle_fps: median(r.idleFps) }));
  process.exit(0);
}

// Ours beside the bare app.
const { servers, results } = await measureSites([siteDir, bareDir]);
const names = ['ours', 'bare'];
const out = { ours: {}, bare: {} };
const notes = [];
results.forEach((r, k) => {
  Object.assign(out[names[k]], {
    files: r.sizes.length, transfer_bytes: r.total.raw, transfer_gzip_bytes: r.total.gzip,
    first_frame_ms: Math.round(median(r.firstFrame)), idle_fps: Number(median(r.idleFps).toFixed(2)),
  });
  if (r.missing.size) notes.push(`${names[k]}: requests that found no file: ${[...r.missing].join(', ')}`);
});

const lighthouse = {};
if (withLighthouse) {
  const { runLighthouse } = await import('./lighthouse.mjs');
  for (let k = 0; k < names.length; k++) {
    try {
      lighthouse[names[k]] = await runLighthouse(servers[k].url);
    } catch (err) {
      const reason = String(err && err.message || err);
      lighthouse[names[k]] = { performance: null, accessibility: null, best_practices: null, seo: null, failed: [],
        null_reasons: { performance: reason, accessibility: reason, best_practices: reason, seo: reason } };
    }
    const lh = lighthouse[names[k]];
    Object.assign(out[names[k]], {
      lighthouse_performance: lh.performance, lighthouse_accessibility: lh.accessibility,
      lighthouse_best_practices: lh.best_practices, lighthouse_seo: lh.seo,
      lighthouse_fcp_ms: lh.metrics?.fcp_ms ?? null, lighthouse_speed_index_ms: lh.metrics?.speed_index_ms ?? null,
      lighthouse_cls: lh.metrics?.cls ?? null,
      lighthouse_failed: lh.failed.filter((f) => !f.error).map((f) => f.id),
    });
  }
}
servers.forEach((s) => s.stop());

// Search: ours only; the bare app has none.
const search = {};
if (searchCli) search.native = searchBench(searchCli, ['bench']);
if (searchWasm) search.wasm = searchBench(process.execPath, [searchWasm]);
for (const [target, r] of Object.entries(search)) {
  out.ours[`search_${target}_p50_us`] = r.p50_us;
  out.ours[`search_${target}_p99_us`] = r.p99_us;
  out.bare[`search_${target}_p50_us`] = null;
  out.bare[`search_${target}_p99_us`] = null;
}

const ratio = {};
for (const [key, v] of Object.entries(out.ours)) {
  if (Array.isArray(v)) continue;
  const b = out.bare[key];
  ratio[key] = typeof v === 'number' && typeof b === 'number' && b !== 0 ? Number((v / b).toFixed(3)) : null;
}

// The table.
const fmt = (v, digits = 0) => (v === null || v === undefined ? 'n/a' : typeof v === 'number' ? v.toFixed(digits) : String(v));
const rows = [
  ['files the page fetches', 'files', 0],
  ['transfer, bytes', 'transfer_bytes', 0],
  ['transfer, gzip bytes', 'transfer_gzip_bytes', 0],
  [`time to first frame, ms (median of ${runs})`, 'first_frame_ms', 0],
  [`idle frames per second (median of ${runs})`, 'idle_fps', 2],
];
if (withLighthouse) {
  rows.push(['Lighthouse performance (mobile)', 'lighthouse_performance', 2],
    ['Lighthouse accessibility', 'lighthouse_accessibility', 2],
    ['Lighthouse best practices', 'lighthouse_best_practices', 2],
    ['Lighthouse SEO', 'lighthouse_seo', 2],
    ['Lighthouse first contentful paint, ms (simulated)', 'lighthouse_fcp_ms', 0],
    ['Lighthouse speed index, ms (simulated)', 'lighthouse_speed_index_ms', 0],
    ['Lighthouse cumulative layout shift', 'lighthouse_cls', 3]);
}
for (const target of Object.keys(search)) {
  const where = target === 'native' ? 'native CLI' : 'WebAssembly, Node';
  rows.push([`search p50 at ${apps} apps, us (${where})`, `search_${target}_p50_us`, 1],
    [`search p99 at ${apps} apps, us (${where})`, `search_${target}_p99_us`, 1]);
}
for (const [k, r] of results.entries()) {
  console.log(`${names[k]} (${path.relative(root, [siteDir, bareDir][k]) || '.'}): files the page fetches`);
  printSizes(r.sizes, r.total);
  console.log(`  time to first frame, ms: ${r.firstFrame.map((x) => x.toFixed(0)).join(' ')}; idle fps: ${r.idleFps.map((x) => x.toFixed(2)).join(' ')}`);
  console.log('');
}
const w = Math.max(...rows.map((r) => r[0].length)) + 2;
console.log(''.padEnd(w), 'ours'.padStart(12), 'bare'.padStart(12), 'ours/bare'.padStart(12));
for (const [label, key, digits] of rows) {
  console.log(label.padEnd(w), fmt(out.ours[key], digits).padStart(12), fmt(out.bare[key], digits).padStart(12),
    fmt(ratio[key], 3).padStart(12));
}
for (const [name, lh] of Object.entries(lighthouse)) {
  for (const [cat, reason] of Object.entries(lh.null_reasons || {})) notes.push(`Lighthouse ${cat}, ${name}: null: ${reason}`);
  const failed = lh.failed.filter((f) => !f.error);
  if (failed.length) {
    notes.push(`Lighthouse audits that did not pass, ${name}: ` +
      failed.map((f) => `${f.id} (${f.category}, score ${f.score}${f.weight ? '' : ', weight 0'})`).join(', '));
  }
}
if (notes.length) console.log(`\n${notes.join('\n')}`);
console.log(JSON.stringify({ ours: out.ours, bare: out.bare, ratio }));
// Lighthouse may leave handles open; everything is printed.
process.exit(0);
