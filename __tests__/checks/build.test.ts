import { build } from '../../src/checks/build.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const cases: CheckCase[] = [
  // automated
  { name: 'python -m build', files: { [CI]: workflow('push', '      - run: python -m build\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /python -m build/ },
  {
    name: "a shell function named build is the script's own: its body's setup.py build is the evidence",
    files: {
      [CI]: workflow('push', '      - run: bash scripts/publish.sh pkg\n'),
      'scripts/publish.sh': 'SETUP="setup.py"\nbuild() {\n    python "$SETUP" sdist bdist_wheel\n}\nbuild $1\n',
    },
    verdict: 'automated',
    at: 'scripts/publish.sh:3:5',
    message: /setup\.py build/,
  },
  {
    name: 'a call of a shell function named build alone builds nothing',
    files: { [CI]: workflow('push', '      - run: bash scripts/ci.sh\n'), 'scripts/ci.sh': 'build() {\n    echo "no package here"\n}\nbuild\n' },
    verdict: 'absent',
  },
  { name: 'uv build', files: { [CI]: workflow('push', '      - run: uv build --sdist --wheel\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'build behind uv run', files: { [CI]: workflow('push', '      - run: uv run --with build python -m build\n') }, verdict: 'automated', at: `${CI}:7:14` },
  {
    name: 'docker/build-push-action',
    files: { [CI]: workflow('pull_request', '      - uses: docker/build-push-action@v6\n        with:\n          push: false\n') },
    verdict: 'automated',
    at: `${CI}:7:15`,
  },
  { name: 'docker build', files: { [CI]: workflow('push', '      - run: docker build -t app .\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /container image build/ },
  {
    name: 'bentoml containerize builds an image',
    files: { [CI]: workflow('push', '      - run: bentoml containerize churn:latest -t churn:ci\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /container image build/,
  },
  { name: 'bentoml build builds a Bento', files: { [CI]: workflow('push', '      - run: bentoml build -f bentofile.yaml\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /model service build/ },
  {
    name: 'heroku container:push builds the image remotely',
    files: { [CI]: workflow('push', '      - run: heroku container:push web --app churn\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /remote container image build/,
  },
  {
    name: 'gcloud builds submit builds the image remotely',
    files: { [CI]: workflow('push', '      - run: gcloud builds submit --tag gcr.io/p/app\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /remote container image build/,
  },
  {
    name: 'fly deploy builds the image from the repository remotely',
    files: { [CI]: workflow('push', '      - run: flyctl deploy --remote-only\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /remote container image build \(and deploy\)/,
  },
  {
    name: 'mlem deployment run builds the model image (and deploys it)',
    files: { [CI]: workflow('push', '      - run: mlem deployment run flyio app --model model/svm\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /remote container image build/,
  },
  {
    name: './gradlew build (the wrapper, base-named by the command parser)',
    files: { [CI]: workflow('push', '      - run: ./gradlew build --no-daemon\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /JVM build/,
  },
  { name: './mvnw package', files: { [CI]: workflow('push', '      - run: ./mvnw -B package\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /JVM build/ },
  { name: 'go build', files: { [CI]: workflow('push', '      - run: go build ./...\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'npm run build', files: { [CI]: workflow('push', '      - run: npm ci\n      - run: npm run build\n') }, verdict: 'automated', at: `${CI}:8:14` },
  { name: 'cibuildwheel action', files: { [CI]: workflow('push', '      - uses: pypa/cibuildwheel@v2.21\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'make dist', files: { [CI]: workflow('push', '      - run: make dist\n') }, verdict: 'automated', at: `${CI}:7:14` },
  {
    name: 'step in a local composite action',
    files: { [CI]: workflow('push', '      - uses: ./.github/actions/t\n'), ...compositeAction('cargo build --release') },
    verdict: 'automated',
    at: '.github/actions/t/action.yml:5:12',
    triggerSet: ['push'],
  },
  {
    name: 'step in a local reusable workflow',
    files: reusableWorkflow('pull_request', 'poetry build'),
    verdict: 'automated',
    at: '.github/workflows/reusable.yml:6:14',
    triggerSet: ['pull_request', 'workflow_call'],
  },
  {
    name: 'job if: on labels keeps only pull_request',
    files: { [CI]: workflow('[push, pull_request]', '      - run: hatch build\n', LABEL_IF) },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggerSet: ['pull_request'],
  },
  {
    name: 'continue-on-error: true warns',
    files: { [CI]: workflow('push', '      - run: python -m build\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    findings: [`warning ${CI}:7:14`],
  },
  { name: '|| true warns', files: { [CI]: workflow('push', '      - run: docker build . || true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`] },
  // present
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: uv build\n') }, verdict: 'present', at: `${CI}:7:14` },
  { name: 'a Dockerfile', files: { Dockerfile: 'FROM python:3.12\n' }, verdict: 'present', at: 'Dockerfile:1:1' },
  { name: '[build-system] in pyproject.toml', files: { 'pyproject.toml': '[project]\nname = "x"\n\n[build-system]\nrequires = ["hatchling"]\n' }, verdict: 'present', at: 'pyproject.toml:4:1' },
  { name: 'a package.json build script', files: { 'package.json': '{\n  "name": "x",\n  "scripts": {\n    "build": "tsc"\n  }\n}\n' }, verdict: 'present', at: 'package.json:4:1' },
  { name: 'setup.py', files: { 'setup.py': '' }, verdict: 'present', at: 'setup.py:1:1' },
  // absent
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  { name: 'cargo publish builds the crate it packages', files: { [CI]: workflow('push', '      - run: cargo publish\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /cargo build/ },
  { name: 'cargo publish --no-verify builds nothing', files: { [CI]: workflow('push', '      - run: cargo publish --no-verify\n') }, verdict: 'absent' },
  {
    name: 'docs builds are not the project',
    files: { [CI]: workflow('push', '      - run: mkdocs build --strict\n      - run: make docs-build\n      - run: make -C docs html\n      - run: npm run build --prefix docs\n') },
    verdict: 'absent',
  },
  { name: 'npm run build in the docs folder', files: { [CI]: workflow('push', '      - run: npm run build\n        working-directory: website\n') }, verdict: 'absent' },
  { name: 'fly deploy of a given image builds nothing', files: { [CI]: workflow('push', '      - run: fly deploy --image registry.fly.io/app:1\n') }, verdict: 'absent' },
  { name: 'tsc --noEmit is a type check, not a build', files: { [CI]: workflow('push', '      - run: tsc --noEmit\n') }, verdict: 'absent' },
];

describe('build', () => {
  runCases(build, cases);
});
