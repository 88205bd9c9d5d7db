/** Corpus tier: the profile inferred for each corpus repository, with the reason that decides it. */
import * as path from 'node:path';
import { analyzeRepository } from '../../src/analysis/analyze.js';
import { inferProfile } from '../../src/analysis/profile.js';
import { CORPUS } from '../helpers/corpus.js';

describe('corpus repositories', () => {
  const corpus = CORPUS;
  test.each([
    ['bentoml__BentoML', 'ml-library', 'pyproject.toml:22 classifies the package as "Topic :: Scientific/Engineering :: Artificial Intelligence".'],
    ['iterative__dvc', 'ml-library', 'pyproject.toml:10 lists the ML keywords "ai", "data-science", "machine-learning".'],
    ['iterative__cml', 'ml-library', 'package.json:24 lists the ML keywords "data science", "machine learning", "deep learning".'],
    ['kubeflow__pipelines', 'ml-library', '.github/workflows/publish-packages.yml:60 publishes to PyPI (uses "pypa/gh-action-pypi-publish@release/v1").'],
    ['pallets__flask', 'library', 'pyproject.toml:2 declares a library package "Flask" with classifiers.'],
  ])('%s is %s', (name, profile, reason) => {
    const d = inferProfile(analyzeRepository(path.join(corpus, name)));
    expect(d.profile).toBe(profile);
    expect(d.reasons).toContain(reason);
  });
});
