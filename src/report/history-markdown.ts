/**
 * The history and GitHub sections of the job summary (markdown): dates in words, counts
 * per path set, and one row per workflow file. Pure.
 */
import type { GithubSection } from '../model/github-stats.js';
import type { HistorySection, PathActivity } from '../model/history.js';
import { dateInWords, spanInWords } from '../history/words.js';
import type { Section } from './budget.js';
import { escapeMarkdown, inlineCode, tableHead, tableRow } from './markdown.js';

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function when(iso: string | null): string {
  return iso === null ? '–' : dateInWords(iso);
}

/** Commits in the last 12 months of the 24 kept, for a compact cell. */
export function lastYearCommits(a: PathActivity): number {
  return a.perMonth.slice(-12).reduce((n, m) => n + m.commits, 0);
}

function activityRow(name: string, a: PathActivity): string {
  return tableRow([name, String(a.commits), String(a.authors), when(a.firstChange), when(a.lastChange), String(lastYearCommits(a))]);
}

export function historySections(h: HistorySection | undefined): Section[] {
  if (h === undefined) return [];
  if (h.status !== 'available' || !h.repository) {
    return [{ name: 'CI history', unit: 'line', head: `### CI history\n\n${escapeMarkdown(h.message ?? 'History not read.')}`, rows: [] }];
  }
  const r = h.repository;
  const lead = `### CI history\n\nFirst commit on ${dateInWords(r.firstCommit.date)} (${spanInWords(r.ageDays)} before ${dateInWords(h.asOf)}); ${plural(r.commits, 'commit')} by ${plural(r.authors, 'author')} (counted by e-mail).\n\n${tableHead(['Paths', 'Commits', 'Authors', 'First change', 'Last change', 'Last 12 months'])}`;
  const rows = [
    ...(h.ci ? [activityRow('CI (workflows and CI files)', h.ci)] : []),
    ...(h.tests ? [activityRow(`Tests${h.tests.paths.length > 0 ? ` (${h.tests.paths.slice(0, 3).map(inlineCode).join(', ')}${h.tests.paths.length > 3 ? ', …' : ''})` : ''}`, h.tests)] : []),
    ...(h.code ? [activityRow('Code (the rest, documentation left out)', h.code)] : []),
  ];
  const sections: Section[] = [{ name: 'CI history', unit: 'row', head: lead, rows }];
  if (h.workflows && h.workflows.length > 0) {
    sections.push({
      name: 'Workflow history',
      unit: 'workflow',
      head: `#### Workflow files\n\n${tableHead(['Workflow', 'Created', 'Last changed', 'Commits'])}`,
      rows: h.workflows.map((w) => tableRow([inlineCode(w.file), dateInWords(w.created), dateInWords(w.lastChanged), String(w.commits)])),
    });
  }
  return sections;
}

export function githubSections(g: GithubSection | undefined): Section[] {
  if (g === undefined) return [];
  if (g.status !== 'available') return [{ name: 'GitHub', unit: 'line', head: `### GitHub\n\n${escapeMarkdown(g.message ?? 'Skipped.')}`, rows: [] }];
  const bug = g.issues ? `; ${g.issues.bugs} of the last ${g.issues.sampled} issues are labelled as bugs (${Math.round(g.issues.bugShare * 100)}%)` : '';
  return [{ name: 'GitHub', unit: 'line', head: `### GitHub\n\n${inlineCode(g.repository ?? '')}: ${g.stars ?? 0} stars, ${g.forks ?? 0} forks, ${g.openIssues ?? 0} open issues${bug}.`, rows: [] }];
}

/** Plain lines for the terminal report. */
export function historyTextLines(h: HistorySection | undefined, g: GithubSection | undefined): string[] {
  const lines: string[] = [];
  if (h !== undefined) {
    lines.push('', 'CI history');
    if (h.status !== 'available' || !h.repository) lines.push(`  ${h.message ?? 'History not read.'}`);
    else {
      const r = h.repository;
      lines.push(`  first commit ${dateInWords(r.firstCommit.date)} (${spanInWords(r.ageDays)} before ${dateInWords(h.asOf)}), ${plural(r.commits, 'commit')}, ${plural(r.authors, 'author')} (by e-mail)`);
      const row = (name: string, a: PathActivity | undefined) => {
        if (a) lines.push(`  ${name.padEnd(6)} ${String(a.commits).padStart(6)} commits  ${String(a.authors).padStart(4)} authors  first ${when(a.firstChange)}, last ${when(a.lastChange)}, ${lastYearCommits(a)} in the last 12 months`);
      };
      row('ci', h.ci);
      row('tests', h.tests);
      row('code', h.code);
      for (const w of h.workflows ?? []) lines.push(`  ${w.file}: created ${dateInWords(w.created)}, last changed ${dateInWords(w.lastChanged)}, ${w.commits} commit${w.commits === 1 ? '' : 's'}`);
    }
  }
  if (g !== undefined) {
    lines.push('', 'GitHub');
    if (g.status !== 'available') lines.push(`  ${g.message ?? 'Skipped.'}`);
    else lines.push(`  ${g.repository}: ${g.stars} stars, ${g.forks} forks, ${g.openIssues} open issues${g.issues ? `, ${g.issues.bugs}/${g.issues.sampled} recent issues are bugs` : ''}`);
  }
  return lines;
}
