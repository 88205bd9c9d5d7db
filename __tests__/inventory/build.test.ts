import type { Analysis } from '../../src/analysis/analyze.js';
import { buildInventory } from '../../src/inventory/build.js';
import { tagsOf } from '../../src/inventory/expr.js';
import { inventoryReport } from '../../src/report/tests.js';
import type { TestSelection } from '../../src/model/inventory.js';
import { analyzeFiles } from '../helpers/repo.js';

const wf = (on: string, run: string, jobIf = ''): string => `on: ${on}\njobs:\n  test:\n    runs-on: ubuntu-latest\n${jobIf ? `    if: ${jobIf}\n` : ''}    steps:\n      - run: ${run}\n`;
const T1 = 'def test_a():\n    pass\n';
const T2 = 'def test_a():\n    pass\n\ndef test_b():\n    pass\n';

/** Selections made by hand for each `pytest <path>` command in the analysis (command resolution's job, done here by hand). */
function pytestSelections(a: Analysis): TestSelection[] {
  return a.commands.filter((c) => c.argv[0] === 'pytest').map((c) => ({ runner: 'pytest', cwd: '', paths: c.argv.slice(1), command: c }));
}

function build(files: Record<string, string>) {
  const a = analyzeFiles(files);
  const result = buildInventory(a.repo, pytestSelections(a));
  return { ...result, report: inventoryReport(result.inventory) };
}

const REPO = {
  '.github/workflows/ci.yml': wf('[push, pull_request]', 'pytest tests/unit'),
  '.github/workflows/nightly.yml': wf('\n  schedule:\n    - cron: "45 3 * * 0"\n  workflow_dispatch:', 'pytest tests/integration'),
  '.github/workflows/gpu.yml': wf('pull_request', 'pytest tests/gpu', "contains(github.event.pull_request.labels.*.name, 'gpu')"),
  '.github/workflows/manual.yml': wf('workflow_dispatch', 'pytest tests/manual'),
  'tests/unit/test_a.py': T2,
  'tests/integration/test_db.py': T1,
  'tests/gpu/test_cuda.py': T1,
  'tests/manual/test_m.py': T1,
  'tests/core/test_1.py': T1,
  'tests/core/sub/test_2.py': T2,
  'tests/conftest.py': 'import pytest\n',
};

describe('building the inventory', () => {
  const { inventory, findings, report } = build(REPO);

  it.each([
    { path: 'tests/unit/test_a.py', runs: ['pull_request', 'push'] },
    { path: 'tests/integration/test_db.py', runs: ['schedule'], schedules: ['weekly on Sunday at 03:45 UTC'] },
    { path: 'tests/gpu/test_cuda.py', runs: ['pull_request'], conditions: ["job \"test\" runs only if: contains(github.event.pull_request.labels.*.name, 'gpu')"] },
    { path: 'tests/manual/test_m.py', runs: ['manual'] },
    { path: 'tests/core/test_1.py', runs: ['never'] },
    { path: 'tests/core/sub/test_2.py', runs: ['never'] },
  ])('$path runs on $runs', ({ path, runs, schedules, conditions }) => {
    const f = report.files.find((x) => x.path === path);
    expect(f?.runs).toEqual(runs);
    expect(f?.schedules).toEqual(schedules);
    expect(f?.conditions).toEqual(conditions);
  });

  it('records the commands that select each file', () => {
    expect(inventory.reachedBy.get('tests/unit/test_a.py')?.map((c) => `${c.at.file}:${c.at.line}`)).toEqual(['.github/workflows/ci.yml:6']);
    expect(inventory.reachedBy.get('tests/core/test_1.py')).toBeUndefined();
  });

  it('warns once per folder that no automated trigger reaches, at its first test file', () => {
    expect(findings.map((f) => [f.severity, f.file, f.line, f.check, f.message])).toEqual([
      ['warning', 'tests/core/sub/test_2.py', 1, 'test-inventory', 'tests/core: 2 test files (3 test cases) are never run by CI: no workflow command selects them. Run tests/core from a workflow step on "pull_request", e.g. `pytest tests/core`, so every change is checked by these tests.'],
      ['warning', 'tests/manual/test_m.py', 1, 'test-inventory', 'tests/manual: 1 test file (1 test case) runs in CI only when started by hand (workflow_dispatch). Add "pull_request" to the triggers of the workflow that runs tests/manual, so they check every change instead of waiting for someone to start them.'],
    ]);
  });

  it('totals files and cases per kind and trigger', () => {
    expect(report.byKind).toEqual([
      { kind: 'unit', files: 5, cases: 7, runs: { pull_request: { files: 2, cases: 3 }, push: { files: 1, cases: 2 }, manual: { files: 1, cases: 1 }, never: { files: 2, cases: 3 } } },
      { kind: 'integration', files: 1, cases: 1, runs: { schedule: { files: 1, cases: 1 } } },
    ]);
  });

  it('lists never-run folders with a remediation', () => {
    expect(report.neverRun.map((g) => [g.folder, g.files, g.cases])).toEqual([
      ['tests/core', 2, 3],
      ['tests/manual', 1, 1],
    ]);
    expect(report.neverRun[0]!.remediation).toContain('`pytest tests/core`');
  });

  it('names the build tags a never-run Go folder needs in its example command', () => {
    const files = {
      '.github/workflows/ci.yml': wf('pull_request', 'go test ./...'),
      'go.mod': 'module example.com/m\n',
      'pkg/a_test.go': 'package pkg\n\nimport "testing"\n\nfunc TestA(t *testing.T) {}\n',
      'e2e/e2e_test.go': '//go:build integration && !race && linux\n\npackage e2e\n\nimport "testing"\n\nfunc TestE2E(t *testing.T) {}\n',
    };
    const a = analyzeFiles(files);
    const go = a.commands.filter((c) => c.argv[0] === 'go').map((c): TestSelection => ({ runner: 'go', cwd: '', paths: ['./...'], command: c }));
    const report = inventoryReport(buildInventory(a.repo, go).inventory);
    expect(report.neverRun.map((g) => [g.folder, g.remediation])).toEqual([['e2e', expect.stringContaining('`go test -tags integration ./e2e/...`') as unknown as string]]);
  });

  it('leaves conftest.py out of the files', () => {
    expect(inventory.files.map((f) => f.path)).not.toContain('tests/conftest.py');
  });
});

describe('schedule-only test runs', () => {
  it('gives a notice at the test command when the only test runs are scheduled', () => {
    const { findings } = build({ '.github/workflows/nightly.yml': wf('\n  schedule:\n    - cron: "0 2 * * *"', 'pytest tests'), 'tests/test_a.py': T1 });
    expect(findings).toEqual([
      {
        severity: 'notice',
        file: '.github/workflows/nightly.yml',
        line: 8,
        column: 14,
        check: 'test-inventory',
        message: 'The only test runs (`pytest tests` at .github/workflows/nightly.yml:8) happen solely on a schedule (daily at 02:00 UTC), so changes are not tested until then. Add "pull_request" to the triggers of the workflow that runs the tests.',
      },
    ]);
  });

  it('gives no notice when some test run is on pull_request', () => {
    const { findings } = build({
      '.github/workflows/nightly.yml': wf('\n  schedule:\n    - cron: "0 2 * * *"', 'pytest tests/slow'),
      '.github/workflows/ci.yml': wf('pull_request', 'pytest tests/fast'),
      'tests/slow/test_a.py': T1,
      'tests/fast/test_b.py': T1,
    });
    expect(findings.filter((f) => f.severity === 'notice')).toEqual([]);
  });
});

describe('notebooks', () => {
  it('counts a notebook as a test when nbmake selects it', () => {
    const a = analyzeFiles({ '.github/workflows/ci.yml': wf('pull_request', 'pytest --nbmake docs'), 'docs/intro.ipynb': '{"cells": []}', 'other/x.ipynb': '{}' });
    const sel: TestSelection = { runner: 'nbmake', cwd: '', paths: ['docs'], command: a.commands[0]! };
    const { inventory } = buildInventory(a.repo, [sel]);
    expect(inventory.files.map((f) => [f.path, f.framework, f.cases])).toEqual([['docs/intro.ipynb', 'notebook', 1]]);
  });
});

describe('never-run files in a folder whose other tests run', () => {
  it.each([
    {
      name: 'a path list that names some files',
      run: 'pytest tests/test_a.py',
      remediation: 'Other tests in tests run, but no workflow command selects tests/test_b.py (check the paths, ignores and filters of the test commands); run it from a workflow step on "pull_request", e.g. `pytest tests/test_b.py`.',
    },
    {
      name: 'a marker filter',
      run: 'pytest -m "not gpu" tests',
      remediation: 'tests/test_b.py is left out by the filter -m "not gpu" of `pytest -m "not gpu" tests` (.github/workflows/ci.yml:6); run it in a job of its own, on "pull_request" or at least on a schedule, e.g. `pytest tests/test_b.py`.',
    },
    {
      name: 'an --ignore of the file',
      run: 'pytest tests --ignore=tests/test_b.py',
      remediation: 'tests/test_b.py is left out by the filter --ignore=tests/test_b.py of `pytest tests --ignore=tests/test_b.py` (.github/workflows/ci.yml:6); run it in a job of its own, on "pull_request" or at least on a schedule, e.g. `pytest tests/test_b.py`.',
    },
  ])('names the left-out file, not the folder, after $name', ({ run, remediation }) => {
    const a = analyzeFiles({
      '.github/workflows/ci.yml': wf('pull_request', run),
      'tests/test_a.py': T1,
      'tests/test_b.py': `import pytest\n\npytestmark = pytest.mark.gpu\n\n${T2}`,
    });
    const result = buildInventory(a.repo, a.selections);
    expect(inventoryReport(result.inventory).neverRun).toEqual([{ folder: 'tests', files: 1, cases: 2, remediation }]);
    expect(result.findings.filter((f) => f.severity === 'warning').map((f) => f.message)).toEqual([`tests: 1 of 2 test files (2 test cases) is never run by CI: no workflow command selects it. ${remediation}`]);
  });
});

describe('tagsOf: the tags a Go build constraint needs from -tags', () => {
  it.each([
    ['integration', ['integration']],
    ['integration && !race', ['integration']],
    ['linux && amd64 && e2e', ['e2e']],
    ['slow || nightly', ['nightly', 'slow']],
    ['!(a || b)', []],
    ['!windows', []],
    ['go1.21 && cgo', []],
    ['((broken', []],
  ])('%s', (constraint, tags) => {
    expect(tagsOf(constraint)).toEqual(tags);
  });
});
