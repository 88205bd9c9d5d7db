import { lastMonths, unquote } from '../../src/history/collect.js';
import { createClassifier, testPaths } from '../../src/history/paths.js';

describe('history paths', () => {
  it('counts a test folder as tests, and a test file beside the code by itself', () => {
    expect(testPaths(['tests/unit/test_a.py', 'tests/test_b.py', 'pkg/api/handler_test.go', 'web/src/__tests__/app.test.ts', 'test_root.py'])).toEqual({
      folders: ['tests/', 'web/src/__tests__/'],
      files: ['pkg/api/handler_test.go', 'test_root.py'],
    });
  });

  it.each([
    ['.github/workflows/ci.yml', 'ci'],
    ['.github/actions/setup/action.yml', 'ci'],
    ['.gitlab-ci.yml', 'ci'],
    ['.pre-commit-config.yaml', 'ci'],
    ['tools/ci-action/action.yml', 'ci'],
    ['tests/test_a.py', 'tests'],
    ['pkg/api/handler_test.go', 'tests'],
    ['pkg/api/handler.go', 'code'],
    ['docs/index.md', null],
    ['README.md', null],
    ['LICENSE', null],
    ['requirements.txt', 'code'],
    ['CHANGES.txt', null],
    ['Dockerfile', 'code'],
  ])('puts %s in %s', (p, bucket) => {
    const c = createClassifier({ testFiles: ['tests/test_a.py', 'pkg/api/handler_test.go'], workflowFiles: [], localActionDirs: ['tools/ci-action'] });
    expect(c.bucketOf(p)).toBe(bucket);
  });

  it.each([
    ['plain/path.py', 'plain/path.py'],
    ['"tab\\there.txt"', 'tab\there.txt'],
    ['"quote\\"d.txt"', 'quote"d.txt'],
    ['"caf\\303\\251.py"', 'café.py'],
  ])('reads git\'s quoted path %s', (raw, path) => {
    expect(unquote(raw)).toBe(path);
  });

  it('lists the 24 months that end with the reference month, across years', () => {
    const months = lastMonths(new Date('2024-02-10T00:00:00Z'));
    expect(months).toHaveLength(24);
    expect([months[0], months[10], months[11], months[23]]).toEqual(['2022-03', '2023-01', '2023-02', '2024-02']);
  });
});
