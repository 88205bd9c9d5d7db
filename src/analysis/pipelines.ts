/** What DVC declares: the stages of its pipelines (read once, in analyzeRepository) and the outputs `.dvc` files track (read once per run, on first use). */
import { readDvcOuts, type DvcOut, type DvcStage } from '../parse/dvc.js';
import type { Command } from '../model/ci.js';
import type { Analysis } from './analyze.js';
import { findInSource } from './code-search.js';
import { earlierInJob, laterInJob, stepFolder } from './ci.js';
import { joinPath } from '../parse/run/tasks/types.js';
import { isTrainScript, DATA_STAGE_NAME, EVALUATION_STAGE_NAME, TRAINING_COMMANDS, TRAINING_SOURCE, TRAINING_STAGE_NAME } from '../vocabulary/training-pipeline.js';
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
const DVC_NEUTRAL_VALUED = new Set(['-S', '--set-param', '-n', '--name', '-m', '--message', '-j', '--jobs', '-C', '--copy-paths']);

/**
 * The stages a DVC pipeline command runs: its targets (stage names, `path/dvc.yaml:stage`, a dvc.yaml) and their upstream
 * stages through `deps:`/`outs:` (only the target with `-s`), from the dvc.yaml of the step's working directory (the root
 * by default). Undefined when the tool cannot tell: no such dvc.yaml or stage, templated stages, an option it does not
 * know, `--downstream`, `--queue` (queued, not run), `-R`, `-P`, `--glob`, a `cd` before it in the step, or a script in
 * a subfolder holding it.
 */
export function dvcRun(a: Analysis, c: Command): DvcRun | undefined {
  const words = c.argv[1] === 'repro' ? c.argv.slice(2) : c.argv[1] === 'exp' && c.argv[2] === 'run' ? c.argv.slice(3) : undefined;
  if (words === undefined) return undefined;
  // The folder it runs in is the step's working directory, unless a `cd` before it in the step moved elsewhere, or it is
  // written in a script or task file in a subfolder (which may run there): then which dvc.yaml it reads is not known.
  const step = a.commands.filter((x) => x.exec.step === c.exec.step);
  if (step.slice(0, Math.max(0, step.indexOf(c))).some((x) => x.argv[0] === 'cd' || x.argv[0] === 'pushd')) return undefined;
  if (c.via.length > 0 && c.at.file.includes('/') && !c.at.file.startsWith('.github/')) return undefined;
  const wd = stepFolder(c);
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
    const file = colon > 0 ? joinPath(wd, n.slice(0, colon)) : /(^|\/)dvc\.ya?ml$/.test(n) ? joinPath(wd, n) : defaultFile;
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

/** A dependency is produced by an output when one path is the other or lies inside it. */
function overlaps(dep: string, out: string): boolean {
  return dep === out || dep.startsWith(`${out}/`) || out.startsWith(`${dep}/`);
}

/**
 * What may follow a DVC run in its job without keeping what the run makes: reports, metric and plot reads, comments,
 * tests, local file shuffling. Anything else (a script, an upload, a commit, an action the tool does not know) may keep
 * the outputs, so the run is not judged "only reproducing".
 */
const READ_ONLY_AFTER =
  /^(dvc (metrics|plots|params|exp show|exp diff|status|dag|diff|version|doctor)|cml (comment|send-comment|publish|report|ci|check)|cml-send-comment|cml-publish|echo|printf|cat|ls|head|tail|wc|tee|mkdir|cp|mv|rm|sed|awk|jq|json5|vl2svg|vl2png|vg2png|git (fetch|diff|log|status|rev-parse|show|checkout)|pytest|python[0-9.]* -m pytest)\b/;
const READ_ONLY_USES = /^(actions\/(checkout|download-artifact|cache\/restore)|[\w.-]+\/setup-[\w.-]+|[\w.-]+\/[\w.-]*comment[\w.-]*)@/;

/**
 * Whether a DVC run that reaches training `stages` only reproduces the committed model: earlier in its job and in the
 * same folder a `dvc pull` (no target, or one naming those stages or their outputs), or its own `--pull`, restored their
 * outputs, so DVC re-runs them only when dvc.lock is stale; and the rest of the job only reports (`READ_ONLY_AFTER`,
 * setup, checkout and comment actions), so nothing such a re-run makes is kept. `--force` always re-runs. Only GitHub
 * Actions jobs are judged: GitLab `artifacts:` and CircleCI `store_artifacts` are not modelled. Gives the command that
 * restored the outputs.
 */
export function dvcReproducesOnly(a: Analysis, c: Command, stages: readonly DvcStage[]): Command | undefined {
  const words = c.argv;
  if (c.exec.pipeline.system !== 'github-actions') return undefined;
  // A stage with no declared outputs has nothing to restore: whether DVC re-runs it is not a question of pulled outputs.
  if (words.includes('-f') || words.includes('--force') || stages.length === 0 || stages.some((s) => s.outs.length === 0)) return undefined;
  const restoredBy = words.includes('--pull')
    ? c
    : earlierInJob(a, c)
        .reverse()
        .find((x) => stepFolder(x) === stepFolder(c) && pullsOutputs(x, stages));
  if (restoredBy === undefined) return undefined;
  if (!laterInJob(a, c).every((x) => READ_ONLY_AFTER.test(x.argv.join(' ')))) return undefined;
  const steps = c.exec.job.steps;
  const from = steps.indexOf(c.exec.step);
  if (from < 0 || !steps.slice(from + 1).every((st) => st.uses === undefined || READ_ONLY_USES.test(st.uses.value))) return undefined;
  return restoredBy;
}

/** `dvc pull` of everything, or of targets among `stages` (a stage name, `dvc.yaml:stage`) or their outputs. */
function pullsOutputs(c: Command, stages: readonly DvcStage[]): boolean {
  if (c.argv[0] !== 'dvc' || c.argv[1] !== 'pull') return false;
  const wd = stepFolder(c);
  const targets: string[] = [];
  for (let i = 2; i < c.argv.length; i++) {
    const w = c.argv[i]!;
    if (/^(-r|--remote|-j|--jobs)$/.test(w)) i++;
    else if (!w.startsWith('-')) targets.push(w);
  }
  if (targets.length === 0) return true;
  return targets.some((t) => {
    const name = t.includes(':') ? t.slice(t.lastIndexOf(':') + 1) : t;
    const path = joinPath(wd, t.replace(/\.dvc$/, ''));
    return stages.some((s) => s.name === name || (path !== undefined && s.outs.some((o) => overlaps(path, o))));
  });
}

/** What a DVC pipeline command does for training, when the tool can tell which stages it runs and whether they train. */
export interface DvcTraining {
  run: DvcRun;
  /** The stages it runs that train (empty: it prepares data or evaluates only). */
  trains: DvcStage[];
  /** When set, the command that restored the trained outputs before the run: it only checks the committed model (see dvcReproducesOnly). */
  restoredBy?: Command;
}

/**
 * The stages a `dvc repro` / `dvc exp run` runs that train, and whether it only reproduces the committed model; undefined
 * when the tool cannot tell: the stages it runs are unknown, or none is known to train while one could (a script that is
 * not in the repository, a command that runs no Python script it can read).
 */
export function dvcTraining(a: Analysis, c: Command): DvcTraining | undefined {
  if (!isDvcPipelineRun(c)) return undefined;
  const cache = runIndex(a.repo).dvcTraining;
  let got = cache.get(c);
  if (got === undefined) cache.set(c, (got = { value: judgeDvcTraining(a, c) }));
  return got.value;
}

/**
 * Whether a command (a task such as `make repro`) leads to a DVC run the tool judged to train nothing new (no training
 * stage, or only reproducing the restored model): such a task is that run, and its own name says nothing more.
 */
export function wrapsSettledDvcRun(a: Analysis, c: Command): boolean {
  const ix = runIndex(a.repo);
  let settled = ix.settledDvcWrappers.get(a);
  if (settled === undefined) {
    const keys = new Set<string>();
    for (const x of a.commands) {
      const t = isDvcPipelineRun(x) && x.via.length > 0 ? dvcTraining(a, x) : undefined;
      if (t && (t.trains.length === 0 || t.restoredBy)) for (const v of x.via) keys.add(`${v.file}:${v.line}:${v.column}`);
    }
    ix.settledDvcWrappers.set(a, (settled = keys));
  }
  return settled.size > 0 && !isDvcPipelineRun(c) && settled.has(`${c.at.file}:${c.at.line}:${c.at.column}`);
}

function judgeDvcTraining(a: Analysis, c: Command): DvcTraining | undefined {
  const run = dvcRun(a, c);
  if (run === undefined) return undefined;
  const verdicts = run.stages.map((s) => stageTraining(a, s));
  const trains = run.stages.filter((_, i) => verdicts[i] === 'trains');
  if (trains.length === 0 && verdicts.includes('unknown')) return undefined;
  const restoredBy = trains.length > 0 ? dvcReproducesOnly(a, c, trains) : undefined;
  return { run, trains, ...(restoredBy ? { restoredBy } : {}) };
}

/** `dvc repro` or `dvc exp run`. */
export function isDvcPipelineRun(c: Command): boolean {
  return c.argv[0] === 'dvc' && (c.argv[1] === 'repro' || (c.argv[1] === 'exp' && c.argv[2] === 'run'));
}

const NOT_DVC = TRAINING_COMMANDS.filter((c) => !c.command.test('dvc repro'));

/**
 * Whether a stage trains: its name says so (unless it also names data work, like `train_test_split`), its command is a
 * training command, or a Python script it runs (a path or `-m module`) fits a model itself. It does not when its name says
 * it evaluates or reports, or when every script it runs is in the repository and fits nothing. Otherwise the tool cannot
 * tell: a missing script, a command with no Python script (papermill, R, a shell script), an interpolated command.
 */
function stageTraining(a: Analysis, s: DvcStage): 'trains' | 'no' | 'unknown' {
  if (TRAINING_STAGE_NAME.test(s.name) && !DATA_STAGE_NAME.test(s.name)) return 'trains';
  if (NOT_DVC.some((c) => c.command.test(s.cmd))) return 'trains';
  if (EVALUATION_STAGE_NAME.test(s.name)) return 'no';
  if (s.cmd.includes('${')) return 'unknown';
  const scripts = [...s.cmd.matchAll(/(?:^|\s)-m\s+([A-Za-z_][\w.]*)|(?:^|\s)([\w./-]+\.py)\b/g)].map((m) => (m[1] ? `${m[1].replace(/\./g, '/')}.py` : m[2]!));
  if (scripts.length === 0) return 'unknown';
  let unknown = false;
  for (const script of scripts) {
    const path = [s.cwd, script]
      .filter((x) => x !== '')
      .join('/')
      .replace(/(^|\/)\.\//g, '$1');
    if (isTrainScript(path)) return 'trains';
    if (!a.repo.has(path)) unknown = true;
    else if (findInSource(a.repo, TRAINING_SOURCE, { files: [path], limitPerLabel: 1 }).length > 0) return 'trains';
  }
  return unknown ? 'unknown' : 'no';
}
