import type { Command } from './ci.js';

export const TEST_KINDS = [
  'unit',
  'integration',
  'e2e',
  'performance',
  'data',
  'training',
  'evaluation',
  'behavioral',
  'serialization',
  'reproducibility',
  'drift',
  'serving',
] as const;
export type TestKind = (typeof TEST_KINDS)[number];

export type TestFramework =
  | 'pytest'
  | 'unittest'
  | 'jest'
  | 'vitest'
  | 'mocha'
  | 'node-test'
  | 'go'
  | 'cargo'
  | 'testthat'
  | 'junit'
  | 'bats'
  | 'notebook'
  | 'unknown';

/** Why a test file has a kind: the line of the strongest signal and what it was. */
export interface KindEvidence {
  kind: TestKind;
  line: number;
  signal: string;
}

export interface TestFile {
  path: string;
  framework: TestFramework;
  kinds: KindEvidence[];
  /** Test cases counted in the file (0 for a file whose content could not be read). */
  cases: number;
  /** pytest markers (or similar tags) applied in the file. */
  markers: string[];
}

/**
 * When tests run, in the report's words: the automated events, `manual` for
 * workflow_dispatch only, `never` when no workflow reaches the file.
 */
export type RunWhen =
  | 'pull_request'
  | 'push'
  | 'merge_group'
  | 'schedule'
  | 'release'
  | 'workflow_run'
  | 'repository_dispatch'
  | 'manual'
  | 'never';

export interface TestInventory {
  files: TestFile[];
  /** For each test file path, the commands that select it (empty or missing: none). */
  reachedBy: ReadonlyMap<string, readonly Command[]>;
  /**
   * For test files no command selects but one would without its filter: that command and
   * its filter (`-m "not slow"`), so the report can say why they are left out.
   */
  leftOut?: ReadonlyMap<string, { command: Command; filter: string }>;
  /** Go test files built only with tags (their `//go:build` constraint): the tags, so a remediation can name them. */
  buildTags?: ReadonlyMap<string, readonly string[]>;
}

/**
 * What one command asks a test runner to run (produced by command resolution, consumed
 * by the inventory to decide which test files a command reaches).
 */
export interface TestSelection {
  runner: 'pytest' | 'unittest' | 'python-script' | 'go' | 'cargo' | 'jest' | 'vitest' | 'mocha' | 'node-test' | 'testthat' | 'maven' | 'gradle' | 'bats' | 'nbmake' | 'other';
  /** Folder the runner starts in, relative to the root ('' for the root). */
  cwd: string;
  /** Paths or patterns given on the command line (relative to cwd); empty: the runner's default. */
  paths: string[];
  /** pytest `-m` expression, if any. */
  markers?: string;
  /** pytest `-k` expression, jest `-t`, go `-run`, if any. */
  keyword?: string;
  /** Paths left out (`pytest --ignore=x`, `jest --testPathIgnorePatterns x`), relative to cwd. */
  ignores?: string[];
  /** Projects picked (`jest --selectProjects a b`, `vitest --project a`). */
  projects?: string[];
  /** cargo: what `cargo test` (nextest, llvm-cov, tarpaulin) selects beyond `projects` (its `-p` packages). */
  cargo?: CargoSelection;
  /** The command that makes this selection. */
  command: Command;
}

/** The packages and targets a cargo test command picks (parse/run/selection.ts reads them, inventory/cargo.ts applies them). */
export interface CargoSelection {
  /** `--workspace` / `--all`: every member of the workspace. */
  workspace: boolean;
  /** `--exclude NAME` (with `--workspace`). */
  exclude: string[];
  /** `--manifest-path PATH`, as written (relative to cwd). */
  manifestPath?: string;
  /** Target kinds picked (`--lib`, `--bins`, `--tests`, `--doc`, `--all-targets`...); empty: cargo's default. */
  targets: ('lib' | 'bins' | 'tests' | 'doc' | 'examples' | 'benches' | 'all')[];
  /** `--test NAME`: integration tests picked by name (a glob). */
  tests: string[];
  /** Options the tool does not read or whose effect it does not evaluate (features, filters): the answer counts every test they could select. */
  unsure: string[];
}

/**
 * The languages whose test files the inventory reads. `testscript`: a Go testscript (txtar) file, one script of the Go
 * test that runs it (its commands, then `-- name --` file sections that are its fixtures).
 */
export type Lang = 'python' | 'js' | 'go' | 'rust' | 'r' | 'jvm' | 'bats' | 'notebook' | 'testscript';
