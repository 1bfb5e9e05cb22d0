// check-layer-protocol.mjs — the C++ side of the accessible layer and web/layer.js must speak the same
// message. Reads the declared tables (APPFINDER_A11Y_ROLES in src/ui/a11y.h; APPFINDER_LAYER_PARTS and
// APPFINDER_LAYER_FIELDS and the page's callbacks in src/platform/a11y_dom.cpp) and what layer.js reads
// and calls, and names every difference. Run by ctest (tests/CMakeLists.txt).
//   node tools/check-layer-protocol.mjs               exit 1 and a line per difference
//   node tools/check-layer-protocol.mjs --self-test   also shows that a changed side is caught
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

// The X(Name, "key") rows of a #define TABLE(X) ... block.
function table(source, macro) {
  const start = source.indexOf(`#define ${macro}(X)`);
  if (start < 0) return null;
  let end = start;
  while (end < source.length) {
    const eol = source.indexOf('\n', end);
    const line = source.slice(end, eol < 0 ? source.length : eol);
    end = eol < 0 ? source.length : eol + 1;
    if (!/\\\s*$/.test(line)) break;
  }
  return [...source.slice(start, end).matchAll(/X\((\w+),\s*"([^"]+)"\)/g)].map((m) => ({ name: m[1], key: m[2] }));
}

const stripComments = (js) => js.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
const setOf = (xs) => [...new Set(xs)].sort();
function sameSet(problems, what, cpp, js) {
  for (const k of cpp) if (!js.includes(k)) problems.push(`${what} "${k}": sent by C++, never read by web/layer.js`);
  for (const k of js) if (!cpp.includes(k)) problems.push(`${what} "${k}": read by web/layer.js, never sent by C++`);
}

export function check({ a11yH, a11yDom, layerJs }) {
  const problems = [];
  const roles = table(a11yH, 'APPFINDER_A11Y_ROLES');
  const parts = table(a11yDom, 'APPFINDER_LAYER_PARTS');
  const fields = table(a11yDom, 'APPFINDER_LAYER_FIELDS');
  if (!roles || !roles.length) return ['src/ui/a11y.h: no APPFINDER_A11Y_ROLES table'];
  if (!parts || !fields) return ['src/platform/a11y_dom.cpp: no APPFINDER_LAYER_PARTS or APPFINDER_LAYER_FIELDS table'];
  const js = stripComments(layerJs);

  // Roles: layer.js names each number once, in the table's order.
  const decl = js.match(/var\s+(HEADING\s*=[^;]+);/);
  if (!decl) problems.push('web/layer.js: no "var HEADING = 0, ..." role declaration');
  else {
    const jsRoles = decl[1].split(',').map((s) => s.trim().split(/\s*=\s*/)).map(([n, v]) => ({ name: n, value: Number(v) }));
    roles.forEach((r, i) => {
      const want = r.key.toUpperCase(); // the role's name in the table, as layer.js spells constants
      const got = jsRoles.find((j) => j.name === want);
      if (!got) problems.push(`role ${r.name} (${i}): web/layer.js has no ${want}`);
      else if (got.value !== i) problems.push(`role ${r.name}: C++ sends ${i}, web/layer.js reads ${want} = ${got.value}`);
    });
    for (const j of jsRoles) {
      if (!roles.some((r) => r.key.toUpperCase() === j.name)) problems.push(`role ${j.name} in web/layer.js: not in APPFINDER_A11Y_ROLES`);
    }
    const tags = js.match(/\[('[^']*'(?:\s*,\s*'[^']*')*)\]\[n\.r\]/);
    if (!tags) problems.push('web/layer.js: no element table indexed by role ([...][n.r])');
    else if (tags[1].split(',').length !== roles.length) {
      problems.push(`web/layer.js: the element table has ${tags[1].split(',').length} tags for ${roles.length} roles`);
    }
  }

  // The message's parts and a node's fields: each sent is read, each read is sent.
  sameSet(problems, 'message part', setOf(parts.map((p) => p.key)), setOf([...js.matchAll(/\bmsg\.(\w+)/g)].map((m) => m[1])));
  sameSet(problems, 'node field', setOf(fields.map((f) => f.key)),
    setOf([...js.matchAll(/\b(?:n|next|prev|list\[i\]|nodes\[i\])\.([a-z]\w*)\b/g)].map((m) => m[1])));

  // The page's calls back: what connect() hands layer.js is what it calls, and each reaches an export.
  const connect = a11yDom.slice(a11yDom.indexOf('js_layer_connect'));
  const given = setOf([...connect.slice(0, connect.indexOf('});\n')).matchAll(/(\w+):\s*function/g)].map((m) => m[1]));
  const called = setOf([...js.matchAll(/\bhost\.(\w+)\(/g)].map((m) => m[1]));
  for (const k of called) if (!given.includes(k)) problems.push(`web/layer.js calls host.${k}(), which js_layer_connect does not give`);
  for (const k of given) if (!called.includes(k)) problems.push(`js_layer_connect gives ${k}(), which web/layer.js never calls`);
  const exported = setOf([...a11yDom.matchAll(/EMSCRIPTEN_KEEPALIVE\s+void\s+(platform_a11y_\w+)/g)].map((m) => m[1]));
  for (const f of setOf([...connect.matchAll(/_(platform_a11y_\w+)\(/g)].map((m) => m[1]))) {
    if (!exported.includes(f)) problems.push(`js_layer_connect calls _${f}, which a11y_dom.cpp does not export`);
  }
  return problems;
}

const sources = { a11yH: read('src/ui/a11y.h'), a11yDom: read('src/platform/a11y_dom.cpp'), layerJs: read('web/layer.js') };
const problems = check(sources);
for (const p of problems) console.error(p);
if (process.argv.includes('--self-test')) {
  // Each change to one side alone must be caught.
  const changes = [
    ['two roles swapped in layer.js', { layerJs: sources.layerJs.replace('LINK = 2, BUTTON = 3', 'LINK = 3, BUTTON = 2') }],
    ['a role added in C++ only', { a11yH: sources.a11yH.replace('X(Image, "image")', 'X(Image, "image") X(Video, "video")') }],
    ['a field renamed in C++ only', { a11yDom: sources.a11yDom.replace('X(Href, "h")', 'X(Href, "href")') }],
    ['a field added in C++ only', { a11yDom: sources.a11yDom.replace('X(Id, "i")', 'X(Id, "i") X(Place, "p")') }],
    ['a field read that is never sent', { layerJs: sources.layerJs.replace('safeHref(n.h)', 'safeHref(n.url)') }],
    ['a part renamed in layer.js only', { layerJs: sources.layerJs.replace(/msg\.pos\b/g, 'msg.places') }],
    ['a callback layer.js calls that C++ does not give', { layerJs: sources.layerJs.replace('host.escape()', 'host.close()') }],
  ];
  for (const [what, change] of changes) {
    const found = check({ ...sources, ...change });
    if (found.length === 0) problems.push(`self-test: ${what} was not caught`);
    else console.log(`self-test: ${what}: caught (${found[0]})`);
  }
  for (const p of problems.filter((p) => p.startsWith('self-test'))) console.error(p);
}
if (problems.length) process.exit(1);
console.log(`layer protocol: ${table(sources.a11yH, 'APPFINDER_A11Y_ROLES').length} roles, ` +
  `${table(sources.a11yDom, 'APPFINDER_LAYER_FIELDS').length} node fields, ${table(sources.a11yDom, 'APPFINDER_LAYER_PARTS').length} message parts agree`);
