/**
 * The action's early git commands (action-early.ts): which folder they run in, and that
 * `run` uses them only for the folder it resolves, with the same report as without.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import { startEarlyAction, type EarlyAction } from '../src/action-early.js';
import { run } from '../src/main.js';
import { EarlyListing, IGNORED_ARGS, LISTED_ARGS } from '../src/parse/git-listing.js';
import { makeRepo, workflow } from './helpers/repo.js';

// git and a whole run of the action per case.
jest.setTimeout(60_000);

const REPO = {
  '.github/workflows/ci.yml': workflow('[push, pull_request]', '      - uses: actions/checkout@v5\n      - run: ruff check .\n      - run: pytest -q\n'),
  'tests/test_app.py': 'def test_ok():\n    assert 1 + 1 == 2\n',
  'pyproject.toml': '[project]\nname = "app"\nversion = "1.0"\n',
  '.gitignore': 'cache/\n',
  'cache/big.py': 'import torch\n',
};

function checkout(): string {
  const root = fs.realpathSync(makeRepo(REPO));
  for (const args of [
    ['init', '-q'],
    ['add', '.'],
    ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init'],
  ])
    execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  return root;
}

describe('startEarlyAction', () => {
  it('starts the listing and the log in the folder the path input names, when it is a checkout inside the workspace', async () => {
    const root = checkout();
    const early = startEarlyAction({ GITHUB_WORKSPACE: root, INPUT_PATH: ' . ' }, '/')!;
    expect(early.root).toBe(root);
    expect((await early.listing).take(root, IGNORED_ARGS)).toBe('cache/\0');
    expect(early.log?.root).toBe(root);
    early.stop();
    // The history input off: no log. Without GITHUB_WORKSPACE, the working folder.
    const noLog = startEarlyAction({ INPUT_HISTORY: 'FALSE' }, root)!;
    expect(noLog.root).toBe(root);
    expect(noLog.log).toBeUndefined();
    noLog.stop();
  });

  it('starts nothing for a folder that is not a checkout, is missing, or is outside the workspace', () => {
    const root = checkout();
    fs.mkdirSync(path.join(root, 'sub'));
    const outside = checkout();
    for (const env of [
      { GITHUB_WORKSPACE: root, INPUT_PATH: 'sub' },
      { GITHUB_WORKSPACE: root, INPUT_PATH: 'missing' },
      { GITHUB_WORKSPACE: path.join(root, 'sub'), INPUT_PATH: `../../${path.basename(outside)}` },
      { GITHUB_WORKSPACE: root, INPUT_PATH: 'pyproject.toml' },
      { GITHUB_WORKSPACE: makeRepo(REPO) },
    ]) {
      expect(startEarlyAction(env, '/')).toBeUndefined();
    }
  });
});

describe('run with the early commands', () => {
  const saved = { ...process.env };
  let tmp: string;
  let root: string;
  beforeEach(() => {
    root = checkout();
    tmp = makeRepo({ 'summary.md': '', 'output.txt': '', 'event.json': '{}' });
    Object.assign(process.env, {
      GITHUB_WORKSPACE: root,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
      GITHUB_OUTPUT: path.join(tmp, 'output.txt'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
      GITHUB_SHA: 'abc123',
      GITHUB_REPOSITORY: 'acme/app',
      // The summary file goes under RUNNER_TEMP (else under the machine's temporary folder).
      RUNNER_TEMP: tmp,
      INPUT_HISTORY: 'true',
      INPUT_ANNOTATIONS: 'false',
      INPUT_SUMMARY: 'false',
      'INPUT_COMPARE-BASE': 'false',
      'INPUT_REPORT-FILE': 'report.json',
    });
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
  });
  const report = (): string => fs.readFileSync(path.join(root, 'report.json'), 'utf8');

  it('gives the same report as without them and takes the listing and the log', async () => {
    await run();
    const plain = report();
    expect(JSON.parse(plain).history.status).toBe('available');
    const early = startEarlyAction(process.env, '/')!;
    await run(early);
    expect(report()).toBe(plain);
    // Each output is handed out once: taken by the run.
    const listing = await early.listing;
    expect(listing.take(root, LISTED_ARGS)).toBeUndefined();
    expect(listing.take(root, IGNORED_ARGS)).toBeUndefined();
    expect(await early.log!.take(root)).toBeUndefined();
    early.stop();
  });

  it('takes them through a workspace reached by a symbolic link (both sides resolve it)', async () => {
    const link = path.join(makeRepo({}), 'workspace');
    fs.symlinkSync(root, link);
    process.env['GITHUB_WORKSPACE'] = link;
    const early = startEarlyAction(process.env, '/')!;
    expect(early.root).toBe(root);
    await run(early);
    expect((await early.listing).take(root, LISTED_ARGS)).toBeUndefined();
    early.stop();
  });

  it('uses them only for the folder it resolves', async () => {
    // A made-up listing (pyproject.toml alone), to see whether the run used it.
    const fake = (at: string): EarlyAction => ({
      root: at,
      listing: Promise.resolve(new EarlyListing(at, new Map([[LISTED_ARGS, 'H 100644 0000000000000000000000000000000000000000 0\tpyproject.toml\0']]))),
      stop: () => undefined,
    });
    await run(fake(root));
    expect(JSON.parse(report()).tests.files).toEqual([]);
    await run(fake(path.join(root, 'elsewhere')));
    expect(JSON.parse(report()).tests.files.map((f: { path: string }) => f.path)).toEqual(['tests/test_app.py']);
  });
});
