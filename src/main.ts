/**
 * The action: inputs → analysis (and, on a pull request, its base) → publish. The only
 * try/catch that calls setFailed.
 */
import * as core from '@actions/core';
import { analyzeBase, withBase } from './baseline/base.js';
import { baseTargetOf, commitAndRef } from './baseline/event.js';
import { runEngine, type EngineOptions } from './engine.js';
import { startBaseDiff } from './git/diff.js';
import { checkInputPaths } from './input-paths.js';
import { getInputs, InputError } from './inputs.js';
import { addOptionalSections } from './history/action-sections.js';
import { boundReport } from './report/bound.js';
import { publish } from './report/publish.js';
import { readRunnerEvent } from './report/runner-event.js';
import type { EarlyAction } from './action-early.js';

/** `early`: the git commands the entry started before the modules loaded (action-early.ts); used only for the folder they ran in. */
export async function run(early?: EarlyAction): Promise<void> {
  // Stops the base's git commands on a run that ends before it takes them.
  const stopBase = new AbortController();
  try {
    const inputs = getInputs();
    const paths = checkInputPaths(inputs, process.env['GITHUB_WORKSPACE'] || process.cwd());
    const root = paths.root;
    const options: EngineOptions = {
      displayPath: inputs.path,
      thresholds: { minScore: inputs.minScore, minLevel: inputs.minLevel },
      ...(inputs.configFileExplicit ? { configFile: inputs.configFile } : {}),
      ...(inputs.profile ? { profile: inputs.profile } : {}),
      skipGenerated: inputs.skipGenerated,
    };
    const started = early?.root === root ? early : undefined;
    const gitListing = await started?.listing;
    // The event file read as input (never through @actions/github's context, which throws or
    // blocks on a bad file as it loads); a bad one leaves the event empty.
    const event = readRunnerEvent(process.env);
    const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
    const payload = (event.ok ? event.payload : {}) as Parameters<typeof commitAndRef>[2];
    const target = inputs.compareBase ? baseTargetOf(eventName, payload) : undefined;
    // With a base to compare with, git compares the work tree with it while the checkout is analysed, and what the
    // analysis learnt (its source scans, parsed CI, test discovery) is kept for it (analyzeBase starts the base from both).
    const baseGit = target ? startBaseDiff(root, target.rev, stopBase.signal) : undefined;
    const result = runEngine(root, { ...options, ...(gitListing ? { gitListing } : {}), ...(target ? { keepForBase: true } : {}) });
    const sections = await addOptionalSections(result, root, inputs, process.env, started?.log);
    for (const note of sections.notes) core.info(note);
    let report = { ...sections.report, ...commitAndRef(process.env, eventName, payload) };
    if (target) {
      const outputs = await baseGit;
      const base = analyzeBase(root, result, target, options, outputs);
      outputs?.release();
      if (!base.compared && base.note) core.info(base.note);
      report = withBase(report, base);
    }
    // The optional sections carry text from commits: bounded and made visible like the rest.
    report = boundReport(report);
    const problems = await publish(report, { inputs, workspace: paths.workspace, env: process.env, ...(paths.reportFile ? { reportFile: paths.reportFile } : {}), ...(paths.sarifFile ? { sarifFile: paths.sarifFile } : {}), ...(paths.badgeFile ? { badgeFile: paths.badgeFile } : {}) });
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
  } finally {
    stopBase.abort();
  }
}
