// link-policy.test.mjs — the accessible layer's link rule (web/layer.js: isLinkable and safeHref) against
// the list of tricky addresses in tests/data/link_policy.json, the same list tests/unit/link_policy_test.cpp
// runs through core's IsLinkableUrl: both must give the list's answer for every address, so they agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const layer = readFileSync(path.join(root, 'web', 'layer.js'), 'utf8');
const { cases } = JSON.parse(readFileSync(path.join(root, 'tests', 'data', 'link_policy.json'), 'utf8'));

// The rule's own lines from the shipped file, run as they are written there.
function ruleFromLayer() {
  const start = layer.indexOf('  var LINK_OUT = ');
  const end = layer.indexOf('\n  }\n', layer.indexOf('  function safeHref('));
  assert.ok(start >= 0 && end > start, 'web/layer.js defines LINK_OUT ... safeHref');
  return new Function(`${layer.slice(start, end + 4)}\nreturn { isLinkable, safeHref };`)();
}

test('the list has cases to agree on, both ways', () => {
  assert.ok(cases.some(([, ok]) => ok) && cases.some(([, ok]) => !ok));
});

test('web/layer.js links out exactly where core does, on every address of the shared list', () => {
  const { isLinkable } = ruleFromLayer();
  const wrong = cases.filter(([url, ok]) => isLinkable(url) !== ok).map(([url, ok]) => `${JSON.stringify(url)}: expected ${ok}`);
  assert.deepEqual(wrong, []);
});

test('an address core refuses gets no href in the layer, and one it accepts keeps it as sent', () => {
  const { safeHref } = ruleFromLayer();
  for (const [url, ok] of cases) {
    if (url.startsWith('#') || /^[\w.-]+\.html(#|$)/i.test(url)) continue;   // the app's own links: their own rule
    assert.equal(safeHref(url), ok ? url : null, JSON.stringify(url));
  }
  assert.equal(safeHref('#/apps'), '#/apps');
  assert.equal(safeHref('apps.html'), 'apps.html');
  assert.equal(safeHref('#/apps\u202e'), null);
});
