import { encodePath, linkContextFrom, placeMarkdown, placeText, placeUrl, type LinkContext } from '../../src/report/links.js';

const ctx: LinkContext = { serverUrl: 'https://github.com', repository: 'octo/ml-app', sha: '0123abc' };

describe('evidence links', () => {
  it.each([
    ['.github/workflows/ci.yml', 13, 'https://github.com/octo/ml-app/blob/0123abc/.github/workflows/ci.yml#L13', '[.github/workflows/ci.yml:13](https://github.com/octo/ml-app/blob/0123abc/.github/workflows/ci.yml#L13)'],
    ['tests/my dir/test #1.py', 4, 'https://github.com/octo/ml-app/blob/0123abc/tests/my%20dir/test%20%231.py#L4', '[tests/my dir/test \\#1.py:4](https://github.com/octo/ml-app/blob/0123abc/tests/my%20dir/test%20%231.py#L4)'],
    ['src/model (v2)/train?.py', 7, 'https://github.com/octo/ml-app/blob/0123abc/src/model%20%28v2%29/train%3F.py#L7', '[src/model (v2)/train?.py:7](https://github.com/octo/ml-app/blob/0123abc/src/model%20%28v2%29/train%3F.py#L7)'],
    ['data/100%.csv', 0, 'https://github.com/octo/ml-app/blob/0123abc/data/100%25.csv', '[data/100%.csv](https://github.com/octo/ml-app/blob/0123abc/data/100%25.csv)'],
  ])('links %s line %d with a context', (file, line, url, md) => {
    expect(placeUrl({ file, line }, ctx)).toBe(url);
    expect(placeMarkdown({ file, line }, ctx)).toBe(md);
  });

  it.each([
    ['.github/workflows/ci.yml', 13, '.github/workflows/ci.yml:13', '.github/workflows/ci.yml:13'],
    ['tests/test_[a].py', 2, 'tests/test_[a].py:2', 'tests/test\\_\\[a\\].py:2'],
    ['pyproject.toml', 0, 'pyproject.toml', 'pyproject.toml'],
  ])('writes %s line %d as text without a context', (file, line, text, md) => {
    expect(placeUrl({ file, line }, undefined)).toBeUndefined();
    expect(placeText({ file, line })).toBe(text);
    expect(placeMarkdown({ file, line }, undefined)).toBe(md);
  });

  it('does not link a finding about the repository as a whole', () => {
    expect(placeUrl({ file: '.', line: 1 }, ctx)).toBeUndefined();
    expect(placeMarkdown({ file: '.', line: 1 }, ctx)).toBe('the repository');
  });

  it('drops a trailing slash of the server URL (GitHub Enterprise)', () => {
    expect(placeUrl({ file: 'a.py', line: 1 }, { ...ctx, serverUrl: 'https://ghe.example.com/' })).toBe('https://ghe.example.com/octo/ml-app/blob/0123abc/a.py#L1');
  });

  it('encodes each path segment and keeps the slashes', () => {
    expect(encodePath('./a b/c#d/e')).toBe('a%20b/c%23d/e');
  });
});

describe('linkContextFrom', () => {
  it('reads the three GitHub variables', () => {
    expect(linkContextFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/ml-app', GITHUB_SHA: '0123abc' })).toEqual(ctx);
  });

  it.each(['GITHUB_SERVER_URL', 'GITHUB_REPOSITORY', 'GITHUB_SHA'])('gives no context when %s is missing', (missing) => {
    const env: Record<string, string | undefined> = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/ml-app', GITHUB_SHA: '0123abc' };
    env[missing] = '';
    expect(linkContextFrom(env)).toBeUndefined();
  });
});
