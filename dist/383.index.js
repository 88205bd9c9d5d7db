export const id = 383;
export const ids = [383];
export const modules = {

/***/ 4383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addHistory: () => (/* binding */ addHistory),
  usesSitesOf: () => (/* binding */ usesSitesOf)
});

// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(1300);
// EXTERNAL MODULE: ./src/git/quote.ts
var quote = __webpack_require__(9416);
;// CONCATENATED MODULE: ./src/history/collect.ts

function newActivity() {
    return { commits: 0, authors: new Set(), first: Infinity, last: -Infinity, perMonth: new Map(), lastPath: null, lastPathTime: -Infinity };
}
/** Bots' commits (dependency bumps, formatting) do not make the code "keep changing". */
function isBotEmail(email) {
    return /\[bot\]@|^(dependabot|renovate|github-actions|pre-commit-ci)[@+]|@(dependabot|renovate)(\.|$)/i.test(email);
}
function monthOf(seconds) {
    const d = new Date(seconds * 1000);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
/** The 24 `YYYY-MM` months that end with the month of `asOf`, oldest first. */
function lastMonths(asOf, count = 24) {
    const out = [];
    let y = asOf.getUTCFullYear();
    let m = asOf.getUTCMonth();
    for (let i = 0; i < count; i++) {
        out.push(`${y}-${String(m + 1).padStart(2, '0')}`);
        m--;
        if (m < 0) {
            m = 11;
            y--;
        }
    }
    return out.reverse();
}
/** Builds the line handler for `git log LOG_FORMAT --name-only` (git.ts) and the totals it fills. */
function createLogCollector(classifier) {
    const totals = {
        commits: 0,
        authors: new Set(),
        first: null,
        last: null,
        newestCommitTime: -Infinity,
        buckets: { ci: newActivity(), tests: newActivity(), code: newActivity() },
        workflows: new Map(),
        codeTimes: [],
    };
    let current = null;
    let touched = new Set();
    const touchedWorkflows = new Set();
    const flush = () => {
        if (!current)
            return;
        const c = current;
        const month = monthOf(c.authorTime);
        for (const b of touched) {
            const a = totals.buckets[b];
            a.commits++;
            a.authors.add(c.email);
            if (c.authorTime < a.first)
                a.first = c.authorTime;
            if (c.authorTime > a.last)
                a.last = c.authorTime;
            a.perMonth.set(month, (a.perMonth.get(month) ?? 0) + 1);
        }
        if (touched.has('code') && !isBotEmail(c.email))
            totals.codeTimes.push(c.authorTime);
        for (const w of touchedWorkflows) {
            const h = totals.workflows.get(w);
            if (h) {
                h.commits++;
                h.first = Math.min(h.first, c.authorTime);
                h.last = Math.max(h.last, c.authorTime);
            }
            else
                totals.workflows.set(w, { first: c.authorTime, last: c.authorTime, commits: 1 });
        }
        touched = new Set();
        touchedWorkflows.clear();
    };
    const onLine = (line) => {
        if (line.startsWith('\u001e')) {
            flush();
            const [hash = '', at = '0', ct = '0', email = ''] = line.slice(1).split('\u001f');
            const header = { hash, authorTime: Number(at), commitTime: Number(ct), email: email.trim().toLowerCase() };
            current = header;
            totals.commits++;
            totals.authors.add(header.email);
            if (!totals.first || header.authorTime <= totals.first.authorTime)
                totals.first = header;
            if (!totals.last || header.authorTime > totals.last.authorTime)
                totals.last = header;
            if (header.commitTime > totals.newestCommitTime)
                totals.newestCommitTime = header.commitTime;
            return;
        }
        if (line === '' || !current)
            return;
        const path = (0,quote/* unquote */._)(line);
        const bucket = classifier.bucketOf(path);
        if (bucket) {
            const a = totals.buckets[bucket];
            if (current.authorTime > a.lastPathTime) {
                a.lastPath = path;
                a.lastPathTime = current.authorTime;
            }
            touched.add(bucket);
        }
        if (classifier.workflowFiles.has(path))
            touchedWorkflows.add(path);
    };
    return {
        onLine,
        finish: () => {
            flush();
            current = null;
            return totals;
        },
    };
}

function isoDate(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
/** The report's view of one bucket. */
function toPathActivity(a, paths, months, withEmails) {
    return {
        paths,
        commits: a.commits,
        authors: a.authors.size,
        ...(withEmails ? { authorEmails: [...a.authors].sort() } : {}),
        firstChange: a.commits > 0 ? isoDate(a.first) : null,
        lastChange: a.commits > 0 ? isoDate(a.last) : null,
        perMonth: months.map((month) => ({ month, commits: a.perMonth.get(month) ?? 0 })),
    };
}
function toWorkflowHistory(totals) {
    return [...totals.workflows.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([file, h]) => ({ file, created: isoDate(h.first), lastChanged: isoDate(h.last), commits: h.commits }));
}

;// CONCATENATED MODULE: ./src/history/action-runtimes.ts
/**
 * Majors of popular actions whose runtime GitHub has retired or whose maintainers have
 * deprecated them, with the major to move to. Data, kept by hand: add a row when a
 * maintainer announces a deprecation. Sources: each action's release notes and
 * action.yml (`runs.using`), GitHub's changelog (Node 12 forced to Node 16 in 2023,
 * Node 16 forced to Node 20 on 3 June 2024, Node 20 deprecated in September 2025 with
 * Node 24 the default from 2 June 2026), CodeQL Action changelog (v1 deprecated
 * 18 January 2023, v2 on 10 January 2025, v3 announced for December 2026).
 */
const RUNTIME_WORDS = {
    node12: 'Node 12, which GitHub retired from its runners in 2023',
    node16: 'Node 16, which GitHub retired from its runners on 3 June 2024',
    node20: 'Node 20, which reached its end of life in April 2026; GitHub deprecated it and runs such actions on Node 24 since June 2026',
};
const ARTIFACT_V3 = 'deprecated by GitHub (artifact actions v1-v3 stopped working on 30 January 2025)';
const ACTION_RUNTIMES = [
    { action: 'actions/checkout', majors: [1, 2], runtime: 'node12', moveTo: 5 },
    { action: 'actions/checkout', majors: [3], runtime: 'node16', moveTo: 5 },
    { action: 'actions/checkout', majors: [4], runtime: 'node20', moveTo: 5 },
    { action: 'actions/setup-node', majors: [1, 2], runtime: 'node12', moveTo: 5 },
    { action: 'actions/setup-node', majors: [3], runtime: 'node16', moveTo: 5 },
    { action: 'actions/setup-node', majors: [4], runtime: 'node20', moveTo: 5 },
    { action: 'actions/setup-python', majors: [1, 2], runtime: 'node12', moveTo: 6 },
    { action: 'actions/setup-python', majors: [3, 4], runtime: 'node16', moveTo: 6 },
    { action: 'actions/setup-python', majors: [5], runtime: 'node20', moveTo: 6 },
    { action: 'actions/cache', majors: [1, 2], runtime: 'node12', deprecated: 'deprecated by GitHub (the legacy cache service these versions use was shut down on 1 February 2025)', moveTo: 5 },
    { action: 'actions/cache', majors: [3], runtime: 'node16', moveTo: 5 },
    { action: 'actions/cache', majors: [4], runtime: 'node20', moveTo: 5 },
    { action: 'actions/upload-artifact', majors: [1, 2], runtime: 'node12', deprecated: ARTIFACT_V3, moveTo: 6 },
    { action: 'actions/upload-artifact', majors: [3], runtime: 'node16', deprecated: ARTIFACT_V3, moveTo: 6 },
    { action: 'actions/upload-artifact', majors: [4, 5], runtime: 'node20', moveTo: 6 },
    { action: 'actions/download-artifact', majors: [1, 2], runtime: 'node12', deprecated: ARTIFACT_V3, moveTo: 7 },
    { action: 'actions/download-artifact', majors: [3], runtime: 'node16', deprecated: ARTIFACT_V3, moveTo: 7 },
    { action: 'actions/download-artifact', majors: [4, 5, 6], runtime: 'node20', moveTo: 7 },
    { action: 'actions/github-script', majors: [1, 2, 3, 4, 5], runtime: 'node12', moveTo: 8 },
    { action: 'actions/github-script', majors: [6], runtime: 'node16', moveTo: 8 },
    { action: 'actions/github-script', majors: [7], runtime: 'node20', moveTo: 8 },
    { action: 'github/codeql-action', majors: [1], runtime: 'node12', deprecated: 'deprecated by GitHub on 18 January 2023', moveTo: 4 },
    { action: 'github/codeql-action', majors: [2], runtime: 'node16', deprecated: 'deprecated by GitHub on 10 January 2025', moveTo: 4 },
    { action: 'github/codeql-action', majors: [3], runtime: 'node20', deprecated: 'deprecated by GitHub in December 2026', moveTo: 4 },
];
/**
 * Reads `owner/repo[/path]@ref` where ref names a major (`v3`, `v3.1.2`, `3`). A commit
 * SHA, a branch, a local path or a Docker image gives null: its version cannot be told
 * from the text.
 */
function parseActionRef(uses) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@]*)?@(v?(\d+)(?:\.\d+){0,2})$/.exec(uses.trim());
    if (!m)
        return null;
    return { action: `${m[1].toLowerCase()}/${m[2].toLowerCase()}`, uses: uses.trim(), ref: m[3], major: Number(m[4]) };
}
function lookupActionRuntime(ref) {
    return ACTION_RUNTIMES.find((r) => r.action === ref.action && r.majors.includes(ref.major));
}

// EXTERNAL MODULE: ./src/history/words.ts
var words = __webpack_require__(4473);
;// CONCATENATED MODULE: ./src/history/findings.ts


/** A workflow untouched for this long after its creation, while code changed later, is reported. */
const WORKFLOW_STALE_DAYS = 180;
/** A workflow changed after its creation but not for this long before the code's last change is reported too. */
const WORKFLOW_IDLE_DAYS = 365;
/** Tests untouched for this long before the code's last change are reported. */
const TESTS_STALE_DAYS = 365;
function codeCommitsAfter(totals, seconds) {
    let n = 0;
    for (const t of totals.codeTimes)
        if (t > seconds)
            n++;
    return n;
}
/** The last change to the code by a person, or null when people never changed it. */
function lastCodeChange(totals) {
    let last = null;
    for (const t of totals.codeTimes)
        if (last === null || t > last)
            last = t;
    return last;
}
function staleWorkflowFindings(totals) {
    const codeLast = lastCodeChange(totals);
    if (codeLast === null)
        return [];
    const code = { last: codeLast };
    const out = [];
    for (const [file, h] of [...totals.workflows.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const idleDays = (code.last - h.last) / words/* DAY_SECONDS */.fo;
        if (idleDays < (h.commits === 1 ? WORKFLOW_STALE_DAYS : WORKFLOW_IDLE_DAYS))
            continue;
        const after = codeCommitsAfter(totals, h.last);
        const since = h.commits === 1 ? `since it was created on ${(0,words/* dateInWords */.$y)(h.first)}` : `since ${(0,words/* dateInWords */.$y)(h.last)} (${h.commits} commits since its creation on ${(0,words/* dateInWords */.$y)(h.first)})`;
        out.push({
            severity: 'notice',
            file,
            line: 1,
            column: 1,
            check: 'ci-history',
            message: `Workflow "${file}" has not changed ${since}, while the code kept changing: ${after} commit${after === 1 ? '' : 's'} to the code since (bots left out), the last on ${(0,words/* dateInWords */.$y)(code.last)} (${(0,words/* spanInWords */.zw)(idleDays)} later). Check that it still runs what the project needs (action versions, tool versions, the paths and branches it names).`,
        });
    }
    return out;
}
function staleTestsFindings(totals, testPaths) {
    const tests = totals.buckets.tests;
    const codeLast = lastCodeChange(totals);
    if (tests.commits === 0 || codeLast === null || tests.lastPath === null)
        return [];
    const code = { last: codeLast };
    const gapDays = (code.last - tests.last) / words/* DAY_SECONDS */.fo;
    if (gapDays < TESTS_STALE_DAYS)
        return [];
    const after = codeCommitsAfter(totals, tests.last);
    const where = testPaths.length === 0 ? 'The tests' : `The tests (${testPaths.slice(0, 3).join(', ')}${testPaths.length > 3 ? ', \u2026' : ''})`;
    return [
        {
            severity: 'warning',
            file: tests.lastPath,
            line: 1,
            column: 1,
            check: 'ci-history',
            message: `${where} have not changed since ${(0,words/* dateInWords */.$y)(tests.last)}, while the code changed in ${after} commit${after === 1 ? '' : 's'} after that (bots left out), the last on ${(0,words/* dateInWords */.$y)(code.last)} (${(0,words/* spanInWords */.zw)(gapDays)} later). Tests that do not move with the code cover less of it each month: add tests for what changed.`,
        },
    ];
}
function retiredActionFindings(sites) {
    const out = [];
    for (const site of sites) {
        const ref = parseActionRef(site.uses.value);
        if (!ref)
            continue;
        const row = lookupActionRuntime(ref);
        if (!row)
            continue;
        const why = [row.runtime ? `runs on ${RUNTIME_WORDS[row.runtime]}` : null, row.deprecated ? `was ${row.deprecated}` : null].filter((x) => x !== null).join(', and ');
        const target = `${ref.uses.slice(0, ref.uses.lastIndexOf('@'))}@v${row.moveTo}`;
        out.push({
            severity: row.runtime === 'node20' && !row.deprecated ? 'notice' : 'warning',
            file: site.file,
            line: site.uses.pos.line,
            column: site.uses.pos.column,
            check: 'action-runtime',
            message: `"${ref.uses}" ${why}. Move to "${target}" (read its release notes for changed inputs).`,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/history/git.ts
var git = __webpack_require__(3460);
// EXTERNAL MODULE: ./src/history/log-command.ts
var log_command = __webpack_require__(7894);
// EXTERNAL MODULE: ./src/vocabulary/shared/test-paths.ts
var test_paths = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/history/paths.ts

/** Folders and files that define CI, for any provider the tool knows of. */
const CI_PATHS = [
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
function baseName(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? p : p.slice(i + 1);
}
/** The CI path (folder or file) that `p` falls under, or undefined. */
function ciPathOf(p, extra = []) {
    return [...CI_PATHS, ...extra].find((c) => (c.endsWith('/') ? p.startsWith(c) : p === c));
}
function isDocPath(p) {
    return DOC_FOLDERS.some((d) => p.startsWith(d)) || DOC_EXTENSIONS.test(p) || DOC_NAMES.test(baseName(p));
}
/**
 * The test paths: for each test file the inventory found, the outermost folder named like
 * a test folder (`tests/`, `__tests__/`, \u2026) on its path, or the file itself when it sits
 * beside code (`src/foo_test.go`), so code is never counted as tests.
 */
function testPaths(testFiles) {
    const folders = new Set();
    const files = new Set();
    for (const f of testFiles) {
        const parts = f.split('/');
        const i = parts.slice(0, -1).findIndex((c) => test_paths/* TEST_FOLDER_NAME */.k1.test(c));
        if (i >= 0)
            folders.add(`${parts.slice(0, i + 1).join('/')}/`);
        else
            files.add(f);
    }
    const sorted = [...folders].sort();
    const outer = sorted.filter((d) => !sorted.some((o) => o !== d && d.startsWith(o)));
    return { folders: outer, files: [...files].filter((f) => !outer.some((d) => f.startsWith(d))).sort() };
}
function createClassifier(opts) {
    const extraCi = (opts.localActionDirs ?? []).filter((d) => d !== '' && d !== '.').map((d) => `${d.replace(/\/+$/, '')}/`);
    const { folders, files } = testPaths(opts.testFiles);
    const fileSet = new Set(files);
    const seenCi = new Set();
    const isTest = (p) => fileSet.has(p) || folders.some((d) => p.startsWith(d));
    return {
        workflowFiles: new Set(opts.workflowFiles),
        ciPathsSeen: () => [...seenCi].sort(),
        testPaths: [...folders, ...files],
        bucketOf(p) {
            const ci = ciPathOf(p, extraCi);
            if (ci !== undefined) {
                seenCi.add(ci);
                return 'ci';
            }
            if (isTest(p))
                return 'tests';
            if (isDocPath(p))
                return null;
            return 'code';
        },
    };
}

;// CONCATENATED MODULE: ./src/history/read-history.ts






const FETCH_ALL_HINT = 'check out with the full history (actions/checkout with `fetch-depth: 0`) or run `git fetch --unshallow`';
function unavailable(reason, message, asOf) {
    return { status: 'unavailable', reason, message, asOf: asOf.toISOString().replace('.000Z', 'Z') };
}
function firstLine(text) {
    return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}
async function readHistory(root, input, options = {}) {
    const runtimeFindings = retiredActionFindings(input.usesSites);
    const now = options.asOf ?? new Date();
    const fail = (reason, message) => ({ section: unavailable(reason, message, now), findings: runtimeFindings });
    const probe = await (0,git/* runGit */.EO)(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
    if (probe.spawnError)
        return fail('no-git', 'History not read: git is not installed or not on PATH; install git to read the CI history.');
    if (probe.code !== 0) {
        if (/not a git repository/i.test(probe.stderr))
            return fail('not-a-repository', `History not read: the folder is not in a git repository (no .git, as in a source archive); analyse a clone and ${FETCH_ALL_HINT.replace(' or run `git fetch --unshallow`', '')}.`);
        if (/dubious ownership/i.test(probe.stderr))
            return fail('git-failed', `History not read: git refuses a repository owned by another user ("${firstLine(probe.stderr)}"); run \`git config --global --add safe.directory "${root}"\` first (common in containers).`);
        return fail('git-failed', `History not read: git failed ("${firstLine(probe.stderr)}").`);
    }
    const [inside = '', shallow = '', prefix = ''] = probe.stdout.split('\n');
    if (inside.trim() !== 'true')
        return fail('not-a-repository', `History not read: the folder is not a git work tree; analyse a clone and ${FETCH_ALL_HINT}.`);
    if (shallow.trim() === 'true')
        return fail('shallow', `History not read: the clone is shallow, so the first commit and most changes are missing; ${FETCH_ALL_HINT}.`);
    const head = await (0,git/* runGit */.EO)(root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (head.code !== 0)
        return fail('no-commits', 'History not read: the repository has no commits yet.');
    const collect = () => {
        const classifier = createClassifier({ testFiles: input.testFiles, workflowFiles: input.workflowFiles, ...(input.localActionDirs ? { localActionDirs: input.localActionDirs } : {}) });
        return { classifier, collector: createLogCollector(classifier) };
    };
    const inSubfolder = prefix.trim() !== '';
    // The log started before the analysis (early-log.ts) is the same command when the folder is the repository's top.
    const early = inSubfolder ? undefined : await options.earlyLog?.take(root);
    let read;
    let log = { code: 0, stdout: '', stderr: '' };
    if (early) {
        read = collect();
        // Not read back whole: what it counted is dropped, and git runs now.
        if (!(await (0,git/* replayLines */.ZC)(early.fd, read.collector.onLine)))
            read = undefined;
        early.release();
    }
    if (!read) {
        read = collect();
        log = await (0,git/* streamGit */.t1)(root, [...log_command/* LOG_ARGS */.zS, ...(inSubfolder ? ['--relative', '--', '.'] : [])], read.collector.onLine);
    }
    const { classifier, collector } = read;
    if (log.spawnError)
        return fail('no-git', 'History not read: git is not installed or not on PATH; install git to read the CI history.');
    if (log.code !== 0)
        return fail('git-failed', `History not read: git log failed ("${firstLine(log.stderr)}").`);
    const totals = collector.finish();
    if (totals.commits === 0 || !totals.first || !totals.last)
        return fail('no-commits', 'History not read: no commit touches this folder.');
    const asOf = options.asOf ?? new Date(totals.newestCommitTime * 1000);
    const months = lastMonths(asOf);
    const withEmails = options.authors === true;
    const testPaths = classifier.testPaths;
    const section = {
        status: 'available',
        asOf: isoDate(Math.floor(asOf.getTime() / 1000)),
        repository: {
            firstCommit: { hash: totals.first.hash, date: isoDate(totals.first.authorTime) },
            lastCommit: { hash: totals.last.hash, date: isoDate(totals.last.authorTime) },
            commits: totals.commits,
            ageDays: Math.max(0, Math.floor((asOf.getTime() / 1000 - totals.first.authorTime) / words/* DAY_SECONDS */.fo)),
            authors: totals.authors.size,
        },
        ci: toPathActivity(totals.buckets.ci, classifier.ciPathsSeen(), months, withEmails),
        tests: toPathActivity(totals.buckets.tests, testPaths, months, withEmails),
        code: toPathActivity(totals.buckets.code, ['everything else but documentation'], months, withEmails),
        workflows: toWorkflowHistory(totals),
    };
    return { section, findings: [...runtimeFindings, ...staleWorkflowFindings(totals), ...staleTestsFindings(totals, testPaths)] };
}

;// CONCATENATED MODULE: ./src/history/attach.ts


function usesSitesOf(analysis) {
    const sites = [];
    for (const w of analysis.workflows)
        for (const j of w.jobs)
            for (const s of j.steps)
                if (s.uses)
                    sites.push({ file: w.file, uses: s.uses });
    for (const a of analysis.actions)
        for (const s of a.steps)
            if (s.uses)
                sites.push({ file: a.file, uses: s.uses });
    return sites;
}
async function addHistory(report, analysis, root, options = {}) {
    const { section, findings } = await readHistory(root, {
        testFiles: analysis.inventory.files.map((f) => f.path),
        workflowFiles: analysis.workflows.map((w) => w.file),
        localActionDirs: analysis.actions.map((a) => a.dir),
        usesSites: usesSitesOf(analysis),
    }, options);
    return { ...report, history: section, findings: (0,finding/* normalizeFindings */.Sn)([...report.findings, ...findings]) };
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


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ dateInWords),
/* harmony export */   fo: () => (/* binding */ DAY_SECONDS),
/* harmony export */   zw: () => (/* binding */ spanInWords)
/* harmony export */ });
/** Dates and spans in words, for history messages ("3 March 2021", "2 years"). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_SECONDS = 86_400;
function dateInWords(iso) {
    const d = typeof iso === 'number' ? new Date(iso * 1000) : new Date(iso);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
/** A span of days in the largest whole unit: "1 day", "5 months", "2 years". */
function spanInWords(days) {
    const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
    if (days >= 365)
        return plural(Math.floor(days / 365), 'year');
    if (days >= 30)
        return plural(Math.floor(days / 30), 'month');
    return plural(Math.max(0, Math.floor(days)), 'day');
}


/***/ })

};
