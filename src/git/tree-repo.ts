/**
 * The repository as it was at a commit, read from git objects (no second checkout): the
 * listing from `git ls-tree -r -z -l`, the texts from `git cat-file --batch`, fetched a folder
 * at a time on first use. It gives the analysis the same RepoIndex as the walk of a checkout,
 * with the same skipped folders, ignore globs, size limit and text decoding.
 */
import type { Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';
import { decodeText, DEFAULT_MAX_FILE_BYTES, formatBytes, plainUtf8, READ_LIMIT_CHECK, SKIPPED_DIRS, type RepoOptions } from '../parse/repo.js';
import { runGit } from './run.js';

interface Entry {
  oid: string;
  size: number;
}

/** Bytes fetched in one `cat-file --batch` call when a folder is read ahead. */
const BATCH_BYTES = 8 * 1024 * 1024;
/** On the first read, every text-like file is fetched in one call, up to this many bytes in all. */
const PREFETCH_BYTES = 64 * 1024 * 1024;
/** Extensions the analysis never reads as text: not worth fetching ahead. */
const BINARY_EXT = /\.(png|jpe?g|gif|bmp|ico|svg|webp|pdf|zip|gz|tgz|bz2|xz|7z|tar|whl|egg|jar|pt|pth|ckpt|onnx|pkl|pickle|joblib|h5|hdf5|parquet|feather|arrow|npy|npz|bin|so|dylib|dll|exe|woff2?|ttf|otf|eot|mp3|mp4|wav|avi|mov|db|sqlite)$/i;
const DEFAULT_MAX_FILES = 200_000;

export class GitTreeError extends Error {}

function isSkipped(rel: string, ignore: (p: string) => boolean): boolean {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (SKIPPED_DIRS.has(parts[i - 1]!) || SKIPPED_DIRS.has(dir) || ignore(dir)) return true;
  }
  return ignore(rel);
}

/** `<mode> <type> <oid> <size>\t<path>` records, NUL-separated. */
function parseListing(out: Buffer): { path: string; mode: string; type: string; oid: string; size: number }[] {
  const rows = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    if (!mode || !type || !oid) continue;
    rows.push({ path: rec.slice(tab + 1), mode, type, oid, size: size === '-' || size === undefined ? 0 : Number(size) });
  }
  return rows;
}

/** Blobs from `git cat-file --batch` output: `<oid> blob <size>\n<bytes>\n` each. */
function parseBatch(out: Buffer): Map<string, Buffer> {
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

/**
 * Indexes `tree` (a commit, or `<commit>:<folder>`) as seen from the checkout at `gitDir`.
 * Throws GitTreeError (with git's message) when git cannot list it.
 */
export function indexGitTree(gitDir: string, tree: string, options: RepoOptions = {}): RepoIndex {
  const listing = runGit(gitDir, ['ls-tree', '-r', '-z', '-l', '--full-name', tree]);
  if (!listing.ok) throw new GitTreeError(listing.error);
  const ignore = options.ignore ?? (() => false);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const findings: Finding[] = [];
  const rows = parseListing(listing.stdout);
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const entries = new Map<string, Entry>();
  const links = rows.filter((r) => r.type === 'blob' && r.mode === '120000' && !isSkipped(r.path, ignore));
  // A link to a file inside the tree reads as that file, as in a checkout's walk (targets read in one call).
  const targets = catFiles(gitDir, links.map((l) => l.oid));
  for (const r of rows) {
    if (r.type !== 'blob' || isSkipped(r.path, ignore)) continue;
    if (r.mode === '120000') {
      const raw = targets.get(r.oid);
      const target = raw === undefined ? undefined : resolveLink(raw.toString('utf8'), r.path);
      const hit = target === undefined ? undefined : byPath.get(target);
      if (hit && hit.type === 'blob' && hit.mode !== '120000') entries.set(r.path, { oid: hit.oid, size: hit.size });
      continue;
    }
    entries.set(r.path, { oid: r.oid, size: r.size });
    if (entries.size >= maxFiles) {
      findings.push({ severity: 'warning', file: '.', line: 1, column: 1, message: `The repository has more than ${maxFiles} files; the analysis read the first ${maxFiles} only.`, check: 'repository' });
      break;
    }
  }
  const files = [...entries.keys()].sort();
  const dirs = new Set<string>(['']);
  for (const f of files) {
    for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
      const d = f.slice(0, i);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  const blobs = new Map<string, Buffer>();
  const texts = new Map<string, string | undefined>();
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const folder = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
    const list = byFolder.get(folder);
    if (list) list.push(f);
    else byFolder.set(folder, [f]);
  }
  let prefetched = false;

  const fetch = (oids: readonly string[]): void => {
    for (const [oid, buf] of catFiles(gitDir, oids)) blobs.set(oid, buf);
  };

  /** First read: every text-like file under the size limit, in one call, up to PREFETCH_BYTES. */
  const prefetch = (): void => {
    prefetched = true;
    const want = new Set<string>();
    let budget = PREFETCH_BYTES;
    for (const f of files) {
      const e = entries.get(f)!;
      if (e.size > maxBytes || BINARY_EXT.test(f) || e.size > budget) continue;
      want.add(e.oid);
      budget -= e.size;
    }
    fetch([...want]);
  };

  /** Later misses: the file and its not-yet-read neighbours in the same folder, in one call. */
  const fetchAround = (rel: string): void => {
    const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    const want = new Set([entries.get(rel)!.oid]);
    let budget = BATCH_BYTES - entries.get(rel)!.size;
    for (const f of byFolder.get(folder) ?? []) {
      const e = entries.get(f)!;
      if (budget <= 0) break;
      if (f === rel || texts.has(f) || e.size > maxBytes || blobs.has(e.oid) || e.size > budget) continue;
      want.add(e.oid);
      budget -= e.size;
    }
    fetch([...want]);
  };

  /** Read once and let go of: decoded again on demand, its findings already said. */
  const released = new Set<string>();
  /** A file's bytes, fetched as needed (a view into git's output, never written), or undefined with a finding (unless said before). */
  const bytesOf = (rel: string, again: boolean): Buffer | undefined => {
    const e = entries.get(rel);
    if (e === undefined) return undefined;
    if (e.size > maxBytes) {
      if (!again) findings.push({ severity: 'warning', file: rel, line: 1, column: 1, check: READ_LIMIT_CHECK, message: `"${rel}" is ${formatBytes(e.size)}, over the ${formatBytes(maxBytes)} the tool reads; it was skipped.` });
      return undefined;
    }
    if (!blobs.has(e.oid) && !prefetched) prefetch();
    if (!blobs.has(e.oid)) fetchAround(rel);
    const buf = blobs.get(e.oid);
    if (buf === undefined && !again) findings.push({ severity: 'warning', file: rel, line: 1, column: 1, check: 'file-read', message: `"${rel}" could not be read from git; it was skipped.` });
    return buf;
  };
  /** Files whose bytes are plain UTF-8 (plainUtf8), with those bytes: checked once. */
  const plainBytes = new Map<string, Buffer>();
  /** The file's bytes (`buf`) when they are plain UTF-8, else undefined (the caller decodes `buf`). */
  const plainOf = (rel: string, buf: Buffer): Buffer | undefined => {
    let plain = plainBytes.get(rel);
    if (plain === undefined) {
      plain = plainUtf8(buf);
      if (plain) plainBytes.set(rel, plain);
    }
    return plain;
  };
  const read = (rel: string): string | undefined => {
    if (texts.has(rel)) return texts.get(rel);
    const again = released.has(rel);
    const buf = bytesOf(rel, again);
    const text = buf && decodeText(rel, buf, again ? [] : findings);
    texts.set(rel, text);
    return text;
  };
  // As a checkout's index does (parse/repo.ts), a file whose bytes are plain UTF-8 is scanned and its lines read on
  // its bytes, which git's output already holds, and its text is made only when it is read whole.
  const scanRead = <T>(rel: string, useBytes: (bytes: Uint8Array) => T, useText: (text: string) => T): T | undefined => {
    if (texts.has(rel)) {
      const held = texts.get(rel);
      return held === undefined ? undefined : useText(held);
    }
    const again = released.has(rel);
    const buf = bytesOf(rel, again);
    if (buf === undefined) {
      texts.set(rel, undefined);
      return undefined;
    }
    released.add(rel);
    const plain = plainOf(rel, buf);
    if (plain) return useBytes(plain);
    const text = decodeText(rel, buf, again ? [] : findings);
    if (text === undefined) {
      // Binary (said): remembered, as the checkout's index does, so it is not looked at again.
      texts.set(rel, undefined);
      return undefined;
    }
    return useText(text);
  };
  const lineBytes = (rel: string): Buffer | undefined => {
    if (texts.has(rel)) return undefined;
    const held = plainBytes.get(rel);
    if (held) return held;
    const again = released.has(rel);
    const buf = bytesOf(rel, again);
    const plain = buf && plainOf(rel, buf);
    if (plain) {
      released.add(rel);
      return plain;
    }
    // Unreadable (said), or decoded as `read` decodes it, with its findings: its text is held.
    texts.set(rel, buf && decodeText(rel, buf, again ? [] : findings));
    return undefined;
  };
  const release = (rel: string): void => {
    if (texts.get(rel) === undefined) return;
    texts.delete(rel);
    released.add(rel);
  };
  const releaseAll = (): void => {
    for (const [rel, text] of texts) if (text !== undefined) release(rel);
    // git's output too (every file in plainBytes is in `released` already): a later read fetches its file again,
    // with its neighbours, as a miss does.
    plainBytes.clear();
    blobs.clear();
  };
  return {
    root: `${gitDir}@${tree}`,
    files,
    has: (p) => entries.has(p),
    dirs,
    read,
    scanRead,
    lineBytes,
    release,
    releaseAll,
    holds: (p) => texts.get(p) !== undefined,
    readPaths: () => [...new Set([...texts.keys(), ...released])],
    findings,
  };
}

/** Blobs by object id, from one `git cat-file --batch` call (missing ones are left out). */
function catFiles(gitDir: string, oids: readonly string[]): Map<string, Buffer> {
  if (oids.length === 0) return new Map();
  const res = runGit(gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  return res.ok ? parseBatch(res.stdout) : new Map();
}

/** The in-tree path a symbolic link at `rel` with this target points at, or undefined when it leaves the tree. */
export function resolveLink(target: string, rel: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = rel.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
