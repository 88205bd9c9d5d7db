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

const cases: CheckCase[] = [
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
