/** Where a configuration file opens a table, a section or a key: positions from the file's outline (parse/outline.ts), read once per run. */
import type { Analysis } from './analyze.js';
import type { OutlineEntry } from '../model/outline.js';
import { outlineKind, readOutline } from '../parse/outline.js';
import { codeLines } from './code-search.js';
import { runIndex } from './run-index.js';

/** The outline of a file (TOML/INI headers, YAML/JSON keys), read once per run; empty when unreadable or not a configuration format. */
export function outlineOf(a: Analysis, path: string): readonly OutlineEntry[] {
  const cache = runIndex(a.repo).outlines;
  let entries = cache.get(path);
  if (!entries) {
    const text = a.repo.read(path);
    cache.set(path, (entries = text === undefined ? [] : readOutline(path, text)));
  }
  return entries;
}

/** The first header or key of a file whose line matches `line` (a pattern over the line as written), or undefined. */
export function outlineLine(a: Analysis, path: string, line: RegExp): OutlineEntry | undefined {
  return outlineOf(a, path).find((e) => line.test(e.text));
}

/**
 * The first line of a file that opens something matching `line`: a header or key of a
 * configuration file (its outline), or a code line of a source file (comments blanked).
 */
export function lineWhere(a: Analysis, path: string, line: RegExp): number | undefined {
  if (outlineKind(path) !== undefined) return outlineLine(a, path, line)?.line;
  const i = codeLines(a.repo, path)?.findIndex((l) => line.test(l)) ?? -1;
  return i < 0 ? undefined : i + 1;
}
