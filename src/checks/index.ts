/**
 * The explicit list of checks, in checklist order. A new item is one import and one row
 * here: nothing is registered by side effect or discovered by globbing at run time.
 */
import { changeTriggers } from './change-triggers.js';
import { lint } from './lint.js';
import type { Check } from './types.js';

export const CHECKS: readonly Check[] = [changeTriggers, lint];
