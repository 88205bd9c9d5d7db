/**
 * Runs the bundle dist/index.js the way a GitHub runner starts it: a separate Node process with
 * INPUT_* variables (hyphens kept), GITHUB_WORKSPACE, and GITHUB_STEP_SUMMARY / GITHUB_OUTPUT
 * pointing at empty files, for a pull_request event (or the one a test names). GITHUB_API_URL
 * points at a local fake API (the pull-request comment): no test uses the network.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { PROJECT_ROOT } from './project.js';
import { tempDir } from './temp.js';

export const DIST = path.join(PROJECT_ROOT, 'dist', 'index.js');
export const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'ml-app');

export interface RunResult {
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

export interface RunOptions {
  /** Run in this folder (a git scenario) instead of a copy of examples/ml-app. */
  workspace?: string;
  /** Extra files written into the workspace before the run. */
  files?: Record<string, string>;
  /** GITHUB_SHA (default abc123) and GITHUB_REF. */
  sha?: string;
  ref?: string;
  eventName?: string;
  event?: unknown;
  /** Base URL of the fake GitHub API; by default a closed local port, so a stray call fails fast and offline. */
  apiUrl?: string;
}

export const PR_EVENT = { action: 'opened', number: 7, pull_request: { number: 7, head: { sha: 'abc123', repo: { full_name: 'acme/churn-model' } }, base: { repo: { full_name: 'acme/churn-model' } } } };

export async function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  // A copy of the example and the runner's files, removed after the test file.
  const tmp = tempDir('mlops-ci-check-runner-');
  const workspace = options.workspace ?? path.join(tmp, 'workspace');
  if (options.workspace === undefined) fs.cpSync(EXAMPLE, workspace, { recursive: true });
  for (const [rel, text] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), text);
  }
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
    GITHUB_SHA: options.sha ?? 'abc123',
    ...(options.ref ? { GITHUB_REF: options.ref } : {}),
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

export interface ApiCall {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}

/** A local stand-in for api.github.com: records every request and answers with `reply`. */
export async function fakeApi(reply: (call: ApiCall) => { status: number; json: unknown }): Promise<{ url: string; calls: ApiCall[]; close: () => Promise<void> }> {
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

