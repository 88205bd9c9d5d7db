import type { Command } from '../../../src/model/ci.js';
import { parseShell } from '../../../src/parse/commands.js';
import { selectionOf } from '../../../src/parse/run/selection.js';

function select(text: string, cwd = '') {
  const sc = parseShell([{ value: text, pos: { line: 1, column: 1 } }])[0]!;
  const command = { text: sc.text, argv: sc.argv, at: { file: 'ci.yml', line: 1, column: 1 }, via: [] } as unknown as Command;
  const s = selectionOf(command, cwd);
  if (!s) return undefined;
  const { command: _c, ...rest } = s;
  return rest;
}

describe('selectionOf', () => {
  it.each([
    ['pytest tests/unit -m "not slow" -k fast', { runner: 'pytest', cwd: '', paths: ['tests/unit'], markers: 'not slow', keyword: 'fast' }],
    ['python -m pytest -n auto --cov=src -p no:cacheprovider tests', { runner: 'pytest', cwd: '', paths: ['tests'] }],
    ['pytest --cov src -c setup.cfg --rootdir . --ignore=tests/slow --ignore tests/gpu ./tests/', { runner: 'pytest', cwd: '', paths: ['tests'], ignores: ['tests/slow', 'tests/gpu'] }],
    ['pytest --benchmark-compare --benchmark-group-by name --benchmark-compare-fail=min:5% benchmarks/ -k "test_init"', { runner: 'pytest', cwd: '', paths: ['benchmarks'], keyword: 'test_init' }],
    ['pytest tests/test_a.py::test_x -x -vv', { runner: 'pytest', cwd: '', paths: ['tests/test_a.py'] }],
    ['uv run --frozen pytest -mintegration', { runner: 'pytest', cwd: '', paths: [], markers: 'integration' }],
    ['pytest --nbmake notebooks/', { runner: 'nbmake', cwd: '', paths: ['notebooks'] }],
    ['python -m unittest discover -s tests -p "test_*.py"', { runner: 'unittest', cwd: '', paths: ['tests/test_*.py'] }],
    ['python -m unittest tests.test_model', { runner: 'unittest', cwd: '', paths: ['tests/test_model.py'] }],
    ['go test -race -run TestX -timeout 10m ./pkg/...', { runner: 'go', cwd: '', paths: ['pkg/...'], keyword: 'TestX' }],
    ['npx jest src --selectProjects unit e2e -t "adds"', { runner: 'jest', cwd: '', paths: ['src'], projects: ['unit', 'e2e'], keyword: 'adds' }],
    ['vitest run tests/ --project web', { runner: 'vitest', cwd: '', paths: ['tests'], projects: ['web'] }],
    [`Rscript -e 'testthat::test_dir("tests/testthat")'`, { runner: 'testthat', cwd: '', paths: ['tests/testthat'] }],
    [`Rscript -e "devtools::test()"`, { runner: 'testthat', cwd: '', paths: [] }],
    ['mvn -B test -Dtest=ModelTest', { runner: 'maven', cwd: '', paths: [], keyword: 'ModelTest' }],
    ['./gradlew :core:test', { runner: 'gradle', cwd: '', paths: ['core'] }],
    ['bats -r test/bats', { runner: 'bats', cwd: '', paths: ['test/bats'] }],
    ['papermill in.ipynb out.ipynb -p epochs 1', { runner: 'nbmake', cwd: '', paths: ['in.ipynb'] }],
    ['hatch test tests/unit', { runner: 'pytest', cwd: '', paths: ['tests/unit'] }],
    ['go test ./... 2>&1 > out.txt', { runner: 'go', cwd: '', paths: ['...'] }],
    ['go test -tags integration -run "^TestIntegration$" ./integration-tests/...', { runner: 'go', cwd: '', paths: ['integration-tests/...'], keyword: '^TestIntegration$', markers: 'integration' }],
    ['gotestsum --format github-actions -- -tags=e2e,slow -parallel 4 ./e2e/...', { runner: 'go', cwd: '', paths: ['e2e/...'], markers: 'e2e,slow' }],
    ['pytest ${{ matrix.pytestargs }} tests', { runner: 'pytest', cwd: '', paths: ['tests'] }],
    ['pytest $TESTFILES', { runner: 'pytest', cwd: '', paths: [] }],
  ])('%s', (text, expected) => {
    expect(select(text)).toEqual(expected);
  });

  it('takes no path from a command substitution (CircleCI test splitting)', () => {
    const text = 'pytest $(circleci tests glob "tests/**/*.py" | circleci tests split)';
    const sc = parseShell([{ value: text, pos: { line: 1, column: 1 } }]).find((c) => c.argv[0] === 'pytest')!;
    const command = { text: sc.text, argv: sc.argv, at: { file: 'ci.yml', line: 1, column: 1 }, via: [] } as unknown as Command;
    expect(selectionOf(command, '')).toMatchObject({ runner: 'pytest', cwd: '', paths: [] });
  });

  it('keeps the cwd it is given', () => {
    expect(select('pytest', 'pkg')).toEqual({ runner: 'pytest', cwd: 'pkg', paths: [] });
  });

  it.each(['ruff check .', 'pip install pytest', 'echo pytest', 'mvn -B package -DskipTests=false dependency:tree'.replace('package', 'clean')])('%s selects no tests', (text) => {
    expect(select(text)).toBeUndefined();
  });
});
