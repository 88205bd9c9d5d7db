/**
 * The report for a terminal: header (score, level, gate), one line per item with its first
 * piece of evidence, the next step for every gap, the tests table and the findings as
 * `file:line:col: severity: message [check]` (the form editors and actionlint use).
 * ANSI colour only when asked; without it the output holds no escape code at all.
 */
import { historyTextLines } from './history-markdown.js';
import type { Verdict } from '../model/check.js';
import type { Severity } from '../model/finding.js';
import type { Report, ReportItem, ReportTests } from '../model/report.js';
import { LEVEL_TITLES, type Level } from '../score/level.js';
import { placeText } from './links.js';
import { changeText } from './headline.js';
import { isToolLimit } from './summary-details.js';
import { nextStepText, profileText } from './summary.js';
import { countText, RUN_WHEN_ORDER, runWhenLabel } from './run-when.js';
import { unseenTestRuns } from '../model/report.js';
import { unfollowedHeadline, unfollowedTextLines } from './unfollowed.js';

export interface TextOptions {
  color: boolean;
  /** Every profile reason and config change, one a line (default: one line for all). */
  verbose?: boolean;
  /** Wrap lines at word boundaries to this many columns (a terminal's width); no wrapping when unset. */
  width?: number;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan';
const ANSI: Record<Style, [number, number]> = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] };

type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m`;
}

const VERDICT_MARKS: Record<Verdict, { mark: string; style: Style }> = {
  automated: { mark: '✔', style: 'green' },
  present: { mark: '◐', style: 'yellow' },
  absent: { mark: '✘', style: 'red' },
  'not-applicable': { mark: '–', style: 'dim' },
  error: { mark: '!', style: 'red' },
};

const SEVERITY_STYLES: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
const VERDICT_WIDTH = 'not-applicable'.length;

/** Control characters from repository text must not reach the terminal (an ESC could recolour or move the cursor). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** The verdict in one line: score, level, the change against the base, the gate. Printed first and last. */
function verdictLine(report: Report, paint: Paint): string {
  const level = LEVEL_TITLES[report.level as Level] ?? `level ${report.level}`;
  const gate = report.gate.passed
    ? paint('green', report.gate.minScore > 0 || report.gate.minLevel > 0 ? 'gate passed' : 'no gate set')
    : paint('red', `gate FAILED: ${clean(report.gate.reasons.join('; '))}`);
  const change = changeText(report);
  return `${paint('bold', `Score ${report.score}/100`)} · level ${report.level} (${level})${change ? ` · this change: ${change}` : ''} · ${gate}`;
}

/** Profile and config in one line; every reason only with --verbose. */
function profileLines(report: Report, verbose: boolean): string[] {
  const head = `Profile: ${profileText(report, (s) => s)}${report.config.file ? ` · config ${clean(report.config.file)}` : ''}`;
  const reasons = [...report.profile.reasons, ...report.config.changes];
  if (verbose) return [head, ...reasons.map((r) => `  - ${clean(r)}`)];
  if (reasons.length === 0) return [head];
  const more = reasons.length > 1 ? ` (+${reasons.length - 1} more with --verbose)` : '';
  return [`${head}: ${clean(reasons[0]!)}${more}`];
}

function renderHeader(report: Report, paint: Paint, verbose: boolean): string[] {
  const weakest = report.phases.find((p) => p.id === report.weakestPhase);
  const next = nextStepText(report, clean, (id) => id);
  const limits = report.findings.filter(isToolLimit).map((f) => clean(f.file));
  const base = report.base;
  return [
    paint('bold', `${report.tool.name} ${report.tool.version} · ${clean(report.path)}`),
    verdictLine(report, paint),
    ...(base && !base.compared && base.note ? [paint('dim', clean(base.note))] : []),
    `Weakest phase: ${weakest ? `${weakest.title} (${weakest.score}/100)` : 'none'} · ${clean(report.arithmetic)}`,
    clean(report.levelExplanation),
    ...(next ? [`${paint('cyan', 'Next step:')} ${next}`] : []),
    ...profileLines(report, verbose),
    ...(limits.length > 0 ? [paint('dim', `Not read, over the size the tool reads: ${limits.join(', ')}`)] : []),
  ];
}

/** The automated steps not followed, after the header: a sentence, then up to 10 at their line. */
function renderUnfollowed(report: Report, paint: Paint): string[] {
  const head = unfollowedHeadline(report);
  if (!head) return [];
  return ['', `${paint('yellow', 'Not followed:')} ${clean(head)}`, ...unfollowedTextLines(report, clean)];
}

function renderChanges(report: Report, paint: Paint): string[] {
  const base = report.base;
  if (!base?.compared) return [];
  const changes = base.changes ?? [];
  const lines = ['', paint('bold', `This change, against ${base.sha.slice(0, 7)}: ${changes.length === 0 ? 'no verdict changed' : `${changes.length} verdict${changes.length === 1 ? '' : 's'} changed`}`)];
  for (const c of changes) {
    const cause = c.causes[0];
    const why = cause === undefined ? '' : cause.change === 'changed-elsewhere' ? ` (${clean(cause.text)})` : ` (${clean(cause.file)}:${cause.line} ${cause.change.replace('-', ' ')}${cause.text ? `: ${clean(cause.text)}` : ''})`;
    lines.push(`  ${paint('bold', c.id)}  ${c.before} → ${paint(VERDICT_MARKS[c.after].style, c.after)}${why}`);
  }
  for (const f of base.newFindings ?? []) lines.push(`  new: ${clean(f.file)}:${f.line}:${f.column}: ${paint(SEVERITY_STYLES[f.severity], f.severity)}: ${clean(f.message)} ${paint('dim', `[${clean(f.check)}]`)}`);
  return lines;
}

function itemLines(item: ReportItem, idWidth: number, paint: Paint): string[] {
  const { mark, style } = VERDICT_MARKS[item.verdict];
  const head = `  ${paint(style, `${mark} ${item.verdict.padEnd(VERDICT_WIDTH)}`)}  ${paint('bold', item.id.padEnd(idWidth))}  `;
  const indent = ' '.repeat(2 + 2 + VERDICT_WIDTH + 2 + idWidth + 2);
  const first = item.evidence[0];
  const lines: string[] = [];
  if (first === undefined) {
    lines.push(head + clean(item.reason));
  } else {
    // Each condition is a phrase that reads on its own (`job "gpu" runs only if: ...`, `called from ...`).
    const conditions = first.conditions && first.conditions.length > 0 ? ` (${clean(first.conditions.join('; '))})` : '';
    const more = item.evidence.length > 1 ? paint('dim', ` (+${item.evidence.length - 1} more)`) : '';
    lines.push(`${head}${paint('cyan', clean(placeText(first)))} ${clean(first.message)}${conditions}${more}`);
    if (item.verdict !== 'automated') lines.push(indent + clean(item.reason));
  }
  if (item.verdict === 'present' || item.verdict === 'absent') lines.push(`${indent}${paint('yellow', '→')} ${clean(item.remediation)}`);
  return lines;
}

function renderPhases(report: Report, paint: Paint): string[] {
  const idWidth = Math.max(0, ...report.items.map((i) => i.id.length));
  const lines: string[] = [];
  const unchecked: string[] = [];
  for (const phase of report.phases) {
    const items = report.items.filter((i) => i.phase === phase.id);
    if (items.length === 0) {
      unchecked.push(phase.title);
      continue;
    }
    lines.push('', `${paint('bold', phase.title)}  ${phase.score === null ? 'n/a' : `${phase.score}/100`}`);
    for (const item of items) for (const pushed of itemLines(item, idWidth, paint)) lines.push(pushed);
  }
  if (unchecked.length > 0) lines.push('', paint('dim', `No item checked (n/a): ${unchecked.join(', ')}`));
  return lines;
}

/** Left-aligned columns separated by two spaces. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => `  ${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd());
}

function renderTests(tests: ReportTests, paint: Paint, unseen?: string): string[] {
  if (tests.files.length === 0) return [];
  const cols = RUN_WHEN_ORDER.filter((w) => tests.byKind.some((k) => k.runs[w] !== undefined));
  const count = (n: { files: number; cases: number } | undefined): string => (n === undefined ? '-' : `${n.files}f/${n.cases}c`);
  const header = ['kind', 'total', ...cols.map((w) => (w === 'never' && unseen ? 'not seen in CI' : runWhenLabel(w)))];
  const rows = tests.byKind.map((k) => [k.kind, count(k), ...cols.map((w) => count(k.runs[w]))]);
  const cases = tests.files.reduce((a, f) => a + f.cases, 0);
  const [head, ...body] = columns([header, ...rows]);
  const lines = ['', paint('bold', `Tests: ${countText({ files: tests.files.length, cases })} (f = files, c = cases)`), paint('dim', head ?? ''), ...body];
  if (tests.neverRun.length > 0) {
    lines.push('', paint('bold', unseen ? 'Tests no followed CI step runs' : 'Tests that never run in CI'));
    if (unseen) lines.push(paint('dim', `  Not seen running, not proof they never run: ${clean(unseen)}.`));
    for (const n of tests.neverRun) lines.push(`  ${paint('red', clean(n.folder))}  ${countText(n)}. ${clean(n.remediation)}`);
  }
  return lines;
}

function renderFindings(report: Report, paint: Paint): string[] {
  const findings = report.findings.filter((f) => !isToolLimit(f));
  if (findings.length === 0) return [];
  return [
    '',
    paint('bold', `Findings (${findings.length})`),
    ...findings.map((f) => `${clean(f.file)}:${f.line}:${f.column}: ${paint(SEVERITY_STYLES[f.severity], f.severity)}: ${clean(f.message)} ${paint('dim', `[${clean(f.check)}]`)}`),
  ];
}

// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with the ESC control character
const ANSI_CODE = /\u001b\[[0-9;]*m/g;
const visible = (s: string): number => [...s.replace(ANSI_CODE, '')].length;

/** Wraps one line at spaces to `width` columns; continuation lines keep the indent plus four spaces. */
export function wrapLine(line: string, width: number): string[] {
  if (visible(line) <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const hang = `${indent}    `;
  const words = line.slice(indent.length).split(' ');
  const out: string[] = [];
  let current = indent;
  let size = indent.length;
  for (const word of words) {
    const w = visible(word);
    const lead = current.trim() === '' ? 0 : 1;
    if (size + lead + w > width && current.trim() !== '') {
      out.push(current);
      current = hang + word;
      size = hang.length + w;
    } else {
      current += (lead ? ' ' : '') + word;
      size += lead + w;
    }
  }
  out.push(current);
  return out;
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const lines = [
    ...renderHeader(report, paint, options.verbose === true),
    ...renderUnfollowed(report, paint),
    ...renderChanges(report, paint),
    ...renderPhases(report, paint),
    ...renderTests(report.tests, paint, unseenTestRuns(report.unfollowed)),
    ...historyTextLines(report.history, report.github).map(clean),
    ...renderFindings(report, paint),
    '',
    verdictLine(report, paint),
  ];
  const width = options.width;
  const wrapped = width && width >= 40 ? lines.flatMap((l) => wrapLine(l, width)) : lines;
  return `${wrapped.join('\n')}\n`;
}
