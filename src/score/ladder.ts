/**
 * What to do next, in the order that matters: first what blocks the next level of the
 * ladder (one item per unmet requirement, the one worth most), then the rest by points.
 * And, for a failed score gate, the smallest set of items (largest gain first) whose
 * automation would reach the threshold. Pure.
 */
import type { ItemId, ItemMeta, ItemResult, PhaseId, Verdict } from '../model/check.js';
import { LEVEL_RULES, type Level } from './level.js';
import { overallScore, scoreGains, scorePhases } from './score.js';

export type StepReason = 'level' | 'points';

export interface NextStep {
  id: ItemId;
  gain: number;
  /** `level`: the next level needs it; `points`: it raises the score most. */
  reason: StepReason;
  /** For `level`: the level it unlocks. */
  level?: Level;
}

const isOpen = (v: Verdict | undefined): boolean => v === 'present' || v === 'absent';

/**
 * Up to `count` steps: each unmet requirement of the levels above `level` (up to `maxLevel`),
 * one item per requirement (the one with the largest gain), then the largest gains.
 */
export function ladderSteps(results: readonly ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, weights: Readonly<Record<PhaseId, number>>, level: Level, maxLevel: Level, count = 3): NextStep[] {
  const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
  const gains = scoreGains(results, metas, weights);
  const gainOf = new Map(gains.map((g) => [g.id, g.gain]));
  const steps: NextStep[] = [];
  const taken = new Set<ItemId>();
  for (const rule of LEVEL_RULES) {
    if (rule.level <= level || rule.level > maxLevel) continue;
    for (const group of rule.groups) {
      const applicable = group.items.filter((id) => verdicts.get(id) !== 'not-applicable');
      const met = applicable.some((id) => verdicts.get(id) === 'automated' || (group.need === 'present' && verdicts.get(id) === 'present'));
      if (applicable.length === 0 || met) continue;
      const best = applicable.filter((id) => isOpen(verdicts.get(id)) && !taken.has(id)).sort((a, b) => (gainOf.get(b) ?? 0) - (gainOf.get(a) ?? 0) || a.localeCompare(b))[0];
      if (best === undefined) continue;
      taken.add(best);
      steps.push({ id: best, gain: gainOf.get(best) ?? 0, reason: 'level', level: rule.level });
    }
    // Only the next level that is not reached: a ladder is climbed one rung at a time.
    if (steps.length > 0) break;
  }
  for (const g of gains) {
    if (steps.length >= count) break;
    if (taken.has(g.id) || g.gain <= 0) continue;
    taken.add(g.id);
    steps.push({ id: g.id, gain: g.gain, reason: 'points' });
  }
  return steps.slice(0, count);
}

/**
 * The fewest items, largest gain first, whose automation brings the score to `minScore`
 * (the score is recomputed for the set: gains do not simply add up). `reachable` is false
 * when automating every open item would still fall short.
 */
export function itemsToReach(results: readonly ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, weights: Readonly<Record<PhaseId, number>>, minScore: number): { items: ItemId[]; score: number; reachable: boolean } {
  const order = scoreGains(results, metas, weights).filter((g) => g.gain > 0).map((g) => g.id);
  const chosen = new Set<ItemId>();
  let score = overallScore(scorePhases(results, metas, weights)).score;
  for (const id of order) {
    if (score >= minScore) break;
    chosen.add(id);
    const improved = results.map((r) => (chosen.has(r.id) ? { ...r, verdict: 'automated' as const } : r));
    score = overallScore(scorePhases(improved, metas, weights)).score;
  }
  return { items: [...chosen], score, reachable: score >= minScore };
}

/**
 * What the levels above `level` up to `target` still need, in words: one entry per unmet
 * requirement, alternatives joined by "or", each level's entries tagged with it
 * (`unit-tests, build or lint (level 1); training-pipeline (level 2)`).
 */
export function levelGapText(results: readonly ItemResult[], level: Level, target: number): string {
  const verdicts = new Map(results.map((r) => [r.id, r.verdict]));
  const parts: string[] = [];
  for (const rule of LEVEL_RULES) {
    if (rule.level <= level || rule.level > target) continue;
    const needs: string[] = [];
    for (const group of rule.groups) {
      const applicable = group.items.filter((id) => verdicts.get(id) !== 'not-applicable');
      const met = applicable.some((id) => verdicts.get(id) === 'automated' || (group.need === 'present' && verdicts.get(id) === 'present'));
      if (applicable.length === 0 || met) continue;
      needs.push(`${applicable.join(' or ')}${group.need === 'present' ? ' (at least present)' : ''}`);
    }
    if (needs.length > 0) parts.push(`${needs.join(', ')} (level ${rule.level})`);
  }
  return parts.join('; ');
}
