/**
 * The CI's history (issue 11): read from one pass over `git log`, so a report can say how
 * the workflows and the tests lived beside the code. Types only.
 */

/** Why the history could not be read; each comes with one line that says how to get it. */
export type HistoryUnavailable = 'no-git' | 'not-a-repository' | 'shallow' | 'no-commits' | 'git-failed';

/** Activity of a set of paths (the workflow folder, the tests, the code). */
export interface PathActivity {
  /** The paths counted, as globs or folders, in words for the report. */
  paths: string[];
  /** Commits that touched at least one of the paths. */
  commits: number;
  /** Distinct authors, counted by e-mail with `.mailmap` applied. */
  authors: number;
  /** The e-mails themselves, only when asked (`--authors`). */
  authorEmails?: string[];
  /** ISO dates (author date, UTC) of the first and the last commit that touched the paths; null when none did. */
  firstChange: string | null;
  lastChange: string | null;
  /** Commits per calendar month (UTC, `YYYY-MM`) over the 24 months that end with the reference month, oldest first. */
  perMonth: { month: string; commits: number }[];
}

export interface WorkflowHistory {
  file: string;
  /** ISO date of the first commit that touched the file (its creation in the history read). */
  created: string;
  lastChanged: string;
  commits: number;
}

export interface HistorySection {
  /** `available` with the figures, or why not and what to do (one sentence). */
  status: 'available' | 'unavailable';
  reason?: HistoryUnavailable;
  message?: string;
  /** The date the ages and the 24 months are measured from (ISO, UTC). */
  asOf: string;
  repository?: {
    firstCommit: { hash: string; date: string };
    lastCommit: { hash: string; date: string };
    commits: number;
    /** Whole days from the first commit to `asOf`. */
    ageDays: number;
    authors: number;
  };
  ci?: PathActivity;
  tests?: PathActivity;
  /** Everything that is neither CI nor tests nor documentation. */
  code?: PathActivity;
  workflows?: WorkflowHistory[];
}
