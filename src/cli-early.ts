/**
 * What the CLI starts before it loads the analysis: the git commands a run of the analysis will
 * ask, so that git runs on another core while Node loads the analysis chunk (~0.2 s) instead of
 * stopping the run for a `spawnSync` from a process that by then holds 150 MB. Light on purpose:
 * the CLI's entry imports it before anything else.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs } from './cli-args.js';
import { startGit, type GitResult } from './git/run.js';
import { startHistoryLog, type EarlyLog } from './history/early-log.js';
import { startListing, type EarlyListing } from './parse/git-listing.js';

/** The commit the report names (`commit.sha`). */
export const HEAD_ARGS: readonly string[] = ['rev-parse', '--verify', '--quiet', 'HEAD'];

export interface EarlyGit {
  /** The analysed folder, as the CLI resolves it. */
  root: string;
  /** git's listing of it (parse/git-listing.ts), when it holds `.git`. */
  listing?: Promise<EarlyListing>;
  /** `git rev-parse HEAD` in it (a folder inside a checkout has its commit too). */
  head: Promise<GitResult>;
  /** With `--history`, the history's `git log`, when it holds `.git`. */
  log?: EarlyLog;
  /** Ends the commands still running (the run is over, or stopped before it needed them: a usage error exits at once). */
  stop(): void;
}

/** The git commands of the run `argv` asks for, started; undefined when it analyses nothing or its arguments are wrong (runCli says why). */
export function startEarlyGit(argv: readonly string[], cwd: string): EarlyGit | undefined {
  if (argv[0] === 'compare') return undefined;
  let root: string;
  let history: boolean;
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.version) return undefined;
    root = path.resolve(cwd, args.path);
    history = args.history;
  } catch {
    return undefined;
  }
  if (!isFolder(root)) return undefined;
  const ended = new AbortController();
  const checkout = fs.existsSync(path.join(root, '.git'));
  const log = checkout && history ? startHistoryLog(root, ended.signal) : undefined;
  return {
    root,
    ...(checkout ? { listing: startListing(root, ended.signal) } : {}),
    head: startGit(root, HEAD_ARGS, ended.signal),
    ...(log ? { log } : {}),
    stop: () => ended.abort(),
  };
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
