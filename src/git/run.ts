/**
 * Runs read-only git commands for the base comparison. Never throws: a missing git, a folder
 * that is not a checkout or an unknown commit come back as `ok: false` with git's first line.
 */
import { spawnSync } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  /** git's first line of complaint (or why git could not start). */
  error: string;
}

/** Output cap: a repository's listing or a batch of blobs, far above any real need. */
const MAX_BUFFER = 1024 * 1024 * 1024;

export function runGit(cwd: string, args: readonly string[], input?: Buffer | string): GitResult {
  // No pager, no prompt, no locale-dependent messages; nothing here writes to the repository.
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
  const res = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, env, input, maxBuffer: MAX_BUFFER, windowsHide: true });
  if (res.error) return { ok: false, stdout: Buffer.alloc(0), error: res.error.message };
  const stderr = res.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
  return { ok: res.status === 0, stdout: res.stdout ?? Buffer.alloc(0), error: stderr || `git exited with ${res.status}` };
}

export function gitText(cwd: string, args: readonly string[]): string | undefined {
  const r = runGit(cwd, args);
  return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}

/** The checkout's top folder and the analysed folder inside it ('' at the top), or git's complaint. */
export function workTreeOf(dir: string): { top: string; prefix: string } | { error: string } {
  const top = runGit(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { error: top.error };
  const prefix = gitText(dir, ['rev-parse', '--show-prefix']) ?? '';
  return { top: top.stdout.toString('utf8').trim(), prefix: prefix.replace(/\/$/, '') };
}

/** The full sha of a revision when its commit is in the object store, else undefined. */
export function resolveCommit(dir: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  return gitText(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
}
