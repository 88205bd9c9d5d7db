/** ML pipelines the repository declares: the stages of its DVC pipelines (read once, in analyzeRepository). */
import type { DvcStage } from '../parse/dvc.js';
import type { Analysis } from './analyze.js';

/** The stages of every `dvc.yaml` (a broken file gives the stages that could be read). */
export function dvcStages(a: Analysis): DvcStage[] {
  return a.dvcStages;
}
