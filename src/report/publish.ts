/**
 * The one place that talks to the runner: annotations, the job summary, step outputs, the
 * JSON report file and (opt-in) the pull-request comment. Everything it publishes is rendered
 * by the pure modules beside it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ActionInputs } from '../inputs.js';
import type { Report } from '../model/report.js';
import { annotationProperties, selectAnnotations } from './annotations.js';
import { renderJson } from './json.js';
import { linkContextFrom } from './links.js';
import { commentPlan, renderPrComment, runLinkFrom } from './pr-comment.js';
import { publishPrComment, type CommentClient } from './publish-pr-comment.js';
import { renderBadge } from './badge.js';
import { renderSarif } from './sarif.js';
import { isToolLimit } from './summary-details.js';
import { renderSummary } from './summary.js';

export interface PublishContext {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The analysed folder relative to the workspace ('' for the workspace itself), POSIX separators. */
export function pathPrefix(workspace: string, analysed: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, analysed)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : rel;
}

/** Writes a file under the workspace (folders made), returning its absolute path. */
function writeOut(workspace: string, file: string, text: string): string {
  const abs = path.resolve(workspace, file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

export async function publish(report: Report, ctx: PublishContext): Promise<void> {
  const prefix = pathPrefix(ctx.workspace, ctx.inputs.path);
  const inWorkspace = (file: string) => (prefix && file !== '.' ? `${prefix}/${file}` : file);

  // A limit of the tool (a file over the size it reads) is a line in the summary, not an annotation on the user's file.
  const selection = ctx.inputs.annotations ? selectAnnotations(report.findings.filter((f) => !isToolLimit(f))) : { shown: [], cut: [] };
  for (const f of selection.shown) {
    const props = annotationProperties({ ...f, file: inWorkspace(f.file) });
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }

  let reportPath = '';
  if (ctx.inputs.reportFile) {
    reportPath = writeOut(ctx.workspace, ctx.inputs.reportFile, renderJson(report));
    core.info(`JSON report written to ${reportPath}`);
  }
  let sarifPath = '';
  if (ctx.inputs.sarifFile) {
    sarifPath = writeOut(ctx.workspace, ctx.inputs.sarifFile, renderSarif(report, { pathPrefix: prefix }));
    core.info(`SARIF written to ${sarifPath}`);
  }
  if (ctx.inputs.badgeFile) core.info(`Badge JSON written to ${writeOut(ctx.workspace, ctx.inputs.badgeFile, renderBadge(report))}`);

  // Links at the pull request's head commit when there is one: the merge commit GitHub checks out can stop resolving.
  const base = linkContextFrom(ctx.env);
  const sha = report.commit?.head ?? base?.sha;
  const links = base && sha ? { ...base, sha, ...(prefix ? { pathPrefix: prefix } : {}) } : undefined;
  const markdown = renderSummary(report, { ...(links ? { links } : {}), cutAnnotations: selection.cut });
  if (ctx.inputs.summary) await core.summary.addRaw(markdown, true).write();
  const summaryPath = writeOut(ctx.env['RUNNER_TEMP'] || os.tmpdir(), path.join('mlops-ci-check', `summary-${process.pid}.md`), markdown);

  let commentId = '';
  const plan = commentPlan(ctx.inputs.commentOnPr, report);
  if (plan.post === 'none' || !ctx.inputs.githubToken) {
    if (ctx.inputs.commentOnPr !== 'never') core.info(plan.why);
  } else {
    const token = ctx.inputs.githubToken;
    const run = runLinkFrom(ctx.env);
    const body = renderPrComment(report, { ...(run ? { run } : {}), ...(links ? { links } : {}), summary: ctx.inputs.summary });
    const event = { eventName: github.context.eventName, payload: github.context.payload, repository: ctx.env['GITHUB_REPOSITORY'] };
    const outcome = await publishPrComment(body, report.path, event, () => octokitCommentClient(token), { info: core.info, warning: core.warning }, { create: plan.post === 'create-or-update', why: plan.why });
    if (outcome.kind === 'created' || outcome.kind === 'updated') commentId = String(outcome.commentId);
  }

  core.setOutput('score', report.score);
  core.setOutput('level', report.level);
  core.setOutput('weakest-phase', report.weakestPhase ?? '');
  core.setOutput('report-file', reportPath);
  core.setOutput('passed', report.gate.passed ? 'true' : 'false');
  const compared = report.base?.compared && report.base.score !== undefined ? report.base.score : undefined;
  core.setOutput('base-score', compared ?? '');
  core.setOutput('score-delta', compared === undefined ? '' : String(report.score - compared));
  core.setOutput('summary-file', summaryPath);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('comment-id', commentId);
  core.info(`mlops-ci-check: score ${report.score}/100, ${report.levelExplanation}`);
}

/** A request that hangs must not hold the job: each call gives up after this. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The REST calls publishPrComment needs, on @actions/github's Octokit. */
function octokitCommentClient(token: string): CommentClient {
  const octokit = github.getOctokit(token);
  const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return {
    async listComments({ owner, repo, issueNumber, page, perPage }) {
      const res = await octokit.rest.issues.listComments({ owner, repo, issue_number: issueNumber, page, per_page: perPage, request: request() });
      return res.data.map((c) => ({ id: c.id, body: c.body ?? null }));
    },
    async createComment({ owner, repo, issueNumber, body }) {
      const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body, request: request() });
      return { id: res.data.id };
    },
    async updateComment({ owner, repo, commentId, body }) {
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request: request() });
      return { id: res.data.id };
    },
  };
}
