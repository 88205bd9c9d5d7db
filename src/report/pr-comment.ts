/**
 * The pull-request comment: the verdict (score, level, gate), a link to the run whose job
 * summary holds the full report, and what to do next: one row per item that is not automated.
 * It starts with a hidden marker so that each run finds its own comment and edits it in place.
 * Pure: returns markdown.
 */
import type { Report, ReportItem } from '../model/report.js';
import { fitSections, type Section } from './budget.js';
import { encodePath } from './links.js';
import { escapeCell, escapeMarkdown, inlineCode, link, tableHead, tableRow } from './markdown.js';
import { gateText, levelTitle, nextStepCell, phaseScoreText, VERDICT_BADGES } from './summary.js';

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

function runLine(options: PrCommentOptions): string | undefined {
  if (options.run === undefined) return undefined;
  const what = options.summary === false ? `workflow run ${options.run.runId}` : `job summary of run ${options.run.runId}`;
  return `**Full report**, with the evidence for every verdict: the ${link(what, runUrl(options.run))}`;
}

function renderLead(report: Report, options: PrCommentOptions): string {
  const icon = report.gate.passed ? '✅' : '❌';
  const where = isRootPath(report.path) ? '' : ` in ${inlineCode(report.path)}`;
  const weakest = report.phases.find((p) => p.id === report.weakestPhase);
  const facts = [gateText(report.gate), `**Level:** ${escapeMarkdown(report.levelExplanation)}`];
  if (weakest) facts.push(`**Weakest phase:** ${escapeMarkdown(weakest.title)} (${phaseScoreText(weakest)})`);
  const run = runLine(options);
  if (run !== undefined) facts.push(run);
  const heading = `### ${icon} MLOps CI check${where}: ${report.score}/100 · level ${report.level} (${escapeMarkdown(levelTitle(report.level))})`;
  return `${commentMarkers(report.path)}\n${heading}\n\n${facts.join('<br>\n')}`;
}

/** Items that are scored and not automated: the ones a reader can act on. */
function openItems(report: Report): ReportItem[] {
  return report.items.filter((i) => i.verdict === 'present' || i.verdict === 'absent');
}

function itemRow(item: ReportItem, phaseTitles: ReadonlyMap<string, string>): string {
  const name = `**${escapeCell(item.title)}**<br>${escapeMarkdown(phaseTitles.get(item.phase) ?? item.phase)} · ${inlineCode(item.id)}`;
  return tableRow([name, VERDICT_BADGES[item.verdict], escapeCell(item.reason), nextStepCell(item)]);
}

function itemsSection(report: Report): Section {
  const open = openItems(report);
  if (open.length === 0) {
    const scored = report.items.filter((i) => i.verdict === 'automated').length;
    return { name: 'Items not automated', unit: 'item', head: `Every applicable item (${scored}) is automated in CI.`, rows: [] };
  }
  const phaseTitles = new Map(report.phases.map((p) => [p.id as string, p.title]));
  const count = open.length === 1 ? '1 item is' : `${open.length} items are`;
  return {
    name: 'Items not automated',
    unit: 'item',
    head: `**${count} not automated yet:**\n\n${tableHead(['Item', 'Verdict', 'Why', 'Next step'])}`,
    rows: open.map((i) => itemRow(i, phaseTitles)),
  };
}

/** The comment body: marker first, at most `maxChars` characters (rows are cut from the end, with a note). */
export function renderPrComment(report: Report, options: PrCommentOptions = {}): string {
  const max = options.maxChars ?? COMMENT_MAX_CHARS;
  const limit = { document: 'comment', platform: 'GitHub accepts at most 65,536 characters per comment' };
  return fitSections(renderLead(report, options), [itemsSection(report)], max, limit);
}
