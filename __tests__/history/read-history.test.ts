import * as fs from 'node:fs';
import * as path from 'node:path';
import { runEngine } from '../../src/engine.js';
import { addHistory } from '../../src/history/attach.js';
import { logFitsEarly, startHistoryLog, type EarlyLog } from '../../src/history/early-log.js';
import { replayLines } from '../../src/history/git.js';
import type { Report } from '../../src/model/report.js';
import { git, makeGitRepo, shallowClone, tempDir, type TestCommit } from '../helpers/git-history.js';
import { jest } from '@jest/globals';

// Git, the chart library and child processes are slow on a shared machine: a generous limit, not a measure.
jest.setTimeout(60_000);

const CI = `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - run: pytest tests
`;
const CODEQL = `name: codeql
on:
  schedule:
    - cron: '0 3 * * 1'
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: github/codeql-action/init@v2
`;
const TEST = 'def test_app():\n    assert True\n';

/** Seven commits over two and a half years; Bob's old e-mail is mapped to his new one. */
const HISTORY: TestCommit[] = [
  { date: '2020-01-15T10:00:00Z', email: 'alice@example.com', files: { 'README.md': '# app\n', 'src/app.py': 'x = 1\n', '.github/workflows/ci.yml': CI, 'tests/test_app.py': TEST, '.mailmap': 'Bob <bob@example.com> <bob@old.example>\n' } },
  { date: '2020-03-01T10:00:00Z', email: 'bob@old.example', files: { 'src/app.py': 'x = 2\n', 'tests/test_app.py': `${TEST}\n` } },
  { date: '2020-06-01T10:00:00Z', email: 'bob@example.com', files: { '.github/workflows/codeql.yml': CODEQL } },
  { date: '2021-02-01T10:00:00Z', email: 'alice@example.com', files: { 'src/app.py': 'x = 3\n', '.github/workflows/ci.yml': `${CI}# tuned\n` } },
  { date: '2022-05-10T10:00:00Z', email: 'carol@example.com', files: { 'src/model.py': 'm = 1\n' } },
  { date: '2022-06-20T10:00:00Z', email: 'carol@example.com', files: { 'docs/index.md': '# docs\n' } },
  { date: '2022-07-01T10:00:00Z', email: 'bob@old.example', files: { 'src/model.py': 'm = 2\n' } },
];

async function analyse(root: string, authors = false): Promise<Report> {
  const engine = runEngine(root);
  return addHistory(engine.report, engine.analysis, root, { authors });
}

function months(entries: Record<string, number>): { month: string; commits: number }[] {
  // The 24 months that end with July 2022.
  const out: { month: string; commits: number }[] = [];
  for (let i = 0; i < 24; i++) {
    const y = 2020 + Math.floor((7 + i) / 12);
    const m = ((7 + i) % 12) + 1;
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, commits: entries[key] ?? 0 });
  }
  return out;
}

describe('readHistory on a built repository', () => {
  let report: Report;
  beforeAll(async () => {
    report = await analyse(makeGitRepo(HISTORY));
  });

  it('dates the repository from its first to its last commit and counts authors through .mailmap', () => {
    const h = report.history!;
    expect(h.status).toBe('available');
    expect(h.asOf).toBe('2022-07-01T10:00:00Z');
    expect(h.repository).toEqual({
      firstCommit: { hash: expect.stringMatching(/^[0-9a-f]{40}$/), date: '2020-01-15T10:00:00Z' },
      lastCommit: { hash: expect.stringMatching(/^[0-9a-f]{40}$/), date: '2022-07-01T10:00:00Z' },
      commits: 7,
      ageDays: 898,
      authors: 3,
    });
  });

  it('counts the CI, the tests and the code apart, documentation left out, without e-mails unless asked', () => {
    const h = report.history!;
    expect(h.ci).toEqual({ paths: ['.github/workflows/'], commits: 3, authors: 2, firstChange: '2020-01-15T10:00:00Z', lastChange: '2021-02-01T10:00:00Z', perMonth: months({ '2021-02': 1 }) });
    expect(h.tests).toEqual({ paths: ['tests/'], commits: 2, authors: 2, firstChange: '2020-01-15T10:00:00Z', lastChange: '2020-03-01T10:00:00Z', perMonth: months({}) });
    expect(h.code).toMatchObject({ commits: 5, authors: 3, firstChange: '2020-01-15T10:00:00Z', lastChange: '2022-07-01T10:00:00Z', perMonth: months({ '2021-02': 1, '2022-05': 1, '2022-07': 1 }) });
    expect(JSON.stringify(h)).not.toContain('@');
  });

  it('dates each workflow file', () => {
    expect(report.history!.workflows).toEqual([
      { file: '.github/workflows/ci.yml', created: '2020-01-15T10:00:00Z', lastChanged: '2021-02-01T10:00:00Z', commits: 2 },
      { file: '.github/workflows/codeql.yml', created: '2020-06-01T10:00:00Z', lastChanged: '2020-06-01T10:00:00Z', commits: 1 },
    ]);
  });

  it('reports the workflow untouched since its creation, the tests left behind, and retired action majors at their uses: line', () => {
    const mine = report.findings.filter((f) => f.check === 'ci-history' || f.check === 'action-runtime').map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.check}]`);
    expect(mine).toEqual([
      '.github/workflows/ci.yml:7:15: warning: "actions/checkout@v2" runs on Node 12, which GitHub retired from its runners in 2023. Move to "actions/checkout@v5" (read its release notes for changed inputs). [action-runtime]',
      '.github/workflows/codeql.yml:10:15: warning: "github/codeql-action/init@v2" runs on Node 16, which GitHub retired from its runners on 3 June 2024, and was deprecated by GitHub on 10 January 2025. Move to "github/codeql-action/init@v4" (read its release notes for changed inputs). [action-runtime]',
      'tests/test_app.py:1:1: warning: The tests (tests/) have not changed since 1 March 2020, while the code changed in 3 commits after that (bots left out), the last on 1 July 2022 (2 years later). Tests that do not move with the code cover less of it each month: add tests for what changed. [ci-history]',
      '.github/workflows/ci.yml:1:1: notice: Workflow ".github/workflows/ci.yml" has not changed since 1 February 2021 (2 commits since its creation on 15 January 2020), while the code kept changing: 2 commits to the code since (bots left out), the last on 1 July 2022 (1 year later). Check that it still runs what the project needs (action versions, tool versions, the paths and branches it names). [ci-history]',
      '.github/workflows/codeql.yml:1:1: notice: Workflow ".github/workflows/codeql.yml" has not changed since it was created on 1 June 2020, while the code kept changing: 3 commits to the code since (bots left out), the last on 1 July 2022 (2 years later). Check that it still runs what the project needs (action versions, tool versions, the paths and branches it names). [ci-history]',
    ]);
  });

  it('lists the authors by e-mail, mapped, only with the authors option', async () => {
    const withAuthors = await analyse(makeGitRepo(HISTORY), true);
    expect(withAuthors.history!.ci!.authorEmails).toEqual(['alice@example.com', 'bob@example.com']);
    expect(withAuthors.history!.code!.authorEmails).toEqual(['alice@example.com', 'bob@example.com', 'carol@example.com']);
  });
});

describe('readHistory without a usable history', () => {
  it('says a shallow clone lacks the history and how to fetch it, and still reports retired actions', async () => {
    const report = await analyse(shallowClone(makeGitRepo(HISTORY)));
    expect(report.history).toEqual({
      status: 'unavailable',
      reason: 'shallow',
      message: 'History not read: the clone is shallow, so the first commit and most changes are missing; check out with the full history (actions/checkout with `fetch-depth: 0`) or run `git fetch --unshallow`.',
      asOf: expect.any(String),
    });
    expect(report.findings.filter((f) => f.check === 'action-runtime').map((f) => `${f.file}:${f.line}`)).toEqual(['.github/workflows/ci.yml:7', '.github/workflows/codeql.yml:10']);
    expect(report.findings.some((f) => f.check === 'ci-history')).toBe(false);
  });

  it('says a folder outside any repository has no history', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'app.py'), 'x = 1\n');
    const report = await analyse(dir);
    expect(report.history).toMatchObject({ status: 'unavailable', reason: 'not-a-repository' });
    expect(report.history!.message).toContain('fetch-depth: 0');
  });

  it('says a repository without commits has no history', async () => {
    const dir = tempDir();
    git(dir, ['init', '-q']);
    fs.writeFileSync(path.join(dir, 'app.py'), 'x = 1\n');
    const report = await analyse(dir);
    expect(report.history).toMatchObject({ status: 'unavailable', reason: 'no-commits', message: 'History not read: the repository has no commits yet.' });
  });

  it('does not count bots\' commits as the code changing', async () => {
    const root = makeGitRepo([
      { date: '2020-01-01T00:00:00Z', email: 'a@example.com', files: { '.github/workflows/ci.yml': CI, 'tests/test_app.py': TEST, 'src/app.py': '1\n' } },
      { date: '2022-06-01T00:00:00Z', email: '49699333+dependabot[bot]@users.noreply.github.com', files: { 'requirements.txt': 'numpy==2.0\n' } },
      { date: '2023-06-01T00:00:00Z', email: '49699333+dependabot[bot]@users.noreply.github.com', files: { 'requirements.txt': 'numpy==2.1\n' } },
    ]);
    const report = await analyse(root);
    expect(report.history!.code).toMatchObject({ commits: 3, authors: 2 });
    expect(report.findings.filter((f) => f.check === 'ci-history')).toEqual([]);
  });

  it('reads only the analysed subfolder of a repository, with paths relative to it', async () => {
    const root = makeGitRepo([
      { date: '2021-01-01T00:00:00Z', email: 'a@example.com', files: { 'svc/.github/workflows/ci.yml': CI, 'svc/tests/test_a.py': TEST, 'other/x.py': '1\n' } },
      { date: '2021-02-01T00:00:00Z', email: 'b@example.com', files: { 'other/x.py': '2\n' } },
      { date: '2021-03-01T00:00:00Z', email: 'c@example.com', files: { 'svc/main.py': '1\n' } },
    ]);
    const report = await analyse(path.join(root, 'svc'));
    expect(report.history!.repository).toMatchObject({ commits: 2, authors: 2 });
    expect(report.history!.workflows).toEqual([{ file: '.github/workflows/ci.yml', created: '2021-01-01T00:00:00Z', lastChanged: '2021-01-01T00:00:00Z', commits: 1 }]);
    expect(report.history!.tests).toMatchObject({ paths: ['tests/'], commits: 1 });
  });
});

describe('the log started before the analysis (the CLI starts it with --history)', () => {
  const withLog = async (root: string, earlyLog?: EarlyLog): Promise<Report> => {
    const engine = runEngine(root);
    return addHistory(engine.report, engine.analysis, root, earlyLog ? { earlyLog } : {});
  };

  it('gives the same history as the log run after the analysis, and is taken once, only for its folder', async () => {
    const root = makeGitRepo(HISTORY);
    const tmp = tempDir('mlops-ci-check-tmp-');
    const early = startHistoryLog(root, undefined, tmp)!;
    // Its files are removed as soon as they are open: nothing is on disk while git writes, nor if the process is killed.
    expect(fs.readdirSync(tmp)).toEqual([]);
    const plain = await withLog(root);
    expect(plain.history?.status).toBe('available');
    expect(await withLog(root, early)).toEqual(plain);
    expect(await early.take(root)).toBeUndefined();
    const other = startHistoryLog(root)!;
    expect(await other.take(`${root}/`)).toBeUndefined();
    const taken = (await other.take(root))!;
    const seen: string[] = [];
    expect(await replayLines(taken.fd, (l) => seen.push(l))).toBe(true);
    taken.release();
    expect(seen).toContain('.github/workflows/codeql.yml');
  });

  it('is not used for a subfolder (its log is relative to it), nor when git failed or was stopped: git runs as before', async () => {
    const root = makeGitRepo(HISTORY);
    const sub = path.join(root, 'src');
    const plainSub = await withLog(sub);
    const early = startHistoryLog(root)!;
    expect(await withLog(sub, { root: sub, take: () => early.take(root) })).toEqual(plainSub);
    // A .git folder git does not take for a repository: the log fails.
    const notRepo = tempDir();
    fs.mkdirSync(path.join(notRepo, '.git'));
    const failed = startHistoryLog(notRepo)!;
    expect(await failed.take(notRepo)).toBeUndefined();
    const stop = new AbortController();
    const stopped = startHistoryLog(root, stop.signal)!;
    stop.abort();
    expect(await stopped.take(root)).toBeUndefined();
    expect(await withLog(root, startHistoryLog(root, stop.signal))).toEqual(await withLog(root));
  });

  it('is asked for only after the checks: a shallow clone still says so, and is not logged early at all', async () => {
    const shallow = shallowClone(makeGitRepo(HISTORY));
    const asked: string[] = [];
    const spy: EarlyLog = {
      root: shallow,
      take: async (at) => {
        asked.push(at);
        return undefined;
      },
    };
    expect((await withLog(shallow, spy)).history).toMatchObject({ status: 'unavailable', reason: 'shallow' });
    expect(asked).toEqual([]);
    expect(logFitsEarly(shallow)).toBe(false);
    expect(startHistoryLog(shallow)).toBeUndefined();
  });

  it('is started only for a repository of its own folder whose history is not too large', () => {
    const root = makeGitRepo(HISTORY);
    expect(logFitsEarly(root)).toBe(true);
    git(root, ['repack', '-q', '-a', '-d']);
    expect(logFitsEarly(root)).toBe(true);
    // Over the bound of pack index bytes: read after the analysis, streamed.
    expect(logFitsEarly(root, 64)).toBe(false);
    // A worktree's or submodule's .git is a file pointing elsewhere.
    const pointer = tempDir();
    fs.writeFileSync(path.join(pointer, '.git'), `gitdir: ${path.join(root, '.git')}\n`);
    expect(logFitsEarly(pointer)).toBe(false);
    expect(logFitsEarly(tempDir())).toBe(false);
  });

  it('lets go of its files when stopped without being taken, and hands nothing out then', async () => {
    const root = makeGitRepo(HISTORY);
    const openLogFiles = (): number => fs.readdirSync('/proc/self/fd').filter((fd) => { try { return fs.readlinkSync(`/proc/self/fd/${fd}`).includes('mlops-ci-check-log-'); } catch { return false; } }).length;
    const before = openLogFiles();
    const stop = new AbortController();
    const early = startHistoryLog(root, stop.signal)!;
    expect(openLogFiles()).toBe(before + 1);
    // git ends; the history never asks (a refused clone, a subfolder): the run's end stops it.
    await new Promise((r) => setTimeout(r, 300));
    stop.abort();
    expect(openLogFiles()).toBe(before);
    expect(await early.take(root)).toBeUndefined();
  });

  it('reads a log back line by line as the pipe was read, and reports a file it cannot read instead of throwing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log');
    fs.writeFileSync(file, 'a\r\nb\nc\n\nd');
    const fd = fs.openSync(file, 'r');
    // The offset at the end, as git's writes leave it.
    fs.readSync(fd, Buffer.alloc(16));
    const seen: string[] = [];
    expect(await replayLines(fd, (l) => seen.push(l))).toBe(true);
    expect(seen).toEqual(['a', 'b', 'c', '', 'd']);
    fs.closeSync(fd);
    const folder = fs.openSync(dir, 'r');
    expect(await replayLines(folder, (l) => seen.push(l))).toBe(false);
    fs.closeSync(folder);
  });

  it('runs git after the analysis when the early log cannot be read back, and lets go of it', async () => {
    const root = makeGitRepo(HISTORY);
    // A descriptor that cannot be read as a file (a folder's): the log is run again after the analysis.
    const folder = fs.openSync(tempDir(), 'r');
    let released = 0;
    const broken: EarlyLog = { root, take: async () => ({ fd: folder, release: () => released++ }) };
    expect(await withLog(root, broken)).toEqual(await withLog(root));
    expect(released).toBe(1);
    fs.closeSync(folder);
  });
});
