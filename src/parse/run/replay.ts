/**
 * A script's walk, recorded once per distinct input and replayed for every other step that
 * reaches it (kubeflow/pipelines: 265 entries into 30 scripts, two thirds of its 22,920
 * commands). A walk of a script's lines depends on the step only through what its frame
 * carries; the input key (`inputKey` in run.ts) holds the parts that shape it (the script
 * and its folder, the chain of bodies above it, whether a failure policy is inherited,
 * whether the folder is sure, the other checkouts of the job), and a recording keeps the
 * rest as conditions checked at each replay:
 * - the environment names the resolvers read (only tox reads one today), with their values;
 * - the bodies it entered, by the memo key of `enter` without its origin: a replay is refused
 *   when the step already entered one of them from the same run line, since the walk would
 *   then skip it;
 * - the command limit: a replay that would pass it walks instead, so the walk stops where it did;
 * - the task files it parsed: a walk that parsed one is not kept (a parse may say the file's problems, which no
 *   later walk says again).
 * The resolvers' notices (a missing script ...) are said at every walk, so at every replay too; the notices `report`
 * says once per analysis (a loop, the depth limit) were said by the recorded walk, so a replay has nothing to add.
 * The commands, selections and unfollowed commands are rebuilt for the new step: its `exec`,
 * its `via` chain in front of the recorded hops, its inherited failure policy.
 */
import type { CannotFail, Command, ExecStep, UnfollowedCommand } from '../../model/ci.js';
import type { Finding } from '../../model/finding.js';
import type { TestSelection } from '../../model/inventory.js';
import type { SourceRef } from '../../model/position.js';

/** What a walk writes: the run model's lists and the resolvers' findings. */
export interface Output {
  commands: Command[];
  selections: TestSelection[];
  unfollowed: UnfollowedCommand[];
  /** The task context's findings (resolvers push there; run.ts copies them into the run model at the end). */
  resolverFindings: Finding[];
}

/** The parts of a frame a recording is made from and replayed into. */
export interface Caller {
  exec: ExecStep;
  /** The hops that led to the script's lines (never empty: the run line is the first). */
  via: SourceRef[];
  cannotFail: CannotFail | undefined;
  env: Record<string, string>;
}

/** A walk of one script for one input, relative to its caller. */
export interface Recording {
  /** Environment names read, with their values; a string when the whole environment was listed (its entries as JSON). */
  env: Map<string, string | undefined> | string;
  commands: { text: string; argv: string[]; at: SourceRef; via: number; cannotFail: CannotFail | undefined | 'inherited' }[];
  /** The hops after the caller's, one list per distinct chain (empty: the caller's own). */
  vias: SourceRef[][];
  selections: { selection: TestSelection; command: number }[];
  unfollowed: { command: number; kind: UnfollowedCommand['kind']; reason: string }[];
  resolverFindings: Finding[];
  /** Memo keys of the bodies entered, without their origin. */
  entered: string[];
}

/** A walk being recorded. */
interface Taking {
  caller: Caller;
  /** Where the lists and logs stood when it started. */
  at: { commands: number; selections: number; unfollowed: number; resolverFindings: number; entered: number; envReads: number };
  /** The entry serial when it started: an entry made before then that the walk runs into makes it depend on the step. */
  serial: number;
  parses: number;
  valid: boolean;
}

/** An `ownKeys` trap on the environment: the walk depends on all of it. */
const WHOLE_ENV = '\u0000all';

export interface Tape {
  recordings: Map<string, Recording[]>;
  /** The walks being recorded, outermost first; the logs below are kept only while there is one. */
  taking: Taking[];
  entered: string[];
  envReads: string[];
  /** Counts task files parsed: a walk that parsed one may have said that file's findings, which no later walk repeats. */
  parses: number;
  /** Counts entries into bodies (the value stored with each memo key). */
  serial: number;
}

export function newTape(): Tape {
  return { recordings: new Map(), taking: [], entered: [], envReads: [], parses: 0, serial: 0 };
}

/** Notes that a body was looked up in the entry memo (`earlier`: the serial of the entry found there, if any). */
export function noteEntry(tape: Tape, rest: string, earlier: number | undefined): void {
  if (tape.taking.length === 0) return;
  tape.entered.push(rest);
  if (earlier !== undefined) for (const t of tape.taking) if (earlier < t.serial) t.valid = false;
}

/** The environment as a resolver sees it: while a walk is recorded, the names it reads are noted. */
export function watchedEnv(tape: Tape, env: Record<string, string>): Record<string, string> {
  if (tape.taking.length === 0) return env;
  return new Proxy(env, {
    get(target, name, receiver) {
      if (typeof name === 'string') tape.envReads.push(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
    has(target, name) {
      // Values are strings, never undefined: the same value for a name gives the same answer to `in`.
      if (typeof name === 'string') tape.envReads.push(name);
      return Reflect.has(target, name);
    },
    ownKeys(target) {
      tape.envReads.push(WHOLE_ENV);
      return Reflect.ownKeys(target);
    },
  });
}

/** A recording for this input whose environment conditions the caller meets. */
export function recordingFor(tape: Tape, key: string, env: Record<string, string>): Recording | undefined {
  return tape.recordings.get(key)?.find((r) => {
    if (typeof r.env === 'string') return r.env === JSON.stringify(Object.entries(env));
    for (const [name, value] of r.env) if (env[name] !== value) return false;
    return true;
  });
}

export function startRecording(tape: Tape, out: Output, caller: Caller): Taking {
  const t: Taking = {
    caller,
    at: { commands: out.commands.length, selections: out.selections.length, unfollowed: out.unfollowed.length, resolverFindings: out.resolverFindings.length, entered: tape.entered.length, envReads: tape.envReads.length },
    serial: tape.serial,
    parses: tape.parses,
    valid: true,
  };
  tape.taking.push(t);
  return t;
}

/** Ends the recording `t` (the innermost); stores it under `key` unless the walk depended on more than its input. */
export function finishRecording(tape: Tape, t: Taking, out: Output, key: string, stopped: boolean): void {
  tape.taking.pop();
  if (t.valid && !stopped && tape.parses === t.parses) {
    const rec = recordingOf(tape, t, out);
    const list = tape.recordings.get(key);
    if (list) list.push(rec);
    else tape.recordings.set(key, [rec]);
  }
  if (tape.taking.length === 0) {
    tape.entered.length = 0;
    tape.envReads.length = 0;
  }
}

function recordingOf(tape: Tape, t: Taking, out: Output): Recording {
  const { caller, at } = t;
  const reads = tape.envReads.slice(at.envReads);
  let env: Recording['env'];
  if (reads.includes(WHOLE_ENV)) env = JSON.stringify(Object.entries(caller.env));
  else env = new Map(reads.map((n) => [n, caller.env[n]]));
  const commands = out.commands.slice(at.commands);
  const index = new Map<Command, number>();
  const viaIndex = new Map<SourceRef[], number>();
  const vias: SourceRef[][] = [];
  const recorded = commands.map((c, i): Recording['commands'][number] => {
    index.set(c, i);
    let via = viaIndex.get(c.via);
    if (via === undefined) {
      viaIndex.set(c.via, (via = vias.length));
      // Every chain below the script starts with the caller's (run.ts builds each as `[...frame.via, ...]`).
      vias.push(c.via === caller.via ? [] : c.via.slice(caller.via.length));
    }
    const cannotFail = caller.cannotFail !== undefined && c.cannotFail === caller.cannotFail ? 'inherited' : c.cannotFail;
    return { text: c.text, argv: c.argv, at: c.at, via, cannotFail };
  });
  return {
    env,
    commands: recorded,
    vias,
    selections: out.selections.slice(at.selections).map((s) => ({ selection: s, command: index.get(s.command)! })),
    unfollowed: out.unfollowed.slice(at.unfollowed).map((u) => ({ command: index.get(u.command)!, kind: u.kind, reason: u.reason })),
    resolverFindings: out.resolverFindings.slice(at.resolverFindings),
    entered: tape.entered.slice(at.entered),
  };
}

/**
 * Replays `rec` for `caller`, or returns false (nothing done) when the walk would differ: a body
 * it enters was entered already from this run line (`entered` holds the step's memo keys), or
 * it would pass the command limit.
 */
export function replay(tape: Tape, rec: Recording, caller: Caller, out: Output, entered: Map<string, number>, limit: number): boolean {
  if (out.commands.length + rec.commands.length > limit) return false;
  const origin = caller.via[0]!;
  const originKey = `${origin.file}:${origin.line}:${origin.column}\u0000`;
  for (const rest of rec.entered) if (entered.has(originKey + rest)) return false;
  for (const rest of rec.entered) {
    const memo = originKey + rest;
    if (!entered.has(memo)) entered.set(memo, tape.serial++);
    noteEntry(tape, rest, undefined);
  }
  if (tape.taking.length > 0) {
    if (typeof rec.env === 'string') tape.envReads.push(WHOLE_ENV);
    else for (const name of rec.env.keys()) tape.envReads.push(name);
  }
  const vias = rec.vias.map((s) => (s.length === 0 ? caller.via : [...caller.via, ...s]));
  const first = out.commands.length;
  for (const c of rec.commands) {
    const cmd: Command = { text: c.text, argv: c.argv, at: c.at, via: vias[c.via]!, exec: caller.exec };
    const cannotFail = c.cannotFail === 'inherited' ? caller.cannotFail : c.cannotFail;
    if (cannotFail) cmd.cannotFail = cannotFail;
    out.commands.push(cmd);
  }
  for (const s of rec.selections) out.selections.push({ ...s.selection, command: out.commands[first + s.command]! });
  for (const u of rec.unfollowed) out.unfollowed.push({ command: out.commands[first + u.command]!, kind: u.kind, reason: u.reason });
  for (const f of rec.resolverFindings) out.resolverFindings.push(f);
  return true;
}
