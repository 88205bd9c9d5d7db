/**
 * The run's memo: every answer the analysis keeps between questions lives on one
 * `AnalysisIndex`, made for the run's `RepoIndex` on first use and dropped with it. Two
 * repositories analysed in one process (the CLI's comparison with the base commit, a test
 * suite, a server) each get their own, so nothing one run learnt is seen by the other.
 *
 * Caches keyed by a vocabulary table (a pure function of the table, the same for every run)
 * stay beside the table's reader (`match.ts`: a list's signature and its base-name partition).
 */
import type { Analysis } from './analyze.js';
import type { Command } from '../model/ci.js';
import type { OutlineEntry } from '../model/outline.js';
import type { RepoIndex } from '../model/repository.js';
import type { ServingDockerfile } from './serving.js';
import type { DvcOut } from '../parse/dvc.js';
import type { RunByReach } from './run-by.js';
import type { DvcTraining } from './pipelines.js';
import type { SourceScan, SourceScanResults } from './source-scan.js';
import type { SourceHit } from './code-search.js';

/** Base name and extension → positions in `repo.files`, ascending (path-index.ts). */
export interface PathIndex {
  byBaseName: Map<string, number[]>;
  byExtension: Map<string, number[]>;
}

export class AnalysisIndex {
  /** code-search.ts: a file's code lines, comments blanked (undefined when unreadable). */
  readonly codeLines = new Map<string, string[] | undefined>();
  /** code-search.ts: the code files of an extension list (key: the extensions joined). */
  readonly codeFiles = new Map<string, readonly string[]>();
  /** The same lists as sets, for queries over one file. */
  readonly codeFileSets = new Map<string, ReadonlySet<string>>();
  /** code-search.ts: where each line of a file starts. */
  readonly lineStarts = new Map<string, Int32Array>();
  /** first-party.ts: the project's modules a Python file imports. */
  readonly firstPartyImports = new Map<string, string[]>();
  /** source.ts: the scripts a command runs. */
  readonly scripts = new WeakMap<Command, readonly string[]>();
  /** source.ts: the scripts of each distinct working folder and command text. */
  readonly scriptsByText = new Map<string, readonly string[]>();
  /** source.ts: per command list, the commands that run a script of the repository, with their scripts (in the list's order). */
  readonly scriptRuns = new WeakMap<readonly Command[], readonly { command: Command; scripts: readonly string[] }[]>();
  /** match.ts: per command-list signature, the first matching row of each distinct command line (-1: none). */
  readonly firstSignal = new Map<string, Map<string, number>>();
  /** match.ts: per command list and list signature, the matches as command and row position. */
  readonly matches = new WeakMap<readonly Command[], Map<string, { command: Command; k: number }[]>>();
  /** match.ts: per command list (over 16 commands), its distinct lines and each command's line among them. */
  readonly commandLineGroups = new WeakMap<readonly Command[], { distinct: string[]; of: Int32Array }>();
  /** outline.ts: the headers and keys of configuration files. */
  readonly outlines = new Map<string, readonly OutlineEntry[]>();
  /** path-index.ts: look-ups by base name and extension. */
  paths: PathIndex | undefined;
  /** ci.ts: the commands of run steps and of actions (per `Analysis`, whose command lists are the run's). */
  readonly allCommands = new WeakMap<Analysis, Command[]>();
  /** serving.ts: the Dockerfiles that serve a model. */
  readonly servingDockerfiles = new WeakMap<Analysis, ServingDockerfile[]>();
  /** run-by.ts: per list of commands that run a place, its triggers, the plainest command and the conditions. */
  readonly runByReach = new WeakMap<readonly Command[], RunByReach>();
  /** serving.ts: the Kubernetes manifests that serve a model (a query over every YAML file, asked twice). */
  readonly servingManifests = new WeakMap<Analysis, readonly SourceHit[]>();
  /** serving.ts: per compose file, the Dockerfile each service builds. */
  readonly composeBuilds = new Map<string, Map<string, string>>();
  /** code-search.ts: per source scan (the automaton over the declared pattern lists), what it found in each file. */
  readonly sourceScans = new Map<SourceScan, SourceScanResults>();
  /** pipelines.ts: the outputs each `.dvc` file tracks. */
  readonly dvcOuts = new Map<string, readonly DvcOut[]>();
  /** pipelines.ts: per DVC run command, what it does for training (undefined: the tool cannot tell). */
  readonly dvcTraining = new WeakMap<Command, { value: DvcTraining | undefined }>();
  /** pipelines.ts: where the commands start that lead to a DVC run judged to train nothing new (`file:line:column`). */
  readonly settledDvcWrappers = new WeakMap<Analysis, ReadonlySet<string>>();
}

const indexes = new WeakMap<RepoIndex, AnalysisIndex>();

/** The run's index (one per `RepoIndex`, so one per repository analysed). */
export function runIndex(repo: RepoIndex): AnalysisIndex {
  let ix = indexes.get(repo);
  if (!ix) indexes.set(repo, (ix = new AnalysisIndex()));
  return ix;
}

/**
 * Lets go of what the run learnt about the repository's files: the index's memos and the texts and bytes
 * the repository holds. Nothing is lost: a later question asks again and a later read reads the file again
 * (its findings already said). The engine calls it once the checks and the profile are done, so that the
 * report is built in the memory they held.
 */
export function forgetRun(repo: RepoIndex): void {
  indexes.delete(repo);
  repo.releaseAll?.();
}
