import { qualityGate } from '../../src/checks/quality-gate.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const QUALITY_TEST =
  'from sklearn.metrics import accuracy_score\n\ndef test_accuracy_above_bar(model, holdout):\n    accuracy = accuracy_score(holdout.y, model.predict(holdout.X))\n    assert accuracy >= 0.90\n';
const GATE_SCRIPT = 'import json, sys\nacc = json.load(open("metrics.json"))["acc"]\nif acc < 0.8:\n    sys.exit(1)\n';

const cases: CheckCase[] = [
  {
    name: 'a loss compared with an earlier loss is a training test, not a quality gate',
    files: {
      [CI]: workflow('pull_request', '      - run: pytest tests\n'),
      'tests/test_training.py': 'def test_loss_decreases(data):\n    clf = Clf().fit(*data)\n    assert clf.loss_curve_[-1] < clf.loss_curve_[0]\n',
    },
    inventory: [{ path: 'tests/test_training.py', kind: 'training', line: 3, runBy: 'pytest tests' }],
    verdict: 'absent',
  },
  {
    name: 'a final loss asserted under a fixed bar still counts',
    files: {
      [CI]: workflow('pull_request', '      - run: pytest tests\n'),
      'tests/test_quality.py': 'def test_validation_loss(model, holdout):\n    val_loss = model.evaluate(holdout)\n    assert val_loss < 0.35\n',
    },
    inventory: [{ path: 'tests/test_quality.py', kind: 'evaluation', line: 3, runBy: 'pytest tests' }],
    verdict: 'automated',
    at: 'tests/test_quality.py:3:5',
  },
  {
    name: 'a pytest metric threshold that CI runs on pull_request is automated at the assertion',
    files: { [CI]: workflow('pull_request', '      - run: pytest tests\n'), 'tests/test_quality.py': QUALITY_TEST },
    inventory: [{ path: 'tests/test_quality.py', kind: 'evaluation', line: 3, runBy: 'pytest tests' }],
    verdict: 'automated',
    at: 'tests/test_quality.py:5:5',
    triggers: ['pull_request'],
  },
  {
    name: 'a `--min-accuracy` argument on the evaluation step is automated',
    files: { [CI]: workflow('push', '      - run: python evaluate.py --min-accuracy 0.9\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'a script comparing metrics with main (exits non-zero) is automated',
    files: { [CI]: workflow('pull_request', '      - run: python scripts/compare_metrics.py --base origin/main\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'an evaluation script whose code exits 1 below the bar is automated at that line',
    files: { [CI]: workflow('push', '      - run: python evaluate.py\n'), 'evaluate.py': GATE_SCRIPT },
    verdict: 'automated',
    at: 'evaluate.py:4:5',
    triggers: ['push'],
  },
  {
    name: '`dvc metrics diff` piped into a jq -e check fails on regression: automated',
    files: { [CI]: workflow('pull_request', '      - run: dvc metrics diff --json main | jq -e \'.["metrics.json"].acc.diff >= 0\'\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: '`deepeval test run` is automated',
    files: { [CI]: workflow('pull_request', '      - run: deepeval test run tests/test_llm.py\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: '`promptfoo eval` with assertions in its config is automated',
    files: {
      [CI]: workflow('pull_request', '      - run: npx promptfoo eval -c promptfooconfig.yaml\n'),
      'promptfooconfig.yaml': 'prompts: [p.txt]\ntests:\n  - vars: {q: hi}\n    assert:\n      - type: contains\n        value: hello\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: '`dvc metrics diff >> report.md && cml comment create` only reports: absent, and the reason says why',
    files: { [CI]: workflow('pull_request', '      - run: dvc metrics diff main --md >> report.md && cml comment create report.md\n') },
    verdict: 'absent',
    reason: /exits 0 whatever they are.*posts a report/,
    findingLines: [`${CI}:7`, `${CI}:7`],
  },
  {
    name: 'a threshold on a step with continue-on-error does not count',
    files: { [CI]: workflow('push', '      - run: python evaluate.py --threshold 0.8\n        continue-on-error: true\n') },
    verdict: 'absent',
    reason: /cannot fail the job: step has "continue-on-error: true"/,
    findingLines: [`${CI}:7`],
  },
  {
    name: 'a threshold followed by `|| true` does not count',
    files: { [CI]: workflow('push', '      - run: python evaluate.py --fail-under 0.8 || true\n') },
    verdict: 'absent',
    reason: /ignores its exit code/,
  },
  {
    name: 'a threshold piped into tee without pipefail does not count',
    files: { [CI]: workflow('push', '      - run: python evaluate.py --threshold 0.8 | tee eval.log\n') },
    verdict: 'absent',
    reason: /piped into `tee eval.log`/,
  },
  {
    name: 'the same pipe under `shell: bash` (pipefail) counts',
    files: { [CI]: workflow('push', '      - run: python evaluate.py --threshold 0.8 | tee eval.log\n        shell: bash\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'a metric assertion run only by a step that cannot fail is present, with a warning',
    files: { [CI]: workflow('push', '      - run: pytest tests || true\n'), 'tests/test_quality.py': QUALITY_TEST },
    inventory: [{ path: 'tests/test_quality.py', kind: 'evaluation', line: 3, runBy: 'pytest tests' }],
    verdict: 'present',
    at: 'tests/test_quality.py:5:5',
    findingLines: ['tests/test_quality.py:5'],
  },
  {
    name: 'a metric assertion in tests that CI does not run is present',
    files: { 'tests/test_quality.py': QUALITY_TEST },
    verdict: 'present',
    at: 'tests/test_quality.py:5:5',
  },
  {
    name: 'a threshold asserted only in a notebook is present, and the reason says so',
    files: { 'eval.ipynb': '{\n "cells": [\n  {\n   "source": [\n    "assert f1 > 0.8"\n   ]\n  }\n ]\n}\n' },
    verdict: 'present',
    at: 'eval.ipynb:5:6',
    reason: /only in notebooks/,
  },
  {
    name: 'an assertion on counts that are not metrics (`len(errors) < 3`) is not a gate',
    files: { 'tests/test_io.py': 'def test_parse():\n    errors = parse()\n    assert len(errors) < 3\n' },
    verdict: 'absent',
  },
  {
    name: 'a count of a metric history (`len(res.loss_history) > 1`) is a count of rows, not a threshold',
    files: { 'tests/test_monitor.py': 'def test_steps():\n    res = optimise()\n    assert res.nit == len(res.loss_history) > 1\n' },
    verdict: 'absent',
  },
  {
    name: 'a coverage --fail-under is not a model quality gate',
    files: { [CI]: workflow('push', '      - run: coverage report --fail-under 90\n') },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(qualityGate.meta.id, () => runCases(qualityGate, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
