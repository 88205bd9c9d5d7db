import type { ExecStep } from '../../../src/model/ci.js';
import { readCiSystems } from '../../../src/parse/ci/index.js';
import { indexRepository } from '../../../src/parse/repo.js';
import { commandsOf, type FollowOptions, type RunModel } from '../../../src/parse/run/run.js';
import { makeRepo } from '../../helpers/repo.js';

/** The run model with each step as its index, so two readings of one repository compare field by field. */
function plain(run: RunModel, steps: readonly ExecStep[]) {
  const commandIndex = new Map(run.commands.map((c, i) => [c, i]));
  return {
    commands: run.commands.map((c) => ({ text: c.text, argv: c.argv, at: c.at, via: c.via, step: steps.indexOf(c.exec), cannotFail: c.cannotFail, fields: Object.keys(c) })),
    selections: run.selections.map((s) => ({ ...s, command: commandIndex.get(s.command) })),
    unfollowed: run.unfollowed.map((u) => ({ ...u, command: commandIndex.get(u.command) })),
    findings: run.findings,
  };
}

/** Reads the repository twice (each reading has its own caches): once walking every script, once replaying them. */
function walkAndReplay(files: Record<string, string>, options: FollowOptions = {}) {
  const root = makeRepo(files);
  const read = (replay: boolean) => {
    const repo = indexRepository(root);
    const { steps } = readCiSystems(repo);
    const run = commandsOf(steps, repo, { ...options, replay });
    return { run, steps, plain: plain(run, steps) };
  };
  return { walked: read(false), replayed: read(true) };
}

/** The commands written in `file`, as `step: text`. */
function commandsIn(run: RunModel, steps: readonly ExecStep[], file: string): string[] {
  return run.commands.filter((c) => c.at.file === file).map((c) => `${steps.indexOf(c.exec)}: ${c.text}`);
}

const CHECK_SH = ['pytest tests || true', 'tox', 'python tools/eval.py', 'python copy/tools/eval.py', 'bash scripts/gone.sh', 'bash scripts/check.sh', ''].join('\n');

/** One script reached from steps that differ in folder, environment, failure policy, sureness of the folder and checkouts. */
const SHARED: Record<string, string> = {
  '.github/workflows/ci.yml': [
    'name: ci',
    'on: [push, pull_request]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: bash scripts/check.sh',
    '      - run: bash ../scripts/check.sh',
    '        working-directory: sdk',
    '      - run: bash scripts/check.sh',
    '        env:',
    '          TOXENV: lint',
    '      - run: bash scripts/check.sh',
    '        continue-on-error: true',
    '      - run: cd "$WHERE" && bash scripts/check.sh',
    '      - run: bash ../scripts/check.sh',
    '        working-directory: sdk',
    '      - run: bash scripts/check.sh',
    '      - run: bash scripts/check.sh',
    '  copy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          path: copy',
    '      - run: bash scripts/check.sh',
    '',
  ].join('\n'),
  'scripts/check.sh': CHECK_SH,
  'tox.ini': '[tox]\nenvlist = unit\n[testenv:unit]\ncommands = pytest tests/unit\n[testenv:lint]\ncommands = ruff check .\n',
  'sdk/tox.ini': '[tox]\nenvlist = sdk\n[testenv:sdk]\ncommands = pytest sdk_tests\n',
  'tools/eval.py': 'print(1)\n',
};

describe('a script reached by many steps is walked once per input and replayed', () => {
  it('gives every step the commands, selections, unfollowed commands and findings the walk gives', () => {
    const { walked, replayed } = walkAndReplay(SHARED);
    expect(replayed.plain).toEqual(walked.plain);
  });

  it('gives each step its own folder, environment and failure policy', () => {
    const { replayed } = walkAndReplay(SHARED);
    const { run, steps } = replayed;
    const lines = commandsIn(run, steps, 'tox.ini').concat(commandsIn(run, steps, 'sdk/tox.ini'));
    expect(lines).toEqual(['0: pytest tests/unit', '2: ruff check .', '3: pytest tests/unit', '4: pytest tests/unit', '6: pytest tests/unit', '7: pytest tests/unit', '9: pytest tests/unit', '1: pytest sdk_tests', '5: pytest sdk_tests']);
    const pytest = run.commands.filter((c) => c.text === 'pytest tests || true' || c.text === 'pytest tests');
    expect(pytest.map((c) => [steps.indexOf(c.exec), c.cannotFail?.why])).toEqual([
      [0, 'or-true'],
      [1, 'or-true'],
      [2, 'or-true'],
      [3, 'continue-on-error'],
      [4, 'or-true'],
      [5, 'or-true'],
      [6, 'or-true'],
      [7, 'or-true'],
      [9, 'or-true'],
    ]);
    expect(run.selections.filter((s) => s.paths[0] === 'tests').map((s) => [steps.indexOf(s.command.exec), s.cwd])).toEqual([
      [0, ''],
      [1, 'sdk'],
      [2, ''],
      [3, ''],
      [4, ''],
      [5, 'sdk'],
      [6, ''],
      [7, ''],
      [9, ''],
    ]);
    // tools/eval.py is missing only from sdk/; copy/tools/eval.py is the second checkout's own file in the job that makes it
    // (step 9); step 4's folder is not known, so nothing is missing there.
    expect(run.unfollowed.map((u) => `${steps.indexOf(u.command.exec)}: ${u.reason.replace(/^the script "(.*)" is not in the repository$/, '$1')}`)).toEqual([
      '0: copy/tools/eval.py',
      '0: scripts/gone.sh',
      '1: sdk/tools/eval.py',
      '1: sdk/copy/tools/eval.py',
      '1: sdk/scripts/gone.sh',
      '1: sdk/scripts/check.sh',
      '2: copy/tools/eval.py',
      '2: scripts/gone.sh',
      '3: copy/tools/eval.py',
      '3: scripts/gone.sh',
      '5: sdk/tools/eval.py',
      '5: sdk/copy/tools/eval.py',
      '5: sdk/scripts/gone.sh',
      '5: sdk/scripts/check.sh',
      '6: copy/tools/eval.py',
      '6: scripts/gone.sh',
      '7: copy/tools/eval.py',
      '7: scripts/gone.sh',
      '9: scripts/gone.sh',
    ]);
  });

  it('replays a later step with the same input instead of walking it again, and each step keeps its own chain', () => {
    const { run, steps } = walkAndReplay(SHARED).replayed;
    // Step 0's walk parsed tox.ini (a parse may say the file's problems, which no later walk says again), so it was not
    // recorded; step 6 has the same input and was recorded; step 7 replays it.
    const first = run.commands.filter((c) => c.exec === steps[6] && c.at.file === 'scripts/check.sh');
    const again = run.commands.filter((c) => c.exec === steps[7] && c.at.file === 'scripts/check.sh');
    expect(again.map((c) => c.text)).toEqual(first.map((c) => c.text));
    // A replayed command's position is the recorded one; a walk makes a new one for every command.
    expect(again.every((c, i) => c.at === first[i]!.at)).toBe(true);
    expect(first.map((c) => c.via.map((v) => v.line))).toEqual(first.map(() => [18]));
    expect(again.map((c) => c.via.map((v) => v.line))).toEqual(again.map(() => [19]));
    const before = run.commands.filter((c) => c.exec === steps[0] && c.at.file === 'scripts/check.sh');
    expect(before.some((c, i) => c.at === first[i]!.at)).toBe(false);
  });

  it('says a missing script and a loop in the shared script as often as the walk does', () => {
    const { walked, replayed } = walkAndReplay(SHARED);
    const said = (run: RunModel) => run.findings.filter((f) => f.file === 'scripts/check.sh').map((f) => `${f.line}: ${f.message.slice(0, 30)}`);
    expect(said(replayed.run)).toEqual(said(walked.run));
    expect(new Set(said(replayed.run))).toEqual(new Set(['5: The script "scripts/gone.sh" i', '6: Following this command leads b', '6: The script "scripts/check.sh" ']));
    expect(said(replayed.run).length).toBeGreaterThan(3);
  });

  it('walks a script again when the run line already entered a body the recording entered (the walk would skip it there)', () => {
    const files = {
      '.github/workflows/ci.yml': ['name: ci', 'on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make b', '      - run: make b', '      - run: make all', ''].join('\n'),
      Makefile: 'all: a b\na:\n\tbash z.sh\nb:\n\tbash x.sh\n',
      'x.sh': 'bash common.sh\necho x\n',
      'z.sh': 'bash common.sh\necho z\n',
      'common.sh': 'pytest tests\n',
    };
    const { walked, replayed } = walkAndReplay(files);
    expect(replayed.plain).toEqual(walked.plain);
    // The second `make b` records x.sh (the first parsed common.sh). In `make all`, common.sh was entered at the same depth
    // through z.sh first, so x.sh's walk skips it there: its recording, which holds common.sh, is not replayed.
    expect(commandsIn(replayed.run, replayed.steps, 'common.sh')).toEqual(['0: pytest tests', '1: pytest tests', '2: pytest tests']);
    expect(commandsIn(replayed.run, replayed.steps, 'x.sh')).toEqual(['0: bash common.sh', '0: echo x', '1: bash common.sh', '1: echo x', '2: bash common.sh', '2: echo x']);
  });

  it('keeps no recording of a walk that skipped a body the run line had entered before it (another step would not skip it)', () => {
    const files = {
      '.github/workflows/ci.yml': ['name: ci', 'on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: make all', '      - run: make b', ''].join('\n'),
      Makefile: 'all: a b\na:\n\tbash z.sh\nb:\n\tbash x.sh\n',
      'x.sh': 'bash common.sh\necho x\n',
      'z.sh': 'bash common.sh\necho z\n',
      'common.sh': 'pytest tests\n',
    };
    const { walked, replayed } = walkAndReplay(files);
    expect(replayed.plain).toEqual(walked.plain);
    expect(commandsIn(replayed.run, replayed.steps, 'common.sh')).toEqual(['0: pytest tests', '1: pytest tests']);
  });

  it('stops at the command limit where the walk stops, also inside a script that would be replayed', () => {
    const files = {
      '.github/workflows/ci.yml': ['name: ci', 'on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - run: bash run.sh', '      - run: bash run.sh', '      - run: bash run.sh', ''].join('\n'),
      'run.sh': 'echo one\necho two\necho three\n',
    };
    const { walked, replayed } = walkAndReplay(files, { maxCommands: 10 });
    expect(replayed.plain).toEqual(walked.plain);
    expect(commandsIn(replayed.run, replayed.steps, 'run.sh')).toEqual(['0: echo one', '0: echo two', '0: echo three', '1: echo one', '1: echo two', '1: echo three', '2: echo one']);
    expect(replayed.run.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['run.sh:2']);
  });
});
