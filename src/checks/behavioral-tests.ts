import { findInSource, functionAround, isNotebook, testsOfKind, commandsRunningCode, testRunsSelecting, type Analysis, type SourceHit } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, fileEvidence, testKindEvidence } from './kit.js';
import { hitEvidence } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';
import { ASSERT_ON, BEHAVIOR_MODEL_CALL, BEHAVIORAL_SOURCE, BEHAVIORAL_SELECTION, BEHAVIORAL_FILE } from '../vocabulary/behavioral-tests.js';

/**
 * A fairness or slice object in a test checks a model when its own function calls a model or asserts on the object (or
 * the hit is itself an assert); built from fixed lists and handed to a renderer (a model card's fairness table), it does not.
 */
function checksModel(a: Analysis, h: SourceHit): boolean {
  if (!isTestPath(h.file) || isNotebook(h.file) || /^\s*(?:import|from)\s/.test(h.text) || /\bassert/.test(h.text)) return true;
  const block = functionAround(a.repo, h.file, h.line);
  if (!block) return true;
  if (BEHAVIOR_MODEL_CALL.test(block.text)) return true;
  const name = /^\s*(\w+)\s*=/.exec(h.text)?.[1];
  return name !== undefined && ASSERT_ON(name).test(block.text);
}

export const behavioralTests: Check<'behavioral-tests'> = defineCheck({
  sources: [BEHAVIORAL_SOURCE],
  meta: {
    id: 'behavioral-tests',
    phase: 'evaluation',
    title: 'Behavioral, slice and fairness tests',
    practice: 'The model is tested on slices, invariances, fairness or a baseline.',
    typicalEvidence: 'invariance/directional tests, per-slice metrics, fairlearn, aif360, giskard, baseline comparisons',
    remediation: 'Add tests that check the model on slices and perturbations (invariance, directional, minimum-functionality tests) or fairness metrics (fairlearn MetricFrame), and run them in CI.',
    example: 'def test_invariance_to_names(model):\n    assert model.predict(["Mark loved it"]) == model.predict(["Maria loved it"])',
  },
  evaluate(a) {
    const evidence: Evidence[] = testKindEvidence(a, 'behavioral', (m) => `Behavioral test "${m.file.path}" (${m.evidence.signal}).`);
    const known = new Set(testsOfKind(a, 'behavioral').map((m) => m.file.path));
    const selecting = testRunsSelecting(a, TEST_RUNNER_COMMANDS, BEHAVIORAL_SELECTION);
    for (const c of selecting) evidence.push(commandEvidence(c, `Runs behavioral tests: \`${c.text}\`.`));
    const scripts = commandsRunningCode(a, BEHAVIORAL_SOURCE);
    for (const s of scripts) evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which tests model behaviour with ${s.hit.label} (line ${s.hit.line}).`));
    const hits = findInSource(a.repo, BEHAVIORAL_SOURCE, { limitPerLabel: 5 }).filter((h) => !known.has(h.file) && checksModel(a, h));
    const seen = new Set<string>();
    for (const h of hits) {
      if (seen.has(h.file)) continue;
      seen.add(h.file);
      const what = isNotebook(h.file) ? 'The notebook' : isTestPath(h.file) ? 'The test' : 'The code';
      evidence.push(hitEvidence(h, `${what} "${h.file}" checks model behaviour (${h.label}): \`${h.text}\`.`));
    }
    for (const p of a.repo.files) {
      if (isTestPath(p) && BEHAVIORAL_FILE.test(p) && !known.has(p) && !seen.has(p)) evidence.push(fileEvidence(p, `The test file "${p}" is named for behavioral testing.`));
    }
    const findings = cannotFailFindings('behavioral-tests', 'behavioral test step', [...selecting, ...scripts.map((s) => s.command)]);
    return decide(
      evidence,
      {
        automated: 'Behavioral, slice or fairness tests run in CI on an automated trigger.',
        present: 'Behavioral, slice or fairness checks exist, but no workflow on an automated trigger runs them (notebooks and manual runs count as present).',
        absent: 'No behavioral testing was found: no invariance/directional/slice/fairness tests, no fairlearn, AIF360, Giskard or CheckList.',
      },
      findings,
    );
  },
});
