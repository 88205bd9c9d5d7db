import { findInSource, isNotebook, matchCommands, testsOfKind } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, testKindEvidence } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { sourceEvidence } from './kit.js';
import { TRAINING_TEST_SOURCE } from '../vocabulary/training-tests.js';
import { isSmokeRun } from '../vocabulary/training-tests.js';
import { TRAINING_COMMANDS } from '../vocabulary/training-pipeline.js';

export const trainingTests: Check<'training-tests'> = defineCheck({
  sources: [TRAINING_TEST_SOURCE],
  meta: {
    id: 'training-tests',
    phase: 'training',
    title: 'Training is tested on small data',
    practice: 'Training is tested on small data.',
    typicalEvidence: 'tests that call training on tiny fixtures, fast_dev_run, overfit-a-batch, loss-decreases and no-NaN assertions, `--max-steps`/`--epochs 1` smoke runs',
    remediation:
      'Add a test that trains on a tiny fixture (a few rows, one epoch, `fast_dev_run=True`) and asserts the loss decreases and stays finite, or run the training script with `--epochs 1`/`--max-steps` in CI on every pull request.',
    example: 'def test_training_reduces_loss(tiny_dataset):\n    history = train(tiny_dataset, epochs=2)\n    assert history[-1] < history[0] and math.isfinite(history[-1])',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const smoke = matchCommands(a, TRAINING_COMMANDS).filter((m) => isSmokeRun(m.command.text));
    for (const m of smoke) evidence.push(commandEvidence(m.command, `Runs a training smoke test (${m.signal.label} on a tiny budget): \`${m.command.text}\`.`));
    const kindTests = testKindEvidence(a, 'training', (m) => `Training test "${m.file.path}" (${m.evidence.signal}).`);
    for (const pushed of kindTests) evidence.push(pushed);
    const known = new Set(kindTests.map((e) => e.file));
    const hits = findInSource(a.repo, TRAINING_TEST_SOURCE, { where: (p) => isTestPath(p) && !isNotebook(p) && !known.has(p), limitPerLabel: 5 });
    // A test that fits a model only to save and load it (a serialization test) tests persistence, not training; a NaN or loss
    // assertion tests training only in a file that trains.
    const persisted = new Set(testsOfKind(a, 'serialization').map((m) => m.file.path));
    const trains = new Set(hits.filter((h) => h.label === 'training call').map((h) => h.file));
    const asserts = new Set(hits.filter((h) => h.label !== 'training call').map((h) => h.file));
    const kept = hits.filter((h) => (h.label === 'training call' ? !persisted.has(h.file) || asserts.has(h.file) : h.label !== 'loss or NaN assertion' || trains.has(h.file)));
    for (const h of kept) evidence.push(sourceEvidence(a, h, `Test "${h.file}" exercises training (${h.label}: "${h.text}").`));
    return decide(
      evidence,
      {
        automated: 'Training is tested in CI on an automated trigger (training tests or a smoke training run).',
        present: 'Training tests exist in the repository, but no workflow on an automated trigger runs them.',
        absent: 'No training test was found: no test that trains on tiny data (fast_dev_run, overfit a batch, loss-decreases or no-NaN assertions) and no `--epochs 1`/`--max-steps` smoke run in CI.',
      },
      cannotFailFindings(
        'training-tests',
        'training smoke test',
        smoke.map((m) => m.command),
      ),
    );
  },
});
