/**
 * One walk of the repository, and a reader that never throws. Symlinks are resolved and
 * kept only when they land inside the root; directory links are not descended (no loops).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_LIMIT_CHECK, type Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';
import { isUtf8 } from 'node:buffer';
import { listedTree, readInside, readListed, type ListedTree } from '../io/fs-guard.js';
import { listFiles } from './file-list.js';
import { partialReading } from './partial.js';
import type { EarlyListing } from './git-listing.js';

export { GENERATED_DIRS, SKIPPED_DIRS } from './file-list.js';

export interface RepoOptions {
  /** Largest file read as text, in bytes. */
  maxFileBytes?: number;
  /** Most files listed; the walk stops there with a finding. */
  maxFiles?: number;
  /** Paths (relative, POSIX) to leave out, as predicates. */
  ignore?: (relPath: string) => boolean;
  /** Most bytes read in total (the files' bytes as read, before decoding). */
  maxTotalBytes?: number;
  /** Time after which no more files are read (ms from the start of the walk). */
  maxReadMs?: number;
  /** Leave out folders of generated files and run output (file-list.ts, GENERATED_DIRS); default true. */
  skipGenerated?: boolean;
  /** List the files with git when the root has `.git` (default true). */
  useGit?: boolean;
  /** The listing's git commands, already run by the CLI while the analysis loaded (parse/git-listing.ts). */
  gitListing?: EarlyListing;
}

interface ReadBudget {
  bytes: number;
  deadline: number;
  spent: boolean;
}

/** Whether one more file may be read; the first refusal becomes a finding at the file it stopped at. */
function withinBudget(budget: ReadBudget, rel: string, findings: Finding[]): boolean {
  if (budget.bytes > 0 && Date.now() < budget.deadline) return true;
  if (!budget.spent) {
    budget.spent = true;
    const what = budget.bytes <= 0 ? 'the total amount of text the tool reads' : 'the time the tool spends reading files';
    findings.push(partialReading({ severity: 'warning', file: rel, line: 1, column: 1, check: 'file-read', message: `Reading stopped at "${rel}": the repository is over ${what}, so this file and those read after it were left out and the results may be incomplete.` }, `reading stopped at "${rel}", over ${what}`));
  }
  return false;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export { READ_LIMIT_CHECK };
/** All text read in one analysis; past it (or past the time budget) files are left unread, with one finding. */
export const DEFAULT_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
export const DEFAULT_MAX_READ_MS = 120_000;
const DEFAULT_MAX_FILES = 200_000;

export function indexRepository(rootDir: string, options: RepoOptions = {}): RepoIndex {
  const root = path.resolve(rootDir);
  const findings: Finding[] = [];
  const dirs = new Set<string>();
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignore = options.ignore ?? (() => false);
  let realRoot = root;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    // readdir below fails too and says so.
  }

  const { files, folders: seenFolders, findings: listed } = listFiles(root, rootDir, { maxFiles, ignore, skipGenerated: options.skipGenerated ?? true, useGit: options.useGit ?? true, ...(options.gitListing ? { early: options.gitListing } : {}) });
  findings.push(...listed);
  files.sort();
  const fileSet = new Set(files);
  for (const f of files) {
    let i = f.lastIndexOf('/');
    let d = i < 0 ? '' : f.slice(0, i);
    dirs.add('');
    while (d !== '' && !dirs.has(d)) {
      dirs.add(d);
      i = d.lastIndexOf('/');
      d = i < 0 ? '' : d.slice(0, i);
    }
  }

  const tree = listedTree(realRoot, seenFolders);
  const readBytes = (rel: string, again: boolean) => readGuarded(root, rel, maxBytes, again ? [] : findings, realRoot, tree);
  const { cached: _cached, ...reads } = heldReads(withReadBudget((p) => fileSet.has(p), readBytes, options, findings), findings);
  return { root, files, has: (p) => fileSet.has(p), dirs, ...reads, findings };
}

/**
 * A source of bytes under one index's read budget (maxTotalBytes, maxReadMs from now): a file of the index (`has`) not
 * read before is read while the budget lasts, and counted; past it, no new file is read, with one finding at the file
 * it stopped at. A file read before is read again freely (it was counted once). The checkout's index and a git tree's
 * (the base of a pull request) both read through it, so that on a repository over the budget both are cut alike, and
 * their comparison does not report as a change what one of them did not read.
 */
export function withReadBudget(has: (rel: string) => boolean, readBytes: (rel: string, again: boolean) => Buffer | undefined, options: Pick<RepoOptions, 'maxTotalBytes' | 'maxReadMs'>, findings: Finding[]): (rel: string, again: boolean) => Buffer | undefined {
  const budget = { bytes: options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES, deadline: Date.now() + (options.maxReadMs ?? DEFAULT_MAX_READ_MS), spent: false };
  return (rel, again) => {
    if (!has(rel) || !(again || withinBudget(budget, rel, findings))) return undefined;
    const bytes = readBytes(rel, again);
    if (!again) budget.bytes -= bytes?.length ?? 0;
    return bytes;
  };
}

/**
 * A checkout's files read as its index reads them (the guarded door, the size limit, the same findings), for a reader
 * other than its index: a pull request's base reads the files the change left alone from the checkout (git/tree-repo.ts).
 * The bytes are valid until the next read.
 */
export function checkoutReader(rootDir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): (rel: string, findings: Finding[]) => Buffer | undefined {
  const root = path.resolve(rootDir);
  const realRoot = realOr(root);
  const tree = listedTree(realRoot);
  return (rel, findings) => readGuarded(root, rel, maxFileBytes, findings, realRoot, tree);
}

/** The reading half of a RepoIndex, shared by a checkout's index and a git tree's (git/tree-repo.ts). */
export type HeldReads = Pick<RepoIndex, 'read' | 'readPaths'> & Required<Pick<RepoIndex, 'scanRead' | 'lineBytes' | 'release' | 'releaseAll' | 'holds'>> & {
  /** Whether the file was read and its answer (text, or unreadable) is held. */
  cached(path: string): boolean;
};

/**
 * Texts over a source of bytes: `readBytes(rel, again)` gives a file's bytes (valid until its next call) or undefined,
 * saying its findings only when `again` is false (the file was not read before). A plain UTF-8 file is scanned and its
 * lines tried on its bytes, of which nothing is kept (the scan keeps the lines it needs: analysis/source-scan.ts), and
 * its text is made only when it is read whole; a released file is read again on demand, its findings already said.
 */
export function heldReads(readBytes: (rel: string, again: boolean) => Buffer | undefined, findings: Finding[]): HeldReads {
  const cache = new Map<string, string | undefined>();
  /** Read once and let go of: read again on demand, its findings already said (and its bytes already counted). */
  const released = new Set<string>();
  const read = (rel: string): string | undefined => {
    if (cache.has(rel)) return cache.get(rel);
    const again = released.has(rel);
    const fresh = readBytes(rel, again);
    // Decoded at once: the bytes are the source's scratch buffer, which the next read overwrites.
    const text = fresh && decodeText(rel, fresh, again ? [] : findings);
    cache.set(rel, text);
    return text;
  };
  /**
   * A file whose text is not held, read (its findings said once): its bytes when they are plain UTF-8 (plainUtf8; valid
   * until the next read), else its text as `read` decodes it, or undefined (unreadable, binary).
   */
  const readFresh = (rel: string): Buffer | string | undefined => {
    const again = released.has(rel);
    const bytes = readBytes(rel, again);
    if (bytes === undefined) return undefined;
    return plainUtf8(bytes) ?? decodeText(rel, bytes, again ? [] : findings);
  };
  const scanRead = <T>(rel: string, useBytes: (bytes: Uint8Array) => T, useText: (text: string) => T): T | undefined => {
    if (cache.has(rel)) {
      const held = cache.get(rel);
      return held === undefined ? undefined : useText(held);
    }
    const got = readFresh(rel);
    if (got === undefined) {
      // Unreadable or binary (said): remembered, so it is not looked at again.
      cache.set(rel, undefined);
      return undefined;
    }
    released.add(rel);
    return typeof got === 'string' ? useText(got) : useBytes(got);
  };
  const lineBytes = <T>(rel: string, useBytes: (bytes: Uint8Array) => T): T | undefined => {
    if (cache.has(rel)) return undefined;
    const got = readFresh(rel);
    if (got === undefined || typeof got === 'string') {
      // Unreadable (said), or decoded as `read` decodes it, with its findings: its text is held.
      cache.set(rel, got);
      return undefined;
    }
    released.add(rel);
    return useBytes(got);
  };
  const release = (rel: string): void => {
    if (cache.get(rel) === undefined) return;
    cache.delete(rel);
    released.add(rel);
  };
  const releaseAll = (): void => {
    for (const rel of [...cache.keys()]) release(rel);
  };
  return {
    read,
    scanRead,
    lineBytes,
    release,
    releaseAll,
    holds: (p) => cache.get(p) !== undefined,
    readPaths: () => [...new Set([...cache.keys(), ...released])],
    cached: (p) => cache.has(p),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file as text, or says (as a finding) why it could not. The read goes through the
 * guarded door (fs-guard.ts): real path inside `boundary` (default: `root` itself), regular
 * files only, no blocking open, at most `maxBytes`. A file of the repository's listing is
 * read through its `tree` (the listed root, whose real path is the boundary).
 */
export function readText(root: string, rel: string, maxBytes: number, findings: Finding[], boundary?: string, tree?: ListedTree): string | undefined {
  const bytes = readGuarded(root, rel, maxBytes, findings, boundary, tree);
  // Decoded at once: a quick read's bytes are the tree's scratch buffer, which the next read overwrites.
  return bytes && decodeText(rel, bytes, findings);
}

/** A file's bytes through the guarded door (see readText), or undefined with a finding that says why. Valid until the next read. */
function readGuarded(root: string, rel: string, maxBytes: number, findings: Finding[], boundary?: string, tree?: ListedTree): Buffer | undefined {
  const got = tree ? readListed(tree, root, rel, maxBytes) : readInside(boundary ?? realOr(root), root, rel, maxBytes);
  if (got.ok) return got.value;
  const tail = got.code === 'outside' ? 'it is not read (reads stay inside the repository)' : 'it was skipped';
  findings.push({ file: rel, line: 1, column: 1, check: got.code === 'too-big' ? READ_LIMIT_CHECK : 'file-read', severity: 'warning', message: `"${rel}" ${got.reason}; ${tail}.` });
  return undefined;
}

/**
 * The bytes themselves when decoding would give back exactly them and say nothing: UTF-8
 * (a UTF-8 BOM left out, as decoding leaves it out), no UTF-16 BOM, no NUL where the binary
 * check looks, no invalid sequence, no carriage return (a lone one would be rewritten). Any
 * other file is decoded, as `read` does, with its findings.
 */
export function plainUtf8(buf: Buffer): Buffer | undefined {
  if (hasUtf16Bom(buf) || looksBinary(buf)) return undefined;
  const body = withoutUtf8Bom(buf);
  // A second BOM: decoding drops it too (its TextDecoder drops one after withoutUtf8Bom dropped the first); bytes keep it.
  if (body !== buf && withoutUtf8Bom(body) !== body) return undefined;
  return body.includes(0x0d) || !isUtf8(body) ? undefined : body;
}

const hasUtf16Bom = (buf: Buffer): boolean => buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
/** NUL bytes in the first 8 KiB. */
const looksBinary = (buf: Buffer): boolean => buf.subarray(0, 8192).includes(0);
const withoutUtf8Bom = (buf: Buffer): Buffer => (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf);

function realOr(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** A file's bytes as text (UTF-8, or UTF-16 with a BOM), or undefined for binary; problems become findings (a lone CR is read as a line break). */
export function decodeText(rel: string, buf: Buffer, findings: Finding[]): string | undefined {
  const where = { file: rel, line: 1, column: 1, check: 'file-read' as const };
  if (hasUtf16Bom(buf)) {
    const le = buf[0] === 0xff;
    const body = le ? buf.subarray(2) : swap16(buf.subarray(2));
    findings.push({ ...where, severity: 'notice', message: `"${rel}" is UTF-16 encoded; it was read, but tools (and GitHub) expect UTF-8.` });
    return withLineFeeds(rel, body.toString('utf16le'), findings);
  }
  if (looksBinary(buf)) {
    findings.push({ ...where, severity: 'warning', message: `"${rel}" looks binary (it has NUL bytes), so it was skipped; save it as UTF-8 text if it is meant to be read.` });
    return undefined;
  }
  const body = withoutUtf8Bom(buf);
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const line = bad < 0 ? 1 : countLines(body, bad);
    findings.push({ ...where, line, severity: 'warning', message: `"${rel}" is not valid UTF-8 (first bad byte at line ${line}); invalid bytes were replaced and the rest was read.` });
    text = new TextDecoder('utf-8').decode(body);
  }
  return withLineFeeds(rel, text, findings);
}

const LONE_CR = /\r(?!\n)/g;

/**
 * A lone CR (old Mac line endings) ends a line for YAML, make and the shell's readers, but
 * every reader here splits on LF: it becomes LF, one character for one, so offsets hold.
 */
function withLineFeeds(rel: string, text: string, findings: Finding[]): string {
  if (!text.includes('\r')) return text;
  LONE_CR.lastIndex = 0;
  if (!LONE_CR.test(text)) return text;
  findings.push({ file: rel, line: 1, column: 1, check: 'file-read', severity: 'notice', message: `"${rel}" ends lines with a lone CR (carriage return); each was read as a line break. Save it with LF line endings.` });
  return text.replace(LONE_CR, '\n');
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  out.swap16();
  return out;
}

function countLines(b: Buffer, end: number): number {
  let n = 1;
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) n++;
  return n;
}

function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

export { formatSize as formatBytes } from '../io/fs-guard.js';
