/**
 * The comparison as GitHub-flavoured markdown: the tables behind the figures and Mermaid
 * charts (`xychart-beta` bars and lines, `pie` for verdicts), which GitHub renders in job
 * summaries, issues and comments. Pure.
 */
import type { Comparison } from '../model/comparison.js';
import type { Figure } from '../compare/figures.js';
import { escapeCell, tableHead, tableRow } from './markdown.js';

/** Mermaid strings are double-quoted; quotes and line breaks inside would end them. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/["\n\r`]/g, "'").replace(/[[\]]/g, '')}"`;
}

function xyBar(title: string, labels: readonly string[], values: readonly number[], yTitle: string, max?: number): string {
  const top = max ?? Math.max(1, ...values);
  return ['```mermaid', 'xychart-beta', `    title ${mermaidLabel(title)}`, `    x-axis [${labels.map(mermaidLabel).join(', ')}]`, `    y-axis ${mermaidLabel(yTitle)} 0 --> ${top}`, `    bar [${values.join(', ')}]`, '```'].join('\n');
}

function xyLines(title: string, labels: readonly string[], series: readonly number[][], yTitle: string): string {
  const top = Math.max(1, ...series.flat());
  return ['```mermaid', 'xychart-beta', `    title ${mermaidLabel(title)}`, `    x-axis [${labels.map(mermaidLabel).join(', ')}]`, `    y-axis ${mermaidLabel(yTitle)} 0 --> ${top}`, ...series.map((s) => `    line [${s.join(', ')}]`), '```'].join('\n');
}

function pie(title: string, slices: readonly [string, number][]): string {
  return ['```mermaid', `pie title ${title.replace(/[\n\r"]/g, ' ')}`, ...slices.filter(([, n]) => n > 0).map(([label, n]) => `    ${mermaidLabel(label)} : ${n}`), '```'].join('\n');
}

function table(t: Figure['table']): string {
  return [tableHead(t.head), ...t.rows.map((r) => tableRow(r.map(escapeCell)))].join('\n');
}

export function renderCompareMarkdown(c: Comparison, figures: readonly Figure[], notes: readonly string[] = []): string {
  const names = c.repositories.map((r) => r.name);
  const out: string[] = [`## CI comparison of ${names.length} repositor${names.length === 1 ? 'y' : 'ies'}`, '', ...notes.flatMap((n) => [n, ''])];
  out.push(xyBar('Overall score', names, c.repositories.map((r) => r.score), 'score', 100), '');
  for (const f of figures) {
    out.push(`### ${f.title}`, '', f.caption, '');
    if (f.id === 'phase-scores') {
      for (const r of c.repositories) {
        const phases = r.phases.filter((p) => p.score !== null);
        if (phases.length > 0) out.push(xyBar(`Phase scores: ${r.name}`, phases.map((p) => p.title), phases.map((p) => p.score ?? 0), 'score', 100), '');
      }
    } else if (f.id === 'verdict-map') {
      for (const r of c.repositories) {
        const count = (v: string) => r.verdicts.filter((x) => x.verdict === v).length;
        out.push(pie(`Verdicts: ${r.name}`, [['automated', count('automated')], ['present', count('present')], ['absent', count('absent')], ['not applicable', count('not-applicable')], ['error', count('error')]]), '');
      }
    } else if (f.id === 'history-commits') {
      const withHistory = c.repositories.filter((r) => r.history?.status === 'available');
      out.push(xyBar('Commits touching workflows and CI files', withHistory.map((r) => r.name), withHistory.map((r) => r.history?.ci?.commits ?? 0), 'commits'), '');
      out.push(xyBar('Commits touching tests', withHistory.map((r) => r.name), withHistory.map((r) => r.history?.tests?.commits ?? 0), 'commits'), '');
    } else if (f.id === 'history-months') {
      const withHistory = c.repositories.filter((r) => r.history?.status === 'available' && r.history.ci);
      const months = [...new Set(withHistory.flatMap((r) => r.history!.ci!.perMonth.map((m) => m.month)))].sort();
      const series = withHistory.map((r) => months.map((m) => r.history!.ci!.perMonth.find((x) => x.month === m)?.commits ?? 0));
      if (months.length > 0) out.push(xyLines(`Commits per month touching CI (lines in order: ${withHistory.map((r) => r.name).join(', ')})`, months, series, 'commits'), '');
    }
    out.push('<details><summary>Table</summary>', '', table(f.table), '', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
