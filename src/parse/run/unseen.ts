/**
 * Commands no resolver follows whose content the tool knows it cannot see (CHECKLIST §2,
 * "What the tool could not follow"): a task runner it does not read, a job handed to a
 * remote service, a Python script that is not in the repository. Everything else a step
 * runs is either a program known by name (pytest, pip install, echo ...) or followed by the
 * resolvers in `tasks/`; only these rows are listed, so a real repository gets no flood.
 */
import type { ExecStep, UnfollowedKind } from '../../model/ci.js';
import type { RepoIndex } from '../../model/repository.js';
import { joinPath } from './tasks/types.js';

interface UnseenRow {
  /** Tested against the program's words joined by spaces (wrappers removed). */
  command: RegExp;
  kind: UnfollowedKind;
  /** What the tool cannot see, e.g. `invoke tasks are not read`. */
  reason: string;
}

/** A task word after the runner: not an option, not a request for help or the version. */
const TASK = String.raw`(?: +-\S+)* +(?!-|help\b|version\b|--)\S`;

const ROWS: readonly UnseenRow[] = [
  { command: new RegExp(`^(invoke|inv)${TASK}`), kind: 'unknown-runner', reason: 'invoke tasks (tasks.py) are not read' },
  { command: new RegExp(`^doit${TASK}`), kind: 'unknown-runner', reason: 'doit tasks (dodo.py) are not read' },
  { command: new RegExp(`^rake${TASK}`), kind: 'unknown-runner', reason: 'Rake tasks are not read' },
  { command: new RegExp(`^earthly${TASK}`), kind: 'unknown-runner', reason: 'Earthfile targets are not read' },
  { command: /^dagger (call|do|run)\b/, kind: 'unknown-runner', reason: 'Dagger functions are not read' },
  { command: /^(nx|npx nx|turbo|npx turbo|lerna|npx lerna) (run|run-many|affected)\b/, kind: 'unknown-runner', reason: 'Nx, Turborepo and Lerna tasks are not read' },
  { command: /^(bazel|bazelisk) (test|run|build|coverage)\b/, kind: 'unknown-runner', reason: 'Bazel BUILD targets are not read' },
  { command: /^(pants|\.\/pants|buck2?) (test|run|package|lint|check)\b/, kind: 'unknown-runner', reason: 'Pants and Buck BUILD targets are not read' },
  { command: new RegExp(`^mage${TASK}`), kind: 'unknown-runner', reason: 'Mage targets (magefile.go) are not read' },
  { command: /^cargo make\b/, kind: 'unknown-runner', reason: 'cargo-make tasks (Makefile.toml) are not read' },
  { command: /^(scons|\.\/waf|waf)\b/, kind: 'unknown-runner', reason: 'SCons and Waf build scripts are not read' },
  {
    command: /^gcloud (beta )?ai custom-jobs create\b|^gcloud ai-platform jobs submit\b|^gcloud dataproc jobs submit\b|^gcloud dataflow (jobs run|flex-template run)\b/,
    kind: 'remote-job',
    reason: 'a Google Cloud job runs what its image or job spec says, outside the repository',
  },
  { command: /^gcloud builds submit\b/, kind: 'remote-job', reason: 'Cloud Build configurations are not read' },
  { command: /^az ml job create\b/, kind: 'remote-job', reason: 'an Azure ML job runs on a remote compute; its job file is not read' },
  {
    command: /^aws sagemaker (create-training-job|create-processing-job|create-transform-job|start-pipeline-execution)\b/,
    kind: 'remote-job',
    reason: 'a SageMaker job runs what its image says, outside the repository',
  },
  { command: /^aws batch submit-job\b/, kind: 'remote-job', reason: 'an AWS Batch job runs what its job definition says, outside the repository' },
  { command: /^databricks (jobs (run-now|submit)|bundle run)\b/, kind: 'remote-job', reason: 'a Databricks job runs what its job definition says, outside the repository' },
  { command: /^sbatch\b/, kind: 'remote-job', reason: 'a Slurm batch job runs on a cluster; its script is not read' },
];

/**
 * Whether a path the tool did not find lies in a second checkout of the same repository
 * (`actions/checkout` with `path:` and no other `repository:`) where the file does exist:
 * then it is the repository's own file at another ref, not a missing one.
 */
export function inOtherCheckout(exec: ExecStep, file: string, repo: RepoIndex): boolean {
  for (const dir of checkoutFolders(exec)) if (file.startsWith(`${dir}/`) && repo.has(file.slice(dir.length + 1))) return true;
  return false;
}

/** The folders the step's job checks the same repository out into besides the root (`actions/checkout` with `path:`), in step order. */
export function checkoutFolders(exec: ExecStep): string[] {
  const dirs: string[] = [];
  for (const s of exec.job.steps) {
    if (!/^actions\/checkout@/i.test(s.uses?.value ?? '')) continue;
    const other = s.inputs['repository']?.value;
    if (other !== undefined && !/^\$\{\{\s*github\.repository\s*\}\}$/.test(other.trim())) continue;
    const dir = joinPath('', s.inputs['path']?.value ?? '');
    if (dir) dirs.push(dir);
  }
  return dirs;
}

/** `python [options] path.py`: the script's path, when literal. */
function pythonScript(argv: readonly string[]): string | undefined {
  if (!/^(python[0-9.]*|py|pypy[0-9.]*)$/.test(argv[0] ?? '')) return undefined;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '-c' || w === '-m' || w === '-') return undefined;
    if (w === '-W' || w === '-X') {
      i++;
      continue;
    }
    if (w.startsWith('-')) continue;
    return /\.py$/.test(w) ? w : undefined;
  }
  return undefined;
}

/**
 * Why the tool cannot see what a command no resolver recognised runs, or undefined when the
 * command is a program known by name (or not one of the cases above).
 */
export function unseenCommand(argv: readonly string[], cwd: string, repo: RepoIndex): { kind: UnfollowedKind; reason: string; file?: string } | undefined {
  const line = argv.join(' ');
  for (const row of ROWS) if (row.command.test(line)) return { kind: row.kind, reason: row.reason };
  const script = pythonScript(argv);
  if (script !== undefined && !/^(\/|~)/.test(script)) {
    const file = joinPath(cwd, script);
    if (file !== undefined && !repo.has(file)) return { kind: 'missing-script', reason: `the script "${file}" is not in the repository`, file };
  }
  return undefined;
}
