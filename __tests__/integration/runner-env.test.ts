/**
 * The runner's environment is input too (issue 12): a missing or unwritable summary or
 * output file, a bad event file, a folder where a file is expected, a report file that
 * points out of the workspace. Each gives a one-line error naming what is wrong, never a
 * stack trace, and the outputs are set whenever the analysis finished. Runs dist/index.js
 * as the runner starts it (bundle first: `npm run bundle`).
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { jest } from '@jest/globals';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp.js';

const DIST = path.join(PROJECT_ROOT, 'dist', 'index.js');
const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'ml-app');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
  workspace: string;
  tmp: string;
}

/** `env` entries replace the defaults; `undefined` removes one. `setup` runs before the action. */
async function runAction(inputs: Record<string, string>, env: Record<string, string | undefined> = {}, setup?: (tmp: string, workspace: string) => void): Promise<Run> {
  const tmp = tempDir('mlops-ci-check-env-');
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(EXAMPLE, workspace, { recursive: true });
  const files = { summary: path.join(tmp, 'summary.md'), output: path.join(tmp, 'output.txt'), event: path.join(tmp, 'event.json') };
  fs.writeFileSync(files.summary, '');
  fs.writeFileSync(files.output, '');
  fs.writeFileSync(files.event, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7 } }));
  const full: Record<string, string | undefined> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/churn-model',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) full[`INPUT_${name.toUpperCase()}`] = value;
  setup?.(tmp, workspace);
  const clean = Object.fromEntries(Object.entries(full).filter((e): e is [string, string] => e[1] !== undefined));
  const child = spawn(process.execPath, [DIST], { env: clean, timeout: 60_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const output = fs.existsSync(files.output) && fs.statSync(files.output).isFile() ? fs.readFileSync(files.output, 'utf8') : '';
  return { status, stdout, stderr, output, workspace, tmp };
}

/** The `::error::` lines, and a check that no stack trace reached the log. */
function errors(r: Run): string[] {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
}

jest.setTimeout(60_000);

describe('the runner environment as input', () => {
  beforeAll(() => {
    if (!fs.existsSync(DIST)) throw new Error('dist/index.js is missing: run "npm run bundle".');
  });

  it('a GITHUB_STEP_SUMMARY that does not exist: one error naming it, outputs set', async () => {
    const r = await runAction({}, { GITHUB_STEP_SUMMARY: '/nonexistent/summary.md' });
    expect(r.status).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::mlops-ci-check: GITHUB_STEP_SUMMARY \("\/nonexistent\/summary\.md"\) does not exist or cannot be read \(ENOENT\)/)]);
    expect(r.output).toMatch(/^score<</m);
    expect(r.output).toMatch(/^passed<</m);
  });

  it('a GITHUB_STEP_SUMMARY that is a folder: one error naming it, outputs set', async () => {
    const r = await runAction({}, {}, (tmp) => {
      fs.rmSync(path.join(tmp, 'summary.md'));
      fs.mkdirSync(path.join(tmp, 'summary.md'));
    });
    expect(errors(r)).toEqual([expect.stringMatching(/GITHUB_STEP_SUMMARY \(".*summary\.md"\) is a folder, not a file/)]);
    expect(r.output).toMatch(/^score<</m);
  });

  it('GITHUB_STEP_SUMMARY unset with the summary on: one error, outputs set', async () => {
    const r = await runAction({}, { GITHUB_STEP_SUMMARY: undefined });
    expect(errors(r)).toEqual([expect.stringMatching(/GITHUB_STEP_SUMMARY is not set, so the job summary was not written/)]);
    expect(r.output).toMatch(/^level<</m);
  });

  it('a GITHUB_OUTPUT that does not exist: one error naming it, the summary still written', async () => {
    const r = await runAction({}, { GITHUB_OUTPUT: '/nonexistent/output.txt' });
    expect(r.status).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::mlops-ci-check: GITHUB_OUTPUT \("\/nonexistent\/output\.txt"\) does not exist/)]);
    expect(fs.readFileSync(path.join(r.tmp, 'summary.md'), 'utf8')).toMatch(/MLOps CI check/);
  });

  it('a GITHUB_EVENT_PATH that is not JSON: the comment is skipped with a warning naming it, the step passes', async () => {
    const r = await runAction({ 'comment-on-pr': 'true', 'github-token': 'ghs_x' }, {}, (tmp) => fs.writeFileSync(path.join(tmp, 'event.json'), '{not json'));
    expect(r.status).toBe(0);
    expect(errors(r)).toEqual([]);
    expect(r.stdout).toMatch(/::warning::No pull-request comment was posted: GITHUB_EVENT_PATH \(".*event\.json"\) is not valid JSON/);
    expect(r.output).toMatch(/^score<</m);
  });

  it('a GITHUB_EVENT_PATH that is a FIFO: not opened, nothing hangs', async () => {
    const r = await runAction({ 'comment-on-pr': 'true', 'github-token': 'ghs_x' }, {}, (tmp) => {
      fs.rmSync(path.join(tmp, 'event.json'));
      // Node has no mkfifo; the coreutils one is on every Linux runner.
      execFileSync('mkfifo', [path.join(tmp, 'event.json')]);
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/::warning::No pull-request comment was posted: GITHUB_EVENT_PATH \(".*event\.json"\) is a FIFO \(named pipe\), not a regular file/);
  });

  it('a report-file that is a folder: an input error naming it, in one line', async () => {
    const r = await runAction({ 'report-file': 'reports' }, {}, (_tmp, ws) => fs.mkdirSync(path.join(ws, 'reports')));
    expect(r.status).toBe(1);
    expect(errors(r)).toEqual(['::error::Input "report-file" ("reports") is a folder; give a file path such as "mlops-report.json".']);
  });

  it('a report-file through a committed link out of the workspace: refused, the target untouched', async () => {
    let target = '';
    const r = await runAction({ 'report-file': 'report.json' }, {}, (tmp, ws) => {
      target = path.join(tmp, 'victim.txt');
      fs.writeFileSync(target, 'precious\n');
      fs.symlinkSync(target, path.join(ws, 'report.json'));
    });
    expect(r.status).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::Input "report-file" \("report\.json"\) resolves to ".*victim\.txt", outside /)]);
    expect(fs.readFileSync(target, 'utf8')).toBe('precious\n');
  });

  it('a path that is a file: an input error naming it', async () => {
    const r = await runAction({ path: 'README.md' }, {}, (_tmp, ws) => fs.writeFileSync(path.join(ws, 'README.md'), '# x\n'));
    expect(r.status).toBe(1);
    expect(errors(r)).toEqual(['::error::Input "path" ("README.md") is a file, not a folder; give a folder inside the workspace.']);
  });
});
