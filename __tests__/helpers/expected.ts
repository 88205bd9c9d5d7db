/**
 * The key lines of a report, as kept in a scenario's `expected.txt`: a small pure function,
 * shared so that every branch renders (and regenerates) them the same way.
 *
 *   score N
 *   level N
 *   item <id> <verdict> <file:line of the first evidence, or ->
 *   tests <kind> <when it runs> <N> files <M> cases
 *   never-run <folder> <N> files <M> cases
 *   finding <severity> <file>:<line>:<column> <check>
 *   unfollowed <kind> <file>:<line>:<column> <command>
 *
 * The `tests` lines are the "test kind × when it runs" table: kinds in the report's order
 * (TEST_KINDS), then when they run in RUN_WHEN_ORDER; `never-run` lines sorted by folder.
 */
import type { Report } from '../../src/model/report.js';
import { RUN_WHEN_ORDER } from '../../src/report/run-when.js';

function counts(n: { files: number; cases: number }): string {
  return `${n.files} ${n.files === 1 ? 'file' : 'files'} ${n.cases} ${n.cases === 1 ? 'case' : 'cases'}`;
}

export function renderExpected(report: Report): string {
  const lines = [`score ${report.score}`, `level ${report.level}`];
  for (const item of report.items) {
    const e = item.evidence[0];
    lines.push(`item ${item.id} ${item.verdict} ${e ? `${e.file}:${e.line}` : '-'}`);
  }
  for (const k of report.tests.byKind) {
    for (const when of RUN_WHEN_ORDER) {
      const cell = k.runs[when];
      if (cell) lines.push(`tests ${k.kind} ${when} ${counts(cell)}`);
    }
  }
  for (const n of [...report.tests.neverRun].sort((a, b) => a.folder.localeCompare(b.folder))) lines.push(`never-run ${n.folder || '.'} ${counts(n)}`);
  for (const f of report.findings) lines.push(`finding ${f.severity} ${f.file}:${f.line}:${f.column} ${f.check}`);
  for (const u of report.unfollowed) lines.push(`unfollowed ${u.kind} ${u.file}:${u.line}:${u.column} ${u.command}`);
  return `${lines.join('\n')}\n`;
}
