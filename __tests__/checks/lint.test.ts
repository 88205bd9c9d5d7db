import { lint } from '../../src/checks/lint.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const cases: CheckCase[] = [
  // automated
  { name: 'ruff check on pull_request', files: { [CI]: workflow('pull_request', '      - run: ruff check .\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /ruff/ },
  { name: 'mypy behind uv run', files: { [CI]: workflow('push', '      - run: uv run mypy src\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /type checker/ },
  { name: 'black --check behind python -m', files: { [CI]: workflow('push', '      - run: python -m black --check .\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'pre-commit action', files: { [CI]: workflow('push', '      - uses: pre-commit/action@v3.0.1\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'golangci-lint action', files: { [CI]: workflow('push', '      - uses: golangci/golangci-lint-action@v6\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'pre-commit.ci', files: { '.pre-commit-config.yaml': 'ci:\n  skip: []\nrepos: []\n' }, verdict: 'automated', at: '.pre-commit-config.yaml:1:1', triggerSet: ['pull_request'] },
  {
    name: 'step in a local composite action',
    files: { [CI]: workflow('push', '      - uses: ./.github/actions/t\n'), ...compositeAction('flake8 src') },
    verdict: 'automated',
    at: '.github/actions/t/action.yml:5:12',
    triggerSet: ['push'],
  },
  {
    name: 'step in a local reusable workflow',
    files: reusableWorkflow('pull_request', 'npx eslint .'),
    verdict: 'automated',
    at: '.github/workflows/reusable.yml:6:14',
    triggerSet: ['pull_request', 'workflow_call'],
  },
  {
    name: 'a step run directly on pull_request and also through a caller keeps no "called from" condition',
    files: {
      [CI]: 'name: ci\non: [pull_request, workflow_call]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ruff check .\n',
      '.github/workflows/release.yml': 'on: release\njobs:\n  call:\n    uses: ./.github/workflows/ci.yml\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggerSet: ['pull_request', 'release', 'workflow_call'],
    conditions: [],
  },
  {
    name: 'a step reached only through a caller says so',
    files: reusableWorkflow('pull_request', 'npx eslint .'),
    verdict: 'automated',
    at: '.github/workflows/reusable.yml:6:14',
    conditions: ['called from .github/workflows/ci.yml'],
  },
  {
    name: 'job if: on labels keeps only pull_request',
    files: { [CI]: workflow('[push, pull_request]', '      - run: pylint pkg\n', LABEL_IF) },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggerSet: ['pull_request'],
  },
  {
    name: 'continue-on-error: true warns',
    files: { [CI]: workflow('push', '      - run: mypy .\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    findings: [`warning ${CI}:7:14`],
  },
  { name: '|| true warns', files: { [CI]: workflow('push', '      - run: flake8 || true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`] },
  { name: 'a known marketplace lint action', files: { [CI]: workflow('push', '      - uses: jpetrucciani/black-check@master\n') }, verdict: 'automated', at: `${CI}:7:15`, message: /black/ },
  {
    name: 'an unknown action named for a linter counts, with a notice',
    files: { [CI]: workflow('push', '      - uses: someone/flake8-runner@v2\n') },
    verdict: 'automated',
    at: `${CI}:7:15`,
    findings: [`notice ${CI}:7:9`],
  },
  { name: 'an action that lints pull-request titles is no lint of the code', files: { [CI]: workflow('pull_request', '      - uses: seferov/pr-lint-action@v1.2.0\n') }, verdict: 'absent' },
  { name: 'an action that lints commit messages is no lint of the code', files: { [CI]: workflow('pull_request', '      - uses: someone/commit-lint-action@v1\n') }, verdict: 'absent' },
  // present
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: ruff check\n') }, verdict: 'present', at: `${CI}:7:14` },
  { name: 'ruff.toml', files: { 'ruff.toml': 'line-length = 100\n' }, verdict: 'present', at: 'ruff.toml:1:1' },
  { name: '[tool.ruff] in pyproject.toml', files: { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 100\n' }, verdict: 'present', at: 'pyproject.toml:4:1' },
  // absent
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  { name: 'black without --check formats, it does not check', files: { [CI]: workflow('push', '      - run: black .\n') }, verdict: 'absent' },
  { name: 'an action that sets a linter up does not run it', files: { [CI]: workflow('push', '      - uses: someone/setup-ruff@v1\n') }, verdict: 'absent' },
  { name: 'an action whose name only contains the letters of a linter', files: { [CI]: workflow('push', '      - uses: someone/blackbox-deploy@v1\n') }, verdict: 'absent' },
  { name: 'tsc that emits is a build', files: { [CI]: workflow('push', '      - run: tsc -p .\n') }, verdict: 'absent' },
];

describe('lint', () => {
  runCases(lint, cases);
});
