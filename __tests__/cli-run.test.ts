import { runCli, type CliIo } from '../src/cli-run.js';
import { makeRepo, workflow } from './helpers/repo.js';

function io(cwd: string, isTTY = false, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, env, cwd };
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
    expect(await runCli(['--format', 'json', '--min-score', '100'], t.value)).toBe(1);
    const report = JSON.parse(t.out()) as { score: number; gate: { passed: boolean; minScore: number } };
    expect(report.gate).toMatchObject({ passed: false, minScore: 100 });
    expect(t.err()).toMatch(new RegExp(`^mlops-ci-check: score ${report.score} < 100: missing `));
  });

  it('prints the markdown summary', async () => {
    const t = io(makeRepo(REPO));
    expect(await runCli(['--format=markdown'], t.value)).toBe(0);
    expect(t.out()).toMatch(/^## ✅ MLOps CI check: \d+\/100/);
  });

  it.each([
    [['--format', 'xml'], 'mlops-ci-check: --format takes text, json or markdown, got "xml".\n'],
    [['no/such/folder'], 'mlops-ci-check: "no/such/folder" is not a folder; give the path of a repository checkout.\n'],
  ])('exits 2 with a one-line message on %j', async (argv, message) => {
    const t = io(makeRepo(REPO));
    expect(await runCli(argv, t.value)).toBe(2);
    expect(t.err()).toBe(message);
    expect(t.out()).toBe('');
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
