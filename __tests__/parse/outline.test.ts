import { outlineKind, readOutline } from '../../src/parse/outline.js';

describe('outline', () => {
  it('gives TOML and INI headers and keys with their lines, not header-like text in comments', () => {
    const toml = '[project]\nname = "x"\n# [tool.ruff] in a comment\n\n[tool.ruff.lint]\nselect = ["E"]\n  [[tool.mypy.overrides]]\n"quoted.key" = 1\n';
    expect(readOutline('pyproject.toml', toml)).toEqual([
      { key: 'project', line: 1, column: 1, text: '[project]' },
      { key: 'name', line: 2, column: 1, text: 'name = "x"' },
      { key: 'tool.ruff.lint', line: 5, column: 1, text: '[tool.ruff.lint]' },
      { key: 'select', line: 6, column: 1, text: 'select = ["E"]' },
      { key: 'tool.mypy.overrides', line: 7, column: 3, text: '  [[tool.mypy.overrides]]' },
      { key: 'quoted.key', line: 8, column: 1, text: '"quoted.key" = 1' },
    ]);
    expect(readOutline('setup.cfg', '[metadata]\r\nname = x\r\n; a comment\r\n[flake8]\r\nmax-line-length: 100\r\n    continued\r\n').map((e) => [e.key, e.line, e.text])).toEqual([
      ['metadata', 1, '[metadata]'],
      ['name', 2, 'name = x'],
      ['flake8', 4, '[flake8]'],
      ['max-line-length', 5, 'max-line-length: 100'],
    ]);
  });

  it('gives YAML and JSON keys with their positions and lines as written', () => {
    expect(
      readOutline('models/schema.yml', 'version: 2\nmodels:\n  - name: orders\n    description: "tests: none here"\n    tests:\n      - unique\n').map((e) => [e.key, e.line, e.column, e.text]),
    ).toEqual([
      ['version', 1, 1, 'version: 2'],
      ['models', 2, 1, 'models:'],
      ['name', 3, 5, '  - name: orders'],
      ['description', 4, 5, '    description: "tests: none here"'],
      ['tests', 5, 5, '    tests:'],
    ]);
    expect(readOutline('package.json', '{\n\t"name": "x",\n\t"scripts": { "build": "tsc" }\n}\n').map((e) => [e.key, e.line, e.column])).toEqual([
      ['name', 2, 2],
      ['scripts', 3, 2],
      ['build', 3, 15],
    ]);
  });

  it('knows the formats by name', () => {
    expect(['a/pyproject.toml', 'tox.ini', 'setup.cfg', 'x.yaml', 'MLproject', 'package.json', 'train.py', 'Makefile'].map(outlineKind)).toEqual([
      'headers',
      'headers',
      'headers',
      'keys',
      'keys',
      'keys',
      undefined,
      undefined,
    ]);
  });
});
