import { CI, analyzeRun, describeCommand, findCommand } from '../../../helpers/follow.js';

const TOX_INI = [
  '[tox]', //                                     1
  'envlist = py{310,311}, lint', //                2
  '', //                                            3
  '[testenv]', //                                   4
  'deps = pytest', //                               5
  'commands =', //                                  6
  '    py311: pytest {posargs:tests} -m unit', //   7
  '    !py311: pytest {posargs}', //                8
  '', //                                            9
  '[testenv:lint]', //                              10
  'commands = ruff check .', //                     11
  '', //                                            12
  '[testenv:docs]', //                              13
  'changedir = docs', //                            14
  'commands = {[testenv]commands}', //             15
].join('\n');

describe('tox envs', () => {
  it.each([
    ['tox -e lint', 'tox -e lint', 'ruff', { argv: ['ruff', 'check', '.'], at: 'tox.ini:11', via: [`${CI}:8`, 'tox.ini:10'] }],
    ['tox run -e py311 keeps the factor line and the posargs default', 'tox run -e py311', 'pytest', { argv: ['pytest', 'tests', '-m', 'unit'], at: 'tox.ini:7', via: [`${CI}:8`, 'tox.ini:4'] }],
    ['bare tox runs the envlist (py310 first)', 'tox', 'pytest', { argv: ['pytest'], at: 'tox.ini:8', via: [`${CI}:8`, 'tox.ini:4'] }],
    ['TOXENV picks the env', 'TOXENV=lint tox', 'ruff', { argv: ['ruff', 'check', '.'], at: 'tox.ini:11', via: [`${CI}:8`, 'tox.ini:10'] }],
    ['uvx tox', 'uvx tox -e lint', 'ruff', { argv: ['ruff', 'check', '.'], at: 'tox.ini:11', via: [`${CI}:8`, 'tox.ini:10'] }],
  ])('%s', (_n, run, prefix, expected) => {
    const a = analyzeRun(run, { 'tox.ini': TOX_INI });
    const c = findCommand(a, prefix);
    expect(c && describeCommand(c)).toEqual(expected);
  });

  it('bare tox runs every env of the envlist', () => {
    const a = analyzeRun('tox', { 'tox.ini': TOX_INI });
    expect(a.commands.filter((c) => c.via.length > 0).map((c) => `${c.argv.join(' ')} @${c.at.line}`)).toEqual(['pytest @8', 'pytest tests -m unit @7', 'ruff check . @11']);
  });

  it('expands {[testenv]commands} and runs in changedir', () => {
    const a = analyzeRun('tox -e docs', { 'tox.ini': TOX_INI });
    expect(a.selections.map((s) => [s.cwd, s.paths, s.command.at.line])).toEqual([['docs', [], 8]]);
  });

  it('reads tox.toml env tables', () => {
    const toml = ['env_list = ["py"]', '', '[env_run_base]', 'commands = [', '  ["pytest", "tests/unit", { replace = "posargs", default = ["-x"] }],', ']'].join('\n');
    const a = analyzeRun('tox', { 'tox.toml': toml });
    expect(describeCommand(findCommand(a, 'pytest')!)).toEqual({ argv: ['pytest', 'tests/unit', '-x'], at: 'tox.toml:5', via: [`${CI}:8`, 'tox.toml:3'] });
  });

  it('reads legacy_tox_ini in pyproject.toml with real lines', () => {
    const py = ['[project]', 'name = "x"', '', '[tool.tox]', 'legacy_tox_ini = """', '[testenv]', 'commands = pytest tests', '"""'].join('\n');
    const a = analyzeRun('tox', { 'pyproject.toml': py });
    expect(describeCommand(findCommand(a, 'pytest')!)).toEqual({ argv: ['pytest', 'tests'], at: 'pyproject.toml:7', via: [`${CI}:8`, 'pyproject.toml:6'] });
  });

  it('reports a broken tox.ini line and still follows the rest', () => {
    const a = analyzeRun('tox -e lint', { 'tox.ini': `${TOX_INI}\n[broken\n` });
    expect(findCommand(a, 'ruff')?.at.line).toBe(11);
    expect(a.findings.find((f) => f.file === 'tox.ini')).toMatchObject({ line: 16, check: 'command-resolution' });
  });
});
