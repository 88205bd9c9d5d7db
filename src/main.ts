/**
 * The action: inputs → analysis → publish. The only try/catch that calls setFailed.
 */
import * as path from 'node:path';
import * as core from '@actions/core';
import { runEngine } from './engine.js';
import { getInputs, InputError } from './inputs.js';
import { addOptionalSections } from './history/action-sections.js';
import { publish } from './report/publish.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const root = path.resolve(workspace, inputs.path);
    const engine = runEngine(root, {
      displayPath: inputs.path,
      thresholds: { minScore: inputs.minScore, minLevel: inputs.minLevel },
      ...(inputs.configFileExplicit ? { configFile: inputs.configFile } : {}),
      ...(inputs.profile ? { profile: inputs.profile } : {}),
      skipGenerated: inputs.skipGenerated,
    });
    const { report, notes } = await addOptionalSections(engine, root, inputs, process.env);
    for (const note of notes) core.info(note);
    await publish(report, { inputs, workspace, env: process.env });
    if (!report.gate.passed) {
      core.setFailed(`mlops-ci-check: ${report.gate.reasons.join('; ')}.`);
    }
  } catch (err: unknown) {
    if (err instanceof InputError) {
      core.setFailed(err.message);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(`mlops-ci-check could not finish: ${message}. Re-run with debug logging (ACTIONS_STEP_DEBUG) for details.`);
  }
}
