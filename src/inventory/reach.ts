/**
 * When a test file runs, from the reach of the commands that select it: the automated
 * events in the report's words, `manual` when only a person can start it, `never` when
 * no command selects it. Schedules become cadences in words; `if:` conditions are kept.
 */
import { hasKind, type Command, type TriggerKind } from '../model/ci.js';
import type { RunWhen } from '../model/inventory.js';

/** Trigger kinds → when tests run (in the report's words). Repository activity (issue_comment, ...) needs a person: `manual`. */
export const KIND_RUNS: Readonly<Record<TriggerKind, RunWhen | null>> = {
  'pull-request': 'pull_request',
  push: 'push',
  'merge-queue': 'merge_group',
  schedule: 'schedule',
  release: 'release',
  upstream: 'workflow_run',
  external: 'repository_dispatch',
  manual: 'manual',
  activity: 'manual',
  // A reusable pipeline is reached through its callers, whose events count instead.
  call: null,
};

export const RUN_ORDER: readonly RunWhen[] = ['pull_request', 'push', 'merge_group', 'schedule', 'release', 'workflow_run', 'repository_dispatch', 'manual', 'never'];

export interface Runs {
  runs: RunWhen[];
  /** Cadences in words, for `schedule`. */
  schedules: string[];
  /** Conditions that narrow when it runs (label-gated jobs, ...). */
  conditions: string[];
}

export function isAutomatedRun(r: RunWhen): boolean {
  return r !== 'manual' && r !== 'never';
}

export function runsOf(commands: readonly Command[]): Runs {
  const runs = new Set<RunWhen>();
  const schedules = new Set<string>();
  const conditions = new Set<string>();
  // Many commands share a step (and its reach): read each reach once.
  const seen = new Set<object>();
  for (const c of commands) {
    if (seen.has(c.exec.reach)) continue;
    seen.add(c.exec.reach);
    for (const e of c.exec.reach.events) {
      const r = KIND_RUNS[e.kind];
      if (r) runs.add(r);
    }
    if (hasKind(c.exec.reach, 'schedule')) for (const s of c.exec.reach.schedules) schedules.add(s.description);
    for (const cond of c.exec.reach.conditions) conditions.add(cond);
  }
  if ([...runs].some(isAutomatedRun)) runs.delete('manual');
  if (runs.size === 0) runs.add('never');
  return { runs: RUN_ORDER.filter((r) => runs.has(r)), schedules: [...schedules].sort(), conditions: [...conditions] };
}
