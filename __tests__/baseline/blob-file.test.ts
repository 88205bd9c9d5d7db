import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobFile, recordsIn, type Place } from '../../src/git/blob-file.js';
import { runGit, type runGitTo } from '../../src/git/run.js';
import { GIT_ENV } from '../helpers/git-history.js';
import { openFilesNamed, tempDir } from '../helpers/temp.js';

/** A repository holding these blobs (no commit): their object ids, in order. */
function withBlobs(contents: readonly Buffer[], format: 'sha1' | 'sha256' = 'sha1'): { dir: string; oids: string[] } {
  const dir = tempDir('mlops-ci-check-blobs-test-');
  execFileSync('git', ['init', '-q', `--object-format=${format}`, dir], { env: GIT_ENV });
  const oids = contents.map((c) => execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, env: GIT_ENV, input: c, encoding: 'utf8' }).trim());
  return { dir, oids };
}

const openBlobFiles = (): number | undefined => openFilesNamed('mlops-ci-check-blobs-');

const small = Buffer.from('import torch\n');
// Over the 64 kB scratch buffer the file starts with, and not text.
const large = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256));
const empty = Buffer.alloc(0);
const newlines = Buffer.from('\n\nblob 12\n\n');

describe('BlobFile', () => {
  it('reads back each blob it fetched, byte for byte, across fetches appended to one file', () => {
    const { dir, oids } = withBlobs([small, large, empty, newlines]);
    const blobs = new BlobFile(dir);
    expect(blobs.fetch([oids[0]!, oids[1]!])).toBe(true);
    expect(blobs.fetch([oids[2]!, oids[3]!])).toBe(true);
    expect(oids.every((o) => blobs.has(o))).toBe(true);
    // Read in an order unlike the fetch's, each checked before the next read (the bytes are a scratch buffer).
    for (const [i, want] of [[3, newlines], [1, large], [0, small], [2, empty]] as const) expect(Buffer.compare(blobs.read(oids[i]!)!, want)).toBe(0);
    blobs.close();
  });

  it('leaves out an object git does not have, and reads the others of the same call', () => {
    const { dir, oids } = withBlobs([small, newlines]);
    const missing = 'f'.repeat(40);
    const blobs = new BlobFile(dir);
    blobs.fetch([oids[0]!, missing, oids[1]!]);
    expect(blobs.has(missing)).toBe(false);
    expect(blobs.read(missing)).toBeUndefined();
    expect(blobs.read(oids[1]!)?.toString('utf8')).toBe(newlines.toString('utf8'));
    expect(blobs.read(oids[0]!)?.toString('utf8')).toBe('import torch\n');
    blobs.close();
  });

  it('reads blobs of a sha-256 repository', () => {
    const { dir, oids } = withBlobs([small, large], 'sha256');
    expect(oids[0]).toHaveLength(64);
    const blobs = new BlobFile(dir);
    expect(blobs.fetch(oids)).toBe(true);
    expect(Buffer.compare(blobs.read(oids[1]!)!, large)).toBe(0);
    expect(blobs.read(oids[0]!)?.toString('utf8')).toBe('import torch\n');
    blobs.close();
  });

  it('holds nothing once closed, its file closed, and fetches again into a new file', () => {
    const { dir, oids } = withBlobs([small]);
    const open = openBlobFiles();
    const blobs = new BlobFile(dir);
    blobs.fetch(oids);
    if (open !== undefined) expect(openBlobFiles()).toBe(open + 1);
    blobs.close();
    if (open !== undefined) expect(openBlobFiles()).toBe(open);
    expect(blobs.has(oids[0]!)).toBe(false);
    expect(blobs.read(oids[0]!)).toBeUndefined();
    blobs.fetch(oids);
    expect(blobs.read(oids[0]!)?.toString('utf8')).toBe('import torch\n');
    blobs.close();
  });

  it('leaves nothing in the temporary folder, even while its file is open', () => {
    const { dir, oids } = withBlobs([small]);
    const tmp = tempDir('mlops-ci-check-blobs-tmp-');
    const blobs = new BlobFile(dir, { tmp });
    blobs.fetch(oids);
    expect(blobs.read(oids[0]!)?.toString('utf8')).toBe('import torch\n');
    expect(fs.readdirSync(tmp)).toEqual([]);
    blobs.close();
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('holds the blobs in memory when no temporary file can be made, and reads them the same', () => {
    const { dir, oids } = withBlobs([small, large]);
    const notAFolder = path.join(tempDir('mlops-ci-check-blobs-tmp-'), 'file');
    fs.writeFileSync(notAFolder, '');
    const blobs = new BlobFile(dir, { tmp: notAFolder });
    expect(blobs.fetch(oids)).toBe(true);
    expect(Buffer.compare(blobs.read(oids[1]!)!, large)).toBe(0);
    expect(Buffer.compare(blobs.read(oids[0]!)!, small)).toBe(0);
    blobs.close();
    expect(blobs.has(oids[0]!)).toBe(false);
  });

  it('asks git again, into memory, for what its file could not hold (a full disk), and takes no more into the file', () => {
    const { dir, oids } = withBlobs([small, large, newlines]);
    let calls = 0;
    // git stops after its first 100 bytes, as on a full disk: the first blob is whole, the second cut short.
    const fullDisk: typeof runGitTo = (cwd, args, fd, input) => {
      calls++;
      const out = runGit(cwd, args, input).stdout;
      fs.writeSync(fd, out.subarray(0, 100));
      return { ok: false, stdout: Buffer.alloc(0), error: 'No space left on device' };
    };
    const blobs = new BlobFile(dir, { runTo: fullDisk });
    expect(blobs.fetch(oids)).toBe(true);
    for (const [i, want] of [[0, small], [1, large], [2, newlines]] as const) expect(Buffer.compare(blobs.read(oids[i]!)!, want)).toBe(0);
    blobs.fetch([oids[0]!]);
    expect(calls).toBe(1);
    blobs.close();
  });

  it('asks again in memory for no more than 64 MB of what its file could not hold, leaving the rest to be fetched when asked for', () => {
    const { dir, oids } = withBlobs([small, large, newlines]);
    const nothingWritten: typeof runGitTo = () => ({ ok: false, stdout: Buffer.alloc(0), error: 'No space left on device' });
    const blobs = new BlobFile(dir, { runTo: nothingWritten });
    // Sizes as a caller knows them: 40 MB each, so the second is over the budget.
    blobs.fetch(oids, () => 40 * 1024 * 1024);
    expect(oids.map((o) => blobs.has(o))).toEqual([true, false, false]);
    expect(blobs.fetch([oids[1]!])).toBe(true);
    expect(Buffer.compare(blobs.read(oids[1]!)!, large)).toBe(0);
    blobs.close();
  });

  it('says git failed outside a repository, and holds nothing', () => {
    const notRepo = tempDir('mlops-ci-check-blobs-none-');
    const blobs = new BlobFile(notRepo);
    expect(blobs.fetch(['0'.repeat(40)])).toBe(false);
    expect(blobs.has('0'.repeat(40))).toBe(false);
    blobs.close();
  });
});

describe('recordsIn', () => {
  /** Where the records of this text are, read from a file holding it. */
  const read = (text: string): { places: Record<string, Place>; missing: string[] } => {
    const file = path.join(tempDir('mlops-ci-check-blobs-rec-'), 'out');
    fs.writeFileSync(file, text);
    const fd = fs.openSync(file, 'r');
    try {
      const places = new Map<string, Place>();
      const missing = recordsIn(fd, 0, fs.fstatSync(fd).size, Buffer.alloc(256), places);
      return { places: Object.fromEntries(places), missing: [...missing] };
    } finally {
      fs.closeSync(fd);
    }
  };

  it('reads blobs and missing objects, each blob at its bytes', () => {
    expect(read('a blob 3\nxyz\nb missing\nc blob 0\n\nd ambiguous\n')).toEqual({ places: { a: { offset: 9, size: 3 }, c: { offset: 32, size: 0 } }, missing: ['b', 'd'] });
  });

  it('leaves out a record cut short, and what follows a header it cannot read', () => {
    expect(read('a blob 3\nxyz\nb blob 10\nshort')).toEqual({ places: { a: { offset: 9, size: 3 } }, missing: [] });
    expect(read('a blob 3\nxyz\nb blob -4\nc blob 1\nz\n')).toEqual({ places: { a: { offset: 9, size: 3 } }, missing: [] });
    expect(read('a blob 3\nxyz\nb blob 2')).toEqual({ places: { a: { offset: 9, size: 3 } }, missing: [] });
  });
});
