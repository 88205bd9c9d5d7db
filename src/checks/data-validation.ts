import { commandsRunningCode, findInSource, outlineLine, matchCommands, matchFiles, matchUses, testsOfKind, testsThroughImports } from '../analysis/index.js';
import type { Evidence } from '../model/check.js';
import { defineCheck, type Check, cannotFailFindings, commandEvidence, decide, execEvidence, fileEvidence, testKindEvidence } from './kit.js';
import { presentReason, runByReach, sourceEvidence } from './kit.js';
import { DATA_CHECK_CALLS, DATA_VALIDATION_COMMANDS, DATA_VALIDATION_FILES, DATA_VALIDATION_SOURCE } from '../vocabulary/data-validation.js';
import { ML_TOOL_USES } from '../vocabulary/shared/ml-tools.js';

/** YAML files that hold Soda checks (`checks for <dataset>:`) or dbt data tests, with the line. */
function checkConfigs(a: Parameters<Check['evaluate']>[0]): Evidence[] {
  const out: Evidence[] = [];
  const dbt = a.repo.files.some((f) => /(^|\/)dbt_project\.yml$/.test(f));
  for (const f of a.repo.files) {
    if (!/\.ya?ml$/.test(f) || f.startsWith('.github/')) continue;
    const sodaLike = /soda|checks?/i.test(f);
    const dbtLike = dbt && /(^|\/)(models|seeds|snapshots)\/.+\.ya?ml$/.test(f);
    if (!sodaLike && !dbtLike) continue;
    const soda = sodaLike ? outlineLine(a, f, /^checks for \S+/)?.line : undefined;
    if (soda !== undefined) out.push(fileEvidence(f, `Soda checks "${f}".`, soda));
    const tests = dbtLike ? outlineLine(a, f, /^[ \t]+(data_)?tests:/)?.line : undefined;
    if (tests !== undefined) out.push(fileEvidence(f, `dbt data tests in "${f}".`, tests));
  }
  return out;
}

export const dataValidation: Check<'data-validation'> = defineCheck({
  sources: [DATA_VALIDATION_SOURCE, DATA_CHECK_CALLS],
  meta: {
    id: 'data-validation',
    phase: 'data',
    title: 'Data is validated',
    practice: 'Data is checked against a schema or expectations.',
    typicalEvidence: 'great_expectations, pandera, deepchecks, tensorflow_data_validation, soda, dbt test; tests under tests/data or named for schema, nulls, distributions, leakage',
    remediation:
      'Write data checks (a pandera schema, a Great Expectations checkpoint, Soda checks, or pytest tests under tests/data) and run them in CI on every change to the data or the code that reads it.',
    example: '- run: pytest tests/data\n# or\n- run: great_expectations checkpoint run training_data',
  },
  evaluate(a) {
    const evidence: Evidence[] = [];
    const commands = matchCommands(a, DATA_VALIDATION_COMMANDS);
    for (const m of commands) evidence.push(commandEvidence(m.command, `Validates data with ${m.signal.label}: \`${m.command.text}\`.`));
    // A script of any name counts when what it runs validates data (the name `check_reviews.py` says nothing; its pandera schema does).
    const named = new Set(commands.map((m) => m.command));
    const scripts = commandsRunningCode(
      a,
      DATA_VALIDATION_SOURCE,
      a.commands.filter((c) => !named.has(c)),
    );
    for (const s of scripts) evidence.push(commandEvidence(s.command, `\`${s.command.text}\` runs "${s.hit.file}", which validates data with ${s.hit.label} (line ${s.hit.line}: \`${s.hit.text}\`).`));
    const uses = matchUses(
      a,
      ML_TOOL_USES.filter((s) => s.kind === 'data-validation'),
    );
    for (const u of uses) evidence.push(execEvidence(u.exec, `Validates data with ${u.signal.label} (uses: ${u.exec.step.uses!.value}).`));
    for (const pushed of testKindEvidence(a, 'data', (m) => `Data test "${m.file.path}" (${m.evidence.signal}).`)) evidence.push(pushed);
    // One hop (G8): a test that checks data through the project's own schemas, built on a validator in a module it imports.
    const dataTests = new Set(testsOfKind(a, 'data').map((m) => m.file.path));
    for (const t of testsThroughImports(a, [DATA_CHECK_CALLS], [DATA_VALIDATION_SOURCE])) {
      if (dataTests.has(t.file.path)) continue;
      evidence.push({ file: t.hit.file, line: t.hit.line, column: t.hit.column, message: `Data test "${t.file.path}" checks data with the project's validators of "${t.module}": \`${t.hit.text}\`.`, ...runByReach(a, t.commands) });
    }
    for (const f of matchFiles(a, DATA_VALIDATION_FILES)) evidence.push(fileEvidence(f.path, `${f.signal.label} "${f.path}".`));
    for (const pushed of checkConfigs(a)) evidence.push(pushed);
    for (const h of findInSource(a.repo, DATA_VALIDATION_SOURCE, { limitPerLabel: 5 })) evidence.push(sourceEvidence(a, h, `Validates data with ${h.label}: "${h.text}".`));
    const findings = cannotFailFindings('data-validation', 'data validation step', [...commands.map((m) => m.command), ...scripts.map((s) => s.command), ...uses.map((u) => u.exec)]);
    return decide(
      evidence,
      {
        automated: 'Data validation (a validator or data tests) runs in CI on an automated trigger.',
        present: presentReason(evidence, 'Data validation exists in the repository (schemas, expectations or data tests), but no workflow on an automated trigger runs it.'),
        absent: 'No data validation was found: no great_expectations, pandera, deepchecks, TFDV, Soda or dbt tests, no data tests (tests/data, schema or null checks), and no validation step in CI.',
      },
      findings,
    );
  },
});
