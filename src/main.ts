/**
 * The action: inputs → analysis (and, on a pull request, its base) → publish. The only
 * try/catch that calls setFailed.
 */
import * as path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { analyzeBase, withBase } from './compare/base.js';
import { baseTargetOf, commitAndRef } from './compare/event.js';
import { runEngine, type EngineOptions } from './engine.js';
import { getInputs, InputError } from './inputs.js';
import { addOptionalSections } from './history/action-sections.js';
import { publish } from './report/publish.js';

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const root = path.resolve(workspace, inputs.path);
    const options: EngineOptions = {
      displayPath: inputs.path,
      thresholds: { minScore: inputs.minScore, minLevel: inputs.minLevel },
      ...(inputs.configFileExplicit ? { configFile: inputs.configFile } : {}),
      ...(inputs.profile ? { profile: inputs.profile } : {}),
    };
    const result = runEngine(root, options);
    const sections = await addOptionalSections(result, root, inputs, process.env);
    for (const note of sections.notes) core.info(note);
    const { eventName, payload } = github.context;
    let report = { ...sections.report, ...commitAndRef(process.env, eventName, payload) };
    const target = inputs.compareBase ? baseTargetOf(eventName, payload) : undefined;
    if (target) {
      const base = analyzeBase(root, result, target, options);
      if (!base.compared && base.note) core.info(base.note);
      report = withBase(report, base);
    }
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
