export const id = 774;
export const ids = [774];
export const modules = {

/***/ 774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPARE_FORMATS: () => (/* binding */ COMPARE_FORMATS),
  COMPARE_USAGE: () => (/* binding */ COMPARE_USAGE),
  CompareUsageError: () => (/* binding */ CompareUsageError),
  parseCompareArgs: () => (/* binding */ parseCompareArgs),
  renderComparison: () => (/* binding */ renderComparison),
  runCompareCli: () => (/* binding */ runCompareCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/compare-html.ts
function escapeHtmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
const CSS = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}
figure{margin:1rem 0;overflow-x:auto}figcaption{color:#555;font-size:.9rem;margin-top:.4rem}
table{border-collapse:collapse;font-size:.85rem;margin:.8rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
th{background:#f5f5f5}details{margin:.5rem 0}.note{color:#555}`;
function table(t) {
    const head = `<tr>${t.head.map((h) => `<th>${escapeHtmlText(h)}</th>`).join('')}</tr>`;
    const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtmlText(c)}</td>`).join('')}</tr>`).join('\n');
    return `<table>\n${head}\n${rows}\n</table>`;
}
/** Vega writes namespace declarations (not links); anything else that looks like a URL is removed. */
function cleanSvg(svg) {
    return svg.replace(/\s(?:xlink:)?href="(?!#)[^"]*"/g, '');
}
function renderCompareHtml(c, figures, notes = []) {
    const names = c.repositories.map((r) => r.name);
    const parts = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtmlText(`CI comparison: ${names.join(', ')}`)}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        `<h1>CI comparison of ${names.length} repositor${names.length === 1 ? 'y' : 'ies'}</h1>`,
        `<p class="note">Made by ${escapeHtmlText(c.tool.name)} ${escapeHtmlText(c.tool.version)} from: ${names.map((n, i) => `${escapeHtmlText(n)} (${escapeHtmlText(c.repositories[i].source)})`).join('; ')}.</p>`,
        ...notes.map((n) => `<p class="note">${escapeHtmlText(n)}</p>`),
    ];
    for (const { figure, svg } of figures) {
        parts.push(`<section id="${figure.id}">`, `<h2>${escapeHtmlText(figure.title)}</h2>`, `<figure>${cleanSvg(svg)}<figcaption>${escapeHtmlText(figure.caption)}</figcaption></figure>`, `<details><summary>Table</summary>\n${table(figure.table)}\n</details>`, '</section>');
    }
    parts.push('</body>', '</html>', '');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/compare-json.ts
function renderCompareJson(c) {
    return `${JSON.stringify(c, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/compare-markdown.ts

/** Mermaid strings are double-quoted; quotes and line breaks inside would end them. */
function mermaidLabel(text) {
    return `"${text.replace(/["\n\r`]/g, "'").replace(/[[\]]/g, '')}"`;
}
function xyBar(title, labels, values, yTitle, max) {
    const top = max ?? Math.max(1, ...values);
    return ['```mermaid', 'xychart-beta', `    title ${mermaidLabel(title)}`, `    x-axis [${labels.map(mermaidLabel).join(', ')}]`, `    y-axis ${mermaidLabel(yTitle)} 0 --> ${top}`, `    bar [${values.join(', ')}]`, '```'].join('\n');
}
function xyLines(title, labels, series, yTitle) {
    const top = Math.max(1, ...series.flat());
    return ['```mermaid', 'xychart-beta', `    title ${mermaidLabel(title)}`, `    x-axis [${labels.map(mermaidLabel).join(', ')}]`, `    y-axis ${mermaidLabel(yTitle)} 0 --> ${top}`, ...series.map((s) => `    line [${s.join(', ')}]`), '```'].join('\n');
}
function pie(title, slices) {
    return ['```mermaid', `pie title ${title.replace(/[\n\r"]/g, ' ')}`, ...slices.filter(([, n]) => n > 0).map(([label, n]) => `    ${mermaidLabel(label)} : ${n}`), '```'].join('\n');
}
function compare_markdown_table(t) {
    return [(0,markdown/* tableHead */.PP)(t.head), ...t.rows.map((r) => (0,markdown/* tableRow */.jD)(r.map(markdown/* escapeCell */.kq)))].join('\n');
}
function renderCompareMarkdown(c, figures, notes = []) {
    const names = c.repositories.map((r) => r.name);
    const out = [`## CI comparison of ${names.length} repositor${names.length === 1 ? 'y' : 'ies'}`, '', ...notes.flatMap((n) => [n, ''])];
    out.push(xyBar('Overall score', names, c.repositories.map((r) => r.score), 'score', 100), '');
    for (const f of figures) {
        out.push(`### ${f.title}`, '', f.caption, '');
        if (f.id === 'phase-scores') {
            for (const r of c.repositories) {
                const phases = r.phases.filter((p) => p.score !== null);
                if (phases.length > 0)
                    out.push(xyBar(`Phase scores: ${r.name}`, phases.map((p) => p.title), phases.map((p) => p.score ?? 0), 'score', 100), '');
            }
        }
        else if (f.id === 'verdict-map') {
            for (const r of c.repositories) {
                const count = (v) => r.verdicts.filter((x) => x.verdict === v).length;
                out.push(pie(`Verdicts: ${r.name}`, [['automated', count('automated')], ['present', count('present')], ['absent', count('absent')], ['not applicable', count('not-applicable')], ['error', count('error')]]), '');
            }
        }
        else if (f.id === 'history-commits') {
            const withHistory = c.repositories.filter((r) => r.history?.status === 'available');
            out.push(xyBar('Commits touching workflows and CI files', withHistory.map((r) => r.name), withHistory.map((r) => r.history?.ci?.commits ?? 0), 'commits'), '');
            out.push(xyBar('Commits touching tests', withHistory.map((r) => r.name), withHistory.map((r) => r.history?.tests?.commits ?? 0), 'commits'), '');
        }
        else if (f.id === 'history-months') {
            const withHistory = c.repositories.filter((r) => r.history?.status === 'available' && r.history.ci);
            const months = [...new Set(withHistory.flatMap((r) => r.history.ci.perMonth.map((m) => m.month)))].sort();
            const series = withHistory.map((r) => months.map((m) => r.history.ci.perMonth.find((x) => x.month === m)?.commits ?? 0));
            if (months.length > 0)
                out.push(xyLines(`Commits per month touching CI (lines in order: ${withHistory.map((r) => r.name).join(', ')})`, months, series, 'commits'), '');
        }
        out.push('<details><summary>Table</summary>', '', compare_markdown_table(f.table), '', '</details>', '');
    }
    return `${out.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/model/comparison.ts
const COMPARISON_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/compare/data.ts


function activity(a) {
    if (!a)
        return undefined;
    return { commits: a.commits, authors: a.authors, firstChange: a.firstChange, lastChange: a.lastChange, perMonth: a.perMonth.map((m) => ({ month: m.month, commits: m.commits })) };
}
function repository(l) {
    const r = l.report;
    const h = r.history;
    const g = r.github;
    return {
        name: l.name,
        source: l.source,
        score: r.score,
        level: r.level,
        profile: r.profile.id,
        phases: r.phases.map((p) => ({ id: p.id, title: p.title, score: p.score })),
        verdicts: r.items.map((i) => ({ id: i.id, verdict: i.verdict })),
        tests: r.tests.byKind.map((k) => ({
            kind: k.kind,
            files: k.files,
            cases: k.cases,
            runs: Object.fromEntries(Object.entries(k.runs).map(([w, n]) => [w, n?.files ?? 0])),
        })),
        workflows: r.workflows.length,
        history: !h
            ? null
            : h.status !== 'available' || !h.repository
                ? { status: 'unavailable', ...(h.message ? { message: h.message } : {}) }
                : {
                    status: 'available',
                    firstCommit: h.repository.firstCommit.date,
                    ageDays: h.repository.ageDays,
                    commits: h.repository.commits,
                    authors: h.repository.authors,
                    ...(h.ci ? { ci: activity(h.ci) } : {}),
                    ...(h.tests ? { tests: activity(h.tests) } : {}),
                    ...(h.code ? { code: activity(h.code) } : {}),
                },
        github: !g
            ? null
            : g.status !== 'available'
                ? { status: 'skipped', ...(g.message ? { message: g.message } : {}) }
                : {
                    status: 'available',
                    ...(g.stars !== undefined ? { stars: g.stars } : {}),
                    ...(g.forks !== undefined ? { forks: g.forks } : {}),
                    ...(g.openIssues !== undefined ? { openIssues: g.openIssues } : {}),
                    ...(g.issues ? { bugShare: g.issues.bugShare, sampledIssues: g.issues.sampled } : {}),
                },
    };
}
function buildComparison(loaded) {
    const phases = new Map();
    const items = new Map();
    for (const l of loaded) {
        for (const p of l.report.phases)
            if (!phases.has(p.id))
                phases.set(p.id, p.title);
        for (const i of l.report.items)
            if (!items.has(i.id))
                items.set(i.id, { phase: i.phase, title: i.title });
    }
    return {
        schemaVersion: COMPARISON_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        phases: [...phases].map(([id, title]) => ({ id, title })),
        items: [...items].map(([id, m]) => ({ id, ...m })),
        repositories: loaded.map(repository),
    };
}

// EXTERNAL MODULE: ./src/report/run-when.ts
var run_when = __webpack_require__(8515);
;// CONCATENATED MODULE: ./src/compare/figures.ts

const VERDICT_COLORS = { domain: ['automated', 'present', 'absent', 'not-applicable', 'error'], range: ['#2e7d32', '#f9a825', '#c62828', '#bdbdbd', '#6a1b9a'] };
const CONFIG = { font: 'sans-serif', view: { stroke: null }, axis: { labelLimit: 220 }, legend: { labelLimit: 220 } };
function base(title, data) {
    return { title, data: { values: data }, config: CONFIG, background: 'white' };
}
function phaseScores(c) {
    const data = c.repositories.flatMap((r) => r.phases.filter((p) => p.score !== null).map((p) => ({ repository: r.name, phase: p.title, score: p.score })));
    if (data.length === 0)
        return null;
    const phaseOrder = c.phases.map((p) => p.title);
    return {
        id: 'phase-scores',
        title: 'Phase scores per repository',
        caption: 'Score of each applicable phase (0-100); a missing bar is a phase that does not apply.',
        spec: {
            ...base('Phase scores per repository', data),
            mark: 'bar',
            encoding: {
                y: { field: 'phase', type: 'nominal', sort: phaseOrder, title: null },
                yOffset: { field: 'repository', type: 'nominal' },
                x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'score' },
                color: { field: 'repository', type: 'nominal', title: 'repository' },
            },
            width: 420,
        },
        marks: data.length,
        markType: 'rect',
        table: { head: ['Repository', 'Score', 'Level', ...c.phases.map((p) => p.title)], rows: c.repositories.map((r) => [r.name, String(r.score), String(r.level), ...c.phases.map((p) => { const s = r.phases.find((x) => x.id === p.id)?.score; return s === null || s === undefined ? 'n/a' : String(s); })]) },
    };
}
function verdictMap(c) {
    const titles = new Map(c.items.map((i) => [i.id, i.title]));
    const data = c.repositories.flatMap((r) => r.verdicts.map((v) => ({ repository: r.name, item: v.id, title: titles.get(v.id) ?? v.id, verdict: v.verdict })));
    if (data.length === 0)
        return null;
    return {
        id: 'verdict-map',
        title: 'Verdict per checklist item',
        caption: 'Each cell is one checklist item in one repository: automated, present (not automated), absent, not applicable, or error (the check failed and was left out of the score).',
        spec: {
            ...base('Verdict per checklist item', data),
            mark: 'rect',
            encoding: {
                y: { field: 'item', type: 'nominal', sort: c.items.map((i) => i.id), title: null },
                x: { field: 'repository', type: 'nominal', title: null, axis: { labelAngle: -30 } },
                color: { field: 'verdict', type: 'nominal', scale: VERDICT_COLORS, title: 'verdict' },
            },
            width: { step: 70 },
        },
        marks: data.length,
        markType: 'rect',
        table: { head: ['Item', ...c.repositories.map((r) => r.name)], rows: c.items.map((i) => [i.id, ...c.repositories.map((r) => r.verdicts.find((v) => v.id === i.id)?.verdict ?? '\u2013')]) },
    };
}
function testKinds(c) {
    const data = c.repositories.flatMap((r) => r.tests.flatMap((k) => run_when/* RUN_WHEN_ORDER */.UP.filter((w) => (k.runs[w] ?? 0) > 0).map((w) => ({ repository: r.name, kind: k.kind, when: w, files: k.runs[w] }))));
    if (data.length === 0)
        return null;
    return {
        id: 'test-kinds',
        title: 'Test kinds and when they run',
        caption: 'Test files of each kind by the event that runs them (a file run on several events counts in each); bigger means more files.',
        spec: {
            ...base('Test kinds and when they run', data),
            mark: { type: 'square', filled: true },
            encoding: {
                y: { field: 'kind', type: 'nominal', title: null },
                x: { field: 'when', type: 'nominal', sort: [...run_when/* RUN_WHEN_ORDER */.UP], title: null, axis: { labelAngle: -30 } },
                size: { field: 'files', type: 'quantitative', title: 'files', scale: { range: [40, 700] } },
                color: { field: 'repository', type: 'nominal' },
                xOffset: { field: 'repository', type: 'nominal' },
            },
            width: 560,
            height: { step: 36 },
        },
        marks: data.length,
        markType: 'symbol',
        table: { head: ['Repository', 'Kind', 'When', 'Files'], rows: data.map((d) => [d.repository, d.kind, d.when, String(d.files)]) },
    };
}
function historyCommits(c) {
    const data = c.repositories.flatMap((r) => r.history?.status === 'available'
        ? [
            { repository: r.name, paths: 'workflows and CI files', commits: r.history.ci?.commits ?? 0 },
            { repository: r.name, paths: 'tests', commits: r.history.tests?.commits ?? 0 },
        ]
        : []);
    if (data.length === 0)
        return null;
    return {
        id: 'history-commits',
        title: 'Commits touching tests and CI',
        caption: 'Commits in the whole history that touched the workflow folder and other CI files, and the test paths.',
        spec: {
            ...base('Commits touching tests and CI', data),
            mark: 'bar',
            encoding: {
                x: { field: 'repository', type: 'nominal', title: null, axis: { labelAngle: -30 } },
                xOffset: { field: 'paths', type: 'nominal' },
                y: { field: 'commits', type: 'quantitative' },
                color: { field: 'paths', type: 'nominal', title: 'paths' },
            },
        },
        marks: data.length,
        markType: 'rect',
        table: {
            head: ['Repository', 'First commit', 'Commits', 'CI commits', 'CI authors', 'CI last change', 'Test commits', 'Test authors', 'Tests last change'],
            rows: c.repositories.filter((r) => r.history?.status === 'available').map((r) => {
                const h = r.history;
                return [r.name, h.firstCommit?.slice(0, 10) ?? '\u2013', String(h.commits ?? 0), String(h.ci?.commits ?? 0), String(h.ci?.authors ?? 0), h.ci?.lastChange?.slice(0, 10) ?? '\u2013', String(h.tests?.commits ?? 0), String(h.tests?.authors ?? 0), h.tests?.lastChange?.slice(0, 10) ?? '\u2013'];
            }),
        },
    };
}
function historyMonths(c) {
    const series = [];
    let lines = 0;
    for (const r of c.repositories) {
        if (r.history?.status !== 'available')
            continue;
        for (const [paths, a] of [['CI', r.history.ci], ['tests', r.history.tests]]) {
            if (!a || a.perMonth.length === 0)
                continue;
            lines++;
            for (const m of a.perMonth)
                series.push({ repository: r.name, paths, month: m.month, commits: m.commits });
        }
    }
    if (lines === 0)
        return null;
    return {
        id: 'history-months',
        title: 'Commits per month touching tests and CI (last 24 months of each history)',
        caption: 'One line per repository and path set; each history ends with its last commit.',
        spec: {
            ...base('Commits per month touching tests and CI', series),
            mark: { type: 'line', point: false },
            encoding: {
                x: { field: 'month', type: 'temporal', timeUnit: 'yearmonth', title: null },
                y: { field: 'commits', type: 'quantitative' },
                color: { field: 'repository', type: 'nominal' },
                strokeDash: { field: 'paths', type: 'nominal' },
            },
            width: 520,
        },
        marks: lines,
        markType: 'line',
        table: { head: ['Repository', 'Paths', 'Month', 'Commits'], rows: series.filter((s) => s.commits > 0).map((s) => [s.repository, s.paths, s.month, String(s.commits)]) },
    };
}
function ageContributors(c) {
    const data = c.repositories.flatMap((r) => (r.history?.status === 'available' && r.history.firstCommit ? [{ repository: r.name, firstCommit: r.history.firstCommit.slice(0, 10), authors: r.history.authors ?? 0 }] : []));
    if (data.length === 0)
        return null;
    return {
        id: 'age-contributors',
        title: 'First commit against contributors',
        caption: 'Each point is a repository: when its history starts and how many authors (by e-mail) it has.',
        spec: {
            ...base('First commit against contributors', data),
            mark: { type: 'point', filled: true, size: 90 },
            encoding: {
                x: { field: 'firstCommit', type: 'temporal', title: 'first commit' },
                y: { field: 'authors', type: 'quantitative', title: 'authors' },
                color: { field: 'repository', type: 'nominal' },
            },
        },
        marks: data.length,
        markType: 'symbol',
        table: { head: ['Repository', 'First commit', 'Authors'], rows: data.map((d) => [d.repository, d.firstCommit, String(d.authors)]) },
    };
}
function starsBugs(c) {
    const data = c.repositories.flatMap((r) => (r.github?.status === 'available' && r.github.stars !== undefined ? [{ repository: r.name, stars: r.github.stars, bugShare: r.github.bugShare ?? 0 }] : []));
    if (data.length === 0)
        return null;
    return {
        id: 'stars-bugs',
        title: 'Stars and the share of recent issues that are bugs',
        caption: 'Each point is a repository: its stars and the share of its last issues labelled as bugs.',
        spec: {
            ...base('Stars and bug share', data),
            mark: { type: 'point', filled: true, size: 90 },
            encoding: {
                x: { field: 'stars', type: 'quantitative' },
                y: { field: 'bugShare', type: 'quantitative', axis: { format: '%' }, title: 'bug share' },
                color: { field: 'repository', type: 'nominal' },
            },
        },
        marks: data.length,
        markType: 'symbol',
        table: { head: ['Repository', 'Stars', 'Bug share'], rows: data.map((d) => [d.repository, String(d.stars), `${Math.round(d.bugShare * 100)}%`]) },
    };
}
function buildFigures(c) {
    return [phaseScores(c), verdictMap(c), testKinds(c), historyCommits(c), historyMonths(c), ageContributors(c), starsBugs(c)].filter((f) => f !== null);
}

// EXTERNAL MODULE: ./src/engine.ts + 7 modules
var src_engine = __webpack_require__(415);
// EXTERNAL MODULE: ./src/history/attach.ts + 5 modules
var attach = __webpack_require__(4383);
;// CONCATENATED MODULE: ./src/compare/load.ts
/**
 * The inputs of `compare`: checkouts (analysed here, with their history) or JSON reports
 * made earlier, and folders of reports as `actions/download-artifact` lays them out
 * (`<dir>/<artifact>/<file>.json`).
 */





class CompareInputError extends Error {
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A JSON report, checked for the fields compare reads; anything else is a clear error. */
function parseReport(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new CompareInputError(`"${file}" is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
    }
    if (!isObject(data) || !isObject(data['tool']) || data['tool']['name'] !== version/* TOOL_NAME */.l)
        throw new CompareInputError(`"${file}" is not a ${version/* TOOL_NAME */.l} report (its "tool.name" is not "${version/* TOOL_NAME */.l}"); make one with \`${version/* TOOL_NAME */.l} --format json --history\`.`);
    if (data['schemaVersion'] !== 1)
        throw new CompareInputError(`"${file}" has schemaVersion ${JSON.stringify(data['schemaVersion'])}; this version of ${version/* TOOL_NAME */.l} reads version 1.`);
    for (const key of ['phases', 'items', 'workflows', 'findings'])
        if (!Array.isArray(data[key]))
            throw new CompareInputError(`"${file}" has no "${key}" list; it is not a complete report.`);
    if (!isObject(data['tests']))
        throw new CompareInputError(`"${file}" has no "tests" section; it is not a complete report.`);
    return data;
}
/** The name a report goes by in the comparison. */
function nameOf(report, source) {
    if (report.github?.repository)
        return report.github.repository;
    // The path as given names it (`owner/name` when analysed from a folder of clones); an absolute path by its last part.
    const given = report.path.replace(/[\\/]+$/, '').replace(/^\.\//, '');
    if (given !== '' && given !== '.' && !given.startsWith('..'))
        return external_node_path_.isAbsolute(given) ? external_node_path_.basename(given) : given;
    const base = external_node_path_.basename(source).replace(/\.json$/i, '');
    if (/^(report|mlops-ci-check)$/i.test(base))
        return external_node_path_.basename(external_node_path_.dirname(external_node_path_.resolve(source)));
    return base;
}
function reportFilesIn(dir) {
    const out = [];
    const visit = (d, depth) => {
        let entries;
        try {
            entries = external_node_fs_.readdirSync(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const p = external_node_path_.join(d, e.name);
            if (e.isFile() && e.name.toLowerCase().endsWith('.json'))
                out.push(p);
            else if (e.isDirectory() && depth < 2 && !e.name.startsWith('.'))
                visit(p, depth + 1);
        }
    };
    visit(dir, 0);
    return out;
}
/**
 * What a folder given to compare is: a folder of reports (no `.git`, only JSON files at most
 * two levels down), an empty one (folders only, no file: an artifact download that found
 * nothing), or a checkout.
 */
function folderKind(dir) {
    if (external_node_fs_.existsSync(external_node_path_.join(dir, '.git')))
        return 'checkout';
    let json = 0;
    const visit = (d, depth) => {
        for (const e of external_node_fs_.readdirSync(d, { withFileTypes: true })) {
            if (e.isDirectory()) {
                if (depth >= 2 || !visit(external_node_path_.join(d, e.name), depth + 1))
                    return false;
            }
            else if (e.isFile() && e.name.toLowerCase().endsWith('.json'))
                json++;
            else
                return false;
        }
        return true;
    };
    if (!visit(dir, 0))
        return 'checkout';
    return json > 0 ? 'reports' : 'empty';
}
async function loadInputs(inputs, options) {
    const out = [];
    for (const input of inputs) {
        const abs = external_node_path_.resolve(options.cwd, input);
        let stat;
        try {
            stat = external_node_fs_.statSync(abs);
        }
        catch {
            throw new CompareInputError(`"${input}" does not exist; give checkouts or JSON reports.`);
        }
        if (stat.isFile()) {
            const report = parseReport(external_node_fs_.readFileSync(abs, 'utf8'), input);
            out.push({ name: nameOf(report, input), source: input, report });
        }
        else if (stat.isDirectory() && folderKind(abs) === 'empty') {
            throw new CompareInputError(`"${input}" holds no report and no file to analyse (an artifact download that found nothing?).`);
        }
        else if (stat.isDirectory() && folderKind(abs) === 'reports') {
            for (const file of reportFilesIn(abs)) {
                const rel = external_node_path_.relative(options.cwd, file) || file;
                const report = parseReport(external_node_fs_.readFileSync(file, 'utf8'), rel);
                out.push({ name: nameOf(report, rel), source: rel, report });
            }
        }
        else if (stat.isDirectory()) {
            options.progress?.(`analysing ${input}`);
            const engine = (0,src_engine/* runEngine */.c)(abs, { displayPath: external_node_path_.basename(abs) });
            const report = options.history ? await (0,attach.addHistory)(engine.report, engine.analysis, abs, {}) : engine.report;
            out.push({ name: nameOf(report, input), source: input, report });
        }
        else
            throw new CompareInputError(`"${input}" is neither a folder nor a file.`);
    }
    // Two inputs with one name would merge in the charts: number them.
    const seen = new Map();
    for (const r of out) {
        const n = (seen.get(r.name) ?? 0) + 1;
        seen.set(r.name, n);
        if (n > 1)
            r.name = `${r.name} (${n})`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/render-svg.ts
async function renderSvg(spec) {
    // One after the other: Jest's ES-module loader fails when two imports share dependencies in flight.
    const vega = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 3972));
    const vl = await Promise.all(/* import() */[__webpack_require__.e(972), __webpack_require__.e(994)]).then(__webpack_require__.bind(__webpack_require__, 994));
    // The spec is our own; Vega-Lite checks it as it compiles.
    const compiled = vl.compile(spec).spec;
    // No loader: the data is inline, so nothing may be fetched.
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: { load: () => Promise.reject(new Error('no network')), sanitize: () => Promise.reject(new Error('no network')), http: () => Promise.reject(new Error('no network')), file: () => Promise.reject(new Error('no files')) } });
    try {
        return await view.toSVG();
    }
    finally {
        view.finalize();
    }
}

;// CONCATENATED MODULE: ./src/compare/cli.ts
/**
 * `mlops-ci-check compare <path or report.json>...`: the study for any set of
 * repositories, as HTML with charts, markdown with Mermaid charts, or merged JSON.
 */










const COMPARE_FORMATS = ['html', 'markdown', 'json'];
const COMPARE_USAGE = `Usage: mlops-ci-check compare <path or report.json>... [options]

Compares repositories side by side: phase scores, verdicts, tests and when they run, and
(with history) commits touching tests and CI over time. Each input is a checkout (analysed
here, with its history), a JSON report made with --format json, or a folder of reports
(as actions/download-artifact lays them out).

Options:
  --format html|markdown|json  output format (default: html, one self-contained file)
  --output FILE                write to FILE instead of standard output
  --no-history                 do not read the history of checkouts
  -h, --help                   show this help`;
class CompareUsageError extends Error {
}
function parseCompareArgs(argv) {
    const args = { inputs: [], format: 'html', output: undefined, history: true, help: false };
    for (let i = 0; i < argv.length; i++) {
        const raw = argv[i];
        const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
        const flag = eq > 0 ? raw.slice(0, eq) : raw;
        const value = () => {
            if (eq > 0)
                return raw.slice(eq + 1);
            const v = argv[++i];
            if (v === undefined || v.startsWith('--'))
                throw new CompareUsageError(`${flag} needs a value.`);
            return v;
        };
        if (flag === '-h' || flag === '--help')
            args.help = true;
        else if (flag === '--format') {
            const f = value();
            if (!COMPARE_FORMATS.includes(f))
                throw new CompareUsageError(`--format takes html, markdown or json, got "${f}".`);
            args.format = f;
        }
        else if (flag === '--output' || flag === '-o')
            args.output = value();
        else if (flag === '--no-history')
            args.history = false;
        else if (raw.startsWith('-') && raw !== '-')
            throw new CompareUsageError(`Unknown option "${raw}" for compare (see compare --help).`);
        else
            args.inputs.push(raw);
    }
    if (!args.help && args.inputs.length === 0)
        throw new CompareUsageError('compare needs at least one checkout or JSON report.');
    return args;
}
/** Renders the comparison in one format; the notes say what could not be shown. */
async function renderComparison(args, loaded) {
    const comparison = buildComparison(loaded);
    if (args.format === 'json')
        return renderCompareJson(comparison);
    const figures = buildFigures(comparison);
    const notes = [];
    const noHistory = comparison.repositories.filter((r) => r.history?.status !== 'available');
    if (noHistory.length > 0)
        notes.push(`No history for ${noHistory.map((r) => r.name).join(', ')}: ${noHistory.map((r) => r.history?.message ?? 'the report was made without --history').filter((m, i, all) => all.indexOf(m) === i).join(' ')}`);
    if (!comparison.repositories.some((r) => r.github?.status === 'available'))
        notes.push('No stars or issue figures: run the analysis with --github to add them.');
    if (args.format === 'markdown')
        return renderCompareMarkdown(comparison, figures, notes);
    const rendered = [];
    for (const figure of figures)
        rendered.push({ figure, svg: await renderSvg(figure.spec) });
    return renderCompareHtml(comparison, rendered, notes);
}
async function runCompareCli(argv, io) {
    let args;
    try {
        args = parseCompareArgs(argv);
    }
    catch (err) {
        if (err instanceof CompareUsageError) {
            io.stderr(`${version/* TOOL_NAME */.l} compare: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
    if (args.help) {
        io.stdout(`${COMPARE_USAGE}\n`);
        return 0;
    }
    try {
        const loaded = await loadInputs(args.inputs, { cwd: io.cwd, history: args.history, progress: (m) => io.stderr(`${version/* TOOL_NAME */.l} compare: ${m}\n`) });
        const text = await renderComparison(args, loaded);
        if (args.output !== undefined) {
            const out = external_node_path_.resolve(io.cwd, args.output);
            external_node_fs_.mkdirSync(external_node_path_.dirname(out), { recursive: true });
            external_node_fs_.writeFileSync(out, text);
            io.stderr(`${version/* TOOL_NAME */.l} compare: wrote ${args.output} (${loaded.length} repositories).\n`);
        }
        else
            io.stdout(text);
        return 0;
    }
    catch (err) {
        if (err instanceof CompareInputError) {
            io.stderr(`${version/* TOOL_NAME */.l} compare: ${err.message}\n`);
            return 2;
        }
        const message = err instanceof Error ? err.message : String(err);
        io.stderr(`${version/* TOOL_NAME */.l} compare: could not finish: ${message}.\n`);
        return 2;
    }
}


/***/ })

};
