/** The GitHub part against a fake API on 127.0.0.1: pagination, rate limits, a 404, retries, no token, the cache. */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isBugLabel } from '../../src/github/bug-labels.js';
import { repositoryFromRemote } from '../../src/github/attach.js';
import { readGithub } from '../../src/github/read-github.js';

type Handler = (req: http.IncomingMessage, url: URL, base: string) => { status: number; headers?: Record<string, string>; body: unknown };

let server: http.Server;
let base = '';
let handler: Handler;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    seen.push(`${req.headers.authorization ?? '-'} ${url.pathname}${url.search}`);
    const out = handler(req, url, base);
    res.writeHead(out.status, { 'content-type': 'application/json', ...(out.headers ?? {}) });
    res.end(JSON.stringify(out.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

beforeEach(() => {
  seen.length = 0;
});

const issue = (labels: string[], pr = false) => ({ labels: labels.map((name) => ({ name })), ...(pr ? { pull_request: {} } : {}) });

/** Three pages of issues: 100 + 100 + 20 items, pull requests among them. */
const pages: Record<string, ReturnType<typeof issue>[]> = {
  '1': [...Array.from({ length: 90 }, (_, i) => issue(i % 3 === 0 ? ['type: bug'] : ['enhancement'])), ...Array.from({ length: 10 }, () => issue(['bug'], true))],
  '2': Array.from({ length: 100 }, (_, i) => issue(i % 10 === 0 ? ['kind/bug', 'P1'] : i % 10 === 1 ? ['not a bug'] : [])),
  '3': Array.from({ length: 20 }, () => issue(['🐛 Bug'])),
};

const api: Handler = (_req, url, b) => {
  if (url.pathname === '/repos/acme/rocket') return { status: 200, body: { full_name: 'acme/rocket', stargazers_count: 1234, forks_count: 56 } };
  if (url.pathname === '/search/issues') return { status: 200, body: { total_count: 78 } };
  if (url.pathname === '/repos/acme/rocket/issues') {
    const page = url.searchParams.get('page') ?? '1';
    const next = page === '3' ? undefined : `<${b}/repos/acme/rocket/issues?state=all&per_page=100&page=${Number(page) + 1}>; rel="next", <${b}/repos/acme/rocket/issues?page=3>; rel="last"`;
    const headers: Record<string, string> = next ? { link: next } : {};
    return { status: 200, headers, body: pages[page] ?? [] };
  }
  return { status: 404, body: { message: 'Not Found' } };
};

const fast = { sleep: async () => {}, backoffMs: 1 };

describe('readGithub against a fake API', () => {
  it('follows the pages until the sample is full, leaves pull requests out and matches bug labels by meaning', async () => {
    handler = api;
    const g = await readGithub({ repository: 'acme/rocket', token: 't0k', baseUrl: base, issues: 200, client: { ...fast, now: () => Date.UTC(2026, 0, 2) } });
    expect(g).toEqual({
      status: 'available',
      repository: 'acme/rocket',
      stars: 1234,
      forks: 56,
      openIssues: 78,
      // page 1: 90 issues, 30 bugs; page 2: the first 100 issues... only 110 more are needed: 100 from page 2 (10 bugs), 10 from page 3 (10 bugs).
      issues: { sampled: 200, bugs: 50, bugShare: 0.25, bugLabels: ['kind/bug', 'type: bug', '🐛 Bug'] },
      fetchedAt: '2026-01-02T00:00:00Z',
    });
    expect(seen.every((s) => s.startsWith('Bearer t0k '))).toBe(true);
    expect(seen.filter((s) => s.includes('/repos/acme/rocket/issues?')).length).toBe(3);
  });

  it('stops at the last page when the repository has fewer issues than asked', async () => {
    handler = api;
    const g = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, issues: 1000, client: fast });
    expect(g.issues).toMatchObject({ sampled: 210, bugs: 60 });
  });

  it('waits out a rate limit that resets soon, then goes on', async () => {
    let limited = true;
    const waits: number[] = [];
    handler = (req, url, b) => {
      if (limited) {
        limited = false;
        return { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000005' }, body: { message: 'API rate limit exceeded' } };
      }
      return api(req, url, b);
    };
    const g = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, issues: 10, client: { backoffMs: 1, now: () => 1_000_000_000, sleep: async (ms) => void waits.push(ms) } });
    expect(g.status).toBe('available');
    expect(waits).toEqual([5000]);
  });

  it('skips with the reset time when the rate limit resets too late', async () => {
    handler = () => ({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767312000' }, body: { message: 'API rate limit exceeded' } });
    const g = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, client: { ...fast, now: () => 1_767_300_000_000 } });
    expect(g).toEqual({ status: 'skipped', reason: 'rate-limited', repository: 'acme/rocket', message: 'GitHub figures skipped: the API rate limit is spent until 2026-01-02T00:00:00Z; run again later (the figures are cached for a day once fetched).' });
  });

  it('says a repository the token cannot see is not found (404)', async () => {
    handler = api;
    const g = await readGithub({ repository: 'acme/missing', token: 't', baseUrl: base, client: fast });
    expect(g).toEqual({ status: 'skipped', reason: 'not-found', repository: 'acme/missing', message: 'GitHub figures skipped: GitHub has no repository "acme/missing" that this token can see (404).' });
    expect(seen).toHaveLength(1);
  });

  it('retries a server error and succeeds', async () => {
    let failures = 2;
    handler = (req, url, b) => (failures-- > 0 ? { status: 502, body: { message: 'Bad gateway' } } : api(req, url, b));
    const g = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, issues: 5, client: fast });
    expect(g).toMatchObject({ status: 'available', stars: 1234 });
  });

  it('makes no call without a token', async () => {
    handler = api;
    const g = await readGithub({ repository: 'acme/rocket', token: undefined, baseUrl: base, client: fast });
    expect(g).toEqual({ status: 'skipped', reason: 'no-token', repository: 'acme/rocket', message: 'GitHub figures skipped: no token (set GITHUB_TOKEN or GH_TOKEN, or give the action its github-token).' });
    expect(seen).toEqual([]);
  });

  it('says the API could not be reached when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const g = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: `http://127.0.0.1:${port}`, client: fast });
    expect(g).toMatchObject({ status: 'skipped', reason: 'offline' });
    expect(g.message).toMatch(/^GitHub figures skipped: the API could not be reached \(.*ECONNREFUSED.*\)\.$/);
  });

  it('answers from the cache for a day without calling the API', async () => {
    handler = api;
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-cache-'));
    try {
      const t0 = Date.UTC(2026, 5, 1);
      const first = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, issues: 10, cacheDir, client: { ...fast, now: () => t0 } });
      const calls = seen.length;
      const second = await readGithub({ repository: 'acme/rocket', token: undefined, baseUrl: base, issues: 10, cacheDir, client: { ...fast, now: () => t0 + 3600_000 } });
      expect(seen.length).toBe(calls);
      expect(second).toEqual({ ...first, cached: true });
      const stale = await readGithub({ repository: 'acme/rocket', token: 't', baseUrl: base, issues: 10, cacheDir, client: { ...fast, now: () => t0 + 25 * 3600_000 } });
      expect(seen.length).toBeGreaterThan(calls);
      expect(stale.cached).toBeUndefined();
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('bug labels by meaning', () => {
  it.each([
    ['bug', true], ['Bug', true], ['type: bug', true], ['kind/bug', true], ['T-bug', true], ['🐛', true], ['bug report', true], ['Type: Defect', true], ['regression', true],
    ['not a bug', false], ['bug-bounty', false], ['enhancement', false], ['debugging', false], ['bugfix-needed-docs', false], ['invalid', false],
  ])('%s → %s', (label, expected) => {
    expect(isBugLabel(label)).toBe(expected);
  });

  it.each([
    ['https://github.com/Netflix/metaflow.git', 'Netflix/metaflow'],
    ['git@github.com:clearml/clearml.git', 'clearml/clearml'],
    ['ssh://git@github.com/kitops-ml/kitops', 'kitops-ml/kitops'],
    ['/work/.mirror/Netflix+metaflow/git', undefined],
  ])('reads the repository of remote %s', (url, expected) => {
    expect(repositoryFromRemote(url)).toBe(expected);
  });
});
