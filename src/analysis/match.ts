/** Matching vocabulary rows against what CI runs: `uses:` references, command lines, and repository paths. */
import type { Analysis } from './analyze.js';
import type { Command, ExecStep } from '../model/ci.js';
import { positionsByBaseName } from './path-index.js';
import type { UsesSignal, CommandSignal, FileSignal } from '../model/signal.js';
import { baseNamesOf } from '../vocabulary/rows.js';
import { runIndex } from './run-index.js';

/** A step whose `uses:` matches a row; the row keeps its own type (a table's rows may carry more than a label). */
export interface UsesMatch<S extends UsesSignal = UsesSignal> {
  exec: ExecStep;
  signal: S;
}

export interface CommandMatch<S extends CommandSignal = CommandSignal> {
  command: Command;
  signal: S;
}

export function usesName(uses: string): string {
  return uses.replace(/@.*$/, '').toLowerCase();
}

/** Per list of `uses:` rows, each action name's first matching row (its position; -1: none): a pure function of the list, kept beside it. */
const usesAnswers = new WeakMap<readonly UsesSignal[], { rows: readonly string[]; byName: Map<string, number> }>();

/** The position of the first row naming this action (lower-cased name, no `@ref`): the action itself, an action under it, or one a `…/` row prefixes. */
function firstUsesRow(signals: readonly UsesSignal[], name: string): number {
  let answers = usesAnswers.get(signals);
  if (!answers) usesAnswers.set(signals, (answers = { rows: signals.map((s) => s.uses.toLowerCase()), byName: new Map() }));
  let k = answers.byName.get(name);
  if (k === undefined) {
    const { rows } = answers;
    k = rows.findIndex((row) => name === row || name.startsWith(`${row}/`) || (row.endsWith('/') && name.startsWith(row)));
    answers.byName.set(name, k);
  }
  return k;
}

export function matchUses<S extends UsesSignal>(a: Analysis, signals: readonly S[]): UsesMatch<S>[] {
  const out: UsesMatch<S>[] = [];
  for (const exec of a.steps) {
    const uses = exec.step.uses?.value;
    if (!uses) continue;
    const k = firstUsesRow(signals, usesName(uses));
    if (k >= 0) out.push({ exec, signal: signals[k]! });
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
 * per list and run (22.5k commands are 2k distinct lines on a large repository); the answers
 * live on the run's index (run-index.ts), the lists' signatures here (a property of the table).
 */
const signatures = new WeakMap<readonly CommandSignal[], string | null>();

/** The list's identity by its regexes, or null when one is stateful (`g`/`y`) or not a RegExp and must be run each time. */
function signatureOf(signals: readonly CommandSignal[]): string | null {
  let sig = signatures.get(signals);
  if (sig === undefined) {
    // Only the table's own RegExps have an identity by source; a user's pattern (a linear-time engine's) is run each time.
    const regexps = signals.map((s) => (s.command instanceof RegExp ? s.command : undefined));
    sig = regexps.some((r) => r === undefined || r.global || r.sticky) ? null : regexps.map((r) => `${r!.flags}/${r!.source}`).join('\u0000');
    signatures.set(signals, sig);
  }
  return sig;
}

export function matchCommands<S extends CommandSignal>(a: Analysis, signals: readonly S[], commands: readonly Command[] = a.commands): CommandMatch<S>[] {
  const sig = signatureOf(signals);
  if (sig === null) {
    const out: CommandMatch<S>[] = [];
    for (const command of commands) {
      const line = commandLine(command);
      const signal = signals.find((s) => s.command.test(line));
      if (signal) out.push({ command, signal });
    }
    return out;
  }
  const ix = runIndex(a.repo);
  let byList = ix.matches.get(commands);
  let found = byList?.get(sig);
  if (!found) {
    let byLine = ix.firstSignal.get(sig);
    if (!byLine) ix.firstSignal.set(sig, (byLine = new Map()));
    found = [];
    const test = (line: string): number => {
      let k = byLine!.get(line);
      if (k === undefined) byLine!.set(line, (k = signals.findIndex((s) => s.command.test(line))));
      return k;
    };
    // Whole lists are asked about again and again; one-command lists are not worth keeping.
    if (commands.length > 16) {
      // Once per list: its distinct lines and each command's line by number, so a signal list costs a look-up per distinct line.
      let lines = ix.commandLineGroups.get(commands);
      if (!lines) ix.commandLineGroups.set(commands, (lines = groupLines(commands)));
      const ks = Int32Array.from(lines.distinct, test);
      for (let i = 0; i < commands.length; i++) {
        const k = ks[lines.of[i]!]!;
        if (k >= 0) found.push({ command: commands[i]!, k });
      }
      if (!byList) ix.matches.set(commands, (byList = new Map()));
      byList.set(sig, found);
    } else {
      for (const command of commands) {
        const k = test(commandLine(command));
        if (k >= 0) found.push({ command, k });
      }
    }
  }
  return found.map((m) => ({ command: m.command, signal: signals[m.k]! }));
}

/** A command list's distinct lines, in first-seen order, and each command's position among them. */
function groupLines(commands: readonly Command[]): { distinct: string[]; of: Int32Array } {
  const at = new Map<string, number>();
  const distinct: string[] = [];
  const of = new Int32Array(commands.length);
  for (let i = 0; i < commands.length; i++) {
    const line = commandLine(commands[i]!);
    let j = at.get(line);
    if (j === undefined) {
      at.set(line, (j = distinct.length));
      distinct.push(line);
    }
    of[i] = j;
  }
  return { distinct, of };
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
    for (let i = 0; i < files.length; i++) if (!found.has(i) && anyMatches(scanned, files[i]!)) found.add(i);
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

/** Whether a signal matches the path (a loop, not `some` with a closure made for each of a repository's paths). */
function anyMatches(signals: readonly FileSignal[], path: string): boolean {
  for (const s of signals) if (s.test(path)) return true;
  return false;
}

/** The names of a list's base-name signals, and the signals that must test every path; once per list. */
function partitionSignals(signals: readonly FileSignal[]): { names: string[]; scanned: FileSignal[] } {
  let parts = signalParts.get(signals);
  if (!parts) {
    parts = { names: [], scanned: [] };
    for (const s of signals) {
      const names = baseNamesOf.get(s.test);
      if (names) for (const pushed of names) parts.names.push(pushed);
      else parts.scanned.push(s);
    }
    signalParts.set(signals, parts);
  }
  return parts;
}

const signalParts = new WeakMap<readonly FileSignal[], { names: string[]; scanned: FileSignal[] }>();
