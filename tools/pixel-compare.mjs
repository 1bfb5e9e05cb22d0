#!/usr/bin/env node
// pixel-compare.mjs — screenshots of every route of a built site at 1280×800 and 390×844, and a pixel-by-pixel
// comparison of two such sets. For changes that must not change anything drawn (build flags, font subsetting).
//
//   node tools/pixel-compare.mjs shoot SITE_DIR OUT_DIR      one PNG per route, size and scroll position
//   node tools/pixel-compare.mjs compare DIR_A DIR_B         exits 1 if any pair differs in any pixel
//
// Each shot is taken once the app says it is idle (tests/e2e/harness.mjs), at the top of the page and, when the
// page is longer than the window, again at its bottom. Routes take their ids from the bundled data.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { asset, limit, launch, openPage, startServer, waitForIdle } from '../tests/e2e/harness.mjs';

const sizes = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }];

function routes() {
  const trusts = asset('trusts.json');
  const apps = asset('apps.json');
  const wearables = asset('wearables.json');
  return [
    ['programme', '#/'],
    ['timeline', '#/?view=timeline'],
    ['trusts', '#/trusts'],
    ['trusts-map', '#/trusts?view=map'],
    ['trust', `#/trusts/${trusts.trusts[0].ods_code}`],
    ['apps', '#/apps'],
    ['apps-search', '#/apps?q=asthma'],
    ['apps-topic', `#/apps?category=${apps.categories[0].id}`],
    ['app', `#/apps/${apps.apps[0].id}`],
    ['wearables', '#/wearables'],
    ['wearable', `#/wearables/${wearables.topics[0].id}`],
    ['sources', '#/sources'],
    ['not-found', '#/no-such-page'],
  ];
}

// The canvas draws only the part of the page in the window: waits until it covers the window (or the page's end)
// and the app is idle, as tests/e2e/scroll.test.mjs does.
async function canvasCoversWindow(page) {
  await page.waitForFunction(() => {
    const c = document.getElementById('canvas').getBoundingClientRect();
    const root = document.getElementById('app-root').getBoundingClientRect();
    const bottom = Math.min(window.innerHeight, root.bottom);
    return c.top <= Math.max(0, root.top) + 1 && c.bottom >= bottom - 1 &&
      document.documentElement.getAttribute('data-app-idle') === 'true';
  }, null, { timeout: limit, polling: 50 });
}

async function shoot(siteDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer(path.resolve(siteDir));
  const browser = await launch();
  try {
    for (const size of sizes) {
      for (const [name, hash] of routes()) {
        const { page, context, errors } = await openPage(browser, server.url + 'index.html' + hash, size);
        await waitForIdle(page);
        await page.screenshot({ path: path.join(outDir, `${name}-${size.name}-top.png`) });
        const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
        if (room > 0) {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await canvasCoversWindow(page);
          await page.screenshot({ path: path.join(outDir, `${name}-${size.name}-bottom.png`) });
        }
        if (errors.length) throw new Error(`${name} at ${size.name}: ${errors.join('; ')}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`pixel-compare: ${readdirSync(outDir).filter((f) => f.endsWith('.png')).length} shots in ${outDir}`);
}

// Decodes both PNGs in the browser (no image library needed) and counts the pixels that differ.
async function compare(dirA, dirB) {
  const names = readdirSync(dirA).filter((f) => f.endsWith('.png')).sort();
  const namesB = readdirSync(dirB).filter((f) => f.endsWith('.png')).sort();
  const missing = names.filter((n) => !namesB.includes(n)).concat(namesB.filter((n) => !names.includes(n)));
  const browser = await launch();
  const page = await browser.newPage();
  const report = [];
  try {
    for (const name of names.filter((n) => namesB.includes(n))) {
      const a = readFileSync(path.join(dirA, name)).toString('base64');
      const b = readFileSync(path.join(dirB, name)).toString('base64');
      const result = await page.evaluate(async ([a, b]) => {
        const pixels = async (data) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext('2d', { willReadFrequently: true });
          g.drawImage(img, 0, 0);
          return { w: img.width, h: img.height, d: g.getImageData(0, 0, img.width, img.height).data };
        };
        const [pa, pb] = [await pixels(a), await pixels(b)];
        if (pa.w !== pb.w || pa.h !== pb.h) return { size: `${pa.w}x${pa.h} vs ${pb.w}x${pb.h}`, diff: -1 };
        let diff = 0;
        for (let i = 0; i < pa.d.length; i += 4) {
          if (pa.d[i] !== pb.d[i] || pa.d[i + 1] !== pb.d[i + 1] || pa.d[i + 2] !== pb.d[i + 2] || pa.d[i + 3] !== pb.d[i + 3]) diff++;
        }
        return { size: `${pa.w}x${pa.h}`, diff };
      }, [a, b]);
      report.push({ name, ...result });
    }
  } finally {
    await browser.close();
  }
  const differing = report.filter((r) => r.diff !== 0);
  for (const r of differing) console.log(`differs: ${r.name} (${r.diff === -1 ? r.size : `${r.diff} pixels`})`);
  for (const n of missing) console.log(`only in one set: ${n}`);
  console.log(`pixel-compare: ${report.length - differing.length} of ${report.length} shots identical` +
              (missing.length ? `, ${missing.length} unmatched` : ''));
  writeFileSync(path.join(dirB, 'compare.json'), JSON.stringify(report, null, 1));
  return differing.length === 0 && missing.length === 0 && report.length > 0;
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'shoot' && a && b) await shoot(a, b);
else if (mode === 'compare' && a && b) process.exitCode = (await compare(a, b)) ? 0 : 1;
else {
  console.error('usage: node tools/pixel-compare.mjs shoot SITE_DIR OUT_DIR | compare DIR_A DIR_B');
  process.exitCode = 2;
}
