/**
 * Adds the history section (and its findings) to a report the engine made: the engine
 * stays synchronous and pure; this is the one asynchronous step after it.
 */
import type { Analysis } from '../analysis/analyze.js';
import { normalizeFindings } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { UsesSite } from './findings.js';
import { readHistory, type HistoryOptions } from './read-history.js';

export function usesSitesOf(analysis: Pick<Analysis, 'workflows' | 'actions'>): UsesSite[] {
  const sites: UsesSite[] = [];
  for (const w of analysis.workflows) for (const j of w.jobs) for (const s of j.steps) if (s.uses) sites.push({ file: w.file, uses: s.uses });
  for (const a of analysis.actions) for (const s of a.steps) if (s.uses) sites.push({ file: a.file, uses: s.uses });
  return sites;
}

export async function addHistory(report: Report, analysis: Analysis, root: string, options: HistoryOptions = {}): Promise<Report> {
  const { section, findings } = await readHistory(
    root,
    {
      testFiles: analysis.inventory.files.map((f) => f.path),
      workflowFiles: analysis.workflows.map((w) => w.file),
      localActionDirs: analysis.actions.map((a) => a.dir),
      usesSites: usesSitesOf(analysis),
    },
    options,
  );
  return { ...report, history: section, findings: normalizeFindings([...report.findings, ...findings]) };
}
