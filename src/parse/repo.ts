/**
 * One listing of the repository (file-list.ts: git or a walk), and a reader that never throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_LIMIT_CHECK, type Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';
import { errorCode, listFiles } from './file-list.js';

export { GENERATED_DIRS, SKIPPED_DIRS } from './file-list.js';

export interface RepoOptions {
  /** Largest file read as text, in bytes. */
  maxFileBytes?: number;
  /** Most files listed; the walk stops there with a finding. */
  maxFiles?: number;
  /** Paths (relative, POSIX) to leave out, as predicates. */
  ignore?: (relPath: string) => boolean;
  /** Leave out folders of generated files and run output (file-list.ts, GENERATED_DIRS); default true. */
  skipGenerated?: boolean;
  /** List the files with git when the root has `.git` (default true). */
  useGit?: boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export { READ_LIMIT_CHECK };
const DEFAULT_MAX_FILES = 200_000;

export function indexRepository(rootDir: string, options: RepoOptions = {}): RepoIndex {
  const root = path.resolve(rootDir);
  const findings: Finding[] = [];
  const dirs = new Set<string>();
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const ignore = options.ignore ?? (() => false);
  const { files, findings: listed } = listFiles(root, rootDir, { maxFiles, ignore, skipGenerated: options.skipGenerated ?? true, useGit: options.useGit ?? true });
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

  const cache = new Map<string, string | undefined>();
  /** Read once and let go of: read again on demand, its findings already said. */
  const released = new Set<string>();
  const read = (rel: string): string | undefined => {
    if (cache.has(rel)) return cache.get(rel);
    const text = fileSet.has(rel) ? readText(root, rel, maxBytes, released.has(rel) ? [] : findings) : undefined;
    cache.set(rel, text);
    return text;
  };
  const release = (rel: string): void => {
    if (cache.get(rel) === undefined) return;
    cache.delete(rel);
    released.add(rel);
  };
  return { root, files, has: (p) => fileSet.has(p), dirs, read, release, readPaths: () => [...new Set([...cache.keys(), ...released])], findings };
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
