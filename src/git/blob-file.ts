/**
 * Blobs fetched from git with `cat-file --batch`, kept in a temporary file instead of in memory:
 * a base comparison fetches every text of the base in one call (tens of MB on a large
 * repository) but reads them one at a time, so holding git's whole output for the base's run
 * put it on top of the peak. Each blob is read back from the file when it is asked for, into a
 * scratch buffer (valid until the next read, as a checkout's reads are: parse/repo.ts). The
 * file is unlinked as soon as it is open where the system allows it (nothing is left behind,
 * even by a crash), else removed when closed or when the process exits. Where no temporary
 * file can be made, git's output is held in memory, as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGit, runGitTo } from './run.js';

interface Place {
  offset: number;
  size: number;
}

/** A record's header: `<oid> blob <size>\n`, or `<oid> missing\n` (sha-256 ids are 64 characters). */
const HEADER_BYTES = 256;

export class BlobFile {
  private fd: number | undefined;
  private end = 0;
  /** A path still to remove (when unlinking an open file failed). */
  private left: string | undefined;
  private readonly places = new Map<string, Place>();
  /** Blobs held in memory, when the temporary file could not be made. */
  private readonly held = new Map<string, Buffer>();
  private scratch = Buffer.allocUnsafeSlow(64 * 1024);
  private readonly header = Buffer.allocUnsafeSlow(HEADER_BYTES);
  private readonly removeLeft = (): void => this.remove();

  /** `tmp` is the folder its file is made in (the system's temporary folder by default). */
  constructor(
    private readonly gitDir: string,
    private readonly tmp: string = os.tmpdir(),
  ) {}

  has(oid: string): boolean {
    return this.places.has(oid) || this.held.has(oid);
  }

  /** Fetches these blobs (appended to the file); false when git failed (the blobs stay missing). */
  fetch(oids: readonly string[]): boolean {
    if (oids.length === 0) return true;
    const fd = this.open();
    if (fd === undefined) {
      const res = runGit(this.gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
      if (res.ok) for (const [oid, bytes] of parseBatch(res.stdout)) this.held.set(oid, bytes);
      return res.ok;
    }
    const from = this.end;
    const res = runGitTo(this.gitDir, ['cat-file', '--batch'], fd, `${oids.join('\n')}\n`);
    this.end = fs.fstatSync(fd).size;
    this.index(fd, from);
    return res.ok;
  }

  /** A blob's bytes, valid until the next read (do not write to them), or undefined when it was not fetched. */
  read(oid: string): Buffer | undefined {
    const at = this.places.get(oid);
    if (at === undefined || this.fd === undefined) return this.held.get(oid);
    if (this.scratch.length < at.size) this.scratch = Buffer.allocUnsafeSlow(Math.max(at.size, this.scratch.length * 2));
    // Fewer bytes than git wrote: the file changed under the run (not expected); read as missing rather than cut short.
    return readAll(this.fd, this.scratch, at.size, at.offset) === at.size ? this.scratch.subarray(0, at.size) : undefined;
  }

  /** Lets go of the file and of every blob in it (a later fetch starts a new file). */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    this.end = 0;
    this.places.clear();
    this.held.clear();
    this.scratch = Buffer.allocUnsafeSlow(64 * 1024);
    this.remove();
  }

  private open(): number | undefined {
    if (this.fd !== undefined) return this.fd;
    try {
      const dir = fs.mkdtempSync(path.join(this.tmp, 'mlops-ci-check-blobs-'));
      const file = path.join(dir, 'blobs');
      this.fd = fs.openSync(file, 'w+');
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        this.left = dir;
        process.once('exit', this.removeLeft);
      }
      return this.fd;
    } catch {
      return undefined;
    }
  }

  private remove(): void {
    if (this.left === undefined) return;
    try {
      fs.rmSync(this.left, { recursive: true, force: true });
      this.left = undefined;
      process.removeListener('exit', this.removeLeft);
    } catch {
      // Still open elsewhere: the exit handler tries again.
    }
  }

  /** Reads the records git wrote from `from` to the end: where each blob's bytes are. */
  private index(fd: number, from: number): void {
    let at = from;
    while (at < this.end) {
      const got = fs.readSync(fd, this.header, 0, HEADER_BYTES, at);
      const nl = this.header.subarray(0, got).indexOf(0x0a);
      if (nl < 0) return;
      const [oid, type, size] = this.header.toString('latin1', 0, nl).split(' ');
      if (type === 'missing' || size === undefined) {
        at += nl + 1;
        continue;
      }
      const n = Number(size);
      // A record cut short (git stopped: a full disk) is left out, as a missing one is.
      if (at + nl + 1 + n > this.end) return;
      this.places.set(oid!, { offset: at + nl + 1, size: n });
      at += nl + 1 + n + 1;
    }
  }
}

/** Blobs from `git cat-file --batch` output held in memory: `<oid> blob <size>\n<bytes>\n` each (views of `out`). */
export function parseBatch(out: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const nl = out.indexOf(0x0a, at);
    if (nl < 0) break;
    const [oid, type, size] = out.subarray(at, nl).toString('utf8').split(' ');
    if (type === 'missing' || size === undefined) {
      at = nl + 1;
      continue;
    }
    const n = Number(size);
    blobs.set(oid!, out.subarray(nl + 1, nl + 1 + n));
    at = nl + 1 + n + 1;
  }
  return blobs;
}

/** `size` bytes at `offset` into `buf` (a read may return fewer). */
function readAll(fd: number, buf: Buffer, size: number, offset: number): number {
  let got = 0;
  while (got < size) {
    const n = fs.readSync(fd, buf, got, size - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
