/**
 * What the analysis lists: generated and run-output folders are left out by default (and
 * said), .gitignore is honoured (git's own list when `.git` is there, the `ignore` library
 * otherwise), and nothing tracked is lost.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { HEAD_ARGS, startEarlyGit } from '../../src/cli-early.js';
import { gitText, textOf } from '../../src/git/run.js';
import { EarlyListing, IGNORED_ARGS, LISTED_ARGS, runListingGit, startListing } from '../../src/parse/git-listing.js';
import { indexRepository, type RepoOptions } from '../../src/parse/repo.js';
import { makeRepo } from '../helpers/repo.js';

const FILES = {
  'src/train.py': 'import torch\n',
  'build/lib/pkg/train.py': 'import torch\n',
  'web/.next/static/chunk.js': 'x\n',
  'mlruns/0/meta.yaml': 'a: 1\n',
  'envs/py312/pyvenv.cfg': 'home = /usr\n',
  'envs/py312/lib/mod.py': 'x = 1\n',
  'tools/dist.py': 'x = 1\n',
};

function listed(root: string, options: RepoOptions = {}): { files: readonly string[]; notices: string[] } {
  const repo = indexRepository(root, options);
  return { files: repo.files, notices: repo.findings.filter((f) => f.severity === 'notice').map((f) => f.message) };
}

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'ignore' });
}

describe('generated and run-output folders', () => {
  it('are left out by default at any depth, virtualenvs by their pyvenv.cfg, and one notice names them; build/ is read (projects keep sources there)', () => {
    const { files, notices } = listed(makeRepo(FILES));
    expect(files).toEqual(['build/lib/pkg/train.py', 'src/train.py', 'tools/dist.py']);
    expect(notices).toEqual(['Left out as generated files or run output: "envs/py312/", "mlruns/", "web/.next/". To read them, set the "skip-generated" input to false (CLI: --read-generated).']);
  });

  it('are read when skipGenerated is false, with no notice', () => {
    const { files, notices } = listed(makeRepo(FILES), { skipGenerated: false });
    expect(files).toEqual(['build/lib/pkg/train.py', 'envs/py312/lib/mod.py', 'envs/py312/pyvenv.cfg', 'mlruns/0/meta.yaml', 'src/train.py', 'tools/dist.py', 'web/.next/static/chunk.js']);
    expect(notices).toEqual([]);
  });
});

describe('.gitignore without git (the walk)', () => {
  it('honours the root and nested .gitignore files, and says what they left out', () => {
    const root = makeRepo({ '.gitignore': '*.log\nout/\n', 'a.py': '', 'run.log': '', 'out/x.py': '', 'pkg/.gitignore': 'secret.py\n', 'pkg/secret.py': '', 'pkg/ok.py': '' });
    const { files, notices } = listed(root);
    expect(files).toEqual(['.gitignore', 'a.py', 'pkg/.gitignore', 'pkg/ok.py']);
    expect(notices).toEqual(['Left out as excluded by .gitignore: "out/", "pkg/secret.py", "run.log". Files git does not track or see are not part of the checkout CI runs on.']);
  });
});

describe('the list from git when .git is there', () => {
  it('keeps tracked files (even ignored ones), untracked files git sees, and drops ignored, deleted and skipped ones', () => {
    const root = makeRepo({ '.gitignore': 'cache/\n*.tmp\nforced.py\n', 'a.py': '', 'gone.py': '', 'docs/x.md': '', 'cache/big.py': '', 'new.py': '', 'scratch.tmp': '', 'dist/index.js': '', 'node_modules/p/i.js': '' });
    git(root, 'init', '-q');
    git(root, 'add', 'a.py', 'gone.py', 'docs/x.md', '.gitignore', 'dist/index.js');
    fs.writeFileSync(path.join(root, 'forced.py'), '');
    git(root, 'add', '-f', 'forced.py');
    git(root, 'commit', '-qm', 'init');
    fs.rmSync(path.join(root, 'gone.py'));
    fs.symlinkSync('a.py', path.join(root, 'link.py'));
    const { files, notices } = listed(root);
    expect(files).toEqual(['.gitignore', 'a.py', 'docs/x.md', 'forced.py', 'link.py', 'new.py']);
    expect(notices).toEqual([
      'Left out as generated files or run output: "dist/". To read them, set the "skip-generated" input to false (CLI: --read-generated).',
      'Left out as excluded by .gitignore (as git ls-files applies it): "cache/", "scratch.tmp". Files git does not track or see are not part of the checkout CI runs on.',
    ]);
  });

  it('walks the tree as before when told not to use git', () => {
    const root = makeRepo({ 'a.py': '', 'b.tmp': '' });
    git(root, 'init', '-q');
    fs.writeFileSync(path.join(root, '.git', 'info', 'exclude'), '*.tmp\n');
    expect(listed(root).files).toEqual(['a.py']);
    expect(listed(root, { useGit: false }).files).toEqual(['a.py', 'b.tmp']);
  });
});

describe('the listing started early (the CLI starts git before it loads the analysis)', () => {
  function checkout(): string {
    const root = makeRepo({ '.gitignore': 'cache/\n', 'a.py': '', 'docs/x.md': '', 'cache/big.py': '', 'new.py': '' });
    git(root, 'init', '-q');
    git(root, 'add', 'a.py', 'docs/x.md', '.gitignore');
    git(root, 'commit', '-qm', 'init');
    return root;
  }

  it('hands out what the listing would have run, each output once and only for its folder, and leaves no file behind', async () => {
    const root = checkout();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-tmp-'));
    const started = startListing(root, undefined, tmp);
    // The outputs go to files removed (with their folder) as soon as they are open: git writes through the descriptors,
    // so nothing is left on disk while git runs, nor after a process killed before it read them.
    expect(fs.readdirSync(tmp)).toEqual([]);
    const early = await started;
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(early.take(`${root}/`, LISTED_ARGS)).toBeUndefined();
    const listed = early.take(root, LISTED_ARGS);
    expect(listed).toBe(runListingGit(root, LISTED_ARGS));
    expect(listed).toContain('? new.py');
    expect(early.take(root, LISTED_ARGS)).toBeUndefined();
    expect(early.take(root, IGNORED_ARGS)).toBe('cache/\0');
    fs.rmdirSync(tmp);
  });

  it('reads a listing larger than a pipe holds whole, from the removed file', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`pkg/module_with_a_rather_long_name_${i}/file_${i}.py`] = '';
    const root = makeRepo(files);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'init');
    const listed = (await startListing(root)).take(root, LISTED_ARGS);
    expect(listed!.length).toBeGreaterThan(128 * 1024);
    expect(listed).toBe(runListingGit(root, LISTED_ARGS));
    // 1,500 files written and committed: about 1 s alone, over Jest's 5 s on a machine running two suites at once.
  }, 30_000);

  it('is what the listing uses: the files come from its output, not from a second run of git', () => {
    const root = checkout();
    const fake = new EarlyListing(root, new Map([[LISTED_ARGS, 'H 100644 0000000000000000000000000000000000000000 0\ta.py\0? new.py\0']]));
    expect(listed(root, { gitListing: fake }).files).toEqual(['a.py', 'new.py']);
    // Taken once: the next listing of the folder runs git.
    expect(listed(root, { gitListing: fake }).files).toEqual(['.gitignore', 'a.py', 'docs/x.md', 'new.py']);
  });

  it('hands out nothing for a command that failed, so the listing runs it again and falls back as before', async () => {
    const root = makeRepo({ 'a.py': '', '.git/HEAD': 'not a repository\n' });
    const early = await startListing(root);
    expect(early.take(root, LISTED_ARGS)).toBeUndefined();
    expect(listed(root, { gitListing: early }).files).toEqual(['a.py']);
  });

  it('hands out nothing once stopped (a run that ended before it needed the answers), and kills git', async () => {
    const root = checkout();
    const started = startEarlyGit([root], '/')!;
    started.stop();
    expect((await started.listing)!.take(root, LISTED_ARGS)).toBeUndefined();
    expect((await started.head).ok).toBe(false);
  });

  it('is started by the CLI for a run that analyses a folder: the listing when it holds .git, its commit in any case', async () => {
    const root = checkout();
    const started = startEarlyGit([path.basename(root), '--format', 'json'], path.dirname(root));
    expect(started?.root).toBe(root);
    expect((await started?.listing)?.take(root, LISTED_ARGS)).toBe(runListingGit(root, LISTED_ARGS));
    const head = textOf(await started!.head);
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect(head).toBe(gitText(root, HEAD_ARGS));
    const sub = path.join(root, 'docs');
    const inner = startEarlyGit([sub], '/');
    expect(inner?.listing).toBeUndefined();
    expect(textOf(await inner!.head)).toBe(head);
    const plain = makeRepo({ 'a.py': '' });
    expect(textOf(await startEarlyGit([plain], '/')!.head)).toBeUndefined();
    for (const argv of [['compare', root], [root, '--help'], [root, '--version'], [root, '--no-such-option'], [path.join(root, 'a.py')]]) expect(startEarlyGit(argv, '/')).toBeUndefined();
  });
});
