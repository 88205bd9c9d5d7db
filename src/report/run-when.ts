import type { RunWhen } from '../model/inventory.js';

/** The order of the "when it runs" columns in every rendering (and of `runs` keys in JSON). */
export const RUN_WHEN_ORDER: readonly RunWhen[] = ['pull_request', 'push', 'merge_group', 'schedule', 'release', 'workflow_run', 'repository_dispatch', 'manual', 'never'];

/** A column title for a RunWhen. */
export function runWhenLabel(w: RunWhen): string {
  return w === 'never' ? 'never in CI' : w;
}

/** "1 file, 3 cases" */
export function countText(n: { files: number; cases: number }): string {
  return `${n.files} ${n.files === 1 ? 'file' : 'files'}, ${n.cases} ${n.cases === 1 ? 'case' : 'cases'}`;
}
