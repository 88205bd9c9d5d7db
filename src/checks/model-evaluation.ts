import { findInSource, holdsOrImports, matchCommands, matchUses, dvcRun, dvcStages } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, runByReach, testKindEvidence } from './kit.js';
import { presentReason, sourceEvidence } from './kit.js';
import { EVALUATION_SOURCE, ML_IMPORTS } from '../vocabulary/model-evaluation.js';
import { DVC_PIPELINE_COMMANDS, EVALUATION_COMMANDS } from '../vocabulary/model-evaluation.js';
import { ML_TOOL_USES } from '../vocabulary/shared/ml-tools.js';
import { isFixturePath, isTestPath, TEST_FILE_SIGNALS } from '../vocabulary/shared/test-paths.js';

/** A line of a doctest or an interactive session: an example in documentation. */
function isDoctest(text: string): boolean {
  return /^\s*(>>>|\.\.\.)(\s|$)/.test(text);
}

/** An evaluation script by its name (outside tests). */
function isEvaluationScript(path: string): boolean {
  return /(^|\/)((eval|evaluate|evaluation|benchmark_model|validate_model)(_\w+)?|evaluator|\w+_(eval|evaluate|evaluation))\.py$/.test(path) && !/(^|\/)tests?\//.test(path);
}

export const modelEvaluation: Check<'model-evaluation'> = defineCheck({
  sources: [EVALUATION_SOURCE],
  meta: {
    id: 'model-evaluation',
    phase: 'evaluation',
    title: 'The model is evaluated',
    practice: 'The model is evaluated on held-out data.',
    typicalEvidence: 'evaluate scripts, metric computation in tests, `dvc metrics`, evaluation steps in workflows',
    remediation: 'Add an evaluation step (an evaluate script, a dvc.yaml stage with `metrics:`, or tests that compute metrics on a held-out set) and run it in CI after training.',
    example: '- run: python evaluate.py --data data/test.csv --out metrics.json\n- run: dvc metrics show',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const commands = matchCommands(a, EVALUATION_COMMANDS);
    for (const m of commands) evidence.push(commandEvidence(m.command, `Evaluates the model (${m.signal.label}): \`${m.command.text}\`.`));
    const uses = matchUses(
      a,
      ML_TOOL_USES.filter((s) => s.kind === 'evaluation'),
    );
    for (const u of uses) evidence.push(execEvidence(u.exec, `Evaluates the model with ${u.signal.label} (uses: ${u.exec.step.uses!.value}).`));
    // A DVC stage that writes metrics is evaluation; a `dvc repro` in CI runs it when the stage is among those it runs
    // (its targets and their upstream stages), or when the tool cannot tell which stages that command runs.
    const repro = matchCommands(a, DVC_PIPELINE_COMMANDS).map((m) => ({ command: m.command, run: dvcRun(a, m.command) }));
    for (const s of dvcStages(a).filter((x) => x.hasMetrics || /eval/i.test(x.name))) {
      const e = fileEvidence(s.file, `DVC stage "${s.name}" computes metrics${s.cmd ? ` (\`${s.cmd}\`)` : ''}.`, s.line, s.column);
      const runners = repro.filter((r) => r.run === undefined || r.run.stages.includes(s)).map((r) => r.command);
      evidence.push(runners.length > 0 ? { ...e, ...runByReach(a, runners) } : e);
    }
    for (const pushed of testKindEvidence(a, 'evaluation', (m) => `Evaluation test "${m.file.path}" (${m.evidence.signal}).`)) evidence.push(pushed);
    for (const path of a.repo.files.filter(isEvaluationScript)) {
      const hit = findInSource(a.repo, EVALUATION_SOURCE, { file: path, limitPerLabel: 1 })[0];
      evidence.push(hit ? sourceEvidence(a, hit, `Evaluation script "${path}" (${hit.label}: "${hit.text}").`) : fileEvidence(path, `Evaluation script "${path}".`));
    }
    // `model.validate()` is as often a pydantic or JSON model's: the call counts only with an ML library in the file or a project module it imports.
    // Tests are judged by the inventory (an evaluation test asserts a metric against a bound): a metrics import in a test
    // that checks something else is not an evaluation. A doctest (`>>> from sklearn.metrics import …`) is documentation.
    // Metric code in a fixture folder's support files (framework fixtures, fixture projects) checks that the code under test
    // predicts right; it evaluates no model of the project.
    const isFixtureSupport = (p: string) => isFixturePath(p) && !TEST_FILE_SIGNALS.some((s) => s.test(p));
    const where = (p: string) => !isEvaluationScript(p) && !isTestPath(p) && !isFixtureSupport(p);
    const hits = findInSource(a.repo, EVALUATION_SOURCE, { limitPerLabel: 5, where }).filter(
      (x) => !isDoctest(x.text) && (x.label !== 'model evaluation call' || holdsOrImports(a.repo, x.file, ML_IMPORTS)),
    );
    for (const h of hits) evidence.push(sourceEvidence(a, h, `Computes model metrics (${h.label}): "${h.text}".`));
    const findings = cannotFailFindings('model-evaluation', 'evaluation step', [...commands.map((m) => m.command), ...uses.map((u) => u.exec)]);
    return decide(
      evidence,
      {
        automated: 'CI evaluates the model on an automated trigger (an evaluation command, a metrics stage it reproduces, or evaluation tests).',
        present: presentReason(evidence, 'Model evaluation exists in the repository (scripts, metric code or tests), but no workflow on an automated trigger runs it.'),
        absent: 'No model evaluation was found: no evaluate script, no metric computation (sklearn.metrics, evaluate, torchmetrics), no dvc.yaml metrics, and no evaluation step in CI.',
      },
      findings,
    );
  },
});
