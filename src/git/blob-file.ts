/**
 * Blobs fetched from git with `cat-file --batch`, kept in a temporary file instead of in memory:
 * a base comparison fetches every text of the base in one call (tens of MB on a large
 * repository) but reads them one at a time, so holding git's whole output for the base's run
 * put it on top of the peak. Each blob is read back from the file when it is asked for, into a
 * scratch buffer (valid until the next read, as a checkout's reads are: parse/repo.ts). The
 * file is made as the early commands' outputs are (git/temp-output.ts): removed as soon as it
 * is open where the system allows it (nothing is left behind, even by a crash), else when it
 * is closed or when the process exits.
 *
 * Where the file cannot serve (no temporary file can be made, the disk fills up, an I/O error),
 * the blobs it lacks are fetched again into memory, as before this file existed, and every
 * later fetch goes to memory: the base is read whole either way, and nothing here throws.
 */
import fs from 'node:fs';
import os from 'node:os';
import { runGit, runGitTo } from './run.js';
import { closeQuietly, openTempOutputs, readAt } from './temp-output.js';

export interface Place {
  offset: number;
  size: number;
}

/** A record's header: `<oid> blob <size>\n`, or `<oid> missing\n` (sha-256 ids are 64 characters). */
const HEADER_BYTES = 256;
const SIZE = /^\d+$/;
/** Most bytes asked for again into memory when the file fails (a base's prefetch may name hundreds of MB for a file). */
const MEMORY_BYTES = 64 * 1024 * 1024;

export class BlobFile {
  private fd: number | undefined;
  private end = 0;
  /** Removes the file's folder where it could not go while the file was open (temp-output.ts). */
  private releaseFolder: (() => void) | undefined;
  /** Set once the file failed: every fetch from then on goes to memory. */
  private inMemory = false;
  private readonly places = new Map<string, Place>();
  /** Blobs held in memory, where the file could not serve. */
  private readonly held = new Map<string, Buffer>();
  private scratch = Buffer.allocUnsafeSlow(64 * 1024);
  private readonly header = Buffer.allocUnsafeSlow(HEADER_BYTES);

  private readonly tmp: string;
  private readonly runTo: typeof runGitTo;

  /** `tmp` is the folder its file is made in (the system's temporary folder by default); `runTo` runs git into it (tests pass their own). */
  constructor(
    private readonly gitDir: string,
    options: { tmp?: string; runTo?: typeof runGitTo } = {},
  ) {
    this.tmp = options.tmp ?? os.tmpdir();
    this.runTo = options.runTo ?? runGitTo;
  }

  /** Whether fetched blobs go to the temporary file (made now if it is not yet), not to memory. */
  onDisk(): boolean {
    return !this.inMemory && this.open() !== undefined;
  }

  has(oid: string): boolean {
    return this.places.has(oid) || this.held.has(oid);
  }

  /**
   * Fetches these blobs; false when git failed (the blobs it did not give stay missing). `sizeOf` gives a blob's size
   * where known: when the file fails, the blobs it lacks are fetched into memory up to MEMORY_BYTES in all, and the
   * rest left missing (fetched when asked for).
   */
  fetch(oids: readonly string[], sizeOf: (oid: string) => number = () => 0): boolean {
    if (oids.length === 0) return true;
    const fd = this.inMemory ? undefined : this.open();
    if (fd === undefined) return this.fetchIntoMemory(oids);
    const from = this.end;
    const res = this.runTo(this.gitDir, ['cat-file', '--batch'], fd, `${oids.join('\n')}\n`);
    let missing: Set<string>;
    try {
      this.end = fs.fstatSync(fd).size;
      missing = recordsIn(fd, from, this.end, this.header, this.places);
    } catch {
      missing = new Set();
    }
    const lacking = oids.filter((o) => !this.places.has(o) && !missing.has(o));
    if (lacking.length === 0) return res.ok;
    // git could not say every blob into the file (a full disk, an I/O error) or failed: what the file holds is kept,
    // the rest is asked for again in memory, and the file takes no more.
    this.inMemory = true;
    let budget = MEMORY_BYTES;
    return this.fetchIntoMemory(
      lacking.filter((o) => {
        budget -= sizeOf(o);
        return budget >= 0;
      }),
    );
  }

  /** A blob's bytes, valid until the next read (do not write to them), or undefined when it was not fetched. */
  read(oid: string): Buffer | undefined {
    const at = this.places.get(oid);
    if (at === undefined || this.fd === undefined) return this.held.get(oid);
    if (this.scratch.length < at.size) this.scratch = Buffer.allocUnsafeSlow(Math.max(at.size, this.scratch.length * 2));
    try {
      // Fewer bytes than git wrote: the file changed under the run (not expected); read as missing rather than cut short.
      return readAt(this.fd, this.scratch, at.size, at.offset) === at.size ? this.scratch.subarray(0, at.size) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Lets go of the file and of every blob held (a later fetch starts a new file). */
  close(): void {
    if (this.fd !== undefined) closeQuietly(this.fd);
    this.fd = undefined;
    this.releaseFolder?.();
    this.releaseFolder = undefined;
    this.end = 0;
    this.inMemory = false;
    this.places.clear();
    this.held.clear();
    this.scratch = Buffer.allocUnsafeSlow(64 * 1024);
  }

  private fetchIntoMemory(oids: readonly string[]): boolean {
    if (oids.length === 0) return true;
    const res = runGit(this.gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
    if (res.ok) for (const [oid, bytes] of parseBatch(res.stdout)) this.held.set(oid, bytes);
    return res.ok;
  }

  /** The file, made on first use: opened and at once removed where the system allows it (temp-output.ts). */
  private open(): number | undefined {
    if (this.fd !== undefined) return this.fd;
    const outputs = openTempOutputs(1, this.tmp, 'mlops-ci-check-blobs-');
    const fd = outputs?.fds[0];
    if (outputs === undefined || fd === undefined) {
      outputs?.release();
      return undefined;
    }
    this.fd = fd;
    this.releaseFolder = outputs.release;
    return fd;
  }
}

/**
 * Reads the records git wrote into `fd` from `from` to `end`, and sets where each blob's bytes are in `places`;
 * returns the objects git said are missing. A record cut short (git stopped: a full disk) is left out, and so is
 * everything after a header that cannot be read.
 */
export function recordsIn(fd: number, from: number, end: number, header: Buffer, places: Map<string, Place>): Set<string> {
  const missing = new Set<string>();
  let at = from;
  while (at < end) {
    const got = fs.readSync(fd, header, 0, header.length, at);
    const nl = header.subarray(0, got).indexOf(0x0a);
    if (nl < 0) break;
    const [oid, type, size] = header.toString('latin1', 0, nl).split(' ');
    if (oid === undefined || oid === '') break;
    if (type !== 'blob' || size === undefined) {
      // `missing` (or another answer git gives without bytes: `ambiguous`).
      missing.add(oid);
      at += nl + 1;
      continue;
    }
    if (!SIZE.test(size)) break;
    const n = Number(size);
    if (at + nl + 1 + n > end) break;
    places.set(oid, { offset: at + nl + 1, size: n });
    at += nl + 1 + n + 1;
  }
  return missing;
}

/** Blobs from `git cat-file --batch` output held in memory: `<oid> blob <size>\n<bytes>\n` each (views of `out`). */
export function parseBatch(out: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(0x0a, at);
    if (nl < 0) break;
    const [oid, type, size] = out.subarray(at, nl).toString('utf8').split(' ');
    if (type !== 'blob' || size === undefined) {
      at = nl + 1;
      continue;
    }
    if (!SIZE.test(size)) break;
    const n = Number(size);
    blobs.set(oid!, out.subarray(nl + 1, nl + 1 + n));
    at = nl + 1 + n + 1;
  }
  return blobs;
}
