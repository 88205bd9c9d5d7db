/**
 * Test files found by each ecosystem's conventions. A file is a candidate by its name
 * (`test_*.py`, `*.test.ts`, `*_test.go`, ...) or by its place (a `.py` file under
 * `tests/`); candidates whose content holds no test case are helpers or product code
 * and are left out. An empty or unreadable file named like a test is kept with 0 cases
 * (its name is all there is to go on). Data folders (`testdata`, `fixtures`) are skipped.
 */
import * as posix from 'node:path/posix';
import { handover } from '../parse/handover.js';
import { compileGlobs, compileUserRegex, type Compiled } from '../parse/safe-pattern.js';
import type { TestFile, TestFramework } from '../model/inventory.js';
import type { RepoIndex } from '../model/repository.js';
import { countCases, langOf, markersOf, readCode, type Lang, type MarkerUse } from './cases.js';
import { nearest, type JsConfig, type RunnerSettings } from './conventions.js';
import { kindsOf } from './kinds.js';
import { DATA_DIRS, TEST_DIRS } from '../vocabulary/shared/test-paths.js';

/** A discovered test file with what selection needs beyond the model. */
export interface FoundTest {
  file: TestFile;
  lang: Lang;
  /** Markers (pytest) or build tags (Go) that apply to every test in the file. */
  wholeFile: string[];
  /** Go `//go:build` constraint, when the file has one (a testscript has its driver's). */
  buildConstraint?: string;
  /** A testscript: the Go test file that runs it (it runs when that file's package is tested). */
  driver?: string;
}

/**
 * What describeTest found in each candidate file of a run, with the runner settings it read them under. The checkout's
 * run of a pull request keeps them (keepDescribedTests), and its base's run takes each one the base reads from the
 * checkout (RepoIndex.sameAsCheckout: the same bytes) under the same settings (seedDescribedTests), neither reading
 * nor describing the file again.
 */
export interface DescribedTests {
  /** The runner settings, as JSON (plain data: configs' folders, globs, markers, modules). */
  settings: string;
  found: Map<string, FoundTest & { blank: boolean }>;
}
/** What a run's discovery describes for another (kept under the settings discoverTests reads), and what it was handed. */
const described = handover<DescribedTests>();

/** Keeps what this run's discovery describes (describedTestsOf hands it out). */
export function keepDescribedTests(repo: RepoIndex): void {
  described.keep(repo);
}

/** What this run's discovery described, handed out once. */
export function describedTestsOf(repo: RepoIndex): DescribedTests | undefined {
  return described.take(repo);
}

/** Hands another run's descriptions to this one (a pull request's base: RepoIndex.sameAsCheckout says which hold). */
export function seedDescribedTests(repo: RepoIndex, tests: DescribedTests): void {
  if (repo.sameAsCheckout) described.seed(repo, tests);
}

export interface Discovery {
  tests: FoundTest[];
  /** Notebooks: tests only when a notebook runner (nbmake) selects them. */
  notebooks: string[];
}

const SUPPORT_FILES: ReadonlySet<string> = new Set(['conftest.py', '__init__.py', 'setup.py']);

const DEFAULT_PYTHON_FILES = ['test_*.py', '*_test.py'];
const JS_NAMED = /\.(?:test|spec|cy|e2e-spec|e2e-test)\.[cm]?[jt]sx?$/;
const JVM_SRC_TEST = /(?:^|\/)src\/(?:test|androidTest|integrationTest|testFixtures)\//;
const JVM_NAMED = /^(?:Test\w*|\w*Tests?|\w*TestCase|\w*IT|\w*Spec)\.\w+$/;
const TESTTHAT = /(?:^|\/)tests\/testthat\/test[^/]*\.[rR]$/;

const RUST_INTEGRATION = /(?:^|\/)tests\/(?:[^/]+\.rs|[^/]+\/main\.rs)$/;
const RUST_SOURCES = /(?:^|\/)src\//;

const GO_BUILD = /^\/\/go:build[ \t]+(.+)$/m;

/**
 * Compiled patterns, by their text. A compiled pattern is a pure function of its text, so
 * runs may share it; the caches are bounded (the oldest entry goes first) so that a process
 * analysing many repositories, each with its own patterns, does not grow without end.
 */
export const PATTERN_CACHE_LIMIT = 512;
const userRegexes = new Map<string, Compiled>();
const matchers = new Map<string, (path: string) => boolean>();

/** The cached value of `key`, made and kept (evicting the oldest past the limit) when missing. */
export function remembered<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= PATTERN_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, (v = make()));
  }
  return v;
}

/** A compiled glob matcher, cached by its globs. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  return remembered(matchers, globs.join('\u0000'), () => {
    // Globs from the repository's own config: matched in linear time (parse/safe-pattern.ts).
    const compiled = compileGlobs(globs);
    const pattern = compiled.ok ? compiled.pattern : undefined;
    return pattern ? (p: string) => pattern.test(p) : () => false;
  });
}

/** How many compiled patterns the caches hold (tests read it). */
export function cachedPatternCount(): number {
  return userRegexes.size + matchers.size;
}

type Candidacy = 'named' | 'place' | undefined;

interface PathParts {
  base: string;
  dir: string;
  /** The folder path with a trailing '/', for segment tests ('' at the root). */
  slashed: string;
}

function parts(path: string): PathParts {
  const i = path.lastIndexOf('/');
  return i < 0 ? { base: path, dir: '', slashed: '' } : { base: path.slice(i + 1), dir: path.slice(0, i), slashed: path.slice(0, i + 1) };
}

const segmentRe = (names: Iterable<string>): RegExp => new RegExp(`(?:^|/)(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`);
const DATA_DIR_RE = segmentRe([...DATA_DIRS, '.ipynb_checkpoints']);
const TEST_DIR_RE = segmentRe(TEST_DIRS);
const JEST_DIR_RE = segmentRe(['__tests__']);

/** What candidacy looks up per folder, kept for one discovery: most folders hold many files. */
interface FolderCache {
  js: Map<string, JsConfig | undefined>;
  /** The `python_files` matcher of the pytest config nearest each folder. */
  python: Map<string, (base: string) => boolean>;
}

function candidacy(path: string, p: PathParts, lang: Lang, settings: RunnerSettings, folders: FolderCache): Candidacy {
  const underTests = TEST_DIR_RE.test(p.slashed);
  switch (lang) {
    case 'python': {
      if (SUPPORT_FILES.has(p.base)) return undefined;
      let named = folders.python.get(p.dir);
      if (!named) folders.python.set(p.dir, (named = globMatcher(nearest(settings.pytest, p.dir)?.pythonFiles ?? DEFAULT_PYTHON_FILES)));
      if (named(p.base)) return 'named';
      return underTests || p.base.startsWith('test') ? 'place' : undefined;
    }
    case 'js': {
      if (/\.d\.[cm]?ts$/.test(p.base)) return undefined;
      if (JS_NAMED.test(p.base) || JEST_DIR_RE.test(p.slashed)) return 'named';
      let cfg = folders.js.get(p.dir);
      if (!folders.js.has(p.dir)) {
        cfg = nearestWith(settings.js, p.dir, (c) => c.testMatch !== undefined || c.testRegex !== undefined);
        folders.js.set(p.dir, cfg);
      }
      if (cfg && matchesJsConfig(cfg, path)) return 'named';
      return underTests ? 'place' : undefined;
    }
    case 'go':
      return p.base.endsWith('_test.go') ? 'named' : undefined;
    case 'rust':
      // A crate's integration tests are `tests/*.rs` (and `tests/NAME/main.rs`); unit tests are `#[test]`s in its sources.
      if (RUST_INTEGRATION.test(path)) return 'named';
      return RUST_SOURCES.test(p.slashed) || underTests ? 'place' : undefined;
    case 'r':
      return TESTTHAT.test(path) ? 'named' : undefined;
    case 'jvm':
      if (!JVM_SRC_TEST.test(path)) return undefined;
      return JVM_NAMED.test(p.base) ? 'named' : 'place';
    case 'bats':
      return 'named';
    default:
      // Testscripts are tests only through a Go test that runs them (`scriptsOfDrivers`).
      return undefined;
  }
}

function nearestWith(list: readonly JsConfig[], dir: string, ok: (c: JsConfig) => boolean): JsConfig | undefined {
  return nearest(list.filter(ok), dir);
}

/** Whether a path matches a jest/vitest config's testMatch globs or testRegex. */
export function matchesJsConfig(cfg: JsConfig, path: string): boolean {
  const rel = cfg.dir === '' ? path : path.startsWith(`${cfg.dir}/`) ? path.slice(cfg.dir.length + 1) : undefined;
  if (rel === undefined) return false;
  if (cfg.testMatch && globMatcher(cfg.testMatch)(rel)) return true;
  if (cfg.testRegex) {
    for (const r of cfg.testRegex) {
      // From the repository's config: the linear-time engine, compiled once. An invalid
      // regex matches nothing here; jest itself reports it.
      const compiled = remembered(userRegexes, r, () => compileUserRegex(r));
      if (compiled.ok && compiled.pattern.test(rel)) return true;
    }
  }
  return false;
}

/** The framework of the JS config nearest each folder, per settings (one repository's): most folders hold many tests. */
const jsFrameworks = new WeakMap<RunnerSettings, Map<string, TestFramework>>();

function frameworkOf(lang: Lang, text: string, path: string, settings: RunnerSettings): TestFramework {
  switch (lang) {
    case 'python':
      return text.includes('TestCase') && !text.includes('pytest') && /\bunittest\.TestCase\b|\(\s*TestCase\s*\)/.test(text) ? 'unittest' : 'pytest';
    case 'js': {
      // Each pattern needs its module's name: most files, which hold neither, skip both scans.
      if (text.includes('vitest') && /from\s+['"]vitest['"]/.test(text)) return 'vitest';
      if (text.includes('node:test') && /['"]node:test['"]/.test(text)) return 'node-test';
      const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
      let byDir = jsFrameworks.get(settings);
      if (!byDir) jsFrameworks.set(settings, (byDir = new Map()));
      let framework = byDir.get(dir);
      if (!framework) byDir.set(dir, (framework = nearestWith(settings.js, dir, (c) => c.framework !== undefined)?.framework ?? 'unknown'));
      return framework;
    }
    case 'go':
      return 'go';
    case 'rust':
      return 'cargo';
    case 'r':
      return 'testthat';
    case 'jvm':
      return 'junit';
    case 'bats':
      return 'bats';
    case 'notebook':
      return 'notebook';
    case 'testscript':
      return 'go';
  }
}

/** Reads a test file once: cases, markers, kinds. `text` undefined or blank gives 0 cases and kinds from the path. */
export function describeTest(path: string, lang: Lang, text: string | undefined, settings: RunnerSettings): FoundTest & { blank: boolean } {
  const blank = text === undefined || text.trim() === '';
  const code = blank ? undefined : readCode(text, lang);
  const cases = code ? countCases(code, lang) : 0;
  const markers: MarkerUse[] = code ? markersOf(code, cases) : [];
  const file: TestFile = {
    path,
    framework: frameworkOf(lang, text ?? '', path, settings),
    kinds: kindsOf(path, lang, code, markers),
    cases,
    markers: markers.map((m) => m.name),
  };
  const found: FoundTest & { blank: boolean } = { file, lang, wholeFile: markers.filter((m) => m.fileLevel).map((m) => m.name), blank };
  const constraint = lang === 'go' && text !== undefined ? GO_BUILD.exec(text) : null;
  if (constraint) found.buildConstraint = constraint[1]!.trim();
  return found;
}

/** A Go test that runs testscripts (go-internal's `testscript.Run(t, testscript.Params{Dir: …})`). */
const TESTSCRIPT_RUN = /\btestscript\.Run(?:T)?\s*\(/;
const TESTSCRIPT_DIR = /\bDir\s*:\s*"([^"\n]+)"/;

interface Driver {
  test: FoundTest;
  dir: string;
  /** The folder its `Dir:` names, from the root. */
  scriptDir?: string;
}

/**
 * Testscript files (txtar: commands, then `-- name --` file sections) run by a Go test of the repository: a `.txtar`
 * under the folder of the nearest Go test that calls `testscript.Run`, or a `.txt` in the folder its `Dir:` names.
 * Each is a test of the Go suite, run when its driver is (with the driver's build constraint); a txtar that no such
 * test runs is test data (an archive a test parses), not a test.
 */
function scriptsOfDrivers(repo: RepoIndex, goTests: readonly FoundTest[], candidates: readonly string[], settings: RunnerSettings): FoundTest[] {
  const drivers: Driver[] = [];
  for (const t of goTests) {
    const text = repo.read(t.file.path) ?? '';
    if (!TESTSCRIPT_RUN.test(text)) continue;
    const dir = parts(t.file.path).dir;
    const named = TESTSCRIPT_DIR.exec(text)?.[1];
    const driver: Driver = { test: t, dir };
    if (named !== undefined) driver.scriptDir = posix.normalize(posix.join(dir || '.', named)).replace(/\/+$/, '');
    drivers.push(driver);
  }
  if (drivers.length === 0) return [];
  const out: FoundTest[] = [];
  for (const path of candidates) {
    const { dir } = parts(path);
    const driver = path.endsWith('.txt')
      ? drivers.find((d) => d.scriptDir === (dir || '.'))
      : drivers.filter((d) => d.dir === '' || dir === d.dir || dir.startsWith(`${d.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
    if (!driver) continue;
    const found = describeTest(path, 'testscript', repo.read(path), settings);
    if (found.file.cases === 0) continue;
    const { blank: _blank, ...test } = found;
    test.driver = driver.test.file.path;
    if (driver.test.buildConstraint !== undefined) test.buildConstraint = driver.test.buildConstraint;
    test.wholeFile = [...driver.test.wholeFile];
    out.push(test);
  }
  return out;
}

export function discoverTests(repo: RepoIndex, settings: RunnerSettings): Discovery {
  const tests: FoundTest[] = [];
  const notebooks: string[] = [];
  const scripts: string[] = [];
  const folders: FolderCache = { js: new Map(), python: new Map() };
  const keeping = described.keeps(repo);
  const seed = described.takeSeed(repo);
  const settingsKey = keeping || seed ? JSON.stringify(settings) : '';
  const seeded = seed?.settings === settingsKey ? seed.found : undefined;
  const kept: DescribedTests | undefined = keeping ? { settings: settingsKey, found: new Map() } : undefined;
  if (kept) described.keep(repo, kept);
  for (const path of repo.files) {
    // Testscripts usually live in `testdata/`: they are candidates wherever they are.
    if (path.endsWith('.txtar') || path.endsWith('.txt')) {
      scripts.push(path);
      continue;
    }
    const lang = langOf(path);
    if (lang === undefined) continue;
    const p = parts(path);
    if (DATA_DIR_RE.test(p.slashed)) continue;
    if (lang === 'notebook') {
      notebooks.push(path);
      continue;
    }
    const how = candidacy(path, p, lang, settings, folders);
    if (how === undefined) continue;
    let found = seeded?.get(path);
    if (found === undefined || !repo.sameAsCheckout!(path)) {
      const text = repo.read(path);
      // A crate's sources are candidates by their place: most hold no test, and are not described.
      if (lang === 'rust' && how === 'place' && !text?.includes('test')) continue;
      found = describeTest(path, lang, text, settings);
    }
    kept?.found.set(path, found);
    if (found.blank ? how === 'named' : found.file.cases > 0) {
      const { blank: _blank, ...test } = found;
      tests.push(test);
    }
  }
  if (scripts.length > 0) tests.push(...scriptsOfDrivers(repo, tests.filter((t) => t.lang === 'go'), scripts, settings));
  return { tests, notebooks };
}
