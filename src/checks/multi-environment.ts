import type { Analysis } from '../analysis.js';
import type { Evidence } from '../model/check.js';
import type { ExecStep } from '../model/execution.js';
import type { Job, MatrixAxis } from '../model/workflow.js';
import { allCommands, stepsByJob } from './ci-work.js';
import { decide, execEvidence, matchCommands, matchUses } from './evidence.js';
import { INTEGRATION_COMMANDS } from './integration-tests.js';
import { quoteList, toxNoxEvidence } from './python-envs.js';
import type { Check } from './types.js';
import { TEST_RUNNER_COMMANDS, TEST_USES } from './vocabulary.js';

/** Matrix axes that vary the language, runtime or a key library: one row per ecosystem. */
export const VERSION_AXES: { name: RegExp; label: string }[] = [
  { name: /^(python|pythons|py|pyv|pyver|py[-_]?version|python[-_]?(version|versions|ver))$/i, label: 'Python versions' },
  { name: /^(node|nodejs|node[-_]?(version|versions|ver))$/i, label: 'Node.js versions' },
  { name: /^(go|golang|go[-_]?(version|versions))$/i, label: 'Go versions' },
  { name: /^(java|jdk|(java|jdk)[-_]?(version|versions))$/i, label: 'Java versions' },
  { name: /^(r|r[-_]?(version|versions))$/i, label: 'R versions' },
  { name: /^(ruby|ruby[-_]?(version|versions))$/i, label: 'Ruby versions' },
  { name: /^(rust|toolchain|rust[-_]?(version|toolchain))$/i, label: 'Rust toolchains' },
  { name: /^(torch|pytorch|tensorflow|tf|jax|(torch|pytorch|tensorflow|tf|jax)[-_]?(version|versions))$/i, label: 'ML framework versions' },
  { name: /^(numpy|pandas|scikit[-_]learn|sklearn|transformers|django|pydantic|(numpy|pandas|pydantic)[-_]?version)$/i, label: 'library versions' },
  { name: /^(dotnet|php|julia|elixir|otp|scala|deno|bun|(dotnet|php|julia|elixir|otp|scala)[-_]?(version|versions))$/i, label: 'runtime versions' },
  { name: /^(resolution|deps|dependencies|dependency[-_]versions|requirements)$/i, label: 'dependency sets' },
];

/** Setup actions whose version input, when it reads `matrix.<axis>`, makes that axis a version axis. */
export const SETUP_ACTIONS: { uses: RegExp; label: string }[] = [
  { uses: /^(actions\/setup-python|astral-sh\/setup-uv|conda-incubator\/setup-miniconda|mamba-org\/setup-micromamba|prefix-dev\/setup-pixi)$/i, label: 'Python versions' },
  { uses: /^(actions\/setup-node|pnpm\/action-setup|oven-sh\/setup-bun|denoland\/setup-deno)$/i, label: 'Node.js versions' },
  { uses: /^actions\/setup-go$/i, label: 'Go versions' },
  { uses: /^actions\/setup-java$/i, label: 'Java versions' },
  { uses: /^r-lib\/actions\/setup-r$/i, label: 'R versions' },
  { uses: /^ruby\/setup-ruby$/i, label: 'Ruby versions' },
  { uses: /^(dtolnay\/rust-toolchain|actions-rs\/toolchain|actions-rust-lang\/setup-rust-toolchain)$/i, label: 'Rust toolchains' },
  { uses: /^(actions\/setup-dotnet|shivammathur\/setup-php|julia-actions\/setup-julia|erlef\/setup-beam)$/i, label: 'runtime versions' },
];

/** Axes that vary the operating system when `runs-on` uses them. */
export const OS_AXIS = /^(os|platform|platforms|runner|runners|runs[-_]on|os[-_]version|operating[-_]system|image)$/i;

/** Runner labels by operating-system family. */
export const OS_FAMILIES: { label: RegExp; family: string }[] = [
  { label: /^(ubuntu|linux)/i, family: 'Linux' },
  { label: /^windows/i, family: 'Windows' },
  { label: /^macos/i, family: 'macOS' },
];

const TEST_COMMANDS = [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS];

function osFamily(label: string): string | undefined {
  return OS_FAMILIES.find((f) => f.label.test(label))?.family;
}

function axisKind(job: Job, axis: { name: string; values: readonly string[] }, steps: readonly ExecStep[]): string | undefined {
  const version = VERSION_AXES.find((v) => v.name.test(axis.name));
  if (version) return version.label;
  const ref = new RegExp(`matrix\\.${axis.name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`);
  for (const s of steps) {
    const name = s.step.uses?.value.replace(/@.*$/, '') ?? '';
    const setup = SETUP_ACTIONS.find((x) => x.uses.test(name));
    if (setup && Object.values(s.step.with).some((w) => ref.test(w.value))) return setup.label;
  }
  const inRunsOn = job.runsOn.some((r) => ref.test(r.value));
  if (inRunsOn && (OS_AXIS.test(axis.name) || axis.values.some((v) => osFamily(v) !== undefined))) return 'operating systems';
  return undefined;
}

/** Names of `matrix.<name>` that runs-on or setup actions read but no axis defines: they come from `include:` entries. */
function includeOnlyNames(job: Job, axes: readonly MatrixAxis[], steps: readonly ExecStep[]): string[] {
  const texts = [...job.runsOn.map((r) => r.value), ...steps.flatMap((s) => Object.values(s.step.with).map((w) => w.value))];
  const names = texts.flatMap((t) => [...t.matchAll(/matrix\.([\w-]+)/g)].map((m) => m[1]!));
  return [...new Set(names)].filter((n) => !axes.some((x) => x.name === n));
}

/** Evidence at a position of the job's file, reached like the job's first step. */
function jobEvidence(first: ExecStep, pos: { line: number; column: number }, message: string): Evidence {
  const file = first.file.startsWith('.github/workflows/') ? first.file : first.workflow.file;
  return { ...execEvidence(first, message), file, line: pos.line, column: pos.column };
}

function matrixEvidence(a: Analysis): Evidence[] {
  const out: Evidence[] = [];
  const families = new Map<string, { family: string; evidence: Evidence }[]>();
  const testSteps = new Set<ExecStep>([...matchUses(a, TEST_USES).map((m) => m.exec), ...matchCommands(a, TEST_COMMANDS, allCommands(a)).map((m) => m.command.exec)]);
  for (const steps of stepsByJob(a).values()) {
    const first = steps[0]!;
    const job = first.job;
    const jobSteps = job.uses ? a.steps.filter((s) => s.workflow === first.workflow && s.via.some((v) => v.line === job.uses!.pos.line && v.column === job.uses!.pos.column && v.file === first.file)) : steps;
    const runnerSeen = [...steps, ...jobSteps].some((s) => testSteps.has(s));
    const runsTests = runnerSeen || /test/i.test(`${job.id} ${job.name?.value ?? ''}`);
    // A job counted by its name alone says so: what it runs may be a smoke check, not a test suite.
    const byName = runnerSeen ? '' : ` It runs no test runner the tool knows; it counts as a test job by its name "${job.name?.value ?? job.id}".`;
    // A matrix on a job that runs no tests (lint, build) does not test across environments.
    const m = runsTests ? job.matrix : undefined;
    if (m) {
      if (m.expression !== undefined && m.axes.every((x) => x.values.length === 1 && x.values[0]!.includes('${{'))) {
        out.push(jobEvidence(first, m.pos, `Job "${job.id}" runs on a matrix computed by an expression (${m.expression}); the tool cannot see its values and counts it as several environments.`));
      }
      for (const axis of m.axes) {
        const kind = axisKind(job, axis, jobSteps);
        if (!kind) continue;
        if (axis.values.length >= 2) out.push(jobEvidence(first, axis.pos, `Job "${job.id}" runs on a matrix of ${kind}: ${axis.name} = ${quoteList(axis.values)}.${byName}`));
        else if (axis.values[0]?.includes('${{')) out.push(jobEvidence(first, axis.pos, `Job "${job.id}" runs on a matrix of ${kind} given by an expression (${axis.values[0]}); the tool cannot see its values.`));
      }
      if (m.include >= 2) {
        const set = includeOnlyNames(job, m.axes, jobSteps).flatMap((name) => {
          const kind = axisKind(job, { name, values: [] }, jobSteps);
          return kind ? [`${name} (${kind})`] : [];
        });
        if (set.length > 0) out.push(jobEvidence(first, m.pos, `Job "${job.id}" runs on ${m.include} matrix "include" entries that set ${set.join(' and ')}; the tool does not read the entries' values.`));
      }
    }
    if (!runsTests) continue;
    const family = job.runsOn.map((r) => osFamily(r.value)).find((f) => f !== undefined);
    if (family && job.runsOn[0]) {
      const list = families.get(first.workflow.file) ?? [];
      if (!list.some((x) => x.family === family)) list.push({ family, evidence: jobEvidence(first, job.runsOn[0].pos, `Job "${job.id}" runs its tests on ${family} ("${job.runsOn[0].value}").`) });
      families.set(first.workflow.file, list);
    }
  }
  for (const list of families.values()) {
    if (list.length < 2) continue;
    for (const x of list) out.push({ ...x.evidence, message: `${x.evidence.message} Other jobs of the workflow test on ${list.filter((y) => y !== x).map((y) => y.family).join(', ')}.` });
  }
  return out;
}

export const multiEnvironment: Check = {
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
};
