/**
 * What the action starts before its modules load (the CLI's cli-early.ts, for the action): on a
 * checkout, git's listing of the analysed folder and, unless the `history` input is false, the
 * history's `git log`, so that git works on another core while Node evaluates the bundle and
 * while the analysis runs. The inputs are read here only as far as finding the folder goes;
 * `run` validates them as always and uses what was started only for the folder it resolves
 * (an input it refuses leaves them unused, and they are stopped). Light on purpose: the entry
 * imports it (through action-start.ts) before anything else.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHistoryLog, type EarlyLog } from './history/early-log.js';
import { checkInputPaths } from './input-paths.js';
import { startListing, type EarlyListing } from './parse/git-listing.js';

export interface EarlyAction {
  /** The analysed folder's real path, as checkInputPaths resolves it. */
  root: string;
  /** git's listing of it (parse/git-listing.ts). */
  listing: Promise<EarlyListing>;
  /** The history's `git log` (history/early-log.ts), unless the history is off. */
  log?: EarlyLog;
  /** Ends the commands still running (the run is over). */
  stop(): void;
}

/** An input as @actions/core reads it: INPUT_<NAME> (spaces as underscores, upper case), trimmed. */
function input(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The git commands the action's run will ask for, started; undefined when the folder is not a checkout's top or cannot be found. */
export function startEarlyAction(env: Readonly<Record<string, string | undefined>>, cwd: string): EarlyAction | undefined {
  let root: string;
  try {
    // The folder as run resolves it (the same checks; an input it refuses throws, and nothing starts).
    root = checkInputPaths({ path: input(env, 'path') || '.', configFile: '', configFileExplicit: false, reportFile: undefined }, env['GITHUB_WORKSPACE'] || cwd).root;
    if (!fs.existsSync(path.join(root, '.git'))) return undefined;
  } catch {
    return undefined;
  }
  const ended = new AbortController();
  const log = input(env, 'history').toLowerCase() === 'false' ? undefined : startHistoryLog(root, ended.signal);
  return {
    root,
    listing: startListing(root, ended.signal),
    ...(log ? { log } : {}),
    stop: () => ended.abort(),
  };
}
