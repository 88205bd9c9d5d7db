/**
 * The lines a pull request changed, from `git diff --unified=0` between the base commit and
 * the analysed work tree: per file, the base lines removed or replaced and the head lines
 * added or replaced. Pure parsing (diffLines runs git).
 */
import { unquote } from './quote.js';
import { runGit } from './run.js';

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

function pathOf(line: string, side: 'a/' | 'b/'): string | undefined {
  const raw = line.slice(4).replace(/\t$/, '');
  if (raw === '/dev/null') return undefined;
  const p = unquote(raw);
  return p.startsWith(side) ? p.slice(2) : p;
}

/** Parses `git diff --unified=0` output (with a/ and b/ prefixes). */
export function parseUnifiedDiff(text: string): ChangedLines {
  const out: ChangedLines = new Map();
  let oldPath: string | undefined;
  let current: FileChange | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      oldPath = undefined;
    } else if (line.startsWith('--- ') && current === undefined) {
      oldPath = pathOf(line, 'a/');
    } else if (line.startsWith('+++ ') && current === undefined) {
      const newPath = pathOf(line, 'b/');
      const file = newPath ?? oldPath;
      if (file === undefined) continue;
      current = { status: newPath === undefined ? 'removed' : oldPath === undefined ? 'added' : 'modified', base: [], head: [] };
      out.set(file, current);
    } else if (line.startsWith('@@ ') && current !== undefined) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const [oldStart, oldCount, newStart, newCount] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
      if (oldCount > 0) current.base.push([oldStart, oldStart + oldCount - 1]);
      if (newCount > 0) current.head.push([newStart, newStart + newCount - 1]);
    }
  }
  return out;
}

export function inRanges(line: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(([a, b]) => line >= a && line <= b);
}

/** The changed lines between `base` and the work tree under `dir` (paths relative to `dir`), or git's complaint. */
export function diffLines(dir: string, base: string): ChangedLines | { error: string } {
  const res = runGit(dir, ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--no-color', '--unified=0', '--relative', base, '--', '.']);
  if (!res.ok) return { error: res.error };
  return parseUnifiedDiff(res.stdout.toString('utf8'));
}
