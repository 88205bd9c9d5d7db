/**
 * mise tasks: `mise run a [b ::: c]`, `mise r a`, `mise tasks run a`, and the shorthand
 * `mise a` (a name that is no mise subcommand) → the task's `run` lines, its `depends` first
 * and `depends_post` after. Tasks come from `[tasks]` in the mise config files of the folder
 * and its parents (`mise.toml`, `.mise.toml`, `.config/mise.toml`, `mise/config.toml`, ...;
 * the nearest definition wins), from `alias`, and from file tasks in the task folders
 * (`mise-tasks/test/unit` is the task `test:unit`), and monorepo names (`//:lint`, `//app:test`).
 * `mise exec|x ... -- cmd` runs `cmd`.
 */
import type { Located } from '../../../model/position.js';
import { tomlGet, tomlLine } from '../../toml.js';
import { MAX_TASK_CHAIN, MAX_TASK_EDGES, runOnHeap } from '../../recursion.js';
import { asTable, linesOf, loadToml, taskLine, type TomlDoc } from './pyproject-scripts.js';
import { dirOf, joinPath, shellQuote, type Resolver, type TaskBody, type TaskContext } from './types.js';

/** Config files mise reads in a folder, lowest precedence first. */
const CONFIG_NAMES = ['.config/mise/config.toml', '.config/mise.toml', 'mise/config.toml', 'mise.toml', '.mise/config.toml', '.mise.toml', 'mise.local.toml', '.mise.local.toml'];
/** Folders whose executable files are tasks, in the order mise looks. */
const TASK_DIRS = ['mise-tasks', '.mise-tasks', '.mise/tasks', '.config/mise/tasks', 'mise/tasks'];
/** mise's own subcommands: `mise <name>` is a task only when the name is none of these. */
const SUBCOMMANDS: ReadonlySet<string> = new Set([
  'activate', 'alias', 'backends', 'bin-paths', 'cache', 'cfg', 'completion', 'config', 'deactivate', 'doctor', 'dr', 'en', 'env', 'e', 'exec', 'x',
  'fmt', 'generate', 'g', 'help', 'implode', 'install', 'i', 'install-into', 'latest', 'link', 'ln', 'lock', 'ls', 'list', 'ls-remote', 'mcp', 'outdated',
  'plugins', 'p', 'prune', 'registry', 'reshim', 'run', 'r', 'search', 'self-update', 'set', 'settings', 'shell', 'sh', 'sync', 'tasks', 't', 'test-tool',
  'tool', 'tool-alias', 'trust', 'uninstall', 'unset', 'unuse', 'upgrade', 'up', 'usage', 'use', 'u', 'version', 'v', 'watch', 'w', 'where', 'which',
]);
/** Global options that take a value (`mise -C dir run test`). */
const GLOBAL_VALUED: ReadonlySet<string> = new Set(['-C', '--cd', '-E', '--env', '-j', '--jobs', '--log-level', '--output', '-o']);
/** `mise run` options that take a value. */
const RUN_VALUED: ReadonlySet<string> = new Set(['-C', '--cd', '-j', '--jobs', '-o', '--output', '-t', '--tool', '--timeout', '-s', '--shell']);

interface MiseTask {
  name: string;
  file: string;
  line: number;
  cwd: string;
  lines: Located<string>[];
  depends: string[];
  dependsPost: string[];
}

/** The tasks visible from a folder: its parents' first, so a nearer definition replaces them. */
function tasksFrom(ctx: TaskContext, cwd: string): Map<string, MiseTask> {
  const dirs: string[] = [];
  for (let d: string | undefined = cwd; d !== undefined; d = d === '' ? undefined : dirOf(d)) dirs.unshift(d);
  const tasks = new Map<string, MiseTask>();
  for (const d of dirs) {
    for (const t of fileTasks(ctx, d)) tasks.set(t.name, t);
    for (const name of CONFIG_NAMES) {
      const file = d === '' ? name : `${d}/${name}`;
      if (!ctx.repo.has(file)) continue;
      const doc = loadToml(ctx, file);
      if (doc) for (const t of tomlTasks(doc, file)) tasks.set(t.name, t);
    }
  }
  return tasks;
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** `[tasks.x]` tables and `[tasks] x = "cmd"` entries of one config file (aliases become names too). */
function tomlTasks(doc: TomlDoc, file: string): MiseTask[] {
  const table = asTable(tomlGet(doc.root, 'tasks'));
  if (!table) return [];
  const root = dirOf(file.replace(/(^|\/)(\.config\/mise|\.config|mise|\.mise)\/[^/]+$/, '$1x'));
  const out: MiseTask[] = [];
  for (const [name, value] of Object.entries(table)) {
    const t = asTable(value);
    const head = tomlLine(doc.text, `tasks.${name}`) ?? tomlLine(doc.text, `tasks."${name}"`) ?? taskLine(doc, 'tasks', name);
    const cwd = typeof t?.dir === 'string' && !t.dir.includes('{{') ? (joinPath(root, t.dir) ?? root) : root;
    const run = t ? t.run : value;
    const runLine = t && t.run !== undefined ? (tomlLine(doc.text, `tasks.${name}`, 'run') ?? tomlLine(doc.text, `tasks."${name}"`, 'run') ?? head) : head;
    const list = Array.isArray(run) ? run : run === undefined ? [] : [run];
    const lines: Located<string>[] = [];
    for (const item of list) {
      const sub = asTable(item);
      // `{ task = "x" }` and `{ tasks = ["a", "b"] }` name other tasks.
      const refs = sub ? [...strings(sub.task), ...strings(sub.tasks)] : [];
      const entries = refs.length > 0 ? linesOf(refs, runLine, doc.text, (r) => shellQuote(['mise', 'run', r])) : linesOf(Array.isArray(run) ? [item] : item, runLine, doc.text);
      for (const e of entries) if (!/^#!/.test(e.text)) lines.push({ value: e.text, pos: { line: e.line, column: e.column } });
    }
    if (t && typeof t.file === 'string') {
      const script = joinPath(root, t.file);
      if (script !== undefined) lines.push({ value: shellQuote(['bash', script]), pos: { line: tomlLine(doc.text, `tasks.${name}`, 'file') ?? head, column: 1 } });
    }
    const task: MiseTask = { name, file, line: head, cwd, lines, depends: t ? strings(t.depends) : [], dependsPost: t ? strings(t.depends_post) : [] };
    out.push(task);
    for (const alias of t ? strings(t.alias) : []) out.push({ ...task, name: alias });
  }
  return out;
}

/** Executable files under the task folders of `dir`; `#MISE depends=[...]` headers are read. */
function fileTasks(ctx: TaskContext, dir: string): MiseTask[] {
  const out: MiseTask[] = [];
  for (const td of TASK_DIRS) {
    const folder = dir === '' ? td : `${dir}/${td}`;
    if (!ctx.repo.dirs.has(folder)) continue;
    const base = `${folder}/`;
    for (const file of ctx.repo.files) {
      if (!file.startsWith(base) || file.endsWith('.toml') || file.endsWith('.md')) continue;
      const name = file.slice(base.length).replace(/\.[A-Za-z0-9]+$/, '').replace(/\//g, ':');
      const head = ctx.once('mise-file-task', file, (text) => text.split(/\r?\n/, 40)) ?? [];
      const depends: string[] = [];
      for (const l of head) {
        const m = /^#\s*(?:MISE|\[MISE\])\s+depends\s*=\s*(.*)$/.exec(l);
        if (m) depends.push(...[...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!));
      }
      out.push({ name, file, line: 1, cwd: dir, lines: [{ value: shellQuote(['bash', file]), pos: { line: 1, column: 1 } }], depends, dependsPost: [] });
    }
  }
  return out;
}

/** The task names a mise command line runs (`::: ` separates tasks; other words are arguments). */
function requested(argv: readonly string[]): { names: string[]; cd?: string } | undefined {
  let i = 1;
  let cd: string | undefined;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    if (argv[i] === '-C' || argv[i] === '--cd') cd = argv[i + 1];
    i += GLOBAL_VALUED.has(argv[i]!) ? 2 : 1;
  }
  let sub = argv[i];
  if (sub === 'tasks' || sub === 't') {
    if (argv[i + 1] !== 'run' && argv[i + 1] !== 'r') return undefined;
    i++;
    sub = 'run';
  }
  if (sub === undefined) return undefined;
  const names: string[] = [];
  if (sub === 'run' || sub === 'r') {
    i++;
    let expectName = true;
    for (; i < argv.length; i++) {
      const w = argv[i]!;
      if (w === '--') break;
      if (w === ':::') {
        expectName = true;
        continue;
      }
      if (w.startsWith('-')) {
        if (expectName && RUN_VALUED.has(w)) {
          if (w === '-C' || w === '--cd') cd = argv[i + 1];
          i++;
        }
        continue;
      }
      if (expectName) names.push(w);
      expectName = false;
    }
    if (names.length === 0) names.push('default');
  } else if (!SUBCOMMANDS.has(sub)) names.push(sub);
  else return undefined;
  return cd !== undefined ? { names, cd } : { names };
}

export const resolveMise: Resolver = (inv, ctx) => {
  const argv = inv.argv;
  if (argv[0] !== 'mise' && argv[0] !== 'rtx') return undefined;
  const exec = argv.findIndex((w) => w === 'exec' || w === 'x');
  if (exec > 0 && SUBCOMMANDS.has(argv[exec]!) && argv.slice(1, exec).every((w) => w.startsWith('-')) && argv.includes('--', exec)) {
    const cmd = argv.slice(argv.indexOf('--', exec) + 1);
    if (cmd.length === 0) return undefined;
    return [{ key: `inline:mise-exec:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label: 'mise exec', at: inv.at, via: [], lines: [{ value: shellQuote(cmd), pos: { line: inv.at.line, column: inv.at.column } }], cwd: inv.cwd }];
  }
  const req = requested(argv);
  if (!req) return undefined;
  const cwd = req.cd !== undefined ? (joinPath(inv.cwd, req.cd) ?? inv.cwd) : inv.cwd;
  const tasks = tasksFrom(ctx, cwd);
  if (tasks.size === 0) return undefined;
  const bodies: TaskBody[] = [];
  const done = new Set<string>();
  let cut = false;
  let edges = 0;
  type Call = { name: string; chain: string[]; top: boolean };
  // `depends` before the task and `depends_post` after it, on the heap: a long chain cannot exhaust the stack.
  const visit = function* ({ name, chain, top }: Call): Generator<Call, void, void> {
    // Monorepo tasks: `//:name` is a task of the root's config, `//path:name` one of that folder's.
    const mono = /^\/\/([^:]*):(.+)$/.exec(name);
    const dir = mono ? (mono[1] === '' ? '' : joinPath('', mono[1]!)) : undefined;
    const t = (mono ? (dir === undefined ? undefined : tasksFrom(ctx, dir)) : tasks)?.get((mono ? mono[2]! : name).split(/\s+/)[0]!);
    if (!t) {
      if (top) {
        ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `No mise task "${name}" is defined in the mise config files or task folders, so what "mise run ${name}" runs is not known. Check the task name.` });
        inv.miss?.('undefined-target', `no mise task "${name}" is defined`);
      }
      return;
    }
    const key = `${t.file}#${t.name}`;
    if (done.has(key) || chain.includes(key)) return;
    const at = { file: t.file, line: t.line, column: 1 };
    if (chain.length >= MAX_TASK_CHAIN) {
      if (!cut)
        ctx.findings.push({
          ...at,
          severity: 'warning',
          check: 'command-resolution',
          message: `Mise task "${t.name}" is reached through a chain of more than ${MAX_TASK_CHAIN} dependencies; it and what it depends on were not followed, so what they run is not counted.`,
        });
      cut = true;
      return;
    }
    done.add(key);
    let stopped = false;
    const follow = function* (deps: readonly string[]): Generator<Call, void, void> {
      for (const d of deps) {
        if (stopped || ++edges > MAX_TASK_EDGES) {
          if (!stopped && edges === MAX_TASK_EDGES + 1)
            ctx.findings.push({
              ...at,
              severity: 'warning',
              check: 'command-resolution',
              message: `Following mise task dependencies stopped at "${t.name}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
            });
          stopped = true;
          return;
        }
        yield { name: d, chain: [...chain, key], top: false };
      }
    };
    yield* follow(t.depends);
    if (t.lines.length > 0) bodies.push({ key: `mise:${key}`, label: `mise task "${t.name}"`, at, via: [], lines: t.lines, cwd: t.cwd });
    yield* follow(t.dependsPost);
  };
  for (const n of req.names) runOnHeap({ name: n, chain: [], top: true }, visit);
  return bodies;
};
