/**
 * Table-driven cases for the ML checks: a tiny repository, an optional hand-made test
 * inventory (the inventory is filled by another part of the analysis), and the expected
 * verdict with the exact place of the first evidence.
 */
import type { Analysis } from '../../src/analysis.js';
import type { Check } from '../../src/checks/types.js';
import type { ItemResult } from '../../src/model/check.js';
import type { Command } from '../../src/model/execution.js';
import type { TestKind } from '../../src/model/inventory.js';
import { analyzeFiles } from '../helpers/repo.js';

export interface InventoryEntry {
  path: string;
  kind: TestKind;
  line: number;
  /** Text of the CI command that runs the file (omitted: no command runs it). */
  runBy?: string;
}

export interface MlCase {
  name: string;
  files: Record<string, string>;
  inventory?: InventoryEntry[];
  verdict: ItemResult['verdict'];
  /** file:line:column of the first evidence (omitted: no evidence). */
  at?: string;
  triggers?: string[];
  /** Words the reason must contain. */
  reason?: RegExp;
  /** file:line of the findings. */
  findings?: string[];
  /** The conditions of the first evidence, exactly (omitted: not checked). */
  conditions?: string[];
}

export function withInventory(a: Analysis, entries: readonly InventoryEntry[]): Analysis {
  const reachedBy = new Map<string, Command[]>();
  for (const e of entries) {
    if (!e.runBy) continue;
    const c = a.commands.find((x) => x.text === e.runBy);
    if (!c) throw new Error(`no command "${e.runBy}" in ${a.commands.map((x) => x.text).join(' | ')}`);
    reachedBy.set(e.path, [c]);
  }
  a.inventory = { files: entries.map((e) => ({ path: e.path, framework: 'pytest', kinds: [{ kind: e.kind, line: e.line, signal: `${e.kind} test` }], cases: 1, markers: [] })), reachedBy };
  return a;
}

export function runMlCase(check: Check, c: MlCase): ItemResult {
  const a = withInventory(analyzeFiles(c.files), c.inventory ?? []);
  return { id: check.meta.id, ...check.evaluate(a) };
}

export function describeCases(check: Check, cases: readonly MlCase[]): void {
  describe(check.meta.id, () => {
    test.each(cases)('$name', (c) => {
      const r = runMlCase(check, c);
      expect(r.verdict).toBe(c.verdict);
      if (c.at) {
        const e = r.evidence[0];
        expect(e && `${e.file}:${e.line}:${e.column}`).toBe(c.at);
      } else expect(r.evidence.map((e) => `${e.file}:${e.line}`)).toEqual([]);
      if (c.triggers) expect(r.evidence[0]!.triggers).toEqual(c.triggers);
      if (c.reason) expect(r.reason).toMatch(c.reason);
      if (c.findings) expect(r.findings.map((f) => `${f.file}:${f.line}`)).toEqual(c.findings);
      if (c.conditions) expect(r.evidence[0]?.conditions ?? []).toEqual(c.conditions);
    });
  });
}

export const WF = '.github/workflows/ci.yml';
