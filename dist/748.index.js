export const id = 748;
export const ids = [748];
export const modules = {

/***/ 4748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addGithub: () => (/* binding */ addGithub),
  githubCacheDir: () => (/* binding */ githubCacheDir)
});

// UNUSED EXPORTS: repositoryFromRemote

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/history/git.ts
var git = __webpack_require__(3460);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/bug-labels.ts
/**
 * Whether an issue label means "bug", by meaning rather than by one spelling: `bug`,
 * `type: bug`, `kind/bug`, `T-bug`, `\ud83d\udc1b Bug`, `defect`, `regression`, `crash` are bugs;
 * `not a bug`, `bug bounty`, `no-bug` are not.
 */
const BUG_WORDS = new Set(['bug', 'bugs', 'defect', 'defects', 'regression', 'crash', 'bugreport']);
const NEGATIONS = new Set(['not', 'no', 'non', 'notabug', 'invalid']);
const NOT_BUG_PHRASES = ['bounty'];
function isBugLabel(name) {
    if (name.includes('\u{1F41B}'))
        return true;
    const tokens = name
        .toLowerCase()
        .normalize('NFKD')
        .split(/[^a-z0-9]+/)
        .filter((t) => t !== '');
    if (tokens.some((t) => NEGATIONS.has(t) || NOT_BUG_PHRASES.includes(t)))
        return false;
    return tokens.some((t) => BUG_WORDS.has(t)) || tokens.join('') === 'bugreport';
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * A small GitHub REST client for the popularity figures: retries on server errors and
 * network failures with backoff, waits out a rate limit when the reset is near (else says
 * so), follows `Link: rel="next"` pages. Uses the runtime's fetch; no call is made unless asked.
 */
class ApiError extends Error {
    failure;
    constructor(failure) {
        super(failure.kind);
        this.failure = failure;
    }
}
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function nextLink(header) {
    if (!header)
        return null;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return null;
}
function createClient(options) {
    const doFetch = options.fetch ?? fetch;
    const sleep = options.sleep ?? defaultSleep;
    const now = options.now ?? (() => Date.now());
    const retries = options.retries ?? 3;
    const backoff = options.backoffMs ?? 1000;
    const maxWait = options.maxRateWaitSeconds ?? 60;
    const base = options.baseUrl.replace(/\/+$/, '');
    async function get(pathOrUrl) {
        const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl}`;
        let lastNetwork = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            let res;
            try {
                res = await doFetch(url, {
                    headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${options.token}`, 'x-github-api-version': '2022-11-28', 'user-agent': 'mlops-ci-check' },
                    signal: AbortSignal.timeout(30_000),
                });
            }
            catch (err) {
                // Errors from fetch may come from another realm (undici): read them by shape, not by class.
                const e = err;
                const cause = e.cause ? String(e.cause.code ?? e.cause.message ?? '') : '';
                lastNetwork = `${String(e.message ?? err)}${cause ? `: ${cause}` : ''}`;
                if (attempt < retries)
                    await sleep(backoff * 2 ** attempt);
                continue;
            }
            if (res.ok)
                return { data: (await res.json()), next: nextLink(res.headers.get('link')) };
            const remaining = res.headers.get('x-ratelimit-remaining');
            const retryAfter = res.headers.get('retry-after');
            if ((res.status === 403 || res.status === 429) && (remaining === '0' || retryAfter !== null)) {
                const reset = Number(res.headers.get('x-ratelimit-reset'));
                const waitSeconds = retryAfter !== null ? Number(retryAfter) : Number.isFinite(reset) && reset > 0 ? Math.max(0, reset - now() / 1000) : Infinity;
                if (waitSeconds <= maxWait && attempt < retries) {
                    await sleep(Math.ceil(waitSeconds) * 1000);
                    continue;
                }
                throw new ApiError({ kind: 'rate-limited', resetAt: Number.isFinite(reset) && reset > 0 ? reset : null });
            }
            if (res.status === 404)
                throw new ApiError({ kind: 'not-found', status: 404 });
            if (res.status >= 500 && attempt < retries) {
                await sleep(backoff * 2 ** attempt);
                continue;
            }
            const body = await res.text().catch(() => '');
            let detail = body.slice(0, 200);
            try {
                detail = String(JSON.parse(body).message ?? detail);
            }
            catch {
                // Not JSON: keep the text.
            }
            throw new ApiError({ kind: 'api-error', status: res.status, detail });
        }
        throw new ApiError({ kind: 'offline', detail: lastNetwork });
    }
    return { get };
}

;// CONCATENATED MODULE: ./src/github/read-github.ts
/**
 * Stars, forks, open issues and the bug share of the last N issues of one repository,
 * from the GitHub API, with an on-disk cache. Never throws: a skipped section says why.
 */




const DEFAULT_ISSUE_SAMPLE = 100;
const CACHE_TTL_SECONDS = 24 * 3600;
function skipped(reason, message, repository) {
    return { status: 'skipped', reason, message, ...(repository ? { repository } : {}) };
}
function iso(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function cacheFile(dir, repository, sample) {
    return external_node_path_.join(dir, `github-${repository.replace(/[^A-Za-z0-9._-]+/g, '__')}-${sample}.json`);
}
function readCache(file, nowMs) {
    try {
        const data = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        if (data.status !== 'available' || !data.fetchedAt)
            return undefined;
        if (nowMs - Date.parse(data.fetchedAt) > CACHE_TTL_SECONDS * 1000)
            return undefined;
        return { ...data, cached: true };
    }
    catch {
        return undefined;
    }
}
function writeCache(file, section) {
    try {
        external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
        external_node_fs_.writeFileSync(file, `${JSON.stringify(section, null, 2)}\n`);
    }
    catch {
        // A cache that cannot be written only costs a later call.
    }
}
async function readGithub(options) {
    const repo = options.repository;
    if (!repo)
        return skipped('no-repository', 'GitHub figures skipped: the repository is not known (no GitHub "origin" remote and no GITHUB_REPOSITORY); pass --github-repo OWNER/NAME.');
    const sample = Math.max(1, Math.min(1000, options.issues ?? DEFAULT_ISSUE_SAMPLE));
    const now = options.client?.now ?? (() => Date.now());
    const file = options.cacheDir ? cacheFile(options.cacheDir, repo, sample) : undefined;
    const hit = file ? readCache(file, now()) : undefined;
    if (hit)
        return hit;
    if (!options.token)
        return skipped('no-token', 'GitHub figures skipped: no token (set GITHUB_TOKEN or GH_TOKEN, or give the action its github-token).', repo);
    const client = createClient({ ...options.client, token: options.token, baseUrl: options.baseUrl });
    try {
        const { data: r } = await client.get(`/repos/${repo}`);
        const open = await client.get(`/search/issues?q=${encodeURIComponent(`repo:${repo} type:issue state:open`)}&per_page=1`);
        let sampled = 0;
        let bugs = 0;
        const labels = new Set();
        let next = `/repos/${repo}/issues?state=all&sort=created&direction=desc&per_page=100`;
        while (next && sampled < sample) {
            const page = await client.get(next);
            for (const issue of page.data) {
                if (issue.pull_request !== undefined || sampled >= sample)
                    continue;
                sampled++;
                const bugNames = issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(isBugLabel);
                if (bugNames.length > 0)
                    bugs++;
                for (const b of bugNames)
                    labels.add(b);
            }
            next = page.data.length === 0 ? null : page.next;
        }
        const section = {
            status: 'available',
            repository: r.full_name || repo,
            stars: r.stargazers_count,
            forks: r.forks_count,
            openIssues: open.data.total_count,
            issues: { sampled, bugs, bugShare: sampled === 0 ? 0 : Math.round((bugs / sampled) * 1000) / 1000, bugLabels: [...labels].sort() },
            fetchedAt: iso(now()),
        };
        if (file)
            writeCache(file, section);
        return section;
    }
    catch (err) {
        if (!(err instanceof ApiError))
            throw err;
        const f = err.failure;
        if (f.kind === 'not-found')
            return skipped('not-found', `GitHub figures skipped: GitHub has no repository "${repo}" that this token can see (404).`, repo);
        if (f.kind === 'rate-limited')
            return skipped('rate-limited', `GitHub figures skipped: the API rate limit is spent${f.resetAt ? ` until ${iso(f.resetAt * 1000)}` : ''}; run again later (the figures are cached for a day once fetched).`, repo);
        if (f.kind === 'offline')
            return skipped('offline', `GitHub figures skipped: the API could not be reached (${f.detail}).`, repo);
        return skipped('api-error', `GitHub figures skipped: the API answered ${f.status} (${f.detail}).`, repo);
    }
}

;// CONCATENATED MODULE: ./src/github/attach.ts
/**
 * Adds the GitHub section to a report, when asked: finds the repository (an explicit
 * `owner/name`, GITHUB_REPOSITORY, or a github.com `origin` remote), the token and the cache folder.
 */




function githubCacheDir(env) {
    if (env['MLOPS_CI_CHECK_CACHE'])
        return env['MLOPS_CI_CHECK_CACHE'];
    const base = env['XDG_CACHE_HOME'] || external_node_path_.join(env['HOME'] || external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'mlops-ci-check');
}
/** `owner/name` from a remote URL on github.com (https, ssh or git@ forms), else undefined. */
function repositoryFromRemote(url) {
    const m = /github\.com[:/]+([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
async function addGithub(report, root, options) {
    let repository = options.repository;
    if (!repository) {
        const remote = await (0,git/* runGit */.EO)(root, ['remote', 'get-url', 'origin']);
        if (remote.code === 0)
            repository = repositoryFromRemote(remote.stdout);
    }
    repository ??= options.env['GITHUB_REPOSITORY'] || undefined;
    const github = await readGithub({
        repository,
        token: options.token ?? (options.env['GITHUB_TOKEN'] || options.env['GH_TOKEN'] || undefined),
        baseUrl: options.env['GITHUB_API_URL'] || 'https://api.github.com',
        ...(options.issues !== undefined ? { issues: options.issues } : {}),
        ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
        ...(options.client ? { client: options.client } : {}),
    });
    return { ...report, github };
}


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   ZC: () => (/* binding */ replayLines),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7894);
/**
 * The git CLI, read as a stream: one `git log` pass whose lines are handed over one at a
 * time, so a history of any length is read in constant memory apart from what the caller keeps.
 */




/** Runs a short git command and collects its output (for rev-parse and the like). */
function runGit(cwd, args) {
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._log_command_js__WEBPACK_IMPORTED_MODULE_3__/* .STABLE */ .MI, ...args], { cwd, env: (0,_log_command_js__WEBPACK_IMPORTED_MODULE_3__/* .gitEnv */ .gE)(), stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        let settled = false;
        child.on('error', (err) => {
            if (!settled)
                resolve({ code: null, stdout, stderr, spawnError: err });
            settled = true;
        });
        child.on('close', (code) => {
            if (!settled)
                resolve({ code, stdout, stderr });
            settled = true;
        });
    });
}
/**
 * Runs git and calls `onLine` for each line of its output as it arrives. Resolves with the
 * exit code and the (bounded) standard error.
 */
function streamGit(cwd, args, onLine) {
    return new Promise((resolve) => {
        let stderr = '';
        let spawnError;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._log_command_js__WEBPACK_IMPORTED_MODULE_3__/* .STABLE */ .MI, ...args], { cwd, env: (0,_log_command_js__WEBPACK_IMPORTED_MODULE_3__/* .gitEnv */ .gE)(), stdio: ['ignore', 'pipe', 'pipe'] });
        child.stderr.setEncoding('utf8').on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d;
        });
        const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: child.stdout, crlfDelay: Infinity });
        lines.on('line', onLine);
        const linesDone = new Promise((r) => lines.on('close', () => r()));
        let settled = false;
        const finish = (code) => {
            if (settled)
                return;
            settled = true;
            void linesDone.then(() => resolve({ code, stdout: '', stderr, ...(spawnError ? { spawnError } : {}) }));
        };
        child.on('error', (err) => {
            spawnError = err;
            lines.close();
            finish(null);
        });
        child.on('close', (code) => finish(code));
    });
}
/**
 * Hands each line of the file open at `fd` to `onLine`, from its start (a writer's writes moved
 * the offset to its end), as streamGit reads the pipe (readline, the same options): the log
 * started early (early-log.ts). False when the file could not be read to its end (lines read
 * until then were handed).
 */
function replayLines(fd, onLine) {
    return new Promise((resolve) => {
        const input = node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream('', { fd, start: 0, autoClose: false });
        const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input, crlfDelay: Infinity });
        let failed = false;
        const fail = () => {
            failed = true;
            lines.close();
        };
        // readline hands the input's error on to the interface: both are listened to, so neither is thrown.
        input.on('error', fail);
        lines.on('error', fail);
        lines.on('line', onLine);
        lines.on('close', () => resolve(!failed));
    });
}


/***/ })

};
