/**
 * Package manifests → typed facts with lines (model/manifest.ts), each file parsed at most
 * once per run (the store is kept per `RepoIndex`). TOML and setup.py give no positions, so
 * the line of a value is the first line of the text that quotes it (or names it bare).
 */
import type { Manifest, ManifestKind, ManifestStore, ManifestValue, PackageDataEntry, ToolStatement } from '../model/manifest.js';
import type { RepoIndex } from '../model/repository.js';
import { parseIni } from './ini.js';
import { readGradle, readPom } from './jvm-build.js';
import { lineOf } from './text.js';
import { tomlGet, tomlLine, tomlOf, type TomlTable } from './toml.js';

const stores = new WeakMap<RepoIndex, ManifestStore>();

/** The run's manifest store (one per `RepoIndex`). */
export function manifestStore(repo: RepoIndex): ManifestStore {
  let store = stores.get(repo);
  if (!store) stores.set(repo, (store = openStore(repo)));
  return store;
}

function openStore(repo: RepoIndex): ManifestStore {
  const parsed = new Map<string, Manifest | undefined>();
  let paths: string[] | undefined;
  return {
    get paths() {
      return (paths ??= repo.files.filter((p) => manifestKind(p) !== undefined));
    },
    get(path) {
      if (parsed.has(path)) return parsed.get(path);
      const kind = manifestKind(path);
      const text = kind === undefined ? undefined : repo.read(path);
      const m = kind === undefined || text === undefined ? undefined : readManifest(repo, path, kind, text);
      parsed.set(path, m);
      return m;
    },
  };
}

/** The manifest format of a path, by its name. */
export function manifestKind(path: string): ManifestKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  switch (base) {
    case 'pyproject.toml':
      return 'pyproject';
    case 'setup.py':
      return 'setup-py';
    case 'setup.cfg':
      return 'setup-cfg';
    case 'package.json':
      return 'package-json';
    case 'go.mod':
      return 'go-mod';
    case 'Cargo.toml':
      return 'cargo';
    case 'DESCRIPTION':
      return 'r-description';
    case 'environment.yml':
    case 'environment.yaml':
      return 'requirements';
    case 'pom.xml':
      return 'maven';
    case 'build.gradle':
    case 'build.gradle.kts':
      return 'gradle';
  }
  return /^requirements.*\.(txt|in)$/i.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path) ? 'requirements' : undefined;
}

function readManifest(repo: RepoIndex, file: string, kind: ManifestKind, text: string): Manifest | undefined {
  const m: Manifest = { file, kind, classifiers: [], keywords: [], dependencies: [], devDependencies: [] };
  switch (kind) {
    case 'pyproject':
      return withManifestIn(repo, readPyproject(m, tomlOf(repo, file, text).value, text));
    case 'setup-py':
      return withManifestIn(repo, readSetupPy(m, text));
    case 'setup-cfg':
      return withManifestIn(repo, readSetupCfg(m, text));
    case 'package-json':
      return readPackageJson(m, text);
    case 'requirements':
      return readRequirementLines(m, text);
    case 'go-mod': {
      const mod = /^module\s+(\S+)/m.exec(text);
      if (mod) m.name = { value: mod[1]!, line: lineOf(text, /^module\s/m) };
      return readGoRequires(m, text);
    }
    case 'maven':
      return readPom(m, text);
    case 'gradle':
      return readGradle(m, text);
    case 'cargo':
      return readCargo(m, tomlOf(repo, file, text).value, text);
    case 'r-description': {
      const pkg = /^Package:\s*(\S+)/m.exec(text);
      if (pkg) m.name = { value: pkg[1]!, line: lineOf(text, /^Package:/m) };
      return m;
    }
  }
}

function readCargo(m: Manifest, toml: TomlTable | undefined, text: string): Manifest {
  if (/^\[package\]/m.test(text)) m.packageAt = lineOf(text, /^\[package\]/m);
  const name = tomlGet(toml, 'package.name');
  if (typeof name === 'string') m.name = { value: name, line: lineOf(text, /^name\s*=/m) };
  const ws = tomlGet(toml, 'workspace');
  if (ws && typeof ws === 'object' && !Array.isArray(ws)) {
    const list = (key: string): string[] | undefined => {
      const v = (ws as Record<string, unknown>)[key];
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    };
    const defaults = list('default-members');
    m.cargoWorkspace = { members: list('members') ?? [], exclude: list('exclude') ?? [], ...(defaults ? { defaultMembers: defaults } : {}) };
  }
  return m;
}

const NAME = /^\s*["']?(@?[A-Za-z0-9][\w.\-/]*)/;

/** The package name of a dependency specification (`torch>=2; python_version>"3.9"` → `torch`, `pkg[all]` → `pkg`). */
export function dependencyName(spec: string): string | undefined {
  const m = NAME.exec(spec);
  return m?.[1]?.replace(/\[.*$/, '');
}

function quotedOrBare(name: string): RegExp {
  const e = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<=^|["'\\s])${e}(?![\\w-])`, 'im');
}

/**
 * Values with the first line that quotes them (or names them bare). The line is looked up
 * when first asked for, once: a manifest may list hundreds of dependencies, and the profile
 * asks for the lines of the few it cites.
 */
function located(text: string, values: Iterable<string>): ManifestValue[] {
  return [...values].map((value) => {
    let line: number | undefined | null = null;
    return {
      value,
      get line() {
        if (line === null) line = lineOf(text, quotedOrBare(value));
        return line;
      },
    };
  });
}

function dependencies(text: string, specs: Iterable<string>): ManifestValue[] {
  const names: string[] = [];
  for (const spec of specs) {
    const name = dependencyName(spec);
    if (name !== undefined) names.push(name);
  }
  return located(text, names);
}

function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string')
    return v
      .split(/[,\n]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return [];
}

function readPyproject(m: Manifest, toml: TomlTable | undefined, text: string): Manifest | undefined {
  if (!toml) return undefined;
  const poetry = tomlGet(toml, 'tool.poetry');
  const project = tomlGet(toml, 'project') ?? poetry;
  const table = tomlGet(toml, 'project') !== undefined ? 'project' : 'tool.poetry';
  const meta = (project ?? {}) as TomlTable;
  if (typeof meta['name'] === 'string') m.name = { value: meta['name'], line: tomlLine(text, table, 'name') };
  m.classifiers = located(text, strings(meta['classifiers']));
  m.keywords = located(text, strings(meta['keywords']));
  m.shipsModules = ['tool.setuptools.packages', 'tool.poetry.packages', 'tool.hatch.build.targets.wheel.packages', 'tool.flit.module', 'tool.pdm.build.package-dir', 'tool.maturin'].some(
    (k) => tomlGet(toml, k) !== undefined,
  );
  const specs = [...strings(meta['dependencies'])];
  for (const group of Object.values((tomlGet(toml, 'project.optional-dependencies') ?? {}) as TomlTable)) for (const pushed of strings(group)) specs.push(pushed);
  for (const group of Object.values((tomlGet(toml, 'dependency-groups') ?? {}) as TomlTable)) for (const pushed of strings(group)) specs.push(pushed);
  const poetryDeps = tomlGet(toml, 'tool.poetry.dependencies');
  if (poetryDeps && typeof poetryDeps === 'object') for (const pushed of Object.keys(poetryDeps)) specs.push(pushed);
  m.dependencies = dependencies(text, specs);
  const data: PackageDataEntry[] = [];
  for (const key of ['tool.setuptools.package-data', 'tool.poetry.include']) {
    const v = tomlGet(toml, key);
    const values = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v as TomlTable).flat() : [];
    for (const x of values) {
      const value = typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as TomlTable)['path'] === 'string' ? ((x as TomlTable)['path'] as string) : undefined;
      if (value !== undefined) data.push({ value, file: m.file, line: lineOf(text, quotedOrBare(value)) });
    }
  }
  if (data.length > 0) m.packageData = data;
  m.devDependencies = dependencies(text, pyprojectDevSpecs(toml));
  return m;
}

/** Development-only dependencies of a pyproject: Poetry groups and dev-dependencies, PDM and uv dev-dependencies, Hatch environments. */
function pyprojectDevSpecs(toml: TomlTable): string[] {
  const specs: string[] = [];
  const keysOf = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
  for (const group of Object.values((tomlGet(toml, 'tool.poetry.group') ?? {}) as TomlTable)) specs.push(...keysOf((group as TomlTable | undefined)?.['dependencies']));
  specs.push(...keysOf(tomlGet(toml, 'tool.poetry.dev-dependencies')));
  for (const group of Object.values((tomlGet(toml, 'tool.pdm.dev-dependencies') ?? {}) as TomlTable)) specs.push(...strings(group));
  specs.push(...strings(tomlGet(toml, 'tool.uv.dev-dependencies')));
  for (const env of Object.values((tomlGet(toml, 'tool.hatch.envs') ?? {}) as TomlTable)) {
    const e = (env ?? {}) as TomlTable;
    specs.push(...strings(e['dependencies']), ...strings(e['extra-dependencies']));
  }
  return specs;
}

/** The MANIFEST.in beside a Python manifest: its `include`, `recursive-include` and `graft` patterns ship files in the sdist (and, with include_package_data, in the wheel). */
function withManifestIn(repo: RepoIndex, m: Manifest | undefined): Manifest | undefined {
  if (!m) return m;
  const dir = m.file.slice(0, Math.max(0, m.file.lastIndexOf('/')));
  const path = dir === '' ? 'MANIFEST.in' : `${dir}/MANIFEST.in`;
  const text = repo.has(path) ? repo.read(path) : undefined;
  if (text === undefined) return m;
  const entries: PackageDataEntry[] = m.packageData ?? [];
  text.split(/\r?\n/).forEach((l, i) => {
    const words = l.trim().split(/\s+/);
    const command = words[0];
    if (command === 'include' || command === 'graft') for (const w of words.slice(1)) entries.push({ value: w, file: path, line: i + 1 });
    // recursive-include DIR PATTERN…: the patterns under that folder.
    else if (command === 'recursive-include' && words.length > 2) for (const w of words.slice(2)) entries.push({ value: `${words[1]}/**/${w}`, file: path, line: i + 1 });
  });
  if (entries.length > 0) m.packageData = entries;
  return m;
}

/** The quoted strings of a setup.py keyword argument (`package_data={…}`, `data_files=[…]`), each at its line. */
function setupStrings(text: string, key: string, file: string): PackageDataEntry[] {
  const at = new RegExp(`\\b${key}\\s*=\\s*[[{(]`).exec(text);
  if (!at) return [];
  const out: PackageDataEntry[] = [];
  let depth = 0;
  let line = text.slice(0, at.index).split('\n').length;
  for (let i = at.index + at[0].length - 1; i < text.length && i < at.index + 5000; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      if (--depth === 0) break;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0 || text.slice(i + 1, end).includes('\n')) break;
      out.push({ value: text.slice(i + 1, end), file, line });
      i = end;
    }
  }
  return out;
}

function readSetupPy(m: Manifest, text: string): Manifest {
  const data = [...setupStrings(text, 'package_data', m.file), ...setupStrings(text, 'data_files', m.file)];
  if (data.length > 0) m.packageData = data;
  const name = /\bname\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (name !== undefined) m.name = { value: name, line: undefined };
  if (/\bclassifiers\s*=/.test(text)) m.classifiersAt = lineOf(text, /\bclassifiers\s*=/);
  if (text.trim() !== '') m.setupAt = lineOf(text, /\bsetup\s*\(/);
  m.classifiers = located(
    text,
    [...text.matchAll(/["'](Topic :: [^"']+)["']/g)].map((x) => x[1]!),
  );
  const keywords = /\bkeywords\s*=\s*(\[[^\]]*\]|["'][^"']*["'])/.exec(text)?.[1] ?? '';
  m.keywords = located(
    text,
    [...keywords.matchAll(/[^"',[\]\s][^"',[\]]*/g)].map((x) => x[0].trim()),
  );
  const requires = /\binstall_requires\s*=\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  m.dependencies = dependencies(
    text,
    [...requires.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!),
  );
  return m;
}

function readSetupCfg(m: Manifest, text: string): Manifest {
  const ini = parseIni(text);
  const meta = ini.get('metadata');
  const name = meta?.values.get('name');
  const classifiers = meta?.values.get('classifiers');
  if (name) m.name = { value: name.value, line: name.line };
  if (classifiers) m.classifiersAt = classifiers.line;
  m.classifiers = located(text, classifiers?.lines.map((l) => l.text) ?? []);
  m.keywords = located(text, strings(meta?.values.get('keywords')?.value));
  const options = ini.get('options');
  m.dependencies = dependencies(text, options?.values.get('install_requires')?.lines.map((l) => l.text) ?? []);
  const dev = [...(options?.values.get('tests_require')?.lines ?? []), ...[...(ini.get('options.extras_require')?.values.values() ?? [])].flatMap((v) => v.lines)];
  m.devDependencies = dev.flatMap((l) => {
    const name = dependencyName(l.text);
    return name === undefined ? [] : [{ value: name, line: l.line }];
  });
  // `[options.package_data]` (package = patterns) and `[options.data_files]` (folder = files): comma- or line-separated.
  const data: PackageDataEntry[] = [];
  for (const section of ['options.package_data', 'options.data_files'])
    for (const v of ini.get(section)?.values.values() ?? [])
      for (const l of v.lines)
        for (const part of l.text.split(',')) {
          const value = part.trim();
          if (value !== '') data.push({ value, file: m.file, line: l.line });
        }
  if (data.length > 0) m.packageData = data;
  return m;
}

function readPackageJson(m: Manifest, text: string): Manifest | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined; // other readers report broken JSON
  }
  if (pkg === null || typeof pkg !== 'object') return undefined;
  const p = pkg as Record<string, unknown>;
  if (typeof p['name'] === 'string') m.name = { value: p['name'], line: lineOf(text, /"name"\s*:/) };
  m.npm = { private: p['private'] === true, entries: ['bin', 'exports', 'publishConfig', 'files'].filter((k) => p[k] !== undefined), main: p['main'] !== undefined };
  m.keywords = located(text, strings(p['keywords']));
  const deps: string[] = [];
  for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const d = p[k];
    if (d && typeof d === 'object') for (const pushed of Object.keys(d)) deps.push(pushed);
  }
  m.dependencies = dependencies(text, deps);
  const dev = p['devDependencies'];
  m.devDependencies = dependencies(text, dev && typeof dev === 'object' ? Object.keys(dev) : []);
  return m;
}

/** requirements*.txt / *.in and conda environment files: one dependency per line, at its own line. */
function readRequirementLines(m: Manifest, text: string): Manifest {
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim().replace(/^-\s+/, '');
    if (line === '' || line.startsWith('-') || line.endsWith(':')) return;
    const name = dependencyName(line.replace(/^pip:\s*/, ''));
    if (name !== undefined) m.dependencies.push({ value: name, line: i + 1 });
  });
  return m;
}

/** go.mod: each module of a `require` line or block, at its own line. */
function readGoRequires(m: Manifest, text: string): Manifest {
  let block = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (block) {
      if (line === ')') block = false;
      else if (line !== '') m.dependencies.push({ value: line.split(/\s+/)[0]!, line: i + 1 });
      return;
    }
    if (/^require\s*\($/.test(line)) block = true;
    else {
      const one = /^require\s+(\S+)/.exec(line);
      if (one) m.dependencies.push({ value: one[1]!, line: i + 1 });
    }
  });
  return m;
}

/**
 * Where a native tool says what it is, in the order a reader meets them: its README's title
 * and first paragraph of prose (badges, images and HTML left out), then Homebrew `desc`,
 * GoReleaser `description`, Helm chart description or keywords, and the root Cargo.toml's
 * description or keywords. Files are read as the caller asks for more.
 */
export function* toolStatements(repo: RepoIndex): Generator<ToolStatement> {
  const readme = repo.files.find((f) => /^readme(\.(md|rst|txt))?$/i.test(f));
  const text = readme ? repo.read(readme) : undefined;
  if (readme && text) {
    const lines = text.split(/\r?\n/).slice(0, 60);
    const prose = lines.filter((l) => /[a-z]{3}/i.test(l) && !/^\s*(\[!\[|!\[|<(?!h\d|p\b)|\|)/.test(l)).slice(0, 4);
    for (const l of prose) yield { file: readme, line: lines.indexOf(l) + 1, text: l, from: 'readme' };
  }
  for (const path of repo.files) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    let re: RegExp | undefined;
    if (/\.rb(\.template)?$/.test(base) && /(^|\/)(homebrew|formula|Formula)/i.test(path)) re = /^\s*desc\s+"([^"]+)"/m;
    else if (/^\.?goreleaser\.ya?ml$/.test(base)) re = /^\s*description:\s*["']?([^"'\n]+)/m;
    else if (base === 'Chart.yaml') re = /^(?:description:\s*["']?([^"'\n]+)|keywords:\s*\n((?:\s*-\s*\S+\n?)+))/m;
    else if (base === 'Cargo.toml' && !path.includes('/')) re = /^(?:description\s*=\s*"([^"]+)"|keywords\s*=\s*\[([^\]]+)\])/m;
    if (!re) continue;
    const body = repo.read(path);
    const m = body ? re.exec(body) : null;
    const said = m ? (m[1] ?? m[2] ?? '') : '';
    if (body && said) yield { file: path, line: lineOf(body, re), text: said, from: 'description' };
  }
}
