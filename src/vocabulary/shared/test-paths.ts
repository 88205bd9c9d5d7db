/**
 * Test paths: the one definition of a test file, a fixture, an integration-test path, and the
 * test and data folders the inventory, the CI history and the build check go by.
 */
import type { FileSignal } from '../../model/signal.js';


/** Paths that hold tests by the common conventions (used when the inventory is empty). */
export function isTestPath(path: string): boolean {
  // Each pattern below holds "test" or "spec": most paths, which hold neither, are answered without them (queries ask per file).
  if (!path.includes('test') && !path.includes('spec')) return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /(^|\/)(tests?|__tests__|testing|spec)\//.test(path) || /^test_.*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|^conftest\.py$/.test(base);
}

/**
 * A path in a test folder or a fixture folder: a pipeline there is a fixture that feeds a
 * test (an MLproject a test loads), not the project's own training pipeline.
 */
export function isFixturePath(path: string): boolean {
  return /(^|\/)(tests?|__tests__|testing|fixtures?|testdata|test_data)\//.test(path);
}

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

/** Folders that hold test data, snapshots or vendored code, never the project's tests (the inventory skips them). */
export const DATA_DIRS: ReadonlySet<string> = new Set(['testdata', 'test_data', 'test-data', 'fixtures', '__fixtures__', '__snapshots__', '__mocks__', 'vendor']);

/** Folders whose code files may be tests even when not named like one (the inventory's candidates by place). */
export const TEST_DIRS: ReadonlySet<string> = new Set(['tests', 'test']);

/** Folder names that hold tests by convention: a folder named so is all tests (the CI history's test paths). */
export const TEST_FOLDER_NAME = /^(tests?|__tests__|specs?|testing|e2e|integration[-_]tests?|unit[-_]tests?)$/i;

/** Folders whose packaging files are not the project's own build (dependencies, tests, examples, docs). */
export const NOT_OWN_BUILD_DIR = /(^|\/)(node_modules|tests?|examples?|docs?)\//;

/**
 * Code the project did not write for itself: vendored copies and test data (fixtures,
 * snapshots), whose imports say nothing about the project's own pipeline (the source queries skip them).
 */
export const NOT_OWN_CODE_DIR = /(^|\/)(vendor|vendored|third_party|third-party|fixtures|__fixtures__|testdata|test_data|test-data|__snapshots__)\//;
