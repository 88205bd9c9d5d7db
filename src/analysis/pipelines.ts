/** What DVC declares: the stages of its pipelines (read once, in analyzeRepository) and the outputs `.dvc` files track (read once per run, on first use). */
import { readDvcOuts, type DvcOut, type DvcStage } from '../parse/dvc.js';
import type { Command } from '../model/ci.js';
import type { Analysis } from './analyze.js';
import { findInSource } from './code-search.js';
import { isTrainScript, EVALUATION_STAGE_NAME, TRAINING_COMMANDS, TRAINING_SOURCE, TRAINING_STAGE_NAME } from '../vocabulary/training-pipeline.js';
import { runIndex } from './run-index.js';

/** The stages of every `dvc.yaml` (a broken file gives the stages that could be read). */
export function dvcStages(a: Analysis): DvcStage[] {
  return a.dvcStages;
}

/** The outputs a `.dvc` file tracks, with their lines (none when it cannot be read or parsed). */
export function dvcOuts(a: Analysis, file: string): readonly DvcOut[] {
  const cache = runIndex(a.repo).dvcOuts;
  let outs = cache.get(file);
  if (outs === undefined) {
    const text = a.repo.read(file);
    cache.set(file, (outs = text === undefined ? [] : readDvcOuts(file, text)));
  }
  return outs;
}

/** What a `dvc repro` / `dvc exp run` command runs, when the tool can tell: the stages of its targets and everything upstream. */
export interface DvcRun {
  /** The stages it may run (re-run when their inputs changed), in the pipeline's order. */
  stages: DvcStage[];
  /** The stages named on the command line (empty: the whole pipeline). */
  targets: DvcStage[];
}

/** Options of `dvc repro` and `dvc exp run` that change nothing about which stages run. */
const DVC_NEUTRAL_FLAGS = new Set([
  '-f',
  '--force',
  '-i',
  '--interactive',
  '--pull',
  '--allow-missing',
  '-m',
  '--metrics',
  '-q',
  '--quiet',
  '-v',
  '--verbose',
  '--no-commit',
  '--no-run-cache',
  '--force-downstream',
  '--keep-going',
  '-k',
  '--ignore-errors',
  '--temp',
  '--run-all',
]);
const DVC_NEUTRAL_VALUED = new Set(['-S', '--set-param', '-n', '--name', '-m', '--message', '-j', '--jobs', '-C', '--copy-paths', '-M']);

/**
 * The stages a DVC pipeline command runs: its targets (stage names, `path/dvc.yaml:stage`, a dvc.yaml) and their upstream
 * stages through `deps:`/`outs:` (only the target with `-s`), from the dvc.yaml of the step's working directory (the root
 * by default). Undefined when the tool cannot tell: no such dvc.yaml or stage, templated stages, an option it does not
 * know, `--downstream`, `--queue` (queued, not run), `-R`, `-P`, `--glob`.
 */
export function dvcRun(a: Analysis, c: Command): DvcRun | undefined {
  const words = c.argv[1] === 'repro' ? c.argv.slice(2) : c.argv[1] === 'exp' && c.argv[2] === 'run' ? c.argv.slice(3) : undefined;
  if (words === undefined) return undefined;
  const wd = (c.exec.step.workdir?.value ?? '').replace(/^\.\/|\/+$/g, '').replace(/^\.$/, '');
  const names: string[] = [];
  let single = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-s' || w === '--single-item') single = true;
    else if (DVC_NEUTRAL_VALUED.has(w) && !(w === '-m' && c.argv[1] === 'repro')) i++;
    else if (DVC_NEUTRAL_FLAGS.has(w) || /^--(set-param|name|message|jobs|copy-paths)=/.test(w)) continue;
    else if (w.startsWith('-') || w.includes('$')) return undefined;
    else names.push(w);
  }
  const defaultFile = wd === '' ? 'dvc.yaml' : `${wd}/dvc.yaml`;
  const all = dvcStages(a);
  const targets: DvcStage[] = [];
  for (const n of names) {
    const colon = n.lastIndexOf(':');
    const file = colon > 0 ? normal(wd, n.slice(0, colon)) : /(^|\/)dvc\.ya?ml$/.test(n) ? normal(wd, n) : defaultFile;
    const found =
      colon > 0 ? all.filter((s) => s.file === file && s.name === n.slice(colon + 1)) : file === defaultFile ? all.filter((s) => s.file === file && s.name === n) : all.filter((s) => s.file === file);
    if (found.length === 0) return undefined;
    targets.push(...found);
  }
  const pool = names.length === 0 ? all.filter((s) => s.file === defaultFile) : all.filter((s) => targets.some((t) => t.file === s.file));
  if (pool.length === 0 || pool.some((s) => s.templated)) return undefined;
  if (names.length === 0) return { stages: pool, targets: [] };
  const run = new Set<DvcStage>(targets);
  if (!single) {
    const queue = [...targets];
    while (queue.length > 0) {
      const s = queue.pop()!;
      for (const up of pool) {
        if (run.has(up) || !s.deps.some((d) => up.outs.some((o) => overlaps(d, o)))) continue;
        run.add(up);
        queue.push(up);
      }
    }
  }
  return { stages: pool.filter((s) => run.has(s)), targets };
}

function normal(wd: string, p: string): string {
  const parts: string[] = [];
  for (const part of `${wd}/${p}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** A dependency is produced by an output when one path is the other or lies inside it. */
function overlaps(dep: string, out: string): boolean {
  return dep === out || dep.startsWith(`${out}/`) || out.startsWith(`${dep}/`);
}

/** Commands after a training run that keep what it made: outputs pushed to the DVC remote, an experiment pushed, a commit or a pull request. */
const KEEPS_OUTPUTS = /^(dvc push|dvc exp push|git commit|git push|cml pr|cml-pr)\b/;

/**
 * Whether a DVC run that reaches training `stages` only reproduces the committed model: earlier in its job a `dvc pull`
 * (no target, or one naming those stages or their outputs) or its own `--pull` restored their outputs, so DVC re-runs them
 * only when dvc.lock is stale, and nothing later in the job keeps what such a re-run would make (`dvc push`, `dvc exp push`,
 * a commit, `cml pr`, an uploaded artifact). `--force` always re-runs. Gives the command that restored the outputs.
 */
export function dvcReproducesOnly(a: Analysis, c: Command, stages: readonly DvcStage[]): Command | undefined {
  const words = c.argv;
  // GitLab `artifacts:` and CircleCI `store_artifacts`/`persist_to_workspace` are not modelled: what such a job keeps is
  // not known, so the run keeps its first reading (a training run).
  if (c.exec.pipeline.system !== 'github-actions') return undefined;
  // A stage with no declared outputs has nothing to restore: whether DVC re-runs it is not a question of pulled outputs.
  if (words.includes('-f') || words.includes('--force') || stages.length === 0 || stages.some((s) => s.outs.length === 0)) return undefined;
  const job = a.commands.filter((x) => x.exec.job === c.exec.job && x.exec.pipeline === c.exec.pipeline);
  const at = job.indexOf(c);
  if (at < 0) return undefined;
  const restoredBy = words.includes('--pull')
    ? c
    : job
        .slice(0, at)
        .reverse()
        .find((x) => pullsOutputs(x, stages));
  if (restoredBy === undefined) return undefined;
  if (job.slice(at + 1).some((x) => KEEPS_OUTPUTS.test(x.argv.join(' ')))) return undefined;
  // An artifact uploaded by a later step of the job keeps the outputs too.
  const steps = c.exec.job.steps;
  const from = steps.indexOf(c.exec.step);
  if (from >= 0 && steps.slice(from + 1).some((st) => /(^|\/)upload-artifact@/.test(st.uses?.value ?? ''))) return undefined;
  return restoredBy;
}

/** `dvc pull` / `dvc checkout` of everything, or of targets among `stages` (a stage name, `dvc.yaml:stage`) or their outputs. */
function pullsOutputs(c: Command, stages: readonly DvcStage[]): boolean {
  if (c.argv[0] !== 'dvc' || (c.argv[1] !== 'pull' && c.argv[1] !== 'checkout')) return false;
  const wd = (c.exec.step.workdir?.value ?? '').replace(/^\.\/|\/+$/g, '').replace(/^\.$/, '');
  const targets: string[] = [];
  for (let i = 2; i < c.argv.length; i++) {
    const w = c.argv[i]!;
    if (/^(-r|--remote|-j|--jobs)$/.test(w)) i++;
    else if (!w.startsWith('-')) targets.push(w);
  }
  if (targets.length === 0) return true;
  return targets.some((t) => {
    const name = t.includes(':') ? t.slice(t.lastIndexOf(':') + 1) : t;
    const path = normal(wd, t.replace(/\.dvc$/, ''));
    return stages.some((s) => s.name === name || s.outs.some((o) => overlaps(path, o)));
  });
}

/** What a DVC pipeline command does for training, when the tool can tell which stages it runs. */
export interface DvcTraining {
  run: DvcRun;
  /** The stages it runs that train (empty: it prepares data or evaluates only). */
  trains: DvcStage[];
  /** When set, the command that restored the trained outputs before the run: it only checks the committed model (see dvcReproducesOnly). */
  restoredBy?: Command;
}

/** The stages a `dvc repro` / `dvc exp run` runs that train, and whether it only reproduces the committed model; undefined when the tool cannot tell which stages it runs. */
export function dvcTraining(a: Analysis, c: Command): DvcTraining | undefined {
  const run = dvcRun(a, c);
  if (run === undefined) return undefined;
  const trains = run.stages.filter((s) => stageTrains(a, s));
  const restoredBy = trains.length > 0 ? dvcReproducesOnly(a, c, trains) : undefined;
  return { run, trains, ...(restoredBy ? { restoredBy } : {}) };
}

const NOT_DVC = TRAINING_COMMANDS.filter((c) => !c.command.test('dvc repro'));

/** A stage trains when its name says so, its command is a training command, or the Python script it runs fits a model itself (an evaluation stage that fits a helper, e.g. permutation importance, does not). */
function stageTrains(a: Analysis, s: DvcStage): boolean {
  if (TRAINING_STAGE_NAME.test(s.name)) return true;
  if (EVALUATION_STAGE_NAME.test(s.name)) return false;
  if (NOT_DVC.some((c) => c.command.test(s.cmd))) return true;
  const script = /(?:^|\s)([\w./-]+\.py)\b/.exec(s.cmd)?.[1];
  if (script === undefined) return false;
  const path = [s.cwd, script]
    .filter((x) => x !== '')
    .join('/')
    .replace(/(^|\/)\.\//g, '$1');
  return isTrainScript(path) || (a.repo.has(path) && findInSource(a.repo, TRAINING_SOURCE, { where: (p) => p === path, limitPerLabel: 1 }).length > 0);
}
