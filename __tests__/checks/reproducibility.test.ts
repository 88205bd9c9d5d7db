import { reproducibility } from '../../src/checks/reproducibility.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const NOTEBOOK = '{\n "cells": [\n  {\n   "source": [\n    "import numpy as np\\n",\n    "np.random.seed(0)"\n   ]\n  }\n ]\n}\n';

const HELPER = 'import torch\n\n\ndef set_determinism(deterministic=True):\n    torch.manual_seed(42)\n    torch.use_deterministic_algorithms(deterministic)\n';
const HELPER_TEST = 'from ranker.utils import set_determinism\nfrom ranker.model import Ranker\n\n\ndef test_scores_do_not_change_between_runs():\n    set_determinism()\n    first = Ranker().score([1, 2])\n    set_determinism()\n    second = Ranker().score([1, 2])\n    assert torch.equal(first, second)\n';
const RANKER = { 'ranker/__init__.py': '', 'ranker/model.py': 'class Ranker:\n    pass\n' };

const cases: CheckCase[] = [
  {
    name: 'a seed helper whose name lacks "seed" (set_determinism calls torch.manual_seed(42)), called in a test that asserts equal outputs, run on pull_request: automated at the call',
    files: { [CI]: workflow('pull_request', '      - run: pytest tests\n'), ...RANKER, 'ranker/utils.py': HELPER, 'tests/test_stability.py': HELPER_TEST },
    inventory: [{ path: 'tests/test_stability.py', kind: 'unit', line: 1, runBy: 'pytest tests' }],
    verdict: 'automated',
    at: 'tests/test_stability.py:6:5',
    triggers: ['pull_request'],
    message: /calls `set_determinism\(\)`, which fixes randomness \(PyTorch seed \/ determinism, ranker\/utils\.py:5/,
  },
  {
    name: 'the same helper whose body re-seeds from the clock (random.seed() with no argument) fixes nothing: no determinism test',
    files: { [CI]: workflow('pull_request', '      - run: pytest tests\n'), ...RANKER, 'ranker/utils.py': 'import random\n\n\ndef set_determinism():\n    random.seed()\n', 'tests/test_stability.py': HELPER_TEST },
    inventory: [{ path: 'tests/test_stability.py', kind: 'unit', line: 1, runBy: 'pytest tests' }],
    verdict: 'absent',
  },
  {
    name: 'a test that calls the helper but asserts no equality (only a shape) is no determinism test; the seed in the code is present',
    files: { [CI]: workflow('pull_request', '      - run: pytest tests\n'), ...RANKER, 'ranker/utils.py': HELPER, 'tests/test_stability.py': 'from ranker.utils import set_determinism\n\n\ndef test_shape():\n    set_determinism()\n    assert len(run()) > 0\n' },
    inventory: [{ path: 'tests/test_stability.py', kind: 'unit', line: 1, runBy: 'pytest tests' }],
    verdict: 'present',
    at: 'ranker/utils.py:5:5',
  },
  {
    name: 'determinism tests that CI runs are automated at the kind line',
    files: { [CI]: workflow('pull_request', '      - run: pytest tests\n'), 'tests/test_determinism.py': 'def test_same_seed_same_output():\n    assert run(0) == run(0)\n' },
    inventory: [{ path: 'tests/test_determinism.py', kind: 'reproducibility', line: 1, runBy: 'pytest tests' }],
    verdict: 'automated',
    at: 'tests/test_determinism.py:1:1',
    triggers: ['pull_request'],
  },
  {
    name: '`dvc repro` then `git diff --exit-code dvc.lock` in the same job is automated at the diff',
    files: { [CI]: workflow('push', '      - run: dvc pull && dvc repro\n      - run: git diff --exit-code dvc.lock\n'), 'dvc.lock': 'schema: "2.0"\n' },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggers: ['push'],
  },
  {
    name: '`dvc repro` then `dvc status` in the same script is automated',
    files: { [CI]: workflow('push', '      - run: |\n          dvc repro\n          dvc status -q\n') },
    verdict: 'automated',
    at: `${CI}:9:11`,
  },
  {
    name: 'a packed model unpacked and compared byte for byte is automated at the comparison',
    files: { [CI]: workflow('push', '      - run: kit pack . -t model:ci && kit unpack model:ci -d out\n      - run: cmp model.onnx out/model.onnx\n') },
    verdict: 'automated',
    at: `${CI}:8:14`,
  },
  {
    name: '`git diff --exit-code` with nothing reproduced before it does not count',
    files: { [CI]: workflow('push', '      - run: git diff --exit-code\n') },
    verdict: 'absent',
  },
  {
    name: 'seeds in training code are present at the seed line',
    files: { 'src/train.py': 'import torch\n\ntorch.manual_seed(42)\n' },
    verdict: 'present',
    at: 'src/train.py:3:1',
  },
  {
    name: 'a scikit-learn random_state is a seed, present at its line',
    files: { 'train.py': 'from sklearn.ensemble import RandomForestClassifier\n\nclf = RandomForestClassifier(n_estimators=100, random_state=7)\n' },
    verdict: 'present',
    at: 'train.py:3:48',
  },
  {
    name: 'a lock file is present at line 1',
    files: { 'uv.lock': 'version = 1\n' },
    verdict: 'present',
    at: 'uv.lock:1:1',
  },
  {
    name: 'requirements pinned with == are present; a file with an unpinned line is not',
    files: { 'requirements.txt': '# pinned\nnumpy==1.26.4\ntorch==2.3.0\n', 'requirements-dev.txt': 'pytest\nruff==0.5.0\n' },
    verdict: 'present',
    at: 'requirements.txt:1:1',
  },
  {
    name: 'seeds only in a notebook are present, and the reason says so',
    files: { 'analysis.ipynb': NOTEBOOK },
    verdict: 'present',
    at: 'analysis.ipynb:6:6',
    reason: /only in notebooks/,
  },
  {
    name: 'unpinned requirements and no seed are absent',
    files: { 'requirements.txt': 'numpy\ntorch>=2\n', 'src/train.py': 'import torch\n' },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(reproducibility.meta.id, () => runCases(reproducibility, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
