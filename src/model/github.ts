/** GitHub Actions structure as parsed: workflows, jobs, steps, triggers, local actions. GitHub-only; checks read the neutral model (model/ci.ts) and reach here only through its `github` extras. */
import type { Located, Position } from './position.js';

/** A `schedule` entry: the cron text, its meaning in words, and its line. */
export interface CronSchedule {
  cron: string;
  description: string;
  pos: Position;
}

/** One event under `on:`, with the filters the tool reads. */
export interface Trigger {
  /** The event name as written (`push`, `pull_request`, `schedule`, `workflow_dispatch`, ...). */
  event: string;
  pos: Position;
  branches: Located<string>[];
  branchesIgnore: Located<string>[];
  tags: Located<string>[];
  paths: Located<string>[];
  pathsIgnore: Located<string>[];
  types: Located<string>[];
  /** `schedule` only. */
  crons: CronSchedule[];
  /** `workflow_run` only: the workflows it follows. */
  workflows: Located<string>[];
}

export interface MatrixAxis {
  name: string;
  values: string[];
  pos: Position;
}

export interface Matrix {
  pos: Position;
  axes: MatrixAxis[];
  /** Number of `include` entries. */
  include: number;
  /** Set when the matrix (or an axis) is an expression such as `${{ fromJSON(...) }}`. */
  expression?: string;
}

export interface Step {
  /** 0-based index in its job or composite action. */
  index: number;
  pos: Position;
  id?: Located<string>;
  name?: Located<string>;
  uses?: Located<string>;
  run?: Located<string>;
  /** Each line of `run:` (continuations not yet joined) with its own position. */
  runLines: Located<string>[];
  shell?: Located<string>;
  with: Record<string, Located<string>>;
  env: Record<string, Located<string>>;
  if?: Located<string>;
  /** `true`, `false`, or an expression. */
  continueOnError?: Located<string>;
  workingDirectory?: Located<string>;
}

export interface Job {
  id: string;
  pos: Position;
  name?: Located<string>;
  needs: Located<string>[];
  if?: Located<string>;
  runsOn: Located<string>[];
  matrix?: Matrix;
  environment?: Located<string>;
  continueOnError?: Located<string>;
  services: Located<string>[];
  container?: Located<string>;
  permissions?: Located<string>;
  /** A reusable workflow this job calls instead of having steps. */
  uses?: Located<string>;
  with: Record<string, Located<string>>;
  env: Record<string, Located<string>>;
  steps: Step[];
}

export interface Workflow {
  /** Path relative to the repository root. */
  file: string;
  /** The CI system that runs it, when not GitHub Actions (a GitLab CI or CircleCI pipeline adapted to this model). */
  provider?: 'gitlab-ci' | 'circleci';
  name?: Located<string>;
  /** Where `on:` stands (the workflow's start when it is missing). */
  onPos: Position;
  triggers: Trigger[];
  env: Record<string, Located<string>>;
  jobs: Job[];
}

/** A local action (`uses: ./path`), read from its action.yml. */
export interface LocalAction {
  /** Directory relative to the root, as referenced (normalised, no leading ./). */
  dir: string;
  /** The action.yml/action.yaml path. */
  file: string;
  name?: Located<string>;
  /** `runs.using`: `composite`, `node24`, `docker`, ... */
  using: string;
  steps: Step[];
}
