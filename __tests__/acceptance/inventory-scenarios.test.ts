/**
 * The test inventory end to end on three scenario repositories (__fixtures__/repos/):
 * - tox-drops-folder: CI runs `tox`, whose commands run only tests/unit; tests/integration
 *   and tests/e2e exist and nothing runs them;
 * - weekly-only-tests: the only test job runs on a weekly schedule (and by hand);
 * - indirections: workflow → `make test` → Makefile → scripts/run-tests.sh → `pytest -m
 *   "not slow" tests`, and `npm test` → package.json → `vitest run web/`.
 * What is asserted: which files each command reaches and through which hops, when each file
 * runs, the findings, and how the CLI text and the job summary show the table.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine, type EngineResult } from '../../src/engine.js';
import type { SourceRef } from '../../src/model/position.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

const REPOS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__', 'repos');
const results = new Map<string, EngineResult>();
function scenario(name: string): EngineResult {
  let r = results.get(name);
  if (!r) results.set(name, (r = runEngine(path.join(REPOS, name), { displayPath: name, ignore: (p) => p === 'expected.txt' })));
  return r;
}

const place = (r: SourceRef) => `${r.file}:${r.line}`;

/** For a test file: each command that reaches it as `text @ file:line via hop > hop`, sorted, without duplicates. */
function reachOf(name: string, file: string): string[] {
  const commands = scenario(name).analysis.inventory.reachedBy.get(file) ?? [];
  return [...new Set(commands.map((c) => `${c.text} @ ${place(c.at)} via ${c.via.map(place).join(' > ')}`))].sort();
}

function fileRow(name: string, file: string) {
  return scenario(name).report.tests.files.find((f) => f.path === file);
}

describe('indirections: tests reached through make, a script and npm', () => {
  const PYTEST = 'pytest -m "not slow" tests @ scripts/run-tests.sh:6 via .github/workflows/ci.yml:18 > Makefile:3 > Makefile:4';
  it.each([
    ['tests/test_polygon.py', [PYTEST]],
    // One test of the file is slow-marked, the other is not: `-m "not slow"` still runs the file.
    ['tests/test_edges.py', [PYTEST]],
    ['web/src/format.test.js', ['vitest run web/ @ package.json:7 via .github/workflows/ci.yml:28']],
    // Marked slow as a whole (pytestmark): `-m "not slow"` leaves it out.
    ['tests/test_random_polygons.py', []],
  ])('%s is reached by %j', (file, expected) => {
    expect(reachOf('indirections', file)).toEqual(expected);
  });

  it.each([
    ['tests/test_polygon.py', ['pull_request', 'push']],
    ['tests/test_edges.py', ['pull_request', 'push']],
    ['web/src/format.test.js', ['pull_request', 'push']],
    ['tests/test_random_polygons.py', ['never']],
  ])('%s runs on %j', (file, runs) => {
    expect(fileRow('indirections', file)?.runs).toEqual(runs);
  });

  it('names the slow-marked file and the filter that leaves it out, not the whole tests folder', () => {
    const { report } = scenario('indirections');
    expect(report.tests.neverRun).toEqual([
      {
        folder: 'tests',
        files: 1,
        cases: 2,
        remediation:
          'tests/test_random_polygons.py is left out by the filter -m "not slow" of `pytest -m "not slow" tests` (scripts/run-tests.sh:6); run it in a job of its own, on "pull_request" or at least on a schedule, e.g. `pytest tests/test_random_polygons.py`.',
      },
    ]);
    const warnings = report.findings.filter((f) => f.check === 'test-inventory');
    expect(warnings.map((f) => [f.severity, `${f.file}:${f.line}:${f.column}`])).toEqual([['warning', 'tests/test_random_polygons.py:1:1']]);
    expect(warnings[0]!.message).toMatch(/^tests: 1 of 3 test files \(2 test cases\) is never run by CI/);
  });

  it('shows the table in the CLI text with 3 of 4 files run on pull_request and push', () => {
    const lines = renderText(scenario('indirections').report, { color: false }).split('\n');
    expect(lines).toContain('Tests: 4 files, 11 cases (f = files, c = cases)');
    expect(lines).toContain('  kind  total   pull_request  push   never in CI');
    expect(lines).toContain('  unit  4f/11c  3f/9c         3f/9c  1f/2c');
  });
});

describe('tox-drops-folder: tox runs only tests/unit', () => {
  it('reaches tests/unit through the tox env commands (once per env, same line)', () => {
    expect(reachOf('tox-drops-folder', 'tests/unit/test_codes.py')).toEqual(['pytest tests/unit --cov=shortlinks @ tox.ini:10 via .github/workflows/ci.yml:19 > tox.ini:5']);
    expect(scenario('tox-drops-folder').analysis.inventory.reachedBy.get('tests/unit/test_codes.py')).toHaveLength(2);
  });

  it.each([
    ['tests/unit/test_codes.py', ['pull_request', 'push'], 3],
    ['tests/integration/test_store.py', ['never'], 3],
    ['tests/e2e/test_cli.py', ['never'], 2],
  ])('%s runs on %j with %i cases', (file, runs, cases) => {
    const row = fileRow('tox-drops-folder', file);
    expect(row?.runs).toEqual(runs);
    expect(row?.cases).toBe(cases);
  });

  it('warns once per never-run folder, at its first test file', () => {
    const warnings = scenario('tox-drops-folder').report.findings.filter((f) => f.check === 'test-inventory');
    expect(warnings.map((f) => [f.severity, `${f.file}:${f.line}:${f.column}`, f.message.slice(0, f.message.indexOf('.'))])).toEqual([
      ['warning', 'tests/e2e/test_cli.py:1:1', 'tests/e2e: 1 test file (2 test cases) is never run by CI: no workflow command selects it'],
      ['warning', 'tests/integration/test_store.py:1:1', 'tests/integration: 1 test file (3 test cases) is never run by CI: no workflow command selects it'],
    ]);
  });

  it('keeps integration-tests present, citing the tests that exist', () => {
    const item = scenario('tox-drops-folder').report.items.find((i) => i.id === 'integration-tests');
    expect(item?.verdict).toBe('present');
    expect(item?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['tests/integration/test_store.py:1', 'tests/e2e/test_cli.py:1']);
  });

  it('shows the kind × when table in the CLI text', () => {
    const lines = renderText(scenario('tox-drops-folder').report, { color: false }).split('\n');
    const at = lines.indexOf('Tests: 3 files, 8 cases (f = files, c = cases)');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '  kind         total  pull_request  push   never in CI',
      '  unit         1f/3c  1f/3c         1f/3c  -',
      '  integration  1f/3c  -             -      1f/3c',
      '  e2e          1f/2c  -             -      1f/2c',
    ]);
    expect(lines).toContain('  tests/e2e  1 file, 2 cases. Run tests/e2e from a workflow step on "pull_request", e.g. `pytest tests/e2e`, so every change is checked by these tests.');
  });

  it('lists the never-run folders in the job summary, each with its remediation as code', () => {
    const md = renderSummary(scenario('tox-drops-folder').report);
    expect(md).toContain('| <code>integration</code> | 1 file, 3 cases | never in CI: 1 file, 3 cases |');
    expect(md).toContain(
      [
        '- <code>tests/e2e</code>: 1 file, 2 cases never run in CI. Run tests/e2e from a workflow step on "pull\\_request", e.g. <code>pytest tests/e2e</code>, so every change is checked by these tests.',
        '- <code>tests/integration</code>: 1 file, 3 cases never run in CI. Run tests/integration from a workflow step on "pull\\_request", e.g. <code>pytest tests/integration</code>, so every change is checked by these tests.',
      ].join('\n'),
    );
  });
});

describe('weekly-only-tests: tests run only on a weekly schedule', () => {
  it('gives the file its cadence in words', () => {
    const row = fileRow('weekly-only-tests', 'test/sniff.test.js');
    expect(row?.runs).toEqual(['schedule']);
    expect(row?.schedules).toEqual(['weekly on Monday at 04:30 UTC']);
    expect(reachOf('weekly-only-tests', 'test/sniff.test.js')).toEqual(['jest --ci @ package.json:7 via .github/workflows/weekly-tests.yml:18']);
  });

  it('gives a notice that the only test job runs solely on a schedule', () => {
    const notices = scenario('weekly-only-tests').report.findings.filter((f) => f.check === 'test-inventory');
    expect(notices).toEqual([
      {
        severity: 'notice',
        file: 'package.json',
        line: 7,
        column: 14,
        check: 'test-inventory',
        message:
          'The only test runs (`jest --ci` at package.json:7, run from .github/workflows/weekly-tests.yml:18) happen solely on a schedule (weekly on Monday at 04:30 UTC), so changes are not tested until then. Add "pull_request" to the triggers of the workflow that runs the tests.',
      },
    ]);
  });

  it('leaves change-triggers absent (never present, CHECKLIST §3), warning with the schedule in words', () => {
    const { report } = scenario('weekly-only-tests');
    const item = report.items.find((i) => i.id === 'change-triggers');
    expect(item?.verdict).toBe('absent');
    const warning = report.findings.find((f) => f.check === 'change-triggers' && f.severity === 'warning');
    expect(warning && `${warning.file}:${warning.line}`).toBe('.github/workflows/weekly-tests.yml:3');
    expect(warning?.message).toMatch(/runs only on a schedule \(.*weekly/);
  });

  it('shows a schedule column in the CLI text and the cadence under the summary table', () => {
    const { report } = scenario('weekly-only-tests');
    const lines = renderText(report, { color: false }).split('\n');
    expect(lines).toContain('  kind  total  schedule');
    expect(lines).toContain('  unit  1f/4c  1f/4c');
    expect(lines).not.toContain('Tests that never run in CI');
    const md = renderSummary(report);
    expect(md).toContain('| Kind | Total | Runs on |\n| --- | --- | --- |\n| <code>unit</code> | 1 file, 4 cases | schedule: 1 file, 4 cases |\n\nScheduled runs: weekly on Monday at 04:30 UTC.');
    expect(md).not.toContain('never run in CI');
  });
});
