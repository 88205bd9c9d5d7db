/**
 * The score is an integer in 0–100 for any verdicts and weights, and adding evidence
 * (absent → present → automated on any item) never lowers the overall score, a phase
 * score or the maturity level.
 */
import fc from 'fast-check';
import { DEFAULT_WEIGHTS, PHASES, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../../src/model/check.js';
import { ITEM_IDS } from '../../src/checks/index.js';
import { computeLevel } from '../../src/score/level.js';
import { overallScore, scorePhases } from '../../src/score/score.js';

const VERDICTS: readonly Verdict[] = ['absent', 'present', 'automated', 'not-applicable'];
const RANK: Record<Exclude<Verdict, 'not-applicable' | 'error'>, number> = { absent: 0, present: 1, automated: 2 };
const UP: Record<Exclude<Verdict, 'not-applicable' | 'error'>, Verdict[]> = { absent: ['present', 'automated'], present: ['automated'], automated: [] };

const verdicts = fc.array(fc.constantFrom(...VERDICTS), { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length });
const phases = fc.array(fc.constantFrom(...PHASES), { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length });
const weights = fc.record(Object.fromEntries(PHASES.map((p) => [p, fc.integer({ min: 0, max: 100 })])) as Record<PhaseId, fc.Arbitrary<number>>);

function results(vs: readonly Verdict[]): ItemResult[] {
  return ITEM_IDS.map((id, i) => ({ id, verdict: vs[i]!, reason: '', evidence: [], findings: [] }));
}

function metas(ps: readonly PhaseId[]): Map<ItemId, ItemMeta> {
  return new Map(ITEM_IDS.map((id, i) => [id, { id, phase: ps[i]!, title: id, practice: '', typicalEvidence: '', remediation: '' }]));
}

function score(vs: readonly Verdict[], ps: readonly PhaseId[], w: Record<PhaseId, number>): number {
  return overallScore(scorePhases(results(vs), metas(ps), w)).score;
}

/** One item raised to a higher verdict, when there is one to raise. */
const raised = fc.tuple(verdicts, fc.nat({ max: ITEM_IDS.length - 1 }), fc.nat()).map(([vs, i, pick]) => {
  const from = vs[i]!;
  const options = from === 'not-applicable' || from === 'error' ? [] : UP[from];
  const to = options.length > 0 ? options[pick % options.length]! : from;
  return { before: vs, after: vs.map((v, k) => (k === i ? to : v)) };
});

describe('score', () => {
  it('is an integer in 0–100 for any verdicts, phases and weights', () => {
    fc.assert(
      fc.property(verdicts, phases, weights, (vs, ps, w) => {
        const result = overallScore(scorePhases(results(vs), metas(ps), w));
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const p of result.phases) if (p.score !== null) expect(p.score >= 0 && p.score <= 100).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never drops when an item gains evidence (default and random weights)', () => {
    fc.assert(
      fc.property(raised, phases, fc.oneof(fc.constant(DEFAULT_WEIGHTS), weights), ({ before, after }, ps, w) => {
        expect(score(after, ps, w)).toBeGreaterThanOrEqual(score(before, ps, w));
        const phaseBefore = scorePhases(results(before), metas(ps), w);
        const phaseAfter = scorePhases(results(after), metas(ps), w);
        phaseAfter.forEach((p, k) => {
          const b = phaseBefore[k]!.score;
          if (p.score !== null && b !== null) expect(p.score).toBeGreaterThanOrEqual(b);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is 100 when every applicable item is automated, and 0 when every one is absent', () => {
    fc.assert(
      fc.property(verdicts, phases, (vs, ps) => {
        const applicable = vs.some((v) => v !== 'not-applicable');
        fc.pre(applicable);
        expect(score(vs.map((v) => (v === 'not-applicable' ? v : 'automated')), ps, DEFAULT_WEIGHTS)).toBe(100);
        expect(score(vs.map((v) => (v === 'not-applicable' ? v : 'absent')), ps, DEFAULT_WEIGHTS)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('computeLevel', () => {
  it('never drops when an item gains evidence', () => {
    fc.assert(
      fc.property(raised, ({ before, after }) => {
        expect(computeLevel(results(after)).level).toBeGreaterThanOrEqual(computeLevel(results(before)).level);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays within 0 and the profile cap', () => {
    fc.assert(
      fc.property(verdicts, fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, (vs, cap) => {
        const level = computeLevel(results(vs), cap).level;
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(cap);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the arbitraries', () => {
  it('raise verdicts in the checklist order', () => {
    fc.assert(
      fc.property(raised, ({ before, after }) => {
        before.forEach((v, k) => {
          const a = after[k]!;
          if (v !== 'not-applicable' && a !== 'not-applicable') expect(RANK[a as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[v as keyof typeof RANK]);
        });
      }),
      { numRuns: 50 },
    );
  });
});
