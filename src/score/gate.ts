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
export function evaluateGate(score: number, level: Level, t: GateThresholds, topGaps: readonly ItemId[], levelGaps: readonly ItemId[]): GateResult {
  const reasons: string[] = [];
  // Fail closed: a score or threshold that is not a finite number never passes the gate.
  if (!Number.isFinite(score) || !Number.isFinite(t.minScore) || !Number.isFinite(t.minLevel)) {
    reasons.push(`the score (${score}) or a threshold (min-score ${t.minScore}, min-level ${t.minLevel}) is not a finite number`);
    return { ...t, passed: false, reasons };
  }
  if (score < t.minScore) {
    reasons.push(`score ${score} < ${t.minScore}${topGaps.length > 0 ? `: missing ${topGaps.join(', ')}` : ''}`);
  }
  if (level < t.minLevel) {
    reasons.push(`level ${level} < ${t.minLevel}${levelGaps.length > 0 ? `: missing ${levelGaps.join(', ')}` : ''}`);
  }
  return { ...t, passed: reasons.length === 0, reasons };
}
