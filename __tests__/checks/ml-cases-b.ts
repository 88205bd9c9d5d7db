/**
 * Table-driven cases for the ML checks: each case is a tiny repository, the verdict it must
 * get, and where its first piece of evidence must point (file:line:column).
 */
import type { Analysis } from '../../src/analysis.js';
import type { Check } from '../../src/checks/types.js';
import type { Verdict } from '../../src/model/check.js';
import type { TestKind } from '../../src/model/inventory.js';
import { analyzeFiles } from '../helpers/repo.js';

export interface Case {
  name: string;
  files: Record<string, string>;
  verdict: Verdict;
  /** `file:line:column` of the first evidence (required unless the verdict is absent). */
  at?: string;
  /** What the first evidence's message must say. */
  message?: RegExp;
  /** Triggers the first evidence must carry. */
  triggers?: string[];
  reason?: RegExp;
  /** Findings as `file:line:column severity`, with a pattern their messages must match. */
  findings?: string[];
  findingMessage?: RegExp;
  /** The conditions of the first evidence, exactly (omitted: not checked). */
  conditions?: string[];
  prepare?: (a: Analysis) => void;
}

export function runCases(check: Check, cases: Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = analyzeFiles(c.files);
    c.prepare?.(a);
    const r = check.evaluate(a);
    expect(r.verdict).toBe(c.verdict);
    const first = r.evidence[0];
    if (c.verdict === 'absent') expect(r.evidence).toEqual([]);
    else expect(first && `${first.file}:${first.line}:${first.column}`).toBe(c.at);
    if (c.message) expect(first?.message).toMatch(c.message);
    if (c.triggers) expect(first?.triggers).toEqual(c.triggers);
    if (c.reason) expect(r.reason).toMatch(c.reason);
    if (c.conditions) expect(first?.conditions ?? []).toEqual(c.conditions);
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`)).toEqual(c.findings ?? []);
    if (c.findingMessage) for (const f of r.findings) expect(f.message).toMatch(c.findingMessage);
  });
}

/** Fills the test inventory by hand: one test file of a kind, run by the first command matching `runBy` (if any). */
export function withTest(path: string, kind: TestKind, line: number, signal: string, runBy?: RegExp): (a: Analysis) => void {
  return (a) => {
    const command = runBy ? a.commands.find((c) => runBy.test(c.text)) : undefined;
    if (runBy && !command) throw new Error(`no command matches ${runBy}`);
    a.inventory = {
      files: [{ path, framework: 'pytest', kinds: [{ kind, line, signal }], cases: 1, markers: [] }],
      reachedBy: new Map(command ? [[path, [command]]] : []),
    };
  };
}
