/** The Python function that holds a line of code, by indentation (comments blanked): what a hit's own test does around it. */
import type { RepoIndex } from '../model/repository.js';
import { codeLines } from './code-search.js';

export interface CodeBlock {
  /** 1-based line of the `def` (1 when the line is at module level: the block is then the whole file). */
  line: number;
  text: string;
}

const DEF = /^([ \t]*)(?:async[ \t]+)?def[ \t]+\w+/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The innermost `def` whose body holds `line` (1-based), up to the next line at its indentation or less; the whole file at module level. */
export function functionAround(repo: RepoIndex, file: string, line: number): CodeBlock | undefined {
  const lines = codeLines(repo, file);
  if (!lines || line < 1 || line > lines.length) return undefined;
  // A def line belongs to its own body.
  let limit = indentOf(lines[line - 1]!) + (DEF.test(lines[line - 1]!) ? 1 : 0);
  for (let i = line - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.trim() === '') continue;
    const m = DEF.exec(l);
    const indent = indentOf(l);
    if (m && indent < limit) {
      let end = line;
      while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > indent)) end++;
      while (end > line && lines[end - 1]!.trim() === '') end--;
      return { line: i + 1, text: lines.slice(i, end).join('\n') };
    }
    // A line less indented than the hit that is not a def (a class, an if) narrows what may still enclose it.
    if (indent < limit) limit = indent;
    if (indent === 0 && !m) break;
  }
  return { line: 1, text: lines.join('\n') };
}
