import { CI, analyzeRun, describeCommand, findCommand } from '../../../helpers/follow.js';

const JUSTFILE = [
  'tests := "tests/unit"', //          1
  '', //                                 2
  'default: lint', //                    3
  '', //                                 4
  'lint:', //                            5
  '    ruff check .', //                 6
  '', //                                 7
  'test *args: lint', //                 8
  '    @pytest {{tests}} {{args}}', //   9
].join('\n');

const TASKFILE = ['version: "3"', 'tasks:', '  test:', '    deps: [lint]', '    cmds:', '      - pytest tests', '  lint:', '    cmds:', '      - cmd: ruff check .'].join('\n');

describe('just recipes and Task', () => {
  it.each([
    ['just test → dependency first', 'just test', 'ruff', { argv: ['ruff', 'check', '.'], at: 'justfile:6', via: [`${CI}:8`, 'justfile:8', 'justfile:5'] }],
    ['just test → body with variable', 'just test -x', 'pytest', { argv: ['pytest', 'tests/unit', '{{args}}'], at: 'justfile:9', via: [`${CI}:8`, 'justfile:8'] }],
    ['bare just → default', 'just', 'ruff', { argv: ['ruff', 'check', '.'], at: 'justfile:6', via: [`${CI}:8`, 'justfile:3', 'justfile:5'] }],
    ['task test → deps as task calls', 'task test', 'ruff', { argv: ['ruff', 'check', '.'], at: 'Taskfile.yml:9', via: [`${CI}:8`, 'Taskfile.yml:3', 'Taskfile.yml:4', 'Taskfile.yml:7'] }],
    ['task test → cmds', 'task test', 'pytest', { argv: ['pytest', 'tests'], at: 'Taskfile.yml:6', via: [`${CI}:8`, 'Taskfile.yml:3'] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { justfile: JUSTFILE, 'Taskfile.yml': TASKFILE });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });
});

const PYPROJECT = [
  '[project]', //                                                   1
  'name = "x"', //                                                  2
  '', //                                                              3
  '[tool.poe.tasks]', //                                             4
  'lint = "ruff check ."', //                                        5
  'check = ["lint", "test"]', //                                     6
  '', //                                                              7
  '[tool.poe.tasks.test]', //                                        8
  'cmd = "pytest tests -m \'not gpu\'"', //                         9
  '', //                                                              10
  '[tool.hatch.envs.default.scripts]', //                            11
  'unit = "pytest {args:tests/unit}"', //                           12
  'all = ["unit", "ruff check ."]', //                               13
  '', //                                                              14
  '[tool.hatch.envs.lint.scripts]', //                               15
  'typing = "mypy src"', //                                          16
  '', //                                                              17
  '[tool.pdm.scripts]', //                                           18
  'pre_test = "ruff check ."', //                                    19
  'test = "pytest tests/integration"', //                            20
  '', //                                                              21
  '[tool.pixi.tasks]', //                                            22
  'unit = { cmd = "pytest tests/pixi", depends-on = ["fmt"] }', //   23
  'fmt = "ruff format --check"', //                                  24
].join('\n');

describe('poe, hatch, pdm and pixi tasks', () => {
  it.each([
    ['poe string task', 'poe lint', 'ruff', { argv: ['ruff', 'check', '.'], at: 'pyproject.toml:5', via: [`${CI}:8`] }],
    ['poe table task', 'poetry run poe test', 'pytest', { argv: ['pytest', 'tests', '-m', 'not gpu'], at: 'pyproject.toml:9', via: [`${CI}:8`, 'pyproject.toml:8'] }],
    ['poe sequence → referenced task', 'poe check', 'pytest', { argv: ['pytest', 'tests', '-m', 'not gpu'], at: 'pyproject.toml:9', via: [`${CI}:8`, 'pyproject.toml:6', 'pyproject.toml:8'] }],
    ['hatch run script with {args:default}', 'hatch run unit', 'pytest', { argv: ['pytest', 'tests/unit'], at: 'pyproject.toml:12', via: [`${CI}:8`] }],
    ['hatch run script list naming another script', 'hatch run all', 'pytest', { argv: ['pytest', 'tests/unit'], at: 'pyproject.toml:12', via: [`${CI}:8`, 'pyproject.toml:13'] }],
    ['hatch run env:script', 'hatch run lint:typing', 'mypy', { argv: ['mypy', 'src'], at: 'pyproject.toml:16', via: [`${CI}:8`] }],
    ['pdm run with pre_ hook', 'pdm run test', 'ruff', { argv: ['ruff', 'check', '.'], at: 'pyproject.toml:19', via: [`${CI}:8`] }],
    ['pdm run script', 'pdm run test', 'pytest', { argv: ['pytest', 'tests/integration'], at: 'pyproject.toml:20', via: [`${CI}:8`] }],
    ['pixi run with depends-on', 'pixi run unit', 'ruff', { argv: ['ruff', 'format', '--check'], at: 'pyproject.toml:24', via: [`${CI}:8`, 'pyproject.toml:23'] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { 'pyproject.toml': PYPROJECT });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it('selects the markers of a poe task', () => {
    const a = analyzeRun('poe test', { 'pyproject.toml': PYPROJECT });
    expect(a.selections.map(({ command: _c, ...s }) => s)).toEqual([{ runner: 'pytest', cwd: '', paths: ['tests'], markers: 'not gpu' }]);
  });

  it('reports a TOML syntax error and keeps following other commands', () => {
    const a = analyzeRun('poe lint\nbash t.sh', { 'pyproject.toml': '[tool.poe.tasks\nlint = 1\n', 't.sh': 'pytest' });
    expect(a.findings.find((f) => f.file === 'pyproject.toml')).toMatchObject({ line: 1, check: 'syntax-check' });
    expect(findCommand(a, 'pytest')?.at.file).toBe('t.sh');
  });
});
