/**
 * The history's `git log`, started before the analysis instead of after it: git walks the
 * commits on another core while the main thread analyses (kubeflow/pipelines: 7,300 commits,
 * 4.9 MB of log, about 0.5 s of git), and the history reads the lines from where git wrote
 * them. Its output goes to a temporary file (git/temp-output.ts), not a pipe: a pipe holds
 * 64 kB and the main thread reads nothing while it analyses. Only a log of the whole
 * repository is started early (the analysed folder holds `.git`); readHistory takes it only
 * after its own checks (a work tree, not shallow, at the top) and runs git again as before
 * when the early one failed. Light on purpose: the entries import it before anything else.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createInterface } from 'node:readline';
import { closeQuietly, openTempOutputs, readWhole } from '../git/temp-output.js';
import { gitEnv, LOG_ARGS, STABLE, type GitResult } from './git.js';

/** How much of git's standard error is kept (streamGit keeps about as much). */
const STDERR_KEPT = 4096;

export interface EarlyLog {
  /** The folder the log ran in. */
  readonly root: string;
  /**
   * Hands the log's lines to `onLine` (as streamGit does) once git has ended well, and resolves
   * with its result; undefined, with no line handed, when git failed, was stopped, or the log
   * was taken already or ran elsewhere (the caller then runs git itself). A result that is not
   * ok (code 1: the file could not be read back whole) may have handed some lines.
   */
  replay(root: string, onLine: (line: string) => void): Promise<GitResult | undefined>;
}

/** `git log` of the whole repository at `root`, started now; undefined when its output files cannot be made. `signal` stops it. */
export function startHistoryLog(root: string, signal?: AbortSignal, tmp = os.tmpdir()): EarlyLog | undefined {
  const outputs = openTempOutputs(2, tmp, 'mlops-ci-check-log-');
  if (!outputs) return undefined;
  const [out, err] = outputs.fds;
  const closeAll = (): void => {
    for (const fd of outputs.fds) if (fd !== undefined) closeQuietly(fd);
    outputs.release();
  };
  if (out === undefined || err === undefined) {
    closeAll();
    return undefined;
  }
  const ended = new Promise<number | null>((resolve) => {
    let done = false;
    const finish = (code: number | null): void => {
      if (!done) resolve(code);
      done = true;
    };
    try {
      const child = spawn('git', [...STABLE, ...LOG_ARGS], { cwd: root, env: gitEnv(), stdio: ['ignore', out, err], windowsHide: true, ...(signal ? { signal } : {}) });
      child.on('error', () => finish(null));
      child.on('close', (code) => finish(code));
      signal?.addEventListener(
        'abort',
        () => {
          // Not waited for: a git stuck on a slow file system must not hold the process.
          child.unref();
          finish(null);
        },
        { once: true },
      );
    } catch {
      finish(null);
    }
  });
  // Once stopped, or once git failed, the files are of no use.
  const settled = ended.then((code) => {
    if (code !== 0 || signal?.aborted) {
      closeAll();
      return false;
    }
    return true;
  });
  let taken = false;
  return {
    root,
    async replay(at, onLine) {
      if (taken || at !== root) return undefined;
      taken = true;
      if (!(await settled) || signal?.aborted) return undefined;
      let stderr: string;
      try {
        stderr = readWhole(err, STDERR_KEPT).toString('utf8');
      } catch {
        closeAll();
        return undefined;
      }
      closeQuietly(err);
      // Read by position from the start (git's writes moved the offset to the end), line by line as streamGit reads the pipe.
      const input = fs.createReadStream('', { fd: out, start: 0, autoClose: false });
      const lines = createInterface({ input, crlfDelay: Infinity });
      lines.on('line', onLine);
      const ok = await new Promise<boolean>((resolve) => {
        input.on('error', () => {
          lines.close();
          resolve(false);
        });
        lines.on('close', () => resolve(true));
      });
      closeQuietly(out);
      outputs.release();
      return ok ? { code: 0, stdout: '', stderr } : { code: 1, stdout: '', stderr: 'the log written early could not be read back' };
    },
  };
}
