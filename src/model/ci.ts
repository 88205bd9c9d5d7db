/**
 * The provider-neutral CI model: what every CI system is read into, and what checks read.
 *
 * A provider (src/parse/ci/<provider>/index.ts, listed in CI_PROVIDERS in
 * src/parse/ci/index.ts) is one folder plus its tests. Its `read(repo)` returns a
 * `CiReading`, and this is exactly what it fills:
 * - `pipelines`: one `Pipeline` per configuration file (a workflow, `.gitlab-ci.yml`,
 *   `.circleci/config.yml`, ...):
 *   - `system`, `file`, `at` (where its triggers are written), `env` (located);
 *   - `triggers`: one `PipelineTrigger` per event, its `kind` in the neutral vocabulary
 *     (`TriggerKind`; add the system's event names to `EVENT_KINDS` below), its `original`
 *     name as the system writes it (kept for messages), its place, filters, tags, paths, schedules;
 *   - `jobs`: one `PipelineJob` each, with `needs`, `condition`, `matrix`, `environment`,
 *     `runsOn`, `services`, `env`, `allowFailure`, `calls` (a job that only calls another pipeline) and
 *     its `steps`, every value located;
 *   - each `PipelineStep`: `index` (order in its job), `at`, `runLines` (each line of the
 *     shell script it runs, at its own position; empty when it runs none), `uses` (a
 *     reusable unit it calls: an action, an orb command, a template), `inputs` (what it
 *     passes that unit), `env`, `shell`, `condition`, `allowFailure`, `workdir`;
 *   - only what one system has goes under its own key (GitHub Actions: `github`).
 * - `steps`: every step as CI runs it (`ExecStep`): the root `pipeline` whose triggers start
 *   the run, the `job` and `step` objects of `pipelines` (identity matters: checks compare
 *   them), the `file` the step is written in, the `via` chain of reusable units that led
 *   there and the `callers` (jobs) that called them, its `reach` (`reachOf(pipeline)`,
 *   narrowed by conditions), and `cannotFail` when its failure cannot fail the run.
 *   The command follower (parse/run/) and the checks read these.
 * - `findings`: located problems met while reading (a broken file is a finding, and the
 *   rest is still read).
 * Also: add the system to `CiSystem` below and its event names to `EVENT_KINDS`. A system
 * read into an intermediate tree first (GitLab CI, CircleCI) goes through parse/ci/adapt.ts,
 * which builds the pipeline, job and step objects once and points each `ExecStep` at them.
 * A check that needs structure only one system has (GitHub's `workflow_run` chains,
 * `environment:` protection, `needs:` gates) reads the `github` extras, says so in its
 * meta (`systems`), and works without them for the other systems.
 */
import type { Located, SourceRef } from './position.js';
import type { Finding } from './finding.js';
import type { CronSchedule, Job, LocalAction, Step, Workflow } from './github.js';
import type { RepoIndex } from './repository.js';

/** The CI systems read into this model (one folder each under src/parse/ci/). */
export type CiSystem = 'github-actions' | 'pre-commit-ci' | 'gitlab-ci' | 'circleci';

/**
 * Why a pipeline runs, in words every provider maps its events to:
 * `pull-request` and `push` (a change proposed or landed), `merge-queue`, `schedule`,
 * `release` (a release is published), `manual` (a person starts it), `upstream` (another
 * pipeline finished), `external` (an API call or webhook from outside), `call` (it runs
 * only as a unit another pipeline calls, whose triggers count instead), `activity`
 * (repository activity that checks no change: issues, comments, reviews, stars, a branch or
 * tag created).
 */
export type TriggerKind = 'pull-request' | 'push' | 'merge-queue' | 'schedule' | 'release' | 'manual' | 'upstream' | 'external' | 'call' | 'activity';

/**
 * The CI systems' event names in the neutral vocabulary. A name not listed is `activity`.
 * A provider adds its own names here (the same name means the same kind in every system).
 */
export const EVENT_KINDS: Readonly<Record<string, TriggerKind>> = {
  // GitHub Actions (pre-commit.ci runs on `pull_request`)
  pull_request: 'pull-request',
  pull_request_target: 'pull-request',
  push: 'push',
  merge_group: 'merge-queue',
  schedule: 'schedule',
  release: 'release',
  workflow_dispatch: 'manual',
  workflow_run: 'upstream',
  repository_dispatch: 'external',
  workflow_call: 'call',
};

export function triggerKindOf(event: string): TriggerKind {
  return Object.hasOwn(EVENT_KINDS, event) ? EVENT_KINDS[event]! : 'activity';
}

/** Kinds that start a run with no person involved. */
export const AUTOMATED_KINDS: ReadonlySet<TriggerKind> = new Set(['pull-request', 'push', 'merge-queue', 'schedule', 'release', 'upstream', 'external']);

/** Kinds that check a change before or as it lands. */
export const CHANGE_KINDS: ReadonlySet<TriggerKind> = new Set(['pull-request', 'push', 'merge-queue']);

/** One event that reaches a step: its neutral kind and the name the CI system gives it. */
export interface ReachEvent {
  kind: TriggerKind;
  /** The system's own event name (`pull_request_target`, `merge_request_event`, ...), for messages and the report. */
  original: string;
}

/**
 * How a piece of CI work is reached: the events of the pipeline at the root of the call
 * chain (a composite action's or reusable workflow's steps inherit their caller's).
 */
export interface Reach {
  /** The root pipeline's events, sorted by their original name, each once. */
  events: ReachEvent[];
  /** The schedules, when a `schedule` event is among the events. */
  schedules: CronSchedule[];
  /**
   * Conditions that narrow the events, in words, e.g.
   * `job "gpu" runs only when: contains(github.event.pull_request.labels.*.name, 'gpu')`.
   */
  conditions: string[];
}

/** The reach of a pipeline's own triggers (no condition yet). */
export function reachOf(pipeline: Pipeline): Reach {
  const byName = new Map(pipeline.triggers.map((t) => [t.original, t.kind]));
  const events = [...byName.keys()].sort().map((original): ReachEvent => ({ kind: byName.get(original)!, original }));
  return { events, schedules: pipeline.triggers.flatMap((t) => t.schedules), conditions: [] };
}

/** The original event names of a reach, for messages and evidence. */
export function eventNames(reach: Reach, keep: (e: ReachEvent) => boolean = () => true): string[] {
  return reach.events.filter(keep).map((e) => e.original);
}

export function hasKind(reach: Reach, kind: TriggerKind): boolean {
  return reach.events.some((e) => e.kind === kind);
}

export function isAutomated(reach: Reach): boolean {
  return reach.events.some((e) => AUTOMATED_KINDS.has(e.kind));
}

export function isOnChange(reach: Reach): boolean {
  return reach.events.some((e) => CHANGE_KINDS.has(e.kind));
}

/** Whether an event, by its original name (as evidence carries it), starts runs by itself. */
export function isAutomatedEvent(original: string): boolean {
  return AUTOMATED_KINDS.has(triggerKindOf(original));
}

/** A step as CI runs it: the objects of `pipelines` that run it, where it is written, and how it is reached. */
export interface ExecStep {
  /** The pipeline whose triggers start this run (the root of the chain). */
  pipeline: Pipeline;
  /** The job that runs the step (for a step of a composite unit, the job that called the unit). */
  job: PipelineJob;
  step: PipelineStep;
  /** The file the step is written in (a workflow, a reusable workflow, or a local action.yml). */
  file: string;
  /** The `uses:` lines that led here from the root pipeline, outermost first. */
  via: SourceRef[];
  /**
   * The jobs that called the reusable pipelines that led here, outermost first (empty for a
   * step of the root pipeline): who called a reused workflow is kept, not recovered from
   * line numbers.
   */
  callers: PipelineJob[];
  reach: Reach;
  /** Why the step cannot fail the job, when it cannot (`continue-on-error: true` on the step or job). */
  cannotFail?: CannotFail;
}

/** How a command's failure is swallowed inside its shell line (the place is the command's). */
export type ShellCannotFail =
  /** `cmd || true` (or another command that always succeeds). */
  | { why: 'or-true'; command: string; fallback: string }
  /** `other "$(cmd)"`: the outer command uses the output, not the exit code. */
  | { why: 'substitution'; command: string; inner: string };

/**
 * Why a step or command cannot fail its job, and where the override is written: the
 * step's or job's allow-failure setting (`continue-on-error: true`), a shell operator, a
 * pipe without pipefail, or a task runner told to ignore a line's failure (`-` in make,
 * just and tox).
 */
export type CannotFail =
  | { why: 'continue-on-error'; at: SourceRef; scope: 'step' }
  | { why: 'continue-on-error'; at: SourceRef; scope: 'job'; job: string }
  | (ShellCannotFail & { at: SourceRef })
  | { why: 'pipe'; at: SourceRef; into: string }
  | { why: 'ignored-by-runner'; at: SourceRef; runner: 'make' | 'just' | 'tox' }
  /** A CI system's own rule (GitLab `allow_failure`, `after_script`; CircleCI `background`), worded by its provider. */
  | { why: 'ignored-by-ci'; at: SourceRef; words: string };

export type CannotFailWhy = CannotFail['why'];

/** A cannot-fail reason in words, e.g. `step has "continue-on-error: true" (ci.yml:12)`. */
export function describeCannotFail(c: CannotFail): string {
  switch (c.why) {
    case 'continue-on-error':
      return `${c.scope === 'job' ? `job "${c.job}"` : 'step'} has "continue-on-error: true" (${c.at.file}:${c.at.line})`;
    case 'or-true':
      return `"${c.command} || ${c.fallback}" ignores its exit code`;
    case 'substitution':
      return `the output of "${c.inner}" is used by "${c.command}", so its exit code is ignored`;
    case 'pipe':
      return `its output is piped into \`${c.into}\`, and without pipefail the step's status is that of \`${c.into.split(/\s+/)[0] ?? ''}\``;
    case 'ignored-by-ci':
      return c.words;
    case 'ignored-by-runner':
      return c.runner === 'make'
        ? `the recipe line ${c.at.file}:${c.at.line} starts with "-", so make ignores its failure`
        : c.runner === 'just'
          ? `the just recipe line ${c.at.file}:${c.at.line} starts with "-", so just ignores its failure`
          : `the tox command at ${c.at.file}:${c.at.line} starts with "-", so tox ignores its failure`;
  }
}

/** One command that CI executes, found in a step's run lines or by following it (a script, a Makefile target, a tox env ...). */
export interface Command {
  /** The command text, continuations joined. */
  text: string;
  /** Words after shell-like splitting; environment assignments and wrappers such as `uv run` removed. */
  argv: string[];
  /** Where this command is written. */
  at: SourceRef;
  /** The chain from the run line to here, outermost first (empty when written directly in the step). */
  via: SourceRef[];
  /** The step whose run lines lead here. */
  exec: ExecStep;
  /** Why the command cannot fail the job (`|| true`, or inherited from the step). */
  cannotFail?: CannotFail;
}

/**
 * Why the tool could not see what a step runs (CHECKLIST §2, "What the tool could not follow"):
 * `missing-script`: the script or job file it names is not in the repository;
 * `undefined-target`: the make/just/mise/nox/npm/poe file it names defines no such target;
 * `unknown-runner`: a task runner the tool does not read (invoke, bazel, nx ...);
 * `remote-job`: a job handed to a remote service whose definition is not in the repository.
 */
export type UnfollowedKind = 'missing-script' | 'undefined-target' | 'unknown-runner' | 'remote-job';

/** A command CI runs whose content the tool could not see, at its own line. */
export interface UnfollowedCommand {
  command: Command;
  kind: UnfollowedKind;
  /** Why, in a short sentence. */
  reason: string;
}

export interface PipelineTrigger {
  kind: TriggerKind;
  /** The provider's own event name (`pull_request_target`, `merge_request_event`, ...), kept for messages. */
  original: string;
  at: SourceRef;
  /** Branch, tag or path filters as written. */
  filters: string[];
  /** The tag filters (a push of a matching tag starts it), as written. */
  tags: string[];
  /** The path filters (a change under one of them starts it), as written. */
  paths: string[];
  schedules: CronSchedule[];
}

/** A unit of work a job runs. */
export interface PipelineStep {
  /** 0-based order in its job or composite unit; -1 for the call of a job that only calls another pipeline. */
  index: number;
  at: SourceRef;
  name?: Located<string>;
  /** Each line of the shell script the step runs (continuations not yet joined), at its own position. */
  runLines: Located<string>[];
  /** A reusable unit the step calls (an action, an orb command, an included template). */
  uses?: Located<string>;
  /** What the step passes the unit it calls (`with:`, orb parameters). */
  inputs: Record<string, Located<string>>;
  env: Record<string, Located<string>>;
  /** The shell named for the run lines, when one is. */
  shell?: Located<string>;
  condition?: Located<string>;
  /** The step's failure does not fail its job. */
  allowFailure: boolean;
  workdir?: Located<string>;
  github?: { step: Step };
}

export interface MatrixDimension {
  name: string;
  values: string[];
  at: SourceRef;
}

/** A job run once per combination of values. */
export interface PipelineMatrix {
  at: SourceRef;
  axes: MatrixDimension[];
  /** Number of extra combinations listed one by one (`include:` entries). */
  include: number;
  /** Set when the matrix (or an axis) is computed by an expression the tool cannot evaluate. */
  expression?: string;
}

export interface PipelineJob {
  id: string;
  at: SourceRef;
  name?: string;
  /** Jobs that must finish first. */
  needs: Located<string>[];
  condition?: Located<string>;
  matrix?: PipelineMatrix;
  /** The deployment environment the job targets (protection rules and secrets hang on it). */
  environment?: Located<string>;
  /** Runner labels or images the job runs on. */
  runsOn: Located<string>[];
  /** Service containers started beside the job (databases, brokers ...). */
  services: Located<string>[];
  env: Record<string, Located<string>>;
  allowFailure: boolean;
  /** A job that only calls another pipeline (a reusable workflow, a child pipeline). */
  calls?: Located<string>;
  steps: PipelineStep[];
  github?: { job: Job };
}

export interface Pipeline {
  system: CiSystem;
  /** The configuration file, relative to the root. */
  file: string;
  /** Every file read for it when it includes others (GitLab `include:` of local files), `file` first. */
  files?: string[];
  /** A pipeline started by another's job (a GitLab child pipeline): where that job starts it. */
  startedBy?: SourceRef;
  name?: string;
  /** Where the triggers are written (the file's start when nowhere). */
  at: SourceRef;
  triggers: PipelineTrigger[];
  env: Record<string, Located<string>>;
  jobs: PipelineJob[];
  github?: { workflow: Workflow };
}

export interface CiReading {
  pipelines: Pipeline[];
  steps: ExecStep[];
  findings: Finding[];
  /** GitHub Actions as parsed, filled by its provider only. */
  github?: { workflows: Workflow[]; actions: LocalAction[] };
  /**
   * Another system's pipelines in the workflow shape `ExecStep.workflow` points at (each
   * with its `provider`), so the checks and report parts that still read workflows see them.
   */
  adapted?: Workflow[];
}

/** One CI system: how to find and read its configuration. */
export interface CiProvider {
  id: CiSystem;
  /** The name users know it by. */
  title: string;
  read(repo: RepoIndex): CiReading;
}
