/**
 * Benchmark (not a test): generates a synthetic repository, then in one process times
 * (a) a plain walk that lists every file and reads the files the analysis reads, and
 * (b) the full analysis; prints medians, the ratio b/a and peak RSS.
 *
 *   npm run bench                      # default size: 30,000 files
 *   npm run bench -- --files 5000 --runs 3
 *   npm run bench -- --regenerate      # rebuild the repository even if one of this size exists
 *
 * The generated repository is kept in the temp folder with a marker file beside it holding its size;
 * a later run with the same size reuses it, so a profile covers the analysis only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runEngine } from '../src/engine.js';
import { DEFAULT_SIZE, generateRepository } from './synthetic-repo.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const size = { files: arg('files', DEFAULT_SIZE.files), testFiles: arg('tests', DEFAULT_SIZE.testFiles), workflows: arg('workflows', DEFAULT_SIZE.workflows) };
const runs = arg('runs', 5);
const root = path.join(os.tmpdir(), `mlops-ci-check-bench-${size.files}`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function plainWalk(dir: string, readSet: ReadonlySet<string>): number {
  let bytes = 0;
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) stack.push(child);
      else if (readSet.has(child)) bytes += fs.readFileSync(path.join(dir, child), 'utf8').length;
    }
  }
  return bytes;
}

const marker = `${root}.size.json`; // beside the repository, so it is not one of its files
const wanted = JSON.stringify(size);
const existing = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : undefined;
if (process.argv.includes('--regenerate') || existing !== wanted) {
  console.log(`generating ${size.files} files (${size.testFiles} test files, ${size.workflows} workflows) in ${root} ...`);
  generateRepository(root, size);
  fs.writeFileSync(marker, wanted);
} else {
  console.log(`reusing ${root} (${size.files} files, ${size.testFiles} test files, ${size.workflows} workflows); --regenerate to rebuild`);
}

// One analysis first, to learn which files it reads (the plain walk reads the same ones).
const probe = runEngine(root);
const readSet = new Set(probe.analysis.repo.readPaths());
console.log(`the analysis lists ${probe.analysis.repo.files.length} files and reads ${readSet.size} of them; ${probe.report.tests.files.length} test files found`);

const walk: number[] = [];
const full: number[] = [];
// CPU time (user + system) as well: on a shared machine it moves less than wall time.
const walkCpu: number[] = [];
const fullCpu: number[] = [];
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
for (let i = 0; i < runs; i++) {
  let t = process.hrtime.bigint();
  let c = process.cpuUsage();
  plainWalk(root, readSet);
  walk.push(Number(process.hrtime.bigint() - t) / 1e6);
  walkCpu.push(cpuMs(c));
  t = process.hrtime.bigint();
  c = process.cpuUsage();
  runEngine(root);
  full.push(Number(process.hrtime.bigint() - t) / 1e6);
  fullCpu.push(cpuMs(c));
}
const a = median(walk);
const b = median(full);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`runs: ${runs}`);
console.log(`(a) plain walk + read:  median ${a.toFixed(0)} ms (cpu ${median(walkCpu).toFixed(0)} ms)`);
console.log(`(b) full analysis:      median ${b.toFixed(0)} ms (cpu ${median(fullCpu).toFixed(0)} ms)`);
console.log(`ratio b/a:              ${(b / a).toFixed(2)}`);
console.log(`peak RSS:               ${rssMb.toFixed(0)} MB`);
