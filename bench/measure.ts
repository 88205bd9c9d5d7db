/**
 * Benchmark (not a test): the analysis as a user runs it (`node dist/cli.js <repo> --format
 * json`) against a plain walk+read of exactly the folders it lists and the files it reads.
 * Each run is a separate child process (so each has its own peak RSS), the two alternate,
 * and the figures are medians: wall time, CPU time (user + system), peak RSS, and the ratios.
 *
 *   npx tsx bench/measure.ts realistic [--files 30000] [--next N] [--node-modules N]
 *   npx tsx bench/measure.ts curve                      # 1k, 10k, 30k, 100k files
 *   npx tsx bench/measure.ts repo /path/to/checkout     # any checkout
 *   npx tsx bench/measure.ts cold-start                 # `--version` against `node -e 0`
 *
 * Common options: --runs N (default 5), --node PATH (the Node binary of the children, e.g.
 * Node 24 from .ci/.node24), --cli PATH (default dist/cli.js: run `npm run bundle` first),
 * --regenerate (rebuild a generated repository even when one of that size exists).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngine } from '../src/engine.js';
import { generateRealisticRepository } from './realistic-repo.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const mode = argv[0] ?? 'realistic';
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const num = (name: string, fallback: number): number => {
  const v = Number(opt(name));
  return Number.isFinite(v) && v >= 0 && opt(name) !== undefined ? v : fallback;
};
const runs = num('runs', 5);
const node = opt('node') ?? process.execPath;
const cli = path.resolve(opt('cli') ?? path.join(here, '..', 'dist', 'cli.js'));
const hook = path.join(here, 'usage-hook.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-bench-'));

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

/** One child process; wall time from here, CPU time and peak RSS from the child itself. */
function measure(args: string[]): Sample {
  const out = path.join(work, 'usage.json');
  fs.rmSync(out, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(node, ['--import', hook, ...args], { env: { ...process.env, BENCH_USAGE_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  const u = JSON.parse(fs.readFileSync(out, 'utf8')) as { cpuMs: number; maxRssKb: number };
  return { wallMs, cpuMs: u.cpuMs, rssMb: u.maxRssKb / 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const med = (xs: Sample[]): Sample => ({ wallMs: median(xs.map((x) => x.wallMs)), cpuMs: median(xs.map((x) => x.cpuMs)), rssMb: median(xs.map((x) => x.rssMb)) });

export interface Comparison {
  files: number;
  read: number;
  codeMb: number;
  walk: Sample;
  analysis: Sample;
}

/** The analysis against the walk+read of what it reads, alternating, medians. */
function compare(root: string): Comparison {
  // One analysis in this process first, to learn which folders it lists and which files it reads.
  const probe = runEngine(root);
  const repo = probe.analysis.repo;
  const files = repo.readPaths().filter((f) => repo.has(f));
  let bytes = 0;
  for (const f of files) bytes += fs.statSync(path.join(root, f)).size;
  const list = path.join(work, 'read-set.json');
  fs.writeFileSync(list, JSON.stringify({ root, dirs: [...repo.dirs], files }));
  const walk: Sample[] = [];
  const analysis: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    walk.push(measure([path.join(here, 'walk-read.mjs'), list]));
    analysis.push(measure([cli, root, '--format', 'json']));
  }
  return { files: repo.files.length, read: files.length, codeMb: bytes / 1e6, walk: med(walk), analysis: med(analysis) };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
function print(label: string, c: Comparison): void {
  console.log(`${label}: ${c.files} files listed, ${c.read} read (${c.codeMb.toFixed(1)} MB), ${runs} runs each, medians`);
  console.log(`  walk+read  wall ${ms(c.walk.wallMs)}  cpu ${ms(c.walk.cpuMs)}  peak RSS ${c.walk.rssMb.toFixed(0)} MB`);
  console.log(`  analysis   wall ${ms(c.analysis.wallMs)}  cpu ${ms(c.analysis.cpuMs)}  peak RSS ${c.analysis.rssMb.toFixed(0)} MB`);
  console.log(`  ratio      wall ${(c.analysis.wallMs / c.walk.wallMs).toFixed(2)}  cpu ${(c.analysis.cpuMs / c.walk.cpuMs).toFixed(2)}`);
}

/** A generated repository in the temp folder, reused while its options (and the generator) are unchanged. */
function realistic(files: number, nextFiles = 0, nodeModulesFiles = 0): string {
  const root = path.join(os.tmpdir(), `mlops-ci-check-realistic-${files}${nextFiles ? `-next${nextFiles}` : ''}${nodeModulesFiles ? `-nm${nodeModulesFiles}` : ''}`);
  const marker = `${root}.json`;
  const generator = fs.readFileSync(path.join(here, 'realistic-repo.ts'), 'utf8');
  const wanted = JSON.stringify({ files, nextFiles, nodeModulesFiles, generatorBytes: generator.length });
  if (argv.includes('--regenerate') || !fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== wanted) {
    process.stdout.write(`generating ${root} ... `);
    const bytes = generateRealisticRepository(root, { files, nextFiles, nodeModulesFiles });
    fs.writeFileSync(marker, wanted);
    console.log(`${(bytes / 1e6).toFixed(0)} MB`);
  }
  return root;
}

function coldStart(): void {
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < Math.max(runs, 9); i++) {
    a.push(measure(['-e', '0']));
    b.push(measure([cli, '--version']));
  }
  const x = med(a);
  const y = med(b);
  const v = spawnSync(node, ['--version']).stdout.toString().trim();
  console.log(`cold start on Node ${v}, ${a.length} runs each, medians`);
  console.log(`  node -e 0            wall ${ms(x.wallMs)}  cpu ${ms(x.cpuMs)}  peak RSS ${x.rssMb.toFixed(0)} MB`);
  console.log(`  cli --version        wall ${ms(y.wallMs)}  cpu ${ms(y.cpuMs)}  peak RSS ${y.rssMb.toFixed(0)} MB`);
  console.log(`  bundle ${(fs.statSync(cli).size / 1e6).toFixed(2)} MB`);
}

try {
  if (mode === 'cold-start') coldStart();
  else if (mode === 'repo') {
    const root = path.resolve(argv[1] ?? '.');
    print(root, compare(root));
  } else if (mode === 'curve') {
    const rows: [number, Comparison][] = [];
    for (const n of [1_000, 10_000, 30_000, 100_000]) {
      const c = compare(realistic(n));
      print(`realistic ${n}`, c);
      rows.push([n, c]);
    }
    console.log('\n| files | code read | walk wall / cpu | analysis wall / cpu | ratio wall / cpu | analysis RSS | analysis cpu per MB |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [n, c] of rows) {
      console.log(`| ${n} | ${c.codeMb.toFixed(1)} MB | ${ms(c.walk.wallMs)} / ${ms(c.walk.cpuMs)} | ${ms(c.analysis.wallMs)} / ${ms(c.analysis.cpuMs)} | ${(c.analysis.wallMs / c.walk.wallMs).toFixed(2)} / ${(c.analysis.cpuMs / c.walk.cpuMs).toFixed(2)} | ${c.analysis.rssMb.toFixed(0)} MB | ${(c.analysis.cpuMs / c.codeMb).toFixed(0)} ms |`);
    }
  } else {
    const c = compare(realistic(num('files', 30_000), num('next', 0), num('node-modules', 0)));
    print(`realistic ${num('files', 30_000)}`, c);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
