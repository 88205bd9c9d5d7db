import { dataValidation } from '../../src/checks/data-validation.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const NOTEBOOK = '{\n "cells": [\n  {\n   "source": [\n    "import pandera as pa\\n",\n    "schema = pa.DataFrameSchema({})"\n   ]\n  }\n ]\n}\n';

const cases: CheckCase[] = [
  {
    name: "a test that checks data with the project's schemas, built on pandera in the module it imports, is a data test (one hop)",
    files: {
      '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n',
      'src/pkg/schemas.py': 'import pandera as pa\n\n\nclass InputsSchema(pa.DataFrameModel):\n    x: int\n',
      'tests/test_schemas.py': 'from pkg import schemas\n\n\ndef test_inputs(data):\n    assert schemas.InputsSchema.check(data) is not None\n',
    },
    inventory: [{ path: 'tests/test_schemas.py', kind: 'unit', line: 1, signal: 'no other kind found', runBy: /^pytest tests$/ }],
    verdict: 'automated',
    at: 'tests/test_schemas.py:5:32',
    triggers: ['pull_request'],
    message: /validators of "src\/pkg\/schemas.py"/,
  },
  {
    name: 'a test calling .check() on a project module that uses no data validator is not a data test',
    files: {
      '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n',
      'src/pkg/health.py': 'def check(url):\n    return True\n',
      'tests/test_health.py': 'from pkg import health\n\n\ndef test_health():\n    assert health.check("x")\n',
    },
    inventory: [{ path: 'tests/test_health.py', kind: 'unit', line: 1, signal: 'no other kind found', runBy: /^pytest tests$/ }],
    verdict: 'absent',
  },
  {
    name: 'a Great Expectations checkpoint run on pull_request is automated at the command',
    files: { [CI]: workflow('pull_request', '      - run: great_expectations checkpoint run training_data\n'), 'gx/great_expectations.yml': 'config_version: 3\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggers: ['pull_request'],
  },
  {
    name: 'a Soda scan through `uv run` is automated',
    files: { [CI]: workflow('push', '      - run: uv run soda scan -d warehouse checks.yml\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'data tests that the inventory says CI runs are automated at the kind line',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'tests/data/test_schema.py': 'import pandas as pd\n\ndef test_no_nulls():\n    assert True\n' },
    inventory: [{ path: 'tests/data/test_schema.py', kind: 'data', line: 3, runBy: 'pytest' }],
    verdict: 'automated',
    at: 'tests/data/test_schema.py:3:1',
    triggers: ['push'],
  },
  {
    name: 'data tests that no workflow runs are present',
    files: { 'tests/data/test_schema.py': 'def test_no_nulls():\n    assert True\n' },
    inventory: [{ path: 'tests/data/test_schema.py', kind: 'data', line: 1 }],
    verdict: 'present',
    at: 'tests/data/test_schema.py:1:1',
  },
  {
    name: 'a script of any name that CI runs and that validates with pandera is automated at the command',
    files: { [CI]: workflow('pull_request', '      - run: python scripts/check_reviews.py data/sample.csv\n'), 'scripts/check_reviews.py': 'import sys\nimport pandera as pa\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggers: ['pull_request'],
  },
  {
    name: 'a script named like a data check that uses no validator is no data validation',
    files: { [CI]: workflow('pull_request', '      - run: python scripts/check_reviews.py data/sample.csv\n'), 'scripts/check_reviews.py': 'import sys\nprint(open(sys.argv[1]).read()[:80])\n' },
    verdict: 'absent',
  },
  {
    name: 'a pandera schema in the code is present at the import',
    files: { 'src/schema.py': '"""Schemas."""\nimport pandera as pa\n' },
    verdict: 'present',
    at: 'src/schema.py:2:1',
  },
  {
    name: 'a deepchecks data-integrity suite in the code is present at its import',
    files: { 'src/validate.py': 'import pandas as pd\nfrom deepchecks.tabular.suites import data_integrity\n' },
    verdict: 'present',
    at: 'src/validate.py:2:1',
  },
  {
    name: 'deepchecks model checks (prediction drift, performance) are no data validation',
    files: { 'src/checks.py': 'from deepchecks.tabular.checks import PredictionDrift, TrainTestPerformance\nimport deepchecks\n' },
    verdict: 'absent',
  },
  {
    name: 'Soda checks in a YAML file are present at the `checks for` line',
    files: { 'quality/checks.yml': '# orders\nchecks for orders:\n  - row_count > 0\n' },
    verdict: 'present',
    at: 'quality/checks.yml:2:1',
  },
  {
    name: 'validation used only in a notebook is present, and the reason says so',
    files: { 'notebooks/explore.ipynb': NOTEBOOK },
    verdict: 'present',
    at: 'notebooks/explore.ipynb:5:6',
    reason: /only in notebooks/,
  },
  {
    name: 'a great_expectations step with continue-on-error still counts, with a warning',
    files: { [CI]: workflow('push', '      - run: gx checkpoint run orders\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    findingLines: [`${CI}:7`],
  },
  {
    name: 'nothing that validates data is absent',
    files: { [CI]: workflow('push', '      - run: pytest tests/unit\n'), 'src/model.py': 'import pandas as pd\n' },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(dataValidation.meta.id, () => runCases(dataValidation, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
