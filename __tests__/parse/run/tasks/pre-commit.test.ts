import { analyzeFiles, workflow } from '../../../helpers/repo.js';
import { CI, analyzeRun, describeCommand, findCommand, resolutionFindings } from '../../../helpers/follow.js';

const CONFIG = [
  'repos:', //                                                1
  '  - repo: https://github.com/astral-sh/ruff-pre-commit', // 2
  '    rev: v0.6.0', //                                        3
  '    hooks:', //                                             4
  '      - id: ruff', //                                       5
  '        args: [--fix]', //                                  6
  '      - id: ruff-format', //                                7
  '  - repo: https://github.com/psf/black', //                 8
  '    rev: 24.1.0', //                                        9
  '    hooks:', //                                             10
  '      - id: black', //                                      11
  '  - repo: local', //                                        12
  '    hooks:', //                                             13
  '      - id: types', //                                      14
  '        name: types', //                                    15
  '        entry: mypy src', //                                16
  '        language: system', //                               17
  '      - id: slow', //                                       18
  '        entry: pytest tests/slow', //                       19
  '        language: system', //                               20
  '        stages: [manual]', //                               21
].join('\n');

const hooks = (a: ReturnType<typeof analyzeRun>) => a.commands.filter((c) => c.at.file === '.pre-commit-config.yaml').map((c) => `${c.argv.join(' ')} @${c.at.line}`);

describe('pre-commit hooks', () => {
  it.each([
    ['pre-commit run --all-files runs the default-stage hooks', 'pre-commit run --all-files', ['ruff check --fix @5', 'ruff format --check @7', 'black --check @11', 'mypy src @14']],
    ['one hook by id', 'uvx pre-commit run black --all-files', ['black --check @11']],
    ['a manual-stage hook', 'pre-commit run --hook-stage manual --all-files', ['pytest tests/slow @18']],
    ['prek', 'prek run types', ['mypy src @14']],
  ])('%s', (_n, run, expected) => {
    const a = analyzeRun(run, { '.pre-commit-config.yaml': CONFIG });
    expect(hooks(a)).toEqual(expected);
  });

  it('a reached hook keeps the run line as via and the step as exec', () => {
    const a = analyzeRun('pre-commit run types', { '.pre-commit-config.yaml': CONFIG });
    const c = findCommand(a, 'mypy')!;
    expect(describeCommand(c)).toEqual({ argv: ['mypy', 'src'], at: '.pre-commit-config.yaml:14', via: [`${CI}:8`] });
    expect(c.exec.reach.events.map((e) => e.original)).toEqual(['pull_request', 'push']);
  });

  it('follows the pre-commit/action step from its uses: line', () => {
    const a = analyzeFiles({
      '.github/workflows/ci.yml': workflow('[pull_request]', '      - uses: actions/checkout@v4\n      - uses: pre-commit/action@v3.0.1\n        with:\n          extra_args: black --all-files\n'),
      '.pre-commit-config.yaml': CONFIG,
    });
    expect(a.commands.map(describeCommand)).toEqual([{ argv: ['black', '--check'], at: '.pre-commit-config.yaml:11', via: [`${CI}:8`] }]);
  });

  it('a hook id that is not configured gives a finding', () => {
    const a = analyzeRun('pre-commit run nope', { '.pre-commit-config.yaml': CONFIG });
    expect(resolutionFindings(a)).toEqual([`${CI}:8`]);
  });
});

describe('pre-commit.ci', () => {
  const withCi = `${CONFIG}\nci:\n  autofix_prs: false\n  skip: [types]\n`;

  it('runs each hook (minus ci.skip) on pull requests, from the ci: key', () => {
    const a = analyzeFiles({ '.pre-commit-config.yaml': withCi });
    expect(a.commands.map((c) => ({ ...describeCommand(c), events: c.exec.reach.events.map((e) => e.original), conditions: c.exec.reach.conditions, workflow: c.exec.pipeline.file }))).toEqual(
      [
        ['ruff', 'check', '--fix', 5],
        ['ruff', 'format', '--check', 7],
        ['black', '--check', 11],
      ].map((row) => ({ argv: row.slice(0, -1), at: `.pre-commit-config.yaml:${String(row.at(-1))}`, via: ['.pre-commit-config.yaml:22'], events: ['pull_request'], conditions: ['run by pre-commit.ci'], workflow: '.pre-commit-config.yaml' })),
    );
  });

  it('is absent without a ci: key', () => {
    expect(analyzeFiles({ '.pre-commit-config.yaml': CONFIG }).commands).toEqual([]);
  });
});
