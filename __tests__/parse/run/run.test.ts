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
});
