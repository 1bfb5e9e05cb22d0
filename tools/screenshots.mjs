// screenshots.mjs — full-page screenshots of every route, for checking that a restructuring changes
// nothing a visitor sees. Serves build/site/ with tools/serve.py, opens each route in Debian's Chromium
// (playwright-core, the flags of tests/e2e/harness.mjs) at 1280x800 and 390x844, waits until the app is
// ready and idle, and saves a PNG and the accessible layer's text per route and size.
//
//   node tools/screenshots.mjs take <folder>             writes <folder>/<route>@<w>x<h>.png and .txt
//                                                         (APPFINDER_SITE=<dir> serves another built site)
//   node tools/screenshots.mjs compare <before> <after>  per shot: identical, or how many pixels differ
//                                                         (and whether the layer's text differs); exit 1 on any difference
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { asset, siteDir, startServer, launch, openPage, waitForIdle } from '../tests/e2e/harness.mjs';
import { decodePng } from '../tests/e2e/png.mjs';

const sizes = [[1280, 800], [390, 844]];

// Every route the app has, with ids taken from the data files so the list follows the data.
function routes() {
  const trusts = asset('trusts.json').trusts;
  const apps = asset('apps.json');
  const wearables = asset('wearables.json').topics;
  const list = [
    ['programme', '#/programme'],
    ['timeline', '#/programme?view=timeline'],
    ['trusts', '#/trusts'],
    ['trusts-map', '#/trusts?view=map'],
    ['trust-detail', `#/trusts/${trusts[0].ods_code}`],
    ['apps', '#/apps'],
    ['apps-search', '#/apps?q=asthma'],
    ['apps-category', `#/apps?category=${apps.categories[0].id}`],
    ['app-detail', `#/apps/${apps.apps[0].id}`],
    ['wearables', '#/wearables'],
    ['wearable-detail', `#/wearables/${wearables[0].id}`],
    ['sources', '#/sources'],
    ['not-found', '#/no-such-screen'],
  ];
  return list.map(([name, hash]) => ({ name, url: `index.html${hash}` }))
    .concat([{ name: 'embed-topic', url: `index.html?embed=1&scope=topic%3A${apps.categories[0].id}#/apps` }]);
}

async function take(folder) {
  mkdirSync(folder, { recursive: true });
  const server = await startServer(process.env.APPFINDER_SITE || siteDir);
  const browser = await launch();
  try {
    for (const route of routes()) {
      for (const [width, height] of sizes) {
        const { page, context, errors } = await openPage(browser, server.url + route.url, { width, height });
        await waitForIdle(page);
        const base = path.join(folder, `${route.name}@${width}x${height}`);
        await page.screenshot({ path: `${base}.png`, fullPage: true });
        const text = await page.evaluate(() => {
          const layer = document.getElementById('a11y-layer');
          return layer ? layer.innerText : '';
        });
        writeFileSync(`${base}.txt`, text);
        console.log(`${route.name}@${width}x${height}${errors.length ? ` (${errors.length} page errors: ${errors[0]})` : ''}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

// A screenshot's pixels as RGBA, one 32-bit value a pixel.
function readPng(file) {
  const { width, height, channels, pixels } = decodePng(readFileSync(file));
  const rgba = new Uint32Array(width * height);
  for (let i = 0, p = 0; i < rgba.length; i++, p += channels)
    rgba[i] = ((pixels[p] << 24) | (pixels[p + 1] << 16) | (pixels[p + 2] << 8) | (channels === 4 ? pixels[p + 3] : 255)) >>> 0;
  return { width, height, pixels: rgba };
}

function compare(before, after) {
  let differing = 0;
  const names = readdirSync(before).filter((f) => f.endsWith('.png')).sort();
  for (const name of names) {
    const shot = name.slice(0, -4);
    const other = path.join(after, name);
    if (!existsSync(other)) { console.log(`${shot}: missing in ${after}`); differing++; continue; }
    const a = readPng(path.join(before, name)), b = readPng(other);
    const textSame = readFileSync(path.join(before, `${shot}.txt`), 'utf8') === readFileSync(path.join(after, `${shot}.txt`), 'utf8');
    if (a.width !== b.width || a.height !== b.height) {
      console.log(`${shot}: size differs (${a.width}x${a.height} -> ${b.width}x${b.height})${textSame ? '' : ', layer text differs'}`);
      differing++;
      continue;
    }
    let pixels = 0;
    for (let i = 0; i < a.pixels.length; i++) if (a.pixels[i] !== b.pixels[i]) pixels++;
    if (pixels === 0 && textSame) console.log(`${shot}: identical`);
    else {
      console.log(`${shot}: ${pixels} of ${a.width * a.height} pixels differ${textSame ? '' : ', layer text differs'}`);
      differing++;
    }
  }
  console.log(`${names.length - differing} of ${names.length} identical`);
  return differing === 0;
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'take' && a) await take(path.resolve(a));
else if (mode === 'compare' && a && b) process.exitCode = compare(path.resolve(a), path.resolve(b)) ? 0 : 1;
else {
  console.error('usage: node tools/screenshots.mjs take <folder> | compare <before> <after>');
  process.exitCode = 2;
}
