/**
 * Shell scripts in the repository: `bash scripts/test.sh`, `sh -e x.sh`, `./run_tests.sh`,
 * `source env.sh`, `. env.sh`, and `bash -c "..."`. The script's lines run in the caller's
 * folder (a script that does `cd "$(dirname "$0")"` moves to its own; run.ts handles that).
 */
import type { Located } from '../../../model/position.js';
import { joinPath, type Resolver, type TaskBody } from './types.js';

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'source', '.']);
/** Shell options that take a value. */
const SHELL_VALUED = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

/** The script path and whether the caller named it with a shell, or the inline text of `-c`. */
function scriptTarget(words: readonly string[]): { path: string } | { inline: string } | undefined {
  const first = words[0];
  if (first === undefined) return undefined;
  if (SHELLS.has(first.replace(/^.*\//, ''))) {
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (w === '-c') return words[i + 1] !== undefined ? { inline: words[i + 1]! } : undefined;
      if (SHELL_VALUED.has(w)) {
        i++;
        continue;
      }
      if (/^[-+]/.test(w)) continue;
      return { path: w };
    }
    return undefined;
  }
  if (first.includes('/') || /\.(sh|bash)$/.test(first)) return { path: first };
  return undefined;
}

export const resolveScript: Resolver = (inv, ctx) => {
  const target = scriptTarget(inv.program);
  if (!target) return undefined;
  if ('inline' in target) {
    const line: Located<string> = { value: target.inline, pos: { line: inv.at.line, column: inv.at.column } };
    return [{ key: `inline:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label: 'inline shell', at: inv.at, via: [], lines: [line], cwd: inv.cwd }];
  }
  const file = joinPath(inv.cwd, target.path);
  if (file === undefined) return undefined;
  if (!ctx.repo.has(file)) {
    if (/\.(sh|bash)$/.test(file) && !/^(\/|~)/.test(target.path)) {
      ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `The script "${target.path}" is not in the repository (looked for "${file}"), so what it runs is not counted. Check the path or the step's working-directory.` });
      inv.miss?.('missing-script', `the script "${file}" is not in the repository`, file);
    }
    return undefined;
  }
  if (!/\.(sh|bash|zsh|ksh)$/.test(file)) {
    // Only text that looks like a shell script is read as one (an extension or a shell shebang).
    const head = ctx.once('script-head', file, (t) => t.slice(0, 200)) ?? '';
    if (!/^#!.*\b(ba|z|k|da)?sh\b/.test(head)) return undefined;
  }
  const lines = ctx.once('script', file, (text) => text.split(/\r?\n/).map((value, i): Located<string> => ({ value, pos: { line: i + 1, column: 1 } })));
  if (!lines) return undefined;
  const body: TaskBody = { key: `script:${file}`, label: `script "${file}"`, at: { file, line: 1, column: 1 }, via: [], lines, cwd: inv.cwd, script: file };
  return [body];
};
