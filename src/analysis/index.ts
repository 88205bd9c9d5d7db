/**
 * The only door for checks: every question a check may ask about the repository.
 * Checks import from here (and from model/, vocabulary/ and ./kit.js), never from parse/
 * or from one analysis module directly.
 */
export * from './analyze.js';
export * from './match.js';
export * from './ci.js';
export * from './source.js';
export * from './tests.js';
export * from './integration.js';
export * from './serving.js';
export * from './checking-work.js';
export * from './python-envs.js';
export * from './code-search.js';
export { type DvcOut, type DvcStage } from '../parse/dvc.js';
export { dvcOuts, dvcReproducesOnly, dvcRun, dvcStages, dvcTraining, isDvcPipelineRun, wrapsSettledDvcRun, type DvcRun, type DvcTraining } from './pipelines.js';
export { lfsRules, pinnedRequirementFiles, callTextAt, fileMentions } from './repo-facts.js';
export { readPreCommit } from '../parse/ci/pre-commit-ci/read.js';
export { shellWords } from '../parse/commands.js';
export * from './first-party.js';
export * from './outline.js';
export * from './manifests.js';
export * from './run-by.js';
export * from './unfollowed.js';
export * from './blocks.js';
export * from './model-packages.js';
export * from './seed-helpers.js';
export type { SourceScan, SourceScanResults } from './source-scan.js';
