/**
 * The CI execution graph: what local composite actions and reusable workflows run is
 * reached by the caller's triggers, with the chain of `uses:` lines that led there, and
 * `if:` conditions narrow the events.
 */
import { eventNames, triggerKindOf, type ExecStep, type Reach, type ReachEvent } from '../../../../src/model/ci.js';
import { keepParsedCi, localRef, parsedCiOf, readCi, seedParsedCi, withCondition, type ParsedCiFiles } from '../../../../src/parse/ci/github-actions/read.js';
import { indexRepository } from '../../../../src/parse/repo.js';
import { analyzeFiles, makeRepo } from '../../../helpers/repo.js';

/** The shell script a step runs, lines joined. */
const runOf = (s: ExecStep): string => s.step.runLines.map((l) => l.value).join('\n');
const events = (...names: string[]): ReachEvent[] => names.map((original) => ({ kind: triggerKindOf(original), original }));

const CI = [
  'name: ci', //                                                         1
  'on:', //                                                              2
  '  push:', //                                                          3
  '  pull_request:', //                                                  4
  '  schedule:', //                                                      5
  "    - cron: '0 4 * * 1'", //                                          6
  'jobs:', //                                                            7
  '  test:', //                                                          8
  '    runs-on: ubuntu-latest', //                                       9
  '    steps:', //                                                      10
  '      - uses: ./.github/actions/run-tests', //                       11
  '  call:', //                                                         12
  '    uses: ./.github/workflows/reusable.yml', //                      13
  '  gpu:', //                                                          14
  "    if: contains(github.event.pull_request.labels.*.name, 'gpu')", //15
  '    runs-on: gpu', //                                                16
  '    steps:', //                                                      17
  '      - uses: ./.github/actions/run-tests', //                       18
  '  nightly:', //                                                      19
  "    if: github.event_name == 'schedule'", //                         20
  '    runs-on: ubuntu-latest', //                                      21
  '    steps:', //                                                      22
  '      - run: pytest tests/slow', //                                  23
].join('\n');

const REUSABLE = ['on: workflow_call', 'jobs:', '  inner:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: ./.github/actions/run-tests', ''].join('\n');
const ACTION = ['name: run tests', 'runs:', '  using: composite', '  steps:', '    - run: pytest -q', '      shell: bash', ''].join('\n');

const analysis = analyzeFiles({
  '.github/workflows/ci.yml': CI,
  '.github/workflows/reusable.yml': REUSABLE,
  '.github/actions/run-tests/action.yml': ACTION,
});

/** Every place the composite action's `pytest -q` runs: root workflow, job, via chain, events. */
function pytestRuns(): { root: string; job: string; via: string[]; events: string[]; conditions: string[] }[] {
  return analysis.steps
    .filter((s: ExecStep) => runOf(s) === 'pytest -q')
    .map((s) => ({ root: s.pipeline.file, job: s.job.id, via: s.via.map((v) => `${v.file}:${v.line}:${v.column}`), events: eventNames(s.reach), conditions: s.reach.conditions }));
}

describe('readCi', () => {
  it('reads both workflows and the local action, with no findings', () => {
    expect(analysis.workflows.map((w) => w.file)).toEqual(['.github/workflows/ci.yml', '.github/workflows/reusable.yml']);
    expect(analysis.actions.map((a) => [a.dir, a.file, a.using])).toEqual([['.github/actions/run-tests', '.github/actions/run-tests/action.yml', 'composite']]);
    // No parse finding (the inventory may still note that a selected folder does not exist).
    expect(analysis.findings.filter((f) => f.check !== 'test-inventory')).toEqual([]);
  });

  it('runs a composite action with the caller\'s triggers, through every chain that reaches it', () => {
    const gpu = "job \"gpu\" runs only if: contains(github.event.pull_request.labels.*.name, 'gpu')";
    expect(pytestRuns()).toEqual([
      { root: '.github/workflows/ci.yml', job: 'test', via: ['.github/workflows/ci.yml:11:15'], events: ['pull_request', 'push', 'schedule'], conditions: [] },
      { root: '.github/workflows/ci.yml', job: 'inner', via: ['.github/workflows/ci.yml:13:11', '.github/workflows/reusable.yml:6:15'], events: ['pull_request', 'push', 'schedule'], conditions: [] },
      { root: '.github/workflows/ci.yml', job: 'gpu', via: ['.github/workflows/ci.yml:18:15'], events: ['pull_request'], conditions: [gpu] },
      { root: '.github/workflows/reusable.yml', job: 'inner', via: ['.github/workflows/reusable.yml:6:15'], events: ['workflow_call'], conditions: [] },
    ]);
  });

  it('keeps the step where it is written (the action file), with its line', () => {
    const s = analysis.steps.find((x) => runOf(x) === 'pytest -q');
    expect(s?.file).toBe('.github/actions/run-tests/action.yml');
    expect(s?.step.runLines).toEqual([{ value: 'pytest -q', pos: { line: 5, column: 12 } }]);
  });

  it('records the reusable-workflow call itself as a step that uses: checks can match', () => {
    const call = analysis.steps.find((x) => x.job.id === 'call' && x.step.index === -1);
    expect(call?.step.uses).toEqual({ value: './.github/workflows/reusable.yml', pos: { line: 13, column: 11 }, end: { line: 13, column: 43 } });
    expect(eventNames(call!.reach)).toEqual(['pull_request', 'push', 'schedule']);
  });

  it('narrows a job to the schedule when its if: names the schedule event, keeping the cron', () => {
    const s = analysis.steps.find((x) => runOf(x) === 'pytest tests/slow');
    expect(eventNames(s!.reach)).toEqual(['schedule']);
    expect(s?.reach.schedules.map((c) => c.description)).toEqual(['weekly on Monday at 04:00 UTC']);
  });
});

describe('parsed CI files handed to another run (a base of a pull request)', () => {
  const files = { '.github/workflows/ci.yml': CI, '.github/workflows/reusable.yml': REUSABLE, '.github/actions/run-tests/action.yml': ACTION, '.github/workflows/broken.yml': 'on: push\njobs: [\n' };
  const read = (changes: Record<string, string>, seed?: ParsedCiFiles) => {
    const repo = indexRepository(makeRepo({ ...files, ...changes }));
    keepParsedCi(repo);
    if (seed) seedParsedCi(repo, seed);
    return { ci: readCi(repo), kept: parsedCiOf(repo)! };
  };

  it('takes the parse of a file whose text is the same, and parses a changed one anew, with the model a run alone gives', () => {
    const head = read({});
    expect([...head.kept.keys()].sort()).toEqual(['action:.github/actions/run-tests/action.yml', 'workflow:.github/workflows/broken.yml', 'workflow:.github/workflows/ci.yml', 'workflow:.github/workflows/reusable.yml']);
    const changed = { '.github/workflows/reusable.yml': REUSABLE.replace('inner', 'outer') };
    const alone = read(changed).ci;
    const base = read(changed, head.kept);
    expect(base.ci).toEqual(alone);
    const wf = (ci: typeof alone, file: string) => ci.workflows.find((w) => w.file === file);
    // The same objects where the text is the same; a parse of its own for the changed file.
    expect(wf(base.ci, '.github/workflows/ci.yml')).toBe(wf(head.ci, '.github/workflows/ci.yml'));
    expect(base.ci.actions[0]).toBe(head.ci.actions[0]);
    expect(wf(base.ci, '.github/workflows/reusable.yml')).not.toBe(wf(head.ci, '.github/workflows/reusable.yml'));
    expect(wf(base.ci, '.github/workflows/reusable.yml')!.jobs.map((j) => j.id)).toEqual(['outer']);
    // A file's findings are the base's own copies (a report may adjust its own).
    const broken = (ci: typeof alone) => ci.findings.filter((f) => f.file === '.github/workflows/broken.yml');
    expect(broken(base.ci).length).toBeGreaterThan(0);
    expect(broken(base.ci)).toEqual(broken(head.ci));
    broken(base.ci).forEach((f, i) => expect(f).not.toBe(broken(head.ci)[i]));
    // A file read both as a workflow and as a local action (`uses: ./.github/workflows`): each parse is its own.
    const both = { '.github/workflows/action.yml': 'name: both\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./.github/workflows\nruns:\n  using: composite\n  steps:\n    - run: pytest -q\n      shell: bash\n' };
    const bothHead = read(both);
    expect(read(both, bothHead.kept).ci).toEqual(read(both).ci);
    // Kept for a run only when asked, and handed out once.
    const plain = indexRepository(makeRepo(files));
    readCi(plain);
    expect(parsedCiOf(plain)).toBeUndefined();
  });
});

describe('withCondition', () => {
  const reach: Reach = { events: events('pull_request', 'push', 'schedule'), schedules: [{ cron: '0 4 * * 1', description: 'weekly', pos: { line: 6, column: 13 } }], conditions: [] };
  const pt: Reach = { ...reach, events: events('pull_request', 'pull_request_target', 'push'), schedules: [] };

  it.each<[string, Reach, string | undefined, string[], number, string[]]>([
    ['no condition keeps everything', reach, undefined, ['pull_request', 'push', 'schedule'], 1, []],
    ['always() keeps everything, and says nothing', reach, '${{ always() }}', ['pull_request', 'push', 'schedule'], 1, []],
    ['event_name == push keeps push', reach, "${{ github.event_name == 'push' }}", ['push'], 0, ["step \"s\" runs only if: github.event_name == 'push'"]],
    ['two events joined by || keep both', reach, "github.event_name == 'push' || github.event_name == 'schedule'", ['push', 'schedule'], 1, ["step \"s\" runs only if: github.event_name == 'push' || github.event_name == 'schedule'"]],
    ['event_name != keeps the events, with the condition in words', reach, "github.event_name != 'schedule'", ['pull_request', 'push', 'schedule'], 1, ["step \"s\" runs only if: github.event_name != 'schedule'"]],
    ['a pull-request label keeps the pull-request events', pt, "contains(github.event.pull_request.labels.*.name, 'gpu')", ['pull_request', 'pull_request_target'], 0, ["step \"s\" runs only if: contains(github.event.pull_request.labels.*.name, 'gpu')"]],
    ['a label or a push is not narrowed', reach, "contains(github.event.pull_request.labels.*.name, 'gpu') || github.event_name == 'push'", ['pull_request', 'push', 'schedule'], 1, ["step \"s\" runs only if: contains(github.event.pull_request.labels.*.name, 'gpu') || github.event_name == 'push'"]],
  ])('%s', (_name, from, condition, names, schedules, conditions) => {
    const out = withCondition(from, condition, 'step "s"');
    expect(eventNames(out)).toEqual(names);
    expect(out.schedules).toHaveLength(schedules);
    expect(out.conditions).toEqual(conditions);
  });

  it('adds to the conditions already on the reach (job then step)', () => {
    const job = withCondition(reach, "github.event_name == 'push'", 'job "j"');
    const step = withCondition(job, 'matrix.os == \'linux\'', 'step "s"');
    expect(step.conditions).toEqual(["job \"j\" runs only if: github.event_name == 'push'", "step \"s\" runs only if: matrix.os == 'linux'"]);
    expect(eventNames(step)).toEqual(['push']);
  });
});

describe('localRef', () => {
  it.each([
    ['./.github/actions/setup', '.github/actions/setup'],
    ['./.github/actions/setup/', '.github/actions/setup'],
    ['./.github/workflows/reusable.yml@main', '.github/workflows/reusable.yml'],
    ['./', ''],
    ['./../outside', undefined],
    ['actions/checkout@v4', undefined],
    ['docker://alpine:3', undefined],
  ])('%s → %s', (uses, expected) => {
    expect(localRef(uses)).toBe(expected);
  });
});

describe('callers of a reusable workflow', () => {
  it('keeps, on each step of a called workflow, the jobs that called it, outermost first', () => {
    const a = analyzeFiles({
      '.github/workflows/ci.yml': 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/mid.yml\n',
      '.github/workflows/mid.yml': 'on: workflow_call\njobs:\n  inner:\n    uses: ./.github/workflows/leaf.yml\n',
      '.github/workflows/leaf.yml': 'on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
    });
    const leaf = a.steps.filter((s) => s.pipeline.file === '.github/workflows/ci.yml' && runOf(s) === 'pytest');
    expect(leaf.map((s) => s.callers.map((j) => j.id))).toEqual([['call', 'inner']]);
    const root = a.steps.find((s) => s.pipeline.file === '.github/workflows/ci.yml' && s.job.id === 'call')!;
    expect(root.callers).toEqual([]);
  });
});
