/**
 * Benchmark (not a test) of the pull-request comparison: the synthetic repository of
 * bench/analysis.ts committed to git as the base, one workflow edited as the head; times
 * (a) the analysis of the checkout and (b) the base analysis read from git objects with the
 * diff and the comparison, and prints the medians, the ratio b/a and the peak RSS.
 *
 *   npm run bench:base                    # default size: 30,000 files
 *   npm run bench:base -- --files 5000 --runs 3
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeBase } from '../src/baseline/base.js';
import { runEngine } from '../src/engine.js';
import { DEFAULT_SIZE, generateRepository } from './synthetic-repo.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const size = { files: arg('files', DEFAULT_SIZE.files), testFiles: arg('tests', DEFAULT_SIZE.testFiles), workflows: arg('workflows', DEFAULT_SIZE.workflows) };
const runs = arg('runs', 5);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-ci-check-bench-base-'));
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

console.log(`generating ${size.files} files in ${root} and committing them ...`);
generateRepository(root, size);
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'base');
const base = git('rev-parse', 'HEAD');
const workflows = path.join(root, '.github', 'workflows');
const first = fs.readdirSync(workflows).sort()[0]!;
fs.appendFileSync(path.join(workflows, first), '# edited by the benchmark\n');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const head: number[] = [];
const compare: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = process.hrtime.bigint();
  // As the CLI and the action run it when a base is to be compared: what the analysis learnt is kept for the base.
  const result = runEngine(root, { keepForBase: true });
  head.push(Number(process.hrtime.bigint() - t) / 1e6);
  t = process.hrtime.bigint();
  const b = analyzeBase(root, result, { rev: base }, {});
  compare.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (!b.compared) throw new Error(`the base was not compared: ${b.note}`);
}
const a = median(head);
const b = median(compare);
console.log(`(a) analysis of the checkout: ${a.toFixed(0)} ms median of ${runs}`);
console.log(`(b) base from git objects + diff + comparison: ${b.toFixed(0)} ms median of ${runs}`);
console.log(`ratio b/a: ${(b / a).toFixed(2)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
fs.rmSync(root, { recursive: true, force: true });
