/**
 * The key lines of a report, as kept in a scenario's `expected.txt`: a small pure function,
 * shared so that every branch renders (and regenerates) them the same way.
 *
 *   score N
 *   level N
 *   item <id> <verdict> <file:line of the first evidence, or ->
 *   finding <severity> <file>:<line>:<column> <check>
 */
import type { Report } from '../../src/model/report.js';

export function renderExpected(report: Report): string {
  const lines = [`score ${report.score}`, `level ${report.level}`];
  for (const item of report.items) {
    const e = item.evidence[0];
    lines.push(`item ${item.id} ${item.verdict} ${e ? `${e.file}:${e.line}` : '-'}`);
  }
  for (const f of report.findings) lines.push(`finding ${f.severity} ${f.file}:${f.line}:${f.column} ${f.check}`);
  return `${lines.join('\n')}\n`;
}
