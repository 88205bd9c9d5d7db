/**
 * The kinds of a test file, each with the line of its strongest signal: markers first,
 * then content, then the path (line 1). A file with no other kind is `unit`.
 */
import { TEST_KINDS, type KindEvidence, type TestKind } from '../model/inventory.js';
import { firstInCode, importsOf, lineAt, testDefs, type Code, type Lang, type MarkerUse, type TestDef } from './cases.js';
import { CONTENT_KINDS, MARKER_KINDS, PATH_KINDS, type ContentSignal } from '../vocabulary/shared/test-kinds.js';

const MARKER_KIND = new Map(MARKER_KINDS.map((m) => [m.marker, m.kind]));
const KIND_ORDER = new Map(TEST_KINDS.map((k, i) => [k, i]));

function matchRow(row: ContentSignal, code: Code): number | undefined {
  let first: number | undefined;
  for (const re of row.all ?? []) {
    const m = firstInCode(code, re);
    if (!m) return undefined;
    if (first === undefined) first = m.index + (m[0].length > 0 && /\s/.test(m[0][0]!) ? 1 : 0);
  }
  return first;
}

const defLines = new WeakMap<readonly TestDef[], string>();

/** The tests whose `name(params` matches, in order: one regex run over all of them, joined by lines. */
function* findDefs(defs: readonly TestDef[], re: RegExp): Generator<TestDef> {
  let text = defLines.get(defs);
  if (text === undefined) {
    text = defs.map((d) => `${d.name}(${d.params}`).join('\n');
    defLines.set(defs, text);
  }
  const g = multilineOf(re);
  g.lastIndex = 0;
  let i = 0;
  let counted = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    for (let at = text.indexOf('\n', counted); at >= 0 && at < m.index; at = text.indexOf('\n', at + 1)) {
      i++;
      counted = at + 1;
    }
    yield defs[i]!;
    // One test at most once: go on from the next test's line.
    const next = text.indexOf('\n', m.index);
    if (next < 0) return;
    g.lastIndex = next + 1;
  }
}

/** The end of a body indented `indent` deep, one pattern per depth (made once, not per test). */
const stops = new Map<number, RegExp>();
function stopAt(indent: number): RegExp {
  let re = stops.get(indent);
  if (!re) stops.set(indent, (re = new RegExp(`\\n[ \\t]{0,${indent}}(?:async[ \\t]+def|def|class|func|@)\\b`)));
  return re;
}

/**
 * The text of the test defined at `def`: up to the next test, or to the next line at its indentation or less that
 * starts another definition (a helper, a class, a decorator), whichever comes first.
 */
function bodyOf(code: Code, defs: readonly TestDef[], def: TestDef): string {
  const index = defs.indexOf(def);
  const end = index + 1 < defs.length ? defs[index + 1]!.offset : code.text.length;
  const lineStart = code.text.lastIndexOf('\n', def.offset - 1) + 1;
  const indent = def.offset - lineStart;
  const text = code.text.slice(def.offset, end);
  const stop = stopAt(indent).exec(text.slice(1));
  return stop ? text.slice(0, stop.index + 1) : text;
}

const multiline = new WeakMap<RegExp, RegExp>();
function multilineOf(re: RegExp): RegExp {
  let m = multiline.get(re);
  if (!m) {
    m = new RegExp(re.source, `${re.flags.replace(/[gym]/g, '')}mg`);
    multiline.set(re, m);
  }
  return m;
}

/** For each module root, the indexes of the content rows whose `imports` name it. */
const ROWS_BY_IMPORT = new Map<string, number[]>();
CONTENT_KINDS.forEach((row, i) => {
  for (const m of row.imports ?? []) {
    const rows = ROWS_BY_IMPORT.get(m);
    if (!rows) ROWS_BY_IMPORT.set(m, [i]);
    else if (rows[rows.length - 1] !== i) rows.push(i);
  }
});

/**
 * Which content rows a file's imports let in (by row index): its few imports are looked up once, instead of each
 * row's list (up to 36 modules) being tried against them.
 */
export function rowsImported(imported: ReadonlySet<string>): Uint8Array {
  const hit = new Uint8Array(CONTENT_KINDS.length);
  for (const m of imported) for (const i of ROWS_BY_IMPORT.get(m) ?? []) hit[i] = 1;
  return hit;
}

/** `hit` is the file's `rowsImported`, and `i` the row's index in CONTENT_KINDS. */
function isCandidate(row: ContentSignal, i: number, code: Code, hit: Uint8Array): boolean {
  if (row.langs && !row.langs.includes(code.lang)) return false;
  if (row.imports && hit[i] === 0) return false;
  return row.hints ? row.hints.some((h) => code.text.includes(h)) : true;
}

const GO_TEST = /^func[ \t]+(Test\w+)[ \t]*\(/gm;
const JS_TEST = /\b(?:it|test)(?:\.\w+)?\s*\(\s*(['"`])([^'"`\n]{3,120})\1/g;
const RUST_TEST = /#\[[ \t]*(?:\w+::)*(?:test|rstest|test_case|wasm_bindgen_test)\b[^\]\n]*\][\s\S]{0,300}?\bfn[ \t]+(\w+)[ \t]*[(<]/g;
const JVM_TEST = /@Test\b[\s\S]{0,200}?\bvoid\s+(\w+)\s*\(/g;

/** Go `func TestX`, JS `it("…")`/`test("…")`, JVM `@Test void x()` and Rust `#[test] fn x()` names, as snake-case `test_…` so the name rows read them like Python's. */
function otherTestDefs(code: Code, lang: Lang): TestDef[] {
  const snake = (n: string): string =>
    n
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toLowerCase();
  const out: TestDef[] = [];
  const push = (name: string, offset: number) => {
    const s = snake(name);
    out.push({ name: s.startsWith('test') ? s : `test_${s}`, params: '', offset });
  };
  if (lang === 'go') for (const m of code.text.matchAll(GO_TEST)) push(m[1]!, m.index);
  else if (lang === 'js') for (const m of code.text.matchAll(JS_TEST)) push(m[2]!, m.index);
  else if (lang === 'rust') for (const m of code.text.matchAll(RUST_TEST)) push(m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  else if (lang === 'jvm') for (const m of code.text.matchAll(JVM_TEST)) push(m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  return out;
}

export function kindsOf(path: string, lang: Lang, code: Code | undefined, markers: readonly MarkerUse[]): KindEvidence[] {
  const found = new Map<TestKind, KindEvidence>();
  const add = (kind: TestKind, line: number, signal: string) => {
    if (!found.has(kind)) found.set(kind, { kind, line, signal });
  };
  for (const m of markers) {
    const kind = MARKER_KIND.get(m.name.toLowerCase());
    if (kind) add(kind, m.line, `marker "${m.name}"`);
  }
  const imported = code && code.text.length > 0 ? importsOf(code, lang) : new Set<string>();
  if (code && code.text.length > 0) {
    const defs = lang === 'python' ? testDefs(code) : otherTestDefs(code, lang);
    const hit = rowsImported(imported);
    for (let i = 0; i < CONTENT_KINDS.length; i++) {
      const row = CONTENT_KINDS[i]!;
      if (found.has(row.kind)) continue;
      if (row.testName) {
        // A test's name is a hint, not proof: the row's other conditions must hold too.
        if (!isCandidate(row, i, code, hit)) continue;
        // The names first: they are a few short lines, and most files have no test so named (then `all`, run over
        // the whole text, is not needed; the conditions are all required, so their order changes no answer).
        let named: TestDef | undefined;
        for (const def of findDefs(defs, row.testName)) {
          // A name may promise more than the test does: `inTest` must hold in the test's own body.
          if (row.inTest && !row.inTest.test(bodyOf(code, defs, def))) continue;
          named = def;
          break;
        }
        if (named && (!row.all || matchRow(row, code) !== undefined)) add(row.kind, lineAt(code, named.offset), row.signal);
        continue;
      }
      if (!isCandidate(row, i, code, hit)) continue;
      const at = matchRow(row, code);
      if (at !== undefined) add(row.kind, lineAt(code, at), row.signal);
    }
  }
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  for (const row of PATH_KINDS) {
    if (found.has(row.kind) || !row.re.test(row.nameOnly ? name : lower)) continue;
    if (row.imports && lang === 'python' && !row.imports.some((m) => imported.has(m))) continue;
    add(row.kind, 1, row.signal);
  }
  if (found.size === 0) add('unit', 1, 'no other kind found');
  return [...found.values()].sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!);
}
