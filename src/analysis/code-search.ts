/**
 * A typed query over source code: which files import or call a thing, at which line.
 * Scans only text files of the languages named, skipping comments, and caches each
 * file's lines so that many checks can ask without re-reading. A file is split into
 * lines only when it holds the literals one of the patterns needs (source-scan.ts: one
 * automaton for every declared pattern list, each file scanned once).
 */
import type { RepoIndex } from '../model/repository.js';
import { SourceScan, type SourceScanResults } from './source-scan.js';
import { runIndex } from './run-index.js';
import { NOT_OWN_CODE_DIR } from '../vocabulary/shared/test-paths.js';
import { type SourcePattern } from '../model/signal.js';

export interface SourceHit {
  file: string;
  line: number;
  column: number;
  label: string;
  text: string;
}

export const CODE_EXTENSIONS = ['.py', '.ipynb', '.r', '.R', '.jl', '.scala', '.java', '.kt', '.go', '.ts', '.js', '.mjs', '.sh'];

/** The files with one of these extensions, in the index's order (one list per repository and extensions). */
function codeFiles(repo: RepoIndex, exts: readonly string[]): readonly string[] {
  const byExts = runIndex(repo).codeFiles;
  const key = exts.join('\u0000');
  let files = byExts.get(key);
  if (!files) byExts.set(key, (files = repo.files.filter((f) => isCode(f, exts) && !isNotOwnCode(f))));
  return files;
}

/**
 * Code the project did not write for itself, left out of the source queries: vendored copies,
 * minified bundles, and test data (fixtures, snapshots), whose ML imports say nothing about
 * the project's own pipeline.
 */
export function isNotOwnCode(path: string): boolean {
  return NOT_OWN_CODE_DIR.test(path) || /\.min\.(js|mjs)$/.test(path);
}

function isCode(path: string, exts: readonly string[]): boolean {
  return exts.some((e) => path.endsWith(e));
}

/** A file's code lines, comments blanked (so line numbers stay right). Notebooks: the JSON lines. */
export function codeLines(repo: RepoIndex, path: string): string[] | undefined {
  const cache = runIndex(repo).codeLines;
  if (cache.has(path)) return cache.get(path);
  const text = repo.read(path);
  const lines = text === undefined ? undefined : stripComments(path, text.split(/\r?\n/));
  cache.set(path, lines);
  return lines;
}

type CommentStyle = '#' | '//' | undefined;

function commentStyle(path: string): CommentStyle {
  return /\.(py|r|R|sh|jl|txtar)$/.test(path) ? '#' : /\.(ts|js|mjs|go|java|kt|scala)$/.test(path) ? '//' : undefined;
}

function stripComments(path: string, lines: string[]): string[] {
  const style = commentStyle(path);
  const end = path.endsWith('.txtar') ? scriptLines(lines) : lines.length;
  return lines.map((l, i) => (i < end ? stripComment(l, style) : ''));
}

/** A testscript's (txtar) script lines: those before its first `-- name --` file section, whose content is fixtures. */
function scriptLines(lines: readonly string[]): number {
  const at = lines.findIndex((l) => /^-- \S.*? --[ \t]*$/.test(l));
  return at < 0 ? lines.length : at;
}

function stripComment(line: string, style: CommentStyle): string {
  return style !== undefined && line.trimStart().startsWith(style) ? '' : line;
}

/** Where each line of a text starts (lines split as `split(/\r?\n/)` splits them), kept per file: 4 bytes a line, not a string each. */
function lineStartsOf(repo: RepoIndex, path: string, text: string): Int32Array {
  const byPath = runIndex(repo).lineStarts;
  let starts = byPath.get(path);
  if (!starts) {
    const out = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) out.push(at + 1);
    byPath.set(path, (starts = Int32Array.from(out)));
  }
  return starts;
}

/** The i-th line (0-based) of a text, comments blanked as codeLines does, or undefined past the end. */
function codeLineAt(text: string, starts: Int32Array, i: number, style: CommentStyle): string | undefined {
  if (i >= starts.length) return undefined;
  const a = starts[i]!;
  let b = text.length;
  if (i + 1 < starts.length) {
    b = starts[i + 1]! - 1;
    if (b > a && text.charCodeAt(b - 1) === 13) b--;
  }
  return stripComment(text.slice(a, b), style);
}

export interface SourceQuery {
  /** Only files whose path passes (default: all code files). */
  where?: (path: string) => boolean;
  /** Search these files instead of the code files of `exts` (e.g. the inventory's test files, testscripts included). */
  files?: readonly string[];
  exts?: readonly string[];
  /** Stop after this many hits per pattern label (default 20). */
  limitPerLabel?: number;
}

/** Every list declared so far, and the scan built from them (one per process while the lists stay the same). */
const declared: (readonly SourcePattern[])[] = [];
let scan: SourceScan | undefined;
let scansBuilt = 0;

/**
 * Declares the pattern lists the checks will ask about, so that one automaton serves them
 * all. A list asked about without being declared is added then (the scan is rebuilt, and
 * files are scanned again: the engine declares every check's lists up front).
 */
export function declareSourcePatterns(lists: readonly (readonly SourcePattern[])[]): void {
  const fresh = lists.filter((l) => !declared.includes(l));
  if (fresh.length === 0 && scan) return;
  declared.push(...fresh);
  scan = undefined;
}

/** How many scans were built in this process (the benchmark and tests read it). */
export function sourceScansBuilt(): number {
  return scansBuilt;
}

/** What the scan found in this run's files, kept on the run's index. */
function resultsOf(repo: RepoIndex, s: SourceScan): SourceScanResults {
  const byScan = runIndex(repo).sourceScans;
  let results = byScan.get(s);
  if (!results) byScan.set(s, (results = { files: new Map(), lineHits: new Map() }));
  return results;
}

function scanFor(patterns: readonly SourcePattern[]): SourceScan {
  if (scan && patterns.every((p) => scan!.knows(p.re))) return scan;
  if (!declared.includes(patterns)) declared.push(patterns);
  scansBuilt++;
  return (scan = new SourceScan(declared));
}

/** The patterns (in order) that may match a line of this file: none when it is unreadable or holds none of their literals. */
export function patternsIn(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): SourcePattern[] {
  const s = scanFor(patterns);
  const may = s.mayOfFile(repo, file, resultsOf(repo, s));
  if (may === null) return [];
  const ix = s.indexesOf(patterns);
  return patterns.filter((_, k) => may[ix[k]!] === 1);
}

/** Every line of code that matches a pattern, first match per line. */
export function findInSource(repo: RepoIndex, patterns: readonly SourcePattern[], q: SourceQuery = {}): SourceHit[] {
  const exts = q.exts ?? CODE_EXTENSIONS;
  const limit = q.limitPerLabel ?? 20;
  const counts = new Map<string, number>();
  const hits: SourceHit[] = [];
  const s = scanFor(patterns);
  const results = resultsOf(repo, s);
  const ix = s.indexesOf(patterns);
  const active: number[] = [];
  for (const file of q.files ?? codeFiles(repo, exts)) {
    if (q.where && !q.where(file)) continue;
    const may = s.mayOfFile(repo, file, results);
    if (may === null) continue;
    // Only the patterns whose required literals the file holds can match one of its lines (same order).
    active.length = 0;
    for (let k = 0; k < ix.length; k++) if (may[ix[k]!] === 1) active.push(k);
    if (active.length === 0) continue;
    const text = repo.read(file);
    if (text === undefined) continue;
    const starts = lineStartsOf(repo, file, text);
    const comments = commentStyle(file);
    const end = file.endsWith('.txtar') ? scriptLines(text.split(/\r?\n/)) : starts.length;
    const tryLine = (i: number, present: Uint8Array | undefined) => {
      if (i >= end) return;
      const line = codeLineAt(text, starts, i, comments);
      if (line === undefined || line.length === 0 || line.length > 2000) return;
      for (const k of active) {
        const p = patterns[k]!;
        if ((counts.get(p.label) ?? 0) >= limit) continue;
        // A line lacking a pattern's required literals cannot match it.
        if (present && !s.mayOnLine(ix[k]!, present)) continue;
        const m = p.re.exec(line);
        if (!m) continue;
        counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
        hits.push({ file, line: i + 1, column: m.index + 1, label: p.label, text: line.trim().slice(0, 160) });
        break;
      }
    };
    // Only the lines that hold a literal are tried (every line when a pattern has no literal to require).
    if (s.hasUnfiltered(ix)) for (let i = 0; i < starts.length; i++) tryLine(i, undefined);
    else s.visitLines(repo, file, results, tryLine);
  }
  return hits;
}

/** The first line of a file that matches one of the patterns (tried in order on each line). */
export function firstHitIn(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): SourceHit | undefined {
  const active = patternsIn(repo, file, patterns);
  if (active.length === 0) return undefined;
  const lines = codeLines(repo, file) ?? [];
  for (let i = 0; i < lines.length; i++) {
    for (const p of active) {
      const m = p.re.exec(lines[i]!);
      if (m) return { file, line: i + 1, column: m.index + 1, label: p.label, text: lines[i]!.trim().slice(0, 160) };
    }
  }
  return undefined;
}

export function isNotebook(path: string): boolean {
  return path.endsWith('.ipynb');
}
