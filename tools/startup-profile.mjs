// startup-profile.mjs — where start-up time goes, on a phone-like profile: loads a URL in headless
// Chromium at 412×823, pixel ratio 2.625 and 4× CPU slow-down (as Lighthouse's mobile run assumes), and
// prints, per run, the first contentful paint, every long task (over 50 ms: what Total Blocking Time
// counts) and the app's start-up steps (its user timings "appfinder: <step>").
//   node tools/startup-profile.mjs URL [RUNS]      e.g. with tools/serve.sh running: http://127.0.0.1:8080/
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness.mjs';

const url = process.argv[2];
const runs = Number(process.argv[3] || 3);
if (!url) {
  console.error('usage: node tools/startup-profile.mjs URL [RUNS]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.appState !== 'loading', null, { timeout: 60000 });
    await page.waitForTimeout(2000);
    const r = await page.evaluate(() => ({
      state: document.documentElement.dataset.appState,
      fcp: performance.getEntriesByName('first-contentful-paint').map((e) => Math.round(e.startTime))[0],
      longTasks: window.__longTasks,
      steps: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('appfinder: '))
        .map((e) => [e.name.slice(11), Math.round(e.startTime), Math.round(e.duration)]),
    }));
    const blocking = r.longTasks.filter(([start]) => start >= r.fcp).reduce((sum, [, d]) => sum + d - 50, 0);
    console.log(`run ${run}: ${r.state}; first contentful paint ${r.fcp} ms; blocking time after it ${blocking} ms`);
    console.log('  long tasks (start, ms): ' + r.longTasks.map(([s, d]) => `${s}: ${d}`).join(', '));
    console.log('  steps (start, ms):      ' + r.steps.map(([n, s, d]) => `${n} ${s}: ${d}`).join(', '));
    await context.close();
  }
} finally {
  await browser.close();
}
