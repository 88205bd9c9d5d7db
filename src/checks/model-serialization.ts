import { findInSource, isNotebook, matchCommands, testsOfKind, testRunsSelecting, testsThroughImports } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import type { Finding } from '../model/finding.js';
import { defineCheck, type Check, commandEvidence, decide, testKindEvidence } from './kit.js';
import { hitEvidence, runByReach } from './kit.js';
import { isTestPath } from '../vocabulary/shared/test-paths.js';
import { TEST_RUNNER_COMMANDS } from '../vocabulary/shared/test-runners.js';
import { MODEL_SAVE, MODEL_LOAD, ROUND_TRIP_SELECTION, WRAPPED_LOAD, WRAPPED_SAVE } from '../vocabulary/model-serialization.js';


export const modelSerialization: Check<'model-serialization'> = defineCheck({
  sources: [MODEL_SAVE, MODEL_LOAD, WRAPPED_SAVE, WRAPPED_LOAD],
  meta: {
    id: 'model-serialization',
    phase: 'packaging',
    title: 'Model save/load round trip tested',
    practice: 'Saving and loading a model is tested (round trip).',
    typicalEvidence: 'a test that saves then loads (joblib, pickle, torch, save_pretrained, onnx, mlflow flavors, KitOps pack/unpack) and compares. Code that only saves a model, with no test that loads it back, is `absent` with a notice ("models are saved at train.py:150 but no test loads them"); `present` needs a round-trip test or notebook that CI does not run.',
    remediation: 'Add a test that saves a small trained model, loads it and asserts equal predictions, and run it in CI on every change.',
    example: 'def test_round_trip(tmp_path, model, X):\n    joblib.dump(model, tmp_path / "m.joblib")\n    assert (joblib.load(tmp_path / "m.joblib").predict(X) == model.predict(X)).all()',
  },
  evaluate(a) {
    const evidence: Evidence[] = testKindEvidence(a, 'serialization', (m) => `Serialization test "${m.file.path}" (${m.evidence.signal}).`);
    const known = new Set(testsOfKind(a, 'serialization').map((m) => m.file.path));
    for (const c of testRunsSelecting(a, TEST_RUNNER_COMMANDS, ROUND_TRIP_SELECTION)) {
      evidence.push(commandEvidence(c, `Runs save/load tests: \`${c.text}\`.`));
    }
    // One hop (G8): a test that saves and loads through the project's own saver and loader, which save and load models.
    for (const t of testsThroughImports(a, [WRAPPED_SAVE, WRAPPED_LOAD], [MODEL_SAVE, MODEL_LOAD])) {
      if (known.has(t.file.path)) continue;
      known.add(t.file.path);
      evidence.push({ file: t.hit.file, line: t.hit.line, column: t.hit.column, message: `Serialization test "${t.file.path}" saves and loads a model through the project's "${t.module}": \`${t.hit.text}\`.`, ...runByReach(a, t.commands) });
    }
    const pack = matchCommands(a, [{ command: /^kit pack\b/, label: 'kit pack' }]);
    const unpack = matchCommands(a, [{ command: /^kit (unpack|pull)\b/, label: 'kit unpack' }]);
    if (pack.length > 0 && unpack.length > 0) {
      const p = pack[0]!.command;
      const u = unpack[0]!.command;
      evidence.push(commandEvidence(p, `Packs the model (\`${p.text}\`) and CI unpacks it again (\`${u.text}\` at ${u.at.file}:${u.at.line}): a ModelKit round trip.`));
      evidence.push(commandEvidence(u, `Unpacks the ModelKit packed at ${p.at.file}:${p.at.line}: \`${u.text}\`.`));
    }
    const saves = findInSource(a.repo, MODEL_SAVE, { limitPerLabel: 50 });
    const testLoads = new Set(findInSource(a.repo, MODEL_LOAD, { where: isTestPath, limitPerLabel: 50 }).map((h) => h.file));
    const roundTrips = saves.filter((h, i) => isTestPath(h.file) && testLoads.has(h.file) && !known.has(h.file) && saves.findIndex((x) => x.file === h.file) === i);
    for (const h of roundTrips) {
      evidence.push(hitEvidence(h, `"${h.file}" saves a model (${h.label}) and loads it back: a round-trip test${isNotebook(h.file) ? ' in a notebook' : ''}.`));
    }
    // Saving a model is not the practice (a round trip tested is): saving code alone leaves the item absent, with a notice naming the save.
    const findings: Finding[] = [];
    if (evidence.length === 0) {
      for (const h of saves.filter((x) => !isTestPath(x.file)).slice(0, 3)) {
        findings.push({ severity: 'notice', file: h.file, line: h.line, column: h.column, check: 'model-serialization', message: `The ${isNotebook(h.file) ? 'notebook' : 'code'} "${h.file}" saves a model (${h.label}): \`${h.text}\`, but no test loads it back and compares its predictions.` });
      }
    }
    return decide(evidence, {
      automated: 'Model save/load round trips are tested in CI on an automated trigger.',
      present: 'A save/load round-trip test exists, but no workflow on an automated trigger runs it.',
      absent: findings.length > 0
        ? 'Models are saved, but no test saves a model and loads it back (a round trip), and no KitOps pack/unpack was found.'
        : 'No model serialization was found: no joblib/pickle/torch/save_pretrained/ONNX/MLflow save code, no KitOps pack/unpack, no serialization tests.',
    }, findings);
  },
});
