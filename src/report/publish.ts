/**
 * The one place that talks to the runner: annotations, the job summary, step outputs, the
 * JSON report file and (opt-in) the pull-request comment. Everything it publishes is rendered
 * by the pure modules beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { ActionInputs } from '../inputs.js';
import type { Report } from '../model/report.js';
import { annotationProperties, selectAnnotations } from './annotations.js';
import { renderJson } from './json.js';
import { linkContextFrom } from './links.js';
import { renderPrComment, runLinkFrom } from './pr-comment.js';
import { publishPrComment, type CommentClient } from './publish-pr-comment.js';
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

export async function publish(report: Report, ctx: PublishContext): Promise<void> {
  const prefix = pathPrefix(ctx.workspace, ctx.inputs.path);
  const inWorkspace = (file: string) => (prefix && file !== '.' ? `${prefix}/${file}` : file);

  const selection = ctx.inputs.annotations ? selectAnnotations(report.findings) : { shown: [], cut: [] };
  for (const f of selection.shown) {
    const props = annotationProperties({ ...f, file: inWorkspace(f.file) });
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }

  let reportPath = '';
  if (ctx.inputs.reportFile) {
    reportPath = path.resolve(ctx.workspace, ctx.inputs.reportFile);
    fs.mkdirSync(path.dirname(reportPath), { recursive: true });
    fs.writeFileSync(reportPath, renderJson(report));
    core.info(`JSON report written to ${reportPath}`);
  }

  if (ctx.inputs.summary) {
    const base = linkContextFrom(ctx.env);
    const links = base && prefix ? { ...base, pathPrefix: prefix } : base;
    const markdown = renderSummary(report, { ...(links ? { links } : {}), cutAnnotations: selection.cut });
    await core.summary.addRaw(markdown, true).write();
  }

  if (ctx.inputs.commentOnPr && ctx.inputs.githubToken) {
    const token = ctx.inputs.githubToken;
    const run = runLinkFrom(ctx.env);
    const body = renderPrComment(report, { ...(run ? { run } : {}), summary: ctx.inputs.summary });
    const event = { eventName: github.context.eventName, payload: github.context.payload, repository: ctx.env['GITHUB_REPOSITORY'] };
    await publishPrComment(body, report.path, event, () => octokitCommentClient(token), { info: core.info, warning: core.warning });
  }

  core.setOutput('score', report.score);
  core.setOutput('level', report.level);
  core.setOutput('weakest-phase', report.weakestPhase ?? '');
  core.setOutput('report-file', reportPath);
  core.setOutput('passed', report.gate.passed ? 'true' : 'false');
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
