/**
 * Profile inference (CHECKLIST §5): what kind of repository this is, from its configuration
 * files and paths only (never from the content of code files), with reasons that name the
 * file and line of each signal. It reads the facts of `parse/manifests.ts` (each manifest
 * parsed once per run), never a manifest's text.
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
import { matchCommands, matchUses } from './match.js';
import { modelPackages, packageOfCommand } from './model-packages.js';
import type { Manifest } from '../model/manifest.js';
import type { Profile, ProfileDecision, ProfileSetting } from '../model/profile.js';
import { manifestKind, manifestStore, toolStatements } from '../parse/manifests.js';
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
    const kind = manifestKind(path);
    // JVM builds are read at the root only, after the others (below).
    if (kind !== undefined && kind !== 'maven' && kind !== 'gradle') manifests.push(path);
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
  const store = manifestStore(a.repo);
  // A package that ships the project's trained model beside its training script is the application's model package, not a library.
  const packages = modelPackages(a);
  const modelDirs = new Set(packages.map((p) => p.dir));
  s.mlProject.unshift(
    ...packages.map((p) => ({
      file: p.shipped.file,
      ...(p.shipped.line !== undefined ? { line: p.shipped.line } : {}),
      text: `ships the trained model ("${p.shipped.value}") as package data of "${p.manifest}", whose training script is "${p.trainScript}": a model package of the application, not a library`,
    })),
  );
  for (const path of manifests.slice(0, MAX_MANIFESTS)) {
    const m = store.get(path);
    if (m) readManifest(m, s, modelDirs.has(path.slice(0, Math.max(0, path.lastIndexOf('/')))));
  }
  for (const f of ['pom.xml', 'build.gradle', 'build.gradle.kts']) {
    const m = a.repo.has(f) ? store.get(f) : undefined;
    if (m) readJvmBuild(m, s);
  }
  // A Go or Rust tool has no keywords in its module file: its theme is stated in its README and release metadata.
  if (a.repo.has('go.mod') || a.repo.has('Cargo.toml')) s.mlTheme.push(...nativeToolTheme(a));
  for (const m of matchUses(a, PUBLISH_USES)) {
    const pos = m.exec.step.uses?.pos ?? m.exec.step.at;
    s.strongLibrary.push({ file: m.exec.file, line: pos.line, text: `${m.signal.publishes} (uses "${m.exec.step.uses?.value ?? ''}")` });
  }
  for (const m of matchCommands(a, PUBLISH_COMMANDS)) {
    // Uploading the application's model package (from its folder, or its dist/) publishes the model, not a library.
    const pkg = packageOfCommand(packages, m.command, true);
    if (pkg) s.mlProject.push({ file: m.command.at.file, line: m.command.at.line, text: `publishes the model package "${pkg.dir || '.'}" ("${m.command.text}"), not a library` });
    else s.strongLibrary.push({ file: m.command.at.file, line: m.command.at.line, text: `${m.signal.publishes} ("${m.command.text}")` });
  }
  return s;
}

/** Where a Go or Rust tool says what it is: README title and first paragraph, Homebrew desc, GoReleaser/Helm/Cargo descriptions and keywords. */
function nativeToolTheme(a: Analysis): Signal[] {
  const out: Signal[] = [];
  let readmeSeen = false;
  for (const st of toolStatements(a.repo)) {
    if (st.from === 'readme') {
      if (readmeSeen || !ML_KEYWORDS.test(st.text.replace(/<[^>]+>/g, ' '))) continue;
      readmeSeen = true;
      out.push({ file: st.file, line: st.line, text: `states an ML theme: "${st.text.trim().slice(0, 100)}"` });
      continue;
    }
    if (ML_KEYWORDS.test(st.text)) out.push({ file: st.file, line: st.line, text: `describes the tool as "${st.text.trim().slice(0, 100)}"` });
    if (out.length >= 3) break;
  }
  return out;
}

/** The profile's signals from one manifest's facts (a model package's Python metadata is no library signal). */
function readManifest(m: Manifest, s: Signals, modelPackage = false): void {
  const file = m.file;
  const name = m.name;
  if (modelPackage && (m.kind === 'pyproject' || m.kind === 'setup-py' || m.kind === 'setup-cfg')) {
    addTheme(m, s);
    addDependencies(m, s, m.kind === 'setup-py' ? undefined : name?.value);
    return;
  }
  switch (m.kind) {
    case 'pyproject':
      if (name !== undefined && m.classifiers.length > 0) s.strongLibrary.push({ file, line: name.line, text: `declares a library package "${name.value}" with classifiers` });
      else if (name !== undefined && m.shipsModules === true) s.weakLibrary.push({ file, line: name.line, text: `declares the package "${name.value}" and the modules it ships` });
      break;
    case 'setup-py': {
      const what = name ? `"${name.value}"` : 'the project';
      if (m.classifiersAt !== undefined) s.strongLibrary.push({ file, line: m.classifiersAt, text: `packages ${what} as a library with classifiers` });
      else s.weakLibrary.push({ file, line: m.setupAt, text: `packages ${what} with setuptools` });
      break;
    }
    case 'setup-cfg':
      if (name && m.classifiersAt !== undefined) s.strongLibrary.push({ file, line: name.line, text: `declares a library package "${name.value}" with classifiers` });
      else if (name) s.weakLibrary.push({ file, line: name.line, text: `declares the package "${name.value}"` });
      break;
    case 'package-json':
      if (name !== undefined && m.npm && !m.npm.private) {
        if (m.npm.entries.length > 0)
          s.strongLibrary.push({ file, line: name.line, text: `declares a publishable npm package "${name.value}" (with ${m.npm.entries.map((k) => `"${k}"`).join(', ')})` });
        else if (m.npm.main) s.weakLibrary.push({ file, line: name.line, text: `declares the npm package "${name.value}"` });
      }
      break;
    case 'go-mod':
      if (name) s.weakLibrary.push({ file, line: name.line, text: `declares the Go module "${name.value}"` });
      return;
    case 'cargo':
      if (m.packageAt !== undefined) s.weakLibrary.push({ file, line: m.packageAt, text: 'declares a Rust crate' });
      return;
    case 'r-description':
      if (name) s.weakLibrary.push({ file, line: name.line, text: `declares the R package "${name.value}"` });
      return;
    case 'requirements':
      addRequirements(m, s);
      return;
  }
  addTheme(m, s);
  // setup.py's own name is not excluded: its dependencies are listed apart from its name.
  addDependencies(m, s, m.kind === 'setup-py' ? undefined : name?.value);
}

/** ML dependencies among the manifest's; the package's own name (extras such as "pkg[all]") is not a dependency. */
function addDependencies(m: Manifest, s: Signals, self?: string): void {
  const seen = new Set<string>(self !== undefined ? [normalizeName(self)] : []);
  for (const dep of m.dependencies) {
    const name = dep.value;
    if (seen.has(normalizeName(name)) || !isMlDependency(name)) continue;
    seen.add(normalizeName(name));
    s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${name}` });
  }
}

/** requirements*.txt / *.in and conda environment files: each ML dependency at its own line. */
function addRequirements(m: Manifest, s: Signals): void {
  const seen = new Set<string>();
  for (const dep of m.dependencies) {
    const name = dep.value;
    if (seen.has(name.toLowerCase()) || !isMlDependency(name)) continue;
    seen.add(name.toLowerCase());
    s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${name}` });
  }
}

function addTheme(m: Manifest, s: Signals): void {
  for (const c of m.classifiers) {
    if (ML_CLASSIFIERS.some((re) => re.test(c.value))) s.mlTheme.push({ file: m.file, line: c.line, text: `classifies the package as "${c.value}"` });
  }
  const themed = m.keywords.filter((k) => ML_KEYWORDS.test(k.value));
  if (themed.length > 0) s.mlTheme.push({ file: m.file, line: themed[0]!.line, text: `lists the ML keyword${themed.length > 1 ? 's' : ''} ${themed.map((k) => `"${k.value}"`).join(', ')}` });
}

/** A root Maven or Gradle build: the artifact it declares (library metadata, like go.mod) and its ML dependencies (groups such as org.tribuo, ai.djl). */
function readJvmBuild(m: Manifest, s: Signals): void {
  if (m.kind === 'maven' && m.name) s.weakLibrary.push({ file: m.file, line: m.name.line, text: `declares the Maven artifact "${m.name.value}"` });
  const seen = new Set<string>();
  for (const dep of m.dependencies) {
    const ml = JVM_ML_ARTIFACTS.exec(dep.value);
    if (!ml || seen.has(ml[1]!)) continue;
    seen.add(ml[1]!);
    s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${ml[1]}` });
  }
}
