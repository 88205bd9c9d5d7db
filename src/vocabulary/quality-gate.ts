/** Vocabulary of the "quality-gate" item: the detection rows its check reads, as data. */
import type { CommandSignal } from '../model/signal.js';
import { METRIC_ASSERTION_SOURCE, METRIC } from './shared/metrics.js';
import type { SourcePattern } from '../model/signal.js';

/** Code in evaluation scripts that exits non-zero when a metric misses its threshold. */
export const METRIC_GATE_SOURCE: SourcePattern[] = [
  { re: new RegExp(String.raw`\bif\b[^#]*\b${METRIC}\b[^#]*(<|>)=?\s*[\w.\[\]'"]+.*:\s*(sys\.exit|raise|exit)\b`, 'i'), label: 'metric threshold check' },
  { re: /\b(sys\.exit|exit)\(\s*(1|[^)]*fail\w*|[^)]*regress\w*)\s*\)/, label: 'non-zero exit on failure' },
  { re: METRIC_ASSERTION_SOURCE[0]!.re, label: 'metric threshold assertion' },
];

/** Scripts (by name) whose job is to compare metrics to a threshold or a baseline. */
export const METRIC_GATE_COMMANDS: CommandSignal[] = [
  { command: /^python[0-9.]* \S*((compare|check|gate|assert|verify|validate)_?(metrics?|model|performance|scores?|thresholds?)|(metrics?|model|performance|quality)_?(gate|check|threshold|compare|comparison))\w*\.py\b/, label: 'metric gate script' },
  { command: /^(make|just|task|invoke|poe)\b.*\s(quality-gate|metrics-gate|check-metrics|gate)\b/, label: 'metric gate task' },
];

/** Arguments that make an evaluation command fail when a metric misses its bar. */
export const THRESHOLD_ARGS = /(^|\s)--?(threshold|fail[-_]under|fail[-_]on[-_]\w+|min[-_]\w+|max[-_](loss|error|drop|regression|degradation)\w*|baseline[-_]tolerance|tolerance|expected[-_]\w+)\b/;

/** Commands that report metrics without ever failing on them. */
export const REPORT_ONLY: CommandSignal[] = [
  { command: /^dvc (metrics|plots|params) diff\b/, label: 'a DVC diff' },
  { command: /^cml (comment|send-comment|publish|report|pr)\b|^cml-send-comment\b/, label: 'a CML report' },
];

/** A loss compared with an earlier loss (`assert losses[-1] < losses[0]`): training converges, a training test rather than a bar a model must meet. */
export const LOSS_TREND = /\bassert\b[^#]*\w*loss\w*[^#]*[<>]=?[^#]*\w*loss\w*/i;
