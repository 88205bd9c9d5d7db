/**
 * The intermediate tree the GitLab CI and CircleCI providers build: pipelines, jobs and
 * steps with positions in the file each piece is written in, and the events that start
 * each job in a neutral vocabulary with the provider's own word kept for messages.
 * `adapt.ts` turns it into the execution model the checks read.
 */
import type { Finding } from '../../model/finding.js';
import type { Located, Position, SourceRef } from '../../model/position.js';
import type { CronSchedule, Matrix } from '../../model/github.js';

export type TreeSystem = 'gitlab-ci' | 'circleci';

/** The CI systems, as named to people. */
export const PROVIDER_NAMES: Readonly<Record<TreeSystem, string>> = { 'gitlab-ci': 'GitLab CI', circleci: 'CircleCI' };

/** What starts a job, in neutral words (GitHub's `pull_request` is `pull-request`, GitLab's tag pipelines are `release`). */
export type TriggerKind = 'pull-request' | 'push' | 'schedule' | 'release' | 'manual' | 'upstream';

export interface CiTrigger {
  kind: TriggerKind;
  /** The provider's own word: `merge_request_event`, `tags`, `web`, `schedule`, `every push` ... */
  original: string;
  /** Where the trigger is decided (a rule, a filter, a workflow's triggers); the job or file start when implicit. */
  at: SourceRef;
  /** Schedules written in the file (CircleCI); GitLab keeps its schedules outside the repository. */
  crons: CronSchedule[];
}

export interface CiStep {
  /** 0-based index in its job. */
  index: number;
  kind: 'script' | 'checkout' | 'orb' | 'other';
  /** A step's name (CircleCI `name:`, GitLab `script` / `before_script` / `after_script`). */
  name?: string;
  /** The file the step's lines are written in (an included file, the file of a command's definition ...). */
  file: string;
  pos: Position;
  /** Each command line, with its own position in `file`. */
  lines: Located<string>[];
  /** How the job reaches this step when it is written elsewhere (`!reference`, `extends`, a command, an orb), outermost first. */
  via: SourceRef[];
  /** An orb command or other named step as written (`python/install-packages`, `checkout`). */
  uses?: Located<string>;
  with: Record<string, Located<string>>;
  env: Record<string, Located<string>>;
  workdir?: Located<string>;
  /** Why the step cannot fail the job (`after_script`, `allow_failure`, `when: always` ...). */
  cannotFail?: string;
  /** Conditions that narrow when the step runs, in words (CircleCI `when:` steps). */
  conditions: string[];
}

export interface CiJob {
  id: string;
  name?: string;
  /** Where the job is defined (its key). */
  file: string;
  pos: Position;
  stage?: Located<string>;
  steps: CiStep[];
  needs: Located<string>[];
  image?: Located<string>;
  services: Located<string>[];
  /** The deployment environment (GitLab `environment:`, a CircleCI context is not one). */
  environment?: Located<string>;
  matrix?: Matrix;
  /** `allow_failure: true` (or exit codes): the job's failure does not fail the pipeline. */
  allowFailure?: Located<string>;
  /** Where the job is made to wait for a person (`when: manual`, an approval job it requires). */
  manual?: Located<string>;
  triggers: CiTrigger[];
  /** Conditions that narrow the triggers, in words. */
  conditions: string[];
  /** Test reports the job publishes (`artifacts:reports:junit`, `store_test_results`). */
  reports: Located<string>[];
  env: Record<string, Located<string>>;
  /** A child pipeline the job starts (`trigger:`), with the file it reads. */
  child?: { file: string; at: SourceRef };
}

export interface CiPipeline {
  provider: TreeSystem;
  /** The file the pipeline starts from. */
  file: string;
  name: string;
  pos: Position;
  jobs: CiJob[];
  /** The files read for it (included files), root first. */
  files: string[];
  /** For a child pipeline: the `trigger:` that starts it. */
  via: SourceRef[];
}

export interface ProviderResult {
  pipelines: CiPipeline[];
  findings: Finding[];
}

/** The neutral kinds, in the order they are listed. */
export const TRIGGER_ORDER: readonly TriggerKind[] = ['pull-request', 'push', 'schedule', 'release', 'upstream', 'manual'];

/** The triggers of a pipeline: each kind once (the first place it is decided), in TRIGGER_ORDER. */
export function triggersOfPipeline(p: CiPipeline): CiTrigger[] {
  const byKind = new Map<TriggerKind, CiTrigger>();
  for (const j of p.jobs) {
    for (const t of j.triggers) {
      const kept = byKind.get(t.kind);
      if (!kept) byKind.set(t.kind, { ...t, crons: [...t.crons] });
      else for (const c of t.crons) if (!kept.crons.some((k) => k.cron === c.cron)) kept.crons.push(c);
    }
  }
  return TRIGGER_ORDER.filter((k) => byKind.has(k)).map((k) => byKind.get(k)!);
}
