/** pre-commit.ci as a pipeline: a `ci:` key makes one pull-request pipeline whose steps are the hooks. */
import { preCommitCi } from '../../../../src/parse/ci/pre-commit-ci/index.js';
import { readPreCommit } from '../../../../src/parse/ci/pre-commit-ci/read.js';
import { indexRepository } from '../../../../src/parse/repo.js';
import { makeRepo } from '../../../helpers/repo.js';

const CONFIG = ['ci:', '  skip: [mypy]', 'repos:', '  - repo: https://github.com/astral-sh/ruff-pre-commit', '    hooks:', '      - id: ruff', '      - id: mypy', ''].join('\n');

describe('pre-commit.ci', () => {
  it('reads a config with a ci: key as a pull-request pipeline of the hooks it does not skip', () => {
    const [p, ...rest] = preCommitCi.read(indexRepository(makeRepo({ '.pre-commit-config.yaml': CONFIG }))).pipelines;
    expect(rest).toEqual([]);
    expect(p!.triggers.map((t) => [t.kind, t.original, t.at.line, t.at.column])).toEqual([['pull-request', 'pull_request', 1, 1]]);
    expect(p!.jobs[0]!.steps.map((s) => [s.name?.value, s.at.line, s.at.column])).toEqual([['ruff', 6, 13]]);
  });

  it('reads a config without a ci: key as no pipeline (pre-commit.ci is not enabled)', () => {
    const text = CONFIG.replace('ci:\n  skip: [mypy]\n', '');
    expect(preCommitCi.read(indexRepository(makeRepo({ '.pre-commit-config.yaml': text }))).pipelines).toEqual([]);
  });

  it('reads the config once per repository: every reader gets the same reading', () => {
    const root = makeRepo({ '.pre-commit-config.yaml': CONFIG });
    const repo = indexRepository(root);
    const first = readPreCommit(repo);
    expect(first?.hooks.map((h) => h.id)).toEqual(['ruff', 'mypy']);
    expect(readPreCommit(repo)).toBe(first);
    // Another index of the same folder (another run) reads it for itself.
    const other = readPreCommit(indexRepository(root));
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
    expect(readPreCommit(indexRepository(makeRepo({ 'a.py': '' })))).toBeUndefined();
  });
});
