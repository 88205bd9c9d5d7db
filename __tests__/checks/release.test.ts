import { release } from '../../src/checks/release.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const ON_RELEASE = '\n  release:\n    types: [published]';
const ON_TAGS = '\n  push:\n    tags: ["v*"]';
/** Steps start at line 9 with ON_RELEASE (on: spans lines 2-4). */
const cases: CheckCase[] = [
  // automated
  {
    name: 'PyPI publish on release',
    files: { [CI]: workflow(ON_RELEASE, '      - uses: pypa/gh-action-pypi-publish@release/v1\n') },
    verdict: 'automated',
    at: `${CI}:9:15`,
    triggerSet: ['release'],
    message: /It runs on "release"\./,
  },
  { name: 'twine upload on tag push', files: { [CI]: workflow(ON_TAGS, '      - run: twine upload dist/*\n') }, verdict: 'automated', at: `${CI}:9:14`, message: /on tag push \("v\*"\)/ },
  {
    name: 'uv publish behind a tag if:',
    files: { [CI]: workflow('push', "      - run: uv publish\n        if: startsWith(github.ref, 'refs/tags/')\n") },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /tag push \(by its `if:`\)/,
  },
  {
    name: 'docker/build-push-action with push: true',
    files: { [CI]: workflow('push', '      - uses: docker/build-push-action@v6\n        with:\n          push: true\n') },
    verdict: 'automated',
    at: `${CI}:7:15`,
    message: /push: true/,
  },
  {
    name: 'docker/build-push-action with push as an expression',
    files: { [CI]: workflow('push', "      - uses: docker/build-push-action@v6\n        with:\n          push: ${{ github.event_name != 'pull_request' }}\n") },
    verdict: 'automated',
    at: `${CI}:7:15`,
  },
  { name: 'docker push', files: { [CI]: workflow('push', '      - run: docker push ghcr.io/o/app:latest\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'gh release create', files: { [CI]: workflow(ON_TAGS, '      - run: gh release create "$GITHUB_REF_NAME" dist/*\n') }, verdict: 'automated', at: `${CI}:9:14` },
  { name: 'pages deploy', files: { [CI]: workflow('push', '      - uses: actions/deploy-pages@v4\n') }, verdict: 'automated', at: `${CI}:7:15` },
  { name: 'mkdocs gh-deploy behind uv run', files: { [CI]: workflow('push', '      - run: uv run mkdocs gh-deploy --force\n') }, verdict: 'automated', at: `${CI}:7:14` },
  {
    name: 'step in a local composite action',
    files: { [CI]: workflow(ON_RELEASE, '      - uses: ./.github/actions/t\n'), ...compositeAction('npm publish --provenance') },
    verdict: 'automated',
    at: '.github/actions/t/action.yml:5:12',
    triggerSet: ['release'],
    message: /on "release"/,
  },
  {
    name: 'step in a local reusable workflow',
    files: reusableWorkflow('release', 'cargo publish'),
    verdict: 'automated',
    at: '.github/workflows/reusable.yml:6:14',
    triggerSet: ['release', 'workflow_call'],
  },
  {
    name: 'job if: on labels keeps only pull_request',
    files: { [CI]: workflow('[push, pull_request]', '      - run: vercel deploy --prebuilt\n', LABEL_IF) },
    verdict: 'automated',
    at: `${CI}:8:14`,
    triggerSet: ['pull_request'],
  },
  {
    name: 'continue-on-error: true warns',
    files: { [CI]: workflow('push', '      - run: twine upload dist/*\n        continue-on-error: true\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    findings: [`warning ${CI}:7:14`],
  },
  { name: '|| true warns', files: { [CI]: workflow('push', '      - run: docker push o/app || true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`] },
  {
    name: 'kubectl deploy in a job with an environment',
    files: { [CI]: workflow('push', '      - run: kubectl apply -f k8s/serving.yaml\n', '    environment: production\n') },
    verdict: 'automated',
    at: `${CI}:8:14`,
    message: /Deploys to Kubernetes \(kubectl\) in environment "production"/,
  },
  {
    name: 'kit push of a ModelKit',
    files: { [CI]: workflow(ON_TAGS, '      - run: kit push ghcr.io/acme/churn:${GITHUB_REF_NAME}\n') },
    verdict: 'automated',
    at: `${CI}:9:14`,
    message: /Publishes the model: pushes a ModelKit/,
  },
  // present
  {
    name: 'a publish workflow that only runs by hand',
    files: { [CI]: workflow('workflow_dispatch', '      - uses: pypa/gh-action-pypi-publish@release/v1\n') },
    verdict: 'present',
    at: `${CI}:7:15`,
    triggerSet: ['workflow_dispatch'],
  },
  { name: 'GoReleaser configuration', files: { '.goreleaser.yaml': 'version: 2\n' }, verdict: 'present', at: '.goreleaser.yaml:1:1' },
  { name: 'release-please configuration', files: { 'release-please-config.json': '{}' }, verdict: 'present', at: 'release-please-config.json:1:1' },
  {
    name: 'an ECR push action publishes the image',
    files: { [CI]: workflow('push', '      - uses: jwalton/gh-ecr-push@v1\n        with:\n          image: app:latest\n') },
    verdict: 'automated',
    at: `${CI}:7:15`,
    message: /Amazon ECR/,
  },
  {
    name: 'aws lambda update-function-code deploys the function',
    files: { [CI]: workflow('push', '      - run: aws lambda update-function-code --function-name app --image-uri 1.dkr.ecr.us-west-2.amazonaws.com/app:latest\n') },
    verdict: 'automated',
    at: `${CI}:7:14`,
    message: /cloud deploy/,
  },
  { name: 'gradle publish to a Maven repository', files: { [CI]: workflow(ON_TAGS, '      - run: ./gradlew publish\n') }, verdict: 'automated', at: `${CI}:9:14`, message: /Publishes with package publish: `\.\/gradlew publish`/ },
  { name: 'railway up deploys the application', files: { [CI]: workflow('push', '      - run: railway up --detach\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /cloud deploy/ },
  // absent
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  {
    name: 'kubectl apply into a test cluster (no environment) is not a release',
    files: { [CI]: workflow('push', '      - uses: helm/kind-action@v1\n      - run: kubectl apply -f manifests/\n') },
    verdict: 'absent',
  },
  { name: 'docker/build-push-action without push', files: { [CI]: workflow('push', '      - uses: docker/build-push-action@v6\n') }, verdict: 'absent' },
  { name: 'a push to the local kind registry is a test step', files: { [CI]: workflow('push', '      - run: docker push localhost:5000/app:test\n') }, verdict: 'absent' },
  { name: 'building is not publishing', files: { [CI]: workflow('push', '      - run: python -m build\n') }, verdict: 'absent' },
  { name: 'publishing to the local Maven repository is not a release', files: { [CI]: workflow('push', '      - run: ./gradlew publishToMavenLocal\n') }, verdict: 'absent' },
];

describe('release', () => {
  runCases(release, cases);
});
