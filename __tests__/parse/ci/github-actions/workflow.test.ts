/**
 * The typed workflow model of a rich workflow: every field the checks read, with the
 * exact 1-based line and column it was written at.
 */
import { parseLocalAction, parseWorkflow } from '../../../../src/parse/ci/github-actions/workflow.js';
import type { Job, Workflow } from '../../../../src/model/github.js';

const FILE = '.github/workflows/rich.yml';
// Line numbers in the assertions below refer to this text (line 1 is "name: Rich CI").
const RICH = [
  "name: Rich CI",
  "on:",
  "  push:",
  "    branches: [main, 'release/**']",
  "    tags:",
  "      - v*",
  "    paths-ignore: [docs/**]",
  "  pull_request:",
  "    branches: main",
  "    paths:",
  "      - src/**",
  "      - tests/**",
  "    types: [opened, synchronize, labeled]",
  "  schedule:",
  "    - cron: '45 3 * * 0'",
  "    - cron: \"0 0 * * *\"",
  "  workflow_dispatch:",
  "    inputs:",
  "      debug: {type: boolean}",
  "  workflow_call:",
  "  workflow_run:",
  "    workflows: [Build, \"Nightly data\"]",
  "    types: [completed]",
  "  repository_dispatch:",
  "    types: [retrain]",
  "  release:",
  "    types: [published]",
  "  merge_group:",
  "  issue_comment:",
  "env:",
  "  PYTHONUNBUFFERED: '1'",
  "jobs:",
  "  test:",
  "    name: Test ${{ matrix.python }}",
  "    needs: lint",
  "    if: github.event_name != 'schedule'",
  "    runs-on: ${{ matrix.os }}",
  "    continue-on-error: ${{ matrix.experimental }}",
  "    permissions:",
  "      contents: read",
  "    environment: staging",
  "    strategy:",
  "      matrix:",
  "        python: ['3.10', '3.11', 3.12]",
  "        os: [ubuntu-latest, windows-latest]",
  "        include:",
  "          - python: '3.13'",
  "            experimental: true",
  "        exclude:",
  "          - os: windows-latest",
  "    services:",
  "      postgres:",
  "        image: postgres:16",
  "      redis: redis:7",
  "    container:",
  "      image: python:3.12-slim",
  "    steps:",
  "      - uses: actions/checkout@v4",
  "      - name: Set up",
  "        uses: actions/setup-python@v5",
  "        with:",
  "          python-version: ${{ matrix.python }}",
  "          cache: pip",
  "      - name: Install",
  "        run: |",
  "          python -m pip install -U pip",
  "          pip install -e .[test]",
  "",
  "          pytest -m \"not slow\" \\",
  "            --cov",
  "        shell: bash",
  "        continue-on-error: true",
  "        if: success()",
  "      - name: Folded",
  "        run: >",
  "          echo one",
  "          echo two",
  "      - run: echo plain",
  "  lint:",
  "    runs-on: [self-hosted, linux]",
  "    environment:",
  "      name: production",
  "      url: https://example.com",
  "    strategy:",
  "      matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}",
  "    steps:",
  "      - run: ruff check .",
  "  call:",
  "    needs: [test, lint]",
  "    uses: ./.github/workflows/reusable.yml",
  "    with:",
  "      target: prod",
  "      count: 3",
  "    secrets: inherit"
].join('\n');

function parse(text: string): Workflow {
  const { value, findings } = parseWorkflow(FILE, text);
  expect(findings).toEqual([]);
  if (!value) throw new Error('no workflow');
  return value;
}

const at = (line: number, column: number) => ({ line, column });
/** A located value at line:column; where it ends is asserted in the spans table below. */
const loc = (value: string, line: number, column: number) => expect.objectContaining({ value, pos: at(line, column) });

describe('triggers', () => {
  const w = parse(RICH);
  const t = (event: string) => w.triggers.find((x) => x.event === event);

  it('keeps every event, in order, at its key (events it does not model are kept by name)', () => {
    expect(w.triggers.map((x) => [x.event, x.pos.line, x.pos.column])).toEqual([
      ['push', 3, 3], ['pull_request', 8, 3], ['schedule', 14, 3], ['workflow_dispatch', 17, 3], ['workflow_call', 20, 3],
      ['workflow_run', 21, 3], ['repository_dispatch', 24, 3], ['release', 26, 3], ['merge_group', 28, 3], ['issue_comment', 29, 3],
    ]);
    expect(w.onPos).toEqual(at(2, 1));
    expect(w.name).toEqual(loc('Rich CI', 1, 7));
    expect(w.env).toEqual({ PYTHONUNBUFFERED: loc('1', 31, 21) });
  });

  it('reads branches, tags and paths as a flow list, a block list or a single string', () => {
    expect(t('push')?.branches).toEqual([loc('main', 4, 16), loc('release/**', 4, 22)]);
    expect(t('push')?.tags).toEqual([loc('v*', 6, 9)]);
    expect(t('push')?.pathsIgnore).toEqual([loc('docs/**', 7, 20)]);
    expect(t('pull_request')?.branches).toEqual([loc('main', 9, 15)]);
    expect(t('pull_request')?.paths).toEqual([loc('src/**', 11, 9), loc('tests/**', 12, 9)]);
    expect(t('pull_request')?.types.map((x) => x.value)).toEqual(['opened', 'synchronize', 'labeled']);
  });

  it('says schedule crons in words, at the cron text', () => {
    expect(t('schedule')?.crons).toEqual([
      { cron: '45 3 * * 0', description: 'weekly on Sunday at 03:45 UTC', pos: at(15, 13) },
      { cron: '0 0 * * *', description: 'daily at 00:00 UTC', pos: at(16, 13) },
    ]);
  });

  it('reads workflow_run workflows, repository_dispatch and release types', () => {
    expect(t('workflow_run')?.workflows).toEqual([loc('Build', 22, 17), loc('Nightly data', 22, 24)]);
    expect(t('workflow_run')?.types).toEqual([loc('completed', 23, 13)]);
    expect(t('repository_dispatch')?.types).toEqual([loc('retrain', 25, 13)]);
    expect(t('release')?.types).toEqual([loc('published', 27, 13)]);
  });

  it.each([
    ['a single event', 'on: push', [['push', 1, 5]]],
    ['a flow list', 'on: [push, pull_request]', [['push', 1, 6], ['pull_request', 1, 12]]],
    ['a block list', 'on:\n  - push\n  - merge_group', [['push', 2, 5], ['merge_group', 3, 5]]],
    ['a mapping with empty values', 'on:\n  workflow_dispatch:\n  release:', [['workflow_dispatch', 2, 3], ['release', 3, 3]]],
  ])('reads "on:" as %s', (_name, on, expected) => {
    const w2 = parse(`${on}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n`);
    expect(w2.triggers.map((x) => [x.event, x.pos.line, x.pos.column])).toEqual(expected);
  });
});

describe('jobs', () => {
  const w = parse(RICH);
  const job = (id: string): Job => {
    const j = w.jobs.find((x) => x.id === id);
    if (!j) throw new Error(`no job ${id}`);
    return j;
  };

  it('reads name, needs, if, runs-on, continue-on-error, environment, permissions, container and services', () => {
    const j = job('test');
    expect(j.pos).toEqual(at(33, 3));
    expect(j.name).toEqual(loc('Test ${{ matrix.python }}', 34, 11));
    expect(j.needs).toEqual([loc('lint', 35, 12)]);
    expect(j.if).toEqual(loc("github.event_name != 'schedule'", 36, 9));
    expect(j.runsOn).toEqual([loc('${{ matrix.os }}', 37, 14)]);
    expect(j.continueOnError).toEqual(loc('${{ matrix.experimental }}', 38, 24));
    expect(j.permissions).toEqual(loc('{contents=read}', 40, 7));
    expect(j.environment).toEqual(loc('staging', 41, 18));
    expect(j.services).toEqual([loc('postgres: postgres:16', 52, 7), loc('redis: redis:7', 54, 7)]);
    expect(j.container).toEqual(loc('python:3.12-slim', 56, 14));
  });

  it('reads matrix axes (numbers as written, 3.10 stays 3.10), include and exclude', () => {
    expect(job('test').matrix).toEqual({
      pos: at(44, 9),
      axes: [
        { name: 'python', values: ['3.10', '3.11', '3.12'], pos: at(44, 9) },
        { name: 'os', values: ['ubuntu-latest', 'windows-latest'], pos: at(45, 9) },
      ],
      include: 1,
    });
  });

  it('keeps a matrix that is an expression, runs-on as a list, and environment as a mapping', () => {
    const j = job('lint');
    expect(j.matrix).toEqual({ pos: at(85, 15), axes: [], include: 0, expression: '${{ fromJSON(needs.setup.outputs.matrix) }}' });
    expect(j.runsOn).toEqual([loc('self-hosted', 80, 15), loc('linux', 80, 28)]);
    expect(j.environment).toEqual(loc('production', 82, 13));
  });

  it('reads a reusable-workflow call with its inputs', () => {
    const j = job('call');
    expect(j.uses).toEqual(loc('./.github/workflows/reusable.yml', 90, 11));
    expect(j.needs).toEqual([loc('test', 89, 13), loc('lint', 89, 19)]);
    expect(j.with).toEqual({ target: loc('prod', 92, 15), count: loc('3', 93, 14) });
    expect(j.steps).toEqual([]);
  });
});

describe('steps', () => {
  const steps = parse(RICH).jobs[0]!.steps;

  it('reads uses, name and with', () => {
    expect(steps[0]).toMatchObject({ index: 0, pos: at(58, 9), uses: loc('actions/checkout@v4', 58, 15), runLines: [] });
    expect(steps[1]).toMatchObject({ index: 1, name: loc('Set up', 59, 15), uses: loc('actions/setup-python@v5', 60, 15) });
    expect(steps[1]?.with).toEqual({ 'python-version': loc('${{ matrix.python }}', 62, 27), cache: loc('pip', 63, 18) });
  });

  it('gives each line of a "run: |" block its own position, blank lines and continuations kept', () => {
    expect(steps[2]?.runLines).toEqual([
      loc('python -m pip install -U pip', 66, 11),
      loc('pip install -e .[test]', 67, 11),
      loc('', 68, 11),
      loc('pytest -m "not slow" \\', 69, 11),
      loc('  --cov', 70, 11),
    ]);
    expect(steps[2]).toMatchObject({ shell: loc('bash', 71, 16), continueOnError: loc('true', 72, 28), if: loc('success()', 73, 13) });
  });

  it('folds a "run: >" block into the one line the shell gets, at its first line', () => {
    expect(steps[3]?.run?.value).toBe('echo one echo two\n');
    expect(steps[3]?.runLines).toEqual([loc('echo one echo two', 76, 11)]);
  });

  it('keeps more-indented lines of a folded block as their own lines', () => {
    const w = parse('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: >\n          make\n          test\n\n          pytest\n            --cov\n');
    expect(w.jobs[0]?.steps[0]?.runLines).toEqual([loc('make test', 7, 11), loc('pytest', 10, 11), loc('  --cov', 11, 11)]);
  });

  it('reads a plain one-line run at its value', () => {
    expect(steps[4]?.runLines).toEqual([loc('echo plain', 78, 14)]);
  });

  it('gives the same model, positions included, with CRLF line endings', () => {
    expect(parse(RICH.replace(/\n/g, '\r\n'))).toEqual(parse(RICH));
  });
});

describe('numbers, booleans and null where text is expected', () => {
  it('keeps them as written, with no finding', () => {
    const w = parse('name: 2024\non: push\njobs:\n  a:\n    name: null\n    runs-on: 3\n    if: true\n    continue-on-error: false\n    timeout-minutes: 10\n    steps:\n      - run: 5\n        env: {N: 1.50, B: yes, Z: ~}\n');
    expect(w.name).toEqual(loc('2024', 1, 7));
    const j = w.jobs[0]!;
    expect([j.name, j.runsOn, j.if, j.continueOnError]).toEqual([loc('', 5, 11), [loc('3', 6, 14)], loc('true', 7, 9), loc('false', 8, 24)]);
    expect(j.steps[0]?.run).toEqual(loc('5', 11, 14));
    expect(j.steps[0]?.env).toEqual({ N: loc('1.50', 12, 18), B: loc('yes', 12, 27), Z: loc('', 12, 35) });
  });
});

describe('local actions', () => {
  it('reads a composite action with its steps', () => {
    const { value, findings } = parseLocalAction('.github/actions/test', '.github/actions/test/action.yml', 'name: test\nruns:\n  using: composite\n  steps:\n    - run: |\n        pytest -q\n      shell: bash\n');
    expect(findings).toEqual([]);
    expect(value).toMatchObject({ dir: '.github/actions/test', using: 'composite', name: loc('test', 1, 7) });
    expect(value?.steps[0]?.runLines).toEqual([loc('pytest -q', 6, 9)]);
  });

  it('reads a node action without steps', () => {
    const { value } = parseLocalAction('act', 'act/action.yml', 'runs:\n  using: node24\n  main: dist/index.js\n');
    expect(value).toMatchObject({ using: 'node24', steps: [] });
  });
});

describe('spans', () => {
  const w = parse(['name: "quoted name"', 'on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', "      - run: 'echo hi'", ''].join('\n'));
  it.each<[string, () => unknown, unknown]>([
    ['a quoted name ends after its closing quote', () => w.name, { value: 'quoted name', pos: at(1, 7), end: at(1, 20) }],
    ['a plain uses: value ends after its last character', () => w.jobs[0]?.steps[0]?.uses, { value: 'actions/checkout@v4', pos: at(7, 15), end: at(7, 34) }],
    ['a runs-on label', () => w.jobs[0]?.runsOn[0], { value: 'ubuntu-latest', pos: at(5, 14), end: at(5, 27) }],
  ])('%s', (_name, get, expected) => expect(get()).toEqual(expected));
});
