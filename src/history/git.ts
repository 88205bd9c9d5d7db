/**
 * The git CLI, read as a stream: one `git log` pass whose lines are handed over one at a
 * time, so a history of any length is read in constant memory apart from what the caller keeps.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

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

/** Runs a short git command and collects its output (for rev-parse and the like). */
export function runGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn('git', [...STABLE, ...args], { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let settled = false;
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (!settled) resolve({ code: null, stdout, stderr, spawnError: err });
      settled = true;
    });
    child.on('close', (code) => {
      if (!settled) resolve({ code, stdout, stderr });
      settled = true;
    });
  });
}

/**
 * Runs git and calls `onLine` for each line of its output as it arrives. Resolves with the
 * exit code and the (bounded) standard error.
 */
export function streamGit(cwd: string, args: readonly string[], onLine: (line: string) => void): Promise<GitResult> {
  return new Promise((resolve) => {
    let stderr = '';
    let spawnError: NodeJS.ErrnoException | undefined;
    const child = spawn('git', [...STABLE, ...args], { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 4096) stderr += d;
    });
    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    lines.on('line', onLine);
    const linesDone = new Promise<void>((r) => lines.on('close', () => r()));
    let settled = false;
    const finish = (code: number | null) => {
      if (settled) return;
      settled = true;
      void linesDone.then(() => resolve({ code, stdout: '', stderr, ...(spawnError ? { spawnError } : {}) }));
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      spawnError = err;
      lines.close();
      finish(null);
    });
    child.on('close', (code) => finish(code));
  });
}
