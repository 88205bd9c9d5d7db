/**
 * The kinds of a test file, each with the line of its strongest signal: markers first,
 * then content, then the path (line 1). A file with no other kind is `unit`.
 */
import { TEST_KINDS, type KindEvidence, type TestKind } from '../model/inventory.js';
import { lineAt, type Code, type MarkerUse } from './cases.js';
import { CONTENT_KINDS, MARKER_KINDS, PATH_KINDS, type ContentSignal } from './kind-vocabulary.js';

const MARKER_KIND = new Map(MARKER_KINDS.map((m) => [m.marker, m.kind]));

/** Every distinct hint, and for each the rows that need it: one `includes` per hint per file. */
const HINTS: readonly string[] = [...new Set(CONTENT_KINDS.flatMap((r) => r.hints))];

function matchRow(row: ContentSignal, code: Code): number | undefined {
  let first: number | undefined;
  for (const re of row.all) {
    re.lastIndex = 0;
    const m = re.exec(code.text);
    if (!m) return undefined;
    if (first === undefined) first = m.index + (m[0].length > 0 && /\s/.test(m[0][0]!) ? 1 : 0);
  }
  return first;
}

export function kindsOf(path: string, code: Code | undefined, markers: readonly MarkerUse[]): KindEvidence[] {
  const found = new Map<TestKind, KindEvidence>();
  const add = (kind: TestKind, line: number, signal: string) => {
    if (!found.has(kind)) found.set(kind, { kind, line, signal });
  };
  for (const m of markers) {
    const kind = MARKER_KIND.get(m.name.toLowerCase());
    if (kind) add(kind, m.line, `marker "${m.name}"`);
  }
  if (code && code.text.length > 0) {
    const present = new Set(HINTS.filter((h) => code.text.includes(h)));
    for (const row of CONTENT_KINDS) {
      if (found.has(row.kind) || !row.hints.some((h) => present.has(h))) continue;
      const at = matchRow(row, code);
      if (at !== undefined) add(row.kind, lineAt(code, at), row.signal);
    }
  }
  const lower = path.toLowerCase();
  for (const row of PATH_KINDS) if (!found.has(row.kind) && row.re.test(lower)) add(row.kind, 1, row.signal);
  if (found.size === 0) add('unit', 1, 'no other kind found');
  const order = new Map(TEST_KINDS.map((k, i) => [k, i]));
  return [...found.values()].sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
}
