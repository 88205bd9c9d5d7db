import { securityScan } from '../../src/checks/security-scan.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const WEEKLY = '\n  schedule:\n    - cron: "45 3 * * 0"\n  workflow_dispatch:';
const CODEQL = '      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n';
const GITLEAKS_HOOK = 'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.0\n    hooks:\n      - id: gitleaks\n';

const cases: CheckCase[] = [
  // automated
  { name: 'CodeQL on pull_request', files: { [CI]: workflow('pull_request', CODEQL) }, verdict: 'automated', at: `${CI}:7:15`, message: /CodeQL/ },
  {
    name: './gradlew dependencyCheckAnalyze (the wrapper)',
    files: { [CI]: workflow('pull_request', '      - run: ./gradlew dependencyCheckAnalyze\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /dependency-check/,
  },
  { name: 'bandit behind uv run', files: { [CI]: workflow('push', '      - run: uv run bandit -r src\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'pip-audit behind python -m', files: { [CI]: workflow('push', '      - run: python -m pip_audit -r requirements.txt\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'npm audit', files: { [CI]: workflow('push', '      - run: npm audit --audit-level=high\n') }, verdict: 'automated', at: `${CI}:7:14` },
  {
    name: 'OSV-Scanner reusable workflow called by a job',
    files: { [CI]: 'on: pull_request\njobs:\n  scan:\n    uses: google/osv-scanner-action/.github/workflows/osv-scanner-reusable-pr.yml@v2\n' },
    verdict: 'automated',
    at: `${CI}:4:11`,
    message: /OSV-Scanner/,
  },
  { name: 'dependency review action', files: { [CI]: workflow('pull_request', '      - uses: actions/dependency-review-action@v4\n') }, verdict: 'automated', at: `${CI}:7:15` },
  {
    name: 'CodeQL only on a weekly schedule: notice at on:',
    files: { [CI]: workflow(WEEKLY, CODEQL) },
    verdict: 'automated',
    at: `${CI}:10:15`,
    triggerSet: ['schedule', 'workflow_dispatch'],
    findings: [`notice ${CI}:2:1`],
    findingMessage: /solely on a schedule \("45 3 \* \* 0": weekly on Sunday at 03:45 UTC\) in "\.github\/workflows\/ci\.yml"/,
  },
  {
    name: 'no notice when another scan runs on pull_request',
    files: { [CI]: workflow(WEEKLY, CODEQL), '.github/workflows/pr.yml': workflow('pull_request', '      - run: pip-audit\n') },
    verdict: 'automated',
    at: `${CI}:10:15`,
  },
  {
    name: 'step in a local composite action',
    files: { [CI]: workflow('push', '      - uses: ./.github/actions/t\n'), ...compositeAction('gitleaks detect --no-git') },
    verdict: 'automated',
    at: '.github/actions/t/action.yml:5:12',
    triggerSet: ['push'],
  },
  {
    name: 'step in a local reusable workflow',
    files: reusableWorkflow('pull_request', 'trivy fs .'),
    verdict: 'automated',
    at: '.github/workflows/reusable.yml:6:14',
    triggerSet: ['pull_request', 'workflow_call'],
  },
  {
    name: 'job if: on labels keeps only pull_request',
    files: { [CI]: workflow('[push, pull_request]', '      - run: semgrep scan\n', LABEL_IF) },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggerSet: ['pull_request'],
  },
  {
    name: 'continue-on-error: true warns',
    files: { [CI]: workflow('push', '      - uses: aquasecurity/trivy-action@0.28.0\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:15`,
    findings: [`warning ${CI}:7:9`],
  },
  { name: '|| true warns', files: { [CI]: workflow('push', '      - run: safety check || true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`] },
  {
    name: 'security hook run by pre-commit.ci',
    files: { '.pre-commit-config.yaml': `ci:\n  autofix_prs: false\n${GITLEAKS_HOOK}` },
    verdict: 'automated',
    at: '.pre-commit-config.yaml:7:13',
    triggerSet: ['pull_request'],
  },
  {
    name: 'security hook run by pre-commit in a workflow',
    files: { '.pre-commit-config.yaml': GITLEAKS_HOOK, [CI]: workflow('push', '      - run: pre-commit run --all-files\n') },
    verdict: 'automated',
    at: '.pre-commit-config.yaml:5:13',
    triggerSet: ['push'],
  },
  // present
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: pip-audit\n') }, verdict: 'present', at: `${CI}:7:14` },
  { name: 'Dependabot configuration', files: { '.github/dependabot.yml': 'version: 2\n' }, verdict: 'present', at: '.github/dependabot.yml:1:1', message: /Dependabot/ },
  { name: 'Renovate configuration', files: { '.github/renovate.json5': '{}' }, verdict: 'present', at: '.github/renovate.json5:1:1' },
  { name: 'a security hook nobody runs', files: { '.pre-commit-config.yaml': GITLEAKS_HOOK }, verdict: 'present', at: '.pre-commit-config.yaml:5:13' },
  {
    name: 'pre-commit run of another hook does not run gitleaks',
    files: { '.pre-commit-config.yaml': GITLEAKS_HOOK, [CI]: workflow('push', '      - run: pre-commit run ruff --all-files\n') },
    verdict: 'present',
    at: '.pre-commit-config.yaml:5:13',
  },
  // absent
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  { name: 'a scanner only asked for its version', files: { [CI]: workflow('push', '      - run: ./osv-scanner --version\n') }, verdict: 'absent' },
  { name: 'lint is not a security scan', files: { [CI]: workflow('push', '      - run: ruff check .\n') }, verdict: 'absent' },
];

describe('security-scan', () => {
  runCases(securityScan, cases);
});
