import { servingTests } from '../../src/checks/serving-tests.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const SMOKE = `name: image
on: [pull_request]
jobs:
  smoke:
    runs-on: ubuntu-latest
    steps:
      - run: |
          docker build -t churn:ci .
          docker run -d -p 8080:8080 churn:ci
          curl --retry 10 --retry-connrefused -f -X POST localhost:8080/predict -d @sample.json
`;

const BENTO_HEALTH = `name: bento
on:
  push:
    branches: [main]
jobs:
  serve:
    runs-on: ubuntu-latest
    steps:
      - run: bentoml serve service:Churn --port 3000 &
      - run: curl -sf --retry 20 --retry-connrefused localhost:3000/healthz
`;

const LOCUST = `name: load
on:
  schedule:
    - cron: "0 5 * * 1"
jobs:
  load:
    runs-on: ubuntu-latest
    steps:
      - run: locust -f load/locustfile.py --headless -u 50 -r 10 -t 2m --host https://staging.acme.dev
`;

const cases: CheckCase[] = [
  {
    name: 'a container smoke test (docker run, then POST /predict) on pull_request is automated',
    files: { '.github/workflows/image.yml': SMOKE },
    verdict: 'automated',
    at: '.github/workflows/image.yml:10:11',
    message: /after starting a container \(`docker run -d -p 8080:8080 churn:ci` at line 9\)/,
    triggers: ['pull_request'],
  },
  {
    name: 'a health check after starting bentoml serve is automated',
    files: { '.github/workflows/bento.yml': BENTO_HEALTH },
    verdict: 'automated',
    at: '.github/workflows/bento.yml:10:14',
    message: /after starting a model server/,
  },
  {
    name: 'a health check with no server started in the job is not a serving test',
    files: { '.github/workflows/ping.yml': 'on: [push]\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -f https://status.acme.dev/healthz\n' },
    verdict: 'absent',
  },
  {
    name: 'a weekly headless locust run is automated',
    files: { '.github/workflows/load.yml': LOCUST, 'load/locustfile.py': 'from locust import HttpUser, task\n' },
    verdict: 'automated',
    at: '.github/workflows/load.yml:9:14',
    message: /load test with Locust/,
    triggers: ['schedule'],
  },
  {
    name: 'k6 run on release is automated',
    files: { '.github/workflows/k6.yml': 'on:\n  release:\n    types: [published]\njobs:\n  k:\n    runs-on: ubuntu-latest\n    steps:\n      - run: k6 run perf/predict.js\n' },
    verdict: 'automated',
    at: '.github/workflows/k6.yml:8:14',
  },
  {
    name: 'serving tests found by the inventory and run on pull_request are automated',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_api.py': 'from fastapi.testclient import TestClient\n\nclient = TestClient(app)\n' },
    inventory: [{ path: 'tests/test_api.py', kind: 'serving', line: 3, signal: 'TestClient', runBy: /^pytest$/ }],
    verdict: 'automated',
    at: 'tests/test_api.py:3:1',
  },
  {
    name: 'a TestClient test the inventory files as a unit test, run on pull_request, is automated at the client line',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_api.py': 'from fastapi.testclient import TestClient\nfrom app.main import app\nclient = TestClient(app)\n', 'app/main.py': 'model = joblib.load("model.joblib")\n\n@app.post("/score")\ndef score(x):\n    return model.predict([x])\n' },
    inventory: [{ path: 'tests/test_api.py', kind: 'unit', line: 1, signal: 'unit test', runBy: /^pytest$/ }],
    verdict: 'automated',
    at: 'tests/test_api.py:3:10',
    triggers: ['pull_request'],
  },
  {
    name: 'an API test with TestClient that no workflow runs, posting to /predict, is present',
    files: { 'tests/test_api.py': 'from fastapi.testclient import TestClient\n\nclient = TestClient(app)\nr = client.post("/predict", json={})\n' },
    verdict: 'present',
    at: 'tests/test_api.py:3:10',
  },
  {
    name: 'a TestClient of a web UI that serves no model is not a serving test',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_ui.py': 'from litestar.testing import TestClient\nfrom ui.app import create_app\nclient = TestClient(create_app())\nr = client.get("/api/projects")\n', 'ui/app.py': 'def create_app():\n    return Litestar(route_handlers=[list_projects])\n' },
    verdict: 'absent',
  },
  {
    name: 'a health poll of a third-party container (a MinIO dependency) is not a serving test',
    files: { '.github/workflows/s3.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker run -d -p 9000:9000 minio/minio server /data\n      - run: until curl -sf localhost:9000/minio/health/live; do sleep 1; done\n' },
    verdict: 'absent',
  },
  {
    name: 'a health poll of an image built from the repository in the job is a smoke test',
    files: { '.github/workflows/img.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -t app:ci .\n      - run: docker run -d -p 8080:8080 app:ci\n      - run: curl -sf --retry 10 --retry-connrefused localhost:8080/healthz\n' },
    verdict: 'automated',
    at: '.github/workflows/img.yml:8:14',
    triggers: ['pull_request'],
  },
  {
    name: 'a kubectl port-forward to an inference service followed by a health poll of its port is a smoke test',
    files: { '.github/workflows/kserve.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -f deploy/isvc.yaml\n      - run: kubectl port-forward -n kserve-test svc/iris-predictor 8080:80 &\n      - run: curl -sf --retry 10 --retry-connrefused localhost:8080/healthz\n' },
    verdict: 'automated',
    at: '.github/workflows/kserve.yml:8:14',
    triggers: ['pull_request'],
  },
  {
    name: 'a health poll through a port-forward to a platform API server (no model served) is not a serving test',
    files: { '.github/workflows/e2e.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl port-forward -n kubeflow svc/ml-pipeline 8888:8888 &\n      - run: curl -sf localhost:8888/apis/v1beta1/healthz\n' },
    verdict: 'absent',
  },
  {
    name: 'a health poll before the port-forward to a model server is started does not test it',
    files: { '.github/workflows/e2e.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -sf localhost:8080/healthz\n      - run: kubectl port-forward svc/model-server 8080:80 &\n' },
    verdict: 'absent',
  },
  {
    name: 'a health poll of another port than the one forwarded to the model server does not test it',
    files: { '.github/workflows/e2e.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl port-forward svc/model-server 8080:80 &\n      - run: curl -sf localhost:9000/healthz\n' },
    verdict: 'absent',
  },
  {
    name: 'a test class named TestClient (a unittest case of an API client) is not a serving test client',
    files: { 'tests/client_test.py': 'import unittest\n\n\nclass TestClient(unittest.TestCase):\n    def test_predict(self):\n        self.assertEqual(model.predict(1), 1)\n' },
    verdict: 'absent',
  },
  {
    name: 'a locustfile alone is present',
    files: { 'locustfile.py': 'from locust import HttpUser, task\n' },
    verdict: 'present',
    at: 'locustfile.py:1:1',
  },
  {
    name: 'a test run selecting serving tests by marker is automated',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest -m serving\n' },
    verdict: 'automated',
    at: '.github/workflows/t.yml:6:14',
    message: /Runs serving API tests: `pytest -m serving`/,
  },
  {
    name: 'tests of a web server (an npm script and folder named "server") are not model-serving tests',
    files: {
      '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run test:server\n',
      'package.json': '{\n  "scripts": {\n    "test:server": "npm --prefix ./server test"\n  }\n}\n',
      'server/package.json': '{\n  "scripts": {\n    "test": "jest"\n  }\n}\n',
    },
    verdict: 'absent',
  },
  {
    name: 'a pytest run on tests/api is not a serving test by its name alone',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests/api\n' },
    verdict: 'absent',
  },
  {
    name: 'a benchmark suite (performance by its path) is not a load test of a served model',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest benchmarks\n', 'benchmarks/test_cli.py': '' },
    inventory: [{ path: 'benchmarks/test_cli.py', kind: 'performance', line: 1, signal: 'path names benchmarks or load tests', runBy: /^pytest/ }],
    verdict: 'absent',
  },
  {
    name: 'a file in a load_tests folder run on pull_request is an automated load test',
    files: { '.github/workflows/t.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest tests/load_tests\n', 'tests/load_tests/test_predict.py': '' },
    inventory: [{ path: 'tests/load_tests/test_predict.py', kind: 'performance', line: 1, signal: 'path names benchmarks or load tests', runBy: /^pytest/ }],
    verdict: 'automated',
    at: 'tests/load_tests/test_predict.py:1:1',
    message: /^Load test "tests\/load_tests\/test_predict.py"/,
  },
  {
    name: 'a serving app with no test of it is absent',
    files: { 'app.py': '@app.post("/predict")\ndef predict(x):\n    return model.predict(x)\n' },
    verdict: 'absent',
  },
];

describe('serving-tests', () => runCases(servingTests, cases));
