/**
 * The item parts of the job summary: what this pull request changed, the open items by what
 * they gain (expanded, with their examples folded below), and the automated and not-applicable
 * items folded per phase. Tables have at most three columns and long code can wrap, so none
 * scrolls sideways. Pure.
 */
import type { Evidence } from '../model/check.js';
import type { Report, ReportItem } from '../model/report.js';
import type { Section } from './budget.js';
import { causeMarkdown, comparedBase, orderedChanges, VERDICT_ICONS, verdictChange } from './headline.js';
import { placeMarkdown, textWithPlaces, type LinkContext } from './links.js';
import { codeBlock, escapeCell, escapeHtml, escapeMarkdown, inlineCode, tableHead, tableRow, wrapWithCode } from './markdown.js';

/** Evidence shown per item; the rest is counted. */
const EVIDENCE_SHOWN = 3;
/** New findings on changed lines listed; the rest is counted. */
const NEW_FINDINGS_SHOWN = 20;

/** A condition longer than this (a job's whole `if:` expression) is cut; the JSON report keeps it whole. */
const CONDITION_CHARS = 120;

function clipCondition(c: string): string {
  if (c.length <= CONDITION_CHARS) return c;
  const cut = c.slice(0, CONDITION_CHARS - 1);
  // A code span cut open would show its backtick: drop it from its opening backtick.
  const open = (cut.match(/`/g) ?? []).length % 2 === 1;
  return `${open ? cut.slice(0, cut.lastIndexOf('`')) : cut}…`;
}

function conditionText(ev: Evidence, ctx: LinkContext | undefined): string {
  const conditions = (ev.conditions ?? []).map(clipCondition);
  return conditions.length === 0 ? '' : ` _(${textWithPlaces(conditions.join('; '), ctx)})_`;
}

/** Evidence lines: the place as a link, then what was seen (its file is not repeated). */
export function evidenceLines(item: ReportItem, ctx: LinkContext | undefined, shown = EVIDENCE_SHOWN): string[] {
  const lines = item.evidence.slice(0, shown).map((ev) => `${placeMarkdown(ev, ctx)} ${textWithPlaces(dropFileName(ev), ctx)}${conditionText(ev, ctx)}`);
  const more = item.evidence.length - shown;
  if (more > 0) lines.push(`and ${more} more`);
  return lines;
}

/** A message that opens by naming its own file (`".github/workflows/ci.yml" runs on ...`) says it once: the place already names it. */
function dropFileName(ev: Evidence): string {
  const quoted = `"${ev.file}"`;
  if (ev.message.startsWith(`${quoted} `)) return `It ${ev.message.slice(quoted.length + 1)}`;
  // `Lock file "frontend/package-lock.json" pins the environment.` → `Lock file pins the environment.`
  return ev.message.replace(` ${quoted}`, '');
}

function itemName(item: ReportItem): string {
  return `${VERDICT_ICONS[item.verdict]} **${escapeCell(item.title)}**<br>${inlineCode(item.id)}`;
}

export function changeSections(report: Report, links: { base?: LinkContext; head?: LinkContext }): Section[] {
  const base = comparedBase(report);
  if (!base) return [];
  const changes = orderedChanges(base.changes ?? []);
  const sections: Section[] = [];
  const short = escapeMarkdown(base.sha.slice(0, 7));
  if (changes.length === 0) {
    sections.push({ name: 'What this PR changed', unit: 'item', head: `### What this PR changed\n\nNo verdict changed against the base (${short}).`, rows: [] });
  } else {
    sections.push({
      name: 'What this PR changed',
      unit: 'item',
      head: `### What this PR changed\n\nAgainst the base (${short}), ${changes.length === 1 ? '1 verdict changed' : `${changes.length} verdicts changed`}:\n\n${tableHead(['Item', 'Before → after', 'Because'])}`,
      rows: changes.map((c) => tableRow([`**${escapeCell(c.title)}**<br>${inlineCode(c.id)}`, verdictChange(c), c.causes.map((x) => causeMarkdown(x, links)).join('<br>') || ' '])),
    });
  }
  const fresh = base.newFindings ?? [];
  if (fresh.length > 0) {
    const rows = fresh.slice(0, NEW_FINDINGS_SHOWN).map((f) => `- ${placeMarkdown(f, links.head)} ${textWithPlaces(f.message, links.head)} ${inlineCode(f.check)}`);
    if (fresh.length > NEW_FINDINGS_SHOWN) rows.push(`- and ${fresh.length - NEW_FINDINGS_SHOWN} more (see Findings below)`);
    sections.push({ name: 'New findings on changed lines', unit: 'finding', head: `**New findings on lines this PR changed (${fresh.length})**\n`, rows });
  }
  return sections;
}

/**
 * Points the overall score would gain if the item were automated: its phase's score rises by
 * (1 − points) / (applicable items) × 100, weighted by the phase's share of the weights.
 */
export function itemGain(report: Report, item: ReportItem): number {
  const phase = report.phases.find((p) => p.id === item.phase);
  const total = report.phases.filter((p) => p.score !== null && p.weight > 0).reduce((a, p) => a + p.weight, 0);
  const applicable = report.items.filter((i) => i.phase === item.phase && i.points !== null).length;
  if (!phase || item.points === null || total === 0 || applicable === 0) return 0;
  return Math.round(((phase.weight / total) * ((1 - item.points) / applicable) * 100) * 10) / 10;
}

/** Open items (present or absent): the next steps in their order first, then the rest by gain. */
export function openItems(report: Report): ReportItem[] {
  const first = new Map(report.nextSteps.map((n, i) => [n.id as string, i]));
  const key = (i: ReportItem) => first.get(i.id) ?? Number.POSITIVE_INFINITY;
  return report.items
    .filter((i) => i.verdict === 'present' || i.verdict === 'absent')
    .sort((a, b) => key(a) - key(b) || itemGain(report, b) - itemGain(report, a) || report.items.indexOf(a) - report.items.indexOf(b));
}

export function openItemSections(report: Report, ctx: LinkContext | undefined): Section[] {
  const open = openItems(report);
  if (open.length === 0) {
    const automated = report.items.filter((i) => i.verdict === 'automated').length;
    return [{ name: 'Open items', unit: 'item', head: `### Open items\n\nEvery applicable item (${automated}) is automated in CI.`, rows: [] }];
  }
  const phaseTitles = new Map(report.phases.map((p) => [p.id as string, p.title]));
  const rows = open.map((item) => {
    const why = [textWithPlaces(item.reason, ctx), ...evidenceLines(item, ctx)].join('<br>');
    const phase = escapeMarkdown(phaseTitles.get(item.phase) ?? item.phase);
    return tableRow([`${itemName(item)}<br>${phase} · +${itemGain(report, item)}`, why, wrapWithCode(item.remediation)]);
  });
  const sections: Section[] = [{ name: 'Open items', unit: 'item', head: `### Open items (${open.length}), by what they gain\n\n${tableHead(['Item', 'Why', 'Next step'])}`, rows }];
  const examples = open.filter((i) => i.example !== undefined);
  if (examples.length > 0) {
    sections.push({
      name: 'Examples',
      unit: 'example',
      head: `<details><summary>Examples for the open items (${examples.length})</summary>\n`,
      rows: examples.map((i) => `\n**${escapeMarkdown(i.title)}** (${inlineCode(i.id)})\n\n${codeBlock(i.example!)}`),
      foot: '\n</details>',
    });
  }
  return sections;
}

/** Automated items folded per phase, then the not-applicable ones: evidence one click away. */
export function automatedSections(report: Report, ctx: LinkContext | undefined): Section[] {
  const sections: Section[] = [];
  for (const phase of report.phases) {
    const items = report.items.filter((i) => i.phase === phase.id && i.verdict === 'automated');
    if (items.length === 0) continue;
    const applicable = report.items.filter((i) => i.phase === phase.id && i.verdict !== 'not-applicable').length;
    const title = `${VERDICT_ICONS.automated} ${phase.title}: ${items.length} of ${applicable} automated`;
    sections.push({
      name: `${phase.title}: automated`,
      unit: 'item',
      head: `${sections.length === 0 ? '### Automated\n\n' : ''}<details><summary>${escapeHtml(title)}</summary>\n\n${tableHead(['Item', 'Evidence'])}`,
      rows: items.map((i) => tableRow([itemName(i), evidenceLines(i, ctx).join('<br>') || wrapWithCode(i.reason)])),
      foot: '\n</details>',
    });
  }
  const failed = report.items.filter((i) => i.verdict === 'error');
  if (failed.length > 0) {
    sections.push({
      name: 'Could not decide',
      unit: 'item',
      head: `<details><summary>${escapeHtml(`${VERDICT_ICONS.error} Could not decide, left out of the score (${failed.length})`)}</summary>\n\n${tableHead(['Item', 'Why'])}`,
      rows: failed.map((i) => tableRow([itemName(i), wrapWithCode(i.reason)])),
      foot: '\n</details>',
    });
  }
  const na = report.items.filter((i) => i.verdict === 'not-applicable');
  if (na.length > 0) {
    sections.push({
      name: 'Not applicable',
      unit: 'item',
      head: `<details><summary>${escapeHtml(`${VERDICT_ICONS['not-applicable']} Not applicable here (${na.length})`)}</summary>\n\n${tableHead(['Item', 'Why'])}`,
      rows: na.map((i) => tableRow([itemName(i), wrapWithCode(i.reason)])),
      foot: '\n</details>',
    });
  }
  return sections;
}
