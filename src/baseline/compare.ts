/**
 * The difference a pull request makes: each item whose verdict changed, with the line whose
 * change caused it, and the findings new on lines it changed. Pure: the two reports, the
 * changed lines and two line readers come in.
 */
import type { Verdict } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import type { Report, ReportCause, ReportItem, ReportItemChange } from '../model/report.js';
import { inRanges, type ChangedLines } from '../git/diff.js';
import { citedPlaces } from '../report/links.js';

/** The text of a line of a file on one side, or undefined. */
export type LineReader = (file: string, line: number) => string | undefined;

export interface CompareInput {
  head: Report;
  base: Report;
  changed: ChangedLines;
  headLine: LineReader;
  baseLine: LineReader;
}

/** `error` (the check could not decide) ranks with not-applicable: neither is scored. */
const RANK: Record<Verdict, number> = { automated: 3, present: 2, absent: 1, 'not-applicable': 0, error: 0 };
/** Causes named per item. */
const MAX_CAUSES = 3;
const MAX_TEXT = 120;

interface Place {
  file: string;
  line: number;
}

/** The places an item's evidence stands on: each evidence line, and the places its sentences cite. */
export function evidencePlaces(item: ReportItem | undefined): Place[] {
  if (!item) return [];
  const out: Place[] = [];
  const add = (p: Place) => {
    if (!out.some((x) => x.file === p.file && x.line === p.line)) out.push(p);
  };
  for (const ev of item.evidence) {
    add({ file: ev.file, line: ev.line });
    for (const text of [ev.message, ...(ev.conditions ?? [])]) citedPlaces(text).forEach(add);
  }
  citedPlaces(item.reason).forEach(add);
  return out;
}

function clip(text: string | undefined): string {
  const t = (text ?? '').trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

/** Places on `side` whose line this change touched. */
function touched(places: readonly Place[], side: 'base' | 'head', input: CompareInput): ReportCause[] {
  const causes: ReportCause[] = [];
  const read = side === 'base' ? input.baseLine : input.headLine;
  for (const p of places) {
    const fc = input.changed.get(p.file);
    if (!fc) continue;
    if (side === 'base' && fc.status === 'removed') causes.push({ side, file: p.file, line: p.line, change: 'file-removed', text: clip(read(p.file, p.line)) });
    else if (side === 'head' && fc.status === 'added') causes.push({ side, file: p.file, line: p.line, change: 'file-added', text: clip(read(p.file, p.line)) });
    else if (inRanges(p.line, side === 'base' ? fc.base : fc.head)) causes.push({ side, file: p.file, line: p.line, change: side === 'base' ? 'removed' : 'added', text: clip(read(p.file, p.line)) });
  }
  return causes;
}

/** The first changed line of a file the evidence cites, on the side that has one. */
function firstHunk(places: readonly Place[], prefer: 'base' | 'head', input: CompareInput): ReportCause[] {
  for (const p of places) {
    const fc = input.changed.get(p.file);
    if (!fc) continue;
    for (const side of prefer === 'base' ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
      const range = (side === 'base' ? fc.base : fc.head)[0];
      if (!range) continue;
      const read = side === 'base' ? input.baseLine : input.headLine;
      return [{ side, file: p.file, line: range[0], change: side === 'base' ? 'removed' : 'added', text: clip(read(p.file, range[0])) }];
    }
  }
  return [];
}

function causesOf(id: string, before: Verdict, after: Verdict, input: CompareInput): ReportCause[] {
  const basePlaces = evidencePlaces(input.base.items.find((i) => i.id === id));
  const headPlaces = evidencePlaces(input.head.items.find((i) => i.id === id));
  const lowered = RANK[after] < RANK[before];
  // Lowered: evidence the base had is gone; raised: the head has new evidence. Then the other side.
  const first = lowered ? touched(basePlaces, 'base', input) : touched(headPlaces, 'head', input);
  const second = lowered ? touched(headPlaces, 'head', input) : touched(basePlaces, 'base', input);
  let causes = [...first, ...second];
  if (causes.length === 0) causes = firstHunk(lowered ? [...basePlaces, ...headPlaces] : [...headPlaces, ...basePlaces], lowered ? 'base' : 'head', input);
  const config = input.head.config.file ?? input.base.config.file;
  if (causes.length === 0 && config && input.changed.has(config)) causes = firstHunk([{ file: config, line: 1 }], 'head', input);
  if (causes.length === 0) {
    const n = input.changed.size;
    causes = [{ side: 'head', file: '.', line: 0, change: 'changed-elsewhere', text: `No line its evidence cites changed; ${n} ${n === 1 ? 'file' : 'files'} changed elsewhere (a workflow, a task runner or the tests they reach).` }];
  }
  return causes.slice(0, MAX_CAUSES);
}

export function verdictChanges(input: CompareInput): ReportItemChange[] {
  const before = new Map(input.base.items.map((i) => [i.id, i.verdict]));
  const changes: ReportItemChange[] = [];
  for (const item of input.head.items) {
    const was = before.get(item.id);
    if (was === undefined || was === item.verdict) continue;
    changes.push({ id: item.id, title: item.title, before: was, after: item.verdict, causes: causesOf(item.id, was, item.verdict, input) });
  }
  return changes;
}

const findingKey = (f: Finding) => `${f.file}\u0000${f.check}\u0000${f.message}`;

/** Head findings on lines this change added or replaced that the base did not have. */
export function newFindings(input: CompareInput): Finding[] {
  const old = new Set(input.base.findings.map(findingKey));
  return input.head.findings.filter((f) => {
    const fc = input.changed.get(f.file);
    if (!fc || old.has(findingKey(f))) return false;
    return fc.status === 'added' || inRanges(f.line, fc.head);
  });
}

export function compareReports(input: CompareInput): { changes: ReportItemChange[]; newFindings: Finding[] } {
  return { changes: verdictChanges(input), newFindings: newFindings(input) };
}
