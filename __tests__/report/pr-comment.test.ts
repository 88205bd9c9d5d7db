import type { Report, ReportBase } from '../../src/model/report.js';
import { COMMENT_MARKER, commentPlan, isOwnComment, renderPrComment, runLinkFrom, type RunLink } from '../../src/report/pr-comment.js';
import { PER_PAGE, publishPrComment, pullRequestTarget, type CommentClient, type CommentEvent } from '../../src/report/publish-pr-comment.js';
import { decodeInert } from '../helpers/gfm.js';
import { ciReport, EVIL_NAME } from '../helpers/reports.js';

const RUN: RunLink = { serverUrl: 'https://github.com', repository: 'acme/churn-model', runId: '4242' };
const chars = (s: string) => s.length;
const lines = (s: string) => s.split('\n');
const atRoot = (r: Report): Report => ({ ...r, path: '.' });

/** The ci.yml report with a base whose unit tests ran at ci.yml:14, removed by this change. */
function changedReport(over: Partial<Report> = {}): Report {
  const r = atRoot(ciReport());
  const base: ReportBase = {
    sha: 'b'.repeat(40),
    ref: 'main',
    compared: true,
    score: r.score + 5,
    level: 1,
    passed: true,
    changedFiles: 1,
    changes: [
      { id: 'unit-tests', title: 'Unit tests', before: 'automated', after: 'absent', causes: [{ side: 'base', file: '.github/workflows/ci.yml', line: 14, change: 'removed', text: '- run: pytest -q' }] },
      { id: 'lint', title: 'Lint, format and type checks', before: 'present', after: 'automated', causes: [{ side: 'head', file: '.github/workflows/ci.yml', line: 13, change: 'added', text: '- run: ruff check .' }] },
    ],
    newFindings: [{ severity: 'warning', file: '.github/workflows/ci.yml', line: 13, column: 9, check: 'lint', message: 'The step `ruff check .` cannot fail.' }],
  };
  return { ...r, base, ...over };
}

const LINKS = { serverUrl: 'https://github.com', repository: 'acme/churn-model', sha: 'h'.repeat(40) };

describe('renderPrComment: one screen', () => {
  const report = atRoot(ciReport());

  it('starts with the hidden marker, then a path marker when a sub-folder was analysed', () => {
    expect(lines(renderPrComment(report))[0]).toBe(COMMENT_MARKER);
    expect(lines(renderPrComment(report))[1]).toMatch(/^### 🔴 MLOps CI check: \d+\/100/u);
    const sub = lines(renderPrComment({ ...report, path: 'services/ml model' }));
    expect(sub.slice(0, 3)).toEqual([COMMENT_MARKER, '<!-- mlops-ci-check path=services%2Fml%20model -->', `### 🔴 MLOps CI check in <code>services/ml model</code>: ${report.score}/100 · level ${report.level} (no MLOps)`]);
  });

  it('says the change against the base in the heading, then the changed verdicts with the line that caused them, linked', () => {
    const r = changedReport();
    const md = renderPrComment(r, { links: LINKS, run: RUN });
    expect(lines(md)[1]).toBe(`### 🔴 MLOps CI check: ${r.score}/100 · level 0 (no MLOps) · this PR: ${r.score + 5} → ${r.score} (−5), level 1 → 0`);
    expect(md).toContain('**This PR** changes 2 verdicts:\n\n');
    expect(md).toContain(`- [.github/workflows/ci.yml:14](https://github.com/acme/churn-model/blob/${'b'.repeat(40)}/.github/workflows/ci.yml#L14) removed <code>- run: pytest -q</code>: **Unit tests** ✅ → ❌`);
    expect(md).toContain(`- [.github/workflows/ci.yml:13](https://github.com/acme/churn-model/blob/${'h'.repeat(40)}/.github/workflows/ci.yml#L13) added <code>- run: ruff check .</code>: **Lint, format and type checks** 🟡 → ✅`);
    expect(md).toContain(`**New on lines this PR changed** (1):\n\n- [.github/workflows/ci.yml:13](https://github.com/acme/churn-model/blob/${'h'.repeat(40)}/.github/workflows/ci.yml#L13) The step <code>ruff check .</code> cannot fail.`);
  });

  it('groups the items that one line change moved', () => {
    const r = changedReport();
    const cause = r.base!.changes![0]!.causes[0]!;
    const more = { ...r, base: { ...r.base!, changes: [...r.base!.changes!, { id: 'training-tests' as const, title: 'Training is tested on small data', before: 'automated' as const, after: 'present' as const, causes: [cause] }] } };
    expect(renderPrComment(more)).toContain('removed <code>- run: pytest -q</code>: **Unit tests** ✅ → ❌, **Training is tested on small data** ✅ → 🟡\n');
  });

  it('says in one line when the base was not compared', () => {
    const r = { ...report, base: { sha: 'c'.repeat(40), ref: 'main', compared: false, note: 'The base commit ccccccc is not in this checkout (a shallow fetch), so the change against it is not shown. To see it, give actions/checkout `fetch-depth: 0`.' } };
    const md = renderPrComment(r);
    expect(md).toContain('\n\nℹ️ The base commit ccccccc is not in this checkout (a shallow fetch), so the change against it is not shown. To see it, give actions/checkout <code>fetch-depth: 0</code>.\n\n');
    expect(lines(md)[1]).not.toContain('this PR');
  });

  it('lists the next three steps by the ladder, and links the full report', () => {
    const md = renderPrComment(report, { run: RUN });
    expect(report.nextSteps).toHaveLength(3);
    expect(md).toContain('**Next steps:**\n\n1. ❌ **Unit tests** (<code>unit-tests</code>, needed for level 1 · +');
    const open = report.items.filter((i) => i.verdict === 'absent' || i.verdict === 'present').length;
    expect(md.endsWith(`**Full report** (${open} items are not automated yet; the evidence for every verdict): the [job summary of run 4242](https://github.com/acme/churn-model/actions/runs/4242).\n\n`)).toBe(true);
  });

  it('names the gap when the gate fails, and shows no gate line when none is set', () => {
    expect(renderPrComment(report)).not.toContain('Gate');
    const failed = atRoot(ciReport({ thresholds: { minScore: 0, minLevel: 1 } }));
    const md = lines(renderPrComment(failed));
    expect(md[1]).toMatch(/^### ❌ MLOps CI check: /);
    expect(md[3]).toBe(`❌ **Gate failed:** ${failed.gate.reasons[0]!.replace('<', '&lt;')}.`);
  });

  it.each([
    [RUN, true, 'the [job summary of run 4242](https://github.com/acme/churn-model/actions/runs/4242).'],
    [{ ...RUN, attempt: '1' }, true, 'the [job summary of run 4242](https://github.com/acme/churn-model/actions/runs/4242).'],
    [{ ...RUN, attempt: '3', serverUrl: 'https://ghe.example.com/' }, true, 'the [job summary of run 4242](https://ghe.example.com/acme/churn-model/actions/runs/4242/attempts/3).'],
    [RUN, false, 'the [workflow run 4242](https://github.com/acme/churn-model/actions/runs/4242).'],
  ])('links the run %j (summary written: %s)', (run, summary, tail) => {
    expect(renderPrComment(report, { run, summary })).toContain(tail);
  });

  it('has no run link outside Actions', () => {
    expect(renderPrComment(report)).not.toContain('Full report');
    expect(runLinkFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/churn-model' })).toBeUndefined();
    expect(runLinkFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/churn-model', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' })).toEqual({ ...RUN, attempt: '2' });
  });

  it('uses no <br> (a comment turns each newline into a break) and stays under 2,500 characters', () => {
    const md = renderPrComment(changedReport(), { links: LINKS, run: RUN });
    expect(md).not.toContain('<br>');
    expect(chars(md)).toBeLessThanOrEqual(2500);
  });

  it('escapes repository text so it cannot open a link or a tag', () => {
    const r = changedReport({ path: EVIL_NAME });
    const evil = { ...r, base: { ...r.base!, changes: [{ ...r.base!.changes![0]!, title: EVIL_NAME }] } };
    const md = renderPrComment(evil);
    expect(md).not.toContain('<script>');
    const line = lines(md).find((l) => l.includes('removed <code>'))!;
    const title = /: \*\*(.*)\*\* ✅ → ❌$/.exec(line)![1]!;
    expect(decodeInert(title)).toBe(EVIL_NAME);
  });
});

describe('commentPlan', () => {
  const report = atRoot(ciReport());
  const failed = atRoot(ciReport({ thresholds: { minScore: 100, minLevel: 0 } }));
  const same = { ...report, base: { sha: 'b', ref: null, compared: true, score: report.score, level: report.level, passed: true, changes: [], newFindings: [] } };
  const shallow = { ...report, base: { sha: 'b', ref: null, compared: false, note: 'x' } };
  it.each([
    ['always', report, 'create-or-update'],
    ['never', changedReport(), 'none'],
    ['on-change', changedReport(), 'create-or-update'],
    ['on-change', same, 'update-only'],
    ['on-change', shallow, 'update-only'],
    ['on-change', { ...same, base: { ...same.base, score: report.score + 1 } }, 'create-or-update'],
    ['on-change', { ...same, base: { ...same.base, passed: false } }, 'create-or-update'],
    ['on-failure', report, 'update-only'],
    ['on-failure', failed, 'create-or-update'],
  ] as const)('%s: %#', (mode, r, post) => {
    expect(commentPlan(mode, r as Report).post).toBe(post);
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

  it('only updates, never creates, when the policy says so (on-change with no change)', async () => {
    const none = new FakeClient(others(3));
    const log = logger();
    expect(await publishPrComment(body, '.', prEvent(), () => none, log, { create: false, why: 'No change.' })).toEqual({ kind: 'skipped', reason: 'No change.' });
    expect(none.calls).toEqual(['list acme/churn-model#7 page 1']);
    expect(log.infos).toEqual(['No change.']);
    const mine = new FakeClient([{ id: 3, body: `${COMMENT_MARKER}\nold` }]);
    expect(await publishPrComment(body, '.', prEvent(), () => mine, logger(), { create: false })).toEqual({ kind: 'updated', commentId: 3 });
  });

  it('leaves the comment of another analysed folder alone', async () => {
    const client = new FakeClient([{ id: 3, body: `${COMMENT_MARKER}\n<!-- mlops-ci-check path=services%2Fapi -->\nold` }]);
    const outcome = await publishPrComment(renderPrComment({ ...ciReport(), path: 'services/ml' }), 'services/ml', prEvent(), () => client, logger());
    expect(outcome.kind).toBe('created');
    expect(client.calls).toEqual(['list acme/churn-model#7 page 1', 'create acme/churn-model#7']);
  });

  it.each([
    ['push', { ref: 'refs/heads/main' }, '"comment-on-pr" is set, but this run is a "push" event, not a pull request, so no comment was posted.'],
    ['schedule', {}, '"comment-on-pr" is set, but this run is a "schedule" event, not a pull request, so no comment was posted.'],
    ['pull_request', { pull_request: {} }, '"comment-on-pr" is set and this is a "pull_request" event, but its payload names no pull request number and repository, so no comment was posted.'],
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
