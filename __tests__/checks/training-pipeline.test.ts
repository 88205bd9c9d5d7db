import { trainingPipeline } from '../../src/checks/training-pipeline.js';
import { workflow } from '../helpers/repo.js';
import { CI, runCases, type CheckCase } from '../helpers/check-cases.js';

const DVC_YAML = 'stages:\n  prepare:\n    cmd: python prepare.py\n  train:\n    cmd: python train.py\n    metrics:\n      - metrics.json\n';
// prepare → featurize → model (trains) → evaluate, linked by deps inside outs.
const DVC_GRAPH =
  'stages:\n  prepare:\n    cmd: python src/prepare.py\n    outs: [data/prepared]\n  model:\n    cmd: python src/model.py\n    deps:\n      - data/features/train.csv\n    outs:\n      - models/model.pkl\n  featurize:\n    cmd: python src/featurize.py\n    deps: [data/prepared]\n    outs: [data/features]\n  evaluate:\n    cmd: python src/evaluate.py\n    deps: [models/model.pkl, data/features/test.csv]\n    metrics:\n      - metrics.json:\n          cache: false\n';
// The data stages' scripts, read and fitting nothing: without them the tool cannot tell whether those stages train.
const DATA_SCRIPTS = { 'src/prepare.py': 'import pandas as pd\ndf = pd.read_csv("data/raw.csv")\n', 'src/featurize.py': 'df["x2"] = df["x"] ** 2\n' };
const NOTEBOOK = '{\n "cells": [\n  {\n   "source": [\n    "model = LogisticRegression()\\n",\n    "model.fit(X_train, y_train)"\n   ]\n  }\n ]\n}\n';

const cases: CheckCase[] = [
  {
    name: "an MLproject that is a test fixture is not the project's pipeline: absent",
    files: { 'tests/integration/frameworks/mlflow/MNIST/MLproject': 'name: mnist\n\nentry_points:\n  main:\n    command: python train.py\n' },
    verdict: 'absent',
  },
  {
    name: "a dvc.yaml and a pipeline module under fixtures are not the project's pipeline: absent",
    files: { 'src/pkg/fixtures/dvc.yaml': DVC_YAML, 'testdata/flow.py': 'from metaflow import FlowSpec\nclass Train(FlowSpec):\n    pass\n', 'tests/train.py': 'model.fit(x, y)\n' },
    verdict: 'absent',
  },
  {
    name: 'an MLproject in examples still shows a pipeline: present',
    files: { 'examples/mnist/MLproject': 'name: mnist\n\nentry_points:\n  main:\n    command: python train.py\n' },
    verdict: 'present',
    at: 'examples/mnist/MLproject:3:1',
  },
  {
    name: 'a DVC pipeline reproduced on pull_request is automated at `dvc repro`',
    files: { [CI]: workflow('pull_request', '      - run: dvc pull data && dvc repro\n', '    env:\n      MLFLOW_TRACKING_URI: ${{ secrets.MLFLOW_URI }}\n'), 'dvc.yaml': DVC_YAML },
    verdict: 'automated',
    at: `${CI}:9:31`,
    triggers: ['pull_request'],
  },
  {
    name: 'a DVC run up to an evaluation stage re-runs the training stage upstream of it (through deps and outs): automated, naming the stage',
    files: {
      [CI]: workflow('pull_request', '      - run: dvc pull data/prepared\n      - run: dvc exp run evaluate\n'),
      'dvc.yaml': DVC_GRAPH,
      'src/model.py': 'for x, y in loader:\n    loss = criterion(net(x), y)\n    loss.backward()\n    optimizer.step()\n',
    },
    verdict: 'automated',
    at: `${CI}:8:14`,
    message: /^Runs training \(DVC pipeline up to stage "evaluate"\): `dvc exp run evaluate`\. Stage "model" \(dvc\.yaml:5\) trains; DVC re-runs it whenever its inputs change\.$/,
  },
  {
    name: 'a DVC run after a full `dvc pull` (the trained model restored) that keeps nothing only checks the committed model: present, naming the pull',
    files: {
      [CI]: workflow('pull_request', '      - run: dvc pull -r storage\n      - run: pytest\n      - run: dvc exp run evaluate\n      - run: cml comment create report.md\n'),
      'dvc.yaml': DVC_GRAPH,
      'src/model.py': 'clf.fit(X, y)\n',
    },
    verdict: 'present',
    at: `${CI}:9:14`,
    message:
      /^Runs the DVC pipeline up to stage "evaluate" \(`dvc exp run evaluate`\), but `dvc pull -r storage` \(\.github\/workflows\/ci\.yml:7\) restores the trained outputs first: stage "model" \(dvc\.yaml:5\) re-runs only when dvc\.lock is stale, and the rest of the job only reports \(no `dvc push`, commit, upload or artifact\), so nothing it trains is kept\. CI checks the committed model rather than training one\.$/,
    reason: /re-trains only when dvc\.lock is stale/,
  },
  {
    name: '`dvc repro --pull` restores the outputs itself: present',
    files: { [CI]: workflow('push', '      - run: dvc repro --pull\n'), 'dvc.yaml': DVC_GRAPH, 'src/model.py': 'clf.fit(X, y)\n' },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /but its `--pull` restores the trained outputs first/,
  },
  {
    name: 'the same run that pushes what it trains (`dvc push`) is a training run: automated',
    files: { [CI]: workflow('push', '      - run: dvc pull\n      - run: dvc repro\n      - run: dvc push\n'), 'dvc.yaml': DVC_GRAPH, 'src/model.py': 'clf.fit(X, y)\n' },
    verdict: 'automated',
    at: `${CI}:8:14`,
  },
  {
    name: 'the same run whose job uploads the outputs as an artifact is a training run: automated',
    files: {
      [CI]: workflow('push', '      - run: dvc pull && dvc repro\n      - uses: actions/upload-artifact@v4\n        with:\n          path: models/\n'),
      'dvc.yaml': DVC_GRAPH,
      'src/model.py': 'clf.fit(X, y)\n',
    },
    verdict: 'automated',
    at: `${CI}:7:26`,
  },
  {
    name: 'a forced run (`dvc repro -f`) always re-trains: automated',
    files: { [CI]: workflow('push', '      - run: dvc pull\n      - run: dvc repro -f evaluate\n'), 'dvc.yaml': DVC_GRAPH, 'src/model.py': 'clf.fit(X, y)\n' },
    verdict: 'automated',
    at: `${CI}:8:14`,
  },
  {
    name: 'a pull in another job restores nothing for this one: automated',
    files: {
      [CI]: `name: ci\non: push\njobs:\n  fetch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dvc pull\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dvc repro\n`,
      'dvc.yaml': DVC_GRAPH,
      'src/model.py': 'clf.fit(X, y)\n',
    },
    verdict: 'automated',
    at: `${CI}:11:14`,
  },
  {
    name: "a stage trains when the script it runs fits a model, whatever its name (cmd run in the stage's wdir)",
    files: {
      [CI]: workflow('push', '      - run: dvc repro evaluate\n'),
      'dvc.yaml': DVC_GRAPH.replace(
        '    cmd: python src/model.py\n    deps:\n      - data/features/train.csv\n    outs:\n      - models/model.pkl\n',
        '    wdir: src\n    cmd: python model.py\n    deps:\n      - ../data/features/train.csv\n    outs:\n      - ../models/model.pkl\n',
      ),
      'src/model.py': 'import sklearn\nclf.fit(X, y)\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /Stage "model" \(dvc\.yaml:5\) trains/,
  },
  {
    name: 'a DVC run of data preparation only (no stage it runs trains) is no training run: present, with a note at the command',
    files: { [CI]: workflow('pull_request', '      - run: dvc repro featurize\n'), 'dvc.yaml': DVC_GRAPH, ...DATA_SCRIPTS },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /^Runs DVC stages "prepare", "featurize" \(`dvc repro featurize`\), none of which trains: not a training run\.$/,
  },
  {
    name: 'a stage that runs a training module (`python -m src.models.train_model`) trains, whatever its name',
    files: {
      [CI]: workflow('push', '      - run: dvc repro\n'),
      'dvc.yaml': 'stages:\n  model:\n    cmd: python -m src.models.train_model\n    outs: [models/model.pkl]\n',
      'src/models/train_model.py': '',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /Stage "model" \(dvc\.yaml:2\) trains/,
  },
  {
    name: 'a stage that runs a module which fits a model trains',
    files: {
      [CI]: workflow('push', '      - run: dvc repro\n'),
      'dvc.yaml': 'stages:\n  build:\n    cmd: python -m pkg.modeling --config c.yaml\n    outs: [models/model.pkl]\n',
      'pkg/modeling.py': 'clf.fit(X, y)\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'an evaluation stage whose script fits a helper (permutation importance) is no training stage',
    files: { [CI]: workflow('pull_request', '      - run: dvc repro -s evaluate\n'), 'dvc.yaml': DVC_GRAPH, 'src/evaluate.py': 'perm = PermutationImportance(clf).fit(X_test, y_test)\n' },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /^Runs DVC stage "evaluate" \(`dvc repro -s evaluate`\), none of which trains/,
  },
  {
    name: 'a DVC run of stages whose scripts are not in the repository cannot be judged: it counts as training, as before',
    files: { [CI]: workflow('pull_request', '      - run: dvc repro featurize\n'), 'dvc.yaml': DVC_GRAPH },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /^Runs training \(DVC pipeline\): `dvc repro featurize`\.$/,
  },
  {
    name: 'a stage that runs no Python script the tool can read (papermill) cannot be judged: training, as before',
    files: { [CI]: workflow('push', '      - run: dvc repro\n'), 'dvc.yaml': 'stages:\n  modeling:\n    cmd: papermill notebooks/model.ipynb out.ipynb\n    outs: [models/model.pkl]\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'every script of a command list is read: the second one trains',
    files: {
      [CI]: workflow('push', '      - run: dvc repro\n'),
      'dvc.yaml': 'stages:\n  build:\n    cmd:\n      - python src/prepare.py\n      - python src/learn.py\n    outs: [models/model.pkl]\n',
      ...DATA_SCRIPTS,
      'src/learn.py': 'clf.fit(X, y)\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /Stage "build" \(dvc\.yaml:2\) trains/,
  },
  {
    name: 'a `cd` before the DVC run in its step: which dvc.yaml it reads is not known, so it counts as training, as before',
    files: {
      [CI]: workflow('push', '      - run: cd ml && dvc repro\n'),
      'dvc.yaml': 'stages:\n  download:\n    cmd: python download.py\n    outs: [raw]\n',
      'download.py': 'import requests\n',
      'ml/dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    outs: [model.pkl]\n',
    },
    verdict: 'automated',
    at: `${CI}:7:23`,
  },
  {
    name: 'a data stage named after training data (`train_test_split`) is not training by its name: its script decides',
    files: {
      [CI]: workflow('push', '      - run: dvc repro train_test_split\n'),
      'dvc.yaml': 'stages:\n  train_test_split:\n    cmd: python src/split.py\n    outs: [data/split]\n',
      'src/split.py': 'from sklearn.model_selection import train_test_split\nparts = train_test_split(df)\n',
    },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /none of which trains/,
  },
  {
    name: 'a task wrapping a DVC run over the restored model (`make repro`) is that run, not a training task: present',
    files: {
      [CI]: workflow('push', '      - run: make repro\n'),
      Makefile: 'repro:\n\tdvc pull\n\tdvc repro\n',
      'dvc.yaml': DVC_GRAPH,
      ...DATA_SCRIPTS,
      'src/model.py': 'clf.fit(X, y)\n',
    },
    verdict: 'present',
    at: 'Makefile:3:2',
    reason: /over the model it restores first/,
  },
  {
    name: 'a single-item DVC run (-s) of the evaluation stage does not re-run training: present',
    files: { [CI]: workflow('pull_request', '      - run: dvc repro -s evaluate\n'), 'dvc.yaml': DVC_GRAPH, 'src/model.py': 'clf.fit(X, y)\n' },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /^Runs DVC stage "evaluate" \(`dvc repro -s evaluate`\), none of which trains/,
  },
  {
    name: 'a DVC run the tool cannot resolve (an option it does not know) keeps counting as training, as written',
    files: { [CI]: workflow('pull_request', '      - run: dvc repro --downstream featurize\n'), 'dvc.yaml': DVC_GRAPH },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /^Runs training \(DVC pipeline\): `dvc repro --downstream featurize`\.$/,
  },
  {
    name: "a DVC run in a step's working directory reads that folder's dvc.yaml",
    files: {
      [CI]: workflow('pull_request', '      - run: dvc repro prepare\n        working-directory: ml\n'),
      'ml/dvc.yaml': 'stages:\n  prepare:\n    cmd: python prepare.py\n    outs:\n      - data\n',
      'ml/prepare.py': 'import pandas as pd\npd.read_csv("raw.csv").dropna().to_csv("data/clean.csv")\n',
      'dvc.yaml': 'stages:\n  prepare:\n    cmd: python train.py\n',
    },
    verdict: 'present',
    at: `${CI}:7:14`,
    message: /^Runs DVC stage "prepare" \(`dvc repro prepare`\), none of which trains/,
  },
  {
    name: 'a training module run with `python -m` on a schedule is automated',
    files: { [CI]: workflow('\n  schedule:\n    - cron: "0 3 * * 1"', '      - run: python -m src.train --config configs/base.yaml\n') },
    verdict: 'automated',
    at: `${CI}:9:14`,
    triggers: ['schedule'],
  },
  {
    name: 'an MLflow project run on push is automated',
    files: { [CI]: workflow('push', '      - run: mlflow run . -P alpha=0.5\n'), MLproject: 'name: demo\n\nentry_points:\n  main:\n    command: python train.py\n' },
    verdict: 'automated',
    at: `${CI}:7:14`,
  },
  {
    name: 'a training script kept in a tests folder is a test of training, not the pipeline: present',
    at: `${CI}:7:14`,
    files: { [CI]: workflow('pull_request', '      - run: python tests/train_smoke.py\n'), 'tests/train_smoke.py': 'model = train(X, y)\nassert model\n' },
    verdict: 'present',
    reason: /smoke test/,
  },
  {
    name: 'a one-epoch smoke run is not a training pipeline run: present, pointing at training-tests',
    files: { [CI]: workflow('pull_request', '      - run: python train.py --epochs 1\n'), 'train.py': 'import torch\n' },
    verdict: 'present',
    at: `${CI}:7:14`,
    reason: /smoke test/,
  },
  {
    name: 'dvc.yaml stages that no workflow runs are present at the first stage',
    files: { 'dvc.yaml': DVC_YAML },
    verdict: 'present',
    at: 'dvc.yaml:2:3',
  },
  {
    name: 'an MLproject is present at its entry_points line',
    files: { MLproject: 'name: demo\n\nentry_points:\n  main:\n    command: python train.py\n' },
    verdict: 'present',
    at: 'MLproject:3:1',
  },
  {
    name: 'a Metaflow flow in the code is present at the class',
    files: { 'flows/training_flow.py': 'from metaflow import FlowSpec, step\n\nclass TrainFlow(FlowSpec):\n    pass\n' },
    verdict: 'present',
    at: 'flows/training_flow.py:3:1',
  },
  {
    name: 'a Prefect flow that refreshes a search index trains nothing: no training pipeline',
    files: { 'flows/refresh_index.py': 'import httpx\nfrom prefect import flow\n\n@flow\ndef refresh_index():\n    httpx.post("http://search/_refresh")\n' },
    verdict: 'absent',
  },
  {
    name: 'a Prefect flow that calls first-party training code is present at its import',
    files: { 'flows/nightly.py': 'from prefect import flow\nfrom pipeline.fit_model import run\n\n@flow\ndef nightly():\n    run()\n', 'pipeline/fit_model.py': 'def run():\n    clf.fit(X, y)\n' },
    verdict: 'present',
    at: 'flows/nightly.py:1:1',
  },
  {
    name: 'a train script is present at its fit call',
    files: { 'src/train.py': 'from sklearn.linear_model import LogisticRegression\nclf = LogisticRegression()\nclf.fit(X, y)\n' },
    verdict: 'present',
    at: 'src/train.py:3:1',
  },
  {
    name: "a train script using a booster's native API (xgb.train) is present at that line",
    files: { 'src/train.py': 'import xgboost as xgb\n\ndtrain = xgb.DMatrix(X, label=y)\nbst = xgb.train(params, dtrain, num_boost_round=100)\n' },
    verdict: 'present',
    at: 'src/train.py:4:7',
    message: /booster training: "bst = xgb\.train\(params, dtrain, num_boost_round=100\)"/,
  },
  {
    name: 'a DVC stage running a script that trains with lgb.train is a training stage, whatever its name',
    files: {
      [CI]: workflow('push', '      - run: dvc repro build_model\n'),
      'dvc.yaml': 'stages:\n  build_model:\n    cmd: python src/model.py\n    outs: [model.txt]\n',
      'src/model.py': 'import lightgbm as lgb\nbooster = lgb.train(params, lgb.Dataset(X, y))\n',
    },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /Stage "build_model" \(dvc\.yaml:2\) trains/,
  },
  {
    name: 'training only in a notebook is present, and the reason says notebooks',
    files: { 'notebooks/train-model.ipynb': NOTEBOOK },
    verdict: 'present',
    at: 'notebooks/train-model.ipynb:6:6',
    reason: /only in notebooks/,
  },
  {
    name: 'a repository with no training is absent',
    files: { [CI]: workflow('push', '      - run: pytest\n'), 'src/app.py': 'print(1)\n' },
    verdict: 'absent',
  },
];

// Unlisted findings are not checked, and a case without `inventory` runs on an empty one.
describe(trainingPipeline.meta.id, () => runCases(trainingPipeline, cases, { unlistedFindings: 'unchecked', unlistedInventory: 'empty' }));
