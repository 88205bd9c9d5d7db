import type { Evidence } from '../../src/model/check.js';
import type { Report } from '../../src/model/report.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { formatBytes } from '../../src/report/budget.js';
import type { LinkContext } from '../../src/report/links.js';
import { renderSummary } from '../../src/report/summary.js';
import { splitRow } from '../helpers/gfm.js';
import { CI_YML, ciReport, finding, manyFindings, repoReport, withTests } from '../helpers/reports.js';

const ctx: LinkContext = { serverUrl: 'https://github.com', repository: 'octo/ml-app', sha: 'abc123' };
const BLOB = 'https://github.com/octo/ml-app/blob/abc123';
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const lines = (s: string) => s.split('\n');
const rowOf = (md: string, needle: string) => lines(md).find((l) => l.startsWith('|') && l.includes(needle));
const withItem = (r: Report, id: string, patch: Partial<Report['items'][number]>): Report => ({ ...r, items: r.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) });

describe('renderSummary: the first screen', () => {
  it('opens with one line: the band icon (no gate set), score and level; no pass is claimed', () => {
    const report = ciReport();
    const md = renderSummary(report);
    expect(report.score).toBeLessThan(40);
    expect(lines(md)[0]).toBe(`## 🔴 MLOps CI check: ${report.score}/100 · level ${report.level} (${report.level === 0 ? 'no MLOps' : 'DevOps, no MLOps'})`);
    expect(md).not.toContain('Gate passed');
    expect(md.slice(0, md.indexOf('| Phase |'))).not.toContain('✅');
  });

  it.each([
    [80, '🟢'],
    [75, '🟢'],
    [74, '🟠'],
    [40, '🟠'],
    [39, '🔴'],
  ])('shows a score of %d with the band %s', (score, icon) => {
    expect(lines(renderSummary({ ...ciReport(), score }))[0]).toMatch(new RegExp(`^## ${icon} MLOps CI check: ${score}/100`, 'u'));
  });

  it('shows ✅ and the thresholds only when a gate is set and passes', () => {
    const report = ciReport({ thresholds: { minScore: 1, minLevel: 0 } });
    const md = lines(renderSummary(report));
    expect(md[0]).toMatch(/^## ✅ MLOps CI check: /);
    expect(md[2]).toBe('✅ **Gate passed** (min-score 1).');
  });

  it('names the items that would reach the threshold when the score gate fails', () => {
    const report = repoReport({ '.github/workflows/ci.yml': CI_YML }, { thresholds: { minScore: 60 } });
    const md = lines(renderSummary(report));
    expect(md[0]).toMatch(/^## ❌ MLOps CI check: /);
    const m = /^❌ \*\*Gate failed:\*\* score (\d+) &lt; 60: automating ([a-z, -]+) would reach (\d+)\.$/.exec(md[2]!);
    expect(m).not.toBeNull();
    expect(Number(m![3])).toBeGreaterThanOrEqual(60);
    // Each named item is open, and the list is no longer than it must be.
    const open = report.items.filter((i) => i.verdict === 'absent' || i.verdict === 'present').map((i) => i.id);
    expect(m![2]!.split(', ').every((id) => open.includes(id as never))).toBe(true);
  });

  it('lists the next steps by the level ladder: unit tests before anything else when no tests run', () => {
    const report = ciReport();
    expect(report.level).toBe(0);
    const md = renderSummary(report);
    expect(report.nextSteps[0]).toMatchObject({ id: 'unit-tests', reason: 'level', level: 1 });
    expect(md).toContain('1. ❌ **Unit tests** (<code>unit-tests</code>, needed for level 1 · +');
  });

  it('has the phase overview table with verdict counts, before any item table', () => {
    const report = ciReport();
    const md = renderSummary(report);
    const devops = report.phases.find((p) => p.id === 'devops')!;
    const count = (v: string) => String(report.items.filter((i) => i.phase === 'devops' && i.verdict === v).length).replace(/^0$/, '');
    expect(md).toContain('| Phase | Score | ✅ automated | 🟡 present | ❌ absent | ➖ n/a |');
    const cells = splitRow(rowOf(md, '| DevOps foundation')!);
    expect(cells.slice(0, 4)).toEqual([`DevOps foundation${report.weakestPhase === 'devops' ? ' (weakest)' : ''}`, String(devops.score), count('automated'), count('present')]);
    expect(md.indexOf('| Phase |')).toBeLessThan(md.indexOf('### Open items'));
  });

  it('puts the tool limit of a file over the read size in one line at the top, and not among the findings', () => {
    const r: Report = { ...ciReport(), findings: [{ severity: 'warning', file: 'notebooks/big.ipynb', line: 1, column: 1, check: 'read-limit', message: '"notebooks/big.ipynb" is 1.9 MiB, over the 1.0 MiB the tool reads; it was skipped.' }] };
    const md = renderSummary(r);
    expect(md).toContain('ℹ️ Not read, over the size the tool reads: <code>notebooks/big.ipynb</code> (a limit of this tool, not a problem in the files).');
    expect(md).not.toContain('Findings: warnings');
  });
});

describe('renderSummary: items', () => {
  const report = ciReport();

  it('lists open items in one three-column table, next steps first, each with its gain', () => {
    const md = renderSummary(report, { links: ctx });
    expect(md).toContain('| Item | Why | Next step |');
    const row = splitRow(rowOf(md, '<code>unit-tests</code><br>')!);
    expect(row).toHaveLength(3);
    expect(row[0]).toMatch(/^❌ \*\*Unit tests\*\*<br><code>unit-tests<\/code><br>DevOps foundation · \+\d+(\.\d)?$/);
    const order = lines(md).filter((l) => l.startsWith('| ❌') || l.startsWith('| 🟡')).map((l) => /<code>([a-z-]+)<\/code>/.exec(l)![1]);
    expect(order.slice(0, report.nextSteps.length)).toEqual(report.nextSteps.map((n) => n.id));
  });

  it('folds the examples below the table in fenced blocks, not inside a cell', () => {
    const md = renderSummary(report);
    expect(md).toMatch(/<details><summary>Examples for the open items \(\d+\)<\/summary>\n\n\n\*\*/);
    expect(md).toContain('```\n- uses: actions/setup-python@v5');
    expect(lines(md).filter((l) => l.startsWith('|')).some((l) => l.includes('<pre>'))).toBe(false);
  });

  it('folds the automated items per phase, with the lint evidence linked to ci.yml line 13', () => {
    const md = renderSummary(report, { links: ctx });
    expect(md).toMatch(/### Automated\n\n<details><summary>✅ DevOps foundation: \d+ of \d+ automated<\/summary>\n\n\| Item \| Evidence \|/);
    const cells = splitRow(rowOf(md, '<code>lint</code>')!);
    expect(cells).toEqual(['✅ **Lint, format and type checks**<br><code>lint</code>', `[.github/workflows/ci.yml:13](${BLOB}/.github/workflows/ci.yml#L13) Runs ruff: <code>ruff check .</code>.`]);
  });

  it('writes file:line without a link context', () => {
    const row = rowOf(renderSummary(report), '<code>lint</code>');
    expect(row).toContain('| .github/workflows/ci.yml:13 Runs ruff');
    expect(row).not.toContain('](');
  });

  const evidence = (n: number, conditions?: string[]): Evidence[] =>
    Array.from({ length: n }, (_, i) => ({ file: `.github/workflows/w${i}.yml`, line: i + 1, column: 1, message: `Seen ${i}.`, triggers: ['push'], ...(conditions ? { conditions } : {}) }));

  it.each([
    [5, 3, 'and 2 more'],
    [3, 3, undefined],
  ])('shows %d pieces of evidence as %d links', (n, shown, more) => {
    const row = rowOf(renderSummary(withItem(report, 'lint', { evidence: evidence(n) }), { links: ctx }), '<code>lint</code>')!;
    expect(row.match(/\]\(https:/g)).toHaveLength(shown);
    if (more) expect(row).toContain(`<br>${more} |`);
    else expect(row).not.toContain('more');
  });

  it('links a place that a provenance cites ("run by … at file:line")', () => {
    const r = withItem(report, 'lint', { evidence: evidence(1, ['run by `ruff check .` at .github/workflows/ci.yml:13', 'job "lint" runs only if: github.event_name == \'push\'']) });
    expect(rowOf(renderSummary(r, { links: ctx }), '<code>lint</code>')).toContain(
      `Seen 0. _(run by <code>ruff check .</code> at [.github/workflows/ci.yml:13](${BLOB}/.github/workflows/ci.yml#L13); job "lint" runs only if: github.event\\_name == 'push')_`,
    );
  });

  it('cuts a long condition (a whole job if: expression) to one line', () => {
    const cond = `job "minio" runs only if: ${"github.event.label.name == 'ok-to-test' || ".repeat(8)}false`;
    const row = rowOf(renderSummary(withItem(report, 'lint', { evidence: evidence(1, [cond]) })), '<code>lint</code>')!;
    expect(row).toContain('job "minio" runs only if: github.event.label.name');
    expect(row).toContain('…)_');
    expect(row).not.toContain('false)');
  });

  it('does not repeat the file name that the place already gives', () => {
    const r = withItem(report, 'lint', { evidence: [{ file: '.github/workflows/ci.yml', line: 3, column: 1, message: '".github/workflows/ci.yml" runs on push.', triggers: ['push'] }] });
    expect(rowOf(renderSummary(r), '<code>lint</code>')).toContain('| .github/workflows/ci.yml:3 It runs on push. |');
    const lock = withItem(report, 'lint', { evidence: [{ file: 'web/package-lock.json', line: 1, column: 1, message: 'Lock file "web/package-lock.json" pins the environment.', triggers: [] }] });
    expect(rowOf(renderSummary(lock), '<code>lint</code>')).toContain('| web/package-lock.json:1 Lock file pins the environment. |');
  });

  it('folds the items that do not apply, with their reason', () => {
    const md = renderSummary(report);
    expect(report.profile.id).toBe('library');
    const na = report.items.filter((i) => i.verdict === 'not-applicable');
    expect(md).toContain(`<details><summary>➖ Not applicable here (${na.length})</summary>`);
  });
});

describe('renderSummary: details at the end', () => {
  it('folds the CI pipelines, each with its CI, its triggers and the cron in words', () => {
    const md = renderSummary(ciReport(), { links: ctx });
    expect(md).toContain('<details><summary>CI pipelines (1)</summary>');
    expect(rowOf(md, 'ci.yml#L1)')).toBe(`| ci<br>[.github/workflows/ci.yml:1](${BLOB}/.github/workflows/ci.yml#L1) | GitHub Actions | <code>pull\\_request</code>, <code>push</code>, <code>schedule</code> (weekly on Sunday at 03:45 UTC) |`);
  });

  it('has no tests part when no test file was found', () => {
    expect(renderSummary(ciReport())).not.toContain('<summary>Tests');
  });

  it('folds the tests: kinds in rows, when they run in one cell, then the never-run folders', () => {
    const md = renderSummary(withTests(ciReport()));
    expect(md).toContain('<details><summary>Tests: 3 files, 15 cases, and when each kind runs</summary>\n\n| Kind | Total | Runs on |');
    expect(md).toContain('| <code>unit</code> | 2 files, 12 cases | pull\\_request: 2 files, 12 cases<br>push: 2 files, 12 cases<br>schedule: 1 file, 5 cases |');
    expect(md).toContain('| <code>integration</code> | 1 file, 3 cases | never in CI: 1 file, 3 cases |');
    expect(md).toContain('Scheduled runs: weekly on Sunday at 03:45 UTC.');
    expect(md).toContain('- <code>tests/integration</code>: 1 file, 3 cases never run in CI. Run "pytest tests/integration" in a workflow on pull\\_request.');
  });

  it('folds the findings by severity, errors first, each with its place', () => {
    const r: Report = { ...ciReport(), findings: [finding('error', 'a.yml', 2), finding('warning', 'b.yml', 3), finding('warning', 'c.yml', 4)] };
    const md = renderSummary(r, { links: ctx });
    expect(md).toContain(`<details><summary>Findings: errors (1)</summary>\n\n\n- [a.yml:2](${BLOB}/a.yml#L2) Something to look at in a.yml (error). <code>lint</code>`);
    expect(md.indexOf('Findings: errors (1)')).toBeLessThan(md.indexOf('Findings: warnings (2)'));
  });

  it('lists the annotations that GitHub would not show', () => {
    const findings = manyFindings(12, ['error']);
    const { cut } = selectAnnotations(findings);
    const md = renderSummary({ ...ciReport(), findings }, { cutAnnotations: cut });
    expect(md).toContain('<details><summary>Annotations not shown (2)</summary>');
    const section = md.slice(md.indexOf('<summary>Annotations not shown'));
    expect(section.split('\n').filter((l) => l.startsWith('- ')).slice(0, 2)).toEqual(cut.map((f) => `- ${f.file}:${f.line} ${f.message.replace(/_/g, '\\_')} <code>lint</code>`));
  });

  it('folds the arithmetic, then the profile with its reasons and what the config changed', () => {
    const report = repoReport({ '.github/workflows/ci.yml': CI_YML, '.github/mlops-ci-check.yml': 'min-score: 20\n' });
    const md = renderSummary(report);
    expect(md).toContain(`<details><summary>Profile: ${report.profile.id} (inferred); config .github/mlops-ci-check.yml</summary>`);
    expect(report.config.changes).toEqual([expect.stringContaining('min-score')]);
    expect(md).toContain('- min-score');
    expect(md.indexOf('<summary>How the score and the level are computed')).toBeLessThan(md.indexOf('<summary>Profile:'));
    expect(md).toContain(`- **Score:** ${report.arithmetic.replace(/\*/g, '\\*')} (phase weight`);
  });
});

describe('renderSummary: size limit', () => {
  it('cuts whole table rows and says so below the table, not inside it', () => {
    const r: Report = { ...ciReport(), workflows: Array.from({ length: 40 }, (_, i) => ({ provider: 'github-actions' as const, file: `.github/workflows/w${i}.yml`, name: `w${i}`, triggers: [{ event: 'push', line: 2, column: 3 }] })) };
    const full = renderSummary(r);
    const md = renderSummary(r, { maxBytes: bytes(full) - 200 });
    expect(bytes(md)).toBeLessThanOrEqual(bytes(full) - 200);
    const kept = lines(md).filter((l) => /^\| w\d+<br>/.test(l)).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(40);
    expect(md).toContain(`| w${kept - 1}<br>.github/workflows/w${kept - 1}.yml:1 | GitHub Actions | <code>push</code> |\n\n_… and ${40 - kept} more pipelines, cut`);
    expect(md).toContain(`leaves out ${40 - kept} of 40 pipelines in "CI pipelines"`);
  });

  const huge: Report = withTests({ ...ciReport(), findings: manyFindings(20000) });

  it('keeps the whole summary and adds no note when it fits', () => {
    const md = renderSummary(withTests(ciReport()));
    expect(md).not.toContain('Cut to fit');
    expect(md).toContain('<summary>CI pipelines (1)</summary>');
  });

  it('stays under the default 1 MiB with 60000 findings and keeps the first screen', () => {
    const md = renderSummary(huge, { cutAnnotations: selectAnnotations(huge.findings).cut });
    expect(bytes(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toMatch(/\*\*Cut to fit:\*\* this summary is limited to 1 MiB \(GitHub accepts at most 1 MiB per step\), so it leaves out /);
    expect(md).toContain('| Phase | Score |');
    expect(md).toContain('### Open items');
  });

  it('cuts rows of the last kept section, then whole sections, under a small limit', () => {
    const maxBytes = bytes(renderSummary({ ...huge, findings: [] })) + 4 * 1024;
    const md = renderSummary(huge, { maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(md).toContain('### Open items');
    const note = lines(md).find((l) => l.startsWith('**Cut to fit:**'))!;
    expect(note).toContain('the whole "CI pipelines" section');
    expect(md).toMatch(/\n\n_… and \d+ more \w[\w ]*, cut to keep the summary under its size limit\._\n/);
    expect(note.startsWith(`**Cut to fit:** this summary is limited to ${formatBytes(maxBytes)} (GitHub accepts at most 1 MiB per step), so it leaves out `)).toBe(true);
  });

  it('never exceeds a limit smaller than the lead', () => {
    const md = renderSummary(huge, { maxBytes: 100 });
    expect(bytes(md)).toBeLessThanOrEqual(100);
    expect(md.startsWith('## 🔴 MLOps CI check')).toBe(true);
  });
});
