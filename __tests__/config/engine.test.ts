import { runEngine } from '../../src/engine.js';
import { DEFAULT_WEIGHTS } from '../../src/model/check.js';
import { makeRepo, workflow } from '../helpers/repo.js';

const CONFIG = '.github/mlops-ci-check.yml';
const CI = workflow('push', '      - run: acme-lint src/\n      - uses: acme/style-guard@v3\n');

describe('precedence: input > config file > default', () => {
  const withFile = makeRepo({ [CONFIG]: 'min-score: 60\nmin-level: 2\nweights:\n  data: 20\n' });
  const bare = makeRepo({ 'README.md': '' });
  test.each([
    ['default', bare, {}, { minScore: 0, minLevel: 0 }],
    ['file', withFile, {}, { minScore: 60, minLevel: 2 }],
    ['input over file', withFile, { thresholds: { minScore: 70 } }, { minScore: 70, minLevel: 2 }],
    ['input over default', bare, { thresholds: { minLevel: 1 } }, { minScore: 0, minLevel: 1 }],
  ])('thresholds: %s', (_name, root, options, expected) => {
    const { gate } = runEngine(root, options).report;
    expect({ minScore: gate.minScore, minLevel: gate.minLevel }).toEqual(expected);
  });
  test.each([
    ['default', bare, {}, DEFAULT_WEIGHTS.data],
    ['file', withFile, {}, 20],
    ['input over file', withFile, { weights: { data: 5 } }, 5],
  ])('weights.data: %s', (_name, root, options, expected) => {
    expect(runEngine(root, options).report.phases.find((p) => p.id === 'data')?.weight).toBe(expected);
  });
  test('the report says what the config changed and what the input overrode', () => {
    const { config } = runEngine(withFile, { thresholds: { minScore: 70 } }).report;
    expect(config).toEqual({
      file: CONFIG,
      changes: ['min-score set to 60 by the config, overridden to 70 by the input.', 'min-level set to 2 by the config.', 'weights.data set to 20 by the config (default 12).'],
    });
  });
  test('without a config file the report says so', () => {
    expect(runEngine(bare).report.config).toEqual({ file: null, changes: [] });
  });
  test('config findings reach the report', () => {
    const root = makeRepo({ [CONFIG]: 'min-score: 60\nbogus: 1\n' });
    const f = runEngine(root).report.findings.filter((x) => x.check === 'config');
    expect(f.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([`${CONFIG}:2:1`]);
  });
});

describe('profile in the report', () => {
  const files = { 'pyproject.toml': '[project]\nname = "tool"\nclassifiers = ["Topic :: Software Development"]\n' };
  test.each([
    ['inferred', {}, {}, 'library', 'inferred', 1],
    ['config', { [CONFIG]: 'profile: ml-application\n' }, {}, 'ml-application', 'config', 4],
    ['input over config', { [CONFIG]: 'profile: ml-application\n' }, { profile: 'ml-library' as const }, 'ml-library', 'input', 4],
    ['input auto leaves the config', { [CONFIG]: 'profile: ml-library\n' }, { profile: 'auto' as const }, 'ml-library', 'config', 4],
  ])('%s', (_name, extra, options, id, source, maxLevel) => {
    const { report } = runEngine(makeRepo({ ...files, ...extra }), options);
    expect([report.profile.id, report.profile.source, report.maxLevel]).toEqual([id, source, maxLevel]);
    expect(report.levelExplanation).toContain(`The "${id}" profile allows up to level ${maxLevel}.`);
  });
  test('a config profile names its line and the inference it overrides', () => {
    const { report } = runEngine(makeRepo({ ...files, [CONFIG]: '# ours\nprofile: ml-application\n' }));
    expect(report.profile.reasons[0]).toBe(`${CONFIG}:2 sets the profile to "ml-application".`);
    expect(report.profile.reasons[1]).toMatch(/^Without it the tool would infer "library": A library or service without ML/);
    expect(report.config.changes).toEqual(['profile set to "ml-application" by the config.']);
  });
  test('the library profile leaves only the DevOps foundation in the score', () => {
    const { report } = runEngine(makeRepo(files));
    expect(report.phases.filter((p) => p.score !== null).map((p) => p.id)).toEqual(['devops']);
  });
});

describe('extra evidence patterns from the config', () => {
  test('without them an in-house linter is not seen', () => {
    const { report } = runEngine(makeRepo({ '.github/workflows/ci.yml': CI }));
    expect(report.items.find((i) => i.id === 'lint')?.verdict).toBe('absent');
  });
  test.each([
    ['a command pattern', 'commands: ["^acme-lint\\\\b"]', 7, 14, undefined, '"acme-lint src/" matches the config\'s pattern /^acme-lint\\b/ for lint.'],
    ['a uses: prefix', 'uses: [acme/style-guard]', 8, 15, { line: 8, column: 34 }, '"acme/style-guard@v3" matches the config\'s uses: prefix "acme/style-guard" for lint.'],
  ])('%s turns an absent item automated, citing the workflow line', (_name, pattern, line, column, end, message) => {
    const root = makeRepo({ '.github/workflows/ci.yml': CI, [CONFIG]: `items:\n  lint:\n    ${pattern}\n` });
    const { report } = runEngine(root);
    const lint = report.items.find((i) => i.id === 'lint')!;
    expect(lint.verdict).toBe('automated');
    expect(lint.evidence).toEqual([{ file: '.github/workflows/ci.yml', line, column, ...(end ? { end } : {}), message, triggers: ['push'] }]);
    expect(report.config.changes).toHaveLength(1);
  });
});

describe('ignore globs from the config', () => {
  const files = {
    'requirements.txt': 'flask\n',
    'legacy/ml/requirements.txt': 'torch==2.3\n',
    'legacy/.github/workflows/x.yml': workflow('push', '      - run: ruff check\n'),
  };
  test('without ignore, the vendored files count', () => {
    const { report } = runEngine(makeRepo(files));
    expect(report.profile.id).toBe('ml-application');
  });
  test('ignored paths are left out of the analysis', () => {
    const { analysis, report } = runEngine(makeRepo({ ...files, [CONFIG]: 'ignore: ["legacy/**"]\n' }));
    expect(analysis.repo.files).toEqual([CONFIG, 'requirements.txt']);
    expect(report.profile.id).toBe('library');
    expect(report.config.changes).toEqual(['ignore: paths matching "legacy/**" are left out of the analysis.']);
  });
});

describe('teaching the tool an in-house command (items.<id>.commands)', () => {
  const ci = workflow('[push, pull_request]', '      - run: bazel test //tests/integration/...\n');
  const untaught = makeRepo({ '.github/workflows/ci.yml': ci });
  const taught = makeRepo({ '.github/workflows/ci.yml': ci, [CONFIG]: "items:\n  integration-tests:\n    commands: ['^bazel test //tests/integration/']\n" });

  test('an untaught runner is listed as not followed, and items it might meet say so', () => {
    const r = runEngine(untaught).report;
    expect(r.unfollowed.map((u) => [u.kind, `${u.file}:${u.line}`, u.command])).toEqual([['unknown-runner', '.github/workflows/ci.yml:7', 'bazel test //tests/integration/...']]);
    const integration = r.items.find((i) => i.id === 'integration-tests')!;
    expect(integration.verdict).toBe('absent');
    expect(integration.reason).toContain('`bazel test //tests/integration/...` at .github/workflows/ci.yml:7');
  });

  test('once taught, the step is evidence for the item and leaves the list', () => {
    const r = runEngine(taught).report;
    expect(r.unfollowed).toEqual([]);
    const integration = r.items.find((i) => i.id === 'integration-tests')!;
    expect(integration.verdict).toBe('automated');
    expect(integration.evidence.map((e) => `${e.file}:${e.line}`)).toContain('.github/workflows/ci.yml:7');
    expect(r.levelExplanation).not.toContain('could not follow');
  });
});
