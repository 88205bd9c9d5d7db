/**
 * pre-commit: `pre-commit run [hook] [--all-files] [--hook-stage s]` (and `prek run`, and the
 * `pre-commit/action` step) → one body per hook, whose command is the hook's real tool
 * (a table of well-known hook ids; `entry:` for local hooks), at the hook's `id:` line.
 * pre-commit.ci (a `ci:` key) runs the hooks on every pull request: `preCommitCiStep`
 * builds the synthetic step that stands for it.
 */
import { reachOf, type ExecStep, type Pipeline, type PipelineJob, type PipelineStep, type PipelineTrigger } from '../../../model/ci.js';
import type { SourceRef } from '../../../model/position.js';
import { PRE_COMMIT_CONFIG, readPreCommit, type PreCommitHook } from '../../ci/pre-commit-ci/read.js';
import { shellQuote, type Resolver, type TaskBody, type TaskContext } from './types.js';

/** What a well-known hook runs, as a command in CI (where a hook that changes files fails). One row per hook id. */
export const HOOK_ARGV: Readonly<Record<string, readonly string[]>> = {
  ruff: ['ruff', 'check'],
  'ruff-check': ['ruff', 'check'],
  'ruff-format': ['ruff', 'format', '--check'],
  black: ['black', '--check'],
  'black-jupyter': ['black', '--check'],
  'blacken-docs': ['blacken-docs'],
  isort: ['isort', '--check-only'],
  flake8: ['flake8'],
  mypy: ['mypy'],
  pylint: ['pylint'],
  pyright: ['pyright'],
  basedpyright: ['basedpyright'],
  pyupgrade: ['pyupgrade'],
  autoflake: ['autoflake', '--check'],
  docformatter: ['docformatter', '--check'],
  pydocstyle: ['pydocstyle'],
  bandit: ['bandit'],
  codespell: ['codespell'],
  typos: ['typos'],
  'pip-audit': ['pip-audit'],
  'detect-secrets': ['detect-secrets-hook'],
  gitleaks: ['gitleaks', 'detect'],
  trufflehog: ['trufflehog', 'git'],
  semgrep: ['semgrep'],
  zizmor: ['zizmor'],
  actionlint: ['actionlint'],
  shellcheck: ['shellcheck'],
  hadolint: ['hadolint'],
  'hadolint-docker': ['hadolint'],
  yamllint: ['yamllint'],
  markdownlint: ['markdownlint'],
  'markdownlint-cli2': ['markdownlint-cli2'],
  prettier: ['prettier', '--check'],
  eslint: ['eslint'],
  'biome-check': ['biome', 'check'],
  'golangci-lint': ['golangci-lint', 'run'],
  'go-fmt': ['gofmt', '-l'],
  'go-vet': ['go', 'vet'],
  'clang-format': ['clang-format', '--dry-run', '--Werror'],
  fmt: ['cargo', 'fmt', '--check'],
  clippy: ['cargo', 'clippy'],
  'sqlfluff-lint': ['sqlfluff', 'lint'],
  'check-jsonschema': ['check-jsonschema'],
  'check-github-workflows': ['check-jsonschema', '--builtin-schema', 'vendor.github-workflows'],
  'validate-pyproject': ['validate-pyproject'],
  'pyproject-fmt': ['pyproject-fmt', '--check'],
  nbstripout: ['nbstripout', '--verify'],
  'nbqa-black': ['nbqa', 'black', '--check'],
  'nbqa-ruff': ['nbqa', 'ruff'],
  'nbqa-isort': ['nbqa', 'isort', '--check-only'],
  'nbqa-flake8': ['nbqa', 'flake8'],
  'nbqa-mypy': ['nbqa', 'mypy'],
  interrogate: ['interrogate'],
  vulture: ['vulture'],
  deptry: ['deptry'],
  'uv-lock': ['uv', 'lock', '--check'],
  lintr: ['lintr'],
  'style-files': ['styler'],
};

/** The command a hook stands for: the table's tool, else the local `entry:`, else the hook id; `args:` appended. */
export function hookArgv(hook: PreCommitHook): string[] {
  const known = HOOK_ARGV[hook.id];
  const base = known && hook.repo !== 'local' ? [...known] : hook.entry !== undefined ? hook.entry.split(/\s+/).filter((w) => w !== '') : [...(known ?? [hook.id])];
  return [...base, ...(hook.args ?? [])];
}

/** Hooks that `pre-commit run` (with an optional hook id and stage) runs. */
function selectedHooks(hooks: readonly PreCommitHook[], id: string | undefined, stage: string | undefined): PreCommitHook[] {
  return hooks.filter((h) => {
    if (id !== undefined && h.id !== id) return false;
    const stages = h.stages ?? ['pre-commit'];
    const want = stage ?? 'pre-commit';
    return stages.includes(want) || (want === 'pre-commit' && stages.includes('commit'));
  });
}

function loadHooks(ctx: TaskContext) {
  return ctx.once('pre-commit', PRE_COMMIT_CONFIG, () => {
    const pc = readPreCommit(ctx.repo);
    if (pc) ctx.findings.push(...pc.findings);
    return pc;
  });
}

export function hookBodies(ctx: TaskContext, hooks: readonly PreCommitHook[]): TaskBody[] {
  return hooks.map((h) => {
    const at: SourceRef = { file: PRE_COMMIT_CONFIG, line: h.line, column: h.column };
    return { key: `pre-commit:${h.id}@${h.line}`, label: `pre-commit hook "${h.id}"`, at, via: [], lines: [{ value: shellQuote(hookArgv(h)), pos: { line: h.line, column: h.column } }], cwd: '' };
  });
}

const RUN_VALUED = new Set(['--hook-stage', '-c', '--config', '--from-ref', '--to-ref', '-s', '-o', '--source', '--origin', '--color']);

export const resolvePreCommit: Resolver = (inv, ctx) => {
  const w = inv.argv;
  if ((w[0] !== 'pre-commit' && w[0] !== 'prek') || w[1] !== 'run') return undefined;
  let id: string | undefined;
  let stage: string | undefined;
  for (let i = 2; i < w.length; i++) {
    const x = w[i]!;
    if (x === '--files') break;
    if (x === '--hook-stage') stage = w[i + 1];
    if (RUN_VALUED.has(x)) i++;
    else if (!x.startsWith('-') && id === undefined) id = x;
  }
  const pc = loadHooks(ctx);
  if (!pc) return undefined;
  const picked = selectedHooks(pc.hooks, id, stage);
  if (id !== undefined && picked.length === 0) ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${PRE_COMMIT_CONFIG}" has no hook "${id}"${stage ? ` for stage "${stage}"` : ''}, so "pre-commit run ${id}" runs nothing. Check the hook id.` });
  return hookBodies(ctx, picked);
};

/** The words a `pre-commit/action` step runs (`pre-commit run --all-files` plus its extra_args). */
export function preCommitActionWords(exec: ExecStep): string[] | undefined {
  const uses = exec.step.uses?.value.toLowerCase();
  if (!uses || !/^pre-commit\/action@|^pre-commit\/action$/.test(uses)) return undefined;
  const extra = exec.step.inputs['extra_args']?.value;
  return ['pre-commit', 'run', ...(extra !== undefined ? extra.split(/\s+/).filter((x) => x !== '') : ['--all-files'])];
}

/**
 * pre-commit.ci as CI: a synthetic workflow, job and step at the `ci:` key, reached by
 * pull requests, and the hook bodies it runs (hooks listed in `ci: skip:` left out).
 */
export function preCommitCi(ctx: TaskContext): { exec: ExecStep; bodies: TaskBody[] } | undefined {
  const pc = loadHooks(ctx);
  if (!pc?.ciKey) return undefined;
  const pos = { line: pc.ciKey.line, column: pc.ciKey.column };
  const at = pc.ciKey;
  const step: PipelineStep = { index: 0, at, name: { value: 'pre-commit.ci', pos }, runLines: [], inputs: {}, env: {}, allowFailure: false };
  const job: PipelineJob = { id: 'pre-commit.ci', at, needs: [], runsOn: [], services: [], env: {}, allowFailure: false, steps: [step] };
  const trigger: PipelineTrigger = { kind: 'pull-request', original: 'pull_request', at, filters: [], tags: [], paths: [], schedules: [] };
  const pipeline: Pipeline = { system: 'pre-commit-ci', file: PRE_COMMIT_CONFIG, name: 'pre-commit.ci', at, triggers: [trigger], env: {}, jobs: [job] };
  const exec: ExecStep = { pipeline, job, step, file: PRE_COMMIT_CONFIG, via: [], callers: [], reach: { ...reachOf(pipeline), conditions: ['run by pre-commit.ci'] } };
  const skip = new Set(pc.ciSkip ?? []);
  return { exec, bodies: hookBodies(ctx, selectedHooks(pc.hooks, undefined, undefined).filter((h) => !skip.has(h.id))) };
}
