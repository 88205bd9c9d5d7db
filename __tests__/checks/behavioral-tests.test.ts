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

const cases: CheckCase[] = [
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
