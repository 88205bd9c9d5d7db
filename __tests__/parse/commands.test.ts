import { parseShell, programArgv, shellWords } from '../../src/parse/commands.js';

describe('programArgv', () => {
  it.each([
    ['node --experimental-vm-modules node_modules/jest/bin/jest.js --ci', 'jest --ci'],
    ['node node_modules/.bin/vitest run web/', 'vitest run web/'],
    ['node --import tsx node_modules/mocha/bin/mocha.js test/', 'mocha test/'],
    ['node scripts/build.js', 'node scripts/build.js'],
    ['python3.11 -m pytest -q', 'pytest -q'],
    ['.venv/bin/python -u -m pytest', 'pytest'],
    ['coverage run -m pytest tests', 'pytest tests'],
    ['coverage run --source=src -m pytest', 'pytest'],
    ['xvfb-run -a pytest', 'pytest'],
    ['env FOO=1 pytest', 'pytest'],
    ['FOO=1 BAR=2 pytest', 'pytest'],
    ['timeout 600 pytest', 'pytest'],
    ['timeout -s KILL 10m pytest', 'pytest'],
    ['sudo -E pytest', 'pytest'],
    ['sudo -u runner pytest', 'pytest'],
    ['uv run --frozen pytest', 'pytest'],
    ['uv run --extra test --with pytest-xdist pytest', 'pytest'],
    ['poetry run python -m pytest', 'pytest'],
    ['conda run -n env pytest', 'pytest'],
    ['micromamba run -n env python -m pytest', 'pytest'],
    ['pixi run -e py311 test', 'test'],
    ['cross-env NODE_ENV=test jest', 'jest'],
    ['npx --yes vitest run', 'vitest run'],
  ])('%s → %s', (text, expected) => {
    expect(programArgv(shellWords(text)).join(' ')).toBe(expected);
  });
});

describe('parseShell', () => {
  const lines = (text: string) => text.split('\n').map((value, i) => ({ value, pos: { line: i + 1, column: 1 } }));

  it('drops control words and keeps the command at its column', () => {
    const out = parseShell(lines('if [ -f x ]; then\n  pytest tests\nfi\nfor d in a b; do make -C $d; done\n(cd sub && npm test)'));
    expect(out.map((c) => [c.argv.join(' '), c.line, c.column])).toEqual([
      ['pytest tests', 2, 3],
      ['make -C $d', 4, 18],
      ['cd sub', 5, 2],
      ['npm test', 5, 12],
    ]);
  });

  it('skips heredoc bodies', () => {
    const out = parseShell(lines("cat <<'EOF' > cfg\nrm -rf /\nEOF\npytest"));
    expect(out.map((c) => c.argv[0])).toEqual(['cat', 'pytest']);
  });

  it('keeps a command substitution as one word', () => {
    expect(shellWords('pytest $(circleci tests glob "tests/**/*.py" | circleci tests split) -x')).toEqual(['pytest', '$(circleci tests glob "tests/**/*.py" | circleci tests split)', '-x']);
  });

  it('keeps a GitHub expression as one word', () => {
    expect(shellWords('nox -s tests-${{ matrix.python }} -- -x')).toEqual(['nox', '-s', 'tests-${{ matrix.python }}', '--', '-x']);
  });
});
