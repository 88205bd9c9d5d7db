import { CHECKS } from '../../src/checks/index.js';
import { DEFAULT_WEIGHTS, type ItemId, type ItemMeta, type ItemResult, type Verdict } from '../../src/model/check.js';
import { overallScore, scoreGains, scorePhases } from '../../src/score/score.js';

const METAS = new Map<ItemId, ItemMeta>(CHECKS.map((c) => [c.meta.id, c.meta]));
const r = (id: ItemId, verdict: Verdict): ItemResult => ({ id, verdict, reason: '', evidence: [], findings: [] });

describe('scores (CHECKLIST §6)', () => {
  // DevOps: 8 items; Evaluation: 3 items. Every other item not applicable.
  const results: ItemResult[] = [
    ...(['change-triggers', 'lint', 'unit-tests', 'integration-tests', 'multi-environment', 'security-scan', 'build', 'release'] as const).map((id, i) => r(id, i < 6 ? 'automated' : i === 6 ? 'present' : 'absent')),
    r('model-evaluation', 'automated'),
    r('quality-gate', 'present'),
    r('behavioral-tests', 'absent'),
    ...CHECKS.map((c) => c.meta.id).filter((id) => !['devops', 'evaluation'].includes(METAS.get(id)!.phase)).map((id) => r(id, 'not-applicable')),
  ];

  it('averages item points per phase and weights phases renormalised over those that apply', () => {
    const phases = scorePhases(results, METAS, DEFAULT_WEIGHTS);
    const devops = phases.find((p) => p.id === 'devops')!;
    const evaluation = phases.find((p) => p.id === 'evaluation')!;
    expect(devops.score).toBeCloseTo((6 + 0.5) / 8 * 100, 6); // 81.25
    expect(evaluation.score).toBeCloseTo(1.5 / 3 * 100, 6); // 50
    expect(phases.filter((p) => p.score === null).map((p) => p.id)).toEqual(['data', 'training', 'packaging', 'deployment', 'monitoring']);
    const overall = overallScore(phases);
    expect(overall.score).toBe(Math.round((30 * 81.25 + 14 * 50) / 44)); // 71
    expect(overall.weakestPhase).toBe('evaluation');
    expect(overall.arithmetic).toBe('(30×81.3 + 14×50) / 44 = 71');
  });

  it('ranks the next steps by the exact points each would add', () => {
    const gains = scoreGains(results, METAS, DEFAULT_WEIGHTS);
    // behavioral-tests absent→automated: evaluation +33.3 → overall +14×33.3/44 = 10.6
    // release absent→automated: devops +12.5 → +30×12.5/44 = 8.5
    // quality-gate and build present→automated: half of those.
    expect(gains.map((g) => [g.id, Math.round(g.gain * 10) / 10])).toEqual([
      ['behavioral-tests', 10.6],
      ['release', 8.5],
      ['quality-gate', 5.3],
      ['build', 4.3],
    ]);
  });
});
