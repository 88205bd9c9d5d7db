import type { SourceRef } from './position.js';
import type { CronSchedule, Job, Step, Workflow } from './github.js';

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
