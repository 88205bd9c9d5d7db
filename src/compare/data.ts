/** Merges loaded reports into the comparison's data: one row per repository, the columns the figures need. */
import type { ComparedActivity, ComparedRepository, Comparison } from '../model/comparison.js';
import { COMPARISON_SCHEMA_VERSION } from '../model/comparison.js';
import type { PathActivity } from '../model/history.js';
import type { RunWhen } from '../model/inventory.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { LoadedReport } from './load.js';

function activity(a: PathActivity | undefined): ComparedActivity | undefined {
  if (!a) return undefined;
  return { commits: a.commits, authors: a.authors, firstChange: a.firstChange, lastChange: a.lastChange, perMonth: a.perMonth.map((m) => ({ month: m.month, commits: m.commits })) };
}

function repository(l: LoadedReport): ComparedRepository {
  const r = l.report;
  const h = r.history;
  const g = r.github;
  return {
    name: l.name,
    source: l.source,
    score: r.score,
    level: r.level,
    profile: r.profile.id,
    phases: r.phases.map((p) => ({ id: p.id, title: p.title, score: p.score })),
    verdicts: r.items.map((i) => ({ id: i.id, verdict: i.verdict })),
    tests: r.tests.byKind.map((k) => ({
      kind: k.kind,
      files: k.files,
      cases: k.cases,
      runs: Object.fromEntries(Object.entries(k.runs).map(([w, n]) => [w, n?.files ?? 0])) as Partial<Record<RunWhen, number>>,
    })),
    workflows: r.workflows.length,
    history: !h
      ? null
      : h.status !== 'available' || !h.repository
        ? { status: 'unavailable', ...(h.message ? { message: h.message } : {}) }
        : {
            status: 'available',
            firstCommit: h.repository.firstCommit.date,
            ageDays: h.repository.ageDays,
            commits: h.repository.commits,
            authors: h.repository.authors,
            ...(h.ci ? { ci: activity(h.ci)! } : {}),
            ...(h.tests ? { tests: activity(h.tests)! } : {}),
            ...(h.code ? { code: activity(h.code)! } : {}),
          },
    github: !g
      ? null
      : g.status !== 'available'
        ? { status: 'skipped', ...(g.message ? { message: g.message } : {}) }
        : {
            status: 'available',
            ...(g.stars !== undefined ? { stars: g.stars } : {}),
            ...(g.forks !== undefined ? { forks: g.forks } : {}),
            ...(g.openIssues !== undefined ? { openIssues: g.openIssues } : {}),
            ...(g.issues ? { bugShare: g.issues.bugShare, sampledIssues: g.issues.sampled } : {}),
          },
  };
}

export function buildComparison(loaded: readonly LoadedReport[]): Comparison {
  const phases = new Map<string, string>();
  const items = new Map<string, { phase: string; title: string }>();
  for (const l of loaded) {
    for (const p of l.report.phases) if (!phases.has(p.id)) phases.set(p.id, p.title);
    for (const i of l.report.items) if (!items.has(i.id)) items.set(i.id, { phase: i.phase, title: i.title });
  }
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    phases: [...phases].map(([id, title]) => ({ id, title })),
    items: [...items].map(([id, m]) => ({ id, ...m })),
    repositories: loaded.map(repository),
  };
}
