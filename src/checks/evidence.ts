/**
 * Typed queries that checks share: which steps use an action, which commands match a
 * vocabulary, which repository files match, and the rule that turns evidence into a verdict.
 * Checks never walk YAML or raw objects themselves.
 */
import type { Analysis } from '../analysis.js';
import type { Evidence, ItemId, ItemResult } from '../model/check.js';
import { AUTOMATED_EVENTS, isAutomated, type Command, type ExecStep } from '../model/execution.js';
import type { Finding } from '../model/finding.js';
import type { KindEvidence, TestFile, TestKind } from '../model/inventory.js';
import { positionsByBaseName } from '../parse/path-index.js';

/** A `uses:` reference that counts: matched on `owner/repo[/path]`, case-insensitive, before `@`. */
export interface UsesSignal {
  uses: string;
  label: string;
}

/** A command that counts, tested against the program's words (`argv.join(' ')`). */
export interface CommandSignal {
  command: RegExp;
  label: string;
}

/** A repository file that shows the practice exists. */
export interface FileSignal {
  test: (path: string) => boolean;
  label: string;
}

export interface UsesMatch {
  exec: ExecStep;
  signal: UsesSignal;
}

export interface CommandMatch {
  command: Command;
  signal: CommandSignal;
}

export function usesName(uses: string): string {
  return uses.replace(/@.*$/, '').toLowerCase();
}

export function matchUses(a: Analysis, signals: readonly UsesSignal[]): UsesMatch[] {
  const out: UsesMatch[] = [];
  for (const exec of a.steps) {
    const uses = exec.step.uses?.value;
    if (!uses) continue;
    const name = usesName(uses);
    const signal = signals.find((s) => name === s.uses.toLowerCase() || name.startsWith(`${s.uses.toLowerCase()}/`) || (s.uses.endsWith('/') && name.startsWith(s.uses.toLowerCase())));
    if (signal) out.push({ exec, signal });
  }
  return out;
}

const commandLines = new WeakMap<Command, string>();

/** The program's words as one line (what command vocabularies are tested against); made once per command. */
export function commandLine(c: Command): string {
  let line = commandLines.get(c);
  if (line === undefined) commandLines.set(c, (line = c.argv.join(' ')));
  return line;
}

/**
 * Which signal (by position) first matches a command line, per signal list: a list is known
 * by its regexes (checks build some lists inline), and each distinct line is tested once
 * per list (22.5k commands are 2k distinct lines on a large repository).
 */
const firstSignalOf = new Map<string, Map<string, number>>();
const signatures = new WeakMap<readonly CommandSignal[], string | null>();
/** Per command list and signal list: the matches, as command and signal position. */
const matchesOf = new WeakMap<readonly Command[], Map<string, { command: Command; k: number }[]>>();

/** The list's identity by its regexes, or null when one is stateful (`g`/`y`) and must be run each time. */
function signatureOf(signals: readonly CommandSignal[]): string | null {
  let sig = signatures.get(signals);
  if (sig === undefined) {
    sig = signals.some((s) => s.command.global || s.command.sticky) ? null : signals.map((s) => `${s.command.flags}/${s.command.source}`).join('\u0000');
    signatures.set(signals, sig);
  }
  return sig;
}

export function matchCommands(a: Analysis, signals: readonly CommandSignal[], commands: readonly Command[] = a.commands): CommandMatch[] {
  const sig = signatureOf(signals);
  if (sig === null) {
    const out: CommandMatch[] = [];
    for (const command of commands) {
      const line = commandLine(command);
      const signal = signals.find((s) => s.command.test(line));
      if (signal) out.push({ command, signal });
    }
    return out;
  }
  let byList = matchesOf.get(commands);
  let found = byList?.get(sig);
  if (!found) {
    let byLine = firstSignalOf.get(sig);
    if (!byLine) firstSignalOf.set(sig, (byLine = new Map()));
    found = [];
    for (const command of commands) {
      const line = commandLine(command);
      let k = byLine.get(line);
      if (k === undefined) byLine.set(line, (k = signals.findIndex((s) => s.command.test(line))));
      if (k >= 0) found.push({ command, k });
    }
    // Whole lists are asked about again and again; one-command lists are not worth keeping.
    if (commands.length > 16) {
      if (!byList) matchesOf.set(commands, (byList = new Map()));
      byList.set(sig, found);
    }
  }
  return found.map((m) => ({ command: m.command, signal: signals[m.k]! }));
}

export function matchFiles(a: Analysis, signals: readonly FileSignal[]): { path: string; signal: FileSignal }[] {
  const { names, scanned } = partitionSignals(signals);
  // Base-name signals are looked up; the others still test every path. Either way a path is
  // kept once, in `repo.files` order, with the first signal (in list order) that matches it.
  const files = a.repo.files;
  let positions: number[];
  if (scanned.length === 0) positions = positionsByBaseName(a.repo, names);
  else {
    const found = new Set(positionsByBaseName(a.repo, names));
    for (let i = 0; i < files.length; i++) if (!found.has(i) && scanned.some((s) => s.test(files[i]!))) found.add(i);
    positions = [...found].sort((x, y) => x - y);
  }
  const out: { path: string; signal: FileSignal }[] = [];
  for (const i of positions) {
    const path = files[i]!;
    const signal = signals.find((s) => s.test(path));
    if (signal) out.push({ path, signal });
  }
  return out;
}

/** The names of a list's base-name signals, and the signals that must test every path; once per list. */
function partitionSignals(signals: readonly FileSignal[]): { names: string[]; scanned: FileSignal[] } {
  let parts = signalParts.get(signals);
  if (!parts) {
    parts = { names: [], scanned: [] };
    for (const s of signals) {
      const names = baseNamesOf.get(s.test);
      if (names) parts.names.push(...names);
      else parts.scanned.push(s);
    }
    signalParts.set(signals, parts);
  }
  return parts;
}

const signalParts = new WeakMap<readonly FileSignal[], { names: string[]; scanned: FileSignal[] }>();
/** The base names a `baseNameIs` predicate accepts (a path matches it exactly when its base name is one). */
const baseNamesOf = new WeakMap<(path: string) => boolean, readonly string[]>();

/** `name` or `name.ext` at the root or at any depth, matched on the base name. */
export function baseNameIs(...names: string[]): (path: string) => boolean {
  const key = names.join('\u0000');
  let test = baseNameTests.get(key);
  if (!test) {
    // A few names: checked by the path's end (no slice per path); a name with '/' is never a base name.
    const plain = names.filter((n) => !n.includes('/'));
    const set = new Set(names);
    test =
      plain.length <= 4
        ? (p) => {
            for (const n of plain) if (p.endsWith(n) && (p.length === n.length || p.charCodeAt(p.length - n.length - 1) === 47)) return true;
            return false;
          }
        : (p) => set.has(p.slice(p.lastIndexOf('/') + 1));
    baseNameTests.set(key, test);
    baseNamesOf.set(test, plain);
  }
  return test;
}

/** One predicate per list of names: checks call `baseNameIs(...)` inside per-path tests. */
const baseNameTests = new Map<string, (path: string) => boolean>();

export function rootFileIs(...names: string[]): (path: string) => boolean {
  const set = new Set(names);
  return (p) => set.has(p);
}

export function execEvidence(exec: ExecStep, message: string): Evidence {
  const pos = exec.step.uses?.pos ?? exec.step.pos;
  return withReach({ file: exec.file, line: pos.line, column: pos.column, message, triggers: [] }, exec);
}

export function commandEvidence(c: Command, message: string): Evidence {
  return withReach({ file: c.at.file, line: c.at.line, column: c.at.column, message, triggers: [] }, c.exec);
}

export function fileEvidence(path: string, message: string, line = 1, column = 1): Evidence {
  return { file: path, line, column, message, triggers: [] };
}

function withReach(e: Evidence, exec: ExecStep): Evidence {
  e.triggers = [...exec.reach.events];
  const conditions = [...exec.reach.conditions];
  if (exec.file !== exec.workflow.file) conditions.unshift(`called from ${exec.workflow.file}`);
  if (conditions.length > 0) e.conditions = conditions;
  return e;
}

export function isAutomatedEvidence(e: Evidence): boolean {
  return e.triggers.some((t) => AUTOMATED_EVENTS.has(t));
}

/**
 * Merges evidence at the same place (triggers united), keeping first-seen order. A
 * condition narrows when the place runs, so the merged piece keeps conditions only when
 * every path that runs it automatically is narrowed (every path, when none is automatic).
 */
export function mergeEvidence(list: readonly Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence[]>();
  for (const e of list) {
    const key = `${e.file}:${e.line}:${e.column}`;
    const group = byKey.get(key);
    if (group) group.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.values()].map((group) => {
    const first = group[0]!;
    const { conditions: _, ...rest } = first;
    const merged: Evidence = { ...rest, triggers: group.length === 1 ? [...first.triggers] : [...new Set(group.flatMap((e) => e.triggers))].sort() };
    const conditions = narrowing(group, (e) => e.conditions ?? [], isAutomatedEvidence);
    if (conditions.length > 0) merged.conditions = conditions;
    return merged;
  });
}

/** The conditions that still hold over several paths: none once an automatic path (any path, when none is automatic) has none. */
function narrowing<T>(paths: readonly T[], conditionsOf: (p: T) => readonly string[], automatic: (p: T) => boolean): string[] {
  const pool = paths.some(automatic) ? paths.filter(automatic) : paths;
  if (pool.some((p) => conditionsOf(p).length === 0)) return [];
  return [...new Set(pool.flatMap(conditionsOf))];
}

const MAX_EVIDENCE = 20;

/**
 * The rule of CHECKLIST §2: evidence run by an automated trigger → `automated`; evidence
 * that exists but is not run (or run only by hand) → `present`; nothing → `absent`.
 */
export function decide(evidence: readonly Evidence[], texts: { automated: string; present: string; absent: string }, findings: Finding[] = []): Omit<ItemResult, 'id'> {
  const merged = mergeEvidence(evidence);
  const automated = merged.filter(isAutomatedEvidence);
  if (automated.length > 0) {
    const rest = merged.filter((e) => !isAutomatedEvidence(e));
    return { verdict: 'automated', reason: texts.automated, evidence: [...automated, ...rest].slice(0, MAX_EVIDENCE), findings };
  }
  if (merged.length > 0) return { verdict: 'present', reason: texts.present, evidence: merged.slice(0, MAX_EVIDENCE), findings };
  return { verdict: 'absent', reason: texts.absent, evidence: [], findings };
}

/** A warning for each matched step or command that cannot fail the job (CHECKLIST §2). */
export function cannotFailFindings(rule: ItemId, what: string, items: readonly (Command | ExecStep)[]): Finding[] {
  const out: Finding[] = [];
  for (const item of items) {
    if (!item.cannotFail) continue;
    const at = 'at' in item ? item.at : { file: item.file, line: item.step.pos.line, column: item.step.pos.column };
    out.push({
      severity: 'warning',
      file: at.file,
      line: at.line,
      column: at.column,
      check: rule,
      message: `This ${what} cannot fail the job: ${item.cannotFail}. Its failures are ignored, so it gates nothing; remove the override so a failure stops the build.`,
    });
  }
  return out;
}

/** The 1-based line of the first match of `re` in `text` (1 when none). */
export function lineOf(text: string, re: RegExp): number | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export interface KindMatch {
  file: TestFile;
  evidence: KindEvidence;
  commands: readonly Command[];
}

/** Test files of a kind, with the commands that run them (the typed query ML checks use). */
export function testsOfKind(a: Analysis, kind: TestKind): KindMatch[] {
  const out: KindMatch[] = [];
  for (const file of a.inventory.files) {
    const ev = file.kinds.find((k) => k.kind === kind);
    if (ev) out.push({ file, evidence: ev, commands: a.inventory.reachedBy.get(file.path) ?? [] });
  }
  return out;
}

/** Evidence for test files of a kind: at the kind's line, with the triggers of the commands that run them. */
export function testKindEvidence(a: Analysis, kind: TestKind, describe: (m: KindMatch) => string = (m) => `${kind} test "${m.file.path}" (${m.evidence.signal}).`): Evidence[] {
  return testsOfKind(a, kind).map((m) => {
    return { file: m.file.path, line: m.evidence.line, column: 1, message: describe(m), ...runByReach(m.commands) };
  });
}

/** The conditions of one command's path: its `if:`s, and the workflow that calls it when it is written elsewhere. */
function pathConditions(c: Command): string[] {
  return c.exec.file !== c.exec.workflow.file ? [`called from ${c.exec.workflow.file}`, ...c.exec.reach.conditions] : [...c.exec.reach.conditions];
}

/**
 * Triggers and conditions of a place (a test file, a script) that commands run: the events
 * of them all; the command cited is the one that runs it most plainly (on an automated
 * trigger, with no condition, in a known folder), then the conditions that hold over every
 * path that runs it.
 */
export function runByReach(commands: readonly Command[]): Pick<Evidence, 'triggers' | 'conditions'> {
  // Test files reached by the same commands share one list (see src/inventory/build.ts): decide once per list.
  let found = runByReachCache.get(commands);
  if (!found) runByReachCache.set(commands, (found = decideRunBy(commands)));
  return { triggers: [...found.triggers], ...(found.conditions ? { conditions: [...found.conditions] } : {}) };
}

const runByReachCache = new WeakMap<readonly Command[], Pick<Evidence, 'triggers' | 'conditions'>>();

function decideRunBy(commands: readonly Command[]): Pick<Evidence, 'triggers' | 'conditions'> {
  const triggers = [...new Set(commands.flatMap((c) => c.exec.reach.events))].sort();
  if (commands.length === 0) return { triggers };
  // Plainest: automatic, unconditioned, in a working directory that is not computed by an expression (it may be another checkout).
  const rank = (c: Command) => (isAutomated(c.exec.reach) ? 0 : 4) + (pathConditions(c).length > 0 ? 2 : 0) + (c.exec.step.workingDirectory?.value.includes('${{') ? 1 : 0);
  const best = [...commands].sort((x, y) => rank(x) - rank(y))[0]!;
  return { triggers, conditions: [`run by \`${best.text}\` at ${best.at.file}:${best.at.line}`, ...narrowing(commands, pathConditions, (c) => isAutomated(c.exec.reach))] };
}

/** An environment variable that CI sets for a step, and where it is written. */
export interface EnvEntry {
  name: string;
  value: string;
  scope: 'workflow' | 'job' | 'step';
  file: string;
  line: number;
  column: number;
}

/**
 * The `env:` entries a step sees, from the workflow (the file the step is written in),
 * its job and the step itself; the innermost scope wins for a repeated name.
 */
export function envOf(a: Analysis, exec: ExecStep): EnvEntry[] {
  const byName = new Map<string, EnvEntry>();
  const add = (scope: EnvEntry['scope'], file: string, env: Record<string, { value: string; pos: { line: number; column: number } }>) => {
    for (const [name, v] of Object.entries(env)) byName.set(name, { name, value: v.value, scope, file, line: v.pos.line, column: v.pos.column });
  };
  // A composite action's step runs in its caller's job: the job (and its workflow) are written in the last `uses:` file.
  const jobFile = a.workflows.some((w) => w.file === exec.file) ? exec.file : (exec.via[exec.via.length - 1]?.file ?? exec.file);
  const wf = a.workflows.find((w) => w.file === jobFile);
  if (wf) add('workflow', wf.file, wf.env);
  add('job', jobFile, exec.job.env);
  add('step', exec.file, exec.step.env);
  return [...byName.values()];
}
