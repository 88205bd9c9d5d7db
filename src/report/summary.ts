/**
 * The job summary: read in seconds on a pull request, so it leads with the verdict (score,
 * level, gate, weakest phase), then one compact table per phase, the workflows and their
 * triggers, the tests and when they run, and the findings. Pure: returns markdown.
 */
import type { Evidence, Verdict } from '../model/check.js';
import type { Finding, Severity } from '../model/finding.js';
import type { Report, ReportItem, ReportPhase, ReportTests, ReportWorkflow } from '../model/report.js';
import { LEVEL_TITLES, type Level } from '../score/level.js';
import { fitSections, type Section } from './budget.js';
import { githubSections, historySections } from './history-markdown.js';
import { placeMarkdown, type LinkContext } from './links.js';
import { countText, RUN_WHEN_ORDER, runWhenLabel } from './run-when.js';
import { cellPre, cellWithCode, details, escapeCell, escapeHtml, escapeMarkdown, escapeWithCode, inlineCode, tableHead, tableRow } from './markdown.js';

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
  automated: '✅ automated',
  present: '🟡 present',
  absent: '❌ absent',
  'not-applicable': '➖ not applicable',
  error: '⚠️ error (not scored)',
};

const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export function phaseScoreText(p: Pick<ReportPhase, 'score'>): string {
  return p.score === null ? 'n/a' : `${p.score}/100`;
}

export function levelTitle(level: number): string {
  return LEVEL_TITLES[level as Level] ?? `level ${level}`;
}

export function gateText(gate: Report['gate']): string {
  if (!gate.passed) return `❌ **Gate failed:** ${escapeMarkdown(gate.reasons.join('; '))}.`;
  if (gate.minScore <= 0 && gate.minLevel <= 0) return '✅ **Gate passed** (no min-score or min-level set).';
  return `✅ **Gate passed** (min-score ${gate.minScore}, min-level ${gate.minLevel}).`;
}

function renderLead(report: Report): string {
  const icon = report.gate.passed ? '✅' : '❌';
  const weakest = report.phases.find((p) => p.id === report.weakestPhase);
  const weakestText = weakest ? `${escapeMarkdown(weakest.title)} (${phaseScoreText(weakest)})` : 'none (no phase applies)';
  const phases = report.phases.map((p) => `${escapeMarkdown(p.title)} ${p.score === null ? 'n/a' : p.score}`).join(' · ');
  // One paragraph, one fact a line: `<br>` keeps the lines apart (a bare newline would join them).
  const facts = [
    gateText(report.gate),
    `**Weakest phase:** ${weakestText} · **Score:** ${escapeMarkdown(report.arithmetic)}`,
    `**Level:** ${escapeMarkdown(report.levelExplanation)}`,
    `**Phases:** ${phases}`,
  ];
  const next = nextStepText(report, (s) => escapeWithCode(s), (id) => inlineCode(id));
  if (next) facts.push(`**Next step:** ${next}`);
  facts.push(`**Profile:** ${profileText(report, inlineCode)}${report.config.file ? ` · **Config:** ${inlineCode(report.config.file)}` : ''}`);
  return `## ${icon} MLOps CI check: ${report.score}/100 · level ${report.level} (${escapeMarkdown(levelTitle(report.level))})\n\n${facts.join('<br>\n')}`;
}

/**
 * The item whose automation would raise the score most, with its points and remediation,
 * then the runners-up by name (shared by the summary, the PR comment and the terminal).
 */
export function nextStepText(report: Report, text: (s: string) => string, code: (id: string) => string): string | undefined {
  const [first, ...rest] = report.nextSteps;
  if (!first) return undefined;
  const item = report.items.find((i) => i.id === first.id);
  const then = rest.length > 0 ? ` Then ${rest.map((n) => `${code(n.id)} (+${n.gain})`).join(', ')}.` : '';
  return `${text(first.title)} (${code(first.id)}, +${first.gain} points): ${text(item?.remediation ?? '')}${then}`;
}

const PROFILE_SOURCE: Record<Report['profile']['source'], string> = { inferred: 'inferred', config: 'set by the config file', input: 'set by an input' };

/** `ml-library` (inferred): which phases apply follows from it; the reasons are listed apart. */
export function profileText(report: Report, code: (s: string) => string): string {
  return `${code(report.profile.id)} (${PROFILE_SOURCE[report.profile.source]})`;
}

/** Why the profile, and what the config file and inputs changed: one bullet each. */
function profileSection(report: Report): Section {
  const rows = [
    ...report.profile.reasons.map((r) => `- ${escapeWithCode(r)}`),
    ...report.config.changes.map((c) => `- ${escapeWithCode(c)}`),
  ];
  return { name: 'Profile and configuration', unit: 'line', head: '### Profile and configuration', rows };
}

function conditionText(ev: Evidence): string {
  const conditions = ev.conditions ?? [];
  // Each condition is a phrase that reads on its own (`job "gpu" runs only if: ...`, `called from ...`).
  return conditions.length === 0 ? '' : ` _(${escapeWithCode(conditions.join('; '))})_`;
}

function evidenceCell(item: ReportItem, ctx: LinkContext | undefined): string {
  const lines = [cellWithCode(item.reason)];
  for (const ev of item.evidence.slice(0, EVIDENCE_PER_ITEM)) {
    lines.push(`${placeMarkdown(ev, ctx)} ${escapeWithCode(ev.message)}${conditionText(ev)}`);
  }
  const more = item.evidence.length - EVIDENCE_PER_ITEM;
  if (more > 0) lines.push(`and ${more} more`);
  return lines.join('<br>');
}

/** The remediation (with its example folded) for an item that is not automated; a blank cell otherwise. */
export function nextStepCell(item: ReportItem): string {
  if (item.verdict === 'automated' || item.verdict === 'not-applicable' || item.verdict === 'error') return ' ';
  const example = item.example === undefined ? '' : details('Example', cellPre(item.example));
  return cellWithCode(item.remediation) + example;
}

function itemRow(item: ReportItem, ctx: LinkContext | undefined): string {
  const name = `**${escapeCell(item.title)}**<br>${inlineCode(item.id)}`;
  return tableRow([name, VERDICT_BADGES[item.verdict], evidenceCell(item, ctx), nextStepCell(item)]);
}

function phaseSection(phase: ReportPhase, items: readonly ReportItem[], ctx: LinkContext | undefined): Section {
  const title = `${phase.title} — ${phaseScoreText(phase)}`;
  const head = tableHead(['Item', 'Verdict', 'Why', 'Next step']);
  if (phase.score === null) {
    // Not scored: out of the way but one click away. The <summary> line is an HTML block: HTML escaping there.
    return { name: phase.title, unit: 'item', head: `<details><summary>${escapeHtml(title)} (not applicable)</summary>\n\n${head}`, rows: items.map((i) => itemRow(i, ctx)), foot: '\n</details>' };
  }
  return { name: phase.title, unit: 'item', head: `### ${escapeMarkdown(title)}\n\n${head}`, rows: items.map((i) => itemRow(i, ctx)) };
}

/** A table per phase with items; the phases with none (no check registered) share one line. */
function phaseSections(report: Report, ctx: LinkContext | undefined): Section[] {
  const sections: Section[] = [];
  const unchecked: string[] = [];
  for (const phase of report.phases) {
    const items = report.items.filter((i) => i.phase === phase.id);
    if (items.length === 0) unchecked.push(phase.title);
    else sections.push(phaseSection(phase, items, ctx));
  }
  if (unchecked.length > 0) {
    sections.push({ name: 'Phases not checked', unit: 'phase', head: `_No item was checked in: ${escapeMarkdown(unchecked.join(', '))} (n/a)._`, rows: [] });
  }
  return sections;
}

function triggersCell(w: ReportWorkflow): string {
  if (w.triggers.length === 0) return '_none_';
  return w.triggers
    .map((t) => {
      const crons = (t.schedules ?? []).map((s) => escapeMarkdown(s.description));
      return crons.length === 0 ? inlineCode(t.event) : `${inlineCode(t.event)} (${crons.join('; ')})`;
    })
    .join(', ');
}

function workflowsSection(workflows: readonly ReportWorkflow[], ctx: LinkContext | undefined): Section {
  if (workflows.length === 0) {
    return { name: 'Workflows', unit: 'workflow', head: '### Workflows\n\n_No workflow was found in .github/workflows._', rows: [] };
  }
  const rows = workflows.map((w) => {
    const file = placeMarkdown({ file: w.file, line: 1 }, ctx);
    const name = w.name === null ? file : `${escapeCell(w.name)}<br>${file}`;
    return tableRow([name, triggersCell(w)]);
  });
  return { name: 'Workflows', unit: 'workflow', head: `### Workflows\n\n${tableHead(['Workflow', 'Triggers'])}`, rows };
}

function testSections(tests: ReportTests): Section[] {
  if (tests.files.length === 0) return [];
  const columns = RUN_WHEN_ORDER.filter((w) => tests.byKind.some((k) => k.runs[w] !== undefined));
  const rows = tests.byKind.map((k) => {
    const cells = columns.map((w) => {
      const n = k.runs[w];
      return n === undefined ? ' ' : countText(n);
    });
    return tableRow([inlineCode(k.kind), countText(k), ...cells]);
  });
  const cases = tests.files.reduce((a, f) => a + f.cases, 0);
  const cadences = [...new Set(tests.files.flatMap((f) => f.schedules ?? []))].sort();
  const sections: Section[] = [
    {
      name: 'Tests',
      unit: 'test kind',
      head: `### Tests\n\n${countText({ files: tests.files.length, cases })} found; when each kind runs:\n\n${tableHead(['Kind', 'Total', ...columns.map(runWhenLabel)])}`,
      rows,
      ...(cadences.length > 0 ? { foot: `\nScheduled runs: ${cadences.map(escapeMarkdown).join('; ')}.` } : {}),
    },
  ];
  if (tests.neverRun.length > 0) {
    sections.push({
      name: 'Tests never run in CI',
      unit: 'folder',
      head: '#### Tests that exist but never run in CI',
      rows: tests.neverRun.map((n) => `- ${inlineCode(n.folder)}: ${countText(n)}. ${escapeWithCode(n.remediation)}`),
    });
  }
  return sections;
}

function findingLine(f: Finding, ctx: LinkContext | undefined): string {
  return `- ${placeMarkdown(f, ctx)} ${escapeWithCode(f.message)} ${inlineCode(f.check)}`;
}

function findingSections(findings: readonly Finding[], ctx: LinkContext | undefined): Section[] {
  const sections: Section[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const heading = sections.length === 0 ? `### Findings (${findings.length})\n\n` : '';
    sections.push({ name: `Findings: ${SEVERITY_TITLES[severity].toLowerCase()}`, unit: 'finding', head: `${heading}**${SEVERITY_TITLES[severity]} (${group.length})**\n`, rows: group.map((f) => findingLine(f, ctx)) });
  }
  return sections;
}

function cutAnnotationsSection(cut: readonly Finding[], ctx: LinkContext | undefined): Section[] {
  if (cut.length === 0) return [];
  const head = `### Annotations not shown (${cut.length})\n\nGitHub shows at most 10 annotations of each severity per step; these findings are not annotated on the diff:\n`;
  return [{ name: 'Annotations not shown', unit: 'finding', head, rows: cut.map((f) => findingLine(f, ctx)) }];
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const ctx = options.links;
  const sections: Section[] = [
    ...phaseSections(report, ctx),
    profileSection(report),
    workflowsSection(report.workflows, ctx),
    ...testSections(report.tests),
    ...historySections(report.history),
    ...githubSections(report.github),
    ...findingSections(report.findings, ctx),
    ...cutAnnotationsSection(options.cutAnnotations ?? [], ctx),
  ];
  return fitSections(renderLead(report), sections, options.maxBytes ?? SUMMARY_MAX_BYTES);
}
