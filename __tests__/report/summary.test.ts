import type { Evidence } from '../../src/model/check.js';
import type { Report } from '../../src/model/report.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import type { LinkContext } from '../../src/report/links.js';
import { renderSummary } from '../../src/report/summary.js';
import { splitRow } from '../helpers/gfm.js';
import { formatBytes } from '../../src/report/budget.js';
import { escapeWithCode } from '../../src/report/markdown.js';
import { CI_YML, repoReport } from '../helpers/reports.js';
import { ciReport, finding, manyFindings, withTests } from '../helpers/reports.js';

const ctx: LinkContext = { serverUrl: 'https://github.com', repository: 'octo/ml-app', sha: 'abc123' };
const BLOB = 'https://github.com/octo/ml-app/blob/abc123';
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const lines = (s: string) => s.split('\n');
const rowOf = (md: string, needle: string) => lines(md).find((l) => l.startsWith('|') && l.includes(needle));

describe('renderSummary: the lead', () => {
  it('starts with score, level and gate, then the weakest phase and the arithmetic', () => {
    const report = ciReport();
    const [first, , gate, weakest, level] = lines(renderSummary(report));
    expect(first).toBe(`## ✅ MLOps CI check: ${report.score}/100 · level ${report.level} (${report.level === 0 ? 'no MLOps' : 'DevOps, no MLOps'})`);
    expect(gate).toBe('✅ **Gate passed** (no min-score or min-level set).<br>');
    const w = report.phases.find((p) => p.id === report.weakestPhase)!;
    expect(weakest).toBe(`**Weakest phase:** ${w.title} (${w.score}/100) · **Score:** ${report.arithmetic}<br>`);
    expect(level).toBe(`**Level:** ${report.levelExplanation}<br>`);
    const next = report.nextSteps[0]!;
    expect(renderSummary(report)).toContain(`**Next step:** ${next.title} (<code>${next.id}</code>, +${next.gain} points): `);
  });

  it('names the gap when the gate fails', () => {
    const report = ciReport({ thresholds: { minScore: 0, minLevel: 2 } });
    const md = renderSummary(report);
    expect(report.gate.passed).toBe(false);
    expect(lines(md)[0]).toMatch(/^## ❌ MLOps CI check: /);
    expect(report.gate.reasons).toEqual([expect.stringMatching(/^level [01] < 2: missing /)]);
    expect(lines(md)[2]).toBe(`❌ **Gate failed:** ${report.gate.reasons[0]!.replace('<', '&lt;')}.<br>`);
  });
});

describe('renderSummary: phase tables', () => {
  const report = ciReport();

  it('has one table for DevOps foundation with its score and folds phases that do not apply', () => {
    const md = renderSummary(report);
    const devops = report.phases.find((p) => p.id === 'devops')!;
    expect(md).toContain(`### DevOps foundation — ${devops.score}/100\n\n| Item | Verdict | Why | Next step |`);
    expect(report.profile.id).toBe('library');
    expect(md).toContain('<details><summary>Data — n/a (not applicable)</summary>');
  });

  it('links the lint evidence to .github/workflows/ci.yml line 13', () => {
    const row = rowOf(renderSummary(report, { links: ctx }), '<code>lint</code>');
    const cells = splitRow(row!);
    expect(cells).toHaveLength(4);
    expect(cells[1]).toBe('✅ automated');
    expect(cells[2]).toContain(`[.github/workflows/ci.yml:13](${BLOB}/.github/workflows/ci.yml#L13) Runs ruff: <code>ruff check .</code>.`);
    expect(cells[3]).toBe('');
  });

  it('writes file:line without a link context', () => {
    const row = rowOf(renderSummary(report), '<code>lint</code>');
    expect(row).toContain('<br>.github/workflows/ci.yml:13 Runs ruff');
    expect(row).not.toContain('](');
  });

  const evidence = (n: number, conditions?: string[]): Evidence[] =>
    Array.from({ length: n }, (_, i) => ({ file: `.github/workflows/w${i}.yml`, line: i + 1, column: 1, message: `Seen ${i}.`, triggers: ['push'], ...(conditions ? { conditions } : {}) }));

  it.each([
    [5, 3, 'and 2 more'],
    [3, 3, undefined],
  ])('shows %d pieces of evidence as %d links', (n, shown, more) => {
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'lint' ? { ...i, evidence: evidence(n) } : i)) };
    const row = rowOf(renderSummary(r, { links: ctx }), '<code>lint</code>')!;
    expect(row.match(/\]\(https:/g)).toHaveLength(shown);
    if (more) expect(row).toContain(`<br>${more} |`);
    else expect(row).not.toContain('more');
  });

  it('says when a condition narrows the evidence', () => {
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'lint' ? { ...i, evidence: evidence(1, ['job "lint" runs only if: github.event_name == \'push\'', 'called from .github/workflows/ci.yml']) } : i)) };
    expect(rowOf(renderSummary(r), '<code>lint</code>')).toContain("Seen 0. _(job \"lint\" runs only if: github.event\\_name == 'push'; called from .github/workflows/ci.yml)_");
  });

  it('gives the remediation and the example in <details> for an item that is not automated', () => {
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'lint' ? { ...i, verdict: 'absent', points: 0, evidence: [] } : i)) };
    const cells = splitRow(rowOf(renderSummary(r), '<code>lint</code>')!);
    expect(cells[1]).toBe('❌ absent');
    expect(cells[3]).toMatch(/^Run your linters in CI: .*<details><summary>Example<\/summary><pre>- uses: actions\/setup-python@v5<br>- run: pip install pre-commit &amp;&amp; pre-commit run --all-files<\/pre><\/details>$/);
  });

  it('folds a phase whose items are all not applicable into <details>', () => {
    const r: Report = {
      ...report,
      phases: report.phases.map((p) => (p.id === 'devops' ? { ...p, score: null } : p)),
      items: report.items.map((i) => ({ ...i, verdict: 'not-applicable', points: null })),
    };
    const md = renderSummary(r);
    expect(md).toContain('<details><summary>DevOps foundation — n/a (not applicable)</summary>\n\n| Item |');
    expect(rowOf(md, '<code>lint</code>')).toContain('| ➖ not applicable |');
  });
});

describe('renderSummary: workflows, tests, findings', () => {
  it('lists the workflow with its triggers and the cron in words', () => {
    const row = rowOf(renderSummary(ciReport(), { links: ctx }), 'ci.yml#L1)');
    expect(row).toBe(`| ci<br>[.github/workflows/ci.yml:1](${BLOB}/.github/workflows/ci.yml#L1) | <code>pull\\_request</code>, <code>push</code>, <code>schedule</code> (weekly on Sunday at 03:45 UTC) |`);
  });

  it('has no Tests section when no test file was found', () => {
    expect(renderSummary(ciReport())).not.toContain('### Tests');
  });

  it('renders the test kind × when it runs table and the never-run folders', () => {
    const md = renderSummary(withTests(ciReport()));
    expect(md).toContain('### Tests\n\n3 files, 15 cases found; when each kind runs:');
    expect(md).toContain('| Kind | Total | pull_request | push | schedule | never in CI |');
    expect(md).toContain('| <code>unit</code> | 2 files, 12 cases | 2 files, 12 cases | 2 files, 12 cases | 1 file, 5 cases |   |');
    expect(md).toContain('| <code>integration</code> | 1 file, 3 cases |   |   |   | 1 file, 3 cases |');
    expect(md).toContain('Scheduled runs: weekly on Sunday at 03:45 UTC.');
    expect(md).toContain('#### Tests that exist but never run in CI\n- <code>tests/integration</code>: 1 file, 3 cases. Run "pytest tests/integration" in a workflow on pull\\_request.');
  });

  it('groups findings by severity, errors first, each with its place', () => {
    const r: Report = { ...ciReport(), findings: [finding('error', 'a.yml', 2), finding('warning', 'b.yml', 3), finding('warning', 'c.yml', 4)] };
    const md = renderSummary(r, { links: ctx });
    expect(md).toContain(`### Findings (3)\n\n**Errors (1)**\n\n- [a.yml:2](${BLOB}/a.yml#L2) Something to look at in a.yml (error). <code>lint</code>`);
    expect(md.indexOf('**Errors (1)**')).toBeLessThan(md.indexOf('**Warnings (2)**'));
  });

  it('lists the annotations that GitHub would not show', () => {
    const findings = manyFindings(12, ['error']);
    const { cut } = selectAnnotations(findings);
    const md = renderSummary({ ...ciReport(), findings }, { cutAnnotations: cut });
    expect(md).toContain('### Annotations not shown (2)');
    const section = md.slice(md.indexOf('### Annotations not shown'));
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toEqual(cut.map((f) => `- ${f.file}:${f.line} ${f.message.replace(/_/g, '\\_')} <code>lint</code>`));
  });
});

describe('renderSummary: size limit', () => {
  it('cuts whole table rows and says so below the table, not inside it', () => {
    const r: Report = { ...ciReport(), workflows: Array.from({ length: 40 }, (_, i) => ({ file: `.github/workflows/w${i}.yml`, name: `w${i}`, triggers: [{ event: 'push', line: 2, column: 3 }] })) };
    const full = renderSummary(r);
    const md = renderSummary(r, { maxBytes: bytes(full) - 200 });
    expect(bytes(md)).toBeLessThanOrEqual(bytes(full) - 200);
    const kept = lines(md).filter((l) => /^\| w\d+<br>/.test(l)).length;
    expect(kept).toBeLessThan(40);
    expect(md).toContain(`| w${kept - 1}<br>.github/workflows/w${kept - 1}.yml:1 | <code>push</code> |\n\n_… and ${40 - kept} more workflows, cut`);
    expect(md).toContain(`leaves out ${40 - kept} of 40 workflows in "Workflows".`);
  });

  const huge: Report = withTests({ ...ciReport(), findings: manyFindings(20000) });

  it('keeps the whole summary and adds no note when it fits', () => {
    const md = renderSummary(withTests(ciReport()));
    expect(md).not.toContain('Cut to fit');
    expect(md).toContain('### Workflows');
  });

  it('stays under the default 1 MiB with 60000 findings and says how many were cut', () => {
    const md = renderSummary(huge, { cutAnnotations: selectAnnotations(huge.findings).cut });
    expect(bytes(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toMatch(/\*\*Cut to fit:\*\* this summary is limited to 1 MiB \(GitHub accepts at most 1 MiB per step\), so it leaves out .*the whole "Annotations not shown" section \(59970 findings\)/);
    expect(md).toContain('### DevOps foundation');
  });

  it('cuts rows of the last kept section, then whole sections, under a small limit', () => {
    // Room for everything but the findings, plus 4 KiB: the errors section is cut part-way.
    const maxBytes = bytes(renderSummary({ ...huge, findings: [] })) + 4 * 1024;
    const md = renderSummary(huge, { maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(lines(md)[0]).toMatch(/^## ✅ MLOps CI check: /);
    expect(md).toContain('### DevOps foundation');
    const note = lines(md).find((l) => l.startsWith('**Cut to fit:**'))!;
    expect(note).toContain('the whole "Findings: notices" section (20000 findings)');
    expect(note).toContain('the whole "Findings: warnings" section (20000 findings)');
    // The kept part of the last section ends with a line saying how many rows went, after a blank line (not a table row).
    expect(md).toMatch(/\n\n_… and \d+ more \w[\w ]*, cut to keep the summary under its size limit\._\n/);
    expect(note.startsWith(`**Cut to fit:** this summary is limited to ${formatBytes(maxBytes)} (GitHub accepts at most 1 MiB per step), so it leaves out `)).toBe(true);
  });

  it('never exceeds a limit smaller than the lead', () => {
    const md = renderSummary(huge, { maxBytes: 100 });
    expect(bytes(md)).toBeLessThanOrEqual(100);
    expect(md.startsWith('## ✅ MLOps CI check')).toBe(true);
  });
});

describe('renderSummary: profile and configuration', () => {
  it('says the profile in the lead and lists its reasons and what the config changed', () => {
    const report = repoReport({ '.github/workflows/ci.yml': CI_YML, '.github/mlops-ci-check.yml': 'min-score: 20\n' });
    const md = renderSummary(report);
    expect(md).toContain(`**Profile:** <code>${report.profile.id}</code> (inferred) · **Config:** <code>.github/mlops-ci-check.yml</code>`);
    expect(md).toContain('### Profile and configuration');
    expect(report.profile.reasons.length).toBeGreaterThan(0);
    expect(report.config.changes).toEqual([expect.stringContaining('min-score')]);
    for (const line of [...report.profile.reasons, ...report.config.changes]) expect(md).toContain(`- ${escapeWithCode(line)}`);
  });
});
