import { multiEnvironment } from '../../src/checks/multi-environment.js';
import { workflow } from '../helpers/repo.js';
import { CI, LABEL_IF, runCases, type CheckCase } from '../helpers/check-cases.js';

/** Extra job lines: a matrix whose axis stands at line 8, column 9. */
const matrix = (axis: string): string => `    strategy:\n      matrix:\n        ${axis}\n`;

const OS_MATRIX = 'name: ci\non: pull_request\njobs:\n  test:\n    runs-on: ${{ matrix.os }}\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest, macos-latest]\n    steps:\n      - run: pytest\n';
const OS_UNUSED = 'name: ci\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    steps:\n      - run: pytest\n';
const TWO_OS_JOBS = 'on: push\njobs:\n  linux:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: pytest\n  windows:\n    runs-on: windows-2022\n    steps:\n      - run: pytest\n';
const SETUP_AXIS = `${workflow('push', '      - uses: actions/setup-python@v5\n        with:\n          python-version: ${{ matrix.interp }}\n      - run: pytest\n', matrix('interp: ["3.10", "3.12"]'))}`;
const CALLER_MATRIX = {
  '.github/workflows/ci.yml': 'on: push\njobs:\n  call:\n    strategy:\n      matrix:\n        python: ["3.10", "3.11"]\n    uses: ./.github/workflows/reusable.yml\n',
  '.github/workflows/reusable.yml': 'on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: uv run pytest\n',
};

const INCLUDE_ONLY = 'name: ci\non: push\njobs:\n  test:\n    strategy:\n      matrix:\n        include:\n          - {python: "3.12"}\n          - {python: "3.13"}\n          - {python: "3.14", os: windows-latest}\n    runs-on: ${{ matrix.os || \'ubuntu-latest\' }}\n    steps:\n      - uses: actions/setup-python@v5\n        with:\n          python-version: ${{ matrix.python }}\n      - run: tox\n';

const cases: CheckCase[] = [
  // automated
  { name: 'python-version axis on a test job', files: { [CI]: workflow('push', '      - run: pytest\n', matrix('python-version: ["3.10", "3.11", "3.12"]')) }, verdict: 'automated', at: `${CI}:8:9`, message: /Python versions: python-version = "3.10", "3.11", "3.12"/ },
  { name: 'node axis on npm test', files: { [CI]: workflow('push', '      - run: npm test\n', matrix('node: [18, 20]')) }, verdict: 'automated', at: `${CI}:8:9`, message: /Node\.js/ },
  { name: 'os axis used in runs-on', files: { [CI]: OS_MATRIX }, verdict: 'automated', at: `${CI}:8:9`, message: /operating systems: os = "ubuntu-latest", "windows-latest", "macos-latest"/ },
  {
    name: 'a job named for tests that runs no known test runner counts, and says it is counted by its name',
    files: { [CI]: 'name: ci\non: pull_request\njobs:\n  test-os:\n    name: test-${{ matrix.system }}\n    runs-on: ${{ matrix.system }}-latest\n    strategy:\n      matrix:\n        system: [ubuntu, macos, windows]\n    steps:\n      - run: npm pack && npm install -g ./*.tgz && mytool --version\n' },
    verdict: 'automated',
    at: `${CI}:9:9`,
    message: /operating systems: system = "ubuntu", "macos", "windows"\. It runs no test runner the tool knows; it counts as a test job by its name "test-\$\{\{ matrix\.system \}\}"\./,
  },
  { name: 'an axis of any name fed to setup-python', files: { [CI]: SETUP_AXIS }, verdict: 'automated', at: `${CI}:8:9`, message: /Python versions: interp/ },
  { name: 'torch versions', files: { [CI]: workflow('push', '      - run: python -m pytest\n', matrix('torch: ["2.2", "2.4"]')) }, verdict: 'automated', at: `${CI}:8:9` },
  { name: 'matrix given by fromJSON counts with a note', files: { [CI]: workflow('push', '      - run: pytest\n', '    strategy:\n      matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n') }, verdict: 'automated', at: `${CI}:7:15`, message: /expression .*cannot see its values/ },
  { name: 'separate test jobs on Linux and Windows', files: { [CI]: TWO_OS_JOBS }, verdict: 'automated', at: `${CI}:4:14`, message: /Linux.*Other jobs of the workflow test on Windows/ },
  { name: 'matrix on a caller job of a reusable test workflow', files: CALLER_MATRIX, verdict: 'automated', at: `${CI}:6:9`, triggerSet: ['push'] },
  { name: 'job if: on labels keeps only pull_request', files: { [CI]: workflow('[push, pull_request]', '      - run: pytest\n', `${LABEL_IF}${matrix('python: ["3.9", "3.13"]')}`) }, verdict: 'automated', at: `${CI}:9:9`, triggerSet: ['pull_request'] },
  { name: 'include-only matrix feeding setup-python', files: { [CI]: INCLUDE_ONLY }, verdict: 'automated', at: `${CI}:7:9`, message: /3 matrix "include" entries that set os \(operating systems\) and python \(Python versions\)/ },
  // present
  { name: 'tox env_list in pyproject.toml', files: { 'pyproject.toml': '[project]\nname = "x"\n[tool.tox]\nenv_list = [\n  "py3.13",\n  "py3.12",\n  "style",\n]\n' }, verdict: 'present', at: 'pyproject.toml:4:1', message: /"py3.13", "py3.12"/ },
  { name: 'workflow_dispatch only', files: { [CI]: workflow('workflow_dispatch', '      - run: pytest\n', matrix('python: ["3.9", "3.13"]')) }, verdict: 'present', at: `${CI}:8:9`, triggerSet: ['workflow_dispatch'] },
  { name: 'tox envlist with brace expansion', files: { 'tox.ini': '[tox]\nenvlist = py3{10,11,12}, lint\n' }, verdict: 'present', at: 'tox.ini:2:1', message: /"py310", "py311", "py312"/ },
  { name: 'nox sessions on several Pythons', files: { 'noxfile.py': 'import nox\n\n@nox.session(python=["3.10", "3.12"])\ndef tests(s): ...\n' }, verdict: 'present', at: 'noxfile.py:3:1' },
  // absent
  { name: 'no matrix', files: { [CI]: workflow('push', '      - run: pytest\n') }, verdict: 'absent' },
  { name: 'a single value', files: { [CI]: workflow('push', '      - run: pytest\n', matrix('python-version: ["3.12"]')) }, verdict: 'absent' },
  { name: 'an os axis that runs-on does not use', files: { [CI]: OS_UNUSED }, verdict: 'absent' },
  { name: 'an axis that is not an environment', files: { [CI]: workflow('push', '      - run: pytest\n', matrix('shard: [1, 2, 3]')) }, verdict: 'absent' },
  { name: 'a Python matrix on a job that runs no tests', files: { [CI]: workflow('push', '      - run: ruff check .\n', matrix('python-version: ["3.10", "3.12"]')).replace('  test:', '  lint:') }, verdict: 'absent' },
  { name: 'tox with one Python', files: { 'tox.ini': '[tox]\nenvlist = py312, docs\n' }, verdict: 'absent' },
];

describe('multi-environment', () => {
  runCases(multiEnvironment, cases);
});
