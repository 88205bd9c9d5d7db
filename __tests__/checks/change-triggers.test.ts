import { changeTriggers } from '../../src/checks/change-triggers.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const WEEKLY = '\n  schedule:\n    - cron: "45 3 * * 0"';
const CODEQL = '      - uses: github/codeql-action/init@v3\n      - uses: github/codeql-action/analyze@v3\n';
const STALE = '      - uses: actions/stale@v9\n      - uses: dessant/lock-threads@v5\n';
const SCHEDULED_REUSABLE = {
  [CI]: `on:${WEEKLY}\njobs:\n  call:\n    uses: ./.github/workflows/reusable.yml\n`,
  '.github/workflows/reusable.yml': 'on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: uv run pytest\n',
};

const cases: CheckCase[] = [
  // automated
  { name: 'on: push', files: { [CI]: workflow('push', '      - run: make\n') }, verdict: 'automated', at: `${CI}:2:5`, triggerSet: ['push'] },
  { name: 'on: a list with pull_request', files: { [CI]: workflow('[push, pull_request]', '      - run: make\n') }, verdict: 'automated', at: `${CI}:2:6`, triggerSet: ['pull_request', 'push'] },
  { name: 'on: a mapping with merge_group', files: { [CI]: workflow('\n  merge_group:\n  workflow_dispatch:', '      - run: make\n') }, verdict: 'automated', at: `${CI}:3:3`, triggerSet: ['merge_group'] },
  { name: 'pre-commit.ci only', files: { '.pre-commit-config.yaml': 'ci:\n  autofix_prs: true\nrepos: []\n' }, verdict: 'automated', at: '.pre-commit-config.yaml:1:1', triggerSet: ['pull_request'] },
  {
    name: 'a push workflow and a schedule-only CodeQL: warned',
    files: { '.github/workflows/codeql.yml': workflow(WEEKLY, CODEQL), [CI]: workflow('pull_request', '      - run: pytest\n') },
    verdict: 'automated',
    at: `${CI}:2:5`,
    findings: ['warning .github/workflows/codeql.yml:2:1'],
    findingMessage: 'Workflow ".github/workflows/codeql.yml" runs only on a schedule ("45 3 * * 0": weekly on Sunday at 03:45 UTC), so changes are not checked until then. Add "pull_request" to its triggers.',
  },
  { name: 'a scheduled housekeeping bot is not warned', files: { '.github/workflows/stale.yml': workflow(WEEKLY, STALE), [CI]: workflow('push', '      - run: pytest\n') }, verdict: 'automated', at: `${CI}:2:5` },
  // never present (CHECKLIST §3): CI that runs only on a schedule, by hand or on other events is absent, with its cron in words
  { name: 'schedule-only tests through a reusable workflow: absent, warned with the cron in words', files: SCHEDULED_REUSABLE, verdict: 'absent', findings: [`warning ${CI}:1:1`], findingMessage: /runs only on a schedule \("45 3 \* \* 0": weekly on Sunday/ },
  { name: 'schedule-only housekeeping: absent, a notice and no warning', files: { '.github/workflows/stale.yml': workflow(WEEKLY, STALE) }, verdict: 'absent', findings: ['notice .github/workflows/stale.yml:2:1'], findingMessage: /runs on schedule, not on push or pull_request/ },
  { name: 'workflow_dispatch only: absent, a notice', files: { [CI]: workflow('workflow_dispatch', '      - run: pytest\n') }, verdict: 'absent', findings: [`notice ${CI}:2:1`], findingMessage: /runs on workflow_dispatch, not on push/ },
  // absent
  { name: 'no workflows', files: { 'README.md': '' }, verdict: 'absent' },
];

describe('change-triggers', () => {
  runCases(changeTriggers, cases);
});
