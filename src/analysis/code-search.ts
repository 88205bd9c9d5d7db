/**
 * A typed query over source code: which files import or call a thing, at which line.
 * Scans only text files of the languages named, skipping comments, and caches each
 * file's lines so that many checks can ask without re-reading. A file is split into
 * lines only when it holds the literals one of the patterns needs (source-scan.ts: one
 * automaton for every declared pattern list, each file scanned once).
 */
import type { RepoIndex } from '../model/repository.js';
import { SourceScan, type KeptLines, type SourceScanResults } from './source-scan.js';
import { requirementsOf } from './literal-requirements.js';
import { runIndex } from './run-index.js';
import { handover } from '../parse/handover.js';
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

/** The same files as a set (for a query over one file). */
function codeFileSet(repo: RepoIndex, exts: readonly string[]): ReadonlySet<string> {
  const sets = runIndex(repo).codeFileSets;
  const key = exts.join('\u0000');
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set(codeFiles(repo, exts))));
  return set;
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

/**
 * The code lines of a file that hold `literal` (exactly, or without ASCII case when `folded`), comments blanked as
 * codeLines gives them, in order, each once: found by searching the text, so the file is not split into lines (for a
 * question whose regex needs the literal on its line). Undefined when the file cannot be read.
 */
export function codeLinesHolding(repo: RepoIndex, path: string, literal: string, folded = false): string[] | undefined {
  const known = runIndex(repo).codeLines.get(path);
  if (known !== undefined || path.endsWith('.txtar')) return (known ?? codeLines(repo, path))?.filter((l) => l !== '' && (folded ? l.toLowerCase() : l).includes(literal));
  const text = repo.read(path);
  if (text === undefined) return undefined;
  const style = commentStyle(path);
  const out: string[] = [];
  const find = folded ? new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : undefined;
  let at = find ? -1 : text.indexOf(literal);
  if (find) {
    const m = find.exec(text);
    at = m ? m.index : -1;
  }
  while (at >= 0) {
    const a = text.lastIndexOf('\n', at) + 1;
    let b = text.indexOf('\n', at);
    const next = b < 0 ? text.length : b + 1;
    if (b < 0) b = text.length;
    else if (b > a && text.charCodeAt(b - 1) === 13) b--;
    const line = stripComment(text.slice(a, b), style);
    if (line !== '') out.push(line);
    if (find) {
      find.lastIndex = next;
      const m = find.exec(text);
      at = m ? m.index : -1;
    } else at = text.indexOf(literal, next);
  }
  return out;
}

/** Whether a code line of the file (comments blanked) matches `re`; when `re` needs one literal on its line, only the lines holding it are tried. */
export function hasCodeLineMatching(repo: RepoIndex, path: string, re: RegExp): boolean {
  const key = soleLiteralOf(re);
  const lines = key ? codeLinesHolding(repo, path, key.text, key.folded) : codeLines(repo, path);
  return lines !== undefined && lines.some((l) => re.test(l));
}

/** A literal every match of `re` holds (the longest of its one branch's single-literal sets), or undefined. */
function soleLiteralOf(re: RegExp): { text: string; folded: boolean } | undefined {
  const r = requirementsOf(re);
  if (!r || r.branches.length !== 1) return undefined;
  let best: string | undefined;
  for (const set of r.branches[0]!) if (set.length === 1 && (best === undefined || set[0]!.length > best.length)) best = set[0]!;
  return best === undefined ? undefined : { text: best, folded: r.folded };
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

/** The line starting at `a` (a line start) up to its line break, comments blanked as codeLines does. */
function codeLineFrom(text: string, a: number, style: CommentStyle): string {
  let b = text.indexOf('\n', a);
  if (b < 0) b = text.length;
  else if (b > a && text.charCodeAt(b - 1) === 13) b--;
  return stripComment(text.slice(a, b), style);
}

/**
 * Where a query reads the lines it tries: the file's kept lines when it is plain UTF-8 and its
 * text is not held (source-scan.ts keptLines: a line is decoded only when a pattern may match
 * it, and the file's text never is), else its text. A query that tries every line, and a
 * testscript (whose file sections end its script), read the text.
 */
type LineSource = { bytes: Buffer; text?: undefined } | { text: string; bytes?: undefined };

/** The file's kept lines (a query's lines start where `visitKept` says), or undefined: read its text. */
function keptLinesOf(s: SourceScan, repo: RepoIndex, file: string, results: SourceScanResults, everyLine: boolean): KeptLines | undefined {
  return everyLine || file.endsWith('.txtar') ? undefined : s.keptLines(repo, file, results);
}

/**
 * The i-th line (0-based) of a file, starting at `at` in its source (-1: not known), comments
 * blanked as codeLines does; undefined past the end, and for bytes whose line is surely longer
 * than `longest` characters (more than 3 bytes a character: not decoded at all).
 */
function sourceLine(repo: RepoIndex, file: string, src: LineSource, i: number, at: number, style: CommentStyle, longest = Infinity): string | undefined {
  if (src.bytes) {
    let b = src.bytes.indexOf(0x0a, at);
    if (b < 0) b = src.bytes.length;
    if (b - at > 3 * longest) return undefined;
    // Plain UTF-8 holds no carriage return.
    return stripComment(src.bytes.toString('utf8', at, b), style);
  }
  return at >= 0 ? codeLineFrom(src.text, at, style) : codeLineAt(src.text, lineStartsOf(repo, file, src.text), i, style);
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
  /** Search only this file, when it is one of the code files of `exts` (what `where: (p) => p === file` gives, without a pass over the others). */
  file?: string;
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

/**
 * What the scans of another run found, given to a run whose files are in part the same (seedSourceScans). This run's
 * own are kept on its AnalysisIndex (sourceScansOf).
 */
const handed = handover<Map<SourceScan, SourceScanResults>>();

/**
 * Gives `repo`'s run what `scans` (another run's: sourceScansOf) found in the files `repo` reads from that run's
 * checkout (RepoIndex.sameAsCheckout): the same bytes, so the same literals, patterns and lines. A pull request's base
 * then scans only what the change touched. Taken once, when the run first asks a scan.
 */
export function seedSourceScans(repo: RepoIndex, scans: Map<SourceScan, SourceScanResults>): void {
  // Handed over (the other run is done with them), not copied: the base's run keeps what holds and drops the rest.
  if (repo.sameAsCheckout) handed.seed(repo, new Map(scans));
  scans.clear();
}

/** What the scans of this run found (kept past forgetRun by whoever holds it, for seedSourceScans). */
export function sourceScansOf(repo: RepoIndex): Map<SourceScan, SourceScanResults> {
  return runIndex(repo).sourceScans;
}

/** What the scan found in this run's files, kept on the run's index. */
function resultsOf(repo: RepoIndex, s: SourceScan): SourceScanResults {
  const byScan = runIndex(repo).sourceScans;
  let results = byScan.get(s);
  if (!results) {
    const seed = handed.seeded(repo)?.get(s);
    if (seed) {
      // Kept where this run reads the same bytes; a file the change touched (or read from elsewhere) is scanned anew.
      for (const found of [seed.files, seed.lineHits, seed.kept]) for (const p of found.keys()) if (!repo.sameAsCheckout!(p)) found.delete(p);
      handed.seeded(repo)!.delete(s);
    }
    byScan.set(s, (results = seed ?? { files: new Map(), lineHits: new Map(), kept: new Map() }));
  }
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
  const bits = s.marks(may);
  return patterns.filter((_, k) => bits[ix[k]!] === 1);
}

/** Lines longer than this (minified code, embedded data) are not tried by findInSource. */
const LONGEST_LINE = 2000;

/** Every line of code that matches a pattern, first match per line. */
export function findInSource(repo: RepoIndex, patterns: readonly SourcePattern[], q: SourceQuery = {}): SourceHit[] {
  const exts = q.exts ?? CODE_EXTENSIONS;
  const limit = q.limitPerLabel ?? 20;
  const hits: SourceHit[] = [];
  const s = scanFor(patterns);
  const results = resultsOf(repo, s);
  const ix = s.indexesOf(patterns);
  // Hits per label, by the label's number; a label at the limit takes no more hits.
  const labelOf = labelNumbers(patterns);
  const counts = new Int32Array(labelOf.length === 0 ? 0 : Math.max(...labelOf) + 1);
  const unfiltered = s.hasUnfiltered(ix);
  const positions = s.positionsOf(patterns);
  const active: number[] = [];
  const files = q.file !== undefined ? (codeFileSet(repo, exts).has(q.file) ? [q.file] : []) : (q.files ?? codeFiles(repo, exts));
  // The file being tried, where its lines come from, its comment style and where a testscript's script ends: set for
  // each file below, read by the one `tryLine` of the query (not a closure made for each file).
  let file = '';
  let src: LineSource = { text: '' };
  let comments = commentStyle('');
  let end = Infinity;
  /** Tries the line (0-based; `at`: where it starts, -1 when unknown); false once no active pattern takes hits. */
  const tryLine = (i: number, present: Uint8Array | undefined, at: number): boolean => {
    let line: string | undefined;
    let open = 0;
    for (let j = 0; j < active.length; j++) {
      const k = active[j]!;
      if (counts[labelOf[k]!]! >= limit) continue;
      open++;
      // A line lacking a pattern's required literals cannot match it.
      if (present && !s.mayOnLine(ix[k]!, present)) continue;
      // The line's text is made only for a pattern that may match it.
      if (line === undefined) {
        line = i < end ? sourceLine(repo, file, src, i, at, comments, LONGEST_LINE) : undefined;
        if (line === undefined || line.length === 0 || line.length > LONGEST_LINE) return true;
      }
      const m = patterns[k]!.re.exec(line);
      if (!m) continue;
      counts[labelOf[k]!]!++;
      hits.push({ file, line: i + 1, column: m.index + 1, label: patterns[k]!.label, text: line.trim().slice(0, 160) });
      return true;
    }
    return open > 0;
  };
  for (let f = 0; f < files.length; f++) {
    file = files[f]!;
    if (q.where && !q.where(file)) continue;
    // Every file the query covers is scanned (and so read), whatever the counts: the files read, and what reading them found, stay the same.
    const may = s.mayOfFile(repo, file, results);
    if (may === null) continue;
    // Only the patterns whose required literals the file holds can match one of its lines (same order), and only while their label takes hits.
    active.length = 0;
    if (positions) {
      // The file's few possible patterns, placed in the list (kept in the list's order).
      for (let j = 0; j < may.ids.length; j++) {
        const k = positions[may.ids[j]!]!;
        if (k >= 0 && counts[labelOf[k]!]! < limit) active.push(k);
      }
      if (active.length > 1) active.sort((x, y) => x - y);
    } else {
      const bits = s.marks(may);
      for (let k = 0; k < ix.length; k++) if (bits[ix[k]!] === 1 && counts[labelOf[k]!]! < limit) active.push(k);
    }
    if (active.length === 0) continue;
    comments = commentStyle(file);
    // Only the lines that hold a literal are tried (every line when a pattern has no literal to require).
    const kept = keptLinesOf(s, repo, file, results, unfiltered);
    if (kept) {
      src = { bytes: kept.bytes };
      end = Infinity;
      s.visitKept(kept, tryLine);
      continue;
    }
    const text = repo.read(file);
    if (text === undefined) continue;
    src = { text };
    end = file.endsWith('.txtar') ? scriptLines(text.split(/\r?\n/)) : Infinity;
    if (unfiltered) {
      const starts = lineStartsOf(repo, file, text);
      for (let i = 0; i < starts.length; i++) if (!tryLine(i, undefined, starts[i]!)) break;
    } else s.visitLines(file, text, results, tryLine);
  }
  return hits;
}

const labelNumbering = new WeakMap<readonly SourcePattern[], Int32Array>();

/** Per pattern of a list, a number for its label (patterns sharing a label share it). */
function labelNumbers(patterns: readonly SourcePattern[]): Int32Array {
  let out = labelNumbering.get(patterns);
  if (!out) {
    const numbers = new Map<string, number>();
    out = Int32Array.from(patterns, (p) => {
      let n = numbers.get(p.label);
      if (n === undefined) numbers.set(p.label, (n = numbers.size));
      return n;
    });
    labelNumbering.set(patterns, out);
  }
  return out;
}

/** The first line of a file that matches one of the patterns (tried in order on each line). */
export function firstHitIn(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): SourceHit | undefined {
  const s = scanFor(patterns);
  const results = resultsOf(repo, s);
  const may = s.mayOfFile(repo, file, results);
  if (may === null) return undefined;
  const all = s.indexesOf(patterns);
  const ix: number[] = [];
  const bits = s.marks(may);
  for (let k = 0; k < all.length; k++) if (bits[all[k]!] === 1) ix.push(all[k]!);
  if (ix.length === 0) return undefined;
  const active = patterns.filter((_, k) => bits[all[k]!] === 1);
  if (s.hasUnfiltered(all)) return firstHitInLines(file, codeLines(repo, file) ?? [], active);
  const kept = keptLinesOf(s, repo, file, results, false);
  const text = kept ? undefined : repo.read(file);
  const src: LineSource | undefined = kept ? { bytes: kept.bytes } : text === undefined ? undefined : { text };
  if (!src) return undefined;
  // Every pattern needs literals: only the lines holding them can match (a blanked line never does).
  const comments = commentStyle(file);
  const end = text !== undefined && file.endsWith('.txtar') ? scriptLines(text.split(/\r?\n/)) : Infinity;
  let hit: SourceHit | undefined;
  const visit = (i: number, present: Uint8Array, at: number): boolean => {
    if (i >= end) return false;
    let line: string | undefined;
    for (let k = 0; k < ix.length; k++) {
      if (!s.mayOnLine(ix[k]!, present)) continue;
      line ??= sourceLine(repo, file, src, i, at, comments)!;
      const m = active[k]!.re.exec(line);
      if (m) {
        hit = { file, line: i + 1, column: m.index + 1, label: active[k]!.label, text: line.trim().slice(0, 160) };
        return false;
      }
    }
    return true;
  };
  if (kept) s.visitKept(kept, visit);
  else s.visitLines(file, text!, results, visit);
  return hit;
}

function firstHitInLines(file: string, lines: readonly string[], active: readonly SourcePattern[]): SourceHit | undefined {
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
