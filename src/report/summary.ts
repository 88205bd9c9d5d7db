/**
 * The job summary, read in seconds on a pull request: one line with the score, the level and
 * the change against the base; the gate (only when one is set); the next steps by the level
 * ladder; a phase overview; what this pull request changed; the open items by what they gain;
 * then, folded, the automated items per phase, and the arithmetic, profile, workflows, tests
 * and findings. Pure: returns markdown.
 */
import type { Verdict } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import type { Report, ReportPhase } from '../model/report.js';
import { fitSections, type Section } from './budget.js';
import { baseNote, gateLine, headingText, levelTitle, nextStepLines, VERDICT_ICONS } from './headline.js';
import { githubSections, historySections } from './history-markdown.js';
import type { LinkContext } from './links.js';
import { escapeMarkdown, tableHead, tableRow } from './markdown.js';
import { automatedSections, changeSections, openItemSections } from './summary-items.js';
import { detailSections, readLimitLine } from './summary-details.js';
import { UNFOLLOWED_LISTED, unfollowedHeadline, unfollowedMarkdownLines } from './unfollowed.js';

export interface SummaryOptions {
  links?: LinkContext;
  /** Findings that were not sent as annotations (see selectAnnotations). */
  cutAnnotations?: readonly Finding[];
  /** GitHub refuses a step summary over 1 MiB. */
  maxBytes?: number;
}

export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Evidence shown per item; the rest is counted. */
export const EVIDENCE_PER_ITEM = 3;

export const VERDICT_BADGES: Record<Verdict, string> = {
  automated: `${VERDICT_ICONS.automated} automated`,
  present: `${VERDICT_ICONS.present} present`,
  absent: `${VERDICT_ICONS.absent} absent`,
  'not-applicable': `${VERDICT_ICONS['not-applicable']} not applicable`,
  error: `${VERDICT_ICONS.error} error (not scored)`,
};

export { levelTitle };

export function phaseScoreText(p: Pick<ReportPhase, 'score'>): string {
  return p.score === null ? 'n/a' : `${p.score}/100`;
}

/** The links for evidence at the base commit (same repository, the base's sha). */
export function baseLinks(report: Report, links: LinkContext | undefined): LinkContext | undefined {
  return links && report.base ? { ...links, sha: report.base.sha } : undefined;
}

/**
 * The item whose automation comes first (by the ladder), with its points and remediation,
 * then the others by name (shared with the terminal).
 */
export function nextStepText(report: Report, text: (s: string) => string, code: (id: string) => string): string | undefined {
  const [first, ...rest] = report.nextSteps;
  if (!first) return undefined;
  const item = report.items.find((i) => i.id === first.id);
  const why = first.reason === 'level' && first.level ? `needed for level ${first.level}, +${first.gain} points` : `+${first.gain} points`;
  const then = rest.length > 0 ? ` Then ${rest.map((n) => `${code(n.id)} (+${n.gain})`).join(', ')}.` : '';
  return `${text(first.title)} (${code(first.id)}, ${why}): ${text(item?.remediation ?? '')}${then}`;
}

const PROFILE_SOURCE: Record<Report['profile']['source'], string> = { inferred: 'inferred', config: 'set by the config file', input: 'set by an input' };

/** `ml-library` (inferred): which phases apply follows from it; the reasons are listed apart. */
export function profileText(report: Report, code: (s: string) => string): string {
  return `${code(report.profile.id)} (${PROFILE_SOURCE[report.profile.source]})`;
}

/** Phase | Score | ✅ | 🟡 | ❌ | ➖: where the gaps are, at a glance. */
export function phaseOverview(report: Report): string {
  // A check that could not decide is rare: its column shows only when one did.
  const errors = report.items.some((i) => i.verdict === 'error');
  const head = tableHead(['Phase', 'Score', `${VERDICT_ICONS.automated} automated`, `${VERDICT_ICONS.present} present`, `${VERDICT_ICONS.absent} absent`, `${VERDICT_ICONS['not-applicable']} n/a`, ...(errors ? [`${VERDICT_ICONS.error} error`] : [])]);
  const rows = report.phases.map((p) => {
    const items = report.items.filter((i) => i.phase === p.id);
    const count = (v: keyof typeof VERDICT_ICONS) => {
      const n = items.filter((i) => i.verdict === v).length;
      return n === 0 ? ' ' : String(n);
    };
    const weakest = p.id === report.weakestPhase ? ' (weakest)' : '';
    return tableRow([`${escapeMarkdown(p.title)}${weakest}`, p.score === null ? 'n/a' : String(p.score), count('automated'), count('present'), count('absent'), count('not-applicable'), ...(errors ? [count('error')] : [])]);
  });
  return [head, ...rows].join('\n');
}

function renderLead(report: Report, ctx: LinkContext | undefined): string {
  const lines: string[] = [`## ${headingText(report)}`, ''];
  const facts = [gateLine(report.gate), baseNote(report), readLimitLine(report.findings)].filter((x): x is string => x !== undefined);
  if (facts.length > 0) lines.push(facts.join('\\\n'), '');
  const unfollowed = unfollowedHeadline(report);
  if (unfollowed) lines.push(`🔍 **Not followed:** ${escapeMarkdown(unfollowed)}`, '', ...unfollowedMarkdownLines(report, ctx, UNFOLLOWED_LISTED), '');
  const steps = nextStepLines(report, { remediation: true });
  if (steps.length > 0) lines.push(`**Next steps** (what the next level needs first, then the most points):`, '', ...steps, '');
  lines.push(phaseOverview(report));
  return lines.join('\n');
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const ctx = options.links;
  const sections: Section[] = [
    ...changeSections(report, { ...(ctx ? { head: ctx } : {}), ...(baseLinks(report, ctx) ? { base: baseLinks(report, ctx)! } : {}) }),
    ...openItemSections(report, ctx),
    ...automatedSections(report, ctx),
    ...historySections(report.history),
    ...githubSections(report.github),
    ...detailSections(report, ctx, options.cutAnnotations ?? []),
  ];
  return fitSections(renderLead(report, ctx), sections, options.maxBytes ?? SUMMARY_MAX_BYTES);
}
