/**
 * Second tier: the packaging, deployment and monitoring checks on real repositories of the
 * shared corpus. Code files there are empty, so only verdicts that depend on paths,
 * workflows and configuration are asserted.
 */
import * as path from 'node:path';
import { analyzeRepository } from '../../src/analysis/analyze.js';
import { behavioralTests } from '../../src/checks/behavioral-tests.js';
import { continuousTraining } from '../../src/checks/continuous-training.js';
import { driftMonitoring } from '../../src/checks/drift-monitoring.js';
import { modelDeployment } from '../../src/checks/model-deployment.js';
import { modelPackaging } from '../../src/checks/model-packaging.js';
import { modelRegistry } from '../../src/checks/model-registry.js';
import { modelSerialization } from '../../src/checks/model-serialization.js';
import { servingTests } from '../../src/checks/serving-tests.js';

import { CORPUS } from '../helpers/corpus.js';
const CHECKS = [behavioralTests, modelSerialization, modelPackaging, modelRegistry, modelDeployment, servingTests, driftMonitoring, continuousTraining];

describe.each([
  ['bentoml__BentoML', { 'model-packaging': 'present', 'serving-tests': 'present', 'model-deployment': 'absent', 'continuous-training': 'absent' }, 'tests/e2e/bento_server_grpc/bentofile.yaml:1:1'],
  ['iterative__cml', { 'model-deployment': 'absent', 'continuous-training': 'absent', 'drift-monitoring': 'absent' }, undefined],
  ['iterative__dvc', { 'continuous-training': 'absent', 'model-registry': 'absent' }, undefined],
  ['kubeflow__pipelines', { 'model-deployment': 'absent', 'serving-tests': 'absent', 'continuous-training': 'absent' }, undefined],
  ['pallets__flask', Object.fromEntries(CHECKS.map((c) => [c.meta.id, 'absent'])), undefined],
] as const)('%s', (name, expected, packagingAt) => {
  const a = analyzeRepository(path.join(CORPUS, name));
  const results = new Map(CHECKS.map((c) => [c.meta.id, c.evaluate(a)]));

  it('gives the verdicts that its paths and workflows support', () => {
    for (const [id, verdict] of Object.entries(expected)) expect([id, results.get(id as never)?.verdict]).toEqual([id, verdict]);
  });

  it('cites existing places and gives the same result twice', () => {
    for (const c of CHECKS) {
      const r = results.get(c.meta.id)!;
      for (const e of r.evidence) expect(a.repo.has(e.file)).toBe(true);
      expect(c.evaluate(a)).toEqual(r);
    }
    if (packagingAt) {
      const e = results.get('model-packaging')!.evidence[0]!;
      expect(`${e.file}:${e.line}:${e.column}`).toBe(packagingAt);
    }
  });
});
