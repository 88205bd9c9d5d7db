import { modelEvaluation } from '../../src/checks/model-evaluation.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const DVC_YAML = 'stages:\n  train:\n    cmd: python train.py\n  evaluate:\n    cmd: python evaluate.py\n    metrics:\n      - metrics.json:\n          cache: false\n';

const cases: CheckCase[] = [
  {
    name: 'an evaluation script run on pull_request is automated at the command',
    files: { [CI]: workflow('pull_request', '      - run: python src/evaluate.py --data data/test.csv\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggers: ['pull_request'],
  },
  {
    name: 'a dvc.yaml metrics stage is automated when CI runs `dvc repro`',
    files: { [CI]: workflow('push', '      - run: dvc repro\n'), 'dvc.yaml': DVC_YAML },
    verdict: 'automated',
    at: 'dvc.yaml:4:3',
    triggers: ['push'],
  },
  {
    name: 'a DVC run of the training stage alone (`dvc repro train`) does not run the metrics stage downstream: present',
    files: { [CI]: workflow('push', '      - run: dvc repro train\n'), 'dvc.yaml': DVC_YAML },
    verdict: 'present',
    at: 'dvc.yaml:4:3',
  },
  {
    name: 'a DVC run the tool cannot resolve still counts for the metrics stage',
    files: { [CI]: workflow('push', '      - run: dvc repro --downstream train\n'), 'dvc.yaml': DVC_YAML },
    verdict: 'automated',
    at: 'dvc.yaml:4:3',
    triggers: ['push'],
  },
  {
    name: 'evaluation tests that CI runs are automated at the kind line',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'tests/test_metrics.py': 'from sklearn.metrics import f1_score\n' },
    inventory: [{ path: 'tests/test_metrics.py', kind: 'evaluation', line: 1, runBy: 'pytest' }],
    verdict: 'automated',
    at: 'tests/test_metrics.py:1:1',
  },
  {
    name: 'an lm-eval harness run only by workflow_dispatch is present',
    files: { [CI]: workflow('workflow_dispatch', '      - run: lm_eval --model hf --tasks hellaswag\n') },
    verdict: 'present',
    at: `${CI}:7:14`,
  },
  {
    name: 'a dvc.yaml metrics stage without CI is present at the stage',
    files: { 'dvc.yaml': DVC_YAML },
    verdict: 'present',
    at: 'dvc.yaml:4:3',
  },
  {
    name: 'an evaluate script is present at its metric computation',
    files: { 'src/evaluate.py': 'import json\nfrom sklearn.metrics import accuracy_score\n' },
    verdict: 'present',
    at: 'src/evaluate.py:2:1',
  },
  {
    name: 'metrics computed only in a notebook are present, and the reason says so',
    files: { 'report.ipynb': '{\n "cells": [\n  {\n   "source": [\n    "from sklearn.metrics import classification_report"\n   ]\n  }\n ]\n}\n' },
    verdict: 'present',
    at: 'report.ipynb:5:6',
    reason: /only in notebooks/,
  },
  {
    name: "metric code in a test folder's support module (a framework fixture, not a test file) is not model evaluation",
    files: { 'tests/integration/models/catboost.py': 'from sklearn import metrics\n\n\ndef check_accuracy(expected, out, accuracy):\n    return metrics.accuracy_score(expected, out) >= accuracy\n', 'tests/integration/test_frameworks.py': 'def test_load(model):\n    assert model\n' },
    inventory: [{ path: 'tests/integration/test_frameworks.py', kind: 'unit', line: 1, signal: 'no other kind found' }],
    verdict: 'absent',
  },
  {
    name: 'an example project a test loads (a fixture under tests/, not named as a test) is not model evaluation, even when the inventory lists it',
    files: { 'tests/frameworks/mlflow/MNIST/MLproject': 'name: mnist\n', 'tests/frameworks/mlflow/MNIST/mnist_example.py': 'import lightning\nfrom torchmetrics.functional import accuracy\n\n\ndef test_step(self, batch):\n    return accuracy(batch)\n' },
    inventory: [{ path: 'tests/frameworks/mlflow/MNIST/mnist_example.py', kind: 'integration', line: 1, signal: 'path names integration tests' }],
    verdict: 'absent',
  },
  {
    name: 'a metrics import in a doctest is documentation, not an evaluation',
    files: { 'pkg/card.py': 'def card():\n    """Example.\n\n    >>> from sklearn.metrics import accuracy_score\n    """\n' },
    verdict: 'absent',
  },
  {
    name: 'a metrics import in a test that asserts no metric is left to the inventory (not an evaluation test here)',
    files: { 'tests/test_card.py': 'from sklearn.metrics import f1_score\n\ndef test_add_metrics(card):\n    card.add_metrics(f1=0.1)\n    assert "f1" in card.text\n' },
    verdict: 'absent',
  },
  {
    name: 'a web app with metrics.py for Prometheus is absent',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'src/app/metrics.py': 'from prometheus_client import Counter\n' },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(modelEvaluation.meta.id, () => runCases(modelEvaluation, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
