/** Vocabulary of the "change-triggers" item: the detection rows its check reads, as data. */
export const MANUAL_ONLY = new Set(['workflow_dispatch', 'workflow_call']);
