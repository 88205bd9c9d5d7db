/** Vocabulary of the "change-triggers" item: the detection rows its check reads, as data. */
import type { TriggerKind } from '../model/ci.js';

/** Triggers that start no run by themselves: a person (`workflow_dispatch`), or a caller whose triggers count instead (`workflow_call`). */
export const MANUAL_ONLY: ReadonlySet<TriggerKind> = new Set(['manual', 'call']);
