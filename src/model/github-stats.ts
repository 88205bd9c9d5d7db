/** Popularity and issues of a repository, from the GitHub API (issue 11). Types only. */

export type GithubSkipped = 'not-asked' | 'no-token' | 'no-repository' | 'offline' | 'not-found' | 'rate-limited' | 'api-error';

export interface GithubSection {
  status: 'available' | 'skipped';
  reason?: GithubSkipped;
  /** One sentence: what was skipped and how to get it. */
  message?: string;
  /** `owner/name`. */
  repository?: string;
  stars?: number;
  forks?: number;
  /** Open issues, pull requests left out. */
  openIssues?: number;
  /** Over the last `sampled` issues (open and closed, pull requests left out), those with a bug label. */
  issues?: { sampled: number; bugs: number; bugShare: number; bugLabels: string[] };
  /** ISO date the figures were fetched (from the cache when `cached`). */
  fetchedAt?: string;
  cached?: boolean;
}
