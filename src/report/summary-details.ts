/**
 * The folded end of the job summary: how the score is computed, the profile's reasons and the
 * config's changes, the workflows, the tests and when they run, the findings, and the findings
 * not annotated. Plus the one line for the tool's own limits. Pure.
 */
import { READ_LIMIT_CHECK, type Finding, type Severity } from '../model/finding.js';
import type { Report, ReportProvider, ReportTests, ReportWorkflow } from '../model/report.js';
import { unseenTestRuns } from '../model/report.js';
import type { Section } from './budget.js';
import { placeMarkdown, textWithPlaces, type LinkContext } from './links.js';
import { escapeCell, escapeHtml, escapeMarkdown, inlineCode, tableHead, tableRow, wrapWithCode } from './markdown.js';
import { countText, RUN_WHEN_ORDER, runWhenLabel } from './run-when.js';

const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
/** Files named in the read-limit line; the rest are counted. */
const READ_LIMIT_NAMED = 3;

/** Whether a finding is about a limit of the tool rather than the user's file. */
export function isToolLimit(f: Finding): boolean {
  return f.check === READ_LIMIT_CHECK;
}

/** One line for the files the tool did not read because of its size limit, or nothing. */
export function readLimitLine(findings: readonly Finding[]): string | undefined {
  const files = findings.filter(isToolLimit).map((f) => f.file);
  if (files.length === 0) return undefined;
  const named = files.slice(0, READ_LIMIT_NAMED).map(inlineCode).join(', ');
  const more = files.length > READ_LIMIT_NAMED ? ` and ${files.length - READ_LIMIT_NAMED} more` : '';
  return `ℹ️ Not read, over the size the tool reads: ${named}${more} (a limit of this tool, not a problem in the files).`;
}

function folded(summary: string, name: string, unit: string, body: string, rows: string[]): Section {
  return { name, unit, head: `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}`, rows, foot: '\n</details>' };
}

function scoreSection(report: Report): Section {
  const lines = [
    `- **Score:** ${escapeMarkdown(report.arithmetic)} (phase weight × phase score, over the weights of the phases that apply)`,
    `- **Level:** ${textWithPlaces(report.levelExplanation, undefined)}`,
  ];
  return folded('How the score and the level are computed', 'How the score is computed', 'line', '', lines);
}

function profileSection(report: Report, ctx: LinkContext | undefined): Section {
  const source = { inferred: 'inferred', config: 'set by the config file', input: 'set by an input' }[report.profile.source];
  const config = report.config.file ? `; config ${report.config.file}` : '';
  const rows = [...report.profile.reasons, ...report.config.changes].map((r) => `- ${textWithPlaces(r, ctx)}`);
  return folded(`Profile: ${report.profile.id} (${source})${config}`, 'Profile and configuration', 'line', '', rows);
}

/** How each provider's triggers read in the table (the model's event names are GitHub's). */
const TRIGGER_WORDS: Readonly<Record<Exclude<ReportProvider, 'github-actions'>, Readonly<Record<string, string>>>> = {
  'gitlab-ci': { pull_request: 'merge requests', push: 'branch pushes', schedule: 'schedule', release: 'tags', workflow_dispatch: 'manual', repository_dispatch: 'other pipelines' },
  circleci: { pull_request: 'pull-request branches', push: 'every push', schedule: 'schedule', release: 'tags', workflow_dispatch: 'manual or API', repository_dispatch: 'other pipelines' },
};

const PROVIDER_LABELS: Readonly<Record<ReportProvider, string>> = { 'github-actions': 'GitHub Actions', 'gitlab-ci': 'GitLab CI', circleci: 'CircleCI' };

function triggersCell(w: ReportWorkflow): string {
  if (w.triggers.length === 0) return '_none_';
  const words = w.provider === 'github-actions' ? undefined : TRIGGER_WORDS[w.provider];
  return w.triggers
    .map((t) => {
      const crons = (t.schedules ?? []).map((s) => escapeMarkdown(s.description));
      const event = words?.[t.event] ? escapeMarkdown(words[t.event]!) : inlineCode(t.event);
      return crons.length === 0 ? event : `${event} (${crons.join('; ')})`;
    })
    .join(', ');
}

function workflowsSection(workflows: readonly ReportWorkflow[], ctx: LinkContext | undefined): Section {
  if (workflows.length === 0) return folded('CI pipelines (none)', 'CI pipelines', 'pipeline', '_No CI pipeline was found (GitHub workflows in .github/workflows, .gitlab-ci.yml, .circleci/config.yml)._', []);
  const rows = workflows.map((w) => {
    const file = placeMarkdown({ file: w.file, line: 1 }, ctx);
    return tableRow([w.name === null ? file : `${escapeCell(w.name)}<br>${file}`, PROVIDER_LABELS[w.provider], triggersCell(w)]);
  });
  return folded(`CI pipelines (${workflows.length})`, 'CI pipelines', 'pipeline', tableHead(['Pipeline', 'CI', 'Triggers']), rows);
}

function testsSection(tests: ReportTests, unseen?: string): Section[] {
  if (tests.files.length === 0) return [];
  const rows = tests.byKind.map((k) => {
    const runs = RUN_WHEN_ORDER.filter((w) => k.runs[w] !== undefined).map((w) => `${escapeMarkdown(w === 'never' && unseen ? 'not seen in CI' : runWhenLabel(w))}: ${countText(k.runs[w]!)}`);
    return tableRow([inlineCode(k.kind), countText(k), runs.join('<br>') || ' ']);
  });
  const cases = tests.files.reduce((a, f) => a + f.cases, 0);
  const cadences = [...new Set(tests.files.flatMap((f) => f.schedules ?? []))].sort();
  // While steps that might run tests were not followed, a folder no followed step runs is "not seen running", not "never run" (CHECKLIST §2).
  const fate = unseen ? 'run by no CI step the tool could follow' : 'never run in CI';
  const never = tests.neverRun.map((n) => `- ${inlineCode(n.folder)}: ${countText(n)} ${fate}. ${wrapWithCode(n.remediation)}`);
  if (unseen && never.length > 0) never.push(`- Not seen running is not proof they never run: ${escapeMarkdown(unseen)}.`);
  const foot = [cadences.length > 0 ? `\nScheduled runs: ${cadences.map(escapeMarkdown).join('; ')}.` : '', never.length > 0 ? `\n${never.join('\n')}` : ''].join('');
  const section = folded(`Tests: ${countText({ files: tests.files.length, cases })}, and when each kind runs`, 'Tests', 'test kind', tableHead(['Kind', 'Total', 'Runs on']), rows);
  return [{ ...section, foot: `${foot}\n\n</details>` }];
}

function findingLine(f: Finding, ctx: LinkContext | undefined): string {
  return `- ${placeMarkdown(f, ctx)} ${textWithPlaces(f.message, ctx)} ${inlineCode(f.check)}`;
}

function findingSections(findings: readonly Finding[], ctx: LinkContext | undefined): Section[] {
  const shown = findings.filter((f) => !isToolLimit(f));
  return SEVERITIES.flatMap((severity) => {
    const group = shown.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [folded(`Findings: ${SEVERITY_TITLES[severity].toLowerCase()} (${group.length})`, `Findings: ${SEVERITY_TITLES[severity].toLowerCase()}`, 'finding', '', group.map((f) => findingLine(f, ctx)))];
  });
}

function cutAnnotationsSection(cut: readonly Finding[], ctx: LinkContext | undefined): Section[] {
  if (cut.length === 0) return [];
  const body = 'GitHub shows at most 10 annotations of each severity per step; these findings are not annotated on the diff:\n';
  return [folded(`Annotations not shown (${cut.length})`, 'Annotations not shown', 'finding', body, cut.map((f) => findingLine(f, ctx)))];
}

export function detailSections(report: Report, ctx: LinkContext | undefined, cut: readonly Finding[]): Section[] {
  const sections = [
    ...findingSections(report.findings, ctx),
    ...cutAnnotationsSection(cut, ctx),
    ...testsSection(report.tests, unseenTestRuns(report.unfollowed)),
    scoreSection(report),
    profileSection(report, ctx),
    workflowsSection(report.workflows, ctx),
  ];
  if (sections.length > 0) sections[0] = { ...sections[0]!, head: `### Details\n\n${sections[0]!.head}` };
  return sections;
}
