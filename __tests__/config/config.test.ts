import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG_FILE, ignoreMatcher, loadConfig, parseConfig } from '../../src/config/config.js';
import { PHASES } from '../../src/model/check.js';
import { ITEM_IDS } from '../../src/checks/index.js';
import { makeRepo } from '../helpers/repo.js';

const FILE = '.github/mlops-ci-check.yml';
const here = path.dirname(fileURLToPath(import.meta.url));

function errorsOf(text: string): string[] {
  return parseConfig(FILE, text).findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.check}]`);
}

describe('a valid config file sets every key', () => {
  const text = [
    'profile: ml-library', // 1
    'min-score: 60', // 2
    'min-level: 2', // 3
    'weights:', // 4
    '  data: 20', // 5
    '  monitoring: 0', // 6
    'items:', // 7
    '  model-deployment:', // 8
    '    applicable: false', // 9
    '    reason: we do not deploy', // 10
    '  lint:', // 11
    '    commands: ["^acme-lint\\\\b"]', // 12
    '    uses: [acme/lint-action@v2]', // 13
    'ignore:', // 14
    '  - "vendor/**"', // 15
    '  - "*.ipynb"', // 16
  ].join('\n');
  const { config, findings } = parseConfig(FILE, text);

  test('no finding', () => expect(findings).toEqual([]));
  test.each([
    ['profile', config.profile, 'ml-library', 1, 10],
    ['min-score', config.minScore, 60, 2, 12],
    ['min-level', config.minLevel, 2, 3, 12],
    ['weights.data', config.weights.data, 20, 5, 9],
    ['weights.monitoring', config.weights.monitoring, 0, 6, 15],
  ])('%s is read with its position', (_key, located, value, line, column) => {
    expect(located).toEqual({ value, pos: { line, column } });
  });
  test('items.model-deployment is not applicable with its reason', () => {
    expect(config.items['model-deployment']).toMatchObject({ applicable: false, reason: 'we do not deploy', commands: [], uses: [] });
  });
  test('items.lint patterns are compiled and uses prefixes lose their @ref', () => {
    const lint = config.items.lint!;
    expect(lint.applicable).toBe(true);
    expect(lint.commands.map((c) => [c.value, c.pos.line, c.regex.test('acme-lint src')])).toEqual([['^acme-lint\\b', 12, true]]);
    expect(lint.uses.map((u) => [u.value, u.pos.line])).toEqual([['acme/lint-action', 13]]);
  });
  test('ignore globs keep their order and lines', () => {
    expect(config.ignore.map((g) => [g.value, g.pos.line])).toEqual([
      ['vendor/**', 15],
      ['*.ipynb', 16],
    ]);
  });
});

describe('errors name the key path and its line:column', () => {
  test.each([
    ['unknown top-level key', 'profile: auto\nprofil: library\n', `${FILE}:2:1: profil: unknown key "profil"; did you mean "profile"? [config]`],
    ['unknown key in an item', 'items:\n  lint:\n    applicabel: false\n', `${FILE}:3:5: items.lint.applicabel: unknown key "applicabel"; did you mean "applicable"? [config]`],
    ['unknown phase in weights', 'weights:\n  trainin: 3\n', `${FILE}:2:3: weights.trainin: unknown phase "trainin"; did you mean "training"? [config]`],
    ['unknown item id', 'items:\n  model-deploy:\n    applicable: true\n', `${FILE}:2:3: items.model-deploy: unknown item id "model-deploy"; did you mean "model-deployment"? [config]`],
    ['wrong type', 'min-score: high\n', `${FILE}:1:12: min-score: expected a number, found the string "high". [config]`],
    ['out of range', 'min-level: 7\n', `${FILE}:1:12: min-level: 7 is out of range; it must be at most 4. [config]`],
    ['negative weight', 'weights:\n  data: -1\n', `${FILE}:2:9: weights.data: -1 is out of range; it must be at least 0. [config]`],
    ['unknown profile', 'profile: ml-app\n', `${FILE}:1:10: profile: the string "ml-app" is not allowed; use one of auto, ml-application, ml-library, library. [config]`],
    [
      'missing reason',
      'min-score: 10\nweights:\n  data: 1\nitems:\n  lint:\n    commands: []\n  quality-gate:\n    applicable: false\n',
      `${FILE}:8:5: items.quality-gate: "reason" is required when "applicable" is false; say why the item does not apply. [config]`,
    ],
    ['bad regex', 'items:\n  lint:\n    commands:\n      - "ok"\n      - "acme-(lint"\n', `${FILE}:5:9: items.lint.commands[1]: "acme-(lint" is not a valid regular expression (/acme-(lint/: Unterminated group); fix it, or escape special characters with a backslash. [config]`],
    ['wrong type in a list', 'ignore: ["a/**", 3]\n', `${FILE}:1:18: ignore[1]: expected a string, found 3. [config]`],
    ['a list instead of a mapping', 'items: [lint]\n', `${FILE}:1:8: items: expected a mapping, found a list. [config]`],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expected]);
  });

  test('broken YAML is a syntax finding at its place and the file is ignored', () => {
    const { config, findings } = parseConfig(FILE, 'min-score: 60\nitems:\n  lint: [unclosed\n');
    expect(findings.map((f) => [f.check, f.severity, f.line])).toEqual([
      ['syntax-check', 'error', 4],
      ['config', 'error', 1],
    ]);
    expect(findings[1]!.message).toBe(`The config file "${FILE}" has YAML syntax errors, so it was ignored and the defaults apply; fix the errors above.`);
    expect(config.minScore).toBeUndefined();
  });

  test('a file that is not a mapping is ignored with an error at its start', () => {
    expect(errorsOf('- profile\n- library\n')).toEqual([
      `${FILE}:1:1: The config file "${FILE}" must be a mapping of keys (profile, min-score, min-level, weights, items, ignore); it was ignored and the defaults apply. [config]`,
    ]);
  });

  test('an empty file is an empty config', () => {
    expect(parseConfig(FILE, '# nothing yet\n')).toEqual({ config: { weights: {}, items: {}, ignore: [] }, findings: [] });
  });
});

describe('on errors the valid parts still apply', () => {
  const { config } = parseConfig(
    FILE,
    ['min-score: 60', 'min-level: nine', 'weights:', '  data: 20', '  training: -3', 'items:', '  quality-gate:', '    applicable: false', '  model-deployment:', '    applicable: false', '    reason: no deploy', '  lint:', '    commands: ["("]', 'ignore: ["ok/**", 5]'].join('\n'),
  );
  test('a bad scalar is dropped, a good one kept', () => {
    expect([config.minScore?.value, config.minLevel]).toEqual([60, undefined]);
  });
  test('one bad weight does not drop the others', () => expect(Object.keys(config.weights)).toEqual(['data']));
  test('an item entry with any error is dropped whole; a valid entry applies', () => {
    expect(Object.keys(config.items).sort()).toEqual(['model-deployment']);
  });
  test('a bad ignore entry is dropped, the others kept', () => expect(config.ignore.map((g) => g.value)).toEqual(['ok/**']));
});

describe('loadConfig', () => {
  test('a missing default file is fine: no finding, no file', () => {
    expect(loadConfig(makeRepo({ 'README.md': '' }))).toEqual({ config: { weights: {}, items: {}, ignore: [] }, findings: [], file: null });
  });
  test('the default file is read when it exists', () => {
    const r = loadConfig(makeRepo({ [DEFAULT_CONFIG_FILE]: 'min-score: 42\n' }));
    expect([r.file, r.config.minScore?.value, r.findings]).toEqual([DEFAULT_CONFIG_FILE, 42, []]);
  });
  test('an explicitly given file is read from the root', () => {
    const r = loadConfig(makeRepo({ 'ci/check.yaml': 'min-level: 1\n' }), 'ci/check.yaml');
    expect([r.file, r.config.minLevel?.value]).toEqual(['ci/check.yaml', 1]);
  });
  test('a missing explicit file is an error finding', () => {
    const r = loadConfig(makeRepo({ 'README.md': '' }), 'ci/missing.yml');
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)).toEqual([
      'ci/missing.yml:1:1: The config file "ci/missing.yml" does not exist; the defaults apply. Fix the path given to the "config-file" input, or create the file.',
    ]);
    expect(r.file).toBeNull();
  });
  test('errors in a loaded file carry its path', () => {
    const r = loadConfig(makeRepo({ 'ci/check.yml': 'min-score: -5\n' }), 'ci/check.yml');
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['ci/check.yml:1:12']);
  });
});

describe('ignoreMatcher', () => {
  const m = ignoreMatcher(['vendor/**', '*.ipynb', 'data'])!;
  test.each([
    ['vendor', true],
    ['vendor/lib/x.py', true],
    ['notebooks/explore.ipynb', true],
    ['src/data', true],
    ['src/model.py', false],
    ['datasets/a.csv', false],
  ])('%s → %s', (p, expected) => expect(m(p)).toBe(expected));
  test('no pattern, no predicate', () => expect(ignoreMatcher([])).toBeUndefined());
});

describe('the shipped schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(here, '../../schema/config.schema.json'), 'utf8')) as {
    $id: string;
    title: string;
    properties: Record<string, { title?: string; description?: string; properties?: Record<string, unknown> }>;
  };
  test('has an $id and a title for editors', () => {
    expect(schema.$id).toMatch(/^https:\/\/.*config\.schema\.json$/);
    expect(schema.title).toBeTruthy();
  });
  test('lists every item id and every phase', () => {
    expect(Object.keys(schema.properties['items']?.properties ?? {})).toEqual([...ITEM_IDS]);
    expect(Object.keys(schema.properties['weights']?.properties ?? {})).toEqual([...PHASES]);
  });
  test('every top-level key has a title and a description', () => {
    for (const [key, p] of Object.entries(schema.properties)) expect([key, Boolean(p.title && p.description)]).toEqual([key, true]);
  });
});
