import { driftMonitoring } from '../../src/checks/drift-monitoring.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const NIGHTLY = `name: drift
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python monitoring/check_drift.py --reference data/ref.parquet
      - if: failure()
        run: gh workflow run train.yml
`;

const DRIFT_PY = 'import pandas as pd\nfrom evidently import Report\n';

const cases: CheckCase[] = [
  {
    name: 'a nightly Evidently drift job that dispatches retraining is automated, and says so',
    files: { '.github/workflows/drift.yml': NIGHTLY, 'monitoring/check_drift.py': DRIFT_PY },
    verdict: 'automated',
    at: '.github/workflows/drift.yml:10:14',
    message: /uses Evidently \(line 2\) on schedule \("0 2 \* \* \*": daily at 02:00 UTC\), and can dispatch retraining \(`gh workflow run train.yml` at \.github\/workflows\/drift\.yml:12, starting "train\.yml"\)/,
    triggers: ['schedule'],
  },
  {
    name: 'a drift script run only on pull_request is present: it watches changes, not production',
    files: { '.github/workflows/drift.yml': 'on: [pull_request]\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python monitoring/check_drift.py\n', 'monitoring/check_drift.py': DRIFT_PY },
    verdict: 'present',
    at: '.github/workflows/drift.yml:6:14',
    message: /checks changes rather than production data; run it on a schedule/,
    triggers: [],
  },
  {
    name: 'a workflow_run monitor after the batch-scoring workflow is automated',
    files: { '.github/workflows/monitor.yml': 'on:\n  workflow_run:\n    workflows: [score]\n    types: [completed]\njobs:\n  m:\n    runs-on: ubuntu-latest\n    steps:\n      - run: nannyml run --configuration-path nannyml.yaml\n' },
    verdict: 'automated',
    at: '.github/workflows/monitor.yml:9:14',
    message: /the NannyML CLI/,
  },
  {
    name: 'drift tests found by the inventory and run on push are automated (a library testing its drift statistics)',
    files: { '.github/workflows/t.yml': 'on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_drift.py': 'def test_ks():\n    pass\n' },
    inventory: [{ path: 'tests/test_drift.py', kind: 'drift', line: 1, signal: 'drift statistic test', runBy: /^pytest$/ }],
    verdict: 'automated',
    at: 'tests/test_drift.py:1:1',
  },
  {
    name: 'whylogs profiling in service code that no workflow runs is present',
    files: { 'src/service/logging.py': 'import os\nimport whylogs as why\n' },
    verdict: 'present',
    at: 'src/service/logging.py:2:1',
  },
  {
    name: 'Alibi Detect used only in a notebook is present',
    files: { 'drift.ipynb': '{\n "cells": [\n  {\n   "source": [\n    "from alibi_detect.cd import KSDrift\\n"\n   ]\n  }\n ]\n}\n' },
    verdict: 'present',
    at: 'drift.ipynb:5:1',
    message: /The notebook/,
  },
  {
    name: 'a scheduled script named "monitor" in a repository with no drift code is not drift monitoring',
    files: { '.github/workflows/m.yml': 'on:\n  schedule:\n    - cron: "0 * * * *"\njobs:\n  m:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python scripts/monitor_uptime.py\n', 'scripts/monitor_uptime.py': 'import requests\n' },
    verdict: 'absent',
  },
];

describe('drift-monitoring', () => runCases(driftMonitoring, cases));
