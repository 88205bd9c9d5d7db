import { unitTests } from '../../src/checks/unit-tests.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const cases: CheckCase[] = [
  // automated
  { name: 'pytest on push', files: { [CI]: workflow('push', '      - run: pytest\n') }, verdict: 'automated', at: `${CI}:7:14`, triggerSet: ['push'], message: /pytest/ },
  { name: 'pytest behind uv run', files: { [CI]: workflow('pull_request', '      - run: uv run --frozen pytest -q\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /`uv run --frozen pytest -q`/ },
  { name: 'python -m pytest in a block after an install', files: { [CI]: workflow('pull_request', '      - run: |\n          pip install .\n          python -m pytest tests\n') }, verdict: 'automated', at: `${CI}:9:11` },
  { name: 'go test', files: { [CI]: workflow('push', '      - run: go test ./...\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /go test/ },
  { name: 'npm test', files: { [CI]: workflow('push', '      - run: npm ci\n      - run: npm test\n') }, verdict: 'automated', at: `${CI}:8:14` },
  { name: 'R CMD check action', files: { [CI]: workflow('push', '      - uses: r-lib/actions/check-r-package@v2\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'pytest given to a command-running action', files: { [CI]: workflow('push', '      - uses: coactions/setup-xvfb@v1\n        with:\n          run: pytest -x\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'step in a local composite action (triggers are the caller’s)', files: { [CI]: workflow('push', '      - uses: ./.github/actions/t\n'), ...compositeAction('pytest') }, verdict: 'automated', at: '.github/actions/t/action.yml:5:12', triggerSet: ['push'] },
  { name: 'step in a local reusable workflow (triggers are the caller’s)', files: reusableWorkflow('pull_request', 'tox'), verdict: 'automated', at: '.github/workflows/reusable.yml:6:14', triggerSet: ['pull_request', 'workflow_call'] },
  { name: 'job if: on pull-request labels narrows push+PR to pull_request', files: { [CI]: workflow('[push, pull_request]', '      - run: pytest\n', LABEL_IF) }, verdict: 'automated', at: `${CI}:8:14`, triggerSet: ['pull_request'] },
  {
    name: 'continue-on-error: true warns at the step',
    files: { [CI]: workflow('push', '      - run: pytest\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    findings: [`warning ${CI}:7:14`],
    findingMessage: /continue-on-error: true.*ci\.yml:8/,
  },
  { name: '|| true warns at the command', files: { [CI]: workflow('push', '      - run: echo start\n      - run: pytest || true\n') }, verdict: 'automated', at: `${CI}:8:14`, findings: [`warning ${CI}:8:14`], findingMessage: /"pytest \|\| true" ignores its exit code/ },
  // present
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: pytest\n') }, verdict: 'present', at: `${CI}:7:14`, triggerSet: ['workflow_dispatch'] },
  { name: 'pytest files and no CI', files: { 'tests/test_model.py': '', 'README.md': '' }, verdict: 'present', at: 'tests/test_model.py:1:1', message: /unit test "tests\/test_model.py"/ },
  { name: 'Go test file', files: { 'pkg/store/store_test.go': '' }, verdict: 'present', at: 'pkg/store/store_test.go:1:1' },
  { name: 'jest __tests__ folder', files: { 'src/__tests__/app.ts': '' }, verdict: 'present', at: 'src/__tests__/app.ts:1:1' },
  { name: 'testthat', files: { 'tests/testthat/test-fit.R': '' }, verdict: 'present', at: 'tests/testthat/test-fit.R:1:1' },
  // absent
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  { name: 'a workflow that only echoes', files: { [CI]: workflow('push', '      - run: echo hi\n') }, verdict: 'absent' },
  { name: 'only integration tests run, and no unit test files', files: { [CI]: workflow('push', '      - run: pytest tests/integration\n') }, verdict: 'absent' },
  { name: 'tox and nox sessions that do not test', files: { [CI]: workflow('push', '      - run: nox -s coverage\n      - run: tox run -e typing\n      - run: make check-diff\n') }, verdict: 'absent' },
  { name: 'integration test files are not unit tests', files: { 'tests/integration/test_db.py': '' }, verdict: 'absent' },
];

describe('unit-tests', () => {
  runCases(unitTests, cases);
});
