/**
 * A presence check for test files by the conventions of each ecosystem, used while the
 * test inventory (CHECKLIST §4) is empty. One piece of evidence per test folder.
 */
import type { Analysis } from '../analysis.js';
import type { Evidence } from '../model/check.js';
import { fileEvidence, type FileSignal } from './evidence.js';

/** Test files by convention: one row per ecosystem. */
export const TEST_FILE_SIGNALS: FileSignal[] = [
  { test: (p) => /(^|\/)(test_[^/]*|[^/]+_test)\.py$/.test(p), label: 'pytest test file' },
  { test: (p) => /_test\.go$/.test(p), label: 'Go test file' },
  { test: (p) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(p), label: 'JavaScript/TypeScript test file' },
  { test: (p) => /(^|\/)__tests__\/[^/]+\.[cm]?[jt]sx?$/.test(p), label: 'JavaScript/TypeScript test file' },
  { test: (p) => /(^|\/)src\/test\/.+\.(java|kt|scala|groovy)$/.test(p), label: 'JVM test file' },
  { test: (p) => /(^|\/)tests\/testthat\/test[^/]*\.[rR]$/.test(p), label: 'testthat test file' },
  { test: (p) => /\.spec\.(rb|py)$|(^|\/)spec\/.+_spec\.rb$/.test(p), label: 'spec file' },
];

/** Folders that hold integration or end-to-end tests by their name. */
export const INTEGRATION_DIR = /(^|\/)(tests?\/(integration|integrations|it|e2e|end[-_]to[-_]end|system|acceptance)|integration[-_]tests?|e2e|e2e[-_]tests?|end[-_]to[-_]end[-_]tests?|tests?[-_](integration|e2e))\//;

/** Test files named for integration or end-to-end tests (`x.e2e.test.js`, `foo_integration_test.go`, `test_integration_x.py`). */
export const INTEGRATION_FILE = /(^|\/|[._-])(e2e|integration|end[-_]to[-_]end)([._-]\w+)*[._-](test|spec)\.(py|[cm]?[jt]sx?|go|rb|java|kt|rs|[rR])$|(^|\/)test_(e2e|integration)\w*\.py$/;

export function isIntegrationPath(p: string): boolean {
  return INTEGRATION_DIR.test(p);
}

/** Test files found by convention, the first one in each folder, at most `limit` folders. */
export function testFilePresence(a: Analysis, filter: (path: string) => boolean = () => true, limit = 5): Evidence[] {
  const byDir = new Map<string, Evidence>();
  for (const path of a.repo.files) {
    if (!filter(path)) continue;
    const signal = TEST_FILE_SIGNALS.find((s) => s.test(path));
    if (!signal) continue;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    if (!byDir.has(dir)) byDir.set(dir, fileEvidence(path, `${capitalise(signal.label)} "${path}".`));
    if (byDir.size >= limit) break;
  }
  return [...byDir.values()];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
