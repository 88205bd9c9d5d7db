/**
 * Benchmark (not a test): builds a synthetic history with `git fast-import` (50,000
 * commits by default, 200 authors, 2,000 code files, 400 test files, 20 workflows, over
 * ten years), then times one history pass (`readHistory`) and prints wall time, CPU time
 * and peak memory of this process (git runs in its own).
 *
 *   npx tsx bench/history.ts                   # 50,000 commits
 *   npx tsx bench/history.ts --commits 5000 --runs 3
 *   npx tsx bench/history.ts --regenerate
 *
 * The repository is kept in the temp folder (a marker holds its size) and reused.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readHistory } from '../src/history/read-history.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const commits = arg('commits', 50_000);
const runs = arg('runs', 3);
const root = path.join(os.tmpdir(), `mlops-ci-check-bench-history-${commits}`);
const marker = `${root}.size`;
const CODE = 2000;
const TESTS = 400;
const WORKFLOWS = 20;
const AUTHORS = 200;

function pathOf(rand: (n: number) => number): string {
  const r = rand(100);
  if (r < 2) return `.github/workflows/wf-${rand(WORKFLOWS)}.yml`;
  if (r < 22) return `tests/unit/test_m${rand(TESTS)}.py`;
  if (r < 25) return `docs/page-${rand(50)}.md`;
  const m = rand(CODE);
  return `src/pkg${m % 20}/mod_${m}.py`;
}

/** A fast-import stream, written in chunks: one commit a day-ish over ten years, 1-3 files each. */
function generate(): void {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  spawnSync('git', ['init', '-q', root], { stdio: 'inherit' });
  const start = Date.UTC(2015, 0, 1) / 1000;
  const step = Math.floor((10 * 365 * 86400) / commits);
  const chunks: string[] = [];
  // mulberry32: a small seeded generator, so every run builds the same history.
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  for (let c = 0; c < commits; c++) {
    const when = start + c * step;
    const author = rand(AUTHORS);
    const msg = `change ${c}\n`;
    const files = 1 + rand(3);
    let body = `commit refs/heads/main\nmark :${c + 1}\nauthor Dev ${author} <dev${author}@example.com> ${when} +0000\ncommitter Dev ${author} <dev${author}@example.com> ${when} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`;
    if (c > 0) body += `from :${c}\n`;
    for (let f = 0; f < files; f++) {
      const content = `v${c}.${f}\n`;
      body += `M 100644 inline ${pathOf(rand)}\ndata ${Buffer.byteLength(content)}\n${content}`;
    }
    chunks.push(`${body}\n`);
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: root, input: chunks.join(''), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr.toString()}`);
  spawnSync('git', ['checkout', '-q', 'main'], { cwd: root });
  fs.writeFileSync(marker, String(commits));
}

if (process.argv.includes('--regenerate') || !fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== String(commits)) {
  const t = performance.now();
  generate();
  console.log(`generated ${commits} commits in ${root} (${Math.round(performance.now() - t)} ms)`);
}

const testFiles = Array.from({ length: TESTS }, (_, i) => `tests/unit/test_m${i}.py`);
const workflowFiles = Array.from({ length: WORKFLOWS }, (_, i) => `.github/workflows/wf-${i}.yml`);
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
const times: { wall: number; cpu: number }[] = [];
let last: Awaited<ReturnType<typeof readHistory>> | undefined;
for (let i = 0; i < runs; i++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  last = await readHistory(root, { testFiles, workflowFiles, usesSites: [] });
  const cpu = process.cpuUsage(cpu0);
  times.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
}
clearInterval(sampler);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const h = last!.section;
console.log(`history of ${h.repository?.commits ?? 0} commits: ci ${h.ci?.commits}, tests ${h.tests?.commits}, code ${h.code?.commits}, ${h.workflows?.length} workflows, ${h.repository?.authors} authors`);
console.log(`median of ${runs}: wall ${Math.round(median(times.map((t) => t.wall)))} ms, CPU in this process ${Math.round(median(times.map((t) => t.cpu)))} ms`);
console.log(`peak: RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, heap ${Math.round(peakHeap / 1048576)} MB (this process; git log runs in its own)`);
