// lighthouse.mjs — runs Lighthouse (mobile, its default profile) against a URL with Debian's Chromium and the
// browser tests' flags, offline. Prints one JSON object: the four category scores (performance,
// accessibility, best_practices, seo; 0..1, or null with the reason in `null_reasons`), every audit that
// did not pass (`failed`: id, category, title, score, display value), and Lighthouse's run warnings.
//   node tools/lighthouse.mjs URL
// Also imported by tools/bench.mjs (runLighthouse).
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs } from '../tests/e2e/harness.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TIMEOUT_MS = 180000;

// Why a category has no score: the errors of its weighted audits, grouped by error code.
function nullReason(errors) {
  const weighted = errors.filter((e) => e.weight > 0);
  if (!weighted.length) return 'no score';
  const byCode = new Map();
  for (const e of weighted) {
    const code = (/\(([A-Z_]+)\)$/.exec(e.message) || [])[1] || e.message;
    byCode.set(code, [...(byCode.get(code) || []), e.id]);
  }
  const explain = { NO_LCP: 'the page paints no Largest Contentful Paint candidate (a WebGL canvas is not one)' };
  return [...byCode].map(([code, ids]) => `${code}${explain[code] ? `: ${explain[code]}` : ''}; no value for ${ids.join(', ')}`).join('. ');
}

// The summary of one Lighthouse result (lhr): scores, failed audits, and why a score is missing.
export function summarise(lhr) {
  const scores = {};
  const nullReasons = {};
  const failed = [];
  for (const id of CATEGORIES) {
    const cat = lhr.categories[id];
    const key = id.replace('-', '_');
    scores[key] = cat && typeof cat.score === 'number' ? cat.score : null;
    if (!cat) {
      nullReasons[key] = 'category not in the result';
      continue;
    }
    const errors = [];
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a) continue;
      if (a.scoreDisplayMode === 'error') {
        errors.push({ id: a.id, weight: ref.weight, message: a.errorMessage || 'error' });
        failed.push({ id: a.id, category: key, title: a.title, weight: ref.weight, score: null,
          error: a.errorMessage || 'error' });
        continue;
      }
      // As Lighthouse's report: a scored audit passes at 0.9 or above.
      if (['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      if (a.score === null || a.score >= 0.9) continue;
      const entry = { id: a.id, category: key, title: a.title, weight: ref.weight, score: a.score };
      if (a.displayValue) entry.display = a.displayValue;
      const items = a.details && Array.isArray(a.details.items) ? a.details.items : [];
      const nodes = items.map((it) => it.node && (it.node.snippet || it.node.selector)).filter(Boolean);
      if (nodes.length) entry.nodes = nodes.slice(0, 5);
      const urls = items.map((it) => it.url || it.source?.url).filter(Boolean);
      if (!nodes.length && urls.length) entry.urls = [...new Set(urls)].slice(0, 5);
      const descs = items.map((it) => it.description || it.message).filter((d) => typeof d === 'string');
      if (descs.length) entry.messages = descs.slice(0, 5);
      failed.push(entry);
    }
    if (scores[key] === null) nullReasons[key] = lhr.runtimeError?.message || nullReason(errors);
  }
  const metric = (id) => (typeof lhr.audits[id]?.numericValue === 'number' ? lhr.audits[id].numericValue : null);
  const round = (v, d = 0) => (v === null ? null : Number(v.toFixed(d)));
  return {
    url: lhr.finalDisplayedUrl || lhr.requestedUrl,
    lighthouse: lhr.lighthouseVersion,
    form_factor: lhr.configSettings.formFactor,
    ...scores,
    null_reasons: nullReasons,
    // The lab metrics behind the performance score, simulated for a mobile device on a slow 4G network.
    metrics: {
      fcp_ms: round(metric('first-contentful-paint')), lcp_ms: round(metric('largest-contentful-paint')),
      speed_index_ms: round(metric('speed-index')), tbt_ms: round(metric('total-blocking-time')),
      cls: round(metric('cumulative-layout-shift'), 3),
    },
    failed,
    warnings: lhr.runWarnings || [],
  };
}

// One Lighthouse run against url in a Chromium of its own; resolves to summarise(lhr).
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: chromiumArgs,
    logLevel: 'silent',
  });
  let timer;
  const consoleError = console.error;
  const noise = [];
  console.error = (...args) => noise.push(String(args[0]).split('\n')[0]);   // the trace engine's stack traces
  try {
    const run = lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // Nothing leaves this machine: no error reporting, and a hard limit in case something waits on a network.
      enableErrorReporting: false,
      maxWaitForLoad: 60000,
    });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse did not finish in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result || !result.lhr) throw new Error('Lighthouse returned no result');
    const summary = summarise(result.lhr);
    if (noise.length) summary.log = [...new Set(noise)];
    return summary;
  } finally {
    console.error = consoleError;
    clearTimeout(timer);
    chrome.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: node tools/lighthouse.mjs URL');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(await runLighthouse(url)));
  } catch (err) {
    const reason = String(err && err.message || err);
    console.log(JSON.stringify({ url, performance: null, accessibility: null, best_practices: null, seo: null,
      null_reasons: Object.fromEntries(['performance', 'accessibility', 'best_practices', 'seo'].map((k) => [k, reason])),
      failed: [], warnings: [] }));
    process.exitCode = 1;
  }
}
