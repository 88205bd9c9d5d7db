import { applyApplicability } from '../../src/score/applicability.js';
import { parseConfig, type RepoConfig } from '../../src/config/config.js';
import { type Evidence, type ItemId, type ItemMeta, type ItemResult, type PhaseId, type Verdict } from '../../src/model/check.js';
import { CHECKS, ITEM_IDS } from '../../src/checks/index.js';
import { computeLevel } from '../../src/score/level.js';

const PHASE_OF = Object.fromEntries(CHECKS.map((c) => [c.meta.id, c.meta.phase])) as Record<ItemId, PhaseId>;
/** Synthetic texts, with the relations the real items declare (`creditedBy`). */
const DECLARED = new Map(CHECKS.map((c) => [c.meta.id as ItemId, c.meta.creditedBy ? { creditedBy: c.meta.creditedBy } : {}]));
const METAS = new Map<ItemId, ItemMeta>(ITEM_IDS.map((id) => [id, { id, phase: PHASE_OF[id], title: id, practice: id, typicalEvidence: id, remediation: `Add ${id}.`, ...DECLARED.get(id) }]));
const EV: Evidence = { file: 'tests/test_train.py', line: 3, column: 1, message: 'seen', triggers: [] };

/** Every item absent with no evidence, except the given verdicts (present/automated get one piece of evidence). */
function results(over: Partial<Record<ItemId, Verdict>> = {}): ItemResult[] {
  return ITEM_IDS.map((id) => {
    const verdict = over[id] ?? 'absent';
    return { id, verdict, reason: `${id} ${verdict}`, evidence: verdict === 'absent' ? [] : [EV], findings: [] };
  });
}

function config(text = ''): RepoConfig {
  return parseConfig('.github/mlops-ci-check.yml', text).config;
}

function verdicts(list: readonly ItemResult[]): Partial<Record<ItemId, Verdict>> {
  return Object.fromEntries(list.map((r) => [r.id, r.verdict]));
}

describe('applyApplicability', () => {
  test('the config marks an item not applicable with its reason, keeping its evidence', () => {
    const out = applyApplicability(results({ 'model-deployment': 'present' }), METAS, 'ml-application', config('items:\n  model-deployment:\n    applicable: false\n    reason: we do not deploy\n'));
    const r = out.find((x) => x.id === 'model-deployment')!;
    expect([r.verdict, r.reason, r.evidence]).toEqual(['not-applicable', 'The config marks this item not applicable: "we do not deploy".', [EV]]);
  });

  test('ml-application: every phase applies, absent stays absent', () => {
    const out = applyApplicability(results({ lint: 'automated' }), METAS, 'ml-application', config());
    expect(out.filter((r) => r.verdict === 'not-applicable')).toEqual([]);
  });

  test('library: every item outside the DevOps foundation is not applicable, saying why', () => {
    const out = applyApplicability(results({ lint: 'automated', 'training-tests': 'present' }), METAS, 'library', config());
    const na = out.filter((r) => r.verdict === 'not-applicable').map((r) => r.id);
    expect(na).toEqual(ITEM_IDS.filter((id) => PHASE_OF[id] !== 'devops'));
    expect(out.find((r) => r.id === 'lint')?.verdict).toBe('automated');
    expect(out.find((r) => r.id === 'training-tests')?.reason).toBe('This repository is a library or service without ML: the training phase does not apply.');
  });

  test('ml-library: a phase with no evidence at all is not applicable; a phase with any evidence is scored', () => {
    const out = applyApplicability(results({ 'model-serialization': 'present' }), METAS, 'ml-library', config());
    const v = verdicts(out);
    expect([v['model-serialization'], v['model-packaging'], v['model-registry']]).toEqual(['present', 'absent', 'absent']);
    for (const id of ['data-versioning', 'training-pipeline', 'quality-gate', 'model-deployment', 'drift-monitoring'] as const) expect(v[id]).toBe('not-applicable');
    expect(v['unit-tests']).toBe('absent');
    expect(out.find((r) => r.id === 'drift-monitoring')?.reason).toMatch(/^This library shows no monitoring feature/);
  });

  test('ml-library: an absent verdict that still cites evidence keeps its phase in the score', () => {
    const list = results();
    const i = list.findIndex((r) => r.id === 'data-validation');
    list[i] = { ...list[i]!, evidence: [EV] };
    expect(verdicts(applyApplicability(list, METAS, 'ml-library', config()))['data-versioning']).toBe('absent');
  });

  test('ml-library: a phase whose only evidence lies in examples or docs is not applicable, and its reason names the example', () => {
    const demo: Evidence = { file: 'examples/sklearn/evaluate.py', line: 4, column: 1, message: 'Evaluation script', triggers: [] };
    const list = results({ 'model-evaluation': 'present' }).map((r) => (r.id === 'model-evaluation' ? { ...r, evidence: [demo] } : r));
    const out = applyApplicability(list, METAS, 'ml-library', config());
    const r = out.find((x) => x.id === 'model-evaluation')!;
    expect([r.verdict, verdicts(out)['quality-gate']]).toEqual(['not-applicable', 'not-applicable']);
    expect(r.reason).toMatch(/^This library shows no evaluation feature.*examples\/sklearn\/evaluate\.py:4/);
  });

  test('ml-library: items made not applicable by the config do not count as evidence', () => {
    const c = config('items:\n  model-serialization:\n    applicable: false\n    reason: none\n');
    const v = verdicts(applyApplicability(results({ 'model-serialization': 'automated' }), METAS, 'ml-library', c));
    expect([v['model-serialization'], v['model-packaging']]).toEqual(['not-applicable', 'not-applicable']);
  });
});

describe('levels by profile', () => {
  const devops = results({ 'change-triggers': 'automated', 'unit-tests': 'automated', lint: 'automated' });
  test('a library stops at level 1 and the sentence says so', () => {
    const out = applyApplicability(devops, METAS, 'library', config());
    const level = computeLevel(out, 1, 'library');
    expect([level.level, level.maxLevel]).toEqual([1, 1]);
    expect(level.explanation).toBe('Level 1 — DevOps, no MLOps: tests and a build or lint run on every change, but no ML step does; level 1 is the highest the "library" profile allows.');
  });
  test('an ml-library without ML phases reaches level 4 by skipping them', () => {
    const out = applyApplicability(devops, METAS, 'ml-library', config());
    const level = computeLevel(out, 4, 'ml-library');
    expect(level.level).toBe(4);
    expect(level.explanation).toBe(
      'Level 4 — full MLOps: tests and a build or lint run on every change, but no ML step does (levels 2–4 are reached because items they require do not apply here). The "ml-library" profile allows up to level 4.',
    );
  });
});

describe('an ML library is credited for tests of its own features (CHECKLIST §5)', () => {
  const base = (tp: ItemResult['verdict'], tt: ItemResult['verdict']): ItemResult[] => [
    { id: 'training-pipeline', verdict: tp, reason: '', evidence: [], findings: [] },
    { id: 'training-tests', verdict: tt, reason: '', evidence: [{ file: 'tests/test_training.py', line: 4, column: 1, message: 'training test', triggers: ['push'] }], findings: [] },
  ];
  test.each([
    ['ml-library', 'absent', 'automated', 'automated'],
    ['ml-library', 'present', 'automated', 'automated'],
    ['ml-library', 'absent', 'present', 'present'],
    ['ml-library', 'automated', 'present', 'automated'],
    ['ml-application', 'absent', 'automated', 'absent'],
  ] as const)('%s: training-pipeline %s with training-tests %s → %s', (profile, tp, tt, expected) => {
    const out = applyApplicability(base(tp, tt), METAS, profile, config());
    const r = out.find((x) => x.id === 'training-pipeline')!;
    expect(r.verdict).toBe(expected);
    if (expected !== tp) {
      expect(r.evidence[0]).toMatchObject({ file: 'tests/test_training.py', line: 4 });
      expect(r.reason).toMatch(/For an ML library, its training simulations \(training-tests\) exercise this feature/);
    }
  });
});
