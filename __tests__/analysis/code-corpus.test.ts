import { CodeCorpus } from '../../src/analysis/code-corpus.js';
import { indexRepository } from '../../src/parse/repo.js';
import { findInSource } from '../../src/analysis/code-search.js';
import { makeRepo } from '../helpers/repo.js';

const FILES: Record<string, string | Buffer> = {
  'a.py': 'import evidently\n',
  'b.py': 'x = 1\n',
  'c.py': 'tail ev',
  'd.py': 'idently = 2\n',
  'e.py': Buffer.from([0x00, 0x01, 0x02]),
  'f.py': 'from x import y\nimport EVIDENTLY\n',
};

function corpusOf(files: Record<string, string | Buffer>): CodeCorpus {
  const repo = indexRepository(makeRepo(files));
  return new CodeCorpus(repo, repo.files);
}

describe('CodeCorpus', () => {
  it('names no candidates until every file is read (reading could add a finding)', () => {
    const c = corpusOf(FILES);
    c.text(0);
    expect(c.candidates([/evidently/])).toBeUndefined();
  });

  it.each([
    [[/evidently/], ['a.py']],
    [[/evidently/i], ['a.py', 'f.py']],
    [[/x = 1/, /import y/], ['b.py', 'f.py']],
    [[/zzz/], []],
  ])('once all are read, %s flags exactly the files that hold a match: %j', (res, expected) => {
    const c = corpusOf(FILES);
    c.paths.forEach((_, i) => c.text(i));
    const flags = c.candidates(res)!;
    expect(c.paths.filter((_, i) => flags[i] === 1)).toEqual(expected);
  });

  it('flags the starting file of a match across the joint of two texts, never missing a later file', () => {
    const c = corpusOf(FILES);
    c.paths.forEach((_, i) => c.text(i));
    // "ev" + "\n" + "idently" only exists across c.py and d.py when joined.
    const flags = c.candidates([/ev\nidently|import evidently/])!;
    expect(c.paths.filter((_, i) => flags[i] === 1)).toEqual(['a.py', 'c.py']);
  });
});

describe('findInSource through the corpus', () => {
  it('gives the same hits before and after every file was read', () => {
    const repo = indexRepository(makeRepo({ 'x/a.py': 'import os\nimport evidently\n', 'x/b.py': '# import evidently\n', 'y/c.py': 'import evidently as e\n' }));
    const patterns = [{ re: /^import\s+evidently\b/, label: 'Evidently' }];
    const first = findInSource(repo, patterns, { where: (p) => p.startsWith('x/') });
    expect(first.map((h) => `${h.file}:${h.line}:${h.column}`)).toEqual(['x/a.py:2:1']);
    const all = findInSource(repo, patterns);
    expect(all.map((h) => `${h.file}:${h.line}:${h.column}`)).toEqual(['x/a.py:2:1', 'y/c.py:1:1']);
    const again = findInSource(repo, patterns, { where: (p) => p.startsWith('x/') });
    expect(again).toEqual(first);
  });
});
