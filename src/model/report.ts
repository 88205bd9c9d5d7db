/**
 * The JSON report: a stable contract (schema/report.schema.json describes it; bump
 * `schemaVersion` on any breaking change).
 */
import type { Evidence, ItemId, PhaseId, Verdict } from './check.js';
import type { Finding } from './finding.js';
import type { HistorySection } from './history.js';
import type { GithubSection } from './github-stats.js';
import type { RunWhen, TestFramework, TestKind } from './inventory.js';
import type { Profile, ProfileSource } from './profile.js';

export const SCHEMA_VERSION = 1;

export interface ReportItem {
  id: ItemId;
  phase: PhaseId;
  title: string;
  verdict: Verdict;
  /** 1, 0.5, 0, or null when not applicable. */
  points: number | null;
  reason: string;
  evidence: Evidence[];
  remediation: string;
  example?: string;
}

export interface ReportPhase {
  id: PhaseId;
  title: string;
  score: number | null;
  weight: number;
}

export interface ReportTrigger {
  event: string;
  line: number;
  column: number;
  schedules?: { cron: string; description: string; line: number; column: number }[];
}

export interface ReportWorkflow {
  file: string;
  name: string | null;
  triggers: ReportTrigger[];
}

export interface ReportTestFile {
  path: string;
  framework: TestFramework;
  kinds: { kind: TestKind; line: number; signal: string }[];
  cases: number;
  runs: RunWhen[];
  /** Cadences in words for `schedule` runs. */
  schedules?: string[];
  /** Conditions that narrow when it runs (a job's `if:` on pull-request labels, ...). */
  conditions?: string[];
}

export interface ReportTests {
  files: ReportTestFile[];
  /** Per kind, the number of files and cases by when they run. */
  byKind: { kind: TestKind; files: number; cases: number; runs: Partial<Record<RunWhen, { files: number; cases: number }>> }[];
  /** Folders of tests that no automated trigger reaches. */
  neverRun: { folder: string; files: number; cases: number; remediation: string }[];
}

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  /** The analysed path as given. */
  path: string;
  score: number;
  arithmetic: string;
  level: number;
  maxLevel: number;
  levelExplanation: string;
  weakestPhase: PhaseId | null;
  gate: { minScore: number; minLevel: number; passed: boolean; reasons: string[] };
  /** The items whose automation would raise the score most (largest gain first, at most 3), with the points each adds. */
  nextSteps: { id: ItemId; title: string; verdict: Verdict; gain: number }[];
  /** The repository's profile (CHECKLIST §5), where it came from, and why. */
  profile: { id: Profile; reasons: string[]; source: ProfileSource };
  /** The config file read (null when none), and what it changed, one sentence each. */
  config: { file: string | null; changes: string[] };
  phases: ReportPhase[];
  items: ReportItem[];
  workflows: ReportWorkflow[];
  tests: ReportTests;
  findings: Finding[];
  /** The CI's history from `git log`, when asked (`--history`, input `history`). */
  history?: HistorySection;
  /** Popularity and issues from the GitHub API, when asked (`--github`, input `github`). */
  github?: GithubSection;
}
