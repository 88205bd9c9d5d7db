/**
 * The history's git command line: settings, environment and the log's format. No imports, so
 * that the entries can start the log early (early-log.ts) without loading the stream readers.
 */

export interface GitResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when git could not be started at all (not installed: ENOENT). */
  spawnError?: NodeJS.ErrnoException;
}

/** Settings that make git's output the same on every machine, whatever the user's config. */
export const STABLE: readonly string[] = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', '-c', 'color.ui=false', '-c', 'i18n.logOutputEncoding=UTF-8'];

/** The record and field separators of the log format (ASCII RS and US: never in a path or an e-mail); collect.ts reads it. */
export const LOG_FORMAT = '--format=%x1e%H%x1f%at%x1f%ct%x1f%aE';

/** The log readHistory runs for a folder at the top of its repository (a subfolder adds `--relative -- .`). */
export const LOG_ARGS: readonly string[] = ['log', LOG_FORMAT, '--name-only', '--no-renames'];

export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
}
