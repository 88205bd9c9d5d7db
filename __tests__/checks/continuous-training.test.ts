import { continuousTraining } from '../../src/checks/continuous-training.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

function wf(on: string, run: string, name = 'train'): string {
  return `name: ${name}\non:\n${on}jobs:\n  train:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;
}

const DRIFT = `name: drift
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - run: python monitoring/check_drift.py
      - if: failure()
        run: gh workflow run train.yml
`;

const cases: CheckCase[] = [
  {
    name: 'dvc repro on a weekly schedule is automated, with the cadence in words',
    files: { '.github/workflows/train.yml': wf('  schedule:\n    - cron: "0 3 * * 1"\n', 'dvc repro') },
    verdict: 'automated',
    at: '.github/workflows/train.yml:9:14',
    message: /runs DVC pipeline `dvc repro` on a schedule \("0 3 \* \* 1": weekly on Monday at 03:00 UTC\)/,
    triggers: ['schedule'],
  },
  {
    name: 'a scheduled dvc repro of data stages only retrains nothing: absent',
    files: {
      '.github/workflows/train.yml': wf('  schedule:\n    - cron: "0 3 * * 1"\n', 'dvc repro prepare'),
      'dvc.yaml': 'stages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/prepared]\n  train:\n    cmd: python train.py\n    deps: [data/prepared]\n    outs: [model.pkl]\n',
      'prepare.py': 'import pandas as pd\n',
    },
    verdict: 'absent',
    reason: /CI runs the DVC pipeline \(`dvc repro prepare` at \.github\/workflows\/train\.yml:9\), but no stage it runs trains/,
  },
  {
    name: 'a scheduled dvc repro over the model restored by `--pull`, keeping nothing, retrains nothing: absent',
    files: {
      '.github/workflows/train.yml': wf('  schedule:\n    - cron: "0 3 * * 1"\n', 'dvc repro --pull'),
      'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    outs: [model.pkl]\n',
    },
    verdict: 'absent',
  },
  {
    name: 'a scheduled script that trains with xgb.train (its name says nothing) is automated at the command',
    files: {
      '.github/workflows/train.yml': wf('  schedule:\n    - cron: "0 3 * * 1"\n', 'python jobs/refresh.py'),
      'jobs/refresh.py': 'import xgboost as xgb\nbst = xgb.train(params, xgb.DMatrix(X, y))\nbst.save_model("model.json")\n',
    },
    verdict: 'automated',
    at: '.github/workflows/train.yml:9:14',
    message: /runs "jobs\/refresh\.py", which trains a model \(line 2/,
  },
  {
    name: 'training on push to data paths is automated',
    files: { '.github/workflows/train.yml': wf('  push:\n    branches: [main]\n    paths:\n      - "data/**"\n      - "params.yaml"\n', 'python src/train.py') },
    verdict: 'automated',
    at: '.github/workflows/train.yml:12:14',
    message: /on push to data or parameter paths \("data\/\*\*", "params.yaml"\)/,
    triggers: ['push'],
  },
  {
    name: 'training on repository_dispatch (new data announced from outside) is automated',
    files: { '.github/workflows/train.yml': wf('  repository_dispatch:\n    types: [new-data]\n', 'mlflow run . -e train') },
    verdict: 'automated',
    at: '.github/workflows/train.yml:9:14',
    message: /on repository_dispatch \(new-data\)/,
  },
  {
    name: 'a manual training workflow dispatched by a nightly drift monitor is automated',
    files: { '.github/workflows/train.yml': wf('  workflow_dispatch:\n', 'python train.py'), '.github/workflows/drift.yml': DRIFT },
    verdict: 'automated',
    at: '.github/workflows/train.yml:8:14',
    message: /"\.github\/workflows\/drift\.yml" \(on schedule \("0 2 \* \* \*": daily at 02:00 UTC\)\) dispatches it/,
    triggers: ['schedule'],
  },
  {
    name: 'a training smoke run on every pull_request is absent, with a notice: it is CI, not continuous training',
    files: { '.github/workflows/train.yml': wf('  pull_request:\n', 'python train.py --epochs 1') },
    verdict: 'absent',
    reason: /only on code changes, which is CI, not retraining/,
    findings: ['notice .github/workflows/train.yml:8:14'],
    findingMessage: /on pull_request for every code change: that is training in CI, not retraining on new data/,
  },
  {
    name: 'training on push with paths on code only is absent, with a notice',
    files: { '.github/workflows/train.yml': wf('  push:\n    paths: ["src/**"]\n', 'python src/train.py') },
    verdict: 'absent',
    findings: ['notice .github/workflows/train.yml:9:14'],
    findingMessage: /for every code change/,
  },
  {
    name: 'a code-change training run beside a manual one: the manual run is the present evidence',
    files: {
      '.github/workflows/ci.yml': wf('  push:\n', 'python train.py --epochs 1', 'ci'),
      '.github/workflows/train.yml': wf('  workflow_dispatch:\n', 'python train.py'),
    },
    verdict: 'present',
    at: '.github/workflows/train.yml:8:14',
    reason: /only by hand/,
    findings: ['notice .github/workflows/ci.yml:8:14'],
  },
  {
    name: 'training on workflow_dispatch only is present',
    files: { '.github/workflows/train.yml': wf('  workflow_dispatch:\n', 'accelerate launch finetune.py') },
    verdict: 'present',
    at: '.github/workflows/train.yml:8:14',
    message: /only by hand \(workflow_dispatch\)/,
    triggers: ['workflow_dispatch'],
  },
  {
    name: 'training after a workflow that itself runs on a schedule is automated',
    files: {
      '.github/workflows/train.yml': wf('  workflow_run:\n    workflows: [ingest]\n    types: [completed]\n', 'python train.py'),
      '.github/workflows/ingest.yml': wf('  schedule:\n    - cron: "0 1 * * *"\n', 'python ingest.py', 'ingest'),
    },
    verdict: 'automated',
    at: '.github/workflows/train.yml:10:14',
    message: /after workflow\(s\) "ingest", which run on a schedule/,
  },
  {
    name: 'training after the CI workflow that runs on every push is training on code changes: absent, with a notice',
    files: {
      '.github/workflows/train.yml': wf('  workflow_run:\n    workflows: [ci]\n    types: [completed]\n', 'python train.py'),
      '.github/workflows/ci.yml': wf('  push:\n', 'pytest', 'ci'),
    },
    verdict: 'absent',
    findings: ['notice .github/workflows/train.yml:10:14'],
  },
  {
    name: 'a scheduled notebook run counts as present',
    files: { '.github/workflows/nb.yml': wf('  schedule:\n    - cron: "0 3 * * 1"\n', 'papermill notebooks/train_model.ipynb out.ipynb') },
    verdict: 'present',
    at: '.github/workflows/nb.yml:9:14',
    message: /executing a notebook/,
  },
  {
    name: 'a Prefect deployment of the training flow on a CronSchedule, in code, is present at the schedule',
    files: {
      'src/train.py':
        'from prefect import flow\nfrom prefect.deployments import Deployment\nfrom prefect.orion.schemas.schedules import CronSchedule\n\n@flow\ndef main():\n    rf_model = RandomForestRegressor()\n    rf_model.fit(X_train, y_train)\n\ndeployment = Deployment.build_from_flow(\n    flow=main,\n    schedule=CronSchedule(cron="0 9 1 * *"),\n)\n',
    },
    verdict: 'present',
    at: 'src/train.py:12:14',
    message: /schedules a training flow outside GitHub Actions \(a Prefect schedule\)/,
  },
  {
    name: 'a Prefect schedule of a flow that trains nothing is no retraining',
    files: { 'flows/ingest.py': 'from prefect import flow\n\n@flow\ndef ingest():\n    download()\n\nDeployment.build_from_flow(flow=ingest, schedule=CronSchedule(cron="0 1 * * *"))\n' },
    verdict: 'absent',
  },
  {
    name: 'a scheduled benchmark that fits estimators taken from the test modules is no retraining',
    files: {
      '.github/workflows/perf.yml': wf('  schedule:\n    - cron: "0 9 * * 0"\n', 'python scripts/check_performance.py', 'perf'),
      'scripts/check_performance.py':
        'import timeit\nfrom sklearn.utils._testing import set_random_state\nfrom pkg.io.tests.test_persist import get_input\n\nfor estimator in estimators():\n    X, y = get_input(estimator)\n    estimator.fit(X, y)\n    print(timeit.timeit(lambda: dumps(estimator)))\n',
    },
    verdict: 'absent',
  },
  {
    name: 'a training script that no workflow runs is absent',
    files: { 'train.py': 'model.fit(X, y)\n', '.github/workflows/ci.yml': wf('  push:\n', 'pytest', 'ci') },
    verdict: 'absent',
    reason: /No workflow runs training/,
  },
];

describe('continuous-training', () => runCases(continuousTraining, cases));
