/**
 * A typed query over source code: which files import or call a thing, at which line.
 * Scans only text files of the languages named, skipping comments, and caches each
 * file's lines so that many checks can ask without re-reading. A file is split into
 * lines only when it holds a literal that one of the patterns needs (literal-hints.ts).
 */
import type { RepoIndex } from '../model/repository.js';
import { CodeCorpus } from './code-corpus.js';
import { prefilterOf, type Prefilter } from './literal-hints.js';
import { type SourcePattern } from '../model/signal.js';


export interface SourceHit {
  file: string;
  line: number;
  column: number;
  label: string;
  text: string;
}

export const CODE_EXTENSIONS = ['.py', '.ipynb', '.r', '.R', '.jl', '.scala', '.java', '.kt', '.go', '.ts', '.js', '.mjs', '.sh'];

const linesCache = new WeakMap<RepoIndex, Map<string, string[] | undefined>>();
const corpusCache = new WeakMap<RepoIndex, Map<string, CodeCorpus>>();

/** The files with one of these extensions, in the index's order, with their texts (one corpus per repository and extensions). */
function codeFiles(repo: RepoIndex, exts: readonly string[]): CodeCorpus {
  let byExts = corpusCache.get(repo);
  if (!byExts) {
    byExts = new Map();
    corpusCache.set(repo, byExts);
  }
  const key = exts.join('\u0000');
  let corpus = byExts.get(key);
  if (!corpus) {
    corpus = new CodeCorpus(
      repo,
      repo.files.filter((f) => isCode(f, exts)),
    );
    byExts.set(key, corpus);
  }
  return corpus;
}

function isCode(path: string, exts: readonly string[]): boolean {
  return exts.some((e) => path.endsWith(e));
}

/** A file's code lines, comments blanked (so line numbers stay right). Notebooks: the JSON lines. */
export function codeLines(repo: RepoIndex, path: string): string[] | undefined {
  let cache = linesCache.get(repo);
  if (!cache) {
    cache = new Map();
    linesCache.set(repo, cache);
  }
  if (cache.has(path)) return cache.get(path);
  const text = repo.read(path);
  const lines = text === undefined ? undefined : stripComments(path, text.split(/\r?\n/));
  cache.set(path, lines);
  return lines;
}

function stripComments(path: string, lines: string[]): string[] {
  const hash = /\.(py|r|R|sh|jl)$/.test(path);
  const slash = /\.(ts|js|mjs|go|java|kt|scala)$/.test(path);
  return lines.map((l) => {
    const t = l.trimStart();
    if (hash && t.startsWith('#')) return '';
    if (slash && t.startsWith('//')) return '';
    return l;
  });
}

export interface SourceQuery {
  /** Only files whose path passes (default: all code files). */
  where?: (path: string) => boolean;
  exts?: readonly string[];
  /** Stop after this many hits per pattern label (default 20). */
  limitPerLabel?: number;
}

interface Prefilters {
  /** The regexes they were made for (a pattern list changed since is filtered anew). */
  res: RegExp[];
  /** Whether a file may match any of the patterns (undefined: it may). */
  any: Prefilter | undefined;
  /** Per pattern (undefined: it may). */
  each: (Prefilter | undefined)[];
}

const prefilterCache = new WeakMap<readonly SourcePattern[], Prefilters>();

function prefiltersOf(patterns: readonly SourcePattern[]): Prefilters {
  let p = prefilterCache.get(patterns);
  if (!p || p.res.length !== patterns.length || p.res.some((re, i) => re !== patterns[i]!.re)) {
    const res = patterns.map((x) => x.re);
    p = { res, any: prefilterOf(res), each: res.map((re) => prefilterOf([re])) };
    prefilterCache.set(patterns, p);
  }
  return p;
}

/** The patterns (in order) that may match a line of this file: none when it is unreadable or holds none of their literals. */
export function patternsIn(repo: RepoIndex, file: string, patterns: readonly SourcePattern[]): SourcePattern[] {
  const text = repo.read(file);
  const prefilters = prefiltersOf(patterns);
  if (text === undefined || (prefilters.any && !prefilters.any(text))) return [];
  return patterns.filter((_, k) => prefilters.each[k]?.(text) !== false);
}

/** Every line of code that matches a pattern, first match per line. */
export function findInSource(repo: RepoIndex, patterns: readonly SourcePattern[], q: SourceQuery = {}): SourceHit[] {
  const exts = q.exts ?? CODE_EXTENSIONS;
  const limit = q.limitPerLabel ?? 20;
  const counts = new Map<string, number>();
  const hits: SourceHit[] = [];
  const prefilters = prefiltersOf(patterns);
  const active: SourcePattern[] = [];
  const corpus = codeFiles(repo, exts);
  // Once every file is read, one scan of the joined texts names the files that may match.
  const candidates = prefilters.any ? corpus.candidates(prefilters.any.hintRes) : undefined;
  for (let f = 0; f < corpus.paths.length; f++) {
    if (candidates && candidates[f] === 0) continue;
    const file = corpus.paths[f]!;
    if (q.where && !q.where(file)) continue;
    const text = corpus.text(f);
    if (text === undefined || (!candidates && prefilters.any && !prefilters.any(text))) continue;
    // Only the patterns whose literals the file holds can match one of its lines (same order).
    active.length = 0;
    for (let k = 0; k < patterns.length; k++) if (prefilters.each[k]?.(text) !== false) active.push(patterns[k]!);
    if (active.length === 0) continue;
    const lines = codeLines(repo, file);
    if (!lines) continue;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length === 0 || line.length > 2000) continue;
      for (const p of active) {
        if ((counts.get(p.label) ?? 0) >= limit) continue;
        const m = p.re.exec(line);
        if (!m) continue;
        counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
        hits.push({ file, line: i + 1, column: m.index + 1, label: p.label, text: line.trim().slice(0, 160) });
        break;
      }
    }
  }
  return hits;
}

export function isNotebook(path: string): boolean {
  return path.endsWith('.ipynb');
}
