import { trainingTests } from '../../src/checks/training-tests.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const LOSS_TEST = 'import math\n\ndef test_loss_decreases(tiny_data):\n    history = train(tiny_data, epochs=2)\n    assert history[-1] < history[0]\n';

const cases: CheckCase[] = [
  {
    name: 'a `--max-steps` smoke training run on pull_request is automated',
    files: { [CI]: workflow('pull_request', '      - run: python scripts/train.py --max-steps 10 --data tests/fixtures/tiny.csv\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggers: ['pull_request'],
  },
  {
    name: 'a Hydra override `trainer.fast_dev_run=true` counts as a smoke run',
    files: { [CI]: workflow('push', '      - run: python -m src.train trainer.fast_dev_run=true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'training tests the inventory says CI runs are automated at the kind line',
    files: { [CI]: workflow('push', '      - run: pytest tests\n'), 'tests/test_training.py': LOSS_TEST },
    inventory: [{ path: 'tests/test_training.py', kind: 'training', line: 3, runBy: 'pytest tests' }],
    verdict: 'automated',
    at: 'tests/test_training.py:3:1',
    triggers: ['push'],
  },
  {
    name: 'a loss-decreases test that no workflow runs is present at its first training line',
    files: { 'tests/test_training.py': LOSS_TEST },
    verdict: 'present',
    at: 'tests/test_training.py:4:15',
  },
  {
    name: 'fast_dev_run in a test is present',
    files: { 'tests/test_model.py': 'import lightning as L\n\ndef test_runs():\n    L.Trainer(fast_dev_run=True).fit(model)\n' },
    verdict: 'present',
    at: 'tests/test_model.py:4:15',
  },
  {
    name: 'switching to train mode with `model.train()` is not training: absent',
    files: { 'tests/test_layers.py': 'def test_dropout(model):\n    model.train()\n    assert model.training\n' },
    verdict: 'absent',
  },
  {
    name: 'an estimator fitted only to be saved and loaded back (a serialization test) is no training test: absent',
    files: { 'tests/test_persist.py': 'def test_persist(estimator):\n    estimator.fit(X, y)\n    loaded = loads(dumps(estimator))\n    assert_params_equal(estimator, loaded)\n' },
    inventory: [{ path: 'tests/test_persist.py', kind: 'serialization', line: 3 }],
    verdict: 'absent',
  },
  {
    name: 'a NaN assertion in a test helper that trains nothing is no training test: absent',
    files: { 'tests/_utils.py': 'import numpy as np\n\ndef assert_equal(a, b):\n    if np.isnan(a):\n        assert np.isnan(b)\n' },
    verdict: 'absent',
  },
  {
    name: 'an optimiser minimising the model training loss in a test is a training call: present',
    files: { 'tests/test_loop.py': 'def test_converges():\n    opt = Scipy()\n    opt.minimize(m.training_loss, m.trainable_variables)\n    assert_models_close(m, ref)\n' },
    verdict: 'present',
    at: 'tests/test_loop.py:3:8',
  },
  {
    name: 'a full training run is not a training test: absent',
    files: { [CI]: workflow('push', '      - run: python train.py --epochs 50\n') },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(trainingTests.meta.id, () => runCases(trainingTests, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
