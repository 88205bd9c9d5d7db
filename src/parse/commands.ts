/**
 * Shell text → commands with positions. This reads `run:` scripts the way a person skims
 * them: continuation lines joined, comments dropped, `&&`/`||`/`;`/`|` chains split, and
 * wrappers that only change the environment (`uv run`, `poetry run`, `python -m`, env
 * assignments, `sudo`, ...) removed, so that `argv[0]` is the program that does the work.
 */
import type { ShellCannotFail } from '../model/ci.js';
import type { Located } from '../model/position.js';

export interface ShellCommand {
  text: string;
  argv: string[];
  line: number;
  column: number;
  /** Set when the command's failure is swallowed (`cmd || true`). */
  cannotFail?: ShellCannotFail;
}

/** Joins continuation lines; each logical line keeps the position of its first line. */
export function logicalLines(lines: readonly Located<string>[]): Located<string>[] {
  const out: Located<string>[] = [];
  let current: Located<string> | undefined;
  for (const l of lines) {
    const text = l.value;
    if (current) current.value += ` ${text.trim()}`;
    else current = { value: text, pos: { ...l.pos } };
    if (/\\\s*$/.test(current.value) && !/^\s*#/.test(current.value)) {
      current.value = current.value.replace(/\\\s*$/, '');
    } else {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Splits a shell line into chain segments outside quotes, noting the operator after each. */
export function splitChain(line: string): { text: string; offset: number; next: string }[] {
  const parts: { text: string; offset: number; next: string }[] = [];
  let quote: string | undefined;
  let start = 0;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '\\') i++;
    else if (c === '(' && line[i - 1] === '$') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!)) && depth === 0) {
      parts.push({ text: line.slice(start, i), offset: start, next: '' });
      return parts.filter((p) => p.text.trim() !== '');
    } else if (depth === 0 && (c === ';' || c === '&' || c === '|')) {
      const two = line.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : c;
      if (c === '&' && op === '&' && (line[i - 1] === '>' || line[i + 1] === '>')) continue; // 2>&1, &>
      if (c === '|' && line[i - 1] === '>') continue; // >|
      parts.push({ text: line.slice(start, i), offset: start, next: op });
      i += op.length - 1;
      start = i + 1;
    }
  }
  parts.push({ text: line.slice(start), offset: start, next: '' });
  return parts.filter((p) => p.text.trim() !== '');
}

/** Shell-like word splitting (quotes removed, no expansion). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
      continue;
    }
    if (c === '$' && text.startsWith('${{', i)) {
      // A GitHub expression is one word (`tests-${{ matrix.python }}`), as the runner substitutes it before the shell runs.
      const end = text.indexOf('}}', i + 3);
      const stop = end < 0 ? text.length : end + 2;
      cur += text.slice(i, stop);
      has = true;
      i = stop - 1;
    } else if (c === '$' && text[i + 1] === '(') {
      // A command substitution is one word (`pytest $(circleci tests glob "t/**/*.py" | circleci tests split)`).
      let depth = 0;
      let stop = text.length;
      for (let j = i + 1; j < text.length; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) {
          stop = j + 1;
          break;
        }
      }
      cur += text.slice(i, stop);
      has = true;
      i = stop - 1;
    } else if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}

/** Wrappers that run the rest of the line in another environment: [program, words to drop after it]. */
const WRAPPERS: { match: (w: string[]) => number }[] = [
  { match: (w) => (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0] ?? '') ? 1 : 0) },
  { match: (w) => (w[0] === 'env' ? 1 : 0) },
  { match: (w) => (['sudo', 'time', 'nice', 'exec', 'command', 'npx', 'uvx', 'bunx', 'nohup', 'stdbuf'].includes(w[0] ?? '') ? 1 + flagCount(w, 1) : 0) },
  { match: (w) => (w[0] === 'timeout' ? 2 + flagCount(w, 1) : 0) },
  { match: (w) => (w[0] === 'xvfb-run' ? 1 + flagCount(w, 1) : 0) },
  { match: (w) => (['uv', 'poetry', 'pipenv', 'pdm', 'rye', 'pixi'].includes(w[0] ?? '') && w[1] === 'run' ? 2 + flagCount(w, 2) : 0) },
  { match: (w) => (w[0] === 'pipx' && w[1] === 'run' ? 2 : 0) },
  { match: (w) => (['conda', 'mamba', 'micromamba'].includes(w[0] ?? '') && w[1] === 'run' ? 2 + flagCount(w, 2) : 0) },
  { match: (w) => (['pnpm', 'yarn', 'bun'].includes(w[0] ?? '') && (w[1] === 'exec' || w[1] === 'dlx') ? 2 : 0) },
  { match: (w) => (['cross-env', 'dotenv', 'with-contenv'].includes(w[0] ?? '') ? 1 + (w[1] === '--' ? 1 : 0) : 0) },
  { match: (w) => pythonModule(w) },
  { match: (w) => (w[0] === 'coverage' && w[1] === 'run' ? 2 + flagCount(w, 2, ['-m']) + (w.includes('-m') ? 1 : 0) : 0) },
];

const VALUE_FLAGS = new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '-k', '-s', '--signal', '--with', '--python', '--group', '-u', '--user', '--extra', '--package', '--project', '--directory', '--env-file', '--index', '--environment', '--manifest-path', '-C', '--cwd', '--with-requirements', '--only-group', '--no-group']);

/** `python3.11 [-u] [-W x] -m module` → 2 + flags: the module becomes the program. */
function pythonModule(w: string[]): number {
  if (!/^(python[0-9.]*|py|pypy[0-9.]*)$/.test((w[0] ?? '').replace(/^.*\//, ''))) return 0;
  let i = 1;
  while (i < w.length && w[i] !== '-m' && /^-[a-zA-Z]+$/.test(w[i]!)) i += w[i] === '-W' || w[i] === '-X' ? 2 : 1;
  return w[i] === '-m' && i + 1 < w.length ? i + 1 : 0;
}

/** Words that only shape the shell's control flow before the command (`then pytest`, `if make test`). */
const LEADING_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(', 'time']);
/** Commands that are shell structure, not programs. */
const STRUCTURE = /^(fi|done|esac|\}|\)|;;|for|case|select|function|in|[\w-]+\(\)|\{?\}?)$/;

/** Counts leading `-x`/`--flag` words from `from` (flags with `=` values included). */
function flagCount(w: string[], from: number, stopAt: string[] = []): number {
  let n = 0;
  for (let i = from; i < w.length; i++) {
    const word = w[i]!;
    if (!word.startsWith('-') || stopAt.includes(word)) break;
    n++;
    // flags that take a separate value
    if (VALUE_FLAGS.has(word)) {
      i++;
      n++;
    }
  }
  return n;
}

/** The words of a command with wrappers removed: `uv run python -m pytest -q` → `pytest -q`. */
/**
 * A JavaScript tool's own entry script run by `node` (ESM setups do this for Jest:
 * `node --experimental-vm-modules node_modules/jest/bin/jest.js`): the tool's name.
 */
const NODE_TOOL_SCRIPT = /(?:^|\/)node_modules\/(?:\.bin\/([\w-]+)|(?:@[\w-]+\/)?([\w-]+)\/(?:bin|cli|dist)\/[\w.-]+)$/;

function nodeToolScript(w: readonly string[]): string[] | undefined {
  if (w[0] !== 'node' && !/\/node$/.test(w[0] ?? '')) return undefined;
  let i = 1;
  while (i < w.length && w[i]!.startsWith('-')) i += /^--(require|import|loader|experimental-loader|env-file)$|^-r$/.test(w[i]!) ? 2 : 1;
  const m = NODE_TOOL_SCRIPT.exec(w[i] ?? '');
  const tool = m?.[1] ?? m?.[2];
  return tool ? [tool, ...w.slice(i + 1)] : undefined;
}

export function programArgv(words: readonly string[]): string[] {
  let w = unwrapWords(words);
  w = nodeToolScript(w) ?? w;
  if (w[0]) w[0] = w[0].replace(/^.*\//, '').replace(/\.exe$/, '');
  if (w[0] === 'coverage' && w[1] === 'run' && w[2]?.endsWith('.py')) w = ['python', ...w.slice(2)];
  return w;
}

/** Like programArgv, but the program keeps its path (`./scripts/test.sh` stays as written). */
export function unwrapWords(words: readonly string[]): string[] {
  let w = [...words];
  for (let guard = 0; guard < 10; guard++) {
    let dropped = 0;
    for (const wr of WRAPPERS) {
      dropped = wr.match(w);
      if (dropped > 0) break;
    }
    if (dropped === 0 || dropped >= w.length) break;
    w = w.slice(dropped);
  }
  return w;
}

const SWALLOW = /^\s*(true|:|exit 0|echo\b.*)\s*$/;

/** Strips leading control words (`then`, `do`, `if`, `(`) from a command; undefined when nothing runs. */
function stripControl(text: string): { text: string; skipped: number } | undefined {
  let t = text;
  let skipped = 0;
  for (;;) {
    const m = /^(\S+)(\s+|$)/.exec(t);
    if (!m) break;
    const word = m[1]!;
    if (LEADING_KEYWORDS.has(word)) {
      skipped += m[0].length;
      t = t.slice(m[0].length);
    } else if (word.startsWith('(') && word.length > 1 && !word.startsWith('((')) {
      skipped += 1;
      t = t.slice(1);
    } else break;
  }
  // A one-line function, `name() { cmd; }` or `function name { cmd; }`: its first command follows the brace.
  const oneLine = /^(?:function\s+[A-Za-z_][\w-]*\s*(?:\(\s*\))?|[A-Za-z_][\w-]*\s*\(\s*\))\s*\{\s+(?=\S)/.exec(t);
  if (oneLine) {
    skipped += oneLine[0].length;
    t = t.slice(oneLine[0].length);
  }
  t = t.replace(/\s*\)\s*$/, (m) => (/\(/.test(t) ? m : ''));
  const first = /^\S+/.exec(t)?.[0] ?? '';
  if (t.trim() === '' || STRUCTURE.test(first) || /^\w+\s*\(\)\s*\{?$/.test(t) || /^\[\[?\s/.test(t)) return undefined;
  return { text: t, skipped };
}

/** A heredoc's end word, when a line opens one (`cat <<EOF`, `<<-'END'`). */
function heredocEnd(line: string): string | undefined {
  const m = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(line);
  return m ? m[2] : undefined;
}

/** The commands of a script, each with its line and column. */
/** `$(...)` nested deeper than this is not read for commands (each level is read again, and recursed into). */
export const MAX_SUBSTITUTION_NESTING = 16;

/** A shell function's definition line (`name() {`, `function name {`, `function name() {`): the function's name. */
const FUNCTION_DEF = /^\s*(?:function\s+([A-Za-z_][\w-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w-]*)\s*\(\s*\))\s*(?:\{|\(|$)/;

/** The names of the shell functions a script defines. */
export function shellFunctions(lines: readonly Located<string>[]): Set<string> {
  const names = new Set<string>();
  for (const l of lines) {
    const m = FUNCTION_DEF.exec(l.value);
    if (m) names.add((m[1] ?? m[2])!);
  }
  return names;
}

export function parseShell(lines: readonly Located<string>[], nesting = 0, functions?: ReadonlySet<string>): ShellCommand[] {
  const out: ShellCommand[] = [];
  let heredoc: string | undefined;
  const logical = logicalLines(lines);
  // A call of the script's own function runs that function's body, whose commands are read where they are written:
  // the call itself is not a program (`build $dir` calling `build() { python setup.py sdist; }` is not pypa's `build`).
  const own = functions ?? shellFunctions(logical);
  for (const l of logical) {
    const trimmed = l.value.trimStart();
    if (heredoc !== undefined) {
      if (trimmed.trim() === heredoc) heredoc = undefined;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    heredoc = heredocEnd(l.value);
    const parts = splitChain(l.value);
    parts.forEach((p, i) => {
      const after = parts[i + 1];
      const swallowed = p.next === '||' && after !== undefined && SWALLOW.test(after.text);
      if (i > 0 && parts[i - 1]!.next === '||' && SWALLOW.test(p.text)) return;
      const stripped = stripControl(p.text.trim());
      if (!stripped) return;
      const text = stripped.text.trim();
      const words = shellWords(text);
      if (words.length === 0) return;
      const lead = p.text.length - p.text.trimStart().length + stripped.skipped;
      const column = l.pos.column + p.offset + lead;
      // Commands in `$(...)` and backticks run too; only a bare assignment (`x=$(cmd)`) keeps their exit code.
      const subs = substitutions(text);
      // The command with its substitutions blanked out, in one pass (one slice per substitution was quadratic).
      let blank = '';
      let from = 0;
      for (const sub of subs) {
        blank += text.slice(from, sub.offset) + '_'.repeat(sub.text.length);
        from = sub.offset + sub.text.length;
      }
      blank += text.slice(from);
      const assignsOnly = subs.length > 0 && shellWords(blank).every((w) => /^[A-Za-z_]\w*=/.test(w));
      for (const sub of nesting < MAX_SUBSTITUTION_NESTING ? subs : []) {
        for (const inner of parseShell([{ value: sub.text, pos: { line: l.pos.line, column: column + sub.offset } }], nesting + 1, own)) {
          if (!assignsOnly) inner.cannotFail ??= { why: 'substitution', command: text, inner: sub.text.trim() };
          else if (swallowed) inner.cannotFail ??= { why: 'or-true', command: text, fallback: after!.text.trim() };
          out.push(inner);
        }
      }
      if (assignsOnly) return;
      const program = words.find((w) => !/^[A-Za-z_]\w*=/.test(w));
      if (program !== undefined && own.has(program)) return;
      const cmd: ShellCommand = { text, argv: programArgv(words), line: l.pos.line, column };
      if (swallowed) cmd.cannotFail = { why: 'or-true', command: text, fallback: after!.text.trim() };
      out.push(cmd);
    });
  }
  return out;
}

/** The command substitutions of a command (`$(cmd)`, `` `cmd` ``), outside single quotes, with their offsets; linear in the text. */
export function substitutions(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === '\\') i++;
    else if (c === '"') double = !double;
    else if (c === "'" && !double) single = true;
    else if (c === '$' && text[i + 1] === '(' && text[i + 2] !== '(') {
      let depth = 1;
      let j = i + 2;
      let q: string | undefined;
      for (; j < text.length && depth > 0; j++) {
        const d = text[j]!;
        if (q) {
          if (d === q) q = undefined;
          else if (d === '\\' && q === '"') j++;
        } else if (d === "'" || d === '"') q = d;
        else if (d === '(') depth++;
        else if (d === ')') depth--;
      }
      if (depth !== 0) break;
      out.push({ text: text.slice(i + 2, j - 1), offset: i + 2 });
      i = j - 1;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) break;
      out.push({ text: text.slice(i + 1, end), offset: i + 1 });
      i = end;
    }
  }
  return out.filter((s) => s.text.trim() !== '');
}
