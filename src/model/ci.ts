/**
 * The provider-neutral CI model: what every CI system is read into, and what checks read.
 *
 * A provider (src/parse/ci/<provider>/index.ts, listed in CI_PROVIDERS in
 * src/parse/ci/index.ts) is one folder plus its tests. Its `read(repo)` must fill a
 * `CiReading`:
 * - `pipelines`: one `Pipeline` per configuration file (a workflow, `.gitlab-ci.yml`,
 *   `.circleci/config.yml`, ...), with
 *   - `triggers` in the neutral vocabulary (`TriggerKind`), each keeping the provider's own
 *     event name in `original` (for messages) and its place;
 *   - `jobs`, each with its `steps` (a step runs a command in `run`, or calls a reusable
 *     unit in `uses`), its condition, `needs`, matrix axes, deployment environment,
 *     `allowFailure` and working directory, all with places;
 *   - anything only that system has under its own key (GitHub Actions: `github`).
 * - `steps`: every step as CI runs it (`ExecStep`), with the `Reach` of its root pipeline
 *   (events, schedules, conditions) and, for a step reached through a reusable unit, the
 *   callers that led there. The command follower (parse/run/) and the checks read these.
 * - `findings`: located problems met while reading (a broken file is a finding, and the
 *   rest is still read).
 * A check that needs structure only one system has reads its extras (`github`) and works
 * without them for the other systems.
 */
import type { SourceRef } from './position.js';
import type { Finding } from './finding.js';
import type { CronSchedule, Job, LocalAction, Step, Workflow } from './github.js';
import type { RepoIndex } from './repository.js';

/**
 * How a piece of CI work is reached: the events of the workflow at the root of the call
 * chain (a composite action's or reusable workflow's steps inherit their caller's).
 */
export interface Reach {
  /** Event names of the root workflow (`push`, `pull_request`, `schedule`, ...), sorted. */
  events: string[];
  /** The schedules, when `schedule` is among the events. */
  schedules: CronSchedule[];
  /**
   * Conditions that narrow the events, in words, e.g.
   * `job "gpu" runs only when: contains(github.event.pull_request.labels.*.name, 'gpu')`.
   */
  conditions: string[];
}

/** A step as CI runs it: where it is written, which workflow and job run it, and how it is reached. */
export interface ExecStep {
  /** The workflow whose triggers start this run (the root of the chain). */
  workflow: Workflow;
  /** The job that runs the step (in the file where the step is written). */
  job: Job;
  step: Step;
  /** The file the step is written in (a workflow, a reusable workflow, or a local action.yml). */
  file: string;
  /** The `uses:` lines that led here from the root workflow, outermost first. */
  via: SourceRef[];
  /**
   * The jobs whose `uses:` called the reusable workflows that led here, outermost first
   * (empty for a step of the root workflow): who called a reused workflow is kept, not
   * recovered from line numbers.
   */
  callers: Job[];
  reach: Reach;
  /** Why the step cannot fail the job, when it cannot (`continue-on-error: true` on the step or job). */
  cannotFail?: string;
}

/** One command that CI executes, found in a `run:` script or by following it (a script, a Makefile target, a tox env ...). */
export interface Command {
  /** The command text, continuations joined. */
  text: string;
  /** Words after shell-like splitting; environment assignments and wrappers such as `uv run` removed. */
  argv: string[];
  /** Where this command is written. */
  at: SourceRef;
  /** The chain from the `run:` line to here, outermost first (empty when written directly in `run:`). */
  via: SourceRef[];
  /** The step whose `run:` leads here. */
  exec: ExecStep;
  /** Why the command cannot fail the job (`|| true`, or inherited from the step). */
  cannotFail?: string;
}

export const AUTOMATED_EVENTS: ReadonlySet<string> = new Set([
  'push',
  'pull_request',
  'pull_request_target',
  'merge_group',
  'schedule',
  'release',
  'workflow_run',
  'repository_dispatch',
]);

/** Events that check a change before or as it lands. */
export const CHANGE_EVENTS: ReadonlySet<string> = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group']);

export function isAutomated(reach: Reach): boolean {
  return reach.events.some((e) => AUTOMATED_EVENTS.has(e));
}

export function isOnChange(reach: Reach): boolean {
  return reach.events.some((e) => CHANGE_EVENTS.has(e));
}

/** The CI systems read into this model (one folder each under src/parse/ci/). */
export type CiSystem = 'github-actions' | 'pre-commit-ci' | 'gitlab-ci' | 'circleci';

/**
 * Why a pipeline runs, in words every provider maps its events to:
 * `pull-request` and `push` (a change proposed or landed), `merge-queue`, `schedule`,
 * `release` (a tag or release), `manual` (a person starts it), `upstream` (another
 * pipeline finished or called it), `external` (an API call or webhook from outside).
 */
export type TriggerKind = 'pull-request' | 'push' | 'merge-queue' | 'schedule' | 'release' | 'manual' | 'upstream' | 'external';

export interface PipelineTrigger {
  kind: TriggerKind;
  /** The provider's own event name (`pull_request_target`, `merge_request_event`, ...), kept for messages. */
  original: string;
  at: SourceRef;
  /** Branch, tag or path filters as written. */
  filters: string[];
  schedules: CronSchedule[];
}

/** A unit of work a pipeline runs. */
export interface PipelineStep {
  at: SourceRef;
  name?: string;
  /** The command text run by a shell, when the step runs one. */
  run?: string;
  /** A reusable unit the step calls (an action, an orb command, an included template). */
  uses?: string;
  env: Record<string, string>;
  condition?: string;
  /** The step's failure does not fail its job. */
  allowFailure: boolean;
  workdir?: string;
}

export interface MatrixDimension {
  name: string;
  values: string[];
  at: SourceRef;
}

export interface PipelineJob {
  id: string;
  at: SourceRef;
  name?: string;
  /** Jobs that must finish first. */
  needs: string[];
  condition?: string;
  matrix: MatrixDimension[];
  /** The deployment environment the job targets (protection rules and secrets hang on it). */
  environment?: string;
  allowFailure: boolean;
  workdir?: string;
  /** A job that only calls another pipeline (a reusable workflow, a child pipeline). */
  calls?: string;
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
  triggers: PipelineTrigger[];
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
