/**
 * Inputs that name files are checked against the boundary before anything is read or
 * written: the workspace for the action (and the path given to the CLI). A pull request
 * can commit links, so "inside" means the real path, after every link is resolved.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli-run.js';
import { checkInputPaths } from '../../src/input-paths.js';
import { InputError } from '../../src/inputs.js';
import { readInside, writeInside } from '../../src/io/fs-guard.js';
import { buildRepo, mkfifo, outsideDir, removeBuilt, symlink } from './generate.js';

afterAll(removeBuilt);

const base = { path: '.', configFile: '.github/mlops-ci-check.yml', configFileExplicit: false, reportFile: undefined as string | undefined, sarifFile: undefined as string | undefined, badgeFile: undefined as string | undefined };

function refusal(inputs: Partial<typeof base>, workspace: string): string {
  try {
    checkInputPaths({ ...base, ...inputs }, workspace);
  } catch (err: unknown) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error('no InputError');
}

describe('an input that points outside the workspace, or at the wrong kind of thing, is an input error naming it', () => {
  const out = outsideDir({ 'target.txt': 'keep me\n', 'c.yml': 'min-score: 100\n' });
  const ws = buildRepo({ 'src/a.py': 'x = 1\n', 'README.md': 'hi\n', 'reports/.keep': '' }, (root) => {
    symlink(path.join(out, 'target.txt'), path.join(root, 'report.json'));
    symlink(out, path.join(root, 'linked-out'));
    symlink(path.join(root, 'nowhere'), path.join(root, 'dangling.json'));
    symlink(path.join(out, 'c.yml'), path.join(root, 'config.yml'));
  });

  test.each([
    ['report-file through a committed link to a file outside', { reportFile: 'report.json' }, /^Input "report-file" \("report\.json"\) resolves to ".*target\.txt", outside ".*"; give a file path inside the workspace\.$/],
    ['report-file under a committed link to a folder outside', { reportFile: 'linked-out/r.json' }, /^Input "report-file" \("linked-out\/r\.json"\) resolves to .*, outside/],
    ['report-file up and out with ../', { reportFile: '../r.json' }, /^Input "report-file" \("\.\.\/r\.json"\) resolves to .*, outside/],
    ['report-file as an absolute path elsewhere', { reportFile: '/etc/passwd' }, /^Input "report-file" \("\/etc\/passwd"\) resolves to "\/etc\/passwd", outside/],
    ['report-file through a dangling link', { reportFile: 'dangling.json' }, /^Input "report-file" \("dangling\.json"\) is a symbolic link whose target does not exist/],
    ['report-file that is a folder', { reportFile: 'reports' }, /^Input "report-file" \("reports"\) is a folder; give a file path/],
    ['sarif-file through a committed link to a file outside', { sarifFile: 'report.json' }, /^Input "sarif-file" \("report\.json"\) resolves to ".*target\.txt", outside ".*"; give a file path inside the workspace\.$/],
    ['sarif-file up and out with ../', { sarifFile: '../x.sarif' }, /^Input "sarif-file" \("\.\.\/x\.sarif"\) resolves to .*, outside/],
    ['sarif-file that is a folder', { sarifFile: 'reports' }, /^Input "sarif-file" \("reports"\) is a folder; give a file path such as "mlops-ci-check\.sarif"\.$/],
    ['badge-file under a committed link to a folder outside', { badgeFile: 'linked-out/b.svg' }, /^Input "badge-file" \("linked-out\/b\.svg"\) resolves to .*, outside/],
    ['badge-file as an absolute path elsewhere', { badgeFile: '/etc/passwd' }, /^Input "badge-file" \("\/etc\/passwd"\) resolves to "\/etc\/passwd", outside/],
    ['badge-file that is a folder', { badgeFile: 'reports' }, /^Input "badge-file" \("reports"\) is a folder; give a file path such as "mlops-badge\.svg"\.$/],
    // A file that exists (a missing one is the analysis's finding), whatever the depth of the temporary folder.
    ['config-file up and out with ../', { configFile: path.relative(ws, path.join(out, 'c.yml')), configFileExplicit: true }, /^Input "config-file" \("(\.\.\/)+[^"]+\/c\.yml"\) resolves to .*c\.yml", outside/],
    ['config-file through a committed link', { configFile: 'config.yml', configFileExplicit: true }, /^Input "config-file" \("config\.yml"\) resolves to ".*c\.yml", outside/],
    ['config-file that is a folder', { configFile: 'src', configFileExplicit: true }, /^Input "config-file" \("src"\) is a folder/],
    ['path that is a file', { path: 'README.md' }, /^Input "path" \("README\.md"\) is a file, not a folder; give a folder inside the workspace\.$/],
    ['path that does not exist', { path: 'nope' }, /^Input "path" \("nope"\) does not exist; give a folder inside the workspace\.$/],
    ['path out of the workspace', { path: '..' }, /^Input "path" \("\.\."\) resolves to .*, outside/],
    ['path through a link out', { path: 'linked-out' }, /^Input "path" \("linked-out"\) resolves to .*, outside/],
  ])('%s', (_name, inputs, message) => {
    expect(refusal(inputs, ws)).toMatch(message);
    expect(fs.readFileSync(path.join(out, 'target.txt'), 'utf8')).toBe('keep me\n');
  });

  test('a workspace that is not a folder', () => {
    expect(refusal({}, path.join(ws, 'README.md'))).toMatch(/^The workspace GITHUB_WORKSPACE \(".*README\.md"\) is a file, not a folder/);
  });

  test('inside paths pass, with their real paths', () => {
    const ok = checkInputPaths({ ...base, path: 'src', reportFile: 'out/new/report.json', sarifFile: 'out/x.sarif', badgeFile: 'badge.svg', configFile: 'README.md', configFileExplicit: true }, ws);
    expect(ok.root).toBe(fs.realpathSync(path.join(ws, 'src')));
    expect(ok.reportFile).toBe(path.join(fs.realpathSync(ws), 'out/new/report.json'));
    expect(ok.sarifFile).toBe(path.join(fs.realpathSync(ws), 'out/x.sarif'));
    expect(ok.badgeFile).toBe(path.join(fs.realpathSync(ws), 'badge.svg'));
  });
});

describe('the guarded door itself', () => {
  test('a write never follows a link in its folder chain, nor creates through one', () => {
    const out = outsideDir();
    const ws = buildRepo({}, (root) => symlink(out, path.join(root, 'dir')));
    const real = fs.realpathSync(ws);
    const got = writeInside(real, real, path.join(real, 'dir/x.json'), '{}');
    expect(got.ok).toBe(false);
    expect(fs.existsSync(path.join(out, 'x.json'))).toBe(false);
  });

  test('a write onto a FIFO is refused without blocking', () => {
    const ws = buildRepo({}, (root) => mkfifo(path.join(root, 'pipe')));
    const real = fs.realpathSync(ws);
    const got = writeInside(real, real, 'pipe', '{}');
    expect(got).toEqual({ ok: false, code: 'special', reason: 'is a FIFO (named pipe), not a regular file' });
  });

  test('a read of a FIFO, a folder or a file over the limit is refused before it is opened', () => {
    const ws = buildRepo({ 'big.txt': 'x'.repeat(100), 'd/a.txt': 'a' }, (root) => mkfifo(path.join(root, 'pipe')));
    const real = fs.realpathSync(ws);
    expect(readInside(real, real, 'pipe', 1000)).toMatchObject({ ok: false, code: 'special' });
    expect(readInside(real, real, 'd', 1000)).toMatchObject({ ok: false, code: 'not-a-file' });
    expect(readInside(real, real, 'big.txt', 10)).toMatchObject({ ok: false, code: 'too-big', reason: 'is 100 B, over the 10 B the tool reads' });
    expect(readInside(real, real, 'd/a.txt', 10)).toMatchObject({ ok: true });
  });
});

describe('the CLI: the path given is the boundary', () => {
  const run = async (argv: string[], cwd: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env: {}, cwd });
    return { code, out: out.join(''), err: err.join('') };
  };

  test('--config out of the repository is a usage error naming it, in one line', async () => {
    const out = outsideDir({ 'c.yml': 'min-score: 100\n' });
    const repo = buildRepo({ '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' });
    const r = await run([repo, '--config', path.join(out, 'c.yml')], repo);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^mlops-ci-check: The --config file \(".*c\.yml"\) resolves to .*, outside .*\n$/);
  });

  test('--format markdown prints no raw control, bidi or zero-width character from the repository', async () => {
    const repo = buildRepo({ '.github/workflows/ci.yml': `name: "a\\e]8;;http://x\\abidi\\u202Ezw\\u200B"\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n` });
    const r = await run([repo, '--format', 'markdown'], repo);
    expect(r.out).toContain('a&lt;U+001B&gt;\\]8;;http://x&lt;U+0007&gt;bidi&lt;U+202E&gt;zw&lt;U+200B&gt;');
    // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(r.out)).toBe(false);
  });
});
