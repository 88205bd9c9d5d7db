/**
 * Between judging and scoring: what the config and the profile change in the verdicts
 * (CHECKLIST §5, §7). Pure functions over whatever items exist.
 *
 * Order: extra evidence first (a config pattern can give an ML phase of a library its
 * evidence), then applicability.
 */
import type { Analysis } from '../analysis/analyze.js';
import { cannotFailFindings, commandEvidence, decide, execEvidence, mergeEvidence } from '../checks/kit.js';
import { matchCommands, matchUses } from '../analysis/match.js';
import type { RepoConfig } from '../config/config.js';
import { PHASES, PHASE_TITLES, type Evidence, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../model/check.js';
import type { Profile } from '../model/profile.js';

const RANK: Record<Exclude<Verdict, 'not-applicable'>, number> = { absent: 0, present: 1, automated: 2 };
const MAX_EVIDENCE = 20;

/** How a phase is named inside a sentence ("the training phase" / "no training feature"). */
function phaseWord(phase: PhaseId): string {
  return phase === 'devops' ? 'DevOps' : PHASE_TITLES[phase].toLowerCase();
}

/**
 * Applies, in this order: the config's `applicable: false` (with its reason); the
 * `library` profile (every phase but the DevOps foundation is not applicable); the
 * `ml-library` profile (an ML phase whose every item is absent, with no evidence at all,
 * is not applicable). Evidence is kept for information.
 */
export function applyApplicability(results: readonly ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, profile: Profile, config: RepoConfig): ItemResult[] {
  const out = results.map((r): ItemResult => {
    const item = config.items[r.id];
    if (item && !item.applicable) {
      return { ...r, verdict: 'not-applicable', reason: `The config marks this item not applicable: "${item.reason ?? ''}".` };
    }
    const phase = metas.get(r.id)?.phase;
    if (profile === 'library' && phase !== undefined && phase !== 'devops' && r.verdict !== 'not-applicable') {
      return { ...r, verdict: 'not-applicable', reason: `This repository is a library or service without ML: the ${phaseWord(phase)} phase does not apply.` };
    }
    return r;
  });
  if (profile !== 'ml-library') return out;
  creditFeatureTests(out);
  for (const phase of PHASES) {
    if (phase === 'devops') continue;
    const inPhase = out.filter((r) => metas.get(r.id)?.phase === phase && r.verdict !== 'not-applicable');
    if (inPhase.length === 0 || !inPhase.every((r) => r.verdict === 'absent' && r.evidence.length === 0)) continue;
    for (let i = 0; i < out.length; i++) {
      const r = out[i]!;
      if (!inPhase.includes(r)) continue;
      out[i] = { ...r, verdict: 'not-applicable', reason: `This library shows no ${phaseWord(phase)} feature, so the ${phaseWord(phase)} phase is left out of the score (an ML library need not cover every phase).` };
    }
  }
  return out;
}

/**
 * CHECKLIST §5: an ML library's ML items are met by tests of its own ML features run in CI.
 * A library has no training pipeline of its own; its training simulations (`training-tests`)
 * are what exercises its training feature, so they count for `training-pipeline` too.
 */
const FEATURE_TESTS: readonly { item: ItemId; from: ItemId; what: string }[] = [{ item: 'training-pipeline', from: 'training-tests', what: 'training simulations' }];

function creditFeatureTests(out: ItemResult[]): void {
  for (const f of FEATURE_TESTS) {
    const i = out.findIndex((r) => r.id === f.item);
    const from = out.find((r) => r.id === f.from);
    const r = out[i];
    if (!r || !from || r.verdict === 'not-applicable' || from.verdict === 'not-applicable' || RANK[from.verdict] <= RANK[r.verdict]) continue;
    out[i] = {
      ...r,
      verdict: from.verdict,
      reason: `For an ML library, its ${f.what} (${f.from}) exercise this feature${from.verdict === 'automated' ? ' in CI' : ''} (CHECKLIST §5).`,
      evidence: [...from.evidence, ...r.evidence],
    };
  }
}

/**
 * The config's extra `commands` and `uses` patterns (for in-house tools) add evidence to
 * their item; the verdict is decided again with the shared rule and never lowered.
 */
export function applyExtraEvidence(analysis: Analysis, results: readonly ItemResult[], config: RepoConfig, metas: ReadonlyMap<ItemId, ItemMeta>): ItemResult[] {
  return results.map((r) => {
    const item = config.items[r.id];
    if (!item || !metas.has(r.id) || (item.commands.length === 0 && item.uses.length === 0)) return r;
    const commandMatches = matchCommands(
      analysis,
      item.commands.map((c) => ({ command: c.regex, label: c.value })),
    ).filter((m) => r.id !== 'quality-gate' || !m.command.cannotFail);
    const usesMatches = matchUses(
      analysis,
      item.uses.map((u) => ({ uses: u.value, label: u.value })),
    ).filter((m) => r.id !== 'quality-gate' || !m.exec.cannotFail);
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
    if (decided.verdict !== 'not-applicable' && RANK[decided.verdict] > RANK[r.verdict]) {
      return { ...r, verdict: decided.verdict, reason: decided.reason, evidence: decided.evidence, findings };
    }
    return { ...r, evidence: mergeEvidence([...r.evidence, ...extra]).slice(0, MAX_EVIDENCE), findings };
  });
}
