/**
 * The one place that talks to the runner: annotations, the job summary, step outputs, the
 * JSON report file and (opt-in) the pull-request comment. Everything it publishes is rendered
 * by the pure modules beside it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
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
import { readRunnerEvent } from './runner-event.js';
import { describeKind, errorCode, realFolder, writeInside } from '../io/fs-guard.js';

export interface PublishContext {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The checked report file (input-paths.ts), inside the workspace. */
  reportFile?: string;
  /** The SARIF and badge files as checked before the analysis (real paths inside the workspace). */
  sarifFile?: string;
  badgeFile?: string;
}

/** The analysed folder relative to the workspace ('' for the workspace itself), POSIX separators. */
export function pathPrefix(workspace: string, analysed: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, analysed)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : rel;
}

/**
 * Writes a file inside `folder` through the guarded door (no link followed, no folder or
 * FIFO written to), returning its real path, or records why not and returns ''.
 */
function writeOut(folder: string, file: string, text: string, what: string, problems: string[]): string {
  const real = realFolder(folder);
  const written = real.ok ? writeInside(real.value, real.value, path.resolve(real.value, file), text) : real;
  if (written.ok) return written.value;
  problems.push(`${what} ("${file}") ${written.reason}; it was not written.`);
  return '';
}

/**
 * Publishes everything it can and returns what it could not, one line each (the runner's
 * files are input too: a missing or unwritable GITHUB_OUTPUT or GITHUB_STEP_SUMMARY, a bad
 * event file, an output file that cannot be written). The outputs are set as soon as the
 * files are written, before the summary and the comment, so a later problem never loses them.
 */
export async function publish(report: Report, ctx: PublishContext): Promise<string[]> {
  const problems: string[] = [];
  const prefix = pathPrefix(ctx.workspace, ctx.inputs.path);
  const inWorkspace = (file: string) => (prefix && file !== '.' ? `${prefix}/${file}` : file);
  const outputProblem = runnerFileProblem(ctx.env, 'GITHUB_OUTPUT', false);
  if (outputProblem) problems.push(outputProblem);
  const setOutputs = (set: () => void) => {
    if (!outputProblem) attempt(problems, 'the step outputs could not be set (GITHUB_OUTPUT)', set);
  };

  let reportPath = '';
  if (ctx.inputs.reportFile) {
    reportPath = writeOut(ctx.workspace, ctx.reportFile ?? ctx.inputs.reportFile, renderJson(report), 'Input "report-file"', problems);
    if (reportPath) core.info(`JSON report written to ${reportPath}`);
  }
  let sarifPath = '';
  if (ctx.inputs.sarifFile) {
    sarifPath = writeOut(ctx.workspace, ctx.sarifFile ?? ctx.inputs.sarifFile, renderSarif(report, { pathPrefix: prefix }), 'Input "sarif-file"', problems);
    if (sarifPath) core.info(`SARIF written to ${sarifPath}`);
  }
  if (ctx.inputs.badgeFile) {
    const badgePath = writeOut(ctx.workspace, ctx.badgeFile ?? ctx.inputs.badgeFile, renderBadge(report), 'Input "badge-file"', problems);
    if (badgePath) core.info(`Badge JSON written to ${badgePath}`);
  }
  const compared = report.base?.compared && report.base.score !== undefined ? report.base.score : undefined;
  setOutputs(() => {
    core.setOutput('score', report.score);
    core.setOutput('level', report.level);
    core.setOutput('weakest-phase', report.weakestPhase ?? '');
    core.setOutput('report-file', reportPath);
    core.setOutput('passed', report.gate.passed ? 'true' : 'false');
    core.setOutput('base-score', compared ?? '');
    core.setOutput('score-delta', compared === undefined ? '' : String(report.score - compared));
    core.setOutput('sarif-file', sarifPath);
  });

  // A limit of the tool (a file over the size it reads) is a line in the summary, not an annotation on the user's file.
  const selection = ctx.inputs.annotations ? selectAnnotations(report.findings.filter((f) => !isToolLimit(f))) : { shown: [], cut: [] };
  for (const f of selection.shown) {
    const props = annotationProperties({ ...f, file: inWorkspace(f.file) });
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }

  // Links at the pull request's head commit when there is one: the merge commit GitHub checks out can stop resolving.
  const base = linkContextFrom(ctx.env);
  const sha = report.commit?.head ?? base?.sha;
  const links = base && sha ? { ...base, sha, ...(prefix ? { pathPrefix: prefix } : {}) } : undefined;
  const markdown = renderSummary(report, { ...(links ? { links } : {}), cutAnnotations: selection.cut });
  if (ctx.inputs.summary) {
    const summaryProblem = runnerFileProblem(ctx.env, 'GITHUB_STEP_SUMMARY', true);
    if (summaryProblem) problems.push(summaryProblem);
    else await attemptAsync(problems, 'the job summary could not be written (GITHUB_STEP_SUMMARY)', () => core.summary.addRaw(markdown, true).write());
  }
  const summaryPath = writeOut(ctx.env['RUNNER_TEMP'] || os.tmpdir(), path.join('mlops-ci-check', `summary-${process.pid}.md`), markdown, 'The summary file under RUNNER_TEMP', problems);

  let commentId = '';
  const plan = commentPlan(ctx.inputs.commentOnPr, report);
  if (plan.post === 'none' || !ctx.inputs.githubToken) {
    if (ctx.inputs.commentOnPr !== 'never') core.info(plan.why);
  } else {
    const token = ctx.inputs.githubToken;
    const event = readRunnerEvent(ctx.env);
    if (!event.ok) core.warning(`No pull-request comment was posted: ${event.reason}.`);
    else {
      const run = runLinkFrom(ctx.env);
      const body = renderPrComment(report, { ...(run ? { run } : {}), ...(links ? { links } : {}), summary: ctx.inputs.summary });
      const commentEvent = { eventName: event.eventName, payload: event.payload, repository: ctx.env['GITHUB_REPOSITORY'] };
      await attemptAsync(problems, 'the pull-request comment could not be posted', async () => {
        // Loaded only now, after the event file was checked: @actions/github reads it as it loads.
        const github = await import('@actions/github');
        const outcome = await publishPrComment(body, report.path, commentEvent, () => octokitCommentClient(github, token), { info: core.info, warning: core.warning }, { create: plan.post === 'create-or-update', why: plan.why });
        if (outcome.kind === 'created' || outcome.kind === 'updated') commentId = String(outcome.commentId);
      });
    }
  }

  setOutputs(() => {
    core.setOutput('summary-file', summaryPath);
    core.setOutput('comment-id', commentId);
  });
  core.info(`mlops-ci-check: score ${report.score}/100, ${report.levelExplanation}`);
  return problems;
}

/**
 * Why a runner file named by `name` cannot take writes, or undefined when it can. An unset
 * GITHUB_OUTPUT is fine (@actions/core falls back to the log command); an unset summary is not.
 */
export function runnerFileProblem(env: Readonly<Record<string, string | undefined>>, name: string, required: boolean): string | undefined {
  const file = env[name];
  if (!file) return required ? `${name} is not set, so the job summary was not written; run the action on a GitHub runner, or set "summary" to "false".` : undefined;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err: unknown) {
    return `${name} ("${file}") does not exist or cannot be read (${errorCode(err)}); the runner gives every step this file.`;
  }
  if (!st.isFile()) return `${name} ("${file}") is ${describeKind(st)}, not a file; the runner gives every step a file there.`;
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch (err: unknown) {
    return `${name} ("${file}") is not writable (${errorCode(err)}).`;
  }
  return undefined;
}

function attempt(problems: string[], what: string, fn: () => void): void {
  try {
    fn();
  } catch (err: unknown) {
    problems.push(`${what}: ${oneLine(err)}.`);
  }
}

async function attemptAsync(problems: string[], what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (err: unknown) {
    problems.push(`${what}: ${oneLine(err)}.`);
  }
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.replace(/\.$/, '');
}

/** A request that hangs must not hold the job: each call gives up after this. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The REST calls publishPrComment needs, on @actions/github's Octokit. */
function octokitCommentClient(github: typeof import('@actions/github'), token: string): CommentClient {
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
