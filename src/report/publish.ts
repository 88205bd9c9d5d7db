/**
 * The one place that talks to the runner: annotations, the job summary, step outputs and
 * the JSON report file. Everything it publishes is rendered by the pure modules beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from '../inputs.js';
import type { Report } from '../model/report.js';
import { annotationProperties, selectAnnotations } from './annotations.js';
import { renderJson } from './json.js';
import { linkContextFrom } from './links.js';
import { renderSummary } from './summary.js';

export interface PublishContext {
  inputs: ActionInputs;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The analysed folder relative to the workspace ('' for the workspace itself), POSIX separators. */
export function pathPrefix(workspace: string, analysed: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, analysed)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : rel;
}

export async function publish(report: Report, ctx: PublishContext): Promise<void> {
  const prefix = pathPrefix(ctx.workspace, ctx.inputs.path);
  const inWorkspace = (file: string) => (prefix && file !== '.' ? `${prefix}/${file}` : file);

  const selection = ctx.inputs.annotations ? selectAnnotations(report.findings) : { shown: [], cut: [] };
  for (const f of selection.shown) {
    const props = annotationProperties({ ...f, file: inWorkspace(f.file) });
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }

  let reportPath = '';
  if (ctx.inputs.reportFile) {
    reportPath = path.resolve(ctx.workspace, ctx.inputs.reportFile);
    fs.mkdirSync(path.dirname(reportPath), { recursive: true });
    fs.writeFileSync(reportPath, renderJson(report));
    core.info(`JSON report written to ${reportPath}`);
  }

  if (ctx.inputs.summary) {
    const base = linkContextFrom(ctx.env);
    const links = base && prefix ? { ...base, pathPrefix: prefix } : base;
    const markdown = renderSummary(report, { ...(links ? { links } : {}), cutAnnotations: selection.cut });
    await core.summary.addRaw(markdown, true).write();
  }

  core.setOutput('score', report.score);
  core.setOutput('level', report.level);
  core.setOutput('weakest-phase', report.weakestPhase ?? '');
  core.setOutput('report-file', reportPath);
  core.setOutput('passed', report.gate.passed ? 'true' : 'false');
  core.info(`mlops-ci-check: score ${report.score}/100, ${report.levelExplanation}`);
}
