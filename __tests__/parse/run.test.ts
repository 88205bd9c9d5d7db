import { CORPUS, corpusRepos } from '../helpers/corpus.js';
import * as path from 'node:path';
import { analyzeRepository } from '../../src/analysis.js';
import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from './follow-helpers.js';

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

describe('the corpus (second tier: parses, and what it reaches reads right)', () => {
  const corpus = CORPUS;
  const repos = corpusRepos();
  const reached = (name: string) => {
    const a = analyzeRepository(path.join(corpus, name));
    return { a, lines: a.commands.filter((c) => c.via.length > 0).map((c) => `${c.argv.slice(0, 2).join(' ')} @${c.at.file}:${c.at.line}`) };
  };

  it('finds the corpus', () => {
    expect(repos.length).toBeGreaterThanOrEqual(5);
  });

  it('iterative__dvc: pre-commit/action and pre-commit.ci reach the hooks', () => {
    const { a, lines } = reached('iterative__dvc');
    expect(lines).toContain('ruff format @.pre-commit-config.yaml:29');
    const ci = a.commands.filter((c) => c.exec.reach.conditions.includes('run by pre-commit.ci'));
    expect(ci.length).toBeGreaterThan(0);
    expect(ci.every((c) => c.via[0]?.file === '.pre-commit-config.yaml')).toBe(true);
  });

  it('pallets__flask: tox run reaches pytest in pyproject [tool.tox]', () => {
    const { a, lines } = reached('pallets__flask');
    expect(lines).toContain('pytest -v @pyproject.toml:192');
    expect(a.selections.some((s) => s.runner === 'pytest' && s.command.at.file === 'pyproject.toml')).toBe(true);
  });

  it('iterative__cml: npm test reaches jest in package.json', () => {
    const { lines } = reached('iterative__cml');
    expect(lines).toContain('jest --forceExit @package.json:92');
  });

  it('bentoml__BentoML: nox sessions in an empty noxfile reach nothing, without findings', () => {
    const { a } = reached('bentoml__BentoML');
    expect(a.commands.some((c) => c.via.some((v) => v.file === 'noxfile.py'))).toBe(false);
    expect(a.findings.filter((f) => f.check === 'command-resolution' && f.message.includes('nox'))).toEqual([]);
  });
});
