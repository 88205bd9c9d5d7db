/**
 * The publishers are one family read by two sides: every row is a release (the release item's
 * evidence) and a published-library signal (the profile's reason), at the same line.
 */
import { inferProfile } from '../../src/analysis/profile.js';
import { release } from '../../src/checks/release.js';
import { PUBLISH_COMMANDS, PUBLISH_USES } from '../../src/vocabulary/shared/publishers.js';
import { analyzeFiles, workflow } from '../helpers/repo.js';

const CI = '.github/workflows/ci.yml';
const ON_TAGS = '\n  push:\n    tags: ["v*"]';

/** One step per row (in the rows' order), starting at line 9 of the workflow. */
const USES = ['pypa/gh-action-pypi-publish@release/v1', 'JS-DevTools/npm-publish@v3', 'katyo/publish-crates@v2'];
const COMMANDS = ['twine upload dist/*', 'rye publish', 'maturin publish', 'lerna publish from-package', 'cargo publish', './mvnw -B deploy', 'gem push pkg/x.gem'];

describe('shared publishers', () => {
  test('the samples cover every row, in order', () => {
    expect(USES.map((u) => PUBLISH_USES.findIndex((r) => u.toLowerCase().startsWith(`${r.uses.toLowerCase()}@`)))).toEqual(PUBLISH_USES.map((_, i) => i));
    expect(COMMANDS.map((c) => PUBLISH_COMMANDS.findIndex((r) => r.command.test(c.replace(/^\.\//, ''))))).toEqual(PUBLISH_COMMANDS.map((_, i) => i));
  });

  const samples = [...USES.map((u, i) => ({ step: `      - uses: ${u}\n`, row: PUBLISH_USES[i]!, text: `(uses "${u}")` })), ...COMMANDS.map((c, i) => ({ step: `      - run: ${c}\n`, row: PUBLISH_COMMANDS[i]!, text: `("${c}")` }))];

  test.each(samples.map((s) => [s.step.trim(), s] as const))('%s is a release and a published-library signal', (_name, s) => {
    const files = { [CI]: workflow(ON_TAGS, s.step), 'requirements.txt': 'torch\n', 'train.py': '' };
    const result = release.evaluate(analyzeFiles(files));
    expect(result.verdict).toBe('automated');
    expect(result.evidence[0]).toMatchObject({ file: CI, line: 9 });
    expect(result.evidence[0]!.message).toContain(`Publishes with ${s.row.label}`);
    const profile = inferProfile(analyzeFiles(files));
    expect(profile.profile).toBe('ml-library');
    expect(profile.reasons).toContain(`${CI}:9 ${s.row.publishes} ${s.text}.`);
  });

  test('publishing to the local Maven repository is neither', () => {
    const files = { [CI]: workflow(ON_TAGS, '      - run: ./gradlew publishToMavenLocal\n'), 'requirements.txt': 'torch\n', 'train.py': '' };
    expect(release.evaluate(analyzeFiles(files)).verdict).toBe('absent');
    expect(inferProfile(analyzeFiles(files)).profile).toBe('ml-application');
  });
});
