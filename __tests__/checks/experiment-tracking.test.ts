import { experimentTracking } from '../../src/checks/experiment-tracking.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const JOB_ENV = '    env:\n      MLFLOW_TRACKING_URI: ${{ secrets.MLFLOW_URI }}\n';
const NOTEBOOK = '{\n "cells": [\n  {\n   "source": [\n    "import wandb\\n",\n    "wandb.init(project=\\"demo\\")"\n   ]\n  }\n ]\n}\n';

const cases: CheckCase[] = [
  {
    name: 'a DVC pipeline reproduced on pull_request with MLFLOW_TRACKING_URI on the job is automated at the env key',
    files: { [CI]: workflow('pull_request', '      - run: dvc pull && dvc repro\n', JOB_ENV), 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n' },
    verdict: 'automated',
    at: `${CI}:7:28`,
    triggers: ['pull_request'],
    conditions: [`used by \`dvc repro\` at ${CI}:9`],
  },
  {
    name: 'WANDB_API_KEY on the training step is automated at the step env line',
    files: { [CI]: workflow('push', '      - run: python train.py\n        env:\n          WANDB_API_KEY: ${{ secrets.WANDB }}\n') },
    verdict: 'automated',
    at: `${CI}:9:26`,
  },
  {
    name: 'a workflow-level tracking variable reaches the training job',
    files: { [CI]: 'name: t\non: push\nenv:\n  COMET_API_KEY: ${{ secrets.COMET }}\njobs:\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m model.train\n' },
    verdict: 'automated',
    at: `${CI}:4:18`,
  },
  {
    name: 'an `export MLFLOW_TRACKING_URI=` before training in the same script counts',
    files: { [CI]: workflow('push', '      - run: |\n          export MLFLOW_TRACKING_URI=http://mlflow:5000\n          python train.py\n') },
    verdict: 'automated',
    at: `${CI}:8:11`,
  },
  {
    name: '`dvc exp run` tracks experiments: automated',
    files: { [CI]: workflow('push', '      - run: dvc exp run -S train.lr=0.01\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'a training script run on push that logs through a tracker callback is automated at the command, with no variable',
    files: { [CI]: workflow('push', '      - run: python src/train.py\n'), 'src/train.py': 'from ray.air.integrations.mlflow import MLflowLoggerCallback\n\ncb = MLflowLoggerCallback(experiment_name="x")\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
    triggers: ['push'],
    message: /MLflowLoggerCallback/,
  },
  {
    name: 'a tracker set in a project module the training script imports counts (one hop)',
    files: { [CI]: workflow('push', '      - run: python pkg/train.py\n'), 'pkg/train.py': 'from pkg import config\n\nprint(config.X)\n', 'pkg/config.py': 'import mlflow\nmlflow.set_tracking_uri("http://mlflow:5000")\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /pkg\/config\.py:2/,
  },
  {
    name: 'a Trainer reporting to W&B in a run where WANDB_MODE turns it off is present only',
    files: { [CI]: workflow('push', '      - run: python train.py\n', '    env:\n      WANDB_MODE: disabled\n'), 'train.py': 'args = TrainingArguments(report_to="wandb")\n' },
    verdict: 'present',
    at: 'train.py:1:26',
  },
  {
    name: 'a tracker callback in code that no CI command runs is present only',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'train.py': 'cb = WandbCallback()\n' },
    verdict: 'present',
    at: 'train.py:1:6',
  },
  {
    name: 'a tracking variable in a workflow that runs no training is present only',
    files: { [CI]: workflow('push', '      - run: pytest\n', JOB_ENV) },
    verdict: 'present',
    at: `${CI}:7:28`,
  },
  {
    name: 'WANDB_MODE=disabled turns tracking off for the run: not automated, with a notice',
    files: { [CI]: workflow('push', '      - run: python train.py\n', '    env:\n      WANDB_API_KEY: ${{ secrets.WANDB }}\n      WANDB_MODE: disabled\n'), 'src/train.py': 'import wandb\nwandb.init(project="x")\n' },
    verdict: 'present',
    at: `${CI}:7:22`,
    findingLines: [`${CI}:8`],
  },
  {
    name: 'MLflow calls in the code are present at the call',
    files: { 'src/train.py': 'import mlflow\n\nmlflow.log_metric("acc", acc)\n' },
    verdict: 'present',
    at: 'src/train.py:3:1',
  },
  {
    name: 'tracking only in a notebook is present, and the reason says so',
    files: { 'nb/explore.ipynb': NOTEBOOK },
    verdict: 'present',
    at: 'nb/explore.ipynb:6:6',
    reason: /only in notebooks/,
  },
  {
    name: 'no tracker anywhere is absent',
    files: { [CI]: workflow('push', '      - run: python train.py\n'), 'train.py': 'print("training")\n' },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(experimentTracking.meta.id, () => runCases(experimentTracking, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
