/** The merged data of `mlops-ci-check compare` (schema/comparison.schema.json). Types only. */
import type { Verdict } from './check.js';
import type { RunWhen, TestKind } from './inventory.js';

export const COMPARISON_SCHEMA_VERSION = 1;

export interface ComparedActivity {
  commits: number;
  authors: number;
  firstChange: string | null;
  lastChange: string | null;
  perMonth: { month: string; commits: number }[];
}

export interface ComparedRepository {
  /** A short name: owner/name from GitHub, else the folder or file name. */
  name: string;
  /** Where it came from: a checkout folder or a report file, as given. */
  source: string;
  score: number;
  level: number;
  profile: string;
  phases: { id: string; title: string; score: number | null }[];
  verdicts: { id: string; verdict: Verdict }[];
  /** Per test kind, files by when they run. */
  tests: { kind: TestKind; files: number; cases: number; runs: Partial<Record<RunWhen, number>> }[];
  workflows: number;
  history: null | {
    status: 'available' | 'unavailable';
    message?: string;
    firstCommit?: string;
    ageDays?: number;
    commits?: number;
    authors?: number;
    ci?: ComparedActivity;
    tests?: ComparedActivity;
    code?: ComparedActivity;
  };
  github: null | { status: 'available' | 'skipped'; message?: string; stars?: number; forks?: number; openIssues?: number; bugShare?: number; sampledIssues?: number };
}

export interface Comparison {
  schemaVersion: number;
  tool: { name: string; version: string };
  phases: { id: string; title: string }[];
  items: { id: string; phase: string; title: string }[];
  repositories: ComparedRepository[];
}
