/**
 * Tests that no automated trigger reaches, grouped by folder, and the findings about
 * them (check id `test-inventory`: the finding is about the inventory as a whole, not
 * one checklist item, so it does not compete with the `unit-tests` verdict):
 * - a warning per folder of tests that CI never runs (or runs only by hand);
 * - a notice when every command that runs tests runs solely on a schedule.
 */
import type { Command } from '../model/ci.js';
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
  /** Test files under `folder` in all, when some of them do run (the group is part of the folder). */
  ofTotal?: number;
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
  cargo: (f) => {
    const crate = f.replace(/(?:^|\/)(?:src|tests)(?:\/.*)?$/, '');
    return crate ? `cargo test --manifest-path ${crate}/Cargo.toml` : 'cargo test --workspace';
  },
  testthat: (f) => `Rscript -e 'testthat::test_dir("${f || 'tests/testthat'}")'`,
  junit: () => 'mvn test (or gradle test)',
  bats: (f) => `bats -r ${f || '.'}`,
  notebook: (f) => `pytest --nbmake ${f || '.'}`,
  unknown: (f) => `the test runner on ${f || 'the repository'}`,
};

/** Runners that take test files as arguments (the others are given the folder). */
const FILE_ARGS: ReadonlySet<TestFramework> = new Set(['pytest', 'jest', 'vitest', 'mocha', 'node-test', 'bats', 'notebook']);
const NAMED_FILES = 3;

/** "a, b and 2 more" */
function someFiles(files: readonly TestFile[]): string {
  const names = files.slice(0, NAMED_FILES).map((f) => f.path);
  const more = files.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

type LeftOut = ReadonlyMap<string, { command: Command; filter: string }>;
type BuildTags = ReadonlyMap<string, readonly string[]>;

/** Why the files are left out, when one command's filter leaves out all of them. */
function filterReason(files: readonly TestFile[], leftOut: LeftOut | undefined): string | undefined {
  const first = leftOut?.get(files[0]?.path ?? '');
  if (!first || !files.every((f) => leftOut?.get(f.path)?.filter === first.filter && leftOut.get(f.path)?.command === first.command)) return undefined;
  return `the filter ${first.filter} of \`${first.command.text}\` (${first.command.at.file}:${first.command.at.line})`;
}

function remediationOf(folder: string, files: readonly TestFile[], manual: boolean, partial: boolean, leftOut: LeftOut | undefined, buildTags: BuildTags | undefined): string {
  const framework = dominantFramework(files);
  // Go files built only with tags are not built by a plain `go test`: the example names the tags.
  const tags = framework === 'go' ? [...new Set(files.flatMap((f) => buildTags?.get(f.path) ?? []))].sort() : [];
  // A folder reads as plural ("tests/e2e ... they"); named files by their number.
  const one = partial && files.length === 1;
  const them = one ? 'it' : 'them';
  const which = partial ? someFiles(files) : folder || 'these tests';
  if (manual) return `Add "pull_request" to the triggers of the workflow that runs ${which}, so ${one ? 'it checks' : 'they check'} every change instead of waiting for someone to start ${them}.`;
  const plain = partial && FILE_ARGS.has(framework) && files.length <= NAMED_FILES ? RUN_COMMAND[framework](files.map((f) => f.path).join(' ')) : RUN_COMMAND[framework](folder);
  const command = tags.length > 0 ? plain.replace(/^go test /, `go test -tags ${tags.join(',')} `) : plain;
  const reason = filterReason(files, leftOut);
  if (reason) return `${partial ? which : `The tests in ${which}`} ${one ? 'is' : 'are'} left out by ${reason}; run ${them} in a job of ${one ? 'its' : 'their'} own, on "pull_request" or at least on a schedule, e.g. \`${command}\`.`;
  if (!partial) return `Run ${folder || 'them'} from a workflow step on "pull_request", e.g. \`${command}\`, so every change is checked by these tests.`;
  // Other tests of the folder run: the command that runs them leaves these out (a path list, a keyword filter, an ignore).
  return `Other tests in ${folder || 'the repository'} run, but no workflow command selects ${which} (check the paths, ignores and filters of the test commands); run ${them} from a workflow step on "pull_request", e.g. \`${command}\`.`;
}

function dominantFramework(files: readonly TestFile[]): TestFramework {
  const counts = new Map<TestFramework, number>();
  for (const f of files) counts.set(f.framework, (counts.get(f.framework) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'unknown';
}

/** Folders of test files no automated trigger reaches: the highest folder whose tests all share that fate. */
export function neverRunFolders(files: readonly TestFile[], runs: ReadonlyMap<string, Runs>, leftOut?: LeftOut, buildTags?: BuildTags): NeverRunFolder[] {
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
      const inFolder = folder === '' ? files.length : (total.get(folder) ?? sorted.length);
      const partial = inFolder > sorted.length;
      const remediation = remediationOf(folder, sorted, manual, partial, leftOut, buildTags);
      const group: NeverRunFolder = { folder, files: sorted, cases: sorted.reduce((n, f) => n + f.cases, 0), manual, remediation };
      if (partial) group.ofTotal = inFolder;
      return group;
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A warning per folder CI never runs. With `unseen` (the steps not followed that might run tests, in words), a folder no
 * followed step runs is "not seen running", never "never run" (CHECKLIST §2).
 */
export function neverRunFindings(folders: readonly NeverRunFolder[], unseen?: string): Finding[] {
  return folders.map((g) => {
    const cases = g.cases > 0 ? ` (${plural(g.cases, 'test case')})` : '';
    const what = `${g.ofTotal === undefined ? plural(g.files.length, 'test file') : `${g.files.length} of ${g.ofTotal} test files`}${cases}`;
    const one = g.files.length === 1;
    const fate = g.manual
      ? `${one ? 'runs' : 'run'} in CI only when started by hand (workflow_dispatch)`
      : unseen
        ? `${one ? 'is' : 'are'} run by no CI step the tool could follow (not seen running, which is not proof ${one ? 'it never runs' : 'they never run'}: ${unseen})`
        : `${one ? 'is' : 'are'} never run by CI: no workflow command selects ${one ? 'it' : 'them'}`;
    return { severity: 'warning', file: g.files[0]!.path, line: 1, column: 1, check: INVENTORY_CHECK, message: `${g.folder || 'The repository root'}: ${what} ${fate}. ${g.remediation}` };
  });
}

/** A notice when every command that runs tests runs solely on a schedule (or by hand). */
export function scheduleOnlyFindings(testCommands: readonly Command[]): Finding[] {
  if (testCommands.length === 0) return [];
  const runs = runsOf(testCommands);
  if (!runs.runs.includes('schedule') || runs.runs.some((r) => r !== 'schedule' && r !== 'manual')) return [];
  const first = [...testCommands].sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line)[0]!;
  const root = first.via[0];
  const where = `\`${first.text}\` at ${first.at.file}:${first.at.line}${root ? `, run from ${root.file}:${root.line}` : ''}`;
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
