/** The CI-provider seam: the registry of providers and what each fills. */
import { CI_PROVIDERS, readCiSystems } from '../../../src/parse/ci/index.js';
import { indexRepository } from '../../../src/parse/repo.js';
import { makeRepo } from '../../helpers/repo.js';

describe('CI_PROVIDERS', () => {
  it('lists GitHub Actions and pre-commit.ci, each once', () => {
    expect(CI_PROVIDERS.map((p) => p.id)).toEqual(['github-actions', 'pre-commit-ci']);
  });

  it.each(CI_PROVIDERS.map((p) => [p.id, p] as const))('%s reads a repository without its configuration into no pipeline', (_id, provider) => {
    const reading = provider.read(indexRepository(makeRepo({ 'README.md': '# x\n' })));
    expect(reading.pipelines).toEqual([]);
    expect(reading.steps).toEqual([]);
  });

  it('concatenates every provider, in registry order', () => {
    const repo = indexRepository(
      makeRepo({
        '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
        '.pre-commit-config.yaml': 'ci:\n  autofix_prs: false\nrepos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    hooks:\n      - id: ruff\n',
      }),
    );
    const reading = readCiSystems(repo);
    expect(reading.pipelines.map((p) => [p.system, p.file])).toEqual([
      ['github-actions', '.github/workflows/ci.yml'],
      ['pre-commit-ci', '.pre-commit-config.yaml'],
    ]);
    expect(reading.github?.workflows.map((w) => w.file)).toEqual(['.github/workflows/ci.yml']);
  });
});
