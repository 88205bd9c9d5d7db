/**
 * nox: `nox [-s s1 s2] [-f noxfile.py]` → the `session.run(...)` calls of each session
 * in noxfile.py, with their lines. Only literal string arguments are kept
 * (`*session.posargs`, variables and keyword arguments are left out).
 */
import type { Located } from '../../../model/position.js';
import { dirOf, joinPath, shellQuote, type Resolver, type TaskBody, type TaskContext } from './types.js';

interface Session {
  name: string;
  line: number;
  runs: Located<string>[];
}

export interface Noxfile {
  file: string;
  sessions: Session[];
  defaults?: string[];
}

const RUN = /\bsession\.(run|run_always)\s*\(/g;

export function parseNoxfile(file: string, text: string): Noxfile {
  const lines = text.split(/\r?\n/);
  const nox: Noxfile = { file, sessions: [] };
  const defaults = /^nox\.options\.sessions\s*=\s*\[([^\]]*)\]/m.exec(text);
  if (defaults) nox.defaults = strings(defaults[1]!);
  for (let i = 0; i < lines.length; i++) {
    const deco = /^(\s*)@(?:nox\.)?session\b(.*)$/.exec(lines[i]!);
    if (!deco) continue;
    let head = deco[2]!;
    let j = i + 1;
    while (j < lines.length && !/^\s*(async\s+)?def\s/.test(lines[j]!)) head += ` ${lines[j++]!.trim()}`;
    const def = /^(\s*)(?:async\s+)?def\s+(\w+)/.exec(lines[j] ?? '');
    if (!def) continue;
    const named = /\bname\s*=\s*["']([^"']+)["']/.exec(head);
    const indent = def[1]!.length;
    const session: Session = { name: named?.[1] ?? def[2]!, line: j + 1, runs: [] };
    let k = j + 1;
    const body: string[] = [];
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.trim() !== '' && l.length - l.trimStart().length <= indent && !/^\s*[)\]}]/.test(l)) break;
      body.push(l);
    }
    const chunk = body.join('\n');
    for (const m of chunk.matchAll(RUN)) {
      const args = callArgs(chunk, m.index + m[0].length);
      const words = args.map(literal).filter((w): w is string => w !== undefined);
      if (words.length === 0) continue;
      const before = chunk.slice(0, m.index);
      const lineNo = j + 2 + (before.match(/\n/g)?.length ?? 0);
      const column = m.index - before.lastIndexOf('\n');
      session.runs.push({ value: shellQuote(words), pos: { line: lineNo, column } });
    }
    nox.sessions.push(session);
    i = k - 1;
  }
  return nox;
}

/** Top-level comma-separated arguments of a call starting after its `(`. */
function callArgs(text: string, start: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let quote: string | undefined;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else if (c === '#' && !quote) {
      while (i < text.length && text[i] !== '\n') i++;
    } else cur += c;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

/** A Python string literal's value (plain, raw or f-string without fields). */
function literal(arg: string): string | undefined {
  const m = /^[rRbBfF]?(["'])(.*)\1$/s.exec(arg);
  if (!m || /^[fF]/.test(arg) && /\{/.test(m[2]!)) return undefined;
  return m[2]!;
}

function strings(list: string): string[] {
  return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
}

function loadNox(ctx: TaskContext, file: string): Noxfile | undefined {
  return ctx.once('noxfile', file, (text) => parseNoxfile(file, text));
}

/** `tests-3.11`, `tests(python='3.11')`, `tests-${{ matrix.pyv }}` → `tests`. */
export function sessionBase(name: string): string {
  return name.replace(/\(.*\)$/, '').replace(/-(\$\{\{.*\}\}|\$\{?\w+\}?|[\d.]+)$/, '');
}

const SESSION_FLAGS = new Set(['-s', '-e', '--session', '--sessions']);

export const resolveNox: Resolver = (inv, ctx) => {
  if (inv.argv[0] !== 'nox') return undefined;
  const words = inv.argv.slice(1);
  let noxfile = 'noxfile.py';
  const picked: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') break;
    if (w === '-f' || w === '--noxfile') noxfile = words[++i] ?? noxfile;
    else if (w.startsWith('--noxfile=')) noxfile = w.slice(10);
    else if (SESSION_FLAGS.has(w)) {
      while (i + 1 < words.length && !words[i + 1]!.startsWith('-')) picked.push(words[++i]!);
    } else if (/^--sessions?=/.test(w)) for (const pushed of w.slice(w.indexOf('=') + 1).split(',')) picked.push(pushed);
  }
  const file = joinPath(inv.cwd, noxfile);
  if (file === undefined || !ctx.repo.has(file)) return undefined;
  const nox = loadNox(ctx, file);
  if (!nox) return undefined;
  const names = picked.length > 0 ? picked.map(sessionBase) : (nox.defaults ?? nox.sessions.map((s) => s.name));
  const bodies: TaskBody[] = [];
  for (const name of [...new Set(names)]) {
    const s = nox.sessions.find((x) => x.name === name) ?? nox.sessions.find((x) => sessionBase(x.name) === name);
    if (!s) {
      if (nox.sessions.length > 0) {
        ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no nox session "${name}", so what it runs is not known. Check the session name.` });
        inv.miss?.('undefined-target', `"${file}" has no nox session "${name}"`);
      }
      continue;
    }
    bodies.push({ key: `nox:${file}#${s.name}`, label: `nox session "${s.name}"`, at: { file, line: s.line, column: 1 }, via: [], lines: s.runs, cwd: dirOf(file) });
  }
  return bodies;
};
