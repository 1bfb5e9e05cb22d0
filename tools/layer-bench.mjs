// layer-bench.mjs — what the accessible layer costs a frame: the bytes each message to web/layer.js
// carries, and the time AppfinderLayer.update() takes to apply it, on the Programme (1280x800) in Chromium.
//   node tools/layer-bench.mjs [SITE_DIR] [--runs N] [--dump FILE]
// Prints, as medians over the runs (and each run's times): the first full node list (bytes, ms to apply, nodes), the
// positions-only message after the window narrows (bytes), and the mean time to apply the same full list again (the steady case).
// --dump FILE writes the last run's two messages ({ full, positions }, each the JSON text as sent), for
// tools/layer-formats.mjs.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, waitForIdle, root } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const site = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : path.join(root, 'build', 'site');
const runs = Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : null;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(site);
const browser = await launch();
const rows = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      window.__layer = [];
      let api;
      Object.defineProperty(window, 'AppfinderLayer', {
        configurable: true,
        get() { return api; },
        set(v) {
          const update = v.update;
          v.update = function (json) {
            const t0 = performance.now();
            update.call(this, json);
            window.__layer.push({ bytes: new TextEncoder().encode(json).length, ms: performance.now() - t0, json });
          };
          api = v;
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html#/programme`);
    await waitForIdle(page);
    const first = await page.evaluate(() => {
      const m = window.__layer.find((x) => JSON.parse(x.json).nodes);
      return { bytes: m.bytes, ms: m.ms, nodes: JSON.parse(m.json).nodes.length, json: m.json };
    });
    const before = await page.evaluate(() => window.__layer.length);
    await page.setViewportSize({ width: 1180, height: 800 }); // the same nodes, in other places
    await page.waitForFunction((n) => window.__layer.length > n, before, { polling: 50 });
    await waitForIdle(page);
    const pos = await page.evaluate((n) => {
      const m = window.__layer.slice(n).find((x) => { const j = JSON.parse(x.json); return j.pos && !j.nodes; });
      return m ? { bytes: m.bytes, json: m.json } : null;
    }, before);
    if (dump) writeFileSync(dump, JSON.stringify({ full: first.json, positions: pos && pos.json }));
    const again = await page.evaluate((json) => {
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) window.AppfinderLayer.update(json);
      return (performance.now() - t0) / 200;
    }, first.json);
    rows.push({ bytes: first.bytes, ms: first.ms, nodes: first.nodes, pos: pos && pos.bytes, again });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
const out = {
  nodes: median(rows.map((x) => x.nodes)),
  full_list_bytes: median(rows.map((x) => x.bytes)),
  first_apply_ms: Number(median(rows.map((x) => x.ms)).toFixed(2)),
  positions_bytes: median(rows.map((x) => x.pos)),
  reapply_ms: Number(median(rows.map((x) => x.again)).toFixed(3)),
  first_apply_runs: rows.map((x) => Number(x.ms.toFixed(2))), // each run's, to show the spread
  reapply_runs: rows.map((x) => Number(x.again.toFixed(3))),
};
console.log(JSON.stringify(out));
