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

export type ReportProvider = 'github-actions' | 'gitlab-ci' | 'circleci';

export interface ReportWorkflow {
  /** The CI system that runs it. */
  provider: ReportProvider;
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

/**
 * An automated step whose content the tool could not see (CHECKLIST §2): listed at its line,
 * with what it runs, why it was not followed and the events that run it.
 */
export interface ReportUnfollowed {
  file: string;
  line: number;
  column: number;
  /** The command as written (at most 500 characters). */
  command: string;
  kind: 'missing-script' | 'undefined-target' | 'unknown-runner' | 'remote-job';
  reason: string;
  /** The events that run it (all automated ones first). */
  triggers: string[];
  /** The items its task name hints it might meet; absent when it might meet any. */
  items?: ItemId[];
}

/** The commit analysed: the checkout's HEAD (on a pull request, GitHub's merge commit), and the pull request's head. */
export interface ReportCommit {
  sha: string;
  /** On a pull request: the head commit of its branch (stable links to changed lines). */
  head?: string;
}

/** The ref that triggered the run (`refs/heads/main`, `refs/pull/7/merge`), and the pull request's number. */
export interface ReportRef {
  name: string;
  pullRequest?: number;
}

/** What a line change did: on the base side a line removed or replaced, on the head side one added. */
export type CauseChange = 'removed' | 'added' | 'file-removed' | 'file-added' | 'changed-elsewhere';

/** The line whose change caused a verdict to change. `side` says which commit's numbering `line` uses. */
export interface ReportCause {
  side: 'base' | 'head';
  file: string;
  line: number;
  change: CauseChange;
  /** The line's text (trimmed, at most 120 characters), or what the evidence said there. */
  text: string;
}

export interface ReportItemChange {
  id: ItemId;
  title: string;
  before: Verdict;
  after: Verdict;
  causes: ReportCause[];
}

/**
 * The pull request's base, analysed from git objects: its score and level, each item whose
 * verdict changed and why, and the findings new on changed lines. When the base commit is not
 * in the checkout (a shallow fetch), `compared` is false and `note` says how to enable it.
 */
export interface ReportBase {
  sha: string;
  ref: string | null;
  compared: boolean;
  note?: string;
  score?: number;
  level?: number;
  passed?: boolean;
  /** Files that differ between the base and the analysed tree. */
  changedFiles?: number;
  changes?: ReportItemChange[];
  newFindings?: Finding[];
}

export interface Report {
  schemaVersion: number;
  tool: { name: string; version: string };
  commit?: ReportCommit;
  ref?: ReportRef;
  base?: ReportBase;
  /** The analysed path as given. */
  path: string;
  score: number;
  arithmetic: string;
  level: number;
  maxLevel: number;
  levelExplanation: string;
  weakestPhase: PhaseId | null;
  gate: { minScore: number; minLevel: number; passed: boolean; reasons: string[] };
  /** At most 3 items: what the next level needs first (`reason: level`), then the largest gains (`points`), with the points each adds. */
  nextSteps: { id: ItemId; title: string; verdict: Verdict; gain: number; reason?: 'level' | 'points'; level?: number }[];
  /** The repository's profile (CHECKLIST §5), where it came from, and why. */
  profile: { id: Profile; reasons: string[]; source: ProfileSource };
  /** The config file read (null when none), and what it changed, one sentence each. */
  config: { file: string | null; changes: string[] };
  phases: ReportPhase[];
  items: ReportItem[];
  workflows: ReportWorkflow[];
  tests: ReportTests;
  /** Automated steps whose content the tool could not see, in the order CI runs them (empty when it followed everything). */
  unfollowed: ReportUnfollowed[];
  findings: Finding[];
  /** The CI's history from `git log`, when asked (`--history`, input `history`). */
  history?: HistorySection;
  /** Popularity and issues from the GitHub API, when asked (`--github`, input `github`). */
  github?: GithubSection;
}

/** Longest command text the report keeps for a step it could not follow. */
export const UNFOLLOWED_COMMAND_MAX = 500;

/** `` `mise run test` at .github/workflows/ci.yml:24 ``: one step not followed, in words (the command cut at 80 characters). */
export function unfollowedPlace(u: Pick<ReportUnfollowed, 'file' | 'line' | 'command'>): string {
  const text = u.command.length > 80 ? `${u.command.slice(0, 79)}…` : u.command;
  return `\`${text.replace(/`/g, "'")}\` at ${u.file}:${u.line}`;
}

/**
 * `2 steps run commands the tool could not follow: `a` at x:1, `b` at y:2`, naming at most
 * `max` and counting the rest.
 */
export function unfollowedSentence(list: readonly Pick<ReportUnfollowed, 'file' | 'line' | 'command'>[], max = 3): string {
  const named = list.slice(0, max).map(unfollowedPlace);
  const more = list.length > max ? ` and ${list.length - max} more` : '';
  const n = list.length;
  return `${n} step${n === 1 ? ' runs a command' : 's run commands'} the tool could not follow: ${named.join(', ')}${more}`;
}

/** Items that tests meet: a step that might meet one of them (or any item) might run tests. */
const TEST_ITEMS: ReadonlySet<ItemId> = new Set<ItemId>(['unit-tests', 'integration-tests', 'training-tests', 'behavioral-tests', 'serving-tests', 'model-serialization', 'data-validation', 'model-evaluation', 'reproducibility']);

/**
 * The steps not followed that might run tests, as a sentence (undefined when there are none): while they exist, tests no
 * followed step runs are "not seen running", never "never run" (CHECKLIST §2).
 */
export function unseenTestRuns(list: readonly Pick<ReportUnfollowed, 'file' | 'line' | 'command' | 'items'>[]): string | undefined {
  const might = list.filter((u) => u.items === undefined || u.items.some((id) => TEST_ITEMS.has(id)));
  return might.length > 0 ? unfollowedSentence(might) : undefined;
}
