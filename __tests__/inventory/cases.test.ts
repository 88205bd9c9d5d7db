import { countCases, isCode, langOf, markersOf, readCode } from '../../src/inventory/cases.js';

const count = (path: string, text: string): number => {
  const lang = langOf(path)!;
  return countCases(readCode(text, lang), lang);
};

describe('counting test cases', () => {
  const cases: { name: string; path: string; text: string; expected: number }[] = [
    { name: 'pytest functions, sync and async', path: 'tests/test_a.py', text: 'def test_one():\n    pass\n\nasync def test_two():\n    pass\n', expected: 2 },
    { name: 'methods of a Test class', path: 'tests/test_a.py', text: 'class TestThing:\n    def test_x(self):\n        pass\n    def helper(self):\n        pass\n    def test_y(self):\n        pass\n', expected: 2 },
    { name: 'commented-out Python tests are not counted', path: 'tests/test_a.py', text: 'def test_live():\n    pass\n# def test_dead():\n#     pass\n', expected: 1 },
    { name: 'a docstring block holding old tests is not counted', path: 'tests/test_a.py', text: '"""\ndef test_in_doc():\n    pass\n"""\ndef test_live():\n    pass\n', expected: 1 },
    { name: 'functions not named test* are helpers', path: 'tests/test_a.py', text: 'def make_model():\n    pass\ndef check_test_x():\n    pass\n', expected: 0 },
    { name: 'jest it/test, with .each and .skip', path: 'src/a.test.ts', text: "describe('x', () => {\n  it('a', () => {});\n  test.each([1, 2])('b %i', () => {});\n  it.skip('c', () => {});\n});\n", expected: 3 },
    { name: 'commented-out jest tests (line and block) are not counted', path: 'src/a.spec.js', text: "it('a', () => {});\n// it('b', () => {});\n/*\ntest('c', () => {});\n*/\n", expected: 1 },
    { name: 'words ending in "it(" are not tests', path: 'src/a.test.ts', text: "submit('x');\nform.test('y');\n", expected: 0 },
    { name: 'Go tests, benchmarks and fuzz targets, not TestMain', path: 'pkg/a_test.go', text: 'package a\nfunc TestMain(m *testing.M) {}\nfunc TestA(t *testing.T) {}\nfunc BenchmarkB(b *testing.B) {}\nfunc FuzzC(f *testing.F) {}\n// func TestOld(t *testing.T) {}\n', expected: 3 },
    { name: 'testthat blocks', path: 'tests/testthat/test-model.R', text: 'test_that("a", {\n  expect_true(TRUE)\n})\n# test_that("b", {})\n', expected: 1 },
    { name: 'JUnit annotations, not @TestInstance', path: 'src/test/java/ATest.java', text: '@TestInstance(PER_CLASS)\nclass ATest {\n  @Test void a() {}\n  @ParameterizedTest void b() {}\n}\n', expected: 2 },
    { name: 'bats @test blocks', path: 'test/cli.bats', text: '@test "prints help" {\n  run cli --help\n}\n# @test "old" {}\n', expected: 1 },
  ];
  it.each(cases)('$name', ({ path, text, expected }) => {
    expect(count(path, text)).toBe(expected);
  });
});

describe('markers', () => {
  const cases: { name: string; path: string; text: string; expected: { name: string; line: number; fileLevel: boolean }[] }[] = [
    {
      name: 'pytestmark marks the whole module',
      path: 't/test_a.py',
      text: 'import pytest\n\npytestmark = pytest.mark.integration\n\ndef test_a():\n    pass\n',
      expected: [{ name: 'integration', line: 3, fileLevel: true }],
    },
    {
      name: 'a list in pytestmark across lines',
      path: 't/test_a.py',
      text: 'import pytest\npytestmark = [\n    pytest.mark.slow,\n    pytest.mark.e2e,\n]\ndef test_a():\n    pass\n',
      expected: [
        { name: 'e2e', line: 2, fileLevel: true },
        { name: 'slow', line: 2, fileLevel: true },
      ],
    },
    {
      name: 'a decorator on some tests only is not file-level; parametrize is ignored',
      path: 't/test_a.py',
      text: 'import pytest\n@pytest.mark.gpu\n@pytest.mark.parametrize("x", [1])\ndef test_a(x):\n    pass\ndef test_b():\n    pass\n',
      expected: [{ name: 'gpu', line: 2, fileLevel: false }],
    },
    {
      name: 'a decorator on every test is file-level',
      path: 't/test_a.py',
      text: '@pytest.mark.slow\ndef test_a():\n    pass\n@pytest.mark.slow\ndef test_b():\n    pass\n',
      expected: [{ name: 'slow', line: 1, fileLevel: true }],
    },
    {
      name: 'a commented-out marker does not count',
      path: 't/test_a.py',
      text: '# @pytest.mark.integration\ndef test_a():\n    pass\n',
      expected: [],
    },
    {
      name: 'Go build tags',
      path: 'p/a_test.go',
      text: '//go:build integration && !windows\n\npackage p\nfunc TestA(t *testing.T) {}\n',
      expected: [
        { name: 'integration', line: 1, fileLevel: true },
        { name: 'windows', line: 1, fileLevel: true },
      ],
    },
  ];
  it.each(cases)('$name', ({ path, text, expected }) => {
    const lang = langOf(path)!;
    const code = readCode(text, lang);
    const got = markersOf(code, countCases(code, lang));
    expect(got).toEqual(expected);
  });
});

describe('telling code from comments', () => {
  const cases: { name: string; path: string; text: string; at: string; code: boolean }[] = [
    { name: 'a Python line comment', path: 'a.py', text: 'x = 1  # joblib.load(m)\n', at: 'joblib', code: false },
    { name: 'a "#" inside a Python string is not a comment', path: 'a.py', text: 'color = "#fff"; joblib.load(m)\n', at: 'joblib', code: true },
    { name: 'a Python docstring block', path: 'a.py', text: 'def f():\n    """\n    joblib.load(m)\n    """\n', at: 'joblib', code: false },
    { name: 'a triple-quoted value is code', path: 'a.py', text: 'x = """joblib.load"""\njoblib.load(m)\n', at: 'joblib.load(m)', code: true },
    { name: 'a JS block comment', path: 'a.ts', text: 'a();\n/* fetch("/predict") */\n', at: 'fetch', code: false },
    { name: 'a JS line comment after code', path: 'a.ts', text: 'a(); // fetch("/predict")\n', at: 'fetch', code: false },
    { name: 'a URL in a JS string is not a comment', path: 'a.ts', text: 'get("http://x"); fetch("/predict")\n', at: 'fetch', code: true },
  ];
  it.each(cases)('$name', ({ path, text, at, code }) => {
    expect(isCode(readCode(text, langOf(path)!), text.indexOf(at))).toBe(code);
  });
});
