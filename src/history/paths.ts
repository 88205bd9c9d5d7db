/**
 * Which bucket a path of the history belongs to: CI (workflows, local actions and the
 * files of other CI services), tests (the files the inventory found and their folders),
 * documentation (left out), or code.
 */
import type { Bucket, PathClassifier } from './collect.js';
import { TEST_FOLDER_NAME } from '../vocabulary/shared/test-paths.js';

/** Folders and files that define CI, for any provider the tool knows of. */
export const CI_PATHS: readonly string[] = [
  '.github/workflows/',
  '.github/actions/',
  '.gitlab-ci.yml',
  '.circleci/',
  '.travis.yml',
  'azure-pipelines.yml',
  '.azure-pipelines/',
  'Jenkinsfile',
  '.buildkite/',
  '.pre-commit-config.yaml',
  '.drone.yml',
  'bitbucket-pipelines.yml',
];

const DOC_FOLDERS = ['docs/', 'doc/', 'documentation/'];
const DOC_EXTENSIONS = /\.(md|mdx|rst|adoc)$/i;
const DOC_NAMES = /^(LICEN[CS]E|COPYING|AUTHORS|CODEOWNERS|NOTICE|CHANGELOG|CHANGES)(\.[a-z]+)?$/i;

function baseName(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

/** The CI path (folder or file) that `p` falls under, or undefined. */
export function ciPathOf(p: string, extra: readonly string[] = []): string | undefined {
  return [...CI_PATHS, ...extra].find((c) => (c.endsWith('/') ? p.startsWith(c) : p === c));
}

export function isDocPath(p: string): boolean {
  return DOC_FOLDERS.some((d) => p.startsWith(d)) || DOC_EXTENSIONS.test(p) || DOC_NAMES.test(baseName(p));
}


/**
 * The test paths: for each test file the inventory found, the outermost folder named like
 * a test folder (`tests/`, `__tests__/`, …) on its path, or the file itself when it sits
 * beside code (`src/foo_test.go`), so code is never counted as tests.
 */
export function testPaths(testFiles: readonly string[]): { folders: string[]; files: string[] } {
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const f of testFiles) {
    const parts = f.split('/');
    const i = parts.slice(0, -1).findIndex((c) => TEST_FOLDER_NAME.test(c));
    if (i >= 0) folders.add(`${parts.slice(0, i + 1).join('/')}/`);
    else files.add(f);
  }
  const sorted = [...folders].sort();
  const outer = sorted.filter((d) => !sorted.some((o) => o !== d && d.startsWith(o)));
  return { folders: outer, files: [...files].filter((f) => !outer.some((d) => f.startsWith(d))).sort() };
}

export function createClassifier(opts: { testFiles: readonly string[]; workflowFiles: readonly string[]; localActionDirs?: readonly string[] }): PathClassifier & { ciPathsSeen: () => string[]; testPaths: string[] } {
  const extraCi = (opts.localActionDirs ?? []).filter((d) => d !== '' && d !== '.').map((d) => `${d.replace(/\/+$/, '')}/`);
  const { folders, files } = testPaths(opts.testFiles);
  const fileSet = new Set(files);
  const seenCi = new Set<string>();
  const isTest = (p: string) => fileSet.has(p) || folders.some((d) => p.startsWith(d));
  return {
    workflowFiles: new Set(opts.workflowFiles),
    ciPathsSeen: () => [...seenCi].sort(),
    testPaths: [...folders, ...files],
    bucketOf(p: string): Bucket | null {
      const ci = ciPathOf(p, extraCi);
      if (ci !== undefined) {
        seenCi.add(ci);
        return 'ci';
      }
      if (isTest(p)) return 'tests';
      if (isDocPath(p)) return null;
      return 'code';
    },
  };
}
