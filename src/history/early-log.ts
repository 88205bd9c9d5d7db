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
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { closeQuietly, openTempOutputs, runIntoFile } from '../git/temp-output.js';
import { gitEnv, LOG_ARGS, STABLE } from './log-command.js';

/**
 * A log that ended well, taken by readHistory: its lines are read from `fd` (git/replayLines),
 * then `release` lets go of it. git's standard error is not kept: a log that failed is not
 * handed out, and the one run after the analysis says why.
 */
export interface TakenLog {
  fd: number;
  release(): void;
}

export interface EarlyLog {
  /** The folder the log ran in. */
  readonly root: string;
  /**
   * The log, once git has ended well; undefined when git failed, was stopped, or the log was
   * taken already or ran elsewhere (the caller then runs git itself).
   */
  take(root: string): Promise<TakenLog | undefined>;
}

/** Beyond this size of pack indexes (about 28 bytes an object: 4.6 million objects), the log is left to run after the analysis, streamed. */
const MAX_INDEX_BYTES = 128 * 1024 * 1024;

/**
 * Whether the log of the repository at `root` is worth starting early: `.git` is its own folder
 * (not a worktree's or submodule's pointer), the clone is not shallow (readHistory refuses a
 * shallow clone: the action's default checkout would run git for nothing), and its history is
 * not so large that the whole log in a temporary file (0.2–0.5 bytes per byte of pack index
 * measured; kubeflow/pipelines 4.9 MB) would weigh on a temporary folder held in memory. A
 * history over the bound is read after the analysis, streamed, as before.
 */
export function logFitsEarly(root: string, maxIndexBytes = MAX_INDEX_BYTES): boolean {
  try {
    const git = path.join(root, '.git');
    if (!fs.statSync(git).isDirectory() || fs.existsSync(path.join(git, 'shallow'))) return false;
    const packs = path.join(git, 'objects', 'pack');
    let bytes = 0;
    for (const name of fs.existsSync(packs) ? fs.readdirSync(packs) : []) if (name.endsWith('.idx')) bytes += fs.statSync(path.join(packs, name)).size;
    return bytes <= maxIndexBytes;
  } catch {
    return false;
  }
}

/** `git log` of the whole repository at `root`, started now; undefined when it is not worth it (logFitsEarly) or its output files cannot be made. `signal` stops it and lets go of its files. */
export function startHistoryLog(root: string, signal?: AbortSignal, tmp = os.tmpdir()): EarlyLog | undefined {
  if (!logFitsEarly(root)) return undefined;
  const outputs = openTempOutputs(1, tmp, 'mlops-ci-check-log-');
  const out = outputs?.fds[0];
  if (outputs === undefined || out === undefined) {
    outputs?.release();
    return undefined;
  }
  // The descriptor is closed once: a number closed twice may by then be another file's.
  let open = true;
  const closeAll = (): void => {
    if (open) closeQuietly(out);
    open = false;
    outputs.release();
  };
  let taken = false;
  const ended = runIntoFile('git', [...STABLE, ...LOG_ARGS], root, gitEnv(), out, signal);
  // Stopped before it was taken (the history refused it, or was not read): its files go now, whether git ended or not.
  signal?.addEventListener(
    'abort',
    () => {
      if (!taken) closeAll();
    },
    { once: true },
  );
  // Once git failed, the files are of no use.
  const settled = ended.then((code) => {
    if (code !== 0 || signal?.aborted) {
      closeAll();
      return false;
    }
    return true;
  });
  return {
    root,
    async take(at) {
      if (taken || at !== root || signal?.aborted) return undefined;
      taken = true;
      if (!(await settled) || signal?.aborted) {
        closeAll();
        return undefined;
      }
      return { fd: out, release: closeAll };
    },
  };
}
