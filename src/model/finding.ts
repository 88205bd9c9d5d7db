import type { ItemId } from './check.js';

export type Severity = 'error' | 'warning' | 'notice';

/** What reads the repository and may report a finding, besides the items' checks. */
export const READER_SOURCES = [
  'syntax-check',
  'workflow-shape',
  'test-inventory',
  'command-resolution',
  'config',
  'external-ci',
  'file-read',
  'read-limit',
  'local-action',
  'reference-loop',
  'repository',
  'reusable-workflow',
  'workflows',
  'gitlab-ci',
  'circleci',
  'ci-history',
  'action-runtime',
] as const;
export type ReaderSource = (typeof READER_SOURCES)[number];

/** The source of a finding about a limit of the tool (a file over the size it reads), not about the user's file. */
export const READ_LIMIT_CHECK = 'read-limit' satisfies ReaderSource;

/** What produced a finding: a checklist item's check, or one of the readers. */
export type FindingSource = ItemId | ReaderSource;

/**
 * Something the analysis wants a person to see at a place: a broken file, a step that
 * cannot fail, a workflow that runs only on a schedule. `check` names what produced it
 * (an item id such as `lint`, or a parser check such as `syntax-check`).
 */
export interface Finding {
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  check: FindingSource;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.check.localeCompare(b.check) ||
    a.message.localeCompare(b.message)
  );
}

/** Sorts by severity then place, and drops exact repeats: the one place that does so. */
export function normalizeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    const key = `${f.severity}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.check}\u0000${f.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
