/**
 * The git CLI, read as a stream: one `git log` pass whose lines are handed over one at a
 * time, so a history of any length is read in constant memory apart from what the caller keeps.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createInterface } from 'node:readline';
import { gitEnv, STABLE, type GitResult } from './log-command.js';

export type { GitResult } from './log-command.js';

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

/**
 * Hands each line of the file open at `fd` to `onLine`, from its start (a writer's writes moved
 * the offset to its end), as streamGit reads the pipe (readline, the same options): the log
 * started early (early-log.ts). False when the file could not be read to its end (lines read
 * until then were handed).
 */
export function replayLines(fd: number, onLine: (line: string) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const input = fs.createReadStream('', { fd, start: 0, autoClose: false });
    const lines = createInterface({ input, crlfDelay: Infinity });
    let failed = false;
    const fail = (): void => {
      failed = true;
      lines.close();
    };
    // readline hands the input's error on to the interface: both are listened to, so neither is thrown.
    input.on('error', fail);
    lines.on('error', fail);
    lines.on('line', onLine);
    lines.on('close', () => resolve(!failed));
  });
}
