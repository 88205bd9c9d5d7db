/**
 * What a test-runner command selects: the runner, the folder it starts in, the paths or
 * patterns it is given, and its filters (`-m`, `-k`, `-t`, `-run`). One row per runner;
 * option tables say which options take a value so that values are never read as paths.
 */
import type { Command } from '../../model/ci.js';
import type { TestSelection } from '../../model/inventory.js';
import { cargoTest, isCargoTest } from './cargo-selection.js';
import { positionals } from './tasks/types.js';

type Runner = TestSelection['runner'];
type Picked = Omit<TestSelection, 'command' | 'cwd'>;

const PYTEST_VALUED = new Set([
  '-m',
  '-k',
  '-n',
  '-p',
  '-c',
  '-o',
  '-W',
  '-r',
  '--rootdir',
  '--ignore',
  '--ignore-glob',
  '--deselect',
  '--confcutdir',
  '--basetemp',
  '--cov-report',
  '--cov-config',
  '--cov-fail-under',
  '--junitxml',
  '--junit-xml',
  '--durations',
  '--durations-min',
  '--maxfail',
  '--timeout',
  '--dist',
  '--numprocesses',
  '--maxprocesses',
  '--tb',
  '--log-level',
  '--log-cli-level',
  '--html',
  '--reruns',
  '--reruns-delay',
  '--splits',
  '--group',
  '--splitting-algorithm',
  '--randomly-seed',
  '--import-mode',
  '--override-ini',
  '--capture',
  '--color',
  '--benchmark-json',
  '--benchmark-save',
  '--benchmark-storage',
  '--report-log',
  '--alluredir',
  '--json-report-file',
  '--store-durations',
  '--durations-path',
  '--doctest-glob',
  '--benchmark-group-by',
  '--benchmark-compare-fail',
  '--benchmark-sort',
  '--benchmark-columns',
  '--benchmark-min-rounds',
  '--benchmark-max-time',
  '--benchmark-min-time',
  '--benchmark-warmup-iterations',
  '--benchmark-timer',
  '--benchmark-name',
  '--benchmark-time-unit',
  '--benchmark-calibration-precision',
  '--benchmark-cprofile',
  '--random-order-seed',
  '--random-order-bucket',
  '--count',
  '--repeat-scope',
  '--hypothesis-profile',
  '--hypothesis-seed',
  '--cov-context',
  '--log-file',
  '--log-file-level',
  '--log-format',
  '--log-date-format',
  '--junit-prefix',
  '--max-worker-restart',
  '--tx',
  '--rsyncdir',
  '--timeout-method',
  '--reruns-delay',
  '--only-rerun',
  '--testmon-env',
]);

/** `tests/test_a.py::test_x` → `tests/test_a.py`; `./tests/` → `tests`. */
function cleanPath(p: string): string {
  const noNode = p.replace(/::.*$/, '');
  return noNode.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}

function pytest(args: string[], runner: Runner = 'pytest'): Picked {
  // `--cov` takes an optional value (argparse nargs='?'): a following word that is not an option is its value.
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w === '--cov' && args[i + 1] !== undefined && !args[i + 1]!.startsWith('-')) {
      i++;
      continue;
    }
    words.push(w);
  }
  const { args: paths, opts } = positionals(words, PYTEST_VALUED);
  const pick: Picked = { runner: opts.has('--nbmake') ? 'nbmake' : runner, paths: paths.map(cleanPath) };
  const m = opts.get('-m')?.at(-1);
  const k = opts.get('-k')?.at(-1);
  if (m !== undefined) pick.markers = m;
  if (k !== undefined) pick.keyword = k;
  const ignores = [...(opts.get('--ignore') ?? []), ...(opts.get('--ignore-glob') ?? [])].map(cleanPath);
  if (ignores.length > 0) pick.ignores = ignores;
  return pick;
}

function unittest(args: string[]): Picked {
  if (args[0] === 'discover' || args.length === 0 || args[0]!.startsWith('-')) {
    const { args: pos, opts } = positionals(args[0] === 'discover' ? args.slice(1) : args, new Set(['-s', '--start-directory', '-p', '--pattern', '-t', '--top-level-directory', '-k']));
    const start = opts.get('-s')?.[0] ?? opts.get('--start-directory')?.[0] ?? pos[0];
    const pattern = opts.get('-p')?.[0] ?? opts.get('--pattern')?.[0] ?? pos[1];
    const paths = start !== undefined || pattern !== undefined ? [cleanPath(`${start ?? '.'}${pattern !== undefined ? `/${pattern}` : ''}`)] : [];
    const k = opts.get('-k')?.[0];
    return { runner: 'unittest', paths, ...(k !== undefined ? { keyword: k } : {}) };
  }
  const { args: names } = positionals(args, new Set(['-k']));
  return { runner: 'unittest', paths: names.map((n) => (n.includes('/') || n.endsWith('.py') ? cleanPath(n) : `${n.replace(/\./g, '/')}.py`)) };
}

const GO_VALUED = new Set([
  '-run',
  '-skip',
  '-tags',
  '--tags',
  '-timeout',
  '-count',
  '-coverprofile',
  '-p',
  '-parallel',
  '-covermode',
  '-coverpkg',
  '-bench',
  '-benchtime',
  '-exec',
  '-o',
  '-cpu',
  '-ldflags',
  '-gcflags',
  '-mod',
  '-shuffle',
  '-fuzz',
  '-fuzztime',
  '-C',
]);

function goTest(args: string[]): Picked {
  const { args: pkgs, opts } = positionals(args, GO_VALUED);
  const run = opts.get('-run')?.at(-1);
  // `-tags a,b` (or the older space-separated list): the build tags, so files constrained to them are built.
  const tags = opts.get('-tags')?.at(-1) ?? opts.get('--tags')?.at(-1);
  return { runner: 'go', paths: pkgs.map(cleanPath), ...(run !== undefined ? { keyword: run } : {}), ...(tags !== undefined && tags !== '' ? { markers: tags } : {}) };
}

const JS_VALUED = new Set([
  '-c',
  '--config',
  '-t',
  '--testNamePattern',
  '--testPathPattern',
  '--testPathIgnorePatterns',
  '-w',
  '--maxWorkers',
  '--reporters',
  '--reporter',
  '--coverageReporters',
  '--shard',
  '--testTimeout',
  '--rootDir',
  '--roots',
  '--outputFile',
  '--project',
  '--dir',
  '--root',
  '--environment',
  '--pool',
  '--coverage.reporter',
  '--exclude',
]);

function jsTest(runner: Runner, args: string[]): Picked {
  let words = args;
  if (runner === 'vitest' && ['run', 'watch', 'related', 'dev'].includes(words[0] ?? '')) words = words.slice(1);
  const projects: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--selectProjects') {
      while (i + 1 < words.length && !words[i + 1]!.startsWith('-')) projects.push(words[++i]!);
    } else rest.push(words[i]!);
  }
  const { args: paths, opts } = positionals(rest, JS_VALUED);
  for (const pushed of opts.get('--project') ?? []) projects.push(pushed);
  const pick: Picked = { runner, paths: [...paths, ...(opts.get('--testPathPattern') ?? []), ...(opts.get('--dir') ?? [])].map(cleanPath) };
  const t = (opts.get('-t') ?? opts.get('--testNamePattern'))?.at(-1);
  if (t !== undefined) pick.keyword = t;
  const ignores = [...(opts.get('--testPathIgnorePatterns') ?? []), ...(opts.get('--exclude') ?? [])];
  if (ignores.length > 0) pick.ignores = ignores;
  if (projects.length > 0) pick.projects = projects;
  return pick;
}

function rTest(argv: string[]): Picked | undefined {
  const line = argv.join(' ');
  const dir = /testthat::test_dir\(\s*["']([^"']+)["']/.exec(line);
  if (dir) return { runner: 'testthat', paths: [cleanPath(dir[1]!)] };
  const file = /testthat::test_file\(\s*["']([^"']+)["']/.exec(line);
  if (file) return { runner: 'testthat', paths: [cleanPath(file[1]!)] };
  if (/devtools::test\(|testthat::test_local\(|testthat::test_check\(|rcmdcheck::|devtools::check\(/.test(line) || /^R CMD check\b/.test(line)) return { runner: 'testthat', paths: [] };
  if (argv[0] === 'Rscript' && argv[1] !== undefined && /(^|\/)testthat\.R$/.test(argv[1])) return { runner: 'testthat', paths: [] };
  return undefined;
}

const isPython = (w: string | undefined) => w !== undefined && /^(python[0-9.]*|py|pypy[0-9.]*)$/.test(w);
/** The script `python [-u] [-W x] path.py ...` runs (not `-m`, `-c` or a bare interpreter). */
function scriptOf(a: readonly string[]): string | undefined {
  let i = 1;
  while (i < a.length && a[i]!.startsWith('-')) {
    if (a[i] === '-m' || a[i] === '-c') return undefined;
    i += a[i] === '-W' || a[i] === '-X' ? 2 : 1;
  }
  return a[i];
}
/**
 * A test written as a script: `test_x.py` or `x_test.py` (run by `python path/test_x.py`), or any
 * script in a tests folder (`python tests/train_smoke.py`); the inventory keeps the latter only
 * when it asserts something (inventory/build.ts).
 */
const isTestScript = (p: string | undefined) => p !== undefined && (isTestNamedScript(p) || /(^|\/)tests?\/(?:[^/]+\/)*[^/]+\.py$/.test(p));
export const isTestNamedScript = (p: string) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(p);

/** One row per runner: does argv start it, and what does it select. */
const RUNNERS: { test: (a: readonly string[]) => boolean; pick: (a: string[]) => Picked | undefined }[] = [
  { test: (a) => a[0] === 'pytest' || a[0] === 'py.test', pick: (a) => pytest(a.slice(1)) },
  { test: (a) => a[0] === 'hatch' && a[1] === 'test', pick: (a) => pytest(a.slice(2).filter((w) => !/^(--all|--cover|--randomize|--parallel|-[acrp])$/.test(w))) },
  { test: (a) => a[0] === 'unittest', pick: (a) => unittest(a.slice(1)) },
  { test: (a) => isPython(a[0]) && isTestScript(scriptOf(a)), pick: (a) => ({ runner: 'python-script', paths: [cleanPath(scriptOf(a)!)] }) },
  { test: (a) => a[0] === 'go' && a[1] === 'test', pick: (a) => goTest(a.slice(2)) },
  { test: (a) => a[0] === 'gotestsum', pick: (a) => goTest(a.includes('--') ? a.slice(a.indexOf('--') + 1) : []) },
  { test: (a) => a[0] === 'jest', pick: (a) => jsTest('jest', a.slice(1)) },
  { test: (a) => a[0] === 'vitest', pick: (a) => jsTest('vitest', a.slice(1)) },
  {
    test: (a) => a[0] === 'mocha',
    pick: (a) => ({ runner: 'mocha', paths: positionals(a.slice(1), new Set(['--config', '-r', '--require', '--reporter', '-R', '-t', '--timeout', '-g', '--grep', '--spec'])).args.map(cleanPath) }),
  },
  {
    test: (a) => a[0] === 'node' && a.includes('--test'),
    pick: (a) => ({
      runner: 'node-test',
      paths: a
        .slice(1)
        .filter((w) => !w.startsWith('-'))
        .map(cleanPath),
    }),
  },
  { test: (a) => a[0] === 'Rscript' || a[0] === 'R', pick: rTest },
  {
    test: (a) => a[0] === 'mvn' || a[0] === 'mvnw',
    pick: (a) =>
      a.some((w) => /^(test|verify|install|package)$/.test(w)) ? { runner: 'maven', paths: a.find((w, i) => a[i - 1] === '-pl')?.split(',') ?? [], ...keywordOf(a, /^-Dtest=(.+)$/) } : undefined,
  },
  {
    test: (a) => a[0] === 'gradle' || a[0] === 'gradlew',
    pick: (a) => {
      const t = a.filter((w) => /(^|:)(test|check|build)$/.test(w));
      return t.length > 0
        ? {
            runner: 'gradle',
            paths: t
              .map((w) =>
                w
                  .replace(/:?(test|check|build)$/, '')
                  .replace(/^:/, '')
                  .replace(/:/g, '/'),
              )
              .filter((p) => p !== ''),
            ...keywordOf(a, /^--tests=(.+)$/),
          }
        : undefined;
    },
  },
  {
    test: (a) => a[0] === 'bats',
    pick: (a) => ({ runner: 'bats', paths: positionals(a.slice(1), new Set(['-f', '--filter', '-j', '--jobs', '-F', '--formatter', '-o', '--output'])).args.map(cleanPath) }),
  },
  {
    test: (a) => a[0] === 'papermill',
    pick: (a) => {
      const nb = a.slice(1).find((w) => w.endsWith('.ipynb'));
      return nb ? { runner: 'nbmake', paths: [cleanPath(nb)] } : undefined;
    },
  },
  {
    test: (a) => a[0] === 'jupyter' && (a[1] === 'nbconvert' || a[1] === 'execute') && (a[1] === 'execute' || a.includes('--execute')),
    pick: (a) => ({ runner: 'nbmake', paths: a.filter((w) => w.endsWith('.ipynb')).map(cleanPath) }),
  },
  { test: isCargoTest, pick: cargoTest },
];

/** Drops shell redirections (`2>&1`, `> out.txt`, `<in`) that the word splitter leaves in argv. */
function withoutRedirects(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (/^(\d*|&)(>>?|<)(&\d+|&-)?$/.test(w)) {
      if (!/&/.test(w.slice(1))) i++;
      continue;
    }
    if (/^(\d*|&)(>>?|<)/.test(w)) continue;
    out.push(w);
  }
  return out;
}

function keywordOf(a: string[], re: RegExp): { keyword?: string } {
  for (const w of a) {
    const m = re.exec(w);
    if (m) return { keyword: m[1]! };
  }
  return {};
}

/** The test selection a command makes, if it starts a test runner; `cwd` is the folder it runs in. */
export function selectionOf(command: Command, cwd: string): TestSelection | undefined {
  const argv = withoutRedirects(command.argv);
  const row = RUNNERS.find((r) => r.test(argv));
  if (!row) return undefined;
  const pick = row.pick(argv);
  if (!pick) return undefined;
  // A `${{ matrix.x }}` word may stand for options as well as paths (`pytest ${{ matrix.args }}`): it is not a path.
  // Nor is a shell variable or a command substitution (`pytest $(circleci tests split ...)`): the files are chosen at run time.
  pick.paths = pick.paths.filter((p) => !p.includes('${{') && !/^\$[({A-Za-z_]/.test(p));
  return { ...pick, cwd, command };
}
