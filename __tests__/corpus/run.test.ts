/** Corpus tier: what the commands of real repositories reach through scripts and task runners. */
import * as path from 'node:path';
import { analyzeRepository } from '../../src/analysis/analyze.js';
import { CORPUS, corpusRepos } from '../helpers/corpus.js';

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
