/**
 * package.json scripts: `npm run x`, `npm test`/`npm t`, `yarn [run] x`, `pnpm [run] x`,
 * `bun run x` → the script's text at its line in package.json, with `preX`/`postX` for npm
 * and yarn. The package.json of the command's folder is read (`--prefix`, `--cwd`, `-C`).
 */
import type { Finding } from '../../../model/finding.js';
import { joinPath, posAt, positionals, type Resolver, type TaskBody, type TaskContext } from './types.js';

export interface PackageScripts {
  file: string;
  scripts: Map<string, { text: string; line: number; column: number }>;
}

export function parsePackageJson(file: string, text: string, findings: Finding[]): PackageScripts | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err: unknown) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(msg);
    const pos = at ? posAt(text, Number(at[1])) : { line: 1, column: 1 };
    findings.push({ severity: 'warning', file, ...pos, check: 'command-resolution', message: `"${file}" is not valid JSON (${msg.replace(/ in JSON at position \d+.*$/, '')}); its scripts were not followed. Fix the JSON so npm can read it.` });
    return undefined;
  }
  const scripts = new Map<string, { text: string; line: number; column: number }>();
  const raw = json && typeof json === 'object' ? (json as { scripts?: unknown }).scripts : undefined;
  if (!raw || typeof raw !== 'object') return { file, scripts };
  const start = /"scripts"\s*:\s*\{/.exec(text);
  // Where each script is written: one pass over the keys after "scripts" (a search per
  // script, and a line count per position, were quadratic in a file of many scripts).
  const wanted = new Map<string, string>();
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) if (typeof value === 'string') wanted.set(name, value);
  const found = new Map<string, number>();
  const KEY = /"((?:[^"\\\n]|\\.)*)"\s*:\s*"/g;
  KEY.lastIndex = start?.index ?? 0;
  for (let m = KEY.exec(text); m !== null && found.size < wanted.size; m = KEY.exec(text)) {
    let name: unknown;
    try {
      name = JSON.parse(`"${m[1]!}"`);
    } catch {
      continue;
    }
    if (typeof name === 'string' && wanted.has(name) && !found.has(name)) found.set(name, m.index + m[0].length);
  }
  const lines = lineStarts(text);
  for (const [name, value] of wanted) {
    const at = found.get(name);
    scripts.set(name, { text: value, ...(at === undefined ? { line: 1, column: 1 } : positionIn(lines, at)) });
  }
  return { file, scripts };
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 1-based line and column of an offset, by binary search over the line starts. */
function positionIn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function loadPackageJson(ctx: TaskContext, file: string): PackageScripts | undefined {
  return ctx.once('package.json', file, (text) => parsePackageJson(file, text, ctx.findings));
}

const YARN_BUILTIN = new Set(['install', 'add', 'remove', 'upgrade', 'up', 'why', 'info', 'init', 'link', 'unlink', 'pack', 'publish', 'config', 'cache', 'global', 'workspace', 'workspaces', 'dlx', 'exec', 'set', 'plugin', 'version', 'audit', 'outdated', 'import', 'licenses', 'list', 'login', 'logout', 'owner', 'tag', 'team', 'bin', 'check', 'constraints', 'dedupe', 'explain', 'npm', 'patch', 'rebuild', 'node', 'create', 'help', 'store', 'fetch', 'setup', 'env', 'prune', 'i', 'ci', 'update']);
const VALUED = new Set(['--prefix', '--cwd', '-C', '--dir', '-w', '--workspace', '--filter', '-F', '--mutex', '--network-timeout']);

/** The package manager, script name and folder of a script invocation, if it is one. */
function scriptCall(argv: readonly string[]): { pm: string; name: string; dir?: string; implicit: boolean } | undefined {
  const pm = argv[0];
  if (pm !== 'npm' && pm !== 'yarn' && pm !== 'pnpm' && pm !== 'bun') return undefined;
  const { args, opts } = positionals(argv.slice(1), VALUED);
  const dir = (opts.get('--prefix') ?? opts.get('--cwd') ?? opts.get('-C') ?? opts.get('--dir'))?.[0];
  const d = dir !== undefined ? { dir } : {};
  const sub = args[0];
  if (sub === undefined) return undefined;
  if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn') return args[1] !== undefined ? { pm, name: args[1], ...d, implicit: false } : undefined;
  if (pm === 'bun') return undefined; // `bun test` is bun's own runner
  if (['test', 't', 'tst', 'start', 'stop', 'restart'].includes(sub) && pm !== 'yarn') return { pm, name: sub === 't' || sub === 'tst' ? 'test' : sub, ...d, implicit: false };
  if (pm === 'npm') return undefined;
  if (YARN_BUILTIN.has(sub)) return undefined;
  return { pm, name: sub, ...d, implicit: true };
}

export const resolveNpm: Resolver = (inv, ctx) => {
  const call = scriptCall(inv.argv);
  if (!call) return undefined;
  const cwd = call.dir !== undefined ? joinPath(inv.cwd, call.dir) : inv.cwd;
  if (cwd === undefined) return undefined;
  const file = cwd === '' ? 'package.json' : `${cwd}/package.json`;
  if (!ctx.repo.has(file)) return undefined;
  const pkg = loadPackageJson(ctx, file);
  if (!pkg) return undefined;
  const main = pkg.scripts.get(call.name);
  if (!main) {
    if (!call.implicit && call.name !== 'test' && call.name !== 'start') {
      ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no script "${call.name}", so "${inv.argv.join(' ')}" would fail. Add the script or fix its name.` });
      inv.miss?.('undefined-target', `"${file}" has no script "${call.name}"`);
    }
    return undefined;
  }
  const names = call.pm === 'npm' || call.pm === 'yarn' ? [`pre${call.name}`, call.name, `post${call.name}`] : [call.name];
  const bodies: TaskBody[] = [];
  for (const name of names) {
    const s = pkg.scripts.get(name);
    if (!s) continue;
    const at = { file, line: s.line, column: s.column };
    bodies.push({ key: `npm:${file}#${name}`, label: `script "${name}"`, at, via: [], lines: [{ value: s.text, pos: { line: s.line, column: s.column } }], cwd });
  }
  return bodies;
};
