/**
 * Keeps a markdown document under a byte limit (GitHub refuses a job summary over 1 MiB
 * and a comment over 65,536 characters) by cutting whole rows, then whole sections, from the end, and saying what was cut.
 */

/** A part of the document that can lose rows from its end. */
export interface Section {
  /** How the cut note names it, e.g. `Findings: warnings`. */
  name: string;
  /** What a row is, singular, e.g. `finding` (an `s` makes the plural). */
  unit: string;
  /** Heading and table head (markdown, no trailing newline). */
  head: string;
  rows: string[];
  /** Markdown after the rows, cut with the section. */
  foot?: string;
}

/** How the cut notes name the document and the platform's limit. */
export interface FitLimit {
  /** e.g. `summary`, `comment` */
  document: string;
  /** e.g. `GitHub accepts at most 1 MiB per step` */
  platform: string;
}

export const SUMMARY_LIMIT: FitLimit = { document: 'summary', platform: 'GitHub accepts at most 1 MiB per step' };

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

interface SectionState {
  section: Section;
  kept: number;
  headBytes: number;
  rowBytes: number[];
  footBytes: number;
  keptBytes: number;
  document: string;
}

function counted(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** After a blank line: a line right under a table would be read as one more row. */
function cutLine(n: number, unit: string, document: string): string {
  return `\n\n_… and ${counted(n, `more ${unit}`)}, cut to keep the ${document} under its size limit._`;
}

function sectionBytes(s: SectionState): number {
  if (s.kept === 0) return 0;
  const cut = s.section.rows.length - s.kept;
  // head + "\n" + rows each followed by "\n"... joined as in renderSection, plus "\n\n" between sections.
  return s.headBytes + s.keptBytes + (cut > 0 ? bytes(cutLine(cut, s.section.unit, s.document)) : 0) + s.footBytes + 2;
}

function renderSection(s: SectionState): string {
  const cut = s.section.rows.length - s.kept;
  let out = s.section.head;
  for (const row of s.section.rows.slice(0, s.kept)) out += `\n${row}`;
  if (cut > 0) out += cutLine(cut, s.section.unit, s.document);
  if (s.section.foot !== undefined) out += `\n${s.section.foot}`;
  return `${out}\n\n`;
}

export function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function cutNote(states: readonly SectionState[], maxBytes: number, limit: FitLimit): string {
  const parts: string[] = [];
  for (const s of states) {
    const total = s.section.rows.length;
    const cut = total - s.kept;
    if (s.kept === 0) parts.push(`the whole "${s.section.name}" section (${counted(total, s.section.unit)})`);
    else if (cut > 0) parts.push(`${cut} of ${counted(total, s.section.unit)} in "${s.section.name}"`);
  }
  if (parts.length === 0) return '';
  return `---\n**Cut to fit:** this ${limit.document} is limited to ${formatBytes(maxBytes)} (${limit.platform}), so it leaves out ${parts.join('; ')}.\n`;
}

/**
 * Cuts one row of the last section still shown and returns how many bytes that saved
 * (undefined when nothing is left to cut). A section whose last row goes is dropped whole:
 * a heading over nothing says nothing.
 */
function cutOne(states: readonly SectionState[]): number | undefined {
  for (let i = states.length - 1; i >= 0; i--) {
    const s = states[i]!;
    if (s.kept === 0) continue;
    const before = sectionBytes(s);
    if (s.kept === 1 || s.section.rows.length === 0) {
      s.kept = 0;
      s.keptBytes = 0;
    } else {
      s.kept -= 1;
      s.keptBytes -= s.rowBytes[s.kept]!;
    }
    return before - sectionBytes(s);
  }
  return undefined;
}

/** Truncates to at most `max` bytes without splitting a character. */
function truncateBytes(text: string, max: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= max) return text;
  let end = max;
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

/**
 * `lead` is never cut; sections are cut from the end until everything, with the note,
 * fits in `maxBytes`.
 */
export function fitSections(lead: string, sections: readonly Section[], maxBytes: number, limit: FitLimit = SUMMARY_LIMIT): string {
  const states: SectionState[] = sections.map((section) => {
    const rowBytes = section.rows.map((r) => bytes(r) + 1);
    return {
      section,
      // A section with no rows (an empty table's explanation) is kept until cut whole.
      kept: section.rows.length === 0 ? 1 : section.rows.length,
      headBytes: bytes(section.head),
      rowBytes,
      footBytes: section.foot === undefined ? 0 : bytes(section.foot) + 1,
      keptBytes: rowBytes.reduce((a, b) => a + b, 0),
      document: limit.document,
    };
  });
  const leadText = `${lead}\n\n`;
  const leadBytes = bytes(leadText);
  let total = leadBytes + states.reduce((a, s) => a + sectionBytes(s), 0);
  while (total + bytes(cutNote(states, maxBytes, limit)) > maxBytes) {
    const saved = cutOne(states);
    if (saved === undefined) break;
    total -= saved;
  }
  const body = leadText + states.filter((s) => s.kept > 0).map(renderSection).join('') + cutNote(states, maxBytes, limit);
  return truncateBytes(body, maxBytes);
}
