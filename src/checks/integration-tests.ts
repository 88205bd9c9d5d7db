import { allCommands, stepsByJob, matchCommands, matchUses, declaredDependencies, type Analysis, integrationSelection } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Command, ExecStep } from '../model/ci.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, movedTo, testKindEvidence } from './kit.js';
import { INTEGRATION_DIR, INTEGRATION_FILE } from '../vocabulary/shared/test-paths.js';
import { TEST_RUNNER_COMMANDS, TEST_USES } from '../vocabulary/shared/test-runners.js';
import { INTEGRATION_COMMANDS, INTEGRATION_USES, ENVIRONMENT_USES, ENVIRONMENT_COMMANDS, TESTCONTAINERS_FILES, TESTCONTAINERS } from '../vocabulary/integration-tests.js';

/** Environments brought up in a job before tests run in it, and service containers of jobs that run tests. */
function environmentEvidence(a: Analysis, commands: readonly Command[]): Evidence[] {
  const out: Evidence[] = [];
  const testCommands = matchCommands(a, [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS], commands);
  const tests = new Set<ExecStep>([...testCommands.map((m) => m.command.exec), ...matchUses(a, [...TEST_USES, ...INTEGRATION_USES]).map((m) => m.exec)]);
  const envUses = new Map(matchUses(a, ENVIRONMENT_USES).map((m) => [m.exec, m.signal.label]));
  const envCommands = matchCommands(a, ENVIRONMENT_COMMANDS, commands);
  for (const steps of stepsByJob(a).values()) {
    const lastTest = steps.map((s, j) => (tests.has(s) ? j : -1)).reduce((x, y) => Math.max(x, y), -1);
    if (lastTest < 0) continue;
    const job = steps[0]!.job;
    const first = steps[0]!;
    if (job.services.length > 0) {
      const s = job.services[0]!;
      out.push({ ...movedTo(execEvidence(first, ''), { file: job.at.file, line: s.pos.line, column: s.pos.column }), message: `Job "${job.id}" runs its tests against service containers (${job.services.map((x) => `"${x.value}"`).join(', ')}).` });
    }
    for (const [i, exec] of steps.entries()) {
      if (i > lastTest) break;
      const label = envUses.get(exec);
      if (label) {
        out.push(execEvidence(exec, `Brings up ${label} (uses: ${exec.step.uses!.value}) before tests run in job "${job.id}".`));
        continue;
      }
      for (const m of envCommands) {
        if (m.command.exec !== exec) continue;
        const laterTest = i < lastTest || testCommands.some((t) => t.command.exec === exec && t.command.at.line > m.command.at.line);
        if (laterTest) out.push(commandEvidence(m.command, `Brings up ${m.signal.label} (\`${m.command.text}\`) before tests run in job "${job.id}".`));
      }
    }
  }
  return out;
}

export const integrationTests: Check<'integration-tests'> = defineCheck({
  meta: {
    id: 'integration-tests',
    phase: 'devops',
    title: 'Integration and end-to-end tests',
    practice: 'Integration or end-to-end tests exist and run.',
    typicalEvidence: 'tests/integration, tests/e2e, service containers, docker compose up before tests, markers `-m integration`',
    remediation: 'Add tests that run the system with its real dependencies (a service container, docker compose, a kind cluster) under tests/integration, and run them in a workflow, e.g. `pytest tests/integration` or `pytest -m integration`.',
    example: 'services:\n  postgres:\n    image: postgres:16\nsteps:\n  - run: pytest tests/integration',
  },
  evaluate(a) {
    const commands = allCommands(a);
    const selecting = commands.flatMap((c) => {
      const why = integrationSelection(c);
      return why === undefined ? [] : [{ command: c, why }];
    });
    const uses = matchUses(a, INTEGRATION_USES);
    const evidence: Evidence[] = [
      ...selecting.map((m) => commandEvidence(m.command, `Runs integration or end-to-end tests (${m.why}): \`${m.command.text}\`.`)),
      ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses!.value}).`)),
      ...environmentEvidence(a, commands),
      ...testKindEvidence(a, 'integration'),
      ...testKindEvidence(a, 'e2e'),
    ];
    if (a.inventory.files.length === 0) {
      const dirs = new Map<string, string>();
      for (const p of a.repo.files) {
        const m = INTEGRATION_DIR.exec(p);
        if (!m) continue;
        const dir = p.slice(0, m.index + m[0].length - 1);
        if (!dirs.has(dir)) dirs.set(dir, p);
      }
      for (const [dir, file] of [...dirs].slice(0, 5)) evidence.push(fileEvidence(file, `Integration or end-to-end test folder "${dir}/".`));
      const named = a.repo.files.filter((p) => INTEGRATION_FILE.test(p) && !INTEGRATION_DIR.test(p));
      for (const file of named.slice(0, 5)) evidence.push(fileEvidence(file, `Test file "${file}" is named for integration or end-to-end tests.`));
    }
    for (const p of a.repo.files.filter((f) => TESTCONTAINERS_FILES.test(f))) {
      const lines = declaredDependencies(a, p).flatMap((d) => (d.line !== undefined && TESTCONTAINERS.test(d.value) ? [d.line] : []));
      if (lines.length > 0) evidence.push(fileEvidence(p, `"${p}" depends on testcontainers, which starts real services for tests.`, Math.min(...lines)));
    }
    const findings = cannotFailFindings('integration-tests', 'integration test step', selecting.map((m) => m.command));
    return decide(evidence, {
      automated: 'Integration or end-to-end tests run in CI on an automated trigger.',
      present: 'Integration or end-to-end tests exist, but no workflow that runs on an automated trigger runs them.',
      absent: 'No integration or end-to-end tests were found: no tests/integration or e2e folder, no service containers or docker compose before tests, no `-m integration` selection, no e2e runner.',
    }, findings);
  },
});
