/**
 * Posts the report as a pull-request comment, or edits the one an earlier run posted (found by
 * its hidden marker). It never fails the step: an API error becomes a warning that says which
 * permission is missing. The GitHub client and the log are passed in (publish.ts wires
 * @actions/github and @actions/core), so this module is tested with a fake client and no network.
 */
import { isOwnComment } from './pr-comment.js';

/** The few REST calls used (issues.listComments, createComment, updateComment), one page at a time. */
export interface CommentClient {
  listComments(params: { owner: string; repo: string; issueNumber: number; page: number; perPage: number }): Promise<readonly { id: number; body?: string | null }[]>;
  createComment(params: { owner: string; repo: string; issueNumber: number; body: string }): Promise<{ id: number }>;
  updateComment(params: { owner: string; repo: string; commentId: number; body: string }): Promise<{ id: number }>;
}

export interface CommentLog {
  info(message: string): void;
  warning(message: string): void;
}

/** The event as @actions/github's context holds it; `repository` is GITHUB_REPOSITORY (owner/name). */
export interface CommentEvent {
  eventName: string;
  payload: unknown;
  repository: string | undefined;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The head branch lives in another repository: GitHub gives such runs a read-only token. */
  fromFork: boolean;
}

export type CommentOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'created' | 'updated'; commentId: number }
  | { kind: 'failed'; message: string };

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];
export const PER_PAGE = 100;
/** 100 pages of 100: far beyond any real pull request, a stop for a misbehaving API. */
const MAX_PAGES = 100;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function fullName(pr: unknown, side: 'head' | 'base'): unknown {
  return field(field(field(pr, side), 'repo'), 'full_name');
}

/** The pull request to comment on, or why there is none. Pure. */
export function pullRequestTarget(event: CommentEvent): PullRequestTarget | { skip: string } {
  if (!PULL_REQUEST_EVENTS.includes(event.eventName)) {
    return { skip: `"comment-on-pr" is set, but this run is a "${event.eventName}" event, not a pull request, so no comment was posted.` };
  }
  const pr = field(event.payload, 'pull_request');
  const number = field(pr, 'number');
  const repository = event.repository?.trim() || field(field(event.payload, 'repository'), 'full_name');
  const [owner, repo, ...rest] = typeof repository === 'string' ? repository.split('/') : [];
  if (typeof number !== 'number' || !Number.isInteger(number) || !owner || !repo || rest.length > 0) {
    return { skip: `"comment-on-pr" is set and this is a "${event.eventName}" event, but its payload names no pull request number and repository, so no comment was posted.` };
  }
  const head = fullName(pr, 'head');
  const base = fullName(pr, 'base');
  return { owner, repo, number, fromFork: typeof head === 'string' && typeof base === 'string' && head !== base };
}

function statusOf(err: unknown): number | undefined {
  const status = field(err, 'status');
  return typeof status === 'number' ? status : undefined;
}

/** The first line of the error's message, quoted and short. */
function reasonOf(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const line = (raw.split('\n')[0] ?? '').trim();
  return JSON.stringify(line.length > 200 ? `${line.slice(0, 199)}…` : line);
}

const CREATING_CLIENT = 'creating the GitHub client';

/** A warning that says what failed and what to change. */
export function commentErrorMessage(err: unknown, doing: string, target: PullRequestTarget): string {
  const status = statusOf(err);
  const what = `Could not post the report as a comment on pull request #${target.number}`;
  const still = 'This does not fail the step.';
  if (doing === CREATING_CLIENT) return `${what}: the GitHub client could not be created (${reasonOf(err)}). ${still}`;
  if (status === undefined) return `${what}: the GitHub API could not be reached while ${doing} (${reasonOf(err)}). ${still}`;
  const answered = `${what}: GitHub answered HTTP ${status} while ${doing} (${reasonOf(err)}).`;
  if (status === 401) return `${answered} The token was refused: check the "github-token" input, or leave it at its default. ${still}`;
  if (status === 403 || status === 404) {
    const fork = target.fromFork
      ? ' This pull request comes from a fork, and GitHub gives runs on fork pull requests a read-only token whatever the workflow asks for, so no comment can be posted from this event; set "comment-on-pr" to "never" for forks (for example `comment-on-pr: ${{ github.event.pull_request.head.repo.full_name == github.repository && \'on-change\' || \'never\' }}`).'
      : '';
    return `${answered} The token is not allowed to comment on this pull request: add \`permissions: pull-requests: write\` to the job (or the workflow), or pass a token that has it in "github-token".${fork} ${still}`;
  }
  return `${answered} ${still}`;
}

async function findOwnComment(client: CommentClient, target: PullRequestTarget, analysedPath: string): Promise<number | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await client.listComments({ owner: target.owner, repo: target.repo, issueNumber: target.number, page, perPage: PER_PAGE });
    const own = comments.find((c) => isOwnComment(c.body, analysedPath));
    if (own) return own.id;
    if (comments.length < PER_PAGE) return undefined;
  }
  return undefined;
}

/**
 * Creates or updates the comment. `client` is called only for a pull-request event, so a push
 * run never builds a client nor touches the network. Never throws.
 */
export interface CommentPolicy {
  /** false: only an earlier comment of this action is updated; none is created. */
  create: boolean;
  /** Why no new comment is created (logged when none existed). */
  why?: string;
}

export async function publishPrComment(body: string, analysedPath: string, event: CommentEvent, client: () => CommentClient, log: CommentLog, policy: CommentPolicy = { create: true }): Promise<CommentOutcome> {
  const target = pullRequestTarget(event);
  if ('skip' in target) {
    log.info(target.skip);
    return { kind: 'skipped', reason: target.skip };
  }
  let doing = CREATING_CLIENT;
  try {
    const api = client();
    doing = 'listing the comments';
    const existing = await findOwnComment(api, target, analysedPath);
    const where = { owner: target.owner, repo: target.repo };
    if (existing === undefined && !policy.create) {
      const reason = policy.why ?? 'No comment was posted.';
      log.info(reason);
      return { kind: 'skipped', reason };
    }
    if (existing === undefined) {
      doing = 'creating the comment';
      const created = await api.createComment({ ...where, issueNumber: target.number, body });
      log.info(`Posted the report as comment ${created.id} on pull request #${target.number}.`);
      return { kind: 'created', commentId: created.id };
    }
    doing = `updating comment ${existing}`;
    await api.updateComment({ ...where, commentId: existing, body });
    log.info(`Updated the report in comment ${existing} on pull request #${target.number}.`);
    return { kind: 'updated', commentId: existing };
  } catch (err: unknown) {
    const message = commentErrorMessage(err, doing, target);
    log.warning(message);
    return { kind: 'failed', message };
  }
}
