/**
 * CircleCI 2.1 jobs as the steps they run: `commands` and `executors` expanded with their
 * `parameters` (`<< parameters.x >>`, `<< pipeline.parameters.x >>`), steps passed as
 * parameters spliced in, `when`/`unless` steps kept with their condition, and orb steps
 * mapped through the table of well-known orbs (others named as not followed). Every line
 * keeps the place it is written: a command's lines point into the command's definition.
 */
import type { Finding } from '../../../model/finding.js';
import { refOf, type Located, type Position, type SourceRef } from '../../../model/position.js';
import type { CiStep } from '../tree.js';
import { child, describe, entries, isTrue, items, text, textMap, type CiNode } from '../node.js';
import { orbName, WELL_KNOWN_ORBS, type OrbRow } from './orbs.js';

export const RULE = 'circleci';

export interface ParamValue {
  text: string;
  /** Steps given as a parameter (type `steps`), with the parameters of the place they are written. */
  node?: CiNode;
  env?: Env;
}

export interface Env {
  params: Map<string, ParamValue>;
  pipeline: Map<string, ParamValue>;
  /** What declares `params` (for messages). */
  owner: string;
}

export interface Orb {
  alias: string;
  ref: string;
  at: SourceRef;
  /** An orb written inline in the configuration. */
  inline?: CiNode;
}

export interface Defs {
  file: string;
  commands: Map<string, CiNode>;
  executors: Map<string, CiNode>;
  jobs: Map<string, CiNode>;
  orbs: Map<string, Orb>;
  findings: Finding[];
  /** Orbs already reported as not followed. */
  reported: Set<string>;
}

/** Built-in steps that run nothing the checks read. */
const QUIET_STEPS: ReadonlySet<string> = new Set(['setup_remote_docker', 'save_cache', 'restore_cache', 'store_artifacts', 'persist_to_workspace', 'attach_workspace', 'add_ssh_keys', 'add-ssh-keys']);

/** Keys of a workflow's job entry that are not parameters of the job. */
export const INVOCATION_KEYS: ReadonlySet<string> = new Set(['name', 'requires', 'filters', 'matrix', 'context', 'type', 'pre-steps', 'post-steps', 'serial-group', 'override-with']);

const PARAM = /<<\s*(pipeline\.parameters|parameters)\.([\w-]+)\s*>>/g;

/** Substitutes `<< parameters.x >>` and `<< pipeline.parameters.x >>`; other `<< pipeline.* >>` values stay as written. */
export function substitute(value: string, env: Env, defs: Defs, at: SourceRef): string {
  if (!value.includes('<<')) return value;
  return value.replace(PARAM, (whole, scope: string, name: string) => {
    const map = scope === 'parameters' ? env.params : env.pipeline;
    const v = map.get(name);
    if (v) return v.text;
    defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${whole}" names a parameter that ${scope === 'parameters' ? env.owner : 'the pipeline'} does not declare; CircleCI rejects the configuration. Declare it under "parameters:".` });
    map.set(name, { text: whole });
    return whole;
  });
}

/** The parameters of a command, job or executor: declared defaults, then the values given where it is used. */
export function bindParams(defs: Defs, declared: CiNode | undefined, given: CiNode | undefined, caller: Env, owner: string, skip: ReadonlySet<string> = new Set()): Env {
  const params = new Map<string, ParamValue>();
  const callee: Env = { params, pipeline: caller.pipeline, owner };
  for (const p of entries(declared)) {
    const d = child(p.value, 'default');
    if (!d) continue;
    if (d.kind === 'seq') params.set(p.key, { text: '', node: d, env: callee });
    else params.set(p.key, { text: substitute(text(d)?.value ?? '', caller, defs, refOf(d.file, d.pos)) });
  }
  for (const g of entries(given)) {
    if (skip.has(g.key)) continue;
    if (g.value.kind === 'seq' || g.value.kind === 'map') params.set(g.key, { text: describe(g.value), node: g.value, env: caller });
    else params.set(g.key, { text: substitute(g.value.value, caller, defs, refOf(g.file, g.value.pos)) });
    if (declared && entries(declared).length > 0 && !entries(declared).some((p) => p.key === g.key)) {
      defs.findings.push({ severity: 'error', file: g.file, line: g.keyPos.line, column: g.keyPos.column, check: RULE, message: `"${g.key}" is not a parameter of ${owner}; CircleCI rejects the configuration.` });
    }
  }
  for (const p of entries(declared)) {
    if (!params.has(p.key) && !child(p.value, 'default') && text(child(p.value, 'type'))?.value !== 'steps') {
      const at = given && given.kind === 'map' ? given.pos : p.keyPos;
      defs.findings.push({ severity: 'error', file: (given ?? p.value).file, line: at.line, column: at.column, check: RULE, message: `${owner} needs the parameter "${p.key}", which has no default and is not given here; CircleCI rejects the configuration.` });
      params.set(p.key, { text: `<< parameters.${p.key} >>` });
    }
  }
  return callee;
}

export interface Expansion {
  steps: CiStep[];
  reports: Located<string>[];
}

interface Walk {
  defs: Defs;
  out: Expansion;
  /** Relative working directory of the job, when it sets one. */
  workdir?: Located<string>;
  /** Steps left to expand for this job (commands that call commands many times over stop here). */
  budget: number;
  /** Where the job is, to report a spent budget. */
  origin: SourceRef;
}

/** How many steps one job may expand to. */
export const STEP_BUDGET = 5_000;

/** The steps of a job, expanded. */
export function expandSteps(defs: Defs, list: CiNode | undefined, env: Env, origin: SourceRef, workdir?: Located<string>): Expansion {
  const walk: Walk = { defs, out: { steps: [], reports: [] }, budget: STEP_BUDGET, origin, ...(workdir ? { workdir } : {}) };
  walkSteps(walk, list, env, [], [], []);
  return walk.out;
}

/** Deepest chain of commands calling commands that is followed (each level is a few stack frames). */
export const MAX_COMMAND_CHAIN = 100;

function walkSteps(w: Walk, list: CiNode | undefined, env: Env, via: SourceRef[], chain: string[], conditions: string[]): void {
  if (list && list.kind !== 'seq') {
    w.defs.findings.push({ severity: 'error', file: list.file, line: list.pos.line, column: list.pos.column, check: RULE, message: `"steps:" should be a list of steps, found ${describe(list)}.` });
    return;
  }
  for (const item of items(list)) {
    if (item.kind === 'scalar') {
      const spliced = /^<<\s*parameters\.([\w-]+)\s*>>$/.exec(item.value.trim());
      const p = spliced ? env.params.get(spliced[1]!) : undefined;
      if (p?.node) {
        walkSteps(w, p.node, p.env ?? env, [...via, refOf(item.file, item.pos)], chain, conditions);
        continue;
      }
      step(w, substitute(item.value, env, w.defs, refOf(item.file, item.pos)), item.pos, item.file, undefined, env, via, chain, conditions);
      continue;
    }
    if (item.kind !== 'map' || item.entries.size === 0) {
      w.defs.findings.push({ severity: 'error', file: item.file, line: item.pos.line, column: item.pos.column, check: RULE, message: `A step should be a name or a mapping with one key, found ${describe(item)}.` });
      continue;
    }
    for (const e of item.entries.values()) step(w, e.key, e.keyPos, e.file, e.value, env, via, chain, conditions);
  }
}

function step(w: Walk, name: string, pos: Position, file: string, args: CiNode | undefined, env: Env, via: SourceRef[], chain: string[], conditions: string[]): void {
  const defs = w.defs;
  if (w.budget-- <= 0) {
    if (w.budget === -1) defs.findings.push({ severity: 'error', ...w.origin, check: RULE, message: `The commands of this job expand to more than ${STEP_BUDGET.toLocaleString('en-US')} steps; the rest was not read. Call fewer commands from commands.` });
    return;
  }
  const at = refOf(file, pos);
  const base = (kind: CiStep['kind']): CiStep => ({ index: w.out.steps.length, kind, file, pos, lines: [], via, with: {}, env: {}, conditions: [...conditions], ...(w.workdir ? { workdir: w.workdir } : {}) });
  if (name === 'run' || name === 'deploy') {
    const command = args?.kind === 'map' ? child(args, 'command') : args;
    const s = base('script');
    if (command?.kind === 'scalar') {
      s.file = command.file;
      s.pos = command.pos;
      s.lines = command.lines().filter((l) => l.value.trim() !== '').map((l) => ({ value: substitute(l.value, env, defs, refOf(command.file, l.pos)), pos: l.pos }));
    } else {
      defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}:" has no command to run; write "run: <command>" or "run: {command: ...}".` });
    }
    const stepName = text(child(args, 'name'));
    s.name = stepName ? substitute(stepName.value, env, defs, at) : 'run';
    s.env = textMap(child(args, 'environment'));
    const wd = text(child(args, 'working_directory'));
    const rel = wd ? relativeDir(substitute(wd.value, env, defs, at)) : undefined;
    if (wd && rel !== undefined) s.workdir = { value: rel, pos: wd.pos };
    if (isTrue(child(args, 'background'))) s.cannotFail = `the step runs in the background ("background: true", ${file}:${pos.line}), so its failure does not fail the job`;
    w.out.steps.push(s);
    return;
  }
  if (name === 'checkout') {
    w.out.steps.push({ ...base('checkout'), uses: { value: 'checkout', pos } });
    return;
  }
  if (name === 'when' || name === 'unless') {
    const cond = child(args, 'condition');
    const value = cond?.kind === 'scalar' ? substitute(cond.value, env, defs, at) : undefined;
    const known = value === undefined || value.includes('<<') ? undefined : !/^(false|0|)$/i.test(value.trim());
    if (known !== undefined && known !== (name === 'when')) return;
    const words = known === undefined ? [...conditions, `${name === 'when' ? 'only when' : 'unless'} ${value ?? (cond ? describeLogic(cond) : 'its condition holds')}`] : conditions;
    walkSteps(w, child(args, 'steps'), env, via, chain, words);
    return;
  }
  if (name === 'store_test_results') {
    const path = text(child(args, 'path'));
    if (path) w.out.reports.push({ value: substitute(path.value, env, defs, at), pos: path.pos });
    return;
  }
  if (QUIET_STEPS.has(name)) {
    w.out.steps.push({ ...base('other'), uses: { value: name, pos } });
    return;
  }
  const command = defs.commands.get(name);
  if (command) {
    if (chain.includes(name)) {
      defs.findings.push({ severity: 'error', ...at, check: RULE, message: `Command loop: ${[...chain.slice(chain.indexOf(name)), name].join(' → ')}; CircleCI rejects the configuration.` });
      return;
    }
    if (chain.length >= MAX_COMMAND_CHAIN) {
      defs.findings.push({
        severity: 'warning',
        ...at,
        check: RULE,
        message: `Commands call commands more than ${MAX_COMMAND_CHAIN} levels deep here (from "${chain[0]}"); "${name}" was not read, so what it runs is not counted.`,
      });
      return;
    }
    const callee = bindParams(defs, child(command, 'parameters'), args, env, `command "${name}"`);
    walkSteps(w, child(command, 'steps'), callee, [...via, at], [...chain, name], conditions);
    return;
  }
  if (name.includes('/')) {
    orbStep(w, name, pos, file, args, env, via, chain, conditions);
    return;
  }
  defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}" is not a built-in step or a command defined under "commands:"; CircleCI rejects the configuration.` });
}

function orbStep(w: Walk, name: string, pos: Position, file: string, args: CiNode | undefined, env: Env, via: SourceRef[], chain: string[], conditions: string[]): void {
  const defs = w.defs;
  const at = refOf(file, pos);
  const [alias, command] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
  const orb = defs.orbs.get(alias);
  const s: CiStep = { index: w.out.steps.length, kind: 'orb', file, pos, lines: [], via, uses: { value: name, pos }, with: textMap(args), env: {}, conditions: [...conditions] };
  if (!orb) {
    defs.findings.push({ severity: 'error', ...at, check: RULE, message: `"${name}" uses the orb "${alias}", which "orbs:" does not declare; CircleCI rejects the configuration.` });
    return;
  }
  const inline = child(child(orb.inline, 'commands'), command);
  if (inline) {
    if (chain.length >= MAX_COMMAND_CHAIN) {
      defs.findings.push({
        severity: 'warning',
        ...at,
        check: RULE,
        message: `Commands call commands more than ${MAX_COMMAND_CHAIN} levels deep here (from "${chain[0]}"); "${name}" was not read, so what it runs is not counted.`,
      });
      return;
    }
    const callee = bindParams(defs, child(inline, 'parameters'), args, env, `command "${name}"`);
    walkSteps(w, child(inline, 'steps'), callee, [...via, at], [...chain, name], conditions);
    return;
  }
  const row = wellKnown(orb, command, 'command');
  if (row) {
    const arg = argReader(args, env, defs, at);
    s.lines = row.run(arg).map((value) => ({ value, pos }));
  } else reportOrb(defs, orb, name, at);
  w.out.steps.push(s);
}

/** A well-known orb's command or job. */
export function wellKnown(orb: Orb, name: string, kind: 'command' | 'job'): OrbRow | undefined {
  if (orb.inline) return undefined;
  const row = WELL_KNOWN_ORBS[orbName(orb.ref)]?.[name];
  return row && (row.kind === kind || row.kind === 'both') ? row : undefined;
}

export function argReader(args: CiNode | undefined, env: Env, defs: Defs, at: SourceRef): (name: string, fallback: string) => string {
  return (name, fallback) => {
    const v = text(child(args, name));
    return v ? substitute(v.value, env, defs, at) : fallback;
  };
}

export function reportOrb(defs: Defs, orb: Orb, name: string, at: SourceRef): void {
  const key = `${orb.alias}\u0000${name}`;
  if (defs.reported.has(key)) return;
  defs.reported.add(key);
  defs.findings.push({ severity: 'notice', ...at, check: RULE, message: `"${name}" comes from the orb "${orb.ref}", which mlops-ci-check does not follow; what it runs is not counted.` });
}

/** A working directory relative to the checkout (`~/project/sub` → `sub`); undefined for other absolute paths. */
export function relativeDir(dir: string): string | undefined {
  const d = dir.trim().replace(/\/$/, '');
  const m = /^(?:~\/project|\/root\/project|\/home\/circleci\/project)(?:\/(.*))?$/.exec(d);
  if (m) return m[1] ?? '';
  if (d.startsWith('/') || d.startsWith('~') || d.startsWith('$')) return undefined;
  return d.replace(/^\.\//, '');
}

/** A `when:` logic statement in words (`equal: [main, << pipeline.git.branch >>]`). */
export function describeLogic(node: CiNode): string {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return `[${node.items.map(describeLogic).join(', ')}]`;
  return entries(node)
    .map((e) => `${e.key}: ${describeLogic(e.value)}`)
    .join(', ');
}
