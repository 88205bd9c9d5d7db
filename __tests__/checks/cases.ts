/**
 * Table-driven cases for checks: each case is a tiny repository, the verdict it must get,
 * the exact place (file:line:column) of the first piece of evidence, and the findings.
 */
import type { Check } from '../../src/checks/types.js';
import type { Verdict } from '../../src/model/check.js';
import { runCheck } from '../helpers/repo.js';

export interface CheckCase {
  name: string;
  files: Record<string, string>;
  verdict: Verdict;
  /** `file:line:column` of the first evidence (undefined: no evidence). */
  at?: string;
  /** Events of the first evidence, sorted, when they matter. */
  triggers?: string[];
  /** Text the first evidence's message must contain. */
  message?: RegExp;
  /** Findings as `severity file:line:column` (default: none). */
  findings?: string[];
  /** Text the first finding's message must contain. */
  findingMessage?: RegExp | string;
  /** The conditions of the first evidence, exactly (omitted: not checked). */
  conditions?: string[];
}

export function place(e: { file: string; line: number; column: number } | undefined): string | undefined {
  return e ? `${e.file}:${e.line}:${e.column}` : undefined;
}

export function runCases(check: Check, cases: readonly CheckCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = runCheck(check, c.files);
    expect(r.verdict).toBe(c.verdict);
    expect(place(r.evidence[0])).toBe(c.at);
    if (c.triggers) expect([...(r.evidence[0]?.triggers ?? [])].sort()).toEqual(c.triggers);
    if (c.message) expect(r.evidence[0]?.message).toMatch(c.message);
    if (c.conditions) expect(r.evidence[0]?.conditions ?? []).toEqual(c.conditions);
    expect(r.findings.map((f) => `${f.severity} ${place(f)}`)).toEqual(c.findings ?? []);
    if (c.findingMessage !== undefined) {
      if (typeof c.findingMessage === 'string') expect(r.findings[0]?.message).toBe(c.findingMessage);
      else expect(r.findings[0]?.message).toMatch(c.findingMessage);
    }
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
