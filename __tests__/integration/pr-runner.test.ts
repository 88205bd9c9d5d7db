/**
 * Runner simulations of pull requests: dist/index.js on git repositories built at test time
 * (examples/ml-app as the base, one change as the head), with a pull_request event naming the
 * base commit and a fake GitHub API on 127.0.0.1 that records the comment.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import { prScenario, SCENARIOS, shallowClone, type PrScenario } from '../helpers/git-scenario.js';
import { DIST, fakeApi, runAction, type ApiCall } from '../helpers/runner.js';

jest.setTimeout(90_000);

function prEvent(s: PrScenario) {
  const repo = { full_name: 'acme/churn-model' };
  return { action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: s.base, ref: 'main', repo }, head: { sha: s.head, ref: 'feature', repo } } };
}

/** Lists no comment of ours; a POST creates comment 77. */
const emptyThread = (call: ApiCall) => (call.method === 'GET' ? { status: 200, json: [{ id: 1, body: 'Nice work.' }] } : { status: 201, json: { id: 77 } });

async function runPr(s: PrScenario, workspace: string, inputs: Record<string, string>) {
  const api = await fakeApi(emptyThread);
  try {
    const r = await runAction({ 'github-token': 'ghs_test', ...inputs }, { workspace, event: prEvent(s), apiUrl: api.url, sha: s.head, ref: 'refs/pull/7/merge' });
    const posted = api.calls.filter((c) => c.method !== 'GET').map((c) => (JSON.parse(c.body) as { body: string }).body);
    return { ...r, calls: api.calls.map((c) => `${c.method} ${c.url.replace(/\?.*$/, '')}`), posted };
  } finally {
    await api.close();
  }
}

describe(`pull requests through dist/index.js under ${process.version}`, () => {
  beforeAll(() => {
    if (!fs.existsSync(DIST)) throw new Error('dist/index.js is missing: run "npm run bundle".');
  });

  it('a PR that removes the test step: lower score, the verdicts it lowered with the removed line, one comment', async () => {
    const s = prScenario(SCENARIOS.removesTests);
    const r = await runPr(s, s.dir, { 'comment-on-pr': 'on-change', 'report-file': 'out/report.json', 'sarif-file': 'out/report.sarif', 'badge-file': 'out/badge.json' });
    expect(r.status).toBe(0);
    const delta = Number(r.outputs['score-delta']);
    expect(delta).toBeLessThan(0);
    expect(Number(r.outputs['score']) - Number(r.outputs['base-score'])).toBe(delta);
    expect(r.calls).toEqual(['GET /repos/acme/churn-model/issues/7/comments', 'POST /repos/acme/churn-model/issues/7/comments']);
    expect(r.outputs['comment-id']).toBe('77');
    const body = r.posted[0]!;
    expect(body.length).toBeLessThanOrEqual(2500);
    expect(body).toContain(`this PR: ${r.outputs['base-score']} → ${r.outputs['score']} (−${-delta})`);
    expect(body).toContain(`[.github/workflows/ci.yml:33](https://github.com/acme/churn-model/blob/${s.base}/.github/workflows/ci.yml#L33) removed <code>- run: pytest -q tests</code>: **Unit tests** ✅ → ❌`);
    expect(r.summary).toContain('### What this PR changed');
    const report = JSON.parse(fs.readFileSync(path.join(s.dir, 'out/report.json'), 'utf8')) as { commit: unknown; ref: unknown; base: { compared: boolean; changes: { id: string }[] } };
    expect(report.commit).toEqual({ sha: s.head });
    expect(report.ref).toEqual({ name: 'refs/pull/7/merge', pullRequest: 7 });
    expect(report.base.compared).toBe(true);
    expect(report.base.changes.map((c) => c.id)).toContain('unit-tests');
    expect(r.outputs['sarif-file']).toBe(path.join(s.dir, 'out/report.sarif'));
    expect((JSON.parse(fs.readFileSync(r.outputs['sarif-file']!, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(JSON.parse(fs.readFileSync(path.join(s.dir, 'out/badge.json'), 'utf8'))).toEqual({ schemaVersion: 1, label: 'MLOps CI', message: `${r.outputs['score']}/100 · level ${r.outputs['level']}`, color: 'orange' });
  });

  it('a PR that adds a behavioral test: higher score, behavioral-tests raised by the added file', async () => {
    const s = prScenario(SCENARIOS.addsBehavioralTests);
    const r = await runPr(s, s.dir, { 'comment-on-pr': 'on-change' });
    expect(r.status).toBe(0);
    expect(Number(r.outputs['score-delta'])).toBeGreaterThan(0);
    expect(r.posted).toHaveLength(1);
    expect(r.posted[0]).toMatch(new RegExp(`\\[tests/test\\\\_behavior\\.py:\\d+\\]\\(https://github\\.com/acme/churn-model/blob/${s.head}/tests/test_behavior\\.py#L\\d+\\) file added <code>.*?</code>: \\*\\*Behavioral, slice and fairness tests\\*\\* ❌ → ✅`));
  });

  it('a PR that changes nothing scored: no comment in on-change mode, delta 0', async () => {
    const s = prScenario(SCENARIOS.changesNothing);
    const r = await runPr(s, s.dir, { 'comment-on-pr': 'on-change' });
    expect(r.status).toBe(0);
    expect(r.outputs['score-delta']).toBe('0');
    expect(r.posted).toEqual([]);
    expect(r.calls).toEqual(['GET /repos/acme/churn-model/issues/7/comments']);
    expect(r.outputs['comment-id']).toBe('');
    expect(r.stdout).toContain('"comment-on-pr" is "on-change" and this change moves no score, level, verdict or gate, so no new comment is posted');
    expect(r.summary).toContain('No verdict changed against the base');
  });

  it('a shallow checkout without the base: one line on how to enable it, no failure', async () => {
    const s = prScenario(SCENARIOS.removesTests);
    const clone = shallowClone(s);
    const r = await runPr(s, clone, { 'comment-on-pr': 'always' });
    expect(r.status).toBe(0);
    expect(r.outputs['base-score']).toBe('');
    expect(r.outputs['score-delta']).toBe('');
    const note = `The base commit ${s.base.slice(0, 7)} is not in this checkout (a shallow fetch), so the change against it is not shown. To see it, give actions/checkout \`fetch-depth: 0\`, or \`fetch-depth: 2\` on pull_request (the merge commit with its parents).`;
    expect(r.stdout.split('\n').filter((l) => l.includes('is not in this checkout'))).toEqual([note]);
    expect(r.stdout).not.toMatch(/^::(error|warning)::.*shallow/m);
    expect(r.posted[0]).toContain('ℹ️ The base commit');
    expect(r.summary).toContain('ℹ️ The base commit');
  });
});
