/** What DVC declares: the stages of its pipelines (read once, in analyzeRepository) and the outputs `.dvc` files track (read once per run, on first use). */
import { readDvcOuts, type DvcOut, type DvcStage } from '../parse/dvc.js';
import type { Analysis } from './analyze.js';
import { runIndex } from './run-index.js';

/** The stages of every `dvc.yaml` (a broken file gives the stages that could be read). */
export function dvcStages(a: Analysis): DvcStage[] {
  return a.dvcStages;
}

/** The outputs a `.dvc` file tracks, with their lines (none when it cannot be read or parsed). */
export function dvcOuts(a: Analysis, file: string): readonly DvcOut[] {
  const cache = runIndex(a.repo).dvcOuts;
  let outs = cache.get(file);
  if (outs === undefined) {
    const text = a.repo.read(file);
    cache.set(file, (outs = text === undefined ? [] : readDvcOuts(file, text)));
  }
  return outs;
}
