// first-screens.mjs — what a person sees first on a phone, for before/after comparisons of the people-first
// work: the Programme, a trust, the urgent advice and a trust card embedded in a page of another origin, at
// 390x844 and 360x640 (pixel ratio 3, touch), one window's worth each (not the whole page). For each shot it
// also prints the drawn header's height (the band of the top-left pixel's colour, from the screenshot) and
// where the screen's own heading starts (its node in the accessible layer), in CSS px.
//
//   node tools/first-screens.mjs <folder> [label]     writes <folder>/<shot>-<label>-<w>x<h>.png
//   APPFINDER_SITE=<dir> serves another built site (for example an older commit's build/site).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteDir, startServer, launch, openPage, waitForIdle, phone } from '../tests/e2e/harness.mjs';
import { decodePng } from '../tests/e2e/png.mjs';

const [folder = 'build/first-screens', label = 'now'] = process.argv.slice(2);
const sizes = [[390, 844], [360, 640]];
const shots = [
  { name: 'first-screen', url: 'index.html#/programme' },
  { name: 'trust', url: 'index.html#/trusts/RM3' },            // Salford Royal, an exemplar of the first wave
  { name: 'urgent-advice', url: 'index.html#/wearables/heart-alerts' },
  { name: 'card', card: 'card-trust-RM3.html' },
];

// A host page on another origin holding one card, as an NHS page would (the card fills the host's column).
function hostFolder(appUrl, card) {
  const dir = path.join(tmpdir(), `appfinder-host-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title><link rel="icon" href="data:,">
<style>body{font:19px/1.5 Arial,sans-serif;margin:0;padding:16px}h2{font-size:32px}iframe{border:0;width:100%;height:587px}</style>
</head><body><h2>A page on an NHS site</h2><p>Some of the host's own text, then the card.</p>
<iframe title="Trust card" src="${appUrl}${card}"></iframe></body></html>`);
  return dir;
}

const headingTop = () => {
  const h1 = document.querySelector('#a11y-layer main h1, #a11y-layer h1');
  return h1 ? Math.round(h1.getBoundingClientRect().top) : null;
};

// Rows from the top, down the left edge, that keep the colour of the first row: the header's band.
function bandHeight(file, ratio) {
  const { width, channels, pixels } = decodePng(readFileSync(file));
  const at = (y) => pixels.subarray((y * width + 2) * channels, (y * width + 2) * channels + 3).join();
  let y = 0;
  while (at(y + 1) === at(0)) y++;
  return Math.round((y + 1) / ratio);
}

mkdirSync(folder, { recursive: true });
const server = await startServer(process.env.APPFINDER_SITE || siteDir);
const browser = await launch();
let host = null;
try {
  for (const shot of shots) {
    for (const [width, height] of sizes) {
      let url = server.url + shot.url;
      if (shot.card) {
        host ??= await startServer(hostFolder(server.url.replace('127.0.0.1', 'localhost'), shot.card));
        url = host.url + 'index.html';
      }
      const { page, context, errors } = await openPage(browser, url, { ...phone, width, height });
      if (shot.card) {
        const frame = page.frameLocator('iframe');
        await frame.locator('h1, h2').first().waitFor();
      } else {
        await waitForIdle(page);
      }
      const file = path.join(folder, `${shot.name}-${label}-${width}x${height}.png`);
      await page.screenshot({ path: file });
      let m = '';
      if (!shot.card) {
        const band = bandHeight(file, phone.deviceScaleFactor);
        m = `: header ${band} px (${((100 * band) / height).toFixed(1)}% of the window), heading at ${await page.evaluate(headingTop)} px`;
      }
      console.log(`${file}${m}` +
        (errors.length ? `; ${errors.length} page errors: ${errors[0]}` : ''));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
  if (host) host.stop();
}
