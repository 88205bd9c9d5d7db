import { modelDeployment } from '../../src/checks/model-deployment.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const ISVC = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: churn
spec:
  predictor:
    sklearn:
      storageUri: gs://acme-models/churn/v3
`;

/** A deploy job after an evaluation job (`needs` given by the caller). */
function pipeline(needs: string): string {
  return `name: cd
on:
  push:
    branches: [main]
jobs:
  evaluate:
    runs-on: ubuntu-latest
    steps:
      - run: python evaluate.py --threshold 0.8
  deploy:
${needs}    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/setup-kubectl@v4
      - run: kubectl apply -f k8s/inferenceservice.yaml
`;
}

const TRANSITIVE = `name: cd
on:
  release:
    types: [published]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: pytest tests
  build:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: bentoml containerize churn:latest
  deploy:
    needs: [build]
    runs-on: ubuntu-latest
    steps:
      - run: helm upgrade --install churn charts/churn
`;

const KIND_TEST = `name: e2e
on: [pull_request]
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: helm/kind-action@v1
      - run: kubectl apply -f k8s/inferenceservice.yaml
`;

const SAGEMAKER = `name: deploy
on:
  release:
    types: [published]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: pytest tests/model
      - run: aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name churn-v3
`;

const SUITE = `name: cd
on:
  push:
    branches: [main]
jobs:
  checks:
    runs-on: ubuntu-latest
    steps:
      - run: ./ci/run-suite.sh
  deploy:
    needs: checks
    runs-on: ubuntu-latest
    steps:
      - run: gcloud ai endpoints deploy-model 123 --model=churn --region=europe-west4
`;

/** A release workflow whose deploy job (step at line 15) runs `run` after an evaluation job. */
function releaseDeploy(run: string): string {
  return `name: cd\non:\n  release:\n    types: [published]\njobs:\n  evaluate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python evaluate.py --threshold 0.8\n  deploy:\n    needs: evaluate\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ${run}\n`;
}

const SERVING_DOCKERFILE = 'FROM python:3.12-slim\nCOPY models/model.joblib models/model.joblib\nCMD ["uvicorn", "main:app", "--port", "8000"]\n';

const cases: CheckCase[] = [
  {
    name: 'kubectl with global options before `set image` deploys the serving image',
    files: { '.github/workflows/cd.yml': releaseDeploy('kubectl --kubeconfig kubeconfig -n prod set image deployment/churn api=ghcr.io/acme/churn:v3'), Dockerfile: SERVING_DOCKERFILE },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /Job "deploy" to environment "production" deploys to Kubernetes \(kubectl\).*it needs job "evaluate"/,
    triggers: ['release'],
  },
  {
    name: 'helm with a global option before `upgrade` deploys the serving image',
    files: { '.github/workflows/cd.yml': releaseDeploy('helm --kube-context prod upgrade --install churn charts/churn'), Dockerfile: SERVING_DOCKERFILE },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /deploys to Kubernetes \(Helm\)/,
  },
  {
    name: 'SageMaker create-endpoint-config and create-model only describe an endpoint: no deployment',
    files: { '.github/workflows/cd.yml': releaseDeploy('aws sagemaker create-endpoint-config --endpoint-config-name churn-v3 --production-variants VariantName=main,ModelName=churn-v3') },
    verdict: 'absent',
  },
  {
    name: 'SageMaker update-endpoint-weights-and-capacities shifts live traffic: a deployment',
    files: { '.github/workflows/cd.yml': releaseDeploy('aws sagemaker update-endpoint-weights-and-capacities --endpoint-name churn --desired-weights-and-capacities VariantName=new,DesiredWeight=1') },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /a SageMaker endpoint/,
  },
  {
    name: 'kubectl with global options that only reads the cluster deploys nothing',
    files: { '.github/workflows/cd.yml': releaseDeploy('kubectl --kubeconfig kubeconfig get pods'), Dockerfile: SERVING_DOCKERFILE },
    verdict: 'absent',
  },
  {
    name: 'kubectl apply of an InferenceService in a job that needs the evaluation job is automated, with no finding',
    files: { '.github/workflows/cd.yml': pipeline('    needs: evaluate\n'), 'k8s/inferenceservice.yaml': ISVC },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:16:14',
    message:
      /Job "deploy" to environment "production" deploys a KServe\/Seldon model: `kubectl apply -f k8s\/inferenceservice.yaml`; it needs job "evaluate", which runs `python evaluate.py --threshold 0.8`/,
    triggers: ['push'],
  },
  {
    name: 'the same deploy without needs is automated with a warning at the deploy line naming the job',
    files: { '.github/workflows/cd.yml': pipeline(''), 'k8s/inferenceservice.yaml': ISVC },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    findings: ['warning .github/workflows/cd.yml:15:14'],
    everyFindingMessage: /Job "deploy" deploys the model without needing a job that tests or evaluates it/,
  },
  {
    name: 'needs through a build job that needs the tests is a gate (transitive)',
    files: { '.github/workflows/cd.yml': TRANSITIVE, 'bentofile.yaml': 'service: "service:svc"\n' },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:19:14',
    message: /it needs job "test", which runs `pytest tests`/,
  },
  {
    name: 'kubectl apply into a kind cluster in a pull-request job is a test, not a deployment',
    files: { '.github/workflows/e2e.yml': KIND_TEST, 'k8s/inferenceservice.yaml': ISVC },
    verdict: 'present',
    at: 'k8s/inferenceservice.yaml:2:1',
    message: /describes a model deployment \(KServe\)/,
  },
  {
    name: 'a SageMaker endpoint update after tests in the same job is automated and gated',
    files: { '.github/workflows/deploy.yml': SAGEMAKER },
    verdict: 'automated',
    at: '.github/workflows/deploy.yml:10:14',
    message: /an earlier step of job "deploy" runs `pytest tests\/model`/,
  },
  {
    name: 'a job whose tests the inventory finds gates the deployment',
    files: { '.github/workflows/cd.yml': SUITE, 'tests/test_model.py': 'def test_x():\n    pass\n' },
    inventory: [{ path: 'tests/test_model.py', kind: 'evaluation', line: 1, signal: 'metric assertion', runBy: /run-suite/ }],
    verdict: 'automated',
    at: '.github/workflows/cd.yml:14:14',
    message: /Vertex AI endpoint.*it needs job "checks"/,
  },
  {
    name: 'without the inventory the same job is not known to test, so the deploy is flagged',
    files: { '.github/workflows/cd.yml': SUITE },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:14:14',
    findings: ['warning .github/workflows/cd.yml:14:14'],
  },
  {
    name: 'an Azure ML deployment on workflow_dispatch only is present and not flagged',
    files: { '.github/workflows/deploy.yml': 'on: workflow_dispatch\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: az ml online-deployment create -f deploy.yml --all-traffic\n' },
    verdict: 'present',
    at: '.github/workflows/deploy.yml:6:14',
    triggers: ['workflow_dispatch'],
  },
  {
    name: 'heroku container:release of the serving image is a deployment',
    files: { '.github/workflows/cd.yml': releaseDeploy('heroku container:release web --app churn'), Dockerfile: SERVING_DOCKERFILE },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /deploys to Heroku/,
  },
  {
    name: 'aws lambda update-function-code of the serving image is a deployment',
    files: { '.github/workflows/cd.yml': releaseDeploy('aws lambda update-function-code --function-name churn --image-uri $IMAGE'), Dockerfile: SERVING_DOCKERFILE },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /deploys to AWS/,
  },
  {
    name: 'an Anyscale service rollout deploys a model wherever the repository is',
    files: { '.github/workflows/cd.yml': releaseDeploy('anyscale service rollout --service-config-file deploy/services/serve.yaml') },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /Anyscale service/,
  },
  {
    name: 'an MLEM deployment is a model deployment',
    files: { '.github/workflows/cd.yml': releaseDeploy('mlem deployment run flyio app.mlem --model model') },
    verdict: 'automated',
    at: '.github/workflows/cd.yml:15:14',
    message: /MLEM deployment/,
  },
  {
    name: 'an AWS Lambda function image that holds the model, deployed by no workflow, is present at its FROM line',
    files: { 'lambda_function.dockerfile': 'FROM public.ecr.aws/lambda/python:3.9\nCOPY ["/model/model.pkl", "./model/"]\nCMD [ "lambda_function.lambda_handler" ]\n' },
    verdict: 'present',
    at: 'lambda_function.dockerfile:1:1',
    message: /AWS Lambda function image that serves the model/,
  },
  {
    name: 'heroku container:release in a repository that serves no model is absent',
    files: { '.github/workflows/cd.yml': 'on: [push]\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: heroku container:release web\n' },
    verdict: 'absent',
  },
  {
    name: 'kubectl apply of a web app in a repository that serves no model is absent',
    files: {
      '.github/workflows/cd.yml': 'on: [push]\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -f k8s/web.yaml\n',
      'k8s/web.yaml': 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: nginx:1.27\n',
    },
    verdict: 'absent',
  },
];

describe('model-deployment', () => runCases(modelDeployment, cases));
