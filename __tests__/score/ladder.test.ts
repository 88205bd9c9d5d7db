import { DEFAULT_WEIGHTS, type ItemId, type ItemMeta, type ItemResult, type Verdict } from '../../src/model/check.js';
import { CHECKS, ITEM_IDS } from '../../src/checks/index.js';
import { itemsToReach, ladderSteps, levelGapText } from '../../src/score/ladder.js';
import { overallScore, scorePhases } from '../../src/score/score.js';

const METAS = new Map<ItemId, ItemMeta>(CHECKS.map((c) => [c.meta.id, c.meta]));

/** All items absent except the given ones. */
function results(set: Partial<Record<ItemId, Verdict>>): ItemResult[] {
  return ITEM_IDS.map((id) => ({ id, verdict: set[id] ?? 'absent', reason: '', evidence: [], findings: [] }));
}

const L1 = { 'change-triggers': 'automated', 'unit-tests': 'automated', lint: 'automated' } as const;

describe('ladderSteps', () => {
  it('puts what level 1 needs first when no tests run, one item per requirement (build or lint: the one worth more)', () => {
    const steps = ladderSteps(results({ 'change-triggers': 'automated', 'behavioral-tests': 'absent' }), METAS, DEFAULT_WEIGHTS, 0, 4);
    expect(steps.map((s) => [s.id, s.reason, s.level])).toEqual([
      ['unit-tests', 'level', 1],
      ['build', 'level', 1],
      [expect.any(String), 'points', undefined],
    ]);
    expect(steps[2]!.id).not.toBe('lint');
  });

  it('climbs one rung at a time: at level 1, what level 2 needs, then points', () => {
    const steps = ladderSteps(results(L1), METAS, DEFAULT_WEIGHTS, 1, 4);
    expect(steps.slice(0, 2).map((s) => [s.id, s.level])).toEqual([
      ['training-pipeline', 2],
      [expect.stringMatching(/^(experiment-tracking|data-versioning)$/), 2],
    ]);
    expect(steps[2]!.reason).toBe('points');
  });

  it('is by points alone at the top of the profile', () => {
    const steps = ladderSteps(results(L1), METAS, DEFAULT_WEIGHTS, 1, 1);
    expect(steps.every((s) => s.reason === 'points')).toBe(true);
    expect(steps.map((s) => s.gain)).toEqual([...steps.map((s) => s.gain)].sort((a, b) => b - a));
  });
});

describe('itemsToReach', () => {
  it('names the fewest items, largest gain first, whose automation reaches the threshold', () => {
    const r = results(L1);
    const score = overallScore(scorePhases(r, METAS, DEFAULT_WEIGHTS)).score;
    const reach = itemsToReach(r, METAS, DEFAULT_WEIGHTS, score + 20);
    expect(reach.reachable).toBe(true);
    expect(reach.score).toBeGreaterThanOrEqual(score + 20);
    // One item fewer falls short.
    const fewer = r.map((x) => (reach.items.slice(0, -1).includes(x.id) ? { ...x, verdict: 'automated' as const } : x));
    expect(overallScore(scorePhases(fewer, METAS, DEFAULT_WEIGHTS)).score).toBeLessThan(score + 20);
  });

  it('says when even every open item would fall short', () => {
    const r = results(L1).map((x) => (x.id === 'lint' ? x : { ...x, verdict: x.verdict }));
    expect(itemsToReach(r, METAS, DEFAULT_WEIGHTS, 101)).toMatchObject({ reachable: false, score: 100 });
  });
});

describe('levelGapText', () => {
  it.each([
    [{}, 0, 2, 'change-triggers, unit-tests, build or lint (level 1); training-pipeline, experiment-tracking or data-versioning (at least present) (level 2)'],
    [L1, 1, 2, 'training-pipeline, experiment-tracking or data-versioning (at least present) (level 2)'],
    [{ ...L1, 'training-pipeline': 'automated', 'data-versioning': 'present' }, 2, 3, 'quality-gate, model-packaging or model-deployment (level 3)'],
  ] as const)('%j at level %i, for %i: %s', (set, level, target, text) => {
    expect(levelGapText(results(set), level, target)).toBe(text);
  });
});
