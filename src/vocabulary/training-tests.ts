/** Vocabulary of the "training-tests" item: the detection rows its check reads, as data. */
import type { SourcePattern } from '../model/signal.js';

/**
 * Arguments that make a training command a tiny smoke run (one epoch, a few steps, a
 * subset): such a run tests training (training-tests) rather than producing a model.
 */
export const SMOKE_TRAINING_ARGS: RegExp[] = [
  /(^|\s)--?(n_|num_|num-|n-|max_|max-)?epochs?[= ]1\b/,
  /(^|\s)--?max[_-]?(steps|iters|iterations|batches)\b/,
  /(^|\s)--?fast[_-]dev[_-]run\b/,
  /(^|\s)--?(smoke|smoke[_-]test|dry[_-]run|overfit[_-]batches|limit[_-]train[_-]batches)\b/,
  /(^|\s)(\+?[\w.]*\.)?(max_epochs|epochs|num_epochs|n_epochs)=1\b/,
  /(^|\s)(\+?[\w.]*\.)?(max_steps|fast_dev_run|limit_train_batches|overfit_batches)=/,
  // A training script kept in a tests folder (`python tests/train_smoke.py`) is a test of training.
  /^python[0-9.]*\s+(?:-\S+\s+)*(?:\S*\/)?tests?\/\S+\.py\b/,
];

export function isSmokeRun(line: string): boolean {
  return SMOKE_TRAINING_ARGS.some((re) => re.test(line));
}

// ---------------------------------------------------------------- training-tests

/** Test code that exercises training on small data. */
export const TRAINING_TEST_SOURCE: SourcePattern[] = [
  { re: /\bfast_dev_run\s*=|\boverfit_batches\s*=|\blimit_train_batches\s*=/, label: 'smoke training run' },
  { re: /\bassert\b.*\bloss\w*\s*[<>]|\bassert\b.*\b(isnan|isfinite|isinf)\b|\bassert\w*\(.*\bloss/, label: 'loss or NaN assertion' },
  // An optimiser minimising a model's training loss, or a training loop or step, trains as much as `fit` does.
  {
    re: /\b(trainer|model|clf|estimator|pipeline|pipe)\.(fit|train)\((?!\))|\btrain(_model)?\((?!\))|\.minimize\s*\(\s*[\w.]*loss|\btrain(?:ing)?_(?:loop|step|epoch)\w*\s*\((?!\))/,
    label: 'training call',
  },
];
