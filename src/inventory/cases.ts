/**
 * Reading a test file's code: test cases counted (commented-out ones not), imports,
 * pytest markers and Go build tags collected. All patterns are compiled once.
 */

import type { Lang } from '../model/inventory.js';

export type { Lang };

export function langOf(path: string): Lang | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  switch (path.slice(dot + 1)) {
    case 'py':
      return 'python';
    case 'js':
    case 'jsx':
    case 'ts':
    case 'tsx':
    case 'mjs':
    case 'cjs':
    case 'mts':
    case 'cts':
      return 'js';
    case 'go':
      return 'go';
    case 'rs':
      return 'rust';
    case 'R':
    case 'r':
      return 'r';
    case 'java':
    case 'kt':
    case 'kts':
    case 'groovy':
    case 'scala':
      return 'jvm';
    case 'bats':
      return 'bats';
    case 'ipynb':
      return 'notebook';
    case 'txtar':
      return 'testscript';
    default:
      return undefined;
  }
}

/**
 * A file's text and where its comments are. Comments are not cut out (that would copy
 * every file): each match is checked with `isCode` instead, which few matches need.
 */
export interface Code {
  text: string;
  lang: Lang;
  /** Block comments and Python bare triple-quoted strings, as [start, end) offsets, in order. */
  blocks: [number, number][];
}

/** Where each line starts, made once per text (every position query is then a binary search). */
const lineIndexes = new WeakMap<object, number[]>();

function lineStarts(code: { text: string }): number[] {
  let starts = lineIndexes.get(code);
  if (!starts) {
    starts = [0];
    for (let i = code.text.indexOf('\n'); i >= 0; i = code.text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineIndexes.set(code, starts);
  }
  return starts;
}

/** The 0-based index of the line holding `offset`. */
function lineIndexAt(code: { text: string }, offset: number): number {
  const starts = lineStarts(code);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 1-based line of an offset. */
export function lineAt(code: { text: string }, offset: number): number {
  return lineIndexAt(code, offset) + 1;
}

/** Whether only blanks (and, with `allowAsync`, an `async` keyword) stand between the line's start and `offset`. */
function blankBefore(text: string, offset: number, allowAsync = false): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return true;
  if (!allowAsync || i < 4 || text.slice(i - 4, i + 1) !== 'async') return false;
  i -= 5;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

const HASH_LANGS: ReadonlySet<Lang> = new Set(['python', 'r', 'bats', 'testscript']);
const SLASH_LANGS: ReadonlySet<Lang> = new Set(['js', 'go', 'jvm', 'rust']);

/**
 * Where the first line comment starting in `text[from, to)` starts, outside quotes, or -1 (a simple, line-local scan
 * from `from`, a line's start). The answer at each place depends only on the text before it and the next character.
 */
function commentStart(text: string, from: number, to: number, hash: boolean): number {
  let quote = '';
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || (c === '`' && !hash)) quote = c;
    else if (hash && c === '#') return i;
    else if (!hash && c === '/' && text[i + 1] === '/' && text[i - 1] !== ':') return i;
  }
  return -1;
}

/**
 * Block comments (`/* … *\/`) and bare triple-quoted strings, in one pass each: indexOf
 * from where the last one ended, never a lazy regex (which rescans to the end for every
 * opener that is never closed).
 */
export function readCode(text: string, lang: Lang): Code {
  const blocks: [number, number][] = [];
  if (lang === 'testscript') {
    // The file sections after the script are its fixtures, not its commands.
    const at = archiveStart(text);
    if (at < text.length) blocks.push([at, text.length]);
  } else if (SLASH_LANGS.has(lang) && text.includes('/*')) {
    for (let pos = 0; ; ) {
      const start = text.indexOf('/*', pos);
      if (start < 0) break;
      const end = text.indexOf('*/', start + 2);
      if (end < 0) break;
      blocks.push([start, end + 2]);
      pos = end + 2;
    }
  } else if (lang === 'python' && (text.includes('"""') || text.includes("'''"))) {
    // A delimiter kind that found no closer once can never close later: it is dropped.
    const open = new Set(['"""', "'''"]);
    for (let pos = 0; open.size > 0; ) {
      let start = -1;
      let delim = '';
      for (const d of open) {
        const at = text.indexOf(d, pos);
        if (at >= 0 && (start < 0 || at < start)) {
          start = at;
          delim = d;
        }
      }
      if (start < 0) break;
      const end = text.indexOf(delim, start + 3);
      if (end < 0) {
        open.delete(delim);
        continue;
      }
      // A bare string statement (a docstring, or code parked in quotes) is not code.
      if (blankBefore(text, start)) blocks.push([start, end + 3]);
      pos = end + 3;
    }
  }
  return { text, lang, blocks };
}

/** A txtar file-section marker line: `-- name --`. */
const ARCHIVE_MARKER = /^-- \S.*? --[ \t]*\r?$/m;

/** The offset where a testscript's file sections start (the text's length when it has none). */
export function archiveStart(text: string): number {
  const m = ARCHIVE_MARKER.exec(text);
  return m ? m.index : text.length;
}

/** Where the line comment of each line starts ([offset, width]), scanned once per line on demand. */
const commentIndexes = new WeakMap<Code, Map<number, [number, number]>>();

function lineComment(code: Code, line: number, hash: boolean): [number, number] {
  let byLine = commentIndexes.get(code);
  if (!byLine) commentIndexes.set(code, (byLine = new Map()));
  let found = byLine.get(line);
  if (!found) {
    const starts = lineStarts(code);
    const start = starts[line]!;
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : code.text.length;
    const at = commentStart(code.text, start, end, hash);
    found = at < 0 ? [-1, 0] : [at, hash ? 1 : 2];
    byLine.set(line, found);
  }
  return found;
}

/** Whether `offset` is inside a block comment or a bare docstring. */
function inBlock(code: Code, offset: number): boolean {
  // The last block starting at or before `offset` (blocks are in order and do not overlap).
  let lo = 0;
  let hi = code.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code.blocks[mid]![0] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && offset < code.blocks[hi]![1];
}

/**
 * `isCode` at an offset that only blanks (and an `async`) precede on its line, as `blankBefore` found: no quote and
 * no comment marker can start before it there, so only the blocks decide, and no line table is made.
 */
export function isCodeAfterBlanks(code: Code, offset: number): boolean {
  return !inBlock(code, offset);
}

/** Longest line prefix `isCode` scans for one offset (a longer line is scanned once, whole: a minified file has many matches on one line). */
const SHORT_PREFIX = 256;

/** Whether the text at `offset` is code: not in a line comment, a block comment or a bare docstring. */
export function isCode(code: Code, offset: number): boolean {
  if (inBlock(code, offset)) return false;
  const hash = HASH_LANGS.has(code.lang);
  if (!hash && !SLASH_LANGS.has(code.lang)) return true;
  // Most offsets are a few characters into their line: the text before them is scanned, and no line table is made.
  const text = code.text;
  let start = offset;
  while (start > 0 && offset - start < SHORT_PREFIX && text[start - 1] !== '\n') start--;
  if (start === 0 || text[start - 1] === '\n') {
    // Only a comment whose marker ends at or before `offset` can hide it; the scan stops where such a marker must start.
    return commentStart(text, start, offset - (hash ? 0 : 1), hash) < 0;
  }
  // A long line is scanned once, whole, for all the offsets on it.
  const line = lineIndexAt(code, offset);
  if (lineStarts(code)[line] === offset) return true;
  // A comment starts before `offset` when all its marker does (`//` needs both slashes).
  const [at, width] = lineComment(code, line, hash);
  return at < 0 || at + width > offset;
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/** The first match of `re` that is code, or undefined. */
export function firstInCode(code: Code, re: RegExp): RegExpExecArray | undefined {
  const g = globalOf(re);
  g.lastIndex = 0;
  for (let m = g.exec(code.text); m !== null; m = g.exec(code.text)) {
    if (isCode(code, m.index + Math.max(0, m[0].search(/\S/)))) return m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return undefined;
}

/** A Rust test attribute: `#[test]`, `#[tokio::test(…)]`, `#[rstest]`, `#[test_case(…)]`, `#[wasm_bindgen_test]`, `#[sqlx::test]`. */
export const RUST_TEST_ATTR = /#\[[ \t]*(?:\w+::)*(?:test|rstest|test_case|wasm_bindgen_test)\b[^\]\n]*\]/g;

const CASE_PATTERNS: Record<Exclude<Lang, 'notebook' | 'python' | 'testscript'>, RegExp> = {
  js: /(?:^|[^\w.$])(?:it|test)(?:\.(?:only|skip|concurrent|failing|todo|fails|sequential|each|skipIf|runIf))*\s*[(`]/gm,
  go: /^func[ \t]+(?:Test(?!Main\b)|Benchmark|Fuzz)\w*[ \t]*\(/gm,
  r: /\btest_that\s*\(/g,
  jvm: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g,
  // `#[test]`, `#[tokio::test]`, `#[async_std::test]`, `#[test_log::test]`, `#[rstest]`, `#[test_case(…)]`, `#[wasm_bindgen_test]` (never `#[cfg(test)]`).
  rust: RUST_TEST_ATTR,
  bats: /^[ \t]*@test[ \t]/gm,
};

/** Test cases in code whose comments are already removed. */
export function countCases(code: Code, lang: Lang): number {
  if (lang === 'notebook') return code.text.trim() === '' ? 0 : 1;
  // A testscript is one subtest of the Go test that runs it: one case when its script runs a command.
  if (lang === 'testscript') return /^[ \t]*[^#\s]/m.test(code.text.slice(0, archiveStart(code.text))) ? 1 : 0;
  if (lang === 'python') return testDefs(code).length;
  const re = CASE_PATTERNS[lang];
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(code.text); m !== null; m = re.exec(code.text)) if (isCode(code, m.index + Math.max(0, m[0].search(/\S/)))) n++;
  return n;
}

/** A Python test function: its name and parameters (`test_x(self, benchmark`), at its `def`. */
export interface TestDef {
  name: string;
  params: string;
  offset: number;
}

const DEF_RE = /def[ \t]+(test\w*)[ \t]*\(([^)\n]*)/g;
const defsCache = new WeakMap<Code, TestDef[]>();

/** Python test functions (`def test*(` or `async def test*(` at the start of a line). */
export function testDefs(code: Code): TestDef[] {
  const cached = defsCache.get(code);
  if (cached) return cached;
  const out: TestDef[] = [];
  const text = code.text;
  DEF_RE.lastIndex = 0;
  for (let m = DEF_RE.exec(text); m !== null; m = DEF_RE.exec(text)) {
    if (blankBefore(text, m.index, true) && isCodeAfterBlanks(code, m.index)) out.push({ name: m[1]!, params: m[2]!, offset: m.index });
  }
  defsCache.set(code, out);
  return out;
}

const PY_IMPORT_RE = /(from|import)[ \t]+([\w., \t]+)/g;
const JS_IMPORT_RE = /(?:from|import)\s*['"]([^'"\n]+)['"]|require\(\s*['"]([^'"\n]+)['"]/g;

/** Modules a file imports: Python roots (`sklearn` for `sklearn.metrics`); JS specifiers and their first segment. */
const importsCache = new WeakMap<Code, Set<string>>();

export function importsOf(code: Code, lang: Lang = code.lang): Set<string> {
  const cached = importsCache.get(code);
  if (cached) return cached;
  const out = new Set<string>();
  importsCache.set(code, out);
  const text = code.text;
  if (lang === 'python') {
    PY_IMPORT_RE.lastIndex = 0;
    for (let m = PY_IMPORT_RE.exec(text); m !== null; m = PY_IMPORT_RE.exec(text)) {
      if (!blankBefore(text, m.index) || !isCodeAfterBlanks(code, m.index)) continue;
      const names = m[1] === 'from' ? [m[2]!.trim().split(/\s/)[0]!] : m[2]!.split(',');
      for (const n of names) {
        const root = n.trim().split(/[.\s]/)[0]!;
        if (root) out.add(root);
      }
    }
  } else if (lang === 'js') {
    JS_IMPORT_RE.lastIndex = 0;
    for (let m = JS_IMPORT_RE.exec(text); m !== null; m = JS_IMPORT_RE.exec(text)) {
      if (!isCode(code, m.index)) continue;
      const spec = (m[1] ?? m[2])!;
      const segs = spec.split('/');
      out.add(spec);
      out.add(segs[0]!);
      if (spec.startsWith('@') && segs.length > 1) out.add(`${segs[0]}/${segs[1]}`);
    }
  }
  return out;
}

/** pytest marks that select nothing by themselves (never used in `-m`). */
const IGNORED_MARKERS: ReadonlySet<string> = new Set(['parametrize', 'usefixtures', 'filterwarnings']);

export interface MarkerUse {
  name: string;
  line: number;
  /** The whole module is marked (`pytestmark`, a Go build tag, or every test case carries it). */
  fileLevel: boolean;
}

const MARK_RE = /@pytest\.mark\.(\w+)/g;
const PYTESTMARK_RE = /^pytestmark[ \t]*=/gm;
const MARK_IN_RE = /\bpytest\.mark\.(\w+)/g;
const GO_BUILD_RE = /^\/\/go:build[ \t]+(.+)$/m;
const GO_TAG_RE = /[A-Za-z_][\w.]*/g;

/** pytest markers (Python) or build tags (Go) used in a file. */
export function markersOf(code: Code, cases: number): MarkerUse[] {
  const lang = code.lang;
  const raw = code.text;
  const out = new Map<string, MarkerUse>();
  if (lang === 'go') {
    const m = GO_BUILD_RE.exec(raw);
    if (m) {
      for (const t of m[1]!.match(GO_TAG_RE) ?? []) if (!out.has(t)) out.set(t, { name: t, line: lineAt({ text: raw }, m.index), fileLevel: true });
    }
    return [...out.values()];
  }
  if (lang !== 'python' || !code.text.includes('mark')) return [];
  const counts = new Map<string, number>();
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(code.text); m !== null; m = MARK_RE.exec(code.text)) {
    const name = m[1]!;
    if (IGNORED_MARKERS.has(name) || !isCode(code, m.index)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!out.has(name)) out.set(name, { name, line: lineAt(code, m.index), fileLevel: false });
  }
  for (const [name, n] of counts) if (cases > 0 && n >= cases) out.get(name)!.fileLevel = true;
  PYTESTMARK_RE.lastIndex = 0;
  for (let m = PYTESTMARK_RE.exec(code.text); m !== null; m = PYTESTMARK_RE.exec(code.text)) {
    if (!isCode(code, m.index)) continue;
    const stmt = statementAt(code.text, m.index);
    MARK_IN_RE.lastIndex = 0;
    for (let k = MARK_IN_RE.exec(stmt); k !== null; k = MARK_IN_RE.exec(stmt)) {
      const name = k[1]!;
      if (IGNORED_MARKERS.has(name)) continue;
      out.set(name, { name, line: lineAt(code, m.index), fileLevel: true });
    }
  }
  return [...out.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}

/** A module-level statement from `start` to the next line that starts at column 0 (brackets may span lines). */
function statementAt(text: string, start: number): string {
  let end = text.indexOf('\n', start);
  while (end >= 0 && end + 1 < text.length && /[ \t\])}]/.test(text[end + 1]!)) end = text.indexOf('\n', end + 1);
  return text.slice(start, end < 0 ? text.length : end);
}
