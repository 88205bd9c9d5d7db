#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ USAGE),
  eb: () => (/* binding */ UsageError),
  hT: () => (/* binding */ parseCliArgs)
});

// UNUSED EXPORTS: FORMATS

;// CONCATENATED MODULE: ./src/model/profile.ts
/** The kinds of repository the checklist knows (CHECKLIST \u00a75). */
const PROFILES = ['ml-application', 'ml-library', 'library'];
const PROFILE_SETTINGS = ['auto', ...PROFILES];
function isProfileSetting(value) {
    return PROFILE_SETTINGS.includes(value);
}

;// CONCATENATED MODULE: ./src/cli-args.ts
/** Command-line arguments of the CLI: parsed and validated in one pure function. */
// From the model, not from inputs.ts: that one loads @actions/core (and undici) into the CLI.

const FORMATS = ['text', 'json', 'markdown', 'sarif'];
class UsageError extends Error {
}
const USAGE = `Usage: mlops-ci-check [path] [options]
       mlops-ci-check compare <path or report.json>... [--format html|markdown|json] [--output FILE]

Scores how much of an ML system a repository's CI really tests (see the README).

Options:
  --format FORMAT              text, json, markdown or sarif (default: text)
  --min-score N                exit 1 when the score (0-100) is below N
  --min-level N                exit 1 when the maturity level (0-4) is below N
  --config FILE                config file, relative to path (default: .github/mlops-ci-check.yml)
  --profile P                  auto, ml-application, ml-library or library (default: auto)
  --base REV                   compare with a git revision read from git objects
                               (e.g. origin/main): score, level and verdicts before -> after
  --color / --no-color         force colour on or off (default: on for a terminal)
  --read-generated             also read generated and run-output folders (dist/, build/,
                               .next/, target/, coverage/, mlruns/, wandb/, virtualenvs \u2026)
  --history                    add the CI's history from git log (needs a full clone)
  --authors                    with --history, list the authors' e-mails (default: counts only)
  --github                     add stars, forks and the bug share of recent issues from the
                               GitHub API (token from GITHUB_TOKEN or GH_TOKEN; cached a day)
  --github-repo OWNER/NAME     the repository for --github (default: the github.com origin remote)
  --issues N                   recent issues the bug share is measured over (default: 100)
  --verbose                    show every profile reason and config change
  --debug                      show internal errors in full
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 the gate passes, 1 below a threshold, 2 usage error (an unknown option,
a path that is not a folder, a --config file that does not exist).`;
function intArg(flag, value, max) {
    if (value === undefined || !/^\d+$/.test(value))
        throw new UsageError(`${flag} takes a whole number from 0 to ${max}${value === undefined ? '' : `, got "${value}"`}.`);
    const n = Number(value);
    if (n > max)
        throw new UsageError(`${flag} takes a whole number from 0 to ${max}, got ${n}.`);
    return n;
}
function parseCliArgs(argv) {
    const args = { path: '.', format: 'text', minScore: undefined, minLevel: undefined, configFile: undefined, profile: undefined, color: 'auto', readGenerated: false, base: undefined, verbose: false, debug: false, history: false, authors: false, github: false, githubRepo: undefined, issues: undefined, help: false, version: false };
    let pathSeen = false;
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
        const flag = eq > 0 ? raw.slice(0, eq) : raw;
        const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
        const value = () => {
            if (inline !== undefined)
                return inline;
            const v = argv[i + 1];
            if (v === undefined || v.startsWith('--'))
                throw new UsageError(`${flag} needs a value.`);
            i++;
            return v;
        };
        switch (flag) {
            case '-h':
            case '--help':
                args.help = true;
                break;
            case '-v':
            case '--version':
                args.version = true;
                break;
            case '--format': {
                const f = value();
                if (!FORMATS.includes(f))
                    throw new UsageError(`--format takes text, json, markdown or sarif, got "${f}".`);
                args.format = f;
                break;
            }
            case '--min-score':
                args.minScore = intArg('--min-score', value(), 100);
                break;
            case '--min-level':
                args.minLevel = intArg('--min-level', value(), 4);
                break;
            case '--config':
                args.configFile = value();
                break;
            case '--profile': {
                const p = value();
                if (!PROFILE_SETTINGS.includes(p))
                    throw new UsageError(`--profile takes ${PROFILE_SETTINGS.join(', ')}, got "${p}".`);
                args.profile = p === 'auto' ? undefined : p;
                break;
            }
            case '--color':
                args.color = 'always';
                break;
            case '--no-color':
                args.color = 'never';
                break;
            case '--debug':
                args.debug = true;
                break;
            case '--read-generated':
                args.readGenerated = true;
                break;
            case '--history':
                args.history = true;
                break;
            case '--authors':
                args.authors = true;
                break;
            case '--github':
                args.github = true;
                break;
            case '--github-repo': {
                const r = value();
                if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(r))
                    throw new UsageError(`--github-repo takes OWNER/NAME, got "${r}".`);
                args.githubRepo = r;
                args.github = true;
                break;
            }
            case '--issues':
                args.issues = intArg('--issues', value(), 1000);
                break;
            case '--verbose':
                args.verbose = true;
                break;
            case '--base':
                args.base = value();
                break;
            default:
                if (raw.startsWith('-') && raw !== '-')
                    throw new UsageError(`Unknown option "${raw}" (see --help).`);
                if (pathSeen)
                    throw new UsageError(`Only one path can be analysed at a time; got "${args.path}" and "${raw}".`);
                args.path = raw;
                pathSeen = true;
        }
    }
    if (args.authors && !args.history)
        throw new UsageError('--authors lists the authors of the history: add --history.');
    return args;
}


/***/ }),

/***/ 5184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ HEAD_ARGS),
  k: () => (/* binding */ startEarlyGit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __nccwpck_require__(624);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __nccwpck_require__(3073);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/git/temp-output.ts
var temp_output = __nccwpck_require__(3776);
// EXTERNAL MODULE: ./src/history/log-command.ts
var log_command = __nccwpck_require__(7894);
;// CONCATENATED MODULE: ./src/history/early-log.ts
/**
 * The history's `git log`, started before the analysis instead of after it: git walks the
 * commits on another core while the main thread analyses (kubeflow/pipelines: 7,300 commits,
 * 4.9 MB of log, about 0.5 s of git), and the history reads the lines from where git wrote
 * them. Its output goes to a temporary file (git/temp-output.ts), not a pipe: a pipe holds
 * 64 kB and the main thread reads nothing while it analyses. Only a log of the whole
 * repository is started early (the analysed folder holds `.git`); readHistory takes it only
 * after its own checks (a work tree, not shallow, at the top) and runs git again as before
 * when the early one failed. Light on purpose: the entries import it before anything else.
 */





/** Beyond this size of pack indexes (about 28 bytes an object: 4.6 million objects), the log is left to run after the analysis, streamed. */
const MAX_INDEX_BYTES = 128 * 1024 * 1024;
/**
 * Whether the log of the repository at `root` is worth starting early: `.git` is its own folder
 * (not a worktree's or submodule's pointer), the clone is not shallow (readHistory refuses a
 * shallow clone: the action's default checkout would run git for nothing), and its history is
 * not so large that the whole log in a temporary file (0.2\u20130.5 bytes per byte of pack index
 * measured; kubeflow/pipelines 4.9 MB) would weigh on a temporary folder held in memory. A
 * history over the bound is read after the analysis, streamed, as before.
 */
function logFitsEarly(root, maxIndexBytes = MAX_INDEX_BYTES) {
    try {
        const git = external_node_path_.join(root, '.git');
        if (!external_node_fs_.statSync(git).isDirectory() || external_node_fs_.existsSync(external_node_path_.join(git, 'shallow')))
            return false;
        const packs = external_node_path_.join(git, 'objects', 'pack');
        let bytes = 0;
        for (const name of external_node_fs_.existsSync(packs) ? external_node_fs_.readdirSync(packs) : [])
            if (name.endsWith('.idx'))
                bytes += external_node_fs_.statSync(external_node_path_.join(packs, name)).size;
        return bytes <= maxIndexBytes;
    }
    catch {
        return false;
    }
}
/** `git log` of the whole repository at `root`, started now; undefined when it is not worth it (logFitsEarly) or its output files cannot be made. `signal` stops it and lets go of its files. */
function startHistoryLog(root, signal, tmp = external_node_os_.tmpdir()) {
    if (!logFitsEarly(root))
        return undefined;
    const outputs = (0,temp_output/* openTempOutputs */.TC)(1, tmp, 'mlops-ci-check-log-');
    const out = outputs?.fds[0];
    if (outputs === undefined || out === undefined) {
        outputs?.release();
        return undefined;
    }
    // The descriptor is closed once: a number closed twice may by then be another file's.
    let open = true;
    const closeAll = () => {
        if (open)
            (0,temp_output/* closeQuietly */.EO)(out);
        open = false;
        outputs.release();
    };
    let taken = false;
    const ended = (0,temp_output/* runIntoFile */.wG)('git', [...log_command/* STABLE */.MI, ...log_command/* LOG_ARGS */.zS], root, (0,log_command/* gitEnv */.gE)(), out, signal);
    // Stopped before it was taken (the history refused it, or was not read): its files go now, whether git ended or not.
    signal?.addEventListener('abort', () => {
        if (!taken)
            closeAll();
    }, { once: true });
    // Once git failed, the files are of no use.
    const settled = ended.then((code) => {
        if (code !== 0 || signal?.aborted) {
            closeAll();
            return false;
        }
        return true;
    });
    return {
        root,
        async take(at) {
            if (taken || at !== root || signal?.aborted)
                return undefined;
            taken = true;
            if (!(await settled) || signal?.aborted) {
                closeAll();
                return undefined;
            }
            return { fd: out, release: closeAll };
        },
    };
}

// EXTERNAL MODULE: ./src/parse/git-listing.ts
var git_listing = __nccwpck_require__(2842);
;// CONCATENATED MODULE: ./src/cli-early.ts
/**
 * What the CLI starts before it loads the analysis: the git commands a run of the analysis will
 * ask, so that git runs on another core while Node loads the analysis chunk (~0.2 s) instead of
 * stopping the run for a `spawnSync` from a process that by then holds 150 MB. Light on purpose:
 * the CLI's entry imports it before anything else.
 */






/** The commit the report names (`commit.sha`). */
const HEAD_ARGS = ['rev-parse', '--verify', '--quiet', 'HEAD'];
/** The git commands of the run `argv` asks for, started; undefined when it analyses nothing or its arguments are wrong (runCli says why). */
function startEarlyGit(argv, cwd) {
    if (argv[0] === 'compare')
        return undefined;
    let root;
    let history;
    try {
        const args = (0,cli_args/* parseCliArgs */.hT)(argv);
        if (args.help || args.version)
            return undefined;
        root = external_node_path_.resolve(cwd, args.path);
        history = args.history;
    }
    catch {
        return undefined;
    }
    if (!isFolder(root))
        return undefined;
    const ended = new AbortController();
    const checkout = external_node_fs_.existsSync(external_node_path_.join(root, '.git'));
    const log = checkout && history ? startHistoryLog(root, ended.signal) : undefined;
    return {
        root,
        ...(checkout ? { listing: (0,git_listing/* startListing */.jF)(root, ended.signal) } : {}),
        head: (0,run/* startGit */.BE)(root, HEAD_ARGS, ended.signal),
        ...(log ? { log } : {}),
        stop: () => ended.abort(),
    };
}
function isFolder(p) {
    try {
        return external_node_fs_.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_early_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5184);
/* harmony import */ var _full_collection_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4539);
/* harmony import */ var _young_generation_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5678);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);





const argv = process.argv.slice(2);
// `--version` answers before the analysis modules are even loaded (they hold the parsers and checks).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w}\n`);
}
else {
    // A reader that stops early (`| head`) closes the pipe: that ends the output, quietly, not the run with a stack trace.
    process.stdout.on('error', (err) => {
        if (err.code !== 'EPIPE')
            throw err;
        process.exit();
    });
    // Node >= 22.1 keeps V8's compiled code of the chunks below in a cache on disk (os.tmpdir()/node-compile-cache, or
    // NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a second run skips compiling 2 MB of JavaScript.
    // Node 20 has no such function. The default import: the bundle's namespace of node:module holds no static members.
    node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache?.();
    // git lists the checkout on the other core while the analysis chunk loads.
    const early = (0,_cli_early_js__WEBPACK_IMPORTED_MODULE_1__/* .startEarlyGit */ .k)(argv, process.cwd());
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(591)]).then(__nccwpck_require__.bind(__nccwpck_require__, 591));
    // From here the heap's young generation keeps its size (young-generation.ts), and a large run is collected
    // between its checks and its report (full-collection.ts).
    (0,_young_generation_js__WEBPACK_IMPORTED_MODULE_3__/* .keepYoungGenerationSmall */ .Dd)();
    (0,_full_collection_js__WEBPACK_IMPORTED_MODULE_4__/* .allowFullCollection */ .X0)();
    const io = {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        isTTY: process.stdout.isTTY === true,
        ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
        env: process.env,
        cwd: process.cwd(),
    };
    try {
        process.exitCode = await runCli(argv, io, early);
    }
    finally {
        early?.stop();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ collectAfterChecks),
/* harmony export */   X0: () => (/* binding */ allowFullCollection)
/* harmony export */ });
/* unused harmony export LARGE_HEAP */
/* harmony import */ var _young_generation_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5678);
/**
 * One full garbage collection between the checks and the report, on a large run. Once the
 * checks and the profile are done the engine drops the run's memos and the texts and bytes the
 * repository holds (run-index.ts forgetRun), but they stay in the heap until V8's next major
 * collection, which on a large run comes late or not at all: the report, its JSON and the
 * history were then built on top of them, and the run's peak came at its end. At 100,000
 * files (the realistic repository, Node 24, 3 runs each) the peak RSS was 257\u2013264 MB; with this
 * collection, 223\u2013227 MB, for 35\u201345 ms. On the real repositories measured (kubeflow/pipelines,
 * huggingface/diffusers, the realistic 30k) the peak comes during the checks and the heap
 * holds 38\u201349 MB at this point: there it would cost 20\u201340 ms for nothing, so it runs only
 * when the heap holds more than LARGE_HEAP.
 *
 * Only the entries allow it (the CLI and the action): a test or a library caller running the
 * engine in its own process is never collected. Node exposes `gc` only with `--expose-gc`,
 * which the action's `node24` runner does not pass; V8 reads the flag when it makes a
 * context, so it is set at run time and `gc` taken from a fresh context (made on first use).
 */

/** Below this much heap in use, the checks' peak is the run's: no collection. */
const LARGE_HEAP = 64 * 1024 * 1024;
let allowed = false;
let collect;
/** Called by the entries: from then on `collectAfterChecks` may collect. */
function allowFullCollection() {
    allowed = true;
}
/**
 * A full collection when allowed and the heap holds more than `large` bytes; returns whether
 * one ran. `gc` is V8's (tests pass their own).
 */
function collectAfterChecks(large = LARGE_HEAP, gc) {
    // The heap first: a small run never exposes `gc` (no flag set, no context made).
    if (process.memoryUsage().heapUsed <= large)
        return false;
    const collect = gc ?? (allowed ? exposedGc() : undefined);
    if (!collect)
        return false;
    collect();
    return true;
}
/** V8's `gc`, exposed at run time (undefined when the runtime refuses: the run goes on without it). */
function exposedGc() {
    if (collect === undefined) {
        collect = null;
        try {
            const setFlags = (0,_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .v8SetFlags */ .Ge)();
            const vm = process.getBuiltinModule?.('node:vm');
            if (setFlags && vm) {
                setFlags('--expose-gc');
                const gc = vm.runInNewContext('gc');
                if (typeof gc === 'function')
                    collect = gc;
            }
        }
        catch {
            // Not expected; the run goes on with V8's own schedule.
        }
    }
    return collect ?? undefined;
}


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ startGit),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   FY: () => (/* binding */ workTreeOf),
/* harmony export */   PP: () => (/* binding */ CONFIG_ARGS),
/* harmony export */   Ss: () => (/* binding */ treeAt),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   bb: () => (/* binding */ gitArgv),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   j2: () => (/* binding */ runGitTo),
/* harmony export */   q_: () => (/* binding */ gitText),
/* harmony export */   qq: () => (/* binding */ tempIndexOf),
/* harmony export */   s6: () => (/* binding */ treeListingArgs),
/* harmony export */   vg: () => (/* binding */ tempFolder)
/* harmony export */ });
/* unused harmony export letGo */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Runs git commands for the base comparison, which read the repository: none writes to it (a temporary index is
 * written outside it), though one runs the repository's own filter drivers (tree-repo.ts). Never throws: a missing git,
 * a folder that is not a checkout or an unknown commit come back as `ok: false` with git's first line.
 */




/** Output cap: a repository's listing or a batch of blobs, far above any real need. */
const MAX_BUFFER = 1024 * 1024 * 1024;
// No pager, no prompt, no locale-dependent messages (a filter driver's call sets the user's LC_ALL back).
const gitEnv = (extra) => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', ...extra });
const gitArgv = (args) => ['-c', 'core.quotePath=false', ...args];
function result(status, stdout, stderr, signal) {
    const complaint = stderr.toString('utf8').trim().split('\n')[0] ?? '';
    return { ok: status === 0, stdout, error: complaint || (status === null && signal ? `git was stopped by ${signal}` : `git exited with ${status}`) };
}
/**
 * `env`: variables set for git on top of the process's (a temporary index: `GIT_INDEX_FILE`), or unset where undefined.
 * `timeoutMs`: git is stopped after it (a command that runs the repository's filter drivers, which may wait forever).
 */
function runGit(cwd, args, input, env, timeoutMs) {
    const res = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', gitArgv(args), { cwd, env: gitEnv(env), input, maxBuffer: MAX_BUFFER, windowsHide: true, ...(timeoutMs !== undefined ? { timeout: timeoutMs } : {}) });
    if (res.error?.code === 'ETIMEDOUT')
        return { ok: false, stdout: Buffer.alloc(0), error: `git did not finish within ${timeoutMs / 1000} s` };
    if (res.error)
        return { ok: false, stdout: Buffer.alloc(0), error: res.error.message };
    return result(res.status, res.stdout ?? Buffer.alloc(0), res.stderr ?? Buffer.alloc(0), res.signal);
}
/** `runGit` with git's output written to the open file `fd` (at its offset) instead of held in memory; `stdout` is empty. */
function runGitTo(cwd, args, fd, input) {
    const res = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', gitArgv(args), { cwd, env: gitEnv(), input, stdio: ['pipe', fd, 'pipe'], maxBuffer: MAX_BUFFER, windowsHide: true });
    if (res.error)
        return { ok: false, stdout: Buffer.alloc(0), error: res.error.message };
    return result(res.status, Buffer.alloc(0), res.stderr ?? Buffer.alloc(0), res.signal);
}
/** `runGit` in the background, for a short answer (its output is held in memory): the CLI starts `rev-parse HEAD` before it loads the analysis. `signal` kills it (then not ok). */
function startGit(cwd, args, signal) {
    return new Promise((resolve) => {
        const out = [];
        const err = [];
        let size = 0;
        let settled = false;
        const settle = (r) => {
            if (!settled)
                resolve(r);
            settled = true;
        };
        try {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', gitArgv(args), { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...(signal ? { signal } : {}) });
            child.stdout.on('data', (d) => {
                size += d.length;
                if (size <= MAX_BUFFER)
                    out.push(d);
                else
                    child.kill();
            });
            child.stderr.on('data', (d) => err.push(d));
            child.on('error', (e) => settle({ ok: false, stdout: Buffer.alloc(0), error: e.message }));
            // Stopped: not waited for (a git stuck on a slow file system, or a child of its that keeps the pipes, must not hold the process).
            signal?.addEventListener('abort', () => {
                letGo(child);
                settle({ ok: false, stdout: Buffer.alloc(0), error: 'stopped before it answered' });
            }, { once: true });
            child.on('close', (status, signal) => settle(size > MAX_BUFFER ? { ok: false, stdout: Buffer.alloc(0), error: 'git wrote more than the tool reads' } : result(status, Buffer.concat(out), Buffer.concat(err), signal)));
        }
        catch (e) {
            settle({ ok: false, stdout: Buffer.alloc(0), error: e instanceof Error ? e.message : String(e) });
        }
    });
}
/** A child this process no longer waits for: its pipes closed on this side, and it keeps nothing alive. */
function letGo(child) {
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
}
/** A `gitText` answer from a finished `startGit`. */
function textOf(r) {
    return r.ok ? r.stdout.toString('utf8').trim() : undefined;
}
function gitText(cwd, args) {
    return textOf(runGit(cwd, args));
}
/** The tree of `sha` at the analysed folder (`prefix`, from workTreeOf), as git names it. */
const treeAt = (sha, prefix) => (prefix ? `${sha}:${prefix}` : sha);
/** git's config, from every scope (`<key>\n<value>\0` records): tree-repo.ts reads its filter drivers. */
const CONFIG_ARGS = ['config', '-z', '--list'];
/** A tree's files, recursively, with their sizes (tree-repo.ts reads it). */
const treeListingArgs = (tree) => ['ls-tree', '-r', '-z', '-l', '--full-name', tree];
/** The prefixes of the temporary folders made here, whose left folders sweepLeftFolders removes. */
const TEMP_PREFIXES = ['mlops-ci-check-attr-', 'mlops-ci-check-smudge-'];
let swept = false;
/** How old a left folder must be to be removed (no run of the tool lasts this long). */
const LEFT_FOLDER_AGE_MS = 60 * 60 * 1000;
/**
 * Removes, once per process, the temporary folders a run of the tool left: a signal (Ctrl-C, a cancelled job) ends Node
 * with no 'exit' event. Each folder names its process; one whose process is gone, and an hour old, goes. Not a listener for those
 * signals: Node would then run it only after the analysis (synchronous) ends, and a Ctrl-C would wait for the report.
 */
function sweepLeftFolders(tmp) {
    if (swept)
        return;
    swept = true;
    let names;
    try {
        names = node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(tmp);
    }
    catch {
        return;
    }
    for (const name of names) {
        const prefix = TEMP_PREFIXES.find((p) => name.startsWith(p));
        const pid = prefix === undefined ? NaN : Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
        if (!Number.isInteger(pid) || pid === process.pid || alive(pid))
            continue;
        try {
            // And an hour old: a process of another PID namespace (a container sharing this folder) may be running.
            const folder = node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, name);
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(folder).mtimeMs > Date.now() - LEFT_FOLDER_AGE_MS)
                continue;
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(folder, { recursive: true, force: true });
        }
        catch {
            // Another user's, or going: left.
        }
    }
}
/** Whether a process of that id runs (one this user may not signal counts as running). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * A temporary folder of its own (`prefix`, one of TEMP_PREFIXES, and the process's id start its name): removed by
 * `drop`, or when the process exits; one left by a process a signal ended is removed by the next run that makes one
 * (sweepLeftFolders). git writes a temporary index by its name, so it cannot be a file removed while open, as
 * temp-output.ts's are.
 */
function tempFolder(prefix) {
    let folder;
    try {
        const tmp = node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir();
        sweepLeftFolders(tmp);
        folder = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, `${prefix}${process.pid}-`));
    }
    catch (e) {
        return { error: e.message };
    }
    const drop = () => {
        process.removeListener('exit', drop);
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(folder, { recursive: true, force: true });
        }
        catch {
            // Left in the temporary folder (a file still open on Windows): nothing of the repository's.
        }
    };
    process.on('exit', drop);
    return { path: folder, drop };
}
/**
 * A temporary index of `commit`'s tree, for the rules of its `.gitattributes` (`check-attr --cached` with `env`; git's
 * `--source` needs 2.40): a folder of its own, removed by `drop` or when the process exits. git's complaint where it
 * cannot be made. GIT_ATTR_SOURCE (git 2.40) is unset in `env`: it would make check-attr read another tree.
 */
function tempIndexOf(dir, commit) {
    const folder = tempFolder('mlops-ci-check-attr-');
    if ('error' in folder)
        return { error: `no temporary index: ${folder.error}` };
    const env = { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_3__.join(folder.path, 'index'), GIT_ATTR_SOURCE: undefined };
    const read = runGit(dir, ['read-tree', commit], undefined, env);
    if (read.ok)
        return { env, drop: folder.drop };
    folder.drop();
    return { error: read.error };
}
/** The checkout's top folder and the analysed folder inside it ('' at the top), or git's complaint. */
function workTreeOf(dir, run = runGit) {
    const top = run(dir, ['rev-parse', '--show-toplevel']);
    if (!top.ok)
        return { error: top.error };
    const prefix = textOf(run(dir, ['rev-parse', '--show-prefix'])) ?? '';
    return { top: top.stdout.toString('utf8').trim(), prefix: prefix.replace(/\/$/, '') };
}
/** The full sha of a revision when its commit is in the object store, else undefined. */
function resolveCommit(dir, rev, run = runGit) {
    if (rev.startsWith('-'))
        return undefined;
    return textOf(run(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]));
}


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ closeQuietly),
/* harmony export */   TC: () => (/* binding */ openTempOutputs),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   wG: () => (/* binding */ runIntoFile)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Files for the output of a git command started early (the listing, the history's log): git
 * writes into them while the main thread is busy loading or analysing, where a pipe (64 kB)
 * would make it wait. Each file is opened and at once removed, with its folder: git writes
 * through the open descriptor and the output is read back by position, so nothing is left on
 * disk even when the process is killed. Where an open file cannot be removed (Windows), the
 * folder goes when `release` is called or when the process exits. Only node built-ins here:
 * the entries import this before anything else.
 */



/** `n` output files in a new private folder under `tmp`; undefined when the folder cannot be made. */
function openTempOutputs(n, tmp, prefix) {
    let dir;
    try {
        dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(tmp, prefix));
    }
    catch {
        return undefined;
    }
    const fds = Array.from({ length: n }, (_, i) => openRemoved(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `out-${i}`)));
    let gone = fds.every((fd) => fd !== undefined);
    if (gone) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync(dir);
        }
        catch {
            gone = false;
        }
    }
    if (gone)
        return { fds, release: () => undefined };
    const removeDir = () => {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(dir, { recursive: true, force: true });
        }
        catch {
            // A temporary folder that cannot go (EBUSY, EPERM) is left to the system; the run goes on.
        }
    };
    process.once('exit', removeDir);
    return {
        fds,
        release: () => {
            removeDir();
            // A folder still there (a file git holds open on Windows) is tried again at exit.
            if (!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(dir))
                process.removeListener('exit', removeDir);
        },
    };
}
/** A new file, opened and then removed where the system allows it (it lives on through the descriptor); undefined when it cannot be made. */
function openRemoved(file) {
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(file, 'wx+', 0o600);
    }
    catch {
        return undefined;
    }
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync(file);
    }
    catch {
        // Kept until released.
    }
    return fd;
}
/** The first `max` bytes written to `fd` (all by default), read by position: the writer's writes moved the shared offset to the end. */
function readWhole(fd, max = Infinity) {
    const size = Math.min(node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd).size, max);
    const buf = Buffer.allocUnsafe(size);
    const got = readAt(fd, buf, size, 0);
    return got === size ? buf : buf.subarray(0, got);
}
/** Reads `size` bytes of `fd` from `offset` into the start of `buf` (a read may give fewer); returns how many it got. */
function readAt(fd, buf, size, offset) {
    let got = 0;
    while (got < size) {
        const n = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, buf, got, size - got, offset + got);
        if (n === 0)
            break;
        got += n;
    }
    return got;
}
/**
 * Runs `command` in `cwd` with its standard output going into the open file `fd` (its standard
 * error ignored) and resolves with its exit code; null when it could not start or `signal`
 * stopped it. A stopped command is not waited for: one stuck on a slow file system must not
 * hold the process. Never rejects.
 */
function runIntoFile(command, args, cwd, env, fd, signal) {
    return new Promise((resolve) => {
        let done = false;
        const finish = (code) => {
            if (!done)
                resolve(code);
            done = true;
        };
        try {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { cwd, env, stdio: ['ignore', fd, 'ignore'], windowsHide: true, ...(signal ? { signal } : {}) });
            // An abort comes as an error (AbortError) and then a close: either ends it.
            child.on('error', () => finish(null));
            child.on('close', (code) => finish(code));
            signal?.addEventListener('abort', () => {
                child.unref();
                finish(null);
            }, { once: true });
        }
        catch {
            finish(null);
        }
    });
}
/** Closes a descriptor, ignoring one closed already. */
function closeQuietly(fd) {
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    }
    catch {
        // Closed already: nothing to let go of.
    }
}


/***/ }),

/***/ 7894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ STABLE),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   zS: () => (/* binding */ LOG_ARGS)
/* harmony export */ });
/* unused harmony export LOG_FORMAT */
/**
 * The history's git command line: settings, environment and the log's format. No imports, so
 * that the entries can start the log early (early-log.ts) without loading the stream readers.
 */
/** Settings that make git's output the same on every machine, whatever the user's config. */
const STABLE = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', '-c', 'color.ui=false', '-c', 'i18n.logOutputEncoding=UTF-8'];
/** The record and field separators of the log format (ASCII RS and US: never in a path or an e-mail); collect.ts reads it. */
const LOG_FORMAT = '--format=%x1e%H%x1f%at%x1f%ct%x1f%aE';
/** The log readHistory runs for a folder at the top of its repository (a subfolder adds `--relative -- .`). */
const LOG_ARGS = ['log', LOG_FORMAT, '--name-only', '--no-renames'];
function gitEnv() {
    return { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
}


/***/ }),

/***/ 2842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ runListingGit),
/* harmony export */   JR: () => (/* binding */ IGNORED_ARGS),
/* harmony export */   jF: () => (/* binding */ startListing),
/* harmony export */   k3: () => (/* binding */ LISTED_ARGS)
/* harmony export */ });
/* unused harmony export EarlyListing */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_temp_output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3776);
/**
 * The git commands of a listing (`Lister.fromGit` in file-list.ts): what they are, how they run,
 * and how the CLI starts them early. Started before the analysis modules load, git lists the
 * checkout on another core while Node compiles and runs the analysis chunk (~0.2 s), instead of
 * stopping the analysis for two `spawnSync` calls from a process that by then holds 150 MB
 * (125\u2013160 ms on kubeflow/pipelines and diffusers). Only node built-ins here: the CLI's entry
 * imports this before anything else.
 */




/** Tracked files with their modes ("H"), deleted ones ("R"), untracked ones git sees ("?"). */
const LISTED_ARGS = ['ls-files', '-z', '-t', '-c', '-d', '-o', '-s', '--exclude-standard'];
/** What .gitignore (and git's other excludes) leave out, for the report's notice. */
const IGNORED_ARGS = ['ls-files', '-z', '-o', '-i', '--exclude-standard', '--directory'];
/** Larger output is a failure, as if git had failed (the walk lists the tree instead). */
const MAX_OUTPUT = 1 << 28;
function gitArgv(args) {
    // core.fsmonitor off: listing files must never run a hook named in the repository's config.
    return ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args];
}
/** The environment without GIT_* variables: the repository at `root` is listed, whatever the caller's git settings. */
function gitEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith('GIT_'))
            env[k] = v;
    return env;
}
/** stdout of a listing command in `root`, or undefined when git is missing, fails, or refuses the folder. */
function runListingGit(root, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', gitArgv(args), { cwd: root, env: gitEnv(), encoding: 'utf8', maxBuffer: MAX_OUTPUT, stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return undefined;
    }
}
/**
 * The outputs of the listing commands run early in `root`. Each is handed out once: a second
 * listing of the same folder (after the tree may have changed) runs git again. A command that
 * failed early is not handed out either, so the listing runs it again and fails (or not) as it
 * always did.
 */
class EarlyListing {
    root;
    outputs;
    constructor(root, outputs) {
        this.root = root;
        this.outputs = new Map();
        for (const [args, out] of outputs)
            if (out !== undefined)
                this.outputs.set(args.join('\0'), out);
    }
    take(root, args) {
        if (root !== this.root)
            return undefined;
        const key = args.join('\0');
        const out = this.outputs.get(key);
        this.outputs.delete(key);
        return out;
    }
}
/**
 * Starts both listing commands in `root` at once, in the background, and resolves (never
 * rejects) with their outputs. git writes into temporary files (git/temp-output.ts), not pipes:
 * a pipe holds 64 kB and a listing is often larger (kubeflow's is 0.5 MB), so git would wait for
 * a main thread busy loading modules. `signal` ends the commands early (a run that stopped
 * before it needed them): their outputs are then not handed out. `tmp`: where the temporary
 * folder goes (tests).
 */
function startListing(root, signal, tmp = node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir()) {
    const commands = [LISTED_ARGS, IGNORED_ARGS];
    const outputs = (0,_git_temp_output_js__WEBPACK_IMPORTED_MODULE_3__/* .openTempOutputs */ .TC)(commands.length, tmp, 'mlops-ci-check-git-');
    if (!outputs)
        return Promise.resolve(new EarlyListing(root, new Map()));
    const env = gitEnv();
    const runs = commands.map((args, i) => runToFile(root, args, outputs.fds[i], env, signal).then((out) => [args, out]));
    return Promise.all(runs).then((outs) => {
        outputs.release();
        return new EarlyListing(root, new Map(outs));
    });
}
/** One command with its stdout in the open file `fd`: the output when git exits 0 within MAX_OUTPUT, else undefined. Never rejects. */
async function runToFile(root, args, fd, env, signal) {
    if (fd === undefined)
        return undefined;
    const code = await (0,_git_temp_output_js__WEBPACK_IMPORTED_MODULE_3__/* .runIntoFile */ .wG)('git', gitArgv(args), root, env, fd, signal);
    let out;
    try {
        if (code === 0 && !signal?.aborted && node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd).size <= MAX_OUTPUT)
            out = (0,_git_temp_output_js__WEBPACK_IMPORTED_MODULE_3__/* .readWhole */ .oD)(fd).toString('utf8');
    }
    catch {
        out = undefined;
    }
    (0,_git_temp_output_js__WEBPACK_IMPORTED_MODULE_3__/* .closeQuietly */ .EO)(fd);
    return out;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, kept in step with package.json by a test. */
const TOOL_NAME = 'mlops-ci-check';
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   Ge: () => (/* binding */ v8SetFlags)
/* harmony export */ });
/* unused harmony export YOUNG_GENERATION_FLAG */
/**
 * Keeps V8's young generation at the size it has when the analysis starts. By default V8
 * doubles it whenever much of it survives a collection, and an analysis keeps much of what it
 * makes (the file index, parsed workflows, the inventory): on Node 24 it grows to 64 MB (two
 * semi-spaces of it are committed), which put the peak RSS at 215\u2013240 MB on real repositories,
 * near the 250 MB the tool promises. With the growth factor at 1 it stays at its size when this
 * is called (a few MB after the modules load); collections are more frequent but each is
 * small, and the process touches far less memory. Measured on Node 24 (kubeflow/pipelines,
 * huggingface/diffusers, the realistic 30k, medians of 4): peak RSS 214\u2013232 \u2192 160\u2013175 MB, and
 * faster (wall \u22120.15 to \u22120.3 s). The flag is read by V8 at each growth, so setting it at run
 * time works (a test checks that the Node under test honours it). A V8 without the flag would
 * not throw but print "unrecognized flag" on stderr: that test would fail on such a Node first.
 */
/** The V8 flag, and the function that sets it (tests pass their own). */
const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
/**
 * V8's flag setter, loaded only when called (process.getBuiltinModule: Node \u2265 20.16), so that
 * `--version`, which loads the CLI's entry alone, does not load node:v8 (~4 ms); undefined on an
 * older Node, which then keeps its default.
 */
function v8SetFlags() {
    const p = process;
    return p.getBuiltinModule?.('node:v8')?.setFlagsFromString;
}
function keepYoungGenerationSmall(setFlags = v8SetFlags()) {
    if (!setFlags)
        return;
    try {
        setFlags(YOUNG_GENERATION_FLAG);
    }
    catch {
        // Not expected (V8 reports an unknown flag on stderr instead); the run goes on with V8's default.
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3916:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
