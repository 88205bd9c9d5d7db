/**
 * The action's history and GitHub sections, from its inputs: `history: auto` reads the
 * history and keeps the section only when the clone has it (a default shallow checkout
 * gets one log line on how to get it); `true` always keeps it, with what is missing.
 */
import type { EngineResult } from '../engine.js';
import { addGithub, githubCacheDir } from '../github/attach.js';
import type { ActionInputs } from '../inputs.js';
import type { Report } from '../model/report.js';
import { addHistory } from './attach.js';
import type { EarlyLog } from './early-log.js';

/** The report with the sections asked for, and lines for the log (what was left out and why). */
export async function addOptionalSections(engine: EngineResult, root: string, inputs: Pick<ActionInputs, 'history' | 'github' | 'githubToken'>, env: Readonly<Record<string, string | undefined>>, earlyLog?: EarlyLog): Promise<{ report: Report; notes: string[] }> {
  let report = engine.report;
  const notes: string[] = [];
  if (inputs.history !== 'false') {
    const withHistory = await addHistory(report, engine.analysis, root, earlyLog ? { earlyLog } : {});
    if (inputs.history === 'true' || withHistory.history?.status === 'available') report = withHistory;
    else {
      notes.push(`mlops-ci-check: ${withHistory.history?.message ?? 'history not read.'} (input "history" is auto: the section is left out.)`);
      report = { ...withHistory, history: undefined };
      delete report.history;
    }
  }
  if (inputs.github) {
    report = await addGithub(report, root, { env, cacheDir: githubCacheDir({ ...env, XDG_CACHE_HOME: env['RUNNER_TEMP'] ?? env['XDG_CACHE_HOME'] }), ...(inputs.githubToken ? { token: inputs.githubToken } : {}) });
  }
  return { report, notes };
}
