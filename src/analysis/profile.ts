/**
 * Profile inference (CHECKLIST §5): what kind of repository this is, from its configuration
 * files and paths only (never from the content of code files), with reasons that name the
 * file and line of each signal.
 *
 * The rule, in order:
 * - no ML signal (ML dependency, ML keyword or classifier, ML pipeline file, model artefact,
 *   training or evaluation script) → `library` (a library or service without ML);
 * - ML signals and a published-library signal (classifiers, a public npm package, a
 *   workflow that publishes to a package index) → `ml-library`;
 * - ML signals and the project's own ML work (pipelines, artefacts, scripts, notebooks,
 *   data files outside examples and tests) → `ml-application`;
 * - ML signals and only weak packaging (setup.py, a src/<pkg>/ layout, a Go module) → `ml-library`;
 * - ML dependencies alone → `ml-application`.
 */
import type { Analysis } from './analyze.js';
import { lineOf } from '../parse/text.js';
import { matchCommands, matchUses } from './match.js';
import type { Located } from '../model/position.js';
import type { Profile, ProfileDecision, ProfileSetting } from '../model/profile.js';
import { parseIni } from '../parse/ini.js';
import { parseToml, tomlGet, tomlLine, type TomlTable } from '../parse/toml.js';
import {
  DEMO_DIRS,
  JVM_ML_ARTIFACTS,
  ML_CLASSIFIERS,
  ML_KEYWORDS,
  ML_PROJECT_FILES,
  ML_SCRIPT,
  ML_SUPPORT_FILES,
  MODEL_ARTEFACT,
  isMlDependency,
  normalizeName,
} from '../vocabulary/shared/ml-project.js';
import { PUBLISH_COMMANDS, PUBLISH_USES } from '../vocabulary/shared/publishers.js';

/** One observation, rendered as "<file>[:<line>] <text>". */
interface Signal {
  file: string;
  line?: number;
  text: string;
}

interface Signals {
  strongLibrary: Signal[];
  weakLibrary: Signal[];
  mlDependencies: Signal[];
  mlTheme: Signal[];
  /** The project's own ML work: pipelines, model packages, artefacts, training scripts. */
  mlProject: Signal[];
  /** Notebooks, parameters, data files: ML work once ML is established. */
  mlSupport: Signal[];
}

const MAX_MANIFESTS = 60;
const MAX_REASONS_PER_KIND = 3;

/** The highest maturity level a profile allows (CHECKLIST §6): a library without ML stops at DevOps. */
export function maxLevelFor(profile: Profile): 1 | 4 {
  return profile === 'library' ? 1 : 4;
}

/** The profile from the input, else the config, else inference; an override keeps the inferred reasons for information. */
export function resolveProfile(analysis: Analysis, fromConfig?: { setting: ProfileSetting; file: string; line: number }, fromInput?: ProfileSetting): ProfileDecision {
  if (fromInput !== undefined && fromInput !== 'auto') {
    return { profile: fromInput, source: 'input', reasons: [`The "profile" input sets "${fromInput}".`, ...overrideNote(analysis, fromInput)] };
  }
  if (fromConfig !== undefined && fromConfig.setting !== 'auto') {
    const p = fromConfig.setting;
    return { profile: p, source: 'config', reasons: [`${fromConfig.file}:${fromConfig.line} sets the profile to "${p}".`, ...overrideNote(analysis, p)] };
  }
  return inferProfile(analysis);
}

function overrideNote(analysis: Analysis, chosen: Profile): string[] {
  const inferred = inferProfile(analysis);
  return inferred.profile === chosen ? [] : [`Without it the tool would infer "${inferred.profile}": ${inferred.reasons[0] ?? ''}`];
}

export function inferProfile(analysis: Analysis): ProfileDecision {
  const s = collectSignals(analysis);
  const ml = [...s.mlDependencies, ...s.mlTheme, ...s.mlProject];
  const library = [...s.strongLibrary, ...s.weakLibrary];
  let profile: Profile;
  let summary: string;
  let shown: Signal[][];
  if (ml.length === 0) {
    profile = 'library';
    summary = `A library or service without ML: no ML dependency, ML keyword or classifier, ML pipeline file, model artefact or training script was found${library.length > 0 ? '' : ' (and no packaging metadata either)'}, so only the DevOps foundation applies.`;
    shown = [s.strongLibrary, s.weakLibrary];
  } else if (s.strongLibrary.length > 0) {
    profile = 'ml-library';
    summary = 'A library or tool for ML: it is packaged for publication and shows ML signals.';
    shown = [s.strongLibrary, s.mlTheme, s.mlDependencies, s.weakLibrary, s.mlProject];
  } else if (s.mlProject.length > 0 || s.mlSupport.length > 0) {
    profile = 'ml-application';
    summary = 'An ML application: the repository holds its own ML work (pipelines, models, scripts, notebooks or data) and no published-library metadata.';
    shown = [s.mlProject, s.mlSupport, s.mlDependencies, s.mlTheme, s.weakLibrary];
  } else if (s.weakLibrary.length > 0) {
    profile = 'ml-library';
    summary = 'A library or tool for ML: it has packaging metadata and ML signals, and no training work of its own.';
    shown = [s.weakLibrary, s.mlTheme, s.mlDependencies];
  } else {
    profile = 'ml-application';
    summary = 'An ML application: it depends on ML libraries and has no library packaging metadata.';
    shown = [s.mlDependencies, s.mlTheme];
  }
  return { profile, source: 'inferred', reasons: [summary, ...shown.flatMap(render)] };
}

function render(list: readonly Signal[]): string[] {
  const out = list.slice(0, MAX_REASONS_PER_KIND).map((x) => `${x.file}${x.line !== undefined ? `:${x.line}` : ''} ${x.text}.`);
  if (list.length > MAX_REASONS_PER_KIND) out.push(`… and ${list.length - MAX_REASONS_PER_KIND} more like these.`);
  return out;
}

function isDemoPath(path: string): boolean {
  const parts = path.split('/');
  parts.pop();
  return parts.some((p) => DEMO_DIRS.has(p.toLowerCase()));
}

function collectSignals(a: Analysis): Signals {
  const s: Signals = { strongLibrary: [], weakLibrary: [], mlDependencies: [], mlTheme: [], mlProject: [], mlSupport: [] };
  const manifests: string[] = [];
  // Whether a folder is a demo folder, once per folder (its files share the answer).
  const demoDirs = new Map<string, boolean>();
  for (const path of a.repo.files) {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    let demo = demoDirs.get(dir);
    if (demo === undefined) demoDirs.set(dir, (demo = isDemoPath(path)));
    if (demo) continue;
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (isManifest(base, path)) manifests.push(path);
    const project = ML_PROJECT_FILES.find((f) => f.test(base, path));
    if (project) s.mlProject.push({ file: path, text: project.label });
    else if (ML_SCRIPT.test(base)) s.mlProject.push({ file: path, text: 'is a training or evaluation script' });
    else if (MODEL_ARTEFACT.test(base)) s.mlProject.push({ file: path, text: 'is a serialised model' });
    const support = ML_SUPPORT_FILES.find((f) => f.test(base, path));
    if (support) s.mlSupport.push({ file: path, text: support.label });
    const pkg = /^src\/([A-Za-z_]\w*)\/__init__\.py$/.exec(path);
    if (pkg) s.weakLibrary.push({ file: `src/${pkg[1]}/`, text: `holds the Python package "${pkg[1]}" in a src layout` });
  }
  manifests.sort((x, y) => x.split('/').length - y.split('/').length || x.localeCompare(y));
  for (const path of manifests.slice(0, MAX_MANIFESTS)) readManifest(a, path, s);
  // A Go or Rust tool has no keywords in its module file: its theme is stated in its README and release metadata.
  if (a.repo.has('go.mod') || a.repo.has('Cargo.toml')) s.mlTheme.push(...nativeToolTheme(a));
  for (const m of matchUses(a, PUBLISH_USES)) {
    const pos = m.exec.step.uses?.pos ?? m.exec.step.at;
    s.strongLibrary.push({ file: m.exec.file, line: pos.line, text: `${m.signal.label} (uses "${m.exec.step.uses?.value ?? ''}")` });
  }
  for (const m of matchCommands(a, PUBLISH_COMMANDS)) s.strongLibrary.push({ file: m.command.at.file, line: m.command.at.line, text: `${m.signal.label} ("${m.command.text}")` });
  return s;
}

/** Where a Go or Rust tool says what it is: README title and first paragraph, Homebrew desc, GoReleaser/Helm/Cargo descriptions and keywords. */
function nativeToolTheme(a: Analysis): Signal[] {
  const out: Signal[] = [];
  const readme = a.repo.files.find((f) => /^readme(\.(md|rst|txt))?$/i.test(f));
  const text = readme ? a.repo.read(readme) : undefined;
  if (readme && text) {
    // The title and the first paragraph of prose (badges, images and HTML left out).
    const lines = text.split(/\r?\n/).slice(0, 60);
    const prose = lines.filter((l) => /[a-z]{3}/i.test(l) && !/^\s*(\[!\[|!\[|<(?!h\d|p\b)|\|)/.test(l)).slice(0, 4);
    const hit = prose.find((l) => ML_KEYWORDS.test(l.replace(/<[^>]+>/g, ' ')));
    if (hit) out.push({ file: readme, line: lines.indexOf(hit) + 1, text: `states an ML theme: "${hit.trim().slice(0, 100)}"` });
  }
  for (const path of a.repo.files) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    let re: RegExp | undefined;
    if (/\.rb(\.template)?$/.test(base) && /(^|\/)(homebrew|formula|Formula)/i.test(path)) re = /^\s*desc\s+"([^"]+)"/m;
    else if (/^\.?goreleaser\.ya?ml$/.test(base)) re = /^\s*description:\s*["']?([^"'\n]+)/m;
    else if (base === 'Chart.yaml') re = /^(?:description:\s*["']?([^"'\n]+)|keywords:\s*\n((?:\s*-\s*\S+\n?)+))/m;
    else if (base === 'Cargo.toml' && !path.includes('/')) re = /^(?:description\s*=\s*"([^"]+)"|keywords\s*=\s*\[([^\]]+)\])/m;
    if (!re) continue;
    const body = a.repo.read(path);
    const m = body ? re.exec(body) : null;
    const said = m ? (m[1] ?? m[2] ?? '') : '';
    if (body && said && ML_KEYWORDS.test(said)) out.push({ file: path, line: lineOf(body, re), text: `describes the tool as "${said.trim().slice(0, 100)}"` });
    if (out.length >= 3) break;
  }
  return out;
}

function isManifest(base: string, path: string): boolean {
  return (
    ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json', 'environment.yml', 'environment.yaml', 'go.mod', 'Cargo.toml', 'DESCRIPTION', 'pom.xml', 'build.gradle', 'build.gradle.kts'].includes(
      base,
    ) ||
    /^requirements.*\.(txt|in)$/i.test(base) ||
    /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path)
  );
}

function readManifest(a: Analysis, path: string, s: Signals): void {
  const text = a.repo.read(path);
  if (text === undefined) return;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base === 'pyproject.toml') readPyproject(path, text, s);
  else if (base === 'setup.py') readSetupPy(path, text, s);
  else if (base === 'setup.cfg') readSetupCfg(path, text, s);
  else if (base === 'package.json') readPackageJson(path, text, s);
  else if (base === 'go.mod') {
    const m = /^module\s+(\S+)/m.exec(text);
    if (m) s.weakLibrary.push({ file: path, line: lineOf(text, /^module\s/m), text: `declares the Go module "${m[1]}"` });
  } else if (base === 'Cargo.toml') {
    if (/^\[package\]/m.test(text)) s.weakLibrary.push({ file: path, line: lineOf(text, /^\[package\]/m), text: 'declares a Rust crate' });
  } else if (base === 'pom.xml' || base === 'build.gradle' || base === 'build.gradle.kts') {
    readJvmBuild(path, text, s);
  } else if (base === 'DESCRIPTION') {
    const m = /^Package:\s*(\S+)/m.exec(text);
    if (m) s.weakLibrary.push({ file: path, line: lineOf(text, /^Package:/m), text: `declares the R package "${m[1]}"` });
  } else readRequirementLines(path, text, s);
}

const NAME = /^\s*["']?(@?[A-Za-z0-9][\w.\-/]*)/;

function dependencyName(spec: string): string | undefined {
  const m = NAME.exec(spec);
  return m?.[1]?.replace(/\[.*$/, '');
}

/** ML dependencies among `specs`; the package's own name (extras such as "pkg[all]") is not a dependency. */
function addDependencies(file: string, text: string, specs: Iterable<string>, s: Signals, self?: string): void {
  const seen = new Set<string>(self !== undefined ? [normalizeName(self)] : []);
  for (const spec of specs) {
    const name = dependencyName(spec);
    if (name === undefined || seen.has(normalizeName(name)) || !isMlDependency(name)) continue;
    seen.add(normalizeName(name));
    s.mlDependencies.push({ file, line: lineOf(text, quotedOrBare(name)), text: `depends on ${name}` });
  }
}

function quotedOrBare(name: string): RegExp {
  const e = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|["'\\s])${e}(?![\\w-])`, 'im');
}

function addTheme(file: string, text: string, classifiers: readonly string[], keywords: readonly string[], s: Signals): void {
  for (const c of classifiers) {
    if (ML_CLASSIFIERS.some((re) => re.test(c))) s.mlTheme.push({ file, line: lineOf(text, quotedOrBare(c)), text: `classifies the package as "${c}"` });
  }
  const themed = keywords.filter((k) => ML_KEYWORDS.test(k));
  if (themed.length > 0) s.mlTheme.push({ file, line: lineOf(text, quotedOrBare(themed[0]!)), text: `lists the ML keyword${themed.length > 1 ? 's' : ''} ${themed.map((k) => `"${k}"`).join(', ')}` });
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

function readPyproject(file: string, text: string, s: Signals): void {
  const toml: TomlTable | undefined = parseToml(file, text).value;
  if (!toml) return;
  const poetry = tomlGet(toml, 'tool.poetry');
  const project = tomlGet(toml, 'project') ?? poetry;
  const table = tomlGet(toml, 'project') !== undefined ? 'project' : 'tool.poetry';
  const meta = (project ?? {}) as TomlTable;
  const name = typeof meta['name'] === 'string' ? meta['name'] : undefined;
  const classifiers = strings(meta['classifiers']);
  if (name !== undefined && classifiers.length > 0) {
    s.strongLibrary.push({ file, line: tomlLine(text, table, 'name'), text: `declares a library package "${name}" with classifiers` });
  } else if (name !== undefined && hasPackagesSetting(toml)) {
    s.weakLibrary.push({ file, line: tomlLine(text, table, 'name'), text: `declares the package "${name}" and the modules it ships` });
  }
  addTheme(file, text, classifiers, strings(meta['keywords']), s);
  const specs = [...strings(meta['dependencies'])];
  for (const group of Object.values((tomlGet(toml, 'project.optional-dependencies') ?? {}) as TomlTable)) for (const pushed of strings(group)) specs.push(pushed);
  for (const group of Object.values((tomlGet(toml, 'dependency-groups') ?? {}) as TomlTable)) for (const pushed of strings(group)) specs.push(pushed);
  const poetryDeps = tomlGet(toml, 'tool.poetry.dependencies');
  if (poetryDeps && typeof poetryDeps === 'object') for (const pushed of Object.keys(poetryDeps)) specs.push(pushed);
  addDependencies(file, text, specs, s, name);
}

function hasPackagesSetting(toml: TomlTable): boolean {
  return ['tool.setuptools.packages', 'tool.poetry.packages', 'tool.hatch.build.targets.wheel.packages', 'tool.flit.module', 'tool.pdm.build.package-dir', 'tool.maturin'].some(
    (k) => tomlGet(toml, k) !== undefined,
  );
}

function readSetupPy(file: string, text: string, s: Signals): void {
  const hasClassifiers = /\bclassifiers\s*=/.test(text);
  const name = /\bname\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  const what = name ? `"${name}"` : 'the project';
  if (hasClassifiers) s.strongLibrary.push({ file, line: lineOf(text, /\bclassifiers\s*=/), text: `packages ${what} as a library with classifiers` });
  else s.weakLibrary.push({ file, line: text.trim() === '' ? undefined : lineOf(text, /\bsetup\s*\(/), text: `packages ${what} with setuptools` });
  const classifiers = [...text.matchAll(/["'](Topic :: [^"']+)["']/g)].map((m) => m[1]!);
  const keywords = /\bkeywords\s*=\s*(\[[^\]]*\]|["'][^"']*["'])/.exec(text)?.[1] ?? '';
  addTheme(
    file,
    text,
    classifiers,
    [...keywords.matchAll(/[^"',[\]\s][^"',[\]]*/g)].map((m) => m[0].trim()),
    s,
  );
  const requires = /\binstall_requires\s*=\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  addDependencies(
    file,
    text,
    [...requires.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!),
    s,
  );
}

function readSetupCfg(file: string, text: string, s: Signals): void {
  const ini = parseIni(text);
  const meta = ini.get('metadata');
  const name = meta?.values.get('name');
  const classifiers = meta?.values.get('classifiers');
  if (name && classifiers) s.strongLibrary.push({ file, line: name.line, text: `declares a library package "${name.value}" with classifiers` });
  else if (name) s.weakLibrary.push({ file, line: name.line, text: `declares the package "${name.value}"` });
  addTheme(file, text, classifiers?.lines.map((l) => l.text) ?? [], strings(meta?.values.get('keywords')?.value), s);
  const requires = ini.get('options')?.values.get('install_requires');
  addDependencies(file, text, requires?.lines.map((l) => l.text) ?? [], s, name?.value);
}

function readPackageJson(file: string, text: string, s: Signals): void {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return; // other readers report broken JSON; a profile needs no finding of its own
  }
  if (pkg === null || typeof pkg !== 'object') return;
  const p = pkg as Record<string, unknown>;
  const name = typeof p['name'] === 'string' ? p['name'] : undefined;
  if (name !== undefined && p['private'] !== true) {
    const entry = ['bin', 'exports', 'publishConfig', 'files'].filter((k) => p[k] !== undefined);
    const where = lineOf(text, /"name"\s*:/);
    if (entry.length > 0) s.strongLibrary.push({ file, line: where, text: `declares a publishable npm package "${name}" (with ${entry.map((k) => `"${k}"`).join(', ')})` });
    else if (p['main'] !== undefined) s.weakLibrary.push({ file, line: where, text: `declares the npm package "${name}"` });
  }
  addTheme(file, text, [], strings(p['keywords']), s);
  const deps: string[] = [];
  for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    const d = p[k];
    if (d && typeof d === 'object') for (const pushed of Object.keys(d)) deps.push(pushed);
  }
  addDependencies(file, text, deps, s, name);
}

/** requirements*.txt / *.in and conda environment files: one dependency per line. */
function readRequirementLines(file: string, text: string, s: Signals): void {
  const specs: Located<string>[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim().replace(/^-\s+/, '');
    if (line === '' || line.startsWith('-') || line.endsWith(':')) return;
    specs.push({ value: line, pos: { line: i + 1, column: 1 } });
  });
  const seen = new Set<string>();
  for (const spec of specs) {
    const name = dependencyName(spec.value.replace(/^pip:\s*/, ''));
    if (name === undefined || seen.has(name.toLowerCase()) || !isMlDependency(name)) continue;
    seen.add(name.toLowerCase());
    s.mlDependencies.push({ file, line: spec.pos.line, text: `depends on ${name}` });
  }
}

/** A Maven or Gradle build: the artifact it declares (weak library metadata, like go.mod) and its ML dependencies (groups such as org.tribuo, ai.djl). */
function readJvmBuild(file: string, text: string, s: Signals): void {
  const artifact = file.endsWith('pom.xml') ? /^\s{0,4}<artifactId>([^<]+)<\/artifactId>/m.exec(text.replace(/<parent>[\s\S]*?<\/parent>/, '')) : undefined;
  if (artifact && !file.includes('/')) s.weakLibrary.push({ file, line: lineOf(text, /^\s{0,4}<artifactId>/m), text: `declares the Maven artifact "${artifact[1]}"` });
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((l, i) => {
    const m = JVM_ML_ARTIFACTS.exec(l);
    if (!m || seen.has(m[1]!) || /^\s*(<!--|\/\/)/.test(l)) return;
    seen.add(m[1]!);
    s.mlDependencies.push({ file, line: i + 1, text: `depends on ${m[1]}` });
  });
}
