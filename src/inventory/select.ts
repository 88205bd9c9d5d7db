/**
 * Which test files a TestSelection reaches: the join between what a command asks a runner
 * to run and the files found. Pure: the index is built once (tests by folder, so a folder
 * selection is a map look-up, not a scan), then each selection is answered from it.
 *
 * How `paths` are read per runner (relative to `cwd`):
 * - pytest: files (`path::name` keeps the file), folders, globs; none → `testpaths` of the
 *   config in `cwd` (pytest's rootdir), else everything under `cwd`. `markers` is `-m`.
 * - unittest: folders or files (`discover -s DIR` gives DIR), a name pattern without `/`
 *   (`-p test_*.py`), dotted modules; none → `test*.py` under `cwd`.
 * - go: packages `./pkg`, `./pkg/...`, or import paths under the module; none → `.`.
 *   `markers` holds `-tags` (files whose `//go:build` needs other tags are not built).
 * - jest, vitest, mocha, node-test: files, folders, else a pattern on the path; none →
 *   the configured testMatch, else every JS/TS test under `cwd`.
 * - cargo: packages and targets (inventory/cargo.ts); `paths` is empty.
 * - testthat, maven, gradle, bats, nbmake: files or folders; none → everything under `cwd`.
 */
import { compileUserRegex, type TextPattern } from '../parse/safe-pattern.js';
import { clipText } from '../io/safe-text.js';
import * as posix from 'node:path/posix';
import type { TestSelection } from '../model/inventory.js';
import { nearest, type RunnerSettings } from './conventions.js';
import { globMatcher, matchesJsConfig, type FoundTest } from './discover.js';
import { selectCargo } from './cargo.js';
import { evaluate, namesOf, parseExpr, type Truth } from './expr.js';
import type { Lang } from './cases.js';

export interface TestIndex {
  tests: readonly FoundTest[];
  notebooks: readonly string[];
  settings: RunnerSettings;
  byPath: ReadonlyMap<string, FoundTest>;
  /** Every folder ('' the root) → the tests at any depth under it. */
  under: ReadonlyMap<string, readonly FoundTest[]>;
  /** Every marker any test uses. */
  markers: ReadonlySet<string>;
  /** A Go test that runs testscripts → those scripts. */
  scriptsOf: ReadonlyMap<string, readonly FoundTest[]>;
  isDir(path: string): boolean;
}

export interface Selected {
  tests: FoundTest[];
  notebooks: string[];
  /** Why the answer is approximate or empty, in words. */
  notes: string[];
}

/** `localeCompare` without its per-call set-up: the same default collator, made once. */
const byPath = new Intl.Collator().compare;

export const EMPTY_SETTINGS: RunnerSettings = { pytest: [], js: [], go: [] };

function ancestors(path: string): string[] {
  const out = [''];
  let i = path.indexOf('/');
  while (i >= 0) {
    out.push(path.slice(0, i));
    i = path.indexOf('/', i + 1);
  }
  return out;
}

export function makeTestIndex(tests: readonly FoundTest[], notebooks: readonly string[] = [], settings: RunnerSettings = EMPTY_SETTINGS, isDir?: (path: string) => boolean): TestIndex {
  const under = new Map<string, FoundTest[]>();
  const dirs = new Set<string>();
  const markers = new Set<string>();
  const scriptsOf = new Map<string, FoundTest[]>();
  for (const t of tests) {
    for (const d of ancestors(t.file.path)) {
      dirs.add(d);
      let list = under.get(d);
      if (!list) under.set(d, (list = []));
      list.push(t);
    }
    for (const m of t.file.markers) markers.add(m);
    if (t.driver !== undefined) {
      let list = scriptsOf.get(t.driver);
      if (!list) scriptsOf.set(t.driver, (list = []));
      list.push(t);
    }
  }
  for (const n of notebooks) for (const d of ancestors(n)) dirs.add(d);
  return { tests, notebooks, settings, byPath: new Map(tests.map((t) => [t.file.path, t])), under, markers, scriptsOf, isDir: isDir ?? ((p) => dirs.has(p)) };
}

const RUNNER_LANGS: Record<TestSelection['runner'], Lang | undefined> = {
  pytest: 'python',
  unittest: 'python',
  'python-script': 'python',
  go: 'go',
  cargo: 'rust',
  jest: 'js',
  vitest: 'js',
  mocha: 'js',
  'node-test': 'js',
  testthat: 'r',
  maven: 'jvm',
  gradle: 'jvm',
  bats: 'bats',
  nbmake: 'notebook',
  other: undefined,
};

const GLOB_CHARS = /[*?[\]{}]/;
/** Go build tags true on a usual Linux CI runner. */
const GO_DEFAULT_TAGS: ReadonlySet<string> = new Set(['linux', 'unix', 'amd64', 'gc', 'cgo']);

function resolve(cwd: string, p: string): string | undefined {
  const joined = posix.normalize(posix.join(cwd || '.', p)).replace(/\/+$/, '');
  if (joined.startsWith('..') || posix.isAbsolute(joined)) return undefined;
  return joined === '.' ? '' : joined;
}

function lastSegment(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function selectTests(sel: TestSelection, index: TestIndex): Selected {
  const lang = RUNNER_LANGS[sel.runner];
  const notes: string[] = [];
  if (lang === undefined) return { tests: [], notebooks: [], notes: [`The runner of \`${clipText(sel.command.text, 300)}\` is not one the tool reads; it selects no test file here.`] };
  const cwd = sel.cwd.replace(/^\.\/?/, '').replace(/\/+$/, '');
  if (lang === 'notebook') return { tests: [], notebooks: selectNotebooks(sel, cwd, index, notes), notes };
  const chosen = new Map<string, FoundTest>();
  const addAll = (list: readonly FoundTest[] | undefined, keep: (t: FoundTest) => boolean = () => true, of: Lang = lang) => {
    for (const t of list ?? []) if (t.lang === of && keep(t)) chosen.set(t.file.path, t);
  };
  const missing = (p: string) => notes.push(`"${p}" (from \`${clipText(sel.command.text, 300)}\`) is not a test file or folder in the repository.`);
  const target = (p: string, keep?: (t: FoundTest) => boolean, asPattern?: (p: string) => void) => {
    const r = resolve(cwd, p);
    if (r === undefined) return notes.push(`"${p}" is outside the repository; it was not followed.`);
    const file = index.byPath.get(r);
    if (file) return addAll([file]);
    if (index.isDir(r)) return addAll(index.under.get(r), keep);
    if (GLOB_CHARS.test(r)) {
      const m = globMatcher([r, `${r}/**`]);
      return addAll(index.under.get(cwd), (t) => m(t.file.path) && (keep?.(t) ?? true));
    }
    if (asPattern) return asPattern(p);
    return missing(p);
  };

  switch (sel.runner) {
    case 'pytest': {
      const paths = sel.paths.map((p) => p.replace(/::.*$/, ''));
      const cfg = index.settings.pytest.find((c) => c.dir === cwd);
      if (paths.length > 0) for (const p of paths) target(p);
      else if (cfg?.testpaths && cfg.testpaths.length > 0) for (const p of cfg.testpaths) target(p);
      else addAll(index.under.get(cwd));
      break;
    }
    case 'unittest': {
      const patterns = sel.paths.filter((p) => !p.includes('/') && GLOB_CHARS.test(p));
      const match = globMatcher(patterns.length > 0 ? patterns : ['test*.py']);
      const keep = (t: FoundTest) => match(lastSegment(t.file.path));
      const rest = sel.paths.filter((p) => !patterns.includes(p));
      if (rest.length === 0) addAll(index.under.get(cwd), keep);
      for (const p of rest) {
        const asFile = /^[\w.]+$/.test(p) && !p.endsWith('.py') && p.includes('.') ? `${p.replace(/\./g, '/')}.py` : p;
        target(asFile, keep);
      }
      break;
    }
    case 'go':
      selectGo(sel, cwd, index, addAll, notes);
      // A testscript runs with the Go test that runs it.
      for (const t of [...chosen.values()]) addAll(index.scriptsOf.get(t.file.path), () => true, 'testscript');
      break;
    case 'cargo':
      selectCargo(sel, cwd, index, addAll, notes);
      break;
    case 'jest':
    case 'vitest':
    case 'mocha':
    case 'node-test': {
      if (sel.paths.length === 0) {
        const cfg = nearest(index.settings.js.filter((c) => c.testMatch !== undefined || c.testRegex !== undefined), cwd);
        addAll(index.under.get(cwd), cfg ? (t) => matchesJsConfig(cfg, t.file.path) : undefined);
      }
      for (const p of sel.paths) {
        target(p, undefined, (pattern) => {
          const re = safeRegExp(pattern);
          const before = chosen.size;
          addAll(index.under.get(cwd), (t) => (re ? re.test(t.file.path) : t.file.path.includes(pattern)));
          if (chosen.size === before) missing(pattern);
        });
      }
      break;
    }
    default:
      if (sel.paths.length === 0) addAll(index.under.get(cwd));
      for (const p of sel.paths) target(p);
  }

  let tests = [...chosen.values()];
  // pytest `--ignore PATH` / `--ignore-glob GLOB` (relative to where it runs): those files are not collected.
  if (sel.ignores && (sel.runner === 'pytest' || sel.runner === 'python-script')) {
    const ignored = sel.ignores.map((p) => resolve(cwd, p)).filter((p): p is string => p !== undefined);
    const globs = ignored.filter((p) => GLOB_CHARS.test(p));
    const byGlob = globs.length > 0 ? globMatcher(globs) : undefined;
    const dirs = ignored.filter((p) => !GLOB_CHARS.test(p));
    tests = tests.filter((t) => !dirs.some((d) => d === '' || t.file.path === d || t.file.path.startsWith(`${d}/`)) && !byGlob?.(t.file.path));
  }
  if (sel.markers && sel.runner !== 'go') tests = filterByMarkers(tests, sel.markers, index, notes);
  if (sel.keyword) notes.push(`The keyword filter "${sel.keyword}" is not evaluated; every file it could match is counted.`);
  return { tests: tests.sort((a, b) => byPath(a.file.path, b.file.path)), notebooks: [], notes };
}

/** A path pattern from a command, on the linear-time engine (parse/safe-pattern.ts): it comes from the repository. */
function safeRegExp(p: string): TextPattern | undefined {
  const compiled = compileUserRegex(p);
  return compiled.ok ? compiled.pattern : undefined;
}

function filterByMarkers(tests: FoundTest[], markers: string, index: TestIndex, notes: string[]): FoundTest[] {
  const expr = parseExpr(markers);
  if (!expr) {
    notes.push(`The marker expression "${markers}" could not be read; every file in the paths is counted.`);
    return tests;
  }
  const unknown = new Set(namesOf(expr).filter((n) => !index.markers.has(n)));
  if (unknown.size > 0) {
    // Markers that no file sets statically may be added by conftest hooks: they count as unknown, so files stay selected.
    const names = [...unknown].map((u) => `"${u}"`).join(', ');
    notes.push(`No test file sets the marker${unknown.size > 1 ? 's' : ''} ${names} of "${markers}" (a conftest hook may add ${unknown.size > 1 ? 'them' : 'it'}); files it could select are counted.`);
  }
  return tests.filter((t) => {
    const value = (n: string): Truth => (unknown.has(n) ? 'unknown' : t.wholeFile.includes(n) ? 'true' : t.file.markers.includes(n) ? 'unknown' : 'false');
    return evaluate(expr, value) !== 'false';
  });
}

function selectGo(sel: TestSelection, cwd: string, index: TestIndex, addAll: (list: readonly FoundTest[] | undefined, keep?: (t: FoundTest) => boolean) => void, notes: string[]): void {
  const tags = new Set((sel.markers ?? '').split(/[\s,]+/).filter((t) => t.length > 0));
  const built = (t: FoundTest): boolean => {
    if (!t.buildConstraint) return true;
    const e = parseExpr(t.buildConstraint);
    return !e || evaluate(e, (n) => (tags.has(n) || GO_DEFAULT_TAGS.has(n) || /^go1(\.\d+)?$/.test(n) ? 'true' : 'false')) === 'true';
  };
  const dirOnly = (d: string) => (t: FoundTest) => built(t) && t.file.path.slice(0, Math.max(0, t.file.path.lastIndexOf('/'))) === d;
  for (const raw of sel.paths.length > 0 ? sel.paths : ['.']) {
    let p = raw;
    let base = cwd;
    const mod = index.settings.go.filter((m) => p === m.module || p.startsWith(`${m.module}/`)).sort((a, b) => b.module.length - a.module.length)[0];
    if (mod) {
      p = p.slice(mod.module.length).replace(/^\//, '') || '.';
      base = mod.dir;
    } else if (!p.startsWith('.') && !p.startsWith('/')) {
      p = `./${p}`;
    }
    const recursive = p === '...' || p.endsWith('/...');
    const dir = resolve(base, recursive ? p.replace(/\/?\.\.\.$/, '') || '.' : p);
    if (dir === undefined) {
      notes.push(`"${raw}" is outside the repository; it was not followed.`);
      continue;
    }
    if (!index.isDir(dir)) {
      notes.push(`"${raw}" (from \`${clipText(sel.command.text, 300)}\`) is not a package folder in the repository.`);
      continue;
    }
    addAll(index.under.get(dir), recursive ? built : dirOnly(dir));
  }
}

function selectNotebooks(sel: TestSelection, cwd: string, index: TestIndex, notes: string[]): string[] {
  const out = new Set<string>();
  const within = (d: string) => (n: string) => d === '' || n === d || n.startsWith(`${d}/`);
  const targets = sel.paths.length > 0 ? sel.paths : ['.'];
  for (const p of targets) {
    const r = resolve(cwd, p);
    if (r === undefined) continue;
    const m = GLOB_CHARS.test(r) ? globMatcher([r]) : within(r);
    const before = out.size;
    for (const n of index.notebooks) if (m(n)) out.add(n);
    if (out.size === before) notes.push(`"${p}" (from \`${clipText(sel.command.text, 300)}\`) holds no notebook in the repository.`);
  }
  return [...out].sort();
}
