/** Key order of the history and GitHub sections in the JSON report (see json.ts). */
import type { GithubSection } from '../model/github-stats.js';
import type { HistorySection, PathActivity } from '../model/history.js';

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

function activity(a: PathActivity): PathActivity {
  return { ...pick(a, ['paths', 'commits', 'authors', 'authorEmails', 'firstChange', 'lastChange']), perMonth: a.perMonth.map((m) => pick(m, ['month', 'commits'])) };
}

export function orderHistory(h: HistorySection): HistorySection {
  return {
    ...pick(h, ['status', 'reason', 'message', 'asOf']),
    ...(h.repository
      ? {
          repository: {
            firstCommit: pick(h.repository.firstCommit, ['hash', 'date']),
            lastCommit: pick(h.repository.lastCommit, ['hash', 'date']),
            ...pick(h.repository, ['commits', 'ageDays', 'authors']),
          },
        }
      : {}),
    ...(h.ci ? { ci: activity(h.ci) } : {}),
    ...(h.tests ? { tests: activity(h.tests) } : {}),
    ...(h.code ? { code: activity(h.code) } : {}),
    ...(h.workflows ? { workflows: h.workflows.map((w) => pick(w, ['file', 'created', 'lastChanged', 'commits'])) } : {}),
  };
}

export function orderGithub(g: GithubSection): GithubSection {
  return {
    ...pick(g, ['status', 'reason', 'message', 'repository', 'stars', 'forks', 'openIssues']),
    ...(g.issues ? { issues: pick(g.issues, ['sampled', 'bugs', 'bugShare', 'bugLabels']) } : {}),
    ...pick(g, ['fetchedAt', 'cached']),
  };
}
