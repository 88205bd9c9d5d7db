/**
 * Aggregates a `git log` stream into the history figures: one pass, line by line, keeping
 * only counters, e-mail sets and dates (never the list of commits).
 */
import type { PathActivity, WorkflowHistory } from '../model/history.js';
import { unquote } from '../git/quote.js';

export type Bucket = 'ci' | 'tests' | 'code';

/** Which paths belong to which bucket; a path may be in none (documentation). */
export interface PathClassifier {
  bucketOf(path: string): Bucket | null;
  /** Workflow files whose own history is kept (the ones that exist now). */
  workflowFiles: ReadonlySet<string>;
}

interface Activity {
  commits: number;
  authors: Set<string>;
  first: number;
  last: number;
  perMonth: Map<string, number>;
  /** The path of this bucket changed most recently (for placing a finding). */
  lastPath: string | null;
  lastPathTime: number;
}

function newActivity(): Activity {
  return { commits: 0, authors: new Set(), first: Infinity, last: -Infinity, perMonth: new Map(), lastPath: null, lastPathTime: -Infinity };
}

export interface CommitHeader {
  hash: string;
  authorTime: number;
  commitTime: number;
  email: string;
}

export interface LogTotals {
  commits: number;
  authors: Set<string>;
  first: CommitHeader | null;
  last: CommitHeader | null;
  newestCommitTime: number;
  buckets: Record<Bucket, Activity>;
  workflows: Map<string, { first: number; last: number; commits: number }>;
  /** Commits to the code by people (bots such as dependabot[bot] left out), by author time, for "changed after" questions. */
  codeTimes: number[];
}

/** Bots' commits (dependency bumps, formatting) do not make the code "keep changing". */
export function isBotEmail(email: string): boolean {
  return /\[bot\]@|^(dependabot|renovate|github-actions|pre-commit-ci)[@+]|@(dependabot|renovate)(\.|$)/i.test(email);
}

export function monthOf(seconds: number): string {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The 24 `YYYY-MM` months that end with the month of `asOf`, oldest first. */
export function lastMonths(asOf: Date, count = 24): string[] {
  const out: string[] = [];
  let y = asOf.getUTCFullYear();
  let m = asOf.getUTCMonth();
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    m--;
    if (m < 0) {
      m = 11;
      y--;
    }
  }
  return out.reverse();
}

/** Builds the line handler for `git log LOG_FORMAT --name-only` (git.ts) and the totals it fills. */
export function createLogCollector(classifier: PathClassifier): { onLine: (line: string) => void; finish: () => LogTotals } {
  const totals: LogTotals = {
    commits: 0,
    authors: new Set(),
    first: null,
    last: null,
    newestCommitTime: -Infinity,
    buckets: { ci: newActivity(), tests: newActivity(), code: newActivity() },
    workflows: new Map(),
    codeTimes: [],
  };
  let current: CommitHeader | null = null;
  let touched = new Set<Bucket>();
  const touchedWorkflows = new Set<string>();

  const flush = () => {
    if (!current) return;
    const c = current;
    const month = monthOf(c.authorTime);
    for (const b of touched) {
      const a = totals.buckets[b];
      a.commits++;
      a.authors.add(c.email);
      if (c.authorTime < a.first) a.first = c.authorTime;
      if (c.authorTime > a.last) a.last = c.authorTime;
      a.perMonth.set(month, (a.perMonth.get(month) ?? 0) + 1);
    }
    if (touched.has('code') && !isBotEmail(c.email)) totals.codeTimes.push(c.authorTime);
    for (const w of touchedWorkflows) {
      const h = totals.workflows.get(w);
      if (h) {
        h.commits++;
        h.first = Math.min(h.first, c.authorTime);
        h.last = Math.max(h.last, c.authorTime);
      } else totals.workflows.set(w, { first: c.authorTime, last: c.authorTime, commits: 1 });
    }
    touched = new Set();
    touchedWorkflows.clear();
  };

  const onLine = (line: string) => {
    if (line.startsWith('\u001e')) {
      flush();
      const [hash = '', at = '0', ct = '0', email = ''] = line.slice(1).split('\u001f');
      const header: CommitHeader = { hash, authorTime: Number(at), commitTime: Number(ct), email: email.trim().toLowerCase() };
      current = header;
      totals.commits++;
      totals.authors.add(header.email);
      if (!totals.first || header.authorTime <= totals.first.authorTime) totals.first = header;
      if (!totals.last || header.authorTime > totals.last.authorTime) totals.last = header;
      if (header.commitTime > totals.newestCommitTime) totals.newestCommitTime = header.commitTime;
      return;
    }
    if (line === '' || !current) return;
    const path = unquote(line);
    const bucket = classifier.bucketOf(path);
    if (bucket) {
      const a = totals.buckets[bucket];
      if (current.authorTime > a.lastPathTime) {
        a.lastPath = path;
        a.lastPathTime = current.authorTime;
      }
      touched.add(bucket);
    }
    if (classifier.workflowFiles.has(path)) touchedWorkflows.add(path);
  };

  return {
    onLine,
    finish: () => {
      flush();
      current = null;
      return totals;
    },
  };
}

export { unquote };

export function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The report's view of one bucket. */
export function toPathActivity(a: Activity, paths: string[], months: readonly string[], withEmails: boolean): PathActivity {
  return {
    paths,
    commits: a.commits,
    authors: a.authors.size,
    ...(withEmails ? { authorEmails: [...a.authors].sort() } : {}),
    firstChange: a.commits > 0 ? isoDate(a.first) : null,
    lastChange: a.commits > 0 ? isoDate(a.last) : null,
    perMonth: months.map((month) => ({ month, commits: a.perMonth.get(month) ?? 0 })),
  };
}

export function toWorkflowHistory(totals: LogTotals): WorkflowHistory[] {
  return [...totals.workflows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, h]) => ({ file, created: isoDate(h.first), lastChanged: isoDate(h.last), commits: h.commits }));
}

export type { Activity };
