import { outlineKind, readOutline } from '../../src/parse/outline.js';

describe('outline', () => {
  it('gives TOML and INI headers with their lines, not header-like text elsewhere', () => {
    const toml = '[project]\nname = "x"\n# [tool.ruff] in a comment\n\n[tool.ruff.lint]\nselect = ["E"]\n  [[tool.mypy.overrides]]\n';
    expect(readOutline('pyproject.toml', toml)).toEqual([
      { key: 'project', line: 1, column: 1, text: '[project]' },
      { key: 'tool.ruff.lint', line: 5, column: 1, text: '[tool.ruff.lint]' },
      { key: 'tool.mypy.overrides', line: 7, column: 3, text: '  [[tool.mypy.overrides]]' },
    ]);
    expect(readOutline('setup.cfg', '[metadata]\r\nname = x\r\n[flake8]\r\nmax-line-length = 100\r\n').map((e) => [e.key, e.line, e.text])).toEqual([
      ['metadata', 1, '[metadata]'],
      ['flake8', 3, '[flake8]'],
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
