/**
 * Goldens: a normalised projection of a report that holds only what the checks judge
 * (the profile and its reasons, each item's verdict, reason and evidence, the findings,
 * the score, the level and the test inventory). Version, timing, paths, and fields that
 * other work adds to the report (history, base, commit, ...) are left out on purpose, so
 * that adding a report field does not churn the goldens.
 *
 * Positions go through `projectPlace` only. When positions gain an end, add it there and
 * regenerate every golden in one commit (`UPDATE_GOLDENS=1 npm test -- __tests__/acceptance/goldens.test.ts`,
 * plus `npm run test:corpus` for the corpus tier).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Report } from '../../src/model/report.js';

export const UPDATE_GOLDENS = process.env['UPDATE_GOLDENS'] === '1';

/** A place as the goldens show it: `file:line:col` (then `-line:col` where it ends, when known), one string so a diff reads like a compiler message. */
export function projectPlace(p: { file: string; line: number; column: number; end?: { line: number; column: number } }): string {
  return `${p.file}:${p.line}:${p.column}${p.end ? `-${p.end.line}:${p.end.column}` : ''}`;
}

export interface GoldenProjection {
  profile: { id: string; reasons: string[] };
  score: number;
  level: number;
  items: {
    id: string;
    verdict: string;
    reason: string;
    evidence: { at: string; text: string; triggers: string[]; conditions?: string[] }[];
  }[];
  findings: { source: string; severity: string; at: string; message: string }[];
  tests: Report['tests'];
  /** Only when the tool could not follow a step (absent otherwise, so that goldens without one do not churn). */
  unfollowed?: { at: string; command: string; kind: string; reason: string; triggers: string[]; items?: string[] }[];
}

export function projectReport(report: Report): GoldenProjection {
  return {
    profile: { id: report.profile.id, reasons: report.profile.reasons },
    score: report.score,
    level: report.level,
    items: report.items.map((i) => ({
      id: i.id,
      verdict: i.verdict,
      reason: i.reason,
      evidence: i.evidence.map((e) => ({
        at: projectPlace(e),
        text: e.message,
        triggers: e.triggers,
        ...(e.conditions && e.conditions.length > 0 ? { conditions: e.conditions } : {}),
      })),
    })),
    findings: report.findings.map((f) => ({ source: f.check, severity: f.severity, at: projectPlace(f), message: f.message })),
    tests: report.tests,
    ...(report.unfollowed.length > 0
      ? { unfollowed: report.unfollowed.map((u) => ({ at: projectPlace(u), command: u.command, kind: u.kind, reason: u.reason, triggers: u.triggers, ...(u.items ? { items: u.items } : {}) })) }
      : {}),
  };
}

/** Compares a projection with its stored golden (or writes it under UPDATE_GOLDENS=1); returns the stored text. */
export function goldenText(projection: GoldenProjection): string {
  return JSON.stringify(projection, null, 2) + '\n';
}

export function readOrWriteGolden(file: string, actual: string): string | null {
  if (UPDATE_GOLDENS) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
