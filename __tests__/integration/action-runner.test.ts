/**
 * Runs the committed bundle dist/index.js the way a GitHub runner starts it: a separate
 * Node process (the one running this suite: Node 20 locally, Node 24 in .ci/run) with
 * INPUT_* variables (hyphens kept), GITHUB_WORKSPACE, and GITHUB_STEP_SUMMARY /
 * GITHUB_OUTPUT pointing at empty files, for a pull_request event (or the one a test names).
 * GITHUB_API_URL points at a local fake API (the pull-request comment): no test uses the network.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import * as os from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../helpers/project.js';

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

interface RunOptions {
  eventName?: string;
  event?: unknown;
  /** Base URL of the fake GitHub API; by default a closed local port, so a stray call fails fast and offline. */
  apiUrl?: string;
}

const PR_EVENT = { action: 'opened', number: 7, pull_request: { number: 7, head: { sha: 'abc123', repo: { full_name: 'acme/churn-model' } }, base: { repo: { full_name: 'acme/churn-model' } } } };

async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-runner-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(EXAMPLE, workspace, { recursive: true });
  const summaryFile = path.join(tmp, 'summary.md');
  const outputFile = path.join(tmp, 'output.txt');
  const eventFile = path.join(tmp, 'event.json');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(eventFile, JSON.stringify(options.event ?? PR_EVENT));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/churn-model',
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // Asynchronous, so that a fake API server in this process can answer the action.
  const child = spawn(process.execPath, [DIST], { env, timeout: 60_000 });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8'), workspace };
}

interface ApiCall {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}

/** A local stand-in for api.github.com: records every request and answers with `reply`. */
async function fakeApi(reply: (call: ApiCall) => { status: number; json: unknown }): Promise<{ url: string; calls: ApiCall[]; close: () => Promise<void> }> {
  const calls: ApiCall[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      const call = { method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body };
      calls.push(call);
      const { status, json } = reply(call);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// Each test starts a Node process and waits for it (asynchronously, for the fake API).
jest.setTimeout(60_000);

describe(`dist/index.js under ${process.version}, started as the runner starts it`, () => {
  beforeAll(() => {
    if (!fs.existsSync(DIST)) throw new Error('dist/index.js is missing: run "npm run bundle".');
  });

  it('sets the outputs, writes the summary and the report file, and passes without thresholds', async () => {
    const r = await runAction({ path: '.', 'report-file': 'out/report.json', annotations: 'true', summary: 'true' });
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

  it('fails below min-score with a message that names the score, the threshold and the gaps', async () => {
    const r = await runAction({ 'min-score': '100' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::mlops-ci-check: score \d+ < 100: missing [a-z-]+/);
    expect(r.outputs['passed']).toBe('false');
  });

  it('fails on an invalid input with a message naming the input, and no stack trace', async () => {
    const r = await runAction({ 'min-score': 'abc' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::Input "min-score" must be a whole number from 0 to 100; got "abc".');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('can turn the summary and annotations off', async () => {
    const r = await runAction({ summary: 'false', annotations: 'false' });
    expect(r.status).toBe(0);
    expect(r.summary).toBe('');
    expect(r.stdout).not.toMatch(/^::(warning|notice|error) /m);
  });

  it('with comment-on-pr on a push event, writes one info line, calls no API and passes', async () => {
    const api = await fakeApi(() => ({ status: 500, json: {} }));
    try {
      const r = await runAction({ 'comment-on-pr': 'true', 'github-token': 'ghs_test' }, { eventName: 'push', event: { ref: 'refs/heads/main' }, apiUrl: api.url });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('"comment-on-pr" is "true", but this run is a "push" event, not a pull request, so no comment was posted.');
      expect(r.stdout).not.toMatch(/^::warning::Could not post/m);
      expect(api.calls).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('with comment-on-pr on a pull request, creates the comment through the API with the token', async () => {
    const api = await fakeApi((call) => (call.method === 'GET' ? { status: 200, json: [{ id: 1, body: 'Nice work.' }] } : { status: 201, json: { id: 77 } }));
    try {
      const r = await runAction({ 'comment-on-pr': 'true', 'github-token': 'ghs_test' }, { apiUrl: api.url });
      expect(r.status).toBe(0);
      expect(api.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /repos/acme/churn-model/issues/7/comments?page=1&per_page=100', 'POST /repos/acme/churn-model/issues/7/comments']);
      expect(api.calls.every((c) => c.auth === 'token ghs_test')).toBe(true);
      const body = (JSON.parse(api.calls[1]!.body) as { body: string }).body;
      expect(body.startsWith('<!-- mlops-ci-check -->\n### ✅ MLOps CI check: ')).toBe(true);
      expect(body).toContain('(https://github.com/acme/churn-model/actions/runs/4242)');
      expect(r.stdout).toContain('Posted the report as comment 77 on pull request #7.');
    } finally {
      await api.close();
    }
  });

  it('with comment-on-pr and a read-only token, warns about the permission and still passes', async () => {
    const api = await fakeApi(() => ({ status: 403, json: { message: 'Resource not accessible by integration' } }));
    try {
      const r = await runAction({ 'comment-on-pr': 'true', 'github-token': 'ghs_test' }, { apiUrl: api.url });
      expect(r.status).toBe(0);
      expect(r.outputs['passed']).toBe('true');
      expect(r.stdout).toMatch(/^::warning::Could not post the report as a comment on pull request #7: GitHub answered HTTP 403 while listing the comments .*add `permissions: pull-requests: write` to the job/m);
      expect(api.calls).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
