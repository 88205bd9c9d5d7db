/**
 * Which files the repository has, as the analysis sees them. With a `.git` at the root the
 * list comes from git (`git ls-files -tcdo --exclude-standard`: tracked files plus untracked
 * ones that .gitignore does not exclude); otherwise, or when git is missing or refuses the
 * folder, from a walk of the tree that honours every `.gitignore` on the way (the `ignore`
 * library). Either way, folders of installed packages are skipped by name, and so — unless
 * the caller turns it off — are folders of generated files and run output (`dist/`, `.next/`,
 * `mlruns/`, virtualenvs …); each kind of skip is said once as a notice.
 *
 * Symlinks are resolved and kept only when they land inside the root; directory links are
 * not descended (no loops).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Finding } from '../model/finding.js';
import { IGNORED_ARGS, LISTED_ARGS, runListingGit, type EarlyListing } from './git-listing.js';
import { partialReading } from './partial.js';

/** Folders that hold installed or tool-private things, never the project's own CI or tests. Always skipped. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'site-packages',
  '.eggs',
  '.hg',
  '.svn',
  '.idea',
  '.dvc/cache',
]);

/**
 * Folders of generated files (build output, bundles, coverage) and of run output (experiment
 * tracking, training logs), skipped by name at any depth unless `skipGenerated` is false.
 * A folder holding `pyvenv.cfg` (a virtualenv of any name) is skipped with them.
 */
/**
 * `build/` is not here: projects keep sources there (packaging templates, Homebrew formulae,
 * Dockerfiles), and a build output folder is almost always git-ignored, so the listing leaves it out anyway.
 */
export const GENERATED_DIRS: ReadonlySet<string> = new Set(['dist', '.next', '.nuxt', 'target', 'coverage', 'htmlcov', 'mlruns', 'wandb', 'lightning_logs']);

export interface ListOptions {
  maxFiles: number;
  ignore: (relPath: string) => boolean;
  /** Skip GENERATED_DIRS and virtualenvs (default true). */
  skipGenerated: boolean;
  /** Take the list from git when the root has `.git` (default true). */
  useGit: boolean;
  /** The listing commands' outputs when the CLI started them before the analysis loaded. */
  early?: EarlyListing;
}

export interface FileList {
  files: string[];
  /** Folders (relative, POSIX) that the walk saw as folders, not links, among their parent's entries. */
  folders: Set<string>;
  findings: Finding[];
}

type LinkKind = 'file' | 'dir' | 'outside' | 'broken' | 'loop';

/** What a link adds to the report. A link to a folder inside the root says nothing: it is walked under its own path. */
/** Patterns and bytes of one .gitignore applied (real ones have hundreds of lines). */
export const MAX_GITIGNORE_PATTERNS = 10_000;
export const MAX_GITIGNORE_BYTES = 1024 * 1024;

const LINK_NOTES: Record<LinkKind, string | undefined> = {
  file: undefined,
  dir: undefined,
  outside: 'to a place outside the repository',
  broken: 'whose target does not exist',
  loop: 'that leads back to itself (a loop of links)',
};

/** Lists the files of the repository at `root` (relative POSIX paths, unsorted). */
/** Root entries that hold CI or what it runs: walked first, so the file cap never hides them. */
const CI_FIRST: readonly string[] = ['.github', '.gitlab-ci.yml', '.circleci', '.pre-commit-config.yaml', 'Makefile', 'makefile', 'GNUmakefile', 'package.json', 'tox.ini', 'noxfile.py', 'justfile', 'Justfile', '.justfile', 'Taskfile.yml', 'Taskfile.yaml', 'pyproject.toml', 'setup.cfg', 'pixi.toml', 'dvc.yaml'];

/** Higher first; everything not named keeps its place after them. */
function walkRank(name: string): number {
  const i = CI_FIRST.indexOf(name);
  return i < 0 ? 0 : CI_FIRST.length - i;
}

function direntKind(e: fs.Dirent): string {
  if (e.isFIFO()) return 'a FIFO (named pipe)';
  if (e.isSocket()) return 'a socket';
  if (e.isCharacterDevice()) return 'a character device';
  if (e.isBlockDevice()) return 'a block device';
  return 'of an unknown kind';
}

export function listFiles(root: string, rootDir: string, opts: ListOptions): FileList {
  const list = new Lister(root, rootDir, opts);
  if (!(opts.useGit && fs.existsSync(path.join(root, '.git')) && list.fromGit())) list.walk('');
  list.noteSkips();
  return { files: list.files, folders: list.folders, findings: list.findings };
}

/**
 * The files of a git tree (a commit's `ls-tree` rows: path and mode) that the listing of its checkout would keep, in
 * the order it keeps them, with its findings: the same skipped folders (installed, generated unless `skipGenerated` is
 * false, virtualenvs), ignore globs, CI files first and file cap. `keep` says whether an entry is a file to list (a blob,
 * or a link to one); a submodule's files are not in its tree. Used by the base's index (git/tree-repo.ts), so that a
 * pull request's base and its checkout are read alike.
 */
export function listTreeEntries(rows: readonly { path: string; mode: string }[], opts: Omit<ListOptions, 'useGit' | 'early'>, keep: (rel: string, mode: string) => boolean): { files: string[]; findings: Finding[] } {
  const list = new Lister('', '', { ...opts, useGit: true });
  list.keepListed(
    rows.map((r) => [r.path, r.mode]),
    (rel, mode) => {
      if (keep(rel, mode)) list.add(rel);
    },
  );
  list.noteSkips();
  return { files: list.files, findings: list.findings };
}

/**
 * Whether a checkout's listing leaves out the folder `rel` (a submodule's, which the listing walks unless so): it or a
 * folder above it is skipped (installed; generated unless `skipGenerated` is false) or ignored.
 */
export function listingSkipsFolder(rel: string, opts: Omit<ListOptions, 'useGit' | 'early'>): boolean {
  return new Lister('', '', { ...opts, useGit: true }).skipsFolder(rel);
}

class Lister {
  readonly files: string[] = [];
  readonly folders = new Set<string>();
  readonly findings: Finding[] = [];
  private realRoot: string;
  private truncated = false;
  private readonly generated: string[] = [];
  private gitIgnored: string[] = [];
  private gitIgnoredBy = '.gitignore';
  /** Folders already found not skipped (git mode tests each folder once). */
  private readonly kept = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly rootDir: string,
    private readonly opts: ListOptions,
  ) {
    this.realRoot = root;
    try {
      this.realRoot = fs.realpathSync(root);
    } catch {
      // The walk fails too and says so.
    }
  }

  /** Whether a folder is skipped by name (and, for generated ones, recorded). */
  private skipsDir(rel: string, name: string): boolean {
    if (SKIPPED_DIRS.has(name) || SKIPPED_DIRS.has(rel) || this.opts.ignore(rel)) return true;
    if (this.opts.skipGenerated && GENERATED_DIRS.has(name)) {
      this.generated.push(rel);
      return true;
    }
    return false;
  }

  /** Lists a file (up to the file cap: past it, nothing more, with one finding). */
  add(rel: string): void {
    if (this.truncated) return;
    this.files.push(rel);
    if (this.files.length >= this.opts.maxFiles) {
      this.truncated = true;
      this.findings.push(partialReading({ severity: 'warning', file: '.', line: 1, column: 1, message: `The repository has more than ${this.opts.maxFiles} files; the analysis read the first ${this.opts.maxFiles} only (CI folders and task files first).`, check: 'repository' }, `more than ${this.opts.maxFiles} files: the first ${this.opts.maxFiles} only`));
    }
  }

  private addLink(rel: string): void {
    const kind = classifyLink(this.realRoot, path.join(this.root, rel));
    const note = LINK_NOTES[kind];
    if (kind === 'file') this.add(rel);
    else if (note) this.findings.push({ severity: 'notice', file: rel, line: 1, column: 1, message: `"${rel}" is a symbolic link ${note}; it is not followed.`, check: 'repository' });
  }

  /** The tree under `start` ('' for the root), honouring every .gitignore from the root down. */
  walk(start: string): void {
    const scopes = new Map<string, Ignore>();
    const stack: string[] = [start];
    while (stack.length > 0 && !this.truncated) {
      const rel = stack.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(rel === '' ? this.root : path.join(this.root, rel), { withFileTypes: true });
      } catch (err: unknown) {
        if (rel === '') this.findings.push({ severity: 'error', file: '.', line: 1, column: 1, message: `The folder "${this.rootDir}" does not exist or cannot be read (${errorCode(err)}); give the path of a repository checkout.`, check: 'repository' });
        else this.findings.push({ severity: 'warning', file: rel, line: 1, column: 1, message: `Folder "${rel}" could not be read (${errorCode(err)}); its files are left out.`, check: 'repository' });
        continue;
      }
      if (rel !== '' && this.opts.skipGenerated && entries.some((e) => e.name === 'pyvenv.cfg')) {
        this.generated.push(rel);
        continue;
      }
      const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
      if (gitignore) this.addScope(scopes, rel);
      // CI and task files first: over the file cap, what CI runs is still found (the stack pops the last pushed first).
      if (rel === '') entries.sort((x, y) => walkRank(x.name) - walkRank(y.name));
      for (const e of entries) {
        const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
        // A name that is not valid UTF-8 comes back with U+FFFD in place of its bytes, so the path no longer names the file.
        if (e.name.includes('\uFFFD') && !fs.existsSync(path.join(this.root, childRel))) {
          if (!this.opts.ignore(childRel)) this.noteBadName(childRel);
          continue;
        }
        if (e.isDirectory()) {
          if (this.skipsDir(childRel, e.name) || this.isGitIgnored(scopes, childRel, true)) continue;
          this.folders.add(childRel);
          stack.push(childRel);
        } else if (e.isFile()) {
          // A submodule's (or worktree's) `.git` file points git at its folder: git's, not the project's.
          if (e.name === '.git' || this.opts.ignore(childRel) || this.isGitIgnored(scopes, childRel, false)) continue;
          this.add(childRel);
        } else if (e.isSymbolicLink()) {
          if (this.opts.ignore(childRel) || this.isGitIgnored(scopes, childRel, false)) continue;
          this.addLink(childRel);
        } else if (!this.opts.ignore(childRel)) {
          this.findings.push({ severity: 'notice', file: childRel, line: 1, column: 1, message: `"${childRel}" is ${direntKind(e)}, not a regular file; it is not read.`, check: 'repository' });
        }
        if (this.truncated) break;
      }
    }
  }

  private addScope(scopes: Map<string, Ignore>, dir: string): void {
    const file = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
    try {
      // Bounded: the matcher tests every pattern against every path, so a 100,000-line file cost 12 s and 450 MB.
      const fd = fs.openSync(path.join(this.root, file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
      let text: string;
      let whole: boolean;
      try {
        const size = fs.fstatSync(fd).size;
        const buf = Buffer.alloc(Math.min(size, MAX_GITIGNORE_BYTES));
        text = buf.toString('utf8', 0, fs.readSync(fd, buf, 0, buf.length, 0));
        whole = size <= MAX_GITIGNORE_BYTES;
      } finally {
        fs.closeSync(fd);
      }
      const lines = text.split(/\r?\n/);
      if (!whole) lines.pop(); // cut mid-line
      let patterns = 0;
      let cut = lines.length;
      for (let i = 0; i < lines.length; i++) {
        const t = lines[i]!.trim();
        if (t === '' || t.startsWith('#')) continue;
        if (++patterns > MAX_GITIGNORE_PATTERNS) {
          cut = i;
          break;
        }
      }
      if (cut < lines.length || !whole) {
        this.findings.push({ severity: 'warning', file, line: Math.min(cut + 1, lines.length), column: 1, message: `"${file}" has more than ${MAX_GITIGNORE_PATTERNS} patterns or ${MAX_GITIGNORE_BYTES / 1024 / 1024} MiB; the patterns from this line on were not applied, so files they ignore may be read.`, check: 'repository' });
      }
      scopes.set(dir, ignore({ allowRelativePaths: true }).add(lines.slice(0, cut).join('\n')));
    } catch (err: unknown) {
      this.findings.push({ severity: 'warning', file, line: 1, column: 1, message: `"${file}" could not be read (${errorCode(err)}); its patterns were not applied.`, check: 'repository' });
    }
  }

  /** Whether a .gitignore in one of the path's folders excludes it (git's rule: an excluded folder hides all below it). */
  private isGitIgnored(scopes: Map<string, Ignore>, rel: string, isDir: boolean): boolean {
    if (scopes.size === 0) return false;
    for (const [dir, ig] of scopes) {
      if (dir !== '' && !rel.startsWith(`${dir}/`)) continue;
      const sub = dir === '' ? rel : rel.slice(dir.length + 1);
      if (ig.ignores(isDir ? `${sub}/` : sub)) {
        this.gitIgnored.push(isDir ? `${rel}/` : rel);
        return true;
      }
    }
    return false;
  }

  /** The list from git; false (and nothing listed) when git is missing or refuses the folder. */
  fromGit(): boolean {
    // One call: tracked files with their modes ("H"), deleted ones ("R"), untracked ones git sees ("?"); the CLI may have run it already.
    const git = (args: readonly string[]): string | undefined => this.opts.early?.take(this.root, args) ?? runListingGit(this.root, args);
    const listed = git(LISTED_ARGS);
    if (listed === undefined) return false;
    const ignored = git(IGNORED_ARGS);
    this.gitIgnored = (ignored ?? '').split('\0').filter((p) => p !== '' && !isUnder(p.replace(/\/$/, ''), SKIPPED_DIRS));
    this.gitIgnoredBy = '.gitignore (as git ls-files applies it)';
    const entries: [string, string][] = [];
    const gone = new Set<string>();
    const sparse: string[] = [];
    for (const line of listed.split('\0')) {
      if (line.length < 3) continue;
      const tag = line[0]!;
      // Tracked entries come as "<tag> <mode> <object> <stage>\t<path>", untracked ones as "? <path>".
      const tab = tag === '?' ? -1 : line.indexOf('\t');
      const mode = tab > 0 ? line.slice(2, 8) : '';
      const rel = tab > 0 ? line.slice(tab + 1) : line.slice(2);
      // Deleted from the work tree, or outside a sparse checkout: not there to read.
      if (tag === 'R' || tag === 'S') {
        gone.add(rel);
        if (tag === 'S') sparse.push(rel);
        continue;
      }
      entries.push([rel, mode]);
    }
    this.keepListed(
      entries.filter(([rel]) => !gone.has(rel)),
      (rel, mode) => {
        // A submodule: its own files, walked (unless its folder is one the walk skips, as a folder of the tree would be).
        if (mode === '160000') {
          if (!this.skipsDir(rel, rel.slice(rel.lastIndexOf('/') + 1))) this.walk(rel);
        } else if (mode === '120000') this.addLink(rel);
        else if (mode !== '') this.add(rel);
        else this.addUntracked(rel);
      },
    );
    this.noteSparse(sparse);
    return true;
  }

  /**
   * Tracked files outside a sparse checkout (actions/checkout's `sparse-checkout`), which the listing would otherwise
   * keep: not in the work tree, so not read, said once (the repository was read in part).
   */
  private noteSparse(sparse: readonly string[]): void {
    const missed = sparse.filter((rel) => !this.opts.ignore(rel) && this.skippedAncestor(rel, new Set(), new Set()) === undefined);
    if (missed.length === 0) return;
    const shown = missed.slice(0, 3).map((p) => `"${p}"`).join(', ');
    const n = missed.length === 1 ? '1 tracked file is' : `${missed.length} tracked files are`;
    this.findings.push(
      partialReading(
        { severity: 'notice', file: '.', line: 1, column: 1, check: 'repository', message: `${n} outside the sparse checkout (${shown}${missed.length > 3 ? ' …' : ''}), so not in the work tree and not read: the results cover the checked-out part only.` },
        `${n} outside the sparse checkout`,
      ),
    );
  }

  /**
   * Entries git listed (path, mode), kept as the walk keeps files: CI and task files first (over the file cap, what CI
   * runs is still found), each path once (merge conflicts list a path once per stage), none under a skipped folder
   * (installed, generated, a virtualenv: a folder with `pyvenv.cfg`) or ignored; `add` lists each kept one.
   */
  keepListed(entries: [string, string][], add: (rel: string, mode: string) => void): void {
    const skippedDirs = new Set<string>();
    const venvs = new Set<string>();
    if (this.opts.skipGenerated) for (const [rel] of entries) if (rel.endsWith('/pyvenv.cfg')) venvs.add(rel.slice(0, -'/pyvenv.cfg'.length));
    entries.sort((x, y) => walkRank(y[0].split('/', 1)[0]!) - walkRank(x[0].split('/', 1)[0]!));
    const seen = new Set<string>();
    for (const [rel, mode] of entries) {
      if (seen.has(rel)) continue;
      seen.add(rel);
      const dir = this.skippedAncestor(rel, skippedDirs, venvs);
      if (dir !== undefined || this.opts.ignore(rel)) continue;
      // A name that is not valid UTF-8 comes from git with U+FFFD in place of its bytes, so the path no longer names the
      // file: said as the walk says it, and left out (a commit's tree would still give its content by object id).
      if (rel.includes('\uFFFD')) {
        this.noteBadName(rel);
        continue;
      }
      add(rel, mode);
      if (this.truncated) break;
    }
  }

  private addUntracked(rel: string): void {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(path.join(this.root, rel));
    } catch {
      return; // gone since git listed it
    }
    if (st.isFile()) this.add(rel);
    else if (st.isSymbolicLink()) this.addLink(rel);
  }

  /** A name that is not valid UTF-8 (decoded with U+FFFD in place of its bytes): said, and the file not read. */
  private noteBadName(rel: string): void {
    this.findings.push({ severity: 'notice', file: rel, line: 1, column: 1, message: `The name of "${rel}" is not valid UTF-8 (shown with U+FFFD where its bytes are); it is not read.`, check: 'repository' });
  }

  /** Whether the folder `rel` is left out: it or a folder above it is skipped, or ignored. */
  skipsFolder(rel: string): boolean {
    return this.skippedAncestor(`${rel}/-`, new Set(), new Set()) !== undefined;
  }

  /** The first folder of `rel` that the walk would have skipped, or undefined (memoised per folder). */
  private skippedAncestor(rel: string, skipped: Set<string>, venvs: ReadonlySet<string>): string | undefined {
    let at = rel.indexOf('/');
    while (at >= 0) {
      const dir = rel.slice(0, at);
      if (skipped.has(dir)) return dir;
      if (this.kept.has(dir)) {
        at = rel.indexOf('/', at + 1);
        continue;
      }
      const name = dir.slice(dir.lastIndexOf('/') + 1);
      if (venvs.has(dir)) {
        skipped.add(dir);
        this.generated.push(dir);
        return dir;
      }
      if (this.skipsDir(dir, name)) {
        skipped.add(dir);
        return dir;
      }
      this.kept.add(dir);
      at = rel.indexOf('/', at + 1);
    }
    return undefined;
  }

  /** One notice per kind of skip that left something out. */
  noteSkips(): void {
    const say = (what: string, paths: string[], how: string) => {
      const shown = [...new Set(paths)].sort();
      if (shown.length === 0) return;
      const head = shown.slice(0, 8).map((p) => `"${p}"`).join(', ');
      const more = shown.length > 8 ? ` and ${shown.length - 8} more` : '';
      this.findings.push({ severity: 'notice', file: '.', line: 1, column: 1, message: `${what}: ${head}${more}. ${how}`, check: 'repository' });
    };
    say('Left out as generated files or run output', this.generated.map((d) => `${d}/`), 'To read them, set the "skip-generated" input to false (CLI: --read-generated).');
    say(`Left out as excluded by ${this.gitIgnoredBy}`, this.gitIgnored, 'Files git does not track or see are not part of the checkout CI runs on.');
  }
}

function isUnder(rel: string, names: ReadonlySet<string>): boolean {
  return rel.split('/').some((n) => names.has(n));
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function classifyLink(realRoot: string, abs: string): LinkKind {
  try {
    const target = fs.realpathSync(abs);
    if (!isInside(realRoot, target)) return 'outside';
    return fs.statSync(target).isFile() ? 'file' : 'dir';
  } catch (err: unknown) {
    return errorCode(err) === 'ELOOP' ? 'loop' : 'broken';
  }
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) return String((err as { code: unknown }).code);
  return err instanceof Error ? err.message : String(err);
}
