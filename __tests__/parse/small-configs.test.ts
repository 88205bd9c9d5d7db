import { readLfsRules } from '../../src/parse/gitattributes.js';
import { everyRequirementPinned } from '../../src/parse/requirements.js';

describe('readLfsRules: .gitattributes rules with the LFS filter', () => {
  it('keeps the pattern, the whole rule and the line of each LFS rule', () => {
    const text = '* text=auto\r\n*.csv filter=lfs diff=lfs merge=lfs -text\n\n  data/** FILTER=LFS -text\n*.md diff=markdown\n# *.pkl filter=lfs\n';
    expect(readLfsRules(text)).toEqual([
      { pattern: '*.csv', rule: '*.csv filter=lfs diff=lfs merge=lfs -text', line: 2 },
      { pattern: 'data/**', rule: 'data/** FILTER=LFS -text', line: 4 },
    ]);
  });

  it('a filter of another name is not LFS', () => {
    expect(readLfsRules('*.bin filter=lfsx\n*.bin myfilter=lfs\n')).toEqual([]);
  });
});

describe('everyRequirementPinned', () => {
  it.each([
    ['numpy==1.26.4\nscikit-learn===1.4.0  # exact\n', true],
    ['-r base.txt\n--hash=sha256:abc\nmypkg @ https://example.com/p.whl\n', true],
    ['git+https://github.com/org/repo.git\n', true],
    ['numpy>=1.26\npandas==2.2.0\n', false],
    ['# only comments\n\n', false],
    ['torch\n', false],
  ])('%j → %s', (text, pinned) => {
    expect(everyRequirementPinned(text)).toBe(pinned);
  });
});
