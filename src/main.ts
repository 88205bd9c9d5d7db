/**
 * The action: inputs → analysis → publish. The only try/catch that calls setFailed.
 */
import * as core from '@actions/core';
import { runEngine } from './engine.js';
import { checkInputPaths } from './input-paths.js';
import { getInputs, InputError } from './inputs.js';
import { addOptionalSections } from './history/action-sections.js';
import { boundReport } from './report/bound.js';
import { publish } from './report/publish.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const paths = checkInputPaths(inputs, process.env['GITHUB_WORKSPACE'] || process.cwd());
    const root = paths.root;
    const engine = runEngine(root, {
      displayPath: inputs.path,
      thresholds: { minScore: inputs.minScore, minLevel: inputs.minLevel },
      ...(inputs.configFileExplicit ? { configFile: inputs.configFile } : {}),
      ...(inputs.profile ? { profile: inputs.profile } : {}),
    });
    const sections = await addOptionalSections(engine, root, inputs, process.env);
    const { notes } = sections;
    // The history sections carry text from commits: bounded and made visible like the rest.
    const report = boundReport(sections.report);
    for (const note of notes) core.info(note);
    const problems = await publish(report, { inputs, workspace: paths.workspace, env: process.env, ...(paths.reportFile ? { reportFile: paths.reportFile } : {}) });
    const failures = [...problems.map((p) => `mlops-ci-check: ${p}`), ...(report.gate.passed ? [] : [`mlops-ci-check: ${report.gate.reasons.join('; ')}.`])];
    if (failures.length > 0) core.setFailed(failures.join('\n'));
  } catch (err: unknown) {
    if (err instanceof InputError) {
      core.setFailed(err.message);
      return;
    }
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(`mlops-ci-check could not finish: ${message}. Re-run with debug logging (ACTIONS_STEP_DEBUG) for details.`);
  }
}
