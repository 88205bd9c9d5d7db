import { modelPackaging } from '../../src/checks/model-packaging.js';
import { runCases, type CheckCase } from '../helpers/check-cases.js';

const KIT_RELEASE = `name: release
on:
  release:
    types: [published]
jobs:
  package:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: jozu-ai/gh-kit-setup@v1
      - run: kit pack . -t ghcr.io/acme/churn:\${{ github.ref_name }}
      - run: kit push ghcr.io/acme/churn:\${{ github.ref_name }}
`;

const KITFILE = `manifestVersion: "1.0"
package:
  name: churn
model:
  path: ./model.joblib
`;

const BENTO_PUSH = `name: bento
on:
  push:
    branches: [main]
jobs:
  bento:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          pip install bentoml
          bentoml build
          bentoml containerize iris_classifier:latest -t iris:\${{ github.sha }}
`;

const SERVING_DOCKERFILE = `FROM python:3.11-slim
COPY model.joblib /app/model.joblib
COPY app.py /app/app.py
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
`;

const IMAGE_ACTION = `name: image
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: serving
`;

const GO_PR = 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n';
const GO_PACK_TEST = 'package testing\n\nimport "testing"\n\nfunc TestPack(t *testing.T) {\n\tmodelKitPath := t.TempDir()\n\trunCommand(t, "pack", modelKitPath, "-t", "test:1")\n}\n';

const MODEL_PACKAGE = {
  'model-package/setup.py': 'from setuptools import setup\n\nsetup(\n    name="price-model",\n    include_package_data=True,\n)\n',
  'model-package/MANIFEST.in': 'include price_model/VERSION\ninclude price_model/trained_models/*.pkl\n',
  'model-package/price_model/train_pipeline.py': 'pipeline.fit(X, y)\n',
};
const TAG_BUILD = (run: string) =>
  `on:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python model-package/price_model/train_pipeline.py\n      - run: ${run}\n`;

const SCRIPT_TEST =
  'package it\n\nimport (\n\t"testing"\n\n\t"github.com/rogpeppe/go-internal/testscript"\n)\n\nfunc TestScripts(t *testing.T) {\n\ttestscript.Run(t, testscript.Params{Dir: "testdata/script"})\n}\n';
const BUILD_SCRIPT =
  '# builds the model image\n! cog build --bad-flag\ncog build -t $TEST_IMAGE\nstderr "Image built"\n\n-- cog.yaml --\nbuild:\n  python_version: "3.12"\npredict: predict.py:Predictor\n';

const cases: CheckCase[] = [
  {
    name: 'a model package (its trained model shipped as package data, its training script inside) built on tag pushes is automated at the build',
    files: { ...MODEL_PACKAGE, '.github/workflows/publish.yml': TAG_BUILD('python -m build model-package') },
    verdict: 'automated',
    at: '.github/workflows/publish.yml:9:14',
    triggers: ['push'],
    message: /Builds the model package "model-package", which ships the trained model \("price_model\/trained_models\/\*\.pkl" at model-package\/MANIFEST\.in:2\)/,
  },
  {
    name: 'the build run by a script in the package folder (cwd there) counts too',
    files: { ...MODEL_PACKAGE, 'model-package/publish.sh': '#!/bin/sh\npython setup.py sdist bdist_wheel\n', '.github/workflows/publish.yml': TAG_BUILD('sh model-package/publish.sh') },
    verdict: 'automated',
    at: 'model-package/publish.sh:2:1',
  },
  {
    name: "the build in a shell function of the package's script, its setup script named by a variable, counts at the build line",
    files: {
      ...MODEL_PACKAGE,
      'model-package/publish.sh': '#!/bin/bash\nSETUP="setup.py"\nbuild() {\n    python "$SETUP" sdist bdist_wheel || exit 1\n}\nfor dir in "$@"; do\n    build $dir\ndone\n',
      '.github/workflows/publish.yml': TAG_BUILD('bash model-package/publish.sh model-package'),
    },
    verdict: 'automated',
    at: 'model-package/publish.sh:4:5',
  },
  {
    name: 'a model package declared in setup.cfg ([options.package_data], beside a setup.py shim) built on tag pushes is automated, citing the setup.cfg line',
    files: {
      'model-package/setup.py': 'from setuptools import setup\n\nsetup()\n',
      'model-package/setup.cfg': '[metadata]\nname = price-model\n\n[options.package_data]\nprice_model =\n    VERSION\n    trained_models/*.pkl\n',
      'model-package/price_model/train_pipeline.py': 'pipeline.fit(X, y)\n',
      '.github/workflows/publish.yml': TAG_BUILD('python -m build model-package'),
    },
    verdict: 'automated',
    at: '.github/workflows/publish.yml:9:14',
    message: /ships the trained model \("trained_models\/\*\.pkl" at model-package\/setup\.cfg:7\)/,
  },
  {
    name: 'a setup.cfg whose package data holds no model (templates) is no model packaging, even beside a training script',
    files: {
      'lib/setup.cfg': '[metadata]\nname = lib\n\n[options.package_data]\nlib = templates/*.yaml, py.typed\n',
      'lib/lib/train.py': '',
      '.github/workflows/publish.yml': TAG_BUILD('python -m build lib'),
    },
    verdict: 'absent',
  },
  {
    name: 'a model package that no workflow builds is present at its manifest',
    files: MODEL_PACKAGE,
    verdict: 'present',
    at: 'model-package/setup.py:1:1',
    message: /packages the trained model .* made by "model-package\/price_model\/train_pipeline\.py": a versioned model package/,
  },
  {
    name: 'building a package whose data holds no model (templates) is no model packaging, even beside a training script',
    files: {
      'lib/setup.py': 'from setuptools import setup\nsetup(name="lib", package_data={"lib": ["templates/*.yaml"]})\n',
      'lib/lib/train.py': '',
      '.github/workflows/publish.yml': TAG_BUILD('python -m build lib'),
    },
    verdict: 'absent',
  },
  {
    name: 'a Go testscript (txtar) that runs `cog build`, run by go test on pull_request, is automated at the build line (the expected failure `! cog build` above it is not a build)',
    files: { '.github/workflows/test.yml': GO_PR, 'go.mod': 'module example.com/cog\n', 'it/script_test.go': SCRIPT_TEST, 'it/testdata/script/build.txtar': BUILD_SCRIPT },
    verdict: 'automated',
    at: 'it/testdata/script/build.txtar:3:1',
    triggers: ['pull_request'],
    message: /Test "it\/testdata\/script\/build\.txtar" builds a model package \(a Cog image built/,
  },
  {
    name: 'the same txtar with no Go test that runs it is an archive of test data: its `cog build` is not a packaging test',
    files: {
      '.github/workflows/test.yml': GO_PR,
      'go.mod': 'module example.com/cog\n',
      'it/golden_test.go': 'package it\n\nfunc TestGolden(t *testing.T) {\n\tar, _ := txtar.ParseFile("testdata/script/build.txtar")\n\t_ = ar\n}\n',
      'it/testdata/script/build.txtar': BUILD_SCRIPT,
    },
    verdict: 'absent',
  },
  {
    name: 'a `cog build` only in the file sections of a testscript (a fixture) is not a build',
    files: {
      '.github/workflows/test.yml': GO_PR,
      'go.mod': 'module example.com/cog\n',
      'it/script_test.go': SCRIPT_TEST,
      'it/testdata/script/readme.txtar': 'exec cat notes.md\n-- notes.md --\ncog build -t x\n',
    },
    verdict: 'absent',
  },
  {
    name: 'a Go test that packs a ModelKit with the CLI under test, run on pull_request, is automated at the pack line',
    files: { '.github/workflows/test.yml': GO_PR, 'go.mod': 'module example.com/kit\n', 'testing/pack_test.go': GO_PACK_TEST },
    verdict: 'automated',
    at: 'testing/pack_test.go:7:16',
    triggers: ['pull_request'],
    message: /builds a model package \(a ModelKit packed/,
  },
  {
    name: 'a test that builds a Bento, run by no workflow, is present',
    files: { 'tests/test_build.py': 'import bentoml\n\n\ndef test_build(tmp_path):\n    bento = bentoml.build("service:Svc", build_ctx=str(tmp_path))\n    assert bento.tag\n' },
    verdict: 'present',
    at: 'tests/test_build.py:5:13',
  },
  {
    name: 'a test that runs a "pack" command on something that is not a model package is not packaging',
    files: {
      '.github/workflows/test.yml': GO_PR,
      'go.mod': 'module example.com/x\n',
      'pack_test.go': 'package x\n\nimport "testing"\n\nfunc TestPack(t *testing.T) {\n\trunCommand(t, "pack", archiveDir)\n}\n',
    },
    verdict: 'absent',
  },
  {
    name: 'KitOps pack and push on release is automated, at the kit pack line',
    files: { '.github/workflows/release.yml': KIT_RELEASE, Kitfile: KITFILE },
    verdict: 'automated',
    at: '.github/workflows/release.yml:11:14',
    message: /KitOps ModelKit \(kit pack\)/,
    triggers: ['release'],
  },
  {
    name: 'bentoml build and containerize on push to main is automated',
    files: { '.github/workflows/bento.yml': BENTO_PUSH, 'bentofile.yaml': 'service: "service:svc"\n' },
    verdict: 'automated',
    at: '.github/workflows/bento.yml:12:11',
    message: /bentoml build/,
  },
  {
    name: 'docker/build-push-action building a Dockerfile that serves a model is automated',
    files: { '.github/workflows/image.yml': IMAGE_ACTION, 'serving/Dockerfile': SERVING_DOCKERFILE, 'serving/app.py': '' },
    verdict: 'automated',
    at: '.github/workflows/image.yml:7:15',
    message: /model-serving image of "serving\/Dockerfile" \(web server\)/,
  },
  {
    name: 'docker compose up --build of a service whose Dockerfile serves a model is automated at the command',
    files: {
      '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose -f deploy/compose.yml up -d --build api\n',
      'deploy/compose.yml': 'services:\n  api:\n    build:\n      context: ..\n      dockerfile: serving/Dockerfile\n  db:\n    image: postgres:16\n',
      'serving/Dockerfile': SERVING_DOCKERFILE,
    },
    verdict: 'automated',
    at: '.github/workflows/ci.yml:6:14',
    message: /model-serving image of "serving\/Dockerfile"/,
  },
  {
    name: 'docker compose build of a service that serves no model leaves a serving Dockerfile present',
    files: {
      '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose build trainer\n',
      'compose.yaml': 'services:\n  trainer:\n    build: ml\n  api:\n    build:\n      context: .\n      dockerfile: serving/Dockerfile\n',
      'ml/Dockerfile': 'FROM python:3.12\nCOPY . /app\nCMD ["python", "train.py"]\n',
      'serving/Dockerfile': SERVING_DOCKERFILE,
    },
    verdict: 'present',
    at: 'serving/Dockerfile:4:1',
  },
  {
    name: 'a model packer whose Go pack/unpack round-trip test CI runs packages models: automated at the test',
    files: {
      '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n',
      'go.mod': 'module example.com/packer\n',
      'pkg/pack/pack_test.go':
        'package pack\n\nimport "testing"\n\nfunc TestPackUnpackRoundTrip(t *testing.T) {\n\tPack(dir, "m.tar")\n\tUnpack("m.tar", out)\n\tcheck(t, out, "model.safetensors")\n}\n',
    },
    verdict: 'automated',
    at: 'pkg/pack/pack_test.go:5:1',
    message: /Packaging test/,
  },
  {
    name: 'docker build of an image that serves no model is not model packaging',
    files: {
      '.github/workflows/image.yml': 'on: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -t tool .\n',
      Dockerfile: 'FROM golang:1.22\nCOPY . /src\nENTRYPOINT ["/usr/local/bin/tool"]\n',
    },
    verdict: 'absent',
  },
  {
    name: 'a web server image that names no model is not a serving image',
    files: { Dockerfile: 'FROM python:3.12\nCOPY . /app\nCMD ["gunicorn", "shop.wsgi"]\n' },
    verdict: 'absent',
  },
  {
    name: 'a bentofile alone is present',
    files: { 'bentofile.yaml': 'service: "service:svc"\n' },
    verdict: 'present',
    at: 'bentofile.yaml:1:1',
    reason: /no workflow on an automated trigger builds it/,
  },
  {
    name: 'mlflow models build-docker on workflow_dispatch only is present',
    files: { '.github/workflows/pkg.yml': 'on: workflow_dispatch\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mlflow models build-docker -m runs:/abc/model -n churn\n' },
    verdict: 'present',
    at: '.github/workflows/pkg.yml:6:14',
    triggers: ['workflow_dispatch'],
  },
  {
    name: 'a TorchServe Dockerfile is present at its CMD line',
    files: { 'deploy/Dockerfile.serve': 'FROM python:3.11\nRUN pip install torchserve\nCOPY model_store /models\nCMD ["torchserve", "--start", "--model-store", "/models"]\n' },
    verdict: 'present',
    at: 'deploy/Dockerfile.serve:4:1',
    message: /TorchServe/,
  },
  {
    name: 'mlem deployment run packages the MLEM model into its served image',
    files: {
      '.github/workflows/publish.yml': 'on:\n  push:\n    branches: [main]\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - run: mlem deployment run flyio app --model model/svm\n',
    },
    verdict: 'automated',
    at: '.github/workflows/publish.yml:8:14',
    message: /MLEM model/,
  },
  {
    name: 'an AWS Lambda image that pulls the model is a serving image; its build in the job working directory is automated',
    files: {
      '.github/workflows/image.yml':
        'on: [push]\njobs:\n  image:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: ./serve\n    steps:\n      - run: docker build --tag app .\n',
      'serve/Dockerfile': 'FROM amazon/aws-lambda-python\nCOPY ./ ./\nRUN dvc pull dvcfiles/trained_model.dvc\nCMD [ "lambda_handler.lambda_handler"]\n',
    },
    verdict: 'automated',
    at: '.github/workflows/image.yml:9:14',
    message: /AWS Lambda function image/,
  },
  {
    name: 'an AWS Lambda image with no model in it is no model package',
    files: { 'fn/Dockerfile': 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nCMD [ "app.handler" ]\n' },
    verdict: 'absent',
  },
  {
    name: 'a training repository with no package is absent',
    files: { 'train.py': 'model.fit(X, y)\n', 'tests/test_train.py': 'def test_x():\n    pass\n' },
    verdict: 'absent',
    reason: /No model packaging was found/,
  },
];

describe('model-packaging', () => runCases(modelPackaging, cases));
