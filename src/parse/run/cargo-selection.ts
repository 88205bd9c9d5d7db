/**
 * What a cargo command that runs tests selects: `cargo test` (`cargo t`), `cargo nextest run`, `cargo llvm-cov`
 * (its default `test`, or `nextest`) and `cargo tarpaulin`. Their packages (`-p`, `--workspace`, `--exclude`,
 * `--manifest-path`) and targets (`--lib`, `--bins`, `--tests`, `--test NAME`, `--doc`, `--all-targets`) are read;
 * an option that may narrow the tests in a way the tool does not evaluate (features, filter expressions, an option
 * it does not know) is kept in `unsure`, and the inventory then counts every test it could select.
 * `cargo build`, `check`, `clippy` and `test --no-run` run no test: no selection.
 */
import type { CargoSelection, TestSelection } from '../../model/inventory.js';
import { positionals } from './tasks/types.js';

type Picked = Omit<TestSelection, 'command' | 'cwd'>;

/** cargo's own options before the subcommand (`cargo +nightly --locked test`): the valued ones. */
const GLOBAL_VALUED = new Set(['--color', '--config', '-Z', '-C']);

/** Options that take a value and narrow or move what runs (packages, targets, features, filters, the project root). */
const SELECTING_VALUED = [
  '-p', '--package', '--exclude', '--manifest-path', '--test', '--bin', '--example', '--bench', '--features', '-F', '-E', '--filter-expr',
  '--filterset', '--run-ignored', '--archive-file', '--workspace-remap', '--root', '-r', '--run-types',
];

/** Options that take a value which changes nothing the inventory asks (output, speed, profiles, reports, coverage bars). */
const NEUTRAL_VALUED = [
  '--target', '--target-dir', '-j', '--jobs', '--profile', '--color', '--message-format', '--config', '-Z', '--lockfile-path',
  '--partition', '-P', '--retries', '--test-threads', '--cargo-profile', '--status-level', '--final-status-level', '--failure-output',
  '--success-output', '--max-fail', '--tool-config-file', '--config-file', '--show-progress', '--output-path', '--output-dir',
  '--fail-under-lines', '--fail-under-functions', '--fail-under-regions', '--fail-uncovered-lines', '--fail-uncovered-functions',
  '--fail-uncovered-regions', '--ignore-filename-regex', '--dep-coverage', '--codecov-output', '--out', '-o', '--timeout', '-t',
  '--engine', '--exclude-files', '--fail-under', '--ciserver', '--coveralls', '--report-uri', '--post-test-delay', '--rustflags',
  '--no-tests',
];

/** Flags that change nothing the inventory asks. */
const NEUTRAL_FLAGS = [
  '-v', '-vv', '--verbose', '-q', '--quiet', '--release', '--locked', '--frozen', '--offline', '--no-fail-fast', '--fail-fast',
  '--keep-going', '--ignore-rust-version', '--future-incompat-report', '--timings', '--hide-progress-bar', '--no-capture', '--nocapture',
  '--lcov', '--json', '--html', '--text', '--codecov', '--cobertura', '--open', '--summary-only', '--show-missing-lines', '--no-report',
  '--no-clean', '--branch', '--mcdc', '--doctests', '--include-build-script', '--include-ffi', '--skip-clean', '--force-clean',
  '--avoid-cfg-tarpaulin', '--follow-exec', '--count', '--line', '--ignore-panics', '--ignore-config', '--implicit-test-threads',
  '--print-rust-flags', '--cargo-quiet',
];

/** Options of the test commands (cargo test, nextest, llvm-cov, tarpaulin) that take a value. */
const VALUED = new Set([...SELECTING_VALUED, ...NEUTRAL_VALUED]);

/** Options that change nothing the inventory asks. */
const NEUTRAL = new Set([...NEUTRAL_FLAGS, ...NEUTRAL_VALUED]);

const TARGETS: Record<string, CargoSelection['targets'][number]> = {
  '--lib': 'lib',
  '--bins': 'bins',
  '--bin': 'bins',
  // `--tests`: every target with `test = true` (the lib, the binaries and the integration tests).
  '--tests': 'tests',
  '--doc': 'doc',
  '--examples': 'examples',
  '--example': 'examples',
  '--benches': 'benches',
  '--bench': 'benches',
  '--all-targets': 'all',
};

/** The test command's own words (after `cargo [+toolchain] [global options]`), and which tool reads them; undefined when it runs no test. */
function testWords(argv: readonly string[]): { tool: 'test' | 'nextest' | 'tarpaulin'; words: string[] } | undefined {
  let i = 1;
  while (i < argv.length && (argv[i]!.startsWith('+') || argv[i]!.startsWith('-'))) i += GLOBAL_VALUED.has(argv[i]!) ? 2 : 1;
  const sub = argv[i];
  const rest = argv.slice(i + 1);
  if (sub === 'test' || sub === 't') return { tool: 'test', words: rest };
  if (sub === 'nextest') return rest[0] === 'run' || rest[0] === 'r' ? { tool: 'nextest', words: rest.slice(1) } : undefined;
  if (sub === 'tarpaulin') return { tool: 'tarpaulin', words: rest };
  if (sub === 'llvm-cov') {
    // `report`, `clean`, `show-env` and `run` (a binary) run no test; `nextest` runs nextest; `test` or options run cargo test.
    if (rest[0] === 'nextest') return { tool: 'nextest', words: rest.slice(1) };
    if (rest[0] === 'test') return { tool: 'test', words: rest.slice(1) };
    if (rest[0] !== undefined && !rest[0].startsWith('-')) return undefined;
    return { tool: 'test', words: rest };
  }
  return undefined;
}

/** Whether argv starts a cargo command that may run tests (`cross` is cargo's drop-in for other targets). */
export const isCargoTest = (argv: readonly string[]): boolean => argv[0] === 'cargo' || argv[0] === 'cross' || argv[0] === 'cargo-nextest' || argv[0] === 'cargo-tarpaulin';

/** What a cargo test command selects; undefined when it runs no test (`cargo build`, `cargo test --no-run`). */
export function cargoTest(argv: readonly string[]): Picked | undefined {
  const normal =
    argv[0] === 'cross'
      ? ['cargo', ...argv.slice(1)]
      : argv[0] === 'cargo-nextest'
        ? ['cargo', 'nextest', ...argv.slice(1)]
        : argv[0] === 'cargo-tarpaulin'
          ? ['cargo', 'tarpaulin', ...argv.slice(1)]
          : argv;
  const found = testWords(normal);
  if (!found) return undefined;
  const dash = found.words.indexOf('--');
  const own = dash < 0 ? found.words : found.words.slice(0, dash);
  const binaryArgs = dash < 0 ? [] : found.words.slice(dash + 1);
  const { args, opts } = positionals(own, VALUED);
  if (opts.has('--no-run')) return undefined;
  const sel: CargoSelection = { workspace: opts.has('--workspace') || opts.has('--all'), exclude: [...(opts.get('--exclude') ?? [])], targets: [], tests: [], unsure: [] };
  const manifest = opts.get('--manifest-path')?.at(-1) ?? (found.tool === 'tarpaulin' ? (opts.get('--root') ?? opts.get('-r'))?.at(-1) : undefined);
  if (manifest !== undefined) sel.manifestPath = found.tool === 'tarpaulin' && !manifest.endsWith('.toml') ? `${manifest.replace(/\/+$/, '')}/Cargo.toml` : manifest;
  for (const [opt, values] of opts) {
    if (opt === '--test') for (const v of values) sel.tests.push(v);
    const target = TARGETS[opt];
    if (target !== undefined && !sel.targets.includes(target)) sel.targets.push(target);
    if (target !== undefined || opt === '--test' || ['-p', '--package', '--exclude', '--manifest-path', '--workspace', '--all', '--root', '-r'].includes(opt) || NEUTRAL.has(opt)) continue;
    // `--all-features` builds every `#[cfg(feature)]` test: all are counted, as they run.
    if (opt === '--all-features') continue;
    if (['--features', '-F', '--no-default-features'].includes(opt)) sel.unsure.push(`the features of \`${opt}${values[0] ? ` ${values[0]}` : ''}\``);
    else if (['-E', '--filter-expr', '--filterset', '--run-ignored', '--run-types'].includes(opt)) sel.unsure.push(`the filter \`${opt} ${values.at(-1) ?? ''}\``);
    else sel.unsure.push(`the option \`${opt}\``);
  }
  if (binaryArgs.some((w) => w === '--ignored' || w === '--skip' || w === '--exact' || !w.startsWith('-'))) sel.unsure.push(`the test-binary arguments \`-- ${binaryArgs.join(' ')}\``);
  const pick: Picked = { runner: 'cargo', paths: [], cargo: sel };
  const packages = [...(opts.get('-p') ?? []), ...(opts.get('--package') ?? [])];
  if (packages.length > 0) pick.projects = packages;
  if (args.length > 0) pick.keyword = args.join(' ');
  return pick;
}
