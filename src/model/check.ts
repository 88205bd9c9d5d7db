import type { CiSystem } from './ci.js';
import type { Finding } from './finding.js';
import type { Position, SourceRef } from './position.js';
import type { Profile } from './profile.js';

export const PHASES = ['devops', 'data', 'training', 'evaluation', 'packaging', 'deployment', 'monitoring'] as const;
export type PhaseId = (typeof PHASES)[number];

export const PHASE_TITLES: Record<PhaseId, string> = {
  devops: 'DevOps foundation',
  data: 'Data',
  training: 'Training',
  evaluation: 'Evaluation',
  packaging: 'Packaging',
  deployment: 'Deployment',
  monitoring: 'Monitoring',
};

export const DEFAULT_WEIGHTS: Record<PhaseId, number> = {
  devops: 30,
  data: 12,
  training: 14,
  evaluation: 14,
  packaging: 10,
  deployment: 10,
  monitoring: 10,
};

/** Item ids are derived from the registry of checks (checks/index.ts): one row there adds one. */
export type ItemId = import('../checks/index.js').ItemId;

/**
 * What a check concludes. `not-applicable` and `error` are left out of the score: the first
 * because the item does not apply, the second because the check failed with an internal
 * error and could not decide (shown as such, never counted as 0 or as not applicable).
 */
export type Verdict = 'automated' | 'present' | 'absent' | 'not-applicable' | 'error';

export const VERDICT_POINTS: Record<Exclude<Verdict, 'not-applicable' | 'error'>, number> = {
  automated: 1,
  present: 0.5,
  absent: 0,
};

/** What a check states about itself: the checklist row, and what to do about a gap. */
export interface ItemMeta<Id extends string = ItemId> {
  id: Id;
  phase: PhaseId;
  title: string;
  /** The practice as the checklist states it (Markdown; docs/checklist.md §3 is generated from it). */
  practice: string;
  /** Typical evidence, not exhaustive (Markdown; the third column of docs/checklist.md §3). */
  typicalEvidence: string;
  /** What to do when the item is not automated, one or two sentences. */
  remediation: string;
  /** A short YAML or shell example of the smallest next step. */
  example?: string;
  /**
   * How a step that cannot fail (`continue-on-error`, `|| true`) counts when the config's
   * extra patterns match it: `warn` (the default) counts it with a warning; `excluded`
   * does not count it (an item about failing the build, such as quality-gate).
   */
  cannotFail?: 'warn' | 'excluded';
  /**
   * Another item whose verdict also meets this one for the listed profiles (CHECKLIST §5:
   * an ML library's training simulations exercise its training feature). Applied by
   * score/applicability.ts, never lowering a verdict.
   */
  creditedBy?: { item: ItemId; what: string; profiles: readonly Profile[] };
  /**
   * The CI systems whose own structure (beyond the neutral model of model/ci.ts) the check
   * reads, each with what it reads there, e.g. `{ 'github-actions': 'workflow_run chains' }`.
   * On the other systems that part of the check sees nothing and the rest still runs.
   * Absent when the check reads only the neutral model.
   */
  systems?: { readonly [S in CiSystem]?: string };
}

/** A piece of evidence: a place and what was seen there, with the events that reach it. */
export interface Evidence {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Where the place ends, when its reader knows (a `uses:` value, a YAML scalar). */
  end?: Position;
  /** Events of the workflows that run it (empty for repository files no workflow runs). */
  triggers: string[];
  /** Conditions that narrow when it runs (a job's `if:` on labels, ...), in words (with the run-by and called-from below). */
  conditions?: string[];
  /** What runs the place when CI does not run it directly (a command, an action, a service), and where. */
  runBy?: RunBy[];
  /** For a place in a reused workflow or action: the `uses:` in the root pipeline that calls it. */
  calledFrom?: SourceRef;
}

/** What runs a piece of evidence that CI does not run directly: a command, an action or a service, and where. */
export type RunBy = { runner: string; at: SourceRef } | { service: 'pre-commit.ci' } | { action: string; at: SourceRef };

export interface ItemResult {
  id: ItemId;
  verdict: Verdict;
  /** One sentence: why this verdict (for `absent`, what was looked for). */
  reason: string;
  evidence: Evidence[];
  /** Findings the check wants shown (a step that cannot fail, ...). */
  findings: Finding[];
}
