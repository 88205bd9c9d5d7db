/** Metric names and assertions on them, shared by model-evaluation and quality-gate. */
import type { SourcePattern } from '../../model/signal.js';

/** Metric names a threshold is set on. */
// A name inside `len(…)` is counted, not measured: `len(res.loss_history) > 1` is a count of rows, no threshold.
export const METRIC = String.raw`(?<!\blen\(\s*[\w.]*)(?:\w+_)?(?:acc|accuracy|f1|auc|roc_auc|precision|recall|rmse|mae|mse|r2|loss|error_rate|bleu|rouge\w*|perplexity|ppl|wer|cer|iou|map|ndcg|mrr|score|metric|faithfulness|relevancy)(?:_\w+)?`;

/** An assertion that a metric meets a threshold (in a test) or a comparison that exits non-zero (in a script). */
export const METRIC_ASSERTION_SOURCE: SourcePattern[] = [
  { re: new RegExp(String.raw`\bassert\b[^#]*\b${METRIC}\b[^#]*(>=?|<=?)\s*[\w.\[\]'"]+|\bassert\b[^#]*(>=?|<=?)\s*\w*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
  { re: new RegExp(String.raw`\bassert(Greater|Less)(Equal)?\([^)]*\b${METRIC}\b`, 'i'), label: 'metric threshold assertion' },
  { re: /\bassert_test\(|\bassert_(metric|threshold)\w*\(|\w+Metric\([^)]*\bthreshold\s*=\s*0?\.\d+/, label: 'evaluation assertion (DeepEval / threshold)' },
];
