/**
 * The one guarded door to the file system. A pull request controls every file, file name
 * and link in the checkout, so every read resolves the real path and stays inside a
 * boundary (the repository root), every write stays inside the workspace, nothing follows
 * a link out, and nothing is opened before its type is known: FIFOs, sockets and devices
 * are refused (a read from them can block forever or never end), and regular files are
 * opened with O_NONBLOCK and O_NOFOLLOW. Reads have a byte budget. Nothing here throws:
 * each refusal is a reason in words, for a located finding or an input error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Refusal = { ok: false; reason: string; code: RefusalCode };
export type RefusalCode = 'missing' | 'outside' | 'not-a-file' | 'not-a-folder' | 'special' | 'too-big' | 'loop' | 'unreadable';
export type Guarded<T> = { ok: true; value: T } | Refusal;

const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });

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

/** A run's real paths of the folders it read from (absolute path → real path, or null when it has none). */
export type RealFolders = Map<string, string | null>;

/**
 * The real path of a file whose folder's real path is known (kept per folder, so a read costs
 * one lstat, not one per path component), with its lstat; undefined when the slow path must
 * decide: the file is a link, missing or unreadable, or its folder is not inside the boundary.
 * For a file that is not a link, realpath(folder/name) is realpath(folder)/name.
 */
function quickReal(boundary: string, abs: string, folders: RealFolders): { real: string; st: fs.Stats } | undefined {
  const name = path.basename(abs);
  if (name === '' || name === '.' || name === '..') return undefined;
  const dir = path.dirname(abs);
  let realDir = folders.get(dir);
  if (realDir === undefined) {
    try {
      realDir = fs.realpathSync(dir);
    } catch {
      realDir = null;
    }
    folders.set(dir, realDir);
  }
  if (realDir === null) return undefined;
  const real = path.join(realDir, name);
  if (!isInside(boundary, real)) return undefined;
  const st = lstatQuietly(real);
  if (!st || st.isSymbolicLink()) return undefined;
  return { real, st };
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
export function readInside(boundary: string, base: string, target: string, maxBytes: number, folders?: RealFolders): Guarded<Buffer> {
  const quick = folders ? quickReal(boundary, path.resolve(base, target), folders) : undefined;
  let real: string;
  let before: fs.Stats | undefined;
  if (quick) {
    real = quick.real;
    before = quick.st;
  } else {
    const where = resolveInside(boundary, base, target);
    if (!where.ok) return where;
    real = where.value;
    before = statQuietly(real);
  }
  if (!before) return refuse('unreadable', 'cannot be read');
  if (!before.isFile()) return refuse(before.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(before)}, not a regular file; it is not opened`);
  if (before.size > maxBytes) return refuse('too-big', `is ${formatSize(before.size)}, over the ${formatSize(maxBytes)} the tool reads`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(real, READ_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev) return refuse('special', 'changed while it was opened; it is not read');
    if (st.size > maxBytes) return refuse('too-big', `is ${formatSize(st.size)}, over the ${formatSize(maxBytes)} the tool reads`);
    return { ok: true, value: readUpTo(fd, st.size, maxBytes) };
  } catch (err: unknown) {
    return refuse('unreadable', `could not be read (${errorCode(err)})`);
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** At most `max` bytes of an open regular file (which may grow or shrink while read). */
function readUpTo(fd: number, size: number, max: number): Buffer {
  const want = Math.min(size, max);
  const buf = Buffer.allocUnsafe(want);
  let off = 0;
  while (off < want) {
    const n = fs.readSync(fd, buf, off, want - off, off);
    if (n === 0) break;
    off += n;
  }
  return off === want ? buf : buf.subarray(0, off);
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
