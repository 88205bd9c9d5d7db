/**
 * Findings from the history (a workflow never touched since its creation while the code
 * moved on; tests left behind by the code) and from `uses:` pins whose runtime GitHub
 * retired or whose maintainers deprecated them.
 */
import type { Finding } from '../model/finding.js';
import type { Located } from '../model/position.js';
import type { LogTotals } from './collect.js';
import { lookupActionRuntime, parseActionRef, RUNTIME_WORDS } from './action-runtimes.js';
import { dateInWords, DAY_SECONDS, spanInWords } from './words.js';

/** A workflow untouched for this long after its creation, while code changed later, is reported. */
export const WORKFLOW_STALE_DAYS = 180;
/** A workflow changed after its creation but not for this long before the code's last change is reported too. */
export const WORKFLOW_IDLE_DAYS = 365;
/** Tests untouched for this long before the code's last change are reported. */
export const TESTS_STALE_DAYS = 365;

export interface UsesSite {
  file: string;
  uses: Located<string>;
}

function codeCommitsAfter(totals: LogTotals, seconds: number): number {
  let n = 0;
  for (const t of totals.codeTimes) if (t > seconds) n++;
  return n;
}

/** The last change to the code by a person, or null when people never changed it. */
function lastCodeChange(totals: LogTotals): number | null {
  let last: number | null = null;
  for (const t of totals.codeTimes) if (last === null || t > last) last = t;
  return last;
}

export function staleWorkflowFindings(totals: LogTotals): Finding[] {
  const codeLast = lastCodeChange(totals);
  if (codeLast === null) return [];
  const code = { last: codeLast };
  const out: Finding[] = [];
  for (const [file, h] of [...totals.workflows.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const idleDays = (code.last - h.last) / DAY_SECONDS;
    if (idleDays < (h.commits === 1 ? WORKFLOW_STALE_DAYS : WORKFLOW_IDLE_DAYS)) continue;
    const after = codeCommitsAfter(totals, h.last);
    const since = h.commits === 1 ? `since it was created on ${dateInWords(h.first)}` : `since ${dateInWords(h.last)} (${h.commits} commits since its creation on ${dateInWords(h.first)})`;
    out.push({
      severity: 'notice',
      file,
      line: 1,
      column: 1,
      check: 'ci-history',
      message: `Workflow "${file}" has not changed ${since}, while the code kept changing: ${after} commit${after === 1 ? '' : 's'} to the code since (bots left out), the last on ${dateInWords(code.last)} (${spanInWords(idleDays)} later). Check that it still runs what the project needs (action versions, tool versions, the paths and branches it names).`,
    });
  }
  return out;
}

export function staleTestsFindings(totals: LogTotals, testPaths: readonly string[]): Finding[] {
  const tests = totals.buckets.tests;
  const codeLast = lastCodeChange(totals);
  if (tests.commits === 0 || codeLast === null || tests.lastPath === null) return [];
  const code = { last: codeLast };
  const gapDays = (code.last - tests.last) / DAY_SECONDS;
  if (gapDays < TESTS_STALE_DAYS) return [];
  const after = codeCommitsAfter(totals, tests.last);
  const where = testPaths.length === 0 ? 'The tests' : `The tests (${testPaths.slice(0, 3).join(', ')}${testPaths.length > 3 ? ', …' : ''})`;
  return [
    {
      severity: 'warning',
      file: tests.lastPath,
      line: 1,
      column: 1,
      check: 'ci-history',
      message: `${where} have not changed since ${dateInWords(tests.last)}, while the code changed in ${after} commit${after === 1 ? '' : 's'} after that (bots left out), the last on ${dateInWords(code.last)} (${spanInWords(gapDays)} later). Tests that do not move with the code cover less of it each month: add tests for what changed.`,
    },
  ];
}

export function retiredActionFindings(sites: readonly UsesSite[]): Finding[] {
  const out: Finding[] = [];
  for (const site of sites) {
    const ref = parseActionRef(site.uses.value);
    if (!ref) continue;
    const row = lookupActionRuntime(ref);
    if (!row) continue;
    const why = [row.runtime ? `runs on ${RUNTIME_WORDS[row.runtime]}` : null, row.deprecated ? `was ${row.deprecated}` : null].filter((x): x is string => x !== null).join(', and ');
    const target = `${ref.uses.slice(0, ref.uses.lastIndexOf('@'))}@v${row.moveTo}`;
    out.push({
      severity: row.runtime === 'node20' && !row.deprecated ? 'notice' : 'warning',
      file: site.file,
      line: site.uses.pos.line,
      column: site.uses.pos.column,
      check: 'action-runtime',
      message: `"${ref.uses}" ${why}. Move to "${target}" (read its release notes for changed inputs).`,
    });
  }
  return out;
}
