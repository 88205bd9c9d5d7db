/**
 * The inventory as the JSON report shows it: per file its kinds, cases and when it runs;
 * per kind the files and cases by when they run (the "test kind × when it runs" table);
 * and the folders that CI never runs, each with a remediation.
 */
import { TEST_KINDS, type RunWhen, type TestInventory } from '../model/inventory.js';
import type { ReportTestFile, ReportTests } from '../model/report.js';
import { runsByFile } from '../inventory/build.js';
import { neverRunFolders } from '../inventory/never-run.js';

export function inventoryReport(inventory: TestInventory): ReportTests {
  const runs = runsByFile(inventory);
  const files: ReportTestFile[] = inventory.files.map((f) => {
    const r = runs.get(f.path)!;
    const out: ReportTestFile = { path: f.path, framework: f.framework, kinds: f.kinds.map((k) => ({ kind: k.kind, line: k.line, signal: k.signal })), cases: f.cases, runs: r.runs };
    if (r.schedules.length > 0) out.schedules = r.schedules;
    if (r.conditions.length > 0) out.conditions = r.conditions;
    return out;
  });
  const byKind: ReportTests['byKind'] = [];
  for (const kind of TEST_KINDS) {
    const ofKind = inventory.files.filter((f) => f.kinds.some((k) => k.kind === kind));
    if (ofKind.length === 0) continue;
    const cells: Partial<Record<RunWhen, { files: number; cases: number }>> = {};
    for (const f of ofKind) {
      for (const when of runs.get(f.path)!.runs) {
        const cell = (cells[when] ??= { files: 0, cases: 0 });
        cell.files++;
        cell.cases += f.cases;
      }
    }
    byKind.push({ kind, files: ofKind.length, cases: ofKind.reduce((n, f) => n + f.cases, 0), runs: cells });
  }
  const neverRun = neverRunFolders(inventory.files, runs, inventory.leftOut, inventory.buildTags).map((g) => ({ folder: g.folder, files: g.files.length, cases: g.cases, remediation: g.remediation }));
  return { files, byKind, neverRun };
}
