import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { runCli, type CliIo } from '../../src/cli-run.js';
import { makeGitRepo } from '../helpers/git-history.js';
import { jest } from '@jest/globals';

// Git, the chart library and child processes are slow on a shared machine: a generous limit, not a measure.
jest.setTimeout(60_000);

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.resolve(here, '../../schema/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const CI = 'name: ci\non: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest\n';

function io(cwd: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const value: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, env, cwd };
  return { value, out: () => out, err: () => err };
}

describe('the CLI with --history and --github', () => {
  const repo = makeGitRepo([
    { date: '2023-01-10T08:00:00Z', email: 'a@example.com', files: { '.github/workflows/ci.yml': CI, 'tests/test_a.py': 'def test_a():\n    pass\n', 'app.py': '1\n' } },
    { date: '2024-04-02T08:00:00Z', email: 'b@example.com', files: { 'app.py': '2\n' } },
  ]);

  it('adds a history section to the JSON report that the schema accepts, and a skipped GitHub section without a token', async () => {
    const t = io(repo);
    expect(await runCli(['.', '--history', '--github', '--github-repo', 'acme/app', '--format', 'json'], t.value)).toBe(0);
    const report = JSON.parse(t.out()) as Record<string, unknown> & { history: { repository: { commits: number } }; github: unknown };
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.history.repository.commits).toBe(2);
    expect(report.github).toEqual({ status: 'skipped', reason: 'no-token', message: 'GitHub figures skipped: no token (set GITHUB_TOKEN or GH_TOKEN, or give the action its github-token).', repository: 'acme/app' });
  });

  it('puts the history in the markdown summary and the terminal report', async () => {
    const md = io(repo);
    await runCli(['.', '--history', '--format', 'markdown'], md.value);
    expect(md.out()).toContain('### CI history\n\nFirst commit on 10 January 2023 (1 year before 2 April 2024); 2 commits by 2 authors (counted by e-mail).');
    expect(md.out()).toContain('| <code>.github/workflows/ci.yml</code> | 10 January 2023 | 10 January 2023 | 1 |');
    const text = io(repo);
    await runCli(['.', '--history', '--no-color'], text.value);
    expect(text.out()).toContain('  .github/workflows/ci.yml: created 10 January 2023, last changed 10 January 2023, 1 commit');
    expect(text.out()).toContain('.github/workflows/ci.yml:7:15: notice: "actions/checkout@v4" runs on Node 20');
  });

  it('refuses --authors without --history', async () => {
    const t = io(repo);
    expect(await runCli(['.', '--authors'], t.value)).toBe(2);
    expect(t.err()).toBe('mlops-ci-check: --authors lists the authors of the history: add --history.\n');
  });
});
