/**
 * Helpers for the GitLab CI and CircleCI provider tables: read a small repository with a
 * provider and describe what it gives as compact strings with exact file:line:column.
 */
import type { Finding } from '../../../src/model/finding.js';
import { indexRepository } from '../../../src/parse/repo.js';
import type { CiJob, CiPipeline, ProviderResult } from '../../../src/parse/ci/tree.js';
import type { RepoIndex } from '../../../src/model/repository.js';
import { makeRepo } from '../../helpers/repo.js';

export function readWith(provider: (repo: RepoIndex) => ProviderResult, files: Record<string, string>): ProviderResult {
  return provider(indexRepository(makeRepo(files)));
}

export function jobOf(r: ProviderResult, id: string, pipeline?: string): CiJob {
  const p = r.pipelines.filter((x: CiPipeline) => pipeline === undefined || x.name === pipeline);
  const job = p.flatMap((x) => x.jobs).find((j) => j.id === id);
  if (!job) throw new Error(`no job "${id}" in ${r.pipelines.map((x) => `${x.name}: ${x.jobs.map((j) => j.id).join(', ')}`).join('; ')}`);
  return job;
}

/** Every command line of a job as `file:line:col text`. */
export function linesOf(job: CiJob): string[] {
  return job.steps.flatMap((s) => s.lines.map((l) => `${s.file}:${l.pos.line}:${l.pos.column} ${l.value}`));
}

/** The job's triggers as `kind@file:line:col`. */
export function triggersOf(job: CiJob): string[] {
  return job.triggers.map((t) => `${t.kind}@${t.at.file}:${t.at.line}:${t.at.column}`);
}

export function findingsOf(r: ProviderResult): string[] {
  return r.findings.map((f: Finding) => `${f.severity} ${f.file}:${f.line}:${f.column} ${f.message}`);
}
