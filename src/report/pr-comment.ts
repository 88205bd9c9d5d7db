/**
 * The pull-request comment, one screen: the verdict and the change against the base, the items
 * this pull request changed with the line that caused it, the next three steps by the level
 * ladder, and a link to the run whose job summary holds the full report.
 * It starts with a hidden marker so that each run finds its own comment and edits it in place.
 * Pure: returns markdown.
 */
import type { CommentMode } from '../inputs.js';
import type { Report } from '../model/report.js';
import { fitSections } from './budget.js';
import { baseNote, causeMarkdown, comparedBase, gateLine, hasChange, headingText, nextStepLines, orderedChanges, verdictChange } from './headline.js';
import { encodePath, placeMarkdown, textWithPlaces, type LinkContext } from './links.js';
import { escapeMarkdown, inlineCode, link } from './markdown.js';
import { UNFOLLOWED_IN_COMMENT, unfollowedHeadline, unfollowedMarkdownLines } from './unfollowed.js';

/** The first line of every comment this action writes. */
export const COMMENT_MARKER = '<!-- mlops-ci-check -->';
const PATH_MARKER_PREFIX = '<!-- mlops-ci-check path=';

/** GitHub refuses a comment body over 65,536 characters; a UTF-8 byte is never less than a character. */
export const COMMENT_MAX_CHARS = 65_536;

/** The run whose job summary holds the full report. */
export interface RunLink {
  serverUrl: string;
  repository: string;
  runId: string;
  /** GITHUB_RUN_ATTEMPT; a re-run (2 and up) gets its own page. */
  attempt?: string;
}

export interface PrCommentOptions {
  run?: RunLink;
  /** Links for evidence places (the pull request's head commit); the base's links use its sha. */
  links?: LinkContext;
  /** Whether the run wrote a job summary (the link then names it). Default true. */
  summary?: boolean;
  /** Default COMMENT_MAX_CHARS. */
  maxChars?: number;
}

/** The run from environment variables as GitHub Actions sets them, or undefined when one is missing. */
export function runLinkFrom(env: Readonly<Record<string, string | undefined>>): RunLink | undefined {
  const serverUrl = env['GITHUB_SERVER_URL']?.trim();
  const repository = env['GITHUB_REPOSITORY']?.trim();
  const runId = env['GITHUB_RUN_ID']?.trim();
  if (!serverUrl || !repository || !runId) return undefined;
  const attempt = env['GITHUB_RUN_ATTEMPT']?.trim();
  return { serverUrl, repository, runId, ...(attempt ? { attempt } : {}) };
}

export function runUrl(run: RunLink): string {
  const attempt = run.attempt && /^\d+$/.test(run.attempt) && Number(run.attempt) > 1 ? `/attempts/${run.attempt}` : '';
  return `${run.serverUrl.replace(/\/+$/, '')}/${encodePath(run.repository)}/actions/runs/${encodeURIComponent(run.runId)}${attempt}`;
}

const isRootPath = (p: string): boolean => /^[./]*$/.test(p);

/**
 * The hidden marker lines for a report of `analysedPath`: one action run per analysed folder
 * keeps its own comment, so two steps on two folders do not overwrite each other.
 */
export function commentMarkers(analysedPath: string): string {
  if (isRootPath(analysedPath)) return COMMENT_MARKER;
  return `${COMMENT_MARKER}\n${PATH_MARKER_PREFIX}${encodeURIComponent(analysedPath)} -->`;
}

/** Whether a comment body is the one this action writes for `analysedPath`. */
export function isOwnComment(body: string | null | undefined, analysedPath: string): boolean {
  if (!body) return false;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== COMMENT_MARKER) return false;
  const markers = [COMMENT_MARKER];
  if (lines[1]?.startsWith(PATH_MARKER_PREFIX)) markers.push(lines[1]);
  return markers.join('\n') === commentMarkers(analysedPath);
}

function runLine(report: Report, options: PrCommentOptions): string | undefined {
  if (options.run === undefined) return undefined;
  const what = options.summary === false ? `workflow run ${options.run.runId}` : `job summary of run ${options.run.runId}`;
  const open = report.items.filter((i) => i.verdict === 'present' || i.verdict === 'absent').length;
  const items = open === 0 ? 'every applicable item is automated' : `${open} ${open === 1 ? 'item is' : 'items are'} not automated yet`;
  return `**Full report** (${items}; the evidence for every verdict): the ${link(what, runUrl(options.run))}.`;
}

/** Verdict changes shown; the rest are counted and left to the full report. */
export const COMMENT_CHANGES_SHOWN = 5;
/** New findings on changed lines shown. */
export const COMMENT_FINDINGS_SHOWN = 3;

function changeLines(report: Report, links: CommentLinks): string[] {
  const base = comparedBase(report);
  if (!base) return [];
  const changes = orderedChanges(base.changes ?? []);
  const out: string[] = [];
  if (changes.length === 0) {
    out.push(`**This PR** changes no verdict (against ${inlineCode(base.sha.slice(0, 7))}).`);
  } else {
    out.push(`**This PR** changes ${changes.length === 1 ? '1 verdict' : `${changes.length} verdicts`}:`, '');
    // Items with the same first cause share a line: one removed test step can lower six items.
    const groups = new Map<string, { cause: string; items: string[] }>();
    for (const c of changes) {
      const first = c.causes[0];
      const key = first ? `${first.side}:${first.file}:${first.line}:${first.change}` : '';
      const group = groups.get(key) ?? { cause: first ? causeMarkdown(first, links) : '', items: [] };
      group.items.push(`**${escapeMarkdown(c.title)}** ${verdictChange(c, true)}`);
      groups.set(key, group);
    }
    const shown = [...groups.values()].slice(0, COMMENT_CHANGES_SHOWN);
    for (const g of shown) out.push(`- ${g.cause ? `${g.cause}: ` : ''}${g.items.join(', ')}`);
    if (groups.size > COMMENT_CHANGES_SHOWN) out.push(`- and ${groups.size - COMMENT_CHANGES_SHOWN} more causes in the full report`);
  }
  const fresh = base.newFindings ?? [];
  if (fresh.length > 0) {
    out.push('', `**New on lines this PR changed** (${fresh.length}):`, '');
    for (const f of fresh.slice(0, COMMENT_FINDINGS_SHOWN)) out.push(`- ${placeMarkdown(f, links.head)} ${textWithPlaces(f.message, links.head)}`);
    if (fresh.length > COMMENT_FINDINGS_SHOWN) out.push(`- and ${fresh.length - COMMENT_FINDINGS_SHOWN} more in the full report`);
  }
  return out;
}

interface CommentLinks {
  head?: LinkContext;
  base?: LinkContext;
}

/**
 * One screen: the heading (score, level, the change), the gate when one is set, what this pull
 * request changed, the next three steps by the level ladder, and the link to the full report.
 * Paragraphs and lists only: comments turn every newline into a line break.
 */
function renderBody(report: Report, options: PrCommentOptions): string {
  const where = isRootPath(report.path) ? '' : ` in ${inlineCode(report.path)}`;
  const links: CommentLinks = { ...(options.links ? { head: options.links } : {}), ...(options.links && report.base ? { base: { ...options.links, sha: report.base.sha } } : {}) };
  const parts: string[] = [`${commentMarkers(report.path)}\n### ${headingText(report, where)}`];
  const facts = [gateLine(report.gate), baseNote(report)].filter((x): x is string => x !== undefined);
  for (const f of facts) parts.push(f);
  const change = changeLines(report, links);
  if (change.length > 0) parts.push(change.join('\n'));
  const unfollowed = unfollowedHeadline(report);
  if (unfollowed) parts.push([`🔍 **Not followed:** ${escapeMarkdown(unfollowed)}`, '', ...unfollowedMarkdownLines(report, links.head, UNFOLLOWED_IN_COMMENT)].join('\n'));
  const steps = nextStepLines(report, { remediation: false });
  if (steps.length > 0) parts.push(['**Next steps:**', '', ...steps].join('\n'));
  const run = runLine(report, options);
  if (run !== undefined) parts.push(run);
  return parts.join('\n\n');
}

/** The comment body: marker first, at most `maxChars` characters. */
export function renderPrComment(report: Report, options: PrCommentOptions = {}): string {
  const max = options.maxChars ?? COMMENT_MAX_CHARS;
  const limit = { document: 'comment', platform: 'GitHub accepts at most 65,536 characters per comment' };
  return fitSections(renderBody(report, options), [], max, limit);
}

/** Whether this run posts a new comment, may only update the one it posted before, or leaves comments alone. */
export function commentPlan(mode: CommentMode, report: Report): { post: 'create-or-update' | 'update-only' | 'none'; why: string } {
  if (mode === 'never') return { post: 'none', why: '"comment-on-pr" is "never".' };
  if (mode === 'always') return { post: 'create-or-update', why: '' };
  if (mode === 'on-failure') {
    return report.gate.passed ? { post: 'update-only', why: '"comment-on-pr" is "on-failure" and the gate passed, so no new comment is posted (an earlier one is kept up to date).' } : { post: 'create-or-update', why: '' };
  }
  if (report.base === undefined || !report.base.compared) {
    return { post: 'update-only', why: '"comment-on-pr" is "on-change", but the base was not compared, so no new comment is posted (an earlier one is kept up to date).' };
  }
  return hasChange(report) ? { post: 'create-or-update', why: '' } : { post: 'update-only', why: '"comment-on-pr" is "on-change" and this change moves no score, level, verdict or gate, so no new comment is posted (an earlier one is kept up to date).' };
}
