/**
 * nox: `nox [-s s1 s2] [-f noxfile.py]` → the `session.run(...)` calls of each session
 * in noxfile.py, with their lines. Arguments are read when their value is known in the file:
 * string literals, `*LIST` spreads and names bound to literals or lists (module level or in the
 * session), `os.path.join(...)` of such values, and the session's `@nox.parametrize` values
 * (those the command names, `name(suite='x')`, or all of them); `*session.posargs` and other
 * expressions are left out.
 */
import type { Located } from '../../../model/position.js';
import { dirOf, joinPath, shellQuote, type Resolver, type TaskBody, type TaskContext } from './types.js';

interface RunCall {
  /** The call's arguments as written (keyword arguments included; they give no value). */
  args: string[];
  pos: { line: number; column: number };
}

interface Session {
  name: string;
  line: number;
  runs: Located<string>[];
  calls: RunCall[];
  /** Names assigned in the session body, to their expression. */
  locals: Map<string, string>;
  /** `@nox.parametrize("name", values)`: the parameter to its values. */
  params: Map<string, string[]>;
}

export interface Noxfile {
  file: string;
  sessions: Session[];
  defaults?: string[];
  /** Module-level names, to their expression. */
  globals: Map<string, string>;
}

const RUN = /\bsession\.(run|run_always)\s*\(/g;
const ASSIGN = /^([A-Za-z_]\w*)\s*(?::\s*[\w.[\], ]+)?=\s*(.*)$/;

/** Assignments `NAME = expr` at one indentation, an expression continued while its brackets are open. */
function assignments(lines: readonly string[], indent: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length - l.trimStart().length !== indent) continue;
    const m = ASSIGN.exec(l.trim());
    if (!m || m[2]!.startsWith('=')) continue;
    let expr = m[2]!;
    // The depth is kept line by line (recounting the whole expression for each line is quadratic in a long one).
    let depth = depthOf(expr);
    while (depth > 0 && i + 1 < lines.length) {
      const next = lines[++i]!.trim();
      expr += ` ${next}`;
      depth += depthOf(next);
    }
    out.set(m[1]!, expr.trim());
  }
  return out;
}

function depthOf(text: string): number {
  let d = 0;
  let quote: string | undefined;
  for (const c of text.replace(/#[^"'\n]*$/, '')) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) d++;
    else if (')]}'.includes(c)) d--;
  }
  return d;
}

export function parseNoxfile(file: string, text: string): Noxfile {
  const lines = text.split(/\r?\n/);
  const nox: Noxfile = { file, sessions: [], globals: assignments(lines, 0) };
  const defaults = /^nox\.options\.sessions\s*=\s*\[([^\]]*)\]/m.exec(text);
  if (defaults) nox.defaults = strings(defaults[1]!);
  for (let i = 0; i < lines.length; i++) {
    const deco = /^(\s*)@(?:nox\.)?session\b(.*)$/.exec(lines[i]!);
    if (!deco) continue;
    let head = deco[2]!;
    let j = i + 1;
    while (j < lines.length && !/^\s*(async\s+)?def\s/.test(lines[j]!)) head += ` ${lines[j++]!.trim()}`;
    const def = /^(\s*)(?:async\s+)?def\s+(\w+)/.exec(lines[j] ?? '');
    // No def after this decorator: none after the later ones either (scanning again from each is quadratic).
    if (!def) break;
    const named = /\bname\s*=\s*["']([^"']+)["']/.exec(head);
    const indent = def[1]!.length;
    const session: Session = { name: named?.[1] ?? def[2]!, line: j + 1, runs: [], calls: [], locals: new Map(), params: new Map() };
    for (const p of head.matchAll(/@(?:nox\.)?parametrize\s*\(\s*["'](\w+)["']\s*,\s*/g)) {
      const expr = callArgs(head, p.index + p[0].length)[0];
      const values = expr === undefined ? undefined : evaluate(expr, { nox, session, bound: new Map() }, 0);
      if (values && values.length > 0) session.params.set(p[1]!, values);
    }
    let k = j + 1;
    const body: string[] = [];
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.trim() !== '' && l.length - l.trimStart().length <= indent && !/^\s*[)\]}]/.test(l)) break;
      body.push(l);
    }
    const bodyIndent = body.find((l) => l.trim() !== '');
    if (bodyIndent) session.locals = assignments(body, bodyIndent.length - bodyIndent.trimStart().length);
    const chunk = body.join('\n');
    // Lines are counted as the matches go (counting from the start for each call is quadratic).
    let newlines = 0;
    let lastNewline = -1;
    let counted = 0;
    for (const m of chunk.matchAll(RUN)) {
      const args = callArgs(chunk, m.index + m[0].length);
      for (let n = chunk.indexOf('\n', counted); n !== -1 && n < m.index; n = chunk.indexOf('\n', n + 1)) {
        newlines++;
        lastNewline = n;
      }
      counted = m.index;
      const lineNo = j + 2 + newlines;
      const column = m.index - lastNewline;
      session.calls.push({ args, pos: { line: lineNo, column } });
    }
    session.runs = runsOf(nox, session, new Map());
    nox.sessions.push(session);
    i = k - 1;
  }
  return nox;
}

interface Scope {
  nox: Noxfile;
  session: Session;
  /** Parameters bound to one value. */
  bound: Map<string, string>;
}

/** The strings an expression stands for (one for a string, several for a list or a spread), or undefined when not known. */
function evaluate(expr: string, scope: Scope, depth: number): string[] | undefined {
  const e = expr.trim().replace(/,$/, '').trim();
  if (depth > 8 || e === '') return undefined;
  const lit = literal(e);
  if (lit !== undefined) return [lit];
  const spread = /^\*\s*([A-Za-z_]\w*)$/.exec(e);
  if (spread) return evaluate(spread[1]!, scope, depth + 1);
  if (/^[A-Za-z_]\w*$/.test(e)) {
    const bound = scope.bound.get(e);
    if (bound !== undefined) return [bound];
    if (scope.session.params.has(e)) return undefined;
    const def = scope.session.locals.get(e) ?? scope.nox.globals.get(e);
    return def === undefined ? undefined : evaluate(def, scope, depth + 1);
  }
  const list = /^[[(]([\s\S]*)[\])]$/.exec(e);
  if (list) {
    const out: string[] = [];
    for (const item of callArgs(`${list[1]!})`, 0)) {
      const v = evaluate(item, scope, depth + 1);
      if (v === undefined) return undefined;
      out.push(...v);
    }
    return out;
  }
  const dict = /^\{([\s\S]*)\}$/.exec(e);
  if (dict) return callArgs(`${dict[1]!})`, 0).flatMap((item) => { const k = /^[rRbB]?(["'])([^"']*)\1\s*:/.exec(item); return k ? [k[2]!] : []; });
  const call = /^(os\.path\.join|list|sorted|tuple)\s*\(([\s\S]*)\)$/.exec(e);
  if (call) {
    const args = callArgs(`${call[2]!})`, 0);
    if (call[1] !== 'os.path.join') return args.length === 1 ? evaluate(args[0]!, scope, depth + 1) : undefined;
    const parts = args.map((x) => evaluate(x, scope, depth + 1));
    if (parts.some((x) => x === undefined || x.length !== 1)) return undefined;
    return [parts.map((x) => x![0]!.replace(/\/+$/, '')).join('/')];
  }
  return undefined;
}

/** The shell lines of a session's runs with its parameters bound (unknown arguments left out). */
function runsOf(nox: Noxfile, session: Session, bound: Map<string, string>): Located<string>[] {
  const out: Located<string>[] = [];
  for (const call of session.calls) {
    const words = call.args.filter((x) => !/^\w+\s*=[^=]/.test(x)).flatMap((x) => evaluate(x, { nox, session, bound }, 0) ?? []);
    if (words.length > 0) out.push({ value: shellQuote(words), pos: call.pos });
  }
  return out;
}

/** The runs for the parameters a command names (`tests(suite='http')`), every parametrization for the others (at most 32). */
function sessionRuns(nox: Noxfile, session: Session, picked: string): Located<string>[] {
  if (session.params.size === 0) return session.runs;
  const named = new Map([...picked.matchAll(/(\w+)\s*=\s*["']([^"']*)["']/g)].filter((m) => !m[2]!.includes('$')).map((m) => [m[1]!, m[2]!] as const));
  let combos: Map<string, string>[] = [new Map()];
  for (const [name, values] of session.params) {
    const choices = named.has(name) ? [named.get(name)!] : values;
    combos = combos.flatMap((c) => choices.map((v) => new Map([...c, [name, v]]))).slice(0, 32);
  }
  const seen = new Set<string>();
  return combos.flatMap((c) => runsOf(nox, session, c)).filter((l) => {
    const key = `${l.pos.line}:${l.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
    const raw = picked.find((p) => sessionBase(p) === name) ?? '';
    bodies.push({ key: `nox:${file}#${s.name}`, label: `nox session "${s.name}"`, at: { file, line: s.line, column: 1 }, via: [], lines: sessionRuns(nox, s, raw), cwd: dirOf(file) });
  }
  return bodies;
};
