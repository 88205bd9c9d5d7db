/**
 * Runs the committed bundle dist/index.js the way a GitHub runner starts it (see
 * helpers/runner.ts): outputs, summary, gate, inputs and the pull-request comment.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import { DIST, fakeApi, runAction } from '../helpers/runner.js';

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
      'base-score': '',
      'score-delta': '',
      'summary-file': expect.stringMatching(/mlops-ci-check\/summary-\d+\.md$/),
      'sarif-file': '',
      'comment-id': '',
    });
    expect(report.score).toBeGreaterThan(0);
    expect(r.summary).toMatch(new RegExp(`^## 🟢 MLOps CI check: ${report.score}/100`, 'u'));
    expect(fs.readFileSync(r.outputs['summary-file']!, 'utf8').trimEnd()).toBe(r.summary.trimEnd());
    // Evidence links point at the commit of the event, in the repository of the run.
    expect(r.summary).toContain('https://github.com/acme/churn-model/blob/abc123/.github/workflows/ci.yml#L');
  });

  it('fails below min-score with a message that names the score, the threshold and the gaps', async () => {
    const r = await runAction({ 'min-score': '100' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::mlops-ci-check: score \d+ < 100: automating [a-z, -]+ would reach 100\./);
    expect(r.outputs['passed']).toBe('false');
  });

  it('fails on an invalid input with a message naming the input, and no stack trace', async () => {
    const r = await runAction({ 'min-score': 'abc' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::Input "min-score" must be a whole number from 0 to 100; got "abc".');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('puts a file over the read size in one summary line, never in an annotation on that file', async () => {
    const r = await runAction({}, { files: { 'notebooks/big.ipynb': `{"cells": [], "pad": "${'x'.repeat(1100 * 1024)}"}` } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::(warning|notice|error) file=notebooks\/big\.ipynb/m);
    expect(r.summary).toContain('ℹ️ Not read, over the size the tool reads: <code>notebooks/big.ipynb</code>');
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
      expect(r.stdout).toContain('"comment-on-pr" is set, but this run is a "push" event, not a pull request, so no comment was posted.');
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
      expect(body.startsWith('<!-- mlops-ci-check -->\n### 🟢 MLOps CI check: ')).toBe(true);
      expect(r.outputs['comment-id']).toBe('77');
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
