/**
 * The hostile fuzzer's long run (not a test; CI can run it on a schedule): 10^5 cases of
 * workflows, configs, task files and scripts built from hostile tokens, each through every
 * parser in process, and every `--engine-every`-th case through the whole engine and all
 * renderers on disk. Prints throws, hangs (a case over `--hang-ms`), the slowest case and
 * the largest output; exits 1 when any case threw or hung.
 *
 *   npx tsx bench/fuzz.ts                       # 100,000 cases, the engine on every 100th
 *   npx tsx bench/fuzz.ts --cases 5000 --seed 7 --max-repeat 4000 --dump /tmp/slowest.json
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
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

interface Stat {
  runs: number;
  throws: { error: string; size: number }[];
  hangs: { ms: number; size: number }[];
  slowestMs: number;
  totalMs: number;
  largestOutput: number;
  longestMessage: number;
  largestInput: number;
}

const stat = (): Stat => ({ runs: 0, throws: [], hangs: [], slowestMs: 0, totalMs: 0, largestOutput: 0, longestMessage: 0, largestInput: 0 });
const parsers = stat();
const engine = stat();

function measure(s: Stat, c: HostileCase, run: (c: HostileCase) => Outcome): void {
  const size = Object.values(c).reduce((m, t) => m + t.length, 0);
  const start = performance.now();
  try {
    const out = run(c);
    s.largestOutput = Math.max(s.largestOutput, out.outputBytes);
    s.longestMessage = Math.max(s.longestMessage, out.longestMessage);
  } catch (err: unknown) {
    if (s.throws.length < 10) s.throws.push({ error: err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : String(err), size });
    else s.throws.push({ error: '', size });
  }
  const ms = performance.now() - start;
  s.runs++;
  s.totalMs += ms;
  if (ms >= s.slowestMs && dump) fs.writeFileSync(dump, JSON.stringify(c));
  s.slowestMs = Math.max(s.slowestMs, ms);
  s.largestInput = Math.max(s.largestInput, size);
  if (ms > hangMs) s.hangs.push({ ms: Math.round(ms), size });
}

const line = (name: string, s: Stat) =>
  `${name.padEnd(8)} ${String(s.runs).padStart(7)} runs  ${String(s.throws.length).padStart(3)} throws  ${String(s.hangs.length).padStart(3)} over ${hangMs} ms  ` +
  `mean ${(s.totalMs / Math.max(1, s.runs)).toFixed(1)} ms  slowest ${Math.round(s.slowestMs)} ms  largest input ${(s.largestInput / 1024).toFixed(0)} KiB  ` +
  `largest output ${(s.largestOutput / 1024).toFixed(0)} KiB  longest message ${s.longestMessage} chars`;
const started = performance.now();
let done = 0;
for (let batch = Math.floor(from / BATCH); done < cases; batch++) {
  const n = Math.min(BATCH, cases - done);
  for (const c of fc.sample(hostileCase(maxRepeat), { numRuns: n, seed: seed + batch })) {
    measure(parsers, c, exerciseParsers);
    if (done % engineEvery === 0) measure(engine, c, exerciseEngine);
    done++;
  }
  if (batch % 20 === 19) {
    process.stderr.write(`${done} cases, ${Math.round((performance.now() - started) / 1000)} s\n${line('parsers', parsers)}\n${line('engine', engine)}\n`);
  }
}

console.log(`hostile fuzz: ${cases} cases, seed ${seed}, tokens repeated up to ${maxRepeat} times, ${Math.round((performance.now() - started) / 1000)} s`);
console.log(line('parsers', parsers));
console.log(line('engine', engine));
for (const t of [...parsers.throws, ...engine.throws].filter((t) => t.error)) console.log(`  throw (input ${t.size} chars): ${t.error}`);
for (const h of [...parsers.hangs, ...engine.hangs].slice(0, 10)) console.log(`  slow case: ${h.ms} ms (input ${h.size} chars)`);
process.exitCode = parsers.throws.length + engine.throws.length + parsers.hangs.length + engine.hangs.length > 0 ? 1 : 0;
