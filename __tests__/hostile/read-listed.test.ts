/**
 * The quick read of listed files (`readListed`, fs-guard.ts): opened at once with
 * O_NONBLOCK|O_NOFOLLOW and refused by fstat's type, with each folder's real path taken from
 * the listing. Whatever the file system holds by the time of the read (a FIFO, a socket, a
 * link out, a folder link in the middle of the path, a file replaced or removed since the
 * listing), the read never blocks, never leaves the repository, and says why it refused.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { listedTree, readListed, type Guarded } from '../../src/io/fs-guard.js';
import { indexRepository } from '../../src/parse/repo.js';
import { buildRepo, mkfifo, outsideDir, removeBuilt, symlink } from './generate.js';

afterAll(removeBuilt);

/** A fresh tree of `root` that has seen no folder: every folder is checked with an lstat. */
function read(root: string, rel: string, maxBytes = 1000, seen: string[] = []): Guarded<string> {
  const got = readListed(listedTree(fs.realpathSync(root), new Set(seen)), root, rel, maxBytes);
  return got.ok ? { ok: true, value: got.value.toString('utf8') } : got;
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
}

function findingAt(repo: ReturnType<typeof indexRepository>, file: string): string {
  return repo.findings
    .filter((f) => f.file === file)
    .map((f) => f.message)
    .join('\n');
}

describe('a listed path read the quick way', () => {
  test('a regular file is read, in the root and in nested folders, seen by the listing or not', () => {
    const root = buildRepo({ 'a.txt': 'top\n', 'd/e/f.txt': 'deep\n' });
    expect(read(root, 'a.txt')).toEqual({ ok: true, value: 'top\n' });
    expect(read(root, 'd/e/f.txt')).toEqual({ ok: true, value: 'deep\n' });
    expect(read(root, 'd/e/f.txt', 1000, ['d', 'd/e'])).toEqual({ ok: true, value: 'deep\n' });
  });

  test('reads share one growing buffer, and each text is whole once decoded', () => {
    const big = 'b'.repeat(200_000);
    const root = buildRepo({ 'small.txt': 'small\n', 'big.txt': big, 'mid.txt': 'm'.repeat(70_000) });
    const tree = listedTree(fs.realpathSync(root));
    const texts = ['small.txt', 'big.txt', 'mid.txt', 'small.txt'].map((rel) => {
      const got = readListed(tree, root, rel, 1 << 20);
      return got.ok ? got.value.toString('utf8') : got.reason;
    });
    expect(texts).toEqual(['small\n', big, 'm'.repeat(70_000), 'small\n']);
  });

  test('a FIFO is opened without blocking and refused by its type', () => {
    const root = buildRepo({}, (r) => mkfifo(path.join(r, 'tests/pipe.py')));
    expect(read(root, 'tests/pipe.py')).toEqual({ ok: false, code: 'special', reason: 'is a FIFO (named pipe), not a regular file' });
  });

  test('a socket cannot be opened and is refused by the slow path, naming it', async () => {
    const root = buildRepo({});
    const server = net.createServer();
    await new Promise<void>((done) => server.listen(path.join(root, 'sock'), done));
    try {
      expect(read(root, 'sock')).toEqual({ ok: false, code: 'special', reason: 'is a socket, not a regular file' });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  test('a folder is refused as not a file, and a file over the limit as too big', () => {
    const root = buildRepo({ 'd/x.txt': 'x', 'big.txt': 'x'.repeat(100) });
    expect(read(root, 'd')).toMatchObject({ ok: false, code: 'not-a-file', reason: 'is a folder, not a regular file' });
    expect(read(root, 'big.txt', 10)).toEqual({ ok: false, code: 'too-big', reason: 'is 100 B, over the 10 B the tool reads' });
  });

  test('a link to a file inside is followed; a link to a file outside, a dangling link and /dev/zero are refused', () => {
    const out = outsideDir({ 'secret.txt': 'secret\n' });
    const root = buildRepo({ 'shared/ci.yml': 'inside\n' }, (r) => {
      symlink(path.join(r, 'shared/ci.yml'), path.join(r, 'linked.yml'));
      symlink(path.join(out, 'secret.txt'), path.join(r, 'out.txt'));
      symlink(path.join(r, 'nowhere'), path.join(r, 'dangling.txt'));
      symlink('/dev/zero', path.join(r, 'zero'));
    });
    expect(read(root, 'linked.yml')).toEqual({ ok: true, value: 'inside\n' });
    expect(read(root, 'out.txt')).toMatchObject({ ok: false, code: 'outside' });
    expect(read(root, 'dangling.txt')).toMatchObject({ ok: false, code: 'outside', reason: 'is a symbolic link whose target does not exist' });
    expect(read(root, 'zero')).toMatchObject({ ok: false, code: 'outside' });
  });

  test('a folder link in the middle of the path: inside it is read, outside it is refused', () => {
    const out = outsideDir({ 'secret.txt': 'secret\n' });
    const root = buildRepo({ 'lib/code.py': 'x = 1\n' }, (r) => {
      symlink(path.join(r, 'lib'), path.join(r, 'lib-link'));
      symlink(out, path.join(r, 'linked-out'));
    });
    expect(read(root, 'lib-link/code.py')).toEqual({ ok: true, value: 'x = 1\n' });
    expect(read(root, 'linked-out/secret.txt')).toMatchObject({ ok: false, code: 'outside' });
  });

  test('a missing file is refused as missing, and so is a path under a file', () => {
    const root = buildRepo({ 'a.txt': 'a' });
    expect(read(root, 'gone.txt')).toEqual({ ok: false, code: 'missing', reason: 'does not exist' });
    expect(read(root, 'a.txt/b.txt')).toEqual({ ok: false, code: 'missing', reason: 'does not exist' });
  });
});

describe('a file replaced between the listing and the read', () => {
  const replaced = (change: (abs: string) => void) => {
    const root = buildRepo({ 'src/a.py': 'x = 1\n', 'src/keep.py': 'y = 2\n' });
    const repo = indexRepository(root, { useGit: false });
    expect(repo.files).toContain('src/a.py');
    fs.rmSync(path.join(root, 'src/a.py'));
    change(path.join(root, 'src/a.py'));
    return { repo };
  };

  test('by a FIFO: refused without blocking, with a warning at the file', () => {
    const { repo } = replaced((abs) => mkfifo(abs));
    expect(repo.read('src/a.py')).toBeUndefined();
    expect(findingAt(repo, 'src/a.py')).toBe('"src/a.py" is a FIFO (named pipe), not a regular file; it was skipped.');
    expect(repo.read('src/keep.py')).toBe('y = 2\n');
  });

  test('by a link out of the repository: not read', () => {
    const out = outsideDir({ 'secret.txt': 'secret\n' });
    const { repo } = replaced((abs) => symlink(path.join(out, 'secret.txt'), abs));
    expect(repo.read('src/a.py')).toBeUndefined();
    expect(findingAt(repo, 'src/a.py')).toMatch(/^"src\/a\.py" resolves to ".*secret\.txt", outside ".*"; it is not read \(reads stay inside the repository\)\.$/);
  });

  test('by a folder, or by nothing: refused with the reason', () => {
    const { repo } = replaced((abs) => fs.mkdirSync(abs));
    expect(repo.read('src/a.py')).toBeUndefined();
    expect(findingAt(repo, 'src/a.py')).toBe('"src/a.py" is a folder, not a regular file; it was skipped.');
    const gone = replaced(() => undefined).repo;
    expect(gone.read('src/a.py')).toBeUndefined();
    expect(findingAt(gone, 'src/a.py')).toBe('"src/a.py" does not exist; it was skipped.');
  });
});

/** A repository with `files` committed, whose folder `dir` is then replaced by a link to `target` (git still lists its files). */
function committedThenLinked(files: Record<string, string>, dir: string, target: string | ((root: string) => string)): string {
  const root = buildRepo(files);
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'init');
  fs.rmSync(path.join(root, dir), { recursive: true });
  symlink(typeof target === 'string' ? target : target(root), path.join(root, dir));
  return root;
}

describe('folders from git, which lists a tracked path even when its folder became a link', () => {
  test('a tracked file under a folder now linked out of the repository is listed but not read', () => {
    const out = outsideDir({ 'conf/settings.yml': 'secret: 1\n' });
    const root = committedThenLinked({ 'conf/settings.yml': 'mine: 1\n', 'README.md': 'hi\n' }, 'conf', path.join(out, 'conf'));
    const repo = indexRepository(root);
    expect(repo.files).toContain('conf/settings.yml');
    expect(repo.read('conf/settings.yml')).toBeUndefined();
    expect(findingAt(repo, 'conf/settings.yml')).toMatch(/resolves to ".*settings\.yml", outside ".*"; it is not read \(reads stay inside the repository\)\.$/);
    expect(repo.read('README.md')).toBe('hi\n');
  });

  test('the same under a folder linked inside the repository is read', () => {
    const root = committedThenLinked({ 'conf/settings.yml': 'mine: 1\n', 'real/settings.yml': 'real: 1\n' }, 'conf', (r) => path.join(r, 'real'));
    const repo = indexRepository(root);
    expect(repo.read('conf/settings.yml')).toBe('real: 1\n');
  });
});
