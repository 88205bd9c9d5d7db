/**
 * Makefiles: `make [-C dir] [-f file] [VAR=value] [target...]` → the recipes of the targets
 * and of their prerequisites (prerequisites first), with simple variable substitution
 * (`$(PYTHON) -m pytest` → `python -m pytest`), recipe prefixes `@ - +` removed, and
 * `$(MAKE) x` left as `make x` for the follow engine to recurse into.
 */
import type { Finding } from '../../../model/finding.js';
import type { CannotFail } from '../../../model/ci.js';
import type { Located, SourceRef } from '../../../model/position.js';
import { MAX_TASK_CHAIN, MAX_TASK_EDGES, runOnHeap } from '../../recursion.js';
import { findIn, joinPath, positionals, type Resolver, type TaskBody, type TaskContext } from './types.js';

interface Rule {
  target: string;
  line: number;
  prereqs: string[];
  recipe: Located<string>[];
  /** Recipe lines starting with `-` (make ignores their failure). */
  ignored: Set<number>;
}

export interface Makefile {
  file: string;
  vars: Map<string, string>;
  rules: Map<string, Rule>;
  first?: string;
  defaultGoal?: string;
  includes: boolean;
}

const NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const MAKE_VALUED = new Set(['-C', '--directory', '-f', '--file', '--makefile', '-j', '--jobs', '-l', '-I', '-o', '-W']);
const ASSIGN = /^(?:export\s+|override\s+)*([A-Za-z_][\w.-]*)\s*(\?=|:=|::=|\+=|!=|=)\s*(.*)$/;
const DIRECTIVE = /^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|vpath|undefine|\$\()/;

export function parseMakefile(file: string, text: string, findings: Finding[]): Makefile {
  const mk: Makefile = { file, vars: new Map(), rules: new Map(), includes: false };
  const raw = text.split(/\r?\n/);
  let current: Rule[] = [];
  let inDefine = false;
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let l = raw[i]!;
    if (l.startsWith('\t')) {
      if (inDefine) continue;
      if (current.length === 0) {
        if (l.trim() !== '' && !l.trim().startsWith('#')) findings.push(problem(file, line, 'a recipe line (starting with a tab) comes before any target'));
        continue;
      }
      let body = l.slice(1);
      let ignored = false;
      let col = 2;
      while (/^[@+\-\s]/.test(body) && body !== '') {
        if (body[0] === '-') ignored = true;
        body = body.slice(1);
        col++;
      }
      const cont: Located<string>[] = [{ value: body, pos: { line, column: col } }];
      while (/\\$/.test(cont[cont.length - 1]!.value) && i + 1 < raw.length) {
        const next = raw[++i]!;
        cont.push({ value: next.replace(/^\t/, ''), pos: { line: i + 1, column: next.startsWith('\t') ? 2 : 1 } });
      }
      for (const r of current) {
        for (const pushed of cont) r.recipe.push(pushed);
        if (ignored) r.ignored.add(line);
      }
      continue;
    }
    while (/\\$/.test(l) && i + 1 < raw.length) l = `${l.slice(0, -1)} ${raw[++i]!.trim()}`;
    const t = l.replace(/(^|[^\\])#.*$/, '$1').trim();
    if (t === '') continue;
    if (/^define\b/.test(t) || /^(export\s+|override\s+)*define\b/.test(t)) {
      inDefine = true;
      continue;
    }
    if (/^endef\b/.test(t)) {
      inDefine = false;
      continue;
    }
    if (inDefine) continue;
    const a = ASSIGN.exec(t);
    if (a) {
      const [, name, op, value] = a as unknown as [string, string, string, string];
      if (op === '+=') mk.vars.set(name, `${mk.vars.get(name) ?? ''} ${value}`.trim());
      else if (op === '?=') {
        if (!mk.vars.has(name)) mk.vars.set(name, value);
      } else if (op !== '!=') mk.vars.set(name, value);
      if (name === '.DEFAULT_GOAL') mk.defaultGoal = value.trim();
      current = [];
      continue;
    }
    if (DIRECTIVE.test(t)) {
      if (/^-?s?include\b/.test(t)) mk.includes = true;
      continue;
    }
    const colon = ruleColon(t);
    if (colon < 0) {
      findings.push(problem(file, line, `"${t.slice(0, 60)}" is neither a rule, a variable nor a directive (make would say "missing separator")`));
      current = [];
      continue;
    }
    const targets = t.slice(0, colon).trim().split(/\s+/).filter((x) => x !== '');
    let rest = t.slice(colon).replace(/^::?/, '');
    if (/^\s*[\w.-]+\s*(\?=|:=|\+=|=)/.test(rest)) {
      current = []; // target-specific variable
      continue;
    }
    let inline: string | undefined;
    const semi = rest.indexOf(';');
    if (semi >= 0) {
      inline = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi);
    }
    const prereqs = rest.split('|').join(' ').trim().split(/\s+/).filter((x) => x !== '');
    current = [];
    // One list for all the line's targets: `a b c …: x y z …` costs its length, not targets × prerequisites.
    for (const target of new Set(targets)) {
      const existing = mk.rules.get(target);
      const rule: Rule = existing ?? { target, line, prereqs, recipe: [], ignored: new Set() };
      if (existing && prereqs.length > 0) existing.prereqs = existing.prereqs.length === 0 ? prereqs : existing.prereqs.concat(prereqs);
      if (!existing) mk.rules.set(target, rule);
      if (mk.first === undefined && !target.startsWith('.') && !target.includes('%')) mk.first = target;
      if (inline) rule.recipe.push({ value: inline, pos: { line, column: l.indexOf(inline) + 1 } });
      current.push(rule);
    }
  }
  return mk;
}

function problem(file: string, line: number, what: string): Finding {
  return { severity: 'warning', file, line, column: 1, check: 'command-resolution', message: `In "${file}" line ${line}, ${what}; that line was skipped when following make targets. Fix the Makefile so make can read it.` };
}

/** The index of the rule's `:` (not `:=`), outside `$(...)`; -1 when the line is no rule. */
function ruleColon(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ':' && depth === 0 && t[i + 1] !== '=' && !(t[i + 1] === ':' && t[i + 2] === '=')) return i;
  }
  return -1;
}

const KNOWN: Record<string, string> = { MAKE: 'make', SHELL: 'sh', CURDIR: '.', PWD: '.' };

/** Longest text one expansion may produce: variables that each repeat the next are a "billion laughs". */
export const MAX_EXPANDED_CHARS = 64 * 1024;

/**
 * Expands `$(VAR)`/`${VAR}` from the Makefile (and overrides); `$$` → `$`; unknown names stay
 * as written. Nesting stops at 8 levels and the result at MAX_EXPANDED_CHARS (the rest is
 * left as written).
 */
export function expand(text: string, vars: ReadonlyMap<string, string>, auto: Record<string, string> = {}, depth = 0, budget = { left: MAX_EXPANDED_CHARS }): string {
  if (depth > 8) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (out.length > budget.left) return out + text.slice(i);
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const n = text[i + 1];
    if (n === '$') {
      out += '$';
      i++;
    } else if (n === '(' || n === '{') {
      const close = n === '(' ? ')' : '}';
      let d = 1;
      let j = i + 2;
      for (; j < text.length && d > 0; j++) {
        if (text[j] === n) d++;
        else if (text[j] === close) d--;
      }
      const name = text.slice(i + 2, j - 1);
      const value = /^[\w.-]+$/.test(name) ? (vars.get(name) ?? KNOWN[name] ?? (/^PY(THON)?\d*$/i.test(name) ? 'python' : undefined)) : undefined;
      if (value !== undefined) {
        const inner = expand(value, vars, auto, depth + 1, { left: budget.left - out.length });
        out += inner;
      } else out += text.slice(i, j);
      i = j - 1;
    } else if (n !== undefined && n in auto) {
      out += auto[n];
      i++;
    } else out += c;
  }
  return out;
}

/** Reads `make` options: the folder, the Makefile, overrides and targets. */
function readMakeArgs(words: readonly string[]): { dir?: string; file?: string; vars: Map<string, string>; targets: string[] } {
  const { args, opts } = positionals(words.slice(1), MAKE_VALUED);
  const vars = new Map<string, string>();
  const targets: string[] = [];
  for (const a of args) {
    const m = /^([A-Za-z_][\w.-]*)=(.*)$/.exec(a);
    if (m) vars.set(m[1]!, m[2]!);
    else targets.push(a);
  }
  const dir = (opts.get('-C') ?? opts.get('--directory'))?.reduce((acc, d) => (acc === '' ? d : `${acc}/${d}`), '');
  const file = (opts.get('-f') ?? opts.get('--file') ?? opts.get('--makefile'))?.[0];
  return { ...(dir !== undefined ? { dir } : {}), ...(file !== undefined ? { file } : {}), vars, targets };
}

export function loadMakefile(ctx: TaskContext, file: string): Makefile | undefined {
  return ctx.once('Makefile', file, (text) => parseMakefile(file, text, ctx.findings));
}

export const resolveMake: Resolver = (inv, ctx) => {
  const prog = inv.words[0]?.replace(/^.*\//, '');
  if (prog !== 'make' && prog !== 'gmake') return undefined;
  const args = readMakeArgs(inv.words);
  const cwd = args.dir !== undefined ? joinPath(inv.cwd, args.dir) : inv.cwd;
  if (cwd === undefined) return undefined;
  const file = args.file !== undefined ? joinPath(cwd, args.file) : findIn(ctx.repo, cwd, NAMES);
  if (file === undefined || !ctx.repo.has(file)) return undefined;
  const mk = loadMakefile(ctx, file);
  if (!mk) return undefined;
  const vars = new Map([...mk.vars, ...args.vars]);
  const goals = args.targets.length > 0 ? args.targets : [mk.defaultGoal ?? mk.first].filter((g): g is string => g !== undefined);
  const bodies: TaskBody[] = [];
  const done = new Set<string>();
  let cut = false;
  let edges = 0;
  // Prerequisites before the target, on the heap: a chain as long as the Makefile is cannot exhaust the stack.
  const visit = function* ({
    target,
    via,
    chain,
    from,
  }: {
    target: string;
    via: SourceRef[];
    chain: string[];
    from: SourceRef;
  }): Generator<{ target: string; via: SourceRef[]; chain: string[]; from: SourceRef }, void, void> {
    const rule = mk.rules.get(target);
    if (!rule) {
      if (chain.length === 0 && !mk.includes && mk.rules.size > 0) {
        ctx.findings.push({ ...from, severity: 'notice', check: 'command-resolution', message: `"${file}" has no target "${target}", so what "make ${target}" runs is not known. Check the target name.` });
        inv.miss?.('undefined-target', `"${file}" has no target "${target}"`);
      }
      return;
    }
    if (chain.includes(target)) {
      ctx.findings.push({ file, line: rule.line, column: 1, severity: 'notice', check: 'command-resolution', message: `Make target "${target}" depends on itself (${[...chain, target].join(' → ')}); the loop was cut there.` });
      return;
    }
    if (done.has(target)) return; // make builds each target once per run
    if (chain.length >= MAX_TASK_CHAIN) {
      if (!cut)
        ctx.findings.push({
          file,
          line: rule.line,
          column: 1,
          severity: 'warning',
          check: 'command-resolution',
          message: `Make target "${target}" is reached through a chain of more than ${MAX_TASK_CHAIN} prerequisites (from "${chain[0]}"); it and what it depends on were not followed, so what they run is not counted.`,
        });
      cut = true;
      return;
    }
    done.add(target);
    const at: SourceRef = { file, line: rule.line, column: 1 };
    for (const p of rule.prereqs) {
      if (++edges > MAX_TASK_EDGES) {
        if (edges === MAX_TASK_EDGES + 1)
          ctx.findings.push({
            ...at,
            severity: 'warning',
            check: 'command-resolution',
            message: `Following the prerequisites of "${file}" stopped at make target "${target}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
          });
        break;
      }
      yield { target: expand(p, vars), via: [...via, at], chain: [...chain, target], from: at };
    }
    if (rule.recipe.length === 0) return;
    const auto = { '@': target, '<': rule.prereqs[0] ?? '', '^': rule.prereqs.join(' '), '*': '' };
    const lines = rule.recipe.map((l) => ({ value: expand(l.value, vars, auto), pos: l.pos }));
    const ignored = new Map([...rule.ignored].map((n): [number, CannotFail] => [n, { why: 'ignored-by-runner', runner: 'make', at: { file, line: n, column: 1 } }]));
    bodies.push({ key: `make:${file}#${target}`, label: `make target "${target}"`, at, via, lines, cwd, ignored });
  };
  for (const g of goals) runOnHeap({ target: g, via: [], chain: [], from: inv.at }, visit);
  return bodies;
};
