import * as path from 'node:path';
import { runCli, type CliIo } from '../src/cli-run.js';
import { execFileSync } from 'node:child_process';
import { startEarlyGit } from '../src/cli-early.js';
import { EarlyListing, IGNORED_ARGS, LISTED_ARGS } from '../src/parse/git-listing.js';
import { makeRepo, workflow } from './helpers/repo.js';

function io(cwd: string, isTTY = false, env: Record<string, string> = {}, columns?: number) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, env, cwd, ...(columns ? { columns } : {}) };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

const REPO = {
  '.github/workflows/ci.yml': workflow('[push, pull_request]', '      - uses: actions/checkout@v5\n      - run: ruff check .\n      - run: pytest -q\n'),
  'tests/test_app.py': 'def test_ok():\n    assert 1 + 1 == 2\n',
  'pyproject.toml': '[project]\nname = "app"\nversion = "1.0"\n',
};

describe('runCli', () => {
  it('prints the text report and exits 0 when no threshold is set', async () => {
    const root = makeRepo(REPO);
    const t = io(root);
    expect(await runCli(['.'], t.value)).toBe(0);
    expect(t.out()).toMatch(/^mlops-ci-check \d+\.\d+\.\d+ · \.\nScore \d+\/100/);
    expect(t.out()).toContain('unit-tests');
    expect(t.out()).not.toContain('\u001b[');
  });

  it('colours only on a terminal, and NO_COLOR wins', async () => {
    const root = makeRepo(REPO);
    const tty = io(root, true);
    await runCli([], tty.value);
    expect(tty.out()).toContain('\u001b[');
    const noColor = io(root, true, { NO_COLOR: '1' });
    await runCli([], noColor.value);
    expect(noColor.out()).not.toContain('\u001b[');
  });

  it('prints the JSON report and exits 1 below --min-score, naming the gap on stderr', async () => {
    const root = makeRepo(REPO);
    const t = io(root);
    expect(await runCli(['--format', 'json', '--min-score', '90'], t.value)).toBe(1);
    const report = JSON.parse(t.out()) as { score: number; gate: { passed: boolean; minScore: number }; items: { id: string; verdict: string }[] };
    expect(report.gate).toMatchObject({ passed: false, minScore: 90 });
    // The items named are open ones, and automating them reaches the threshold.
    const m = new RegExp(`^mlops-ci-check: score ${report.score} < 90: automating ([a-z, -]+) would reach (\\d+)\\.\n$`).exec(t.err());
    expect(m).not.toBeNull();
    expect(Number(m![2])).toBeGreaterThanOrEqual(90);
    const open = report.items.filter((i) => i.verdict === 'absent' || i.verdict === 'present').map((i) => i.id);
    expect(m![1]!.split(', ').every((id) => open.includes(id))).toBe(true);
  });

  it('prints the markdown summary with the band icon (no gate set), without links outside Actions', async () => {
    const t = io(makeRepo(REPO));
    expect(await runCli(['--format=markdown'], t.value)).toBe(0);
    expect(t.out()).toMatch(/^## [🟢🟠🔴] MLOps CI check: \d+\/100/u);
    expect(t.out()).not.toContain('](https://');
  });

  it('links every place in --format markdown when the GitHub variables are set', async () => {
    const t = io(makeRepo(REPO), false, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc123' });
    expect(await runCli(['--format=markdown'], t.value)).toBe(0);
    expect(t.out()).toMatch(/\[\.github\/workflows\/ci\.yml:\d+\]\(https:\/\/github\.com\/acme\/app\/blob\/abc123\/\.github\/workflows\/ci\.yml#L\d+\)/);
  });

  it('prints SARIF 2.1.0 with --format sarif', async () => {
    const t = io(makeRepo(REPO));
    expect(await runCli(['--format', 'sarif'], t.value)).toBe(0);
    const log = JSON.parse(t.out()) as { version: string; runs: { tool: { driver: { name: string } } }[] };
    expect([log.version, log.runs[0]!.tool.driver.name]).toEqual(['2.1.0', 'mlops-ci-check']);
  });

  it('exits 2 with one line when the --config file does not exist', async () => {
    const t = io(makeRepo(REPO));
    expect(await runCli(['--config', 'nope.yml'], t.value)).toBe(2);
    expect(t.err()).toBe('mlops-ci-check: the config file "nope.yml" does not exist (--config is relative to the analysed path ".").\n');
    expect(t.out()).toBe('');
  });

  it('prints the verdict line first and last, the profile in one line unless --verbose, and wraps to the terminal width', async () => {
    const root = makeRepo(REPO);
    const t = io(root, false, {}, 80);
    expect(await runCli([], t.value)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[1]).toMatch(/^Score \d+\/100 · level \d/);
    expect(lines.at(-1)).toBe(lines[1]);
    expect(lines.every((l) => [...l].length <= 80 || !l.includes(' '))).toBe(true);
    expect(lines.filter((l) => l.startsWith('  - '))).toEqual([]);
    const verbose = io(root);
    await runCli(['--verbose'], verbose.value);
    expect(verbose.out().split('\n').filter((l) => l.startsWith('  - ')).length).toBeGreaterThan(0);
  });

  it.each([
    [['--format', 'xml'], 'mlops-ci-check: --format takes text, json, markdown or sarif, got "xml".\n'],
    [['no/such/folder'], 'mlops-ci-check: "no/such/folder" is not a folder; give the path of a repository checkout.\n'],
  ])('exits 2 with a one-line message on %j', async (argv, message) => {
    const t = io(makeRepo(REPO));
    expect(await runCli(argv, t.value)).toBe(2);
    expect(t.err()).toBe(message);
    expect(t.out()).toBe('');
  });

  it('takes the git answers the entry started early only for the folder they ran in', async () => {
    const root = makeRepo(REPO);
    // A made-up listing and commit, to see whether the run used them.
    const early = (at: string) => ({
      root: at,
      listing: Promise.resolve(new EarlyListing(at, new Map([[LISTED_ARGS, 'H 100644 0000000000000000000000000000000000000000 0\tpyproject.toml\0']]))),
      head: Promise.resolve({ ok: true, stdout: Buffer.from('c0ffee\n'), error: '' }),
      stop: () => undefined,
    });
    const used = io(root);
    await runCli(['--format', 'json'], used.value, early(root));
    // The commit is taken (this folder has no .git, so its listing is not asked for: the next test covers it).
    expect(JSON.parse(used.out())).toMatchObject({ commit: { sha: 'c0ffee' } });
    const other = io(root);
    await runCli(['--format', 'json'], other.value, early(path.join(root, 'elsewhere')));
    expect(JSON.parse(other.out()).commit).toBeUndefined();
  });

  it('reports the same on a git checkout with the early answers as without, and takes both listing outputs', async () => {
    const root = makeRepo({ ...REPO, '.gitignore': 'cache/\n', 'cache/big.py': 'import torch\n', 'scratch.py': 'import sklearn\n' });
    for (const args of [['init', '-q'], ['add', '.github', 'tests', 'pyproject.toml', '.gitignore'], ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init']]) execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    const plain = io(root);
    await runCli(['--format', 'json'], plain.value);
    const started = startEarlyGit(['.', '--format', 'json'], root)!;
    const listing = await started.listing!;
    const early = io(root);
    await runCli(['--format', 'json'], early.value, { ...started, listing: Promise.resolve(listing) });
    started.stop();
    expect(early.out()).toBe(plain.out());
    expect(JSON.parse(early.out()).commit.sha).toMatch(/^[0-9a-f]{40}$/);
    // Both outputs were handed out to the run (each is handed out once).
    expect(listing.take(root, LISTED_ARGS)).toBeUndefined();
    expect(listing.take(root, IGNORED_ARGS)).toBeUndefined();
  });

  it('with --history, starts the log early and reads the history from it: the same report, the log taken', async () => {
    const root = makeRepo(REPO);
    for (const args of [['init', '-q'], ['add', '.'], ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init']]) execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    const plain = io(root);
    await runCli(['--format', 'json', '--history'], plain.value);
    expect(JSON.parse(plain.out()).history.status).toBe('available');
    expect(startEarlyGit(['.', '--format', 'json'], root)!.log).toBeUndefined();
    const started = startEarlyGit(['.', '--format', 'json', '--history'], root)!;
    const early = io(root);
    await runCli(['--format', 'json', '--history'], early.value, started);
    // Taken by the run (each log is handed out once; one not taken would answer here).
    expect(await started.log!.take(root)).toBeUndefined();
    started.stop();
    expect(early.out()).toBe(plain.out());
  });

  it('prints help and version', async () => {
    const h = io(makeRepo(REPO));
    expect(await runCli(['--help'], h.value)).toBe(0);
    expect(h.out()).toContain('Usage: mlops-ci-check [path] [options]');
    const v = io(makeRepo(REPO));
    expect(await runCli(['-v'], v.value)).toBe(0);
    expect(v.out()).toMatch(/^mlops-ci-check \d+\.\d+\.\d+\n$/);
  });
});
