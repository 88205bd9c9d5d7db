/**
 * Between judging and scoring: which items do not apply, by the config and by the profile
 * (CHECKLIST §5, §7), and the credit an item declares in its metadata (`creditedBy`).
 * Pure functions over whatever items exist. The config's extra patterns are not here:
 * they are evidence, merged when the check runs (checks/kit.ts).
 */
import type { RepoConfig } from '../config/config.js';
import { PHASES, PHASE_TITLES, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../model/check.js';
import type { Profile } from '../model/profile.js';

type Ranked = Exclude<Verdict, 'not-applicable' | 'error'>;
const RANK: Record<Ranked, number> = { absent: 0, present: 1, automated: 2 };
const isRanked = (v: Verdict): v is Ranked => v !== 'not-applicable' && v !== 'error';

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
  demoteDemoEvidence(out, metas);
  creditFeatureTests(out, metas, profile);
  for (const phase of PHASES) {
    if (phase === 'devops') continue;
    const inPhase = out.filter((r) => metas.get(r.id)?.phase === phase && r.verdict !== 'not-applicable');
    // Examples and docs are demonstrations: they never make a phase applicable (CHECKLIST §5); what they hold is named in the reason.
    if (inPhase.length === 0 || !inPhase.every((r) => r.verdict === 'absent' && r.evidence.every((e) => DEMO_FOLDER.test(e.file)))) continue;
    const demo = inPhase.flatMap((r) => r.evidence)[0];
    const shown = demo ? ` Its examples or docs show one (${demo.file}:${demo.line}), as a demonstration of the library, not a feature of it.` : '';
    for (let i = 0; i < out.length; i++) {
      const r = out[i]!;
      if (!inPhase.includes(r)) continue;
      out[i] = {
        ...r,
        verdict: 'not-applicable',
        reason: `This library shows no ${phaseWord(phase)} feature, so the ${phaseWord(phase)} phase is left out of the score (an ML library need not cover every phase).${shown}`,
      };
    }
  }
  return out;
}

/** Folders that show a library's use (examples, docs, tutorials), not its own ML work; its tests are its features. */
const DEMO_FOLDER = /(^|\/)(examples?|samples?|demos?|tutorials?|docs?|cookbook|recipes|notebooks)\//i;

/**
 * CHECKLIST §5: an ML library's ML items are met by tests of its own ML features, not by its
 * examples and docs, which train and evaluate models to show how the library is used. An ML
 * item whose only evidence lies there is `absent`; the evidence stays, as information.
 */
function demoteDemoEvidence(out: ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>): void {
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    if (metas.get(r.id)?.phase === 'devops' || r.verdict !== 'present' || r.evidence.length === 0) continue;
    if (!r.evidence.every((e) => DEMO_FOLDER.test(e.file))) continue;
    out[i] = {
      ...r,
      verdict: 'absent',
      reason: `Only the library's examples or docs show this (${r.evidence[0]!.file}:${r.evidence[0]!.line}); for an ML library, its ML items are met by tests of its own features (CHECKLIST §5).`,
    };
  }
}

/**
 * CHECKLIST §5: an ML library's ML items are met by tests of its own ML features run in CI.
 * An item declares this in its metadata (`creditedBy`): a library has no training pipeline
 * of its own, and its training simulations (`training-tests`) exercise its training feature.
 */
function creditFeatureTests(out: ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, profile: Profile): void {
  for (const meta of metas.values()) {
    const credit = meta.creditedBy;
    if (!credit || !credit.profiles.includes(profile)) continue;
    const f = { item: meta.id, from: credit.item, what: credit.what };
    const i = out.findIndex((r) => r.id === f.item);
    const from = out.find((r) => r.id === f.from);
    const r = out[i];
    if (!r || !from || !isRanked(r.verdict) || !isRanked(from.verdict) || RANK[from.verdict] <= RANK[r.verdict]) continue;
    out[i] = {
      ...r,
      verdict: from.verdict,
      reason: `For an ML library, its ${f.what} (${f.from}) exercise this feature${from.verdict === 'automated' ? ' in CI' : ''} (CHECKLIST §5).`,
      evidence: [...from.evidence, ...r.evidence],
    };
  }
}
