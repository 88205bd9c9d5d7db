import { modelSerialization } from '../../src/checks/model-serialization.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const PR_TESTS = 'name: tests\non: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests\n';

const ROUND_TRIP_TEST = `import joblib

def test_round_trip(tmp_path, model, X):
    path = tmp_path / "m.joblib"
    joblib.dump(model, path)
    assert (joblib.load(path).predict(X) == model.predict(X)).all()
`;

const KIT_ROUND_TRIP = `name: modelkit
on:
  push:
    branches: [main]
jobs:
  kit:
    runs-on: ubuntu-latest
    steps:
      - uses: jozu-ai/gh-kit-setup@v1
      - run: kit pack . -t localhost:5000/churn:ci
      - run: kit unpack localhost:5000/churn:ci -d /tmp/unpacked
`;

const REGISTRIES = 'import mlflow\n\n\nclass Saver:\n    def save(self, model):\n        return mlflow.pyfunc.log_model(python_model=model)\n\n\nclass Loader:\n    def load(self, uri):\n        return mlflow.pyfunc.load_model(model_uri=uri)\n';
const WRAPPED_ROUND_TRIP = 'from pkg import registries\n\n\ndef test_registry(model, inputs):\n    info = registries.Saver().save(model=model)\n    loaded = registries.Loader().load(uri=info.model_uri)\n    assert (loaded.predict(inputs) == model.predict(inputs)).all()\n';

const cases: CheckCase[] = [
  {
    name: "a test that saves and loads through the project's saver and loader, which save and load models with MLflow, is a round trip (one hop)",
    files: { '.github/workflows/tests.yml': PR_TESTS, 'src/pkg/registries.py': REGISTRIES, 'tests/test_registries.py': WRAPPED_ROUND_TRIP },
    verdict: 'automated',
    at: 'tests/test_registries.py:5:30',
    triggers: ['pull_request'],
    message: /through the project's "src\/pkg\/registries.py"/,
  },
  {
    name: 'a test that saves and loads JSON through a project module that saves models is not a round trip of a model',
    files: { '.github/workflows/tests.yml': PR_TESTS, 'src/pkg/registries.py': REGISTRIES, 'tests/test_config.py': 'import json\nfrom pkg import registries\n\n\ndef test_config(tmp_path):\n    json.dump({}, open(tmp_path / "c.json", "w"))\n    assert json.load(open(tmp_path / "c.json")) == {}\n' },
    verdict: 'absent',
    findings: ['notice src/pkg/registries.py:6:16'],
  },
  {
    name: 'a Go test that packs a ModelKit and unpacks it with the CLI under test, run on pull_request, is an automated round trip',
    files: {
      '.github/workflows/test.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n',
      'go.mod': 'module example.com/kit\n',
      'testing/pack_unpack_test.go': 'package testing\n\nimport "testing"\n\nfunc TestPackUnpack(t *testing.T) {\n\tmodelKitPath := t.TempDir()\n\trunCommand(t, "pack", modelKitPath, "-t", "test:1")\n\trunCommand(t, "unpack", "test:1", "-d", t.TempDir())\n}\n',
    },
    verdict: 'automated',
    at: 'testing/pack_unpack_test.go:7:1',
    triggers: ['pull_request'],
    message: /ModelKit packed then unpacked/,
  },
  {
    name: 'a serialization test in the inventory run on pull_request is automated',
    files: { '.github/workflows/tests.yml': PR_TESTS, 'tests/test_roundtrip.py': ROUND_TRIP_TEST },
    inventory: [{ path: 'tests/test_roundtrip.py', kind: 'serialization', line: 5, signal: 'joblib.dump then joblib.load', runBy: /^pytest tests$/ }],
    verdict: 'automated',
    at: 'tests/test_roundtrip.py:5:1',
    triggers: ['pull_request'],
  },
  {
    name: 'a serialization test that no workflow runs is present',
    files: { 'tests/test_roundtrip.py': ROUND_TRIP_TEST },
    inventory: [{ path: 'tests/test_roundtrip.py', kind: 'serialization', line: 5, signal: 'joblib.dump then joblib.load' }],
    verdict: 'present',
    at: 'tests/test_roundtrip.py:5:1',
  },
  {
    name: 'kit pack then kit unpack in CI is an automated round trip',
    files: { '.github/workflows/modelkit.yml': KIT_ROUND_TRIP },
    verdict: 'automated',
    at: '.github/workflows/modelkit.yml:10:14',
    message: /ModelKit round trip/,
  },
  {
    name: 'kit pack without unpack is packaging, not a round trip',
    files: { '.github/workflows/modelkit.yml': KIT_ROUND_TRIP.replace(/.*kit unpack.*\n/, '') },
    verdict: 'absent',
  },
  {
    name: 'pytest selecting round-trip tests on push is automated',
    files: { '.github/workflows/t.yml': 'on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m pytest -k "round_trip or serialization"\n' },
    verdict: 'automated',
    at: '.github/workflows/t.yml:6:14',
  },
  {
    name: 'a test file that saves and loads a model, run by no workflow, is present at the line the inventory gives',
    files: { 'tests/test_model.py': ROUND_TRIP_TEST },
    verdict: 'present',
    at: 'tests/test_model.py:5:1',
    message: /Serialization test "tests\/test_model.py" \(joblib.dump then joblib.load\)/,
  },
  {
    name: 'save code only is absent, with a notice naming the save',
    files: { 'src/train.py': 'import torch\n\ndef main():\n    torch.save(model.state_dict(), "model.pt")\n' },
    verdict: 'absent',
    reason: /Models are saved, but no test/,
    findings: ['notice src/train.py:4:5'],
    findingMessage: /saves a model \(torch\.save\).*no test loads it back/,
  },
  {
    name: 'a save used only in a notebook is absent, with a notice',
    files: { 'train.ipynb': '{\n "cells": [{"source": ["model.save_pretrained(\\"out\\")\\n"]}]\n}\n' },
    verdict: 'absent',
    findings: ['notice train.ipynb:2:30'],
    findingMessage: /notebook/,
  },
  {
    name: 'pickling pipeline arguments in library code is no model saved: absent, no notice of a safetensors save_file',
    files: { 'src/pkg/datasets/file_io.py': 'def save_file(self, name, data):\n    return self.storage.put(name, data)\n\ndef upload(x):\n    save_file(x, "a.csv")\n' },
    verdict: 'absent',
    findings: [],
  },
  {
    name: 'a safetensors save_file of a .safetensors file is a save (notice)',
    files: { 'export.py': 'from safetensors.torch import save_file\n\nsave_file(model.state_dict(), "model.safetensors")\n' },
    verdict: 'absent',
    findings: ['notice export.py:3:1'],
  },
  {
    name: 'loading a pretrained model without saving one is absent',
    files: { 'app.py': 'model = AutoModel.from_pretrained("bert-base-uncased")\n' },
    verdict: 'absent',
  },
];

describe('model-serialization', () => runCases(modelSerialization, cases));
