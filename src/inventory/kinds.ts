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

/** The first test whose `name(params` matches: one regex run over all of them, joined by lines. */
function findDef(defs: readonly TestDef[], re: RegExp): TestDef | undefined {
  let text = defLines.get(defs);
  if (text === undefined) {
    text = defs.map((d) => `${d.name}(${d.params}`).join('\n');
    defLines.set(defs, text);
  }
  const m = multilineOf(re).exec(text);
  if (!m) return undefined;
  let i = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < m.index; at = text.indexOf('\n', at + 1)) i++;
  return defs[i];
}

const multiline = new WeakMap<RegExp, RegExp>();
function multilineOf(re: RegExp): RegExp {
  let m = multiline.get(re);
  if (!m) {
    m = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}${re.multiline ? '' : 'm'}`);
    multiline.set(re, m);
  }
  return m;
}

function isCandidate(row: ContentSignal, code: Code, imported: ReadonlySet<string>): boolean {
  if (row.langs && !row.langs.includes(code.lang)) return false;
  if (row.imports && !row.imports.some((m) => imported.has(m))) return false;
  return row.hints ? row.hints.some((h) => code.text.includes(h)) : true;
}

const GO_TEST = /^func[ \t]+(Test\w+)[ \t]*\(/gm;
const JS_TEST = /\b(?:it|test)(?:\.\w+)?\s*\(\s*(['"`])([^'"`\n]{3,120})\1/g;
const JVM_TEST = /@Test\b[\s\S]{0,200}?\bvoid\s+(\w+)\s*\(/g;

/** Go `func TestX`, JS `it("…")`/`test("…")` and JVM `@Test void x()` names, as snake-case `test_…` so the name rows read them like Python's. */
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
    for (const row of CONTENT_KINDS) {
      if (found.has(row.kind)) continue;
      if (row.testName) {
        // A test's name is a hint, not proof: the row's other conditions must hold too.
        if (!isCandidate(row, code, imported) || (row.all && matchRow(row, code) === undefined)) continue;
        const def = defs.length > 0 ? findDef(defs, row.testName) : undefined;
        if (def) add(row.kind, lineAt(code, def.offset), row.signal);
        continue;
      }
      if (!isCandidate(row, code, imported)) continue;
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
