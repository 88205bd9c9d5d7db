/**
 * What the run's event says about the commit, the ref and the base to compare with. Pure: the
 * caller passes the event name, its payload and the environment.
 */
import type { ReportCommit, ReportRef } from '../model/report.js';
import type { BaseTarget } from './base.js';

/** Events whose base is analysed: a pull request and the merge queue. */
export const BASE_EVENTS: readonly string[] = ['pull_request', 'pull_request_target', 'merge_group'];

function field(value: unknown, ...keys: string[]): unknown {
  let v = value;
  for (const k of keys) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function baseTargetOf(eventName: string, payload: unknown): BaseTarget | undefined {
  if (!BASE_EVENTS.includes(eventName)) return undefined;
  const rev = eventName === 'merge_group' ? str(field(payload, 'merge_group', 'base_sha')) : str(field(payload, 'pull_request', 'base', 'sha'));
  if (rev === undefined) return undefined;
  const rawRef = eventName === 'merge_group' ? str(field(payload, 'merge_group', 'base_ref')) : str(field(payload, 'pull_request', 'base', 'ref'));
  const ref = rawRef?.replace(/^refs\/heads\//, '');
  return { rev, ...(ref ? { ref } : {}) };
}

/** The analysed commit (GITHUB_SHA) with the pull request's head, and the ref with the pull request's number. */
export function commitAndRef(env: Readonly<Record<string, string | undefined>>, eventName: string, payload: unknown): { commit?: ReportCommit; ref?: ReportRef } {
  const sha = str(env['GITHUB_SHA']);
  const head = eventName === 'merge_group' ? str(field(payload, 'merge_group', 'head_sha')) : str(field(payload, 'pull_request', 'head', 'sha'));
  const name = str(env['GITHUB_REF']);
  const number = field(payload, 'pull_request', 'number');
  return {
    ...(sha ? { commit: { sha, ...(head && head !== sha ? { head } : {}) } } : {}),
    ...(name ? { ref: { name, ...(typeof number === 'number' ? { pullRequest: number } : {}) } } : {}),
  };
}
