export const id = 770;
export const ids = [770];
export const modules = {

/***/ 1770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeBase: () => (/* binding */ analyzeBase),
  withBase: () => (/* binding */ withBase)
});

// UNUSED EXPORTS: noCheckoutNote, shallowNote

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine.ts + 7 modules
var engine = __webpack_require__(415);
// EXTERNAL MODULE: ./src/analysis/code-search.ts + 4 modules
var code_search = __webpack_require__(4645);
// EXTERNAL MODULE: ./src/full-collection.ts
var full_collection = __webpack_require__(4539);
// EXTERNAL MODULE: ./src/config/config.ts + 1 modules
var config = __webpack_require__(4390);
// EXTERNAL MODULE: ./src/git/diff.ts + 1 modules
var git_diff = __webpack_require__(4571);
// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __webpack_require__(3073);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/parse/repo.ts
var repo = __webpack_require__(9675);
// EXTERNAL MODULE: ./src/parse/file-list.ts
var file_list = __webpack_require__(1950);
// EXTERNAL MODULE: ./src/parse/partial.ts
var partial = __webpack_require__(8078);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/git/temp-output.ts
var temp_output = __webpack_require__(3776);
;// CONCATENATED MODULE: ./src/git/blob-file.ts
/**
 * Blobs fetched from git with `cat-file --batch`, kept in a temporary file instead of in memory:
 * a base comparison fetches every text of the base in one call (tens of MB on a large
 * repository) but reads them one at a time, so holding git's whole output for the base's run
 * put it on top of the peak. Each blob is read back from the file when it is asked for, into a
 * scratch buffer (valid until the next read, as a checkout's reads are: parse/repo.ts). The
 * file is made as the early commands' outputs are (git/temp-output.ts): removed as soon as it
 * is open where the system allows it (nothing is left behind, even by a crash), else when it
 * is closed or when the process exits.
 *
 * Where the file cannot serve (no temporary file can be made, the disk fills up, an I/O error),
 * the blobs it lacks are fetched again into memory, as before this file existed, and every
 * later fetch goes to memory: the base is read whole either way, and nothing here throws.
 */




/** A record's header: `<oid> blob <size>\n`, or `<oid> missing\n` (sha-256 ids are 64 characters). */
const HEADER_BYTES = 256;
const SIZE = /^\d+$/;
/** Most bytes asked for again into memory when the file fails (a base's prefetch may name hundreds of MB for a file). */
const MEMORY_BYTES = 64 * 1024 * 1024;
class BlobFile {
    gitDir;
    fd;
    end = 0;
    /** Removes the file's folder where it could not go while the file was open (temp-output.ts). */
    releaseFolder;
    /** Set once the file failed: every fetch from then on goes to memory. */
    inMemory = false;
    places = new Map();
    /** Blobs held in memory, where the file could not serve. */
    held = new Map();
    scratch = Buffer.allocUnsafeSlow(64 * 1024);
    header = Buffer.allocUnsafeSlow(HEADER_BYTES);
    tmp;
    runTo;
    /** `tmp` is the folder its file is made in (the system's temporary folder by default); `runTo` runs git into it (tests pass their own). */
    constructor(gitDir, options = {}) {
        this.gitDir = gitDir;
        this.tmp = options.tmp ?? external_node_os_default().tmpdir();
        this.runTo = options.runTo ?? git_run/* runGitTo */.j2;
    }
    /** Whether fetched blobs go to the temporary file (made now if it is not yet), not to memory. */
    onDisk() {
        return !this.inMemory && this.open() !== undefined;
    }
    has(oid) {
        return this.places.has(oid) || this.held.has(oid);
    }
    /**
     * Fetches these blobs; false when git failed (the blobs it did not give stay missing). `sizeOf` gives a blob's size
     * where known: when the file fails, the blobs it lacks are fetched into memory up to MEMORY_BYTES in all, and the
     * rest left missing (fetched when asked for).
     */
    fetch(oids, sizeOf = () => 0) {
        if (oids.length === 0)
            return true;
        const fd = this.inMemory ? undefined : this.open();
        if (fd === undefined)
            return this.fetchIntoMemory(oids);
        const from = this.end;
        const res = this.runTo(this.gitDir, ['cat-file', '--batch'], fd, `${oids.join('\n')}\n`);
        let missing;
        try {
            this.end = external_node_fs_default().fstatSync(fd).size;
            missing = recordsIn(fd, from, this.end, this.header, this.places);
        }
        catch {
            missing = new Set();
        }
        const lacking = oids.filter((o) => !this.places.has(o) && !missing.has(o));
        if (lacking.length === 0)
            return res.ok;
        // git could not say every blob into the file (a full disk, an I/O error) or failed: what the file holds is kept,
        // the rest is asked for again in memory, and the file takes no more.
        this.inMemory = true;
        let budget = MEMORY_BYTES;
        return this.fetchIntoMemory(lacking.filter((o) => {
            budget -= sizeOf(o);
            return budget >= 0;
        }));
    }
    /** A blob's bytes, valid until the next read (do not write to them), or undefined when it was not fetched. */
    read(oid) {
        const at = this.places.get(oid);
        if (at === undefined || this.fd === undefined)
            return this.held.get(oid);
        if (this.scratch.length < at.size)
            this.scratch = Buffer.allocUnsafeSlow(Math.max(at.size, this.scratch.length * 2));
        try {
            // Fewer bytes than git wrote: the file changed under the run (not expected); read as missing rather than cut short.
            return (0,temp_output/* readAt */.m6)(this.fd, this.scratch, at.size, at.offset) === at.size ? this.scratch.subarray(0, at.size) : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Lets go of the file and of every blob held (a later fetch starts a new file). */
    close() {
        if (this.fd !== undefined)
            (0,temp_output/* closeQuietly */.EO)(this.fd);
        this.fd = undefined;
        this.releaseFolder?.();
        this.releaseFolder = undefined;
        this.end = 0;
        this.inMemory = false;
        this.places.clear();
        this.held.clear();
        this.scratch = Buffer.allocUnsafeSlow(64 * 1024);
    }
    fetchIntoMemory(oids) {
        if (oids.length === 0)
            return true;
        const res = (0,git_run/* runGit */.EO)(this.gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
        if (res.ok)
            for (const [oid, bytes] of parseBatch(res.stdout))
                this.held.set(oid, bytes);
        return res.ok;
    }
    /** The file, made on first use: opened and at once removed where the system allows it (temp-output.ts). */
    open() {
        if (this.fd !== undefined)
            return this.fd;
        const outputs = (0,temp_output/* openTempOutputs */.TC)(1, this.tmp, 'mlops-ci-check-blobs-');
        const fd = outputs?.fds[0];
        if (outputs === undefined || fd === undefined) {
            outputs?.release();
            return undefined;
        }
        this.fd = fd;
        this.releaseFolder = outputs.release;
        return fd;
    }
}
/**
 * Reads the records git wrote into `fd` from `from` to `end`, and sets where each blob's bytes are in `places`;
 * returns the objects git said are missing. A record cut short (git stopped: a full disk) is left out, and so is
 * everything after a header that cannot be read.
 */
function recordsIn(fd, from, end, header, places) {
    const missing = new Set();
    let at = from;
    while (at < end) {
        const got = external_node_fs_default().readSync(fd, header, 0, header.length, at);
        const nl = header.subarray(0, got).indexOf(0x0a);
        if (nl < 0)
            break;
        const [oid, type, size] = header.toString('latin1', 0, nl).split(' ');
        if (oid === undefined || oid === '')
            break;
        if (type !== 'blob' || size === undefined) {
            // `missing` (or another answer git gives without bytes: `ambiguous`).
            missing.add(oid);
            at += nl + 1;
            continue;
        }
        if (!SIZE.test(size))
            break;
        const n = Number(size);
        if (at + nl + 1 + n > end)
            break;
        places.set(oid, { offset: at + nl + 1, size: n });
        at += nl + 1 + n + 1;
    }
    return missing;
}
/** Blobs from `git cat-file --batch` output held in memory: `<oid> blob <size>\n<bytes>\n` each (views of `out`). */
function parseBatch(out) {
    const blobs = new Map();
    let at = 0;
    while (at < out.length) {
        const nl = out.indexOf(0x0a, at);
        if (nl < 0)
            break;
        const [oid, type, size] = out.subarray(at, nl).toString('utf8').split(' ');
        if (type !== 'blob' || size === undefined) {
            at = nl + 1;
            continue;
        }
        if (!SIZE.test(size))
            break;
        const n = Number(size);
        blobs.set(oid, out.subarray(nl + 1, nl + 1 + n));
        at = nl + 1 + n + 1;
    }
    return blobs;
}

;// CONCATENATED MODULE: ./src/git/tree-repo.ts
/**
 * The repository as it was at a commit, read from git objects (no second checkout): the
 * listing from `git ls-tree -r -z -l`, the texts from `git cat-file --batch` (every text-like
 * file in one call on the first read, a folder at a time on a later miss), kept in a temporary
 * file and read from it a file at a time (blob-file.ts). It gives the analysis the same
 * RepoIndex as a checkout's listing (parse/file-list.ts: the same skipped folders, generated and
 * virtualenvs included, ignore globs, order and file cap), with the same size limit, text
 * decoding, read budget, and keeping and letting go of texts (parse/repo.ts).
 */







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
function smudgingDrivers(config) {
    const drivers = new Set();
    for (const rec of config.toString('utf8').split('\0')) {
        const nl = rec.indexOf('\n');
        // A key is lower-cased but for its sub-section (the driver's name, which may hold dots); a key with no value has no line break.
        const key = nl < 0 ? rec : rec.slice(0, nl);
        const value = nl < 0 ? '' : rec.slice(nl + 1).trim();
        const m = /^filter\.(.+)\.(smudge|process)$/.exec(key);
        if (m && m[1] !== 'lfs' && value !== '' && !(m[2] === 'smudge' && value === 'cat'))
            drivers.add(m[1]);
    }
    return drivers;
}
class GitTreeError extends Error {
}
/** `<mode> <type> <oid> <size>\t<path>` records, NUL-separated, from the git of `from`, their paths under `under`. */
function parseListing(out, from, under = '') {
    const rows = [];
    for (const rec of out.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
        if (!mode || !type || !oid)
            continue;
        rows.push({ path: under + rec.slice(tab + 1), mode, type, oid, size: size === '-' || size === undefined ? 0 : Number(size), from });
    }
    return rows;
}
/**
 * Indexes `tree` (a commit, or `<commit>:<folder>`) as seen from the checkout at `gitDir`.
 * Throws GitTreeError (with git's message) when git cannot list it.
 */
function indexGitTree(gitDir, tree, options = {}) {
    const listing = (options.early?.run ?? git_run/* runGit */.EO)(gitDir, (0,git_run/* treeListingArgs */.s6)(tree));
    if (!listing.ok)
        throw new GitTreeError(listing.error);
    const maxBytes = options.maxFileBytes ?? repo/* DEFAULT_MAX_FILE_BYTES */.CR;
    const findings = [];
    const overLimit = (rel, size) => ({ severity: 'warning', file: rel, line: 1, column: 1, check: repo/* READ_LIMIT_CHECK */.wc, message: `"${rel}" is ${(0,repo/* formatBytes */.z3)(size)}, over the ${(0,repo/* formatBytes */.z3)(maxBytes)} the tool reads; it was skipped.` });
    /** git's output for the fetched blobs, in a temporary file read a blob at a time (blob-file.ts); one per submodule read. */
    const colon = tree.indexOf(':');
    const treePrefix = colon < 0 ? '' : tree.slice(colon + 1).replace(/\/+$/, '');
    const main = { dir: gitDir, blobs: new BlobFile(gitDir), commit: colon < 0 ? tree : tree.slice(0, colon), repoPath: (rel) => (treePrefix ? `${treePrefix}/${rel}` : rel) };
    const sources = [main];
    const rows = parseListing(listing.stdout, main);
    // The folder the tree is of, in the checkout: its submodules are there.
    const folder = external_node_path_.join(gitDir, colon < 0 ? '' : tree.slice(colon + 1));
    const listOptions = { maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES, ignore: options.ignore ?? (() => false), skipGenerated: options.skipGenerated ?? true };
    // Submodules checked out in the checkout, as its listing walks them (nested ones too: their rows come after); not
    // those in a folder it leaves out (their files are not read, so their commits need not be there).
    const depth = new Map([[main, 0]]);
    for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (r.type !== 'commit' || (0,file_list/* listingSkipsFolder */.hW)(r.path, listOptions))
            continue;
        const at = depth.get(r.from) + 1;
        const sub = submoduleRows(external_node_path_.join(folder, r.path), r, findings, at);
        if (!sub)
            continue;
        sources.push(sub.from);
        depth.set(sub.from, at);
        for (const s of sub.rows)
            rows.push(s);
    }
    const byPath = new Map(rows.map((r) => [r.path, r]));
    const entries = new Map();
    // A link to a file inside the tree reads as that file, as in a checkout's walk (targets read in one call per git).
    const links = rows.filter((r) => r.type === 'blob' && r.mode === '120000');
    const targets = new Map();
    for (const from of sources)
        for (const [oid, raw] of catFiles(from.dir, links.filter((l) => l.from === from).map((l) => l.oid)))
            targets.set(oid, raw);
    const entryOf = (r) => {
        if (r.type !== 'blob')
            return undefined;
        if (r.mode !== '120000')
            return { oid: r.oid, size: r.size, from: r.from, at: r.path, ...(r.from === main && options.checkout?.unchanged(r.path) ? { inCheckout: true } : {}) };
        const hit = linkedFile(r.path, byPath, targets);
        return hit && { oid: hit.oid, size: hit.size, from: hit.from, at: hit.path };
    };
    // The files its checkout's listing would keep (parse/file-list.ts): the same skipped folders, globs, order and cap.
    const listed = (0,file_list/* listTreeEntries */.ld)(rows, listOptions, (rel) => {
        const e = entryOf(byPath.get(rel));
        if (e)
            entries.set(rel, e);
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
        for (const [p, e] of entries)
            if (e.inCheckout && !listedThere.has(p))
                entries.delete(p);
        for (const p of co.files)
            if (!entries.has(p) && co.unchanged(p) && !inSubmodule.some((d) => p.startsWith(d)))
                entries.set(p, { oid: '', size: 0, from: main, at: p, inCheckout: true });
    }
    const files = [...entries.keys()].sort();
    const dirs = new Set(['']);
    for (const f of files) {
        for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
            const d = f.slice(0, i);
            if (dirs.has(d))
                break;
            dirs.add(d);
        }
    }
    const byFolder = new Map();
    for (const f of files) {
        const folder = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
        const list = byFolder.get(folder);
        if (list)
            list.push(f);
        else
            byFolder.set(folder, [f]);
    }
    let prefetched = false;
    /**
     * First read: in one call, the files the caller expects to be read (`readFirst`: the base comparison names those its
     * checkout's analysis read), then every other text-like file, under the size limit and up to a budget (PREFETCH_BYTES).
     * Any other file is fetched on its first read, with its folder (fetchAround): a git call each time, so the likely
     * reads come first (with a 64 MB budget, a checkout of 100,000 files, 212 MB read, made thousands of calls: 135 s).
     */
    const prefetch = () => {
        prefetched = true;
        const want = new Map(sources.map((s) => [s, new Set()]));
        let budget = options.prefetchBytes ?? (main.blobs.onDisk() ? (options.maxTotalBytes ?? repo/* DEFAULT_MAX_TOTAL_BYTES */.o_) : PREFETCH_BYTES);
        const sizeOfOid = new Map();
        const take = (f) => {
            const e = entries.get(f);
            const set = e && want.get(e.from);
            if (e === undefined || e.inCheckout || e.size > maxBytes || e.size > budget || set.has(e.oid))
                return;
            set.add(e.oid);
            sizeOfOid.set(e.oid, e.size);
            budget -= e.size;
        };
        // Then, while the budget lasts, every other text-like file: the base may read files the checkout did not (a folder
        // moved by the change), and each of those would be a git call of its own.
        for (const f of options.readFirst ?? [])
            take(f);
        for (const f of files)
            if (!BINARY_EXT.test(f))
                take(f);
        for (const [from, oids] of want)
            from.blobs.fetch([...oids], (oid) => sizeOfOid.get(oid) ?? 0);
    };
    /** Later misses: the file and its not-yet-read neighbours in the same folder, in one call. */
    const fetchAround = (rel) => {
        const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        const { from } = entries.get(rel);
        const want = new Set([entries.get(rel).oid]);
        let budget = BATCH_BYTES - entries.get(rel).size;
        for (const f of byFolder.get(folder) ?? []) {
            const e = entries.get(f);
            if (budget <= 0)
                break;
            if (f === rel || e.from !== from || e.inCheckout || cached(f) || e.size > maxBytes || from.blobs.has(e.oid) || e.size > budget)
                continue;
            want.add(e.oid);
            budget -= e.size;
        }
        from.blobs.fetch([...want]);
    };
    /**
     * A file's bytes, fetched as needed, or undefined with a finding (unless said before). Valid until the next read, as a
     * checkout's are: they are the blob file's scratch buffer.
     */
    const bytesOf = (rel, again) => {
        const e = entries.get(rel);
        if (e === undefined)
            return undefined;
        if (e.inCheckout)
            return options.checkout.read(rel, again ? [] : findings);
        if (e.size > maxBytes) {
            if (!again)
                findings.push(overLimit(rel, e.size));
            return undefined;
        }
        // A file the base's checkout writes through a filter (its rules, its git's drivers) is read as git writes it.
        const written = throughFilter(rel, e, again);
        if (written !== false)
            return written;
        if (!e.from.blobs.has(e.oid) && !prefetched)
            prefetch();
        if (!e.from.blobs.has(e.oid))
            fetchAround(rel);
        const buf = e.from.blobs.read(e.oid);
        if (buf === undefined && !again)
            findings.push({ severity: 'warning', file: rel, line: 1, column: 1, check: 'file-read', message: `"${rel}" could not be read from git; it was skipped.` });
        return buf !== undefined && buf.length < LFS_POINTER_MAX ? lfsContent(rel, e, buf, again) : buf;
    };
    /** Where each git keeps its LFS objects (`lfs.storage`, else `lfs/` in its common git folder), once asked; undefined: none there. */
    const lfsStores = new Map();
    const storeOf = (from) => {
        if (!lfsStores.has(from)) {
            const common = (0,git_run/* runGit */.EO)(from.dir, ['rev-parse', '--git-common-dir']);
            const storage = (0,git_run/* runGit */.EO)(from.dir, ['config', '--get', 'lfs.storage']);
            const gitFolder = common.ok ? external_node_path_.resolve(from.dir, common.stdout.toString('utf8').trim()) : undefined;
            const lfs = gitFolder && (storage.ok ? external_node_path_.resolve(gitFolder, storage.stdout.toString('utf8').trim()) : external_node_path_.join(gitFolder, 'lfs'));
            lfsStores.set(from, lfs && external_node_fs_.existsSync(external_node_path_.join(lfs, 'objects')) ? external_node_path_.join(lfs, 'objects') : undefined);
        }
        return lfsStores.get(from);
    };
    /** Each git's base commit in a temporary index (run.ts tempIndexOf), made on first need. */
    const baseIndexes = new Map();
    const dropIndexes = () => {
        for (const index of baseIndexes.values())
            if (!('error' in index))
                index.drop();
        baseIndexes.clear();
    };
    const indexOf = (from) => {
        if (!baseIndexes.has(from))
            baseIndexes.set(from, (0,git_run/* tempIndexOf */.qq)(from.dir, from.commit));
        return baseIndexes.get(from);
    };
    /**
     * The `filter` attribute the base's rules give each file of `from` read from git ('lfs' for git LFS, 'unspecified'
     * where none), by its path in the tree (Entry.at: a link's, where it leads): one `check-attr --cached` on its temporary index, on first need. git's
     * complaint where it could not say.
     */
    const filtersOf = new Map();
    const baseFilters = (from) => {
        const known = filtersOf.get(from);
        if (known)
            return known;
        const byRepoPath = new Map();
        for (const e of entries.values())
            if (e.from === from && !e.inCheckout)
                byRepoPath.set(from.repoPath(e.at), e.at);
        const index = indexOf(from);
        const res = 'error' in index ? { ok: false, stdout: Buffer.alloc(0), error: index.error } : (0,git_run/* runGit */.EO)(from.dir, ['check-attr', '--cached', '-z', '--stdin', 'filter'], `${[...byRepoPath.keys()].join('\0')}\0`, index.env);
        let filters = { error: res.error };
        if (res.ok) {
            // `<path> NUL filter NUL <value> NUL` per path.
            const out = res.stdout.toString('utf8').split('\0');
            filters = new Map();
            for (let i = 0; i + 2 < out.length; i += 3) {
                const rel = byRepoPath.get(out[i]);
                if (rel !== undefined)
                    filters.set(rel, out[i + 2]);
            }
        }
        filtersOf.set(from, filters);
        return filters;
    };
    /** The `filter` attribute the base's rules give a file read from git (by its path in the tree), or undefined where git could not say. */
    const baseFilter = (from, at) => {
        const filters = baseFilters(from);
        return 'error' in filters ? undefined : filters.get(at);
    };
    const isPointer = (buf) => buf.length < LFS_POINTER_MAX && LFS_POINTER.test(buf.toString('latin1'));
    /**
     * A blob that is a git LFS pointer, read as the base's checkout would hold the file. Its pointer, where the base's
     * rules do not give it the LFS filter (a pointer committed as a plain file), or where the checkout holds pointers
     * (actions/checkout without `lfs: true`, GIT_LFS_SKIP_SMUDGE): its own file at that path is one, or, where it has
     * none, its git holds no LFS object. Else its content, from the checkout's LFS objects; one missing there (a checkout
     * that fetched its own commit's objects only) or not whole leaves the base read in part, with a notice.
     */
    const lfsContent = (rel, { from, at }, pointer, again) => {
        const m = LFS_POINTER.exec(pointer.toString('latin1'));
        if (!m)
            return pointer;
        // The cheap questions first: a checkout of pointers (the default) needs no index of the base.
        const store = storeOf(from);
        const mine = options.checkout?.read(rel, []);
        if (mine !== undefined ? isPointer(mine) : store === undefined)
            return pointer;
        const filter = baseFilter(from, at);
        if (filter !== undefined && filter !== 'lfs')
            return pointer;
        const [oid, size] = [m[1], Number(m[2])];
        if (size > maxBytes) {
            if (!again)
                findings.push(overLimit(rel, size));
            return undefined;
        }
        const object = store && external_node_path_.join(store, oid.slice(0, 2), oid.slice(2, 4), oid);
        try {
            // A whole object, as a regular file (not through a link, which a repository's own folder should not hold).
            if (object !== undefined && external_node_fs_.lstatSync(object).isFile() && external_node_fs_.statSync(object).size === size)
                return external_node_fs_.readFileSync(object);
        }
        catch {
            // Missing: said below.
        }
        const why = `its object is not in this checkout (\`git lfs fetch origin ${from.commit}\` brings it)`;
        if (!again)
            findings.push((0,partial/* partialReading */.S)({ severity: 'notice', file: rel, line: 1, column: 1, check: 'repository', message: `"${rel}" is stored in git LFS, but ${why}; it is left out of this commit's analysis.` }, `"${rel}", stored in git LFS: ${why}`));
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
    const filtered = new Map();
    const filteredFiles = (from) => {
        const known = filtered.get(from);
        if (known)
            return known;
        const done = { written: new Map(), unwritten: new Map() };
        filtered.set(from, done);
        // Each git's own config (a submodule's may name drivers), with the user's and the system's.
        const config = (from === main ? (options.early?.run ?? git_run/* runGit */.EO) : git_run/* runGit */.EO)(from.dir, git_run/* CONFIG_ARGS */.PP);
        const drivers = config.ok ? smudgingDrivers(config.stdout) : new Set();
        if (drivers.size === 0)
            return done;
        const fromGit = [...new Set([...entries.values()].filter((e) => e.from === from && !e.inCheckout && e.size <= maxBytes).map((e) => e.at))];
        if (fromGit.length === 0)
            return done;
        const fail = (paths, why) => {
            for (const at of paths)
                done.unwritten.set(at, why);
            return done;
        };
        const filters = baseFilters(from);
        if ('error' in filters)
            return fail(fromGit, `git could not tell whether its checkout goes through a filter (${filters.error})`);
        const through = fromGit.filter((at) => drivers.has(filters.get(at) ?? ''));
        if (through.length === 0)
            return done;
        // git writes them into a temporary work tree of their own, where it finds no .gitattributes: checkout-index reads
        // a folder's rules from the work tree first, and the checkout's (the change's) would decide. The drivers run there
        // (one named by a path relative to the checkout's top fails, and says so below), with the repository's git folder
        // named, so a driver that asks git for it (git-crypt's keys) finds it.
        const index = indexOf(from);
        if ('error' in index)
            return fail(through, `git could not write it through its filter (${index.error})`);
        const folder = (0,git_run/* tempFolder */.vg)('mlops-ci-check-smudge-');
        if ('error' in folder)
            return fail(through, `git could not write it through its filter (no temporary folder: ${folder.error})`);
        // Each driver required: one that fails then fails the command, where git would write the blob as it is. The
        // drivers run in the user's locale, as at checkout (gitEnv's LC_ALL=C makes `rev` fail on a UTF-8 line).
        const required = [...new Set(through.map((at) => filters.get(at)))].flatMap((d) => ['-c', `filter.${d}.required=true`]);
        const gitDir = (0,git_run/* runGit */.EO)(from.dir, ['rev-parse', '--absolute-git-dir']);
        if (!gitDir.ok)
            return fail(through, `git could not write it through its filter (${gitDir.error})`);
        const wrote = (0,git_run/* runGit */.EO)(folder.path, ['--git-dir', gitDir.stdout.toString('utf8').trim(), '--work-tree', folder.path, ...required, 'checkout-index', '-z', '--stdin'], `${through.map(from.repoPath).join('\0')}\0`, { ...index.env, LC_ALL: process.env.LC_ALL }, options.filterTimeoutMs ?? FILTER_TIMEOUT_MS);
        // A failed command may have left any file in part (a full disk, a driver stopped): none is trusted.
        if (!wrote.ok)
            return fail(through, `git could not write it through its filter (${wrote.error})`);
        for (const at of through)
            done.written.set(at, external_node_path_.join(folder.path, from.repoPath(at)));
        return done;
    };
    /** A file the base's checkout writes through a filter (filteredFiles: `at`, its path in the tree), as written; false where none applies. */
    const throughFilter = (rel, { from, at }, again) => {
        const { written, unwritten } = filteredFiles(from);
        const file = written.get(at);
        const why = unwritten.get(at);
        if (file === undefined && why === undefined)
            return false;
        try {
            if (file !== undefined && external_node_fs_.lstatSync(file).isFile()) {
                const size = external_node_fs_.statSync(file).size;
                if (size <= maxBytes)
                    return external_node_fs_.readFileSync(file);
                if (!again)
                    findings.push(overLimit(rel, size));
                return undefined;
            }
        }
        catch {
            // Not there: said below.
        }
        const reason = why ?? 'git did not write it through its filter';
        if (!again)
            findings.push((0,partial/* partialReading */.S)({ severity: 'notice', file: rel, line: 1, column: 1, check: 'repository', message: `"${rel}": ${reason}; it is left out of this commit's analysis.` }, `"${rel}": ${reason}`));
        return undefined;
    };
    // Read as a checkout's index reads (parse/repo.ts: under the same budget, held alike), on bytes fetched from git.
    const { cached, ...reads } = (0,repo/* heldReads */.T4)((0,repo/* withReadBudget */.K0)((p) => entries.has(p), bytesOf, options, findings), findings);
    const releaseAll = () => {
        reads.releaseAll();
        dropIndexes();
        // And git's output: a later read fetches its file again, with its neighbours, as a miss does.
        for (const from of sources)
            from.blobs.close();
    };
    return { root: `${gitDir}@${tree}`, files, has: (p) => entries.has(p), dirs, ...reads, releaseAll, sameAsCheckout: (p) => entries.get(p)?.inCheckout === true, findings };
}
/**
 * A submodule's rows, under its path, when its checkout is there (as the checkout's listing walks its files): its tree at
 * the commit `r` records, from its own git. Undefined when it is not checked out (its folder is empty, as the checkout
 * sees it), and, with a notice, when that commit is not in its git or it is nested too deep.
 */
function submoduleRows(dir, r, findings, depth) {
    if (!external_node_fs_.existsSync(external_node_path_.join(dir, '.git')))
        return undefined;
    const say = (why) => findings.push((0,partial/* partialReading */.S)({ severity: 'notice', file: r.path, line: 1, column: 1, check: 'repository', message: `The submodule "${r.path}" is checked out, but ${why}; its files are left out of this commit's analysis.` }, `the submodule "${r.path}": ${why}`));
    if (depth > MAX_SUBMODULE_DEPTH) {
        say(`it is nested more than ${MAX_SUBMODULE_DEPTH} submodules deep`);
        return undefined;
    }
    const listing = (0,git_run/* runGit */.EO)(dir, (0,git_run/* treeListingArgs */.s6)(r.oid));
    if (!listing.ok) {
        if (/not a git repository/i.test(listing.error))
            say(`git cannot read it (${listing.error})`);
        else
            say(`the commit ${r.oid.slice(0, 7)} recorded for it is not in its git (a shallow fetch: \`git -C "${r.path}" fetch --unshallow\` brings its history)`);
        return undefined;
    }
    const from = { dir, blobs: new BlobFile(dir), commit: r.oid, repoPath: (rel) => rel.slice(r.path.length + 1) };
    return { from, rows: parseListing(listing.stdout, from, `${r.path}/`) };
}
/** Blobs by object id, from one `git cat-file --batch` call (missing ones are left out). */
function catFiles(gitDir, oids) {
    if (oids.length === 0)
        return new Map();
    const res = (0,git_run/* runGit */.EO)(gitDir, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
    return res.ok ? parseBatch(res.stdout) : new Map();
}
/** Links followed before giving up, as the system's path resolution does (Linux's ELOOP). */
const MAX_LINK_HOPS = 40;
/**
 * The file a link at `rel` leads to in the tree, as a checkout's real path finds it: following links to links, and
 * links to folders on the way (`x -> dir-link/file`). Undefined when it leaves the tree, leads nowhere or to a folder,
 * or loops.
 */
function linkedFile(rel, byPath, targets) {
    const follow = (link, at) => {
        const raw = targets.get(link.oid);
        return raw === undefined ? undefined : resolveLink(raw.toString('utf8'), at);
    };
    let p = rel;
    for (let hops = 0; p !== undefined && hops < MAX_LINK_HOPS; hops++) {
        const r = byPath.get(p);
        if (r) {
            if (r.type !== 'blob')
                return undefined;
            if (r.mode !== '120000')
                return r;
            p = follow(r, p);
            continue;
        }
        // Not in the tree as it is named: a folder on the way may be a link (the deepest one is replaced by its target).
        let link;
        let cut = p.lastIndexOf('/');
        while (cut > 0 && !(link = byPath.get(p.slice(0, cut))))
            cut = p.lastIndexOf('/', cut - 1);
        if (!link || link.type !== 'blob' || link.mode !== '120000')
            return undefined;
        const dir = follow(link, p.slice(0, cut));
        p = dir === undefined ? undefined : dir === '' ? p.slice(cut + 1) : `${dir}/${p.slice(cut + 1)}`;
    }
    return undefined;
}
/** The in-tree path a symbolic link at `rel` with this target points at, or undefined when it leaves the tree. */
function resolveLink(target, rel) {
    if (target.startsWith('/'))
        return undefined;
    const parts = rel.split('/').slice(0, -1);
    for (const seg of target.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.join('/');
}

// EXTERNAL MODULE: ./src/parse/ci/github-actions/read.ts + 2 modules
var read = __webpack_require__(5863);
// EXTERNAL MODULE: ./src/inventory/discover.ts + 2 modules
var discover = __webpack_require__(8291);
// EXTERNAL MODULE: ./src/report/links.ts
var links = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/baseline/compare.ts


/** `error` (the check could not decide) ranks with not-applicable: neither is scored. */
const RANK = { automated: 3, present: 2, absent: 1, 'not-applicable': 0, error: 0 };
/** Causes named per item. */
const MAX_CAUSES = 3;
const MAX_TEXT = 120;
/** The places an item's evidence stands on: each evidence line, and the places its sentences cite. */
function evidencePlaces(item) {
    if (!item)
        return [];
    const out = [];
    const add = (p) => {
        if (!out.some((x) => x.file === p.file && x.line === p.line))
            out.push(p);
    };
    for (const ev of item.evidence) {
        add({ file: ev.file, line: ev.line });
        for (const text of [ev.message, ...(ev.conditions ?? [])])
            (0,links/* citedPlaces */.A8)(text).forEach(add);
    }
    (0,links/* citedPlaces */.A8)(item.reason).forEach(add);
    return out;
}
function clip(text) {
    const t = (text ?? '').trim();
    return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}\u2026` : t;
}
/** Places on `side` whose line this change touched. */
function touched(places, side, input) {
    const causes = [];
    const read = side === 'base' ? input.baseLine : input.headLine;
    for (const p of places) {
        const fc = input.changed.get(p.file);
        if (!fc)
            continue;
        if (side === 'base' && fc.status === 'removed')
            causes.push({ side, file: p.file, line: p.line, change: 'file-removed', text: clip(read(p.file, p.line)) });
        else if (side === 'head' && fc.status === 'added')
            causes.push({ side, file: p.file, line: p.line, change: 'file-added', text: clip(read(p.file, p.line)) });
        else if ((0,git_diff/* inRanges */.mA)(p.line, side === 'base' ? fc.base : fc.head))
            causes.push({ side, file: p.file, line: p.line, change: side === 'base' ? 'removed' : 'added', text: clip(read(p.file, p.line)) });
    }
    return causes;
}
/** The first changed line of a file the evidence cites, on the side that has one. */
function firstHunk(places, prefer, input) {
    for (const p of places) {
        const fc = input.changed.get(p.file);
        if (!fc)
            continue;
        for (const side of prefer === 'base' ? ['base', 'head'] : ['head', 'base']) {
            const range = (side === 'base' ? fc.base : fc.head)[0];
            if (!range)
                continue;
            const read = side === 'base' ? input.baseLine : input.headLine;
            return [{ side, file: p.file, line: range[0], change: side === 'base' ? 'removed' : 'added', text: clip(read(p.file, range[0])) }];
        }
    }
    return [];
}
function causesOf(id, before, after, input) {
    const basePlaces = evidencePlaces(input.base.items.find((i) => i.id === id));
    const headPlaces = evidencePlaces(input.head.items.find((i) => i.id === id));
    const lowered = RANK[after] < RANK[before];
    // Lowered: evidence the base had is gone; raised: the head has new evidence. Then the other side.
    const first = lowered ? touched(basePlaces, 'base', input) : touched(headPlaces, 'head', input);
    const second = lowered ? touched(headPlaces, 'head', input) : touched(basePlaces, 'base', input);
    let causes = [...first, ...second];
    if (causes.length === 0)
        causes = firstHunk(lowered ? [...basePlaces, ...headPlaces] : [...headPlaces, ...basePlaces], lowered ? 'base' : 'head', input);
    const config = input.head.config.file ?? input.base.config.file;
    if (causes.length === 0 && config && input.changed.has(config))
        causes = firstHunk([{ file: config, line: 1 }], 'head', input);
    if (causes.length === 0) {
        const n = input.changed.size;
        causes = [{ side: 'head', file: '.', line: 0, change: 'changed-elsewhere', text: `No line its evidence cites changed; ${n} ${n === 1 ? 'file' : 'files'} changed elsewhere (a workflow, a task runner or the tests they reach).` }];
    }
    return causes.slice(0, MAX_CAUSES);
}
function verdictChanges(input) {
    const before = new Map(input.base.items.map((i) => [i.id, i.verdict]));
    const changes = [];
    for (const item of input.head.items) {
        const was = before.get(item.id);
        if (was === undefined || was === item.verdict)
            continue;
        changes.push({ id: item.id, title: item.title, before: was, after: item.verdict, causes: causesOf(item.id, was, item.verdict, input) });
    }
    return changes;
}
const findingKey = (f) => `${f.file}\u0000${f.check}\u0000${f.message}`;
/** Head findings on lines this change added or replaced that the base did not have. */
function newFindings(input) {
    const old = new Set(input.base.findings.map(findingKey));
    return input.head.findings.filter((f) => {
        const fc = input.changed.get(f.file);
        if (!fc || old.has(findingKey(f)))
            return false;
        return fc.status === 'added' || (0,git_diff/* inRanges */.mA)(f.line, fc.head);
    });
}
function compareReports(input) {
    return { changes: verdictChanges(input), newFindings: newFindings(input) };
}

;// CONCATENATED MODULE: ./src/baseline/base.ts
/**
 * Analyses the base of a pull request from git objects and compares it with the analysed
 * checkout. Never fails the run: when the base commit is not in the checkout (a shallow
 * fetch), or git is missing, the result says so in one line and how to enable it.
 */













const base_short = (sha) => sha.slice(0, 7);
/** The one line for a base that is not in the checkout. */
function shallowNote(rev) {
    return `The base commit ${base_short(rev)} is not in this checkout (a shallow fetch), so the change against it is not shown. To see it, give actions/checkout \`fetch-depth: 0\`, or \`fetch-depth: 2\` on pull_request (the merge commit with its parents).`;
}
function unavailable(rev, ref, note) {
    return { sha: rev, ref: ref ?? null, compared: false, note };
}
/** Why git could not read the folder, in one line, with the fix when there is a known one. */
function noCheckoutNote(shown, rev, error) {
    if (/dubious ownership|safe\.directory/i.test(error)) {
        return `git refuses to read "${shown}" (another user owns it: "dubious ownership"), so the change against the base ${base_short(rev)} is not shown. Run \`git config --global --add safe.directory "$GITHUB_WORKSPACE"\` before this step.`;
    }
    if (/not a git repository/i.test(error))
        return `"${shown}" is not a git checkout, so the change against the base ${base_short(rev)} is not shown.`;
    return `git could not read "${shown}" (${error}), so the change against the base ${base_short(rev)} is not shown.`;
}
function lineOf(text, line) {
    return text?.replace(/\r\n?/g, '\n').split('\n')[line - 1];
}
/**
 * Whether a folder above `rel` is itself a changed path: a submodule the change added, moved or turned into a folder
 * (git's diff names the submodule, not the files its checkout holds, which the base did not have there).
 */
function inChangedFolder(rel, changed) {
    for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1))
        if (changed.has(rel.slice(0, i)))
            return true;
    return false;
}
/** Gives the base's run what the checkout's kept for it: each reader takes what holds for the files the base reads the same. */
function seedForBase(repo, forBase) {
    // What the checkout's scans found in the files read from it holds for the base: only what the change touched is scanned.
    (0,code_search/* seedSourceScans */.ZQ)(repo, forBase.sourceScans);
    // And its workflows and local actions, as parsed: a file of the same text is not parsed again.
    if (forBase.parsedCi)
        (0,read/* seedParsedCi */.Vk)(repo, forBase.parsedCi);
    // And what its test discovery found in the test files it reads from the checkout.
    if (forBase.describedTests)
        (0,discover/* seedDescribedTests */._e)(repo, forBase.describedTests);
}
/** The config file's path in the analysed folder, as the change's paths name it (config.ts loadConfig resolves it alike). */
function configPathOf(root, file) {
    const given = file !== undefined && file.trim() !== '' ? file.trim() : config/* DEFAULT_CONFIG_FILE */.Cu;
    return external_node_path_.relative(external_node_path_.resolve(root), external_node_path_.resolve(root, given)).split(external_node_path_.sep).join('/');
}
/** The config file read from the base tree (`<sha>:<prefix/file>`). */
function treeConfigReader(top, sha, prefix) {
    return (rel, maxBytes, findings) => {
        const spec = `${sha}:${prefix ? `${prefix}/` : ''}${rel}`;
        const size = (0,git_run/* runGit */.EO)(top, ['cat-file', '-s', spec]);
        if (!size.ok)
            return undefined;
        if (Number(size.stdout.toString('utf8').trim()) > maxBytes)
            return { text: undefined };
        const blob = (0,git_run/* runGit */.EO)(top, ['cat-file', 'blob', spec]);
        return { text: blob.ok ? (0,repo/* decodeText */.g7)(rel, blob.stdout, findings) : undefined };
    };
}
/**
 * The base section of the report: the base analysed with the same options (its own config
 * file, read from its tree), and what changed. `head` is the analysed checkout's result; `early`, the git commands
 * startBaseDiff (git/diff.ts) started for this base before the checkout's analysis, when the caller did.
 */
function analyzeBase(root, head, target, options, early) {
    // What the checkout kept for the base, moved out of its result: handed over to the base's run (and let go of on any
    // return before it).
    const forBase = head.forBase;
    delete head.forBase;
    const run = early?.run ?? git_run/* runGit */.EO;
    const where = (0,git_run/* workTreeOf */.FY)(root, run);
    if ('error' in where)
        return unavailable(target.rev, target.ref, noCheckoutNote(head.report.path, target.rev, where.error));
    const sha = (0,git_run/* resolveCommit */.WL)(root, target.rev, run);
    if (sha === undefined)
        return unavailable(target.rev, target.ref, shallowNote(target.rev));
    // The comparison needs both sides read alike: a checkout read in part (its read budget, its file cap) is not compared,
    // as what it left out would show as changes (and the base, as large, would take as long to read in part too).
    const headGap = (0,partial/* leftOut */.i)(head.analysis.repo.findings);
    if (headGap !== undefined)
        return unavailable(sha, target.ref, `This checkout was read only in part (${headGap}), so the change against the base ${base_short(sha)} is not shown: what was left out would show as changes.`);
    const tree = (0,git_run/* treeAt */.Ss)(sha, where.prefix);
    // The checkout's analysis let go of what it learnt about its files (engine.ts): collected now, whatever the heap's
    // size, so that the base's analysis does not run on top of it (full-collection.ts). On a large run this is the
    // second full collection in a row (the engine's came just before): a few tens of ms more.
    (0,full_collection/* collectAfterChecks */.CK)(0);
    // One diff serves the base's listing (the paths it names) and the comparison (the lines it changed).
    const gitDiff = (0,git_diff/* diffLines */.Pp)(root, sha, undefined, undefined, early);
    if ('error' in gitDiff)
        return unavailable(sha, target.ref, `The diff against the base ${base_short(sha)} failed (${gitDiff.error}), so the change against it is not shown.`);
    // The files the change left alone (as git sees them: its clean filters applied) are listed and read as the checkout's
    // analysis listed and read them: git LFS and line-ending filters make a blob differ from its file, a walk of a
    // sub-folder honours .gitignore where git keeps tracked files, an untracked file is no change; git fetches the rest.
    const changedFiles = (0,git_diff/* changedPaths */.vl)(root, sha, gitDiff.paths, early);
    // A changed path that is a folder of the checkout (a submodule the change added) changes every file in it.
    const changedFolders = 'error' in changedFiles ? new Set() : new Set([...changedFiles].filter((p) => head.analysis.repo.dirs.has(p)));
    const checkout = 'error' in changedFiles
        ? undefined
        : { unchanged: (rel) => !changedFiles.has(rel) && (changedFolders.size === 0 || !inChangedFolder(rel, changedFolders)), read: (0,repo/* checkoutReader */.et)(root, options.maxFileBytes), files: head.analysis.repo.files };
    let base;
    try {
        base = (0,engine/* runEngine */.c)(root, {
            ...options,
            collectBeforeChecks: true,
            // The base is read first where the checkout's analysis read (most files are the same on both sides).
            openRepo: (_root, repoOptions) => {
                const repo = indexGitTree(where.top, tree, { ...repoOptions, readFirst: head.analysis.repo.readPaths(), ...(checkout ? { checkout } : {}), ...(early ? { early } : {}) });
                if (forBase)
                    seedForBase(repo, forBase);
                return repo;
            },
            // The config file, where the change left it alone, is read as the checkout's analysis read it (a filter such as
            // git-crypt makes its blob differ from its file, and git is not asked); else from the base's tree.
            ...(checkout?.unchanged(configPathOf(root, options.configFile)) ? {} : { readConfig: treeConfigReader(where.top, sha, where.prefix) }),
        });
    }
    catch (err) {
        if (err instanceof GitTreeError) {
            const missing = /not a tree object|does not exist|Not a valid object name/i.test(err.message);
            return unavailable(sha, target.ref, missing ? `The folder "${head.report.path}" does not exist at the base ${base_short(sha)}: everything here is new in this change.` : `The base ${base_short(sha)} could not be read from git (${err.message}), so the change against it is not shown.`);
        }
        throw err;
    }
    const baseGap = (0,partial/* leftOut */.i)(base.analysis.repo.findings);
    if (baseGap !== undefined) {
        base.analysis.repo.releaseAll?.();
        return unavailable(sha, target.ref, `The base ${base_short(sha)} was read only in part (${baseGap}), so the change against it is not shown: what was left out would show as changes.`);
    }
    const changed = gitDiff.lines;
    const headLine = (file, line) => lineOf(head.analysis.repo.read(file), line);
    const baseLine = (file, line) => lineOf(base.analysis.repo.read(file), line);
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
function withBase(report, base) {
    return base === undefined ? report : { ...report, base };
}


/***/ })

};
