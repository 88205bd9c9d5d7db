import { allCommands, matchCommands, matchUses, integrationSelection } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, testKindEvidence } from './kit.js';
import { INTEGRATION_FILE, isIntegrationPath } from '../vocabulary/shared/test-paths.js';
import { testFilePresence } from './kit.js';
import { TEST_RUNNER_COMMANDS, TEST_USES } from '../vocabulary/shared/test-runners.js';

export const unitTests: Check<'unit-tests'> = defineCheck({
  meta: {
    id: 'unit-tests',
    phase: 'devops',
    title: 'Unit tests',
    practice: 'Unit tests exist and run.',
    typicalEvidence: 'pytest, tox, nox, go test, jest, vitest, npm test, testthat, mvn test; test files found in §4',
    remediation: 'Run your test suite in a workflow on pull_request and push: pytest (Python), go test (Go), jest/vitest or npm test (JavaScript), testthat (R), mvn test (Java).',
    example: '- uses: actions/setup-python@v5\n- run: pip install -e ".[test]"\n- run: pytest',
  },
  evaluate(a) {
    const uses = matchUses(a, TEST_USES);
    // Commands that select only integration or end-to-end tests belong to `integration-tests`.
    const commands = matchCommands(a, TEST_RUNNER_COMMANDS, allCommands(a)).filter((m) => integrationSelection(m.command) === undefined);
    const evidence: Evidence[] = [
      ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
      ...testKindEvidence(a, 'unit'),
    ];
    if (a.inventory.files.length === 0) evidence.push(...testFilePresence(a, (p) => !isIntegrationPath(p) && !INTEGRATION_FILE.test(p)));
    const findings = cannotFailFindings('unit-tests', 'test step', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]);
    return decide(evidence, {
      automated: 'Tests run in CI on an automated trigger.',
      present: 'Test files exist in the repository, but no workflow that runs on an automated trigger runs them.',
      absent: 'No test runner was found in the workflows (pytest, go test, jest, npm test, testthat, mvn test ...) and no test files were found by the usual conventions.',
    }, findings);
  },
});
