/**
 * The runner's event file (GITHUB_EVENT_PATH), read as input like any other: through the
 * guarded door (a regular file, at most a few MiB, never a FIFO), parsed in a try. A bad
 * file is a reason in one line, never a crash; @actions/github reads the same file when it
 * is loaded, so it is loaded only after this check passed.
 */
import * as path from 'node:path';
import { readInside } from '../io/fs-guard.js';

const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export type RunnerEvent = { ok: true; eventName: string; payload: unknown } | { ok: false; reason: string };

export function readRunnerEvent(env: Readonly<Record<string, string | undefined>>): RunnerEvent {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const file = env['GITHUB_EVENT_PATH'];
  if (!file) return { ok: false, reason: 'GITHUB_EVENT_PATH is not set' };
  const abs = path.resolve(file);
  const got = readInside(path.parse(abs).root, path.dirname(abs), abs, MAX_EVENT_BYTES);
  if (!got.ok) return { ok: false, reason: `GITHUB_EVENT_PATH ("${file}") ${got.reason}` };
  try {
    return { ok: true, eventName, payload: JSON.parse(got.value.toString('utf8')) as unknown };
  } catch (err: unknown) {
    return { ok: false, reason: `GITHUB_EVENT_PATH ("${file}") is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}
