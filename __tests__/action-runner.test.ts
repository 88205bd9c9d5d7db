/**
 * Runs the committed bundle dist/index.js the way a GitHub runner starts it: a separate
 * Node process (the one running this suite: Node 20 locally, Node 24 in .ci/run) with
 * INPUT_* variables (hyphens kept), GITHUB_WORKSPACE, and GITHUB_STEP_SUMMARY /
 * GITHUB_OUTPUT pointing at empty files, for a pull_request event.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from './helpers/corpus.js';

const DIST = path.join(PROJECT_ROOT, 'dist', 'index.js');
const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'ml-app');

interface RunResult {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter ... delimiter` blocks, as @actions/core writes them). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function runAction(inputs: Record<string, string>): RunResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-runner-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(EXAMPLE, workspace, { recursive: true });
  const summaryFile = path.join(tmp, 'summary.md');
  const outputFile = path.join(tmp, 'output.txt');
  const eventFile = path.join(tmp, 'event.json');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(eventFile, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7, head: { sha: 'abc123' } } }));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/churn-model',
    GITHUB_SHA: 'abc123',
    RUNNER_TEMP: tmp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [DIST], { env, encoding: 'utf8', timeout: 60_000 });
  const result = { status: r.status, stdout: r.stdout, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8'), workspace };
  return result;
}

describe(`dist/index.js under ${process.version}, started as the runner starts it`, () => {
  beforeAll(() => {
    if (!fs.existsSync(DIST)) throw new Error('dist/index.js is missing: run "npm run bundle".');
  });

  it('sets the outputs, writes the summary and the report file, and passes without thresholds', () => {
    const r = runAction({ path: '.', 'report-file': 'out/report.json', annotations: 'true', summary: 'true' });
    expect(r.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(r.workspace, 'out/report.json'), 'utf8')) as { score: number; level: number; weakestPhase: string; gate: { passed: boolean } };
    expect(r.outputs).toEqual({
      score: String(report.score),
      level: String(report.level),
      'weakest-phase': report.weakestPhase,
      'report-file': path.join(r.workspace, 'out/report.json'),
      passed: 'true',
    });
    expect(report.score).toBeGreaterThan(0);
    expect(r.summary).toMatch(new RegExp(`^## ✅ MLOps CI check: ${report.score}/100`));
    // Evidence links point at the commit of the event, in the repository of the run.
    expect(r.summary).toContain('https://github.com/acme/churn-model/blob/abc123/.github/workflows/ci.yml#L');
  });

  it('fails below min-score with a message that names the score, the threshold and the gaps', () => {
    const r = runAction({ 'min-score': '100' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::mlops-ci-check: score \d+ < 100: missing [a-z-]+/);
    expect(r.outputs['passed']).toBe('false');
  });

  it('fails on an invalid input with a message naming the input, and no stack trace', () => {
    const r = runAction({ 'min-score': 'abc' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::Input "min-score" must be a whole number from 0 to 100; got "abc".');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('can turn the summary and annotations off', () => {
    const r = runAction({ summary: 'false', annotations: 'false' });
    expect(r.status).toBe(0);
    expect(r.summary).toBe('');
    expect(r.stdout).not.toMatch(/^::(warning|notice|error) /m);
  });
});
