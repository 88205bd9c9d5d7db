/**
 * tox: `tox [-e env1,env2] [-c file]` (and `tox run`/`r`/`p`, `TOXENV=`) → the commands of
 * each env, from tox.ini, tox.toml, pyproject.toml (`[tool.tox]`, native or
 * `legacy_tox_ini`) or setup.cfg. `[testenv:name]` falls back to `[testenv]`; factor
 * lines (`py3: pytest`, `!win: x`) are kept when the env's factors match; `{posargs}` is
 * removed (`{posargs:tests}` keeps its default); `{[section]key}` is expanded once.
 */
import type { Finding } from '../../../model/finding.js';
import type { CannotFail } from '../../../model/ci.js';
import type { Located } from '../../../model/position.js';
import { parseIni } from '../../ini.js';
import { tomlGet, tomlLine, tomlOf, type TomlTable } from '../../toml.js';
import { dirOf, findIn, joinPath, positionals, type Resolver, type TaskBody, type TaskContext } from './types.js';

interface EnvTable {
  line: number;
  /** Lines of a key (commands, commands_pre, changedir ...), with their own line numbers. */
  values: Map<string, { text: string; line: number }[]>;
}

export interface ToxConfig {
  file: string;
  envlist: string[];
  /** Env tables by name; '' is the base (`[testenv]`, `env_run_base`). */
  envs: Map<string, EnvTable>;
}

const KEYS: Record<string, string> = { commands: 'commands', commands_pre: 'commands_pre', commands_post: 'commands_post', changedir: 'changedir', change_dir: 'changedir' };

/** INI text (tox.ini, setup.cfg, legacy_tox_ini) → config; `offset` shifts lines of embedded text. */
export function toxFromIni(file: string, text: string, findings: Finding[], offset = 0, toxSection = 'tox'): ToxConfig {
  iniProblems(file, text, offset, findings);
  const ini = parseIni(text);
  const cfg: ToxConfig = { file, envlist: [], envs: new Map() };
  const tox = ini.get(toxSection);
  const list = tox?.values.get('envlist') ?? tox?.values.get('env_list');
  if (list) cfg.envlist = expandEnvList(list.value);
  for (const [name, sec] of ini) {
    const m = /^testenv(?::(.+))?$/.exec(name);
    if (!m) continue;
    const env: EnvTable = { line: sec.line + offset, values: new Map() };
    for (const [k, v] of sec.values) {
      const key = KEYS[k];
      if (key) env.values.set(key, v.lines.map((l) => ({ text: l.text, line: l.line + offset })));
    }
    cfg.envs.set(m[1]?.trim() ?? '', env);
  }
  // `{[section]key}` references to non-testenv sections are kept for expansion.
  for (const [name, sec] of ini) {
    if (/^testenv/.test(name)) continue;
    for (const [k, v] of sec.values) cfg.envs.set(`[${name}]${k}`, { line: v.line + offset, values: new Map([['commands', v.lines.map((l) => ({ text: l.text, line: l.line + offset }))]]) });
  }
  return cfg;
}

function iniProblems(file: string, text: string, offset: number, findings: Finding[]): void {
  let section = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (t === '' || /^[#;]/.test(t) || /^\s/.test(raw)) return;
    if (/^\[[^\]]+\]$/.test(t)) section = true;
    else if (!/^[^=:\s][^=:]*[=:]/.test(t) || !section) {
      findings.push({ severity: 'warning', file, line: i + 1 + offset, column: 1, check: 'command-resolution', message: `In "${file}" line ${i + 1 + offset}, "${t.slice(0, 60)}" is ${section ? 'not a "key = value" line' : 'outside any [section]'}; tox would refuse this file. Fix the line so tox envs can be followed.` });
    }
  });
}

/** TOML tables (tox.toml, or pyproject's `[tool.tox]` with `prefix` 'tool.tox.') → config. */
export function toxFromToml(file: string, text: string, root: TomlTable, prefix: string): ToxConfig {
  const cfg: ToxConfig = { file, envlist: [], envs: new Map() };
  const list = tomlGet(root, `${prefix}env_list`);
  if (Array.isArray(list)) cfg.envlist = list.filter((x): x is string => typeof x === 'string');
  const table = (name: string, dotted: string, value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const env: EnvTable = { line: tomlLine(text, dotted) ?? 1, values: new Map() };
    for (const [k, v] of Object.entries(value as TomlTable)) {
      const key = KEYS[k];
      if (!key) continue;
      const keyLine = tomlLine(text, dotted, k) ?? env.line;
      if (typeof v === 'string') env.values.set(key, [{ text: v, line: keyLine }]);
      else if (Array.isArray(v)) env.values.set(key, tomlCommands(text, keyLine, v));
    }
    cfg.envs.set(name, env);
  };
  table('', `${prefix}env_run_base`, tomlGet(root, `${prefix}env_run_base`));
  const envs = tomlGet(root, `${prefix}env`);
  if (envs && typeof envs === 'object') for (const [name, v] of Object.entries(envs as TomlTable)) table(name, `${prefix}env.${name}`, v);
  return cfg;
}

/** `[["pytest", "{posargs}"], ...]` → one text per command, each at the first line after the key that names its program. */
function tomlCommands(text: string, keyLine: number, list: unknown[]): { text: string; line: number }[] {
  const lines = text.split(/\r?\n/);
  let at = keyLine - 1;
  const out: { text: string; line: number }[] = [];
  for (const cmd of list) {
    if (!Array.isArray(cmd)) continue;
    const words: string[] = [];
    for (const w of cmd) {
      if (typeof w === 'string') words.push(w);
      else if (w && typeof w === 'object' && (w as TomlTable).replace === 'posargs' && Array.isArray((w as TomlTable).default)) for (const pushed of ((w as TomlTable).default as unknown[]).filter((x): x is string => typeof x === 'string')) words.push(pushed);
    }
    if (words.length === 0) continue;
    const first = words[0]!;
    for (let i = at; i < lines.length; i++) {
      if (lines[i]!.includes(`"${first}"`) || lines[i]!.includes(`'${first}'`)) {
        at = i;
        break;
      }
    }
    out.push({ text: words.map((w) => (/^[\w@%+=:,./{}-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' '), line: at + 1 });
  }
  return out;
}

/** `py{38,39}-django{3,4}, lint` → names; `py3{10-12}` ranges too. */
export function expandEnvList(value: string): string[] {
  const out: string[] = [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of value) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (depth === 0 && (c === ',' || c === '\n')) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  for (const p of parts.map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#'))) for (const pushed of braces(p)) out.push(pushed);
  return out;
}

function braces(s: string): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return [s];
  const alts = m[1]!.split(',').flatMap((a) => {
    const r = /^(\d+)-(\d+)$/.exec(a.trim());
    if (!r) return [a.trim()];
    const out: string[] = [];
    for (let n = Number(r[1]); n <= Number(r[2]) && out.length < 50; n++) out.push(String(n));
    return out;
  });
  return alts.flatMap((a) => braces(s.slice(0, m.index) + a + s.slice(m.index + m[0].length)));
}

function loadTox(ctx: TaskContext, dir: string, explicit?: string): ToxConfig | undefined {
  const file = explicit ?? findIn(ctx.repo, dir, ['tox.ini', 'tox.toml', 'pyproject.toml', 'setup.cfg']);
  if (file === undefined) return undefined;
  const base = file.slice(file.lastIndexOf('/') + 1);
  return ctx.once('tox', file, (text) => {
    if (base.endsWith('.toml')) {
      const parsed = tomlOf(ctx.repo, file, text);
      for (const pushed of parsed.findings) ctx.findings.push(pushed);
      if (!parsed.value) return undefined;
      if (base === 'pyproject.toml') {
        const legacy = tomlGet(parsed.value, 'tool.tox.legacy_tox_ini');
        if (typeof legacy === 'string') {
          const keyLine = tomlLine(text, 'tool.tox', 'legacy_tox_ini') ?? 1;
          const sameLine = /legacy_tox_ini\s*=\s*("""|''')\s*\S/.test(text.split(/\r?\n/)[keyLine - 1] ?? '');
          return toxFromIni(file, legacy, ctx.findings, sameLine ? keyLine - 1 : keyLine);
        }
        if (tomlGet(parsed.value, 'tool.tox') === undefined) return undefined;
        return toxFromToml(file, text, parsed.value, 'tool.tox.');
      }
      return toxFromToml(file, text, parsed.value, '');
    }
    if (base === 'setup.cfg') return /^\[tox:tox\]/m.test(text) ? toxFromIni(file, text, [], 0, 'tox:tox') : undefined;
    return toxFromIni(file, text, ctx.findings);
  });
}

const TOX_VALUED = new Set(['-e', '--env', '-c', '--conf', '--root', '--workdir', '-m', '-f', '-p', '--parallel', '-x', '--override', '--installpkg', '--result-json']);

/** Does a factor condition (`py3,py4-!win`) hold for an env? */
function factorsMatch(cond: string, env: string): boolean {
  const factors = new Set(env.split('-'));
  return cond.split(',').some((alt) => braces(alt).some((a) => a.split('-').every((f) => (f.startsWith('!') ? !factors.has(f.slice(1)) : factors.has(f)))));
}

export function envCommands(cfg: ToxConfig, env: string, key: string, seen = 0): { text: string; line: number }[] {
  const table = cfg.envs.get(env)?.values.has(key) ? cfg.envs.get(env)! : cfg.envs.get('');
  const out: { text: string; line: number }[] = [];
  for (const l of table?.values.get(key) ?? []) {
    let text = l.text;
    const f = /^([!\w.{},]+(?:-[!\w.{},]+)*):\s+(.*)$/.exec(text);
    if (f && !/^\{/.test(text)) {
      if (!factorsMatch(f[1]!, env)) continue;
      text = f[2]!;
    }
    const ref = /^\{\[([^\]]+)\](\w+)\}$/.exec(text.trim());
    if (ref && seen < 3) {
      const m = /^testenv(?::(.+))?$/.exec(ref[1]!);
      const refEnv = m ? (m[1] ?? '') : `[${ref[1]}]${ref[2]}`;
      const sub: ToxConfig = { ...cfg, envs: new Map([['', cfg.envs.get(refEnv) ?? { line: 0, values: new Map() }]]) };
      for (const pushed of envCommands(sub, env, m ? KEYS[ref[2]!] ?? ref[2]! : 'commands', seen + 1)) out.push(pushed);
      continue;
    }
    out.push({ text: substitute(text), line: l.line });
  }
  return out;
}

function substitute(text: string): string {
  return text
    .replace(/\{posargs:([^{}]*)\}/g, '$1')
    .replace(/\[\]|\{posargs\}/g, '')
    .replace(/\{env:[^:}]+:([^{}]*)\}/g, '$1')
    .replace(/\{envpython\}/g, 'python')
    .replace(/\{env(bin|)dir\}\/?/g, '')
    .replace(/\{(tox_root|toxinidir)\}\/?/g, './')
    .replace(/\s+$/, '');
}

export const resolveTox: Resolver = (inv, ctx) => {
  if (inv.argv[0] !== 'tox') return undefined;
  let words = inv.argv.slice(1);
  if (['run', 'r', 'p', 'run-parallel', 'exec', 'e'].includes(words[0] ?? '')) words = words.slice(1);
  else if (words[0] !== undefined && !words[0].startsWith('-')) return undefined; // tox list, tox devenv ...
  const { opts } = positionals(words, TOX_VALUED);
  const conf = opts.get('-c')?.[0] ?? opts.get('--conf')?.[0];
  const root = opts.get('--root')?.[0];
  const dir = (root !== undefined ? joinPath(inv.cwd, root) : inv.cwd) ?? inv.cwd;
  let explicit = conf !== undefined ? joinPath(inv.cwd, conf) : undefined;
  if (explicit !== undefined && ctx.repo.dirs.has(explicit)) explicit = findIn(ctx.repo, explicit, ['tox.ini', 'tox.toml', 'pyproject.toml']);
  const cfg = loadTox(ctx, dir, explicit);
  if (!cfg) return undefined;
  // A value that is an expression (`-e ${{ matrix.env }}`) is unknown: the envlist stands for it.
  const split = (v: string | undefined) => (v === undefined || v.includes('$') ? [] : v.split(',').map((e) => e.trim()).filter((e) => e !== ''));
  const named = [...(opts.get('-e') ?? []), ...(opts.get('--env') ?? [])].flatMap(split);
  const fromEnv = split(inv.env.TOX_ENV ?? inv.env.TOXENV);
  let envs = named.length > 0 ? named : fromEnv.length > 0 ? fromEnv : cfg.envlist.length > 0 ? cfg.envlist : ['py'];
  if (envs.some((e) => e === 'ALL' || e === 'all')) envs = cfg.envlist;
  const toxDir = dirOf(cfg.file);
  const bodies: TaskBody[] = [];
  for (const env of envs) {
    if (env.includes('$')) continue;
    const table = cfg.envs.get(env) ?? cfg.envs.get('');
    if (!table) continue;
    const change = envCommands(cfg, env, 'changedir')[0]?.text;
    const cwd = (change !== undefined ? joinPath(toxDir, change.replace(/^\.\//, '')) : toxDir) ?? toxDir;
    const lines: Located<string>[] = [];
    const ignored = new Map<number, CannotFail>();
    for (const key of ['commands_pre', 'commands', 'commands_post']) {
      for (const c of envCommands(cfg, env, key)) {
        let text = c.text;
        if (/^-\s*\S/.test(text)) {
          text = text.replace(/^-\s*/, '');
          ignored.set(c.line, { why: 'ignored-by-runner', runner: 'tox', at: { file: cfg.file, line: c.line, column: 1 } });
        }
        text = text.replace(/^!\s*/, '');
        if (text !== '') lines.push({ value: text, pos: { line: c.line, column: 1 } });
      }
    }
    bodies.push({ key: `tox:${cfg.file}#${env}`, label: `tox env "${env}"`, at: { file: cfg.file, line: table.line, column: 1 }, via: [], lines, cwd, ignored });
  }
  return bodies;
};
