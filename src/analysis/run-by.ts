/**
 * How commands reach a place (a test file, a script): the triggers of them all, the command
 * that runs it most plainly, and the conditions that hold over every path. Test files reached
 * by the same commands share one list (inventory/build.ts), so the answer is kept per list on
 * the run's index.
 */
import type { Analysis } from './analyze.js';
import type { Evidence, RunBy } from '../model/check.js';
import { eventNames, isAutomated, type Command } from '../model/ci.js';
import { runIndex } from './run-index.js';

/** What a place's evidence says of the commands that run it. */
export type RunByReach = Pick<Evidence, 'triggers' | 'conditions' | 'runBy'>;

/** The one wording of "run by ..." on evidence (a condition the renderers show as written). */
export function describeRunBy(r: RunBy): string {
  if ('service' in r) return `run by ${r.service}`;
  if ('action' in r) return `run by ${r.action} at ${r.at.file}:${r.at.line}`;
  return `run by \`${r.runner}\` at ${r.at.file}:${r.at.line}`;
}

/** The conditions that still hold over several paths: none once an automatic path (any path, when none is automatic) has none. */
export function narrowing<T>(paths: readonly T[], conditionsOf: (p: T) => readonly string[], automatic: (p: T) => boolean): string[] {
  const pool = paths.some(automatic) ? paths.filter(automatic) : paths;
  if (pool.some((p) => conditionsOf(p).length === 0)) return [];
  return [...new Set(pool.flatMap(conditionsOf))];
}

/** The conditions of one command's path: its `if:`s, and the workflow that calls it when it is written elsewhere. */
export function pathConditions(c: Command): string[] {
  return c.exec.file !== c.exec.pipeline.file ? [`called from ${c.exec.pipeline.file}`, ...c.exec.reach.conditions] : [...c.exec.reach.conditions];
}

/**
 * Triggers and conditions of a place that commands run: the events of them all; the command
 * cited is the one that runs it most plainly (on an automated trigger, with no condition, in a
 * known folder), then the conditions that hold over every path that runs it. Decided once per
 * command list and run; each caller gets its own copy.
 */
export function runByReach(a: Analysis, commands: readonly Command[]): RunByReach {
  const cache = runIndex(a.repo).runByReach;
  let found = cache.get(commands);
  if (!found) cache.set(commands, (found = decideRunBy(commands)));
  return { triggers: [...found.triggers], ...(found.conditions ? { conditions: [...found.conditions] } : {}), ...(found.runBy ? { runBy: [...found.runBy] } : {}) };
}

function decideRunBy(commands: readonly Command[]): RunByReach {
  const triggers = [...new Set(commands.flatMap((c) => eventNames(c.exec.reach)))].sort();
  if (commands.length === 0) return { triggers };
  // Plainest: automatic, unconditioned, in a working directory that is not computed by an expression (it may be another checkout).
  const rank = (c: Command) => (isAutomated(c.exec.reach) ? 0 : 4) + (pathConditions(c).length > 0 ? 2 : 0) + (c.exec.step.workdir?.value.includes('${{') ? 1 : 0);
  const best = [...commands].sort((x, y) => rank(x) - rank(y))[0]!;
  const runBy: RunBy = { runner: best.text, at: best.at };
  return { triggers, conditions: [describeRunBy(runBy), ...narrowing(commands, pathConditions, (c) => isAutomated(c.exec.reach))], runBy: [runBy] };
}
