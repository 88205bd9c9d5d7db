import { modelRegistry } from '../../src/checks/model-registry.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const KIT_RELEASE = `name: release
on:
  release:
    types: [published]
jobs:
  package:
    runs-on: ubuntu-latest
    steps:
      - uses: jozu-ai/gh-kit-setup@v1
      - run: kit pack . -t ghcr.io/acme/churn:v1
      - run: kit push ghcr.io/acme/churn:v1
`;

const SCHEDULED_REGISTER = `name: retrain
on:
  schedule:
    - cron: "0 4 * * 1"
jobs:
  train:
    runs-on: ubuntu-latest
    steps:
      - run: python src/register.py --name churn
`;

const REGISTER_PY = `import mlflow

mlflow.register_model(f"runs:/{run_id}/model", "churn")
`;

const NOTEBOOK = `{
 "cells": [
  {
   "cell_type": "code",
   "source": [
    "model.push_to_hub(\\"acme/sentiment\\")\\n"
   ]
  }
 ]
}
`;

const SCRIPT_TEST = 'package it\n\nfunc TestIntegration(t *testing.T) {\n\ttestscript.Run(t, testscript.Params{Files: files, Cmds: h.Commands()})\n}\n';
const PUSH_SCRIPT = '[short] skip\nregistry-start\nenv COG_MODEL=$TEST_REGISTRY/test/model:v1\n! cog push --bad-ref\ncog push\nstderr "Pushing to"\n\n-- cog.yaml --\npredict: predict.py:Predictor\n';
const GO_INTEGRATION = 'on: [pull_request]\njobs:\n  it:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gotestsum -- -tags integration ./integration-tests/...\n';

const cases: CheckCase[] = [
  {
    name: 'a Go testscript that pushes a model with `cog push` to a test registry, run by the tagged integration suite on pull_request, is automated at the push (not at the expected failure)',
    files: { '.github/workflows/ci.yml': GO_INTEGRATION, 'go.mod': 'module example.com/cog\n', 'integration-tests/suite_test.go': `//go:build integration\n\n${SCRIPT_TEST}`, 'integration-tests/tests/push.txtar': PUSH_SCRIPT },
    verdict: 'automated',
    at: 'integration-tests/tests/push.txtar:5:1',
    triggers: ['pull_request'],
    message: /pushes a model package to a registry \(a Cog model pushed \(cog push\)\)/,
  },
  {
    name: 'the same suite without its build tag in CI never runs: present',
    files: { '.github/workflows/ci.yml': GO_INTEGRATION.replace('-tags integration ', ''), 'go.mod': 'module example.com/cog\n', 'integration-tests/suite_test.go': `//go:build integration\n\n${SCRIPT_TEST}`, 'integration-tests/tests/push.txtar': PUSH_SCRIPT },
    verdict: 'present',
    at: 'integration-tests/tests/push.txtar:5:1',
  },
  {
    name: 'a testscript that only expects a push to fail tests a refusal, not a registry push',
    files: { '.github/workflows/ci.yml': GO_INTEGRATION, 'go.mod': 'module example.com/cog\n', 'integration-tests/suite_test.go': `//go:build integration\n\n${SCRIPT_TEST}`, 'integration-tests/tests/push.txtar': '! cog push\nstderr "requires a model"\n' },
    verdict: 'absent',
  },
  {
    name: 'kit push on release is automated',
    files: { '.github/workflows/release.yml': KIT_RELEASE },
    verdict: 'automated',
    at: '.github/workflows/release.yml:11:14',
    message: /kit push/,
    triggers: ['release'],
  },
  {
    name: 'a scheduled workflow running a script that calls mlflow.register_model is automated',
    files: { '.github/workflows/retrain.yml': SCHEDULED_REGISTER, 'src/register.py': REGISTER_PY },
    verdict: 'automated',
    at: '.github/workflows/retrain.yml:9:14',
    message: /runs "src\/register\.py", which registers the model \(MLflow Model Registry, line 3/,
    triggers: ['schedule'],
  },
  {
    name: 'registered_model_name in training code no workflow runs is present',
    files: { 'src/train.py': 'import mlflow\nmlflow.sklearn.log_model(model, "model", registered_model_name="churn")\n' },
    verdict: 'present',
    at: 'src/train.py:2:42',
  },
  {
    name: 'push_to_hub only in a notebook is present',
    files: { 'notebooks/finetune.ipynb': NOTEBOOK },
    verdict: 'present',
    at: 'notebooks/finetune.ipynb:6:11',
    message: /The notebook "notebooks\/finetune\.ipynb"/,
  },
  {
    name: 'hf upload on workflow_dispatch only is present',
    files: { '.github/workflows/up.yml': 'on: workflow_dispatch\njobs:\n  u:\n    runs-on: ubuntu-latest\n    steps:\n      - run: hf upload acme/churn ./model\n' },
    verdict: 'present',
    at: '.github/workflows/up.yml:6:14',
  },
  {
    name: 'uploading to a Hugging Face Space is a deployment, not a registry push',
    files: { '.github/workflows/space.yml': 'on: [push]\njobs:\n  u:\n    runs-on: ubuntu-latest\n    steps:\n      - run: huggingface-cli upload acme/demo . --repo-type=space\n' },
    verdict: 'absent',
  },
  {
    name: 'upload_folder to a Space (repo_type="space" on a later line of the call) deploys an app: absent',
    files: { 'deploy_space.py': 'from huggingface_hub import HfApi\n\nout = HfApi().upload_folder(\n    repo_id=repo_id,\n    folder_path="app",\n    repo_type="space",\n)\n' },
    verdict: 'absent',
  },
  {
    name: 'upload_folder of a model repository is present at the call',
    files: { 'publish.py': 'from huggingface_hub import HfApi\n\nHfApi().upload_folder(\n    repo_id="org/churn",\n    folder_path="model",\n)\nprint(repo_type="space")\n' },
    verdict: 'present',
    at: 'publish.py:3:9',
  },
  {
    name: 'saving a model to a file is not registering it',
    files: { 'train.py': 'import joblib\njoblib.dump(model, "model.joblib")\n' },
    verdict: 'absent',
    reason: /No model registry use was found/,
  },
];

describe('model-registry', () => runCases(modelRegistry, cases));
