import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../../helpers/follow.js';

const NOXFILE = [
  'import nox', //                                              1
  '', //                                                          2
  'nox.options.sessions = ["lint", "tests"]', //                 3
  '', //                                                          4
  '@nox.session(python=["3.11", "3.12"])', //                     5
  'def tests(session: nox.Session) -> None:', //                 6
  '    session.install(".[tests]")', //                          7
  '    session.run(', //                                          8
  '        "pytest",', //                                         9
  '        "tests/unit",', //                                     10
  '        *session.posargs,', //                                 11
  '    )', //                                                     12
  '', //                                                          13
  '@nox.session(name="lint")', //                                 14
  'def lint_code(session):', //                                   15
  '    session.run("ruff", "check", ".")', //                     16
].join('\n');

const PARAMS = [
  'import os', //                                                 1
  'import nox', //                                                2
  '', //                                                          3
  'TEST_ARGS = [', //                                             4
  '    "pytest",', //                                             5
  '    "-vv",', //                                                6
  ']', //                                                         7
  'DEPS = {"sklearn": ["scikit-learn"], "torch": []}', //         8
  '', //                                                          9
  '@nox.session(name="unit")', //                                 10
  'def unit(session):', //                                        11
  '    session.run(*TEST_ARGS, "tests/unit", external=True)', //  12
  '', //                                                          13
  '@nox.session(name="e2e", python=["3.11"])', //                 14
  '@nox.parametrize("suite", ["http", "grpc"])', //              15
  'def e2e(session, suite):', //                                  16
  '    folder = os.path.join("tests/e2e", suite)', //             17
  '    session.run(*TEST_ARGS, folder)', //                       18
  '', //                                                          19
  '@nox.session(name="frameworks")', //                           20
  '@nox.parametrize("framework", list(DEPS))', //                 21
  'def frameworks(session, framework):', //                       22
  '    session.run(*TEST_ARGS, "tests/frameworks.py", "--framework", framework)', // 23
  '', //                                                          24
  '@nox.session', //                                              25
  'def docs(session):', //                                        26
  '    args = ["-W", "docs", "docs/_build"]', //                  27
  '    session.run("sphinx-build", *args)', //                    28
].join('\n');

describe('nox sessions', () => {
  it.each([
    ['nox -s tests', 'nox -s tests', 'pytest', { argv: ['pytest', 'tests/unit'], at: 'noxfile.py:8', via: [`${CI}:8`, 'noxfile.py:6'] }],
    ['a python-suffixed session name', 'nox -s tests-${{ matrix.pyv }}', 'pytest', { argv: ['pytest', 'tests/unit'], at: 'noxfile.py:8', via: [`${CI}:8`, 'noxfile.py:6'] }],
    ['a session named by name=', 'uvx nox --session lint', 'ruff', { argv: ['ruff', 'check', '.'], at: 'noxfile.py:16', via: [`${CI}:8`, 'noxfile.py:15'] }],
    ['bare nox runs nox.options.sessions', 'nox', 'ruff', { argv: ['ruff', 'check', '.'], at: 'noxfile.py:16', via: [`${CI}:8`, 'noxfile.py:15'] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { 'noxfile.py': NOXFILE });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it.each([
    ['a *LIST spread of a module-level list', 'nox -s unit', 'pytest', ['pytest -vv tests/unit']],
    ['a parametrized session named with its parameter', `nox -s "e2e-3.11(suite='http')"`, 'pytest', ['pytest -vv tests/e2e/http']],
    ['a parametrized session with its parameter from the matrix runs every parametrization', "nox -s \"e2e-${{ matrix.py }}(suite='${{ matrix.suite }}')\"", 'pytest', ['pytest -vv tests/e2e/http', 'pytest -vv tests/e2e/grpc']],
    ['a parameter over the keys of a module-level dict, passed as an argument', 'nox -s frameworks', 'pytest', ['pytest -vv tests/frameworks.py --framework sklearn', 'pytest -vv tests/frameworks.py --framework torch']],
    ['a session-local list assignment', 'nox -s docs', 'sphinx-build', ['sphinx-build -W docs docs/_build']],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { 'noxfile.py': PARAMS });
    expect(a.commands.filter((c) => c.argv[0] === prefix).map((c) => c.argv.join(' '))).toEqual(expected);
    expect(a.commands.find((c) => c.argv[0] === prefix)?.at.file).toBe('noxfile.py');
  });

  it('selects the test folders of every parametrization', () => {
    const a = analyzeRun("nox -s \"e2e(suite='${{ matrix.suite }}')\"", { 'noxfile.py': PARAMS });
    expect(a.selections.map((s) => s.paths)).toEqual([['tests/e2e/http'], ['tests/e2e/grpc']]);
  });

  it('selects the session tests in the noxfile folder', () => {
    const a = analyzeRun('cd pkg && nox -s tests', { 'pkg/noxfile.py': NOXFILE });
    expect(a.selections.map((s) => [s.runner, s.cwd, s.paths])).toEqual([['pytest', 'pkg', ['tests/unit']]]);
  });

  it('reaches nothing, without a crash or finding, from an empty noxfile', () => {
    const a = analyzeRun('nox -s tests', { 'noxfile.py': '' });
    expect(a.commands.map((c) => c.argv.join(' '))).toEqual(['nox -s tests']);
    expect(resolutionFindings(a)).toEqual([]);
  });
});

const PACKAGE = [
  '{', //                                                 1
  '  "name": "x",', //                                    2
  '  "scripts": {', //                                    3
  '    "pretest": "npm run lint",', //                    4
  '    "test": "jest src --selectProjects unit -t fast",', // 5
  '    "lint": "eslint .",', //                           6
  '    "e2e": "cross-env CI=1 vitest run e2e/"', //       7
  '  }', //                                               8
  '}', //                                                 9
].join('\n');

describe('package.json scripts', () => {
  it.each([
    ['npm test runs pretest first', 'npm test', 'eslint', { argv: ['eslint', '.'], at: 'package.json:6', via: [`${CI}:8`, 'package.json:4'] }],
    ['npm t', 'npm t', 'jest', { argv: ['jest', 'src', '--selectProjects', 'unit', '-t', 'fast'], at: 'package.json:5', via: [`${CI}:8`] }],
    ['yarn test', 'yarn test', 'jest', { argv: ['jest', 'src', '--selectProjects', 'unit', '-t', 'fast'], at: 'package.json:5', via: [`${CI}:8`] }],
    ['pnpm run with --dir', 'pnpm --dir web run e2e', 'vitest', { argv: ['vitest', 'run', 'e2e/'], at: 'web/package.json:7', via: [`${CI}:8`] }],
    ['yarn <script>', 'yarn lint', 'eslint', { argv: ['eslint', '.'], at: 'package.json:6', via: [`${CI}:8`] }],
    ['bun run', 'bun run lint', 'eslint', { argv: ['eslint', '.'], at: 'package.json:6', via: [`${CI}:8`] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { 'package.json': PACKAGE, 'web/package.json': PACKAGE });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it('selects jest paths, projects and -t', () => {
    const a = analyzeRun('npm test', { 'package.json': PACKAGE });
    expect(a.selections.map(({ command: _c, ...s }) => s)).toEqual([{ runner: 'jest', cwd: '', paths: ['src'], projects: ['unit'], keyword: 'fast' }]);
  });

  it('reports invalid JSON at its line and still follows other steps', () => {
    const a = analyzeRun('npm test\nmake lint', { 'package.json': '{\n  "scripts": {\n    "test": "jest",\n  }\n}\n', Makefile: 'lint:\n\teslint .\n' });
    expect(a.findings.find((f) => f.file === 'package.json')).toMatchObject({ line: 4, check: 'command-resolution' });
    expect(findCommand(a, 'eslint')?.at).toEqual({ file: 'Makefile', line: 2, column: 2 });
  });

  it('says when an npm run script is missing', () => {
    const a = analyzeRun('npm run nope', { 'package.json': PACKAGE });
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });
});
