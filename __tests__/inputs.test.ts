import { InputError, parseInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(parseInputs(reader({}))).toEqual({
      path: '.',
      minScore: undefined,
      minLevel: undefined,
      annotations: true,
      summary: true,
      reportFile: undefined,
      configFile: '.github/mlops-ci-check.yml',
      configFileExplicit: false,
      profile: undefined,
      commentOnPr: 'never',
      githubToken: undefined,
      history: 'auto',
      github: false,
      compareBase: true,
      sarifFile: undefined,
      badgeFile: undefined,
    });
  });

  it('converts given values', () => {
    expect(parseInputs(reader({ path: 'sub', 'min-score': ' 50 ', 'min-level': '2', annotations: 'false', summary: 'no', 'report-file': 'out.json', 'config-file': 'ci.yml', profile: 'ml-library', 'compare-base': 'false', 'sarif-file': 'out.sarif', 'badge-file': 'badge.json' }))).toEqual({
      path: 'sub',
      minScore: 50,
      minLevel: 2,
      annotations: false,
      summary: false,
      reportFile: 'out.json',
      configFile: 'ci.yml',
      configFileExplicit: true,
      profile: 'ml-library',
      commentOnPr: 'never',
      githubToken: undefined,
      history: 'auto',
      github: false,
      compareBase: false,
      sarifFile: 'out.sarif',
      badgeFile: 'badge.json',
    });
  });

  it.each([
    [{ 'comment-on-pr': 'true', 'github-token': ' ghs_abc ' }, 'always', 'ghs_abc'],
    [{ 'comment-on-pr': 'yes', 'github-token': 'ghs_abc' }, 'always', 'ghs_abc'],
    [{ 'comment-on-pr': 'always', 'github-token': 'ghs_abc' }, 'always', 'ghs_abc'],
    [{ 'comment-on-pr': 'On-Change', 'github-token': 'ghs_abc' }, 'on-change', 'ghs_abc'],
    [{ 'comment-on-pr': 'on-failure', 'github-token': 'ghs_abc' }, 'on-failure', 'ghs_abc'],
    [{ 'comment-on-pr': 'never', 'github-token': 'ghs_abc' }, 'never', undefined],
    [{ 'comment-on-pr': 'false', 'github-token': 'ghs_abc' }, 'never', undefined],
    [{ 'comment-on-pr': 'false', 'github-token': '' }, 'never', undefined],
    [{ 'github-token': 'ghs_abc' }, 'never', undefined],
    [{ github: 'true', 'github-token': 'ghs_abc' }, 'never', 'ghs_abc'],
  ])('reads comment-on-pr and keeps the token only when commenting: %j', (values, commentOnPr, githubToken) => {
    expect(parseInputs(reader(values))).toMatchObject({ commentOnPr, githubToken });
  });

  it.each([
    [{ 'min-score': 'abc' }, 'Input "min-score" must be a whole number from 0 to 100; got "abc".'],
    [{ 'min-score': '150' }, 'Input "min-score" must be a whole number from 0 to 100; got 150.'],
    [{ 'min-score': '-1' }, 'Input "min-score" must be a whole number from 0 to 100; got "-1".'],
    [{ 'min-level': '7' }, 'Input "min-level" must be a whole number from 0 to 4; got 7.'],
    [{ annotations: 'maybe' }, 'Input "annotations" must be "true" or "false"; got "maybe".'],
    [{ 'comment-on-pr': 'sometimes' }, 'Input "comment-on-pr" must be one of always, on-change, on-failure, never (or "true"/"false"); got "sometimes".'],
    [{ 'compare-base': 'maybe' }, 'Input "compare-base" must be "true" or "false"; got "maybe".'],
    [{ 'comment-on-pr': 'true', 'github-token': '  ' }, 'Input "github-token" is empty, but "comment-on-pr" is "always" and the comment needs a token. Leave "github-token" at its default (${{ github.token }}) or pass a token that can write pull-request comments.'],
    [{ profile: 'web' }, 'Input "profile" must be one of auto, ml-application, ml-library, library; got "web".'],
  ])('rejects %j naming the input', (values, message) => {
    expect(() => parseInputs(reader(values))).toThrow(new InputError(message));
  });
});
