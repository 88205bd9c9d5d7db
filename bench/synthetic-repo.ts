/**
 * Generates a large synthetic repository for the benchmark: source and data files, test
 * files in several ecosystems, workflows calling composite actions, and task files
 * (Makefile, tox.ini, package.json) with indirections. Deterministic for a given size.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SyntheticSize {
  files: number;
  testFiles: number;
  workflows: number;
}

export const DEFAULT_SIZE: SyntheticSize = { files: 30_000, testFiles: 3_000, workflows: 150 };

function write(root: string, rel: string, text: string): void {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

const PY_TEST = (i: number) => `import pytest
import joblib

from pkg${i % 50} import model


@pytest.mark.integration
def test_round_trip_${i}(tmp_path):
    m = model.train([[0, 1], [1, 0]], [0, 1])
    joblib.dump(m, tmp_path / "m.joblib")
    assert joblib.load(tmp_path / "m.joblib").predict([[0, 1]]) == [0]


def test_loss_decreases_${i}():
    history = model.fit_tiny(epochs=2)
    assert history[-1] < history[0]
`;

const TS_TEST = (i: number) => `import { describe, it, expect } from 'vitest';
import { score } from '../src/score${i % 40}';

describe('score ${i}', () => {
  it('is within range', () => {
    expect(score(${i})).toBeLessThanOrEqual(100);
  });
  it('handles zero', () => {
    expect(score(0)).toBe(0);
  });
});
`;

const GO_TEST = (i: number) => `package svc${i % 30}

import "testing"

func TestHandler${i}(t *testing.T) {
\tif got := Handle(${i}); got < 0 {
\t\tt.Fatalf("negative: %d", got)
\t}
}
`;

const WORKFLOW = (i: number) => `name: wf-${i}
on:
  push:
    branches: [main]
    paths: ["pkg${i % 50}/**", "tests/**"]
  pull_request:
${i % 10 === 0 ? "  schedule:\n    - cron: '0 3 * * 1'\n" : ''}jobs:
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
        python-version: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v5
      - uses: ./.github/actions/setup-${i % 5}
      - run: |
          make test-${i % 20}
          tox -e py312
          npm run test:unit
          pytest tests/py${i % 30} -m "not slow" -q
      - run: ruff check . && mypy pkg${i % 50}
  build:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: python -m build
`;

const ACTION = (i: number) => `name: setup-${i}
runs:
  using: composite
  steps:
    - uses: actions/setup-python@v5
      with:
        python-version: "3.12"
    - shell: bash
      run: |
        pip install -e .[test]
        bash scripts/prepare-${i}.sh
`;

export function generateRepository(root: string, size: SyntheticSize = DEFAULT_SIZE): void {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  let count = 0;
  for (let i = 0; i < size.workflows; i++, count++) write(root, `.github/workflows/wf-${i}.yml`, WORKFLOW(i));
  for (let i = 0; i < 5; i++, count += 2) {
    write(root, `.github/actions/setup-${i}/action.yml`, ACTION(i));
    write(root, `scripts/prepare-${i}.sh`, `#!/usr/bin/env bash\nset -e\npython -m pip install -r requirements-${i}.txt\npytest tests/smoke -x\n`);
  }
  const makeTargets = Array.from({ length: 20 }, (_, i) => `test-${i}:\n\t$(PYTHON) -m pytest tests/py${i} -q\n\tbash scripts/prepare-${i % 5}.sh\n`).join('\n');
  write(root, 'Makefile', `PYTHON := python3\n\n.PHONY: test lint\n\ntest: lint\n\tpytest tests\n\nlint:\n\truff check .\n\n${makeTargets}`);
  write(root, 'tox.ini', '[tox]\nenvlist = py310,py311,py312,lint\n\n[testenv]\ndeps = pytest\ncommands = pytest tests {posargs}\n\n[testenv:lint]\ncommands = ruff check .\n');
  write(root, 'package.json', JSON.stringify({ name: 'synthetic', private: true, scripts: { test: 'npm run test:unit && npm run test:e2e', 'test:unit': 'vitest run web/tests', 'test:e2e': 'playwright test', lint: 'eslint .' } }, null, 2));
  write(root, 'pyproject.toml', '[project]\nname = "synthetic"\nversion = "0.1.0"\ndependencies = ["scikit-learn", "torch"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\nmarkers = ["integration", "slow"]\n');
  count += 4;
  const perKind = Math.floor(size.testFiles / 3);
  for (let i = 0; i < perKind; i++, count++) write(root, `tests/py${i % 30}/test_model_${i}.py`, PY_TEST(i));
  for (let i = 0; i < perKind; i++, count++) write(root, `web/tests/score-${i}.test.ts`, TS_TEST(i));
  for (let i = 0; i < size.testFiles - 2 * perKind; i++, count++) write(root, `svc${i % 30}/handler_${i}_test.go`, GO_TEST(i));
  // The rest: source, data and docs, spread over nested folders.
  for (let i = 0; count < size.files; i++, count++) {
    const dir = `pkg${i % 50}/sub${i % 17}/leaf${i % 7}`;
    const kind = i % 4;
    if (kind === 0) write(root, `${dir}/mod_${i}.py`, `def f_${i}(x):\n    return x * ${i}\n`);
    else if (kind === 1) write(root, `${dir}/data_${i}.csv`, `a,b\n${i},${i + 1}\n`);
    else if (kind === 2) write(root, `${dir}/README_${i}.md`, `# module ${i}\n`);
    else write(root, `${dir}/util_${i}.ts`, `export const u${i} = ${i};\n`);
  }
}
