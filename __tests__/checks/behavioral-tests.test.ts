import { behavioralTests } from '../../src/checks/behavioral-tests.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const PR_TESTS = 'name: tests\non: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n';

const FAIRNESS_AUDIT = `name: fairness
on:
  schedule:
    - cron: "30 1 * * 0"
jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/fairness_audit.py --sensitive gender
`;

const CARD_TEST = `import pytest


class TestFairnessTable:
    @pytest.fixture
    def metric_frame(self):
        metrics = pytest.importorskip("fairlearn.metrics")
        y_true = [1, 1, 0, 0]
        y_pred = [0, 1, 1, 0]
        frame = metrics.MetricFrame(y_true=y_true, y_pred=y_pred, sensitive_features=["a", "a", "b", "b"], metrics={"rate": metrics.selection_rate})
        return frame

    def test_table(self, card, metric_frame):
        card.add_fairness_table(metric_frame)
        assert "| rate |" in card.render()
`;

const MODEL_FAIRNESS_TEST = `import pytest


def test_gender_parity(model, X_test, y_test, sex):
    metrics = pytest.importorskip("fairlearn.metrics")
    frame = metrics.MetricFrame(metrics=metrics.selection_rate, y_true=y_test, y_pred=model.predict(X_test), sensitive_features=sex)
    assert frame.difference() < 0.1
`;

const cases: CheckCase[] = [
  {
    name: 'a fairness MetricFrame of a model\'s predictions, asserted in its test, that no workflow runs is present at the MetricFrame',
    files: { 'tests/test_parity.py': MODEL_FAIRNESS_TEST },
    verdict: 'present',
    at: 'tests/test_parity.py:6:21',
    message: /checks model behaviour \(fairlearn\)/,
  },
  {
    name: 'a MetricFrame built from fixed lists in a fixture and only rendered into a model card tests the rendering: absent',
    files: { 'tests/test_card.py': CARD_TEST },
    verdict: 'absent',
  },
  {
    name: 'a MetricFrame from fixed lists whose values the test asserts (a fairness library\'s own metric test) is present',
    files: { 'tests/test_frame.py': 'import pytest\n\n\ndef test_overall():\n    metrics = pytest.importorskip("fairlearn.metrics")\n    mf = metrics.MetricFrame(metrics=metrics.selection_rate, y_true=[1, 0], y_pred=[1, 1], sensitive_features=["a", "b"])\n    assert mf.overall == 1.0\n' },
    verdict: 'present',
    at: 'tests/test_frame.py:6:18',
  },
  {
    name: 'a behavioral test in the inventory that no command runs is present',
    files: { '.github/workflows/tests.yml': PR_TESTS, 'tests/test_invariance.py': 'def test_invariance_to_names(model):\n    pass\n' },
    inventory: [{ path: 'tests/test_invariance.py', kind: 'behavioral', line: 1, signal: 'invariance test' }],
    verdict: 'present',
    at: 'tests/test_invariance.py:1:1',
  },
  {
    name: 'the same test, reached by pytest, is automated',
    files: { '.github/workflows/tests.yml': PR_TESTS, 'tests/test_invariance.py': 'def test_invariance_to_names(model):\n    pass\n' },
    inventory: [{ path: 'tests/test_invariance.py', kind: 'behavioral', line: 1, signal: 'invariance test', runBy: /^pytest/ }],
    verdict: 'automated',
    at: 'tests/test_invariance.py:1:1',
    triggers: ['pull_request'],
  },
  {
    name: 'pytest -m fairness on push is automated',
    files: { '.github/workflows/t.yml': 'on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: uv run pytest -m fairness tests/\n' },
    verdict: 'automated',
    at: '.github/workflows/t.yml:6:14',
    message: /Runs behavioral tests/,
  },
  {
    name: 'a weekly fairness audit script importing fairlearn is automated',
    files: { '.github/workflows/fairness.yml': FAIRNESS_AUDIT, 'scripts/fairness_audit.py': 'import pandas as pd\nfrom fairlearn.metrics import MetricFrame\n' },
    verdict: 'automated',
    at: '.github/workflows/fairness.yml:10:14',
    message: /fairlearn \(line 2\)/,
    triggers: ['schedule'],
  },
  {
    name: 'a slice test with fairlearn that no workflow runs is present',
    files: { 'tests/test_slices.py': 'import numpy as np\nfrom fairlearn.metrics import MetricFrame\n' },
    verdict: 'present',
    at: 'tests/test_slices.py:2:1',
    message: /The test "tests\/test_slices\.py"/,
  },
  {
    name: 'Giskard used only in a notebook is present',
    files: { 'analysis.ipynb': '{\n "cells": [\n  {\n   "source": [\n    "import giskard\\n",\n    "report = giskard.scan(model, ds)\\n"\n   ]\n  }\n ]\n}\n' },
    verdict: 'present',
    at: 'analysis.ipynb:5:1',
    message: /The notebook/,
  },
  {
    name: 'deselecting fairness tests ("not fairness") does not count',
    files: { '.github/workflows/t.yml': 'on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest -m "not fairness"\n', 'tests/test_unit.py': 'def test_add():\n    assert 1 + 1 == 2\n' },
    verdict: 'absent',
  },
];

describe('behavioral-tests', () => runCases(behavioralTests, cases));
