/**
 * `compare` on three scenario repositories: reports made with history (in git repositories
 * built with set dates), laid out as actions/download-artifact lays them out, then merged
 * into HTML, markdown and JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseMermaid } from '@mermaid-js/parser';
import { Ajv } from 'ajv';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { runCli, type CliIo } from '../../src/cli-run.js';
import { runEngine } from '../../src/engine.js';
import { addHistory } from '../../src/history/attach.js';
import type { Report } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { makeGitRepo, tempDir } from '../helpers/git-history.js';
import { jest } from '@jest/globals';

// Git, the chart library and child processes are slow on a shared machine: a generous limit, not a measure.
jest.setTimeout(60_000);

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../__fixtures__/repos');
const SCENARIOS = ['ml-level-2', 'rich-python-ci', 'weekly-only-tests'] as const;

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && e.name !== 'expected.txt' && e.name !== 'expected.json') out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  visit(dir);
  return out;
}

function io(cwd: string) {
  let out = '';
  let err = '';
  const value: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, env: {}, cwd };
  return { value, out: () => out, err: () => err };
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node, name: string, acc: Element[] = []): Element[] {
  if ('tagName' in node && node.tagName === name) acc.push(node);
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) elements(k as Node, name, acc);
  if ('content' in node && node.content) elements(node.content as Node, name, acc);
  return acc;
}

function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

/** Vega draws each data mark group as <g class="mark-TYPE role-mark …">: one path per datum, one group per line. */
function countMarks(svg: Element, type: 'rect' | 'line' | 'symbol'): number {
  const groups = elements(svg, 'g').filter((g) => (attr(g, 'class') ?? '').split(' ').includes(`mark-${type}`) && (attr(g, 'class') ?? '').split(' ').includes('role-mark'));
  if (type === 'line') return groups.length;
  return groups.reduce((n, g) => n + g.childNodes.filter((c) => 'tagName' in c && c.tagName === 'path').length, 0);
}

describe('compare on three scenario reports', () => {
  let reportsDir: string;
  let reports: Report[];
  let work: string;

  beforeAll(async () => {
    work = tempDir('mlops-ci-check-compare-');
    reportsDir = path.join(work, 'reports');
    reports = [];
    for (const [i, name] of SCENARIOS.entries()) {
      const files = filesOf(path.join(FIXTURES, name));
      const repo = makeGitRepo([
        { date: `201${i}-03-01T12:00:00Z`, email: 'first@example.com', files },
        { date: `2022-0${i + 1}-15T12:00:00Z`, email: `second${i}@example.com`, files: { 'CHANGES.txt': 'one\n' } },
        ...Object.keys(files).filter((f) => f.startsWith('.github/workflows/')).slice(0, 1).map((wf) => ({ date: '2023-05-01T12:00:00Z', email: 'ci@example.com', files: { [wf]: `${files[wf]}\n` } })),
      ]);
      const engine = runEngine(repo, { displayPath: name });
      const report = await addHistory(engine.report, engine.analysis, repo);
      reports.push(report);
      // actions/download-artifact without `name`: one folder per artifact, the files inside.
      const artifact = path.join(reportsDir, `report-${name}`);
      fs.mkdirSync(artifact, { recursive: true });
      fs.writeFileSync(path.join(artifact, 'report.json'), renderJson(report));
    }
  });

  it('writes one self-contained HTML page that parses, with one SVG per figure holding its data marks', async () => {
    const t = io(work);
    expect(await runCli(['compare', 'reports', '--format', 'html', '--output', 'out/study.html'], t.value)).toBe(0);
    const html = fs.readFileSync(path.join(work, 'out/study.html'), 'utf8');
    const errors: string[] = [];
    const doc = parseHtml(html, { onParseError: (e) => errors.push(e.code) });
    expect(errors).toEqual([]);
    expect(elements(doc, 'script')).toEqual([]);
    const sections = elements(doc, 'section');
    const withHistory = reports.filter((r) => r.history?.status === 'available').length;
    expect(withHistory).toBe(3);
    const expected: Record<string, [number, 'rect' | 'line' | 'symbol']> = {
      'phase-scores': [reports.reduce((n, r) => n + r.phases.filter((p) => p.score !== null).length, 0), 'rect'],
      'verdict-map': [reports.reduce((n, r) => n + r.items.length, 0), 'rect'],
      'test-kinds': [reports.reduce((n, r) => n + r.tests.byKind.reduce((m, k) => m + Object.values(k.runs).filter((x) => (x?.files ?? 0) > 0).length, 0), 0), 'symbol'],
      'history-commits': [2 * withHistory, 'rect'],
      'history-months': [2 * withHistory, 'line'],
      'age-contributors': [withHistory, 'symbol'],
    };
    expect(sections.map((s) => attr(s, 'id'))).toEqual(Object.keys(expected));
    for (const s of sections) {
      const svgs = elements(s, 'svg');
      expect(svgs).toHaveLength(1);
      const [marks, type] = expected[attr(s, 'id')!]!;
      expect(marks).toBeGreaterThan(0);
      expect([attr(s, 'id'), countMarks(svgs[0]!, type)]).toEqual([attr(s, 'id'), marks]);
    }
    // No external reference: only the SVG namespace names, which are never fetched.
    const urls = html.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    expect([...new Set(urls)].sort()).toEqual(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
    expect(t.err()).toContain('wrote out/study.html (3 repositories)');
  });

  it('adds the stars and bug-share figure when the reports carry GitHub figures', async () => {
    const dir = path.join(work, 'with-github');
    fs.mkdirSync(dir, { recursive: true });
    reports.forEach((r, i) => {
      const withGithub: Report = { ...r, github: { status: 'available', repository: `acme/${SCENARIOS[i]}`, stars: 100 * (i + 1), forks: i, openIssues: 3, issues: { sampled: 10, bugs: i, bugShare: i / 10, bugLabels: ['bug'] }, fetchedAt: '2026-01-01T00:00:00Z' } };
      fs.writeFileSync(path.join(dir, `${i}.json`), renderJson(withGithub));
    });
    const t = io(work);
    expect(await runCli(['compare', 'with-github', '--format', 'html'], t.value)).toBe(0);
    const doc = parseHtml(t.out());
    const section = elements(doc, 'section').find((s) => attr(s, 'id') === 'stars-bugs');
    expect(section).toBeDefined();
    expect(countMarks(elements(section!, 'svg')[0]!, 'symbol')).toBe(3);
    expect(elements(section!, 'td').map((td) => (td.childNodes[0] as { value?: string } | undefined)?.value)).toEqual(['acme/ml-level-2', '100', '0%', 'acme/rich-python-ci', '200', '10%', 'acme/weekly-only-tests', '300', '20%']);
  });

  it('writes markdown whose Mermaid blocks parse: pie charts by the Mermaid parser, xy charts by their grammar', async () => {
    const t = io(work);
    expect(await runCli(['compare', ...SCENARIOS.map((n) => `reports/report-${n}/report.json`), '--format', 'markdown'], t.value)).toBe(0);
    const md = t.out();
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const pies = blocks.filter((b) => b.startsWith('pie'));
    const xy = blocks.filter((b) => b.startsWith('xychart-beta'));
    expect(pies).toHaveLength(3);
    expect(xy.length).toBeGreaterThanOrEqual(1 + 3 + 2 + 1);
    expect(pies.length + xy.length).toBe(blocks.length);
    for (const p of pies) await expect(parseMermaid('pie', p)).resolves.toBeDefined();
    for (const b of xy) {
      const lines = b.trimEnd().split('\n').slice(1).map((l) => l.trim());
      const x = /^x-axis \[(.*)\]$/.exec(lines.find((l) => l.startsWith('x-axis')) ?? '');
      expect(x).not.toBeNull();
      const categories = x![1]!.match(/"[^"]*"/g) ?? [];
      expect(x![1]!.replace(/"[^"]*"/g, '').replace(/[,\s]/g, '')).toBe('');
      for (const l of lines) {
        expect(l).toMatch(/^(title "[^"]*"|x-axis \[.*\]|y-axis "[^"]*" \d+ --> \d+|(bar|line) \[(\d+(, \d+)*)?\])$/);
        const series = /^(?:bar|line) \[(.*)\]$/.exec(l);
        if (series) expect(series[1]!.split(', ')).toHaveLength(categories.length);
      }
    }
    for (const n of SCENARIOS) expect(md).toContain(`| ${n} |`);
  });

  it('writes merged JSON that validates against schema/comparison.schema.json', async () => {
    const t = io(work);
    expect(await runCli(['compare', 'reports', '--format', 'json'], t.value)).toBe(0);
    const schema = JSON.parse(fs.readFileSync(path.resolve(here, '../../schema/comparison.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const data = JSON.parse(t.out()) as { repositories: { name: string; score: number; history: { commits?: number } }[] };
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.repositories.map((r) => [r.name, r.score, r.history.commits])).toEqual(reports.map((r) => [r.path, r.score, r.history!.repository!.commits]));
  });

  it.each([
    [['compare'], 'mlops-ci-check compare: compare needs at least one checkout or JSON report.\n'],
    [['compare', 'nothing-here.json'], 'mlops-ci-check compare: "nothing-here.json" does not exist; give checkouts or JSON reports.\n'],
    [['compare', 'reports', '--format', 'pdf'], 'mlops-ci-check compare: --format takes html, markdown or json, got "pdf".\n'],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const t = io(work);
    expect(await runCli(argv, t.value)).toBe(2);
    expect(t.err()).toBe(message);
  });

  it('says an empty folder of reports holds nothing, rather than analysing it', async () => {
    fs.mkdirSync(path.join(work, 'empty/report-0'), { recursive: true });
    const t = io(work);
    expect(await runCli(['compare', 'empty'], t.value)).toBe(2);
    expect(t.err()).toBe('mlops-ci-check compare: "empty" holds no report and no file to analyse (an artifact download that found nothing?).\n');
  });

  it('names a JSON file that is not a report', async () => {
    fs.writeFileSync(path.join(work, 'other.json'), '{"tool": {"name": "eslint"}}');
    const t = io(work);
    expect(await runCli(['compare', 'other.json'], t.value)).toBe(2);
    expect(t.err()).toBe('mlops-ci-check compare: "other.json" is not a mlops-ci-check report (its "tool.name" is not "mlops-ci-check"); make one with `mlops-ci-check --format json --history`.\n');
  });
});
