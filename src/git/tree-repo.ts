/**
 * The repository as it was at a commit, read from git objects (no second checkout): the
 * listing from `git ls-tree -r -z -l`, the texts from `git cat-file --batch` (every text-like
 * file in one call on the first read, a folder at a time on a later miss), kept in a temporary
 * file and read from it a file at a time (blob-file.ts). It gives the analysis the same
 * RepoIndex as a checkout's listing (parse/file-list.ts: the same skipped folders, generated and
 * virtualenvs included, ignore globs, order and file cap), with the same size limit, text
 * decoding, read budget, and keeping and letting go of texts (parse/repo.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { RepoIndex } from '../model/repository.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, formatBytes, heldReads, READ_LIMIT_CHECK, withReadBudget, type RepoOptions } from '../parse/repo.js';
import { listingSkipsFolder, listTreeEntries } from '../parse/file-list.js';
import { partialReading } from '../parse/partial.js';
import { BlobFile, parseBatch } from './blob-file.js';
import type { EarlyGitOutputs } from './early-outputs.js';
import { CONFIG_ARGS, runGit, tempFolder, tempIndexOf, treeListingArgs } from './run.js';

/** Where blobs come from: the repository's git, or a submodule's (its checkout's own git). */
interface Source {
  dir: string;
  blobs: BlobFile;
  /** The commit its rows are of, and a row's path as that git names it (from its top): for the base's `.gitattributes`. */
  commit: string;
  repoPath: (rel: string) => string;
}

interface Entry {
  oid: string;
  size: number;
  from: Source;
  /** The path in the tree whose blob this is: its own, or where its link leads (its filter is that file's). */
  at: string;
  /** Read from the checkout (TreeOptions.checkout): the change left it alone. */
  inCheckout?: boolean;
}

/** One `ls-tree` record, with the git it comes from. */
interface Row {
  path: string;
  mode: string;
  type: string;
  oid: string;
  size: number;
  from: Source;
}

/** Submodules within submodules followed this deep (a checkout's walk has no such limit, but no real tree nests more). */
const MAX_SUBMODULE_DEPTH = 8;

/** Bytes fetched in one `cat-file --batch` call when a folder is read ahead. */
const BATCH_BYTES = 8 * 1024 * 1024;
/**
 * On the first read, the files likely read (every text-like file, or those the caller names) are fetched in one call:
 * up to this many bytes in all when git's output is held in memory (blob-file.ts: no temporary file), and up to the
 * read budget (maxTotalBytes) when it goes to a file.
 */
const PREFETCH_BYTES = 64 * 1024 * 1024;
/** Extensions the analysis never reads as text: not worth fetching ahead. */
const BINARY_EXT = /\.(png|jpe?g|gif|bmp|ico|svg|webp|pdf|zip|gz|tgz|bz2|xz|7z|tar|whl|egg|jar|pt|pth|ckpt|onnx|pkl|pickle|joblib|h5|hdf5|parquet|feather|arrow|npy|npz|bin|so|dylib|dll|exe|woff2?|ttf|otf|eot|mp3|mp4|wav|avi|mov|db|sqlite)$/i;
const DEFAULT_MAX_FILES = 200_000;
/**
 * A git LFS pointer (git-lfs docs/spec.md): under 1024 bytes, this first line (or the older hawser one), then sorted
 * keys, among them the object's sha256 and its size, and nothing else.
 */
const LFS_POINTER = /^version https:\/\/(?:git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n(?:[a-z0-9.-]+ [^\n]*\n)*?oid sha256:([0-9a-f]{64})\n(?:[a-z0-9.-]+ [^\n]*\n)*?size (\d+)\n(?:[a-z0-9.-]+ [^\n]*\n)*$/;
const LFS_POINTER_MAX = 1024;
/** How long the base's changed files may take to go through their filter drivers (one that waits for input never ends). */
const FILTER_TIMEOUT_MS = 60_000;

/**
 * The filter drivers whose checkout writes other bytes than the blob (gitattributes(5), "filter": `filter.<driver>.smudge`
 * or `.process` set), from `git config -z --list`. Left out: LFS's (lfsContent reads its objects, or keeps the pointer
 * as a checkout of pointers does) and a smudge that is `cat` (nbstripout's: the blob as it is).
 */
export function smudgingDrivers(config: Buffer): Set<string> {
  const drivers = new Set<string>();
  for (const rec of config.toString('utf8').split('\0')) {
    const nl = rec.indexOf('\n');
    // A key is lower-cased but for its sub-section (the driver's name, which may hold dots); a key with no value has no line break.
    const key = nl < 0 ? rec : rec.slice(0, nl);
    const value = nl < 0 ? '' : rec.slice(nl + 1).trim();
    const m = /^filter\.(.+)\.(smudge|process)$/.exec(key);
    if (m && m[1] !== 'lfs' && value !== '' && !(m[2] === 'smudge' && value === 'cat')) drivers.add(m[1]!);
  }
  return drivers;
}

export class GitTreeError extends Error {}

/** `<mode> <type> <oid> <size>\t<path>` records, NUL-separated, from the git of `from`, their paths under `under`. */
function parseListing(out: Buffer, from: Source, under = ''): Row[] {
  const rows: Row[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    if (!mode || !type || !oid) continue;
    rows.push({ path: under + rec.slice(tab + 1), mode, type, oid, size: size === '-' || size === undefined ? 0 : Number(size), from });
  }
  return rows;
}

export interface TreeOptions extends RepoOptions {
  /** Paths to fetch first, in this order (the base comparison names those its checkout's analysis read). */
  readFirst?: readonly string[];
  /** Most bytes the first fetch takes (default: maxTotalBytes when git's output goes to a file, else 64 MB). */
  prefetchBytes?: number;
  /** How long the changed files may take to go through the filter drivers of the base's rules (default 60 s). */
  filterTimeoutMs?: number;
  /** The tree's listing, when startBaseDiff (diff.ts) started it before the checkout's analysis. */
  early?: EarlyGitOutputs;
  /**
   * The checkout of a later commit, whose files `unchanged` names (git finds them the same, its clean filters applied)
   * are read from it (`read`: as the checkout's index reads them) instead of from git: both sides of a comparison then
   * read the same bytes for what the change left alone, where git's filters (LFS, line endings) would make the tree's
   * blob differ from the file, and git fetches only the rest.
   */
  checkout?: {
    unchanged: (rel: string) => boolean;
    read: (rel: string, findings: Finding[]) => Buffer | undefined;
    /** The checkout's listing: where given, the unchanged files are listed as it lists them, not as the tree does. */
    files?: readonly string[];
  };
}

/**
 * Indexes `tree` (a commit, or `<commit>:<folder>`) as seen from the checkout at `gitDir`.
 * Throws GitTreeError (with git's message) when git cannot list it.
 */
export function indexGitTree(gitDir: string, tree: string, options: TreeOptions = {}): RepoIndex {
  const listing = (options.early?.run ?? runGit)(gitDir, treeListingArgs(tree));
  if (!listing.ok) throw new GitTreeError(listing.error);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const findings: Finding[] = [];
  const overLimit = (rel: string, size: number): Finding => ({ severity: 'warning', file: rel, line: 1, column: 1, check: READ_LIMIT_CHECK, message: `"${rel}" is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} the tool reads; it was skipped.` });
  /** git's output for the fetched blobs, in a temporary file read a blob at a time (blob-file.ts); one per submodule read. */
  const colon = tree.indexOf(':');
  const treePrefix = colon < 0 ? '' : tree.slice(colon + 1).replace(/\/+$/, '');
  const main: Source = { dir: gitDir, blobs: new BlobFile(gitDir), commit: colon < 0 ? tree : tree.slice(0, colon), repoPath: (rel) => (treePrefix ? `${treePrefix}/${rel}` : rel) };
  const sources = [main];
  const rows = parseListing(listing.stdout, main);
  // The folder the tree is of, in the checkout: its submodules are there.
  const folder = path.join(gitDir, colon < 0 ? '' : tree.slice(colon + 1));
  const listOptions = { maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES, ignore: options.ignore ?? (() => false), skipGenerated: options.skipGenerated ?? true };
  // Submodules checked out in the checkout, as its listing walks them (nested ones too: their rows come after); not
  // those in a folder it leaves out (their files are not read, so their commits need not be there).
  const depth = new Map<Source, number>([[main, 0]]);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.type !== 'commit' || listingSkipsFolder(r.path, listOptions)) continue;
    const at = depth.get(r.from)! + 1;
    const sub = submoduleRows(path.join(folder, r.path), r, findings, at);
    if (!sub) continue;
    sources.push(sub.from);
    depth.set(sub.from, at);
    for (const s of sub.rows) rows.push(s);
  }
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const entries = new Map<string, Entry>();
  // A link to a file inside the tree reads as that file, as in a checkout's walk (targets read in one call per git).
  const links = rows.filter((r) => r.type === 'blob' && r.mode === '120000');
  const targets = new Map<string, Buffer>();
  for (const from of sources) for (const [oid, raw] of catFiles(from.dir, links.filter((l) => l.from === from).map((l) => l.oid))) targets.set(oid, raw);
  const entryOf = (r: Row): Entry | undefined => {
    if (r.type !== 'blob') return undefined;
    if (r.mode !== '120000') return { oid: r.oid, size: r.size, from: r.from, at: r.path, ...(r.from === main && options.checkout?.unchanged(r.path) ? { inCheckout: true } : {}) };
    const hit = linkedFile(r.path, byPath, targets);
    return hit && { oid: hit.oid, size: hit.size, from: hit.from, at: hit.path };
  };
  // The files its checkout's listing would keep (parse/file-list.ts): the same skipped folders, globs, order and cap.
  const listed = listTreeEntries(rows, listOptions, (rel) => {
    const e = entryOf(byPath.get(rel)!);
    if (e) entries.set(rel, e);
    return e !== undefined;
  });
  findings.push(...listed.findings);
  const co = options.checkout;
  if (co?.files) {
    // The files git finds unchanged are listed as the checkout listed them (its walk of a sub-folder honours .gitignore
    // where git keeps a tracked file; an untracked file is there on both sides, read from the checkout); the tree
    // decides for the changed files, links and submodules' files (git's diff does not look inside a submodule).
    const inSubmodule = rows.filter((r) => r.type === 'commit').map((r) => `${r.path}/`);
    const listedThere = new Set(co.files);
    for (const [p, e] of entries) if (e.inCheckout && !listedThere.has(p)) entries.delete(p);
    for (const p of co.files) if (!entries.has(p) && co.unchanged(p) && !inSubmodule.some((d) => p.startsWith(d))) entries.set(p, { oid: '', size: 0, from: main, at: p, inCheckout: true });
  }
  const files = [...entries.keys()].sort();
  const dirs = new Set<string>(['']);
  for (const f of files) {
    for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
      const d = f.slice(0, i);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const folder = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
    const list = byFolder.get(folder);
    if (list) list.push(f);
    else byFolder.set(folder, [f]);
  }
  let prefetched = false;

  /**
   * First read: in one call, the files the caller expects to be read (`readFirst`: the base comparison names those its
   * checkout's analysis read), then every other text-like file, under the size limit and up to a budget (PREFETCH_BYTES).
   * Any other file is fetched on its first read, with its folder (fetchAround): a git call each time, so the likely
   * reads come first (with a 64 MB budget, a checkout of 100,000 files, 212 MB read, made thousands of calls: 135 s).
   */
  const prefetch = (): void => {
    prefetched = true;
    const want = new Map<Source, Set<string>>(sources.map((s) => [s, new Set<string>()]));
    let budget = options.prefetchBytes ?? (main.blobs.onDisk() ? (options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES) : PREFETCH_BYTES);
    const sizeOfOid = new Map<string, number>();
    const take = (f: string): void => {
      const e = entries.get(f);
      const set = e && want.get(e.from)!;
      if (e === undefined || e.inCheckout || e.size > maxBytes || e.size > budget || set!.has(e.oid)) return;
      set!.add(e.oid);
      sizeOfOid.set(e.oid, e.size);
      budget -= e.size;
    };
    // Then, while the budget lasts, every other text-like file: the base may read files the checkout did not (a folder
    // moved by the change), and each of those would be a git call of its own.
    for (const f of options.readFirst ?? []) take(f);
    for (const f of files) if (!BINARY_EXT.test(f)) take(f);
    for (const [from, oids] of want) from.blobs.fetch([...oids], (oid) => sizeOfOid.get(oid) ?? 0);
  };

  /** Later misses: the file and its not-yet-read neighbours in the same folder, in one call. */
  const fetchAround = (rel: string): void => {
    const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    const { from } = entries.get(rel)!;
    const want = new Set([entries.get(rel)!.oid]);
    let budget = BATCH_BYTES - entries.get(rel)!.size;
    for (const f of byFolder.get(folder) ?? []) {
      const e = entries.get(f)!;
      if (budget <= 0) break;
      if (f === rel || e.from !== from || e.inCheckout || cached(f) || e.size > maxBytes || from.blobs.has(e.oid) || e.size > budget) continue;
      want.add(e.oid);
      budget -= e.size;
    }
    from.blobs.fetch([...want]);
  };

  /**
   * A file's bytes, fetched as needed, or undefined with a finding (unless said before). Valid until the next read, as a
   * checkout's are: they are the blob file's scratch buffer.
   */
  const bytesOf = (rel: string, again: boolean): Buffer | undefined => {
    const e = entries.get(rel);
    if (e === undefined) return undefined;
    if (e.inCheckout) return options.checkout!.read(rel, again ? [] : findings);
    if (e.size > maxBytes) {
      if (!again) findings.push(overLimit(rel, e.size));
      return undefined;
    }
    // A file the base's checkout writes through a filter (its rules, its git's drivers) is read as git writes it.
    const written = throughFilter(rel, e, again);
    if (written !== false) return written;
    if (!e.from.blobs.has(e.oid) && !prefetched) prefetch();
    if (!e.from.blobs.has(e.oid)) fetchAround(rel);
    const buf = e.from.blobs.read(e.oid);
    if (buf === undefined && !again) findings.push({ severity: 'warning', file: rel, line: 1, column: 1, check: 'file-read', message: `"${rel}" could not be read from git; it was skipped.` });
    return buf !== undefined && buf.length < LFS_POINTER_MAX ? lfsContent(rel, e, buf, again) : buf;
  };

  /** Where each git keeps its LFS objects (`lfs.storage`, else `lfs/` in its common git folder), once asked; undefined: none there. */
  const lfsStores = new Map<Source, string | undefined>();
  const storeOf = (from: Source): string | undefined => {
    if (!lfsStores.has(from)) {
      const common = runGit(from.dir, ['rev-parse', '--git-common-dir']);
      const storage = runGit(from.dir, ['config', '--get', 'lfs.storage']);
      const gitFolder = common.ok ? path.resolve(from.dir, common.stdout.toString('utf8').trim()) : undefined;
      const lfs = gitFolder && (storage.ok ? path.resolve(gitFolder, storage.stdout.toString('utf8').trim()) : path.join(gitFolder, 'lfs'));
      lfsStores.set(from, lfs && fs.existsSync(path.join(lfs, 'objects')) ? path.join(lfs, 'objects') : undefined);
    }
    return lfsStores.get(from);
  };
  /** Each git's base commit in a temporary index (run.ts tempIndexOf), made on first need. */
  const baseIndexes = new Map<Source, ReturnType<typeof tempIndexOf>>();
  const dropIndexes = (): void => {
    for (const index of baseIndexes.values()) if (!('error' in index)) index.drop();
    baseIndexes.clear();
  };
  const indexOf = (from: Source): ReturnType<typeof tempIndexOf> => {
    if (!baseIndexes.has(from)) baseIndexes.set(from, tempIndexOf(from.dir, from.commit));
    return baseIndexes.get(from)!;
  };
  /**
   * The `filter` attribute the base's rules give each file of `from` read from git ('lfs' for git LFS, 'unspecified'
   * where none), by its path in the tree (Entry.at: a link's, where it leads): one `check-attr --cached` on its temporary index, on first need. git's
   * complaint where it could not say.
   */
  const filtersOf = new Map<Source, Map<string, string> | { error: string }>();
  const baseFilters = (from: Source): Map<string, string> | { error: string } => {
    const known = filtersOf.get(from);
    if (known) return known;
    const byRepoPath = new Map<string, string>();
    for (const e of entries.values()) if (e.from === from && !e.inCheckout) byRepoPath.set(from.repoPath(e.at), e.at);
    const index = indexOf(from);
    const res = 'error' in index ? { ok: false, stdout: Buffer.alloc(0), error: index.error } : runGit(from.dir, ['check-attr', '--cached', '-z', '--stdin', 'filter'], `${[...byRepoPath.keys()].join('\0')}\0`, index.env);
    let filters: Map<string, string> | { error: string } = { error: res.error };
    if (res.ok) {
      // `<path> NUL filter NUL <value> NUL` per path.
      const out = res.stdout.toString('utf8').split('\0');
      filters = new Map();
      for (let i = 0; i + 2 < out.length; i += 3) {
        const rel = byRepoPath.get(out[i]!);
        if (rel !== undefined) filters.set(rel, out[i + 2]!);
      }
    }
    filtersOf.set(from, filters);
    return filters;
  };
  /** The `filter` attribute the base's rules give a file read from git (by its path in the tree), or undefined where git could not say. */
  const baseFilter = (from: Source, at: string): string | undefined => {
    const filters = baseFilters(from);
    return 'error' in filters ? undefined : filters.get(at);
  };
  const isPointer = (buf: Buffer): boolean => buf.length < LFS_POINTER_MAX && LFS_POINTER.test(buf.toString('latin1'));
  /**
   * A blob that is a git LFS pointer, read as the base's checkout would hold the file. Its pointer, where the base's
   * rules do not give it the LFS filter (a pointer committed as a plain file), or where the checkout holds pointers
   * (actions/checkout without `lfs: true`, GIT_LFS_SKIP_SMUDGE): its own file at that path is one, or, where it has
   * none, its git holds no LFS object. Else its content, from the checkout's LFS objects; one missing there (a checkout
   * that fetched its own commit's objects only) or not whole leaves the base read in part, with a notice.
   */
  const lfsContent = (rel: string, { from, at }: Entry, pointer: Buffer, again: boolean): Buffer | undefined => {
    const m = LFS_POINTER.exec(pointer.toString('latin1'));
    if (!m) return pointer;
    // The cheap questions first: a checkout of pointers (the default) needs no index of the base.
    const store = storeOf(from);
    const mine = options.checkout?.read(rel, []);
    if (mine !== undefined ? isPointer(mine) : store === undefined) return pointer;
    const filter = baseFilter(from, at);
    if (filter !== undefined && filter !== 'lfs') return pointer;
    const [oid, size] = [m[1]!, Number(m[2])];
    if (size > maxBytes) {
      if (!again) findings.push(overLimit(rel, size));
      return undefined;
    }
    const object = store && path.join(store, oid.slice(0, 2), oid.slice(2, 4), oid);
    try {
      // A whole object, as a regular file (not through a link, which a repository's own folder should not hold).
      if (object !== undefined && fs.lstatSync(object).isFile() && fs.statSync(object).size === size) return fs.readFileSync(object);
    } catch {
      // Missing: said below.
    }
    const why = `its object is not in this checkout (\`git lfs fetch origin ${from.commit}\` brings it)`;
    if (!again) findings.push(partialReading({ severity: 'notice', file: rel, line: 1, column: 1, check: 'repository', message: `"${rel}" is stored in git LFS, but ${why}; it is left out of this commit's analysis.` }, `"${rel}", stored in git LFS: ${why}`));
    return undefined;
  };
  /**
   * The files of `from` (the repository, or a submodule) read from git that the base's checkout writes through a
   * filter driver of their git (smudgingDrivers: not LFS's), by the base's own rules (`check-attr --cached` on its index), by their path in the tree, each with where
   * git wrote it as that checkout would, or why it could not; asked on the first read from git, in one call each. The
   * checkout's files went through the same drivers, so both sides read what a checkout holds: a blob that a filter
   * encrypts (git-crypt) or rewrites would otherwise read as another file. The written files stay until the process
   * exits (the base's causes read some again after releaseAll, and each would go through its driver again).
   */
  const filtered = new Map<Source, { written: Map<string, string>; unwritten: Map<string, string> }>();
  const filteredFiles = (from: Source): { written: Map<string, string>; unwritten: Map<string, string> } => {
    const known = filtered.get(from);
    if (known) return known;
    const done = { written: new Map<string, string>(), unwritten: new Map<string, string>() };
    filtered.set(from, done);
    // Each git's own config (a submodule's may name drivers), with the user's and the system's.
    const config = (from === main ? (options.early?.run ?? runGit) : runGit)(from.dir, CONFIG_ARGS);
    const drivers = config.ok ? smudgingDrivers(config.stdout) : new Set<string>();
    if (drivers.size === 0) return done;
    const fromGit = [...new Set([...entries.values()].filter((e) => e.from === from && !e.inCheckout && e.size <= maxBytes).map((e) => e.at))];
    if (fromGit.length === 0) return done;
    const fail = (paths: readonly string[], why: string) => {
      for (const at of paths) done.unwritten.set(at, why);
      return done;
    };
    const filters = baseFilters(from);
    if ('error' in filters) return fail(fromGit, `git could not tell whether its checkout goes through a filter (${filters.error})`);
    const through = fromGit.filter((at) => drivers.has(filters.get(at) ?? ''));
    if (through.length === 0) return done;
    // git writes them into a temporary work tree of their own, where it finds no .gitattributes: checkout-index reads
    // a folder's rules from the work tree first, and the checkout's (the change's) would decide. The drivers run there
    // (one named by a path relative to the checkout's top fails, and says so below), with the repository's git folder
    // named, so a driver that asks git for it (git-crypt's keys) finds it.
    const index = indexOf(from);
    if ('error' in index) return fail(through, `git could not write it through its filter (${index.error})`);
    const folder = tempFolder('mlops-ci-check-smudge-');
    if ('error' in folder) return fail(through, `git could not write it through its filter (no temporary folder: ${folder.error})`);
    // Each driver required: one that fails then fails the command, where git would write the blob as it is. The
    // drivers run in the user's locale, as at checkout (gitEnv's LC_ALL=C makes `rev` fail on a UTF-8 line).
    const required = [...new Set(through.map((at) => filters.get(at)!))].flatMap((d) => ['-c', `filter.${d}.required=true`]);
    const gitDir = runGit(from.dir, ['rev-parse', '--absolute-git-dir']);
    if (!gitDir.ok) return fail(through, `git could not write it through its filter (${gitDir.error})`);
    const wrote = runGit(
      folder.path,
      ['--git-dir', gitDir.stdout.toString('utf8').trim(), '--work-tree', folder.path, ...required, 'checkout-index', '-z', '--stdin'],
      `${through.map(from.repoPath).join('\0')}\0`,
      { ...index.env, LC_ALL: process.env.LC_ALL },
      options.filterTimeoutMs ?? FILTER_TIMEOUT_MS,
    );
    // A failed command may have left any file in part (a full disk, a driver stopped): none is trusted.
    if (!wrote.ok) return fail(through, `git could not write it through its filter (${wrote.error})`);
    for (const at of through) done.written.set(at, path.join(folder.path, from.repoPath(at)));
    return done;
  };
  /** A file the base's checkout writes through a filter (filteredFiles: `at`, its path in the tree), as written; false where none applies. */
  const throughFilter = (rel: string, { from, at }: Entry, again: boolean): Buffer | undefined | false => {
    const { written, unwritten } = filteredFiles(from);
    const file = written.get(at);
    const why = unwritten.get(at);
    if (file === undefined && why === undefined) return false;
    try {
      if (file !== undefined && fs.lstatSync(file).isFile()) {
        const size = fs.statSync(file).size;
        if (size <= maxBytes) return fs.readFileSync(file);
        if (!again) findings.push(overLimit(rel, size));
        return undefined;
      }
    } catch {
      // Not there: said below.
    }
    const reason = why ?? 'git did not write it through its filter';
    if (!again) findings.push(partialReading({ severity: 'notice', file: rel, line: 1, column: 1, check: 'repository', message: `"${rel}": ${reason}; it is left out of this commit's analysis.` }, `"${rel}": ${reason}`));
    return undefined;
  };
  // Read as a checkout's index reads (parse/repo.ts: under the same budget, held alike), on bytes fetched from git.
  const { cached, ...reads } = heldReads(withReadBudget((p) => entries.has(p), bytesOf, options, findings), findings);
  const releaseAll = (): void => {
    reads.releaseAll();
    dropIndexes();
    // And git's output: a later read fetches its file again, with its neighbours, as a miss does.
    for (const from of sources) from.blobs.close();
  };
  return { root: `${gitDir}@${tree}`, files, has: (p) => entries.has(p), dirs, ...reads, releaseAll, sameAsCheckout: (p) => entries.get(p)?.inCheckout === true, findings };
}

/**
 * A submodule's rows, under its path, when its checkout is there (as the checkout's listing walks its files): its tree at
 * the commit `r` records, from its own git. Undefined when it is not checked out (its folder is empty, as the checkout
 * sees it), and, with a notice, when that commit is not in its git or it is nested too deep.
 */
function submoduleRows(dir: string, r: Row, findings: Finding[], depth: number): { from: Source; rows: Row[] } | undefined {
  if (!fs.existsSync(path.join(dir, '.git'))) return undefined;
  const say = (why: string) => findings.push(partialReading({ severity: 'notice', file: r.path, line: 1, column: 1, check: 'repository', message: `The submodule "${r.path}" is checked out, but ${why}; its files are left out of this commit's analysis.` }, `the submodule "${r.path}": ${why}`));
  if (depth > MAX_SUBMODULE_DEPTH) {
    say(`it is nested more than ${MAX_SUBMODULE_DEPTH} submodules deep`);
    return undefined;
  }
  const listing = runGit(dir, treeListingArgs(r.oid));
  if (!listing.ok) {
    if (/not a git repository/i.test(listing.error)) say(`git cannot read it (${listing.error})`);
    else say(`the commit ${r.oid.slice(0, 7)} recorded for it is not in its git (a shallow fetch: \`git -C "${r.path}" fetch --unshallow\` brings its history)`);
    return undefined;
  }
  const from: Source = { dir, blobs: new BlobFile(dir), commit: r.oid, repoPath: (rel) => rel.slice(r.path.length + 1) };
  return { from, rows: parseListing(listing.stdout, from, `${r.path}/`) };
}

/** Blobs by object id, from one `git cat-file --batch` call (missing ones are left out). */
function catFiles(gitDir: string, oids: readonly string[]): Map<string, Buffer> {
  if (oids.length === 0) return new Map();
  const res = runGit(gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  return res.ok ? parseBatch(res.stdout) : new Map();
}

/** Links followed before giving up, as the system's path resolution does (Linux's ELOOP). */
const MAX_LINK_HOPS = 40;

/**
 * The file a link at `rel` leads to in the tree, as a checkout's real path finds it: following links to links, and
 * links to folders on the way (`x -> dir-link/file`). Undefined when it leaves the tree, leads nowhere or to a folder,
 * or loops.
 */
function linkedFile(rel: string, byPath: ReadonlyMap<string, Row>, targets: ReadonlyMap<string, Buffer>): Row | undefined {
  const follow = (link: Row, at: string): string | undefined => {
    const raw = targets.get(link.oid);
    return raw === undefined ? undefined : resolveLink(raw.toString('utf8'), at);
  };
  let p: string | undefined = rel;
  for (let hops = 0; p !== undefined && hops < MAX_LINK_HOPS; hops++) {
    const r = byPath.get(p);
    if (r) {
      if (r.type !== 'blob') return undefined;
      if (r.mode !== '120000') return r;
      p = follow(r, p);
      continue;
    }
    // Not in the tree as it is named: a folder on the way may be a link (the deepest one is replaced by its target).
    let link: Row | undefined;
    let cut = p.lastIndexOf('/');
    while (cut > 0 && !(link = byPath.get(p.slice(0, cut)))) cut = p.lastIndexOf('/', cut - 1);
    if (!link || link.type !== 'blob' || link.mode !== '120000') return undefined;
    const dir = follow(link, p.slice(0, cut));
    p = dir === undefined ? undefined : dir === '' ? p.slice(cut + 1) : `${dir}/${p.slice(cut + 1)}`;
  }
  return undefined;
}

/** The in-tree path a symbolic link at `rel` with this target points at, or undefined when it leaves the tree. */
export function resolveLink(target: string, rel: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = rel.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
