/**
 * Test-runner settings declared in the repository: pytest's `testpaths`, `python_files`
 * and registered markers; jest's `testMatch`/`testRegex`/`roots` and vitest's `include`;
 * Go module paths. Each file is read once; a broken file is skipped (its parser reports it).
 */
import type { RepoIndex } from '../model/repository.js';
import { parseIni } from '../parse/ini.js';
import { manifestStore } from '../parse/manifests.js';
import { tomlGet, tomlOf } from '../parse/toml.js';

export interface PytestConfig {
  /** Folder of the config file ('' for the root): pytest's rootdir. */
  dir: string;
  file: string;
  testpaths?: string[];
  pythonFiles?: string[];
  markers: string[];
}

export interface JsConfig {
  /** Folder of package.json or the config file. */
  dir: string;
  framework?: 'jest' | 'vitest' | 'mocha' | 'node-test';
  /** Globs relative to `dir` (jest testMatch with <rootDir> removed, vitest include). */
  testMatch?: string[];
  /** jest testRegex. */
  testRegex?: string[];
}

export interface GoModule {
  dir: string;
  module: string;
}

/** A Cargo.toml: a package (`name`, when it has `[package]`), a workspace root (`workspace`), or both. */
export interface CargoManifest {
  dir: string;
  file: string;
  name?: string;
  isPackage: boolean;
  workspace?: { members: string[]; exclude: string[]; defaultMembers?: string[] };
}

export interface RunnerSettings {
  pytest: PytestConfig[];
  js: JsConfig[];
  go: GoModule[];
  /** Cargo manifests, read through the run's manifest store. */
  cargo?: CargoManifest[];
}

const PYTEST_FILES = ['pytest.ini', '.pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'];

function split(p: string): { dir: string; base: string } {
  const i = p.lastIndexOf('/');
  return i < 0 ? { dir: '', base: p } : { dir: p.slice(0, i), base: p.slice(i + 1) };
}

function words(value: string): string[] {
  return value.split(/\s+/).filter((w) => w.length > 0);
}

function strings(v: unknown): string[] | undefined {
  if (typeof v === 'string') return words(v);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return undefined;
}

function markerNames(list: readonly string[]): string[] {
  return list.map((m) => m.split(/[:(]/)[0]!.trim()).filter((m) => m.length > 0);
}

function pytestFrom(repo: RepoIndex, path: string, text: string): PytestConfig | undefined {
  const { dir, base } = split(path);
  if (base === 'pyproject.toml') {
    const opts = tomlGet(tomlOf(repo, path, text).value, 'tool.pytest.ini_options');
    if (!opts || typeof opts !== 'object') return undefined;
    const o = opts as Record<string, unknown>;
    const cfg: PytestConfig = { dir, file: path, markers: markerNames(strings(o.markers) ?? []) };
    const tp = strings(o.testpaths);
    const pf = strings(o.python_files);
    if (tp) cfg.testpaths = tp;
    if (pf) cfg.pythonFiles = pf;
    return cfg;
  }
  const section = base === 'setup.cfg' ? 'tool:pytest' : 'pytest';
  const s = parseIni(text).get(section);
  if (!s) return undefined;
  const cfg: PytestConfig = { dir, file: path, markers: markerNames(s.values.get('markers')?.lines.map((l) => l.text) ?? []) };
  const tp = s.values.get('testpaths');
  const pf = s.values.get('python_files');
  if (tp) cfg.testpaths = words(tp.value);
  if (pf) cfg.pythonFiles = words(pf.value);
  return cfg;
}

const LIST_RE = (key: string): RegExp => new RegExp(`\\b${key}\\s*:\\s*\\[([^\\]]*)\\]`);
const QUOTED_RE = /(['"`])((?:(?!\1).)*)\1/g;

function quotedList(text: string, key: string): string[] | undefined {
  const m = LIST_RE(key).exec(text);
  if (!m) return undefined;
  return [...m[1]!.matchAll(QUOTED_RE)].map((q) => q[2]!);
}

function relGlobs(globs: readonly string[]): string[] {
  return globs.map((g) => g.replace(/^<rootDir>\/?/, '').replace(/^\.\//, ''));
}

function fromPackageJson(dir: string, text: string): JsConfig | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!pkg || typeof pkg !== 'object') return undefined;
  const p = pkg as Record<string, unknown>;
  const deps = { ...(p.dependencies as object | undefined), ...(p.devDependencies as object | undefined) } as Record<string, unknown>;
  const testScript = typeof (p.scripts as Record<string, unknown> | undefined)?.test === 'string' ? ((p.scripts as Record<string, string>).test ?? '') : '';
  const cfg: JsConfig = { dir };
  if ('vitest' in deps || /\bvitest\b/.test(testScript)) cfg.framework = 'vitest';
  else if ('jest' in deps || /\bjest\b/.test(testScript) || 'jest' in p) cfg.framework = 'jest';
  else if ('mocha' in deps || /\bmocha\b/.test(testScript)) cfg.framework = 'mocha';
  else if (/\bnode\s+--test\b/.test(testScript)) cfg.framework = 'node-test';
  const jest = p.jest as Record<string, unknown> | undefined;
  if (jest && typeof jest === 'object') {
    const tm = strings(jest.testMatch);
    const tr = strings(jest.testRegex);
    if (tm) cfg.testMatch = relGlobs(tm);
    if (tr) cfg.testRegex = tr;
  }
  return cfg;
}

export function readRunnerSettings(repo: RepoIndex): RunnerSettings {
  const pytest: PytestConfig[] = [];
  const js = new Map<string, JsConfig>();
  const go: GoModule[] = [];
  const cargo: CargoManifest[] = [];
  const jsAt = (dir: string): JsConfig => {
    let c = js.get(dir);
    if (!c) {
      c = { dir };
      js.set(dir, c);
    }
    return c;
  };
  for (const path of repo.files) {
    const { dir, base } = split(path);
    if (PYTEST_FILES.includes(base)) {
      const text = repo.read(path);
      const cfg = text === undefined ? undefined : pytestFrom(repo, path, text);
      if (cfg) pytest.push(cfg);
    } else if (base === 'package.json') {
      const text = repo.read(path);
      const cfg = text === undefined ? undefined : fromPackageJson(dir, text);
      if (!cfg) continue;
      const c = jsAt(dir);
      c.framework ??= cfg.framework;
      c.testMatch ??= cfg.testMatch;
      c.testRegex ??= cfg.testRegex;
      if (c.framework === undefined) delete c.framework;
      if (c.testMatch === undefined) delete c.testMatch;
      if (c.testRegex === undefined) delete c.testRegex;
    } else if (/^(?:jest|vitest|vite)\.config\.(?:[cm]?[jt]s|json)$/.test(base)) {
      const text = repo.read(path);
      if (text === undefined) continue;
      const c = jsAt(dir);
      if (base.startsWith('jest')) {
        c.framework = 'jest';
        const tm = quotedList(text, 'testMatch');
        if (tm) c.testMatch = relGlobs(tm);
      } else {
        if (base.startsWith('vitest') || /\btest\s*:/.test(text)) c.framework = 'vitest';
        const inc = quotedList(text, 'include');
        if (inc && /\btest\s*:/.test(text)) c.testMatch = relGlobs(inc);
      }
    } else if (base === 'go.mod') {
      const m = /^module\s+(\S+)/m.exec(repo.read(path) ?? '');
      if (m) go.push({ dir, module: m[1]!.replace(/^"|"$/g, '') });
    } else if (base === 'Cargo.toml') {
      const m = manifestStore(repo).get(path);
      if (!m) continue;
      const c: CargoManifest = { dir, file: path, isPackage: m.packageAt !== undefined };
      if (m.name) c.name = m.name.value;
      if (m.cargoWorkspace) c.workspace = m.cargoWorkspace;
      cargo.push(c);
    }
  }
  // In one folder pytest reads pytest.ini, then pyproject.toml, tox.ini, setup.cfg: keep the first.
  const byDir = new Map<string, PytestConfig>();
  for (const c of pytest.sort((a, b) => PYTEST_FILES.indexOf(split(a.file).base) - PYTEST_FILES.indexOf(split(b.file).base))) if (!byDir.has(c.dir)) byDir.set(c.dir, c);
  return { pytest: [...byDir.values()], js: [...js.values()], go, cargo };
}

/** The nearest setting at or above `dir` (configs are keyed by folder). */
export function nearest<T extends { dir: string }>(list: readonly T[], dir: string): T | undefined {
  let best: T | undefined;
  for (const c of list) {
    if (c.dir === '' || dir === c.dir || dir.startsWith(`${c.dir}/`)) {
      if (!best || c.dir.length > best.dir.length) best = c;
    }
  }
  return best;
}
