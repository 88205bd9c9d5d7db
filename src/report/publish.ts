/**
 * The one place that talks to the runner: annotations, the job summary, step outputs, the
 * JSON report file and (opt-in) the pull-request comment. Everything it publishes is rendered
 * by the pure modules beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import type { Report } from '../model/report.js';
import { annotationProperties, selectAnnotations } from './annotations.js';
import { renderJson } from './json.js';
import { linkContextFrom } from './links.js';
import { renderPrComment, runLinkFrom } from './pr-comment.js';
import { publishPrComment, type CommentClient } from './publish-pr-comment.js';
import { renderSummary } from './summary.js';
import { readRunnerEvent } from './runner-event.js';
import { describeKind, errorCode, writeInside } from '../parse/fs-guard.js';

export interface PublishContext {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The checked report file (input-paths.ts), inside the workspace. */
  reportFile?: string;
}

/** The analysed folder relative to the workspace ('' for the workspace itself), POSIX separators. */
export function pathPrefix(workspace: string, analysed: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, analysed)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : rel;
}

/**
 * Publishes everything it can and returns what it could not, one line each (the runner's
 * files are input too: a missing or unwritable GITHUB_OUTPUT or GITHUB_STEP_SUMMARY, a bad
 * event file, a report file that cannot be written). The outputs are set first, so a later
 * problem never loses them.
 */
export async function publish(report: Report, ctx: PublishContext): Promise<string[]> {
  const problems: string[] = [];
  const prefix = pathPrefix(ctx.workspace, ctx.inputs.path);
  const inWorkspace = (file: string) => (prefix && file !== '.' ? `${prefix}/${file}` : file);

  const outputProblem = runnerFileProblem(ctx.env, 'GITHUB_OUTPUT', false);
  const setOutputs = (reportPath: string) => {
    if (outputProblem) return;
    attempt(problems, 'the step outputs could not be set (GITHUB_OUTPUT)', () => {
      core.setOutput('score', report.score);
      core.setOutput('level', report.level);
      core.setOutput('weakest-phase', report.weakestPhase ?? '');
      core.setOutput('report-file', reportPath);
      core.setOutput('passed', report.gate.passed ? 'true' : 'false');
    });
  };
  if (outputProblem) problems.push(outputProblem);

  let reportPath = '';
  if (ctx.inputs.reportFile) {
    const target = ctx.reportFile ?? path.resolve(ctx.workspace, ctx.inputs.reportFile);
    const written = writeInside(ctx.workspace, ctx.workspace, target, renderJson(report));
    if (written.ok) {
      reportPath = written.value;
      core.info(`JSON report written to ${reportPath}`);
    } else problems.push(`Input "report-file" ("${ctx.inputs.reportFile}") ${written.reason}; the JSON report was not written.`);
  }
  setOutputs(reportPath);

  const selection = ctx.inputs.annotations ? selectAnnotations(report.findings) : { shown: [], cut: [] };
  for (const f of selection.shown) {
    const props = annotationProperties({ ...f, file: inWorkspace(f.file) });
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }

  if (ctx.inputs.summary) {
    const summaryProblem = runnerFileProblem(ctx.env, 'GITHUB_STEP_SUMMARY', true);
    if (summaryProblem) problems.push(summaryProblem);
    else {
      const base = linkContextFrom(ctx.env);
      const links = base && prefix ? { ...base, pathPrefix: prefix } : base;
      const markdown = renderSummary(report, { ...(links ? { links } : {}), cutAnnotations: selection.cut });
      await attemptAsync(problems, 'the job summary could not be written (GITHUB_STEP_SUMMARY)', () => core.summary.addRaw(markdown, true).write());
    }
  }

  if (ctx.inputs.commentOnPr && ctx.inputs.githubToken) {
    const token = ctx.inputs.githubToken;
    const event = readRunnerEvent(ctx.env);
    if (!event.ok) core.warning(`No pull-request comment was posted: ${event.reason}.`);
    else {
      const run = runLinkFrom(ctx.env);
      const body = renderPrComment(report, { ...(run ? { run } : {}), summary: ctx.inputs.summary });
      const commentEvent = { eventName: event.eventName, payload: event.payload, repository: ctx.env['GITHUB_REPOSITORY'] };
      await attemptAsync(problems, 'the pull-request comment could not be posted', async () => {
        // Loaded only now, after the event file was checked: @actions/github reads it as it loads.
        const github = await import('@actions/github');
        await publishPrComment(body, report.path, commentEvent, () => octokitCommentClient(github, token), { info: core.info, warning: core.warning });
      });
    }
  }

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
