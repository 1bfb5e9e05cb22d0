// check-file-state.mjs — no file-level mutable state in src/ui, src/platform and src/main.cpp beyond the few
// named below. Lists, with universal-ctags (tools/bootstrap.sh installs it), every variable defined at file or
// namespace level and every static local, keeps those that are not const, and fails on any that is not in the
// allow-list, on an allow-listed one without a comment on its line saying why, and on an allow-list entry
// that no longer matches anything. Run by ctest (tests/CMakeLists.txt).
//   node tools/check-file-state.mjs               exit 1 and a line per problem
//   node tools/check-file-state.mjs --list        also prints every mutable variable found
//   node tools/check-file-state.mjs --self-test   also shows that a new mutable variable is caught
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const scanned = ['src/ui', 'src/platform', 'src/main.cpp'];

// The ones that stay; each has a one-line comment at its definition saying why.
const allowed = [
  { file: 'src/ui/a11y.cpp', name: 'g_current' },         // the current a11y::Context, as ImGui's own current context
  { file: 'src/ui/theme.cpp', name: 'Active' },           // the page's one colour scheme, read by every widget
];

// Every variable definition and static local under `paths` (relative to `cwd`), as ctags sees them.
function tags(cwd, paths) {
  const out = execFileSync('ctags', ['-x', '--_xformat=%N\t%K\t%n\t%F\t%C', '--language-force=C++', '--kinds-C++=vl',
    '-R', ...paths], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\n').filter(Boolean).map((line) => {
    const [name, kind, n, file, text] = line.split('\t');
    return { name, kind, line: Number(n), file, text: text || '' };
  });
}

// Whether the declaration `text` makes `name` unchangeable: constexpr, "T* const name", or "const T name" /
// "const T& name" (no pointer after the const, so the const is on the variable, not on what it points at).
export function isConst(text, name) {
  const at = text.search(new RegExp(`\\b${name}\\b`));
  const before = at < 0 ? text : text.slice(0, at);
  if (/\bconstexpr\b/.test(before)) return true;
  if (/\bconst\s*$/.test(before)) return true;
  const last = before.lastIndexOf('const');
  return last >= 0 && /\bconst\b/.test(before.slice(last)) && !before.slice(last).includes('*');
}

export function mutableVariables(list) {
  return list.filter((t) => {
    if (t.kind === 'local' && !/^\s*static\b/.test(t.text)) return false; // an ordinary local lives in its call
    if (t.kind !== 'local' && t.kind !== 'variable') return false;
    return !isConst(t.text, t.name);
  });
}

export function check(list, allow) {
  const problems = [];
  const found = mutableVariables(list);
  for (const v of found) {
    const entry = allow.find((a) => a.file === v.file && a.name === v.name);
    const what = v.kind === 'local' ? 'is a static local: state kept across calls' : 'is file-level mutable state';
    if (!entry) problems.push(`${v.file}:${v.line}: "${v.name}" ${what} (${v.text.trim()})`);
    else if (!/\/\/\s*\S/.test(v.text)) problems.push(`${v.file}:${v.line}: "${v.name}" is allowed but has no comment on its line saying why`);
  }
  for (const a of allow) {
    if (!found.some((v) => v.file === a.file && v.name === a.name)) problems.push(`allow-list: ${a.file} "${a.name}" is no longer there; take it off the list`);
  }
  return { problems, found };
}

let ctagsOk = true;
try { execFileSync('ctags', ['--version'], { stdio: 'ignore' }); } catch { ctagsOk = false; }
if (!ctagsOk) {
  console.error('check-file-state: ctags (universal-ctags) is not installed; tools/bootstrap.sh installs it');
  process.exit(1);
}

const { problems, found } = check(tags(root, scanned), allowed);
if (process.argv.includes('--list')) for (const v of found) console.log(`${v.file}:${v.line}: ${v.name}: ${v.text.trim()}`);

if (process.argv.includes('--self-test')) {
  // A copy of the rule's cases in a scratch folder: each mutable one must be named, no const one may be.
  const dir = mkdtempSync(path.join(tmpdir(), 'file-state-'));
  try {
    writeFileSync(path.join(dir, 'sample.cpp'), [
      'namespace { int g_count = 0; }',
      'static bool s_ready;',
      'const char* g_label = "x"; // the pointer can be moved',
      'const char* const kName = "x";',
      'constexpr float kSize = 1.0f, kOther = 2.0f;',
      'const int kLimit = 3;',
      'inline const unsigned& kRef = kLimit;',
      'int Counter()',
      '{',
      '    static int calls = 0;',
      '    static const int kOnce = 1;',
      '    int local = 0;',
      '    return ++calls + kOnce + local;',
      '}',
      'int allowed_here = 0; // a reason',
      'int allowed_silent = 0;',
      '',
    ].join('\n'));
    const allow = [{ file: 'sample.cpp', name: 'allowed_here' }, { file: 'sample.cpp', name: 'allowed_silent' },
      { file: 'sample.cpp', name: 'gone' }];
    const got = check(tags(dir, ['sample.cpp']), allow);
    const names = got.found.map((v) => v.name).sort().join(',');
    const want = 'allowed_here,allowed_silent,calls,g_count,g_label,s_ready';
    if (names !== want) problems.push(`self-test: found ${names}, want ${want}`);
    for (const [what, re] of [['a new mutable variable', /"g_count" is file-level/], ['a static local', /"calls" is a static local/],
      ['an allowed one without its reason', /"allowed_silent" is allowed but/], ['a stale allow-list entry', /"gone" is no longer/]]) {
      const hit = got.problems.find((p) => re.test(p));
      if (!hit) problems.push(`self-test: ${what} was not caught`);
      else console.log(`self-test: ${what}: caught (${hit})`);
    }
    if (got.problems.some((p) => /"allowed_here"|"kName"|"kSize"|"kOther"|"kLimit"|"kRef"|"kOnce"|"local"/.test(p))) {
      problems.push(`self-test: a const or allowed variable was reported: ${got.problems.join('; ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const p of problems) console.error(p);
if (!problems.length) console.log(`check-file-state: ${found.length} file-level mutable variables, each allowed and commented`);
process.exit(problems.length ? 1 : 0);
