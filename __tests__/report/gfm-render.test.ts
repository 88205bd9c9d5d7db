/**
 * The summary and the comment as GitHub shows them (markdown-it + a GitHub-like sanitiser):
 * what was code shows as code, no cell splits, no table wider than the page, every place a link.
 */
import * as path from 'node:path';
import { analyzeBase, withBase } from '../../src/baseline/base.js';
import { runEngine } from '../../src/engine.js';
import type { Report } from '../../src/model/report.js';
import type { LinkContext } from '../../src/report/links.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { PROJECT_ROOT } from '../helpers/project.js';
import { prScenario, SCENARIOS } from '../helpers/git-scenario.js';
import { minTableWidth, renderGfm, tablesOf, unlinkedPlaces, visibleText } from '../helpers/gfm-render.js';
import { ciReport, EVIL_YML, finding, repoReport, withTests } from '../helpers/reports.js';

const LINKS: LinkContext = { serverUrl: 'https://github.com', repository: 'acme/churn-model', sha: 'abc123' };
const RUN = { serverUrl: 'https://github.com', repository: 'acme/churn-model', runId: '4242' };
/** GitHub's job-summary box at a 1040 px window is about 1000 px wide; a comment box about 900. */
const SUMMARY_WIDTH = 1000;

function prReport(): Report {
  const s = prScenario(SCENARIOS.removesTests);
  const head = runEngine(s.dir, { displayPath: '.' });
  return withBase(head.report, analyzeBase(s.dir, head, { rev: s.base, ref: 'main' }, { displayPath: '.' }));
}

const reports: [string, () => Report][] = [
  ['examples/ml-app', () => runEngine(path.join(PROJECT_ROOT, 'examples/ml-app'), { displayPath: '.' }).report],
  ['the ci.yml repository with tests and findings', () => withTests({ ...ciReport(), findings: [finding('error', '.github/workflows/ci.yml', 3), finding('warning', 'src/a.py', 9)] })],
  ['a pull request that removes the test step', prReport],
];

describe.each(reports)('as GitHub renders the markdown for %s', (_name, make) => {
  const report = make();
  const surfaces = [
    ['summary', renderGfm(renderSummary(report, { links: LINKS }), 'summary')],
    ['comment', renderGfm(renderPrComment(report, { links: LINKS, run: RUN }), 'comment')],
  ] as const;

  it.each(surfaces)('the %s shows no literal backtick, asterisk or backslash-escaped pipe', (_surface, html) => {
    const text = visibleText(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
    expect(text).not.toContain('`');
    expect(text).not.toContain('\\|');
    expect(text).not.toMatch(/\*\*[A-Za-z][^*\n]*\*\*/);
    expect(text).not.toContain('<br>');
  });

  it.each(surfaces)('every table row of the %s has as many cells as its head, and no cell holds a pipe or a <pre>', (_surface, html) => {
    for (const t of tablesOf(html)) {
      for (const row of t.rows) {
        expect(row).toHaveLength(t.head.length);
        for (const cell of row) {
          expect(visibleText(cell)).not.toMatch(/(^|\s)\|(\s|$)/);
          expect(cell).not.toContain('<pre>');
        }
      }
    }
  });

  it.each(surfaces)('no table of the %s is wider than the page', (_surface, html) => {
    const widths = tablesOf(html).map(minTableWidth);
    expect(widths.filter((w) => w > SUMMARY_WIDTH)).toEqual([]);
  });

  it.each(surfaces)('every evidence place in the %s is a link', (_surface, html) => {
    expect(unlinkedPlaces(html)).toEqual([]);
  });

  it('the comment is one screen: at most 2,500 characters, no table', () => {
    const md = renderPrComment(report, { links: LINKS, run: RUN });
    expect(md.length).toBeLessThanOrEqual(2500);
    expect(tablesOf(renderGfm(md, 'comment'))).toEqual([]);
  });

  it('the summary opens with the verdict, the change and the overview before any item', () => {
    const html = renderGfm(renderSummary(report, { links: LINKS }));
    const first = html.indexOf('<h2>');
    expect(first).toBe(0);
    expect(html.indexOf('<th>Phase</th>')).toBeLessThan(html.indexOf('<h3>'));
    if (report.base?.compared) expect(visibleText(html.slice(0, html.indexOf('</h2>')))).toContain('this PR:');
  });
});

describe('hostile repository text, as GitHub renders it', () => {
  it('stays text: no tag, no link, no new cell', () => {
    const report = repoReport({ '.github/workflows/evil.yml': EVIL_YML });
    for (const [md, surface] of [
      [renderSummary(report, { links: LINKS }), 'summary'],
      [renderPrComment({ ...report, path: 'x' }, { links: LINKS }), 'comment'],
    ] as const) {
      const html = renderGfm(md, surface);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('href="y"');
      expect(html).not.toContain('src="u"');
      for (const t of tablesOf(html)) for (const row of t.rows) expect(row).toHaveLength(t.head.length);
    }
  });
});

describe('long code in cells', () => {
  it('wraps: an unbroken command in a reason gets break opportunities', () => {
    const report = ciReport();
    const long = 'Runs `python -m very_long_module_name.with_submodules.and_more --option=some/very/long/path/to/a/config/file.yaml`.';
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'unit-tests' ? { ...i, reason: long } : i)) };
    const widths = tablesOf(renderGfm(renderSummary(r))).map(minTableWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(SUMMARY_WIDTH);
  });
});

describe('URLs inside commands', () => {
  it('stay code, not links, in the summary and the comment', () => {
    const report = ciReport();
    const r: Report = { ...report, items: report.items.map((i) => (i.id === 'unit-tests' ? { ...i, reason: 'Runs `curl http://localhost:9000/health` and `wget www.example.com/x`.', remediation: 'Use `http://localhost:8080`.' } : i)) };
    for (const html of [renderGfm(renderSummary(r)), renderGfm(renderPrComment(r), 'comment')]) {
      expect(html).not.toContain('href="http://localhost');
      expect(html).not.toContain('href="http://www.example.com');
    }
    // <wbr> shows nothing: the reader sees the command whole.
    expect(visibleText(renderGfm(renderSummary(r)).replace(/<wbr>/g, ''))).toContain('curl http://localhost:9000/health');
  });
});
