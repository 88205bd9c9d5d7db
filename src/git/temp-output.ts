/**
 * Files for the output of a git command started early (the listing, the history's log): git
 * writes into them while the main thread is busy loading or analysing, where a pipe (64 kB)
 * would make it wait. Each file is opened and at once removed, with its folder: git writes
 * through the open descriptor and the output is read back by position, so nothing is left on
 * disk even when the process is killed. Where an open file cannot be removed (Windows), the
 * folder goes when `release` is called or when the process exits. Only node built-ins here:
 * the entries import this before anything else.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface TempOutputs {
  /** One open descriptor per output (read and write), undefined where the file could not be made. */
  fds: (number | undefined)[];
  /** Removes the folder if it could not go at once (call when the outputs are read). */
  release(): void;
}

/** `n` output files in a new private folder under `tmp`; undefined when the folder cannot be made. */
export function openTempOutputs(n: number, tmp: string, prefix: string): TempOutputs | undefined {
  let dir: string;
  try {
    dir = fs.mkdtempSync(path.join(tmp, prefix));
  } catch {
    return undefined;
  }
  const fds = Array.from({ length: n }, (_, i) => openRemoved(path.join(dir, `out-${i}`)));
  let gone = fds.every((fd) => fd !== undefined);
  if (gone) {
    try {
      fs.rmdirSync(dir);
    } catch {
      gone = false;
    }
  }
  if (gone) return { fds, release: () => undefined };
  const removeDir = (): void => {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A temporary folder that cannot go (EBUSY, EPERM) is left to the system; the run goes on.
    }
  };
  process.once('exit', removeDir);
  return {
    fds,
    release: () => {
      removeDir();
      // A folder still there (a file git holds open on Windows) is tried again at exit.
      if (!fs.existsSync(dir)) process.removeListener('exit', removeDir);
    },
  };
}

/** A new file, opened and then removed where the system allows it (it lives on through the descriptor); undefined when it cannot be made. */
function openRemoved(file: string): number | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  try {
    fs.unlinkSync(file);
  } catch {
    // Kept until released.
  }
  return fd;
}

/** The first `max` bytes written to `fd` (all by default), read by position: the writer's writes moved the shared offset to the end. */
export function readWhole(fd: number, max = Infinity): Buffer {
  const size = Math.min(fs.fstatSync(fd).size, max);
  const buf = Buffer.allocUnsafe(size);
  const got = readAt(fd, buf, size, 0);
  return got === size ? buf : buf.subarray(0, got);
}

/** Reads `size` bytes of `fd` from `offset` into the start of `buf` (a read may give fewer); returns how many it got. */
export function readAt(fd: number, buf: Uint8Array, size: number, offset: number): number {
  let got = 0;
  while (got < size) {
    const n = fs.readSync(fd, buf, got, size - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * Runs `command` in `cwd` with its standard output going into the open file `fd` (its standard
 * error ignored) and resolves with its exit code; null when it could not start or `signal`
 * stopped it. A stopped command is not waited for: one stuck on a slow file system must not
 * hold the process. Never rejects.
 */
export function runIntoFile(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, fd: number, signal?: AbortSignal): Promise<number | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (code: number | null): void => {
      if (!done) resolve(code);
      done = true;
    };
    try {
      const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, 'ignore'], windowsHide: true, ...(signal ? { signal } : {}) });
      // An abort comes as an error (AbortError) and then a close: either ends it.
      child.on('error', () => finish(null));
      child.on('close', (code) => finish(code));
      signal?.addEventListener(
        'abort',
        () => {
          child.unref();
          finish(null);
        },
        { once: true },
      );
    } catch {
      finish(null);
    }
  });
}

/** Closes a descriptor, ignoring one closed already. */
export function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Closed already: nothing to let go of.
  }
}
