import type { Report, ReportItem } from '../../src/model/report.js';
import { COMMENT_MARKER, isOwnComment, renderPrComment, runLinkFrom, type RunLink } from '../../src/report/pr-comment.js';
import { PER_PAGE, publishPrComment, pullRequestTarget, type CommentClient, type CommentEvent } from '../../src/report/publish-pr-comment.js';
import { decodeInert, splitRow } from '../helpers/gfm.js';
import { ciReport, EVIL_NAME } from '../helpers/reports.js';

const RUN: RunLink = { serverUrl: 'https://github.com', repository: 'acme/churn-model', runId: '4242' };
const chars = (s: string) => s.length;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const lines = (s: string) => s.split('\n');
const tableRows = (md: string) => lines(md).filter((l) => l.startsWith('| ') && !l.startsWith('| Item |') && !l.startsWith('| ---'));
const atRoot = (r: Report): Report => ({ ...r, path: '.' });
const withItems = (r: Report, f: (i: ReportItem) => ReportItem): Report => ({ ...r, items: r.items.map(f) });

describe('renderPrComment: the lead', () => {
  const report = ciReport();

  it('starts with the hidden marker, then a path marker when a sub-folder was analysed', () => {
    expect(lines(renderPrComment(atRoot(report)))[0]).toBe(COMMENT_MARKER);
    expect(lines(renderPrComment(atRoot(report)))[1]).toMatch(/^### ✅ MLOps CI check: \d+\/100/);
    const sub = lines(renderPrComment({ ...report, path: 'services/ml model' }));
    expect(sub.slice(0, 3)).toEqual([COMMENT_MARKER, '<!-- mlops-ci-check path=services%2Fml%20model -->', `### ✅ MLOps CI check in <code>services/ml model</code>: ${report.score}/100 · level ${report.level} (no MLOps)`]);
  });

  it('states score, level, gate and the weakest phase', () => {
    const [, heading, , gate, level, weakest] = lines(renderPrComment(atRoot(report)));
    expect(report.level).toBe(0);
    expect(heading).toBe(`### ✅ MLOps CI check: ${report.score}/100 · level 0 (no MLOps)`);
    expect(gate).toBe('✅ **Gate passed** (no min-score or min-level set).<br>');
    expect(level).toBe(`**Level:** ${report.levelExplanation}<br>`);
    expect(weakest).toBe(`**Weakest phase:** DevOps foundation (${report.phases.find((p) => p.id === 'devops')!.score}/100)`);
  });

  it('names the gap when the gate fails', () => {
    const failed = atRoot(ciReport({ thresholds: { minScore: 90, minLevel: 0 } }));
    const md = lines(renderPrComment(failed));
    expect(md[1]).toMatch(/^### ❌ MLOps CI check: /);
    expect(md[3]).toBe(`❌ **Gate failed:** score ${failed.score} &lt; 90: missing ${failed.gate.reasons[0]!.split('missing ')[1]}.<br>`);
  });

  it.each([
    [RUN, true, '**Full report**, with the evidence for every verdict: the [job summary of run 4242](https://github.com/acme/churn-model/actions/runs/4242)'],
    [{ ...RUN, attempt: '1' }, true, '**Full report**, with the evidence for every verdict: the [job summary of run 4242](https://github.com/acme/churn-model/actions/runs/4242)'],
    [{ ...RUN, attempt: '3', serverUrl: 'https://ghe.example.com/' }, true, '**Full report**, with the evidence for every verdict: the [job summary of run 4242](https://ghe.example.com/acme/churn-model/actions/runs/4242/attempts/3)'],
    [RUN, false, '**Full report**, with the evidence for every verdict: the [workflow run 4242](https://github.com/acme/churn-model/actions/runs/4242)'],
  ])('links the run %j (summary written: %s)', (run, summary, line) => {
    expect(lines(renderPrComment(report, { run, summary }))).toContain(line);
  });

  it('has no run link outside Actions', () => {
    expect(renderPrComment(report)).not.toContain('Full report');
    expect(runLinkFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/churn-model' })).toBeUndefined();
    expect(runLinkFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/churn-model', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' })).toEqual({ ...RUN, attempt: '2' });
  });
});

describe('renderPrComment: the items that are not automated', () => {
  const report = ciReport();

  it('lists absent and present items with their remediation, and leaves out automated ones', () => {
    // ci.yml runs "ruff check ." at line 13 (lint: automated) and no tests (unit-tests: absent).
    const md = renderPrComment(report);
    const rows = tableRows(md);
    const unit = rows.find((r) => r.includes('<code>unit-tests</code>'))!;
    const unitItem = report.items.find((i) => i.id === 'unit-tests')!;
    const cells = splitRow(unit);
    expect(cells).toHaveLength(4);
    expect(cells[0]).toBe('**Unit tests**<br>DevOps foundation · <code>unit-tests</code>');
    expect(cells[1]).toBe('❌ absent');
    expect(decodeInert(cells[2]!)).toBe(unitItem.reason);
    expect(cells[3]).toMatch(/^Run your test suite in a workflow on pull\\_request and push: .*<details><summary>Example<\/summary><pre>/);
    expect(rows.some((r) => r.includes('<code>lint</code>'))).toBe(false);
    expect(md).toContain(`**${rows.length} items are not automated yet:**\n\n| Item | Verdict | Why | Next step |\n| --- | --- | --- | --- |\n`);
  });

  it('shows a present item with the present badge', () => {
    const r = withItems(report, (i) => (i.id === 'lint' ? { ...i, verdict: 'present', points: 0.5 } : i));
    expect(tableRows(renderPrComment(r)).find((row) => row.includes('<code>lint</code>'))).toContain('| 🟡 present |');
  });

  it('says so when everything applicable is automated', () => {
    const r = withItems(report, (i) => (i.verdict === 'not-applicable' ? i : { ...i, verdict: 'automated', points: 1 }));
    const automated = r.items.filter((i) => i.verdict === 'automated').length;
    const md = renderPrComment(r);
    expect(tableRows(md)).toEqual([]);
    expect(md).toContain(`\n\nEvery applicable item (${automated}) is automated in CI.\n`);
  });

  it('escapes repository text so it cannot open a link, a tag or a new cell', () => {
    const r = withItems(report, (i) => (i.id === 'unit-tests' ? { id: i.id, phase: i.phase, verdict: 'absent', points: 0, evidence: [], title: EVIL_NAME, reason: EVIL_NAME, remediation: EVIL_NAME } : i));
    const row = tableRows(renderPrComment({ ...r, path: EVIL_NAME })).find((l) => l.includes('<code>unit-tests</code>'))!;
    const cells = splitRow(row);
    expect(cells).toHaveLength(4);
    expect(decodeInert(cells[0]!.replace(/^\*\*(.*)\*\*<br>DevOps foundation · <code>unit-tests<\/code>$/, '$1'))).toBe(EVIL_NAME);
    expect(decodeInert(cells[2]!)).toBe(EVIL_NAME);
    expect(decodeInert(cells[3]!)).toBe(EVIL_NAME);
    expect(renderPrComment({ ...r, path: EVIL_NAME })).not.toContain('<script>');
  });
});

describe('renderPrComment: the size limit', () => {
  const item = ciReport().items.find((i) => i.id === 'unit-tests')!;
  // 900 open items with a long reason in emoji (4 UTF-8 bytes, 2 UTF-16 units each): far over 65,536.
  const huge: Report = { ...ciReport(), items: Array.from({ length: 900 }, (_, n) => ({ ...item, title: `Item ${n}`, reason: `${'🧪'.repeat(40)} ${n}` })) };

  it('stays under 65,536 characters with the marker first, and says how many rows were cut', () => {
    const md = renderPrComment(huge, { run: RUN });
    expect(chars(md)).toBeLessThanOrEqual(65_536);
    expect(bytes(md)).toBeLessThanOrEqual(65_536);
    expect(lines(md)[0]).toBe(COMMENT_MARKER);
    expect(md).toContain('(https://github.com/acme/churn-model/actions/runs/4242)');
    const kept = tableRows(md).length;
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(900);
    expect(tableRows(md).at(-1)).toContain(`**Item ${kept - 1}**`);
    expect(md).toContain(`\n\n_… and ${900 - kept} more items, cut to keep the comment under its size limit._\n`);
    expect(md).toContain(`**Cut to fit:** this comment is limited to 64 KiB (GitHub accepts at most 65,536 characters per comment), so it leaves out ${900 - kept} of 900 items in "Items not automated".`);
  });

  it('keeps every row and adds no note when it fits', () => {
    const md = renderPrComment(ciReport());
    expect(md).not.toContain('Cut to fit');
    expect(md).not.toContain('more items, cut');
  });
});

describe('isOwnComment', () => {
  it.each([
    [`${COMMENT_MARKER}\n### ✅ MLOps CI check: 50/100`, '.', true],
    [`${COMMENT_MARKER}\r\n### ✅ MLOps CI check: 50/100`, '.', true],
    [`${COMMENT_MARKER}\n<!-- mlops-ci-check path=services%2Fml -->\n###`, 'services/ml', true],
    [`${COMMENT_MARKER}\n<!-- mlops-ci-check path=services%2Fml -->\n###`, '.', false],
    [`${COMMENT_MARKER}\n### root report`, 'services/ml', false],
    [`> ${COMMENT_MARKER}\n> quoted by a reviewer`, '.', false],
    ['Looks good to me', '.', false],
    [null, '.', false],
  ])('%j for path %j: %s', (body, path, own) => {
    expect(isOwnComment(body, path)).toBe(own);
  });
});

/** A fake REST client over an in-memory comment list: records every call, can fail one method. */
class FakeClient implements CommentClient {
  calls: string[] = [];
  constructor(
    private comments: { id: number; body: string }[],
    private failOn?: { method: 'listComments' | 'createComment' | 'updateComment'; error: unknown },
  ) {}
  private check(method: string): void {
    if (this.failOn?.method === method) throw this.failOn.error;
  }
  async listComments(p: { owner: string; repo: string; issueNumber: number; page: number; perPage: number }) {
    this.calls.push(`list ${p.owner}/${p.repo}#${p.issueNumber} page ${p.page}`);
    this.check('listComments');
    return this.comments.slice((p.page - 1) * p.perPage, p.page * p.perPage);
  }
  async createComment(p: { owner: string; repo: string; issueNumber: number; body: string }) {
    this.calls.push(`create ${p.owner}/${p.repo}#${p.issueNumber}`);
    this.check('createComment');
    this.comments.push({ id: 9000, body: p.body });
    return { id: 9000 };
  }
  async updateComment(p: { owner: string; repo: string; commentId: number; body: string }) {
    this.calls.push(`update ${p.owner}/${p.repo} comment ${p.commentId}`);
    this.check('updateComment');
    this.comments = this.comments.map((c) => (c.id === p.commentId ? { ...c, body: p.body } : c));
    return { id: p.commentId };
  }
  bodyOf(id: number): string | undefined {
    return this.comments.find((c) => c.id === id)?.body;
  }
}

const others = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: from + i, body: `Comment ${from + i} by a reviewer.` }));
const prEvent = (fork = false, eventName = 'pull_request'): CommentEvent => ({
  eventName,
  repository: 'acme/churn-model',
  payload: { pull_request: { number: 7, head: { repo: { full_name: fork ? 'someone/churn-model' : 'acme/churn-model' } }, base: { repo: { full_name: 'acme/churn-model' } } } },
});

function logger() {
  const log = { infos: [] as string[], warnings: [] as string[], info: (m: string) => log.infos.push(m), warning: (m: string) => log.warnings.push(m) };
  return log;
}

describe('publishPrComment', () => {
  const body = renderPrComment(atRoot(ciReport()));

  it('creates the comment when no page holds one of ours, after reading every page', async () => {
    const client = new FakeClient(others(PER_PAGE + 30));
    const log = logger();
    const outcome = await publishPrComment(body, '.', prEvent(), () => client, log);
    expect(outcome).toEqual({ kind: 'created', commentId: 9000 });
    expect(client.calls).toEqual(['list acme/churn-model#7 page 1', 'list acme/churn-model#7 page 2', 'create acme/churn-model#7']);
    expect(client.bodyOf(9000)).toBe(body);
    expect(log.infos).toEqual(['Posted the report as comment 9000 on pull request #7.']);
    expect(log.warnings).toEqual([]);
  });

  it('updates our comment found on page 2, on a pull_request_target event too', async () => {
    const client = new FakeClient([...others(120), { id: 555, body: `${COMMENT_MARKER}\nold report` }, ...others(10, 200)]);
    const log = logger();
    const outcome = await publishPrComment(body, '.', prEvent(false, 'pull_request_target'), () => client, log);
    expect(outcome).toEqual({ kind: 'updated', commentId: 555 });
    expect(client.calls).toEqual(['list acme/churn-model#7 page 1', 'list acme/churn-model#7 page 2', 'update acme/churn-model comment 555']);
    expect(client.bodyOf(555)).toBe(body);
    expect(log.infos).toEqual(['Updated the report in comment 555 on pull request #7.']);
  });

  it('stops reading pages once it finds our comment', async () => {
    const client = new FakeClient([{ id: 3, body: `${COMMENT_MARKER}\nold` }, ...others(PER_PAGE * 2, 10)]);
    await publishPrComment(body, '.', prEvent(), () => client, logger());
    expect(client.calls).toEqual(['list acme/churn-model#7 page 1', 'update acme/churn-model comment 3']);
  });

  it('leaves the comment of another analysed folder alone', async () => {
    const client = new FakeClient([{ id: 3, body: `${COMMENT_MARKER}\n<!-- mlops-ci-check path=services%2Fapi -->\nold` }]);
    const outcome = await publishPrComment(renderPrComment({ ...ciReport(), path: 'services/ml' }), 'services/ml', prEvent(), () => client, logger());
    expect(outcome.kind).toBe('created');
    expect(client.calls).toEqual(['list acme/churn-model#7 page 1', 'create acme/churn-model#7']);
  });

  it.each([
    ['push', { ref: 'refs/heads/main' }, '"comment-on-pr" is "true", but this run is a "push" event, not a pull request, so no comment was posted.'],
    ['schedule', {}, '"comment-on-pr" is "true", but this run is a "schedule" event, not a pull request, so no comment was posted.'],
    ['pull_request', { pull_request: {} }, '"comment-on-pr" is "true" and this is a "pull_request" event, but its payload names no pull request number and repository, so no comment was posted.'],
  ])('on a %s event, writes one info line and builds no client', async (eventName, payload, info) => {
    const log = logger();
    let built = 0;
    const outcome = await publishPrComment(body, '.', { eventName, payload, repository: 'acme/churn-model' }, () => {
      built++;
      return new FakeClient([]);
    }, log);
    expect(outcome).toEqual({ kind: 'skipped', reason: info });
    expect(built).toBe(0);
    expect(log.infos).toEqual([info]);
    expect(log.warnings).toEqual([]);
  });

  const httpError = (status: number, message: string) => Object.assign(new Error(message), { status });

  it.each([
    ['createComment', httpError(403, 'Resource not accessible by integration'), true, /^Could not post the report as a comment on pull request #7: GitHub answered HTTP 403 while creating the comment \("Resource not accessible by integration"\)\. The token is not allowed to comment on this pull request: add `permissions: pull-requests: write` to the job .* This pull request comes from a fork, and GitHub gives runs on fork pull requests a read-only token .*This does not fail the step\.$/],
    ['listComments', httpError(404, 'Not Found'), false, /^Could not post .* HTTP 404 while listing the comments \("Not Found"\)\. The token is not allowed to comment on this pull request: add `permissions: pull-requests: write` to the job \(or the workflow\), or pass a token that has it in "github-token"\. This does not fail the step\.$/],
    ['updateComment', httpError(401, 'Bad credentials'), false, /HTTP 401 while updating comment 3 \("Bad credentials"\)\. The token was refused: check the "github-token" input/],
    ['listComments', new Error('getaddrinfo ENOTFOUND api.github.com\n    at stack line'), false, /^Could not post the report as a comment on pull request #7: the GitHub API could not be reached while listing the comments \("getaddrinfo ENOTFOUND api\.github\.com"\)\. This does not fail the step\.$/],
    ['createComment', httpError(500, 'Server Error'), false, /HTTP 500 while creating the comment \("Server Error"\)\. This does not fail the step\.$/],
  ] as const)('turns a %s failure into one warning, never a throw', async (method, error, fork, warning) => {
    const existing = method === 'updateComment' ? [{ id: 3, body: `${COMMENT_MARKER}\nold` }] : [];
    const log = logger();
    const outcome = await publishPrComment(body, '.', prEvent(fork), () => new FakeClient(existing, { method, error }), log);
    expect(outcome.kind).toBe('failed');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(warning);
    expect(log.warnings[0]).not.toContain('stack line');
    expect(log.infos).toEqual([]);
    if (!fork) expect(log.warnings[0]).not.toContain('fork');
  });

  it('turns a failure to build the client into a warning', async () => {
    const log = logger();
    const outcome = await publishPrComment(body, '.', prEvent(), () => {
      throw new Error('Parameter token or opts.auth is required');
    }, log);
    expect(outcome.kind).toBe('failed');
    expect(log.warnings[0]).toBe('Could not post the report as a comment on pull request #7: the GitHub client could not be created ("Parameter token or opts.auth is required"). This does not fail the step.');
  });
});

describe('pullRequestTarget', () => {
  it.each([
    [prEvent(), { owner: 'acme', repo: 'churn-model', number: 7, fromFork: false }],
    [prEvent(true), { owner: 'acme', repo: 'churn-model', number: 7, fromFork: true }],
    [{ eventName: 'pull_request', repository: undefined, payload: { pull_request: { number: 9 }, repository: { full_name: 'octo/lib' } } }, { owner: 'octo', repo: 'lib', number: 9, fromFork: false }],
  ])('reads %j', (event, target) => {
    expect(pullRequestTarget(event)).toEqual(target);
  });
});
