/**
 * The last step before any renderer: the report's size is bounded per field and per list,
 * never by the heap (one 17 KB `run:` line quoted in every test file's evidence gave 49 MB
 * of JSON), and every string that came from the repository is made safe for a terminal or
 * markdown page: control, bidi and zero-width characters are shown as `<U+XXXX>`. Where a
 * text contained them, a notice names the file, so the change is never silent.
 */
import type { Finding } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { clipText, hasUnsafeChars, visibleText } from '../io/safe-text.js';

/** Longest string kept in a report field; longer ones are clipped with a note of how much was cut. */
export const MAX_FIELD_CHARS = 2000;
/** Longest path, name or command-like field. */
export const MAX_SHORT_FIELD_CHARS = 500;
/** Most findings kept; the rest are counted in one more finding. */
export const MAX_FINDINGS = 1000;
/** Most files named in notices about hidden characters. */
const MAX_UNSAFE_NOTICES = 20;

const LONG_FIELDS: ReadonlySet<string> = new Set(['message', 'reason', 'remediation', 'example', 'levelExplanation', 'arithmetic', 'description']);

/** A copy of the report with every string bounded and visible, and the findings capped. */
export function boundReport(report: Report): Report {
  const unsafe = new Set<string>();
  const bounded = boundValue(report, '', undefined, unsafe) as Report;
  const notices: Finding[] = [...unsafe].slice(0, MAX_UNSAFE_NOTICES).map((file) => ({
    severity: 'notice',
    file: clipText(visibleText(file), MAX_SHORT_FIELD_CHARS),
    line: 1,
    column: 1,
    check: 'hidden-characters',
    message: `Text from "${clipText(visibleText(file), MAX_SHORT_FIELD_CHARS)}" contains control, bidi or zero-width characters; this report shows each as <U+XXXX> so that none can hide or reorder what you read.`,
  }));
  let findings = [...bounded.findings, ...notices];
  // The note counts as one of the MAX_FINDINGS, so bounding twice changes nothing.
  if (findings.length > MAX_FINDINGS) {
    const cut = findings.length - (MAX_FINDINGS - 1);
    findings = findings.slice(0, MAX_FINDINGS - 1);
    findings.push({ severity: 'notice', file: '.', line: 1, column: 1, check: 'report-size', message: `${cut} more findings are not listed, to keep the report bounded; the first ${MAX_FINDINGS - 1} (errors first) are.` });
  }
  return { ...bounded, findings };
}

/** `file` is the nearest enclosing `file` or `path` field, for the notice. */
function boundValue(value: unknown, key: string, file: string | undefined, unsafe: Set<string>): unknown {
  if (typeof value === 'string') {
    if (hasUnsafeChars(value)) unsafe.add(file ?? '.');
    return clipText(visibleText(value), LONG_FIELDS.has(key) ? MAX_FIELD_CHARS : MAX_SHORT_FIELD_CHARS);
  }
  if (Array.isArray(value)) return value.map((v) => boundValue(v, key, file, unsafe));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const own = typeof obj['file'] === 'string' ? (obj['file'] as string) : typeof obj['path'] === 'string' && key !== '' ? (obj['path'] as string) : file;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = boundValue(v, k, own, unsafe);
    return out;
  }
  return value;
}
