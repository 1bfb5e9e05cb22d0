// layer-formats.mjs — the same node list in each format the C++ side has sent web/layer.js, for comparing
// the bytes like for like (issue 25): "positional" (c82714c: a node as an array, [role, level, name, href,
// value, selected, id, x, y, w, h]), "named" (12981bf: a node as an object of named fields, its place in
// "p"), and "current" (this tree: as named, with a plain text node as its name alone and the places apart
// in "pos", x and y as the change from the node before).
//   node tools/layer-formats.mjs DUMP...   DUMP: a file written by tools/layer-bench.mjs --dump
// For each dump: finds its format, reads it back into nodes and writes it again in that format, which must
// give the same bytes (exit 1 if not: then an encoder here is wrong). Then writes the last dump's nodes in
// all three formats and prints the bytes of the full node list and of the positions-only message.
import { readFileSync } from 'node:fs';

const TEXT = 1, BUTTON = 3, LISTITEM = 5, SEARCHBOX = 6, CHECKBOX = 7;
const FIELDS = ['r', 'n', 'l', 'e', 'h', 't', 'd', 'g', 's', 'i']; // APPFINDER_LAYER_FIELDS, in the order written

// A node here: { r, n, l, e, h, t, d, g, s, i } as the named format has them (absent at the default), and
// p: [x, y, w, h] in whole tenths of a pixel.
const tenths = (v) => Math.round(v * 10);
const px = (t) => String(t / 10); // as C++ writes it: no decimal when there is none
const str = (s) => JSON.stringify(s);

const formats = {
  positional: {
    is: (m) => Array.isArray(m.nodes) && Array.isArray(m.nodes[0]),
    decode(m) {
      return m.nodes.map((a) => {
        const n = { r: a[0], n: a[2] };
        const disclosure = a[0] === BUTTON && a[1] === 1;
        if (disclosure) n.e = a[5] ? 1 : 0;
        else if (a[1]) n.l = a[1];
        if (a[3]) n.h = a[3];
        if (a[4]) n[a[0] === SEARCHBOX ? 't' : a[0] === LISTITEM ? 'd' : 'g'] = a[4];
        if (a[5] && !disclosure) n.s = 1;
        if (a[6]) n.i = a[6];
        n.p = a.slice(7, 11).map(tenths);
        return n;
      });
    },
    nodes: (list) => '[' + list.map((n) => '[' + [n.r, n.e !== undefined ? 1 : n.l || 0, str(n.n || ''), str(n.h || ''),
      str(n.t || n.d || n.g || ''), (n.e !== undefined ? n.e === 1 : !!n.s) ? 'true' : 'false', n.i || 0,
      ...n.p.map(px)].join(',') + ']').join(',') + ']',
    places: (list) => '[' + list.map((n) => '[' + n.p.map(px).join(',') + ']').join(',') + ']',
    placesWithNodes: false,
  },
  named: {
    is: (m) => Array.isArray(m.nodes) && m.nodes[0] && m.nodes[0].p !== undefined,
    decode: (m) => m.nodes.map((o) => ({ r: TEXT, ...o, p: o.p.map(tenths) })),
    nodes: (list) => '[' + list.map((n) => '{' + FIELDS.filter((k) => k === 'r' ? n.r !== TEXT : n[k] !== undefined)
      .map((k) => `"${k}":${str(n[k])}`).concat(`"p":[${n.p.map(px).join(',')}]`).join(',') + '}').join(',') + ']',
    places: (list) => formats.positional.places(list),
    placesWithNodes: false,
  },
  current: {
    is: (m) => Array.isArray(m.nodes) && Array.isArray(m.pos),
    decode(m) {
      let x = 0, y = 0;
      return m.nodes.map((o, i) => {
        const n = typeof o === 'string' ? { r: TEXT, n: o } : { r: TEXT, ...o };
        x += tenths(m.pos[4 * i]);
        y += tenths(m.pos[4 * i + 1]);
        n.p = [x, y, tenths(m.pos[4 * i + 2]), tenths(m.pos[4 * i + 3])];
        return n;
      });
    },
    nodes: (list) => '[' + list.map((n) => {
      const keys = FIELDS.filter((k) => k === 'r' ? n.r !== TEXT : n[k] !== undefined);
      if (keys.length === 1 && keys[0] === 'n') return str(n.n);
      return '{' + keys.map((k) => `"${k}":${str(n[k])}`).join(',') + '}';
    }).join(',') + ']',
    places(list) {
      let x = 0, y = 0;
      return '[' + list.map((n) => {
        const out = [px(n.p[0] - x), px(n.p[1] - y), px(n.p[2]), px(n.p[3])];
        [x, y] = n.p;
        return out.join(',');
      }).join(',') + ']';
    },
    placesWithNodes: true,
  },
};

// A whole message in a format: its parts in the order C++ writes them, the others as they came.
function message(format, m, list, withNodes) {
  const f = formats[format];
  const parts = [];
  if (withNodes) parts.push(`"nodes":${f.nodes(list)}`);
  if (!withNodes || f.placesWithNodes) parts.push(`"pos":${f.places(list)}`);
  for (const k of ['live', 'say', 'focusHeading']) if (m[k] !== undefined) parts.push(`"${k}":${str(m[k])}`);
  return '{' + parts.join(',') + '}';
}

const bytes = (s) => Buffer.byteLength(s);
let failed = false, last = null;
for (const file of process.argv.slice(2)) {
  const dump = JSON.parse(readFileSync(file, 'utf8'));
  const full = JSON.parse(dump.full), positions = JSON.parse(dump.positions);
  const format = Object.keys(formats).find((k) => formats[k].is(full));
  const list = formats[format].decode(full);
  // The positions-only message, read back onto the same nodes.
  const moved = list.map((n) => ({ ...n }));
  if (format === 'current') {
    formats.current.decode({ nodes: list.map(() => ''), pos: positions.pos }).forEach((p, i) => { moved[i].p = p.p; });
  } else positions.pos.forEach((p, i) => { moved[i].p = p.map(tenths); });
  const same = message(format, full, list, true) === dump.full && message(format, positions, moved, false) === dump.positions;
  console.log(`${file}: ${format} format, ${list.length} nodes; written again: ${same ? 'the same bytes' : 'DIFFERENT'}`);
  if (!same) failed = true;
  last = { full, positions, list, moved };
}
if (last) {
  const n = last.list.length;
  console.log(`The last dump's ${n} nodes in each format (bytes, bytes a node):`);
  for (const format of Object.keys(formats)) {
    const a = bytes(message(format, last.full, last.list, true)), b = bytes(message(format, last.positions, last.moved, false));
    console.log(`  ${format.padEnd(10)} full list ${a} (${(a / n).toFixed(1)})  positions only ${b} (${(b / n).toFixed(1)})`);
  }
}
if (failed) process.exit(1);
