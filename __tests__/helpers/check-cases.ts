/**
 * Table-driven cases for checks: each case is a tiny repository, an optional hand-made test
 * inventory (the inventory is filled by another part of the analysis), the verdict it must get,
 * the exact place (file:line:column) of the first piece of evidence, and the findings.
 */
import type { Analysis } from '../../src/analysis/analyze.js';
import type { Check } from '../../src/checks/kit.js';
import type { Verdict } from '../../src/model/check.js';
import type { Command } from '../../src/model/ci.js';
import type { TestKind } from '../../src/model/inventory.js';
import { analyzeFiles } from './repo.js';

/** One test file of the hand-made inventory. */
export interface InventoryEntry {
  path: string;
  kind: TestKind;
  /** Line of the kind's signal in the file. */
  line: number;
  /** What marks the file as of its kind (default: `<kind> test`). */
  signal?: string;
  /** The CI command that runs the file: its exact text, or the first command matching a pattern (omitted: no command runs it). */
  runBy?: string | RegExp;
}

export interface CheckCase {
  name: string;
  files: Record<string, string>;
  /** Test files put in the inventory by hand, replacing the analysed one (omitted: see `RunOptions.unlistedInventory`). */
  inventory?: InventoryEntry[];
  verdict: Verdict;
  /** `file:line:column` of the first evidence (omitted: no evidence at all). */
  at?: string;
  /** Events of the first evidence, exactly and in order (omitted: not checked). */
  triggers?: string[];
  /** Events of the first evidence, in any order (omitted: not checked). */
  triggerSet?: string[];
  /** Text the first evidence's message must contain. */
  message?: RegExp;
  /** Text the reason must contain. */
  reason?: RegExp;
  /** The conditions of the first evidence, exactly (omitted: not checked). */
  conditions?: string[];
  /** Findings as `severity file:line:column`, exactly (omitted: see `RunOptions.unlistedFindings`). */
  findings?: string[];
  /** Findings as `file:line`, exactly, for cases that pin neither severity nor column. */
  findingLines?: string[];
  /** The first finding's message: exactly (string) or containing (pattern). */
  findingMessage?: RegExp | string;
  /** A pattern every finding's message must match. */
  everyFindingMessage?: RegExp;
}

export interface RunOptions {
  /** When a case lists neither `findings` nor `findingLines`: assert there are none (default) or leave them unchecked. */
  unlistedFindings?: 'none' | 'unchecked';
  /** When a case lists no `inventory`: keep the inventory the analysis found (default) or make it empty. */
  unlistedInventory?: 'analysed' | 'empty';
}

export function place(e: { file: string; line: number; column: number } | undefined): string | undefined {
  return e ? `${e.file}:${e.line}:${e.column}` : undefined;
}

/** Replaces the analysis's test inventory with `entries`. */
export function withInventory(a: Analysis, entries: readonly InventoryEntry[]): Analysis {
  const reachedBy = new Map<string, Command[]>();
  for (const e of entries) {
    if (e.runBy === undefined) continue;
    const runBy = e.runBy;
    const c = typeof runBy === 'string' ? a.commands.find((x) => x.text === runBy) : a.commands.find((x) => runBy.test(x.text));
    if (!c) throw new Error(`no command ${typeof runBy === 'string' ? `"${runBy}"` : `matches ${runBy}`} in ${a.commands.map((x) => x.text).join(' | ')}`);
    reachedBy.set(e.path, [c]);
  }
  a.inventory = {
    files: entries.map((e) => ({ path: e.path, framework: 'pytest', kinds: [{ kind: e.kind, line: e.line, signal: e.signal ?? `${e.kind} test` }], cases: 1, markers: [] })),
    reachedBy,
  };
  return a;
}

export function runCases(check: Check, cases: readonly CheckCase[], options: RunOptions = {}): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = analyzeFiles(c.files);
    const inventory = c.inventory ?? (options.unlistedInventory === 'empty' ? [] : undefined);
    const r = check.evaluate(inventory ? withInventory(a, inventory) : a);
    const first = r.evidence[0];
    expect(r.verdict).toBe(c.verdict);
    expect(place(first)).toBe(c.at);
    if (c.triggers) expect(first?.triggers).toEqual(c.triggers);
    if (c.triggerSet) expect([...(first?.triggers ?? [])].sort()).toEqual([...c.triggerSet].sort());
    if (c.message) expect(first?.message).toMatch(c.message);
    if (c.reason) expect(r.reason).toMatch(c.reason);
    if (c.conditions) expect(first?.conditions ?? []).toEqual(c.conditions);
    if (c.findings || (!c.findingLines && options.unlistedFindings !== 'unchecked')) {
      expect(r.findings.map((f) => `${f.severity} ${place(f)}`)).toEqual(c.findings ?? []);
    }
    if (c.findingLines) expect(r.findings.map((f) => `${f.file}:${f.line}`)).toEqual(c.findingLines);
    if (typeof c.findingMessage === 'string') expect(r.findings[0]?.message).toBe(c.findingMessage);
    else if (c.findingMessage) expect(r.findings[0]?.message).toMatch(c.findingMessage);
    if (c.everyFindingMessage) for (const f of r.findings) expect(f.message).toMatch(c.everyFindingMessage);
  });
}

/** `.github/workflows/ci.yml` from the compact helper's arguments. */
export const CI = '.github/workflows/ci.yml';

/** A local composite action at `.github/actions/t/action.yml` whose one step (line 5) runs `run`. */
export function compositeAction(run: string): Record<string, string> {
  return { '.github/actions/t/action.yml': `name: t\nruns:\n  using: composite\n  steps:\n    - run: ${run}\n      shell: bash\n` };
}

/** A caller on `on` (line 1) whose job (line 4) calls `.github/workflows/reusable.yml`; the called job's step (line 6, column 14) runs `run`. */
export function reusableWorkflow(on: string, run: string): Record<string, string> {
  return {
    '.github/workflows/ci.yml': `on: ${on}\njobs:\n  call:\n    uses: ./.github/workflows/reusable.yml\n`,
    '.github/workflows/reusable.yml': `on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`,
  };
}

/** Extra job lines: an `if:` on pull-request labels (one line, so steps start at line 8). */
export const LABEL_IF = "    if: contains(github.event.pull_request.labels.*.name, 'ci')\n";
