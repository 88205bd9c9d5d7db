/** The CI-provider seam: the registry of providers and what each fills. */
import { CI_PROVIDERS, readCiSystems } from '../../../src/parse/ci/index.js';
import { indexRepository } from '../../../src/parse/repo.js';
import { makeRepo } from '../../helpers/repo.js';

describe('CI_PROVIDERS', () => {
  it('lists GitHub Actions, pre-commit.ci, GitLab CI and CircleCI, each once', () => {
    expect(CI_PROVIDERS.map((p) => p.id)).toEqual(['github-actions', 'pre-commit-ci', 'gitlab-ci', 'circleci']);
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
        '.gitlab-ci.yml': 'unit:\n  script: [pytest]\n',
        '.circleci/config.yml': 'version: 2.1\njobs:\n  docs:\n    docker: [{image: x}]\n    steps: [{run: make docs}]\nworkflows:\n  docs: {jobs: [docs]}\n',
      }),
    );
    const reading = readCiSystems(repo);
    expect(reading.pipelines.map((p) => [p.system, p.file])).toEqual([
      ['github-actions', '.github/workflows/ci.yml'],
      ['pre-commit-ci', '.pre-commit-config.yaml'],
      ['gitlab-ci', '.gitlab-ci.yml'],
      ['circleci', '.circleci/config.yml'],
    ]);
    expect(reading.github?.workflows.map((w) => w.file)).toEqual(['.github/workflows/ci.yml']);
    expect(reading.adapted?.map((w) => [w.provider, w.file])).toEqual([
      ['gitlab-ci', '.gitlab-ci.yml'],
      ['circleci', '.circleci/config.yml'],
    ]);
    expect(reading.steps.map((s) => [s.file, s.step.runLines.map((l) => l.value).join('\n') || s.step.uses?.value, s.reach.events.map((e) => e.original).join(',')])).toEqual([
      ['.github/workflows/ci.yml', 'pytest', 'push'],
      ['.gitlab-ci.yml', 'pytest', 'push,release,workflow_dispatch'],
      ['.circleci/config.yml', 'make docs', 'pull_request,push'],
    ]);
  });
});
