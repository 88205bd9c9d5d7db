/**
 * Second tier: the Data/Training/Evaluation checks on real repositories (code files there
 * are empty, so only verdicts that rest on workflows and configuration are asserted).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeRepository } from '../../src/analysis/analyze.js';
import { dataVersioning } from '../../src/checks/data-versioning.js';
import { experimentTracking } from '../../src/checks/experiment-tracking.js';
import { qualityGate } from '../../src/checks/quality-gate.js';
import { reproducibility } from '../../src/checks/reproducibility.js';
import { trainingPipeline } from '../../src/checks/training-pipeline.js';
import type { Check } from '../../src/checks/kit.js';

import { CORPUS } from '../helpers/corpus.js';

const cases: { repo: string; check: Check; verdict: string; at?: string }[] = [
  { repo: 'iterative__dvc', check: dataVersioning, verdict: 'present', at: '.dvc/config:1:1' },
  // The only MLproject is a fixture of an integration test: BentoML trains nothing itself.
  { repo: 'bentoml__BentoML', check: trainingPipeline, verdict: 'absent' },
  { repo: 'kubeflow__pipelines', check: trainingPipeline, verdict: 'present', at: 'samples/core/train_until_good/train_until_good.py:1:1' },
  { repo: 'kubeflow__pipelines', check: experimentTracking, verdict: 'present', at: '.github/workflows/e2e-test.yml:13:24' },
  { repo: 'pallets__flask', check: reproducibility, verdict: 'present', at: 'uv.lock:1:1' },
  { repo: 'pallets__flask', check: qualityGate, verdict: 'absent' },
  { repo: 'iterative__cml', check: dataVersioning, verdict: 'absent' },
];

describe('ML checks on the corpus', () => {
  test.each(cases)('$repo: $check.meta.id is $verdict', ({ repo, check, verdict, at }) => {
    const a = analyzeRepository(path.join(CORPUS, repo));
    const r = check.evaluate(a);
    expect(r.verdict).toBe(verdict);
    const e = r.evidence[0];
    expect(e ? `${e.file}:${e.line}:${e.column}` : undefined).toBe(at);
    expect(check.evaluate(a)).toEqual(r);
  });

  test('the corpus folder exists for these tests', () => {
    expect(fs.existsSync(CORPUS)).toBe(true);
  });
});
