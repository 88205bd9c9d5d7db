/**
 * Runs git commands for the base comparison, which read the repository: none writes to it (a temporary index is
 * written outside it), though one runs the repository's own filter drivers (tree-repo.ts). Never throws: a missing git,
 * a folder that is not a checkout or an unknown commit come back as `ok: false` with git's first line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  /** git's first line of complaint (or why git could not start). */
  error: string;
}

/** Output cap: a repository's listing or a batch of blobs, far above any real need. */
const MAX_BUFFER = 1024 * 1024 * 1024;

// No pager, no prompt, no locale-dependent messages (a filter driver's call sets the user's LC_ALL back).
export const gitEnv = (extra?: Readonly<Record<string, string | undefined>>): NodeJS.ProcessEnv => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', ...extra });
export const gitArgv = (args: readonly string[]): string[] => ['-c', 'core.quotePath=false', ...args];

function result(status: number | null, stdout: Buffer, stderr: Buffer, signal?: NodeJS.Signals | null): GitResult {
  const complaint = stderr.toString('utf8').trim().split('\n')[0] ?? '';
  return { ok: status === 0, stdout, error: complaint || (status === null && signal ? `git was stopped by ${signal}` : `git exited with ${status}`) };
}

/**
 * `env`: variables set for git on top of the process's (a temporary index: `GIT_INDEX_FILE`), or unset where undefined.
 * `timeoutMs`: git is stopped after it (a command that runs the repository's filter drivers, which may wait forever).
 */
export function runGit(cwd: string, args: readonly string[], input?: Buffer | string, env?: Readonly<Record<string, string | undefined>>, timeoutMs?: number): GitResult {
  const res = spawnSync('git', gitArgv(args), { cwd, env: gitEnv(env), input, maxBuffer: MAX_BUFFER, windowsHide: true, ...(timeoutMs !== undefined ? { timeout: timeoutMs } : {}) });
  if ((res.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return { ok: false, stdout: Buffer.alloc(0), error: `git did not finish within ${timeoutMs! / 1000} s` };
  if (res.error) return { ok: false, stdout: Buffer.alloc(0), error: res.error.message };
  return result(res.status, res.stdout ?? Buffer.alloc(0), res.stderr ?? Buffer.alloc(0), res.signal);
}

/** `runGit` with git's output written to the open file `fd` (at its offset) instead of held in memory; `stdout` is empty. */
export function runGitTo(cwd: string, args: readonly string[], fd: number, input?: Buffer | string): GitResult {
  const res = spawnSync('git', gitArgv(args), { cwd, env: gitEnv(), input, stdio: ['pipe', fd, 'pipe'], maxBuffer: MAX_BUFFER, windowsHide: true });
  if (res.error) return { ok: false, stdout: Buffer.alloc(0), error: res.error.message };
  return result(res.status, Buffer.alloc(0), res.stderr ?? Buffer.alloc(0), res.signal);
}

/** `runGit` in the background, for a short answer (its output is held in memory): the CLI starts `rev-parse HEAD` before it loads the analysis. `signal` kills it (then not ok). */
export function startGit(cwd: string, args: readonly string[], signal?: AbortSignal): Promise<GitResult> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (r: GitResult): void => {
      if (!settled) resolve(r);
      settled = true;
    };
    try {
      const child = spawn('git', gitArgv(args), { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...(signal ? { signal } : {}) });
      child.stdout.on('data', (d: Buffer) => {
        size += d.length;
        if (size <= MAX_BUFFER) out.push(d);
        else child.kill();
      });
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e) => settle({ ok: false, stdout: Buffer.alloc(0), error: e.message }));
      // Stopped: not waited for (a git stuck on a slow file system, or a child of its that keeps the pipes, must not hold the process).
      signal?.addEventListener(
        'abort',
        () => {
          letGo(child);
          settle({ ok: false, stdout: Buffer.alloc(0), error: 'stopped before it answered' });
        },
        { once: true },
      );
      child.on('close', (status, signal) => settle(size > MAX_BUFFER ? { ok: false, stdout: Buffer.alloc(0), error: 'git wrote more than the tool reads' } : result(status, Buffer.concat(out), Buffer.concat(err), signal)));
    } catch (e: unknown) {
      settle({ ok: false, stdout: Buffer.alloc(0), error: e instanceof Error ? e.message : String(e) });
    }
  });
}

/** A child this process no longer waits for: its pipes closed on this side, and it keeps nothing alive. */
export function letGo(child: ChildProcess): void {
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}

/** A `gitText` answer from a finished `startGit`. */
export function textOf(r: GitResult): string | undefined {
  return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}

export function gitText(cwd: string, args: readonly string[]): string | undefined {
  return textOf(runGit(cwd, args));
}

/** The tree of `sha` at the analysed folder (`prefix`, from workTreeOf), as git names it. */
export const treeAt = (sha: string, prefix: string): string => (prefix ? `${sha}:${prefix}` : sha);

/** git's config, from every scope (`<key>\n<value>\0` records): tree-repo.ts reads its filter drivers. */
export const CONFIG_ARGS: readonly string[] = ['config', '-z', '--list'];

/** A tree's files, recursively, with their sizes (tree-repo.ts reads it). */
export const treeListingArgs = (tree: string): string[] => ['ls-tree', '-r', '-z', '-l', '--full-name', tree];

/** The prefixes of the temporary folders made here, whose left folders sweepLeftFolders removes. */
const TEMP_PREFIXES = ['mlops-ci-check-attr-', 'mlops-ci-check-smudge-'];
let swept = false;
/** How old a left folder must be to be removed (no run of the tool lasts this long). */
const LEFT_FOLDER_AGE_MS = 60 * 60 * 1000;

/**
 * Removes, once per process, the temporary folders a run of the tool left: a signal (Ctrl-C, a cancelled job) ends Node
 * with no 'exit' event. Each folder names its process; one whose process is gone, and an hour old, goes. Not a listener for those
 * signals: Node would then run it only after the analysis (synchronous) ends, and a Ctrl-C would wait for the report.
 */
function sweepLeftFolders(tmp: string): void {
  if (swept) return;
  swept = true;
  let names: string[];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = TEMP_PREFIXES.find((p) => name.startsWith(p));
    const pid = prefix === undefined ? NaN : Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    try {
      // And an hour old: a process of another PID namespace (a container sharing this folder) may be running.
      const folder = path.join(tmp, name);
      if (fs.statSync(folder).mtimeMs > Date.now() - LEFT_FOLDER_AGE_MS) continue;
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another user's, or going: left.
    }
  }
}

/** Whether a process of that id runs (one this user may not signal counts as running). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A temporary folder of its own (`prefix`, one of TEMP_PREFIXES, and the process's id start its name): removed by
 * `drop`, or when the process exits; one left by a process a signal ended is removed by the next run that makes one
 * (sweepLeftFolders). git writes a temporary index by its name, so it cannot be a file removed while open, as
 * temp-output.ts's are.
 */
export function tempFolder(prefix: string): { path: string; drop(): void } | { error: string } {
  let folder: string;
  try {
    const tmp = os.tmpdir();
    sweepLeftFolders(tmp);
    folder = fs.mkdtempSync(path.join(tmp, `${prefix}${process.pid}-`));
  } catch (e) {
    return { error: (e as Error).message };
  }
  const drop = (): void => {
    process.removeListener('exit', drop);
    try {
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Left in the temporary folder (a file still open on Windows): nothing of the repository's.
    }
  };
  process.on('exit', drop);
  return { path: folder, drop };
}

/**
 * A temporary index of `commit`'s tree, for the rules of its `.gitattributes` (`check-attr --cached` with `env`; git's
 * `--source` needs 2.40): a folder of its own, removed by `drop` or when the process exits. git's complaint where it
 * cannot be made. GIT_ATTR_SOURCE (git 2.40) is unset in `env`: it would make check-attr read another tree.
 */
export function tempIndexOf(dir: string, commit: string): { env: Readonly<Record<string, string | undefined>>; drop(): void } | { error: string } {
  const folder = tempFolder('mlops-ci-check-attr-');
  if ('error' in folder) return { error: `no temporary index: ${folder.error}` };
  const env = { GIT_INDEX_FILE: path.join(folder.path, 'index'), GIT_ATTR_SOURCE: undefined };
  const read = runGit(dir, ['read-tree', commit], undefined, env);
  if (read.ok) return { env, drop: folder.drop };
  folder.drop();
  return { error: read.error };
}

/** What runs a git command and waits for it: runGit, or one that may hand out an answer git gave earlier (early-outputs.ts). */
export type GitRunner = (cwd: string, args: readonly string[]) => GitResult;

/** The checkout's top folder and the analysed folder inside it ('' at the top), or git's complaint. */
export function workTreeOf(dir: string, run: GitRunner = runGit): { top: string; prefix: string } | { error: string } {
  const top = run(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { error: top.error };
  const prefix = textOf(run(dir, ['rev-parse', '--show-prefix'])) ?? '';
  return { top: top.stdout.toString('utf8').trim(), prefix: prefix.replace(/\/$/, '') };
}

/** The full sha of a revision when its commit is in the object store, else undefined. */
export function resolveCommit(dir: string, rev: string, run: GitRunner = runGit): string | undefined {
  if (rev.startsWith('-')) return undefined;
  return textOf(run(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]));
}
