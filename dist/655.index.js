export const id = 655;
export const ids = [655,143];
export const modules = {

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


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ gateLine),
/* harmony export */   DZ: () => (/* binding */ comparedBase),
/* harmony export */   FM: () => (/* binding */ nextStepLines),
/* harmony export */   H8: () => (/* binding */ orderedChanges),
/* harmony export */   NY: () => (/* binding */ causeMarkdown),
/* harmony export */   QI: () => (/* binding */ verdictChange),
/* harmony export */   Zq: () => (/* binding */ levelTitle),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   ky: () => (/* binding */ headingText),
/* harmony export */   n_: () => (/* binding */ VERDICT_ICONS),
/* harmony export */   qk: () => (/* binding */ baseNote)
/* harmony export */ });
/* unused harmony exports BAND_MIN, BAND_ICONS, scoreBand, hasGate, headingIcon, signed, hasChange */
/* harmony import */ var _score_level_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4820);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3303);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



/** Score bands for a report with no gate (no pass or fail is claimed): 75 and up, 40 and up, below. */
const BAND_MIN = { high: 75, medium: 40 };
const BAND_ICONS = { high: '\ud83d\udfe2', medium: '\ud83d\udfe0', low: '\ud83d\udd34' };
const VERDICT_ICONS = { automated: '\u2705', present: '\ud83d\udfe1', absent: '\u274c', 'not-applicable': '\u2796', error: '\u26a0\ufe0f' };
function scoreBand(score) {
    if (score >= BAND_MIN.high)
        return 'high';
    return score >= BAND_MIN.medium ? 'medium' : 'low';
}
function hasGate(gate) {
    return gate.minScore > 0 || gate.minLevel > 0;
}
/** \u2705 or \u274c only when a threshold was set (or failed); otherwise the score's band, which claims no pass. */
function headingIcon(report) {
    if (!report.gate.passed)
        return '\u274c';
    if (hasGate(report.gate))
        return '\u2705';
    return BAND_ICONS[scoreBand(report.score)];
}
function levelTitle(level) {
    return _score_level_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVEL_TITLES */ .vX[level] ?? `level ${level}`;
}
/** `\u22125`, `+3`, `\u00b10`, with a real minus sign. */
function signed(n) {
    if (n === 0)
        return '\u00b10';
    return n > 0 ? `+${n}` : `\u2212${Math.abs(n)}`;
}
/** The base when it was analysed. */
function comparedBase(report) {
    const b = report.base;
    return b && b.compared && b.score !== undefined && b.level !== undefined ? b : undefined;
}
/** `68 \u2192 63 (\u22125), level 1 \u2192 1`: the change against the base, for the heading. */
function changeText(report) {
    const base = comparedBase(report);
    if (!base)
        return undefined;
    const delta = report.score - base.score;
    const score = delta === 0 ? `score unchanged (${report.score})` : `${base.score} \u2192 ${report.score} (${signed(delta)})`;
    const level = base.level === report.level ? `level ${report.level} unchanged` : `level ${base.level} \u2192 ${report.level}`;
    return `${score}, ${level}`;
}
/** Whether the pull request changed what the comment's on-change mode watches: score, level, a verdict or the gate. */
function hasChange(report) {
    const base = comparedBase(report);
    if (!base)
        return false;
    return base.score !== report.score || base.level !== report.level || (base.changes ?? []).length > 0 || (base.passed !== undefined && base.passed !== report.gate.passed);
}
/** The heading text after the `#` marks: icon, score, level, and the change. */
function headingText(report, where = '') {
    const change = changeText(report);
    const head = `${headingIcon(report)} MLOps CI check${where}: ${report.score}/100 \u00b7 level ${report.level} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(levelTitle(report.level))})`;
    return change ? `${head} \u00b7 this PR: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(change)}` : head;
}
/** The gate in one line, or undefined when no threshold is set (then nothing passed or failed). */
function gateLine(gate) {
    if (!gate.passed)
        return `\u274c **Gate failed:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(gate.reasons.join('; '))}.`;
    if (!hasGate(gate))
        return undefined;
    const set = [gate.minScore > 0 ? `min-score ${gate.minScore}` : '', gate.minLevel > 0 ? `min-level ${gate.minLevel}` : ''].filter(Boolean).join(', ');
    return `\u2705 **Gate passed** (${set}).`;
}
/** Why the base could not be compared, or nothing. */
function baseNote(report) {
    const b = report.base;
    return b && !b.compared && b.note ? `\u2139\ufe0f ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapWithCode */ .iC)(b.note)}` : undefined;
}
/** One next step as a list line: title, verdict, gain, why it comes first, and what to do. */
function nextStepLines(report, options) {
    return report.nextSteps.map((n, i) => {
        const item = report.items.find((x) => x.id === n.id);
        const why = n.reason === 'level' && n.level ? `needed for level ${n.level}` : `+${n.gain} points`;
        const gain = n.reason === 'level' ? ` \u00b7 +${n.gain} points` : '';
        const todo = options.remediation && item ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .wrapWithCode */ .iC)(item.remediation)}` : '';
        return `${i + 1}. ${VERDICT_ICONS[n.verdict]} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(n.title)}** (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(n.id)}, ${why}${gain})${todo}`;
    });
}
const CHANGE_WORDS = {
    removed: 'removed',
    added: 'added',
    'file-removed': 'file removed',
    'file-added': 'file added',
    'changed-elsewhere': 'no cited line changed',
};
/** A cause as markdown: the place (a link at the commit of its side) and what changed there. */
function causeMarkdown(cause, links) {
    if (cause.change === 'changed-elsewhere')
        return `_${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(cause.text)}_`;
    const ctx = cause.side === 'base' ? links.base : links.head;
    const place = (0,_links_js__WEBPACK_IMPORTED_MODULE_1__/* .placeMarkdown */ .Bo)({ file: cause.file, line: cause.line }, ctx);
    const text = cause.text === '' ? '' : ` ${wrappingQuote(cause.text)}`;
    return `${place} ${CHANGE_WORDS[cause.change]}${text}`;
}
function wrappingQuote(text) {
    return `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeWrapping */ .EW)(text)}</code>`;
}
/** `\u2705 automated \u2192 \ud83d\udfe1 present`, or `\u2705 \u2192 \ud83d\udfe1` when `short`. */
function verdictChange(c, short = false) {
    if (short)
        return `${VERDICT_ICONS[c.before]} \u2192 ${VERDICT_ICONS[c.after]}`;
    return `${VERDICT_ICONS[c.before]} ${c.before} \u2192 ${VERDICT_ICONS[c.after]} ${c.after}`;
}
/** Lowered first (a reviewer's first worry), then raised, each in checklist order. */
function orderedChanges(changes) {
    const rank = (v) => ({ automated: 3, present: 2, absent: 1, 'not-applicable': 0, error: 0 })[v];
    const lowered = changes.filter((c) => rank(c.after) < rank(c.before));
    return [...lowered, ...changes.filter((c) => !lowered.includes(c))];
}


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ githubSections),
/* harmony export */   P0: () => (/* binding */ historySections),
/* harmony export */   jO: () => (/* binding */ historyTextLines)
/* harmony export */ });
/* unused harmony export lastYearCommits */
/* harmony import */ var _history_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4473);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);


function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
function when(iso) {
    return iso === null ? '\u2013' : (0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(iso);
}
/** Commits in the last 12 months of the 24 kept, for a compact cell. */
function lastYearCommits(a) {
    return a.perMonth.slice(-12).reduce((n, m) => n + m.commits, 0);
}
function activityRow(name, a) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([name, String(a.commits), String(a.authors), when(a.firstChange), when(a.lastChange), String(lastYearCommits(a))]);
}
function historySections(h) {
    if (h === undefined)
        return [];
    if (h.status !== 'available' || !h.repository) {
        return [{ name: 'CI history', unit: 'line', head: `### CI history\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(h.message ?? 'History not read.')}`, rows: [] }];
    }
    const r = h.repository;
    const lead = `### CI history\n\nFirst commit on ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(r.firstCommit.date)} (${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .spanInWords */ .zw)(r.ageDays)} before ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(h.asOf)}); ${plural(r.commits, 'commit')} by ${plural(r.authors, 'author')} (counted by e-mail).\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['Paths', 'Commits', 'Authors', 'First change', 'Last change', 'Last 12 months'])}`;
    const rows = [
        ...(h.ci ? [activityRow('CI (workflows and CI files)', h.ci)] : []),
        ...(h.tests ? [activityRow(`Tests${h.tests.paths.length > 0 ? ` (${h.tests.paths.slice(0, 3).map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti).join(', ')}${h.tests.paths.length > 3 ? ', \u2026' : ''})` : ''}`, h.tests)] : []),
        ...(h.code ? [activityRow('Code (the rest, documentation left out)', h.code)] : []),
    ];
    const sections = [{ name: 'CI history', unit: 'row', head: lead, rows }];
    if (h.workflows && h.workflows.length > 0) {
        sections.push({
            name: 'Workflow history',
            unit: 'workflow',
            head: `#### Workflow files\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableHead */ .PP)(['Workflow', 'Created', 'Last changed', 'Commits'])}`,
            rows: h.workflows.map((w) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(w.file), (0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(w.created), (0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(w.lastChanged), String(w.commits)])),
        });
    }
    return sections;
}
function githubSections(g) {
    if (g === undefined)
        return [];
    if (g.status !== 'available')
        return [{ name: 'GitHub', unit: 'line', head: `### GitHub\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(g.message ?? 'Skipped.')}`, rows: [] }];
    const bug = g.issues ? `; ${g.issues.bugs} of the last ${g.issues.sampled} issues are labelled as bugs (${Math.round(g.issues.bugShare * 100)}%)` : '';
    return [{ name: 'GitHub', unit: 'line', head: `### GitHub\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(g.repository ?? '')}: ${g.stars ?? 0} stars, ${g.forks ?? 0} forks, ${g.openIssues ?? 0} open issues${bug}.`, rows: [] }];
}
/** Plain lines for the terminal report. */
function historyTextLines(h, g) {
    const lines = [];
    if (h !== undefined) {
        lines.push('', 'CI history');
        if (h.status !== 'available' || !h.repository)
            lines.push(`  ${h.message ?? 'History not read.'}`);
        else {
            const r = h.repository;
            lines.push(`  first commit ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(r.firstCommit.date)} (${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .spanInWords */ .zw)(r.ageDays)} before ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(h.asOf)}), ${plural(r.commits, 'commit')}, ${plural(r.authors, 'author')} (by e-mail)`);
            const row = (name, a) => {
                if (a)
                    lines.push(`  ${name.padEnd(6)} ${String(a.commits).padStart(6)} commits  ${String(a.authors).padStart(4)} authors  first ${when(a.firstChange)}, last ${when(a.lastChange)}, ${lastYearCommits(a)} in the last 12 months`);
            };
            row('ci', h.ci);
            row('tests', h.tests);
            row('code', h.code);
            for (const w of h.workflows ?? [])
                lines.push(`  ${w.file}: created ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(w.created)}, last changed ${(0,_history_words_js__WEBPACK_IMPORTED_MODULE_1__/* .dateInWords */ .$y)(w.lastChanged)}, ${w.commits} commit${w.commits === 1 ? '' : 's'}`);
        }
    }
    if (g !== undefined) {
        lines.push('', 'GitHub');
        if (g.status !== 'available')
            lines.push(`  ${g.message ?? 'Skipped.'}`);
        else
            lines.push(`  ${g.repository}: ${g.stars} stars, ${g.forks} forks, ${g.openIssues} open issues${g.issues ? `, ${g.issues.bugs}/${g.issues.sampled} recent issues are bugs` : ''}`);
    }
    return lines;
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


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVIDENCE_PER_ITEM: () => (/* binding */ EVIDENCE_PER_ITEM),
  SUMMARY_MAX_BYTES: () => (/* binding */ SUMMARY_MAX_BYTES),
  VERDICT_BADGES: () => (/* binding */ VERDICT_BADGES),
  baseLinks: () => (/* binding */ baseLinks),
  levelTitle: () => (/* reexport */ headline/* levelTitle */.Zq),
  nextStepText: () => (/* binding */ nextStepText),
  phaseOverview: () => (/* binding */ phaseOverview),
  phaseScoreText: () => (/* binding */ phaseScoreText),
  profileText: () => (/* binding */ profileText),
  renderSummary: () => (/* binding */ renderSummary)
});

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * Keeps a markdown document under a byte limit (GitHub refuses a job summary over 1 MiB
 * and a comment over 65,536 characters) by cutting whole rows, then whole sections, from the end, and saying what was cut.
 */
const SUMMARY_LIMIT = { document: 'summary', platform: 'GitHub accepts at most 1 MiB per step' };
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function counted(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
/** After a blank line: a line right under a table would be read as one more row. */
function cutLine(n, unit, document) {
    return `\n\n_\u2026 and ${counted(n, `more ${unit}`)}, cut to keep the ${document} under its size limit._`;
}
function sectionBytes(s) {
    if (s.kept === 0)
        return 0;
    const cut = s.section.rows.length - s.kept;
    // head + "\n" + rows each followed by "\n"... joined as in renderSection, plus "\n\n" between sections.
    return s.headBytes + s.keptBytes + (cut > 0 ? bytes(cutLine(cut, s.section.unit, s.document)) : 0) + s.footBytes + 2;
}
function renderSection(s) {
    const cut = s.section.rows.length - s.kept;
    let out = s.section.head;
    for (const row of s.section.rows.slice(0, s.kept))
        out += `\n${row}`;
    if (cut > 0)
        out += cutLine(cut, s.section.unit, s.document);
    if (s.section.foot !== undefined)
        out += `\n${s.section.foot}`;
    return `${out}\n\n`;
}
function formatBytes(n) {
    if (n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
function cutNote(states, maxBytes, limit) {
    const parts = [];
    for (const s of states) {
        const total = s.section.rows.length;
        const cut = total - s.kept;
        if (s.kept === 0)
            parts.push(`the whole "${s.section.name}" section (${counted(total, s.section.unit)})`);
        else if (cut > 0)
            parts.push(`${cut} of ${counted(total, s.section.unit)} in "${s.section.name}"`);
    }
    if (parts.length === 0)
        return '';
    return `---\n**Cut to fit:** this ${limit.document} is limited to ${formatBytes(maxBytes)} (${limit.platform}), so it leaves out ${parts.join('; ')}.\n`;
}
/**
 * Cuts one row of the last section still shown and returns how many bytes that saved
 * (undefined when nothing is left to cut). A section whose last row goes is dropped whole:
 * a heading over nothing says nothing.
 */
function cutOne(states) {
    for (let i = states.length - 1; i >= 0; i--) {
        const s = states[i];
        if (s.kept === 0)
            continue;
        const before = sectionBytes(s);
        if (s.kept === 1 || s.section.rows.length === 0) {
            s.kept = 0;
            s.keptBytes = 0;
        }
        else {
            s.kept -= 1;
            s.keptBytes -= s.rowBytes[s.kept];
        }
        return before - sectionBytes(s);
    }
    return undefined;
}
/** Truncates to at most `max` bytes without splitting a character. */
function truncateBytes(text, max) {
    const buf = Buffer.from(text, 'utf8');
    if (buf.length <= max)
        return text;
    let end = max;
    while (end > 0 && (buf[end] & 0xc0) === 0x80)
        end--;
    return buf.subarray(0, end).toString('utf8');
}
/**
 * `lead` is never cut; sections are cut from the end until everything, with the note,
 * fits in `maxBytes`.
 */
function fitSections(lead, sections, maxBytes, limit = SUMMARY_LIMIT) {
    const states = sections.map((section) => {
        const rowBytes = section.rows.map((r) => bytes(r) + 1);
        return {
            section,
            // A section with no rows (an empty table's explanation) is kept until cut whole.
            kept: section.rows.length === 0 ? 1 : section.rows.length,
            headBytes: bytes(section.head),
            rowBytes,
            footBytes: section.foot === undefined ? 0 : bytes(section.foot) + 1,
            keptBytes: rowBytes.reduce((a, b) => a + b, 0),
            document: limit.document,
        };
    });
    const leadText = `${lead}\n\n`;
    const leadBytes = bytes(leadText);
    let total = leadBytes + states.reduce((a, s) => a + sectionBytes(s), 0);
    while (total + bytes(cutNote(states, maxBytes, limit)) > maxBytes) {
        const saved = cutOne(states);
        if (saved === undefined)
            break;
        total -= saved;
    }
    const body = leadText + states.filter((s) => s.kept > 0).map(renderSection).join('') + cutNote(states, maxBytes, limit);
    return truncateBytes(body, maxBytes);
}

// EXTERNAL MODULE: ./src/report/headline.ts
var headline = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/report/history-markdown.ts
var history_markdown = __webpack_require__(6234);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/links.ts
var report_links = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/report/summary-items.ts



/** Evidence shown per item; the rest is counted. */
const EVIDENCE_SHOWN = 3;
/** New findings on changed lines listed; the rest is counted. */
const NEW_FINDINGS_SHOWN = 20;
/** A condition longer than this (a job's whole `if:` expression) is cut; the JSON report keeps it whole. */
const CONDITION_CHARS = 120;
function clipCondition(c) {
    if (c.length <= CONDITION_CHARS)
        return c;
    const cut = c.slice(0, CONDITION_CHARS - 1);
    // A code span cut open would show its backtick: drop it from its opening backtick.
    const open = (cut.match(/`/g) ?? []).length % 2 === 1;
    return `${open ? cut.slice(0, cut.lastIndexOf('`')) : cut}\u2026`;
}
function conditionText(ev, ctx) {
    const conditions = (ev.conditions ?? []).map(clipCondition);
    return conditions.length === 0 ? '' : ` _(${(0,report_links/* textWithPlaces */.ud)(conditions.join('; '), ctx)})_`;
}
/** Evidence lines: the place as a link, then what was seen (its file is not repeated). */
function evidenceLines(item, ctx, shown = EVIDENCE_SHOWN) {
    const lines = item.evidence.slice(0, shown).map((ev) => `${(0,report_links/* placeMarkdown */.Bo)(ev, ctx)} ${(0,report_links/* textWithPlaces */.ud)(dropFileName(ev), ctx)}${conditionText(ev, ctx)}`);
    const more = item.evidence.length - shown;
    if (more > 0)
        lines.push(`and ${more} more`);
    return lines;
}
/** A message that opens by naming its own file (`".github/workflows/ci.yml" runs on ...`) says it once: the place already names it. */
function dropFileName(ev) {
    const quoted = `"${ev.file}"`;
    if (ev.message.startsWith(`${quoted} `))
        return `It ${ev.message.slice(quoted.length + 1)}`;
    // `Lock file "frontend/package-lock.json" pins the environment.` \u2192 `Lock file pins the environment.`
    return ev.message.replace(` ${quoted}`, '');
}
function itemName(item) {
    return `${headline/* VERDICT_ICONS */.n_[item.verdict]} **${(0,markdown/* escapeCell */.kq)(item.title)}**<br>${(0,markdown/* inlineCode */.ti)(item.id)}`;
}
function changeSections(report, links) {
    const base = (0,headline/* comparedBase */.DZ)(report);
    if (!base)
        return [];
    const changes = (0,headline/* orderedChanges */.H8)(base.changes ?? []);
    const sections = [];
    const short = (0,markdown/* escapeMarkdown */.FV)(base.sha.slice(0, 7));
    if (changes.length === 0) {
        sections.push({ name: 'What this PR changed', unit: 'item', head: `### What this PR changed\n\nNo verdict changed against the base (${short}).`, rows: [] });
    }
    else {
        sections.push({
            name: 'What this PR changed',
            unit: 'item',
            head: `### What this PR changed\n\nAgainst the base (${short}), ${changes.length === 1 ? '1 verdict changed' : `${changes.length} verdicts changed`}:\n\n${(0,markdown/* tableHead */.PP)(['Item', 'Before \u2192 after', 'Because'])}`,
            rows: changes.map((c) => (0,markdown/* tableRow */.jD)([`**${(0,markdown/* escapeCell */.kq)(c.title)}**<br>${(0,markdown/* inlineCode */.ti)(c.id)}`, (0,headline/* verdictChange */.QI)(c), c.causes.map((x) => (0,headline/* causeMarkdown */.NY)(x, links)).join('<br>') || ' '])),
        });
    }
    const fresh = base.newFindings ?? [];
    if (fresh.length > 0) {
        const rows = fresh.slice(0, NEW_FINDINGS_SHOWN).map((f) => `- ${(0,report_links/* placeMarkdown */.Bo)(f, links.head)} ${(0,report_links/* textWithPlaces */.ud)(f.message, links.head)} ${(0,markdown/* inlineCode */.ti)(f.check)}`);
        if (fresh.length > NEW_FINDINGS_SHOWN)
            rows.push(`- and ${fresh.length - NEW_FINDINGS_SHOWN} more (see Findings below)`);
        sections.push({ name: 'New findings on changed lines', unit: 'finding', head: `**New findings on lines this PR changed (${fresh.length})**\n`, rows });
    }
    return sections;
}
/**
 * Points the overall score would gain if the item were automated: its phase's score rises by
 * (1 \u2212 points) / (applicable items) \u00d7 100, weighted by the phase's share of the weights.
 */
function itemGain(report, item) {
    const phase = report.phases.find((p) => p.id === item.phase);
    const total = report.phases.filter((p) => p.score !== null && p.weight > 0).reduce((a, p) => a + p.weight, 0);
    const applicable = report.items.filter((i) => i.phase === item.phase && i.points !== null).length;
    if (!phase || item.points === null || total === 0 || applicable === 0)
        return 0;
    return Math.round(((phase.weight / total) * ((1 - item.points) / applicable) * 100) * 10) / 10;
}
/** Open items (present or absent): the next steps in their order first, then the rest by gain. */
function openItems(report) {
    const first = new Map(report.nextSteps.map((n, i) => [n.id, i]));
    const key = (i) => first.get(i.id) ?? Number.POSITIVE_INFINITY;
    return report.items
        .filter((i) => i.verdict === 'present' || i.verdict === 'absent')
        .sort((a, b) => key(a) - key(b) || itemGain(report, b) - itemGain(report, a) || report.items.indexOf(a) - report.items.indexOf(b));
}
function openItemSections(report, ctx) {
    const open = openItems(report);
    if (open.length === 0) {
        const automated = report.items.filter((i) => i.verdict === 'automated').length;
        return [{ name: 'Open items', unit: 'item', head: `### Open items\n\nEvery applicable item (${automated}) is automated in CI.`, rows: [] }];
    }
    const phaseTitles = new Map(report.phases.map((p) => [p.id, p.title]));
    const rows = open.map((item) => {
        const why = [(0,report_links/* textWithPlaces */.ud)(item.reason, ctx), ...evidenceLines(item, ctx)].join('<br>');
        const phase = (0,markdown/* escapeMarkdown */.FV)(phaseTitles.get(item.phase) ?? item.phase);
        return (0,markdown/* tableRow */.jD)([`${itemName(item)}<br>${phase} \u00b7 +${itemGain(report, item)}`, why, (0,markdown/* wrapWithCode */.iC)(item.remediation)]);
    });
    const sections = [{ name: 'Open items', unit: 'item', head: `### Open items (${open.length}), by what they gain\n\n${(0,markdown/* tableHead */.PP)(['Item', 'Why', 'Next step'])}`, rows }];
    const examples = open.filter((i) => i.example !== undefined);
    if (examples.length > 0) {
        sections.push({
            name: 'Examples',
            unit: 'example',
            head: `<details><summary>Examples for the open items (${examples.length})</summary>\n`,
            rows: examples.map((i) => `\n**${(0,markdown/* escapeMarkdown */.FV)(i.title)}** (${(0,markdown/* inlineCode */.ti)(i.id)})\n\n${(0,markdown/* codeBlock */.DV)(i.example)}`),
            foot: '\n</details>',
        });
    }
    return sections;
}
/** Automated items folded per phase, then the not-applicable ones: evidence one click away. */
function automatedSections(report, ctx) {
    const sections = [];
    for (const phase of report.phases) {
        const items = report.items.filter((i) => i.phase === phase.id && i.verdict === 'automated');
        if (items.length === 0)
            continue;
        const applicable = report.items.filter((i) => i.phase === phase.id && i.verdict !== 'not-applicable').length;
        const title = `${headline/* VERDICT_ICONS */.n_.automated} ${phase.title}: ${items.length} of ${applicable} automated`;
        sections.push({
            name: `${phase.title}: automated`,
            unit: 'item',
            head: `${sections.length === 0 ? '### Automated\n\n' : ''}<details><summary>${(0,markdown/* escapeHtml */.ZD)(title)}</summary>\n\n${(0,markdown/* tableHead */.PP)(['Item', 'Evidence'])}`,
            rows: items.map((i) => (0,markdown/* tableRow */.jD)([itemName(i), evidenceLines(i, ctx).join('<br>') || (0,markdown/* wrapWithCode */.iC)(i.reason)])),
            foot: '\n</details>',
        });
    }
    const failed = report.items.filter((i) => i.verdict === 'error');
    if (failed.length > 0) {
        sections.push({
            name: 'Could not decide',
            unit: 'item',
            head: `<details><summary>${(0,markdown/* escapeHtml */.ZD)(`${headline/* VERDICT_ICONS */.n_.error} Could not decide, left out of the score (${failed.length})`)}</summary>\n\n${(0,markdown/* tableHead */.PP)(['Item', 'Why'])}`,
            rows: failed.map((i) => (0,markdown/* tableRow */.jD)([itemName(i), (0,markdown/* wrapWithCode */.iC)(i.reason)])),
            foot: '\n</details>',
        });
    }
    const na = report.items.filter((i) => i.verdict === 'not-applicable');
    if (na.length > 0) {
        sections.push({
            name: 'Not applicable',
            unit: 'item',
            head: `<details><summary>${(0,markdown/* escapeHtml */.ZD)(`${headline/* VERDICT_ICONS */.n_['not-applicable']} Not applicable here (${na.length})`)}</summary>\n\n${(0,markdown/* tableHead */.PP)(['Item', 'Why'])}`,
            rows: na.map((i) => (0,markdown/* tableRow */.jD)([itemName(i), (0,markdown/* wrapWithCode */.iC)(i.reason)])),
            foot: '\n</details>',
        });
    }
    return sections;
}

// EXTERNAL MODULE: ./src/report/summary-details.ts
var summary_details = __webpack_require__(1497);
// EXTERNAL MODULE: ./src/report/unfollowed.ts
var report_unfollowed = __webpack_require__(911);
;// CONCATENATED MODULE: ./src/report/summary.ts







const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Evidence shown per item; the rest is counted. */
const EVIDENCE_PER_ITEM = 3;
const VERDICT_BADGES = {
    automated: `${headline/* VERDICT_ICONS */.n_.automated} automated`,
    present: `${headline/* VERDICT_ICONS */.n_.present} present`,
    absent: `${headline/* VERDICT_ICONS */.n_.absent} absent`,
    'not-applicable': `${headline/* VERDICT_ICONS */.n_['not-applicable']} not applicable`,
    error: `${headline/* VERDICT_ICONS */.n_.error} error (not scored)`,
};

function phaseScoreText(p) {
    return p.score === null ? 'n/a' : `${p.score}/100`;
}
/** The links for evidence at the base commit (same repository, the base's sha). */
function baseLinks(report, links) {
    return links && report.base ? { ...links, sha: report.base.sha } : undefined;
}
/**
 * The item whose automation comes first (by the ladder), with its points and remediation,
 * then the others by name (shared with the terminal).
 */
function nextStepText(report, text, code) {
    const [first, ...rest] = report.nextSteps;
    if (!first)
        return undefined;
    const item = report.items.find((i) => i.id === first.id);
    const why = first.reason === 'level' && first.level ? `needed for level ${first.level}, +${first.gain} points` : `+${first.gain} points`;
    const then = rest.length > 0 ? ` Then ${rest.map((n) => `${code(n.id)} (+${n.gain})`).join(', ')}.` : '';
    return `${text(first.title)} (${code(first.id)}, ${why}): ${text(item?.remediation ?? '')}${then}`;
}
const PROFILE_SOURCE = { inferred: 'inferred', config: 'set by the config file', input: 'set by an input' };
/** `ml-library` (inferred): which phases apply follows from it; the reasons are listed apart. */
function profileText(report, code) {
    return `${code(report.profile.id)} (${PROFILE_SOURCE[report.profile.source]})`;
}
/** Phase | Score | \u2705 | \ud83d\udfe1 | \u274c | \u2796: where the gaps are, at a glance. */
function phaseOverview(report) {
    // A check that could not decide is rare: its column shows only when one did.
    const errors = report.items.some((i) => i.verdict === 'error');
    const head = (0,markdown/* tableHead */.PP)(['Phase', 'Score', `${headline/* VERDICT_ICONS */.n_.automated} automated`, `${headline/* VERDICT_ICONS */.n_.present} present`, `${headline/* VERDICT_ICONS */.n_.absent} absent`, `${headline/* VERDICT_ICONS */.n_['not-applicable']} n/a`, ...(errors ? [`${headline/* VERDICT_ICONS */.n_.error} error`] : [])]);
    const rows = report.phases.map((p) => {
        const items = report.items.filter((i) => i.phase === p.id);
        const count = (v) => {
            const n = items.filter((i) => i.verdict === v).length;
            return n === 0 ? ' ' : String(n);
        };
        const weakest = p.id === report.weakestPhase ? ' (weakest)' : '';
        return (0,markdown/* tableRow */.jD)([`${(0,markdown/* escapeMarkdown */.FV)(p.title)}${weakest}`, p.score === null ? 'n/a' : String(p.score), count('automated'), count('present'), count('absent'), count('not-applicable'), ...(errors ? [count('error')] : [])]);
    });
    return [head, ...rows].join('\n');
}
function renderLead(report, ctx) {
    const lines = [`## ${(0,headline/* headingText */.ky)(report)}`, ''];
    const facts = [(0,headline/* gateLine */.C_)(report.gate), (0,headline/* baseNote */.qk)(report), (0,summary_details/* readLimitLine */.IG)(report.findings)].filter((x) => x !== undefined);
    if (facts.length > 0)
        lines.push(facts.join('\\\n'), '');
    const unfollowed = (0,report_unfollowed/* unfollowedHeadline */.qn)(report);
    if (unfollowed)
        lines.push(`\ud83d\udd0d **Not followed:** ${(0,markdown/* escapeMarkdown */.FV)(unfollowed)}`, '', ...(0,report_unfollowed/* unfollowedMarkdownLines */.W$)(report, ctx, report_unfollowed/* UNFOLLOWED_LISTED */.Ov), '');
    const steps = (0,headline/* nextStepLines */.FM)(report, { remediation: true });
    if (steps.length > 0)
        lines.push(`**Next steps** (what the next level needs first, then the most points):`, '', ...steps, '');
    lines.push(phaseOverview(report));
    return lines.join('\n');
}
function renderSummary(report, options = {}) {
    const ctx = options.links;
    const sections = [
        ...changeSections(report, { ...(ctx ? { head: ctx } : {}), ...(baseLinks(report, ctx) ? { base: baseLinks(report, ctx) } : {}) }),
        ...openItemSections(report, ctx),
        ...automatedSections(report, ctx),
        ...(0,history_markdown/* historySections */.P0)(report.history),
        ...(0,history_markdown/* githubSections */.EW)(report.github),
        ...(0,summary_details/* detailSections */.O8)(report, ctx, options.cutAnnotations ?? []),
    ];
    return fitSections(renderLead(report, ctx), sections, options.maxBytes ?? SUMMARY_MAX_BYTES);
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   wrapLine: () => (/* binding */ wrapLine)
/* harmony export */ });
/* harmony import */ var _history_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6234);
/* harmony import */ var _score_level_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4820);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3303);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4512);
/* harmony import */ var _summary_details_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1497);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(143);
/* harmony import */ var _run_when_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8515);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5235);
/* harmony import */ var _unfollowed_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(911);
/**
 * The report for a terminal: header (score, level, gate), one line per item with its first
 * piece of evidence, the next step for every gap, the tests table and the findings as
 * `file:line:col: severity: message [check]` (the form editors and actionlint use).
 * ANSI colour only when asked; without it the output holds no escape code at all.
 */









const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39] };
function painter(color) {
    if (!color)
        return (_style, text) => text;
    return (style, text) => `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m`;
}
const VERDICT_MARKS = {
    automated: { mark: '\u2714', style: 'green' },
    present: { mark: '\u25d0', style: 'yellow' },
    absent: { mark: '\u2718', style: 'red' },
    'not-applicable': { mark: '\u2013', style: 'dim' },
    error: { mark: '!', style: 'red' },
};
const SEVERITY_STYLES = { error: 'red', warning: 'yellow', notice: 'cyan' };
const VERDICT_WIDTH = 'not-applicable'.length;
/** Control characters from repository text must not reach the terminal (an ESC could recolour or move the cursor). */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** The verdict in one line: score, level, the change against the base, the gate. Printed first and last. */
function verdictLine(report, paint) {
    const level = _score_level_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVEL_TITLES */ .vX[report.level] ?? `level ${report.level}`;
    const gate = report.gate.passed
        ? paint('green', report.gate.minScore > 0 || report.gate.minLevel > 0 ? 'gate passed' : 'no gate set')
        : paint('red', `gate FAILED: ${clean(report.gate.reasons.join('; '))}`);
    const change = (0,_headline_js__WEBPACK_IMPORTED_MODULE_3__/* .changeText */ .k0)(report);
    return `${paint('bold', `Score ${report.score}/100`)} \u00b7 level ${report.level} (${level})${change ? ` \u00b7 this change: ${change}` : ''} \u00b7 ${gate}`;
}
/** Profile and config in one line; every reason only with --verbose. */
function profileLines(report, verbose) {
    const head = `Profile: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__.profileText)(report, (s) => s)}${report.config.file ? ` \u00b7 config ${clean(report.config.file)}` : ''}`;
    const reasons = [...report.profile.reasons, ...report.config.changes];
    if (verbose)
        return [head, ...reasons.map((r) => `  - ${clean(r)}`)];
    if (reasons.length === 0)
        return [head];
    const more = reasons.length > 1 ? ` (+${reasons.length - 1} more with --verbose)` : '';
    return [`${head}: ${clean(reasons[0])}${more}`];
}
function renderHeader(report, paint, verbose) {
    const weakest = report.phases.find((p) => p.id === report.weakestPhase);
    const next = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__.nextStepText)(report, clean, (id) => id);
    const limits = report.findings.filter(_summary_details_js__WEBPACK_IMPORTED_MODULE_4__/* .isToolLimit */ .yv).map((f) => clean(f.file));
    const base = report.base;
    return [
        paint('bold', `${report.tool.name} ${report.tool.version} \u00b7 ${clean(report.path)}`),
        verdictLine(report, paint),
        ...(base && !base.compared && base.note ? [paint('dim', clean(base.note))] : []),
        `Weakest phase: ${weakest ? `${weakest.title} (${weakest.score}/100)` : 'none'} \u00b7 ${clean(report.arithmetic)}`,
        clean(report.levelExplanation),
        ...(next ? [`${paint('cyan', 'Next step:')} ${next}`] : []),
        ...profileLines(report, verbose),
        ...(limits.length > 0 ? [paint('dim', `Not read, over the size the tool reads: ${limits.join(', ')}`)] : []),
    ];
}
/** The automated steps not followed, after the header: a sentence, then up to 10 at their line. */
function renderUnfollowed(report, paint) {
    const head = (0,_unfollowed_js__WEBPACK_IMPORTED_MODULE_7__/* .unfollowedHeadline */ .qn)(report);
    if (!head)
        return [];
    return ['', `${paint('yellow', 'Not followed:')} ${clean(head)}`, ...(0,_unfollowed_js__WEBPACK_IMPORTED_MODULE_7__/* .unfollowedTextLines */ .Il)(report, clean)];
}
function renderChanges(report, paint) {
    const base = report.base;
    if (!base?.compared)
        return [];
    const changes = base.changes ?? [];
    const lines = ['', paint('bold', `This change, against ${base.sha.slice(0, 7)}: ${changes.length === 0 ? 'no verdict changed' : `${changes.length} verdict${changes.length === 1 ? '' : 's'} changed`}`)];
    for (const c of changes) {
        const cause = c.causes[0];
        const why = cause === undefined ? '' : cause.change === 'changed-elsewhere' ? ` (${clean(cause.text)})` : ` (${clean(cause.file)}:${cause.line} ${cause.change.replace('-', ' ')}${cause.text ? `: ${clean(cause.text)}` : ''})`;
        lines.push(`  ${paint('bold', c.id)}  ${c.before} \u2192 ${paint(VERDICT_MARKS[c.after].style, c.after)}${why}`);
    }
    for (const f of base.newFindings ?? [])
        lines.push(`  new: ${clean(f.file)}:${f.line}:${f.column}: ${paint(SEVERITY_STYLES[f.severity], f.severity)}: ${clean(f.message)} ${paint('dim', `[${clean(f.check)}]`)}`);
    return lines;
}
function itemLines(item, idWidth, paint) {
    const { mark, style } = VERDICT_MARKS[item.verdict];
    const head = `  ${paint(style, `${mark} ${item.verdict.padEnd(VERDICT_WIDTH)}`)}  ${paint('bold', item.id.padEnd(idWidth))}  `;
    const indent = ' '.repeat(2 + 2 + VERDICT_WIDTH + 2 + idWidth + 2);
    const first = item.evidence[0];
    const lines = [];
    if (first === undefined) {
        lines.push(head + clean(item.reason));
    }
    else {
        // Each condition is a phrase that reads on its own (`job "gpu" runs only if: ...`, `called from ...`).
        const conditions = first.conditions && first.conditions.length > 0 ? ` (${clean(first.conditions.join('; '))})` : '';
        const more = item.evidence.length > 1 ? paint('dim', ` (+${item.evidence.length - 1} more)`) : '';
        lines.push(`${head}${paint('cyan', clean((0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .placeText */ .Z9)(first)))} ${clean(first.message)}${conditions}${more}`);
        if (item.verdict !== 'automated')
            lines.push(indent + clean(item.reason));
    }
    if (item.verdict === 'present' || item.verdict === 'absent')
        lines.push(`${indent}${paint('yellow', '\u2192')} ${clean(item.remediation)}`);
    return lines;
}
function renderPhases(report, paint) {
    const idWidth = Math.max(0, ...report.items.map((i) => i.id.length));
    const lines = [];
    const unchecked = [];
    for (const phase of report.phases) {
        const items = report.items.filter((i) => i.phase === phase.id);
        if (items.length === 0) {
            unchecked.push(phase.title);
            continue;
        }
        lines.push('', `${paint('bold', phase.title)}  ${phase.score === null ? 'n/a' : `${phase.score}/100`}`);
        for (const item of items)
            for (const pushed of itemLines(item, idWidth, paint))
                lines.push(pushed);
    }
    if (unchecked.length > 0)
        lines.push('', paint('dim', `No item checked (n/a): ${unchecked.join(', ')}`));
    return lines;
}
/** Left-aligned columns separated by two spaces. */
function columns(rows) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => `  ${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd());
}
function renderTests(tests, paint, unseen) {
    if (tests.files.length === 0)
        return [];
    const cols = _run_when_js__WEBPACK_IMPORTED_MODULE_8__/* .RUN_WHEN_ORDER */ .UP.filter((w) => tests.byKind.some((k) => k.runs[w] !== undefined));
    const count = (n) => (n === undefined ? '-' : `${n.files}f/${n.cases}c`);
    const header = ['kind', 'total', ...cols.map((w) => (w === 'never' && unseen ? 'not seen in CI' : (0,_run_when_js__WEBPACK_IMPORTED_MODULE_8__/* .runWhenLabel */ .QD)(w)))];
    const rows = tests.byKind.map((k) => [k.kind, count(k), ...cols.map((w) => count(k.runs[w]))]);
    const cases = tests.files.reduce((a, f) => a + f.cases, 0);
    const [head, ...body] = columns([header, ...rows]);
    const lines = ['', paint('bold', `Tests: ${(0,_run_when_js__WEBPACK_IMPORTED_MODULE_8__/* .countText */ .lT)({ files: tests.files.length, cases })} (f = files, c = cases)`), paint('dim', head ?? ''), ...body];
    if (tests.neverRun.length > 0) {
        lines.push('', paint('bold', unseen ? 'Tests no followed CI step runs' : 'Tests that never run in CI'));
        if (unseen)
            lines.push(paint('dim', `  Not seen running, not proof they never run: ${clean(unseen)}.`));
        for (const n of tests.neverRun)
            lines.push(`  ${paint('red', clean(n.folder))}  ${(0,_run_when_js__WEBPACK_IMPORTED_MODULE_8__/* .countText */ .lT)(n)}. ${clean(n.remediation)}`);
    }
    return lines;
}
function renderFindings(report, paint) {
    const findings = report.findings.filter((f) => !(0,_summary_details_js__WEBPACK_IMPORTED_MODULE_4__/* .isToolLimit */ .yv)(f));
    if (findings.length === 0)
        return [];
    return [
        '',
        paint('bold', `Findings (${findings.length})`),
        ...findings.map((f) => `${clean(f.file)}:${f.line}:${f.column}: ${paint(SEVERITY_STYLES[f.severity], f.severity)}: ${clean(f.message)} ${paint('dim', `[${clean(f.check)}]`)}`),
    ];
}
// eslint-disable-next-line no-control-regex -- an ANSI colour code starts with the ESC control character
const ANSI_CODE = /\u001b\[[0-9;]*m/g;
const visible = (s) => [...s.replace(ANSI_CODE, '')].length;
/** Wraps one line at spaces to `width` columns; continuation lines keep the indent plus four spaces. */
function wrapLine(line, width) {
    if (visible(line) <= width)
        return [line];
    const indent = /^ */.exec(line)[0];
    const hang = `${indent}    `;
    const words = line.slice(indent.length).split(' ');
    const out = [];
    let current = indent;
    let size = indent.length;
    for (const word of words) {
        const w = visible(word);
        const lead = current.trim() === '' ? 0 : 1;
        if (size + lead + w > width && current.trim() !== '') {
            out.push(current);
            current = hang + word;
            size = hang.length + w;
        }
        else {
            current += (lead ? ' ' : '') + word;
            size += lead + w;
        }
    }
    out.push(current);
    return out;
}
function renderText(report, options) {
    const paint = painter(options.color);
    const lines = [
        ...renderHeader(report, paint, options.verbose === true),
        ...renderUnfollowed(report, paint),
        ...renderChanges(report, paint),
        ...renderPhases(report, paint),
        ...renderTests(report.tests, paint, (0,_model_report_js__WEBPACK_IMPORTED_MODULE_6__/* .unseenTestRuns */ .Ps)(report.unfollowed)),
        ...(0,_history_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .historyTextLines */ .jO)(report.history, report.github).map(clean),
        ...renderFindings(report, paint),
        '',
        verdictLine(report, paint),
    ];
    const width = options.width;
    const wrapped = width && width >= 40 ? lines.flatMap((l) => wrapLine(l, width)) : lines;
    return `${wrapped.join('\n')}\n`;
}


/***/ }),

/***/ 911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ unfollowedTextLines),
/* harmony export */   Ov: () => (/* binding */ UNFOLLOWED_LISTED),
/* harmony export */   W$: () => (/* binding */ unfollowedMarkdownLines),
/* harmony export */   qn: () => (/* binding */ unfollowedHeadline)
/* harmony export */ });
/* unused harmony export UNFOLLOWED_IN_COMMENT */
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3303);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** Steps named in the job summary and the terminal; the rest are counted. */
const UNFOLLOWED_LISTED = 10;
/** Steps named in the pull-request comment. */
const UNFOLLOWED_IN_COMMENT = 3;
const KIND_WORDS = {
    'missing-script': 'missing script',
    'undefined-target': 'undefined target',
    'unknown-runner': 'runner not read',
    'remote-job': 'remote job',
};
function commandShort(command) {
    return command.length > 120 ? `${command.slice(0, 119)}\u2026` : command;
}
/** The headline: how many automated steps were not followed, and that \u274c there means "not seen". */
function unfollowedHeadline(report) {
    const n = report.unfollowed.length;
    if (n === 0)
        return undefined;
    return `${n} automated step${n === 1 ? ' runs a command' : 's run commands'} the tool could not follow, so what ${n === 1 ? 'it does' : 'they do'} is not counted: an item shown absent or present may be met there (not seen is not proof of absence).`;
}
/** Markdown list lines, at most `max` steps named and the rest counted. */
function unfollowedMarkdownLines(report, ctx, max) {
    const list = report.unfollowed;
    const lines = list.slice(0, max).map((u) => `- ${(0,_links_js__WEBPACK_IMPORTED_MODULE_0__/* .placeMarkdown */ .Bo)(u, ctx)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(commandShort(u.command))}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(u.reason)} (${KIND_WORDS[u.kind]})`);
    if (list.length > max)
        lines.push(`- and ${list.length - max} more (all in the JSON report, key \`unfollowed\`)`);
    return lines;
}
/** Terminal lines (no markup), at most `max` named and the rest counted; `clean` strips control characters. */
function unfollowedTextLines(report, clean, max = UNFOLLOWED_LISTED) {
    const list = report.unfollowed;
    const lines = list.slice(0, max).map((u) => `  ${clean(u.file)}:${u.line}:${u.column}  ${clean(commandShort(u.command))}  (${KIND_WORDS[u.kind]}: ${clean(u.reason)})`);
    if (list.length > max)
        lines.push(`  and ${list.length - max} more (all in the JSON report, key "unfollowed")`);
    return lines;
}


/***/ })

};
