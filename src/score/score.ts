/**
 * Stage 3: verdicts → phase scores → overall score, weakest phase, level and gate
 * (CHECKLIST §6). Pure functions over whatever items exist.
 */
import { PHASES, PHASE_TITLES, VERDICT_POINTS, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../model/check.js';

export interface PhaseScore {
  id: PhaseId;
  title: string;
  weight: number;
  /** 0–100, or null when the phase has no applicable item. */
  score: number | null;
  items: ItemId[];
}

export interface ScoreResult {
  phases: PhaseScore[];
  /** 0–100 integer. */
  score: number;
  weakestPhase: PhaseId | null;
  /** The arithmetic in words, e.g. "(30×75 + 14×50) / 44 = 67". */
  arithmetic: string;
}

export function itemPoints(verdict: Verdict): number | null {
  return verdict === 'not-applicable' || verdict === 'error' ? null : VERDICT_POINTS[verdict];
}

export function scorePhases(results: readonly ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, weights: Readonly<Record<PhaseId, number>>): PhaseScore[] {
  return PHASES.map((id) => {
    const items = results.filter((r) => metas.get(r.id)?.phase === id);
    const points = items.map((r) => itemPoints(r.verdict)).filter((p): p is number => p !== null);
    const score = points.length === 0 ? null : (points.reduce((s, p) => s + p, 0) / points.length) * 100;
    return { id, title: PHASE_TITLES[id], weight: weights[id], score, items: items.map((r) => r.id) };
  });
}

export function overallScore(phases: readonly PhaseScore[]): ScoreResult {
  const scored = phases.filter((p) => p.score !== null && p.weight > 0);
  const totalWeight = scored.reduce((s, p) => s + p.weight, 0);
  const raw = totalWeight === 0 ? 0 : scored.reduce((s, p) => s + p.weight * (p.score as number), 0) / totalWeight;
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  let weakest: PhaseScore | undefined;
  for (const p of phases) if (p.score !== null && (weakest === undefined || p.score < (weakest.score as number))) weakest = p;
  const terms = scored.map((p) => `${p.weight}×${fmt(p.score as number)}`).join(' + ');
  const arithmetic = scored.length === 0 ? 'no applicable phase: 0' : `(${terms}) / ${totalWeight} = ${score}`;
  return { phases: [...phases], score, weakestPhase: weakest?.id ?? null, arithmetic };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * How much the overall score would rise if an item became `automated`: the items a gate
 * message names first.
 */
export function scoreGains(results: readonly ItemResult[], metas: ReadonlyMap<ItemId, ItemMeta>, weights: Readonly<Record<PhaseId, number>>): { id: ItemId; gain: number }[] {
  const base = overallRaw(scorePhases(results, metas, weights));
  const gains: { id: ItemId; gain: number }[] = [];
  for (const r of results) {
    if (r.verdict === 'automated' || r.verdict === 'not-applicable' || r.verdict === 'error') continue;
    const improved = results.map((x) => (x.id === r.id ? { ...x, verdict: 'automated' as const } : x));
    const exact = overallRaw(scorePhases(improved, metas, weights));
    gains.push({ id: r.id, gain: exact - base });
  }
  return gains.sort((x, y) => y.gain - x.gain || x.id.localeCompare(y.id));
}

function overallRaw(phases: readonly PhaseScore[]): number {
  const scored = phases.filter((p) => p.score !== null && p.weight > 0);
  const total = scored.reduce((s, p) => s + p.weight, 0);
  return total === 0 ? 0 : scored.reduce((s, p) => s + p.weight * (p.score as number), 0) / total;
}
