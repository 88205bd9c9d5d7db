/**
 * NaN can never reach a score or the gate: for any weights at all (NaN, infinities,
 * negatives, 1e308, subnormals) the overall score is an integer in 0–100 and its arithmetic
 * holds no NaN, and a score or threshold that is not a finite number never passes the gate.
 */
import fc from 'fast-check';
import { ITEM_IDS } from '../../src/checks/index.js';
import { PHASES, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../../src/model/check.js';
import { evaluateGate } from '../../src/score/gate.js';
import { overallScore, scoreGains, scorePhases } from '../../src/score/score.js';

const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, Number.MIN_VALUE, Number.MAX_VALUE), fc.integer());
const weights = fc.record(Object.fromEntries(PHASES.map((p) => [p, anyNumber])) as Record<PhaseId, fc.Arbitrary<number>>);
const verdicts = fc.array(fc.constantFrom<Verdict>('absent', 'present', 'automated', 'not-applicable'), { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length });
const phases = fc.array(fc.constantFrom(...PHASES), { minLength: ITEM_IDS.length, maxLength: ITEM_IDS.length });

const results = (vs: readonly Verdict[]): ItemResult[] => ITEM_IDS.map((id, i) => ({ id, verdict: vs[i]!, reason: '', evidence: [], findings: [] }));
const metas = (ps: readonly PhaseId[]): Map<ItemId, ItemMeta> => new Map(ITEM_IDS.map((id, i) => [id, { id, phase: ps[i]!, title: id, practice: '', remediation: '' } as ItemMeta]));

describe('no weight makes the score NaN', () => {
  test('the overall score is an integer in 0–100 for any weights', () => {
    fc.assert(
      fc.property(verdicts, phases, weights, (vs, ps, w) => {
        const overall = overallScore(scorePhases(results(vs), metas(ps), w));
        expect(Number.isInteger(overall.score)).toBe(true);
        expect(overall.score).toBeGreaterThanOrEqual(0);
        expect(overall.score).toBeLessThanOrEqual(100);
        for (const g of scoreGains(results(vs), metas(ps), w)) expect(Number.isFinite(g.gain)).toBe(true);
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  test('two huge weights give the mean of their phases, not NaN', () => {
    const w = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<PhaseId, number>;
    w.devops = 1e308;
    w.data = 1e308;
    const ps = ITEM_IDS.map((_, i) => (i % 2 === 0 ? 'devops' : 'data') as PhaseId);
    const vs = ITEM_IDS.map((_, i) => (i % 2 === 0 ? 'automated' : 'absent') as Verdict);
    expect(overallScore(scorePhases(results(vs), metas(ps), w)).score).toBe(50);
  });

  test('the gate fails closed on a score or threshold that is not a finite number', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.integer({ min: 0, max: 4 }), (score, minScore, level) => {
        const gate = evaluateGate(score, level as 0, { minScore, minLevel: 0 }, [], []);
        if (!Number.isFinite(score) || !Number.isFinite(minScore)) expect(gate.passed).toBe(false);
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});
