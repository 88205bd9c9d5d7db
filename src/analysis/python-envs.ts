/**
 * Several Python environments declared in tox or nox configuration (CHECKLIST §3
 * `multi-environment`, `present` evidence): tox.ini / setup.cfg envlist, tox TOML env_list,
 * noxfile.py sessions with a list of Pythons.
 */
import type { Analysis } from './analyze.js';
import type { Evidence } from '../model/check.js';
import { parseIni } from '../parse/ini.js';
import { tomlGet, tomlLine, tomlOf } from '../parse/toml.js';
import { outlineLine } from './outline.js';

/** Evidence at a line of a repository file that no workflow runs (the checks' kit builds the same). */
function fileEvidence(file: string, message: string, line = 1): Evidence {
  return { file, line, column: 1, message, triggers: [] };
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** Python versions named by a tox envlist, after brace expansion (`py3{9,10}` → py39, py310). */
export function toxPythons(envlist: string): string[] {
  const envs = envlist.split(/[\s,]+(?![^{]*})/).flatMap(expandBraces);
  return [...new Set(envs.flatMap((e) => e.split('-')).filter((f) => /^(py\d[\d.]*t?|pypy[\d.]*|3\.\d+t?)$/.test(f)))];
}

function expandBraces(s: string): string[] {
  const m = /\{([^{}]*)\}/.exec(s);
  if (!m) return s ? [s] : [];
  return m[1]!.split(',').flatMap((alt) => expandBraces(s.slice(0, m.index) + alt.trim() + s.slice(m.index + m[0].length)));
}

export function toxNoxEvidence(a: Analysis): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ['tox.ini', 'setup.cfg']) {
    if (!a.repo.has(file)) continue;
    const text = a.repo.read(file);
    if (text === undefined) continue;
    const section = parseIni(text).get(file === 'tox.ini' ? 'tox' : 'tox:tox');
    const value = section?.values.get('envlist') ?? section?.values.get('env_list');
    if (!value) continue;
    const pythons = toxPythons(value.value);
    if (pythons.length >= 2) out.push(fileEvidence(file, `tox runs its environments on several Pythons: ${quoteList(pythons)}.`, value.line));
  }
  for (const [file, table] of [['pyproject.toml', 'tool.tox'], ['tox.toml', '']] as const) {
    const text = a.repo.has(file) ? a.repo.read(file) : undefined;
    if (text === undefined || !/env_list/.test(text)) continue;
    const root = tomlOf(a.repo, file, text).value;
    const list = table === '' ? root?.['env_list'] : tomlGet(root, `${table}.env_list`);
    const envs = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
    const pythons = toxPythons(envs.join(','));
    const line = table === '' ? outlineLine(a, file, /^[ \t]*env_list\s*=/)?.line : tomlLine(text, table, 'env_list');
    if (pythons.length >= 2) out.push(fileEvidence(file, `tox runs its environments on several Pythons: ${quoteList(pythons)}.`, line));
  }
  for (const file of ['noxfile.py']) {
    const text = a.repo.has(file) ? a.repo.read(file) : undefined;
    if (text === undefined) continue;
    const re = /python\s*=\s*\[([^\]]*)\]|^[ \t]*\w*PYTHON\w*[ \t]*=\s*\[([^\]]*)\]/im;
    const m = re.exec(text);
    const versions = m ? [...(m[1] ?? m[2] ?? '').matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!) : [];
    // At the line where the list is written: where the match starts (code is searched, not parsed).
    if (m && versions.length >= 2) out.push(fileEvidence(file, `nox runs sessions on several Pythons: ${quoteList(versions)}.`, lineAt(text, m.index)));
  }
  return out;
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
