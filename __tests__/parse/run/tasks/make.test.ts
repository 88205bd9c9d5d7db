import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../../helpers/follow.js';

const MAKEFILE = [
  'PYTHON := python3', //                    1
  'PYTEST = $(PYTHON) -m pytest', //         2
  '', //                                      3
  '.PHONY: test lint unit', //               4
  'test: lint unit', //                       5
  '', //                                      6
  'lint:', //                                 7
  '\t@ruff check .', //                       8
  '', //                                      9
  'unit:', //                                 10
  '\t-$(PYTEST) tests/unit -m "not slow"', // 11
  '', //                                      12
  'all:', //                                  13
  '\t+$(MAKE) lint', //                       14
].join('\n');

describe('make targets', () => {
  it.each([
    ['make test → prerequisite lint', 'make test', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'Makefile:8', via: [`${CI}:8`, 'Makefile:5', 'Makefile:7'] }],
    ['make test → prerequisite unit with $(PYTEST) expanded', 'make test', 'pytest', { argv: ['pytest', 'tests/unit', '-m', 'not slow'], at: 'Makefile:11', via: [`${CI}:8`, 'Makefile:5', 'Makefile:10'] }],
    ['bare make → first target (test)', 'make', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'Makefile:8', via: [`${CI}:8`, 'Makefile:5', 'Makefile:7'] }],
    ['$(MAKE) recursion', 'make all', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'Makefile:8', via: [`${CI}:8`, 'Makefile:13', 'Makefile:14', 'Makefile:7'] }],
    ['make -C dir target', 'make -C sub lint', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'sub/Makefile:8', via: [`${CI}:8`, 'sub/Makefile:7'] }],
    ['cd dir && make target', 'cd sub && make lint', 'ruff check', { argv: ['ruff', 'check', '.'], at: 'sub/Makefile:8', via: [`${CI}:8`, 'sub/Makefile:7'] }],
  ])('%s', (_name, run, prefix, expected) => {
    const a = analyzeRun(run, { Makefile: MAKEFILE, 'sub/Makefile': MAKEFILE });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
    expect(c?.exec.file).toBe(CI);
  });

  it('marks a recipe line prefixed with "-" as unable to fail', () => {
    const a = analyzeRun('make unit', { Makefile: MAKEFILE });
    expect(findCommand(a, 'pytest')?.cannotFail).toEqual({ why: 'ignored-by-runner', runner: 'make', at: { file: 'Makefile', line: 11, column: 1 } });
    expect(findCommand(a, 'make unit')?.cannotFail).toBeUndefined();
  });

  it('selects the tests of a recipe, in the folder make runs in', () => {
    const a = analyzeRun('make -C sub unit', { 'sub/Makefile': MAKEFILE });
    expect(a.selections.map((s) => ({ runner: s.runner, cwd: s.cwd, paths: s.paths, markers: s.markers, at: `${s.command.at.file}:${s.command.at.line}` }))).toEqual([
      { runner: 'pytest', cwd: 'sub', paths: ['tests/unit'], markers: 'not slow', at: 'sub/Makefile:11' },
    ]);
  });

  it('expands command-line overrides before Makefile values', () => {
    const a = analyzeRun('make unit PYTHON=python3.12', { Makefile: MAKEFILE });
    expect(findCommand(a, 'pytest')?.text).toBe('python3.12 -m pytest tests/unit -m "not slow"');
  });

  it('cuts a target that calls itself once, with one finding', () => {
    const a = analyzeRun('make loop\nmake loop', { Makefile: 'loop:\n\techo start\n\t$(MAKE) loop\n' });
    expect(a.commands.filter((c) => c.argv[0] === 'echo')).toHaveLength(2);
    expect(resolutionFindings(a)).toEqual(['Makefile:3']);
  });

  it('reports a prerequisite cycle at the target and goes on', () => {
    const a = analyzeRun('make a', { Makefile: 'a: b\n\techo a\nb: a\n\techo b\n' });
    expect(a.commands.map((c) => c.argv.join(' '))).toEqual(['make a', 'echo b', 'echo a']);
    expect(resolutionFindings(a)).toEqual(['Makefile:1']);
  });

  it('reports a broken line with its number and still follows the rest', () => {
    const a = analyzeRun('make lint', { Makefile: 'this is not make\nlint:\n\truff check .\n' });
    expect(findCommand(a, 'ruff')?.at).toEqual({ file: 'Makefile', line: 3, column: 2 });
    expect(a.findings.find((f) => f.file === 'Makefile')).toMatchObject({ line: 1, check: 'command-resolution', message: expect.stringContaining('"this is not make"') });
  });

  it('says when a target is missing', () => {
    const a = analyzeRun('make nope', { Makefile: MAKEFILE });
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });
});
