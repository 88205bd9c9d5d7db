/**
 * The kit every check is written with: the `Check` shape and `defineCheck`, evidence from
 * steps, commands, files and source hits, the merge of evidence, `decide` (evidence →
 * verdict and reason), the cannot-fail findings, and `judgeChecks`, which runs each check
 * with the config's extra patterns for its item merged into its evidence (by the item's
 * declared cannot-fail policy) and turns a check that throws into an `error` verdict.
 */
import { matchCommands, matchUses, isNotebook, commandsReaching, testsOfKind, runByReach, narrowing, type Analysis, type SourceHit, type KindMatch, type UnfollowedStep } from '../analysis/index.js';
import type { ItemConfig, RepoConfig } from '../config/config.js';
import type { Evidence, ItemMeta, ItemResult, ItemId, RunBy } from '../model/check.js';
import { TEST_FILE_SIGNALS } from '../vocabulary/shared/test-paths.js';
import { describeCannotFail, eventNames, isAutomatedEvent, type Command, type ExecStep, type ReachEvent } from '../model/ci.js';
import type { Finding } from '../model/finding.js';
import { unfollowedSentence } from '../model/report.js';
import type { TestKind } from '../model/inventory.js';
import type { SourcePattern } from '../model/signal.js';

export function hitEvidence(hit: SourceHit, message: string): Evidence {
  return { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
}

/** The events that reach a step, schedules in words, e.g. `push, schedule ("0 2 * * *": daily at 02:00 UTC)`. */
export function describeEvents(exec: ExecStep, keep: (event: ReachEvent) => boolean = () => true): string {
  return exec.reach.events
    .filter(keep)
    .map((e) => (e.kind === 'schedule' && exec.reach.schedules.length > 0 ? `${e.original} (${exec.reach.schedules.map((s) => `"${s.cron}": ${s.description}`).join('; ')})` : e.original))
    .join(', ');
}

export function execEvidence(exec: ExecStep, message: string): Evidence {
  const uses = exec.step.uses;
  const pos = uses?.pos ?? exec.step.at;
  return withReach({ file: exec.file, line: pos.line, column: pos.column, message, ...(uses?.end ? { end: uses.end } : {}), triggers: [] }, exec);
}

/** The same evidence moved to another place (what it said of its end no longer holds). */
export function movedTo(e: Evidence, place: { file: string; line: number; column: number }): Evidence {
  const { end: _, ...rest } = e;
  return { ...rest, file: place.file, line: place.line, column: place.column };
}

export function commandEvidence(c: Command, message: string): Evidence {
  return withReach({ file: c.at.file, line: c.at.line, column: c.at.column, message, triggers: [] }, c.exec);
}

export function fileEvidence(path: string, message: string, line = 1, column = 1): Evidence {
  return { file: path, line, column, message, triggers: [] };
}

export function withReach(e: Evidence, exec: ExecStep): Evidence {
  e.triggers = eventNames(exec.reach);
  const conditions = [...exec.reach.conditions];
  if (exec.file !== exec.pipeline.file) conditions.unshift(`called from ${exec.pipeline.file}`);
  if (conditions.length > 0) e.conditions = conditions;
  if (exec.file !== exec.pipeline.file && exec.via[0]) e.calledFrom = exec.via[0];
  return e;
}

export function isAutomatedEvidence(e: Evidence): boolean {
  return e.triggers.some(isAutomatedEvent);
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
    const { conditions: _, runBy: _r, calledFrom: _c, ...rest } = first;
    const merged: Evidence = { ...rest, triggers: group.length === 1 ? [...first.triggers] : [...new Set(group.flatMap((e) => e.triggers))].sort() };
    const conditions = narrowing(group, (e) => e.conditions ?? [], isAutomatedEvidence);
    if (conditions.length > 0) merged.conditions = conditions;
    // Who runs it and who calls it hold for the merged piece only when every path agrees.
    const same = <T>(f: (e: Evidence) => T | undefined): T | undefined => (group.every((e) => JSON.stringify(f(e)) === JSON.stringify(f(first))) ? f(first) : undefined);
    const runBy = same((e) => e.runBy);
    if (runBy) merged.runBy = runBy;
    const calledFrom = same((e) => e.calledFrom);
    if (calledFrom) merged.calledFrom = calledFrom;
    return merged;
  });
}

export const MAX_EVIDENCE = 20;

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
    const at = 'at' in item ? item.at : { file: item.file, line: item.step.at.line, column: item.step.at.column };
    out.push({
      severity: 'warning',
      file: at.file,
      line: at.line,
      column: at.column,
      check: rule,
      message: `This ${what} cannot fail the job: ${describeCannotFail(item.cannotFail)}. Its failures are ignored, so it gates nothing; remove the override so a failure stops the build.`,
    });
  }
  return out;
}

/** Evidence for test files of a kind: at the kind's line, with the triggers of the commands that run them. */
export function testKindEvidence(a: Analysis, kind: TestKind, describe: (m: KindMatch) => string = (m) => `${kind} test "${m.file.path}" (${m.evidence.signal}).`): Evidence[] {
  return testsOfKind(a, kind).map((m) => {
    return { file: m.file.path, line: m.evidence.line, column: 1, message: describe(m), ...runByReach(a, m.commands) };
  });
}

export const NOTEBOOK_NOTE = 'it is in a notebook, which no pipeline runs, so it counts as present, not automated';

/** Evidence at a source hit; a test file that CI runs carries the triggers of the commands that run it. */
export function sourceEvidence(a: Analysis, hit: SourceHit, message: string): Evidence {
  const e: Evidence = { file: hit.file, line: hit.line, column: hit.column, message, triggers: [] };
  if (isNotebook(hit.file)) {
    e.message = `${message.replace(/\.$/, '')}; ${NOTEBOOK_NOTE}.`;
    return e;
  }
  const by = commandsReaching(a, hit.file);
  return by.length > 0 ? { ...e, ...runByReach(a, by) } : e;
}

/** True when every piece of evidence is in a notebook (the reason then says so). */
export function onlyNotebooks(evidence: readonly Evidence[]): boolean {
  return evidence.length > 0 && evidence.every((e) => isNotebook(e.file));
}

/** The reason for a `present` verdict, naming the notebook case. */
export function presentReason(evidence: readonly Evidence[], text: string): string {
  return onlyNotebooks(evidence) ? `${text} It is found only in notebooks: move it into a script or pipeline stage that CI runs to make it automated.` : text;
}

/** A checklist item: its metadata and a pure function from the analysed repository to a verdict. */
/** A checklist item: its metadata and the function that judges it from the analysis. */
export interface Check<Id extends string = ItemId> {
  meta: ItemMeta<Id>;
  /** The source-pattern lists it asks about (findInSource, commandsRunningCode): one literal scan serves them all. */
  sources?: readonly (readonly SourcePattern[])[];
  evaluate(analysis: Analysis): Omit<ItemResult, 'id'>;
}

/** Declares a check; the literal type of `meta.id` is kept, so the registry (checks/index.ts) derives `ItemId`. */
export function defineCheck<const Id extends string>(check: Check<Id>): Check<Id> {
  return check;
}

/** Test files found by convention, the first one in each folder, at most `limit` folders. */
export function testFilePresence(a: Analysis, filter: (path: string) => boolean = () => true, limit = 5): Evidence[] {
  const byDir = new Map<string, Evidence>();
  for (const path of a.repo.files) {
    if (!filter(path)) continue;
    const signal = TEST_FILE_SIGNALS.find((s) => s.test(path));
    if (!signal) continue;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    if (!byDir.has(dir)) byDir.set(dir, fileEvidence(path, `${capitalise(signal.label)} "${path}".`));
    if (byDir.size >= limit) break;
  }
  return [...byDir.values()];
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const RANK: Record<Exclude<ItemResult['verdict'], 'not-applicable' | 'error'>, number> = { absent: 0, present: 1, automated: 2 };

/**
 * The config's extra `commands` and `uses` patterns for one item (for in-house tools) add
 * evidence to what the check found; the verdict is decided with the shared rule and never
 * lowered. A step that cannot fail counts with a warning, or not at all when the item's
 * metadata says `cannotFail: 'excluded'`.
 */
export function withConfigRows(analysis: Analysis, meta: ItemMeta, result: ItemResult, item: ItemConfig | undefined): ItemResult {
  const r = result;
  if (!item || r.verdict === 'error' || (item.commands.length === 0 && item.uses.length === 0)) return r;
  const counts = meta.cannotFail !== 'excluded';
  const commandMatches = matchCommands(
    analysis,
    item.commands.map((c) => ({ command: c.regex, label: c.value })),
  ).filter((m) => counts || !m.command.cannotFail);
  const usesMatches = matchUses(
    analysis,
    item.uses.map((u) => ({ uses: u.value, label: u.value })),
  ).filter((m) => counts || !m.exec.cannotFail);
  const extra: Evidence[] = [
    ...commandMatches.map((m) => commandEvidence(m.command, `"${m.command.text}" matches the config's pattern /${m.signal.label}/ for ${r.id}.`)),
    ...usesMatches.map((m) => execEvidence(m.exec, `"${m.exec.step.uses?.value ?? ''}" matches the config's uses: prefix "${m.signal.label}" for ${r.id}.`)),
  ];
  if (extra.length === 0) return r;
  const findings = [
    ...r.findings,
    ...cannotFailFindings(r.id, 'step, counted by the config for this item,', [...commandMatches.map((m) => m.command), ...usesMatches.map((m) => m.exec)]),
  ];
  if (r.verdict === 'not-applicable') return { ...r, evidence: mergeEvidence([...r.evidence, ...extra]).slice(0, MAX_EVIDENCE), findings };
  const decided = decide([...r.evidence, ...extra], {
    automated: "A step that matches the config's extra patterns runs automatically in CI.",
    present: "A step matches the config's extra patterns, but only a manual trigger runs it; add push, pull_request or schedule to its workflow.",
    absent: r.reason,
  });
  if (decided.verdict !== 'not-applicable' && decided.verdict !== 'error' && RANK[decided.verdict] > RANK[r.verdict]) {
    return { ...r, verdict: decided.verdict, reason: decided.reason, evidence: decided.evidence, findings };
  }
  return { ...r, evidence: mergeEvidence([...r.evidence, ...extra]).slice(0, MAX_EVIDENCE), findings };
}

/**
 * An item not automated keeps its verdict, but when an automated step the tool could not
 * follow might meet it (its task name hints at the item, or names no item at all), its
 * reason says so: what was not seen is not stated as absent (CHECKLIST §2).
 */
export function withUnfollowed(r: ItemResult, unfollowed: readonly UnfollowedStep[]): ItemResult {
  if (r.verdict !== 'absent' && r.verdict !== 'present') return r;
  const might = unfollowed.filter((u) => u.items === undefined || u.items.includes(r.id));
  if (might.length === 0) return r;
  const sentence = unfollowedSentence(might.map((u) => ({ file: u.command.at.file, line: u.command.at.line, command: u.command.text })));
  return { ...r, reason: `${r.reason.replace(/\s*$/, '')} This is what was seen, not proof of absence: ${sentence}.` };
}

/**
 * Runs every check, each with its item's config rows. A check that throws gets the
 * `error` verdict (shown, left out of the score) and an error finding: a bug in one check
 * must not hide the others.
 */
export function judgeChecks(analysis: Analysis, checks: readonly Check[], config: RepoConfig, unfollowed: readonly UnfollowedStep[] = []): ItemResult[] {
  return checks.map((check): ItemResult => {
    const id = check.meta.id;
    try {
      return withUnfollowed(withConfigRows(analysis, check.meta, { id, ...check.evaluate(analysis) }, config.items[id]), unfollowed);
    } catch (err: unknown) {
      const message = err instanceof Error ? err.message : String(err);
      return {
        id,
        verdict: 'error',
        reason: `The check could not decide (internal error: ${message}); it is left out of the score.`,
        evidence: [],
        findings: [{ severity: 'error', file: '.', line: 1, column: 1, check: id, message: `Check "${id}" failed with an internal error: ${message}. Please report it.` }],
      };
    }
  });
}

export type { RunBy };
/** How commands reach a place, and the one wording of "run by ...": answered by the analysis (kept on the run's index), re-exported for the checks. */
export { describeRunBy, runByReach } from '../analysis/index.js';
