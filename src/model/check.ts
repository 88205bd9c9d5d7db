import type { Finding } from './finding.js';

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

export const ITEM_IDS = [
  'change-triggers',
  'lint',
  'unit-tests',
  'integration-tests',
  'multi-environment',
  'security-scan',
  'build',
  'release',
  'data-versioning',
  'data-validation',
  'training-pipeline',
  'training-tests',
  'experiment-tracking',
  'reproducibility',
  'model-evaluation',
  'quality-gate',
  'behavioral-tests',
  'model-serialization',
  'model-packaging',
  'model-registry',
  'model-deployment',
  'serving-tests',
  'drift-monitoring',
  'continuous-training',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export type Verdict = 'automated' | 'present' | 'absent' | 'not-applicable';

export const VERDICT_POINTS: Record<Exclude<Verdict, 'not-applicable'>, number> = {
  automated: 1,
  present: 0.5,
  absent: 0,
};

/** What a check states about itself: the checklist row, and what to do about a gap. */
export interface ItemMeta {
  id: ItemId;
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
}

/** A piece of evidence: a place and what was seen there, with the events that reach it. */
export interface Evidence {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Events of the workflows that run it (empty for repository files no workflow runs). */
  triggers: string[];
  /** Conditions that narrow when it runs (a job's `if:` on labels, ...). */
  conditions?: string[];
}

export interface ItemResult {
  id: ItemId;
  verdict: Verdict;
  /** One sentence: why this verdict (for `absent`, what was looked for). */
  reason: string;
  evidence: Evidence[];
  /** Findings the check wants shown (a step that cannot fail, ...). */
  findings: Finding[];
}
