/**
 * The CLI pipeline for a local checkout: the same engine as the action, printing to the
 * terminal. Exit 0 when the gate passes, 1 below a threshold, 2 on a usage error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './cli-args.js';
import { runEngine, type EngineOptions } from './engine.js';
import { HEAD_ARGS, type EarlyGit } from './cli-early.js';
import { startBaseDiff } from './git/diff.js';
import { gitText, textOf } from './git/run.js';
import { checkInputPaths, CLI_INPUT_NAMES } from './input-paths.js';
// Not from inputs.ts: that one loads @actions/core (and undici) into the CLI.
import { InputError } from './input-error.js';
import { boundReport } from './report/bound.js';
import { renderJson } from './report/json.js';
import { linkContextFrom } from './report/links.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is one. */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== 'auto') return args.color === 'always';
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.isTTY;
}

// What a run asks for only by an option (compare, --base, --history, --github, a format other than json) is
// imported when asked: ncc puts each in a chunk of its own, which a run without it never reads nor compiles.
/** `early`: the git commands the entry started before loading this module (cli-early.ts); used only for the folder they ran in. */
export async function runCli(argv: readonly string[], io: CliIo, early?: EarlyGit): Promise<number> {
  if (argv[0] === 'compare') return (await import('./compare/cli.js')).runCompareCli(argv.slice(1), io);
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err: unknown) {
    if (err instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return 0;
  }
  const root = path.resolve(io.cwd, args.path);
  let isDir: boolean;
  try {
    isDir = fs.statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    io.stderr(`${TOOL_NAME}: "${args.path}" is not a folder; give the path of a repository checkout.\n`);
    return 2;
  }
  if (args.configFile !== undefined && !fs.existsSync(path.resolve(root, args.configFile))) {
    io.stderr(`${TOOL_NAME}: the config file "${args.configFile}" does not exist (--config is relative to the analysed path "${args.path}").\n`);
    return 2;
  }
  try {
    // The path is the boundary: a --config outside it (by ../ or a link) is refused.
    checkInputPaths({ path: '.', configFile: args.configFile ?? '', configFileExplicit: args.configFile !== undefined, reportFile: undefined }, root, CLI_INPUT_NAMES);
  } catch (err: unknown) {
    if (!(err instanceof InputError)) throw err;
    io.stderr(`${TOOL_NAME}: ${err.message}\n`);
    return 2;
  }
  // Stops the base's git commands on a run that ends before it takes them.
  const stopBase = new AbortController();
  try {
    const options: EngineOptions = {
      displayPath: args.path,
      thresholds: { ...(args.minScore !== undefined ? { minScore: args.minScore } : {}), ...(args.minLevel !== undefined ? { minLevel: args.minLevel } : {}) },
      ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
      ...(args.profile !== undefined ? { profile: args.profile } : {}),
      ...(args.readGenerated ? { skipGenerated: false } : {}),
    };
    const started = early?.root === root ? early : undefined;
    const gitListing = await started?.listing;
    // With a base to compare with, git compares the work tree with it while the checkout is analysed, and what the
    // analysis learnt (its source scans, parsed CI, test discovery) is kept for it (analyzeBase starts the base from both).
    const baseGit = args.base !== undefined ? startBaseDiff(root, args.base, stopBase.signal) : undefined;
    const result = runEngine(root, { ...options, ...(gitListing ? { gitListing } : {}), ...(args.base !== undefined ? { keepForBase: true } : {}) });
    let report = result.report;
    const head = started ? textOf(await started.head) : gitText(root, HEAD_ARGS);
    if (head) report = { ...report, commit: { sha: head } };
    if (args.base !== undefined) {
      const { analyzeBase, withBase } = await import('./baseline/base.js');
      const outputs = await baseGit;
      const base = analyzeBase(root, result, { rev: args.base }, options, outputs);
      outputs?.release();
      if (!base.compared && base.note && args.format !== 'text') io.stderr(`${TOOL_NAME}: ${base.note}\n`);
      report = withBase(report, base);
    }
    if (args.history) report = await (await import('./history/attach.js')).addHistory(report, result.analysis, root, { authors: args.authors, ...(started?.log ? { earlyLog: started.log } : {}) });
    if (args.github) {
      const { addGithub, githubCacheDir } = await import('./github/attach.js');
      report = await addGithub(report, root, {
        env: io.env,
        cacheDir: githubCacheDir(io.env),
        ...(args.githubRepo !== undefined ? { repository: args.githubRepo } : {}),
        ...(args.issues !== undefined ? { issues: args.issues } : {}),
      });
    }
    // The history and GitHub sections carry text from commits and issues: bounded and made visible like the rest.
    report = boundReport(report);
    // Inside GitHub Actions the markdown links every place, as the job summary does.
    const links = linkContextFrom(io.env);
    if (args.format === 'json') io.stdout(renderJson(report));
    else if (args.format === 'markdown') io.stdout((await import('./report/summary.js')).renderSummary(report, links ? { links } : {}));
    else if (args.format === 'sarif') io.stdout((await import('./report/sarif.js')).renderSarif(report));
    else io.stdout((await import('./report/text.js')).renderText(report, { color: useColor(args, io), verbose: args.verbose, ...(io.columns ? { width: io.columns } : {}) }));
    if (!report.gate.passed && args.format !== 'text') io.stderr(`${TOOL_NAME}: ${report.gate.reasons.join('; ')}.\n`);
    return report.gate.passed ? 0 : 1;
  } catch (err: unknown) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${TOOL_NAME}: could not finish: ${message}.${args.debug ? '' : ' Run with --debug for details.'}\n`);
    if (args.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return 2;
  } finally {
    stopBase.abort();
  }
}
