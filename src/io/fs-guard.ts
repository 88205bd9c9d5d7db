/**
 * The one guarded door to the file system. A pull request controls every file, file name
 * and link in the checkout, so every read resolves the real path and stays inside a
 * boundary (the repository root), every write stays inside the workspace, nothing follows
 * a link out, and nothing is opened before its type is known: FIFOs, sockets and devices
 * are refused (a read from them can block forever or never end), and regular files are
 * opened with O_NONBLOCK and O_NOFOLLOW. The one exception is a file the repository's
 * listing found to be a regular file (`readListed`), opened at once with those flags and
 * refused by fstat's type; its comment says why that is as safe. Reads have a byte budget.
 * Nothing here throws: each refusal is a reason in words, for a located finding or an input error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Refusal = { ok: false; reason: string; code: RefusalCode };
export type RefusalCode = 'missing' | 'outside' | 'not-a-file' | 'not-a-folder' | 'special' | 'too-big' | 'loop' | 'unreadable';
export type Guarded<T> = { ok: true; value: T } | Refusal;

const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });
const tooBig = (size: number, max: number): Refusal => refuse('too-big', `is ${formatSize(size)}, over the ${formatSize(max)} the tool reads`);

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) return String((err as { code: unknown }).code);
  return err instanceof Error ? err.message : String(err);
}

/** What a file-system entry is, in words ("a FIFO (named pipe)"), for refusals. */
export function describeKind(st: fs.Stats): string {
  if (st.isFile()) return 'a file';
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The real path of a folder that must exist (a boundary), or why not. */
export function realFolder(dir: string): Guarded<string> {
  let real: string;
  try {
    real = fs.realpathSync(path.resolve(dir));
  } catch (err: unknown) {
    const code = errorCode(err);
    return code === 'ENOENT' ? refuse('missing', 'does not exist') : code === 'ELOOP' ? refuse('loop', 'is a loop of symbolic links') : refuse('unreadable', `cannot be read (${code})`);
  }
  const st = statQuietly(real);
  if (!st) return refuse('unreadable', 'cannot be read');
  if (!st.isDirectory()) return refuse('not-a-folder', `is ${describeKind(st)}, not a folder`);
  return { ok: true, value: real };
}

function statQuietly(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `target` (relative to `base`, or absolute) to a real path inside the real
 * folder `boundary`, following links only while they stay inside. `missingOk` lets a path
 * that does not exist yet through (for writes): its nearest existing folder must be inside.
 */
export function resolveInside(boundary: string, base: string, target: string, missingOk = false): Guarded<string> {
  const abs = path.resolve(base, target);
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (err: unknown) {
    const code = errorCode(err);
    if (code === 'ELOOP') return refuse('loop', 'is a loop of symbolic links');
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return refuse('unreadable', `cannot be read (${code})`);
    // A link whose target is missing: where would it point? Never create through a link.
    if (isLink(abs)) return refuse('outside', 'is a symbolic link whose target does not exist');
    if (!missingOk) return refuse('missing', 'does not exist');
    const parent = path.dirname(abs);
    if (parent === abs) return refuse('missing', 'does not exist');
    const up = resolveInside(boundary, base, parent, true);
    if (!up.ok) return up;
    real = path.join(up.value, path.basename(abs));
  }
  if (!isInside(boundary, real)) return refuse('outside', `resolves to "${real}", outside "${boundary}"`);
  return { ok: true, value: real };
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

// O_NOFOLLOW and O_NONBLOCK are 0 where the platform has no such flag (Windows).
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
const WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/**
 * Reads a regular file inside `boundary`: the real path is checked, its type is checked
 * before it is opened, it is opened without blocking and without following a link, and
 * it is checked again on the open descriptor (the same file, still regular, within
 * `maxBytes`). Returns the bytes or a refusal.
 */
export function readInside(boundary: string, base: string, target: string, maxBytes: number): Guarded<Buffer> {
  const where = resolveInside(boundary, base, target);
  if (!where.ok) return where;
  const real = where.value;
  const before = statQuietly(real);
  if (!before) return refuse('unreadable', 'cannot be read');
  if (!before.isFile()) return refuse(before.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(before)}, not a regular file`);
  if (before.size > maxBytes) return tooBig(before.size, maxBytes);
  let fd: number | undefined;
  try {
    fd = fs.openSync(real, READ_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev) return refuse('special', 'changed while it was opened; it is not read');
    if (st.size > maxBytes) return tooBig(st.size, maxBytes);
    return { ok: true, value: readUpTo(fd, st.size, maxBytes) };
  } catch (err: unknown) {
    return refuse('unreadable', `could not be read (${errorCode(err)})`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/**
 * The files of one listing of a repository, read with the system calls of a plain read
 * (open, fstat, read, close) instead of resolving each path first.
 *
 * Why no real path per file: a listed path is a chain of folders under the root. A folder is
 * known to be a folder, not a link, when the listing saw it so in its parent's entries (the
 * walk's directory entries, `seenFolders`); any other folder (git's list, a submodule's root)
 * gets one lstat, once per run. When every folder of the chain is a folder, the path's real
 * path is the real root joined with it, inside by construction, and only its last component
 * can still be a link, which the open refuses (O_NOFOLLOW: ELOOP). Anything else (a folder
 * that is a link, a file that is a link, a failed open) goes the slow way, `readInside`, which
 * resolves links, keeps them inside the boundary, and says why a read is refused.
 *
 * Why open before the type is known is as safe here: every path read this way was listed as
 * a regular file (by its directory entry in a walk, by an lstat for git's untracked files, by
 * git's index for tracked ones, and git can store only files, links and submodules, never a
 * FIFO, a socket or a device). Should the tree have changed since, the open cannot block or
 * follow: O_NONBLOCK makes a FIFO's open return at once, a socket cannot be opened (ENXIO,
 * slow path), O_NOFOLLOW refuses a link, O_NOCTTY keeps a terminal from becoming ours, and
 * fstat on the descriptor refuses everything but a regular file before a byte is read. A
 * device node takes root to create. The listing-to-read window is the one every check before
 * a use has (the real paths of the slow path are checked before the open too); the pull
 * request's content is hostile, but nothing of it runs while the tool reads.
 */
export interface ListedTree {
  /** The real path of the listed root; reads stay inside it. */
  readonly realRoot: string;
  /** Folders (relative, POSIX) that the listing saw as folders, not links, among their parent's entries. */
  readonly seenFolders: ReadonlySet<string>;
  /** Each folder's real path once known (relative → real), or null when only the slow path may decide. */
  readonly realFolders: Map<string, string | null>;
  /** The one buffer the quick reads go into, grown as needed (so no file costs an allocation of its own). */
  scratch: Buffer;
}

export function listedTree(realRoot: string, seenFolders: ReadonlySet<string> = new Set()): ListedTree {
  return { realRoot, seenFolders, realFolders: new Map(), scratch: Buffer.allocUnsafeSlow(64 * 1024) };
}

// O_NOFOLLOW and O_NONBLOCK are what make the quick open safe; without them (Windows) every read goes the slow way.
const QUICK_READ_FLAGS = fs.constants.O_NOFOLLOW && fs.constants.O_NONBLOCK ? READ_FLAGS | (fs.constants.O_NOCTTY ?? 0) : undefined;

/**
 * Reads the listed file `rel` (relative to `root`, whose real path is the tree's) within
 * `maxBytes`. The bytes of a quick read are the tree's scratch buffer: valid until its next read.
 */
export function readListed(tree: ListedTree, root: string, rel: string, maxBytes: number): Guarded<Buffer> {
  const flags = QUICK_READ_FLAGS;
  const slash = rel.lastIndexOf('/');
  const name = rel.slice(slash + 1);
  const realDir = flags === undefined || !isPlainName(name) ? null : realFolderOf(tree, slash < 0 ? '' : rel.slice(0, slash));
  if (flags === undefined || realDir === null) return readInside(tree.realRoot, root, rel, maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(`${realDir}/${name}`, flags);
  } catch {
    // A link (ELOOP), a socket (ENXIO), a file gone or unreadable: the slow path decides, and says why.
    return readInside(tree.realRoot, root, rel, maxBytes);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return refuse(st.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(st)}, not a regular file`);
    if (st.size > maxBytes) return tooBig(st.size, maxBytes);
    return { ok: true, value: readUpTo(fd, st.size, maxBytes, tree) };
  } catch (err: unknown) {
    return refuse('unreadable', `could not be read (${errorCode(err)})`);
  } finally {
    closeQuietly(fd);
  }
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..';
}

/** The real path of a listed folder when each folder from the root down is a folder, not a link; else null. */
function realFolderOf(tree: ListedTree, dir: string): string | null {
  if (dir === '') return tree.realRoot === '/' ? '' : tree.realRoot;
  let real = tree.realFolders.get(dir);
  if (real !== undefined) return real;
  real = null;
  const slash = dir.lastIndexOf('/');
  const name = dir.slice(slash + 1);
  const up = isPlainName(name) ? realFolderOf(tree, slash < 0 ? '' : dir.slice(0, slash)) : null;
  if (up !== null) {
    const abs = `${up}/${name}`;
    if (tree.seenFolders.has(dir) || lstatQuietly(abs)?.isDirectory()) real = abs;
  }
  tree.realFolders.set(dir, real);
  return real;
}

/** At most `max` bytes of an open regular file (which may grow or shrink while read), in a buffer of their own or in the tree's scratch. */
function readUpTo(fd: number, size: number, max: number, tree?: ListedTree): Buffer {
  const want = Math.min(size, max);
  if (tree && tree.scratch.length < want) tree.scratch = Buffer.allocUnsafeSlow(Math.min(max, Math.max(want, 2 * tree.scratch.length)));
  const buf = tree ? tree.scratch : Buffer.allocUnsafe(want);
  let off = 0;
  while (off < want) {
    const n = fs.readSync(fd, buf, off, want - off, off);
    if (n === 0) break;
    off += n;
  }
  return off === buf.length ? buf : buf.subarray(0, off);
}

/**
 * Writes `data` to `target` (relative to `base`, or absolute) inside `boundary`: every
 * folder is created inside it, an existing file must be a regular file (not a folder, a
 * link, a FIFO or a device), and the open does not follow a link.
 */
export function writeInside(boundary: string, base: string, target: string, data: string): Guarded<string> {
  const where = resolveInside(boundary, base, target, true);
  if (!where.ok) return where;
  const real = where.value;
  const existing = lstatQuietly(real);
  if (existing && !existing.isFile()) return refuse(existing.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(existing)}, not a regular file`);
  const made = makeFolders(boundary, path.dirname(real));
  if (!made.ok) return made;
  let fd: number | undefined;
  try {
    fd = fs.openSync(real, WRITE_FLAGS, 0o644);
    if (!fs.fstatSync(fd).isFile()) return refuse('special', 'is not a regular file');
    fs.writeSync(fd, data);
    return { ok: true, value: real };
  } catch (err: unknown) {
    return refuse('unreadable', `could not be written (${errorCode(err)})`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** Creates the folders from `boundary` down to `dir` one by one, refusing links and non-folders. */
function makeFolders(boundary: string, dir: string): Guarded<string> {
  if (!isInside(boundary, dir)) return refuse('outside', `"${dir}" is outside "${boundary}"`);
  const parts = path.relative(boundary, dir).split(path.sep).filter((p) => p !== '');
  let cur = boundary;
  for (const part of parts) {
    cur = path.join(cur, part);
    const st = lstatQuietly(cur);
    if (st?.isDirectory()) continue;
    if (st) return refuse(st.isSymbolicLink() ? 'outside' : 'not-a-folder', `"${path.relative(boundary, cur)}" is ${describeKind(st)}, not a folder`);
    try {
      fs.mkdirSync(cur);
    } catch (err: unknown) {
      return refuse('unreadable', `folder "${path.relative(boundary, cur)}" could not be created (${errorCode(err)})`);
    }
  }
  return { ok: true, value: dir };
}

function lstatQuietly(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Nothing was lost: the bytes are read or written (or the refusal recorded) already.
  }
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
