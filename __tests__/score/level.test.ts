import { type ItemId, type ItemResult, type Verdict } from '../../src/model/check.js';
import { ITEM_IDS } from '../../src/checks/index.js';
import { computeLevel } from '../../src/score/level.js';

/** All items absent except the given ones. */
function results(set: Partial<Record<ItemId, Verdict>>): ItemResult[] {
  return ITEM_IDS.map((id) => ({ id, verdict: set[id] ?? 'absent', reason: '', evidence: [], findings: [] }));
}

const L1 = { 'change-triggers': 'automated', 'unit-tests': 'automated', lint: 'automated' } as const;
const L2 = { ...L1, 'training-pipeline': 'automated', 'experiment-tracking': 'present' } as const;
const L3 = { ...L2, 'quality-gate': 'automated', 'model-deployment': 'automated' } as const;
const L4 = { ...L3, 'drift-monitoring': 'automated', 'continuous-training': 'automated' } as const;

describe('computeLevel', () => {
  it.each([
    [{}, 0, 'Level 0 — no MLOps: no tests run automatically on change; level 1 needs change-triggers and unit-tests automated, plus build or lint automated (missing: change-triggers, unit-tests, build, lint).'],
    [{ ...L1, lint: 'present' }, 0, 'Level 0 — no MLOps: no tests run automatically on change; level 1 needs change-triggers and unit-tests automated, plus build or lint automated (missing: build, lint).'],
    [L1, 1, 'Level 1 — DevOps, no MLOps: tests and a build or lint run on every change, but no ML step does; level 2 needs training-pipeline automated, plus experiment-tracking or data-versioning at least present (missing: training-pipeline, experiment-tracking, data-versioning).'],
    [L2, 2, 'Level 2 — automated training: training runs in CI, with its data or experiments tracked; level 3 needs quality-gate automated, and model-packaging or model-deployment automated (missing: quality-gate, model-packaging, model-deployment).'],
    [{ ...L3, 'quality-gate': 'present' }, 2, 'Level 2 — automated training: training runs in CI, with its data or experiments tracked; level 3 needs quality-gate automated, and model-packaging or model-deployment automated (missing: quality-gate).'],
    [L3, 3, 'Level 3 — automated model deployment: a metric gate can stop a model, and packaging or deployment is automated; level 4 needs drift-monitoring and continuous-training automated (missing: drift-monitoring, continuous-training).'],
    [L4, 4, 'Level 4 — full MLOps: drift is monitored and retraining starts by itself.'],
  ] as const)('%j → level %i', (set, level, explanation) => {
    const r = computeLevel(results(set), 4);
    expect(r.level).toBe(level);
    expect(r.explanation).toBe(explanation);
  });

  it('requires each level below: level 4 items without level 2 stay at level 1', () => {
    expect(computeLevel(results({ ...L1, 'drift-monitoring': 'automated', 'continuous-training': 'automated', 'quality-gate': 'automated', 'model-packaging': 'automated' }), 4).level).toBe(1);
  });

  it('is capped by the profile', () => {
    expect(computeLevel(results(L4), 1, 'library')).toMatchObject({ level: 1, maxLevel: 1, missingForNext: [] });
  });
});

describe('levels that hold by skipping items that do not apply', () => {
  it('does not claim training runs in CI when level 2 holds only because training does not apply', () => {
    const set: Partial<Record<ItemId, Verdict>> = { ...L1, 'data-versioning': 'present' };
    for (const id of ['training-pipeline', 'training-tests', 'experiment-tracking', 'reproducibility', 'model-evaluation', 'quality-gate', 'behavioral-tests', 'model-serialization', 'model-packaging', 'model-registry', 'model-deployment', 'serving-tests', 'drift-monitoring', 'continuous-training'] as const) set[id] = 'not-applicable';
    const r = computeLevel(results(set), 4, 'ml-library');
    expect(r.level).toBe(4);
    expect(r.explanation).toBe('Level 4 — full MLOps: tests and a build or lint run on every change, but no ML step does (levels 2–4 are reached because items they require do not apply here). The "ml-library" profile allows up to level 4.');
  });
});
