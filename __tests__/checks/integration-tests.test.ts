import { integrationTests } from '../../src/checks/integration-tests.js';
import { workflow } from '../helpers/repo.js';
import { CI, compositeAction, LABEL_IF, reusableWorkflow, runCases, type CheckCase } from '../helpers/check-cases.js';

const SERVICES = '    services:\n      postgres:\n        image: postgres:16\n';

const cases: CheckCase[] = [
  // automated
  { name: 'pytest tests/integration', files: { [CI]: workflow('push', '      - run: pytest tests/integration\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /tests under "tests\/integration"/ },
  { name: 'pytest -m integration behind uv run', files: { [CI]: workflow('pull_request', '      - run: uv run pytest -m "integration and not slow"\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /marker/ },
  { name: 'python -m pytest on an e2e folder', files: { [CI]: workflow('push', '      - run: python -m pytest tests/e2e/ -x\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'playwright test', files: { [CI]: workflow('push', '      - run: npx playwright test\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /end-to-end test runner/ },
  { name: 'go test with an integration build tag', files: { [CI]: workflow('push', '      - run: go test -tags=integration ./...\n') }, verdict: 'automated', at: `${CI}:7:14` },
  { name: 'service containers on a job that runs tests', files: { [CI]: workflow('pull_request', '      - run: pytest\n', SERVICES) }, verdict: 'automated', at: `${CI}:7:7`, message: /service containers \("postgres: postgres:16"\)/ },
  { name: 'docker compose up before tests in the same job', files: { [CI]: workflow('push', '      - run: docker compose up -d\n      - run: pytest\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /docker compose/ },
  { name: 'kind cluster before tests', files: { [CI]: workflow('push', '      - uses: helm/kind-action@v1\n      - run: make test\n') }, verdict: 'automated', at: `${CI}:7:15`, message: /kind cluster/ },
  { name: 'step in a local composite action', files: { [CI]: workflow('push', '      - uses: ./.github/actions/t\n'), ...compositeAction('pytest tests/e2e') }, verdict: 'automated', at: '.github/actions/t/action.yml:5:12', triggerSet: ['push'] },
  { name: 'step in a local reusable workflow', files: reusableWorkflow('pull_request', 'npm run test:e2e'), verdict: 'automated', at: '.github/workflows/reusable.yml:6:14', triggerSet: ['pull_request', 'workflow_call'] },
  { name: 'job if: on labels keeps only pull_request', files: { [CI]: workflow('[push, pull_request]', '      - run: make e2e\n', LABEL_IF) }, verdict: 'automated', at: `${CI}:8:14`, triggerSet: ['pull_request'] },
  { name: 'continue-on-error: true warns', files: { [CI]: workflow('push', '      - run: pytest -m integration\n        continue-on-error: true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`] },
  { name: '|| true warns', files: { [CI]: workflow('push', '      - run: pytest tests/integration || true\n') }, verdict: 'automated', at: `${CI}:7:14`, findings: [`warning ${CI}:7:14`], findingMessage: /ignores its exit code/ },
  { name: 'a flag that switches integration tests on', files: { [CI]: workflow('push', '      - run: go test ./... -args -runIntegrationTests=true\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /flag "-runIntegrationTests=true"/ },
  { name: 'ginkgo through go run after a kind cluster', files: { [CI]: workflow('push', '      - run: kind create cluster\n      - run: go run github.com/onsi/ginkgo/v2/ginkgo -r ./test\n') }, verdict: 'automated', at: `${CI}:7:14`, message: /kind cluster/ },
  {
    name: 'integration tests run by a plain pytest cite the unconditioned run, not a label-gated one',
    files: {
      '.github/workflows/a.yml': `on: pull_request\njobs:\n  t:\n${LABEL_IF}    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n`,
      '.github/workflows/b.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
      'tests/integration/test_db.py': '',
    },
    verdict: 'automated',
    at: 'tests/integration/test_db.py:1:1',
    triggerSet: ['pull_request', 'push'],
    conditions: ['run by `pytest` at .github/workflows/b.yml:6'],
  },
  {
    name: 'integration tests cite a run in a known folder before one whose working directory is an expression',
    files: {
      '.github/workflows/a.yml': 'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        plugin: [other-repo]\n    steps:\n      - run: pytest\n        working-directory: ${{ matrix.plugin }}\n',
      '.github/workflows/b.yml': 'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
      'tests/integration/test_db.py': '',
    },
    verdict: 'automated',
    at: 'tests/integration/test_db.py:1:1',
    conditions: ['run by `pytest` at .github/workflows/b.yml:6'],
  },
  {
    name: 'integration tests run only by a label-gated job keep its condition',
    files: { '.github/workflows/a.yml': `on: pull_request\njobs:\n  t:\n${LABEL_IF}    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n`, 'tests/integration/test_db.py': '' },
    verdict: 'automated',
    at: 'tests/integration/test_db.py:1:1',
    conditions: ['run by `pytest` at .github/workflows/a.yml:7', `job "t" runs only if: contains(github.event.pull_request.labels.*.name, 'ci')`],
  },
  // present
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: pytest tests/integration\n') }, verdict: 'present', at: `${CI}:7:14`, triggerSet: ['workflow_dispatch'] },
  { name: 'tests/integration folder', files: { 'tests/integration/test_api.py': '', 'tests/unit/test_x.py': '' }, verdict: 'present', at: 'tests/integration/test_api.py:1:1', message: /integration test "tests\/integration\/test_api.py" \(path names integration tests\)/ },
  { name: 'e2e folder', files: { 'e2e/login.spec.ts': '' }, verdict: 'present', at: 'e2e/login.spec.ts:1:1' },
  { name: 'a test file named for e2e', files: { 'src/upload.e2e.test.js': '' }, verdict: 'present', at: 'src/upload.e2e.test.js:1:1' },
  { name: 'testcontainers dependency', files: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["testcontainers[postgres]"]\n' }, verdict: 'present', at: 'pyproject.toml:3:1', message: /testcontainers/ },
  {
    name: 'testcontainers in a Maven test scope: the dependency, not the version property before it',
    files: { 'pom.xml': '<project>\n  <properties>\n    <testcontainers.version>1.19.7</testcontainers.version>\n  </properties>\n  <dependencies>\n    <dependency>\n      <groupId>org.testcontainers</groupId>\n      <artifactId>kafka</artifactId>\n      <scope>test</scope>\n    </dependency>\n  </dependencies>\n</project>\n' },
    verdict: 'present',
    at: 'pom.xml:7:1',
    message: /"pom\.xml" depends on testcontainers/,
  },
  { name: 'testcontainers in a Gradle test configuration', files: { 'app/build.gradle.kts': 'dependencies {\n    testImplementation("org.testcontainers:postgresql:1.19.7")\n}\n' }, verdict: 'present', at: 'app/build.gradle.kts:2:1' },
  { name: 'testcontainers among npm devDependencies', files: { 'package.json': '{\n  "name": "svc",\n  "devDependencies": {\n    "@testcontainers/postgresql": "10.9.0"\n  }\n}\n' }, verdict: 'present', at: 'package.json:4:1' },
  { name: 'testcontainers-go in a go.mod require block', files: { 'go.mod': 'module example.com/svc\n\nrequire (\n\tgithub.com/testcontainers/testcontainers-go v0.30.0\n)\n' }, verdict: 'present', at: 'go.mod:4:1' },
  { name: 'testcontainers in a Poetry test group', files: { 'pyproject.toml': '[tool.poetry]\nname = "svc"\n\n[tool.poetry.group.test.dependencies]\ntestcontainers = "^4.4"\n' }, verdict: 'present', at: 'pyproject.toml:5:1' },
  // absent
  { name: 'a flag that skips integration tests', files: { [CI]: workflow('push', '      - run: pytest --skip-integration\n') }, verdict: 'absent' },
  { name: 'a workflow file named e2e is not a test file', files: { '.github/workflows/e2e-test.yml': 'on: workflow_dispatch\njobs: {}\n' }, verdict: 'absent' },
  { name: 'nothing', files: { 'README.md': '' }, verdict: 'absent' },
  { name: 'testcontainers named in a comment is no dependency', files: { 'requirements.txt': '# add testcontainers once the DB tests exist\nrequests\n', 'build.gradle': '// testImplementation "org.testcontainers:kafka:1.19.7"\n' }, verdict: 'absent' },
  { name: 'plain unit tests', files: { [CI]: workflow('push', '      - run: pytest tests/unit\n'), 'tests/unit/test_a.py': '' }, verdict: 'absent' },
  { name: '-m "not unit" selects no integration marker', files: { [CI]: workflow('push', '      - run: pytest -m "not unit"\n') }, verdict: 'absent' },
  { name: '-m "not integration" excludes them', files: { [CI]: workflow('push', '      - run: pytest -m "not integration"\n') }, verdict: 'absent' },
  { name: 'service containers on a job without tests', files: { [CI]: workflow('push', '      - run: ./deploy.sh\n', SERVICES) }, verdict: 'absent' },
  { name: 'docker compose up after the tests', files: { [CI]: workflow('push', '      - run: pytest\n      - run: docker compose up -d\n') }, verdict: 'absent' },
];

describe('integration-tests', () => {
  runCases(integrationTests, cases);
});
