/**
 * Tests that no automated trigger reaches, grouped by folder, and the findings about
 * them (check id `test-inventory`: the finding is about the inventory as a whole, not
 * one checklist item, so it does not compete with the `unit-tests` verdict):
 * - a warning per folder of tests that CI never runs (or runs only by hand);
 * - a notice when every command that runs tests runs solely on a schedule.
 */
import type { Command } from '../model/execution.js';
import type { Finding } from '../model/finding.js';
import type { TestFile, TestFramework } from '../model/inventory.js';
import { isAutomatedRun, runsOf, type Runs } from './reach.js';

export const INVENTORY_CHECK = 'test-inventory';

export interface NeverRunFolder {
  folder: string;
  files: TestFile[];
  cases: number;
  /** Some files run, but only when started by hand (workflow_dispatch). */
  manual: boolean;
  remediation: string;
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function ancestorsBelowRoot(p: string): string[] {
  const out: string[] = [];
  let i = p.indexOf('/');
  while (i >= 0) {
    out.push(p.slice(0, i));
    i = p.indexOf('/', i + 1);
  }
  return out;
}

function commonDir(paths: readonly string[]): string {
  let common = dirOf(paths[0] ?? '');
  for (const p of paths) {
    while (common !== '' && !(p.startsWith(`${common}/`))) common = dirOf(common);
  }
  return common;
}

const RUN_COMMAND: Record<TestFramework, (folder: string) => string> = {
  pytest: (f) => `pytest ${f || '.'}`,
  unittest: (f) => `python -m unittest discover -s ${f || '.'}`,
  jest: (f) => `npx jest ${f}`.trim(),
  vitest: (f) => `npx vitest run ${f}`.trim(),
  mocha: (f) => `npx mocha ${f || 'test'}`,
  'node-test': (f) => `node --test ${f}`.trim(),
  go: (f) => `go test ./${f ? `${f}/` : ''}...`,
  testthat: (f) => `Rscript -e 'testthat::test_dir("${f || 'tests/testthat'}")'`,
  junit: () => 'mvn test (or gradle test)',
  bats: (f) => `bats -r ${f || '.'}`,
  notebook: (f) => `pytest --nbmake ${f || '.'}`,
  unknown: (f) => `the test runner on ${f || 'the repository'}`,
};

function dominantFramework(files: readonly TestFile[]): TestFramework {
  const counts = new Map<TestFramework, number>();
  for (const f of files) counts.set(f.framework, (counts.get(f.framework) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'unknown';
}

/** Folders of test files no automated trigger reaches: the highest folder whose tests all share that fate. */
export function neverRunFolders(files: readonly TestFile[], runs: ReadonlyMap<string, Runs>): NeverRunFolder[] {
  const notRun = (f: TestFile) => !(runs.get(f.path)?.runs ?? ['never']).some(isAutomatedRun);
  const total = new Map<string, number>();
  const idle = new Map<string, number>();
  for (const f of files) {
    const out = notRun(f);
    for (const d of ancestorsBelowRoot(f.path)) {
      total.set(d, (total.get(d) ?? 0) + 1);
      if (out) idle.set(d, (idle.get(d) ?? 0) + 1);
    }
  }
  const groups = new Map<string, TestFile[]>();
  for (const f of files) {
    if (!notRun(f)) continue;
    const top = ancestorsBelowRoot(f.path).find((d) => idle.get(d) === total.get(d)) ?? dirOf(f.path);
    let g = groups.get(top);
    if (!g) groups.set(top, (g = []));
    g.push(f);
  }
  return [...groups.values()]
    .map((list) => {
      const sorted = [...list].sort((a, b) => a.path.localeCompare(b.path));
      const folder = commonDir(sorted.map((f) => f.path));
      const manual = sorted.some((f) => runs.get(f.path)?.runs.includes('manual'));
      const command = RUN_COMMAND[dominantFramework(sorted)](folder);
      const remediation = manual
        ? `Add "pull_request" to the triggers of the workflow that runs ${folder || 'these tests'}, so they check every change instead of waiting for someone to start them.`
        : `Run ${folder || 'them'} from a workflow step on "pull_request", e.g. \`${command}\`, so every change is checked by these tests.`;
      return { folder, files: sorted, cases: sorted.reduce((n, f) => n + f.cases, 0), manual, remediation };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function neverRunFindings(folders: readonly NeverRunFolder[]): Finding[] {
  return folders.map((g) => {
    const cases = g.cases > 0 ? ` (${plural(g.cases, 'test case')})` : '';
    const what = `${plural(g.files.length, 'test file')}${cases}`;
    const fate = g.manual ? `${g.files.length === 1 ? 'runs' : 'run'} in CI only when started by hand (workflow_dispatch)` : `${g.files.length === 1 ? 'is' : 'are'} never run by CI: no workflow command selects ${g.files.length === 1 ? 'it' : 'them'}`;
    return { severity: 'warning', file: g.files[0]!.path, line: 1, column: 1, check: INVENTORY_CHECK, message: `${g.folder || 'The repository root'}: ${what} ${fate}. ${g.remediation}` };
  });
}

/** A notice when every command that runs tests runs solely on a schedule (or by hand). */
export function scheduleOnlyFindings(testCommands: readonly Command[]): Finding[] {
  if (testCommands.length === 0) return [];
  const runs = runsOf(testCommands);
  if (!runs.runs.includes('schedule') || runs.runs.some((r) => r !== 'schedule' && r !== 'manual')) return [];
  const first = [...testCommands].sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line)[0]!;
  const where = `\`${first.text}\` at ${first.at.file}:${first.at.line}`;
  const others = testCommands.length > 1 ? ` and ${plural(testCommands.length - 1, 'other command')}` : '';
  return [
    {
      severity: 'notice',
      file: first.at.file,
      line: first.at.line,
      column: first.at.column,
      check: INVENTORY_CHECK,
      message: `The only test runs (${where}${others}) happen solely on a schedule (${runs.schedules.join('; ')}), so changes are not tested until then. Add "pull_request" to the triggers of the workflow that runs the tests.`,
    },
  ];
}
