/**
 * How the CLI and the action hand a pull request's base what they did before it: the base's git
 * started before the checkout's analysis (startBaseDiff, taken by analyzeBase), and the source
 * scans, parsed CI and test discovery kept by the checkout's analysis (keepForBase), which analyzeBase
 * seeds the base's run with. Neither changes a report (the base tests prove analyzeBase gives the
 * same result with them as without), only how long a run takes and how much it holds (as the full
 * collection before the base's checks: collectBeforeChecks), so nothing else would see the entries
 * stop passing them on, or analyzeBase stop handing one over: the modules are wrapped here,
 * recording each call, around their real code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import type { EngineOptions, EngineResult } from '../src/engine.js';
import type { BaseTarget } from '../src/baseline/base.js';
import type { RepoIndex } from '../src/model/repository.js';
import { prScenario, SCENARIOS } from './helpers/git-scenario.js';
import { makeRepo } from './helpers/repo.js';

jest.setTimeout(60_000);

type Call =
  | { what: 'startBaseDiff'; dir: string; rev: string }
  | { what: 'runEngine'; options: EngineOptions }
  | { what: 'analyzeBase'; scans: number | undefined; parses: number | undefined; tests: number | undefined; early: boolean }
  | { what: 'seedSourceScans' | 'seedParsedCi' | 'seedDescribedTests'; size: number };
const calls: Call[] = [];

const diff = await import('../src/git/diff.js');
jest.unstable_mockModule('../src/git/diff.js', () => ({
  ...diff,
  startBaseDiff: (dir: string, rev: string, signal?: AbortSignal) => {
    calls.push({ what: 'startBaseDiff', dir, rev });
    return diff.startBaseDiff(dir, rev, signal);
  },
}));
const engine = await import('../src/engine.js');
jest.unstable_mockModule('../src/engine.js', () => ({
  ...engine,
  runEngine: (root: string, options: EngineOptions) => {
    calls.push({ what: 'runEngine', options });
    return engine.runEngine(root, options);
  },
}));
// What analyzeBase seeds the base's run with (the real modules, whose state the engine's runs share).
const scans = await import('../src/analysis/code-search.js');
jest.unstable_mockModule('../src/analysis/code-search.js', () => ({
  ...scans,
  seedSourceScans: (repo: RepoIndex, kept: Parameters<typeof scans.seedSourceScans>[1]) => {
    calls.push({ what: 'seedSourceScans', size: kept.size });
    scans.seedSourceScans(repo, kept);
  },
}));
const ci = await import('../src/parse/ci/github-actions/read.js');
jest.unstable_mockModule('../src/parse/ci/github-actions/read.js', () => ({
  ...ci,
  seedParsedCi: (repo: RepoIndex, kept: Parameters<typeof ci.seedParsedCi>[1]) => {
    calls.push({ what: 'seedParsedCi', size: kept.size });
    ci.seedParsedCi(repo, kept);
  },
}));
const discover = await import('../src/inventory/discover.js');
jest.unstable_mockModule('../src/inventory/discover.js', () => ({
  ...discover,
  seedDescribedTests: (repo: RepoIndex, kept: Parameters<typeof discover.seedDescribedTests>[1]) => {
    calls.push({ what: 'seedDescribedTests', size: kept.found.size });
    discover.seedDescribedTests(repo, kept);
  },
}));
const base = await import('../src/baseline/base.js');
const { EarlyGitOutputs } = await import('../src/git/early-outputs.js');
jest.unstable_mockModule('../src/baseline/base.js', () => ({
  ...base,
  analyzeBase: (root: string, head: EngineResult, target: BaseTarget, options: EngineOptions, early?: InstanceType<typeof EarlyGitOutputs>) => {
    calls.push({ what: 'analyzeBase', scans: head.forBase?.sourceScans.size, parses: head.forBase?.parsedCi?.size, tests: head.forBase?.describedTests?.found.size, early: early instanceof EarlyGitOutputs });
    return base.analyzeBase(root, head, target, options, early);
  },
}));
const { runCli } = await import('../src/cli-run.js');
const { run } = await import('../src/main.js');

/** The calls of one run, each as what it was and what it was given. */
const summary = () =>
  calls.map((c) => {
    switch (c.what) {
      case 'runEngine':
        return `runEngine keepForBase=${c.options.keepForBase === true} base=${c.options.openRepo !== undefined}${c.options.collectBeforeChecks ? ' collected' : ''}`;
      case 'analyzeBase':
        return `analyzeBase scans=${c.scans} parses=${(c.parses ?? 0) > 0} tests=${(c.tests ?? 0) > 0} early=${c.early}`;
      case 'startBaseDiff':
        return `startBaseDiff ${c.rev}`;
      default:
        return `${c.what} ${c.size > 0}`;
    }
  });
/** What the base's run is seeded with, as analyzeBase opens its repository: each of the three, not empty. */
const SEEDED = ['seedSourceScans true', 'seedParsedCi true', 'seedDescribedTests true'];

beforeEach(() => {
  calls.length = 0;
});

describe("the base's head start", () => {
  it('the CLI with --base starts the base\'s git before the checkout\'s analysis, keeps what it learnt, and hands both to analyzeBase, which seeds the base\'s run', async () => {
    const s = prScenario(SCENARIOS.removesTests);
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined, isTTY: false, env: {}, cwd: s.dir };
    expect(await runCli(['.', '--format', 'json', '--base', s.base], io)).toBe(0);
    expect(summary()).toEqual([`startBaseDiff ${s.base}`, 'runEngine keepForBase=true base=false', 'analyzeBase scans=1 parses=true tests=true early=true', 'runEngine keepForBase=false base=true collected', ...SEEDED]);
    expect((JSON.parse(out.join('')) as { base: { compared: boolean } }).base.compared).toBe(true);
    // Without --base: neither.
    calls.length = 0;
    expect(await runCli(['.', '--format', 'json'], io)).toBe(0);
    expect(summary()).toEqual(['runEngine keepForBase=false base=false']);
  });

  it('the action on a pull request does the same; on a push, neither', async () => {
    const s = prScenario(SCENARIOS.removesTests);
    const tmp = makeRepo({ 'summary.md': '', 'output.txt': '', 'event.json': JSON.stringify({ pull_request: { number: 7, base: { sha: s.base, ref: 'main' }, head: { sha: s.head } } }) });
    const saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_WORKSPACE: s.dir,
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
      GITHUB_OUTPUT: path.join(tmp, 'output.txt'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(tmp, 'event.json'),
      GITHUB_SHA: s.head,
      GITHUB_REPOSITORY: 'acme/app',
      RUNNER_TEMP: tmp,
      INPUT_HISTORY: 'false',
      INPUT_ANNOTATIONS: 'false',
      INPUT_SUMMARY: 'false',
    });
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await run();
      expect(summary()).toEqual([`startBaseDiff ${s.base}`, 'runEngine keepForBase=true base=false', 'analyzeBase scans=1 parses=true tests=true early=true', 'runEngine keepForBase=false base=true collected', ...SEEDED]);
      expect(fs.readFileSync(path.join(tmp, 'output.txt'), 'utf8')).toMatch(/^base-score<</m);
      calls.length = 0;
      process.env['GITHUB_EVENT_NAME'] = 'push';
      await run();
      expect(summary()).toEqual(['runEngine keepForBase=false base=false']);
    } finally {
      jest.restoreAllMocks();
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      process.exitCode = undefined;
    }
  });
});
