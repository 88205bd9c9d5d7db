/**
 * The hostile fuzzer's long run (not a test; CI can run it on a schedule): 10^5 cases of
 * workflows, configs, task files and scripts built from hostile tokens, each through every
 * parser in process, and every `--engine-every`-th case through the whole engine and all
 * renderers on disk. Prints throws, hangs (a case over `--hang-ms` of CPU time), the slowest case and
 * the largest output; exits 1 when any case threw or hung.
 *
 *   npx tsx bench/fuzz.ts                       # 100,000 cases, the engine on every 100th
 *   npx tsx bench/fuzz.ts --cases 5000 --seed 7 --max-repeat 4000 --dump /tmp/slowest.json
 *   npx tsx bench/fuzz.ts --replay /tmp/fuzz-throw-parsers-seed19-case431.json   # one kept case again
 *
 * A case that throws or hangs is written to `--failures DIR` (the temporary folder by default)
 * with its seed and index (`fc.sample(hostileCase(maxRepeat), { numRuns: 500, seed })[index]`)
 * and the error, and its line on stderr says the same, so that no failure is lost.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exerciseEngine, exerciseParsers, hostileCase, type HostileCase, type Outcome } from '../__tests__/helpers/hostile-arbitraries.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

const cases = arg('cases', 100_000);
const engineEvery = arg('engine-every', 100);
const hangMs = arg('hang-ms', 2000);
const seed = arg('seed', 12);
const maxRepeat = arg('max-repeat', 2000);
/** `--from N`: start at case N of the same sequence (N a multiple of 500), to rerun part of a run. */
const from = arg('from', 0);
const BATCH = 500;
/** `--dump FILE`: the slowest case so far, as JSON, to reproduce it. */
const dump = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
/** `--failures DIR`: every case that threw or hung, as JSON with its seed and index, to reproduce it. */
const failures = (process.argv.includes('--failures') ? process.argv[process.argv.indexOf('--failures') + 1] : undefined) ?? os.tmpdir();
fs.mkdirSync(failures, { recursive: true });

/** Where a case is in the sequence: `fc.sample(hostileCase(maxRepeat), { numRuns: 500, seed })[index]`. */
interface Where {
  seed: number;
  index: number;
}

interface Stat {
  runs: number;
  throws: { error: string; size: number; where: Where; file: string }[];
  hangs: { ms: number; size: number; where: Where; file: string }[];
  slowestMs: number;
  totalMs: number;
  largestOutput: number;
  longestMessage: number;
  largestInput: number;
}

const stat = (): Stat => ({ runs: 0, throws: [], hangs: [], slowestMs: 0, totalMs: 0, largestOutput: 0, longestMessage: 0, largestInput: 0 });
const parsers = stat();
const engine = stat();

/** Writes a failing case with where it came from and why, so that it can be rerun alone; returns the file. */
function keep(kind: string, name: string, where: Where, c: HostileCase, why: string): string {
  const file = path.join(failures, `fuzz-${kind}-${name}-seed${where.seed}-case${where.index}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...where, maxRepeat, why, case: c }));
  return file;
}

function measure(name: string, s: Stat, c: HostileCase, where: Where, run: (c: HostileCase) => Outcome): void {
  const size = Object.values(c).reduce((m, t) => m + t.length, 0);
  // CPU time of this process, not the wall clock: on a shared machine the wall clock counts other work too.
  const cpu = process.cpuUsage();
  try {
    const out = run(c);
    s.largestOutput = Math.max(s.largestOutput, out.outputBytes);
    s.longestMessage = Math.max(s.longestMessage, out.longestMessage);
  } catch (err: unknown) {
    const error = err instanceof Error ? `${err.name}: ${err.message.slice(0, 300)}\n${(err.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(err);
    s.throws.push({ error, size, where, file: keep('throw', name, where, c, error) });
    process.stderr.write(`THROW ${name} seed ${where.seed} index ${where.index}: ${error}\n`);
  }
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  s.runs++;
  s.totalMs += ms;
  if (ms >= s.slowestMs && dump) fs.writeFileSync(dump, JSON.stringify({ ...where, maxRepeat, ms, case: c }));
  s.slowestMs = Math.max(s.slowestMs, ms);
  s.largestInput = Math.max(s.largestInput, size);
  if (ms > hangMs) {
    s.hangs.push({ ms: Math.round(ms), size, where, file: keep('hang', name, where, c, `${Math.round(ms)} ms`) });
    process.stderr.write(`SLOW ${name} seed ${where.seed} index ${where.index}: ${Math.round(ms)} ms\n`);
  }
}

const line = (name: string, s: Stat) =>
  `${name.padEnd(8)} ${String(s.runs).padStart(7)} runs  ${String(s.throws.length).padStart(3)} throws  ${String(s.hangs.length).padStart(3)} over ${hangMs} ms  ` +
  `mean ${(s.totalMs / Math.max(1, s.runs)).toFixed(1)} ms  slowest ${Math.round(s.slowestMs)} ms  largest input ${(s.largestInput / 1024).toFixed(0)} KiB  ` +
  `largest output ${(s.largestOutput / 1024).toFixed(0)} KiB  longest message ${s.longestMessage} chars`;
const replay = process.argv.includes('--replay') ? process.argv[process.argv.indexOf('--replay') + 1] : undefined;
if (replay) {
  const kept = JSON.parse(fs.readFileSync(replay, 'utf8')) as Where & { case: HostileCase };
  for (const [name, run] of [
    ['parsers', exerciseParsers],
    ['engine', exerciseEngine],
  ] as const) {
    const start = performance.now();
    run(kept.case);
    console.log(`${name}: ${Math.round(performance.now() - start)} ms`);
  }
  process.exit(0);
}

const started = performance.now();
let done = 0;
for (let batch = Math.floor(from / BATCH); done < cases; batch++) {
  const n = Math.min(BATCH, cases - done);
  const sample = fc.sample(hostileCase(maxRepeat), { numRuns: BATCH, seed: seed + batch }).slice(0, n);
  sample.forEach((c, index) => {
    const where = { seed: seed + batch, index };
    measure('parsers', parsers, c, where, exerciseParsers);
    if (done % engineEvery === 0) measure('engine', engine, c, where, exerciseEngine);
    done++;
  });
  if (batch % 2 === 1) {
    process.stderr.write(`${done} cases, ${Math.round((performance.now() - started) / 1000)} s\n${line('parsers', parsers)}\n${line('engine', engine)}\n`);
  }
}

console.log(`hostile fuzz: ${cases} cases, seed ${seed}, tokens repeated up to ${maxRepeat} times, ${Math.round((performance.now() - started) / 1000)} s`);
console.log(line('parsers', parsers));
console.log(line('engine', engine));
for (const t of [...parsers.throws, ...engine.throws]) console.log(`  throw, seed ${t.where.seed} index ${t.where.index} (input ${t.size} chars, kept in ${t.file}): ${t.error}`);
for (const h of [...parsers.hangs, ...engine.hangs]) console.log(`  slow case, seed ${h.where.seed} index ${h.where.index}: ${h.ms} ms (input ${h.size} chars, kept in ${h.file})`);
process.exitCode = parsers.throws.length + engine.throws.length + parsers.hangs.length + engine.hangs.length > 0 ? 1 : 0;
