export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   findingRuleId: () => (/* binding */ findingRuleId),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var _summary_details_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1497);

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS = { error: 'error', warning: 'warning', notice: 'note' };
/** The rule id of a finding kind (item rules use the item id). */
function findingRuleId(check) {
    return `finding/${check}`;
}
function itemRule(item) {
    const example = item.example ? `\n\nExample:\n\n\`\`\`\n${item.example.replace(/\n+$/, '')}\n\`\`\`` : '';
    return {
        id: item.id,
        name: item.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()),
        shortDescription: { text: item.title },
        fullDescription: { text: `Checklist item "${item.id}" (${item.phase} phase): ${item.title}.` },
        help: { text: `${item.remediation}${item.example ? `\n\nExample:\n${item.example}` : ''}`, markdown: `${item.remediation}${example}` },
        defaultConfiguration: { level: 'warning' },
        properties: { tags: ['mlops', 'ci', item.phase] },
    };
}
function findingRule(f) {
    return {
        id: findingRuleId(f.check),
        name: `Finding${f.check.replace(/(^|[^A-Za-z0-9]+)(.)/g, (_m, _s, c) => c.toUpperCase())}`,
        shortDescription: { text: `mlops-ci-check finding: ${f.check}` },
        help: { text: `A finding of mlops-ci-check's "${f.check}" analysis. The message says what was seen at the place and what to change.` },
        defaultConfiguration: { level: LEVELS[f.severity] },
        properties: { tags: ['mlops', 'ci'] },
    };
}
function location(file, line, column, prefix) {
    if (/^[./]*$/.test(file))
        return undefined;
    const uri = (prefix ? `${prefix}/${file}` : file).split('/').map(encodeURIComponent).join('/');
    const region = line > 0 ? { region: { startLine: line, ...(column > 0 ? { startColumn: column } : {}) } } : {};
    return [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...region } }];
}
function itemResult(item, report, prefix) {
    const ev = item.evidence[0];
    const wf = report.workflows[0];
    const locations = ev ? location(ev.file, ev.line, ev.column, prefix) : wf ? location(wf.file, 1, 1, prefix) : undefined;
    return {
        ruleId: item.id,
        level: item.verdict === 'absent' ? 'warning' : 'note',
        message: { text: `${item.title}: ${item.verdict}. ${item.reason} Next step: ${item.remediation}` },
        ...(locations ? { locations } : {}),
        properties: { verdict: item.verdict, phase: item.phase },
    };
}
function findingResult(f, prefix) {
    const locations = location(f.file, f.line, f.column, prefix);
    return { ruleId: findingRuleId(f.check), level: LEVELS[f.severity], message: { text: f.message }, ...(locations ? { locations } : {}) };
}
function renderSarif(report, options = {}) {
    const prefix = (options.pathPrefix ?? '').replace(/^\.?\/+|\/+$/g, '');
    const findings = report.findings.filter((f) => !(0,_summary_details_js__WEBPACK_IMPORTED_MODULE_0__/* .isToolLimit */ .yv)(f));
    const findingRules = new Map();
    for (const f of findings)
        if (!findingRules.has(f.check))
            findingRules.set(f.check, findingRule(f));
    const rules = [...report.items.map(itemRule), ...[...findingRules.values()].sort((a, b) => a.id.localeCompare(b.id))];
    const open = report.items.filter((i) => i.verdict === 'present' || i.verdict === 'absent');
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
                automationDetails: { id: `${report.tool.name}/${prefix || '.'}/` },
                results: [...open.map((i) => itemResult(i, report, prefix)), ...findings.map((f) => findingResult(f, prefix))],
                properties: { score: report.score, level: report.level, ...(report.commit ? { commit: report.commit.sha } : {}) },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}


/***/ }),

/***/ 1497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ readLimitLine),
/* harmony export */   O8: () => (/* binding */ detailSections),
/* harmony export */   yv: () => (/* binding */ isToolLimit)
/* harmony export */ });
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1300);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3303);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _run_when_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8515);
/**
 * The folded end of the job summary: how the score is computed, the profile's reasons and the
 * config's changes, the workflows, the tests and when they run, the findings, and the findings
 * not annotated. Plus the one line for the tool's own limits. Pure.
 */





const SEVERITY_TITLES = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
const SEVERITIES = ['error', 'warning', 'notice'];
/** Files named in the read-limit line; the rest are counted. */
const READ_LIMIT_NAMED = 3;
/** Whether a finding is about a limit of the tool rather than the user's file. */
function isToolLimit(f) {
    return f.check === _model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .READ_LIMIT_CHECK */ .wc;
}
/** One line for the files the tool did not read because of its size limit, or nothing. */
function readLimitLine(findings) {
    const files = findings.filter(isToolLimit).map((f) => f.file);
    if (files.length === 0)
        return undefined;
    const named = files.slice(0, READ_LIMIT_NAMED).map(_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti).join(', ');
    const more = files.length > READ_LIMIT_NAMED ? ` and ${files.length - READ_LIMIT_NAMED} more` : '';
    return `\u2139\ufe0f Not read, over the size the tool reads: ${named}${more} (a limit of this tool, not a problem in the files).`;
}
function folded(summary, name, unit, body, rows) {
    return { name, unit, head: `<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)(summary)}</summary>\n\n${body}`, rows, foot: '\n</details>' };
}
function scoreSection(report) {
    const lines = [
        `- **Score:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(report.arithmetic)} (phase weight \u00d7 phase score, over the weights of the phases that apply)`,
        `- **Level:** ${(0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .textWithPlaces */ .ud)(report.levelExplanation, undefined)}`,
    ];
    return folded('How the score and the level are computed', 'How the score is computed', 'line', '', lines);
}
function profileSection(report, ctx) {
    const source = { inferred: 'inferred', config: 'set by the config file', input: 'set by an input' }[report.profile.source];
    const config = report.config.file ? `; config ${report.config.file}` : '';
    const rows = [...report.profile.reasons, ...report.config.changes].map((r) => `- ${(0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .textWithPlaces */ .ud)(r, ctx)}`);
    return folded(`Profile: ${report.profile.id} (${source})${config}`, 'Profile and configuration', 'line', '', rows);
}
/** How each provider's triggers read in the table (the model's event names are GitHub's). */
const TRIGGER_WORDS = {
    'gitlab-ci': { pull_request: 'merge requests', push: 'branch pushes', schedule: 'schedule', release: 'tags', workflow_dispatch: 'manual', repository_dispatch: 'other pipelines' },
    circleci: { pull_request: 'pull-request branches', push: 'every push', schedule: 'schedule', release: 'tags', workflow_dispatch: 'manual or API', repository_dispatch: 'other pipelines' },
};
const PROVIDER_LABELS = { 'github-actions': 'GitHub Actions', 'gitlab-ci': 'GitLab CI', circleci: 'CircleCI' };
function triggersCell(w) {
    if (w.triggers.length === 0)
        return '_none_';
    const words = w.provider === 'github-actions' ? undefined : TRIGGER_WORDS[w.provider];
    return w.triggers
        .map((t) => {
        const crons = (t.schedules ?? []).map((s) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(s.description));
        const event = words?.[t.event] ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(words[t.event]) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(t.event);
        return crons.length === 0 ? event : `${event} (${crons.join('; ')})`;
    })
        .join(', ');
}
function workflowsSection(workflows, ctx) {
    if (workflows.length === 0)
        return folded('CI pipelines (none)', 'CI pipelines', 'pipeline', '_No CI pipeline was found (GitHub workflows in .github/workflows, .gitlab-ci.yml, .circleci/config.yml)._', []);
    const rows = workflows.map((w) => {
        const file = (0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .placeMarkdown */ .Bo)({ file: w.file, line: 1 }, ctx);
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([w.name === null ? file : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .kq)(w.name)}<br>${file}`, PROVIDER_LABELS[w.provider], triggersCell(w)]);
    });
    return folded(`CI pipelines (${workflows.length})`, 'CI pipelines', 'pipeline', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHead */ .PP)(['Pipeline', 'CI', 'Triggers']), rows);
}
function testsSection(tests, unseen) {
    if (tests.files.length === 0)
        return [];
    const rows = tests.byKind.map((k) => {
        const runs = _run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_WHEN_ORDER */ .UP.filter((w) => k.runs[w] !== undefined).map((w) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(w === 'never' && unseen ? 'not seen in CI' : (0,_run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .runWhenLabel */ .QD)(w))}: ${(0,_run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .countText */ .lT)(k.runs[w])}`);
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableRow */ .jD)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(k.kind), (0,_run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .countText */ .lT)(k), runs.join('<br>') || ' ']);
    });
    const cases = tests.files.reduce((a, f) => a + f.cases, 0);
    const cadences = [...new Set(tests.files.flatMap((f) => f.schedules ?? []))].sort();
    // While steps that might run tests were not followed, a folder no followed step runs is "not seen running", not "never run" (CHECKLIST \u00a72).
    const fate = unseen ? 'run by no CI step the tool could follow' : 'never run in CI';
    const never = tests.neverRun.map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(n.folder)}: ${(0,_run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .countText */ .lT)(n)} ${fate}. ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .wrapWithCode */ .iC)(n.remediation)}`);
    if (unseen && never.length > 0)
        never.push(`- Not seen running is not proof they never run: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(unseen)}.`);
    const foot = [cadences.length > 0 ? `\nScheduled runs: ${cadences.map(_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV).join('; ')}.` : '', never.length > 0 ? `\n${never.join('\n')}` : ''].join('');
    const section = folded(`Tests: ${(0,_run_when_js__WEBPACK_IMPORTED_MODULE_4__/* .countText */ .lT)({ files: tests.files.length, cases })}, and when each kind runs`, 'Tests', 'test kind', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .tableHead */ .PP)(['Kind', 'Total', 'Runs on']), rows);
    return [{ ...section, foot: `${foot}\n\n</details>` }];
}
function findingLine(f, ctx) {
    return `- ${(0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .placeMarkdown */ .Bo)(f, ctx)} ${(0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .textWithPlaces */ .ud)(f.message, ctx)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(f.check)}`;
}
function findingSections(findings, ctx) {
    const shown = findings.filter((f) => !isToolLimit(f));
    return SEVERITIES.flatMap((severity) => {
        const group = shown.filter((f) => f.severity === severity);
        if (group.length === 0)
            return [];
        return [folded(`Findings: ${SEVERITY_TITLES[severity].toLowerCase()} (${group.length})`, `Findings: ${SEVERITY_TITLES[severity].toLowerCase()}`, 'finding', '', group.map((f) => findingLine(f, ctx)))];
    });
}
function cutAnnotationsSection(cut, ctx) {
    if (cut.length === 0)
        return [];
    const body = 'GitHub shows at most 10 annotations of each severity per step; these findings are not annotated on the diff:\n';
    return [folded(`Annotations not shown (${cut.length})`, 'Annotations not shown', 'finding', body, cut.map((f) => findingLine(f, ctx)))];
}
function detailSections(report, ctx, cut) {
    const sections = [
        ...findingSections(report.findings, ctx),
        ...cutAnnotationsSection(cut, ctx),
        ...testsSection(report.tests, (0,_model_report_js__WEBPACK_IMPORTED_MODULE_1__/* .unseenTestRuns */ .Ps)(report.unfollowed)),
        scoreSection(report),
        profileSection(report, ctx),
        workflowsSection(report.workflows, ctx),
    ];
    if (sections.length > 0)
        sections[0] = { ...sections[0], head: `### Details\n\n${sections[0].head}` };
    return sections;
}


/***/ })

};
