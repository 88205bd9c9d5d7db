import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../helpers/follow.js';

describe('commandsOf', () => {
  it('keeps one Command per shell command written in run:, with no via', () => {
    const a = analyzeRun('pip install -e .\npytest -q tests || true', {});
    expect(a.commands.map((c) => [describeCommand(c), c.at.column, c.cannotFail !== undefined])).toEqual([
      [{ argv: ['pip', 'install', '-e', '.'], at: `${CI}:8`, via: [] }, 11, false],
      [{ argv: ['pytest', '-q', 'tests'], at: `${CI}:9`, via: [] }, 11, true],
    ]);
  });

  it('tracks cd within a run: block for selections', () => {
    const a = analyzeRun('cd sdk/python\npytest tests\ncd ../..\npytest', {});
    expect(a.selections.map((s) => [s.cwd, s.paths])).toEqual([
      ['sdk/python', ['tests']],
      ['', []],
    ]);
  });

  it('follows a script after a cd inside a subshell in that folder: (cd it && sh run.sh)', () => {
    const a = analyzeRun('(cd integration && sh run.sh)', { 'integration/run.sh': 'docker build -t svc ..\npython test_docker.py\n' });
    expect(a.commands.map((c) => describeCommand(c).argv.join(' '))).toEqual(expect.arrayContaining(['docker build -t svc ..', 'python test_docker.py']));
  });

  it('ignores a working-directory that is an expression', () => {
    const a = analyzeRun('pytest', {}, '        working-directory: ${{ matrix.dir }}\n');
    expect(a.selections.map((s) => s.cwd)).toEqual(['']);
  });

  it('a broken task file does not stop following the others', () => {
    const a = analyzeRun('make lint\nnpm test\ntox -e py', {
      Makefile: '\tstray recipe\nlint:\n\truff check .\n',
      'package.json': '{ "scripts": { "test": "jest" ',
      'tox.ini': 'no section here\n[testenv]\ncommands = pytest\n',
    });
    expect(a.commands.filter((c) => c.via.length > 0).map((c) => `${c.argv[0]} ${c.at.file}:${c.at.line}`)).toEqual(['ruff Makefile:3', 'pytest tox.ini:3']);
    expect(a.findings.filter((f) => ['Makefile', 'package.json', 'tox.ini'].includes(f.file)).map((f) => `${f.file}:${f.line}`).sort()).toEqual(['Makefile:1', 'package.json:1', 'tox.ini:1']);
  });

  it('reports a loop between two task runners once', () => {
    const a = analyzeRun('make a\nmake a', { Makefile: 'a:\n\tbash run.sh\n', 'run.sh': 'make a\n' });
    expect(resolutionFindings(a)).toEqual(['run.sh:1']);
    expect(findCommand(a, 'make a')?.via).toEqual([]);
  });

  describe('what is kept between the commands of one run gives each command its own answer', () => {
    it('one make recipe expanded with other variables gives other commands (recipes are parsed once by their text, not by their lines)', () => {
      const a = analyzeRun('make test PY=python3.11\nmake test PY=pypy3\nmake test PY=python3.11', { Makefile: 'test:\n\t$(PY) -m pytest tests\n' });
      expect(a.commands.filter((c) => c.via.length > 0).map((c) => [c.text, `${c.at.file}:${c.at.line}:${c.at.column}`, c.via.map((v) => v.line)])).toEqual([
        ['python3.11 -m pytest tests', 'Makefile:2:2', [8, 1]],
        ['pypy3 -m pytest tests', 'Makefile:2:2', [9, 1]],
        ['python3.11 -m pytest tests', 'Makefile:2:2', [10, 1]],
      ]);
    });

    it('a leading X=1 sets the variable for that command only, also when the same text runs again', () => {
      const a = analyzeRun('TOXENV=unit tox\ntox\nTOXENV=unit tox', { 'tox.ini': '[tox]\nenvlist = lint\n[testenv:lint]\ncommands = ruff check .\n[testenv:unit]\ncommands = pytest tests\n' });
      expect(a.commands.filter((c) => c.via.length > 0).map((c) => c.text)).toEqual(['pytest tests', 'ruff check .', 'pytest tests']);
    });

    it('a command that starts no test runner in one place still gives the selection of a runner elsewhere, each with its own folder', () => {
      const a = analyzeRun('cd a\nbash ../run.sh\ncd ../b\nbash ../run.sh', { 'run.sh': 'echo go\npytest tests\n', 'a/x': '', 'b/x': '' });
      expect(a.selections.map((s) => [s.cwd, s.paths])).toEqual([
        ['a', ['tests']],
        ['b', ['tests']],
      ]);
    });

    it('a Python script is missing in one folder and found in another: only the missing one is listed', () => {
      const a = analyzeRun('cd a\nbash ../run.sh\ncd ../b\nbash ../run.sh\ncd ../a\nbash ../run.sh', { 'run.sh': 'python tools/eval.py\n', 'a/tools/eval.py': 'print(1)\n', 'b/x': '' });
      expect(a.unfollowed.map((u) => [u.kind, u.reason])).toEqual([['missing-script', 'the script "b/tools/eval.py" is not in the repository']]);
    });
  });
});
