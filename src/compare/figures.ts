/**
 * The study's figures as Vega-Lite specifications, each with the table behind it and the
 * number of data marks it draws (one bar, cell, point or line per datum or series).
 * Figures without data (no history, no GitHub figures) are left out, and the page says so.
 */
import type { Comparison } from '../model/comparison.js';
import { RUN_WHEN_ORDER } from '../report/run-when.js';

/** A Vega-Lite unit specification, kept loose: the library validates it when compiling. */
export type VegaLiteSpec = Record<string, unknown>;

export type FigureId = 'phase-scores' | 'verdict-map' | 'test-kinds' | 'history-commits' | 'history-months' | 'age-contributors' | 'stars-bugs';

export interface Figure {
  id: FigureId;
  title: string;
  /** One sentence: what the figure shows and how to read it. */
  caption: string;
  spec: VegaLiteSpec;
  /** Data marks drawn: bars, cells, points, or one line per series. */
  marks: number;
  /** The mark type that carries the data (`rect`, `line`, `symbol`). */
  markType: 'rect' | 'line' | 'symbol';
  table: { head: string[]; rows: string[][] };
}

const VERDICT_COLORS = { domain: ['automated', 'present', 'absent', 'not-applicable', 'error'], range: ['#2e7d32', '#f9a825', '#c62828', '#bdbdbd', '#6a1b9a'] };

const CONFIG = { font: 'sans-serif', view: { stroke: null }, axis: { labelLimit: 220 }, legend: { labelLimit: 220 } };

function base(title: string, data: unknown[]): VegaLiteSpec {
  return { title, data: { values: data }, config: CONFIG, background: 'white' };
}

function phaseScores(c: Comparison): Figure | null {
  const data = c.repositories.flatMap((r) => r.phases.filter((p) => p.score !== null).map((p) => ({ repository: r.name, phase: p.title, score: p.score })));
  if (data.length === 0) return null;
  const phaseOrder = c.phases.map((p) => p.title);
  return {
    id: 'phase-scores',
    title: 'Phase scores per repository',
    caption: 'Score of each applicable phase (0-100); a missing bar is a phase that does not apply.',
    spec: {
      ...base('Phase scores per repository', data),
      mark: 'bar',
      encoding: {
        y: { field: 'phase', type: 'nominal', sort: phaseOrder, title: null },
        yOffset: { field: 'repository', type: 'nominal' },
        x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'score' },
        color: { field: 'repository', type: 'nominal', title: 'repository' },
      },
      width: 420,
    },
    marks: data.length,
    markType: 'rect',
    table: { head: ['Repository', 'Score', 'Level', ...c.phases.map((p) => p.title)], rows: c.repositories.map((r) => [r.name, String(r.score), String(r.level), ...c.phases.map((p) => { const s = r.phases.find((x) => x.id === p.id)?.score; return s === null || s === undefined ? 'n/a' : String(s); })]) },
  };
}

function verdictMap(c: Comparison): Figure | null {
  const titles = new Map(c.items.map((i) => [i.id, i.title]));
  const data = c.repositories.flatMap((r) => r.verdicts.map((v) => ({ repository: r.name, item: v.id, title: titles.get(v.id) ?? v.id, verdict: v.verdict })));
  if (data.length === 0) return null;
  return {
    id: 'verdict-map',
    title: 'Verdict per checklist item',
    caption: 'Each cell is one checklist item in one repository: automated, present (not automated), absent, not applicable, or error (the check failed and was left out of the score).',
    spec: {
      ...base('Verdict per checklist item', data),
      mark: 'rect',
      encoding: {
        y: { field: 'item', type: 'nominal', sort: c.items.map((i) => i.id), title: null },
        x: { field: 'repository', type: 'nominal', title: null, axis: { labelAngle: -30 } },
        color: { field: 'verdict', type: 'nominal', scale: VERDICT_COLORS, title: 'verdict' },
      },
      width: { step: 70 },
    },
    marks: data.length,
    markType: 'rect',
    table: { head: ['Item', ...c.repositories.map((r) => r.name)], rows: c.items.map((i) => [i.id, ...c.repositories.map((r) => r.verdicts.find((v) => v.id === i.id)?.verdict ?? '–')]) },
  };
}

function testKinds(c: Comparison): Figure | null {
  const data = c.repositories.flatMap((r) => r.tests.flatMap((k) => RUN_WHEN_ORDER.filter((w) => (k.runs[w] ?? 0) > 0).map((w) => ({ repository: r.name, kind: k.kind, when: w, files: k.runs[w]! }))));
  if (data.length === 0) return null;
  return {
    id: 'test-kinds',
    title: 'Test kinds and when they run',
    caption: 'Test files of each kind by the event that runs them (a file run on several events counts in each); bigger means more files.',
    spec: {
      ...base('Test kinds and when they run', data),
      mark: { type: 'square', filled: true },
      encoding: {
        y: { field: 'kind', type: 'nominal', title: null },
        x: { field: 'when', type: 'nominal', sort: [...RUN_WHEN_ORDER], title: null, axis: { labelAngle: -30 } },
        size: { field: 'files', type: 'quantitative', title: 'files', scale: { range: [40, 700] } },
        color: { field: 'repository', type: 'nominal' },
        xOffset: { field: 'repository', type: 'nominal' },
      },
      width: 560,
      height: { step: 36 },
    },
    marks: data.length,
    markType: 'symbol',
    table: { head: ['Repository', 'Kind', 'When', 'Files'], rows: data.map((d) => [d.repository, d.kind, d.when, String(d.files)]) },
  };
}

function historyCommits(c: Comparison): Figure | null {
  const data = c.repositories.flatMap((r) =>
    r.history?.status === 'available'
      ? [
          { repository: r.name, paths: 'workflows and CI files', commits: r.history.ci?.commits ?? 0 },
          { repository: r.name, paths: 'tests', commits: r.history.tests?.commits ?? 0 },
        ]
      : [],
  );
  if (data.length === 0) return null;
  return {
    id: 'history-commits',
    title: 'Commits touching tests and CI',
    caption: 'Commits in the whole history that touched the workflow folder and other CI files, and the test paths.',
    spec: {
      ...base('Commits touching tests and CI', data),
      mark: 'bar',
      encoding: {
        x: { field: 'repository', type: 'nominal', title: null, axis: { labelAngle: -30 } },
        xOffset: { field: 'paths', type: 'nominal' },
        y: { field: 'commits', type: 'quantitative' },
        color: { field: 'paths', type: 'nominal', title: 'paths' },
      },
    },
    marks: data.length,
    markType: 'rect',
    table: {
      head: ['Repository', 'First commit', 'Commits', 'CI commits', 'CI authors', 'CI last change', 'Test commits', 'Test authors', 'Tests last change'],
      rows: c.repositories.filter((r) => r.history?.status === 'available').map((r) => {
        const h = r.history!;
        return [r.name, h.firstCommit?.slice(0, 10) ?? '–', String(h.commits ?? 0), String(h.ci?.commits ?? 0), String(h.ci?.authors ?? 0), h.ci?.lastChange?.slice(0, 10) ?? '–', String(h.tests?.commits ?? 0), String(h.tests?.authors ?? 0), h.tests?.lastChange?.slice(0, 10) ?? '–'];
      }),
    },
  };
}

function historyMonths(c: Comparison): Figure | null {
  const series: { repository: string; paths: string; month: string; commits: number }[] = [];
  let lines = 0;
  for (const r of c.repositories) {
    if (r.history?.status !== 'available') continue;
    for (const [paths, a] of [['CI', r.history.ci], ['tests', r.history.tests]] as const) {
      if (!a || a.perMonth.length === 0) continue;
      lines++;
      for (const m of a.perMonth) series.push({ repository: r.name, paths, month: m.month, commits: m.commits });
    }
  }
  if (lines === 0) return null;
  return {
    id: 'history-months',
    title: 'Commits per month touching tests and CI (last 24 months of each history)',
    caption: 'One line per repository and path set; each history ends with its last commit.',
    spec: {
      ...base('Commits per month touching tests and CI', series),
      mark: { type: 'line', point: false },
      encoding: {
        x: { field: 'month', type: 'temporal', timeUnit: 'yearmonth', title: null },
        y: { field: 'commits', type: 'quantitative' },
        color: { field: 'repository', type: 'nominal' },
        strokeDash: { field: 'paths', type: 'nominal' },
      },
      width: 520,
    },
    marks: lines,
    markType: 'line',
    table: { head: ['Repository', 'Paths', 'Month', 'Commits'], rows: series.filter((s) => s.commits > 0).map((s) => [s.repository, s.paths, s.month, String(s.commits)]) },
  };
}

function ageContributors(c: Comparison): Figure | null {
  const data = c.repositories.flatMap((r) => (r.history?.status === 'available' && r.history.firstCommit ? [{ repository: r.name, firstCommit: r.history.firstCommit.slice(0, 10), authors: r.history.authors ?? 0 }] : []));
  if (data.length === 0) return null;
  return {
    id: 'age-contributors',
    title: 'First commit against contributors',
    caption: 'Each point is a repository: when its history starts and how many authors (by e-mail) it has.',
    spec: {
      ...base('First commit against contributors', data),
      mark: { type: 'point', filled: true, size: 90 },
      encoding: {
        x: { field: 'firstCommit', type: 'temporal', title: 'first commit' },
        y: { field: 'authors', type: 'quantitative', title: 'authors' },
        color: { field: 'repository', type: 'nominal' },
      },
    },
    marks: data.length,
    markType: 'symbol',
    table: { head: ['Repository', 'First commit', 'Authors'], rows: data.map((d) => [d.repository, d.firstCommit, String(d.authors)]) },
  };
}

function starsBugs(c: Comparison): Figure | null {
  const data = c.repositories.flatMap((r) => (r.github?.status === 'available' && r.github.stars !== undefined ? [{ repository: r.name, stars: r.github.stars, bugShare: r.github.bugShare ?? 0 }] : []));
  if (data.length === 0) return null;
  return {
    id: 'stars-bugs',
    title: 'Stars and the share of recent issues that are bugs',
    caption: 'Each point is a repository: its stars and the share of its last issues labelled as bugs.',
    spec: {
      ...base('Stars and bug share', data),
      mark: { type: 'point', filled: true, size: 90 },
      encoding: {
        x: { field: 'stars', type: 'quantitative' },
        y: { field: 'bugShare', type: 'quantitative', axis: { format: '%' }, title: 'bug share' },
        color: { field: 'repository', type: 'nominal' },
      },
    },
    marks: data.length,
    markType: 'symbol',
    table: { head: ['Repository', 'Stars', 'Bug share'], rows: data.map((d) => [d.repository, String(d.stars), `${Math.round(d.bugShare * 100)}%`]) },
  };
}

export function buildFigures(c: Comparison): Figure[] {
  return [phaseScores(c), verdictMap(c), testKinds(c), historyCommits(c), historyMonths(c), ageContributors(c), starsBugs(c)].filter((f): f is Figure => f !== null);
}
