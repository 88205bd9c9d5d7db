/**
 * The pieces every markdown face opens with (job summary, pull-request comment): the heading
 * icon, the score and level with the change against the base, the gate, and the next steps by
 * the level ladder. Pure.
 */
import type { Verdict } from '../model/check.js';
import type { Report, ReportBase, ReportCause, ReportItemChange } from '../model/report.js';
import { LEVEL_TITLES, type Level } from '../score/level.js';
import { placeMarkdown, type LinkContext } from './links.js';
import { escapeMarkdown, escapeWrapping, inlineCode, wrapWithCode } from './markdown.js';

export type Band = 'high' | 'medium' | 'low';

/** Score bands for a report with no gate (no pass or fail is claimed): 75 and up, 40 and up, below. */
export const BAND_MIN: Record<Exclude<Band, 'low'>, number> = { high: 75, medium: 40 };
export const BAND_ICONS: Record<Band, string> = { high: '🟢', medium: '🟠', low: '🔴' };

export const VERDICT_ICONS: Record<Verdict, string> = { automated: '✅', present: '🟡', absent: '❌', 'not-applicable': '➖', error: '⚠️' };

export function scoreBand(score: number): Band {
  if (score >= BAND_MIN.high) return 'high';
  return score >= BAND_MIN.medium ? 'medium' : 'low';
}

export function hasGate(gate: Report['gate']): boolean {
  return gate.minScore > 0 || gate.minLevel > 0;
}

/** ✅ or ❌ only when a threshold was set (or failed); otherwise the score's band, which claims no pass. */
export function headingIcon(report: Report): string {
  if (!report.gate.passed) return '❌';
  if (hasGate(report.gate)) return '✅';
  return BAND_ICONS[scoreBand(report.score)];
}

export function levelTitle(level: number): string {
  return LEVEL_TITLES[level as Level] ?? `level ${level}`;
}

/** `−5`, `+3`, `±0`, with a real minus sign. */
export function signed(n: number): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}

/** The base when it was analysed. */
export function comparedBase(report: Report): (ReportBase & { score: number; level: number }) | undefined {
  const b = report.base;
  return b && b.compared && b.score !== undefined && b.level !== undefined ? (b as ReportBase & { score: number; level: number }) : undefined;
}

/** `68 → 63 (−5), level 1 → 1`: the change against the base, for the heading. */
export function changeText(report: Report): string | undefined {
  const base = comparedBase(report);
  if (!base) return undefined;
  const delta = report.score - base.score;
  const score = delta === 0 ? `score unchanged (${report.score})` : `${base.score} → ${report.score} (${signed(delta)})`;
  const level = base.level === report.level ? `level ${report.level} unchanged` : `level ${base.level} → ${report.level}`;
  return `${score}, ${level}`;
}

/** Whether the pull request changed what the comment's on-change mode watches: score, level, a verdict or the gate. */
export function hasChange(report: Report): boolean {
  const base = comparedBase(report);
  if (!base) return false;
  return base.score !== report.score || base.level !== report.level || (base.changes ?? []).length > 0 || (base.passed !== undefined && base.passed !== report.gate.passed);
}

/** The heading text after the `#` marks: icon, score, level, and the change. */
export function headingText(report: Report, where = ''): string {
  const change = changeText(report);
  const head = `${headingIcon(report)} MLOps CI check${where}: ${report.score}/100 · level ${report.level} (${escapeMarkdown(levelTitle(report.level))})`;
  return change ? `${head} · this PR: ${escapeMarkdown(change)}` : head;
}

/** The gate in one line, or undefined when no threshold is set (then nothing passed or failed). */
export function gateLine(gate: Report['gate']): string | undefined {
  if (!gate.passed) return `❌ **Gate failed:** ${escapeMarkdown(gate.reasons.join('; '))}.`;
  if (!hasGate(gate)) return undefined;
  const set = [gate.minScore > 0 ? `min-score ${gate.minScore}` : '', gate.minLevel > 0 ? `min-level ${gate.minLevel}` : ''].filter(Boolean).join(', ');
  return `✅ **Gate passed** (${set}).`;
}

/** Why the base could not be compared, or nothing. */
export function baseNote(report: Report): string | undefined {
  const b = report.base;
  return b && !b.compared && b.note ? `ℹ️ ${wrapWithCode(b.note)}` : undefined;
}

/** One next step as a list line: title, verdict, gain, why it comes first, and what to do. */
export function nextStepLines(report: Report, options: { remediation: boolean }): string[] {
  return report.nextSteps.map((n, i) => {
    const item = report.items.find((x) => x.id === n.id);
    const why = n.reason === 'level' && n.level ? `needed for level ${n.level}` : `+${n.gain} points`;
    const gain = n.reason === 'level' ? ` · +${n.gain} points` : '';
    const todo = options.remediation && item ? `: ${wrapWithCode(item.remediation)}` : '';
    return `${i + 1}. ${VERDICT_ICONS[n.verdict]} **${escapeMarkdown(n.title)}** (${inlineCode(n.id)}, ${why}${gain})${todo}`;
  });
}

const CHANGE_WORDS: Record<ReportCause['change'], string> = {
  removed: 'removed',
  added: 'added',
  'file-removed': 'file removed',
  'file-added': 'file added',
  'changed-elsewhere': 'no cited line changed',
};

/** A cause as markdown: the place (a link at the commit of its side) and what changed there. */
export function causeMarkdown(cause: ReportCause, links: { base?: LinkContext; head?: LinkContext }): string {
  if (cause.change === 'changed-elsewhere') return `_${escapeMarkdown(cause.text)}_`;
  const ctx = cause.side === 'base' ? links.base : links.head;
  const place = placeMarkdown({ file: cause.file, line: cause.line }, ctx);
  const text = cause.text === '' ? '' : ` ${wrappingQuote(cause.text)}`;
  return `${place} ${CHANGE_WORDS[cause.change]}${text}`;
}

function wrappingQuote(text: string): string {
  return `<code>${escapeWrapping(text)}</code>`;
}

/** `✅ automated → 🟡 present`, or `✅ → 🟡` when `short`. */
export function verdictChange(c: ReportItemChange, short = false): string {
  if (short) return `${VERDICT_ICONS[c.before]} → ${VERDICT_ICONS[c.after]}`;
  return `${VERDICT_ICONS[c.before]} ${c.before} → ${VERDICT_ICONS[c.after]} ${c.after}`;
}

/** Lowered first (a reviewer's first worry), then raised, each in checklist order. */
export function orderedChanges(changes: readonly ReportItemChange[]): ReportItemChange[] {
  const rank = (v: Verdict): number => ({ automated: 3, present: 2, absent: 1, 'not-applicable': 0, error: 0 })[v];
  const lowered = changes.filter((c) => rank(c.after) < rank(c.before));
  return [...lowered, ...changes.filter((c) => !lowered.includes(c))];
}
