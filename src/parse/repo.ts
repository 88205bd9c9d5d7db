/**
 * One walk of the repository, and a reader that never throws. Symlinks are resolved and
 * kept only when they land inside the root; directory links are not descended (no loops).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_LIMIT_CHECK, type Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';

/** Folders that hold installed or generated things, never the project's own CI or tests. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'site-packages',
  '.eggs',
  '.hg',
  '.svn',
  '.idea',
  '.dvc/cache',
]);

export interface RepoOptions {
  /** Largest file read as text, in bytes. */
  maxFileBytes?: number;
  /** Most files listed; the walk stops there with a finding. */
  maxFiles?: number;
  /** Paths (relative, POSIX) to leave out, as predicates. */
  ignore?: (relPath: string) => boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export { READ_LIMIT_CHECK };
const DEFAULT_MAX_FILES = 200_000;

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function indexRepository(rootDir: string, options: RepoOptions = {}): RepoIndex {
  const root = path.resolve(rootDir);
  const findings: Finding[] = [];
  const files: string[] = [];
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

  const stack: string[] = [''];
  let truncated = false;
  while (stack.length > 0 && !truncated) {
    const rel = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(rel === '' ? root : path.join(root, rel), { withFileTypes: true });
    } catch (err: unknown) {
      if (rel === '') findings.push({ severity: 'error', file: '.', line: 1, column: 1, message: `The folder "${rootDir}" does not exist or cannot be read (${errorCode(err)}); give the path of a repository checkout.`, check: 'repository' });
      else findings.push({ severity: 'warning', file: rel, line: 1, column: 1, message: `Folder "${rel}" could not be read (${errorCode(err)}); its files are left out.`, check: 'repository' });
      continue;
    }
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name) || SKIPPED_DIRS.has(childRel) || ignore(childRel)) continue;
        stack.push(childRel);
      } else if (e.isFile()) {
        if (ignore(childRel)) continue;
        files.push(childRel);
      } else if (e.isSymbolicLink()) {
        if (ignore(childRel)) continue;
        const kind = classifyLink(realRoot, path.join(root, childRel));
        const note = LINK_NOTES[kind];
        if (kind === 'file') files.push(childRel);
        else if (note) findings.push({ severity: 'notice', file: childRel, line: 1, column: 1, message: `"${childRel}" is a symbolic link ${note}; it is not followed.`, check: 'repository' });
      }
      if (files.length >= maxFiles) {
        truncated = true;
        findings.push({ severity: 'warning', file: '.', line: 1, column: 1, message: `The repository has more than ${maxFiles} files; the analysis read the first ${maxFiles} only.`, check: 'repository' });
        break;
      }
    }
  }
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

  const cache = new Map<string, string | undefined>();
  const read = (rel: string): string | undefined => {
    if (cache.has(rel)) return cache.get(rel);
    const text = fileSet.has(rel) ? readText(root, rel, maxBytes, findings) : undefined;
    cache.set(rel, text);
    return text;
  };
  return { root, files, has: (p) => fileSet.has(p), dirs, read, readPaths: () => [...cache.keys()], findings };
}

type LinkKind = 'file' | 'dir' | 'outside' | 'broken' | 'loop';

/**
 * What a link adds to the report. A link to a folder inside the root says nothing: the
 * folder is walked under its own path, and not descending keeps the walk free of loops.
 */
const LINK_NOTES: Record<LinkKind, string | undefined> = {
  file: undefined,
  dir: undefined,
  outside: 'to a place outside the repository',
  broken: 'whose target does not exist',
  loop: 'that leads back to itself (a loop of links)',
};

function classifyLink(realRoot: string, abs: string): LinkKind {
  try {
    const target = fs.realpathSync(abs);
    if (!isInside(realRoot, target)) return 'outside';
    return fs.statSync(target).isFile() ? 'file' : 'dir';
  } catch (err: unknown) {
    return errorCode(err) === 'ELOOP' ? 'loop' : 'broken';
  }
}

function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) return String((err as { code: unknown }).code);
  return err instanceof Error ? err.message : String(err);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as text, or says (as a finding) why it could not. */
export function readText(root: string, rel: string, maxBytes: number, findings: Finding[]): string | undefined {
  const where = { file: rel, line: 1, column: 1, check: 'file-read' as const };
  let buf: Buffer;
  let fd: number | undefined;
  try {
    // One open, then the size from the open file: no second lookup of the path.
    fd = fs.openSync(path.join(root, rel), 'r');
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) {
      findings.push({ ...where, check: READ_LIMIT_CHECK, severity: 'warning', message: `"${rel}" is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} the tool reads; it was skipped.` });
      return undefined;
    }
    buf = size > 0 ? readExactly(fd, size) : fs.readFileSync(fd);
  } catch (err: unknown) {
    findings.push({ ...where, severity: 'warning', message: `"${rel}" could not be read (${errorCode(err)}); it was skipped.` });
    return undefined;
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
  return decodeText(rel, buf, findings);
}

/** A file's bytes as text (UTF-8, or UTF-16 with a BOM), or undefined for binary; problems become findings. */
export function decodeText(rel: string, buf: Buffer, findings: Finding[]): string | undefined {
  const where = { file: rel, line: 1, column: 1, check: 'file-read' as const };
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = le ? buf.subarray(2) : swap16(buf.subarray(2));
    findings.push({ ...where, severity: 'notice', message: `"${rel}" is UTF-16 encoded; it was read, but tools (and GitHub) expect UTF-8.` });
    return body.toString('utf16le');
  }
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) {
    findings.push({ ...where, severity: 'warning', message: `"${rel}" looks binary (it has NUL bytes), so it was skipped; save it as UTF-8 text if it is meant to be read.` });
    return undefined;
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  try {
    return utf8.decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const line = bad < 0 ? 1 : countLines(body, bad);
    findings.push({ ...where, line, severity: 'warning', message: `"${rel}" is not valid UTF-8 (first bad byte at line ${line}); invalid bytes were replaced and the rest was read.` });
    return new TextDecoder('utf-8').decode(body);
  }
}

/** The first `size` bytes of an open file (readFileSync(fd) would ask for its size again). */
function readExactly(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let off = 0;
  while (off < size) {
    const n = fs.readSync(fd, buf, off, size - off, off);
    if (n === 0) break;
    off += n;
  }
  return off === size ? buf : buf.subarray(0, off);
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Nothing was lost: the text is read (or its finding recorded) already.
  }
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

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
