/**
 * git commands started in the background, their output going to temporary files (temp-output.ts), and handed to the
 * code that would have run them with `spawnSync`. The base comparison starts its git before the checkout's analysis:
 * that analysis runs synchronously for seconds, and git compares the work tree with the base on another core meanwhile
 * (on a fresh checkout, whose files git finds racily clean, that means hashing every file: 0.2–0.4 s of git on
 * diffusers), instead of after it, while the main thread waits.
 *
 * An output is handed out once, to a caller asking for the same command in the same folder, and only when git ended
 * well: a command that failed is run again by its caller, which then says why as it always did.
 */
import * as os from 'node:os';
import { gitArgv, gitEnv, runGit, type GitResult } from './run.js';
import { closeQuietly, openTempOutputs, readWhole, runIntoFile } from './temp-output.js';

const keyOf = (cwd: string, args: readonly string[]): string => [cwd, ...args].join('\0');

export class EarlyGitOutputs {
  /** The open files of the commands that ended well, by folder and arguments. */
  private readonly done = new Map<string, number>();
  /** Short answers git gave before the commands started (the base's commit, the checkout's top), held. */
  private readonly answered = new Map<string, Buffer>();

  constructor(outputs: Iterable<readonly [cwd: string, args: readonly string[], fd: number]>, answers: Iterable<readonly [cwd: string, args: readonly string[], out: Buffer]> = []) {
    for (const [cwd, args, fd] of outputs) this.done.set(keyOf(cwd, args), fd);
    for (const [cwd, args, out] of answers) this.answered.set(keyOf(cwd, args), out);
  }

  /** A GitRunner (run.ts): the early output of the command when there is one (taken), else git run now. */
  readonly run = (cwd: string, args: readonly string[]): GitResult => {
    const out = this.take(cwd, args);
    return out === undefined ? runGit(cwd, args) : { ok: true, stdout: out, error: '' };
  };

  /**
   * The open file holding the output of `args` run in `cwd` (read it by position; close it when done), when it was
   * started early and ended well; undefined otherwise, and for the second caller.
   */
  takeFile(cwd: string, args: readonly string[]): number | undefined {
    const key = keyOf(cwd, args);
    const fd = this.done.get(key);
    this.done.delete(key);
    return fd;
  }

  /** The command's early output (takeFile's, read whole, its file closed), once. */
  take(cwd: string, args: readonly string[]): Buffer | undefined {
    const key = keyOf(cwd, args);
    const held = this.answered.get(key);
    this.answered.delete(key);
    if (held !== undefined) return held;
    const fd = this.takeFile(cwd, args);
    if (fd === undefined) return undefined;
    try {
      return readWhole(fd);
    } catch {
      return undefined;
    } finally {
      closeQuietly(fd);
    }
  }

  /** Closes the outputs nobody took. */
  release(): void {
    for (const fd of this.done.values()) closeQuietly(fd);
    this.done.clear();
    this.answered.clear();
  }
}

/** A command to start: its folder and git's arguments. */
export interface GitCommand {
  cwd: string;
  args: readonly string[];
}

/**
 * Starts each command at once, in the background, and resolves (never rejects) when all have ended. `signal` stops them
 * and closes what they wrote (their outputs are then not handed out): the caller aborts it when its run ends, however
 * it ends. `tmp`: where the temporary folder goes (tests). `answers`: outputs git gave already, held (EarlyGitOutputs).
 */
export function startGitOutputs(commands: readonly GitCommand[], signal?: AbortSignal, tmp = os.tmpdir(), answers: Iterable<readonly [cwd: string, args: readonly string[], out: Buffer]> = []): Promise<EarlyGitOutputs> {
  const outputs = openTempOutputs(commands.length, tmp, 'mlops-ci-check-git-');
  if (!outputs) return Promise.resolve(new EarlyGitOutputs([], answers));
  const env = gitEnv();
  const runs = commands.map(async ({ cwd, args }, i) => {
    const fd = outputs.fds[i];
    if (fd === undefined) return undefined;
    const code = await runIntoFile('git', gitArgv(args), cwd, env, fd, signal);
    // A full disk makes git fail too: its output is then not handed out.
    if (code !== 0 || signal?.aborted) {
      closeQuietly(fd);
      return undefined;
    }
    return [cwd, args, fd] as const;
  });
  return Promise.all(runs).then((done) => {
    outputs.release();
    const early = new EarlyGitOutputs(
      done.filter((d) => d !== undefined),
      answers,
    );
    // Once stopped (the run is over, or ended before it took them: an error), nothing of them stays open.
    if (signal?.aborted) early.release();
    else signal?.addEventListener('abort', () => early.release(), { once: true });
    return early;
  });
}
