/**
 * The git commands of a listing (`Lister.fromGit` in file-list.ts): what they are, how they run,
 * and how the CLI starts them early. Started before the analysis modules load, git lists the
 * checkout on another core while Node compiles and runs the analysis chunk (~0.2 s), instead of
 * stopping the analysis for two `spawnSync` calls from a process that by then holds 150 MB
 * (125–160 ms on kubeflow/pipelines and diffusers). Only node built-ins here: the CLI's entry
 * imports this before anything else.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { closeQuietly, openTempOutputs, readWhole, runIntoFile } from '../git/temp-output.js';

/** Tracked files with their modes ("H"), deleted ones ("R"), untracked ones git sees ("?"). */
export const LISTED_ARGS: readonly string[] = ['ls-files', '-z', '-t', '-c', '-d', '-o', '-s', '--exclude-standard'];
/** What .gitignore (and git's other excludes) leave out, for the report's notice. */
export const IGNORED_ARGS: readonly string[] = ['ls-files', '-z', '-o', '-i', '--exclude-standard', '--directory'];
/** Larger output is a failure, as if git had failed (the walk lists the tree instead). */
const MAX_OUTPUT = 1 << 28;

function gitArgv(args: readonly string[]): string[] {
  // core.fsmonitor off: listing files must never run a hook named in the repository's config.
  return ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args];
}

/** The environment without GIT_* variables: the repository at `root` is listed, whatever the caller's git settings. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return env;
}

/** stdout of a listing command in `root`, or undefined when git is missing, fails, or refuses the folder. */
export function runListingGit(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', gitArgv(args), { cwd: root, env: gitEnv(), encoding: 'utf8', maxBuffer: MAX_OUTPUT, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * The outputs of the listing commands run early in `root`. Each is handed out once: a second
 * listing of the same folder (after the tree may have changed) runs git again. A command that
 * failed early is not handed out either, so the listing runs it again and fails (or not) as it
 * always did.
 */
export class EarlyListing {
  private readonly outputs: Map<string, string>;

  constructor(
    readonly root: string,
    outputs: ReadonlyMap<readonly string[], string | undefined>,
  ) {
    this.outputs = new Map();
    for (const [args, out] of outputs) if (out !== undefined) this.outputs.set(args.join('\0'), out);
  }

  take(root: string, args: readonly string[]): string | undefined {
    if (root !== this.root) return undefined;
    const key = args.join('\0');
    const out = this.outputs.get(key);
    this.outputs.delete(key);
    return out;
  }
}

/**
 * Starts both listing commands in `root` at once, in the background, and resolves (never
 * rejects) with their outputs. git writes into temporary files (git/temp-output.ts), not pipes:
 * a pipe holds 64 kB and a listing is often larger (kubeflow's is 0.5 MB), so git would wait for
 * a main thread busy loading modules. `signal` ends the commands early (a run that stopped
 * before it needed them): their outputs are then not handed out. `tmp`: where the temporary
 * folder goes (tests).
 */
export function startListing(root: string, signal?: AbortSignal, tmp = os.tmpdir()): Promise<EarlyListing> {
  const commands = [LISTED_ARGS, IGNORED_ARGS];
  const outputs = openTempOutputs(commands.length, tmp, 'mlops-ci-check-git-');
  if (!outputs) return Promise.resolve(new EarlyListing(root, new Map()));
  const env = gitEnv();
  const runs = commands.map((args, i) => runToFile(root, args, outputs.fds[i], env, signal).then((out) => [args, out] as const));
  return Promise.all(runs).then((outs) => {
    outputs.release();
    return new EarlyListing(root, new Map(outs));
  });
}

/** One command with its stdout in the open file `fd`: the output when git exits 0 within MAX_OUTPUT, else undefined. Never rejects. */
async function runToFile(root: string, args: readonly string[], fd: number | undefined, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string | undefined> {
  if (fd === undefined) return undefined;
  const code = await runIntoFile('git', gitArgv(args), root, env, fd, signal);
  let out: string | undefined;
  try {
    if (code === 0 && !signal?.aborted && fs.fstatSync(fd).size <= MAX_OUTPUT) out = readWhole(fd).toString('utf8');
  } catch {
    out = undefined;
  }
  closeQuietly(fd);
  return out;
}
