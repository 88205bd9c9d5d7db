import { readRunnerSettings } from '../../src/inventory/conventions.js';
import { cachedPatternCount, describedTestsOf, discoverTests, globMatcher, keepDescribedTests, PATTERN_CACHE_LIMIT, remembered, seedDescribedTests } from '../../src/inventory/discover.js';
import { indexRepository } from '../../src/parse/repo.js';
import { makeRepo } from '../helpers/repo.js';

const TEST = 'def test_a():\n    assert True\n';

function discover(files: Record<string, string>) {
  const repo = indexRepository(makeRepo(files));
  const found = discoverTests(repo, readRunnerSettings(repo));
  return { tests: Object.fromEntries(found.tests.map((t) => [t.file.path, { framework: t.file.framework, cases: t.file.cases }])), notebooks: found.notebooks };
}

interface DiscoverCase {
  name: string;
  files: Record<string, string>;
  /** Test files expected, with framework and cases. */
  tests: Record<string, { framework: string; cases: number }>;
}

const cases: DiscoverCase[] = [
  {
    name: 'pytest names, under tests/ and next to code; conftest and __init__ are support',
    files: { 'tests/test_a.py': TEST, 'tests/conftest.py': 'import pytest\n', 'tests/__init__.py': '', 'pkg/model_test.py': TEST, 'pkg/model.py': 'def test_like():\n    pass\n' },
    tests: { 'tests/test_a.py': { framework: 'pytest', cases: 1 }, 'pkg/model_test.py': { framework: 'pytest', cases: 1 } },
  },
  {
    name: 'an empty file named like a test counts with 0 cases (its name is all there is)',
    files: { 'tests/test_empty.py': '', 'tests/helpers.py': '' },
    tests: { 'tests/test_empty.py': { framework: 'pytest', cases: 0 } },
  },
  {
    name: 'look-alikes: a testing/ package of product code, fixtures and testdata folders, a helper under tests/',
    files: {
      'src/lib/testing/__init__.py': 'from .tools import assert_frame\n',
      'src/lib/testing/tools.py': 'def assert_frame(a, b):\n    return a == b\n',
      'src/lib/testing/test_utils.py': 'def make_fixture():\n    return 1\n',
      'tests/fixtures/test_sample.py': TEST,
      'pkg/testdata/test_input.py': TEST,
      'tests/__fixtures__/a.test.js': "it('x', () => {});\n",
      'tests/helpers.py': 'def build():\n    return 1\n',
      'tests/test_real.py': TEST,
    },
    tests: { 'tests/test_real.py': { framework: 'pytest', cases: 1 } },
  },
  {
    name: 'a .py file under tests/ that holds test cases is a test even when not named like one',
    files: { 'tests/checks.py': 'import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        pass\n' },
    tests: { 'tests/checks.py': { framework: 'unittest', cases: 1 } },
  },
  {
    name: 'python_files from pytest.ini',
    files: { 'pytest.ini': '[pytest]\npython_files = check_*.py\n', 'tests/check_a.py': TEST, 'pkg/a_test.py': TEST },
    tests: { 'tests/check_a.py': { framework: 'pytest', cases: 1 } },
  },
  {
    name: 'python_files from pyproject.toml',
    files: { 'pyproject.toml': '[tool.pytest.ini_options]\npython_files = ["*_spec.py"]\n', 'specs/model_spec.py': TEST },
    tests: { 'specs/model_spec.py': { framework: 'pytest', cases: 1 } },
  },
  {
    name: 'JavaScript: *.test.*, *.spec.*, __tests__, not snapshots or .d.ts; framework from package.json',
    files: {
      'package.json': '{"devDependencies": {"vitest": "^1"}}',
      'src/a.test.ts': "it('a', () => {});\n",
      'src/b.spec.tsx': "test('b', () => {});\ntest('c', () => {});\n",
      'src/__tests__/c.js': "it('c', () => {});\n",
      'src/__snapshots__/a.test.ts.snap': 'exports[`a`] = 1;\n',
      'src/types.test.d.ts': 'export {};\n',
    },
    tests: { 'src/a.test.ts': { framework: 'vitest', cases: 1 }, 'src/b.spec.tsx': { framework: 'vitest', cases: 2 }, 'src/__tests__/c.js': { framework: 'vitest', cases: 1 } },
  },
  {
    name: 'jest testMatch from package.json',
    files: { 'web/package.json': '{"jest": {"testMatch": ["<rootDir>/checks/**/*.js"]}}', 'web/checks/a.js': "it('a', () => {});\n", 'web/src/b.js': "it('b', () => {});\n" },
    tests: { 'web/checks/a.js': { framework: 'jest', cases: 1 } },
  },
  {
    name: 'Go: *_test.go, not under testdata or vendor',
    files: {
      'pkg/a_test.go': 'package a\nfunc TestA(t *testing.T) {}\n',
      'pkg/testdata/b_test.go': 'package b\nfunc TestB(t *testing.T) {}\n',
      'vendor/x/c_test.go': 'package c\nfunc TestC(t *testing.T) {}\n',
      'pkg/export_test.go': 'package a\nvar Exported = x\n',
    },
    tests: { 'pkg/a_test.go': { framework: 'go', cases: 1 } },
  },
  {
    name: 'R testthat, JUnit under src/test, bats',
    files: {
      'tests/testthat/test-model.R': 'test_that("a", {})\n',
      'tests/testthat/helper-data.R': 'make <- function() 1\n',
      'src/test/java/org/AppTest.java': 'class AppTest {\n  @Test void a() {}\n}\n',
      'src/test/java/org/Util.java': 'class Util {}\n',
      'src/main/java/org/MainTest.java': 'class MainTest {\n  @Test void a() {}\n}\n',
      'test/cli.bats': '@test "help" {\n}\n',
    },
    tests: {
      'tests/testthat/test-model.R': { framework: 'testthat', cases: 1 },
      'src/test/java/org/AppTest.java': { framework: 'junit', cases: 1 },
      'test/cli.bats': { framework: 'bats', cases: 1 },
    },
  },
  {
    name: 'testscripts: a .txtar under a Go test that calls testscript.Run, and a .txt in the folder its Dir: names, are tests of the Go suite (one case each); a txtar no such test runs is data',
    files: {
      'cli/script_test.go': 'package cli\n\nfunc TestScript(t *testing.T) {\n\ttestscript.Run(t, testscript.Params{Dir: "testdata/script"})\n}\n',
      'cli/testdata/script/pack.txtar': '# packs a model\nexec tool pack model\nstdout ok\n\n-- model/weights.bin --\nAAAA\n',
      'cli/testdata/script/push.txt': 'exec tool push reg/model:v1\n',
      'cli/testdata/script/only-comments.txtar': '# nothing runs\n-- a.txt --\nexec tool pack\n',
      'cli/testdata/other/notes.txt': 'exec tool pack\n',
      'gen/golden_test.go': 'package gen\n\nfunc TestGolden(t *testing.T) {\n\tar, _ := txtar.ParseFile("testdata/cases.txtar")\n\t_ = ar\n}\n',
      'gen/testdata/cases.txtar': 'exec tool pack\n-- in.go --\npackage x\n',
    },
    tests: {
      'cli/script_test.go': { framework: 'go', cases: 1 },
      'cli/testdata/script/pack.txtar': { framework: 'go', cases: 1 },
      'cli/testdata/script/push.txt': { framework: 'go', cases: 1 },
      'gen/golden_test.go': { framework: 'go', cases: 1 },
    },
  },
];

describe('discovering test files', () => {
  it.each(cases)('$name', ({ files, tests }) => {
    expect(discover(files).tests).toEqual(tests);
  });

  it('lists notebooks apart: they are tests only when a notebook runner selects them', () => {
    const got = discover({ 'notebooks/a.ipynb': '{}', 'notebooks/.ipynb_checkpoints/a-checkpoint.ipynb': '{}' });
    expect(got.tests).toEqual({});
    expect(got.notebooks).toEqual(['notebooks/a.ipynb']);
  });
});

describe('descriptions handed to another run (a pull request\'s base)', () => {
  const files = { 'tests/test_a.py': TEST, 'tests/test_b.py': `${TEST}\ndef test_b():\n    assert 1\n`, 'tests/helpers.py': 'X = 1\n', 'pytest.ini': '[pytest]\nmarkers =\n    slow\n' };
  const head = () => {
    const repo = indexRepository(makeRepo(files));
    keepDescribedTests(repo);
    const found = discoverTests(repo, readRunnerSettings(repo));
    return { found, kept: describedTestsOf(repo)! };
  };
  /** A base that reads every file but `changed` from the checkout, with these files. */
  const base = (changes: Record<string, string>, changed: readonly string[]) => {
    const repo = indexRepository(makeRepo({ ...files, ...changes }));
    return { ...repo, sameAsCheckout: (p: string) => !changed.includes(p) };
  };

  it('takes what the checkout found in the files it reads from it, describes the others, and finds what a run alone finds', () => {
    const h = head();
    expect([...h.kept.found.keys()].sort()).toEqual(['tests/helpers.py', 'tests/test_a.py', 'tests/test_b.py']);
    const changes = { 'tests/test_b.py': TEST };
    const alone = discoverTests(indexRepository(makeRepo({ ...files, ...changes })), readRunnerSettings(indexRepository(makeRepo({ ...files, ...changes }))));
    const b = base(changes, ['tests/test_b.py']);
    seedDescribedTests(b, h.kept);
    const seeded = discoverTests(b, readRunnerSettings(b));
    expect(seeded).toEqual(alone);
    const fileOf = (d: typeof seeded, p: string) => d.tests.find((t) => t.file.path === p)!.file;
    expect(fileOf(seeded, 'tests/test_a.py')).toBe(fileOf(h.found, 'tests/test_a.py'));
    expect(fileOf(seeded, 'tests/test_b.py')).not.toBe(fileOf(h.found, 'tests/test_b.py'));
    expect(fileOf(seeded, 'tests/test_b.py').cases).toBe(1);
    // Under other runner settings (another marker), nothing is taken.
    const other = base({ 'pytest.ini': '[pytest]\nmarkers =\n    gpu\n' }, ['pytest.ini']);
    const h2 = head();
    seedDescribedTests(other, h2.kept);
    expect(fileOf(discoverTests(other, readRunnerSettings(other)), 'tests/test_a.py')).not.toBe(fileOf(h2.found, 'tests/test_a.py'));
    // Nothing kept unless asked.
    const plain = indexRepository(makeRepo(files));
    discoverTests(plain, readRunnerSettings(plain));
    expect(describedTestsOf(plain)).toBeUndefined();
  });
});

describe('compiled pattern caches', () => {
  it('stay bounded across many runs, evicting the oldest pattern, and still answer', () => {
    for (let i = 0; i < PATTERN_CACHE_LIMIT + 50; i++) expect(globMatcher([`pkg${i}/**/*.spec.js`])(`pkg${i}/a/b.spec.js`)).toBe(true);
    expect(cachedPatternCount()).toBeLessThanOrEqual(2 * PATTERN_CACHE_LIMIT);
    const cache = new Map<string, number>();
    for (let i = 0; i <= PATTERN_CACHE_LIMIT; i++) remembered(cache, `k${i}`, () => i);
    expect(cache.size).toBe(PATTERN_CACHE_LIMIT);
    expect(cache.has('k0')).toBe(false);
    expect(remembered(cache, `k${PATTERN_CACHE_LIMIT}`, () => -1)).toBe(PATTERN_CACHE_LIMIT);
    expect(globMatcher(['pkg0/**/*.spec.js'])('pkg0/x.spec.js')).toBe(true);
  });
});
