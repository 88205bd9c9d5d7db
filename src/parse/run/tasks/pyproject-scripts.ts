/**
 * Task runners configured in TOML: poe (`poe x`, `[tool.poe.tasks]`), hatch (`hatch run
 * [env:]x`, `[tool.hatch.envs.<env>.scripts]` or hatch.toml), pdm (`pdm run x`,
 * `[tool.pdm.scripts]` with pre_/post_ hooks) and pixi (`pixi run x`, `[tool.pixi.tasks]`
 * or pixi.toml `[tasks]`). A task that names another task becomes `<runner> <other>`,
 * which the follow engine resolves again.
 */
import type { Located } from '../../../model/position.js';
import { tomlGet, tomlLine, tomlOf, type TomlTable } from '../../toml.js';
import { dirOf, findIn, joinPath, type Resolver, type TaskBody, type TaskContext } from './types.js';

export interface TomlDoc {
  text: string;
  root: TomlTable;
}

export function loadToml(ctx: TaskContext, file: string): TomlDoc | undefined {
  return ctx.once('toml', file, (text) => {
    const parsed = tomlOf(ctx.repo, file, text);
    for (const pushed of parsed.findings) ctx.findings.push(pushed);
    return parsed.value ? { text, root: parsed.value } : undefined;
  });
}

export type Entry = { text: string; line: number; column: number };

/** Where a task is written: its own `[table.name]` header, or `name =` in the table. */
export function taskLine(doc: TomlDoc, table: string, name: string): number {
  return tomlLine(doc.text, `${table}.${name}`) ?? tomlLine(doc.text, table, name) ?? 1;
}

/**
 * Lines of a string or list of strings written at `line`: each list element at the first
 * line from there that quotes it, multi-line strings from the line after their opening.
 * `wrap` turns an element into the command it stands for (a task name → `poe name`).
 */
export function linesOf(value: unknown, line: number, text?: string, wrap: (s: string) => string = (s) => s): Entry[] {
  const list = Array.isArray(value) ? value : [value];
  const src = text?.split(/\r?\n/) ?? [];
  const out: Entry[] = [];
  let from = line - 1;
  for (const v of list) {
    if (typeof v !== 'string') continue;
    let at = line;
    if (Array.isArray(value)) {
      const quoted = [JSON.stringify(v), `'${v}'`];
      for (let i = from; i < src.length && i < from + 50; i++) {
        if (quoted.some((q) => src[i]!.includes(q))) {
          at = i + 1;
          from = i;
          break;
        }
      }
    }
    const parts = v.split('\n');
    parts.forEach((p, j) => {
      if (p.trim() !== '') out.push({ text: wrap(p), line: parts.length > 1 ? at + 1 + j : at, column: 1 });
    });
  }
  return out;
}

export function body(kind: string, file: string, name: string, line: number, entries: Entry[], cwd: string): TaskBody {
  const lines: Located<string>[] = entries.map((e) => ({ value: e.text, pos: { line: e.line, column: e.column } }));
  return { key: `${kind}:${file}#${name}`, label: `${kind} task "${name}"`, at: { file, line, column: 1 }, via: [], lines, cwd };
}

export function asTable(v: unknown): TomlTable | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as TomlTable) : undefined;
}

const ARGS = (s: string) => s.replace(/\{args:([^{}]*)\}/g, '$1').replace(/\{args\}/g, '').trim();

export const resolvePoe: Resolver = (inv, ctx) => {
  if (inv.argv[0] !== 'poe' && inv.argv[0] !== 'poethepoet') return undefined;
  const name = inv.argv.slice(1).find((w) => !w.startsWith('-'));
  const file = findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
  if (name === undefined || file === undefined) return undefined;
  const doc = loadToml(ctx, file);
  const task = doc ? tomlGet(doc.root, `tool.poe.tasks.${name}`) : undefined;
  if (!doc || task === undefined) return undefined;
  const line = taskLine(doc, 'tool.poe.tasks', name);
  const t = asTable(task);
  const cwd = typeof t?.cwd === 'string' ? (joinPath(dirOf(file), t.cwd) ?? dirOf(file)) : dirOf(file);
  let entries: Entry[];
  if (typeof task === 'string') entries = linesOf(task, line);
  else if (Array.isArray(task)) entries = linesOf(task, line, doc.text, (x) => `poe ${x}`);
  else if (t && (typeof t.cmd === 'string' || typeof t.shell === 'string')) entries = linesOf(t.cmd ?? t.shell, tomlLine(doc.text, `tool.poe.tasks.${name}`, t.cmd ? 'cmd' : 'shell') ?? line);
  else if (t && typeof t.ref === 'string') entries = linesOf(`poe ${t.ref}`, line);
  else if (t && Array.isArray(t.sequence)) {
    const seqLine = tomlLine(doc.text, `tool.poe.tasks.${name}`, 'sequence') ?? line;
    entries = t.sequence.flatMap((x) => {
      const sub = asTable(x);
      if (typeof x === 'string') return linesOf([x], seqLine, doc.text, (n) => `poe ${n}`);
      if (typeof sub?.cmd === 'string' || typeof sub?.shell === 'string') return linesOf([sub.cmd ?? sub.shell], seqLine, doc.text);
      if (typeof sub?.ref === 'string') return linesOf([sub.ref], seqLine, doc.text, (n) => `poe ${n}`);
      return [];
    });
  } else return undefined;
  return [body('poe', file, name, line, entries, cwd)];
};

export const resolveHatch: Resolver = (inv, ctx) => {
  const w = inv.argv;
  if (w[0] !== 'hatch') return undefined;
  let i = 1;
  let env = 'default';
  while (i < w.length && w[i]!.startsWith('-')) {
    if (w[i] === '-e' || w[i] === '--env') env = w[++i] ?? env;
    i++;
  }
  if (w[i] !== 'run') return undefined;
  i++;
  while (i < w.length && /^[-+]/.test(w[i]!)) i++;
  const target = w[i];
  if (target === undefined) return undefined;
  const colon = target.indexOf(':');
  const envName = (colon >= 0 ? target.slice(0, colon) : env).replace(/\..*$/, '');
  const script = colon >= 0 ? target.slice(colon + 1) : target;
  const hatchToml = findIn(ctx.repo, inv.cwd, ['hatch.toml']);
  const file = hatchToml ?? findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
  if (file === undefined) return undefined;
  const doc = loadToml(ctx, file);
  if (!doc) return undefined;
  const table = `${hatchToml ? '' : 'tool.hatch.'}envs.${envName}.scripts`;
  const scripts = asTable(tomlGet(doc.root, table));
  const value = scripts?.[script];
  if (!scripts || value === undefined) return undefined;
  const line = tomlLine(doc.text, table, script) ?? 1;
  const entries = linesOf(value, line, doc.text).map((e) => {
    let text = ARGS(e.text);
    const first = text.split(/\s+/)[0] ?? '';
    if (first !== script && scripts[first] !== undefined) text = `hatch run ${envName}:${text}`;
    return { ...e, text };
  });
  return [body('hatch', file, `${envName}:${script}`, line, entries, dirOf(file))];
};

function rawRun(words: readonly string[], tool: string): string | undefined {
  let i = words.indexOf(tool);
  if (i < 0 || i > 2 || words[i + 1] !== 'run') return undefined;
  i += 2;
  while (i < words.length && words[i]!.startsWith('-')) i += ['-e', '--environment', '--manifest-path', '--venv', '-p', '--project'].includes(words[i]!) ? 2 : 1;
  return words[i];
}

export const resolvePdm: Resolver = (inv, ctx) => {
  const name = rawRun(inv.words, 'pdm');
  if (name === undefined) return undefined;
  const file = findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
  const doc = file ? loadToml(ctx, file) : undefined;
  const scripts = doc ? asTable(tomlGet(doc.root, 'tool.pdm.scripts')) : undefined;
  if (!file || !doc || !scripts || scripts[name] === undefined) return undefined;
  const bodies: TaskBody[] = [];
  for (const n of [`pre_${name}`, name, `post_${name}`]) {
    const task = scripts[n];
    if (task === undefined) continue;
    const line = taskLine(doc, 'tool.pdm.scripts', n);
    const t = asTable(task);
    const entries = typeof task === 'string' ? linesOf(task, line) : t && (t.cmd !== undefined || t.shell !== undefined) ? linesOf(Array.isArray(t.cmd) ? (t.cmd as unknown[]).join(' ') : (t.cmd ?? t.shell), line) : t && Array.isArray(t.composite) ? linesOf(t.composite, line, doc.text, (c) => (scripts[c.split(/\s+/)[0]!] !== undefined ? `pdm run ${c}` : c)) : [];
    bodies.push(body('pdm', file, n, line, entries, dirOf(file)));
  }
  return bodies;
};

/** The environment `pixi run -e ENV` (or `--environment ENV`) names. */
function pixiEnv(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-e' || w === '--environment') return words[i + 1];
    if (w.startsWith('--environment=')) return w.slice('--environment='.length);
  }
  return undefined;
}

/**
 * The table that defines a pixi task: `[tasks]`, else `[feature.<f>.tasks]` of the features of
 * the environment run (`[environments] lint = ["lint"]` or `{ features = [...] }`), else of any feature.
 */
function pixiTaskTable(doc: TomlDoc, prefix: string, name: string, env: string | undefined): string | undefined {
  const has = (table: string) => asTable(tomlGet(doc.root, table))?.[name] !== undefined;
  const features = asTable(tomlGet(doc.root, `${prefix}feature`)) ?? {};
  const envDef = env !== undefined ? tomlGet(doc.root, `${prefix}environments`) : undefined;
  const envValue = env !== undefined ? asTable(envDef)?.[env] : undefined;
  const envFeatures = Array.isArray(envValue) ? envValue : Array.isArray(asTable(envValue)?.features) ? (asTable(envValue)!.features as unknown[]) : env !== undefined && features[env] !== undefined ? [env] : [];
  const candidates = [...envFeatures.filter((f): f is string => typeof f === 'string').map((f) => `${prefix}feature.${f}.tasks`), `${prefix}tasks`, ...Object.keys(features).map((f) => `${prefix}feature.${f}.tasks`)];
  return candidates.find(has);
}

export const resolvePixi: Resolver = (inv, ctx) => {
  const name = rawRun(inv.words, 'pixi');
  if (name === undefined) return undefined;
  const pixi = findIn(ctx.repo, inv.cwd, ['pixi.toml']) ?? findIn(ctx.repo, '', ['pixi.toml']);
  const file = pixi ?? findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
  const doc = file ? loadToml(ctx, file) : undefined;
  if (!file || !doc) return undefined;
  const table = pixiTaskTable(doc, pixi ? '' : 'tool.pixi.', name, pixiEnv(inv.words));
  const tasks = table ? asTable(tomlGet(doc.root, table)) : undefined;
  if (!table || !tasks || tasks[name] === undefined) return undefined;
  const task = tasks[name];
  const line = taskLine(doc, table, name);
  const t = asTable(task);
  const deps = t ? (t['depends-on'] ?? t.depends_on) : undefined;
  const depNames = (Array.isArray(deps) ? deps : typeof deps === 'string' ? [deps] : []).map((d) => (typeof d === 'string' ? d : typeof asTable(d)?.task === 'string' ? String(asTable(d)!.task) : ''));
  const cmd = typeof task === 'string' || Array.isArray(task) ? task : t?.cmd;
  const text = Array.isArray(cmd) ? cmd.filter((x) => typeof x === 'string').join(' ') : cmd;
  const cwd = typeof t?.cwd === 'string' ? (joinPath(dirOf(file), t.cwd) ?? dirOf(file)) : dirOf(file);
  return [body('pixi', file, name, line, [...linesOf(depNames.filter((d) => d !== ''), line, doc.text, (d) => `pixi run ${d}`), ...linesOf(text, line)], cwd)];
};
