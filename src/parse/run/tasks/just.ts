/**
 * just and Task: `just [-f file] [-d dir] recipe` → the recipe's body lines (dependencies
 * first; `name := "value"` variables substituted in `{{name}}`), and `task name` → the
 * `cmds` of Taskfile.yml (`task: other` entries become `task other`, followed again).
 */
import type { CannotFail } from '../../../model/ci.js';
import type { Located, SourceRef } from '../../../model/position.js';
import { MAX_TASK_CHAIN, MAX_TASK_EDGES, runOnHeap } from '../../recursion.js';
import { parseYaml } from '../../yaml.js';
import { dirOf, findIn, joinPath, positionals, shellQuote, type Resolver, type TaskBody, type TaskContext } from './types.js';

interface Recipe {
  name: string;
  line: number;
  params: boolean;
  deps: string[];
  after: string[];
  body: Located<string>[];
  ignored: Set<number>;
}

export interface Justfile {
  file: string;
  recipes: Map<string, Recipe>;
  first?: string;
}

export function parseJustfile(file: string, text: string): Justfile {
  const jf: Justfile = { file, recipes: new Map() };
  const vars = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  let current: Recipe | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (current && (/^\s+\S/.test(l) || l.trim() === '')) {
      if (l.trim() === '') continue;
      const indent = l.length - l.trimStart().length;
      let body = l.trimStart();
      let col = indent + 1;
      while (/^[@-]/.test(body)) {
        if (body[0] === '-') current.ignored.add(i + 1);
        body = body.slice(1);
        col++;
      }
      body = body.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, v: string) => vars.get(v) ?? m);
      current.body.push({ value: body, pos: { line: i + 1, column: col } });
      continue;
    }
    current = undefined;
    const t = l.replace(/(^|\s)#.*$/, '').trimEnd();
    if (t === '' || /^\[.*\]$/.test(t) || /^(set|alias|import|mod|export)\b/.test(t)) continue;
    const assign = /^([A-Za-z_][\w-]*)\s*:=\s*(.*)$/.exec(t);
    if (assign) {
      const v = /^(["'])(.*)\1$/.exec(assign[2]!.trim());
      if (v) vars.set(assign[1]!, v[2]!);
      continue;
    }
    const head = /^@?([A-Za-z_][\w-]*)([^:]*):(?!=)(.*)$/.exec(t);
    if (!head) continue;
    const [main, after] = head[3]!.split('&&');
    const depNames = (s: string | undefined) => [...(s ?? '').matchAll(/\(?\s*([A-Za-z_][\w-]*)[^()\s]*(?:\s[^()]*)?\)?/g)].map((m) => m[1]!);
    current = { name: head[1]!, line: i + 1, params: head[2]!.trim() !== '', deps: depNames(main), after: depNames(after), body: [], ignored: new Set() };
    if (!jf.recipes.has(current.name)) jf.recipes.set(current.name, current);
    jf.first ??= current.name;
  }
  return jf;
}

const JUST_VALUED = new Set(['-f', '--justfile', '-d', '--working-directory', '--shell', '--shell-arg', '--dotenv-path', '--dotenv-filename', '--color', '--command-color']);

export const resolveJust: Resolver = (inv, ctx) => {
  if (inv.argv[0] !== 'just') return undefined;
  const words = inv.argv.slice(1);
  const set = words.indexOf('--set');
  if (set >= 0) words.splice(set, 3);
  if (words.some((w) => /^(-l|--list|--summary|--show|-s|--evaluate|--dump|--fmt|--init|--choose)$/.test(w))) return undefined;
  const { args, opts } = positionals(words, JUST_VALUED);
  const explicit = (opts.get('-f') ?? opts.get('--justfile'))?.[0];
  const file = explicit !== undefined ? joinPath(inv.cwd, explicit) : (findIn(ctx.repo, inv.cwd, ['justfile', 'Justfile', '.justfile', 'JUSTFILE']) ?? findIn(ctx.repo, '', ['justfile', 'Justfile', '.justfile']));
  if (file === undefined || !ctx.repo.has(file)) return undefined;
  const jf = ctx.once('justfile', file, (text) => parseJustfile(file, text));
  if (!jf) return undefined;
  const wd = (opts.get('-d') ?? opts.get('--working-directory'))?.[0];
  const cwd = (wd !== undefined ? joinPath(inv.cwd, wd) : dirOf(file)) ?? dirOf(file);
  const goals: string[] = [];
  for (const a of args) {
    const r = jf.recipes.get(a.replace(/^.*::/, ''));
    if (goals.length === 0 || (r && !jf.recipes.get(goals[goals.length - 1]!)?.params)) goals.push(a);
    else if (jf.recipes.get(goals[goals.length - 1]!)?.params) break;
  }
  if (goals.length === 0 && jf.first) goals.push(jf.recipes.has('default') ? 'default' : jf.first);
  const bodies: TaskBody[] = [];
  const done = new Set<string>();
  let cut = false;
  let edges = 0;
  type Call = { name: string; via: SourceRef[]; chain: string[] };
  // Dependencies before the recipe and `&&` ones after it, on the heap: a long chain cannot exhaust the stack.
  const visit = function* ({ name, via, chain }: Call): Generator<Call, void, void> {
    const r = jf.recipes.get(name);
    if (!r) {
      if (chain.length === 0 && jf.recipes.size > 0) {
        ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no recipe "${name}", so what "just ${name}" runs is not known. Check the recipe name.` });
        inv.miss?.('undefined-target', `"${file}" has no recipe "${name}"`);
      }
      return;
    }
    if (chain.includes(name) || done.has(name)) return;
    const at = { file, line: r.line, column: 1 };
    if (chain.length >= MAX_TASK_CHAIN) {
      if (!cut)
        ctx.findings.push({
          ...at,
          severity: 'warning',
          check: 'command-resolution',
          message: `Just recipe "${name}" is reached through a chain of more than ${MAX_TASK_CHAIN} dependencies (from "${chain[0]}"); it and what it depends on were not followed, so what they run is not counted.`,
        });
      cut = true;
      return;
    }
    done.add(name);
    let stopped = false;
    const follow = function* (deps: readonly string[]): Generator<Call, void, void> {
      for (const d of deps) {
        if (stopped || ++edges > MAX_TASK_EDGES) {
          if (!stopped && edges === MAX_TASK_EDGES + 1)
            ctx.findings.push({
              ...at,
              severity: 'warning',
              check: 'command-resolution',
              message: `Following the dependencies of "${file}" stopped at recipe "${name}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
            });
          stopped = true;
          return;
        }
        yield { name: d, via: [...via, at], chain: [...chain, name] };
      }
    };
    yield* follow(r.deps);
    pushBody(name, r, at, via);
    yield* follow(r.after);
  };
  const pushBody = (name: string, r: Recipe, at: SourceRef, via: SourceRef[]) => {
    const ignored = new Map([...r.ignored].map((n): [number, CannotFail] => [n, { why: 'ignored-by-runner', runner: 'just', at: { file, line: n, column: 1 } }]));
    if (r.body.length > 0) bodies.push({ key: `just:${file}#${name}`, label: `just recipe "${name}"`, at, via, lines: r.body, cwd, ignored });
  };
  for (const g of goals) runOnHeap({ name: g, via: [], chain: [] }, visit);
  return bodies;
};

interface TaskDef {
  name: string;
  line: number;
  dir?: string;
  cmds: Located<string>[];
}

function parseTaskfile(file: string, text: string, ctx: TaskContext): Map<string, TaskDef> {
  const { reader: y, root, findings } = parseYaml(file, text);
  for (const pushed of findings) ctx.findings.push(pushed);
  const tasks = new Map<string, TaskDef>();
  for (const e of y.entries(y.get(root, 'tasks'))) {
    const def: TaskDef = { name: e.key, line: e.keyPos.line, cmds: [] };
    const node = e.value;
    const dir = y.str(y.get(node, 'dir'))?.value;
    if (dir) def.dir = dir;
    const push = (item: unknown) => {
      const s = y.str(item);
      if (s) return void def.cmds.push(s);
      const cmd = y.str(y.get(item, 'cmd'));
      if (cmd) return void def.cmds.push(cmd);
      const task = y.str(y.get(item, 'task'));
      if (task) def.cmds.push({ value: shellQuote(['task', task.value]), pos: task.pos });
    };
    for (const d of y.seq(y.get(node, 'deps'))) {
      const name = y.str(d);
      if (name) def.cmds.push({ value: shellQuote(['task', name.value]), pos: name.pos });
      else push(d);
    }
    if (y.str(node)) push(node);
    for (const c of y.isSeq(node) ? y.seq(node) : y.seq(y.get(node, 'cmds'))) push(c);
    tasks.set(e.key, def);
  }
  return tasks;
}

export const resolveTask: Resolver = (inv, ctx) => {
  if (inv.argv[0] !== 'task') return undefined;
  const { args, opts } = positionals(inv.argv.slice(1), new Set(['-t', '--taskfile', '-d', '--dir', '-o', '--output']));
  const explicit = (opts.get('-t') ?? opts.get('--taskfile'))?.[0];
  const dirOpt = (opts.get('-d') ?? opts.get('--dir'))?.[0];
  const base = (dirOpt !== undefined ? joinPath(inv.cwd, dirOpt) : inv.cwd) ?? inv.cwd;
  const file = explicit !== undefined ? joinPath(inv.cwd, explicit) : findIn(ctx.repo, base, ['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']);
  if (file === undefined || !ctx.repo.has(file)) return undefined;
  const tasks = ctx.once('Taskfile', file, (text) => parseTaskfile(file, text, ctx));
  if (!tasks) return undefined;
  const names = args.filter((a) => !a.includes('=') && !a.startsWith('-'));
  const bodies: TaskBody[] = [];
  for (const name of names.length > 0 ? names : ['default']) {
    const t = tasks.get(name);
    if (!t) {
      if (tasks.size > 0 && !name.includes(':')) inv.miss?.('undefined-target', `"${file}" has no task "${name}"`);
      continue;
    }
    const cwd = (t.dir !== undefined ? joinPath(dirOf(file), t.dir) : dirOf(file)) ?? dirOf(file);
    bodies.push({ key: `task:${file}#${name}`, label: `task "${name}"`, at: { file, line: t.line, column: 1 }, via: [], lines: t.cmds, cwd });
  }
  return bodies;
};
