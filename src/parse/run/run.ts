/**
 * What each `run:` step executes, as Command records with their positions and reach, and
 * what CI reaches by following them inside the repository: shell scripts, Makefile
 * targets, tox envs, nox sessions, package.json scripts, just/Task recipes, poe/hatch/
 * pdm/pixi tasks and pre-commit hooks (src/parse/tasks/). Reached commands keep the step
 * (`exec`, so triggers are the caller's), the `via` chain (outermost first) and an
 * inherited `cannotFail`. A depth limit and a loop guard keep the walk finite; each cut
 * becomes one `command-resolution` notice. pre-commit.ci counts as CI on pull requests.
 */
import type { CannotFail, Command, ExecStep, PipelineJob, UnfollowedCommand } from '../../model/ci.js';
import type { Finding } from '../../model/finding.js';
import type { TestSelection } from '../../model/inventory.js';
import { refOf, type Located, type SourceRef } from '../../model/position.js';
import type { RepoIndex } from '../../model/repository.js';
import { parseShell, shellWords, unwrapWords, type ShellCommand } from '../commands.js';
import { finishRecording, newTape, noteEntry, recordingFor, replay, startRecording, watchedEnv, type Output, type Tape } from './replay.js';
import { selectionOf } from './selection.js';
import { checkoutFolders, inOtherCheckout, unseenCommand } from './unseen.js';
import { RESOLVERS } from './tasks/index.js';
import { preCommitActionWords, preCommitCi, resolvePreCommit } from './tasks/pre-commit.js';
import { dirOf, joinPath, taskContext, type Invocation, type TaskBody, type TaskContext } from './tasks/types.js';

export interface RunModel {
  commands: Command[];
  /** What the test-runner commands select (paths, markers), for the test inventory. */
  selections: TestSelection[];
  findings: Finding[];
  /** Commands whose content the tool could not see (a missing script, an undefined target, a runner it does not read, a remote job), once per command. */
  unfollowed: UnfollowedCommand[];
}

/** How many hops (script → make target → tox env ...) are followed from one `run:` line. */
export const MAX_DEPTH = 6;

/** Most commands read from CI in one analysis: fan-out (a task calling others many times) stops here, with a finding. */
export const MAX_COMMANDS = 100_000;

/** For tests: the walk without replays (the answer replays must give), and a lower command limit. */
export interface FollowOptions {
  replay?: boolean;
  maxCommands?: number;
}

interface Walk {
  ctx: TaskContext;
  out: RunModel;
  reported: Set<string>;
  /**
   * Bodies already entered, per step and line of CI: the same body at the same depth, folder and failure policy adds nothing new.
   * The value is the entry's serial (replay.ts: a recorded walk must not depend on an entry made before it started).
   */
  entered: Map<ExecStep, Map<string, number>>;
  /** Scripts' walks recorded for replay (replay.ts), and the lists they are recorded from. */
  tape: Tape;
  output: Output;
  /** The folders of a job's other checkouts of the repository, as part of a script's input key. */
  checkouts: WeakMap<PipelineJob, string>;
  /** Set once the command budget is spent. */
  stopped: boolean;
  maxCommands: number;
  replay: boolean;
  /** The shell commands of each body's lines (a script reached from many steps is parsed once). */
  parsed: WeakMap<readonly Located<string>[], ShellCommand[]>;
  /**
   * The same, by the lines' text and positions: a make recipe is expanded into new lines at every
   * call (56 calls of one target on kubeflow/pipelines), which the cache by identity misses.
   */
  parsedByText: Map<string, ShellCommand[]>;
  /** Each command text split once: its leading `X=1` words and the rest, with wrappers removed. */
  words: Map<string, Words>;
  /** The argv of commands that start no test runner (a parsed command's argv is shared by every step that reaches it). */
  noSelection: WeakSet<readonly string[]>;
  /** What `unseenCommand` said, per argv and folder. */
  unseen: WeakMap<readonly string[], Map<string, ReturnType<typeof unseenCommand>>>;
}

/** A command text's words: shared by every command of that text, so never changed by a resolver. */
interface Words {
  /** Leading environment assignments (`X=1`), as name and value. */
  assigns: [string, string][];
  /** The words after them. */
  raw: string[];
  /** `raw` with wrappers removed (`unwrapWords`). */
  program: string[];
}

/** Every field is always present (one object shape: a frame is made for every command followed). */
interface Frame {
  exec: ExecStep;
  file: string;
  cwd: string;
  via: SourceRef[];
  chain: { key: string; label: string }[];
  cannotFail: CannotFail | undefined;
  body: TaskBody | undefined;
  env: Record<string, string>;
  /** Set when the folder could not be known (a `cd` to a computed or absolute path) or the lines run in a container or on a cluster: a path not found there is no missing script. */
  unsure: boolean;
}

function frameOf(exec: ExecStep, file: string, cwd: string, via: SourceRef[], chain: Frame['chain'], cannotFail: CannotFail | undefined, body: TaskBody | undefined, env: Record<string, string>, unsure: boolean): Frame {
  return { exec, file, cwd, via, chain, cannotFail, body, env, unsure };
}

/** Bodies that run in another file system than the checkout (a container, a cluster). */
const ELSEWHERE = /^(container of image|compose service|ray job|anyscale job|SkyPilot)/;

export function commandsOf(steps: readonly ExecStep[], repo: RepoIndex, options: FollowOptions = {}): RunModel {
  const shared = taskContext(repo);
  const tape = newTape();
  // Parses are counted: a walk that parsed a task file may have said the file's problems, which a replay must not say again.
  const ctx: TaskContext = {
    repo,
    findings: shared.findings,
    once<T>(kind: string, file: string, parse: (text: string) => T): T | undefined {
      return shared.once(kind, file, (text) => {
        tape.parses++;
        return parse(text);
      });
    },
  };
  const out: RunModel = { commands: [], selections: [], findings: [], unfollowed: [] };
  const walk: Walk = {
    ctx,
    out,
    reported: new Set(),
    entered: new Map(),
    tape,
    output: { commands: out.commands, selections: out.selections, unfollowed: out.unfollowed, resolverFindings: ctx.findings },
    checkouts: new WeakMap(),
    stopped: false,
    maxCommands: options.maxCommands ?? MAX_COMMANDS,
    replay: options.replay ?? true,
    parsed: new WeakMap(),
    parsedByText: new Map(),
    words: new Map(),
    noSelection: new WeakSet(),
    unseen: new WeakMap(),
  };
  for (const exec of steps) {
    const env = envOf(exec);
    const frame = frameOf(exec, exec.file, workingDirectory(exec), [], [], exec.cannotFail, undefined, env, false);
    if (exec.step.runLines.length > 0) {
      runLines(walk, exec.step.runLines, frame);
      continue;
    }
    const words = preCommitActionWords(exec);
    if (words && exec.step.uses) {
      const at = refOf(exec.file, exec.step.uses.pos);
      const bodies = resolvePreCommit({ words, program: words, argv: words, cwd: frame.cwd, at, env }, ctx) ?? [];
      enter(walk, bodies, at, frame);
    }
  }
  const pci = preCommitCi(ctx);
  if (pci) {
    const at = pci.exec.step.at;
    enter(walk, pci.bodies, at, frameOf(pci.exec, pci.exec.file, '', [], [], undefined, undefined, {}, false));
  }
  for (const pushed of ctx.findings) walk.out.findings.push(pushed);
  return walk.out;
}

function envOf(exec: ExecStep): Record<string, string> {
  const env: Record<string, string> = {};
  for (const src of [exec.pipeline.env, exec.job.env, exec.step.env]) for (const [k, v] of Object.entries(src)) env[k] = v.value;
  return env;
}

function workingDirectory(exec: ExecStep): string {
  const wd = exec.step.workdir?.value;
  return wd !== undefined ? (cdTarget('', wd) ?? '') : '';
}

/** The folder `cd <dir>` moves to, or undefined when it cannot be known. */
function cdTarget(cwd: string, dir: string, script?: string): string | undefined {
  let d = dir.replace(/^(\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)(\/|$)/, '');
  if (d !== dir) cwd = '';
  const self = /^\$\(\s*dirname\s+"?\$(\{?0\}?|\{?BASH_SOURCE(\[0\])?\}?)"?\s*\)/.exec(d);
  if (self) {
    if (script === undefined) return undefined;
    cwd = dirOf(script);
    d = d.slice(self[0].length).replace(/^\//, '');
  }
  if (d === '') return cwd;
  return joinPath(cwd, d);
}

/** Turns shell lines into Commands, tracking `cd`, then follows each. */
function runLines(walk: Walk, lines: readonly Located<string>[], frame: Frame): void {
  let cwd = frame.cwd;
  let unsure = frame.unsure;
  // A script (and a `run:` block) is one shell; make, just and tox start a new shell for each line.
  const oneShell = frame.body === undefined || frame.body.script !== undefined || frame.body.key.startsWith('inline:');
  let lastLine = -1;
  const parsed = parsedLines(walk, lines);
  for (const sc of parsed) {
    if (walk.stopped) return;
    if (walk.out.commands.length >= walk.maxCommands) {
      walk.stopped = true;
      walk.out.findings.push({ file: frame.file, line: sc.line, column: sc.column, severity: 'warning', check: 'command-resolution', message: `Following commands stopped here: CI reaches more than ${walk.maxCommands} commands (tasks that call other tasks many times over), so what runs after this point is not counted.` });
      return;
    }
    if (!oneShell && sc.line !== lastLine) {
      cwd = frame.cwd;
      unsure = frame.unsure;
    }
    lastLine = sc.line;
    const at: SourceRef = { file: frame.file, line: sc.line, column: sc.column };
    const cmd: Command = { text: sc.text, argv: sc.argv, at, via: frame.via, exec: frame.exec };
    const cannotFail = frame.cannotFail ?? (sc.cannotFail ? { ...sc.cannotFail, at } : undefined) ?? frame.body?.ignored?.get(sc.line);
    if (cannotFail) cmd.cannotFail = cannotFail;
    walk.out.commands.push(cmd);
    if ((sc.argv[0] === 'cd' || sc.argv[0] === 'pushd') && sc.argv[1] !== undefined) {
      const target = cdTarget(cwd, sc.argv[1], frame.body?.script);
      // A `cd` in a subshell, `(cd docs && sh run.sh)`, holds inside it (the script runs in docs/) but does not outlive it:
      // the folder is kept for the commands after it, and marked unsure so that no script there is called missing.
      if (target === undefined) unsure = true;
      else {
        cwd = target;
        if (inSubshell(lines, sc)) unsure = true;
      }
      continue;
    }
    if (!walk.noSelection.has(sc.argv)) {
      const selection = selectionOf(cmd, cwd);
      if (selection) walk.out.selections.push(selection);
      else walk.noSelection.add(sc.argv);
    }
    follow(walk, cmd, frameOf(frame.exec, frame.file, cwd, frame.via, frame.chain, frame.cannotFail, frame.body, frame.env, unsure));
  }
}

/** The shell commands of a body's lines, parsed once per run for the same lines (by identity, then by text and positions). */
function parsedLines(walk: Walk, lines: readonly Located<string>[]): ShellCommand[] {
  let parsed = walk.parsed.get(lines);
  if (parsed) return parsed;
  let key = '';
  for (const l of lines) key += `${l.pos.line}:${l.pos.column}:${l.value}\n`;
  parsed = walk.parsedByText.get(key);
  if (!parsed) walk.parsedByText.set(key, (parsed = parseShell(lines)));
  walk.parsed.set(lines, parsed);
  return parsed;
}

/** A command text's words, split once per run. */
function wordsOf(walk: Walk, text: string): Words {
  let w = walk.words.get(text);
  if (w) return w;
  const all = shellWords(text);
  let i = 0;
  while (i < all.length && /^[A-Za-z_]\w*=/.test(all[i]!)) i++;
  const assigns = all.slice(0, i).map((a): [string, string] => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
  const raw = all.slice(i);
  w = { assigns, raw, program: unwrapWords(raw) };
  walk.words.set(text, w);
  return w;
}

/** Whether a command opens a subshell's parentheses on its line: `(cd docs; npm ci)`. */
function inSubshell(lines: readonly Located<string>[], sc: { line: number; column: number }): boolean {
  const l = lines.find((x) => x.pos.line === sc.line);
  if (!l) return false;
  return /\(\s*$/.test(l.value.slice(0, Math.max(0, sc.column - l.pos.column)));
}

function follow(walk: Walk, cmd: Command, frame: Frame): void {
  const { assigns, raw, program } = wordsOf(walk, cmd.text);
  // The caller's environment, copied only when the command sets a variable of its own.
  let env = frame.env;
  if (assigns.length > 0) {
    env = { ...frame.env };
    for (const [k, v] of assigns) env[k] = v;
  }
  let missed = false;
  const miss = (kind: UnfollowedCommand['kind'], reason: string, file?: string) => {
    if (missed) return;
    if (kind === 'missing-script' && (frame.unsure || (file !== undefined && inOtherCheckout(frame.exec, file, walk.ctx.repo)))) return;
    missed = true;
    walk.out.unfollowed.push({ command: cmd, kind, reason });
  };
  const inv: Invocation = { words: raw, program, argv: cmd.argv, cwd: frame.cwd, at: cmd.at, env: watchedEnv(walk.tape, env), miss };
  for (const r of RESOLVERS) {
    const bodies = r.resolve(inv, walk.ctx);
    if (bodies === undefined) continue;
    // cmd.via is frame.via, and cmd.cannotFail is frame.cannotFail when that is set (runLines).
    enter(walk, bodies, cmd.at, frameOf(frame.exec, frame.file, frame.cwd, cmd.via, frame.chain, cmd.cannotFail, frame.body, env, frame.unsure));
    return;
  }
  if (missed) return;
  const unseen = unseenOf(walk, cmd.argv, frame.cwd);
  if (unseen) miss(unseen.kind, unseen.reason, unseen.file);
}

function unseenOf(walk: Walk, argv: readonly string[], cwd: string): ReturnType<typeof unseenCommand> {
  let byCwd = walk.unseen.get(argv);
  if (!byCwd) walk.unseen.set(argv, (byCwd = new Map()));
  if (byCwd.has(cwd)) return byCwd.get(cwd);
  const unseen = unseenCommand(argv, cwd, walk.ctx.repo);
  byCwd.set(cwd, unseen);
  return unseen;
}

/** Enters the bodies reached from the command at `from`, unless that loops or goes too deep. */
function enter(walk: Walk, bodies: readonly TaskBody[], from: SourceRef, frame: Frame): void {
  for (const body of bodies) {
    const loopAt = frame.chain.findIndex((c) => c.key === body.key);
    if (loopAt >= 0) {
      const cycle = frame.chain.slice(loopAt);
      report(walk, `loop:${cycle.map((c) => c.key).sort().join('>')}`, {
        ...from,
        severity: 'notice',
        check: 'command-resolution',
        message: `Following this command leads back to ${body.label} (${[...cycle.map((c) => c.label), body.label].join(' → ')}), a loop; it was followed once and cut here. Check that the task does not call itself.`,
      });
      continue;
    }
    if (frame.chain.length >= MAX_DEPTH) {
      report(walk, `depth:${from.file}:${from.line}:${from.column}`, {
        ...from,
        severity: 'notice',
        check: 'command-resolution',
        message: `Commands are followed ${MAX_DEPTH} levels deep (${frame.chain.map((c) => c.label).join(' → ')}); ${body.label}, reached from here, was not read, so what it runs is not counted.`,
      });
      continue;
    }
    const origin = frame.via[0] ?? from;
    // The memo key without its origin is what a recorded walk keeps (replay.ts); a failure policy counts as set or not.
    const rest = `${body.key}\u0000${body.cwd}\u0000${frame.chain.length}\u0000${frame.cannotFail ?? ''}`;
    const memo = `${origin.file}:${origin.line}:${origin.column}\u0000${rest}`;
    const seen = enteredBy(walk, frame.exec);
    const earlier = seen.get(memo);
    noteEntry(walk.tape, rest, earlier);
    if (earlier !== undefined) continue;
    seen.set(memo, walk.tape.serial++);
    const last = frame.via[frame.via.length - 1];
    const same = last !== undefined && last.file === from.file && last.line === from.line && last.column === from.column;
    const hops = [...frame.via, ...(same ? [] : [from]), ...body.via];
    const isOwnLine = body.key.startsWith('script:') || body.key.startsWith('inline:') || body.lines.some((l) => l.pos.line === body.at.line);
    const via = isOwnLine ? hops : [...hops, body.at];
    const unsure = frame.unsure || ELSEWHERE.test(body.label);
    const inner = frameOf(frame.exec, body.at.file, body.cwd, via, [...frame.chain, { key: body.key, label: body.label }], frame.cannotFail, body, frame.env, unsure);
    if (body.script !== undefined && walk.replay) runScript(walk, body, inner);
    else runLines(walk, body.lines, inner);
  }
}

function enteredBy(walk: Walk, exec: ExecStep): Map<string, number> {
  let seen = walk.entered.get(exec);
  if (!seen) walk.entered.set(exec, (seen = new Map()));
  return seen;
}

/** A script's lines: replayed from an earlier step's walk when one was recorded for the same input (replay.ts), else walked and recorded. */
function runScript(walk: Walk, body: TaskBody, frame: Frame): void {
  // The first hops below the script compare their position with the caller's last one (`same` in `enter`): the answer is
  // the same for every caller only when that one lies in another file.
  if (walk.stopped || frame.via[frame.via.length - 1]!.file === body.at.file) return runLines(walk, body.lines, frame);
  const key = inputKey(walk, body, frame);
  const found = recordingFor(walk.tape, key, frame.env);
  if (found) {
    if (!replay(walk.tape, found, frame, walk.output, enteredBy(walk, frame.exec), walk.maxCommands)) runLines(walk, body.lines, frame);
    return;
  }
  const taking = startRecording(walk.tape, walk.output, frame);
  runLines(walk, body.lines, frame);
  finishRecording(walk.tape, taking, walk.output, key, walk.stopped);
}

/**
 * What a script's walk depends on besides the environment names its resolvers read (kept in the recording): the script
 * and its folder, the chain of bodies above it (loops, depth, and the labels in their notices), whether a failure policy
 * is inherited, whether its folder is sure, and the job's other checkouts (a missing script found there is not missing).
 */
function inputKey(walk: Walk, body: TaskBody, frame: Frame): string {
  let checkouts = walk.checkouts.get(frame.exec.job);
  if (checkouts === undefined) walk.checkouts.set(frame.exec.job, (checkouts = checkoutFolders(frame.exec).join('\u0000')));
  let chain = '';
  for (const c of frame.chain) chain += `${c.key}\u0001${c.label}\u0002`;
  return `${body.key}\u0000${body.cwd}\u0000${chain}\u0000${frame.cannotFail !== undefined}\u0000${frame.unsure}\u0000${checkouts}`;
}

function report(walk: Walk, key: string, finding: Finding): void {
  if (walk.reported.has(key)) return;
  walk.reported.add(key);
  walk.out.findings.push(finding);
}
