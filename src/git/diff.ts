/**
 * The lines a pull request changed, from `git diff --unified=0` between the base commit and
 * the analysed work tree: per file, the base lines removed or replaced and the head lines
 * added or replaced. Pure parsing (diffLines runs git).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { unquote } from './quote.js';
import { EarlyGitOutputs, startGitOutputs } from './early-outputs.js';
import { CONFIG_ARGS, resolveCommit, runGit, runGitTo, tempIndexOf, treeAt, treeListingArgs, workTreeOf, type GitRunner } from './run.js';
import { closeQuietly, openTempOutputs } from './temp-output.js';

/** Inclusive 1-based line ranges. */
export type LineRange = [number, number];

export interface FileChange {
  status: 'added' | 'removed' | 'modified';
  /** Lines of the base version removed or replaced. */
  base: LineRange[];
  /** Lines of the analysed version added or replaced. */
  head: LineRange[];
}

export type ChangedLines = Map<string, FileChange>;

/** What a diff says: the changed lines of each text file, and every path it names. */
export interface Diff {
  lines: ChangedLines;
  /** Every path a `diff --git` header names (binary files, mode changes and submodules too); undefined when a header could not be read. */
  paths: Set<string> | undefined;
}

/**
 * Every diff here names its sides `a/` and `b/`, whatever the user's `diff.noprefix` or `diff.mnemonicPrefix`.
 */
const PREFIXES = ['--src-prefix=a/', '--dst-prefix=b/'];

function pathOf(line: string, side: 'a/' | 'b/'): string | undefined {
  const raw = line.slice(4).replace(/\t$/, '');
  if (raw === '/dev/null') return undefined;
  const p = unquote(raw);
  return p.startsWith(side) ? p.slice(2) : p;
}

/**
 * The path a `diff --git a/P b/P` header names, or undefined. Renames are off, so both sides name the same path, quoted
 * alike where git quotes it: the header splits in its middle, whatever spaces the path holds.
 */
function headerPath(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  const half = (rest.length - 1) / 2;
  if (!Number.isInteger(half) || rest[half] !== ' ') return undefined;
  const a = unquote(rest.slice(0, half));
  const b = unquote(rest.slice(half + 1));
  return a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2) ? a.slice(2) : undefined;
}

/** Parses `git diff --unified=0` output (with a/ and b/ prefixes). */
export function parseUnifiedDiff(text: string): Diff {
  const parser = diffParser();
  for (const line of text.split('\n')) parser.line(line);
  return parser.out;
}

/** The parser of parseUnifiedDiff, a line at a time: only the header and hunk lines matter (mayBeRead). */
function diffParser(): { line(line: string): void; out: Diff } {
  const out: Diff = { lines: new Map(), paths: new Set() };
  let oldPath: string | undefined;
  let current: FileChange | undefined;
  const line = (line: string): void => {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      oldPath = undefined;
      const p = headerPath(line.replace(/\r$/, ''));
      if (p === undefined) out.paths = undefined;
      else out.paths?.add(p);
    } else if (line.startsWith('--- ') && current === undefined) {
      oldPath = pathOf(line, 'a/');
    } else if (line.startsWith('+++ ') && current === undefined) {
      const newPath = pathOf(line, 'b/');
      const file = newPath ?? oldPath;
      if (file === undefined) return;
      current = { status: newPath === undefined ? 'removed' : oldPath === undefined ? 'added' : 'modified', base: [], head: [] };
      out.lines.set(file, current);
    } else if (line.startsWith('@@ ') && current !== undefined) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) return;
      const [oldStart, oldCount, newStart, newCount] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
      if (oldCount > 0) current.base.push([oldStart, oldStart + oldCount - 1]);
      if (newCount > 0) current.head.push([newStart, newStart + newCount - 1]);
    }
  };
  return { line, out };
}

/** The first bytes of every line diffParser reads: `diff --git `, `--- `, `+++ `, `@@ `. Any other line (an added or removed line's text) is skipped unread. */
const HEADS = ['diff', '--- ', '+++ ', '@@ '].map((h) => Buffer.from(h));
/** Whether `buf[from, to)` begins as a header may (all of it, when shorter than the header): compared in place. */
function mayBeRead(buf: Uint8Array, from: number, to: number): boolean {
  next: for (const h of HEADS) {
    const n = Math.min(h.length, to - from);
    for (let i = 0; i < n; i++) if (buf[from + i] !== h[i]) continue next;
    return true;
  }
  return false;
}

/**
 * parseUnifiedDiff over the diff written into the open file `fd`, read `chunkBytes` at a time: the added and removed
 * lines, which are nearly all of a large diff, are never decoded nor held (a 22 MB diff was held three times: git's
 * output, its text and its lines).
 */
export function parseDiffFile(fd: number, chunkBytes = 1024 * 1024): Diff {
  const parser = diffParser();
  const chunk = Buffer.allocUnsafe(chunkBytes);
  /** The line begun in an earlier chunk, when it may be one diffParser reads; skipping: it is not. */
  let pieces: Buffer[] = [];
  let skipping = false;
  /** Ends the line begun in an earlier chunk with `chunk[from, to)`. */
  const endCarried = (from: number, to: number): void => {
    const line = Buffer.concat([...pieces, chunk.subarray(from, to)]);
    if (!skipping && mayBeRead(line, 0, line.length)) parser.line(line.toString('utf8'));
    pieces = [];
    skipping = false;
  };
  for (let at = 0; ; ) {
    const n = fs.readSync(fd, chunk, 0, chunkBytes, at);
    if (n === 0) break;
    at += n;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, 0); nl >= 0 && nl < n; nl = chunk.indexOf(0x0a, from)) {
      if (pieces.length > 0 || skipping) endCarried(from, nl);
      else if (mayBeRead(chunk, from, nl)) parser.line(chunk.toString('utf8', from, nl));
      from = nl + 1;
    }
    if (from < n && !skipping) {
      // A line that goes on in the next chunk: kept (a copy: the chunk is read into again) while it may be read.
      pieces.push(Buffer.from(chunk.subarray(from, n)));
      const head = pieces[0]!.length >= 4 ? pieces[0]! : Buffer.concat(pieces);
      if (!mayBeRead(head, 0, head.length)) {
        pieces = [];
        skipping = true;
      }
    }
  }
  if (pieces.length > 0 || skipping) endCarried(0, 0);
  return parser.out;
}

export function inRanges(line: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(([a, b]) => line >= a && line <= b);
}

/**
 * The changed lines between `base` and the work tree under `dir` (paths relative to `dir`), or git's complaint. git's
 * output goes to a temporary file read a chunk at a time (parseDiffFile); where none can be made or git could not write
 * it whole, it is asked for again and held in memory. `runTo` runs git into the file (tests pass their own).
 */
export function diffLines(dir: string, base: string, tmp = os.tmpdir(), runTo: typeof runGitTo = runGitTo, early?: EarlyGitOutputs): Diff | { error: string } {
  const args = diffArgs(base);
  const started = early?.takeFile(dir, args);
  if (started !== undefined) {
    try {
      return parseDiffFile(started);
    } catch {
      // The file could not be read back: git is asked again, below.
    } finally {
      closeQuietly(started);
    }
  }
  const outputs = openTempOutputs(1, tmp, 'mlops-ci-check-diff-');
  const fd = outputs?.fds[0];
  if (outputs !== undefined && fd !== undefined) {
    try {
      if (runTo(dir, args, fd).ok) return parseDiffFile(fd);
    } catch {
      // The file could not be read back (an I/O error): git is asked again, below.
    } finally {
      closeQuietly(fd);
      outputs.release();
    }
  } else outputs?.release();
  // No temporary file, or git failed writing into it (a full disk) or failed outright (then it says why again).
  const res = runGit(dir, args);
  return res.ok ? parseUnifiedDiff(res.stdout.toString('utf8')) : { error: res.error };
}

/**
 * Every path under `dir` (relative to it) that differs between `base` and the work tree, as git sees it: with its clean
 * filters applied (git LFS, line endings), binary files and mode changes included; or git's complaint. A file git does
 * not look at in the work tree (`--assume-unchanged`, skip-worktree) counts as changed: git would say it is the same
 * whatever it holds. And where the change edits a `.gitattributes` (here or above), the work tree was written with the
 * new rules: a file whose checkout attributes differ between the two sides (a filter, line endings) counts as changed,
 * since git finds its blob the same although the base's checkout would not hold the same bytes (checkoutRulesMoved).
 * `diffPaths`: the paths diffLines found (the same diff: git compares each file with the work tree once, not twice).
 */
export function changedPaths(dir: string, base: string, diffPaths?: ReadonlySet<string>, early?: EarlyGitOutputs): Set<string> | { error: string } {
  const names = (args: readonly string[]): string[] | { error: string } => {
    const res = (early?.run ?? runGit)(dir, args);
    return res.ok
      ? res.stdout
          .toString('utf8')
          .split('\0')
          .filter((p) => p !== '')
      : { error: res.error };
  };
  const attributes = names(attributeArgs(base));
  if ('error' in attributes) return attributes;
  const changed = diffPaths ?? names(['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--name-only', '-z', '--relative', base, '--', '.']);
  if ('error' in changed) return changed;
  // `ls-files -v`: a lower-case tag is an assume-unchanged entry, `S` a skip-worktree one.
  const unseen = names(UNSEEN_ARGS);
  if ('error' in unseen) return unseen;
  const out = new Set(changed);
  for (const line of unseen) if (line.length > 2 && (line[0] === 'S' || (line[0]! >= 'a' && line[0]! <= 'z'))) out.add(line.slice(2));
  if (attributes.length > 0) {
    const moved = checkoutRulesMoved(
      dir,
      base,
      unseen.filter((l) => l.length > 2).map((l) => l.slice(2)),
    );
    if ('error' in moved) return { error: `the change edits .gitattributes, and git could not tell which files it affects (${moved.error})` };
    for (const p of moved) out.add(p);
  }
  return out;
}

/**
 * The diff of diffLines: a submodule as one path (`--submodule=short`), whatever `diff.submodule` says (`log` drops its
 * header, `diff` lists the files inside it).
 */
const diffArgs = (base: string): string[] => ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-color', '--submodule=short', ...PREFIXES, '--unified=0', '--relative', base, '--', '.'];
/** The `.gitattributes` files the change edits, here or above. */
const attributeArgs = (base: string): string[] => ['diff', '--no-ext-diff', '--name-only', '-z', base, '--', ':(top,glob)**/.gitattributes'];
/** Every tracked file with its tag (`ls-files -v`). */
const UNSEEN_ARGS: readonly string[] = ['ls-files', '-v', '-z', '--', '.'];

/**
 * The base comparison's git commands for the base `rev` of the checkout at `dir`, started in the background
 * (early-outputs.ts): diffLines' and changedPaths', and the base tree's listing and git's config (tree-repo.ts). The caller starts them
 * before the checkout's analysis and hands them to analyzeBase. Undefined when `dir` is not in a checkout or `rev`
 * names no commit there (analyzeBase then says so). `signal` stops them.
 */
export function startBaseDiff(dir: string, rev: string, signal?: AbortSignal): Promise<EarlyGitOutputs> | undefined {
  // Asked now, while the process is small (a spawnSync from one of 300 MB takes tens of ms), and held for analyzeBase.
  const answers: [string, readonly string[], Buffer][] = [];
  const asked: GitRunner = (cwd, args) => {
    const res = runGit(cwd, args);
    if (res.ok) answers.push([cwd, args, res.stdout]);
    return res;
  };
  const where = workTreeOf(dir, asked);
  const sha = 'error' in where ? undefined : resolveCommit(dir, rev, asked);
  if ('error' in where || sha === undefined) return undefined;
  const commands = [diffArgs(sha), attributeArgs(sha), UNSEEN_ARGS].map((args) => ({ cwd: dir, args }));
  return startGitOutputs([...commands, { cwd: where.top, args: treeListingArgs(treeAt(sha, where.prefix)) }, { cwd: where.top, args: CONFIG_ARGS }], signal, undefined, answers);
}

/** The attributes that decide what a checkout writes for a blob (gitattributes(5): "Checking-out and checking-in"). */
const CHECKOUT_ATTRIBUTES = ['text', 'eol', 'crlf', 'filter', 'ident', 'working-tree-encoding'];

/**
 * Of these tracked paths (relative to `dir`), those whose checkout attributes differ between the work tree's rules and
 * `base`'s, as git resolves them (macros, parent folders, `info/attributes` and the global file included): the base's
 * rules are read from a temporary index of its tree (`check-attr --cached`; `--source` needs git 2.40). A change that
 * only edits other attributes (`linguist-generated`, `diff`, `export-ignore`) moves none.
 */
function checkoutRulesMoved(dir: string, base: string, paths: readonly string[]): string[] | { error: string } {
  if (paths.length === 0) return [];
  const index = tempIndexOf(dir, base);
  if ('error' in index) return index;
  try {
    const input = `${paths.join('\0')}\0`;
    const now = runGit(dir, ['check-attr', '-z', '--stdin', ...CHECKOUT_ATTRIBUTES], input, { GIT_ATTR_SOURCE: undefined });
    const then = runGit(dir, ['check-attr', '--cached', '-z', '--stdin', ...CHECKOUT_ATTRIBUTES], input, index.env);
    if (!now.ok) return { error: now.error };
    if (!then.ok) return { error: then.error };
    // `<path> NUL <attribute> NUL <value> NUL`, in the order asked, on both sides.
    const a = now.stdout.toString('utf8').split('\0');
    const b = then.stdout.toString('utf8').split('\0');
    if (a.length !== b.length) return { error: 'check-attr gave different lists' };
    const moved = new Set<string>();
    for (let i = 0; i + 2 < a.length; i += 3) {
      if (a[i] !== b[i] || a[i + 1] !== b[i + 1]) return { error: 'check-attr gave different lists' };
      if (a[i + 2] !== b[i + 2]) moved.add(a[i]!);
    }
    return [...moved];
  } finally {
    index.drop();
  }
}
