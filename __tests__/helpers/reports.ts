/**
 * Real reports for the renderer tests: runEngine over small temp repositories, plus the test inventory and findings the engine does not fill yet, added on top.
 */
import { runEngine, type EngineOptions } from '../../src/engine.js';
import type { Finding, FindingSource, Severity } from '../../src/model/finding.js';
import type { Report, ReportTests } from '../../src/model/report.js';
import { makeRepo } from './repo.js';

/** Line 3: pull_request, line 4: push, line 7: the cron, line 13: ruff (the lint evidence). */
export const CI_YML = [
  'name: ci',
  'on:',
  '  pull_request:',
  '  push:',
  '    branches: [main]',
  '  schedule:',
  '    - cron: "45 3 * * 0"',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - run: ruff check .',
  '',
].join('\n');

/** A workflow whose name tries every markdown and HTML trick. */
export const EVIL_NAME = '<script>alert(1)</script> | [x](y) `rm -rf` ![i](u) **b** ~~s~~ # h &amp; \\|';
export const EVIL_YML = `name: '${EVIL_NAME}'\non: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`;

export function repoReport(files: Record<string, string>, options: EngineOptions = {}): Report {
  return runEngine(makeRepo(files), { displayPath: 'repo', ...options }).report;
}

/** The CI repository above: both registered checks automated, one schedule. */
export function ciReport(options: EngineOptions = {}): Report {
  return repoReport({ '.github/workflows/ci.yml': CI_YML }, options);
}

export const SAMPLE_TESTS: ReportTests = {
  files: [
    { path: 'tests/unit/test_model.py', framework: 'pytest', kinds: [{ kind: 'unit', line: 1, signal: 'tests/unit' }], cases: 7, runs: ['pull_request', 'push'] },
    { path: 'tests/unit/test_data.py', framework: 'pytest', kinds: [{ kind: 'unit', line: 1, signal: 'tests/unit' }, { kind: 'data', line: 4, signal: 'import pandera' }], cases: 5, runs: ['pull_request', 'push', 'schedule'], schedules: ['weekly on Sunday at 03:45 UTC'] },
    { path: 'tests/integration/test_api.py', framework: 'pytest', kinds: [{ kind: 'integration', line: 1, signal: 'tests/integration' }], cases: 3, runs: ['never'] },
  ],
  byKind: [
    { kind: 'unit', files: 2, cases: 12, runs: { pull_request: { files: 2, cases: 12 }, push: { files: 2, cases: 12 }, schedule: { files: 1, cases: 5 } } },
    { kind: 'data', files: 1, cases: 5, runs: { pull_request: { files: 1, cases: 5 }, push: { files: 1, cases: 5 }, schedule: { files: 1, cases: 5 } } },
    { kind: 'integration', files: 1, cases: 3, runs: { never: { files: 1, cases: 3 } } },
  ],
  neverRun: [{ folder: 'tests/integration', files: 1, cases: 3, remediation: 'Run "pytest tests/integration" in a workflow on pull_request.' }],
};

export function withTests(report: Report, tests: ReportTests = SAMPLE_TESTS): Report {
  return { ...report, tests };
}

export function finding(severity: Severity, file: string, line: number, check: FindingSource = 'lint', column = 1): Finding {
  return { severity, file, line, column, check, message: `Something to look at in ${file} (${severity}).` };
}

/** `n` findings of each severity, in scrambled order. */
export function manyFindings(n: number, severities: readonly Severity[] = ['notice', 'warning', 'error']): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) for (const s of severities) out.push(finding(s, `src/f${(i * 7919) % n}.py`, (i % 50) + 1));
  return out;
}
