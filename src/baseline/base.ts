/**
 * Analyses the base of a pull request from git objects and compares it with the analysed
 * checkout. Never fails the run: when the base commit is not in the checkout (a shallow
 * fetch), or git is missing, the result says so in one line and how to enable it.
 */
import * as path from 'node:path';
import type { Report, ReportBase } from '../model/report.js';
import type { RepoIndex } from '../model/repository.js';
import { runEngine, type EngineOptions, type EngineResult, type ForBase } from '../engine.js';
import { seedSourceScans } from '../analysis/code-search.js';
import { collectAfterChecks } from '../full-collection.js';
import { DEFAULT_CONFIG_FILE, type ConfigReader } from '../config/config.js';
import { changedPaths, diffLines } from '../git/diff.js';
import type { EarlyGitOutputs } from '../git/early-outputs.js';
import { resolveCommit, runGit, treeAt, workTreeOf } from '../git/run.js';
import { GitTreeError, indexGitTree } from '../git/tree-repo.js';
import { seedParsedCi } from '../parse/ci/github-actions/read.js';
import { seedDescribedTests } from '../inventory/discover.js';
import { leftOut } from '../parse/partial.js';
import { checkoutReader, decodeText } from '../parse/repo.js';
import { compareReports, type LineReader } from './compare.js';

export interface BaseTarget {
  /** The base commit (a sha, or any revision for the CLI). */
  rev: string;
  /** The base branch, when known (`main`). */
  ref?: string;
}

const short = (sha: string) => sha.slice(0, 7);

/** The one line for a base that is not in the checkout. */
export function shallowNote(rev: string): string {
  return `The base commit ${short(rev)} is not in this checkout (a shallow fetch), so the change against it is not shown. To see it, give actions/checkout \`fetch-depth: 0\`, or \`fetch-depth: 2\` on pull_request (the merge commit with its parents).`;
}

function unavailable(rev: string, ref: string | undefined, note: string): ReportBase {
  return { sha: rev, ref: ref ?? null, compared: false, note };
}

/** Why git could not read the folder, in one line, with the fix when there is a known one. */
export function noCheckoutNote(shown: string, rev: string, error: string): string {
  if (/dubious ownership|safe\.directory/i.test(error)) {
    return `git refuses to read "${shown}" (another user owns it: "dubious ownership"), so the change against the base ${short(rev)} is not shown. Run \`git config --global --add safe.directory "$GITHUB_WORKSPACE"\` before this step.`;
  }
  if (/not a git repository/i.test(error)) return `"${shown}" is not a git checkout, so the change against the base ${short(rev)} is not shown.`;
  return `git could not read "${shown}" (${error}), so the change against the base ${short(rev)} is not shown.`;
}

function lineOf(text: string | undefined, line: number): string | undefined {
  return text?.replace(/\r\n?/g, '\n').split('\n')[line - 1];
}

/**
 * Whether a folder above `rel` is itself a changed path: a submodule the change added, moved or turned into a folder
 * (git's diff names the submodule, not the files its checkout holds, which the base did not have there).
 */
function inChangedFolder(rel: string, changed: ReadonlySet<string>): boolean {
  for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) if (changed.has(rel.slice(0, i))) return true;
  return false;
}

/** Gives the base's run what the checkout's kept for it: each reader takes what holds for the files the base reads the same. */
function seedForBase(repo: RepoIndex, forBase: ForBase): void {
  // What the checkout's scans found in the files read from it holds for the base: only what the change touched is scanned.
  seedSourceScans(repo, forBase.sourceScans);
  // And its workflows and local actions, as parsed: a file of the same text is not parsed again.
  if (forBase.parsedCi) seedParsedCi(repo, forBase.parsedCi);
  // And what its test discovery found in the test files it reads from the checkout.
  if (forBase.describedTests) seedDescribedTests(repo, forBase.describedTests);
}

/** The config file's path in the analysed folder, as the change's paths name it (config.ts loadConfig resolves it alike). */
function configPathOf(root: string, file: string | undefined): string {
  const given = file !== undefined && file.trim() !== '' ? file.trim() : DEFAULT_CONFIG_FILE;
  return path.relative(path.resolve(root), path.resolve(root, given)).split(path.sep).join('/');
}

/** The config file read from the base tree (`<sha>:<prefix/file>`). */
function treeConfigReader(top: string, sha: string, prefix: string): ConfigReader {
  return (rel, maxBytes, findings) => {
    const spec = `${sha}:${prefix ? `${prefix}/` : ''}${rel}`;
    const size = runGit(top, ['cat-file', '-s', spec]);
    if (!size.ok) return undefined;
    if (Number(size.stdout.toString('utf8').trim()) > maxBytes) return { text: undefined };
    const blob = runGit(top, ['cat-file', 'blob', spec]);
    return { text: blob.ok ? decodeText(rel, blob.stdout, findings) : undefined };
  };
}

/**
 * The base section of the report: the base analysed with the same options (its own config
 * file, read from its tree), and what changed. `head` is the analysed checkout's result; `early`, the git commands
 * startBaseDiff (git/diff.ts) started for this base before the checkout's analysis, when the caller did.
 */
export function analyzeBase(root: string, head: EngineResult, target: BaseTarget, options: EngineOptions, early?: EarlyGitOutputs): ReportBase {
  // What the checkout kept for the base, moved out of its result: handed over to the base's run (and let go of on any
  // return before it).
  const forBase = head.forBase;
  delete head.forBase;
  const run = early?.run ?? runGit;
  const where = workTreeOf(root, run);
  if ('error' in where) return unavailable(target.rev, target.ref, noCheckoutNote(head.report.path, target.rev, where.error));
  const sha = resolveCommit(root, target.rev, run);
  if (sha === undefined) return unavailable(target.rev, target.ref, shallowNote(target.rev));
  // The comparison needs both sides read alike: a checkout read in part (its read budget, its file cap) is not compared,
  // as what it left out would show as changes (and the base, as large, would take as long to read in part too).
  const headGap = leftOut(head.analysis.repo.findings);
  if (headGap !== undefined) return unavailable(sha, target.ref, `This checkout was read only in part (${headGap}), so the change against the base ${short(sha)} is not shown: what was left out would show as changes.`);
  const tree = treeAt(sha, where.prefix);
  // The checkout's analysis let go of what it learnt about its files (engine.ts): collected now, whatever the heap's
  // size, so that the base's analysis does not run on top of it (full-collection.ts). On a large run this is the
  // second full collection in a row (the engine's came just before): a few tens of ms more.
  collectAfterChecks(0);
  // One diff serves the base's listing (the paths it names) and the comparison (the lines it changed).
  const gitDiff = diffLines(root, sha, undefined, undefined, early);
  if ('error' in gitDiff) return unavailable(sha, target.ref, `The diff against the base ${short(sha)} failed (${gitDiff.error}), so the change against it is not shown.`);
  // The files the change left alone (as git sees them: its clean filters applied) are listed and read as the checkout's
  // analysis listed and read them: git LFS and line-ending filters make a blob differ from its file, a walk of a
  // sub-folder honours .gitignore where git keeps tracked files, an untracked file is no change; git fetches the rest.
  const changedFiles = changedPaths(root, sha, gitDiff.paths, early);
  // A changed path that is a folder of the checkout (a submodule the change added) changes every file in it.
  const changedFolders = 'error' in changedFiles ? new Set<string>() : new Set([...changedFiles].filter((p) => head.analysis.repo.dirs.has(p)));
  const checkout =
    'error' in changedFiles
      ? undefined
      : { unchanged: (rel: string) => !changedFiles.has(rel) && (changedFolders.size === 0 || !inChangedFolder(rel, changedFolders)), read: checkoutReader(root, options.maxFileBytes), files: head.analysis.repo.files };
  let base: EngineResult;
  try {
    base = runEngine(root, {
      ...options,
      collectBeforeChecks: true,
      // The base is read first where the checkout's analysis read (most files are the same on both sides).
      openRepo: (_root, repoOptions) => {
        const repo = indexGitTree(where.top, tree, { ...repoOptions, readFirst: head.analysis.repo.readPaths(), ...(checkout ? { checkout } : {}), ...(early ? { early } : {}) });
        if (forBase) seedForBase(repo, forBase);
        return repo;
      },
      // The config file, where the change left it alone, is read as the checkout's analysis read it (a filter such as
      // git-crypt makes its blob differ from its file, and git is not asked); else from the base's tree.
      ...(checkout?.unchanged(configPathOf(root, options.configFile)) ? {} : { readConfig: treeConfigReader(where.top, sha, where.prefix) }),
    });
  } catch (err: unknown) {
    if (err instanceof GitTreeError) {
      const missing = /not a tree object|does not exist|Not a valid object name/i.test(err.message);
      return unavailable(sha, target.ref, missing ? `The folder "${head.report.path}" does not exist at the base ${short(sha)}: everything here is new in this change.` : `The base ${short(sha)} could not be read from git (${err.message}), so the change against it is not shown.`);
    }
    throw err;
  }
  const baseGap = leftOut(base.analysis.repo.findings);
  if (baseGap !== undefined) {
    base.analysis.repo.releaseAll?.();
    return unavailable(sha, target.ref, `The base ${short(sha)} was read only in part (${baseGap}), so the change against it is not shown: what was left out would show as changes.`);
  }
  const changed = gitDiff.lines;
  const headLine: LineReader = (file, line) => lineOf(head.analysis.repo.read(file), line);
  const baseLine: LineReader = (file, line) => lineOf(base.analysis.repo.read(file), line);
  const diff = compareReports({ head: head.report, base: base.report, changed, headLine, baseLine });
  // The lines of the causes were read from the base again (its run had let go of them): let go of them, and of the
  // file git's output went to, now.
  base.analysis.repo.releaseAll?.();
  return {
    sha,
    ref: target.ref ?? null,
    compared: true,
    score: base.report.score,
    level: base.report.level,
    passed: base.report.gate.passed,
    changedFiles: changed.size,
    changes: diff.changes,
    newFindings: diff.newFindings,
  };
}

/** The report with its base section. */
export function withBase(report: Report, base: ReportBase | undefined): Report {
  return base === undefined ? report : { ...report, base };
}
