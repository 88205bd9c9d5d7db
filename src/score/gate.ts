import type { ItemId } from '../model/check.js';
import type { Level } from './level.js';

export interface GateThresholds {
  minScore: number;
  minLevel: number;
}

export interface GateResult extends GateThresholds {
  passed: boolean;
  /** One sentence per failed threshold, naming the gap. */
  reasons: string[];
}

/** The gate of CHECKLIST §6: below either threshold, it fails with a message naming the gap. */
/** The items whose automation would reach the score threshold (see ladder.ts itemsToReach). */
export interface ScoreReach {
  items: readonly ItemId[];
  score: number;
  reachable: boolean;
}

function scoreGap(score: number, min: number, gaps: readonly ItemId[] | ScoreReach): string {
  if (Array.isArray(gaps)) return `score ${score} < ${min}${gaps.length > 0 ? `: missing ${gaps.join(', ')}` : ''}`;
  const reach = gaps as ScoreReach;
  if (reach.items.length === 0) return `score ${score} < ${min}`;
  if (!reach.reachable) return `score ${score} < ${min}: even with every open item automated the score would be ${reach.score}`;
  return `score ${score} < ${min}: automating ${reach.items.join(', ')} would reach ${reach.score}`;
}

/** `levelGaps`: the items missing for the next level, or the text of what every level up to the threshold needs. */
export function evaluateGate(score: number, level: Level, t: GateThresholds, topGaps: readonly ItemId[] | ScoreReach, levelGaps: readonly ItemId[] | string): GateResult {
  const reasons: string[] = [];
  if (score < t.minScore) reasons.push(scoreGap(score, t.minScore, topGaps));
  if (level < t.minLevel) {
    const gaps = typeof levelGaps === 'string' ? (levelGaps === '' ? '' : `: needs ${levelGaps}`) : levelGaps.length > 0 ? `: missing ${levelGaps.join(', ')}` : '';
    reasons.push(`level ${level} < ${t.minLevel}${gaps}`);
  }
  return { ...t, passed: reasons.length === 0, reasons };
}
