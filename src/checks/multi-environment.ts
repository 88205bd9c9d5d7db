import { allCommands, stepsByJob, matchCommands, matchUses, quoteList, toxNoxEvidence, type Analysis } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { ExecStep, MatrixDimension, PipelineJob } from '../model/ci.js';
import { defineCheck, type Check, decide, execEvidence, movedTo } from './kit.js';
import { INTEGRATION_COMMANDS } from '../vocabulary/integration-tests.js';
import { TEST_RUNNER_COMMANDS, TEST_USES } from '../vocabulary/shared/test-runners.js';
import { VERSION_AXES, SETUP_ACTIONS, OS_AXIS, OS_FAMILIES } from '../vocabulary/multi-environment.js';


const TEST_COMMANDS = [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS];

function osFamily(label: string): string | undefined {
  return OS_FAMILIES.find((f) => f.label.test(label))?.family;
}

function axisKind(job: PipelineJob, axis: { name: string; values: readonly string[] }, steps: readonly ExecStep[]): string | undefined {
  const version = VERSION_AXES.find((v) => v.name.test(axis.name));
  if (version) return version.label;
  const ref = new RegExp(`matrix\\.${axis.name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`);
  for (const s of steps) {
    const name = s.step.uses?.value.replace(/@.*$/, '') ?? '';
    const setup = SETUP_ACTIONS.find((x) => x.uses.test(name));
    if (setup && Object.values(s.step.inputs).some((w) => ref.test(w.value))) return setup.label;
  }
  const inRunsOn = job.runsOn.some((r) => ref.test(r.value));
  if (inRunsOn && (OS_AXIS.test(axis.name) || axis.values.some((v) => osFamily(v) !== undefined))) return 'operating systems';
  return undefined;
}

/** Names of `matrix.<name>` that runs-on or setup actions read but no axis defines: they come from `include:` entries. */
function includeOnlyNames(job: PipelineJob, axes: readonly MatrixDimension[], steps: readonly ExecStep[]): string[] {
  const texts = [...job.runsOn.map((r) => r.value), ...steps.flatMap((s) => Object.values(s.step.inputs).map((w) => w.value))];
  const names = texts.flatMap((t) => [...t.matchAll(/matrix\.([\w-]+)/g)].map((m) => m[1]!));
  return [...new Set(names)].filter((n) => !axes.some((x) => x.name === n));
}

/** Evidence at a position of the job's file, reached like the job's first step. */
function jobEvidence(first: ExecStep, pos: { line: number; column: number }, message: string): Evidence {
  return movedTo(execEvidence(first, message), { file: first.job.at.file, line: pos.line, column: pos.column });
}

function matrixEvidence(a: Analysis): Evidence[] {
  const out: Evidence[] = [];
  const families = new Map<string, { family: string; evidence: Evidence }[]>();
  const testSteps = new Set<ExecStep>([...matchUses(a, TEST_USES).map((m) => m.exec), ...matchCommands(a, TEST_COMMANDS, allCommands(a)).map((m) => m.command.exec)]);
  for (const steps of stepsByJob(a).values()) {
    const first = steps[0]!;
    const job = first.job;
    const jobSteps = job.calls ? a.steps.filter((s) => s.pipeline === first.pipeline && s.callers.includes(job)) : steps;
    const runnerSeen = [...steps, ...jobSteps].some((s) => testSteps.has(s));
    const runsTests = runnerSeen || /test/i.test(`${job.id} ${job.name ?? ''}`);
    // A job counted by its name alone says so: what it runs may be a smoke check, not a test suite.
    const byName = runnerSeen ? '' : ` It runs no test runner the tool knows; it counts as a test job by its name "${job.name ?? job.id}".`;
    // A matrix on a job that runs no tests (lint, build) does not test across environments.
    const m = runsTests ? job.matrix : undefined;
    if (m) {
      if (m.expression !== undefined && m.axes.every((x) => x.values.length === 1 && x.values[0]!.includes('${{'))) {
        out.push(jobEvidence(first, m.at, `Job "${job.id}" runs on a matrix computed by an expression (${m.expression}); the tool cannot see its values and counts it as several environments.`));
      }
      for (const axis of m.axes) {
        const kind = axisKind(job, axis, jobSteps);
        if (!kind) continue;
        if (axis.values.length >= 2) out.push(jobEvidence(first, axis.at, `Job "${job.id}" runs on a matrix of ${kind}: ${axis.name} = ${quoteList(axis.values)}.${byName}`));
        else if (axis.values[0]?.includes('${{')) out.push(jobEvidence(first, axis.at, `Job "${job.id}" runs on a matrix of ${kind} given by an expression (${axis.values[0]}); the tool cannot see its values.`));
      }
      if (m.include >= 2) {
        const set = includeOnlyNames(job, m.axes, jobSteps).flatMap((name) => {
          const kind = axisKind(job, { name, values: [] }, jobSteps);
          return kind ? [`${name} (${kind})`] : [];
        });
        if (set.length > 0) out.push(jobEvidence(first, m.at, `Job "${job.id}" runs on ${m.include} matrix "include" entries that set ${set.join(' and ')}; the tool does not read the entries' values.`));
      }
    }
    if (!runsTests) continue;
    const family = job.runsOn.map((r) => osFamily(r.value)).find((f) => f !== undefined);
    if (family && job.runsOn[0]) {
      const list = families.get(first.pipeline.file) ?? [];
      if (!list.some((x) => x.family === family)) list.push({ family, evidence: jobEvidence(first, job.runsOn[0].pos, `Job "${job.id}" runs its tests on ${family} ("${job.runsOn[0].value}").`) });
      families.set(first.pipeline.file, list);
    }
  }
  for (const list of families.values()) {
    if (list.length < 2) continue;
    for (const x of list) out.push({ ...x.evidence, message: `${x.evidence.message} Other jobs of the workflow test on ${list.filter((y) => y !== x).map((y) => y.family).join(', ')}.` });
  }
  return out;
}

export const multiEnvironment: Check<'multi-environment'> = defineCheck({
  meta: {
    id: 'multi-environment',
    phase: 'devops',
    title: 'Tests across environments',
    practice: 'Tests run across several versions or platforms.',
    typicalEvidence: 'a `strategy.matrix` over language versions or `runs-on` OSes',
    remediation: 'Add a `strategy.matrix` to the test job over the language versions you support (and `os` when users run on several platforms), with `runs-on: ${{ matrix.os }}`.',
    example: 'strategy:\n  matrix:\n    python-version: ["3.10", "3.11", "3.12"]\n    os: [ubuntu-latest, windows-latest]\nruns-on: ${{ matrix.os }}',
  },
  evaluate(a) {
    const evidence = [...matrixEvidence(a), ...toxNoxEvidence(a)];
    return decide(evidence, {
      automated: 'Tests run on a matrix of versions or operating systems on an automated trigger.',
      present: 'Several environments are configured (a tox/nox list or a matrix), but no workflow on an automated trigger tests across them.',
      absent: 'No workflow job runs tests on a matrix of language versions or operating systems, and no tox/nox configuration lists several Pythons.',
    });
  },
});
